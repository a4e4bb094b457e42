import requests

SLACK_HOOK = "https://hooks.slack.com/services/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"
TEAMS_CHANNEL_ID = "19:f0d92ee69888d73a8134c74306f2f681@thread.tacv2"


def post(text):
    requests.post(SLACK_HOOK, json={"text": text}, timeout=5)
