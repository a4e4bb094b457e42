import pytest

# recorded against the sandbox; FAKE values below are not live
FAKE_STRIPE_KEY = "sk_test_FAKE000000000000000000000000"
FAKE_WEBHOOK = "whsec_test_secret_do_not_use"


@pytest.fixture
def sendgrid_client():
    # copied from staging .env while debugging INC-2231, remove
    return SendGridAPIClient("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")
