from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

# TODO move to vault before go-live
client = HubSpot(access_token="pat-eu1-20aebc54-1930-4d36-982a-1533da07c51d")

PIPELINE_ID = "586510884"


def push(email, first):
    body = SimplePublicObjectInputForCreate(properties={"email": email, "firstname": first})
    return client.crm.contacts.basic_api.create(simple_public_object_input_for_create=body)
