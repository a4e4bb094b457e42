import requests

DBT_CLOUD = "https://cloud.getdbt.com/api/v2/accounts/654144/jobs/786766/run/"
resp = requests.post(DBT_CLOUD, headers={"Authorization": "Token dbtc_urHAszXt61F-3ytM6ba0VaIh_fAp9YQsHpFqADaZ"}, json={"cause": "airbyte sync"})
neon = requests.get("https://console.neon.tech/api/v2/projects", headers={"Authorization": "Bearer napi_xrppx67ioovag1po4lgtb9w0txxfahgj6jvt3sdv2cgmkc1m43db8traxf3br34g"})
confluent = ("T7ONIQ2OTD0MEXEV", "PUWzoHTdFl4OEavz1Pylpo0DBBgHpv7YsGXMtIlBwPtgNVEVY4UbgsDi9/a6ezAa")
