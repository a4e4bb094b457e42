#!/usr/bin/env bash
# End-to-end tests of wave 36's continued literals (cont36): one literal
# whose text goes on over the next line, as each format joins it. A
# shell's `\` in double quotes and out, Dockerfile ENV/ARG, make's `$\`,
# C's and Python's `"...\`, YAML's escaped line break in a double-quoted
# scalar and a plain or quoted scalar folded over more indented lines (the
# fold is layout for a token: joined with no space), TOML's multi-line
# basic string, a .properties value. The secret reported is the joined
# value, at its first piece's line and column, and the first piece alone
# is not reported; a provider's rule reads the joined token too. Hard
# negatives: continued commands, prose, lists of ids and words, URLs,
# placeholders and hashes split in two, a value whose name says nothing,
# a PEM body in a C string, a macro, make's and systemd's plain `\` (they
# join with a space: two words), short pieces.
# Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# whole FILE LINE PIECE SECRET [RULE]: SECRET is FILE's only finding, on
# LINE at the column of its first piece PIECE, by RULE (a generic rule by
# default): not the piece alone, not twice.
whole() {
	local col
	col=$(sed -n "$2p" "$T/$1" | awk -v k="$3" '{ print index($0, k) }')
	scan_check "$1: $4 whole at $2:$col" "$1" \
		'length == 1 and .[0].secret == $s and .[0].line == $l and
		 .[0].column == $c and (.[0].rule_id | test($r))' \
		--arg s "$4" --argjson l "$2" --argjson c "$col" \
		--arg r "${5:-^generic-(password|secret)$}"
}

# ---- shell: in double quotes and bare --------------------------------------
mk scripts/export-ledger.sh '#!/bin/bash
# long token split for the 80-column rule
LEDGER_TOKEN="SxzJvWbUePReG4eiY6TN6zEAPj8Nzl\
dRASXGb3IeQw1qu7vxsS99tpgI"
curl -H "Authorization: Bearer $LEDGER_TOKEN" https://ledger.example.internal/export
'
whole scripts/export-ledger.sh 3 SxzJvWbUePReG4eiY6TN6zEAPj8Nzl SxzJvWbUePReG4eiY6TN6zEAPj8NzldRASXGb3IeQw1qu7vxsS99tpgI

mk scripts/env.sh 'export BILLING_API_TOKEN=PnGiiPrQtshhe1qYIlKctUOweD6TbR\
RV4HOXvXe4yJQ61vRpqCbwSboC
'
whole scripts/env.sh 1 PnGiiPrQtshhe1qYIlKctUOweD6TbR PnGiiPrQtshhe1qYIlKctUOweD6TbRRV4HOXvXe4yJQ61vRpqCbwSboC

# three lines, the last indented (layout)
mk scripts/three.sh 'SYNC_SECRET="rhAmhiJDH9RuUUQUKS98w5ZLB0zoRR\
wzZWlJORao1XQgUj5w\
    kOsa91AK"
'
whole scripts/three.sh 1 rhAmhiJDH9RuUUQUKS98w5ZLB0zoRR rhAmhiJDH9RuUUQUKS98w5ZLB0zoRRwzZWlJORao1XQgUj5wkOsa91AK

# ---- Dockerfile ENV and ARG ------------------------------------------------
mk docker/Dockerfile 'FROM alpine:3.20
ENV SYNC_API_TOKEN=pf17C4NdTYlZcnrKn5pkdXdSxNFDuc\
2QdiYKJWzDWzTbM5YbeAaimVQN
RUN apk add --no-cache curl
'
whole docker/Dockerfile 2 pf17C4NdTYlZcnrKn5pkdXdSxNFDuc pf17C4NdTYlZcnrKn5pkdXdSxNFDuc2QdiYKJWzDWzTbM5YbeAaimVQN

mk docker/build/Dockerfile 'FROM debian:bookworm
ARG REGISTRY_PASSWORD="BkrjMfEicLBtOPou4Dg4fYFQ7zxlJe\
py3MjZQT8SNJ3qARouuiAK8wJt"
'
whole docker/build/Dockerfile 2 BkrjMfEicLBtOPou4Dg4fYFQ7zxlJe BkrjMfEicLBtOPou4Dg4fYFQ7zxlJepy3MjZQT8SNJ3qARouuiAK8wJt

# ---- make: `$\` joins with no space ---------------------------------------
mk build/Makefile 'DEPLOY_API_KEY := zLcP4cqhwF5n7N7Ejeq7nGgYMNKZoN$\
CqGeMdjIzVticQgeP8ot0v3TnE
all:
	./deploy --key "$(DEPLOY_API_KEY)"
'
whole build/Makefile 1 zLcP4cqhwF5n7N7Ejeq7nGgYMNKZoN zLcP4cqhwF5n7N7Ejeq7nGgYMNKZoNCqGeMdjIzVticQgeP8ot0v3TnE

# ---- C and Python strings ----------------------------------------------------
mk src/client.c 'static const char *api_token = "I3AQtrLY6ke7m1lLmv2AckRMSh2v6n\
4u1n5eVOsKaGPUUxijTkumtC3U";
'
whole src/client.c 1 I3AQtrLY6ke7m1lLmv2AckRMSh2v6n I3AQtrLY6ke7m1lLmv2AckRMSh2v6n4u1n5eVOsKaGPUUxijTkumtC3U

mk app/settings.py 'SCALE_HOUSE_TOKEN = "HS4J6sos4APqMNGFeKc3ldvLSHbEXc\
uZt0vLnDNb9A84q7xh6zrvcqKo"
'
whole app/settings.py 1 HS4J6sos4APqMNGFeKc3ldvLSHbEXc HS4J6sos4APqMNGFeKc3ldvLSHbEXcuZt0vLnDNb9A84q7xh6zrvcqKo

# ---- YAML: an escaped line break, plain and quoted folds -------------------
mk k8s/values-secret.yaml 'gateway:
  upstreamToken: "M6SJLfn4kvCUujMLSlmSKTn8ziqv3T\
    E4ifVXSKJglxtTAJhLPa82VB33"
  upstreamUrl: https://upstream.example.internal
'
whole k8s/values-secret.yaml 2 M6SJLfn4kvCUujMLSlmSKTn8ziqv3T M6SJLfn4kvCUujMLSlmSKTn8ziqv3TE4ifVXSKJglxtTAJhLPa82VB33

mk k8s/plain.yaml 'exporter:
  authToken: oEEgm7NF5MXrZEGxBJ8wGeKokRJlbN
    ZNlCyABeJkKIVsyH9vQI0Ivjov
  port: 9100
'
whole k8s/plain.yaml 2 oEEgm7NF5MXrZEGxBJ8wGeKokRJlbN oEEgm7NF5MXrZEGxBJ8wGeKokRJlbNZNlCyABeJkKIVsyH9vQI0Ivjov

mk k8s/quoted.yml "relay:
  - name: eu
    secret_key: '3To80hB3P7NXXLzhJq6kJL4N02IUZY
      jng7PKI5hr9snkERvUmvHEMdDv'
"
whole k8s/quoted.yml 3 3To80hB3P7NXXLzhJq6kJL4N02IUZY 3To80hB3P7NXXLzhJq6kJL4N02IUZYjng7PKI5hr9snkERvUmvHEMdDv

# ---- TOML and .properties ------------------------------------------------------
mk conf/service.toml '[upstream]
api_token = """AfxfUJeJI5Yu0JwrDpWeLxlFBdYIjr\
    BMA4NLeGEkZboJUnoUUFl0NFoa"""
'
whole conf/service.toml 2 AfxfUJeJI5Yu0JwrDpWeLxlFBdYIjr AfxfUJeJI5Yu0JwrDpWeLxlFBdYIjrBMA4NLeGEkZboJUnoUUFl0NFoa

mk conf/clients.properties 'oauth.client.id=ledger-sync
oauth.client.secret=oG2w4ihJ4PZX7PvmHrUke7k541sHXq\
    UZMMWlHMMvGuZ9nbelYax1uCef
'
whole conf/clients.properties 2 oG2w4ihJ4PZX7PvmHrUke7k541sHXq oG2w4ihJ4PZX7PvmHrUke7k541sHXqUZMMWlHMMvGuZ9nbelYax1uCef

# ---- a value that opens on the next line, then goes on ----------------------
mk conf/below.toml '[relay]
api_token = """\
    BkrjMfEicLBtOPou4Dg4fYFQ7zxlJe\
    CqGeMdjIzVticQgeP8ot0v3TnE"""
'
whole conf/below.toml 3 BkrjMfEicLBtOPou4Dg4fYFQ7zxlJe BkrjMfEicLBtOPou4Dg4fYFQ7zxlJeCqGeMdjIzVticQgeP8ot0v3TnE
mk scripts/below.sh 'export RELAY_API_TOKEN=\
  zLcP4cqhwF5n7N7Ejeq7nGgYMNKZoN\
  py3MjZQT8SNJ3qARouuiAK8wJt
'
whole scripts/below.sh 2 zLcP4cqhwF5n7N7Ejeq7nGgYMNKZoN zLcP4cqhwF5n7N7Ejeq7nGgYMNKZoNpy3MjZQT8SNJ3qARouuiAK8wJt
mk k8s/below.yaml 'relay:
  apiToken: >-
    I3AQtrLY6ke7m1lLmv2AckRMSh2v6n
    uZt0vLnDNb9A84q7xh6zrvcqKo
  webhookSecret:
    HS4J6sos4APqMNGFeKc3ldvLSHbEXc
    4u1n5eVOsKaGPUUxijTkumtC3U
'
secrets_exactly k8s/below.yaml I3AQtrLY6ke7m1lLmv2AckRMSh2v6nuZt0vLnDNb9A84q7xh6zrvcqKo HS4J6sos4APqMNGFeKc3ldvLSHbEXc4u1n5eVOsKaGPUUxijTkumtC3U

# ---- a diff's added lines: the `+` is no piece; CRLF line ends -------------
mk patches/ledger.diff 'diff --git a/deploy/env.sh b/deploy/env.sh
--- a/deploy/env.sh
+++ b/deploy/env.sh
@@ -1,2 +1,4 @@
 #!/bin/sh
+LEDGER_TOKEN="VI9HzWny2IoHpdkrS9pJawxGvxOp8t\
+3Qmf4GzYX7N4WNlpca4S38f4Au"
'
whole patches/ledger.diff 6 VI9HzWny2IoHpdkrS9pJawxGvxOp8t VI9HzWny2IoHpdkrS9pJawxGvxOp8t3Qmf4GzYX7N4WNlpca4S38f4Au

mk scripts/crlf.sh "$(printf 'export RELAY_SECRET="%s\\\r\n%s"\r\n' m6pGMYJpcMWaMrrNyBgCTDbXplQgl8 XtnEDr06EDsg6yxRKo10pAvl9m)"
whole scripts/crlf.sh 1 m6pGMYJpcMWaMrrNyBgCTDbXplQgl8 m6pGMYJpcMWaMrrNyBgCTDbXplQgl8XtnEDr06EDsg6yxRKo10pAvl9m

# ---- a provider's rule reads the joined token --------------------------------
mk ci/github.sh 'export GH_CI="ghp_IE8OTQHSRazhwD2yDQZu\
SYXHpRmzCEDy4Voq"
'
whole ci/github.sh 1 ghp_IE8OTQHSRazhwD2yDQZu ghp_IE8OTQHSRazhwD2yDQZuSYXHpRmzCEDy4Voq '^github-'

mk ci/stripe.yaml 'stripe:
  key: "sk_live_JwXQyLFZDx6bTSeLUwsQJ9JlgI0iASFGwrPJwHRS\
    lgvMK5fSPee1gfrYKvRgIKFYjTQklvW6bs6mCrk4Lqfoblt9iBDidJPbRAR"
'
whole ci/stripe.yaml 2 sk_live_JwXQyLFZDx6bTSeLUwsQJ9JlgI0iASFGwrPJwHRS 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 '^stripe-'

# ---- decoys ----------------------------------------------------------------------
mk no/run.sh 'docker run \
  -e API_TOKEN=$API_TOKEN \
  -e DB_PASSWORD="${DB_PASSWORD}" \
  --name sync image:latest
'
silent no/run.sh
mk no/prose.sh 'MESSAGE="The api token you supplied has expired; please \
request a new token from the portal"
HELP_TOKEN="Tokens expire after thirty days unless renewed \
  by an administrator of the organisation"
'
silent no/prose.sh
mk no/ids.sh 'TOKEN_IDS="a1b2c3d4,e5f6a7b8,\
c9d0e1f2,a3b4c5d6"
API_KEY_NAMES=billing-sync-reader\
-reporting-exporter-nightly
'
silent no/ids.sh
mk no/url.sh 'API_TOKEN_URL="https://auth.example.com/oauth2\
/token/refresh?grant_type=client_credentials"
'
silent no/url.sh
mk no/placeholder.sh 'API_TOKEN="YOUR_API_TOKEN_\
GOES_HERE"
SECRET_KEY="<your-secret-\
key-here>"
AUTH_TOKEN="xxxxxxxxxxxxxxxxxxxxxxxx\
xxxxxxxxxxxxxxxx"
'
silent no/placeholder.sh
mk no/hash.sh 'TOKEN_SHA256="9f2c4e7a1b3d5f60718293a4b5c6d7e8\
f90a1b2c3d4e5f60718293a4b5c6d7e8"
'
silent no/hash.sh
mk no/name.sh 'BUILD_REVISION="iMny3ZDHdfPC9Y0sc0LptcAYTnH6tU\
qRNYjPhZpuYqjLf3FqdbRCmZba"
'
silent no/name.sh
mk no/pem.c 'static const char *token_key_pem = "-----BEGIN PRIVATE KEY-----\n\
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ\n\
-----END PRIVATE KEY-----\n";
#define TOKEN_CHECK(x) do { if (!(x)) \
		panic("bad token"); } while (0)
'
silent no/pem.c
# make and systemd join `\` with a space: two words, neither a token alone
mk no/Makefile 'SRCS := token_parser.c \
	token_lexer.c
DEPLOY_TOKEN := m6pGMYJpcMWaMrrNyBgCTDbXplQgl8\
XtnEDr06EDsg6yxRKo10pAvl9m
'
silent no/Makefile
mk no/sync.service '[Service]
Environment=SYNC_TOKEN=VI9HzWny2IoHpdkrS9pJawxGvxOp8t\
3Qmf4GzYX7N4WNlpca4S38f4Au
'
silent no/sync.service
mk no/fold.yaml 'app:
  token_description: This token is used
    to authenticate the gateway
  tokenUrl: https://auth.example.com/
    oauth/token
  api_token: changeme_
    placeholder
  auth_token:
    - first
    - second
'
silent no/fold.yaml
mk no/below.yaml 'app:
  api_token:
    first
    second
  token_help: >-
    Rotate this value
    every ninety days
  secret_refs:
    vault_path
    kv_engine_v2
'
silent no/below.yaml
mk no/short.sh 'export API_TOKEN=abc\
def
'
silent no/short.sh
mk no/list.properties 'api.token.scopes=read-ledger,\
    write-ledger
'
silent no/list.properties

finish "e2e_cont36"
