#!/usr/bin/env bash
# tests/e2e_multirepo.sh - `keyhound git` over many repositories (REPO...,
# --repos-from, --discover), the repository of each finding, credentials
# kept out of URLs, unreadable repositories, and --shard K/N.
# shellcheck source=tests/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com
TOKEN=ghp_notarealtokenbutlongenough1234567890
W=$T/w
mkdir -p "$W"

# check_jq NAME REPORT FILTER: jq -e FILTER holds on the report
check_jq() {
	if jq -e "$3" "$2" >/dev/null 2>&1; then ok; else
		bad "$1" "jq '$3' does not hold on $(head -c 300 "$2")"
	fi
}
check_grep() {
	if grep -qF -- "$3" "$2"; then ok; else bad "$1" "'$3' not in: $(head -c 400 "$2")"; fi
}
check_no_grep() {
	if grep -qF -- "$3" "$2"; then bad "$1" "'$3' found in $2"; else ok; fi
}
# mkrepo DIR N: a repository with one commit adding a secret unique to N
mkrepo() {
	git init -q "$1"
	printf 'token = pat-na1-bdd640fb-0667-4ad1-9c80-%s\n' \
		"$(printf '%s' "$2" | sha256sum | cut -c1-12)" >"$1/app.env"
	git -C "$1" add app.env
	git -C "$1" commit -qm "add $2"
}
# repos REPORT: the repository paths of its findings, sorted, unique
repos() { jq -r '[.[] | .repository.path] | unique | .[]' "$1"; }

cd "$W" || exit 1
mkrepo alpha 1
mkrepo beta 2
mkrepo gamma 3
git -C alpha remote add origin "https://user:$TOKEN@github.com/org/alpha.git?private_token=$TOKEN"
git -C beta remote add origin git@github.com:org/beta.git

# ---- several repositories, one report --------------------------------------------
expect_exit 1 "three repositories" -- "$KEYHOUND" git -f json gamma alpha beta
cp "$T/out" "$T/three.json"
check_jq "one finding per repository" "$T/three.json" 'length == 3'
check_jq "sorted by repository path" "$T/three.json" \
	'[.[] | .repository.path] == ["alpha", "beta", "gamma"]'
check_jq "origin URL without credentials" "$T/three.json" \
	'.[0].repository == {path: "alpha", url: "https://github.com/org/alpha.git"}'
check_jq "scp-like URL kept" "$T/three.json" \
	'.[1].repository.url == "git@github.com:org/beta.git"'
check_jq "no origin: no url" "$T/three.json" '.[2].repository | has("url") | not'
check_no_grep "token not in the JSON report" "$T/three.json" "$TOKEN"
check_no_grep "token not on stderr" "$T/err" "$TOKEN"
expect_exit 1 "text report" -- "$KEYHOUND" git -f text gamma alpha beta
check_grep "text: repository line" "$T/out" "repository: alpha (https://github.com/org/alpha.git)"
check_no_grep "token not in the text report" "$T/out" "$TOKEN"
expect_exit 1 "SARIF report" -- "$KEYHOUND" git -f sarif alpha beta gamma -o "$T/three.sarif"
check_jq "SARIF: repository in properties" "$T/three.sarif" \
	'[.runs[0].results[].properties.repository.path] == ["alpha", "beta", "gamma"]'
check_no_grep "token not in SARIF" "$T/three.sarif" "$TOKEN"
# (the schema's own check fails on a pattern Python's re refuses: see e2e_safe.sh)
check "SARIF: valid against the SARIF 2.1.0 schema" python3 -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.validators.validator_for(schema)(schema).validate(json.load(open(sys.argv[2])))' \
	"$ROOT/tests/sarif-schema-2.1.0.json" "$T/three.sarif"
expect_exit 1 "JSONL report, -o" -- "$KEYHOUND" git -f jsonl alpha -o "$T/a.jsonl"
check_no_grep "token not in a -o file" "$T/a.jsonl" "$TOKEN"

# the same repository twice (as given, through ./, a trailing / and a
# symbolic link) is scanned once
ln -s alpha alpha-link
expect_exit 1 "duplicates" -- "$KEYHOUND" git -f json alpha ./alpha alpha/ alpha-link beta
check_jq "duplicates: scanned once" "$T/out" 'length == 2'
check_grep "duplicates: said on stderr" "$T/err" "is the same repository as"

# each repository's own .keyhoundignore applies to it alone
FP=$(jq -r '.[2].fingerprint' "$T/three.json")
printf '%s\n' "$FP" >gamma/.keyhoundignore
printf '%s\n' "$FP" >beta/.keyhoundignore
expect_exit 1 "own ignore files" -- "$KEYHOUND" git -f json alpha beta gamma
check_jq "own ignore files: gamma's finding dropped, beta's file ignores nothing there" \
	"$T/out" '[.[] | .repository.path] == ["alpha", "beta"]'
rm gamma/.keyhoundignore beta/.keyhoundignore

# ---- --repos-from ---------------------------------------------------------------
printf '# audited nightly\n\n  alpha  \nbeta\r\n   # indented comment\n' >list.txt
expect_exit 1 "--repos-from with comments and blank lines" -- \
	"$KEYHOUND" git -f json --repos-from list.txt
check_jq "--repos-from: the two listed" "$T/out" '[.[] | .repository.path] == ["alpha", "beta"]'
expect_exit 1 "--repos-from - and a named one" -- \
	sh -c "printf 'gamma\n' | \"\$0\" git -f json --repos-from - alpha" "$KEYHOUND"
check_jq "--repos-from -: stdin plus the named" "$T/out" \
	'[.[] | .repository.path] == ["alpha", "gamma"]'
expect_exit 2 "--repos-from: a missing file" -- "$KEYHOUND" git --repos-from "$W/nolist.txt"
check_grep "--repos-from: names the file" "$T/err" "nolist.txt"
expect_exit 2 "--repos-from: a directory" -- "$KEYHOUND" git --repos-from "$W"
check_grep "--repos-from: a directory, named" "$T/err" "--repos-from $W:"
printf '# nothing\n' >empty.txt
expect_exit 2 "--repos-from: no repository in it" -- "$KEYHOUND" git --repos-from empty.txt
check_grep "--repos-from: says so" "$T/err" "no repository found"

# ---- --discover -------------------------------------------------------------------
D=$W/fleet
mkdir -p "$D/team-a/nested" "$D/mirrors" "$D/empty/dir"
mkrepo "$D/team-a/nested/svc" 10
mkrepo "$D/team-a/app" 11
git clone -q --mirror "$D/team-a/app" "$D/mirrors/app-copy.git"
git -C "$D/mirrors/app-copy.git" update-ref refs/heads/extra HEAD
mkrepo "$W/outside" 12
git -C "$W/outside" worktree add -q "$D/wt-of-outside"
mkrepo "$W/subsrc" 13
git -C "$D/team-a/app" -c protocol.file.allow=always submodule add -q "$W/subsrc" libs/sub \
	>/dev/null 2>&1
git -C "$D/team-a/app" commit -qm "add submodule"
ln -s .. "$D/team-a/nested/loop"   # a symbolic link loop
ln -s "$W/alpha" "$D/link-to-alpha" # symbolic links are not followed
printf 'x\n' >"$D/team-a/file.txt"
expect_exit 1 "--discover" -- "$KEYHOUND" git -f json --discover "$D"
cp "$T/out" "$T/disc.json"
if [ "$(repos "$T/disc.json")" = "$(printf '%s\n' "$D/mirrors/app-copy.git" "$D/team-a/app" \
	"$D/team-a/app/libs/sub" "$D/team-a/nested/svc" "$D/wt-of-outside" | sort)" ]; then ok; else
	bad "--discover: work trees, bare mirror, worktree and submodule .git files, no link" \
		"got $(repos "$T/disc.json" | tr '\n' ' ')"
fi
check_jq "--discover: worktree scanned through its .git file" "$T/disc.json" \
	'any(.[]; .repository.path | endswith("wt-of-outside"))'
expect_exit 1 "--discover plus named, overlapping" -- \
	"$KEYHOUND" git -f json --discover "$D" "$D/team-a/app" alpha
check_jq "--discover plus named: each once" "$T/out" \
	"length == $(jq length "$T/disc.json") + 1"
# bounded: 64 levels below the directory, then a warning
deep=$W/deep/$(printf 'd/%.0s' $(seq 1 70))
mkdir -p "$deep"
mkrepo "$deep/too-deep" 20
mkrepo "$W/deep/d/shallow" 21
expect_exit 1 "--discover: depth bound" -- "$KEYHOUND" git -f json --discover "$W/deep"
check_jq "--discover: depth bound, the shallow one scanned" "$T/out" \
	'[.[] | .repository.path | endswith("shallow")] == [true]'
check_grep "--discover: depth bound said" "$T/err" "repositories below are not scanned"
expect_exit 2 "--discover: no repository below" -- "$KEYHOUND" git --discover "$D/empty"
check_grep "--discover: says none found" "$T/err" "no repository found"
expect_exit 2 "--discover: missing directory" -- "$KEYHOUND" git --discover "$W/nowhere"
check_grep "--discover: names the directory" "$T/err" "nowhere"

# ---- repositories that cannot be read ---------------------------------------------
mkdir notarepo
git init -q corrupt
printf 'x\n' >corrupt/f
git -C corrupt add f
git -C corrupt commit -qm one
printf 'garbage\n' >corrupt/.git/HEAD
rm -rf corrupt/.git/refs
expect_exit 2 "unreadable repositories: exit 2" -- \
	"$KEYHOUND" git -f json -o "$T/partial.json" alpha missing notarepo corrupt beta
check_jq "unreadable: the report is written with the others' findings" "$T/partial.json" \
	'[.[] | .repository.path] == ["alpha", "beta"]'
for r in missing notarepo corrupt; do
	if [ "$(grep -c "^keyhound: error: $r" "$T/err")" = 1 ]; then ok; else
		bad "unreadable: one error line naming $r" "$(cat "$T/err")"
	fi
done
check_grep "unreadable: counted" "$T/err" "3 repositories could not be scanned"
expect_exit 2 "one unreadable repository alone" -- "$KEYHOUND" git -f json missing
check_jq "one unreadable repository: an empty report" "$T/out" 'length == 0'
expect_exit 2 "--pre-push with two repositories" -- "$KEYHOUND" git --pre-push alpha beta </dev/null

# ---- --shard ---------------------------------------------------------------------------
for v in 0/4 5/4 x 4 /4 1/ 1/0 -1/4 1/4/2 " 1/4" 1/4x; do
	expect_exit 2 "--shard '$v' refused" -- "$KEYHOUND" git --shard "$v" alpha
	check_grep "--shard '$v': says what it wants" "$T/err" "--shard: expected K/N"
done
expect_exit 2 "--shard given twice" -- "$KEYHOUND" git --shard 1/2 --shard 2/2 alpha
expect_exit 2 "--shard is for git only" -- "$KEYHOUND" scan --shard 1/2 .

# union_check NAME N FULL ARGS...: the findings of shards 1/N..N/N of
# `git ARGS` are those of FULL, none twice
union_check() {
	local name=$1 n=$2 full=$3 k
	shift 3
	: >"$T/union.jsonl"
	for k in $(seq 1 "$n"); do
		"$KEYHOUND" git -q -f jsonl --show-secrets --shard "$k/$n" "$@" >"$T/shard.jsonl"
		[ $? -le 1 ] || bad "$name: shard $k/$n failed"
		cat "$T/shard.jsonl" >>"$T/union.jsonl"
	done
	if [ "$(jq -c . "$T/union.jsonl" | sort)" = "$(jq -c '.[]' "$full" | sort)" ]; then ok; else
		bad "$name: the union of $n shards differs from the unsharded report" \
			"$(diff <(jq -c . "$T/union.jsonl" | sort) <(jq -c '.[]' "$full" | sort) | head -5)"
	fi
}

# many repositories: each is one shard's
expect_exit 1 "unsharded fleet" -- "$KEYHOUND" git -f json --show-secrets --discover "$D" alpha beta gamma
cp "$T/out" "$T/fleet.json"
union_check "by repository, 3 shards" 3 "$T/fleet.json" --discover "$D" alpha beta gamma
union_check "by repository, 8 shards" 8 "$T/fleet.json" --discover "$D" alpha beta gamma
expect_exit 1 "shard 2/3 by repository" -- "$KEYHOUND" git -f json --shard 2/3 gamma beta alpha
check_jq "shard 2/3: the 2nd of the sorted list" "$T/out" '[.[] | .repository.path] == ["beta"]'

# one repository with a long history: by blob id; attribution unchanged
if bash "$ROOT/tests/make_git_fixture.sh" "$T/fx" "$T/fx.manifest" >"$T/fixture.log" 2>&1; then
	expect_exit 1 "unsharded history" -- "$KEYHOUND" git -f json --show-secrets "$T/fx"
	cp "$T/out" "$T/fx.json"
	for n in 2 3 5 7; do
		union_check "by blob, $n shards" "$n" "$T/fx.json" "$T/fx"
	done
	# a narrower walk: parents' versions outside it are context, scanned
	# by the share that holds them or in the second round
	MID=$(git -C "$T/fx" rev-list HEAD | sed -n 10p)
	expect_exit 1 "unsharded --since-commit" -- \
		"$KEYHOUND" git -f json --show-secrets --since-commit "$MID" "$T/fx"
	cp "$T/out" "$T/fx-since.json"
	union_check "by blob, --since-commit, 3 shards" 3 "$T/fx-since.json" --since-commit "$MID" "$T/fx"
	expect_exit 1 "unsharded --unreachable" -- \
		"$KEYHOUND" git -f json --show-secrets --unreachable "$T/fx"
	cp "$T/out" "$T/fx-unr.json"
	union_check "by blob, --unreachable, 3 shards" 3 "$T/fx-unr.json" --unreachable "$T/fx"
	# few repositories, more shards: by blob in each
	expect_exit 1 "unsharded pair" -- "$KEYHOUND" git -f json --show-secrets "$T/fx" alpha
	cp "$T/out" "$T/pair.json"
	union_check "two repositories, 3 shards: by blob" 3 "$T/pair.json" "$T/fx" alpha
	# SARIF: the head's location too
	"$KEYHOUND" git -q -f sarif "$T/fx" >"$T/fx.sarif"
	: >"$T/u.sarif.jsonl"
	for k in 1 2 3; do
		"$KEYHOUND" git -q -f sarif --shard "$k/3" "$T/fx" | jq -c '.runs[0].results[]' \
			>>"$T/u.sarif.jsonl"
	done
	if [ "$(sort "$T/u.sarif.jsonl")" = "$(jq -c '.runs[0].results[]' "$T/fx.sarif" | sort)" ]; then
		ok
	else
		bad "SARIF: the union of 3 shards differs from the unsharded report"
	fi
else
	bad "fixture" "make_git_fixture.sh failed: $(tail -5 "$T/fixture.log")"
fi

finish e2e_multirepo
