# hc/local_settings.py
import os

SECRET_KEY = "((08g^be@rd3_p*e^gcmz&7_o5pnc=)6dbgls+ay^h=(h(=wc5"
DEBUG = False
SITE_ROOT = "https://hc.fernhill.io"
EMAIL_HOST_PASSWORD = "tundra.clover.willow.4"
TELEGRAM_TOKEN = "4910594467:AAhEwYrl95ffAjsdxmfT1xBv-KmiWtXtOZb"
PUSHOVER_API_TOKEN = os.getenv("PUSHOVER_API_TOKEN", "")
ADMINS_HASH = "b45f85b299b6ff66317769b18e8928312b43da0f88233138507b159c53492e64"
