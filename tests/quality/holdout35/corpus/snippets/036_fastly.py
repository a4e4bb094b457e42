# fastly integration (fixture for the config loader)
client = fastly.Client(api_key="oM88Oc28ddNnzxpFmr3Xy487hoKDIYii")  # FASTLY_API_TOKEN
FASTLY_SERVICE_ID = "v5AizmL5sjke336zkYlkKQ"
# rotated on 2025-01-10, old value oM88************IYii (revoked)
FASTLY_API_TOKEN_EXAMPLE = "$(FASTLY_API_TOKEN)"
