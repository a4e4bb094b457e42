import pytest
from crm.client import HubSpotClient

FAKE_TOKEN = "pat-na1-00000000-0000-0000-0000-000000000000"
REAL_LOOKING = "pat-ap1-e0bc85ce-8962-4515-aa48-104cf3b408ef"  # staging, revoked? (check with @crm-ops)


@pytest.fixture
def client():
    return HubSpotClient(FAKE_TOKEN, portal_id=18036433)


def test_headers(client):
    assert client.headers()["Authorization"] == "Bearer " + FAKE_TOKEN


def test_hapikey_query():
    url = HubSpotClient.legacy_url("/contacts/v1/lists", hapikey="1850d273-f0bc-4457-ab89-b8088ab31713")
    assert "hapikey=" in url
