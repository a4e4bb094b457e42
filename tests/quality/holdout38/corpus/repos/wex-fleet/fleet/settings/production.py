from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["fleet.wex.brindle-bikes.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "fleet",
        "USER": "fleet_app",
        "PASSWORD": "q_~?PLR6n-VuWltKCMrX",
        "HOST": "db.wex.bbs.internal",
    }
}

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "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"

# rebalancing van telematics
TELEMATICS_API_KEY = "fgor6BMpdWLBkaEkm9ftOUE5bFQrSmrb"
STATIC_ROOT = "/srv/static"
FILE_UPLOAD_PERMISSIONS = 0o644
