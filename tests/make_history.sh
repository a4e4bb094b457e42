#!/usr/bin/env bash
# tests/make_history.sh REPO [COMMITS] - builds a bare repository whose
# history is made of real text (tests/make_history.py: small edits to real
# files, files added, renamed and deleted, topic branches and merges, tags),
# packed as a mirror of a real project is: `git repack -adf --depth=50
# --window=250`, long delta chains included. A rails-class stand-in for the
# history benchmark (tests/bench_git.sh) where no network reaches rails.
#
#   REPO                  the repository to create (reused when complete)
#   COMMITS               commits (default 50000: about 100k blobs, 2 GB
#                         inflated; a few minutes to build on 2 cores)
#   HISTORY_SRC=/path     the real text (default: the Linux kernel's fs/,
#                         net/ and Documentation/ that tests/bench_real.sh
#                         unpacks into /tmp/keyhound-bench/linux)
#   HISTORY_WINDOW=N      repack's --window (default 250)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repo=${1:?usage: make_history.sh REPO [COMMITS]}
commits=${2:-50000}
src=${HISTORY_SRC:-/tmp/keyhound-bench/linux}
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 LC_ALL=C

[ -f "$repo/history-complete" ] && exit 0
if [ ! -d "$src" ]; then
	BENCH_DIR=$(dirname "$src") bash "$ROOT/tests/bench_real.sh" >/dev/null 2>&1 || true
	[ -d "$src" ] || { echo "make_history.sh: no real text in $src (set HISTORY_SRC)" >&2; exit 2; }
fi
rm -rf "$repo"
git init -q --bare -b main "$repo"
echo "make_history: $commits commits of $src into $repo"
python3 "$ROOT/tests/make_history.py" "$src" "$commits" |
	git -C "$repo" fast-import --quiet --depth=50
echo "make_history: repacking (--window=${HISTORY_WINDOW:-250} --depth=50)"
git -C "$repo" repack -q -a -d -f --depth=50 --window="${HISTORY_WINDOW:-250}"
git -C "$repo" prune-packed
touch "$repo/history-complete"
