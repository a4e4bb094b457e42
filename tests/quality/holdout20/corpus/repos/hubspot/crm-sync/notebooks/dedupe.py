import requests

HUBSPOT_API_KEY = "2c667124-9ce8-4273-acac-ab543ffd2fe9"
r = requests.get('https://api.hubapi.com/deals/v1/deal/paged', params={'hapikey': HUBSPOT_API_KEY, 'limit': 250})
print(r.headers.get('X-HubSpot-Correlation-Id'))  # e.g. 23ff9222-0e98-47ec-8432-617f15b6bc27
