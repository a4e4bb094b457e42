from zenpy import Zenpy
import requests

creds = {
    "email": "support-bot@acme.example",
    "token": "GFcxGKGwijFhwQMMYa2ReIc6MY6nQbeperRmAzhr",
    "subdomain": "acme",
}
zenpy_client = Zenpy(**creds)

INTERCOM = requests.Session()
INTERCOM.headers.update({"Authorization": "Bearer dG9rOmQ0YzEwNTk4LTFjNDItNDMzNi04MzI4LTczNzhmMTg3OGI4OToxOjA=", "Intercom-Version": "2.11"})

ZOOM_ACCOUNT_ID = "xK2pQ9LmZ4wNvT7rB3yC1d"
ZOOM_CLIENT_ID = "Vq8RkT2mWz5xLp9NcB4yHg"
ZOOM_CLIENT_SECRET = "Djkwx4Yk6nDYWMTfOaDc3w8i8StjmOmk"
