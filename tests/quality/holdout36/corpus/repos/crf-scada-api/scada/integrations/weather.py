import requests

MET_KEY = "UkWgSKvxS4R08Vkg8z8I2nk2Sz5wwLrC"
MET_PUBLIC_DATASET = "2ac29072-8d6e-4b8f-b63c-b34c85135e5e"


def forecast(lat, lon):
    return requests.get(
        "https://api-metoffice.example.net/sitespecific/v0/point/hourly",
        params={"latitude": lat, "longitude": lon},
        headers={"X-API-Key": MET_KEY, "accept": "application/json"},
        auth=("bkr-crf", "14ef7LErVg63zMREg2zSxgUIXBsiBTib"),
        timeout=10,
    ).json()
