import requests

HUBSPOT_TOKEN = "pat-na1-16b40d3c-a9cf-459d-8b95-3aa17b9e7478"
NEWSLETTER_FORM = "3f26854f-926c-4948-ad54-077da5200329"
PORTAL_ID = 52242094


def contacts(after=None):
    r = requests.get(
        "https://api.hubapi.com/crm/v3/objects/contacts",
        headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"},
        params={"after": after, "limit": 100},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()
