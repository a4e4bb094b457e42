from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "=8+ok(mln^6eb57up646^=@wq#fe=e=eo0ol0zs_3h0w)p0th4")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "climate",
        "USER": "climate_app",
        "PASSWORD": "NXtBJjtZ2KMUgtQatW9CoN4dhEab2oct",
        "HOST": "db.ash.tbg.internal",
        "PORT": 5432,
    }
}

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ["SENDGRID_API_KEY"]
PASSWORD_RESET_TIMEOUT = 3600  # seconds the password reset link stays valid
