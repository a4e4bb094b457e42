#!/usr/bin/env bash
# End-to-end tests of hex as a decoding (lead fix hex34, after holdout34):
# a provider's key or a password kept as the hex of its bytes and turned
# back by the program (bytes.fromhex, hex2bin, Buffer.from(x, 'hex'),
# xxd -r -p) is found in the decoded text, reported at the hex with
# "decoded": ["hex"]. Hard negatives: digests (sha256, sha1, md5), a UUID
# without dashes, colour lists, hex of text that is no secret, long
# numbers, mixed case.
. "$(dirname "$0")/lib.sh"
batch_scans

# hexfound FILE LINE RULE SECRET HEX: one finding of SECRET by RULE on
# LINE, at the column of HEX, decoded from hex.
hexfound() {
	local col
	col=$(sed -n "$2p" "$T/$1" | awk -v k="$5" '{ print index($0, k) }')
	scan_check "$1: $3 from hex at $2:$col" "$1" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == $r
		 and .[0].line == $l and .[0].column == $c and .[0].decoded == ["hex"]' \
		--arg r "$3" --arg s "$4" --argjson l "$2" --argjson c "$col"
}

GH=ghp_gGDwAIyYfhtxOE1amH8LfYs6ySlezsfZchDJ
GH_HEX=6768705f6747447741497959666874784f4531616d48384c6659733679536c657a73665a6368444a
ST=sk_live_QJ2XyEuDHqxyVp72M8wuDc9y
ST_HEX=736B5F6C6976655F514A32587945754448717879567037324D38777544633979 # upper case: PHP's bin2hex output made upper
SL=xoxb-014011749380-6185437824521-Xbs3wU7gKBDnsWON4BHA96tS
SL_HEX=786f78622d3031343031313734393338302d363138353433373832343532312d58627333775537674b42446e73574f4e3442484139367453
PW=FzF9zOIioiwgwdS2eR
PW_HEX=467a46397a4f49696f697767776453326552

# Python: bytes.fromhex of a GitHub token
mk py/ci.py "import os
GITHUB_TOKEN = bytes.fromhex(\"$GH_HEX\").decode()
"
hexfound py/ci.py 2 github-pat-classic "$GH" "$GH_HEX"
# PHP: hex2bin of a Stripe key in upper-case hex
mk php/pay.php "<?php
\$stripe_key = hex2bin('$ST_HEX');
"
hexfound php/pay.php 2 stripe-secret-key "$ST" "$ST_HEX"
# shell: xxd -r -p of a Slack bot token
mk sh/notify.sh "#!/bin/sh
export SLACK_BOT_TOKEN=\"\$(echo $SL_HEX | xxd -r -p)\"
"
hexfound sh/notify.sh 2 slack-bot-token "$SL" "$SL_HEX"
# Node: a database password from Buffer.from(x, 'hex'), the generic rule's
mk js/db.js "const db_password = Buffer.from('$PW_HEX', 'hex').toString();
"
scan_check "js/db.js: password from hex" js/db.js \
	'[.[] | select(.secret == $s)] | length == 1 and .[0].line == 1 and .[0].decoded == ["hex"]' \
	--arg s "$PW"

# ---- hard negatives: random bytes, ids, colours, text, numbers --------------
mk neg/digests.py 'SHA256 = "bbd8741ee1ddd52ebb9d02867fa67f5e05f7fbcec89a983574999afff4896307"
GIT_SHA1 = "f641e2dd8fbbca4d4ca0e2a47117e091674ff8a7"
md5_digest = "4d8f33742d2c99a40adb30d17bae4778"
SHA256_UPPER = "BBD8741EE1DDD52EBB9D02867FA67F5E05F7FBCEC89A983574999AFFF4896307"
'
silent neg/digests.py
mk neg/ids.py 'request_uuid = "3f2a9c4e7b1d4e8fa6c2d9b03e5f7a18"
palette = "ff6600336699ccff00aa33cc99"
colours = ["#ff6600", "#336699", "#ccff00"]
'
silent neg/ids.py
# hex of plain text ("Hello world, hello again"; "the quick brown fox")
mk neg/text.py 'greeting = bytes.fromhex("48656c6c6f20776f726c642c2068656c6c6f20616761696e").decode()
banner = hex2bin("74686520717569636B2062726F776E20666F78206A756D7073206F766572")
'
silent neg/text.py
# a long number and mixed case: no hex of text
mk neg/numbers.py 'order_number = "555555555555555555555555"
blob = "6768705F6747447741497959666874784F4531616d48384c6659733679536c657a73665a6368444a"
'
silent neg/numbers.py

# a report's "decoded": ["hex"] read back (merge of a sharded run; it
# exits 1: the report holds a secret)
flush_scans
"$KEYHOUND" scan "$T/py/ci.py" -f json -o "$T/hex.json" 2>"$T/err"
check "merge reads decoded hex back" sh -c \
	'"$1" merge "$2" -f json -o "$3"; jq -e ".[0].decoded == [\"hex\"]" "$3"' \
	_ "$KEYHOUND" "$T/hex.json" "$T/merged.json"

finish "e2e_hex34"
