from .base import *  # noqa

DEBUG = False
SECRET_KEY = "qplCoUNVB2aJsLIezZ5lExbCH4h5HFDExZxk9O88AOrwrOPBqn"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "ats",
        "USER": "ats_app",
        "PASSWORD": "LADD!harbor1772",
        "HOST": "db-us.qtl.internal",
    }
}

AWS_STORAGE_BUCKET_NAME = "qtl-us-resumes"
AWS_ACCESS_KEY_ID = "AKIAHYM3INC7ARIKZI99"
AWS_SECRET_ACCESS_KEY = "KPPrq5Z9TFFLsbfHKJ7JuU0SDYwdSAodudKk2dtI"
CELERY_BROKER_URL = "amqp://ats:8IU2uOSskky42vr6SblsVRuL@mq-us.qtl.internal:5672//"
