#!/usr/bin/env bash
# End-to-end tests of wave 30's decoder change (issue 12): a line that
# holds something to decode is copied into the decoded layer a stretch of
# plain bytes at a time, and a base64 run is judged only as far as its
# length allows (under 12 bytes: not at all; 12 to 23: only where a login
# stands, after `Basic ` or a password's, secret's, token's or auth's
# name; 24 and more: whatever stands before it). What each kind of line
# decodes to is what it was: base64 logins in a header, a Secret's data,
# a Docker config and a log line among other words; a long run inside a
# minified line; a percent escape in a URL and beside a base64 run; and
# the same shapes holding placeholders, documentation's sample, English,
# paths and ids, which stay silent. Then a minified line of thousands of
# words that is decoded is scanned in time linear in its length.
. "$(dirname "$0")/lib.sh"
batch_scans

b64() { printf '%s' "$1" | base64 -w0; }

# decoded finds FILE RULE SECRET KIND: scanning $T/FILE reports SECRET by
# RULE, found in a layer decoded from KIND (base64, percent)
decoded() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $3 by $2, decoded from $4" jq -e --arg r "$2" --arg s "$3" --arg k "$4" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == $r
		 and (.[0].decoded | index($k) != null)' "$T/out"
}

# a short run (12 to 23 bytes) where a login stands
mk ci/deploy.sh "#!/bin/sh
set -e
curl -fsS -H \"Authorization: Basic $(b64 'deploy_bot:Vq8mZ2rT5xKw')\" https://ci.internal.example/api/v2/builds | jq .
"
decoded ci/deploy.sh generic-password Vq8mZ2rT5xKw base64
mk k8s/billing-db.yaml "apiVersion: v1
kind: Secret
metadata:
  name: billing-db
type: Opaque
data:
  DB_USER: $(b64 billing)
  DB_PASSWORD: $(b64 Hx7pLq2Wm4)
"
decoded k8s/billing-db.yaml generic-password Hx7pLq2Wm4 base64
mk home/.docker/config.json "{\"auths\":{\"registry.corp.example\":{\"auth\":\"$(b64 'ci-pusher:Rw9tK3mVx7Qz')\"}}}
"
decoded home/.docker/config.json docker-config-auth-password Rw9tK3mVx7Qz base64
# among other words, and after a percent escape on the same line
mk logs/access.log "2025-03-02T10:11:12Z INFO request path=/api/v1/session q=%7B%7D auth=Basic $(b64 'svc-report:Lm3vQ8zX5tRw') ua=curl/8.5.0
"
decoded logs/access.log generic-password Lm3vQ8zX5tRw base64
check "logs/access.log: both layers named" jq -e \
	'.[0].decoded | index("percent") != null' "$T/out"
# a long run inside a minified line of many words
words=$(python3 -c 'print("".join("function f%d(a){return a+%d}" % (i, i) for i in range(300)))')
mk dist/app.min.js "var cfg={a:1};var e=atob(\"$(b64 'SMTP_PASSWORD=Zr4vN8qW2kMp7xB
')\");$words
"
decoded dist/app.min.js generic-password Zr4vN8qW2kMp7xB base64
# a percent escape in a URL's password
mk svc/db.env 'DATABASE_URL=postgres://app:Tq7%23vLm2Rk9zQ@db.internal:5432/app
'
decoded svc/db.env url-credentials 'Tq7#vLm2Rk9zQ' percent

# the same shapes, holding no secret
mk neg/basic.sh "curl -H \"Authorization: Basic $(b64 'user:changeme')\" https://example.com
"
silent neg/basic.sh
mk neg/secret.yaml "data:
  DB_PASSWORD: $(b64 '${DB_PASSWORD}')
  API_TOKEN: $(b64 '<password>')
  SESSION_SECRET: $(b64 'xxxxxxxxxxxxxxxx')
"
silent neg/secret.yaml
mk neg/rfc.md 'Example:

    Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==
'
silent neg/rfc.md
mk neg/prose.min.js "var t=atob(\"$(b64 'The quick brown fox jumps over the lazy dog again and again')\");$words
"
silent neg/prose.min.js
mk neg/ids.txt "id=$(b64 /usr/share/doc/readme.txt) run=$(b64 3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c) uuid=3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c
"
silent neg/ids.txt
mk neg/words.c 'static int count_words(const char *text) { return strlen(text) % 7; } /* %d \n */
'
silent neg/words.c

# A decoded minified line of 6,000 (24,000) functions (under the layer's
# 1 MiB) and a URL's escaped password at its end: linear (about 4x), the
# password found
LIMIT=600 # seconds: a hang fails instead of blocking CI
for m in 1 4; do
	mkdir -p "$T/lin/$m"
	python3 - "$m" "$T/lin/$m/bundle.min.js" "$(b64 'the release notes for the next version')" <<'PY'
import sys
m, out, run = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(out, "w") as f:
    f.write('var notes=atob("%s");var q="%%7B%%7D";' % run)
    for i in range(6000 * m):
        f.write('function g%d(a){return a.v+%d}' % (i, i))
    f.write('var u="postgres://app:Wq4%23mZ8rTx2Lk@db.internal/app";\n')
PY
done
scales_linearly "a decoded minified line" "$T/lin/1/bundle.min.js" "$T/lin/4/bundle.min.js" 9
check "a decoded minified line: its URL's password at its end" jq -e \
	'[.[] | select(.secret == "Wq4#mZ8rTx2Lk" and .rule_id == "url-credentials")] | length == 1' "$T/out"

finish e2e_matcher30
