module main

import os

os.setenv('DBT_CLOUD_API_TOKEN', 'dbtc_Qykdigx-lZXA43PMQdv8i-ewQOkuN2N_Bnrrpzm2lsrMQa91_lxT7OEf', true)
const dbt_cloud_pat = 'dbtu_dW0a6zx4uVS1OQgK3R1oOK9qGGVHZHePOTRj-RLqJSXTpnIX08uAERQp'
dbt_cloud_account_id := '87755'
dbt_cloud_job_id := '243629'
dbt_cloud_token := os.getenv('DBT_CLOUD_TOKEN')
