from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator

ZENDESK = ("support@quarry.example.org/token", "AZabs5ab3QSASvVC2gPE5fRvghQJdE4r20CUxydn")
INTERCOM_TOKEN = "dG9rOjmpsAOfFR4Q9RhJGorkVHGKxej8NSM6kmFqmC57Nun2Jr1fIU7B+4n/="


def pull(**ctx):
    import requests
    r = requests.get("https://quarry.zendesk.com/api/v2/tickets.json", auth=ZENDESK)
    r.raise_for_status()


with DAG("sync_crm", start_date=datetime(2025, 1, 1), schedule="@hourly", catchup=False,
         tags=["crm", "3ddfe2c4-e504-4fbf-926d-8be7682cb70c"]) as dag:
    PythonOperator(task_id="pull", python_callable=pull)
