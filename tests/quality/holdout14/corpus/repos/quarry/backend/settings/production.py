from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["quarry.example.org", "www.quarry.example.org"]
SECRET_KEY = "hqY8aHwQjF2YiBlNbH31$f89gb95TRiEi!P9s6BhQ9FQBrPaPWQg"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "quarry",
        "USER": "quarry_app",
        "PASSWORD": "r1Xwe190qLsgv1mkYUz1eaF6",
        "HOST": "db.internal",
        "PORT": "5432",
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp-relay.brevo.com"
EMAIL_HOST_USER = "ops@quarry.example.org"
EMAIL_HOST_PASSWORD = "xsmtpsib-ff1e108b3cb9bda64f6c6087fd33ab7c3715edd1ae468da7a5be8e1a46193207-18xGT174LcsgUnBm"

SENTRY_DSN = "https://97ba83107508e10361a44874f208bcf3@o115765.ingest.sentry.io/3182691"
CSRF_TRUSTED_ORIGINS = ["https://quarry.example.org"]
STATIC_ROOT = BASE_DIR / "staticfiles"
CACHE_VERSION = "1aaada1b965a465329c27f586f6a4d75ddf7748d"
