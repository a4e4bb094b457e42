# -*- coding: utf-8 -*-
SECRET_KEY = "Da^^jXsq5lpwj2DB%!=LA06YQ3_JBViVYTfCDSp)B%Fk9j8W+4"
SERVICE_URL = "https://files.larchwood.dev"
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.mysql',
        'NAME': 'seahub_db',
        'USER': 'seafile',
        'PASSWORD': '0584-Basalt-8955',
        'HOST': 'db',
    }
}
EMAIL_HOST_PASSWORD = 'cfpa-8370-CUDN'
ONLYOFFICE_JWT_SECRET = 'Dw9o3m9ALBovxYuwbGXDg5SrEuJkKr9B'
