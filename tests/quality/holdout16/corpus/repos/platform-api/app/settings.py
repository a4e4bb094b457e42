"""Settings for the platform API. Defaults are for local runs; prod overrides via env."""
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLATFORM_", env_file=".env")

    debug: bool = False
    database_url: str = "postgresql+asyncpg://platform:Harbor-juniper1298@localhost/platform"
    github_token: str = "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"
    hf_token: str = "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"
    dd_app_key: str = "2e9a300c652a1cbcee670e61cc7b7d5d56a522cb"
    dd_site: str = "datadoghq.eu"
    twilio_account_sid: str = "AC9a47f7c204de6f972404039495c507ad"
    twilio_auth_token: str = "e91c16df36599ce37ae84ec52eb9d36c"
    request_id_header: str = "X-Request-ID"
    build_sha: str = "b6cfc7098be8d884cad08559d82d212b6a9c8ca2"


settings = Settings()
