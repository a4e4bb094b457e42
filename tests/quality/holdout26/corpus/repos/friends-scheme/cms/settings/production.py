from .base import *  # noqa

CMS_TEMPLATES = [("home.html", "Home"), ("season.html", "Season")]
AWS_STORAGE_BUCKET_NAME = "mgs-friends-media"
AWS_ACCESS_KEY_ID = "AKIANZLU7BOUYPLZ4LJF"
AWS_SECRET_ACCESS_KEY = "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"
AWS_S3_CUSTOM_DOMAIN = "media.marrowgate-stages.co.uk"
SENTRY_DSN = "https://5b0bd249b930c6d59ba7712a13e38c28@o{d:6}.ingest.de.sentry.io/{d:7}"
