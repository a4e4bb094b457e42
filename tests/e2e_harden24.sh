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

# peak FORMAT INPUT: scans INPUT (-f FORMAT, to a file); its peak RSS in
# KB in $T/peak, its findings in $T/n (lib.sh's bytes_per_finding runs it)
peak() {
	/usr/bin/time -f %M -o "$T/peak" timeout "$LIMIT" "$KEYHOUND" scan "$2" \
		-q -f "$1" -o "$A/report" --max-file-size 64M 2>"$T/err"
	echo $? >"$T/rc"
	tail -1 "$T/peak" >"$T/peak.kb"
	mv "$T/peak.kb" "$T/peak"
	case $1 in
	json) jq length "$A/report" >"$T/n" ;;
	sarif) jq '.runs[0].results | length' "$A/report" >"$T/n" ;;
	*) wc -l <"$A/report" >"$T/n" ;;
	esac
	rm -f "$A/report"
}

aws_key_lines 10000 24 >"$A/small.txt"
aws_key_lines 100000 25 >"$A/large.txt"
for fmt in json sarif; do
	bytes_per_finding "$fmt" "$MAX_PER_FINDING" "$fmt" "$A/small.txt" "$A/large.txt"
done

# the streamed report is the report: a small scan's, in every format, to
# stdout (masked) and to a file (with --show-secrets), parses and names
# each key once
aws_key_lines 300 3 >"$A/k.txt"
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
