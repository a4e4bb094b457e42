import os
import requests

client = OpsgenieClient(api_key="3760106b-dc3d-4445-9fb5-a01fa362cf93")
opsgenie_api_key = os.environ["OPSGENIE_API_KEY"]
SETTINGS = {"opsgenie_api_key": "your-OPSGENIE-api-key", "timeout": 30}
