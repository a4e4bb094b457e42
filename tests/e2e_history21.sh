#!/usr/bin/env bash
# tests/e2e_history21.sh - what libgit2 reads in a history scan (refs
# peeled, annotated tags, the commits findings name) comes through
# keyhound's own pack reader (git_pack.c's kh_pack_backend_add), not a
# second copy of the pack index and a window libgit2 maps itself: 25 MB
# and 20 MB of resident memory at rails' size. `-v` counts the objects
# the backend gave libgit2 and those it left to libgit2 (not in a pack
# opened at the start): none on a history all packed, and a loose commit
# made after the pack is read by libgit2 as before. The report says what git says of each
# commit: the data must be the same whichever reader gave it.
. "$(dirname "$0")/lib.sh"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 LC_ALL=C

R=$T/repo
A=pat-na1-3c9e1f47-2b8d-4a6e-9f13-5d7c0b2e8a41
B=pat-na1-7a1d5e93-6c2f-4b8a-8e47-1f9d3c6b0a25
C=pat-na1-e4b2a8c6-9d1f-4e3b-a7c5-3b6f1d8e2c97
D=pat-na1-1f6c3e8a-5b9d-4c2e-b8f4-9a2d7e1c5b63
git init -q -b main "$R"
g() { git -C "$R" -c user.name='Ada Quill' -c user.email=ada@example.test "$@"; }
mk repo/app/settings.ini "[hubspot]
token = $A
"
g add -A && GIT_COMMITTER_DATE='2024-03-01T10:00:00Z' GIT_AUTHOR_DATE='2024-03-01T10:00:00Z' \
	g commit -q -m 'settings: the HubSpot app' -m 'second paragraph'
# a commit reachable only through an annotated tag of a tag
g checkout -q -b side
mk repo/side/keys.env "HUBSPOT_TOKEN=$B
"
g add -A && g commit -q -m 'side: keys'
g tag -a -m 'release one' v1
g -c advice.nestedTag=false tag -a -m 'a tag of the tag' v1-signed v1
g checkout -q main
g branch -q -D side
mk repo/app/more.ini "token = $C
"
g add -A && g commit -q -m $'more settings\r'
g gc -q --prune=now
check "everything is packed" test -z "$(find "$R/.git/objects" -path '*/objects/[0-9a-f][0-9a-f]/*' -type f)"

# counts NAME: the -v note's "served missed" from $T/err
counts() {
	local note
	note=$(sed -n 's/.*: libgit2 read \([0-9]*\) objects* through our pack reader, \([0-9]*\) elsewhere$/\1 \2/p' "$T/err")
	echo "${note:-x x}"
}

expect_exit 1 "keyhound git -v, all packed" -- "$KEYHOUND" git -v -f json -o "$T/packed.json" "$R"
read -r served missed <<<"$(counts)"
# each ref's object, the two tags, the commits findings name
if [ "$served" != x ] && [ "$served" -ge 5 ] && [ "$missed" = 0 ]; then ok; else
	bad "all packed: libgit2 reads only through our pack reader" \
		"served $served, missed $missed; $(head -c 300 "$T/err")"
fi

# one commit after the pack: loose, left to libgit2
mk repo/app/late.ini "token = $D
"
g add -A && g commit -q -m 'late settings'
loose=$(find "$R/.git/objects" -path '*/objects/[0-9a-f][0-9a-f]/*' -type f | wc -l)
check "the last commit is loose" test "$loose" -ge 1

expect_exit 1 "keyhound git -v" -- "$KEYHOUND" git -v -f json --show-secrets -o "$T/r.json" "$R"
cp "$T/r.json" "$T/out"
reports "the history" "$A" "$B" "$C" "$D"
read -r served missed <<<"$(counts)"
if [ "$missed" != x ] && [ "$missed" -ge 1 ]; then ok; else
	bad "a loose object is left to libgit2" "served $served, missed $missed"
fi

# each finding's commit as git describes it
for s in "$A" "$B" "$C" "$D"; do
	id=$(jq -r --arg s "$s" '.[] | select(.secret == $s) | .commit.id' "$T/r.json")
	want=$(git -C "$R" log -1 --format='%H|%an|%ae|%aI' "$id" 2>/dev/null)
	got=$(jq -r --arg s "$s" '.[] | select(.secret == $s) |
		"\(.commit.id)|\(.commit.author)|\(.commit.email)|\(.commit.date)"' "$T/r.json")
	# keyhound writes dates in UTC: compare the instants
	w_date=$(date -u -d "${want##*|}" +%s 2>/dev/null)
	g_date=$(date -u -d "${got##*|}" +%s 2>/dev/null)
	if [ -n "$want" ] && [ "${want%|*}" = "${got%|*}" ] && [ "$w_date" = "$g_date" ]; then ok; else
		bad "$s: its commit as git has it" "got [$got], want [$want]"
	fi
done
check "a message's first line, its \\r dropped" jq -e --arg s "$C" \
	'.[] | select(.secret == $s) | .commit.message == "more settings"' "$T/r.json"
check "a message's first paragraph's first line" jq -e --arg s "$A" \
	'.[] | select(.secret == $s) | .commit.message == "settings: the HubSpot app"' "$T/r.json"
side=$(git -C "$R" rev-parse v1^{commit})
check "the commit under a tag of a tag" jq -e --arg s "$B" --arg c "$side" \
	'.[] | select(.secret == $s) | .commit.id == $c and .commit.message == "side: keys"' "$T/r.json"

# SARIF looks findings up in the head's tree: through the same reader
expect_exit 1 "keyhound git -f sarif" -- "$KEYHOUND" git -f sarif -o "$T/r.sarif" "$R"
check "SARIF: four results" jq -e '[.runs[0].results[]] | length == 4' "$T/r.sarif"

finish e2e_history21
