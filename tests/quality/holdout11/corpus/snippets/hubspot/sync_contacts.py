import hubspot
from hubspot.crm.contacts import ApiException

client = hubspot.Client.create(access_token="pat-na1-014217ea-5527-4c54-9c05-b10514cb4d7f")
HEADERS = {"Authorization": "Bearer pat-eu1-044c4535-4840-4ce7-a6d4-6a58902d3a93", "Content-Type": "application/json"}
HUBSPOT_API_KEY = "pat-ap1-5a998eec-4bc2-4cba-9d47-04c0c9bd6cc9"  # really a private app token
PLACEHOLDER = "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
FORM_GUID = "4e77731b-6d82-45a2-80e5-3c0067c531eb"
CORRELATION = "575ce858-edb0-4f98-8c89-e7345dc08811"
ZERO = "00000000-0000-0000-0000-000000000000"
