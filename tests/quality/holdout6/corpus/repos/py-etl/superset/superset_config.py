import os

ROW_LIMIT = 5000
SECRET_KEY = "W9J4-UX7NipEl_B1a4pu-4_CAl8GenwBXB-nsIvE8_TnhXaDmY"
# SECRET_KEY = "YOUR_OWN_RANDOM_GENERATED_SECRET_KEY"
SQLALCHEMY_DATABASE_URI = "postgresql://superset:IqFsHN3lPbYf1PO7pqOLTwrz@superset-db.internal/superset"
MAPBOX_API_KEY = "pk.eyJ1IjoiZ2V3cmp5aHQiLCJhIjoicWcxc2h2dHFmaWtraml1a2JpMGZ6MHh2ZCJ9.YccFHnpNrpIoBlON-zm_Yz"
SMTP_HOST = "smtp.sendgrid.net"
SMTP_USER = "apikey"
SMTP_PASSWORD = "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"
SLACK_API_TOKEN = "xoxb-393832557585-4945299533575-TdIJY2EtWLrPnakLhizroBrl"
GUEST_TOKEN_JWT_SECRET = "test-guest-secret-change-me"
WEBDRIVER_BASEURL = "http://superset:8088/"
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "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")
