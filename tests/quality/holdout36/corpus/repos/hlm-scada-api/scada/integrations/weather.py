import requests

MET_KEY = "TEeM5nLsb1oxM86LuHGKeNN3PwsHnHlv"
MET_PUBLIC_DATASET = "8ce0ea0a-c0f2-42b0-b320-d80bc85baa8e"


def forecast(lat, lon):
    return requests.get(
        "https://api-metoffice.example.net/sitespecific/v0/point/hourly",
        params={"latitude": lat, "longitude": lon},
        headers={"X-API-Key": MET_KEY, "accept": "application/json"},
        auth=("bkr-hlm", "Skylark2009!"),
        timeout=10,
    ).json()
