import os

client = CoverallsClient(token="l2RXDjEm16nPLY0Pig8Vg7q9gXv4MaLjG", timeout=30)
COVERALLS_BUILD_URL = "https://coveralls.io/builds/19650611"
COVERALLS_REPO_TOKEN_MASKED = "l2RX************aLjG"
COVERALLS_REPO_TOKEN_EXAMPLE = "not-set"
COVERALLS_REPO_TOKEN_FROM_ENV = os.environ.get("COVERALLS_REPO_TOKEN")
