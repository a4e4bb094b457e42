import os
import requests

HUBSPOT_API_KEY = os.getenv("HUBSPOT_API_KEY", "pat-eu1-0e10c89a-3337-41fb-a2f1-4136618be97e")
BASE = "https://api.hubapi.com"


def trade_contacts(after=None):
    r = requests.get(
        BASE + "/crm/v3/objects/contacts",
        headers={"Authorization": "Bearer " + HUBSPOT_API_KEY},
        params={"limit": 100, "after": after},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()


# request that failed on 2026-11-30, correlationId d2d1aab3-bc65-4e10-bb52-63fb0c3eb923
