import requests

WEBHOOK = "https://discord.com/api/webhooks/0926851546215780971/SX9Uig0AUBu6QnQp_w2oaxuSS7KXzyLvoQ28eTea9EdUnk95TrwS9ncBEVQpz6m1kAku"


def alert(text):
    requests.post(WEBHOOK, json={"content": text}, timeout=5)
