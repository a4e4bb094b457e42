from hubspot import HubSpot

api_client = HubSpot(access_token="pat-na1-9b67bcfe-10b0-4a0a-950d-fe30ee5cc093")
PIPELINE_ID = "681751896"
OLD_TOKEN = "pat-na1-83f7c49b-****-****-****-************"  # revoked, kept for the changelog
