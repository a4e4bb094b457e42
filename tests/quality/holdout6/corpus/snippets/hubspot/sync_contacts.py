from hubspot import HubSpot

api_client = HubSpot(access_token="pat-na1-be80e5b7-fc24-4a2f-ac16-030d62764f5e")
EU_CLIENT = HubSpot(access_token='pat-eu1-f65645a3-0167-4ff1-874a-616146f83529')
LEGACY_URL = "https://api.hubapi.com/crm/v3/objects/deals?limit=10&hapikey=9434e2bd-4c40-475f-8c28-684cc0eeffda"
FORM_GUID = "2e28c1bd-f900-49b9-a257-adbfe648128f"
PORTAL = 64709233
# placeholder from the README
EXAMPLE_TOKEN = "pat-na1-00000000-0000-0000-0000-000000000000"
ZERO_KEY = "00000000-0000-0000-0000-000000000000"
