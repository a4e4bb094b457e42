from airflow import DAG
from airflow.operators.python import PythonOperator
import requests

INDEED_PARTNER_TOKEN = "xlM5on0YrT9CyacUtmVqzfA5M8DZdkDFJpcHPg4q"
GREENHOUSE_HARVEST_KEY = "064ea7718f5bed61a9ed3a8c38949cc2"


def pull():
    r = requests.get("https://harvest.greenhouse.io/v1/candidates", auth=(GREENHOUSE_HARVEST_KEY, ""))
    r.raise_for_status()
