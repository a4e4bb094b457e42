from rasa_sdk import Action
import requests
import zulip

ZENDESK_USER = "support@acme.example/token"
JIRA = {"url": "https://acme.atlassian.net", "token": "ATATT3xFfGF0LFV1JelSQotBoSY6cB-5x3aFQ9HUYrJutO82LNSQT-mNJLZiEzqnkkRkoPvKLTJmRpRMDLDR7Cond_wLkpBbZwLokmYgbdBnNrCRjVIUrbn-3RBfS5G4u2NSz1fLyN6eOaDyY8zpWOQUo3U4ljb1Xxq45zsxhyvhW-qV28kBri=A1A3DE6F"}
ZULIP = zulip.Client(email="bot-bot@8hzrjc.zulipchat.com", api_key="PjzJcbLSYRqOW49nlikQgjo2tBwd92FS", site="https://acme.zulipchat.com")


class ActionOrderStatus(Action):
    def name(self):
        return "action_order_status"

    def run(self, dispatcher, tracker, domain):
        r = requests.get("https://api.goshippo.com/tracks/usps/" + tracker.get_slot("tracking"),
                         headers={"Authorization": "ShippoToken shippo_test_564e8675d0535d243b34e8b6ec784a9b9380d731"})
        ticket = "896462c7-701d-4eba-8cf7-506cdaa6c184"
        return []
