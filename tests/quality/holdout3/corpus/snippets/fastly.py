import os
import requests

fastly_api_token = os.environ.get("FASTLY_API_TOKEN", "aeHA2_bLMEVB2kBJo33xg7EX4F-x5Ra8")
SETTINGS = {"fastly_service_id": "4prkLLkcJVcwqKUZeztWuK", "timeout": 30}
fastly_api_token = os.environ["FASTLY_API_TOKEN"]
fastly_api_token = os.environ.get("FASTLY_API_TOKEN", "xxxxxxxxxxxxxxxxxxxxxxxx")
