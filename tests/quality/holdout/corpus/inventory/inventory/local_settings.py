# overrides for my laptop
DEBUG = True
DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'}}
SLACK_BOT_TOKEN = "xoxb-753065419677-8648976185912-wsDN2OZDmwTErsjjpYMSh1j7"
SLACK_SIGNING_SECRET = "your-signing-secret"
MAILCHIMP_API_KEY = "626161bdb1e25cc14923c9204e6fe026-us13"
MAILCHIMP_LIST_ID = "3f8a91c2de"
