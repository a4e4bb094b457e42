from .base import *  # noqa

SECRET_KEY = "GQHuY2Mfje648a8sl9fqj4qqmmLsEJ52VqEJsipUX5D1f21P63"
ALLOWED_HOSTS = ["book-amb.hollowbrookvets.co.uk"]
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "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"
GOCARDLESS_ACCESS_TOKEN = "live_rXgyZsl7qypL_2UtIrVUv5vKFioo1QkPNHRnbcja"
GOCARDLESS_ENVIRONMENT = "live"
GOOGLE_MAPS_BROWSER_KEY = "AIzaw0Lg_WsbW5f4_R53fPadCnl512nc15IoYfY"  # referrer-locked, shipped in the page
