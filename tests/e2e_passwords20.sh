#!/usr/bin/env bash
# End-to-end tests of wave 20's passwords under a password's own name that
# the strong place still refused: a season and a name with a number and
# marks (WinterHedda71!!), a PIN of 8 digits or more, a mark before a
# Capitalized word and its number (%Whelk7261, "!Marram5518" in YAML),
# SHOUTED words of no code vocabulary and a number (KELP-WHELK-71), a
# password's mark inside an id-like value (KWB1405!88); a 64-hex secret
# holding one climb of 5, a secret under a name ending `_base` (Rails'
# secret_key_base). Decoys: PINs that climb, fall or repeat, references
# led by a mark, constants of code's words, a bare YAML tag, the
# keyboard's columns, hex a climb fills, Pi-hole's stored WEBPASSWORD hash,
# a `_base` that holds a path.
. "$(dirname "$0")/lib.sh"
batch_scans

# a season, a name, a number and marks (a day-mark-year reading took the
# number for a day)
mk season/docker-compose.yml "services:
  db:
    environment:
      POSTGRES_PASSWORD: 'WinterHedda71!!'
"
found season/docker-compose.yml 4 generic-password "WinterHedda71!!"
mk season/.env "MB_DB_PASS=AutumnGoran38#!
"
found season/.env 1 generic-password "AutumnGoran38#!"

# PINs under a password's own name
mk pin/.env "DB_HOST=db
DB_PASSWORD=47092815
"
found pin/.env 2 generic-password 47092815
mk pin/config.php "<?php
return ['default_password' => '5820619374'];
"
found pin/config.php 2 generic-password 5820619374
for v in 12345678 87654321 98765432 11223344 00000000; do
	mk "pin/dec/$v/.env" "DB_PASSWORD=$v
"
	silent "pin/dec/$v/.env"
done

# a mark before a Capitalized word and its number
mk mark/app.yml "mail:
  user: alerts
  password: \"%Whelk7261\"
"
found mark/app.yml 3 generic-password "%Whelk7261"
mk mark/bang.yml "db:
  password: \"!Marram5518\"
"
found mark/bang.yml 2 generic-password "!Marram5518"
mk mark/dec/tag.yml "db:
  password: !kelp_dulse42
"
silent mark/dec/tag.yml
for v in @dulse_password :whelk_pass1 %KELP_PASS% '~/kelp/pass.txt'; do
	mk "mark/dec/${v//[^a-z]/}/app.yml" "db:
  password: \"$v\"
"
	silent "mark/dec/${v//[^a-z]/}/app.yml"
done

# shouted words and a number; constants of code's words stay quiet
mk shout/app.conf "[db]
user = app
password = KELP-WHELK-71
"
found shout/app.conf 3 generic-password KELP-WHELK-71
mk shout/dec/app.conf "[db]
password = APP_SECRET_22
"
silent shout/dec/app.conf

# a password's mark inside an id-like value
mk inner/settings.json '{
  "smtp": { "user": "ops", "password": "KWB1405!88" }
}
'
found inner/settings.json 2 generic-password "KWB1405!88"

# a keyboard walk with its digits and marks is a weak password, still a
# password (wave 20's blind corpus: `password: 'Q1qaz@WSX'` in a
# production config); a sample word it is not
mk keys/.env "DB_PASSWORD=1qaz@WSX
"
found keys/.env 1 generic-password "1qaz@WSX"

# hex: one climb of 5 in 64 is random; a climb that fills it is a filler
HEX=9f3a1c7e5b2d4a6f8e0c1b3d5f7a9e2c4b6d8f0a1c3e5b7d9f12345a6c8e0b2d
mk hex/.env "JWT_SECRET=$HEX
"
found hex/.env 1 generic-secret "$HEX"
mk hex/dec/.env "JWT_SECRET=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
"
silent hex/dec/.env

# a secret under a name ending _base; a path there is none
B64='q8Jv3LmZ0xT7rW2nK5pY9sB1cD4fG6hQ2kR8uV0wX3Y='
mk base/config/secrets.yml "production:
  secret_key_base: \"$B64\"
"
found base/config/secrets.yml 2 generic-secret "$B64"
mk base/dec/app.yml "cache:
  cache_key_base: \"views/kelp/v2\"
"
silent base/dec/app.yml

# Pi-hole keeps WEBPASSWORD as its double SHA-256
mk pihole/setupVars.conf "PIHOLE_INTERFACE=eth0
WEBPASSWORD=856903b9a2a25fea486d112b959dbf2eea3fd1a8c61cbc82a39f8f3d7194c3f5
"
silent pihole/setupVars.conf

finish e2e_passwords20
