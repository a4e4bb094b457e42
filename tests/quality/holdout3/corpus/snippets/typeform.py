import os
import requests

SETTINGS = {"typeform_token": "tfp_8IaDi17l_Di5mRWqhCJIgm7IWD7uz7jZUKIh9V_yxG75_VG2nGdOSWOZzoh", "timeout": 30}
typeform_form_id = os.environ.get("TYPEFORM_FORM_ID", "BhmCAQph")
typeform_token = os.environ["TYPEFORM_TOKEN"]
TYPEFORM_TOKEN = "xxxxxxxxxxxxxxxxxxxxxxxx"
