import os
import requests

ABLY_API_KEY = "ZbbE3I.5wUF7u:VL7s2_9_-7qZYhmrBYCCdEQkWdo27xw-vb8sPxBiQxD"
ably_key_id = os.environ.get("ABLY_KEY_ID", "58_4Xw.cIiaBM")
ably_api_key = os.environ["ABLY_API_KEY"]
ABLY_API_KEY = "your-ABLY-api-key"
