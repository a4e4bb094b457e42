package require http

set messagebird_access_key "c6GDDTszofepbaiZecFTTDPL8"
set messagebird_originator "ACMEINFO"
set messagebird_workspace_id "6629d80d-fb19-4f79-aaa4-e5a54e064cf0"
set messagebird_access_key_sha256 "a000073c809005939dca6159c81ee354523c0a3a6683cd8c4e21de71fad572b4"
set messagebird_access_key_example "xxxxxxxxxxxxxxxxxxxxxxxx"
set from_env $::env(MESSAGEBIRD_ACCESS_KEY)
