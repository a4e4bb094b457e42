#!/usr/bin/env bash
# End-to-end tests of wave 19's hardening: a file of more keyword hits
# than the matcher keeps (65,536) loses no finding that needs a hit's
# place (a provider's name in context, a name apart from its value).
. "$(dirname "$0")/lib.sh"

H40=6e1b9c47a2f85d03c9e1a7b4f2d86c05e3a9b17d
BS=Nq4vTz8LkW2pRm7XbY3c
TOK=Hq4wZt9LmX2vRk7pNc3e

# overflow FILE HEAD TAIL: $T/FILE is HEAD, 40,000 lines of password
# names (past the hits kept), then TAIL far below.
overflow() {
	python3 - "$T/$1" "$2" "$3" <<'PY'
import os, sys
os.makedirs(os.path.dirname(sys.argv[1]), exist_ok=True)
open(sys.argv[1], "w").write(sys.argv[2] + "  - password: ''\n" * 40000 + sys.argv[3])
PY
}

# far FILE RULE SECRET LINE: scanning $T/FILE finds SECRET by RULE on LINE
# and nothing else, in a bounded time.
far() {
	timeout 120 "$KEYHOUND" scan "$T/$1" -f json -q --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $2 on line $4" jq -e --arg r "$2" --arg s "$3" --argjson l "$4" \
		'[.[] | [.rule_id, .secret, .line]] == [[$r, $s, $l]]' "$T/out"
}

# a key of a generic look under a provider's name, far below the hits
overflow overflow/newrelic.yml "items:
" "newrelic:
  license: $H40
"
far overflow/newrelic.yml newrelic-license-key-legacy "$H40" 40003
# a provider's index in a chain of indices, and a key named in a sentence
overflow overflow/chain.yml "items:
" "config['app']['newrelic']['license'] = '$H40'
"
far overflow/chain.yml newrelic-license-key-legacy "$H40" 40002
overflow overflow/prose.yml "items:
" "the browserstack key we got is $BS
"
far overflow/prose.yml browserstack-access-key "$BS" 40002
# a name on the line above its value (the shape reader)
overflow overflow/shape.yml "items:
" "api_token:
  $TOK
"
far overflow/shape.yml generic-secret "$TOK" 40003
# decoys: the provider's name with nothing of a key's, far below
overflow overflow/decoy/newrelic.yml "items:
" "newrelic:
  license: \${NEW_RELIC_LICENSE_KEY}
  app_name: checkout-$H40
"
silent overflow/decoy/newrelic.yml

finish e2e_harden19
