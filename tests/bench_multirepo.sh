#!/usr/bin/env bash
# tests/bench_multirepo.sh - `keyhound git` over many small repositories:
# time and peak RSS for 1 and for BENCH_REPOS (default 1000) of them, with
# and without findings, and the 4 shares of --shard K/4. Memory must not
# grow with their number: exits 1 when the clean fleet's peak RSS is more
# than a quarter (plus 4 MB) over that of ONE repository holding as many
# bytes (both pay the prefilter's one-time Vectorscan database, loaded
# after 256 KiB whatever the number of repositories).
#   BENCH_DIR    where the repositories are generated (default /tmp/keyhound-bench)
#   BENCH_REPOS  how many (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
KH=$PWD/keyhound
DIR=${BENCH_DIR:-/tmp/keyhound-bench}/multirepo
N=${BENCH_REPOS:-1000}
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com

# fleet NAME SECRETS: N copies of a 5-commit repository (with a secret
# in each commit when SECRETS is 1), under $DIR/NAME
fleet() {
	local tpl=$DIR/$1.tpl i
	[ -d "$DIR/$1" ] && return
	rm -rf "$tpl" "$DIR/$1.partial"
	git init -q --template= "$tpl"
	for i in 1 2 3 4 5; do
		seq 1 200 | sed "s/^/line $i of a file /" >"$tpl/f$i.txt"
		if [ "$2" = 1 ]; then
			printf 'token = pat-na1-bdd640fb-0667-4ad1-9c80-%s\n' \
				"$(printf '%s' "$i" | sha256sum | cut -c1-12)" >"$tpl/app$i.env"
		fi
		git -C "$tpl" add .
		git -C "$tpl" commit -qm "commit $i"
	done
	mkdir -p "$DIR/$1.partial"
	for i in $(seq -w 1 "$N"); do cp -r "$tpl" "$DIR/$1.partial/r$i"; done
	mv "$DIR/$1.partial" "$DIR/$1"
}

# run CMD...: sets WALL (s) and RSS (KB); exit 0 or 1 (findings) is fine
run() {
	local rc=0
	/usr/bin/time -f '%e %M' -o "$DIR/time.txt" "$@" >/dev/null 2>"$DIR/stderr.txt" || rc=$?
	read -r WALL RSS < <(tail -n 1 "$DIR/time.txt")
	[ "$rc" -le 1 ] || { cat "$DIR/stderr.txt" >&2; return 1; }
}

# big: one repository with the fleet's content, each copy's files under a
# directory of its own (distinct blobs: as many bytes to scan)
big() {
	local r=$DIR/big i c
	[ -d "$r" ] && return
	rm -rf "$r.partial"
	git init -q --template= "$r.partial"
	for c in 1 2 3 4 5; do
		for i in $(seq -w 1 "$N"); do
			mkdir -p "$r.partial/d$i"
			seq 1 200 | sed "s/^/line $c of a file in $i /" >"$r.partial/d$i/f$c.txt"
		done
		git -C "$r.partial" add .
		git -C "$r.partial" commit -qm "commit $c"
	done
	mv "$r.partial" "$r"
}

mkdir -p "$DIR"
command -v /usr/bin/time >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq time >/dev/null; }
fleet clean 0
fleet secrets 1
big
status=0
run "$KH" git -q -f jsonl "$DIR/big"
big_wall=$WALL big_rss=$RSS
echo "git, one repository with the content of $N: $big_wall s, peak RSS $((big_rss / 1024)) MB"
for f in clean secrets; do
	run "$KH" git -q -f jsonl "$DIR/$f/r$(printf '%0*d' ${#N} 1)"
	one_wall=$WALL one_rss=$RSS
	run "$KH" git -q -f jsonl --discover "$DIR/$f"
	echo "git, $f repositories: 1: $one_wall s, peak RSS $((one_rss / 1024)) MB;" \
		"$N: $WALL s, peak RSS $((RSS / 1024)) MB" \
		"($(awk -v t="$WALL" -v n="$N" 'BEGIN{printf "%.1f", t * 1000 / n}') ms a repository)"
	[ "$f" = clean ] || continue
	if [ "$RSS" -gt $((big_rss * 5 / 4 + 4096)) ]; then
		echo "memory check: FAIL ($N repositories need more than 1.25x the peak RSS of one as large + 4 MB)"
		status=1
	else
		echo "memory check: ok ($N repositories within 1.25x the peak RSS of one as large + 4 MB)"
	fi
done
total=0 max=0
for k in 1 2 3 4; do
	run "$KH" git -q -f jsonl --shard "$k/4" --discover "$DIR/secrets"
	total=$(awk -v a="$total" -v b="$WALL" 'BEGIN{print a + b}')
	[ "$RSS" -gt "$max" ] && max=$RSS
done
echo "git --shard K/4 over $N repositories with secrets: the 4 shares take $total s in all" \
	"(one after another), peak RSS $((max / 1024)) MB"
exit $status
