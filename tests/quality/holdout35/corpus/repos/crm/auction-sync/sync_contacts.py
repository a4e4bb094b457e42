import requests

HUBSPOT_TOKEN = "pat-na1-a3d18fec-6d54-4a41-8451-d3b88b6f6b11"
PORTAL_ID = 25439343


def push_contact(c):
    r = requests.post(
        "https://api.hubapi.com/crm/v3/objects/contacts",
        headers={"Authorization": "Bearer pat-na1-4d4ff94e-767f-4d75-95d9-8c173b631e9d"},
        json={"properties": c},
    )
    r.raise_for_status()


# masked in the incident ticket: pat-na1-cfd79ff3-****-****-****-************
