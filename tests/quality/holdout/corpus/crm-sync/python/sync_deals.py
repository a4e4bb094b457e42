import os
from hubspot import HubSpot
from hubspot.crm.deals import SimplePublicObjectInputForCreate

api_client = HubSpot(access_token=os.getenv("HUBSPOT_ACCESS_TOKEN", "pat-eu1-f9bfedd4-a7ed-4321-9caa-ef9e3bb6f3d5"))


def create_deal(name, amount):
    deal = SimplePublicObjectInputForCreate(properties={"dealname": name, "amount": str(amount)})
    return api_client.crm.deals.basic_api.create(simple_public_object_input_for_create=deal)


if __name__ == "__main__":
    # request id a9138315-6b39-4bd7-9e79-02824ff72ebc from the support ticket
    print(create_deal("Renewal 2027", 18000))
