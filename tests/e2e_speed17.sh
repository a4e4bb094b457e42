#!/usr/bin/env bash
# End-to-end tests of wave 17's libgit2-free pre-commit path: `staged` in
# a plain repository (a work tree's own .git: loose or packed objects,
# HEAD on a branch, detached, unborn, or in packed-refs; run from the top,
# a subdirectory or with the repository named) finds and reads everything
# with keyhound's own readers and never loads libgit2; the top-level
# .keyhoundignore is still found. Every case that is not plain (a linked
# worktree, GIT_DIR, a config extension, a file moved and edited) goes to
# libgit2 and reports the same.
. "$(dirname "$0")/lib.sh"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

# fake HubSpot private-app tokens (pat-REGION-UUID)
S_OLD=pat-na1-4d1e8c07-9b2a-4f63-a5d8-1c7e0b3f9a26   # committed: never reported
S_NEW=pat-na1-a83f2d15-6c49-4e0b-9f72-3d5b8e1a0c64   # a new staged file
S_ADDED=pat-eu1-0e6b9a37-d2c8-4a15-8f3e-7b4c1d9e2a50 # a line added to a committed file
S_IGN=pat-eu1-5c2f7e81-3a9d-4b60-b1e4-8d0a6f2c7e39   # staged under an ignored path
WANT=$(printf '%s\n' "$S_NEW" "$S_ADDED" | sort)

# the repository: one commit (with a subdirectory), then a new file, a
# line added to a committed one and a file the ignore file covers, staged
R=$T/repo
git init -q -b main "$R"
(
	cd "$R" || exit 1
	mkdir -p sub/deep ignored
	printf 'hubspot = "%s"\n' "$S_OLD" >old.env
	{ seq 1 50; } >sub/deep/list.txt
	printf 'ignored/\n' >.keyhoundignore
	git add . && git commit -qm one
	printf 'token = "%s"\n' "$S_NEW" >sub/new.env
	{ seq 1 50; printf 'token = "%s"\n' "$S_ADDED"; } >sub/deep/list.txt
	printf 'token = "%s"\n' "$S_IGN" >ignored/x.env
	git add .
)

# staged_in NAME DIR LOADS [ARGS...]: `staged` run in DIR (with ARGS)
# reports exactly $WANT; LOADS: whether libgit2 is loaded (yes / no).
staged_in() {
	local name=$1 dir=$2 loads=$3 got
	shift 3
	# (whole stacks: libgit2 1.5 leaks through libpcre2 on some repositories)
	(cd "$dir" && LD_DEBUG=files full_stacks "$KEYHOUND" staged "$@" -f json --show-secrets \
		-o "$T/out" 2>"$T/err")
	check "$name: exit 1 (findings)" test $? = 1
	got=$(jq -r '.[].secret' "$T/out" 2>/dev/null | sort)
	check "$name: the staged secrets, only" test "$got" = "$WANT"
	if grep -q 'file=libgit2' "$T/err"; then got=yes; else got=no; fi
	check "$name: libgit2 loaded: $loads" test "$got" = "$loads"
}

staged_in "plain, loose, at the top" "$R" no
staged_in "plain, from a subdirectory" "$R/sub/deep" no
staged_in "plain, named" "$T" no "$R"
git -C "$R" pack-refs --all
staged_in "plain, HEAD's branch in packed-refs" "$R/sub" no
git -C "$R" checkout -q --detach
staged_in "plain, detached HEAD" "$R" no
git -C "$R" checkout -q main

# packed: HEAD's commit and trees read by our pack reader (an old version
# to compare with, packed, is still libgit2's to read)
P=$T/packed
cp -r "$R" "$P" && git -C "$P" reset -q sub/deep/list.txt && git -C "$P" repack -qad &&
	git -C "$P" prune-packed
for rev in HEAD 'HEAD^{tree}'; do
	id=$(git -C "$P" rev-parse "$rev")
	check "packed: $rev not loose" test ! -e "$P/.git/objects/${id:0:2}/${id:2}"
done
WANT=$S_NEW staged_in "plain, packed" "$P/sub" no

U=$T/unborn
git init -q "$U"
printf 'token = "%s"\n' "$S_NEW" >"$U/a.env"
printf 'token = "%s"\n' "$S_ADDED" >"$U/b.env"
git -C "$U" add .
staged_in "plain, no commit yet" "$U" no

# not plain: libgit2 opens the repository, the findings are the same
W=$T/linked
git -C "$R" worktree add -q "$W" 2>/dev/null
(cd "$W" && { seq 1 50; printf 'token = "%s"\n' "$S_ADDED"; } >sub/deep/list.txt &&
	printf 'token = "%s"\n' "$S_NEW" >sub/new.env && git add .)
staged_in "a linked worktree" "$W" yes
GIT_DIR=$R/.git staged_in "GIT_DIR set" "$R" yes
E=$T/ext
cp -r "$R" "$E" && git -C "$E" config core.repositoryformatversion 1 &&
	git -C "$E" config extensions.noop true
staged_in "a config extension" "$E" yes
# a file moved and edited: only libgit2's rename detection tells
M=$T/moved
cp -r "$R" "$M" && git -C "$M" rm -q --cached sub/new.env && rm "$M/sub/new.env" &&
	git -C "$M" mv old.env sub/moved.env &&
	printf 'token = "%s"\n' "$S_NEW" >>"$M/sub/moved.env" &&
	{ seq 1 50; printf 'token = "%s"\n' "$S_ADDED"; } >"$M/sub/deep/list.txt" &&
	git -C "$M" add .
staged_in "moved and edited: libgit2's diff" "$M" yes

# someone else's repository is libgit2's to refuse or open
expect_exit 2 "not a repository" -- "$KEYHOUND" staged "$T/nothing" -f json
check "not a repository: said" grep -q "not a git repository" "$T/err"

finish e2e_speed17
