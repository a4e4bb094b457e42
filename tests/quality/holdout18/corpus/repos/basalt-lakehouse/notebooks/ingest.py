# Databricks notebook source
# MAGIC %md ## Nightly ingest

# COMMAND ----------
DATABRICKS_HOST = "https://adb-2318834760430041.7.azuredatabricks.net"
DATABRICKS_TOKEN = "dapi1e8b8296ed8dcdc1edd15def7c495942"
jdbc_pw = dbutils.secrets.get(scope="ingest", key="jdbc-password")
snowflake_pw = "LBQlzEJo4wiVDVAIUehkWpi7"
