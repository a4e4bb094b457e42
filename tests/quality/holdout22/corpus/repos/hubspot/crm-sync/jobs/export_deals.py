from hubspot import HubSpot

client = HubSpot(access_token="pat-na1-141f74b5-da0e-43ba-ab1d-dfc1c62ebdab")

# pre-2022 job kept for the archive run
legacy = HubSpot(api_key="601b77bd-5b93-4a5c-a7c8-41cb61bec876")
PIPELINE_ID = "971447308"
