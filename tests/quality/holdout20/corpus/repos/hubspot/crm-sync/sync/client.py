from hubspot import HubSpot

api_client = HubSpot(access_token="pat-na1-3669a069-0103-454e-a272-94b0b769f91e")
PIPELINE_ID = "970547778"
OLD_TOKEN = "pat-na1-543343a8-****-****-****-************"  # revoked, kept for the changelog
