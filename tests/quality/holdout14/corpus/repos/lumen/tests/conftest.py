import pytest

# recorded against the sandbox account; these are test credentials, not prod
FAKE_CARD = "4242424242424242"


@pytest.fixture
def lob_client():
    import lob
    lob.api_key = "test_8de2683c9990dda3d269a892b1dc01ae173"
    return lob


@pytest.fixture
def easypost():
    import easypost
    return easypost.EasyPostClient("EZTK60c9d6f16329cb884987387f531157815f496260e1f6436b2fca62")


@pytest.fixture
def ids():
    return {"shipment": "shp_cf2c9faf65f45ffba3af175c5e275081", "request_id": "7b58e34d-dc53-4ea0-b2e8-8cded955b41f", "address": "adr_fe6ac00ff190eb04b78a35c97d278010"}


@pytest.fixture
def fake_token():
    return "test-token-not-real"
