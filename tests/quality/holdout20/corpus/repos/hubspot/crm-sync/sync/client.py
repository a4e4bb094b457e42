from hubspot import HubSpot

api_client = HubSpot(access_token="pat-na1-a8408039-0e40-4342-ba4a-1af75907b392")
PIPELINE_ID = "114932870"
OLD_TOKEN = "pat-na1-3b2776fe-****-****-****-************"  # revoked, kept for the changelog
