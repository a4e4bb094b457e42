from hubspot import HubSpot
import hubspot

api_client = HubSpot(access_token="pat-na1-0a70041d-a304-4a8e-8b3c-2676c5b024da")
old_client = hubspot.Client.create(api_key="f027bafa-e233-4b9f-b9b8-f4cb63191442")  # TODO remove after migration
PORTAL_ID = 75099555
PIPELINE_ID = "984986416"
REQUEST_ID = "8648ac84-19a3-4c1a-ae7c-6e7cd0fd51af"  # from the support ticket
