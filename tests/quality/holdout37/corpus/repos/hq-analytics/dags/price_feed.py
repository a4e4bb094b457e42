from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator

API_KEY = "L4OhApiFaTojuxre4h6qGAiiXe0UN77C"

with DAG("price_feed", schedule="@hourly") as dag:
    fetch = HttpOperator(
        task_id="fetch",
        http_conn_id="price_api",
        endpoint="/v1/prices",
        headers={"X-API-Key": API_KEY},
    )
