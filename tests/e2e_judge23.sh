#!/usr/bin/env bash
# End-to-end tests of what the lead judged after wave 23's blind corpus
# (holdout24) was scored: under a password's own name, two or three
# spoken words joined by one '_' or '-' and ending in a number of one or
# two digits or a year (ember_velvet_26, cedar_kite_2019) are a password,
# and so is a word, a digit and a Capitalized word (furi5Jaha: the digit
# joins two words, it spells no letter); HubSpot's legacy key under
# `HAPI`, and a hublet refresh token and an access token named by the
# words before them in a chat or a note. Decoys: names of code's words
# with a number, dotted host names, generated app names with longer
# numbers, HAPI FHIR's settings, a refresh token's placeholder.
. "$(dirname "$0")/lib.sh"
batch_scans

i=0
for v in ember_velvet_26 nectar_copper_1 harbor-glacier-60 cedar_kite_2019 \
	furi5Jaha kuli3Jipi Tiger7Lantern; do
	i=$((i + 1))
	mk "pos/$i/.env" "MAIL_PASSWORD=\"$v\"
"
	generic "pos/$i/.env" 1 "$v"
	mk "pos/$i/ejabberd.yml" "sql_type: pgsql
sql_username: ejabberd
sql_password: \"$v\"
"
	generic "pos/$i/ejabberd.yml" 3 "$v"
done

# names of things: code's words, a secret's name, a default, one word
i=0
for v in db_password_1 tls_cert_2 vault_secret_2 admin_user_1 change_me_12 \
	user_name_3 md5Hash harbor.glacier.60 otter-walnut-345 sleepy-meadow-81798; do
	i=$((i + 1))
	mk "neg/$i/values.yaml" "redis:
  password: $v
"
	silent "neg/$i/values.yaml"
done

mk hs/sync_legacy.rb '# pre-2022 sync, still run monthly for the archive portal
HAPI = "6be2d4f1-0a93-4c57-b8e6-3f1d9a2c7b05"
PORTAL = 7741920
'
found hs/sync_legacy.rb 2 hubspot-api-key 6be2d4f1-0a93-4c57-b8e6-3f1d9a2c7b05
mk hs/slack.txt 'maya  10:02  oauth for the sandbox app broke again
kai   10:04  refresh token we stored: eu1-5c0e-92ab-4d17-b3f8-61e4a0d9c2f5
kai   10:04  and the access token it gave back (30 min): CIXz1q-uMRICAQEYhtPFFiD_liookNlvMhkAEXlX20sXYUkbJ0fbXHzYBY1ROcpZHMV6OgvplTsJTHsDem79L0IUN0TO3E6rxnF2eZYD9sf70OIruvdKA25hMQ
'
found hs/slack.txt 2 hubspot-oauth-refresh-token-hublet eu1-5c0e-92ab-4d17-b3f8-61e4a0d9c2f5
found hs/slack.txt 3 hubspot-oauth-access-token CIXz1q-uMRICAQEYhtPFFiD_liookNlvMhkAEXlX20sXYUkbJ0fbXHzYBY1ROcpZHMV6OgvplTsJTHsDem79L0IUN0TO3E6rxnF2eZYD9sf70OIruvdKA25hMQ
mk hs/fhir.properties 'hapi.fhir.server_address = http://localhost:8080/fhir/
HAPI = "https://hapi.fhir.org/baseR4"
hapi_fhir_version = "6.10.0"
'
silent hs/fhir.properties
mk hs/notes.md '* the refresh token lives in 1Password, see na1-runbook
* refresh token: na1-xxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (placeholder)
'
silent hs/notes.md

finish e2e_judge23
