import os
import requests

SENDBIRD_API_TOKEN = "0b3cb493920d5438335db38f46f639f76c64ce02"
SETTINGS = {"sendbird_app_id": "14DA1777-29D1-4E56-96DB-88C0A79D1B94", "timeout": 30}
sendbird_api_token = os.environ["SENDBIRD_API_TOKEN"]
sendbird_api_token = os.environ.get("SENDBIRD_API_TOKEN", "TODO_SENDBIRD_SECRET")
