#!/usr/bin/env bash
# tests/e2e_history20.sh - the bound on the pack maps' resident pages
# (git_pack.c's MAP_RESIDENT) covers the packs' indexes too: a lookup per
# tree and blob touches every page of an index in time (28 bytes an
# object, 30 MB at rails' size), outside the allowance until wave 20.
# KH_TEST_MAP_RESIDENT=1 makes every check drop the pages: the report
# must stay byte for byte the same, and (where strace is installed) the
# drop must name the index as well as the pack.
. "$(dirname "$0")/lib.sh"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 LC_ALL=C

R=$T/history.git
HISTORY_SRC=$ROOT/scanner HISTORY_WINDOW=50 bash "$ROOT/tests/make_history.sh" "$R" 1200 >/dev/null ||
	bad "make_history.sh failed"
check "the history is built" test -f "$R/history-complete"

expect_exit 1 "keyhound git on the history" -- \
	"$KEYHOUND" git -f json --show-secrets -o "$T/plain.json" "$R"
check "the history has findings" test -s "$T/plain.json"
expect_exit 1 "keyhound git, pages dropped at every check" -- \
	env KH_TEST_MAP_RESIDENT=1 "$KEYHOUND" git -f json --show-secrets -o "$T/dropped.json" "$R"
check "the report is the same when the maps' pages are dropped" \
	cmp "$T/plain.json" "$T/dropped.json"

# the drop names the index: madvise(addr, the .idx's size, MADV_DONTNEED)
if command -v strace >/dev/null 2>&1; then
	idx=$(stat -c %s "$R"/objects/pack/*.idx)
	pack=$(stat -c %s "$R"/objects/pack/*.pack)
	env KH_TEST_MAP_RESIDENT=1 strace -f -qq -e trace=madvise -o "$T/trace" \
		"$KEYHOUND" git -q -f json -o "$T/traced.json" "$R" >/dev/null 2>&1
	if grep -q ", $pack, MADV_DONTNEED" "$T/trace"; then ok; else
		bad "the pack's pages are dropped" "$(head -3 "$T/trace")"
	fi
	if grep -q ", $idx, MADV_DONTNEED" "$T/trace"; then ok; else
		bad "the index's pages are dropped with the pack's" "$(grep -c DONTNEED "$T/trace") drops"
	fi
else
	echo "e2e_history20: strace not installed, the index drop is not traced" >&2
fi

finish e2e_history20
