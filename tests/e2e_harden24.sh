#!/usr/bin/env bash
# End-to-end tests of wave 24's hardening: memory per finding. A file of
# short lines that each hold a key is scanned with 10,000 and 100,000
# findings and the peak RSS (/usr/bin/time -f %M) compared: what the
# 90,000 more findings cost, per finding, must stay far under what
# v0.22.0 paid (about 1,300 bytes: the report built whole in memory, a
# JSON object per finding's validation, a copy of each secret for the
# masker; now about 480). A generous bound on memory, not a timing. The
# reports stay what they were (every format, checked on a small scan).
. "$(dirname "$0")/lib.sh"

LIMIT=600
MAX_PER_FINDING=900 # bytes of peak RSS each finding may add
# ASan's quarantine keeps what is freed (256 MB): not ours to measure
export ASAN_OPTIONS="$ASAN_OPTIONS:quarantine_size_mb=0"
A=$T/a
mkdir -p "$A"

# keys N: N lines of a distinct, well-formed AWS access key id each
keys() {
	python3 -c 'import random, sys
r = random.Random(24)
a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
sys.stdout.write("".join("id AKIA%s\n" % "".join(r.choice(a) for _ in range(16))
                         for _ in range(int(sys.argv[1]))))' "$1"
}

# peak N FORMAT: scans a file of N keys (-f FORMAT, to a file); its peak
# RSS in KB in $T/peak, its findings in $T/n
peak() {
	keys "$1" >"$A/keys.txt"
	/usr/bin/time -f %M -o "$T/peak" timeout "$LIMIT" "$KEYHOUND" scan "$A/keys.txt" \
		-q -f "$2" -o "$A/report" --max-file-size 64M 2>"$T/err"
	echo $? >"$T/rc"
	tail -1 "$T/peak" >"$T/peak.kb"
	mv "$T/peak.kb" "$T/peak"
	case $2 in
	json) jq length "$A/report" >"$T/n" ;;
	sarif) jq '.runs[0].results | length' "$A/report" >"$T/n" ;;
	*) wc -l <"$A/report" >"$T/n" ;;
	esac
	rm -f "$A/keys.txt" "$A/report"
}

for fmt in json sarif; do
	peak 10000 "$fmt"
	p1=$(cat "$T/peak") n1=$(cat "$T/n")
	peak 100000 "$fmt"
	p2=$(cat "$T/peak") n2=$(cat "$T/n")
	if [ "$(cat "$T/rc")" != 1 ] || [ "$n2" -lt 95000 ]; then
		bad "$fmt: 100,000 keys" "exit $(cat "$T/rc"), $n2 findings; $(head -c 300 "$T/err")"
		continue
	fi
	per=$(((p2 - p1) * 1024 / (n2 - n1)))
	echo "  $fmt: $n1 findings ${p1} KB, $n2 findings ${p2} KB: $per bytes a finding"
	if [ "$per" -lt "$MAX_PER_FINDING" ]; then ok; else
		bad "$fmt: $per bytes of peak RSS a finding" "at most $MAX_PER_FINDING"
	fi
done

# the streamed report is the report: a small scan's, in every format, to
# stdout (masked) and to a file (with --show-secrets), parses and names
# each key once
keys 300 >"$A/k.txt"
for fmt in json jsonl sarif text baseline; do
	expect_exit 1 "$fmt to a file" -- "$KEYHOUND" scan "$A/k.txt" -q -f "$fmt" --show-secrets -o "$T/$fmt.out"
	expect_exit 1 "$fmt to stdout" -- "$KEYHOUND" scan "$A/k.txt" -q -f "$fmt"
	mv "$T/out" "$T/$fmt.stdout"
done
check "json: 300 findings" jq -e 'length == 300' "$T/json.out"
check "jsonl: 300 lines" test "$(wc -l <"$T/jsonl.out")" = 300
check "sarif: 300 results, rule indexes" jq -e '.runs[0].results | length == 300 and
	all(.[]; .ruleIndex >= 0)' "$T/sarif.out"
check "sarif to stdout: 300 results, no secret" sh -c "jq -e '.runs[0].results | length == 300' '$T/sarif.stdout' && ! grep -q 'AKIA[A-Z2-7]\{16\}' '$T/sarif.stdout'"
check "text: 300 occurrences" test "$(grep -c 'k.txt:' "$T/text.out")" = 300

finish e2e_harden24
