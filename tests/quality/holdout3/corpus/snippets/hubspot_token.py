from hubspot import HubSpot
hubspot_token = "pat-na1-089788ef-fe44-48be-909f-efb948cd2a7c"
HUBSPOT_API_KEY = "pat-na1-5afee7f2-96f8-4bfc-8135-9c79cc60e815"  # private app token, misnamed
api_client = HubSpot(access_token=hubspot_token)
EXAMPLE_TOKEN = "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
