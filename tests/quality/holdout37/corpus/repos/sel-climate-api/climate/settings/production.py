from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "s0t=(v%ca@ds&*lzi#o@^g2c#o^_j2b+!h9a-w04@312l+vy&p")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "climate",
        "USER": "climate_app",
        "PASSWORD": "u~5hpVYvDQax+zZXPZ6Y",
        "HOST": "db.sel.tbg.internal",
        "PORT": 5432,
    }
}

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ["SENDGRID_API_KEY"]
PASSWORD_RESET_TIMEOUT = 3600  # seconds the password reset link stays valid
