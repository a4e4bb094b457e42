#!/usr/bin/env bash
# tests/e2e_git.sh - `keyhound git`, ranges, --unreachable, --pre-push,
# `keyhound staged` and `install-hook`, on repositories built at test time
# (tests/make_git_fixture.sh for the history; small ones inline).
# shellcheck source=tests/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com
ZERO=0000000000000000000000000000000000000000
R=$T/repo
M=$T/manifest
if ! bash "$ROOT/tests/make_git_fixture.sh" "$R" "$M" >"$T/fixture.log" 2>&1; then
	bad "fixture" "make_git_fixture.sh failed: $(tail -5 "$T/fixture.log")"
	finish e2e_git
	exit 1
fi
fx() { awk -v k="$1" '$1 == k {print $2}' "$M"; }

# "commit file" of every finding of secret $2 in report $1, sorted
where() {
	jq -r --arg s "$2" '.[] | select(.secret == $s) |
		"\(if .commit then .commit.id else "null" end) \(.file // "null")"' "$1" | sort
}
# check_where NAME REPORT SECRET EXPECTED: the findings of SECRET are exactly
# at EXPECTED (lines of "commit file", sorted)
check_where() {
	local got
	got=$(where "$2" "$3")
	if [ "$got" = "$(printf '%s\n' "$4" | sort)" ]; then ok; else
		bad "$1" "got [$got], want [$4]"
	fi
}
# check_jq NAME REPORT FILTER: jq -e FILTER holds on the report
check_jq() {
	if jq -e "$3" "$2" >/dev/null 2>&1; then ok; else
		bad "$1" "jq '$3' does not hold on $(head -c 300 "$2")"
	fi
}
# check_grep NAME FILE PATTERN: fixed string found
check_grep() {
	if grep -qF -- "$3" "$2"; then ok; else bad "$1" "'$3' not in: $(head -c 400 "$2")"; fi
}
blob_of() { git -C "$R" rev-parse "$1"; }
# same_but_repo NAME REPORT: REPORT is the full report, but for the
# repository's path (each finding names the repository as it was given)
same_but_repo() {
	if jq -e --slurpfile f "$F" 'map(del(.repository)) == ($f[0] | map(del(.repository)))' \
		"$2" >/dev/null 2>&1; then ok; else bad "$1" "reports differ beyond .repository"; fi
}

# ---- the whole history ------------------------------------------------------
expect_exit 1 "git: full history" -- "$KEYHOUND" git -f json --show-secrets "$R"
cp "$T/out" "$T/full.json"
cp "$T/err" "$T/full.err"
F=$T/full.json
check_where "added then removed: one finding, at the commit that added it" \
	"$F" "$(fx S_REMOVED)" "$(fx add_config) config/app.env"
check_jq "added then removed: line of the first version" "$F" \
	"[.[] | select(.secret == \"$(fx S_REMOVED)\")][0].line == 2"
check_where "unmerged branch" "$F" "$(fx S_BRANCH)" "$(fx unmerged_secret) src/feature.py"
check_where "deleted branch reachable only from a tag" "$F" "$(fx S_TAGONLY)" \
	"$(fx doomed_secret) notes/doomed.txt"
check_where "merged cleanly: attributed to the branch commit, not the merge" "$F" \
	"$(fx S_SIDE)" "$(fx side_secret) side.txt"
check_where "written by a merge's conflict resolution" "$F" "$(fx S_MERGE)" \
	"$(fx merge) merge.txt"
check_where "renamed file: another path is another finding" "$F" "$(fx S_RENAME)" \
	"$(fx rename_src) old/name.cfg
$(fx rename) new/name.cfg"
check_where "re-added after removal is found again" "$F" "$(fx S_READD)" \
	"$(fx readd_1) readd.txt
$(fx readd_3) readd.txt"
check_where "commit message" "$F" "$(fx S_MSG)" "$(fx message) null"
check_where "git notes" "$F" "$(fx S_NOTE)" "$(fx notes) $(fx message)"
check_where "newest stash entry" "$F" "$(fx S_STASH2)" "$(fx stash_2) README.md"
check_where "older stash entry (only in the stash reflog)" "$F" "$(fx S_STASH1)" \
	"$(fx stash_1) README.md"
check_where "GitHub token" "$F" "$(fx GH)" "$(fx github) .github/ci.txt"
check_jq "GitHub token: its rule" "$F" \
	"[.[] | select(.secret == \"$(fx GH)\")][0].rule_id == \"github-pat-classic\""
check_where "3 KB file under the default --max-file-size" "$F" "$(fx S_BIG)" \
	"$(fx assets) big.txt"
check_where "binary blob skipped" "$F" "$(fx S_BIN)" ""
check_where "LFS pointer file skipped" "$F" "$(fx S_LFS)" ""
check_grep "LFS pointer noted" "$T/full.err" "LFS pointer"
check_where "amended-away blob is not in the history" "$F" "$(fx S_AMENDED)" ""
check_where "dangling blob needs --unreachable" "$F" "$(fx S_DANGLING)" ""
check_jq "14 HubSpot findings, 15 in all" "$F" \
	'([.[] | select(.rule_id == "hubspot-private-app-token")] | length) == 14 and length == 15'
check_grep "submodule noted, not followed" "$T/full.err" "vendor/lib is a submodule"
want_date=$(git -C "$R" show -s --date=format-local:%Y-%m-%dT%H:%M:%SZ --format=%ad "$(fx add_config)")
check_jq "commit fields" "$F" "[.[] | select(.secret == \"$(fx S_REMOVED)\")][0].commit |
	.author == \"Ada Fixture\" and .email == \"ada@example.com\" and
	.date == \"$want_date\" and .message == \"add config\""
check_jq "a message finding has file null and the commit's first line" "$F" \
	"[.[] | select(.secret == \"$(fx S_MSG)\")][0] | .file == null and .commit.message == \"deploy\""
check_jq "findings in history order (oldest commit first)" "$F" \
	"[.[] | .commit.id] | index(\"$(fx add_config)\") < index(\"$(fx readd_3)\")"

expect_exit 1 "git: one worker" -- "$KEYHOUND" git -f json --show-secrets -j 1 "$R"
check "same report with -j 1 (deterministic)" cmp -s "$T/out" "$F"
expect_exit 1 "git: eight workers" -- "$KEYHOUND" git -f json --show-secrets -j 8 "$R"
check "same report with -j 8 (deterministic)" cmp -s "$T/out" "$F"
expect_exit 1 "git: the .git directory" -- "$KEYHOUND" git -f json --show-secrets "$R/.git"
same_but_repo "a .git directory gives the same report" "$T/out"
check_jq "the repository as given" "$T/out" "all(.[]; .repository == {path: \"$R/.git\"})"
git clone -q --mirror "$R" "$T/bare.git"
expect_exit 1 "git: bare mirror" -- "$KEYHOUND" git -f json --show-secrets "$T/bare.git"
check_where "bare mirror: tag-only commit" "$T/out" "$(fx S_TAGONLY)" \
	"$(fx doomed_secret) notes/doomed.txt"
(cd "$R" && "$KEYHOUND" git -f json --show-secrets >"$T/out" 2>"$T/err")
same_but_repo "no REPO: the current directory" "$T/out"
check_jq "no REPO: the repository is ." "$T/out" "all(.[]; .repository.path == \".\")"

# ---- --exclude ------------------------------------------------------------------
expect_exit 1 "git --exclude" -- "$KEYHOUND" git -f json --show-secrets --exclude config --exclude '*.py' "$R"
check_where "git --exclude DIR: nothing under it" "$T/out" "$(fx S_REMOVED)" ""
check_where "git --exclude '*.py'" "$T/out" "$(fx S_BRANCH)" ""
check_jq "git --exclude: messages and other files still reported" "$T/out" \
	"([.[] | select(.secret == \"$(fx S_MSG)\" or .secret == \"$(fx S_SIDE)\")] | length) == 2"
fp_msg=$(jq -r "[.[] | select(.secret == \"$(fx S_MSG)\")][0].fingerprint" "$F")
printf 'config\n%s\n' "$fp_msg" >"$R/.keyhoundignore"
expect_exit 1 "git: .keyhoundignore in the work tree" -- "$KEYHOUND" git -f json --show-secrets "$R"
rm -f "$R/.keyhoundignore"
check_where "git: .keyhoundignore glob" "$T/out" "$(fx S_REMOVED)" ""
check_where "git: .keyhoundignore fingerprint" "$T/out" "$(fx S_MSG)" ""
check_where "git: .keyhoundignore leaves the rest" "$T/out" "$(fx S_SIDE)" "$(fx side_secret) side.txt"

# ---- --unreachable, --max-file-size --------------------------------------------
expect_exit 1 "git --unreachable" -- "$KEYHOUND" git -f json --show-secrets --unreachable "$R"
amended=$(printf 'amend %s\n' "$(fx S_AMENDED)" | git -C "$R" hash-object --stdin)
check_where "--unreachable: amended-away blob, commit null" "$T/out" "$(fx S_AMENDED)" \
	"null blob:$amended"
check_where "--unreachable: dangling blob" "$T/out" "$(fx S_DANGLING)" \
	"null blob:$(fx dangling_blob)"
check_jq "--unreachable: history findings unchanged" "$T/out" 'length == 17'
expect_exit 2 "--unreachable with --branch is refused" -- \
	"$KEYHOUND" git --unreachable --branch main "$R"

expect_exit 1 "git --max-file-size 1K" -- "$KEYHOUND" git -f json --show-secrets --max-file-size 1K "$R"
check_where "--max-file-size: large blob skipped" "$T/out" "$(fx S_BIG)" ""
check_grep "--max-file-size: note names the path" "$T/err" "big.txt"
check_grep "--max-file-size: note names the object" "$T/err" "$(blob_of "$(fx assets):big.txt")"

# ---- narrower walks -------------------------------------------------------------
expect_exit 1 "git --range" -- "$KEYHOUND" git -f json --show-secrets --range "$(fx rename_src)..$(fx readd_3)" "$R"
check_jq "--range: only the commits in the range" "$T/out" \
	"[.[] | .commit.id] | unique == ([\"$(fx rename)\", \"$(fx readd_1)\", \"$(fx readd_3)\"] | sort)"
check_where "--range: renamed file" "$T/out" "$(fx S_RENAME)" "$(fx rename) new/name.cfg"
expect_exit 0 "git --range over an edit around an old secret" -- \
	"$KEYHOUND" git -f json --show-secrets --range "$(fx add_config)..$(fx edit_config)" "$R"
check_jq "--range: the old secret is not new in the edited file" "$T/out" 'length == 0'
expect_exit 1 "git --since-commit" -- "$KEYHOUND" git -f json --show-secrets --since-commit "$(fx readd_3)" "$R"
check_jq "--since-commit: what HEAD added since" "$T/out" \
	"[.[] | .secret] | sort == ([\"$(fx S_MSG)\", \"$(fx GH)\", \"$(fx S_BIG)\"] | sort)"
# the range's hidden end is read with the graph (its message too): only
# what the range adds is reported, not that commit's message
expect_exit 1 "git --range from a commit with a secret in its message" -- \
	"$KEYHOUND" git -f json --show-secrets --range "$(fx message)..$(fx github)" "$R"
check_jq "--range: the hidden commit's message is not reported" "$T/out" \
	"[.[] | .secret] == [\"$(fx GH)\"]"
expect_exit 1 "git --branch" -- "$KEYHOUND" git -f json --show-secrets --branch feature/unmerged "$R"
check_jq "--branch: that branch's history only" "$T/out" \
	"[.[] | .secret] | sort == ([\"$(fx S_REMOVED)\", \"$(fx S_BRANCH)\"] | sort)"
expect_exit 2 "git --branch: unknown revision" -- "$KEYHOUND" git --branch no/such "$R"
check_grep "git --branch: error names it" "$T/err" "no/such"
expect_exit 2 "git --range: not a range" -- "$KEYHOUND" git --range main "$R"

# ---- not a repository, empty repository ------------------------------------------
mkdir -p "$T/plain"
expect_exit 2 "git: not a repository" -- "$KEYHOUND" git "$T/plain"
check_grep "git: not a repository, named" "$T/err" "$T/plain: not a git repository"
expect_exit 2 "staged: not a repository" -- "$KEYHOUND" staged "$T/plain"
expect_exit 2 "install-hook: not a repository" -- "$KEYHOUND" install-hook "$T/plain"
git init -q "$T/empty"
expect_exit 0 "git: no commits yet" -- "$KEYHOUND" git -f json --show-secrets "$T/empty"
check_jq "git: no commits, no findings" "$T/out" 'length == 0'

# ---- corrupt and missing objects --------------------------------------------------
C=$T/corrupt
cp -r "$R" "$C"
gone=$(blob_of "$(fx unmerged_secret):src/feature.py")
rm -f "$C/.git/objects/${gone:0:2}/${gone:2}"
bent=$(blob_of "$(fx doomed_secret):notes")
chmod u+w "$C/.git/objects/${bent:0:2}/${bent:2}"
printf 'garbage' >"$C/.git/objects/${bent:0:2}/${bent:2}"
expect_exit 1 "git: corrupt repository, scan goes on" -- "$KEYHOUND" git -f json --show-secrets "$C"
check_grep "missing blob: warning names it" "$T/err" "$gone"
check_grep "corrupt tree: warning names it" "$T/err" "$bent"
check_where "missing blob: its secret is not reported" "$T/out" "$(fx S_BRANCH)" ""
check_where "corrupt tree: what it held is not reported" "$T/out" "$(fx S_TAGONLY)" ""
check_where "corrupt repository: the rest is attributed as before" "$T/out" \
	"$(fx S_REMOVED)" "$(fx add_config) config/app.env"

# ---- packed objects (the fast read path), deep delta chains ----------------------------
K=$T/packed
cp -r "$R" "$K"
git -C "$K" repack -q -a -d -f --depth=250 --window=50
git -C "$K" prune-packed
check "packed: no loose history objects left" \
	test -z "$(git -C "$K" count-objects -v | awk '$1 == "count:" && $2 > 10')"
expect_exit 1 "git: packed repository" -- "$KEYHOUND" git -f json --show-secrets "$K"
same_but_repo "packed: same report as with loose objects" "$T/out"
expect_exit 1 "git: packed, --max-file-size 1K" -- "$KEYHOUND" git -f json --show-secrets --max-file-size 1K "$K"
check_where "packed: large blob skipped" "$T/out" "$(fx S_BIG)" ""
check_grep "packed: note names the object" "$T/err" "$(blob_of "$(fx assets):big.txt")"
# damage one packed blob in the middle of its data
gone=$(blob_of "$(fx unmerged_secret):src/feature.py")
read -r _ _ _ psize poff < <(git -C "$K" verify-pack -v "$K"/.git/objects/pack/*.idx | awk -v id="$gone" '$1 == id')
pack=$(ls "$K"/.git/objects/pack/*.pack)
chmod u+w "$pack"
printf '\377\377\377\377' | dd of="$pack" bs=1 seek=$((poff + psize / 2)) conv=notrunc 2>/dev/null
expect_exit 1 "git: corrupt packed blob, scan goes on" -- "$KEYHOUND" git -f json --show-secrets "$K"
check_grep "corrupt packed blob: warning names it" "$T/err" "$gone"
check_where "corrupt packed blob: its secret is not reported" "$T/out" "$(fx S_BRANCH)" ""
check_where "corrupt packed blob: the rest as before" "$T/out" "$(fx S_MERGE)" "$(fx merge) merge.txt"
# damage anywhere in the pack or its index (headers, delta instructions,
# fan-out table, offsets): a warning at most, never a crash (ASan exits 99)
# nor a hang, and the same exit code as the release build (when built: a
# leak or a sanitizer report would change it). The offsets are spread over
# the files, the same every run.
RELEASE=${KEYHOUND_RELEASE:-$ROOT/keyhound}
P2=$T/packed2
damage_at() { # FILE OFFSET BYTES
	cp -r "$K" "$P2.tmp" && rm -rf "$P2" && mv "$P2.tmp" "$P2"
	local f
	f=$(ls "$P2"/.git/objects/pack/*."$1")
	chmod u+w "$f"
	printf "$3" | dd of="$f" bs=1 seek="$2" conv=notrunc 2>/dev/null
}
for ext in pack idx; do
	size=$(stat -c %s "$(ls "$K"/.git/objects/pack/*."$ext" | head -1)")
	for i in 0 1 2 3 5 8 13 21 34 55 89; do
		for bytes in '\377\377' '\000'; do
			off=$(((size * i / 97 + i * 7) % size))
			damage_at "$ext" "$off" "$bytes"
			timeout 60 "$KEYHOUND" git -q -f json --show-secrets "$P2" >"$T/out" 2>"$T/err"
			rc=$?
			want=$rc
			if [ -x "$RELEASE" ] && [ "$RELEASE" != "$KEYHOUND" ]; then
				timeout 60 "$RELEASE" git -q -f json "$P2" >"$T/rel.out" 2>&1
				want=$?
			fi
			if [ "$rc" -le 2 ] && [ "$rc" = "$want" ]; then ok; else
				bad "damaged $ext at $off: exit $rc (release: $want)" "$(head -c 300 "$T/err")"
			fi
		done
	done
done

# ---- a pack truncated while the scan has it mapped ---------------------------------------
# The reads of its lost pages fault (SIGBUS); the scan must say so and go
# on. KH_TEST_TRUNCATE_PACK_AFTER=N makes the reader cut the packs of the
# repository it reads (a copy) to half after N objects.
cp -r "$R" "$T/shrunk-src"
git -C "$T/shrunk-src" repack -q -a -d
git -C "$T/shrunk-src" prune-packed
for n in 1 20 60; do
	rm -rf "$T/shrunk" && cp -r "$T/shrunk-src" "$T/shrunk"
	chmod u+w "$T/shrunk"/.git/objects/pack/*.pack
	KH_TEST_TRUNCATE_PACK_AFTER=$n timeout 60 "$KEYHOUND" git -f json --show-secrets "$T/shrunk" \
		>"$T/out" 2>"$T/err"
	rc=$?
	if [ "$rc" -le 1 ]; then ok; else bad "pack truncated after $n objects: exit $rc" "$(head -c 300 "$T/err")"; fi
	check_grep "pack truncated after $n objects: warning says why" "$T/err" "pack file shrank while being read"
	check "pack truncated after $n objects: the report is JSON" jq -e 'type == "array"' "$T/out"
done

# ---- broken refs and objects of no known type ------------------------------------------
B=$T/brokenrefs
cp -r "$R" "$B"
printf 'not a ref at all\n' >"$B/.git/refs/heads/garbled"
printf 'ref: refs/heads/loop-b\n' >"$B/.git/refs/heads/loop-a"
printf 'ref: refs/heads/loop-a\n' >"$B/.git/refs/heads/loop-b"
printf '%s\n' 1234567890123456789012345678901234567890 >"$B/.git/refs/tags/gone"
git -C "$B" symbolic-ref refs/remotes/origin/HEAD refs/remotes/origin/nothing
expect_exit 1 "git: broken refs, scan goes on" -- "$KEYHOUND" git -f json --show-secrets "$B"
check_grep "unreadable ref: warning names it" "$T/err" "ref refs/heads/garbled: cannot read it"
check_grep "symbolic ref loop: warning names it" "$T/err" "ref refs/heads/loop-a: cannot resolve it"
check_grep "ref to a missing commit: warning names it" "$T/err" \
	"ref refs/tags/gone: names 1234567890123456789012345678901234567890, which is missing"
if grep -q "origin/HEAD" "$T/err"; then bad "dangling origin/HEAD is not a warning" "$(cat "$T/err")"; else ok; fi
check_where "broken refs: the rest as before" "$T/out" "$(fx S_MERGE)" "$(fx merge) merge.txt"
# a packed blob whose entry says type 5 (reserved: no object has it)
U=$T/untyped
git init -q "$U"
printf 'plain text\n' >"$U/f.txt"
git -C "$U" add f.txt && git -C "$U" commit -qm one && git -C "$U" repack -q -a -d
git -C "$U" prune-packed
ublob=$(git -C "$U" rev-parse HEAD:f.txt)
read -r _ _ _ _ uoff < <(git -C "$U" verify-pack -v "$U"/.git/objects/pack/*.idx | awk -v id="$ublob" '$1 == id')
upack=$(ls "$U"/.git/objects/pack/*.pack)
chmod u+w "$upack"
python3 -c "import sys
f = open(sys.argv[1], 'r+b'); f.seek(int(sys.argv[2])); b = f.read(1)[0]
f.seek(int(sys.argv[2])); f.write(bytes([(b & 0x8f) | 0x50]))" "$upack" "$uoff"
expect_exit 0 "git: object of a reserved type" -- "$KEYHOUND" git -f json "$U"
check_grep "object of a reserved type: said so" "$T/err" "$ublob is of an unknown type, not a blob"

# ---- a repository being written to while it is scanned ---------------------------------
# A writer commits and repacks (deleting the packs the scan has open) in a
# loop; every scan must finish and report at least the history that was
# there before it started, attributed as in the quiet repository.
W=$T/written
cp -r "$R" "$W"
git -C "$W" repack -q -a -d
(
	i=0
	while [ ! -e "$T/stop-writer" ]; do
		i=$((i + 1))
		printf 'line %s\n' "$i" >>"$W/churn.txt"
		git -C "$W" add churn.txt && git -C "$W" commit -qm "churn $i"
		[ $((i % 3)) = 0 ] && git -C "$W" repack -q -a -d
	done
) >/dev/null 2>&1 &
writer=$!
for i in 1 2 3 4 5; do
	timeout 120 "$KEYHOUND" git -f json --show-secrets "$W" >"$T/out" 2>"$T/err"
	rc=$?
	if [ "$rc" = 1 ]; then ok; else bad "scan during writes #$i: exit $rc" "$(head -c 300 "$T/err")"; fi
	check_where "scan during writes #$i: attribution unchanged" "$T/out" \
		"$(fx S_REMOVED)" "$(fx add_config) config/app.env"
done
touch "$T/stop-writer"
wait "$writer"

# ---- annotated tags and linked worktrees ---------------------------------------------
# A tag's message and a tree a tag names directly are attributed to the tag
# ("tag": {name, id, tagger as author, ...}, no "commit"); a linked
# worktree's detached HEAD is a tip like any ref.
G=$T/tagged
S_TAGMSG=pat-na1-0e3c8a57-4f6b-4e1a-9d2c-7b5a1f3e9c01
S_TAGTREE=pat-na1-5d1f7a2b-8c4e-4b3a-a6f9-2e8d0c7b4a15
S_WORKTREE=pat-na1-9b7e2c4d-1a3f-4d5e-8f6a-0c2b4d6e8f10
git init -q "$G"
printf 'hello\n' >"$G/a.txt"
git -C "$G" add a.txt && git -C "$G" commit -qm one
git -C "$G" tag -a v1 -m "release notes
deploy with $S_TAGMSG"
tb=$(printf 'token %s\n' "$S_TAGTREE" | git -C "$G" hash-object -w --stdin)
tt=$(printf '100644 blob %s\tkeys.txt\n' "$tb" | git -C "$G" mktree)
tt=$(printf '040000 tree %s\tconf\n' "$tt" | git -C "$G" mktree)
git -C "$G" tag -a treetag "$tt" -m "a tree"
git -C "$G" worktree add -q --detach "$T/tagged-wt" HEAD
printf 'x %s\n' "$S_WORKTREE" >"$T/tagged-wt/wt.txt"
git -C "$T/tagged-wt" add wt.txt && git -C "$T/tagged-wt" commit -qm "in the worktree"
wtc=$(git -C "$T/tagged-wt" rev-parse HEAD)
expect_exit 1 "git: tags and worktrees" -- "$KEYHOUND" git -f json --show-secrets "$G"
cp "$T/out" "$T/tagged.json"
check_where "annotated tag message: found, not at a commit" "$T/tagged.json" "$S_TAGMSG" "null null"
check_jq "annotated tag message: attributed to the tag" "$T/tagged.json" \
	"[.[] | select(.secret == \"$S_TAGMSG\")][0].tag | .name == \"v1\" and .id == \"$(git -C "$G" rev-parse v1)\" and .message == \"release notes\""
check_where "tag of a tree: its blob found with its path" "$T/tagged.json" "$S_TAGTREE" "null conf/keys.txt"
check_jq "tag of a tree: attributed to the tag" "$T/tagged.json" \
	"[.[] | select(.secret == \"$S_TAGTREE\")][0].tag.name == \"treetag\""
check_where "linked worktree's detached HEAD is walked" "$T/tagged.json" "$S_WORKTREE" "$wtc wt.txt"
expect_exit 1 "git: opened from the linked worktree" -- "$KEYHOUND" git -f json --show-secrets "$T/tagged-wt"
check_where "opened from the linked worktree: the same findings" "$T/out" "$S_TAGMSG" "null null"
expect_exit 0 "git: tag findings survive --baseline" -- "$KEYHOUND" git -f json --baseline "$T/tagged.json" "$G"
expect_exit 1 "git: tags, text report" -- "$KEYHOUND" git -f text "$G"
check_grep "text report: names the tag" "$T/out" "tag:       treetag"

# ---- partial clone (--filter=blob:none) ------------------------------------------------
# Its blobs stay on the promisor remote: one line says how many are missing,
# and with every blob missing nothing could be scanned (exit 2). The ASan
# build leaks inside libgit2 1.5 on such a repository (repositoryformat-
# version 1): tests/lsan.supp, with full stacks, keeps that from the exit code.
cp -r "$R" "$T/promisor"
git -C "$T/promisor" config uploadpack.allowFilter true
git clone -q --no-local --no-checkout --filter=blob:none "file://$T/promisor" "$T/partial" 2>/dev/null
expect_exit 2 "git: partial clone, every blob missing" -- full_stacks "$KEYHOUND" git -f json "$T/partial"
check_grep "partial clone: says how many blobs are missing, and where they are" "$T/err" \
	"23 blobs are not in this partial clone (promisor remote 'origin')"
check_grep "partial clone: says nothing could be scanned" "$T/err" "nothing could be scanned"
if grep -q "cannot read blob" "$T/err"; then bad "partial clone: no warning per missing blob" "$(head -3 "$T/err")"; else ok; fi
git clone -q --no-local --no-checkout --filter=tree:0 "file://$T/promisor" "$T/partial-trees" 2>/dev/null
expect_exit 2 "git: partial clone without trees" -- full_stacks "$KEYHOUND" git -f json "$T/partial-trees"
check_grep "partial clone without trees: one line for the missing trees" "$T/err" \
	"23 trees (and what is under them) are not in this partial clone (promisor remote 'origin')"
if grep -q "cannot read tree" "$T/err"; then bad "partial clone without trees: no warning per tree" "$(head -3 "$T/err")"; else ok; fi
git -C "$T/partial" checkout -q main 2>/dev/null # fetches the blobs of main's tip
expect_exit 1 "git: partial clone, some blobs here" -- full_stacks "$KEYHOUND" git -f json --show-secrets "$T/partial"
check_grep "partial clone, some blobs here: the rest counted" "$T/err" "blobs are not in this partial clone"
check_where "partial clone, some blobs here: what is here is scanned" "$T/out" "$(fx S_BIG)" \
	"$(fx assets) big.txt"

# ---- shallow clone ---------------------------------------------------------------------
git clone -q --depth 2 "file://$R" "$T/shallow" 2>/dev/null
expect_exit 1 "git: shallow clone" -- "$KEYHOUND" git -f json --show-secrets "$T/shallow"
check_grep "shallow clone noted" "$T/err" "shallow clone"
check_where "shallow: files at the boundary belong to the boundary commit" "$T/out" \
	"$(fx S_RENAME)" "$(fx amended) new/name.cfg"
check_where "shallow: history behind the boundary is not there" "$T/out" "$(fx S_REMOVED)" ""
check_jq "shallow: only the two commits" "$T/out" \
	"[.[] | .commit.id] | unique | . - [\"$(fx amended)\", \"$(fx submodule)\"] | length == 0"

# ---- pre-push, with a bare repository as the remote ------------------------------------
P=$T/push
git init -q -b main "$P"
git init -q --bare "$T/remote.git"
printf 'old %s\n' "$(fx S_REMOVED)" >"$P/old.txt"
git -C "$P" add old.txt
git -C "$P" commit -qm "already published"
git -C "$P" remote add origin "$T/remote.git"
git -C "$P" push -q origin main 2>/dev/null
published=$(git -C "$P" rev-parse main)
git -C "$P" checkout -q -b feat
printf 'new %s\n' "$(fx S_BRANCH)" >"$P/new.txt"
git -C "$P" add new.txt
git -C "$P" commit -qm "feature"
feat=$(git -C "$P" rev-parse feat)
pp() { printf '%s\n' "$@" | "$KEYHOUND" git -f json --show-secrets --pre-push "$P"; }
expect_exit 1 "pre-push: new branch" -- pp "refs/heads/feat $feat refs/heads/feat $ZERO"
check_jq "pre-push: new branch: only what the remote does not have" "$T/out" \
	"[.[] | .secret] == [\"$(fx S_BRANCH)\"]"
git -C "$P" checkout -q main
printf 'more %s\n' "$(fx S_MERGE)" >"$P/more.txt"
git -C "$P" add more.txt
git -C "$P" commit -qm "more"
expect_exit 1 "pre-push: update" -- pp "refs/heads/main $(git -C "$P" rev-parse main) refs/heads/main $published"
check_jq "pre-push: update: only the new commits" "$T/out" "[.[] | .secret] == [\"$(fx S_MERGE)\"]"
expect_exit 0 "pre-push: deletion pushes nothing" -- pp "(delete) $ZERO refs/heads/old $published"
expect_exit 0 "pre-push: nothing to push" -- pp ""
expect_exit 2 "pre-push: malformed line" -- pp "refs/heads/feat not-a-sha refs/heads/feat $ZERO"
expect_exit 0 "install-hook --pre-push" -- "$KEYHOUND" install-hook --pre-push "$P"
check "pre-push hook is executable" test -x "$P/.git/hooks/pre-push"
if git -C "$P" push -q origin feat >"$T/push.log" 2>&1; then
	bad "pre-push hook blocks a secret" "git push succeeded"
else ok; fi
check_grep "pre-push hook: says what to do" "$T/push.log" "push blocked: take the secret out"
if git --git-dir="$T/remote.git" rev-parse -q --verify refs/heads/feat >/dev/null; then
	bad "pre-push hook: the remote did not get the branch"
else ok; fi
git -C "$P" checkout -q -b clean "$published"
printf 'fine\n' >"$P/fine.txt"
git -C "$P" add fine.txt
git -C "$P" commit -qm "clean"
if git -C "$P" push -q origin clean >"$T/push.log" 2>&1; then ok; else
	bad "pre-push hook lets a clean push through" "$(tail -3 "$T/push.log")"
fi

# ---- staged ------------------------------------------------------------------------
S=$T/staged
git init -q -b main "$S"
printf 'hs %s\n' "$(fx S_STASH1)" >"$S/first.txt"
git -C "$S" add first.txt
expect_exit 1 "staged: no commit yet (unborn HEAD)" -- "$KEYHOUND" staged -f json --show-secrets "$S"
check_jq "staged: unborn HEAD: the new file" "$T/out" \
	"length == 1 and .[0].file == \"first.txt\" and .[0].line == 1 and .[0].commit == null"
git -C "$S" commit -qm "first"
printf 'a\nold %s\nc\n' "$(fx S_REMOVED)" >"$S/app.cfg"
git -C "$S" add app.cfg
git -C "$S" commit -qm "app"
printf 'a\nold %s\nc\nd\nnew %s\n' "$(fx S_REMOVED)" "$(fx S_MERGE)" >"$S/app.cfg"
printf 'brand %s\n' "$(fx S_SIDE)" >"$S/brand.txt"
printf 'allowed %s # keyhound:allow\n' "$(fx S_TAGONLY)" >>"$S/brand.txt"
git -C "$S" add app.cfg brand.txt
printf 'unstaged %s\n' "$(fx S_READD)" >>"$S/app.cfg"
expect_exit 1 "staged: modified and new files" -- "$KEYHOUND" staged -f json --show-secrets "$S"
check_jq "staged: the added line, with its line in the staged version" "$T/out" \
	"[.[] | select(.file == \"app.cfg\")] | length == 1 and .[0].secret == \"$(fx S_MERGE)\" and .[0].line == 5"
check_jq "staged: the untouched old secret is not reported" "$T/out" \
	"[.[] | select(.secret == \"$(fx S_REMOVED)\")] | length == 0"
check_jq "staged: a new file is scanned whole" "$T/out" \
	"[.[] | select(.file == \"brand.txt\") | .secret] == [\"$(fx S_SIDE)\"]"
check_jq "staged: unstaged changes are not scanned" "$T/out" \
	"[.[] | select(.secret == \"$(fx S_READD)\")] | length == 0"
expect_exit 1 "staged --exclude" -- "$KEYHOUND" staged -f json --show-secrets --exclude 'brand.*' "$S"
check_jq "staged --exclude: the excluded new file is left out, the rest stays" "$T/out" \
	"([.[] | .file] | unique) == [\"app.cfg\"]"
printf 'brand.*  # vendored\n' >"$S/.keyhoundignore"
expect_exit 1 "staged: .keyhoundignore at the top of the work tree" -- "$KEYHOUND" staged -f json --show-secrets "$S"
check_jq "staged: .keyhoundignore globs applied" "$T/out" "([.[] | .file] | unique) == [\"app.cfg\"]"
mkdir -p "$S/sub/deeper"
(cd "$S/sub/deeper" && "$KEYHOUND" staged -f json --show-secrets >"$T/out" 2>"$T/err")
check_jq "staged from a subdirectory: the top's .keyhoundignore still applies" "$T/out" \
	"([.[] | .file] | unique) == [\"app.cfg\"]"
expect_exit 1 "staged with the .git directory as REPO" -- "$KEYHOUND" staged -f json --show-secrets "$S/.git"
check_jq "staged, .git as REPO: the work tree's .keyhoundignore applies" "$T/out" \
	"([.[] | .file] | unique) == [\"app.cfg\"]"
rm -rf "$S/.keyhoundignore" "$S/sub"
git -C "$S" commit -qm "more"
git -C "$S" checkout -q -- app.cfg
git -C "$S" mv app.cfg moved.cfg
expect_exit 0 "staged: a rename adds nothing" -- "$KEYHOUND" staged -f json --show-secrets "$S"
git -C "$S" commit -qm "moved"
(cd "$S" && "$KEYHOUND" staged -q -f json --show-secrets >"$T/out" 2>"$T/err")
check_jq "staged: no REPO, nothing staged" "$T/out" 'length == 0'
# moved and edited: only the edit is new (rename detection)
git -C "$S" mv moved.cfg again.cfg
printf 'edit %s\n' "$(fx S_NOTE)" >>"$S/again.cfg"
git -C "$S" add again.cfg
expect_exit 1 "staged: a file moved and edited" -- "$KEYHOUND" staged -f json --show-secrets "$S"
check_jq "staged: moved and edited: only the added line" "$T/out" \
	"[.[] | .secret] == [\"$(fx S_NOTE)\"] and .[0].file == \"again.cfg\" and .[0].line == 6"
# the same change through other index formats
git -C "$S" update-index --index-version 4
expect_exit 1 "staged: index version 4" -- "$KEYHOUND" staged -f json --show-secrets "$S"
check_jq "staged: index version 4: same finding" "$T/out" \
	"[.[] | .secret] == [\"$(fx S_NOTE)\"] and .[0].line == 6"
git -C "$S" update-index --index-version 2 --split-index
expect_exit 1 "staged: split index" -- "$KEYHOUND" staged -f json --show-secrets "$S"
check_jq "staged: split index: same finding" "$T/out" \
	"[.[] | .secret] == [\"$(fx S_NOTE)\"] and .[0].line == 6"
git -C "$S" update-index --no-split-index
git -C "$S" commit -qm "again"

# staged: the added lines of each shape of change, as git's diff places
# them (an insertion is found without a diff; the rest goes to libgit2)
Z=$T/shapes
git init -q -b main "$Z"
tok() { printf 'TOKEN=ghp_%s' "$(printf 'shape %s' "$1" | sha256sum | head -c 36)"; }
# shape NAME BASE STAGED WANT: BASE committed, then STAGED staged (printf
# formats; K1, K2: two secrets); WANT: the lines of the findings
shape() {
	local got
	printf "$2" | sed "s/K1/$(tok 1)/g; s/K2/$(tok 2)/g" >"$Z/f.txt"
	git -C "$Z" add f.txt && git -C "$Z" commit -qm "$1" >/dev/null
	printf "$3" | sed "s/K1/$(tok 1)/g; s/K2/$(tok 2)/g" >"$Z/f.txt"
	git -C "$Z" add f.txt
	"$KEYHOUND" staged -q -f json "$Z" >"$T/out" 2>"$T/err"
	got=$(jq -r '[.[] | .line] | map(tostring) | join(" ")' "$T/out")
	if [ "$got" = "$4" ]; then ok; else bad "staged shape: $1" "lines '$got', want '$4'"; fi
	git -C "$Z" commit -qm "$1 staged" >/dev/null
	git -C "$Z" rm -q f.txt && git -C "$Z" commit -qm reset >/dev/null
}
shape "appended" 'a\nK1\n' 'a\nK1\nK2\n' "3"
shape "inserted at the top" 'a\n' 'K1\na\n' "1"
shape "a copy of a line, in a run of equal lines: the lower one" 'a\nK1\nb\n' 'a\nK1\nK1\nb\n' "3"
shape "inserted between, the rest unchanged" 'a\nK1\nb\nc\n' 'a\nK1\nb\nK2\nc\n' "4"
shape "a last line without its newline" 'a\n' 'a\nK1' "2"
shape "appended after a last line without a newline: that line changed too" \
	'a\nK1' 'a\nK1\nK2\n' "2 3"
shape "a line edited and one appended" 'a\nK1\nc\n' 'a\nK1 edited\nc\nK2\n' "2 4"
shape "lines removed only" 'a\nK1\nK2\nb\n' 'a\nb\n' ""

expect_exit 0 "install-hook" -- "$KEYHOUND" install-hook "$S"
check "pre-commit hook is executable" test -x "$S/.git/hooks/pre-commit"
head=$(git -C "$S" rev-parse HEAD)
printf 'leak %s\n' "$(fx S_BIG)" >"$S/leak.txt"
git -C "$S" add leak.txt
if git -C "$S" commit -qm "leak" >"$T/hook.log" 2>&1; then
	bad "pre-commit hook blocks a staged secret" "commit went through"
else ok; fi
check "pre-commit hook: HEAD unchanged" test "$(git -C "$S" rev-parse HEAD)" = "$head"
check_grep "pre-commit hook: says what it found" "$T/hook.log" "leak.txt"
check_grep "pre-commit hook: says what to do" "$T/hook.log" "commit blocked: take the secret out"
git -C "$S" rm -q --cached leak.txt
rm -f "$S/leak.txt"
printf 'x %s\n' "$(fx S_BIG)" >>"$S/again.cfg"
# `git commit -a` stages into a temporary index (GIT_INDEX_FILE)
if git -C "$S" commit -qam "leak via -a" >"$T/hook.log" 2>&1; then
	bad "pre-commit hook sees 'git commit -a'" "commit went through"
else ok; fi
check_grep "pre-commit hook: 'commit -a' blocked by the finding" "$T/hook.log" "hubspot-private-app-token"
git -C "$S" checkout -q -- again.cfg
printf 'fine\n' >"$S/fine.txt"
git -C "$S" add fine.txt
if git -C "$S" commit -qm "fine" >"$T/hook.log" 2>&1; then ok; else
	bad "pre-commit hook lets a clean commit through" "$(tail -3 "$T/hook.log")"
fi
expect_exit 0 "install-hook again updates our own hook" -- "$KEYHOUND" install-hook "$S"
printf '#!/bin/sh\nexit 0\n' >"$S/.git/hooks/pre-commit"
expect_exit 2 "install-hook refuses to overwrite another hook" -- "$KEYHOUND" install-hook "$S"
check_grep "install-hook: says why" "$T/err" "not written by keyhound"
check_grep "install-hook: the other hook is intact" "$S/.git/hooks/pre-commit" "exit 0"

# ---- staged blobs read from their loose objects (git_common.c's loose_read) ----------
# A file that inflates to 170 times its object's size (the read grows its
# buffer), and a loose object that is not zlib: it is left to libgit2,
# which says what is wrong with it, as before.
L=$T/loose
git init -q -b main "$L"
printf 'x\n' >"$L/a.txt"
git -C "$L" add a.txt
git -C "$L" commit -qm a
awk -v s="$(fx S_MERGE)" 'BEGIN { for (i = 0; i < 30000; i++) print "the same line of text, again and again"; print "key " s }' >"$L/big.txt"
printf 'brand %s\n' "$(fx S_SIDE)" >"$L/bad.txt"
git -C "$L" add big.txt bad.txt
b=$(git -C "$L" rev-parse :bad.txt)
chmod u+w "$L/.git/objects/${b:0:2}/${b:2}"
printf 'garbage' >"$L/.git/objects/${b:0:2}/${b:2}"
expect_exit 2 "staged: loose objects, one of them damaged (the hook fails closed)" -- "$KEYHOUND" staged -f json --show-secrets "$L"
check_jq "staged: the large loose blob, read whole" "$T/out" \
	"[.[] | {file, line, secret}] == [{\"file\": \"big.txt\", \"line\": 30001, \"secret\": \"$(fx S_MERGE)\"}]"
check_grep "staged: the damaged loose blob is named" "$T/err" "cannot read blob $b"

finish e2e_git
