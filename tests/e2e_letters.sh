#!/usr/bin/env bash
# End-to-end tests of generated passwords without a digit (wave 12): letters
# whose cases change over and over, with or without a mark, are a password
# under a password's name; camelCase and acronym names of code are not.
. "$(dirname "$0")/lib.sh"
batch_scans

A='KrWQxvNBtzLPmdYhGE'  # 18 letters, cases mixed at random
B='hQZmTx!pLWvRkcNBd'   # 16 letters and a mark

mk app/.env "DB_PASSWORD=$A
"
found app/.env 1 generic-secret "$A"
mk helm/values.yaml "auth:
  username: orders
  password: $B
"
found helm/values.yaml 3 generic-secret "$B"
mk fw/secrets.h "#define WIFI_PASSWORD \"$B\"
"
found fw/secrets.h 1 wifipsk-passphrase "$B"  # a Wi-Fi key names it (formats14)

# names of code under a credential's name: humps that stand alone
mk decoy/api.js "const token = smtpApiTokenRequestEgg;
const secret = 'getHTTPSProxyURLForAWS';
"
silent decoy/api.js
mk decoy/app.yaml "password: getDatabasePasswordFromVault
api_secret: XMLHttpRequestUploadEvent
"
silent decoy/app.yaml

finish e2e_letters
