#!/usr/bin/env bash
# End-to-end tests of wave 30's provider formats (formats30): OpenSSH keys
# whose body after the openssh-key-v1 magic names no cipher; Sidekiq's
# contribsys credentials under a lower-cased, single-underscore Bundler
# name; The Things Stack keys with digits anywhere in the id and secret;
# Adyen keys with base64url segments and a third segment ending at markup;
# Azure SAS signatures reported percent-decoded; Azure Functions keys
# without the AzFu marker in a function URL or x-functions-key header;
# Sentry organization tokens re-encoded with - and _. Every value is made
# up; each accepted form comes with its placeholders and lookalikes.
. "$(dirname "$0")/lib.sh"

# has NAME FILE RULE SECRET: scanning $T/FILE reports SECRET once, by RULE.
has() {
	"$KEYHOUND" scan "$T/$2" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1" jq -e --arg r "$3" --arg s "$4" \
		'[.[] | select(.rule_id == $r and .secret == $s)] | length == 1' "$T/out"
}

# nofind NAME FILE RULE: scanning $T/FILE gives no finding of RULE.
nofind() {
	"$KEYHOUND" scan "$T/$2" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1" jq -e --arg r "$3" '[.[] | select(.rule_id == $r)] | length == 0' "$T/out"
}

# pem NAME BODY: an OpenSSH key block of BODY wrapped at 70 columns.
pem() {
	printf -- '-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----\n' \
		"$(printf '%s' "$1" | fold -w 70)"
}

## OpenSSH private keys: the magic, then no named cipher
B0=b3BlbnNzaC1rZXktdjEACS777rVWSHxjs6hEjKGGGOcXlVRUFWr00y8aC9V762s2cFdtkiFroO5jltk8Wz4xKZOQrKBhOluBOGhl6iYWqiJEgQG+fRh663l0ILLH7TchDGM3uShQ9qx8+Sq5smj6uMHsltDEaS3ATlplJy2lmKO4Ds/ul69W4gnmHhLSg/ctxAsy2aUIKFD7Fyb2JvvSXJDHvFA2
B1=b3BlbnNzaC1rZXktdjEAilR9o7qEsnokC5F1CEvpmhcDSXe53DVWu3/sQgNKrcdBiICy0GMqhpXfU5/ZNmXq/NIPvg3QT8Gh/TBuA4LxDyC40qxFVROov+Uqwjl3miroz9LRRh8bLo0KFsZVrSDO35H0v0fztLha09riJu+fXcqwAxiyZZysMSZwyS5ErxrKX53dmn+VMPdRKwM+luSWqTzrz9HuXys3SKf+L0NoqarZs55UEOkBNhQ=
B2=b3BlbnNzaC1rZXktdjEAny5nfPCHfDITL6UYZjkd/dSQx5DO5CF5SAWdI6gbL1pei73O7OQNnhwrE8BH01Ozqeb8+rpT/hEC0pOi1kC1dnHBhOro1tdQGXwv5B5IaER59rju0G+layuVxI8DuwZvtLwkysqkinuc9XvaD5gdbhLLE/9UyjIq6RGvkuI3MxTdOY3gwaiMTl1RAYYTtQDIPvL7xLpsbF1Vy5KdCmPaYY53COcl2Z7NyLmEQMUHJwpNu/jmQr5B/yjtGvIl5w==
BENC=b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0K9msFkin/H/n1ecJ4PGgu6huSeFlaz/58fIlKJOmwmFyPlaVIqB6G61WhPnKo22vOtUjmvbxflmghzEOQ2d4D/fDdRIkVnh+Iut4jpTDiySthBQV1gD3zEe94fqOrQYV4AruDBPD2rM3T4QeEaXXA4Z3UbmlCdO0FkPEmIAamTc0ZgldT6P3OfGtMiF/g6acmRhJxuMS
K0=$(pem "$B0")
K1=$(pem "$B1")
K2=$(pem "$B2")
mk roles/web/files/id_ed25519_deploy "$K0
"
has "a deploy key file whose body names no cipher" roles/web/files/id_ed25519_deploy privatekey-openssh "$K0"
mk keys/backup_rsa "$K1
"
has "an RSA-sized body after the magic" keys/backup_rsa privatekey-openssh "$K1"
mk ci/vars.yml "deploy_key: |
$(printf '%s\n' "$K2" | sed 's/^/  /')
"
has "a key indented in a YAML block scalar" ci/vars.yml privatekey-openssh "$(printf '%s\n' "$K2" | sed 's/^/  /' | sed '1s/^  //')"
check "the key's finding starts on its BEGIN line" jq -e '[.[] | select(.rule_id == "privatekey-openssh")][0].line == 2' "$T/out"
mk keys/two_keys "$K0
$K1
"
"$KEYHOUND" scan "$T/keys/two_keys" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "two keys in one file are two findings" jq -e '[.[] | select(.rule_id == "privatekey-openssh")] | length == 2' "$T/out"
mk keys/crlf_key "$(printf '%s\n' "$K0" | sed 's/$/\r/')"
"$KEYHOUND" scan "$T/keys/crlf_key" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "a key with CRLF line ends" jq -e '[.[] | select(.rule_id == "privatekey-openssh")] | length == 1' "$T/out"
mk test/fixtures/id_ed25519 "$K2
"
has "a key under test/fixtures is reported (formats are not judged by path)" test/fixtures/id_ed25519 privatekey-openssh "$K2"
mk keys/vault_ed25519 "$(pem "$BENC")
"
nofind "a key that names aes256-ctr is not privatekey-openssh's" keys/vault_ed25519 privatekey-openssh
has "... it is privatekey-encrypted's" keys/vault_ed25519 privatekey-encrypted "$(pem "$BENC")"
mk docs/ssh.md '```
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAEXAMPLEKEYEXAMPLEKEYEXAMPLEKEYEXAMPLEKEYEXAMPLEKE
YEXAMPLEKEYEXAMPLEKEY
-----END OPENSSH PRIVATE KEY-----
```
'
nofind "a documentation body spelling EXAMPLE" docs/ssh.md privatekey-openssh
mk docs/ellipsis.md '-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEA...
-----END OPENSSH PRIVATE KEY-----
'
nofind "a shortened body with an ellipsis" docs/ellipsis.md privatekey-openssh
mk keys/pub.txt 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk9mQ3v7aL0pXz2cR5tW8yB4nE6sJ1dG3fK9hU2oV7q ci@runner
'
nofind "a public key line" keys/pub.txt privatekey-openssh
mk keys/not_openssh '-----BEGIN OPENSSH PRIVATE KEY-----
TUlJRXZRSUJBREFOQmdrcWhraUc5dzBCQVFFRkFBU0NCS2N3Z2dTakFnRUFBb0lCQVFD
-----END OPENSSH PRIVATE KEY-----
'
nofind "a body without the openssh-key-v1 magic" keys/not_openssh privatekey-openssh

## Sidekiq Pro/Enterprise credentials under Bundler's flattened name
mk osquery/osquery.conf '{
  "options": {
    "bundle_enterprise_contribsys_com": "3f97d930:d61afcd8",
    "host_identifier": "hostname"
  }
}
'
has "osquery's lower-cased enterprise name" osquery/osquery.conf sidekiq-contribsys-credentials 3f97d930:d61afcd8
mk chef/attributes/default.rb "default['app']['env']['bundle_gems_contribsys_com'] = 'aded06ae:bce5c262'
"
has "a Chef attribute under the gems name" chef/attributes/default.rb sidekiq-contribsys-credentials aded06ae:bce5c262
mk deploy/.env.production 'BUNDLE_GEMS_CONTRIBSYS_COM=a02cc972:9673e525
'
has "an upper-case single-underscore variable" deploy/.env.production sidekiq-contribsys-credentials a02cc972:9673e525
mk .bundle/config '---
BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "02dd6150:98484678"
'
has "Bundler's own double-underscore name still" .bundle/config sidekiq-contribsys-credentials 02dd6150:98484678
mk osquery/template.conf '{"options": {"bundle_enterprise_contribsys_com": "<user>:<password>"}}
'
nofind "a template's <user>:<password>" osquery/template.conf sidekiq-contribsys-credentials
mk osquery/sample.conf '{"options": {"bundle_gems_contribsys_com": "username:password"}}
'
nofind "username:password" osquery/sample.conf sidekiq-contribsys-credentials
mk osquery/env.conf '{"options": {"bundle_gems_contribsys_com": "${SIDEKIQ_CREDS}"}}
'
nofind "a variable reference" osquery/env.conf sidekiq-contribsys-credentials
mk chef/attributes/other.rb "default['app']['env']['bundle_gems_example_com'] = 'aded06ae:bce5c262'
"
nofind "another gem host's name is not contribsys's" chef/attributes/other.rb sidekiq-contribsys-credentials

mk chef/attributes/double.rb "default['env']['bundle_gems__contribsys__com'] = '3f97d930:d61afcd8'
"
has "a lower-cased double-underscore name" chef/attributes/double.rb sidekiq-contribsys-credentials 3f97d930:d61afcd8
mk osquery/word.conf '{"options": {"bundle_enterprise_contribsys_com": "enabled"}}
'
nofind "a word, not a pair" osquery/word.conf sidekiq-contribsys-credentials

## The Things Stack API keys: digits anywhere in the id and secret
TTN0=NNSXS.OTFBU3V3TSSSU9EJAYYUUYEO2RLWVD0MV2YMXU5.YKCMCD71JKEM2T7U15OQ18Y1YRW7OAUDCD88Y9LXV9XZB0RPR8OA
TTN1=NNSXS.DKXPEMWJLOG6VZKEB09M08YLBN73K5AL7U57BRO.YCYNLZ67CI05T224NU5GZ0446LX554APVM1V9JO8OVCSVXM0ZUUM
TTN2=NNSXS.WON1RCWNRD2FMPN0FFBTO7R13RA8QNA0A49155U.VKRPPIF47HLMX1LMYGUPHIFXL8JUH9V2JCIBR9PU82UYYCKQ5ZXS
TTN3=NNSXS.MONBCTV962YG4XRC4PWJO6LWSHB46KMOEH3RIOS.URLXKAF037KKHFR1TQE3MGHUA8CMFAAHX47WXFK13K1RVRX5U8YY
mk lora/Gateway.mo "model Gateway
  parameter String apiKey = \"$TTN0\";
end Gateway;
"
has "a Modelica parameter" lora/Gateway.mo thethingsstack-api-key "$TTN0"
mk lora/uplink.go "const ttnKey = \`$TTN1\`
"
has "a Go raw string" lora/uplink.go thethingsstack-api-key "$TTN1"
mk lora/mqtt.ini "[mqtt]
user = pumps@ttn
pass = $TTN2
"
has "an INI password" lora/mqtt.ini thethingsstack-api-key "$TTN2"
mk lora/curl.sh "curl -s -H 'Authorization: Bearer $TTN3' https://eu1.cloud.thethings.network/api/v3/applications
"
has "a curl header" lora/curl.sh thethingsstack-api-key "$TTN3"
mk lora/lower.env 'TTN_API_KEY=NNSXS.otfbu3v3tsssu9ejayyuuyeo2rlwvd0mv2ymxu5.ykcmcd71jkem2t7u15oq18y1yrw7oaudcd88y9lxv9xzb0rpr8oa
'
nofind "a lower-cased lookalike" lora/lower.env thethingsstack-api-key
mk lora/short.env 'TTN_API_KEY=NNSXS.OTFBU3V3TSSSU9EJAYYUUYEO2RLWVD0MV2YMXU5.YKCMCD71JKEM2T7U15OQ18Y1YRW7OA
'
nofind "a secret cut to 30 characters" lora/short.env thethingsstack-api-key
mk lora/long.env 'TTN_API_KEY=NNSXS.OTFBU3V3TSSSU9EJAYYUUYEO2RLWVD0MV2YMXU5A.YKCMCD71JKEM2T7U15OQ18Y1YRW7OAUDCD88Y9LXV9XZB0RPR8OA
'
nofind "an id of 40 characters" lora/long.env thethingsstack-api-key
mk lora/doc.md 'Keys look like `NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.
'
nofind "an X-filled template" lora/doc.md thethingsstack-api-key
mk lora/trunc.mo 'parameter String oldKey = "NNSXS.OTFBU3V3TS...";
'
nofind "a truncated key" lora/trunc.mo thethingsstack-api-key

mk lora/docs.md 'Authorization: Bearer NNSXS.U4H3ZFFCMSR42BUAZPW2UWGFBV4WCNI5EXDJXDY.SHIF3PP5PBMJNZESN5XLR5TZJTJUIGKVUTM2I22IVBUVCD6VIQIA
'
nofind "The Things Stack's documented sample" lora/docs.md thethingsstack-api-key
mk lora/two.yml "keys:
  - $TTN0
  - $TTN3
"
"$KEYHOUND" scan "$T/lora/two.yml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "two keys in a YAML list" jq -e '[.[] | select(.rule_id == "thethingsstack-api-key")] | length == 2' "$T/out"

## Adyen API keys: base64url segments, a tail ending at markup
ADY0='AQE_5jsI7j32RSR_XmN0ou3oEuWrJPhi45s356pLbDTK50fF=-T3ZAPkKYqNEKj4F33MPmE0rp6t_viTNuOmyohTrwMTmX=-LuGZ4kXW4cgqAP'
ADY1='AQEasLY9jO9MLaBxsUKRXy6gfjkEamABlvvxOsTqdkCDtrYD=-1_qWEmshtU9vywtlQ2JrECBfyOqNkFFTf81-9qlPPrZ4=-gTlDPgkAdsJnel'
ADY2='AQEIaYG1B82oLIhfRpj_snrlb_ZzYz3SOd0FTBaBT7vH2N1i=-X6uwOZ94i7GrJ8q9n6SoALF3cV4V8sHUMFAlk6w8nH_j=-uu1Mt82uWPpPNt'
ADY3='AQE_wP3xeFWJDP2tFEOUjLkjEL8RnFPfI14SZ3TBILC5xdAD=-4fasjOmLFW8sFL_p4WM-44v-avioukvoWVt3OkecLQ3P=-KKgUe8EebA0sp3'
ADYP='AQEwuEUJlOAtJ9WzIdXVKQa2jZYSA5ZdvQVV2JS6UiNI9v700HQPDETUWuCgZeZ==-TD4BYxdHJWOBYoLEn8OBqyF76ex0rGEHng7cgLo+yhO=-dZma1YuGv3X9lSGW'
mk pay/osquery.conf "{\"options\": {\"adyen_api_key\": \"$ADY0\"}}
"
has "a base64url key in JSON" pay/osquery.conf adyen-api-key "$ADY0"
mk pay/wiki.html "<p>Gateway key: <code>$ADY1</code> (live)</p>
"
has "a key in <code>, the tail ending at <" pay/wiki.html adyen-api-key "$ADY1"
mk pay/Checkout.kt "val client = Client(\"$ADY2\", Environment.LIVE)
"
has "a Kotlin constructor argument" pay/Checkout.kt adyen-api-key "$ADY2"
mk pay/keys.toml "[adyen]
api_key = '$ADY3'
"
has "a TOML single-quoted value" pay/keys.toml adyen-api-key "$ADY3"
mk pay/app.yml "adyen:
  api-key: $ADYP
"
has "the standard base64 form still" pay/app.yml adyen-api-key "$ADYP"
mk pay/short.env 'ADYEN_API_KEY=AQE_5jsI7j32RSR_XmN0ou3oEuWrJPhi45s356pLbDTK50fF=-T3ZAPkKYqNEKj4F33MPmE0rp6t
'
nofind "a second segment cut to 25 characters" pay/short.env adyen-api-key
mk pay/xs.env 'ADYEN_API_KEY=AQExxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=-xxxxxxxxxxxx
'
nofind "an x-filled template" pay/xs.env adyen-api-key
mk pay/placeholder.env 'ADYEN_API_KEY=AQE<your-api-key>
'
nofind "AQE<your-api-key>" pay/placeholder.env adyen-api-key
mk pay/hex.env 'ADYEN_API_KEY=AQE0123456789abcdef0123456789abcdef
'
nofind "AQE and hex, no segments" pay/hex.env adyen-api-key
mk pay/blob.css 'background: url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==-AQE_5jsI7j32RSR_XmN0ou3oEuWrJPhi45s356pLbDTK50fF=-T3ZA);
'
nofind "AQE inside a longer base64 run" pay/blob.css adyen-api-key

mk pay/application.properties "adyen.api-key=$ADY2
adyen.merchant-account=ShopECOM
"
has "a Java properties value" pay/application.properties adyen-api-key "$ADY2"
mk pay/sample.md 'Set `ADYEN_API_KEY` to the key from the Customer Area (it starts with `AQE`).
'
nofind "prose naming the AQE prefix" pay/sample.md adyen-api-key

## Azure SAS signatures: reported percent-decoded
mk arm/storage.parameters.json '{
  "parameters": {
    "archiveSas": { "value": "?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&sig=8iAtMUBTpGV%2Bv%2FdByBFnmXXcHf78Pp2kGax7S5YgFKi%3D" }
  }
}
'
has "an ARM parameter's encoded sig, decoded" arm/storage.parameters.json azure-sas-token '8iAtMUBTpGV+v/dByBFnmXXcHf78Pp2kGax7S5YgFKi='
check "... says it was percent-decoded" jq -e '[.[] | select(.rule_id == "azure-sas-token")][0].decoded == ["percent"]' "$T/out"
check "... and points at the encoded text on line 3" jq -e '[.[] | select(.rule_id == "azure-sas-token")][0].line == 3' "$T/out"
mk scripts/Sync-Blobs.ps1 '$src = "https://bkp.blob.core.windows.net/nightly?sp=racwdl&st=2026-11-01T00:00:00Z&se=2027-11-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=EjamAr2gcSEA%2Fj4ENrlO1nvvMmyg9folIQu9utlxrTM%3D"
azcopy sync $src ./out
'
has "a PowerShell URL with sv before sig" scripts/Sync-Blobs.ps1 azure-sas-token 'EjamAr2gcSEA/j4ENrlO1nvvMmyg9folIQu9utlxrTM='
mk conf/lowercase.conf 'blob_url=https://media.blob.core.windows.net/v?sv=2021-08-06&sr=b&sp=r&sig=HMbPR80ab1n8TD8GIKZcIhwBu3vHf93U%2bHw3C1y8QPO%3d
'
has "lower-case escapes (%2b, %3d)" conf/lowercase.conf azure-sas-token 'HMbPR80ab1n8TD8GIKZcIhwBu3vHf93U+Hw3C1y8QPO='
mk conf/plain.env 'AZURE_SAS="sv=2023-01-03&ss=f&srt=o&sp=r&sig=4hOIkZpdl9yjVJ2Y2pg/iHFI0Q91h9ysEgxeRIwy/HY="
'
has "an unencoded sig as written" conf/plain.env azure-sas-token '4hOIkZpdl9yjVJ2Y2pg/iHFI0Q91h9ysEgxeRIwy/HY='
check "... with no decoded field" jq -e '[.[] | select(.rule_id == "azure-sas-token")][0] | has("decoded") | not' "$T/out"
mk conf/placeholder.env 'AZURE_SAS="?sv=2022-11-02&ss=b&sp=r&sig=<signature>"
'
nofind "sig=<signature>" conf/placeholder.env azure-sas-token
mk conf/nosv.txt 'thumbnail?sig=8iAtMUBTpGV%2Bv%2FdByBFnmXXcHf78Pp2kGax7S5YgFKi%3D&w=300
'
nofind "a sig without sv= is not a SAS" conf/nosv.txt azure-sas-token
mk conf/short.env 'AZURE_SAS="sv=2022-11-02&sig=q5IM9Fz5luyI%3D"
'
nofind "a 12-character sig" conf/short.env azure-sas-token

## Azure Functions keys without the AzFu marker
FK0='pmvPkoho5S3AI4Zmxy2tF4Q_wJbCHxzqmWgCGa4P6RCWPt-YvJo_WR=='
FK1='XTs2qbXcKDRULmIykTr1ZzxELEs6YQ4jmoU7g9YeDlR1Z0B-DFJslO=='
FK2='C6v6KKFi2UdE62f7oCC1Pdn1-BSGEUHNr5L5TYhwuR0lnkqG0Gxmv3=='
FKL='plr2fw9tdzc03csbafx9gjrw9zy894vfyk5zyr6xkekruw4l7a1inky34qjgovyqdju70sl6ez6th83y'
mk http/invoices.http "POST https://billing-fn.azurewebsites.net/api/ExportInvoices?code=$FK0
Content-Type: application/json
"
has "a .http request's ?code=" http/invoices.http azure-function-key-url "$FK0"
mk src/thumbs.py "URL = 'https://thumbs-weu.azurewebsites.net/api/resize?width=320&code=$FK1&format=webp'
"
has "code= after another parameter" src/thumbs.py azure-function-key-url "$FK1"
mk src/Notify.cs "client.DefaultRequestHeaders.Add(\"x-functions-key\", \"$FK2\");
"
has "the x-functions-key header in C#" src/Notify.cs azure-function-key-url "$FK2"
mk src/legacy.js "const hook = \"https://legacy-fn.azurewebsites.net/api/HttpTriggerJS1?code=$FKL\";
"
has "a lower-case 80-character key of old Functions" src/legacy.js azure-function-key-url "$FKL"
mk src/enc.sh 'curl "https://etl-fn.azurewebsites.net/api/run?code=AzMlYCeP5ItB8MpdV4rGMLEa5ttgD1FkajKqMW%2FU8c%2BYGsSSnSWzmd%3D%3D"
'
has "a percent-encoded key, decoded" src/enc.sh azure-function-key-url 'AzMlYCeP5ItB8MpdV4rGMLEa5ttgD1FkajKqMW/U8c+YGsSSnSWzmd=='
mk src/azfu.sh 'curl "https://orders-fn.azurewebsites.net/api/ProcessOrder?code=2VhpuYEEsA6i9QPZ4KJM_EHyiejp3Prtas_opCQk9qYyAzFuGVJaYg=="
'
nofind "an AzFu key is not this rule's" src/azfu.sh azure-function-key-url
has "... it stays azure-function-key's" src/azfu.sh azure-function-key '2VhpuYEEsA6i9QPZ4KJM_EHyiejp3Prtas_opCQk9qYyAzFuGVJaYg=='
mk docs/functions.md 'Call `https://<app>.azurewebsites.net/api/<function>?code=<your-function-key>`.
'
nofind "a documentation template" docs/functions.md azure-function-key-url
mk docs/ps.ps1 '$url = "https://$appName.azurewebsites.net/api/Logger?code=$functionKey"
'
nofind "a PowerShell variable" docs/ps.ps1 azure-function-key-url
mk docs/word.md 'https://demo-fn.azurewebsites.net/api/Hello?code=PASTE_THE_DEFAULT_FUNCTION_KEY_FROM_THE_PORTAL_HERE
'
nofind "words without a digit" docs/word.md azure-function-key-url
mk docs/tmpl.http 'x-functions-key: {{functionKey}}
'
nofind "a REST client variable" docs/tmpl.http azure-function-key-url
mk src/other.py "URL = 'https://api.shop.example/api/resize?code=$FK1'
"
nofind "?code= on another host" src/other.py azure-function-key-url
mk src/oauth.py "REDIRECT = 'https://auth-fn.azurewebsites.net/api/callback?state=abc&code_challenge=$FK1'
"
nofind "a code_challenge parameter" src/oauth.py azure-function-key-url

mk infra/alerts.tf "resource \"azurerm_monitor_action_group\" \"ops\" {
  webhook_receiver {
    name        = \"fn\"
    service_uri = \"https://alerts-fn.azurewebsites.net/api/Relay?code=$FK2\"
  }
}
"
has "a Terraform webhook URI" infra/alerts.tf azure-function-key-url "$FK2"
mk src/localhost.js "const url = 'http://localhost:7071/api/Relay?code=$FK2';
"
nofind "the local Functions host is no app's key" src/localhost.js azure-function-key-url

## Sentry organization tokens re-encoded with - and _
SN0='sntrys_HWHqhHNcMREguFRJFFcK4XO72WSdj9_TZBkb2AfMDg8DBh6GZLgmVtLfG2XzblgNgnREvpI_SRi4IUuelgxHDhMTvbyTud3ENxmzgNGErxck9V_K137'
SN1='sntrys_x93WUQpx2WnLHIooyMlddDe4RPTX66_JpvWSzJzowkFXByw2QOxj8OYSfcl3v6qr5AEW2j2_jCDa06nZ7lqZl_rg1VN6902vtE8Hvk3ZJfkcoGXUqgT'
SN2='sntrys_Yy0OdnDmI30FoBOULvWSMWDUSLQFby_y1GBQFF1oIMrtsswB9AGd9qMlslp8L4YA59wIp2g_41jdHd185ZqWhXgtrwMaCddqSGxWcPH3d05pVUe0zWo'
mk ci/cloudbuild.yaml "substitutions:
  _SENTRY_AUTH: $SN0
"
has "a Cloud Build substitution" ci/cloudbuild.yaml sentry-org-token "$SN0"
mk app/build.gradle "buildConfigField \"String\", \"SENTRY_TOKEN\", \"\\\"$SN1\\\"\"
"
has "a Gradle buildConfigField with escaped quotes" app/build.gradle sentry-org-token "$SN1"
mk .sentryclirc "[auth]
token=$SN2
"
has ".sentryclirc" .sentryclirc sentry-org-token "$SN2"
mk ci/x.env 'SENTRY_AUTH_TOKEN=sntrys_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
'
nofind "an x-filled token" ci/x.env sentry-org-token
mk ci/words.env 'SENTRY_AUTH_TOKEN=sntrys_YOUR_ORGANIZATION_AUTH_TOKEN_FROM_SENTRY_SETTINGS_DEVELOPER_TOKENS
'
nofind "words in capitals" ci/words.env sentry-org-token
mk ci/short.env 'SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE3Ml33MKASAgTwak2
'
nofind "a token cut to 30 characters" ci/short.env sentry-org-token
mk ci/dots.env 'SENTRY_AUTH_TOKEN=sntrys_...
'
nofind "sntrys_..." ci/dots.env sentry-org-token

mk sentry.properties "defaults.org=acme
auth.token=$SN0
"
has "sentry.properties" sentry.properties sentry-org-token "$SN0"
mk ci/upload.sh "curl -H 'Authorization: Bearer $SN1' https://sentry.io/api/0/organizations/acme/releases/
"
has "a curl bearer header" ci/upload.sh sentry-org-token "$SN1"
mk ci/user.env 'SENTRY_AUTH_TOKEN=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
'
nofind "a user token is not an org token" ci/user.env sentry-org-token

finish e2e_formats30
