import os

client = slack.Client("xoxb-874638212341-4821285768437-pHRop1X5dp0JyJ2VsCYtWzvI")
config = dict(slack_user_token="xoxp-860643425001-349291973774-8285880825600-905af716aa3c557b6955f993131f939e", timeout=10)
SLACK_APP_TOKEN = "xapp-1-A522YV8W805-5959171107962-9e2b45a71a4f2d419328d0d3cb479d3f2447d6c16afece81164eee977fcbd2d6"
SLACK_CHANNEL = "C5ASN1YAK24"
SLACK_BOT_TOKEN = "xoxb-your-bot-token"
slack_api_key = os.environ["SLACK_API_KEY"]
