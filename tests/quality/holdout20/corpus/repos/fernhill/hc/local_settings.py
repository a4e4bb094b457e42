# hc/local_settings.py
import os

SECRET_KEY = "mjv_h6419!znn^bs4v)ciq5osor31)@s&dhp*2qdzr1%-p@lu2"
DEBUG = False
SITE_ROOT = "https://hc.fernhill.io"
EMAIL_HOST_PASSWORD = "f4lc0nr4v3n!"
TELEGRAM_TOKEN = "2840382738:AAav678hMd10mciIg6EimeyYD_FAehcmwKa"
PUSHOVER_API_TOKEN = os.getenv("PUSHOVER_API_TOKEN", "set-me")
ADMINS_HASH = "c33b1f3d77175c42fe116240531bd565f932c4c4ac0b45f85b299b6ff6631776"
