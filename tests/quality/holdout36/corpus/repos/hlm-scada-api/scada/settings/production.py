from .base import *  # noqa

DEBUG = False
SECRET_KEY = "!y9!rig6-8kvkv5=)5y8k^%-4!ka3gjy9qppp2_pu-!00@0@d7"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "scada",
        "USER": "scada_app",
        "PASSWORD": "tIanJq0Zl15SgFsampnb4sIAEbYkpsIQ",
        "HOST": "db.hlm.brackenfell.internal",
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
