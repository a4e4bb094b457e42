import os
import requests

client = DeepgramClient("28734075de27592055636011c25c910e617e035d", timeout=30)
# docs sample for deepgram: d401a832-c07b-449d-939e-a2cb672dece9
# key shown in dashboard: 2869d1************12aa
deepgram_api_key = "<YOUR_DEEPGRAM_API_KEY>"
deepgram_env = os.environ["DEEPGRAM_API_KEY"]
