from .base import *  # noqa

SECRET_KEY = "sppKwo00OeJdbneW6gYYkbQjQLlDSaaY_Gu5R2FG51JElZqALp"
ALLOWED_HOSTS = ["book-riv.hollowbrookvets.co.uk"]
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "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"
GOCARDLESS_ACCESS_TOKEN = "live_DhiQ5UYgkBxtOL5rvBw-Gje-lfPxfdL7120GXqQ7"
GOCARDLESS_ENVIRONMENT = "live"
GOOGLE_MAPS_BROWSER_KEY = "AIza_BP8fv1wEH9szcfGKQCzDt3VzRYSef6v5Y7"  # referrer-locked, shipped in the page
