import os

client = pipedrive.Client("8f66de1629f80b0d7f70837b45db0b81cfcd4eb4")
PIPEDRIVE_DOMAIN = "acme"
PIPEDRIVE_PIPELINE = "974"
pipedrive_api_key = os.environ["PIPEDRIVE_API_KEY"]
