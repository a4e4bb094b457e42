import requests

# pre-2022 script, still in cron on the old box
HAPIKEY = "9a28f2ae-4ec9-4135-b1bb-2fe14f91fe53"
CONTACT_LIST = "4901"

def page(offset=None):
    r = requests.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all",
                     params={"hapikey": HAPIKEY, "count": 100, "vidOffset": offset})
    return r.json()

# debugging: curl "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=9a28f2ae-4ec9-4135-b1bb-2fe14f91fe53&count=100"
