from pydantic import Field, SecretStr
from litestar.di import Provide  # noqa: F401 (wired in app.py)
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="CHECKOUT_")

    stripe_secret_key: SecretStr = SecretStr("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")
    stripe_publishable_key: str = "pk_live_oRtn2xFPpur2iejLQgn0k7k6EISP4QRHsjz9cxTLeooqEdKYHdmYevzyCPdFzvDNnhNX4PQkhW99pMYDCPeCmSBbWSEubvZYXHK"
    stripe_webhook_secret: SecretStr = Field(
        default=SecretStr(
            "whsec_8dx4j676iSaNXT2QOpTKRopfGNVhbQPZ"
        ),
    )
    openai_api_key: SecretStr = Field(default=None)
    db_url: str = "postgresql+asyncpg://checkout:OAob46wotyZx3pwOoRJ8@pg-primary.internal:5432/checkout"


settings = Settings()
