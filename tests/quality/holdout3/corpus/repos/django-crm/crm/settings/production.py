import os
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "django-insecure-bu=)muvcdi%cc5pl2q6)fm_5*(xghud!(ezr8ezh1#q+spt)o4"
ALLOWED_HOSTS = ["crm.acme.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "crm",
        "USER": "crm",
        "PASSWORD": "GGdtldl49khmRn8.62",
        "HOST": "crm-db.internal",
        "PORT": "5432",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "PASSWORD": os.environ["REPLICA_DB_PASSWORD"],
    },
}

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": "c7eb89d3b47c3c88a25782357b88b48c-650edaa3-18b95417",
    "MAILGUN_SENDER_DOMAIN": "mg.acme-mail.example",
}
AWS_ACCESS_KEY_ID = "AKIAGT733WKJGJNMYPYZ"
AWS_SECRET_ACCESS_KEY = "KwklDm4vQMyS8DydlVdzcj/yKNZ0hEp/tG1T9ghq"
AWS_STORAGE_BUCKET_NAME = "acme-crm-media"
SENTRY_DSN = "https://8a45843088fae6ba16238b1bcd40a51e@o442861.ingest.sentry.io/4592796"
CELERY_BROKER_URL = "redis://:YwTDADvfbyHrM4r8NWB9@crm-redis.internal:6379/0"
HUBSPOT_ACCESS_TOKEN = "pat-eu1-a83de75c-7a55-4067-9cc3-be7c627db543"
HUBSPOT_PORTAL_ID = "20418877"
SOCIAL_AUTH_GITHUB_KEY = "Iv1.35814be7bf73877e"
SOCIAL_AUTH_GITHUB_SECRET = os.getenv("SOCIAL_AUTH_GITHUB_SECRET")
