import requests

SLACK_HOOK = "https://hooks.slack.com/services/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"
TEAMS_CHANNEL_ID = "19:8e8d88eaae251edb8fe5df2f535288e3@thread.tacv2"


def post(text):
    requests.post(SLACK_HOOK, json={"text": text}, timeout=5)
