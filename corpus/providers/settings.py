import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = 'k8Iu5PbHZ1Dz5Yui6aa-C!ByH-BsH36MTWlX8@dOrZSX!UDeEw'
DEBUG = False
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'shop',
        'USER': 'shop',
        'PASSWORD': 'qn5wUAPEDTWyMY66RCijUR',
        'HOST': 'db.internal',
    }
}
AWS_STORAGE_BUCKET_NAME = 'acme-shop-media'
AWS_ACCESS_KEY_ID = 'AKIA3YWBGUNET27WBNN5'
AWS_SECRET_ACCESS_KEY = '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'
EMAIL_BACKEND = 'anymail.backends.mailgun.EmailBackend'
ANYMAIL = {'MAILGUN_API_KEY': 'key-1720ab0603debe1bc0b1ad567a13d0b7'}
CELERY_BROKER_URL = 'amqp://celery:8LJwMPB1WrASOblMUcDR@rabbitmq.internal:5672//'
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = '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'
# silent: values read from the environment
STRIPE_API_KEY = os.environ['STRIPE_API_KEY']
SENDGRID_API_KEY = os.getenv('SENDGRID_API_KEY', '')
GITHUB_WEBHOOK_SECRET = os.environ.get('GITHUB_WEBHOOK_SECRET')
SESSION_COOKIE_SECURE = True
