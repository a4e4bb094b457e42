#!/usr/bin/env bash
# tests/e2e_formatse.sh - which finding stays where rules meet: a path
# rule's finding over the generic rule's on the same span, a provider's
# token read in its encoded form over its decoded text, an Elastic API
# key's secret half with its public id as partner; and values that are
# public, hashed or documented (Tomcat digests, Shopify Storefront tokens,
# Rocket's sample secret_key) reported as nothing. Sources tests/lib.sh.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND

# fake values (random, never real)
WAKA=3c9e7b21-84f5-4d0a-9b6e-2f1c8a7d5e43
JFROG=cmVmdGtuOjAxOjE4NTIzNzIyODM6ZUU5U1ZxaHB0eTZLQlYzdVdqRkFTZUZPOFhs
PAT=dckr_pat_Qm7vX2pL9kR4tW8zN3bY6cF1hJ5
ESID=TiNAGG4BaaMdaH1tRfuU
ESKEY=KnR6yE41RrSowb0kQ0HWoA

# rules_of FILE: "rule secret" per finding, sorted
rules_of() { jq -r '[.[] | "\(.rule_id) \(.secret)"] | sort | .[]' "$1"; }

# --- a path rule wins over generic-secret on the same span ------------------------
mk waka/.wakatime.cfg "[settings]
api_key = $WAKA
"
mk waka/notes.txt "[settings]
api_key = $WAKA
"
expect_exit 1 "wakatime config" -- "$KH" scan -f json --show-secrets --no-config "$T/waka/.wakatime.cfg"
check "the path rule's finding stays" test "$(rules_of "$T/out")" = "wakatime-config-api-key $WAKA"
expect_exit 1 "same text elsewhere" -- "$KH" scan -f json --show-secrets --no-config "$T/waka/notes.txt"
check "elsewhere it is generic-secret's" test "$(rules_of "$T/out")" = "generic-secret $WAKA"

# --- an encoded token is reported as issued, not as its decoded text ---------------
mk jfrog/.env "JFROG_ACCESS_TOKEN=$JFROG
"
expect_exit 1 "jfrog reference token" -- "$KH" scan -f json --show-secrets --no-config "$T/jfrog/.env"
check "the reference token, once" test "$(rules_of "$T/out")" = "jfrog-reference-token $JFROG"
mk jfrog/decoded.exs "config :acme, token: \"$(printf '%s' "$JFROG" | base64 -d)\"
"
expect_exit 1 "decoded reference token" -- "$KH" scan -f json --show-secrets --no-config "$T/jfrog/decoded.exs"
check "written decoded: JFrog's" test "$(jq -r '.[0].rule_id' "$T/out")" = jfrog-reference-token-decoded
# a token inside an encoded value (user:token) is still reported decoded
AUTH=$(printf 'octocat:%s' "$PAT" | base64 -w0)
mk docker/.docker/config.json "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"$AUTH\"}}}
"
expect_exit 1 "docker config" -- "$KH" scan -f json --show-secrets --no-config "$T/docker"
check "docker PAT decoded from the auth" test "$(jq -r '[.[] | select(.rule_id == "docker-hub-pat") | .secret] | .[0]' "$T/out")" = "$PAT"

# --- Elastic's id:api_key: the key is the secret, the id its partner -----------------
mk es/filebeat.yml "output.elasticsearch:
  hosts: [\"https://es.acme.io:9243\"]
  api_key: \"$ESID:$ESKEY\"
"
expect_exit 1 "beats api key" -- "$KH" scan -f json --show-secrets --no-config "$T/es/filebeat.yml"
check "only the key half" test "$(rules_of "$T/out")" = "elastic-api-key-pair $ESKEY"
check "the id as partner" test "$(jq -r '.[0].partner.value' "$T/out")" = "$ESID"

# --- public, hashed and documented values ---------------------------------------------
mk quiet/tomcat-users.xml '<tomcat-users>
  <user username="admin" password="9c1f4e7a2b8d3c6f$1$4e8a1c7f2d9b3e6a0c5f8b2d7e1a4c9f3b6d0e8a2c5f7b1d4e9a3c6f0b8d2e5a7c" roles="manager-gui"/>
</tomcat-users>
'
mk quiet/shopify.ps1 "\$headers = @{ 'X-Shopify-Storefront-Access-Token' = '5b8e2c7f1a9d4e6b3c0f8a2d7e5b1c9f' }
"
mk quiet/Rocket.toml '[release]
secret_key = "hPRYyVRiMyxpw5sBB1XeCMN1kFsDCqKvBi2QJxBVHQk="
'
expect_exit 0 "public, hashed, documented" -- "$KH" scan -f json --show-secrets --no-config "$T/quiet"
check "nothing reported" test "$(jq length "$T/out")" = 0
# the same names with values of their own are reported
mk loud/Rocket.toml '[release]
secret_key = "Vq8XmTz2Rk4pLw9NcB3hHs6Jy1Df5GaE7uQo0Ni2Xr8="
'
mk loud/tomcat-users.xml '<tomcat-users>
  <user username="admin" password="Vq8XmTz2Rk4pLw9NcB3h" roles="manager-gui"/>
</tomcat-users>
'
expect_exit 1 "their own values" -- "$KH" scan -f json --show-secrets --no-config "$T/loud"
check "both reported" test "$(jq length "$T/out")" = 2

finish formatse
