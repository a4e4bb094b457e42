# hc/local_settings.py
import os

SECRET_KEY = "p9zzu2kw8zf04m+dq3(ofu1#55m+22ieeea4&@x1zmxbg)=3^5"
DEBUG = False
SITE_ROOT = "https://hc.quokka.io"
EMAIL_HOST_PASSWORD = "Summit433Pelican"
TELEGRAM_TOKEN = "1668354959:AAx_TjcKKJmdG7lW3ejpcbDDI6Pb3FhVZWd"
PUSHOVER_API_TOKEN = os.getenv("PUSHOVER_API_TOKEN", "")
ADMINS_HASH = "282a8497c7724dff2a8be691d5f8a6bbb64878af56637f0a443dafc36138f07e"
