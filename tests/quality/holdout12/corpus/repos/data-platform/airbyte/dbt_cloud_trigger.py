import requests

DBT_CLOUD = "https://cloud.getdbt.com/api/v2/accounts/890468/jobs/495948/run/"
resp = requests.post(DBT_CLOUD, headers={"Authorization": "Token dbtc_fIyJcg3uTuoPCC8Hu25W6mTwEvY4wCZBPELYQbdK"}, json={"cause": "airbyte sync"})
neon = requests.get("https://console.neon.tech/api/v2/projects", headers={"Authorization": "Bearer napi_qtj5sba2e5skjn4siq45jp6cen92hbmfv60c4cet40nnse3t0oy5ow4nzxthaq9k"})
confluent = ("Y6RWHFKE7V344EJ9", "AyjJVyOHv6hYdupYcl4mwpmBVsDAp8diXg8eK/C+Rq/3f0eoNy4nQmVadIwWrVjZ")
