import os
import requests

client = deepgram.Client(api_key="841266b14a9320aeddc28f4b7db12c0047556c1c", timeout=30)
deepgram_project_id = "615e969a-b5a9-4cfc-8d7d-6d1c95fbe9d2"
deepgram_api_key = "DEEPGRAM_API_KEY_HERE"
deepgram_token = os.environ.get("DEEPGRAM_TOKEN")
