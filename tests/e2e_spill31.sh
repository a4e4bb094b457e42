#!/usr/bin/env bash
# End-to-end tests of wave 31's spilled text report (report_text.c,
# spill.h's kh_sorter, doc/performance.md): past KEYHOUND_SPILL_BYTES the
# text report's order (a block per secret, blocks by the secret's first
# place, its places under it) is made by sorted runs in an unlinked
# temporary file. Here: the report byte for byte the default budget's at
# tiny budgets (scan, a stream, git history, and merge and git --state,
# whose findings are not spilled but whose text sorts are), its blocks and
# places as the JSON report orders them; a damaged sort, a full disk and
# a missing TMPDIR refused with no report; nothing left in TMPDIR; the
# memory a finding costs under a small budget; time linear in findings.
. "$(dirname "$0")/lib.sh"
spill_suite

# spread N SEED POOL: N lines, each an AWS access key id of the file POOL
# (one a line) picked at random: a secret's places scattered over files,
# first places interleaved
spread() {
	python3 -c 'import random, sys
r = random.Random(int(sys.argv[2]))
pool = open(sys.argv[3]).read().split()
sys.stdout.write("".join("key %d = %s\n" % (i, r.choice(pool)) for i in range(int(sys.argv[1]))))' "$@"
}

aws_key_lines 40 31 | sed 's/^aws_id=//' >"$A/pool"
mkdir -p "$A/tree/app" "$A/tree/tests" "$A/tree/docs"
for i in $(seq 1 10); do spread 30 "$i" "$A/pool" >"$A/tree/app/conf$i.env"; done
spread 8 11 "$A/pool" >"$A/tree/tests/fixture.env"
spread 5 12 "$A/pool" >"$A/tree/docs/setup.md"
cat >"$A/tree/app/settings.py" <<'EOF'
STRIPE_KEY = "sk_live_7fQ29HqLyjWDarjtT1zdp7dcxyz31R"
github = "ghp_Wq8nW3rT6yB1vK5mP0cX9dL2fH7jS4aE1uQz"
DATABASE_PASSWORD = "Vm7vTt2pLw9xRk4z"
EOF
cp "$A/tree/app/settings.py" "$A/tree/docs/settings.example.py"

# text_same NAME CMD...: the text report of CMD (-f text -o FILE) at
# budgets of one byte and 2 KiB (every record a run, runs merged down;
# a few runs) is the default budget's byte for byte, and exits 1
text_same() {
	local name=$1 budget
	shift
	"$@" -f text -o "$T/t.default" 2>"$T/err"
	for budget in 1 2K; do
		expect_exit 1 "$name, budget $budget" -- env KEYHOUND_SPILL_BYTES=$budget \
			"$@" -f text -o "$T/t.$budget"
		check "  the default budget's report" cmp "$T/t.default" "$T/t.$budget"
	done
}

text_same "scan" "$KEYHOUND" scan "$A/tree" -q
text_same "scan --show-secrets -j1" "$KEYHOUND" scan "$A/tree" -q --show-secrets -j1
text_same "scan -j3" "$KEYHOUND" scan "$A/tree" -q -j3
cat "$A"/tree/app/*.env >"$A/stream.txt"
text_same "stdin, 4 KiB chunks" bash -c "'$KEYHOUND' scan - -q --max-file-size 4K \"\$@\" <'$A/stream.txt'" _

# the blocks and places in the order the JSON report gives them: a block
# a fingerprint, blocks by its first place, places in report order
"$KEYHOUND" scan "$A/tree" -q -f json --show-secrets -o "$T/r.json"
jq -r '[.[] | {fp: .fingerprint, at: "\(.file):\(.line):\(.column)"}] | to_entries
	| group_by(.value.fp) | sort_by(.[0].key) | .[]
	| "in \(length) place\(if length == 1 then "" else "s" end)", (.[] | "  - \(.value.at)")' \
	"$T/r.json" >"$T/want"
KEYHOUND_SPILL_BYTES=1 "$KEYHOUND" scan "$A/tree" -q -f text --show-secrets -o "$T/t.txt"
grep -oE '(in [0-9]+ places?$|^  - .*)' "$T/t.txt" >"$T/got"
check "the blocks and places of the JSON report's order" cmp "$T/want" "$T/got"
check "  secrets in several places among them" grep -q 'in [0-9]* places$' "$T/got"
check "  $(grep -c '^  - ' "$T/got") places" test "$(grep -c '^  - ' "$T/got")" = "$(jq length "$T/r.json")"
left_in_tmp "scan"

# git history: places in commits, tags, a message
git init -q "$A/h"
for c in 1 2 3; do
	spread 20 $((c + 40)) "$A/pool" >"$A/h/k$c.env"
	git -C "$A/h" add -A
	git -C "$A/h" -c user.name=Dev -c user.email=dev@example.org commit -qm "commit $c"
done
git -C "$A/h" rm -q k2.env
git -C "$A/h" -c user.name=Dev -c user.email=dev@example.org commit -qm "remove k2" \
	-m "old key $(head -1 "$A/pool") in the message"
git -C "$A/h" tag -a v1 -m "release" 2>/dev/null
text_same "git" "$KEYHOUND" git "$A/h" -q
text_same "git --show-secrets" "$KEYHOUND" git "$A/h" -q --show-secrets
text_same "git --state (findings not spilled, the text sorts are)" \
	"$KEYHOUND" git "$A/h" -q --state "$T/state.db"

# merge: findings from reports in memory, never spilled; the text sorts are
"$KEYHOUND" scan "$A/tree/app" -q -f json --show-secrets -o "$A/one.json"
"$KEYHOUND" scan "$A/tree/docs" -q -f json --show-secrets -o "$A/two.json"
text_same "merge" "$KEYHOUND" merge -q "$A/one.json" "$A/two.json"
left_in_tmp "git and merge"

# a damaged sort, a full disk (a file size limit), no TMPDIR: one line,
# exit 2, no report (v0.29.0 never spilled the text report: exit 1)
for how in flip short; do
	rm -f "$T/d.txt"
	expect_exit 2 "damaged text sort ($how), merge" -- env KEYHOUND_SPILL_DAMAGE=$how \
		KEYHOUND_SPILL_BYTES=1 "$KEYHOUND" merge -q "$A/one.json" -f text -o "$T/d.txt"
	check "  one line: spill file damaged" bash -c "grep -c . '$T/err' | grep -qx 1 &&
		grep -qx 'keyhound: error: spill file damaged' '$T/err'"
	check "  no report written" test ! -e "$T/d.txt"
	expect_exit 2 "damaged spill ($how), scan, on stdout" -- env KEYHOUND_SPILL_DAMAGE=$how \
		KEYHOUND_SPILL_BYTES=1 "$KEYHOUND" scan "$A/tree" -q -f text
	check "  nothing on stdout" test ! -s "$T/out"
done
expect_exit 2 "full disk, text sorts on stdout" -- bash -c "trap '' XFSZ; ulimit -f 2;
	KEYHOUND_SPILL_BYTES=1 exec '$KEYHOUND' merge -q '$A/one.json' -f text"
check "  names the directory" grep -qx "keyhound: error: spill file in $P: cannot write: File too large" "$T/err"
check "  nothing on stdout" test ! -s "$T/out"
expect_exit 2 "no TMPDIR, merge" -- env TMPDIR="$T/none" KEYHOUND_SPILL_BYTES=1 \
	"$KEYHOUND" merge -q "$A/one.json" -f text -o "$T/d.txt"
check "  names it" grep -qx "keyhound: error: spill file in $T/none: cannot create: No such file or directory" "$T/err"
check "  no report written" test ! -e "$T/d.txt"
expect_exit 2 "no TMPDIR, scan" -- env TMPDIR="$T/none" KEYHOUND_SPILL_BYTES=1 \
	"$KEYHOUND" scan "$A/tree" -q -f text
check "  nothing on stdout" test ! -s "$T/out"
left_in_tmp "errors"

# memory: what a finding adds to the peak from 5,000 to 50,000 findings
# (distinct secrets, files of 1,000 lines) under a 256 KiB budget.
# v0.29.0 (never spilled): 260-300 bytes. Spilled, measured: whole secrets
# 20-60 bytes, what is left being the sorts' and merges' buffers; masked
# 130-190: the masker copies each distinct secret (report_safe.c), memory
# that follows the distinct secrets, not the places, and is not spilled
MAX_SHOWN=120 MAX_MASKED=250
aws_key_files "$A/m5/f%d.env" 5 1000 300
aws_key_files "$A/m50/f%d.env" 50 1000 400
peak() {
	spill_peak "$A/report.txt" "$2" -q -f text $1
	grep -c '^  - ' "$A/report.txt" >"$T/n"
}
bytes_per_finding "spilled -f text --show-secrets" "$MAX_SHOWN" --show-secrets "$A/m5" "$A/m50"
bytes_per_finding "spilled -f text (masked)" "$MAX_MASKED" "" "$A/m5" "$A/m50"
left_in_tmp "memory"

# time: 4x the findings, about 4x the CPU, spilled at every record
aws_key_files "$A/lin1/f%d.env" 2 2000 500
aws_key_files "$A/lin4/f%d.env" 8 2000 500
KEYHOUND_SPILL_BYTES=1 scales_linearly "text report spilled" "$A/lin1" "$A/lin4" 6 -f text
left_in_tmp "time"

finish e2e_spill31
