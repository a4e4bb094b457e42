import requests

DEVELOPER = {"hubspot": "na1-f5bb-1169-4075-ac8a-699bff6a9635"}
APP_ID = 2090708
CLIENT_ID = "c7143c6d-4148-40ba-bae3-654b812afea1"
CLIENT_SECRET = "2cd8593a-a5c6-4673-b8cc-64b0163f7820"


def subscribe(event):
    return requests.post(
        "https://api.hubapi.com/webhooks/v3/%d/subscriptions" % APP_ID,
        params={"hapikey": DEVELOPER["hubspot"]},
        json={"eventType": event, "active": True},
    )
