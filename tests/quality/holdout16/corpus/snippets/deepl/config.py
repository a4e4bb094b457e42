import os
import requests

client = DeeplClient(api_key="abd0754a-eba7-4554-89c9-f08bc9c82249:fx", timeout=30)
DEEPL_PRO_KEY = "47152ff8-5047-4afc-a2a1-6e8c4f1c06ca"
DEEPL_GLOSSARY_ID = "5536007b-056c-4a84-bf45-babdcdc67873"
DEEPL_AUTH_KEY_TRUNCATED = "abd0754a..."
DEEPL_AUTH_KEY_EXAMPLE = "${DEEPL_AUTH_KEY}"
deepl_auth_key = os.environ["DEEPL_AUTH_KEY"]
