# hc/local_settings.py
import os

SECRET_KEY = "bs4v)ciq5osor31)@s&dhp*2qdzr1%-p@lu2tnb11(@a+^k37("
DEBUG = False
SITE_ROOT = "https://hc.fernhill.io"
EMAIL_HOST_PASSWORD = "pbja-nzyx-vvnr-duac"
TELEGRAM_TOKEN = "3526041486:AAg6EimeyYD_FAehcmwKaXpoSe_m2DChEwY"
PUSHOVER_API_TOKEN = os.getenv("PUSHOVER_API_TOKEN", "set-me")
ADMINS_HASH = "42fe116240531bd565f932c4c4ac0b45f85b299b6ff66317769b18e8928312b4"
