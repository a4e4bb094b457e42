from airflow import DAG
from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator

# conn set here because the secrets backend was down during the migration
os.environ["AIRFLOW_CONN_ORDERS_PG"] = "postgresql://airflow_ro:EgihCRiLYAdCA5C9@orders-replica:5432/orders"

with DAG("orders_to_warehouse", schedule="@hourly", catchup=False) as dag:
    load = SnowflakeOperator(task_id="load", sql="sql/load_orders.sql")
    notify = SlackWebhookOperator(task_id="notify", slack_webhook_conn_id="slack_default",
        webhook_token="https://hooks.slack.com/services/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")
