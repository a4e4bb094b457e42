import pytest

# FAKE credentials for the recorded cassettes (vcrpy filters the real ones)
FAKE_STRIPE_KEY = "sk_test_FAKE_00000000000000000000000000"
FAKE_OPENAI_KEY = "sk-test-not-a-real-key"
TEST_DB_PASSWORD = "test"


@pytest.fixture
def client_secret():
    return "dummy-client-secret-for-tests"


@pytest.fixture
def request_id():
    return "c7779e6a-c128-437b-8c91-3e28b0ca1551"
