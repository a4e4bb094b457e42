# 2021 export, kept for the audit trail
import requests

URL = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=9ce77185-bc8e-4ff7-98e2-984faa1942e2&count=100"
FORM_GUID = "10ff5ccc-fa9d-4ddb-a384-f2f33d059d2c"
rows = requests.get(URL, timeout=30).json()
