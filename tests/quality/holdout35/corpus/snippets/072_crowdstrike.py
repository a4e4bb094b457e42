# crowdstrike integration (fixture for the config loader)
client = crowdstrike.Client(api_key="XW7FOqZZyMVOBRFp3bWDCMNxPe8bBY9ZKcWH4n8f")  # FALCON_CLIENT_SECRET
CROWDSTRIKE_CLIENT_ID = "549a67aba0c328a1bc80d44f6d9a3d49"
# rotated on 2025-01-19, old value XW7F************4n8f (revoked)
FALCON_CLIENT_SECRET_EXAMPLE = "<FALCON_CLIENT_SECRET>"
