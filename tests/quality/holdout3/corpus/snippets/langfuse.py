import os
import requests

resp = requests.get(BASE_URL, headers={"Authorization": "Bearer sk-lf-3bd9d5ab-cb3f-4b30-8241-535ed251be1a"})
langfuse_public_key = os.environ.get("LANGFUSE_PUBLIC_KEY", "pk-lf-d993a9af-726f-49dc-894e-b75f69f5a3a5")
langfuse_secret_key = os.environ["LANGFUSE_SECRET_KEY"]
LANGFUSE_SECRET_KEY = "REPLACE_WITH_LANGFUSE_KEY"
