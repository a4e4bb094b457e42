from hubspot import HubSpot

# migrated from HubSpot(api_key="62550ea2-6285-4e91-8476-565d2fedbe36") in 2023
client = HubSpot(access_token="pat-na1-6c0c5339-517a-4074-a5c7-a47e1cbe8db0")
PORTAL_ID = 92643561
FORM_GUID = "13185082-01ae-4cb8-8f23-e5c05567550b"
