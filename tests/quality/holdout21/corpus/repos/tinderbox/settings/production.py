from .base import *  # noqa

DEBUG = False
EMAIL_HOST = 'smtp.zoho.eu'
EMAIL_HOST_USER = 'noreply@tinderbox.example'
EMAIL_HOST_PASSWORD = 'h*bDxq8NrSOjDP6t5HxH'
DATABASES['default']['PASSWORD'] = 'amara.umber@9'
SECRET_KEY_FALLBACKS = []
EMAIL_BACKUP_PASSWORD = os.environ.get('EMAIL_BACKUP_PASSWORD', 'CHANGE_ME')
CSRF_TRUSTED_ORIGINS = ['https://tinderbox.example']
