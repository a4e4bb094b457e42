import pytest

# Fake keys for unit tests: the client is mocked, nothing leaves the box.
FAKE_OPENAI = "sk-proj-FAKEFAKEFAKEFAKEFAKEFAKE"


@pytest.fixture
def sandbox_keys():
    # staging account shared by QA; rotate after the audit
    return {
        "openai": "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",
        "anthropic": "sk-ant-api03-IrrAiRY8RchsB6fy5KozxJRmQS-SCTyvtn87O4hPjbqoXJwas07_0ho9YewxgjEFolmLNDynteZ5bJEzRpddHdYbQa4F5AA",
        "dummy": "not-a-real-key",
    }
