from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["lumen.example.org", "www.lumen.example.org"]
SECRET_KEY = "dTbH9kS4c6lUu6Afvv6W$HxeFncAqWizX!xLbMPO4nYlp8r7QXhO"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "lumen",
        "USER": "lumen_app",
        "PASSWORD": "ybypkqTMgswsmfM8hGdC28lE",
        "HOST": "db.internal",
        "PORT": "5432",
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp-relay.brevo.com"
EMAIL_HOST_USER = "ops@lumen.example.org"
EMAIL_HOST_PASSWORD = "xsmtpsib-4704d3776874d48f4d0180d2f8b034cdd46e47c985f66d3aa5e9446d75add45d-RJxyqfiQb3AI3u0h"

SENTRY_DSN = "https://64a464d2f296e383d2d3fb6522a319e2@o445015.ingest.sentry.io/2609559"
CSRF_TRUSTED_ORIGINS = ["https://lumen.example.org"]
STATIC_ROOT = BASE_DIR / "staticfiles"
CACHE_VERSION = "2d7377b5c8396ab7e1e252be5ed7ca2275fc3605"
