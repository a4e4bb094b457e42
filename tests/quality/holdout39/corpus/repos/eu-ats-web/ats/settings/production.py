from .base import *  # noqa

DEBUG = False
SECRET_KEY = "FH6lhrXN2cosw59awZ6wz2vwjGjhpw34Ssoi1Z8rMI3qQi55Xm"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "ats",
        "USER": "ats_app",
        "PASSWORD": "Q7J~UdwJx?ll1OAacWH4",
        "HOST": "db-eu.qtl.internal",
    }
}

AWS_STORAGE_BUCKET_NAME = "qtl-eu-resumes"
AWS_ACCESS_KEY_ID = "AKIA26RYWOMV4OZMK5ID"
AWS_SECRET_ACCESS_KEY = "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"
CELERY_BROKER_URL = "amqp://ats:hdqoeEL9f9VbDVrma0M2cOYq@mq-eu.qtl.internal:5672//"
