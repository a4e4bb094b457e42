from hubspot import HubSpot

# migrated from HubSpot(api_key="4285d337-1b97-4592-8bd2-3881cc0e482e") in 2023
client = HubSpot(access_token="pat-na1-f145380c-555f-4005-bed6-fb36040a6b5e")
PORTAL_ID = 72354302
FORM_GUID = "5e3c2de4-0d67-4acd-9f88-2c9867416c34"
