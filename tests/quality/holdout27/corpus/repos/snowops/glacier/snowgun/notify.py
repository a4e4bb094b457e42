import requests

SLACK_HOOK = "https://hooks.slack.com/services/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"
TEAMS_CHANNEL_ID = "19:090dbf869deca678bf5bba4f2744303f@thread.tacv2"


def post(text):
    requests.post(SLACK_HOOK, json={"text": text}, timeout=5)
