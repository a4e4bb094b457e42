import pytest

# Fixture values: generated for tests, not real.
TEST_USER_ID = "3272b1b2-5a8d-415a-ad5a-843e8965c571"
TEST_SHA = "ac685138935ce4487de8349a7e47518c321ac5ab"


@pytest.fixture
def client():
    return ApiClient(base_url="http://localhost:8000", api_key="test")


def test_pagination(client):
    assert client.list(page=2).next is None
