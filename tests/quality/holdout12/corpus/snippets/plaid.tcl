package require http

set plaid_secret "a328d6652194f63f33202538922a3c"
set ::env(PLAID_SECRET) "access-production-b67a2bdd-37d0-4c31-9191-0b350df0e6de"
set plaid_secret_sample "3356c8da3bf7891bf19a5924"
set plaid_secret_sample "xxxxxxxxxxxxxxxxxxxxxxxx"
set plaid_secret $::env(PLAID_SECRET)
