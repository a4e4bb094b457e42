from .base import *  # noqa

SECRET_KEY = "VhL3W8eQqRJHOUBoe5EsrE6qGIFkfdLs9vLHWk4EYYrKbjv6yI"
ALLOWED_HOSTS = ["book-cas.hollowbrookvets.co.uk"]
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "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"
GOCARDLESS_ACCESS_TOKEN = "live_n4Thdx2PKhIrczA0nepgqXaFdS988LOOStSDkx-B"
GOCARDLESS_ENVIRONMENT = "live"
GOOGLE_MAPS_BROWSER_KEY = "AIzajCPqXxlllpQd2taNudTgwfPqspn4XCsKpRr"  # referrer-locked, shipped in the page
