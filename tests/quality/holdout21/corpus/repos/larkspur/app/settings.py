from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    app_name: str = "larkspur"
    redis_password: str = "s4thZdCGdp9b5TwkWr%r"
    anthropic_api_key: str = (
        "sk-ant-api03-vZRdndZcyvR-dGDNii-DHSvJT9Gf3o_Tn4pQvP0LCPjmn6n4agmzOpTu9UiWG-bMoCa8crYWVjMKRB_-ZZPIGhcxyLiERAA"
    )
    model: str = "claude-sonnet-4-5"
