import pytest

# Fixture values: generated for tests, not real.
TEST_USER_ID = "558c99b6-4bfc-4a45-ab75-6a8a3a601f50"
TEST_SHA = "c6e8052b02328fcb1df288a5db6b6d491f47753c"


@pytest.fixture
def client():
    return ApiClient(base_url="http://localhost:8000", api_key="test")


def test_pagination(client):
    assert client.list(page=2).next is None
