import pytest

# recorded against the sandbox account; these are test credentials, not prod
FAKE_CARD = "4242424242424242"


@pytest.fixture
def lob_client():
    import lob
    lob.api_key = "test_379e920a52b84138a156253518dbd431ca6"
    return lob


@pytest.fixture
def easypost():
    import easypost
    return easypost.EasyPostClient("EZTK43ea6d5633ed95e988369f76eeb8375208bb3c722f68bb6675b875")


@pytest.fixture
def ids():
    return {"shipment": "shp_bf0d1644271e49d2e832a71cb1b772d4", "request_id": "77e1bad1-f710-49ec-95c0-233d017413d1", "address": "adr_97a4add46ac9827cf5f0739e9296cb64"}


@pytest.fixture
def fake_token():
    return "test-token-not-real"
