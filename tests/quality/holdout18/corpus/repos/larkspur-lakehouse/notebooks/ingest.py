# Databricks notebook source
# MAGIC %md ## Nightly ingest

# COMMAND ----------
DATABRICKS_HOST = "https://adb-8047341180548797.7.azuredatabricks.net"
DATABRICKS_TOKEN = "dapi2f4a6db93b1e791b1317cec3b64a98fe"
jdbc_pw = dbutils.secrets.get(scope="ingest", key="jdbc-password")
snowflake_pw = "p3pp3r2012"
