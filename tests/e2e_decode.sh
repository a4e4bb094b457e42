#!/usr/bin/env bash
# End-to-end tests of secrets in encoded text: base64 (and base64 in
# base64), percent-encoding, JSON/JS escapes, HTML entities. A decoded
# finding points at the encoded text and says how it was decoded.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND

GH=ghp_R4nd0mT0k3nV4lu3F0rT3st1ng0001Mxk9zQ
PAT=pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f
b64() { printf '%s' "$1" | base64 -w0; }
mk() { mkdir -p "$(dirname "$T/$1")"; printf '%s' "$2" >"$T/$1"; }
# scan FILE: JSON report of one file in $T/out
scan() { "$KH" scan "$T/$1" -f json -o "$T/out" 2>"$T/err"; }

# Kubernetes Secret: the value is base64 of the token
mk k8s/secret.yaml "apiVersion: v1
kind: Secret
data:
  GITHUB_TOKEN: $(b64 "$GH")
"
scan k8s/secret.yaml
check "k8s data: the token is found, decoded from base64" \
	jq -e --arg s "$GH" 'length == 1 and .[0].secret == $s and .[0].decoded == ["base64"]
	  and .[0].rule_id == "github-pat-classic"' "$T/out"
check "k8s data: line and columns are those of the encoded text" \
	jq -e '.[0].line == 4 and .[0].column == 17 and .[0].end_line == 4 and .[0].end_column == 72' "$T/out"

# lines counted as for any finding: a lone CR ends a line (old Mac files)
printf 'x\rGITHUB_TOKEN: %s\r' "$(b64 "$GH")" >"$T/cr.yaml"
scan cr.yaml
check "a decoded finding in a CR-only file: line 2" \
	jq -e 'length == 1 and .[0].line == 2 and .[0].column == 15' "$T/out"

# a token whose body is base64 (a prefix, then base64 of JSON) inside a
# percent-encoded URL: decoding the URL must not decode the token's body
GLC=glc_$(b64 '{"o":"731204","n":"stack-58213-hm-read","k":"Zq3Lr8Wx2Tn5Kp7Vb4Hc9Md1","m":{"r":"prod-eu-west-2"}}' | tr -d =)
mk url/callback.txt "redirect=https%3A%2F%2Fexample.net%2F%3Ftoken%3D$GLC
"
"$KH" scan "$T/url/callback.txt" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "a base64-bodied token in a percent-encoded URL is found whole" \
	jq -e --arg s "$GLC" '[.[] | select(.rule_id == "grafana-cloud-token")] | length == 1
	  and .[0].secret == $s and .[0].decoded == ["percent"]' "$T/out"

# plain, the line is tried for decoding and dropped: nothing leaks
mk plain/.env "GRAFANA_TOKEN=$GLC
"
expect_exit 1 "a base64-bodied token in plain text: found, no leak" -- "$KH" scan "$T/plain/.env" -f json
# the same when the prefix's '_' is itself encoded
mk html/form.html "<input type=\"hidden\" name=\"token\" value=\"glc&#95;${GLC#glc_}\">
"
"$KH" scan "$T/html/form.html" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "a base64-bodied token after an encoded '_' is found whole" \
	jq -e --arg s "$GLC" '[.[] | select(.rule_id == "grafana-cloud-token")] | length == 1
	  and .[0].secret == $s and .[0].decoded == ["html"]' "$T/out"

# base64 of a whole .env, and base64 of that base64
ENV="APP=web
HUBSPOT_ACCESS_TOKEN=$PAT
"
mk blob/env.b64 "$(b64 "$ENV")
"
scan blob/env.b64
check "base64 of a .env: the token inside" \
	jq -e --arg s "$PAT" '[.[] | select(.secret == $s)] | length == 1 and .[0].decoded == ["base64"] and .[0].line == 1' "$T/out"
mk blob/twice.txt "payload: $(b64 "$(b64 "$ENV")")
"
scan blob/twice.txt
check "base64 in base64: one level of nesting" \
	jq -e --arg s "$PAT" 'length == 1 and .[0].secret == $s and .[0].decoded == ["base64", "base64"]' "$T/out"

# percent-encoding (twice), JSON escapes, HTML entities
mk url/cb.txt "next=https%3A%2F%2Fapp.example.net%2Fcb%3Ftoken%3D${PAT//-/%252D}
"
scan url/cb.txt
check "percent-encoded twice" \
	jq -e --arg s "$PAT" 'length == 1 and .[0].secret == $s and .[0].decoded == ["percent", "percent"]' "$T/out"
mk json/escaped.json "{\"body\": \"{\\\"token\\\": \\\"${PAT//-/\\u002d}\\\"}\"}
"
scan json/escaped.json
check "JSON string escapes" \
	jq -e --arg s "$PAT" 'length == 1 and .[0].secret == $s and .[0].decoded == ["escape"] and .[0].column == 25' "$T/out"
mk html/page.html "<input type=\"hidden\" value=\"${PAT//-/\&#45;}\">
"
scan html/page.html
check "HTML entities" \
	jq -e --arg s "$PAT" 'length == 1 and .[0].secret == $s and .[0].decoded == ["html"]' "$T/out"

# a token whose plain match stops at an entity (dapi... then &#45;3): the
# decoded whole is reported, not the cut-short head beside it
DAPI=dapi5e1f0c9a8b7d6e5f4a3b2c1d0e9f8a7b-3
mk html/dbx.html "<input type=\"hidden\" name=\"databricksToken\" value=\"${DAPI//-/\&#45;}\">
"
scan html/dbx.html
check "HTML entity inside a token: only the decoded whole" \
	jq -e --arg s "$DAPI" 'length == 1 and .[0].secret == $s and .[0].decoded == ["html"]' "$T/out"

# what plain scanning finds is reported once, without "decoded"
mk plain/app.js "const cfg = JSON.parse(\"{\\\"a\\\": 1}\"); const t = '$PAT';
"
scan plain/app.js
check "a plain token on a line with escapes: one finding, not decoded" \
	jq -e 'length == 1 and (.[0] | has("decoded") | not)' "$T/out"

# decoys: base64 of binary, of a placeholder, hashes, long identifiers
mk decoys/lock.json "{\"integrity\": \"sha512-$(head -c 64 /dev/urandom | base64 -w0)\"}
"
mk decoys/ph.yaml "data:
  GITHUB_TOKEN: $(b64 ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx)
  OTHER: $(b64 'YOUR_GITHUB_TOKEN_HERE_PLEASE')
"
mk decoys/code.java "RandomAccessIteratorFactoryBuilder2 x = AbstractSingletonProxyFactoryBean7.create();
"
expect_exit 0 "decoys in encoded text report nothing" -- "$KH" scan "$T/decoys" -f json
check "decoys: empty report" grep -qx '\[\]' "$T/out"

# every output format says how a finding was decoded
"$KH" scan "$T/k8s" -f sarif -o "$T/sarif" 2>/dev/null
check "SARIF carries decoded in properties" \
	jq -e '.runs[0].results[0].properties.decoded == ["base64"]' "$T/sarif"
"$KH" scan "$T/k8s" -f text --no-color >"$T/text" 2>/dev/null
check "text output says decoded from base64" grep -q "decoded: *base64" "$T/text"

# the decoder looks for base64 runs and %, \ and & marks 64 bytes at a
# time (32 or 16 at an instruction, as the CPU allows): encoded text (one
# mark a line) is found whatever its offset in those blocks, up to the
# last byte of the file
: >"$T/offsets.txt"
entity='&#45;'
for k in $(seq 0 130); do
	pad=$(printf '%*s' "$k" '' | tr ' ' '.')
	case $((k % 4)) in
	0) printf '%s %s\n' "$pad" "$(b64 "HUBSPOT_ACCESS_TOKEN=$PAT")" ;;
	1) printf '%s token=%s\n' "$pad" "${PAT/-/%2D}" ;;
	2) printf '%s token=%s\n' "$pad" "${PAT/-/\\u002d}" ;;
	3) printf '%s token=%s\n' "$pad" "${PAT/-/"$entity"}" ;;
	esac >>"$T/offsets.txt"
done
printf 'x %s' "$(b64 "HUBSPOT_ACCESS_TOKEN=$PAT")" >>"$T/offsets.txt"
scan offsets.txt
check "encoded text at every offset of the decoder's blocks: 132 findings" \
	jq -e --arg s "$PAT" '[.[] | select(.secret == $s and .decoded != null)] | length == 132
	  and ([.[].line] | unique | length) == 132' "$T/out"

# a Secret's data that decodes to a placeholder is a placeholder, however
# short (too short for the decoder: the encoded text itself is judged)
mk k8s-ph/secret.yaml "apiVersion: v1
kind: Secret
data:
  browserstack-access-key: $(b64 YOUR_ACCESS_KEY)
  intercom-token: $(b64 '<access_token>')
  serpapi-api-key: $(b64 secret_api_key)
"
scan k8s-ph/secret.yaml
check "Secret data that decodes to placeholders: no finding" jq -e 'length == 0' "$T/out"

# a short password in a Secret: 17 characters are 23 of base64 and one
# '=', which counts to the decoder's shortest run (24)
SPW='Rq7tVw2k9Lx4Mz1Nb'
mk k8s-short/secret.yaml "apiVersion: v1
kind: Secret
data:
  DB_PASSWORD: $(b64 "$SPW")
"
scan k8s-short/secret.yaml
check "a 17-character password in a Secret: reported decoded" \
	jq -e --arg s "$SPW" 'length == 1 and .[0].secret == $s and .[0].decoded == ["base64"]' "$T/out"

# a token that is itself base64 (Intercom's tok:<uuid>:1:0), in a Secret:
# the token is reported, not its own decoding again as a generic secret
ITOK=$(b64 "tok:6f2c9a1e-4b7d-4e3a-9c8f-1d2e3f4a5b6c:1:0")
mk k8s-ic/secret.yaml "apiVersion: v1
kind: Secret
data:
  INTERCOM_ACCESS_TOKEN: $(b64 "$ITOK")
"
scan k8s-ic/secret.yaml
check "a base64 token in base64: the token once, no generic fragment" \
	jq -e --arg s "$ITOK" 'length == 1 and .[0].secret == $s
	  and .[0].rule_id == "intercom-access-token" and .[0].decoded == ["base64"]' "$T/out"

finish e2e_decode
