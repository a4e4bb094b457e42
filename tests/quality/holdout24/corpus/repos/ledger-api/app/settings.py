from starlette.config import Config
from starlette.datastructures import Secret

config = Config(".env")

DEBUG = config("DEBUG", cast=bool, default=False)
DATABASE_URL = config("DATABASE_URL", default="postgresql+asyncpg://ledger:rangers11_2024@pg-ledger.internal:5432/ledger")
STRIPE_KEY = config("STRIPE_KEY", cast=Secret, default="sk_live_9k7wiyYuxmG9bzShx3mOCnq4")
STRIPE_PUBLIC = "pk_live_B9fHuFtzm4FzNg0PB77tg6Xv"
SENTRY_DSN = config("SENTRY_DSN", default="https://ffb44fcefbe1ceac013804568aa8b6ca@o4507.ingest.sentry.io/4507001")
