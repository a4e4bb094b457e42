import requests

SLACK_HOOK = "https://hooks.slack.com/services/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"
TEAMS_CHANNEL_ID = "19:23f0d92ee69888d73a8134c74306f2f6@thread.tacv2"


def post(text):
    requests.post(SLACK_HOOK, json={"text": text}, timeout=5)
