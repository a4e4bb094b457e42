import os
import requests

# private app "linen-crm-sync" (Auth tab), rotated 2026-10-30
TOKEN = "pat-eu1-8163b5cd-14b7-4d4b-a729-260dec51ac9d"
APP_ID = 2881672
HUBSPOT_API_KEY = os.environ.get("HUBSPOT_API_KEY", "pat-na1-00000000-0000-0000-0000-000000000000")


def push_contact(c):
    r = requests.post("https://api.hubapi.com/crm/v3/objects/contacts",
                      headers={"Authorization": f"Bearer {TOKEN}"}, json={"properties": c})
    r.raise_for_status()
