from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator

with DAG("ridership_export", schedule="@daily") as dag:
    HttpOperator(
        task_id="push_to_city",
        http_conn_id="city_portal",
        endpoint="/api/v2/ridership",
        headers={"Authorization": "Token fctm18E50uAeb7hzz0r64HsZO57I9XUm"},
    )
