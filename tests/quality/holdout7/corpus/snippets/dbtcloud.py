import os
import httpx

client = httpx.Client(headers={"Authorization": "Bearer dbtc_-73HBpSetjVEiMIsY5xCGcyF4GefcFUWoA6m1g_Ifxc0nz-CfL"})
dbt_cloud_personal_token = os.environ.get("DBT_CLOUD_PERSONAL_TOKEN", "dbtu_WVtwXAlyuOqxqzIP2sfxY7kse3EjDrTeQLZiQ47eUvtbzwam8a")
DBT_CLOUD_ACCOUNT_ID = "37249"
DBT_CLOUD_API_TOKEN = "dbtc_<token>"
dbt_cloud_token = os.environ["DBT_CLOUD_TOKEN"]
