#!/usr/bin/env bash
# End-to-end tests of wave 26's hardening: a long line of `\\npassword=...`
# (an escaped backslash before each n, as a history written into JSON
# twice holds it) is scanned in time linear in its length. The decoded
# layer's findings were mapped back by reading their whole line in the
# layer below once each: a line of 16,000 took 14 s against 0.6 s at a
# quarter. Each case is scanned at 1x and 4x its size and the CPU times
# compared (a ratio of the same machine's times, not a timed assertion:
# linear gives about 4, a reader that walks the whole line for each hit
# 16), with and without a JSON wrapper, beside the single `\n` escape and
# quoted values that were linear already. Every run under a generous
# `timeout`; each case also checks what the scan reports.
. "$(dirname "$0")/lib.sh"

LIMIT=600 # seconds: a hang fails instead of blocking CI
MAXRATIO=9
A=$T/a
mkdir -p "$A"

# linear NAME FILE FORMAT FINDINGS [HEAD TAIL]: FILE holding HEAD, 4,000
# FORMATs ({v}: 14 random letters and digits, the same every run) and
# TAIL, and one of 16,000; the 4x scan must take less than MAXRATIO times
# the 1x one's CPU (0.05 s added to each: a short run's time is mostly
# start-up), and report FINDINGS (a jq test of the 4x report's length).
linear() {
	local name=$1 file=$2 fmt=$3 want=$4 head=${5:-} tail=${6:-}
	for m in 1 4; do
		mkdir -p "$A/$m"
		python3 - "$fmt" "$m" "$A/$m/$file" "$head" "$tail" <<'PY'
import random, string, sys
fmt, m, out, head, tail = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
r = random.Random(26)
with open(out, "w") as f:
    f.write(head)
    for _ in range(4000 * m):
        f.write(fmt.replace("{v}", "".join(r.choice(string.ascii_letters + string.digits) for _ in range(14))))
    f.write(tail + "\n")
PY
	done
	scales_linearly "$name" "$A/1/$file" "$A/4/$file" "$MAXRATIO"
	check "$name: what the 4x line reports ($want)" jq -e "length $want" "$T/out"
	rm -rf "$A/1" "$A/4"
}

linear 'a line of \\npassword=' history.txt '\\npassword={v}7!' '> 15000'
linear 'a JSON string of \\npassword=' history.json '\\npassword={v}7!' '> 15000' \
	'{"history": "' '"}'
linear 'a line of \\npassword="..."' history.txt '\\npassword="{v}7!"' '> 15000'
linear 'a line of \npassword=' history.txt '\npassword={v}7!' '> 15000'
linear 'a JSON string of \npassword="..."' history.json '\npassword=\"{v}7!\"' '> 15000' \
	'{"history": "' '"}'

finish e2e_harden26
