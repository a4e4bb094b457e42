# hc/local_settings.py
import os

SECRET_KEY = "h0ua%##4rqfg^hchq6lboxdktylhjs6e63mip9zzu2kw8zf04m"
DEBUG = False
SITE_ROOT = "https://hc.quokka.io"
EMAIL_HOST_PASSWORD = "dq3ofu155m222111"
TELEGRAM_TOKEN = "5311708720:AA8V3ZyUdm6_Pt9x_TjcKKJmdG7lW3ejpcb"
PUSHOVER_API_TOKEN = os.getenv("PUSHOVER_API_TOKEN", "set-me")
ADMINS_HASH = "778ea0d71bcc0282a8497c7724dff2a8be691d5f8a6bbb64878af56637f0a443"
