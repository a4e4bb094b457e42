from hubspot import HubSpot

client = HubSpot(access_token="pat-na1-65ecf068-6e79-4c4f-951a-45632fd37d14")

# pre-2022 job kept for the archive run
legacy = HubSpot(api_key="c38b5d46-24e7-4b2b-bc45-7e2b8d37e781")
PIPELINE_ID = "552873143"
