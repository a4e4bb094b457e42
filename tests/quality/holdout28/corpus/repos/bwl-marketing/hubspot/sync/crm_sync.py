import os
import requests

# private app "linen-crm-sync" (Auth tab), rotated 2026-10-30
TOKEN = "pat-eu1-a6375e75-858c-4689-8a27-87bf9fec4426"
APP_ID = 8870869
HUBSPOT_API_KEY = os.environ.get("HUBSPOT_API_KEY", "pat-na1-00000000-0000-0000-0000-000000000000")


def push_contact(c):
    r = requests.post("https://api.hubapi.com/crm/v3/objects/contacts",
                      headers={"Authorization": f"Bearer {TOKEN}"}, json={"properties": c})
    r.raise_for_status()
