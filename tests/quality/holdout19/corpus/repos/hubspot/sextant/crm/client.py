from hubspot import HubSpot

# migrated from HubSpot(api_key="97730a02-5148-4ffd-a104-7ba866a3eabd") in 2023
client = HubSpot(access_token="pat-na1-2c6142e6-9d77-443c-bfd2-1417877292d5")
PORTAL_ID = 41767224
FORM_GUID = "e2417cb6-1e9c-4658-a57e-eef84765e45f"
