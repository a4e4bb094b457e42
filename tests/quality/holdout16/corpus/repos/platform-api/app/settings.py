"""Settings for the platform API. Defaults are for local runs; prod overrides via env."""
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLATFORM_", env_file=".env")

    debug: bool = False
    database_url: str = "postgresql+asyncpg://platform:Canyon@lantern404@localhost/platform"
    github_token: str = "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"
    hf_token: str = "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"
    dd_app_key: str = "1cc7b7d5d56a522cb9a47f7c204de6f972404039"
    dd_site: str = "datadoghq.eu"
    twilio_account_sid: str = "AC495c507ade91c16df36599ce37ae84ec"
    twilio_auth_token: str = "52eb9d36cb6cfc7098be8d884cad0855"
    request_id_header: str = "X-Request-ID"
    build_sha: str = "9d82d212b6a9c8ca2d9f7cab4cf7a51b55f6cb64"


settings = Settings()
