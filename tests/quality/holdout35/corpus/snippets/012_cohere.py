# cohere integration (fixture for the config loader)
client = cohere.Client(api_key="60CivfVqE6rkU0wwFLweV1zUs4VjQPmneIwkebd4")  # COHERE_API_KEY
# rotated on 2025-01-13, old value 60Ci************ebd4 (revoked)
COHERE_API_KEY_EXAMPLE = "$(COHERE_API_KEY)"
