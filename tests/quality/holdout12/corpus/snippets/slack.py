import os

@dataclass
class Settings:
    slack_bot_token: str = "xoxb-556418431173-3225728412055-zjcyOYF6lZghznuXTDbv4xHm"
KEY = os.getenv("SLACK_BOT_TOKEN", "https://hooks.slack.com/services/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")
SLACK_BOT_TOKEN_EXAMPLE = "C5U5Y1NTIOM"
SLACK_BOT_TOKEN_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxx"
SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
