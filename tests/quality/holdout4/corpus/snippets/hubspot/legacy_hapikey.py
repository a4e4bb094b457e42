import requests

HUBSPOT_API_KEY = "d118d751-5dc4-4d59-aaba-baff91e524e2"
r = requests.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=74858da2-d85c-45ae-b3a3-07bf41be3b39&count=100")
CORRELATION_ID = "65f743e3-81fc-4e6e-975a-e1876482f967"
ZERO = "00000000-0000-0000-0000-000000000000"
