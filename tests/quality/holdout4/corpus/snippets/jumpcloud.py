import os

JUMPCLOUD_API_KEY = "jca_0CI1a3EiSBvlwQPegr2G0qLeWe3CEZgoEvzn"
JUMPCLOUD_ORG_ID = "8968558401ddf786e3ecad21"
JUMPCLOUD_API_KEY = "jca_XXXX"
jumpcloud_api_key = os.environ["JUMPCLOUD_API_KEY"]
