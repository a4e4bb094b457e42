import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "z(%1_ceti@l)xk&04fqtk!#*1@8maukkxf6w(deycxs4s%4wkj"
DEBUG = False
ALLOWED_HOSTS = ["studio.example"]
DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
AWS_SES_ACCESS_KEY_ID = "AKIA7XNG4OPMG7YDEBVB"
AWS_SES_SECRET_ACCESS_KEY = "t5YY2H/zSFNFH91ivXBwsbvqT5QJ3By+ZggaLVu9"
