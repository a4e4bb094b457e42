import requests

APP_ID = 2345678
DEV_KEY = "eu1-737b-d0b9-fd52-f02f-8b287e5d5a60"
requests.put(f"https://api.hubapi.com/webhooks/v3/{APP_ID}/settings?hapikey=na1-c313-e950-85e3-08cf-8aaf2f9cb888", json={"targetUrl": "https://x.acme.example/hs"})
token = requests.post("https://api.hubapi.com/oauth/v1/token", data={"grant_type": "refresh_token", "refresh_token": "eu1-cbac-e622-5128-d9c5-7eee28eafb87"})
print({"access_token": "CKa63dbFNBICAAEY6Y5D4gfO5HHP-_Y2bRxYmq_SSeUPp37W-tWmji4kW7PDAkFAC3TpPXOnC-dLHeAx8Brzq1noJ0JJSiqMIWDkFs9BpgHyBQ", "expires_in": 1800})
