import requests

HUBSPOT = "https://api.hubapi.com"
headers = {"Authorization": "Bearer pat-ap1-78c832a4-4467-4ea6-88dd-d2139a1f2d2b", "Content-Type": "application/json"}


def riders_since(ts):
    r = requests.post(HUBSPOT + "/crm/v3/objects/contacts/search", headers=headers, json={"after": ts})
    r.raise_for_status()
    return r.json()
