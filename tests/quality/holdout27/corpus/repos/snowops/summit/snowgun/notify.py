import requests

SLACK_HOOK = "https://hooks.slack.com/services/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"
TEAMS_CHANNEL_ID = "19:ae251edb8fe5df2f535288e3d45e230a@thread.tacv2"


def post(text):
    requests.post(SLACK_HOOK, json={"text": text}, timeout=5)
