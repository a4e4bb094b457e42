import os

client = mandrill.Client("md-Ti_ALZ4EjjkvJOTkocs9Q2")
MANDRILL_TEMPLATE = "welcome-v2"
MANDRILL_API_KEY = "md-XXXXXXXXXXXXXXXX"
mandrill_api_key = os.environ["MANDRILL_API_KEY"]
