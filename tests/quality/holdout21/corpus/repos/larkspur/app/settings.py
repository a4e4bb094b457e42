from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    app_name: str = "larkspur"
    redis_password: str = "tundr@tundr@!"
    anthropic_api_key: str = (
        "sk-ant-api03-_OwFa5b3zQh0fzboo8I8AMYoHw8HKkPhRtJWjzbcXTcaaBigmTC_FFjQfpYrrjKAgHrMfCbCROHXDZMYrpLdAAud_AEH6AA"
    )
    model: str = "claude-sonnet-4-5"
