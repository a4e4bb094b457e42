#!/usr/bin/env bash
# tests/bench_audit.sh (from tests/bench.sh): an audit of many repositories
# (tests/make_audit_repos.sh: AUDIT_REPOS small ones and one of
# AUDIT_BLOBS files), timed three ways: one `keyhound git --repos-from`
# run, the same cut into 4 shares run by GNU parallel on this machine and
# merged (deploy/parallel/audit.sh), and the merge alone; then the large
# repository alone, whole and in 4 shares of its blobs. Printed, not
# asserted; each merged report is compared with the single run's.
#   BENCH_DIR     where the repositories live (default /tmp/keyhound-bench)
#   AUDIT_REPOS   small repositories (default 200)
#   AUDIT_BLOBS   files of the large one (default 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
KH=$PWD/keyhound
DIR=${BENCH_DIR:-/tmp/keyhound-bench}
N=${AUDIT_REPOS:-200}
BLOBS=${AUDIT_BLOBS:-20000}
REPOS=$DIR/audit-v2-$N-$BLOBS
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

if ! command -v parallel >/dev/null; then
	echo "audit: GNU parallel not installed: no sharded figures (apt-get install parallel)"
	exit 0
fi
mkdir -p "$DIR"
if [ ! -d "$REPOS" ]; then
	echo "generating $N repositories and one of $BLOBS files in $REPOS"
	rm -rf "$REPOS.partial"
	bash tests/make_audit_repos.sh "$REPOS.partial" "$N" "$BLOBS" >/dev/null
	mv "$REPOS.partial" "$REPOS"
fi
ls -d "$REPOS"/* >"$DIR/audit-list"
work=$(mktemp -d "${TMPDIR:-/tmp}/keyhound-bench-audit.XXXXXX")
trap 'rm -rf "$work"' EXIT

# measure CMD...: sets wall, cpu (s) and rss (MB, the largest process)
measure() {
	local rc=0 user sys
	/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || rc=$?
	[ "$rc" -le 1 ] || { echo "audit: failed: $(head -c 300 "$work/err")"; return 1; }
	read -r wall user sys rss < <(tail -n 1 "$work/time")
	cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
	rss=$((rss / 1024))
}
line() { printf 'audit, %-40s %6.2f s wall  %6.2f s CPU  peak RSS %d MB\n' "$1:" "$wall" "$cpu" "$rss"; }
# timed NAME CMD...: measures and prints
timed() {
	local name=$1
	shift
	measure "$@" && line "$name"
}
# slowest NAME CMD... (with K in it): the 4 shares one after the other;
# prints the slowest, which is the wall time on 4 machines
slowest() {
	local name=$1 k mw=0 mc=0 mr=0 a
	shift
	for k in 1 2 3 4; do
		measure "${@//K\/4/$k/4}" || return 1
		mw=$(awk -v a="$mw" -v b="$wall" 'BEGIN { print (b > a ? b : a) }')
		mc=$(awk -v a="$mc" -v b="$cpu" 'BEGIN { print (b > a ? b : a) }')
		[ "$rss" -le "$mr" ] || mr=$rss
	done
	wall=$mw cpu=$mc rss=$mr
	line "$name"
}

echo "audit: $((N + 1)) repositories ($N small, one of $BLOBS files), $(nproc) cores"
timed "one run (--repos-from)" "$KH" git --repos-from "$DIR/audit-list" -f jsonl -q -o "$work/single.jsonl"
echo "4/:" >"$work/logins"
timed "4 shards by parallel + merge" env KEYHOUND="$KH" \
	bash deploy/parallel/audit.sh -n 4 -S "$work/logins" -f jsonl -o "$work/merged.jsonl" "$DIR/audit-list"
slowest "slowest of the 4 shards, run alone" \
	"$KH" git --repos-from "$DIR/audit-list" --shard K/4 -f jsonl -q -o "$work/k.jsonl"
timed "merge, one report of all findings" "$KH" merge "$work/merged.jsonl" -f json -q -o "$work/again.json"
same() { # NAME A B
	if cmp -s "$2" "$3"; then
		echo "audit: $1: merged report = the single run's ($(wc -l <"$2") findings), byte for byte"
	else
		echo "audit: $1: merged report DIFFERS from the single run's"
	fi
}
same "many repositories" "$work/single.jsonl" "$work/merged.jsonl"
# one repository: the shares split its blobs, each walks every commit
echo "$REPOS/monolith.git" >"$work/one"
timed "large one alone, one run" "$KH" git "$REPOS/monolith.git" -f jsonl -q -o "$work/mono.jsonl"
timed "large one alone, 4 blob shards + merge" env KEYHOUND="$KH" \
	bash deploy/parallel/audit.sh -n 4 -S "$work/logins" -f jsonl -o "$work/mono-merged.jsonl" "$work/one"
slowest "large one, slowest blob shard alone" \
	"$KH" git "$REPOS/monolith.git" --shard K/4 -f jsonl -q -o "$work/k.jsonl"
same "one repository" "$work/mono.jsonl" "$work/mono-merged.jsonl"
