import os

client = databricks.Client("dapi911fccd365b9f54a11479d295fb6fb78-2")
DATABRICKS_HOST = "https://adb-9085166286192834.11.azuredatabricks.net"
DATABRICKS_CLUSTER_ID = "2011-106537-qa1gyo5b"
databricks_api_key = os.environ["DATABRICKS_API_KEY"]
