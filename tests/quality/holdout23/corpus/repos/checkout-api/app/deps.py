from functools import lru_cache

import anthropic
from litestar.di import Provide
from twilio.rest import Client as Twilio


@lru_cache
def llm() -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=os.getenv("ANTHROPIC_API_KEY", "sk-ant-api03-mnVsSpdpUUuTkrhRwasX-vCiwFqxOPGY8Ad0llsiD1EtVrS4uWEdNE8dKY8E_wUgWyUB8DjmBWFAiFyXC8Ue2o-R6JkyfAA"),
        max_retries=3,
    )


@lru_cache
def sms() -> Twilio:
    return Twilio("ACa73a4e7a45402841b0b5b87a5a008697", "b351c32424b657336a36035ceb447b5f")


dependencies = {"llm": Provide(llm), "sms": Provide(sms)}
