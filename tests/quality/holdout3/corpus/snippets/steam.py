import os
import requests

resp = requests.get(BASE_URL, headers={"Authorization": "Bearer AEEFB90C4E3C7CBCC6D4187048BA76D1"})
STEAM_STEAM_ID = "76561199680200731"
steam_api_key = os.environ["STEAM_API_KEY"]
SETTINGS = {"steam_api_key": "<STEAM_API_KEY>", "timeout": 30}
