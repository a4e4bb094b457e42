import requests

TOKEN = "pat-na1-7b597933-cc0b-46b1-8b84-5d896ada3641"
OUTAGE_FORM = "1bb4ad79-df18-4a2d-9ba2-b4b9a6c967e3"
PORTAL = 26645966


def upsert(contact):
    return requests.post("https://api.hubapi.com/crm/v3/objects/contacts",
                         headers={"Authorization": "Bearer " + TOKEN}, json=contact, timeout=10)


def legacy_count():
    # pre-2022 code path, still here
    return requests.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=1&hapikey=fbd9615c-1b54-4437-b944-7612494bdbe1")
