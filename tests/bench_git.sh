#!/usr/bin/env bash
# tests/bench_git.sh - speed and memory of `keyhound git` and `keyhound staged`.
#
#   BENCH_REPO=/path   benchmark this repository (never modified) instead of
#                      a generated one
#   BENCH_COMMITS=N    size of the generated history (default 10000; the
#                      memory target is stated for 80000)
#   BENCH_DIR=/path    where to generate (default: a temporary directory,
#                      removed afterwards; a repository already generated
#                      there with the same N is reused)
#   KEYHOUND=/path     the binary (default: ./keyhound)
#   BENCH_HISTORY=N    commits of the real-text history (tests/make_history.sh,
#                      default 50000, cached in BENCH_HISTORY_DIR, default
#                      /tmp/keyhound-bench); 0 skips it. 120000 is rails'
#                      size (issue 12: 118,770 commits, 228k blobs, 4.6 GB):
#                      240k blobs, 5.9 GB, 1.06M objects; building it takes
#                      over an hour (fast-import, then repack --window=250)
#                      on 2 cores (doc/performance.md, "Wave 20")
#   BENCH_RUNS=N       runs of each side, taken in turn (default 3; medians)
#
# Prints the wall time of a full-history scan, MB of blob data scanned per
# second, peak RSS, the time of `git cat-file --batch-all-objects --batch
# --unordered` on the same repository (the cost of inflating every object
# once) and the ratio, and the wall time of `keyhound staged` on a 3-file
# change. Targets (2 cores, issue 12): ratio <= 1.0 on the real-text history
# and peak RSS < 200 MB; ratio <= 1.5 and RSS < 300 MB at 80k synthetic commits;
# staged < 12 ms on a 200-file repository.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KEYHOUND=${KEYHOUND:-$ROOT/keyhound}
COMMITS=${BENCH_COMMITS:-10000}
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 LC_ALL=C

say() { echo "bench_git: $*"; }
[ -x "$KEYHOUND" ] || { echo "bench_git: build keyhound first ($KEYHOUND)" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1 || true
	fi
	[ -x /usr/bin/time ] || { echo "bench_git: needs /usr/bin/time (package 'time')" >&2; exit 2; }
fi
command -v python3 >/dev/null || { echo "bench_git: needs python3 to generate the repository" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/keyhound-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# ---- the repository ----------------------------------------------------------
# A synthetic history written with git fast-import: files of code-like text
# edited a few at a time, renames, deletions, feature branches (most merged,
# some left unmerged), tags, and fake secrets added and later removed. Then
# repacked as `git gc` would, so deltas run newest to oldest as in a real
# repository.
generate() {
	local repo=$1
	git init -q --bare -b main "$repo"
	python3 - "$COMMITS" <<'PY' | git -C "$repo" fast-import --quiet --depth=50
import random, sys

n = int(sys.argv[1])
rnd = random.Random(1234)
out = sys.stdout.buffer
# none of these contains a rule keyword: the scan measures the git side and
# the prefilter; the fake secrets make the rules run now and then
WORDS = ("value", "count", "total", "buffer", "index", "config", "result", "item",
         "user", "order", "cache", "queue", "tally", "entry", "limit", "offset")
mark = 0

def new_mark():
    global mark
    mark += 1
    return mark

def line():
    r = rnd.random()
    a, b = rnd.choice(WORDS), rnd.choice(WORDS)
    if r < 0.4:
        return "    %s_%d = compute_%s(%d, %d)\n" % (a, rnd.randrange(1000), b, rnd.randrange(99), rnd.randrange(9999))
    if r < 0.7:
        return "    if %s_%d > %d: %s.append(%s)\n" % (a, rnd.randrange(1000), rnd.randrange(500), b, a)
    if r < 0.9:
        return "    # %s the %s before the %s\n" % (a, b, rnd.choice(WORDS))
    return "\n"

def fake_secret():
    h = "%032x" % rnd.getrandbits(128)
    return "hs = \"pat-na1-%s-%s-4%s-a%s-%s\"\n" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])

files = {}   # path -> list of lines
paths = []
for i in range(max(200, n // 8)):
    size = rnd.choice((20, 40, 60, 80, 120, 200, 400))
    p = "src/mod%02d/file%04d.py" % (i % 40, i)
    files[p] = ["def f%d():\n" % i] + [line() for _ in range(size)]
    paths.append(p)
when = 1600000000

def blob(lines):
    m = new_mark()
    data = "".join(lines).encode()
    out.write(b"blob\nmark :%d\ndata %d\n" % (m, len(data)))
    out.write(data)
    out.write(b"\n")
    return m

def commit(ref, msg, changes, parent=None, merge=None):
    global when
    when += rnd.randrange(60, 7200)
    m = new_mark()
    msg = msg.encode()
    out.write(b"commit %s\nmark :%d\n" % (ref.encode(), m))
    out.write(b"author Bench <bench@example.com> %d +0000\n" % when)
    out.write(b"committer Bench <bench@example.com> %d +0000\n" % when)
    out.write(b"data %d\n%s\n" % (len(msg), msg))
    if parent:
        out.write(b"from :%d\n" % parent)
    if merge:
        out.write(b"merge :%d\n" % merge)
    for c in changes:
        out.write(c.encode() + b"\n")
    out.write(b"\n")
    return m

# the first commit adds every file
head = commit("refs/heads/main", "initial import",
              ["M 100644 :%d %s" % (blob(files[p]), p) for p in paths])
secrets = []
branches = []
i = 1
while i < n:
    # now and then a feature branch of a few commits, merged or not
    if i % 300 == 0 and i + 12 < n:
        ref = "refs/heads/feature/%d" % i
        tip = head
        first = True
        for k in range(rnd.randrange(3, 10)):
            p = rnd.choice(paths)
            ls = files[p][:]
            ls[rnd.randrange(len(ls))] = line()
            tip = commit(ref, "feature %d step %d" % (i, k),
                         ["M 100644 :%d %s" % (blob(ls), p)], parent=tip if first else None)
            first = False
            i += 1
        if rnd.random() < 0.7:
            head = commit("refs/heads/main", "Merge feature %d" % i, [], parent=head, merge=tip)
            i += 1
        continue
    changes = []
    for _ in range(rnd.choice((1, 1, 2, 2, 3, 4))):
        p = rnd.choice(paths)
        ls = files[p]
        for _ in range(rnd.randrange(1, 6)):
            ls[rnd.randrange(1, len(ls))] = line()
        if rnd.random() < 0.3:
            ls.append(line())
        if rnd.random() < 0.01:
            ls.insert(rnd.randrange(1, len(ls)), fake_secret())
            secrets.append(p)
        elif secrets and rnd.random() < 0.01:
            q = secrets.pop(0)
            files[q] = [l for l in files[q] if "pat-na1" not in l]
            if q != p:
                changes.append("M 100644 :%d %s" % (blob(files[q]), q))
        changes.append("M 100644 :%d %s" % (blob(ls), p))
    if i % 50 == 0:
        # a rename, as git mv
        old = rnd.choice(paths)
        new = old.replace("file", "renamed%d_" % i)
        changes.append("R %s %s" % (old, new))
        files[new] = files.pop(old)
        paths[paths.index(old)] = new
        secrets = [new if s == old else s for s in secrets]
    if i % 97 == 0:
        # a deletion, and a new file
        gone = rnd.choice(paths)
        if gone not in secrets and gone not in [c.split(" ")[-1] for c in changes]:
            changes.append("D %s" % gone)
            paths.remove(gone)
            del files[gone]
        p = "src/new/file%06d.py" % i
        files[p] = [line() for _ in range(rnd.choice((30, 60, 120)))]
        paths.append(p)
        changes.append("M 100644 :%d %s" % (blob(files[p]), p))
    head = commit("refs/heads/main", "change %d" % i, changes, parent=head)
    if i % 1000 == 0:
        out.write(b"reset refs/tags/v%d\nfrom :%d\n\n" % (i // 1000, head))
    i += 1
PY
	# as `git gc` leaves it: one pack, deltas newest to oldest
	git -C "$repo" repack -q -a -d -f --window=10 --depth=50
	git -C "$repo" prune-packed
}

if [ -n "${BENCH_REPO:-}" ]; then
	REPO=$(cd "$BENCH_REPO" && git rev-parse --git-dir) && REPO=$(cd "$BENCH_REPO" && cd "$REPO" && pwd)
	say "repository $BENCH_REPO"
else
	DIR=${BENCH_DIR:-$WORK}
	REPO=$DIR/keyhound-bench-$COMMITS.git
	if [ ! -f "$REPO/bench-complete" ]; then
		rm -rf "$REPO"
		mkdir -p "$DIR"
		say "generating $COMMITS commits in $REPO"
		t0=$(date +%s.%N)
		generate "$REPO"
		touch "$REPO/bench-complete"
		say "generated in $(echo "$(date +%s.%N) - $t0" | bc 2>/dev/null || echo '?') s"
	fi
fi
# ---- keyhound git vs git cat-file ---------------------------------------------------
# measure REPO: keyhound git against git cat-file --batch-all-objects --batch
# --unordered (inflating every object once, on one core), each run RUNS
# times in turn (the machine's load moves both alike); medians.
RUNS=${BENCH_RUNS:-3}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
measure() {
	local repo=$1 i rc
	: >"$WORK/cat.runs"
	: >"$WORK/kh.runs"
	say "$(git --git-dir="$repo" rev-list --all --count) commits, $(du -sm "$repo/objects" | cut -f1) MB of objects, $(nproc) CPUs"
	# warm the page cache once, so both sides read from memory
	git --git-dir="$repo" cat-file --batch-all-objects --batch --unordered >/dev/null
	for i in $(seq "$RUNS"); do
		/usr/bin/time -f '%e %U %S %M' -o "$WORK/t" \
			git --git-dir="$repo" cat-file --batch-all-objects --batch --unordered >/dev/null
		tail -n 1 "$WORK/t" >>"$WORK/cat.runs"
		rc=0
		/usr/bin/time -f '%e %U %S %M' -o "$WORK/t" "$KEYHOUND" git -f json \
			-o "$WORK/report.json" "$repo" 2>"$WORK/keyhound.err" || rc=$?
		if [ "$rc" -gt 1 ]; then
			echo "bench_git: keyhound git failed (exit $rc):" >&2
			head -20 "$WORK/keyhound.err" >&2
			exit 2
		fi
		tail -n 1 "$WORK/t" >>"$WORK/kh.runs"
	done
	cat_s=$(awk '{ print $1 }' "$WORK/cat.runs" | median)
	kh_s=$(awk '{ print $1 }' "$WORK/kh.runs" | median)
	kh_cpu=$(awk '{ print $2 + $3 }' "$WORK/kh.runs" | median)
	kh_rss=$(awk '{ print $4 }' "$WORK/kh.runs" | sort -n | tail -n 1)
	blob_mb=$(sed -n 's/.* distinct blobs* (\([0-9.]*\) MB).*/\1/p' "$WORK/keyhound.err" | tail -1)
	nfind=$(grep -o '"rule_id"' "$WORK/report.json" | wc -l)
	say "keyhound git: $kh_s s wall ($kh_cpu s CPU), peak RSS $((kh_rss / 1024)) MB, $nfind findings (medians of $RUNS)"
	awk -v mb="${blob_mb:-0}" -v s="$kh_s" 'BEGIN { printf "bench_git: blob data scanned: %.1f MB, %.1f MB/s\n", mb, (s > 0 ? mb / s : 0) }'
	awk -v k="$kh_s" -v c="$cat_s" 'BEGIN { printf "bench_git: git cat-file --batch-all-objects --batch --unordered: %s s; keyhound/cat-file = %.2f (target <= 1.0)\n", c, (c > 0 ? k / c : 0) }'
}
measure "$REPO"

# ---- keyhound staged on a 3-file change ----------------------------------------------
# A throw-away clone sharing the objects; an index without a work tree.
S=$WORK/staged
git clone -q --shared --no-checkout "$REPO" "$S" 2>/dev/null
git -C "$S" read-tree HEAD
n=0
for p in $(git -C "$S" ls-files | awk 'NR % 97 == 1' | head -3); do
	id=$( { git -C "$S" cat-file blob ":$p"; printf 'changed = %s\n' "$n"; } | git -C "$S" hash-object -w --stdin)
	git -C "$S" update-index --cacheinfo "100644,$id,$p"
	n=$((n + 1))
done
"$KEYHOUND" staged -q -f json "$S" >/dev/null || true
# median wall time of 21 runs, timed in one python process so the shell's
# own fork and exec are not counted
median_ms() {
	python3 - "$@" <<'PY'
import statistics, subprocess, sys, time
runs = []
for _ in range(21):
    t0 = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    runs.append((time.perf_counter() - t0) * 1000)
print("%.1f" % statistics.median(runs))
PY
}
# page faults of one run (the median of 5): on a VM a first touch of an
# anonymous or copy-on-write page costs ~15 us, more than the CPU a hook
# spends, so they are the figure to watch
page_faults() {
	python3 - "$@" <<'PY'
import resource, statistics, subprocess, sys
runs = []
for _ in range(5):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    runs.append(after.ru_minflt + after.ru_majflt - before.ru_minflt - before.ru_majflt)
print(int(statistics.median(runs)))
PY
}
say "keyhound staged (3 files changed): $(median_ms "$KEYHOUND" staged -q -f json "$S") ms wall, median of 21"
# Issue 12's case: a 200-file repository (this repository's own sources,
# copied round-robin), 3 files changed and staged.
S200=$WORK/staged200
git init -q "$S200"
i=0
for f in $(ls "$ROOT"/scanner/*.c "$ROOT"/scanner/*.h | head -200); do
	cp "$f" "$S200/f$i.${f##*.}"
	i=$((i + 1))
done
while [ "$i" -lt 200 ]; do
	cp "$ROOT/README.md" "$S200/doc$i.md"
	i=$((i + 1))
done
git -C "$S200" add -A
git -C "$S200" -c user.name=b -c user.email=b@b commit -qm base
for f in $(git -C "$S200" ls-files "*.c" | head -3); do echo "/* changed */" >>"$S200/$f"; done
git -C "$S200" add -A
"$KEYHOUND" staged -q -f json "$S200" >/dev/null || true
say "keyhound staged, 200-file repository, 3 files changed: $(median_ms "$KEYHOUND" staged -q -f json "$S200") ms wall, median of 21 (target < 12), $(page_faults "$KEYHOUND" staged -q -f json "$S200") page faults"
say "  for comparison, keyhound scan of an empty file (start-up, rules): $(median_ms "$KEYHOUND" scan -q -f json /dev/null) ms, $(page_faults "$KEYHOUND" scan -q -f json /dev/null) page faults"
say "  and git diff --cached --quiet: $(median_ms git -C "$S" diff --cached --quiet) ms"

# ---- a history of real text ------------------------------------------------------
# tests/make_history.sh: the kernel's text evolved over BENCH_HISTORY commits
# (default 50000, about 2 GB inflated; BENCH_HISTORY=0 skips it), packed as
# a real mirror is; built once (a few minutes) and kept in BENCH_HISTORY_DIR.
HISTORY=${BENCH_HISTORY:-50000}
if [ -z "${BENCH_REPO:-}" ] && [ "$HISTORY" != 0 ]; then
	H=${BENCH_HISTORY_DIR:-/tmp/keyhound-bench}/history-$HISTORY.git
	bash "$ROOT/tests/make_history.sh" "$H" "$HISTORY"
	say "history of real text ($H):"
	measure "$H"
fi
