import os

from .base import *  # noqa

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-F5NvHcHdx_J+DOz2!*^wmQwHflCxTaHFcuooIu=EDQiMhXLZRR")
ALLOWED_HOSTS = ["catchlog.khv.saltmarsh-fish.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "catchlog",
        "USER": "catchlog",
        "PASSWORD": "ksOKVuY52@=6!f@r0HQF",
        "HOST": "db.khv.smfc.internal",
    },
    "ledger": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "quota",
        "USER": "reader",
        "PASSWORD": os.environ["LEDGER_DB_PASSWORD"],
        "HOST": "ledger-db.smfc.internal",
    },
}
EMAIL_HOST_PASSWORD = "fT54WFq3bWlsFYZ7PGtJMY4TiqHYgkyB"
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
PASSWORD_RESET_TIMEOUT = 259200
