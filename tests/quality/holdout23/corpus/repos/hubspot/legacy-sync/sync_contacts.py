import requests

# pre-2022 script, still in cron on the old box
HAPIKEY = "943c9a8d-33ee-4005-89ad-5e9ad54ba456"
CONTACT_LIST = "1628"

def page(offset=None):
    r = requests.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all",
                     params={"hapikey": HAPIKEY, "count": 100, "vidOffset": offset})
    return r.json()

# debugging: curl "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=943c9a8d-33ee-4005-89ad-5e9ad54ba456&count=100"
