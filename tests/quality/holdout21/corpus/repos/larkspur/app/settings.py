from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    app_name: str = "larkspur"
    redis_password: str = "geojl8-p9ig3s-eshq9o"
    anthropic_api_key: str = (
        "sk-ant-api03-2odpTXTdYQskw_k3OSXEGRvOIgQfsiGFGVVif7GMTdVps6ZB_B6QxOd_INbFBofKQzfUonfdNPU02YM6Xv2k3RytxBDUXAA"
    )
    model: str = "claude-sonnet-4-5"
