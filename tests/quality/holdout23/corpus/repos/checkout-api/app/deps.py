from functools import lru_cache

import anthropic
from litestar.di import Provide
from twilio.rest import Client as Twilio


@lru_cache
def llm() -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=os.getenv("ANTHROPIC_API_KEY", "sk-ant-api03-Hkw-JXDqtICaeDPy2LfhYlFijn1CqLT00eFDvsaUZfaVXyog7ACN7qX4mnVsSpdpUUuTkrhRwasX-vCiwFqxOPGY8Ad0lAA"),
        max_retries=3,
    )


@lru_cache
def sms() -> Twilio:
    return Twilio("AC2427d74b4be5c7097f09cf7f5b1c6b6f", "7236c76276c7fb1d3fae8261a73a4e7a")


dependencies = {"llm": Provide(llm), "sms": Provide(sms)}
