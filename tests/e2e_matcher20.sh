#!/usr/bin/env bash
# End-to-end tests of wave 20's matcher: a rule's window that lacks the
# byte run every match of its `secret` group holds (kh_rule.run_set and
# run_len, tests/unit_runs.c) is not searched, and a rule is JIT-compiled
# at its first window that has the run. Each value below is found only
# when its run is read right: both cases under (?i), an optional prefix
# inside the run, a negated class holding UTF-8 bytes, a repeated group;
# in a file of one line, past 65,536 keyword hits (the whole buffer is
# one window), on stdin (interpreted first), and in a later file after
# windows without the run.
. "$(dirname "$0")/lib.sh"

HEX=8F3A9C2E7B1D4F6A0C5E8B2D9F4A7C1E3B6D0F8A2C5E9B4D7F1A3C6E0B8D2F5A
LOW=8f3a9c2e7b1d4f6a0c5e8b2d9f4a7c1e3b6d0f8a2c5e9b4d7f1a3c6e0b8d2f5a
UTF='Zq7€vR2m×X9kLp4nW3sTé'
WORDS='Hq7v R2mX 9kLp 4nW3 sT8b Zq8v'
rule() {
	jq -cn --arg id "$1" --arg k "$2" --arg re "$3" \
		'{id: $id, description: "d", severity: "high", keywords: [$k], regex: $re, remediation: "r"}'
}
printf '{"provider":"acme","rules":[%s,%s,%s,%s]}\n' \
	"$(rule acme-hex zqhexkey '(?i)zqhexkey[ \t]*=[ \t]*(?<secret>(?:0x)?[0-9a-f]{64})(?![0-9a-z])')" \
	"$(rule acme-any zqanykey 'zqanykey: (?<secret>[^\s"]{20,40})(?![^\s"])')" \
	"$(rule acme-words zqwords 'zqwords=(?<secret>[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5})(?![A-Za-z0-9])')" \
	"$(rule acme-late zqlate 'zqlate=(?<secret>[0-9a-f]{40})\b')" >"$T/rules.json"
LATE=3b6d0f8a2c5e9b4d7f1a3c6e0b8d2f5a9c4e1b7d

# each file's window holds only its case
mk one/upper.cfg "zqhexkey = $HEX
ZQHEXKEY = 0x$HEX
"
mk one/lower.cfg "zqhexkey=0x$LOW
"
mk one/any.yml "zqanykey: $UTF
"
mk one/words.env "zqwords=$WORDS
"
expect_exit 1 "runs: exit 1 (findings)" -- "$KEYHOUND" scan "$T/one" -j 1 \
	--rules "$T/rules.json" --show-secrets -f json
check "runs: upper-case hex under (?i), with and without 0x" jq -e --arg h "$HEX" --arg l "$LOW" \
	'[.[] | select(.rule_id == "acme-hex") | .secret] | sort == ([$h, "0x" + $h, "0x" + $l] | sort)' "$T/out"
check "runs: a negated class holds UTF-8 bytes" jq -e --arg u "$UTF" \
	'[.[] | select(.rule_id == "acme-any") | .secret] == [$u]' "$T/out"
check "runs: a repeated group with spaces is one run" jq -e --arg w "$WORDS" \
	'[.[] | select(.rule_id == "acme-words") | .secret] == [$w]' "$T/out"

# past 65,536 keyword hits the rule runs over the whole file
{
	for i in $(seq 1 70000); do echo "zqlate=no"; done
	echo "zqlate=$LATE"
} >"$T/big.txt"
expect_exit 1 "big: exit 1 (findings)" -- "$KEYHOUND" scan "$T/big.txt" -j 1 \
	--rules "$T/rules.json" --show-secrets -f json
check "big: the value after 70,000 keyword lines" jq -e --arg s "$LATE" \
	'[.[] | select(.rule_id == "acme-late") | .secret] == [$s]' "$T/out"

# stdin is interpreted before JIT: windows without the run first
pad=$(head -c 3000 /dev/zero | tr '\0' 'x')
{
	for i in $(seq 1 40); do echo "zqlate=short $pad"; done
	echo "zqlate=$LATE"
} >"$T/stdin.txt"
expect_exit 1 "stdin: exit 1 (findings)" -- bash -c \
	"'$KEYHOUND' scan - --rules '$T/rules.json' --show-secrets -f json <'$T/stdin.txt'"
check "stdin: the value after windows without the run" jq -e --arg s "$LATE" \
	'[.[] | select(.rule_id == "acme-late") | .secret] == [$s]' "$T/out"

# a rule whose first files' windows lack the run JIT-compiles at the one
# that has it
for i in 1 2 3; do mk late/a$i.txt "zqlate=nothing here $i
"; done
mk late/b.txt "zqlate=$LATE
"
expect_exit 1 "late: exit 1 (findings)" -- "$KEYHOUND" scan "$T/late/a1.txt" "$T/late/a2.txt" \
	"$T/late/a3.txt" "$T/late/b.txt" -j 1 --rules "$T/rules.json" --show-secrets -f json
check "late: the value in the last file" jq -e --arg s "$LATE" \
	'[.[] | select(.rule_id == "acme-late") | [.secret, (.file | split("/") | last)]] == [[$s, "b.txt"]]' "$T/out"
check "no sanitizer report" bash -c "! grep -q 'Sanitizer' '$T/err'"

finish e2e_matcher20
