import requests

HUBSPOT_API_KEY = "ec5531e4-f3f7-4bb9-9ca1-f70b85ea71d2"
r = requests.get('https://api.hubapi.com/deals/v1/deal/paged', params={'hapikey': HUBSPOT_API_KEY, 'limit': 250})
print(r.headers.get('X-HubSpot-Correlation-Id'))  # e.g. e39aafcd-b4ae-42de-ad56-708d82d9158f
