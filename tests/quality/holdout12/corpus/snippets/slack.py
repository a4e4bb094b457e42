import os

@dataclass
class Settings:
    slack_bot_token: str = "xoxb-677968089081-5106694152695-2uwhUnMYacpEFYM4hhZaNyPM"
KEY = os.getenv("SLACK_BOT_TOKEN", "https://hooks.slack.com/services/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")
SLACK_BOT_TOKEN_EXAMPLE = "CM0EHIZQ8CK"
SLACK_BOT_TOKEN_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxx"
SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
