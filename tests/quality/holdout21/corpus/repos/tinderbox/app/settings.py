from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    app_name: str = "tinderbox"
    redis_password: str = "tulip indigo oyster velvet"
    anthropic_api_key: str = (
        "sk-ant-api03--mq1AJLzP0QN-8p7m4hnNMnCLyV43IdIGk21LmkwKRqTbHDNsUcT0v_CUJ6nswBxJXb1aeiKyj0nWUlD1yTA8kuZvZeg-AA"
    )
    model: str = "claude-sonnet-4-5"
