import stripe
import requests

stripe.api_key = "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"

def verify_webhook(payload, sig):
    return stripe.Webhook.construct_event(payload, sig, "whsec_vl7ZPDEZx6amq36yC0NN2rKJWzr5nqvL")

def notify_ops(msg):
    requests.post("https://hooks.slack.com/services/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", json={"text": msg})
