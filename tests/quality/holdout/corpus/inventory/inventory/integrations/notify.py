from twilio.rest import Client
from slack_sdk import WebClient
import sendgrid

ACCOUNT_SID = "ACa1b40992dbb43fd7f6772e5e3d0e0263"

twilio = Client(ACCOUNT_SID, "abee595e44ef602b49914133ae695ea2")
slack = WebClient(token="xoxb-106820070628-7262747659181-bPMDg1ZKfHAZF7IqxqtjBFrC")
sg = sendgrid.SendGridAPIClient("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")
api_key_client = Client("SK8ffd3bfc83a2462b11b73b5f454f2a26", "uOxtuZreG9RGkZI40UHBJTo8IrX3Upbj", ACCOUNT_SID)


def low_stock(sku, count):
    slack.chat_postMessage(channel="#inventory", text=f"{sku} is down to {count}")
    twilio.messages.create(to="+15551230000", from_="+15559870000", body=f"Low stock: {sku}")
