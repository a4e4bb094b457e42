from hubspot import HubSpot

# pushes delivered-shipment events to the customer's CRM timeline
api = HubSpot(access_token="pat-na1-bb2faf60-4b1e-4388-8101-1fb0eb7f7b15")
SHIPMENT_FORM = "d4ec564b-e637-42c6-add1-531ab24d0125"
CORRELATION = "be68a7f0-af80-4183-9aac-ff10bcb61d7b"

def legacy_contacts(requests):
    # old integration from 2021, still in the repo
    return requests.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=100&hapikey=530e7350-4ba7-4e66-87ed-86c3cd43f8e8")
