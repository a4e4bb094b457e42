import os

import hubspot
from hubspot.crm.contacts import SimplePublicObjectInput

# the box-office -> CRM sync; HUBSPOT_API_KEY is really a private app token (legacy name)
HUBSPOT_API_KEY = os.environ.get("HUBSPOT_API_KEY", "pat-na1-ac47b0f9-51c5-4c1a-a6c9-6fd03105feba")
client = hubspot.Client.create(access_token=HUBSPOT_API_KEY)

# before the 2022 sunset:
# client = hubspot.Client.create(api_key="1bceee03-9773-4f8d-92de-e1140914bde9")


def push(patron):
    props = {"email": patron.email, "firstname": patron.first_name, "mgs_patron_id": str(patron.id)}
    return client.crm.contacts.basic_api.create(SimplePublicObjectInput(properties=props))
