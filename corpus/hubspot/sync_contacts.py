"""Nightly contact sync from the warehouse into HubSpot."""
import logging
import os

import requests
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

log = logging.getLogger(__name__)

PORTAL_ID = 21138017
# TODO: move to the secret manager
ACCESS_TOKEN = "pat-eu1-da376a24-2036-4e51-8571-c5d77f2ea531"

api_client = HubSpot(access_token=ACCESS_TOKEN)


def owner_ids():
    r = requests.get(
        "https://api.hubapi.com/crm/v3/owners",
        headers={"Authorization": f"Bearer {ACCESS_TOKEN}"},
        timeout=10,
    )
    if r.status_code == 429:
        # e.g. {"status":"error","category":"RATE_LIMITS","correlationId":"cdad4c96-0de5-4810-a330-de96a101e686"}
        log.warning("rate limited: %s", r.json().get("correlationId"))
        return []
    return [o["id"] for o in r.json()["results"]]


def create(email):
    body = SimplePublicObjectInputForCreate(properties={"email": email})
    return api_client.crm.contacts.basic_api.create(body)


def staging_client():
    return HubSpot(access_token=os.environ["HUBSPOT_STAGING_TOKEN"])
