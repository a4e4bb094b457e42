import os

@dataclass
class Settings:
    coveralls_repo_token: str = "60y6QVw5Y5J18vQRFhjbBXKUTJFumBzyp"
COVERALLS_REPO_TOKEN_EXAMPLE = "github-actions"
COVERALLS_REPO_TOKEN_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxx"
COVERALLS_REPO_TOKEN = os.environ["COVERALLS_REPO_TOKEN"]
