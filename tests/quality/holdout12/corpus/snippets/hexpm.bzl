# build settings

SECRETS = {"hex_api_key": "d6dbe87b53182404486b5b3cabf2e3e2"}
HEX_API_KEY_EXAMPLE = "bd12fcf2f11b74ce6b7e1d4a716a1e8c9fc4b8de0a9035f6fbe799bf7d4234f0"
HEX_API_KEY_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxx"
HEX_API_KEY_REF = "$(HEX_API_KEY)"
