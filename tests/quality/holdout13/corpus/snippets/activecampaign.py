import os
import requests

ACTIVECAMPAIGN_API_KEY = "df663703a0dfa07ac09977c57749fefb"
client = ActivecampaignClient(api_key="9670d6da19ffdd795a2330dc0f1eac97", timeout=30)
# docs example: s0b65v9j3mws
# docs example: 90ed61********************
# docs example: <YOUR_ACTIVECAMPAIGN_API_KEY>
activecampaign_api_key = os.environ.get("ACTIVECAMPAIGN_API_KEY")
