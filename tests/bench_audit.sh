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

# timed NAME CMD...: wall and CPU seconds, peak RSS of the largest process
timed() {
	local name=$1 rc=0
	shift
	/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || rc=$?
	[ "$rc" -le 1 ] || { echo "audit: $name failed: $(head -c 300 "$work/err")"; return 1; }
	read -r wall user sys rss < <(tail -n 1 "$work/time")
	printf 'audit, %-34s %6.2f s wall  %6.2f s CPU  peak RSS %d MB\n' "$name:" "$wall" \
		"$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" $((rss / 1024))
}

echo "audit: $((N + 1)) repositories ($N small, one of $BLOBS files), $(nproc) cores"
timed "one run (--repos-from)" "$KH" git --repos-from "$DIR/audit-list" -f jsonl -q -o "$work/single.jsonl"
echo "4/:" >"$work/logins"
timed "4 shards by parallel + merge" env KEYHOUND="$KH" \
	bash deploy/parallel/audit.sh -n 4 -S "$work/logins" -f jsonl -o "$work/merged.jsonl" "$DIR/audit-list"
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
same "one repository" "$work/mono.jsonl" "$work/mono-merged.jsonl"
