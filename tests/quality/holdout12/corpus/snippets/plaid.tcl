package require http

set plaid_secret "049fbda493484b5c7c5c7b1403cd08"
set ::env(PLAID_SECRET) "access-production-adcd9b5e-bb7f-49e4-bc55-c367ca583888"
set plaid_secret_sample "7caf0212c654db3e37944ed3"
set plaid_secret_sample "xxxxxxxxxxxxxxxxxxxxxxxx"
set plaid_secret $::env(PLAID_SECRET)
