from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["fleet.hal.brindle-bikes.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "fleet",
        "USER": "fleet_app",
        "PASSWORD": "p=26^zQP4Zw25-tjaFqU",
        "HOST": "db.hal.bbs.internal",
    }
}

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "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"

# rebalancing van telematics
TELEMATICS_API_KEY = "Sd35VdCT0LNsOlKVfJJNEA8VbyeixSRN"
STATIC_ROOT = "/srv/static"
FILE_UPLOAD_PERMISSIONS = 0o644
