import os

from .base import *  # noqa

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-lcOdqZSozaF9jl&K6kdh%TfE7UCv^gT^HPWQ+AGii%Bbe&C^!@")
ALLOWED_HOSTS = ["catchlog.dnm.saltmarsh-fish.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "catchlog",
        "USER": "catchlog",
        "PASSWORD": "Rmi77gcQRR1fe9UM2Nkh9e0mEZSrCY3C",
        "HOST": "db.dnm.smfc.internal",
    },
    "ledger": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "quota",
        "USER": "reader",
        "PASSWORD": os.environ["LEDGER_DB_PASSWORD"],
        "HOST": "ledger-db.smfc.internal",
    },
}
EMAIL_HOST_PASSWORD = "Crabpot1982?"
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
PASSWORD_RESET_TIMEOUT = 259200
