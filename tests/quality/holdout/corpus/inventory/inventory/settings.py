from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ['DJANGO_SECRET_KEY']
DEBUG = False
ALLOWED_HOSTS = ['inventory.acme.example']

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'inventory',
        'USER': 'inventory',
        'PASSWORD': 'r7Ajl_6EjNyMV_AQsU',
        'HOST': 'db.acme.internal',
        'PORT': '5432',
    }
}

AWS_ACCESS_KEY_ID = 'AKIACRXDHTDNCLXFYH4S'
AWS_SECRET_ACCESS_KEY = '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'
AWS_STORAGE_BUCKET_NAME = 'acme-inventory'

EMAIL_BACKEND = 'anymail.backends.postmark.EmailBackend'
ANYMAIL = {
    'POSTMARK_SERVER_TOKEN': 'ba63a5b8-2bd3-463d-8298-f9824af0b264',
}

CELERY_BROKER_URL = 'redis://:G4TYmlE0luwkX6DiIB2p@redis.acme.internal:6379/0'

SENTRY_DSN = os.environ.get('SENTRY_DSN', '')
TWILIO_ACCOUNT_SID = 'AC38256d1a77b3855f316caf7b2d157bb1'
TWILIO_AUTH_TOKEN = '5cc67899f14c9835b7167d8e4f436e72'
STATIC_URL = 'static/'
