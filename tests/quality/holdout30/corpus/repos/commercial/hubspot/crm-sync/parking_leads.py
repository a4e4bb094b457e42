"""Pushes pre-booked parking customers to HubSpot contacts."""
import requests

TOKEN = "pat-eu1-4a593f9a-7aa0-4fbc-8839-02569b79cff1"
OLD_URL = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=b4309427-2cfc-4c7f-bf33-145564817448&count=100"


def push(contact):
    return requests.post("https://api.hubapi.com/crm/v3/objects/contacts",
                         headers={"Authorization": "Bearer " + TOKEN}, json={"properties": contact})
