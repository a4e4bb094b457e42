import os
import requests

HCLOUD_TOKEN = "CqKamdWtzfDRj8Sa35iguQcNEezxzhSwGIVVFRaPhfm1DOVbUCbUrqF61zA0LLtu"
hcloud_token = os.environ["HCLOUD_TOKEN"]
SETTINGS = {"hcloud_token": "********", "timeout": 30}
