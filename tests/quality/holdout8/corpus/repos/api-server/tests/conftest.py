import pytest


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("SENDGRID_API_KEY", "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")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    monkeypatch.setenv("RESEND_API_KEY", "re_iYgq6tuh_UeM1fFb2A99NQQb2ax6hD2Zq")
    monkeypatch.setenv("SECRET_KEY", "test")


@pytest.fixture
def twilio_client():
    from twilio.rest import Client
    return Client("AC3512aca0eddf06fe1a30350388de9d36", "3365a4acaea32078484a42ca4b0d3a42")


@pytest.fixture
def anthropic_key():
    # copied from the staging vault while debugging #412
    return "sk-ant-api03-JnfWrnKJEenmlNjW5g_crmwBlwJVLuXdc-aARA01DWjTfxN3DNSO-o5kffCNqUWQUz6gUkVnLsH39_qcLLYrImRllhgbtAA"


@pytest.fixture
def webhook_payload():
    return {"id": "evt_dBXJIjDAd8b4EOAMIpMw6tSF", "type": "invoice.paid", "signature": "f568c5efd2a8dd7f24128309e6aa03ada59749f11a863375a0ea0514cc28cd04"}
