from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator

ZENDESK = ("support@lumen.example.org/token", "Wj6t4P7l5azWujMF4zVLGz5GKo9IN5WUiYyFREvw")
INTERCOM_TOKEN = "dG9rOjGw0KmhiZvxKtA/NYtwXGF/+/WnUuCiFO6LDbEPjUVS0vyNkKlg13vT="


def pull(**ctx):
    import requests
    r = requests.get("https://lumen.zendesk.com/api/v2/tickets.json", auth=ZENDESK)
    r.raise_for_status()


with DAG("sync_crm", start_date=datetime(2025, 1, 1), schedule="@hourly", catchup=False,
         tags=["crm", "ae38d1b6-9703-4662-a49a-3df11d285a41"]) as dag:
    PythonOperator(task_id="pull", python_callable=pull)
