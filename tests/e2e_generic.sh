#!/usr/bin/env bash
# End-to-end tests of the generic rule (generic-secret): the credential
# names it reads beyond api_key/secret/token/password, the values it takes
# (punctuation in quoted passwords, composite keys), and the values under
# those names it refuses (ids, paths, URLs, digests, encoded text).
. "$(dirname "$0")/lib.sh"
batch_scans
KH=$KEYHOUND

mk() { mkdir -p "$(dirname "$T/$1")"; printf '%s' "$2" >"$T/$1"; }
# found FILE LINE SECRET: a generic-secret finding of SECRET on that line
found() {
	"$KH" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $3 on line $2" jq -e --arg s "$3" --argjson l "$2" \
		'[.[] | select(.rule_id == "generic-secret" and .secret == $s)] | length == 1
		 and .[0].line == $l' "$T/out"
}

B64=Zr8Kq2Wv5Tn7Lx3MpQ4sHd9Yc6Fb
HEX=4f0c9e2b7a1d83f6c5e0b9a2d4f7e1c3b8a6d0f9
# names: a private, access, account or auth key
mk pos/Config.java "class Config {
    private static final String privateKey = \"$B64\";
}
"
found pos/Config.java 2 "$B64"
mk pos/.env "ACCESS_KEY=$HEX
"
found pos/.env 1 "$HEX"
mk pos/settings.json "{
  \"accountKey\": \"$B64+/x9\"
}
"
found pos/settings.json 2 "$B64+/x9"
mk pos/config.yaml "service: api
AUTH_KEY: \"$B64\"
"
found pos/config.yaml 2 "$B64"
mk pos/storage.js "module.exports = { storage_account_key: '$HEX' };
"
found pos/storage.js 1 "$HEX"
# an XML element whose name is one of them: the shape layer's copy
mk pos/settings.xml "<settings>
  <AccessKey>$B64</AccessKey>
</settings>
"
found pos/settings.xml 2 "$B64"

# Gradle's buildConfigField: a name, then a string holding a quoted literal
mk pos/build.gradle "android {
    defaultConfig {
        buildConfigField 'String', 'API_KEY', '\"$HEX\"'
        buildConfigField \"String\", \"MAPS_SECRET\", \"\\\"$B64\\\"\"
    }
}
"
found pos/build.gradle 3 "$HEX"
found pos/build.gradle 4 "$B64"

# values: a quoted password with punctuation, a composite key, a short hex
# value whose entropy is high for hex (16 symbols)
PW='q7:Wz#4&Lp=9vR!x2Tm'
mk pos/db.py "DB_PASSWORD = \"$PW\"
"
found pos/db.py 1 "$PW"
DJANGO='django-insecure-p@8ix#4%@e#a4q9om-4894z$jo%j7y=a&)ek+@ct(br4#_y-1z'
mk pos/settings.py "SECRET_KEY = '$DJANGO'
"
found pos/settings.py 1 "$DJANGO"
COMPOSITE=Ab3dE9.fG7hJ2:kL5mN8pQ1rS4tU7vW0xY3zA6bC9dE2
mk pos/realtime.js "const client = connect({ apiKey: '$COMPOSITE' });
"
found pos/realtime.js 1 "$COMPOSITE"
mk pos/hex.env "SECRET_KEY=d85c524e44006655
"
found pos/hex.env 1 d85c524e44006655

# HTML entities and %-escapes: the decoded value is reported, never the
# encoded text
mk enc/page.html "<input type=\"hidden\" name=\"apiKey\" value=\"Zr8Kq2Wv5T&#45;n7Lx3MpQ4s\">
"
mk enc/app.py "token = \"Zr8Kq2Wv5T%2Fn7Lx3MpQ4sHd9\"
"
"$KH" scan "$T/enc" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "encoded: the decoded values only" jq -e '[.[] | select(.rule_id == "generic-secret")
	| [.secret, (.decoded | join(","))]] | sort
	== [["Zr8Kq2Wv5T-n7Lx3MpQ4s", "html"], ["Zr8Kq2Wv5T/n7Lx3MpQ4sHd9", "percent"]]' "$T/out"

# under those names, values that are no secret; names that hold none
mk neg/ids.py "STORAGE_ACCESS_KEY_ID = \"4f9c2b7e1d3a8f6c\"
public_key = \"a3f9c2e17b4d8e6f0c1d2b3a4e5f6d7c8b9a0e1f2d3c4b5a6f7e8d9c0b1a2f3e\"
secret_key = \"DJANGO_SECRET_KEY_2024\"
api_key = \"projects/my-project-2024/secrets/api-key/versions/3\"
cache_key = \"user:12345:profile:v2\"
secret = \"sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b\"
access_key = \"https://vault.example.com/v1/secret/data/app2\"
bearer_token = \"Zr8Kq2Wv5Tn7Lx3M=pQ4sHd9Yc6\"
password = \"%(db_password)s-2024-01\"
"
mk neg/.env "DB_PASSWORD=Zr8Kq2Wv5Tn7Lx3MpQ4s;
"
# names that hold a credential's word but no credential: a checksum of a
# Secret (Helm), a password's hash, a form's anti-forgery token
mk neg/deploy.yaml "spec:
  template:
    metadata:
      annotations:
        checksum/secret: 9b1f0c3e7a2d54f8e6c1b0a9d8f7e6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9
"
mk neg/seed.py "users = [{'password_hash': 'Zr8Kq2Wv5Tn7Lx3MpQ4sHd9Yc6Fb', 'passwordHash': 'Hq7vR2mX9kLp4nW3sT8bZr8K'}]
"
mk neg/form.html "<input type=\"hidden\" name=\"authenticity_token\" value=\"Zr8Kq2Wv5Tn7Lx3MpQ4sHd9Yc6Fb-Hq7vR2mX9kLp4nW3s\">
"
expect_exit 0 "values no secret, names that hold none: nothing" -- "$KH" scan "$T/neg" -f json
check "decoys: empty report" grep -qx '\[\]' "$T/out"
# a name that ends in "pass" after a separator is a password's
mk pos/db.env "DB_PASS=$B64
"
found pos/db.env 1 "$B64"
mk pos/hosts.yml "all:
  vars:
    ansible_ssh_pass: $B64
"
found pos/hosts.yml 3 "$B64"
mk pos/mail.properties "smtp.pass=$B64
"
found pos/mail.properties 1 "$B64"
mk neg/loop.py "bypass = \"$B64\"
"

# a name that only holds the letters of "hash" is still a credential's
mk pos/vault.env "HASHICORP_TOKEN=$B64
"
found pos/vault.env 1 "$B64"

# an OAuth client secret beside its client id: the pair says more than
# the value alone (medium confidence, the partner named); alone, the
# generic rule's low-confidence guess
OS=Qm7vR2kX9pL4tW8zN1cH6yB3dF5gJ0sE-aU_oI7e
mk oauth/pair.yml "oauth:
  client_id: 8f3a1c9e27b4d6f05e1a
  client_secret: $OS
"
"$KH" scan "$T/oauth/pair.yml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "oauth pair: medium, its client id" jq -e --arg s "$OS" 'length == 1
	and .[0].rule_id == "generic-oauth-client-secret" and .[0].secret == $s
	and .[0].confidence == "medium" and .[0].partner.kind == "client_id"
	and .[0].partner.line == 2' "$T/out"
mk oauth/alone.yml "oauth:
  client_secret: $OS
"
"$KH" scan "$T/oauth/alone.yml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "oauth secret alone: generic, low" jq -e --arg s "$OS" 'length == 1
	and .[0].rule_id == "generic-secret" and .[0].secret == $s
	and .[0].confidence == "low" and (.[0] | has("partner") | not)' "$T/out"

# SARIF: the rule's precision is its value check's, not a format's
"$KH" scan "$T/pos/db.py" -f sarif -o "$T/sarif" 2>"$T/err"
check "sarif: generic precision medium" jq -e '[.runs[0].tool.driver.rules[]
	| select(.id == "generic-secret") | .properties.precision] == ["medium"]' "$T/sarif"

finish e2e_generic
