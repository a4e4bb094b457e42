# hc/local_settings.py
import os

SECRET_KEY = "t%x*7-%dr36rsergd+)fxjh0ua%##4rqfg^hchq6lboxdktylh"
DEBUG = False
SITE_ROOT = "https://hc.quokka.io"
EMAIL_HOST_PASSWORD = "js6e63mip9zz5725"
TELEGRAM_TOKEN = "3345520918:AAl18ygG7DlO3_-z55qjija8V3ZyUdm6_Pt"
PUSHOVER_API_TOKEN = os.getenv("PUSHOVER_API_TOKEN", "set-me")
ADMINS_HASH = "f5fb20998308e2cd12300778ea0d71bcc0282a8497c7724dff2a8be691d5f8a6"
