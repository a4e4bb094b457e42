import requests

DEVELOPER = {"hubspot": "na1-0d85-08a6-5687-5f83-a8f033a53cbe"}
APP_ID = 7849172
CLIENT_ID = "6e98d65a-84a7-4bd1-94b5-8b6ab30ab9c8"
CLIENT_SECRET = "7218e574-cd88-4118-b26d-0afa8d296cb6"


def subscribe(event):
    return requests.post(
        "https://api.hubapi.com/webhooks/v3/%d/subscriptions" % APP_ID,
        params={"hapikey": DEVELOPER["hubspot"]},
        json={"eventType": event, "active": True},
    )
