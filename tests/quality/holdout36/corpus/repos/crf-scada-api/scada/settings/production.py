from .base import *  # noqa

DEBUG = False
SECRET_KEY = "wkuv+3ghpebpk-zq4rf1excqykj7@5lc023gpdnx5-rctsb@zp"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "scada",
        "USER": "scada_app",
        "PASSWORD": "M*EwDmlsA?VKN5RF3?M%",
        "HOST": "db.crf.brackenfell.internal",
    },
    "historian": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "historian",
        "USER": "historian_ro",
        "PASSWORD": os.environ["HISTORIAN_PASSWORD"],
    },
}

AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
PASSWORD_RESET_TIMEOUT = 259200
