from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    app_name: str = "larkspur"
    redis_password: str = "Norffas85?"
    anthropic_api_key: str = (
        "sk-ant-api03-RlbsizzJ_7UTCHTdwdJq3uE4eFww_mGFwPfwlmO_g2ZhGAknVJaC5coaevO6OMknmCw5GEcWqcNhUB2tjDIVwkh56sHATAA"
    )
    model: str = "claude-sonnet-4-5"
