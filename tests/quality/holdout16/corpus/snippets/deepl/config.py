import os
import requests

client = DeeplClient(api_key="d0754aeb-a795-4429-99f0-8bc9c8224914:fx", timeout=30)
DEEPL_PRO_KEY = "152ff850-47ba-4cd2-916e-8c4f1c06ca85"
DEEPL_GLOSSARY_ID = "36007b05-6c3a-44df-85ba-bdcdc67873d5"
DEEPL_AUTH_KEY_TRUNCATED = "d0754aeb..."
DEEPL_AUTH_KEY_EXAMPLE = "${DEEPL_AUTH_KEY}"
deepl_auth_key = os.environ["DEEPL_AUTH_KEY"]
