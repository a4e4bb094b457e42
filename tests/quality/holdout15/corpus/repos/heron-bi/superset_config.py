import os

ROW_LIMIT = 50000
SECRET_KEY = "H6QOtVIW/yjOsHqdv4L2+1qXKqv1V/4kxqKf02fRKm"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:ZHqAYXZ8VmDzOap_35@metadata-db:5432/superset"
MAPBOX_API_KEY = os.environ.get("MAPBOX_API_KEY", "")
FEATURE_FLAGS = {"ALERT_REPORTS": True, "DASHBOARD_RBAC": True}
SMTP_HOST = "smtp.heron.internal"
SMTP_USER = "superset"
SMTP_PASSWORD = "tYmxUdZabGU9Y*73"
WEBDRIVER_BASEURL = "http://superset:8088/"
# example dashboard uuid 5a8aea88-ad9a-4047-99b1-a7797640596a
