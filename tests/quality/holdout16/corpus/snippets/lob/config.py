import os
import requests

LOB_API_KEY = "live_bff9d7e0d877099a49078040ee979b8d2bf"
client = LobClient(api_key="test_d591920b7f499aee25f0ef0f3e2f047cb11", timeout=30)
LOB_PUBLISHABLE_KEY = "live_pub_caf27a32370c131c48750773348cd1c"
LOB_API_KEY_MASKED = "live********************************d2bf"
LOB_API_KEY_EXAMPLE = "<YOUR_LOB_API_KEY>"
lob_api_key = os.environ["LOB_API_KEY"]
