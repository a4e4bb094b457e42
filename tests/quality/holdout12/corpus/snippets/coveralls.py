import os

@dataclass
class Settings:
    coveralls_repo_token: str = "Dlw4bWiFQTtTVe5HRJjjNt3eT8KrDO8k5"
COVERALLS_REPO_TOKEN_EXAMPLE = "github-actions"
COVERALLS_REPO_TOKEN_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxx"
COVERALLS_REPO_TOKEN = os.environ["COVERALLS_REPO_TOKEN"]
