import os
import requests

client = AirflowClient("f-qpfo_oAtcrHWNzqQqMor69PyAMT7UZpvzdO7Ur60D=", timeout=30)
AIRFLOW_CONN_URI = os.getenv("AIRFLOW_CONN_URI", "postgresql://airflow:RVIwRWLDd6slyNGEpQ@warehouse-db.internal:5432/analytics")
AIRFLOW_RUN_ID = "scheduled__2026-11-30T00:00:00+00:00"
AIRFLOW__CORE__FERNET_KEY_MASKED = "aJ4Udp************hx6="
AIRFLOW__CORE__FERNET_KEY_EXAMPLE = "${airflow__core__fernet_key}"
airflow__core__fernet_key = os.environ["AIRFLOW__CORE__FERNET_KEY"]
