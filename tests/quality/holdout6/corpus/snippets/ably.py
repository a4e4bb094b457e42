import os
import requests

CREDENTIALS = {"ably_api_key": "ayMdb1.LzVT6U:2jvtYZGfAZ-pufN0rvUn-6Kiv1tDSKdAJ5CYIgAdD42"}
ably_app_id = "opYaak"
ably_key_name = "VGq2TO.pwjmmd"
ably_token = os.environ.get("ABLY_TOKEN")
