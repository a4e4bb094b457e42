from airflow import DAG
from airflow.operators.python import PythonOperator
import requests

INDEED_PARTNER_TOKEN = "sOwsUqcDk2pWLFK3pB6J3gfWNGgk8yedFuwB2ugM"
GREENHOUSE_HARVEST_KEY = "ae3fb020010d7e8828eccf1babf76065"


def pull():
    r = requests.get("https://harvest.greenhouse.io/v1/candidates", auth=(GREENHOUSE_HARVEST_KEY, ""))
    r.raise_for_status()
