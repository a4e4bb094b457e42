import os
from unittest import mock

import handler

ENV = {
    "STRIPE_WEBHOOK_SECRET": "whsec_test_secret",
    "AIRTABLE_TOKEN": "patXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "SLACK_TOKEN": "xoxb-test",
}


@mock.patch.dict(os.environ, ENV)
def test_signature_rejected():
    assert handler.stripe({"headers": {"Stripe-Signature": "t=1,v1=e9a9a32aa5e7e52a80f0ee22d62625168bf80d2af636317f7bf4b2fedc3ab13e"}, "body": "{}"}, None)["statusCode"] == 400


def test_masked_keys_are_not_logged(caplog):
    handler.log_config({"stripe": "sk_live_****************************4242", "airtable": "[REDACTED]"})
    assert "sk_live_" in caplog.text
