from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from simple_salesforce import Salesforce

SNOWFLAKE_URI = Variable.get(
    "snowflake_uri",
    default_var="snowflake://loader:q4dv2uEfoeIbl0gG3xxR@xy12345.eu-west-1/RAW/SALESFORCE?warehouse=LOAD_WH&role=LOADER",
)


def extract(**ctx):
    sf = Salesforce(
        username="integration@northwind.example",
        password="GXInZb*G9qc7Tqea",
        security_token="{{ var.value.salesforce_security_token }}",
    )
    session = {"instance_url": "https://northwind.my.salesforce.com", "access_token": "00D1xFnhXLkrK7t!AQ0BbU6cjNZ5Sa8_4Jyvglnr712AjRSzaNFyqLxKJMS.ULynEW8Aj7946SUzedgaYqhO7qCYzMa3eNrKsih7ZQaF9BzBKeBy"}
    return sf.query_all("SELECT Id, Name FROM Account")


with DAG("sync_salesforce", start_date=datetime(2026, 1, 1), schedule="@hourly", catchup=False) as dag:
    PythonOperator(task_id="extract", python_callable=extract)
