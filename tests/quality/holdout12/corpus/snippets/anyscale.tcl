package require http

set anyscale_api_key "esecret_y9mznupgkn53mkh8dfj1yxh6y9"
set anyscale_api_key_sample "ses_51dojr42hvsanp60ifczb6rt"
set anyscale_api_key_sample "xxxxxxxxxxxxxxxxxxxxxxxx"
set anyscale_api_key $::env(ANYSCALE_API_KEY)
