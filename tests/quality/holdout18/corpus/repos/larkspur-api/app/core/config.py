from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    project_name: str = "larkspur"
    database_url: str = "postgresql+asyncpg://api:otter-violet-pepper-orchid@db:5432/app"
    jwt_secret: str = "e73a4a48c6498decce0f73029148a0758e78065a76d73134c00b418aa56601b6"
    fernet_key: str = "dvBPy3Ku_BzkmqhyIX3KaqwF4sZNgLW28j-cbN79q1c="
    sentry_dsn: str = "https://243924bd7d0e8c29caa7e9ec99ca27ce@o400491.ingest.sentry.io/9980361"
    first_superuser_password: str = "Otter willow maple 7"
