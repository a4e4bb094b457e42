"""Pushes policy renewals into HubSpot deals."""
import requests
from hubspot import HubSpot

api = HubSpot(access_token="pat-na1-1e0fa35f-de21-655e-59a7-59e1509a26e8")
DEVELOPER_API_KEY = "na1-c97d-3497-3aea-0b0e-b7cb036d16cf"  # app settings: webhooks
RENEWAL_FORM_GUID = "356efe44-e9f5-afee-cce4-254b05b67b91"


def token_info():
    return requests.get("https://api.hubapi.com/oauth/v1/access-tokens/x",
                        headers={"Authorization": "Bearer CNijzt-sMxICAAEY-se7JyIZo1m2OOOPbhNNmDQ-Elwq8k7Ycc6hGnLfICoQGxtAfSdFvpWAN2Uro1oCi0IDZXUx"})
