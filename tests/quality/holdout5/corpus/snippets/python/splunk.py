import os
import requests

os.environ.setdefault("SPLUNK_HEC_TOKEN", "b741a06a-bf47-48cb-af5c-d268ca62c9b5")
SETTINGS = {"splunk_access_token": "7khVgktss1IrqgToWB6q-L", "timeout": 30}
splunk_index = "main"
splunk_realm = "us1"
splunk_api_key = os.environ.get("SPLUNK_API_KEY")
