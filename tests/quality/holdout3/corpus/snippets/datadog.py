import os
import requests

client = DatadogClient(api_key="af4d0f4d146c85464ebbb45384e65f2a")
datadog_client_token = os.environ.get("DATADOG_CLIENT_TOKEN", "pub5f081e8f75b05f7b48d0e5d544a5a2eb")
dd_api_key = os.environ["DD_API_KEY"]
DD_API_KEY = "<DATADOG_API_KEY>"
