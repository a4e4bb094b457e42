#!/usr/bin/env bash
# tests/e2e_history.sh - keyhound git on a history of real text made by
# tests/make_history.sh (the benchmark's generator, small): deep delta
# chains as `git repack` leaves them, blobs scanned in pack order over
# more than one run (walk_git.c's release_blobs). Every fake token the
# history ever added must be found, each at a commit whose diff adds it,
# and the report must not depend on the number of workers.
. "$(dirname "$0")/lib.sh"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 LC_ALL=C

# the real text: keyhound's own sources (a fifth of them at first)
R=$T/history.git
HISTORY_SRC=$ROOT/scanner HISTORY_WINDOW=50 bash "$ROOT/tests/make_history.sh" "$R" 1200 >/dev/null ||
	bad "make_history.sh failed"
check "the history is built" test -f "$R/history-complete"
blobs=$(git --git-dir="$R" cat-file --batch-all-objects --batch-check='%(objecttype) %(deltabase)' |
	awk '$1 == "blob" { n++; if ($2 !~ /^0+$/) d++ } END { print n + 0, d + 0 }')
read -r nblobs ndelta <<<"$blobs"
# more blobs than the first run holds (1,024), most of them deltas
if [ "$nblobs" -gt 1100 ] && [ "$ndelta" -gt $((nblobs / 2)) ]; then ok; else
	bad "history: $nblobs blobs, $ndelta deltas: too few for the test"
fi

# what the history adds: token and commit, from git's own diffs
git --git-dir="$R" log --all -p --format='commit %H' --no-renames |
	awk '/^commit / { c = $2 } /^\+/ && match($0, /pat-na1-[0-9a-f-]+/) && RLENGTH == 44 { print substr($0, RSTART, RLENGTH), c }' |
	sort -u >"$T/added"
cut -d' ' -f1 "$T/added" | sort -u >"$T/want"
check "the history adds fake tokens" test -s "$T/want"

expect_exit 1 "keyhound git on the history" -- \
	"$KEYHOUND" git -f json --show-secrets -o "$T/j2.json" "$R"
# every blob and every commit message scanned, once
sources=$(sed -n 's/.* findings* in \([0-9]*\) sources.*/\1/p' "$T/err")
want=$((nblobs + $(git --git-dir="$R" rev-list --all --count)))
if [ "$sources" = "$want" ]; then ok; else
	bad "every blob and message scanned once" "$sources sources, want $want"
fi
jq -r '.[] | select(.rule_id == "hubspot-private-app-token") | .secret' "$T/j2.json" |
	sort -u >"$T/got"
if cmp -s "$T/want" "$T/got"; then ok; else
	bad "every token added is found, no other" "$(diff "$T/want" "$T/got" | head -5)"
fi
jq -r '.[] | select(.rule_id == "hubspot-private-app-token") | "\(.secret) \(.commit.id)"' \
	"$T/j2.json" | sort -u >"$T/placed"
if [ -s "$T/placed" ] && [ -z "$(comm -23 "$T/placed" "$T/added")" ]; then ok; else
	bad "each token is attributed to a commit that adds it" \
		"$(comm -23 "$T/placed" "$T/added" | head -3)"
fi

expect_exit 1 "keyhound git -j1 on the history" -- \
	"$KEYHOUND" git -j1 -f json --show-secrets -o "$T/j1.json" "$R"
check "the report is the same with one worker" cmp "$T/j1.json" "$T/j2.json"

finish e2e_history
