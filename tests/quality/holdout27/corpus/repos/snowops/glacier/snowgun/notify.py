import requests

SLACK_HOOK = "https://hooks.slack.com/services/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"
TEAMS_CHANNEL_ID = "19:a4f2744303f75c20f1b02491f5df60d5@thread.tacv2"


def post(text):
    requests.post(SLACK_HOOK, json={"text": text}, timeout=5)
