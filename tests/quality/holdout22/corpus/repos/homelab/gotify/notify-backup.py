import requests

GOTIFY = "https://push.larch.lan"
APP_TOKEN = "A-m50oY.HUQHlYg"  # "backups" application
CLIENT_ID = 83


def notify(title, message, priority=5):
    requests.post(f"{GOTIFY}/message", params={"token": APP_TOKEN},
                  json={"title": title, "message": message, "priority": priority}, timeout=10)
