#!/usr/bin/env bash
# End-to-end tests of wave 19's hook heap: `staged` starts its heap on a
# 2 MiB boundary and marks the 4 MiB above it for transparent huge pages
# (main.c hook_heap); other commands leave glibc's heap alone. A change
# larger than those 4 MiB grows the heap past them and reports the same.
. "$(dirname "$0")/lib.sh"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

# fake HubSpot private-app tokens (pat-REGION-UUID)
S_NEW=pat-na1-7f3c9e21-4b8d-4a06-9e5f-2d1c8b7a6e30   # a new small file
S_ADDED=pat-eu1-3a9e6d02-c7b1-4f58-8e2d-5b0f4c9a1d73 # a line added to a committed file
S_MID=pat-na1-c2e58b14-9d3a-4e71-a6f0-8b2d7c5e4a19   # inside the 6 MiB file
S_END=pat-eu1-91d4a7c3-5e2b-4c80-b3f9-0a6e2d8c7b54   # its last line
S_OLD=pat-na1-0b7d5e93-2c6a-4f14-9d8e-3f1a0c6b5e27   # committed: never reported

R=$T/repo
git init -q -b main "$R"
(
	cd "$R" || exit 1
	printf 'hubspot = "%s"\n' "$S_OLD" >old.env
	seq 1 40 >list.txt
	git add . && git commit -qm one
	printf 'token = "%s"\n' "$S_NEW" >new.env
	{ seq 1 40; printf 'token = "%s"\n' "$S_ADDED"; } >list.txt
	# 6 MiB of code-like lines: more than the hook's huge pages hold
	awk -v mid="$S_MID" -v end="$S_END" 'BEGIN {
		for (i = 0; i < 150000; i++) {
			if (i == 75000) printf "token = \"%s\"\n", mid
			printf "    value_%d = compute_total(%d, %d) # the count\n", i, i % 97, i % 991
		}
		printf "token = \"%s\"\n", end
	}' >big.py
	git add .
)
check "the big file is over 4 MiB" test "$(wc -c <"$R/big.py")" -gt $((4 << 20))

want=$(printf '%s\n' "$S_NEW" "$S_ADDED" "$S_MID" "$S_END" | sort)
for j in 1 2; do
	"$KEYHOUND" staged -j$j -f json --show-secrets -o "$T/out" "$R" 2>"$T/err"
	check "-j$j: exit 1 (findings)" test $? = 1
	got=$(jq -r '.[].secret' "$T/out" 2>/dev/null | sort)
	check "-j$j: the staged secrets, the big file's too" test "$got" = "$want"
done

# the release build's heap is glibc's (ASan's malloc is its own: there
# hook_heap finds the heap elsewhere and marks nothing)
if ! command -v strace >/dev/null || ldd "$KEYHOUND" | grep -q libasan; then
	echo "e2e_speed19: (no strace, or an ASan build: the madvise checks skipped)"
else
	strace -f -e trace=madvise -o "$T/trace" "$KEYHOUND" staged -q -f json "$R" >/dev/null 2>&1
	check "staged: 4 MiB from a 2 MiB boundary marked for huge pages" \
		grep -Eq 'madvise\(0x[0-9a-f]*[02468ace]00000, 4194304, MADV_HUGEPAGE\)' "$T/trace"
	strace -f -e trace=madvise -o "$T/trace" "$KEYHOUND" scan -q -f json "$R/list.txt" >/dev/null 2>&1
	check "scan: glibc's heap left alone" sh -c "! grep -q MADV_HUGEPAGE '$T/trace'"
fi

finish e2e_speed19
