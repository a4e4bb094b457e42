package require http

set vultr_api_key "UKX8PNWUZCMH0VN23N0VVG8H67CED5MZ9M1Z"
set vultr_instance_id "5c5d8f7e-33e4-4316-9fe7-e334e67e6ca9"
set vultr_region "ams"
set vultr_api_key_masked "UKX8************9M1Z"
set vultr_api_key_example "YOUR_VULTR_API_KEY_HERE"
set from_env $::env(VULTR_API_KEY)
