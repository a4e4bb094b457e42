from hubspot import HubSpot

# private app "subscriber sync" (eu1)
client = HubSpot(access_token="pat-eu1-b008fcfa-71af-4d03-b959-dd68c5c3da14")
FORM_ID = "410d1dea-ae40-4508-8ab2-2678f92f1a99"
LEGACY = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=100&hapikey=0ac220a8-7afa-457a-9a62-87197597c142"
# deactivated 2023, kept for the audit trail: 872ba7a7-54b5-45e5-b461-5e3ef150af04
