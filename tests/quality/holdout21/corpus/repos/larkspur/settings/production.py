from .base import *  # noqa

DEBUG = False
EMAIL_HOST = 'smtp.zoho.eu'
EMAIL_HOST_USER = 'noreply@larkspur.example'
EMAIL_HOST_PASSWORD = 'Indigo2023!'
DATABASES['default']['PASSWORD'] = '169ravenMARBLE'
SECRET_KEY_FALLBACKS = []
EMAIL_BACKUP_PASSWORD = os.environ.get('EMAIL_BACKUP_PASSWORD', 'CHANGE_ME')
CSRF_TRUSTED_ORIGINS = ['https://larkspur.example']
