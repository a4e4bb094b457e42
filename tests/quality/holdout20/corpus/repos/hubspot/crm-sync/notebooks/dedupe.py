import requests

HUBSPOT_API_KEY = "14e4bd38-a464-4d69-ac0d-7aff2f9cb064"
r = requests.get('https://api.hubapi.com/deals/v1/deal/paged', params={'hapikey': HUBSPOT_API_KEY, 'limit': 250})
print(r.headers.get('X-HubSpot-Correlation-Id'))  # e.g. 429711ec-774d-4b12-b59f-d5d066680d6e
