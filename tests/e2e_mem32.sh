#!/usr/bin/env bash
# End-to-end tests of wave 32's report memory (doc/performance.md): the
# masker keeps two digests of each distinct secret instead of a copy
# (report_safe.c), and the stderr summary counts from one sort within the
# spill budget (report_summary.c), made before the report. Here: every
# format's report and the summary the same at every budget; the summary's
# counts as jq makes them from the JSON report; masking still exact; a
# summary's failed sort one line, exit 2, no report; and the memory the
# masker and the summary add a finding.
. "$(dirname "$0")/lib.sh"
spill_suite

# stderr less its timed line and the notes (threads write them in any order)
untimed() { grep -v -e '^keyhound: note:' -e ' in [0-9.]* s$' "$1"; }

# a masked report (json --redact, sarif) and the summary at a budget of
# one byte (every record a run) are the default budget's (text and json
# at tiny budgets: e2e_spill29, e2e_spill31)
same_at_budgets() {
	local name=$1 fmt
	shift
	for fmt in "json --redact" "sarif"; do
		"$@" -f $fmt -o "$T/r.default" 2>"$T/e.default"
		KEYHOUND_SPILL_BYTES=1 "$@" -f $fmt -o "$T/r.1" 2>"$T/e.1"
		check "$name -f $fmt, budget 1: the report" cmp "$T/r.default" "$T/r.1"
		check "  the summary" cmp <(untimed "$T/e.default") <(untimed "$T/e.1")
	done
}

# the summary's lines as jq makes them from the JSON report $1: secrets
# (fingerprints) and places by severity, then by rule and by repository,
# most places first, five named
want_summary() {
	jq -r '
	def plural(n; one; many): if n == 1 then one else many end;
	def tallies(key): [.[] | select(key != null) | {k: key, fp: .fingerprint}]
		| group_by(.k) | map({k: .[0].k, places: length,
			secrets: (map(.fp) | unique | length)})
		| sort_by(-.places, .k);
	def breakdown(key; what; whats): tallies(key) as $t
		| if ($t | length) == 0 then empty else
		"keyhound: by \(what): " + ([$t[:5][] | "\(.k) \(.secrets) in \(.places) "
			+ plural(.places; "place"; "places")] | join(", "))
		+ (if ($t | length) > 5 then ", and \(($t | length) - 5) more \(whats)" else "" end)
		end;
	(map(.fingerprint) | unique | length) as $s
	| "keyhound: \($s) " + plural($s; "secret"; "secrets") + " in \(length) "
		+ plural(length; "place"; "places") + ":"
		+ ([("critical", "high", "medium", "low") as $sev
			| [.[] | select(.severity == $sev)]
			| select(length > 0)
			| " \($sev) \(map(.fingerprint) | unique | length) in \(length)"]
			| join(",")),
	breakdown(.rule_id; "rule"; "rules"),
	breakdown(.repository.path; "repository"; "repositories")' "$1"
}

# the corpus: many rules, secrets in several places
CORPUS=$ROOT/corpus
"$KEYHOUND" scan "$CORPUS" -f json --show-secrets -o "$T/c.json" 2>"$T/c.err"
want_summary "$T/c.json" >"$T/want"
KEYHOUND_SPILL_BYTES=1 "$KEYHOUND" scan "$CORPUS" -f json -o "$T/c1.json" 2>"$T/c1.err"
grep -E '^keyhound: ([0-9]+ secrets? in|by )' "$T/c1.err" >"$T/got"
check "corpus: the summary's counts are the JSON report's" cmp "$T/want" "$T/got"
check "  more than five rules" grep -q 'more rules$' "$T/got"
same_at_budgets "corpus" "$KEYHOUND" scan "$CORPUS"
left_in_tmp "corpus"

# git: places in commits of three repositories, one secret in two
aws_key_lines 30 32 | sed 's/^aws_id=//' >"$A/pool"
for r in app lib tools; do
	git init -q "$A/$r"
	for c in 1 2; do
		sed -n "$((c * 3 + ${#r}))~4p" "$A/pool" | sed 's/^/key = /' >"$A/$r/k$c.env"
		git -C "$A/$r" add -A
		git -C "$A/$r" -c user.name=Dev -c user.email=dev@example.org commit -qm "c$c"
	done
done
"$KEYHOUND" git "$A/app" "$A/lib" "$A/tools" -f json --show-secrets -o "$T/g.json" 2>"$T/g.err"
want_summary "$T/g.json" >"$T/want"
KEYHOUND_SPILL_BYTES=1 "$KEYHOUND" git "$A/app" "$A/lib" "$A/tools" -f json -o "$T/g1.json" \
	2>"$T/g1.err"
grep -E '^keyhound: ([0-9]+ secrets? in|by )' "$T/g1.err" >"$T/got"
check "git: the summary's counts are the JSON report's" cmp "$T/want" "$T/got"
check "  by repository" grep -q '^keyhound: by repository: .*tools' "$T/got"
same_at_budgets "git" "$KEYHOUND" git "$A/app" "$A/lib" "$A/tools"
left_in_tmp "git"

# masking: each secret wherever it is, the longest where two start at
# one place, a near miss never
mkdir -p "$A/mask"
cat >"$A/mask/a.env" <<'EOF'
aws_id=AKIAQ2RRW5XFZ7D3YJ4M
aws_id=AKIAQ2RRW5XFZ7D3YJ4N
EOF
cat >"$A/mask/notes.txt" <<'EOF'
old keys AKIAQ2RRW5XFZ7D3YJ4M and AKIAQ2RRW5XFZ7D3YJ4N, not AKIAQ2RRW5XFZ7D3YJ4P
EOF
cp "$A/mask/a.env" "$A/mask/AKIAQ2RRW5XFZ7D3YJ4M.env"
"$KEYHOUND" scan "$A/mask" -f text -o "$T/m.txt" 2>/dev/null
check "masked: no whole secret in the text report" bash -c "! grep -q 'YJ4[MN]' '$T/m.txt'"
check "  a file named by a secret masked" grep -q 'AKIA\*\*\*\*\*\.env' "$T/m.txt"
"$KEYHOUND" scan "$A/mask" -f sarif -o "$T/m.sarif" 2>/dev/null
check "  nor in SARIF" bash -c "! grep -q 'YJ4[MN]' '$T/m.sarif'"

# a summary's sort that fails: one line, exit 2, no report. merge never
# spills its findings and json has no sort: the summary's alone fails
# (v0.30.0: exit 1, the report, its summary unsorted)
"$KEYHOUND" scan "$CORPUS" -q -f json --show-secrets -o "$A/one.json"
expect_exit 2 "no TMPDIR, the summary's sort" -- env TMPDIR="$T/none" KEYHOUND_SPILL_BYTES=1 \
	"$KEYHOUND" merge "$A/one.json" -f json -o "$T/d.json"
check "  one line naming it" bash -c "[ \"\$(cat '$T/err')\" = \
'keyhound: error: spill file in $T/none: cannot create: No such file or directory' ]"
check "  no report written" test ! -e "$T/d.json"
expect_exit 2 "full disk, the summary's sort, on stdout" -- bash -c "trap '' XFSZ; ulimit -f 2;
	KEYHOUND_SPILL_BYTES=1 exec '$KEYHOUND' merge '$A/one.json' -f json"
check "  names the directory" grep -qx "keyhound: error: spill file in $P: cannot write: File too large" "$T/err"
check "  nothing on stdout" test ! -s "$T/out"
expect_exit 1 "-q: no summary, no sort" -- env TMPDIR="$T/none" KEYHOUND_SPILL_BYTES=1 \
	"$KEYHOUND" merge "$A/one.json" -q -f json -o "$T/d.json"
check "  the report" cmp "$T/d.json" "$A/one.json"
left_in_tmp "errors"

# memory: what the masker and the summary add to the peak a finding,
# from 4,000 to 40,000 distinct secrets under a 64 KiB budget (files of
# 1,000 lines; the growth of the difference, so that constant buffers
# cancel). v0.30.0 (a copy of each secret; 48 bytes a place for the
# summary): the masker 72 bytes, the summary 50. Measured now: the
# masker 5 (12 bytes a secret and a bucket index, in pages the run had
# touched), the summary -4 (its sort within the budget). One worker (-j1):
# with files handed out 32 a batch (wave 40), which worker scans how many
# of m40's files is a race, and each holds its own findings up to its
# share of the budget, so with -j2 the summary's figure swung from -19 to
# 25 bytes over four runs; with -j1, -3 to 6 over five.
mkdir -p "$A/m4" "$A/m40"
aws_key_files "$A/m40/f%d.env" 40 1000 3200
cp "$A"/m40/f[1-4].env "$A/m4"
peak_of() {
	KEYHOUND_SPILL_BYTES=64K /usr/bin/time -f %M -o "$T/peak" timeout "$LIMIT" \
		"$KEYHOUND" scan -j1 "$@" -o "$A/r" 2>"$T/err"
	echo $? >>"$T/rcs"
	tail -1 "$T/peak"
}
# added NAME MAX_BYTES ARGS_WITHOUT -- ARGS_WITH: how much more the peak
# with grows than without, a finding
added() {
	local name=$1 max=$2 without=() with d4 d40 b
	shift 2
	while [ "$1" != -- ]; do without+=("$1"); shift; done
	shift
	: >"$T/rcs"
	d4=$(($(peak_of "$A/m4" "$@") - $(peak_of "$A/m4" "${without[@]}")))
	d40=$(($(peak_of "$A/m40" "$@") - $(peak_of "$A/m40" "${without[@]}")))
	b=$(((d40 - d4) * 1024 / 36000))
	echo "  $name: ${d4} KB more at 4,000 findings, ${d40} KB at 40,000: $b bytes a finding"
	if [ "$(sort -u "$T/rcs")" = 1 ] && [ "$b" -lt "$max" ]; then ok; else
		bad "$name: $b bytes of peak RSS a finding (exits $(sort -u "$T/rcs" | tr '\n' ' '))" \
			"at most $max"
	fi
}
added "the masker, -f text" 40 -q -f text --show-secrets -- -q -f text
added "the summary" 20 -q -f json -- -f json
left_in_tmp "memory"

finish e2e_mem32
