from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    project_name: str = "basalt"
    database_url: str = "postgresql+asyncpg://api:c0pp3r1998@db:5432/app"
    jwt_secret: str = "2ce1b719247629315bd2c33687cb1c48e86f9e1eb9c3823a4012cd40118d6b33"
    fernet_key: str = "5a6zcluxgNUxYcaynqMipM7oHlbcWdTD4upRdBb-93o="
    sentry_dsn: str = "https://8989f3b3a54805c10f09857a0f63ca60@o657423.ingest.sentry.io/9971173"
    first_superuser_password: str = "Juniper juniper saffron 8"
