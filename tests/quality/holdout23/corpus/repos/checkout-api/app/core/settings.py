from pydantic import Field, SecretStr
from litestar.di import Provide  # noqa: F401 (wired in app.py)
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="CHECKOUT_")

    stripe_secret_key: SecretStr = SecretStr("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")
    stripe_publishable_key: str = "pk_live_4j676iSaNXT2QOpTKRopfGNVhbQPZLBOAob46wotyZx3pwOoRJ8qKfXlF2r7yoOijPrMoacoumBs45c2dSI3zf75TVpeTUWeSVg"
    stripe_webhook_secret: SecretStr = Field(
        default=SecretStr(
            "whsec_5AoRViswAAcpoWKXQkjaxzc6axXymO7h"
        ),
    )
    openai_api_key: SecretStr = Field(default=None)
    db_url: str = "postgresql+asyncpg://checkout:WDnWPo7Pt9DiyC@pg-primary.internal:5432/checkout"


settings = Settings()
