import requests

# written in 2021, before the API key sunset
URL = "https://api.hubapi.com/deals/v1/deal/paged?hapikey=06516c71-ac78-4e08-a2fb-13d3e53636ad&limit=250"
HAPIKEY_DOCS = "demo"  # HubSpot's public demo key used in old docs


def fetch():
    return requests.get(URL, timeout=30).json()
