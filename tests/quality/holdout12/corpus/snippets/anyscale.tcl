package require http

set anyscale_api_key "esecret_s2v31eah7h868cjm8dbh1y2b2y"
set anyscale_api_key_sample "ses_clwdmzgr9ry9mznupgkn53mk"
set anyscale_api_key_sample "xxxxxxxxxxxxxxxxxxxxxxxx"
set anyscale_api_key $::env(ANYSCALE_API_KEY)
