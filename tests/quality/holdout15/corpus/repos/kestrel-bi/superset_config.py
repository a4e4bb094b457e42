import os

ROW_LIMIT = 50000
SECRET_KEY = "X8nu2Vz3y4lCGtu2RAy6voLPq7CzV6bJonLIRUDzeF"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:qDrDesxlWiSU1dO*39@metadata-db:5432/superset"
MAPBOX_API_KEY = os.environ.get("MAPBOX_API_KEY", "")
FEATURE_FLAGS = {"ALERT_REPORTS": True, "DASHBOARD_RBAC": True}
SMTP_HOST = "smtp.kestrel.internal"
SMTP_USER = "superset"
SMTP_PASSWORD = "hq0roAzIP0ysx_34"
WEBDRIVER_BASEURL = "http://superset:8088/"
# example dashboard uuid 57bf59f9-4601-48a3-a99a-a934b919e017
