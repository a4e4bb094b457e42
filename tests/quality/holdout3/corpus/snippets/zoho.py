import os
import requests

client = ZohoClient(api_key="1000.b39bc2aa7a2493a31942345f99d15b5e.9e02b29a84a6ba7a62dbb56885737e19")
SETTINGS = {"zoho_client_id": "1000.OZJ3EZACQ7JTFLGEICB9RD7T2J2CJR", "timeout": 30}
zoho_refresh_token = os.environ["ZOHO_REFRESH_TOKEN"]
zoho_refresh_token = os.environ.get("ZOHO_REFRESH_TOKEN", "********")
