#!/usr/bin/env bash
# tests/bench_state.sh - what `--state` saves: a first audit of several
# generated repositories against a re-audit after one new commit in each
# (`keyhound git --state FILE --new-only`). The issue's target: the re-run
# costs under 5 % of the first audit.
#
#   BENCH_STATE_REPOS=N     repositories (default 8)
#   BENCH_STATE_COMMITS=N   commits in each (default 3000)
#   KEYHOUND=/path          the binary (default: ./keyhound)
#
# Prints wall and CPU (user + system) seconds of both audits, summed over
# the repositories (one `keyhound git` each), and the ratios.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KEYHOUND=${KEYHOUND:-$ROOT/keyhound}
REPOS=${BENCH_STATE_REPOS:-8}
COMMITS=${BENCH_STATE_COMMITS:-3000}
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 LC_ALL=C TZ=UTC
export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.com

say() { echo "bench_state: $*"; }
[ -x "$KEYHOUND" ] || { echo "bench_state: build keyhound first ($KEYHOUND)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench_state: needs /usr/bin/time (package 'time')" >&2; exit 2; }
command -v python3 >/dev/null || { echo "bench_state: needs python3" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/keyhound-bench-state.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# One repository: COMMITS commits, each changing a few of 400 files of
# code-like text and adding one; a token now and then.
gen() {
	git init -q -b main "$1"
	python3 - "$COMMITS" "$2" <<'EOF' | git -C "$1" fast-import --quiet
import hashlib, random, sys
commits, seed = int(sys.argv[1]), int(sys.argv[2])
rnd = random.Random(seed)
words = "def return value self config client request import from class".split()
def body(n):
    lines = [" ".join(rnd.choice(words) for _ in range(8)) for _ in range(n)]
    if rnd.random() < 0.02:
        lines.append("TOKEN=ghp_" + hashlib.sha256(b"%d %d" % (seed, rnd.random() * 1e9)).hexdigest()[:36])
    return "\n".join(lines) + "\n"
for c in range(commits):
    print("commit refs/heads/main")
    print("committer Bench <bench@example.com> %d +0000" % (1600000000 + c * 60))
    msg = "change %d" % c
    print("data %d\n%s" % (len(msg), msg))
    for k in range(3):
        data = body(40)
        print("M 100644 inline src/m%d/f%d.py" % (rnd.randrange(20), rnd.randrange(20)))
        print("data %d\n%s" % (len(data), data))
    data = body(20)
    print("M 100644 inline new/c%d.txt" % c)
    print("data %d\n%s" % (len(data), data))
EOF
}

# timed CMD...: adds wall and CPU seconds to WALL and CPU; stdout in out.json
WALL=0
CPU=0
timed() {
	local rc=0 w u s
	/usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" "$@" >"$WORK/out.json" 2>"$WORK/err.txt" || rc=$?
	[ "$rc" -le 1 ] || { echo "bench_state: failed: $(head -c 300 "$WORK/err.txt")" >&2; exit 2; }
	read -r w u s < <(tail -n 1 "$WORK/time.txt")
	WALL=$(awk -v a="$WALL" -v b="$w" 'BEGIN { print a + b }')
	CPU=$(awk -v a="$CPU" -v b="$u" -v c="$s" 'BEGIN { print a + b + c }')
}

for i in $(seq 1 "$REPOS"); do gen "$WORK/r$i" "$i"; done
blobs=$(git -C "$WORK/r1" rev-list --objects --all | wc -l)
say "$REPOS repositories of $COMMITS commits ($blobs objects each), $(nproc) cores"

# the first audit with and without --state, alternated repository by
# repository so that both see the same machine load
S=$WORK/audits.db
W0=0 C0=0 W1=0 C1=0
for i in $(seq 1 "$REPOS"); do
	WALL=$W0 CPU=$C0
	timed "$KEYHOUND" git -q -f json "$WORK/r$i"
	W0=$WALL C0=$CPU
	WALL=$W1 CPU=$C1
	timed "$KEYHOUND" git -q -f json --state "$S" "$WORK/r$i"
	W1=$WALL C1=$CPU
done

for i in $(seq 1 "$REPOS"); do
	printf 'TOKEN=ghp_%s\n' "$(printf 'new %s' "$i" | sha256sum | head -c 36)" >"$WORK/new.txt"
	blob=$(git -C "$WORK/r$i" hash-object -w "$WORK/new.txt")
	tree=$(printf '100644 blob %s\tnew-secret.env\n' "$blob" |
		cat - <(git -C "$WORK/r$i" ls-tree main) | git -C "$WORK/r$i" mktree)
	commit=$(git -C "$WORK/r$i" commit-tree "$tree" -p main -m "one more")
	git -C "$WORK/r$i" update-ref refs/heads/main "$commit"
done
WALL=0 CPU=0
new=0
for i in $(seq 1 "$REPOS"); do
	timed "$KEYHOUND" git -q -f json --state "$S" --new-only "$WORK/r$i"
	new=$((new + $(jq length "$WORK/out.json")))
done
W2=$WALL C2=$CPU

say "first audit, no state:   $W0 s wall, $C0 s CPU"
say "first audit, --state:    $W1 s wall, $C1 s CPU (state file $(du -k "$S" | cut -f1) KB)"
say "re-run after 1 commit each, --state --new-only: $W2 s wall, $C2 s CPU"
say "re-run / first audit: $(awk -v a="$W2" -v b="$W1" 'BEGIN { printf "%.1f", 100 * a / b }') % wall, $(awk -v a="$C2" -v b="$C1" 'BEGIN { printf "%.1f", 100 * a / b }') % CPU (target < 5 %)"
say "new findings reported by the re-run: $new (one new secret per repository)"
