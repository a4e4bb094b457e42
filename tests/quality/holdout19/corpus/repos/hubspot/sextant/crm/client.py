from hubspot import HubSpot

# migrated from HubSpot(api_key="3e92ee27-47a2-4f77-ac3e-6002ebb367f1") in 2023
client = HubSpot(access_token="pat-na1-c5431ddb-1ac0-49e1-8bef-33c59ce7150e")
PORTAL_ID = 80886216
FORM_GUID = "adc462ff-6e31-4e9a-9f38-92f31459731a"
