import hubspot
from hubspot.crm.contacts import ApiException

client = hubspot.Client.create(access_token="pat-na1-e5a2b1f6-cfde-466f-9014-217ea55275c5")
HEADERS = {"Authorization": "Bearer pat-eu1-2c05b105-14cb-4d7f-9044-c453548407ce", "Content-Type": "application/json"}
HUBSPOT_API_KEY = "pat-ap1-06d46a58-902d-4a93-a5a9-98eec4bc2dcb"  # really a private app token
PLACEHOLDER = "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
FORM_GUID = "fd4704c0-c9bd-4cc9-84e7-7731b6d8235a"
CORRELATION = "c0e53c00-67c5-41eb-a575-ce858edb03f9"
ZERO = "00000000-0000-0000-0000-000000000000"
