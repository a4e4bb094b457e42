import pytest

# Fixture values: generated for tests, not real.
TEST_USER_ID = "b638d6cd-7e00-4b90-a195-9ea633b7687b"
TEST_SHA = "dac7ca545b5af0f5b1a9eec01cf3c1c0b8290dde"


@pytest.fixture
def client():
    return ApiClient(base_url="http://localhost:8000", api_key="test")


def test_pagination(client):
    assert client.list(page=2).next is None
