#!/usr/bin/env bash
# tests/make_git_fixture.sh DIR MANIFEST - builds the git history that
# tests/e2e_git.sh scans, with plain git commands, in DIR (created; must not
# exist). Authors, committers and dates are fixed, so commit ids are the
# same on every run. MANIFEST gets "name value" lines: the fake secrets
# (S_*) and the commits the tests expect findings to be attributed to.
#
# Every secret is a fake HubSpot private app token (pat-na1-<uuid>) on a
# line without keywords, so exactly one built-in rule
# (hubspot-private-app-token) reports it, except GH (a fake GitHub token).
set -euo pipefail

dir=${1:?usage: make_git_fixture.sh DIR MANIFEST}
manifest=${2:?usage: make_git_fixture.sh DIR MANIFEST}

S_REMOVED=pat-na1-bdd640fb-0667-4ad1-9c80-317fa3b1799d  # added, kept, edited around, removed
S_BRANCH=pat-na1-23b8c1e9-3924-46de-beb1-3b9046685257   # only on an unmerged branch
S_TAGONLY=pat-na1-bd9c66b3-ad3c-4d6d-9a3d-1fa7bc8960a9  # on a deleted branch a tag keeps
S_SIDE=pat-na1-972a8469-1641-4f82-8b9d-2434e465e150     # on a branch merged cleanly
S_MERGE=pat-na1-17fc695a-07a0-4a6e-8822-e8f36c031199    # written by a merge's conflict resolution
S_RENAME=pat-na1-9a1de644-815e-46d1-bb8f-aa1837f8a88b   # in a file later renamed
S_READD=pat-na1-b74d0fb1-32e7-4629-8fad-c1a606cb0fb3    # removed, then added again
S_MSG=pat-na1-6b65a6a4-8b81-48f6-b38a-088ca65ed389      # in a commit message
S_BIG=pat-na1-47378190-96da-4dac-b2ff-5d2a386ecbe0      # in a 3 KB file
S_BIN=pat-na1-c241330b-01a9-471f-9e8a-774bcf36d58b      # in a binary file
S_LFS=pat-na1-6c307511-b2b9-437a-a8df-6ec4ce4a2bbd      # in an LFS pointer file
S_NOTE=pat-na1-371ecd7b-27cd-4130-8722-9389571aa876     # in a git note
S_STASH1=pat-na1-1a2a73ed-562b-4f79-8374-59eef50bea63   # in the older stash entry
S_STASH2=pat-na1-5be6128e-18c2-4797-a142-ea7d17be3111   # in the newest stash entry
S_AMENDED=pat-na1-43b7a3a6-9a8d-4a03-980d-7b71d8f56413  # amended away: unreachable
S_DANGLING=pat-na1-759cde66-bacf-43d0-8b1f-9163ce9ff57f # a blob no commit has
GH=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            # fake, valid checksum

[ ! -e "$dir" ] || { echo "make_git_fixture.sh: $dir exists" >&2; exit 2; }
# nothing from the user's or the system's git configuration
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME="Ada Fixture" GIT_AUTHOR_EMAIL=ada@example.com
export GIT_COMMITTER_NAME="Ada Fixture" GIT_COMMITTER_EMAIL=ada@example.com
export TZ=UTC
when=1700000000
tick() {
	when=$((when + 3600))
	export GIT_AUTHOR_DATE="@$when +0000" GIT_COMMITTER_DATE="@$when +0000"
}
: >"$manifest"
note() { echo "$1 ${2:-$(git rev-parse HEAD)}" >>"$manifest"; }
commit() { tick; git commit -q "$@"; }

for v in S_REMOVED S_BRANCH S_TAGONLY S_SIDE S_MERGE S_RENAME S_READD S_MSG \
	S_BIG S_BIN S_LFS S_NOTE S_STASH1 S_STASH2 S_AMENDED S_DANGLING GH; do
	note "$v" "${!v}"
done

git init -q -b main "$dir"
cd "$dir"
git config core.autocrlf false
git config commit.gpgsign false

printf '# demo\n' >README.md
git add README.md
commit -m "initial"
note initial

mkdir -p config src
printf 'region = "eu"\nhubspot = "%s"\nretries = 3\n' "$S_REMOVED" >config/app.env
git add config
commit -m "add config"
note add_config
for i in 1 2 3 4; do
	printf 'step %s\n' "$i" >>src/work.txt
	git add src
	commit -m "work $i"
done
# the file changes around the secret: not a new finding
printf 'region = "us"\nhubspot = "%s"\nretries = 3\n' "$S_REMOVED" >config/app.env
commit -am "edit config"
note edit_config
printf 'region = "us"\nretries = 3\n' >config/app.env
commit -am "remove secret"
note remove_secret

git checkout -q -b feature/unmerged
printf 'client = connect("%s")\n' "$S_BRANCH" >src/feature.py
git add src
commit -m "feature secret"
note unmerged_secret

git checkout -q -b doomed main
mkdir -p notes
printf 'old = %s\n' "$S_TAGONLY" >notes/doomed.txt
git add notes
commit -m "doomed secret"
note doomed_secret
tick
git tag -a archive/doomed -m "archived before deleting the branch"
git checkout -q main
git branch -q -D doomed

printf 'one\ntwo\nthree\n' >merge.txt
git add merge.txt
commit -m "merge base"
git checkout -q -b topic
printf 'hs = %s\n' "$S_SIDE" >side.txt
git add side.txt
commit -m "topic side secret"
note side_secret
printf 'one\ntopic\nthree\n' >merge.txt
commit -am "topic edit"
git checkout -q main
printf 'one\nmain\nthree\n' >merge.txt
commit -am "main edit"
git merge -q topic -m "merge topic" >/dev/null 2>&1 || true
printf 'one\nresolved %s\nthree\n' "$S_MERGE" >merge.txt
git add merge.txt
commit -m "merge topic"
note merge
git branch -q -D topic

mkdir -p old
printf 'key %s\n' "$S_RENAME" >old/name.cfg
git add old
commit -m "rename source"
note rename_src
mkdir -p new
git mv old/name.cfg new/name.cfg
commit -m "rename"
note rename

printf 'again %s\n' "$S_READD" >readd.txt
git add readd.txt
commit -m "readd 1"
note readd_1
git rm -q readd.txt
commit -m "readd 2"
printf 'again %s\n' "$S_READD" >readd.txt
git add readd.txt
commit -m "readd 3"
note readd_3

printf 'deployed\n' >msg.txt
git add msg.txt
commit -m "deploy" -m "used $S_MSG for the deploy"
note message

mkdir -p .github
printf 'login %s\n' "$GH" >.github/ci.txt
git add .github
commit -m "ci login"
note github

{
	printf 'big %s\n' "$S_BIG"
	for i in $(seq 1 100); do printf 'filler line %03d .........................\n' "$i"; done
} >big.txt
printf 'bin\000ary %s\n' "$S_BIN" >bin.dat
printf 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n# %s\n' "$S_LFS" >model.bin
git add big.txt bin.dat model.bin
commit -m "assets"
note assets

printf 'amend %s\n' "$S_AMENDED" >amend.txt
git add amend.txt
commit -m "amend me"
printf 'amend nothing\n' >amend.txt
git add amend.txt
tick
git commit -q --amend -m "amended"
note amended

# a submodule entry (gitlink), not followed
tick
git update-index --add --cacheinfo 160000,1111111111111111111111111111111111111111,vendor/lib
commit -m "submodule"
note submodule

tick
git notes add -m "ticket $S_NOTE" "$(awk '$1 == "message" {print $2}' "$manifest")"
note notes "$(git rev-parse refs/notes/commits)"

printf 'stash %s\n' "$S_STASH1" >>README.md
tick
git stash -q
note stash_1 "$(git rev-parse refs/stash)"
printf 'stash %s\n' "$S_STASH2" >>README.md
tick
git stash -q
note stash_2 "$(git rev-parse refs/stash)"

printf 'dangling %s\n' "$S_DANGLING" >"$dir/../dangling.$$"
note dangling_blob "$(git hash-object -w "$dir/../dangling.$$")"
rm -f "$dir/../dangling.$$"
note head
