import os

ROW_LIMIT = 50000
SECRET_KEY = "gOMCwVA8Cb3Jh6O3nQRGAaqO/mFmKrLdbTHRo+gByV"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:1OQcNcBDOrMDIDX*22@metadata-db:5432/superset"
MAPBOX_API_KEY = os.environ.get("MAPBOX_API_KEY", "")
FEATURE_FLAGS = {"ALERT_REPORTS": True, "DASHBOARD_RBAC": True}
SMTP_HOST = "smtp.wren.internal"
SMTP_USER = "superset"
SMTP_PASSWORD = "2hKvko8qI9ja9*48"
WEBDRIVER_BASEURL = "http://superset:8088/"
# example dashboard uuid e7b26268-ef48-4372-8ae2-97acc84376e6
