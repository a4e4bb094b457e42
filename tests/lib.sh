# tests/lib.sh - shared by the end-to-end test scripts (source it).
#
#   KEYHOUND   the binary under test (the ASan build from `make test`)
#   ok NAME / bad NAME "why"   record one result
#   expect_exit WANT NAME -- CMD...   run CMD, check its exit code
#   silent FILE                scanning $T/FILE gives no finding
#   batch_scans                one scan for all of a suite's found/generic/silent
#   finish NAME                print "NAME: N passed, N failed", exit 0/1
# Every script gets its own scratch directory in $T, removed at exit.

set -u
: "${KEYHOUND:?set KEYHOUND to the keyhound binary}"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/keyhound-test.XXXXXX")
# readonly: a suite that names a value T would write into the working tree
readonly T
trap 'rm -rf "$T"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:exitcode=99}
# leaks inside libraries (libgit2 1.5), not ours: see tests/lsan.supp
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:exitcode=99}
export NO_COLOR=1
PASSED=0
FAILED=0

# full_stacks CMD...: runs CMD with whole malloc stacks, so that a leak
# inside libgit2 (reached through libpcre2, which has no frame pointers)
# shows its libgit2 frame and tests/lsan.supp matches it. Slow: only for
# the commands that open a repository libgit2 1.5 leaks on.
full_stacks() { ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0" "$@"; }

ok() { PASSED=$((PASSED + 1)); }
bad() { FAILED=$((FAILED + 1)); echo "FAIL: $1${2:+: $2}" >&2; }

# expect_exit WANT NAME -- CMD...: the command's stdout is left in $T/out,
# its stderr in $T/err.
expect_exit() {
	local want=$1 name=$2 got
	shift 3
	"$@" >"$T/out" 2>"$T/err"
	got=$?
	if [ "$got" = "$want" ]; then ok; else
		bad "$name" "exit $got, want $want; stderr: $(head -c 400 "$T/err")"
	fi
}

# check NAME CMD...: passes when CMD succeeds. Its output is shown only
# when it fails.
check() {
	local name=$1
	shift
	if "$@" >"$T/check.out" 2>&1; then ok; else
		bad "$name" "$(head -c 400 "$T/check.out")"
	fi
}

# mk FILE TEXT: writes TEXT to $T/FILE, making its directory (a file
# whose checks are queued is checked first: see batch_scans).
mk() {
	[ -z "${QUEUED[$1]:-}" ] || flush_scans
	mkdir -p "$(dirname "$T/$1")"
	printf '%s' "$2" >"$T/$1"
}

# scan_check NAME FILE FILTER [JQ ARGS...]: the JSON report of $T/FILE
# (--show-secrets) passes the jq test FILTER, checked as NAME; the report
# is left in $T/out. After batch_scans the check is queued instead, and
# one scan of every queued file checks each against its own findings: a
# suite of hundreds of small cases paid a sanitizer build's start-up
# (0.1 s of CPU) and the engine's for each.
declare -A QUEUED=()
Q_NAME=() Q_FILE=() Q_TEST=() Q_ARGS=() Q_SUM=()
BATCH=''
scan_check() {
	local name=$1 file=$2 filter=$3
	shift 3
	if [ -z "$BATCH" ]; then
		"$KEYHOUND" scan "$T/$file" -f json --show-secrets -o "$T/out" 2>"$T/err"
		check "$name" jq -e "$@" "$filter" "$T/out"
		return
	fi
	# no report of an earlier scan left to be read as this file's
	rm -f "$T/out" "$T/err"
	QUEUED[$file]=1
	Q_NAME+=("$name") Q_FILE+=("$file") Q_TEST+=("$filter")
	Q_ARGS+=("${*:+$(printf '%q ' "$@")}") Q_SUM+=("$(cksum <"$T/$file")")
}

# batch_scans: scan_check (and found, generic, silent) queue their checks
# from here on, run by flush_scans: at finish, or when mk rewrites a
# queued file. A file changed otherwise after its check was queued
# fails that check rather than check what it holds now; $T/out and
# $T/err are gone until the flush, so a suite that reads them after a
# queued check fails instead of reading an earlier scan's.
batch_scans() { BATCH=1; }
flush_scans() {
	local i args files
	[ "${#Q_FILE[@]}" -gt 0 ] || return 0
	mapfile -t files < <(printf "$T/%s\n" "${!QUEUED[@]}")
	"$KEYHOUND" scan "${files[@]}" -f json --show-secrets -o "$T/batch.json" 2>"$T/err"
	for i in "${!Q_FILE[@]}"; do
		if [ "$(cksum <"$T/${Q_FILE[i]}")" != "${Q_SUM[i]}" ]; then
			bad "${Q_NAME[i]}" "${Q_FILE[i]} changed after its check was queued"
			continue
		fi
		eval "args=(${Q_ARGS[i]})"
		check "${Q_NAME[i]}" jq -e --arg f "$T/${Q_FILE[i]}" "${args[@]}" \
			"[.[] | select(.file == \$f or (.file | startswith(\$f + \"!\") or startswith(\$f + \"/\")))] | ${Q_TEST[i]}" \
			"$T/batch.json"
	done
	mv "$T/batch.json" "$T/out"
	QUEUED=() Q_NAME=() Q_FILE=() Q_TEST=() Q_ARGS=() Q_SUM=()
}

# each_exactly DIR: scanning $T/DIR gives each file's own secret, listed in
# $T/DIR.want as "FILE<TAB>SECRET" lines, and nothing else.
each_exactly() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/$1.json" 2>"$T/err"
	check "$1: each file its secret" jq -e --rawfile w "$T/$1.want" \
		'([.[] | "\(.file | split("/") | last)\t\(.secret)"] | sort) ==
		 ($w | split("\n") | map(select(length > 0)) | sort)' "$T/$1.json"
}

# found FILE LINE RULE SECRET: scanning $T/FILE gives one finding of
# SECRET, by RULE, on LINE at the column where SECRET stands, and not in a
# decoded copy.
found() {
	local col
	col=$(sed -n "$2p" "$T/$1" | awk -v k="$4" '{ print index($0, k) }')
	scan_check "$1: $3 at $2:$col" "$1" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == $r
		 and .[0].line == $l and .[0].column == $c and (.[0] | has("decoded") | not)' \
		--arg r "$3" --arg s "$4" --argjson l "$2" --argjson c "$col"
}

# reports NAME SECRET...: the JSON report in $T/out holds exactly these
# secrets (--show-secrets), whatever the places.
reports() {
	local name=$1 want got
	shift
	want=$(printf '%s\n' "$@" | sort | paste -sd' ')
	got=$(jq -r '[.[].secret] | unique | .[]' "$T/out" 2>/dev/null | sort | paste -sd' ')
	if [ "$got" = "$want" ]; then ok; else bad "$name: findings" "got [$got], want [$want]"; fi
}

# generic FILE LINE VALUE: VALUE reported once on LINE by a generic rule
# (generic-password or generic-secret: which one the value's look decides).
generic() {
	scan_check "$1: generic at $2" "$1" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].line == $l and
		 (.[0].rule_id | test("^generic-(password|secret)$"))' --arg s "$3" --argjson l "$2"
}

# secrets_exactly FILE SECRET...: the report of $T/FILE holds exactly these
# secrets (a pool's values each, none whole).
secrets_exactly() {
	local f=$1
	shift
	scan_check "$f: exactly [$*]" "$f" '[.[].secret] | unique == ($w | split(" ") | unique)' \
		--arg w "$*"
}

# silent FILE: scanning $T/FILE gives no finding (JSON report in $T/out).
silent() {
	scan_check "$1: no finding" "$1" 'length == 0'
}

# cpu RUNS FILE ARGS...: user+system CPU seconds of scanning FILE with
# -j1 (the least of RUNS runs, each under a generous timeout: $LIMIT
# seconds, 600 unless set) in $T/cpu; the exit code in $T/rc, the report
# in $T/out. For the size-ratio checks of the hardening suites.
cpu() {
	local runs=$1 f=$2 best='' t
	shift 2
	for _ in $(seq "$runs"); do
		t=$( { TIMEFORMAT='%3U %3S'; time timeout "${LIMIT:-600}" "$KEYHOUND" scan "$f" -j1 -q \
			-f json -o "$T/out" "$@" 2>"$T/err"; echo $? >"$T/rc"; } 2>&1 | tail -1 |
			awk '{ print $1 + $2 }')
		best=$(awk -v a="${best:-$t}" -v b="$t" 'BEGIN { print (a < b ? a : b) }')
	done
	echo "$best" >"$T/cpu"
}

# under_ratio C1 C4 MAX: (C4 + 0.05) / (C1 + 0.05) < MAX (0.05 s added to
# each CPU time: a short run's time is mostly start-up)
under_ratio() {
	awk -v a="$1" -v b="$2" -v r="$3" 'BEGIN { exit !((b + 0.05) / (a + 0.05) < r) }'
}

# scales_linearly NAME FILE1 FILE4 MAXRATIO [ARGS...]: scanning FILE4 (4x
# FILE1's size) costs under MAXRATIO times FILE1's CPU (best of 2 runs
# each; a linear scan is about 4), and exits 0 or 1; the report of FILE4
# is left in $T/out. ARGS are added to the scan's (-f text: that report).
# FILE4's second run only when its first is over the ratio: a second run
# can only lower the best time, so it cannot turn a pass into a failure.
scales_linearly() {
	local name=$1 f1=$2 f4=$3 max=$4 c1 c4
	shift 4
	cpu 2 "$f1" "$@"
	c1=$(cat "$T/cpu")
	cpu 1 "$f4" "$@"
	c4=$(cat "$T/cpu")
	if [ "$(cat "$T/rc")" -le 1 ] && ! under_ratio "$c1" "$c4" "$max"; then
		cpu 1 "$f4" "$@"
		c4=$(awk -v a="$c4" -v b="$(cat "$T/cpu")" 'BEGIN { print (a < b ? a : b) }')
	fi
	if [ "$(cat "$T/rc")" -gt 1 ]; then
		bad "$name: 4x scan" "exit $(cat "$T/rc"); $(head -c 300 "$T/err")"
	elif under_ratio "$c1" "$c4" "$max"; then
		ok
		echo "  $name: 1x ${c1}s, 4x ${c4}s"
	else
		bad "$name: not linear" "1x ${c1}s, 4x ${c4}s"
	fi
}

# aws_key_lines N SEED: N lines of a distinct, well-formed AWS access key
# id each (the memory suites' findings)
# aws_key_files PATTERN FILES N SEED: files PATTERN % 1..FILES (a printf
# pattern: "$A/m5/f%d.env"), the i-th the aws_key_lines of N, SEED + i:
# one python start (0.1-0.5 s of CPU) for all, not one a file
AWS_KEYS_PY='import random, sys
a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
def lines(n, seed):
    r = random.Random(seed)
    return "".join("aws_id=AKIA%s\n" % "".join(r.choice(a) for _ in range(16)) for _ in range(n))
n, seed = int(sys.argv[1]), int(sys.argv[2])
if len(sys.argv) == 3:
    sys.stdout.write(lines(n, seed))
else:
    for i in range(1, int(sys.argv[4]) + 1):
        open(sys.argv[3] % i, "w").write(lines(n, seed + i))'
aws_key_lines() { python3 -c "$AWS_KEYS_PY" "$1" "$2"; }
# walk_tree DIR LINE: 40 small files in a/sub .. d/sub, LINE in
# c/sub/key.env and a 100,000-byte a/big.txt (longer than a first read):
# the tree whose system calls e2e_inputs and e2e_uring40 count
walk_tree() {
	local d i
	for d in a b c d; do
		mkdir -p "$1/$d/sub"
		for i in 1 2 3 4 5 6 7 8 9 10; do printf 'x = %s%s\n' "$d" "$i" >"$1/$d/sub/f$i.txt"; done
	done
	printf '%s\n' "$2" >"$1/c/sub/key.env"
	head -c 100000 /dev/zero | tr '\0' 'x' >"$1/a/big.txt"
}
aws_key_files() {
	mkdir -p "$(dirname "$1")"
	python3 -c "$AWS_KEYS_PY" "$3" "$4" "$1" "$2"
}

# scan_report FILE: the JSON report of $T/FILE in $T/out (--show-secrets);
# the holds_* checks below read it and name FILE
scan_report() {
	CUR=$1
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
}
# holds_once LINE VALUE: the report holds VALUE once, on LINE
# once FILE LINE VALUE: VALUE reported once, on LINE, by whichever rule
# (a network's key is wifipsk's, a password generic's).
once() {
	scan_check "$1: $3 at $2" "$1" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].line == $l' \
		--arg s "$3" --argjson l "$2"
}
holds_once() {
	check "$CUR: $2 on line $1" jq -e --arg s "$2" --argjson l "$1" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].line == $l' "$T/out"
}
# holds_none VALUE: the report holds no finding of VALUE
holds_none() {
	check "$CUR: no $1" jq -e --arg s "$1" '[.[] | select(.secret == $s)] | length == 0' "$T/out"
}
# holds_count N: the report holds N findings
holds_count() {
	check "$CUR: $1 findings" jq -e --argjson n "$1" 'length == $n' "$T/out"
}

# bytes_per_finding LABEL MAX ARG SMALL LARGE: the peak RSS each finding
# adds from the run on SMALL to the run on LARGE, at most MAX bytes. The
# suite's own `peak ARG INPUT` runs keyhound and leaves its peak (KB) in
# $T/peak, its findings in $T/n, its exit code in $T/rc.
bytes_per_finding() {
	local p1 n1 p2 n2 b
	peak "$3" "$4"
	p1=$(cat "$T/peak") n1=$(cat "$T/n")
	peak "$3" "$5"
	p2=$(cat "$T/peak") n2=$(cat "$T/n")
	if [ "$(cat "$T/rc")" != 1 ] || [ "$n2" -lt $((n1 * 5)) ]; then
		bad "$1" "exit $(cat "$T/rc"), $n1 then $n2 findings; $(head -c 300 "$T/err")"
		return
	fi
	b=$(((p2 - p1) * 1024 / (n2 - n1)))
	echo "  $1: $n1 findings ${p1} KB, $n2 findings ${p2} KB: $b bytes a finding"
	if [ "$b" -lt "$2" ]; then ok; else
		bad "$1: $b bytes of peak RSS a finding" "at most $2"
	fi
}

# spill_suite: the spill suites' setup: inputs in $A; $P the runs' own
# TMPDIR, so that what is left in it is what a run left (left_in_tmp)
spill_suite() {
	LIMIT=600
	export ASAN_OPTIONS="$ASAN_OPTIONS:quarantine_size_mb=0"
	A=$T/a
	P=$T/tmp
	mkdir -p "$A" "$P"
	export TMPDIR=$P
}

left_in_tmp() {
	check "$1: nothing left in TMPDIR" bash -c "[ -z \"\$(ls -A '$P')\" ]"
}

# spill_peak REPORT ARGS...: `keyhound scan ARGS -o REPORT` under a 256
# KiB spill budget; its peak RSS (KB) in $T/peak, its exit code in $T/rc
# (for a suite's own `peak`, read by bytes_per_finding)
spill_peak() {
	local report=$1
	shift
	KEYHOUND_SPILL_BYTES=256K /usr/bin/time -f %M -o "$T/peak" timeout "$LIMIT" \
		"$KEYHOUND" scan -j1 "$@" -o "$report" 2>"$T/err"
	echo $? >"$T/rc"
	tail -1 "$T/peak" >"$T/peak.kb"
	mv "$T/peak.kb" "$T/peak"
}

finish() {
	flush_scans
	echo "$1: $PASSED passed, $FAILED failed"
	[ "$FAILED" = 0 ]
}
