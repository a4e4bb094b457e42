#!/usr/bin/env bash
# End-to-end tests of .keyhoundignore: where it is found (scan DIR from
# elsewhere, bare mirrors, --ignore-from REV), its glob language, rule:
# lines, warnings about lines it cannot use, and the stderr line that says
# what each ignore source suppressed. Sources tests/lib.sh.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND
cd "$ROOT"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com

# fake tokens (made up here; the GitHub one has a valid checksum)
GH=ghp_R4nd0mT0k3nV4lu3F0rT3st1ng0001Mxk9zQ
PAT=pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f

mk() { mkdir -p "$(dirname "$T/$1")"; printf '%b' "$2" >"$T/$1"; }
files() { jq -r '[.[] | .file] | sort | join(" ")' "$T/out"; }
check_files() { # NAME WANT: the report in $T/out has findings in exactly these files
	local got
	got=$(files)
	if [ "$got" = "$2" ]; then ok; else bad "$1" "files [$got], want [$2]"; fi
}

# --- scan DIR from elsewhere reads DIR/.keyhoundignore -----------------------
mk p/app.env "k=$PAT\n"
mk p/fixtures/f.env "k=$PAT\n"
printf 'fixtures\n' >"$T/p/.keyhoundignore"
expect_exit 1 "scan DIR from another directory" -- "$KH" scan -f json "$T/p"
check_files "DIR/.keyhoundignore applies to scan DIR" "$T/p/app.env"
(cd "$T/p" && "$KH" scan -f json . >"$T/out" 2>"$T/err")
check_files "and from inside DIR as before" "app.env"

# --- glob language -------------------------------------------------------------
mk g/test/a.env "k=$PAT\n"   # directory test/: skipped
mk g/sub/test "k=$PAT\n"     # a file named test: kept by 'test/'
mk g/build/b.env "k=$PAT\n"  # top-level build: skipped by /build
mk g/src/build/c.env "k=$PAT\n" # build below the top: kept by /build
mk g/docs/x/y/z.md "k=$PAT\n"   # docs/**/*.md
mk g/docs/top.md "k=$PAT\n"     # docs/**/*.md with no directory between
mk g/keep.md "k=$PAT\n"
printf 'test/\n/build\ndocs/**/*.md\n' >"$T/g/.keyhoundignore"
(cd "$T/g" && "$KH" scan -f json . >"$T/out" 2>"$T/err")
check_files "trailing /, leading / and ** as in gitignore" "keep.md src/build/c.env sub/test"
expect_exit 1 "the same globs with scan DIR" -- "$KH" scan -f json "$T/g"
check_files "globs are relative to DIR" "$T/g/keep.md $T/g/src/build/c.env $T/g/sub/test"

# --- rule: lines -----------------------------------------------------------------
mk r/a/x.env "k=$PAT\ng=$GH\n"
mk r/b/y.env "k=$PAT\ng=$GH\n"
printf 'rule:hubspot-private-app-token:a/\n' >"$T/r/.keyhoundignore"
(cd "$T/r" && "$KH" scan -f json . >"$T/out" 2>"$T/err")
check "rule:ID:GLOB drops that rule under the glob only" \
	jq -e '[.[] | "\(.file) \(.rule_id)"] | sort == ["a/x.env github-pat-classic", "b/y.env github-pat-classic", "b/y.env hubspot-private-app-token"]' "$T/out"
printf 'rule:github-pat-classic\n' >"$T/r/.keyhoundignore"
(cd "$T/r" && "$KH" scan -f json . >"$T/out" 2>"$T/err")
check "rule:ID drops that rule everywhere" jq -e '[.[] | .rule_id] | unique == ["hubspot-private-app-token"]' "$T/out"
check "summary counts rule: lines" grep -q 'suppressed 0 by keyhound:allow, 0 by ignore-file fingerprints, 2 by rule: lines' "$T/err"

# --- lines that are not usable: warnings naming file and line ---------------
FP_UP=$(printf 'k=%s\n' "$GH" | "$KH" scan -q -f json - | jq -r '.[0].fingerprint' | tr a-f A-F)
printf 'github-pat-classic\n%s\n0123456789abcdef0123456789abcdef01234567\nsrc/[ab\n*\nrule:no-such-rule\n' "$FP_UP" >"$T/r/.keyhoundignore"
(cd "$T/r" && "$KH" scan -f json . >"$T/out" 2>"$T/err")
check "rule id without rule: warned" grep -q "^keyhound: warning: .keyhoundignore:1: 'github-pat-classic' is a rule id" "$T/err"
check "upper-case fingerprint warned" grep -q '^keyhound: warning: .keyhoundignore:2: a fingerprint in capitals' "$T/err"
check "40 hex digits warned" grep -q '^keyhound: warning: .keyhoundignore:3: 40 hex digits' "$T/err"
check "unclosed [ warned" grep -q "^keyhound: warning: .keyhoundignore:4: a glob with an unclosed '\['" "$T/err"
check "a glob matching everything warned" grep -q '^keyhound: warning: .keyhoundignore:5: a glob that matches every path' "$T/err"
check "unknown rule warned" grep -q '^keyhound: warning: .keyhoundignore:6: no rule has this id' "$T/err"
check "warnings do not repeat the line" bash -c "! grep -qi '$FP_UP' '$T/err'"
check "unusable lines suppress nothing" jq -e 'length == 4' "$T/out"
(cd "$T/r" && "$KH" scan -q -f json . >"$T/out" 2>"$T/err")
check "-q silences the warnings" test ! -s "$T/err"

# --- what each source suppressed ------------------------------------------------
mk s/allow.env "k=$PAT  # keyhound:allow\n"
mk s/fp.env "g=$GH\n"
mk s/vendor/v.env "k=$PAT\n"
mk s/base.env "b=pat-na1-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\n"
(cd "$T/s" && "$KH" scan -q -f json . >"$T/all.json")
fp=$(jq -r '[.[] | select(.file == "fp.env")][0].fingerprint' "$T/all.json")
jq '[.[] | select(.file == "base.env")]' "$T/all.json" >"$T/base.json"
printf '%s\nvendor\n' "$fp" >"$T/s/.keyhoundignore"
(cd "$T/s" && "$KH" scan -f json --baseline "$T/base.json" . >"$T/out" 2>"$T/err")
rc=$?
check "everything suppressed: exit 0" test "$rc" = 0
check "one line says what each source suppressed" grep -qx 'keyhound: suppressed 1 by keyhound:allow, 1 by ignore-file fingerprints, 0 by rule: lines, 1 by --baseline; 1 paths skipped by ignore-file globs' "$T/err"
(cd "$T/s" && "$KH" scan -q -f json --baseline "$T/base.json" . >"$T/out" 2>"$T/err")
check "not under -q" test ! -s "$T/err"

# --- history: bare mirrors and --ignore-from -------------------------------------
W=$T/work
git init -q -b main "$W"
mk work/app.env "k=$PAT\n"
mk work/fixtures/f.env "k=$PAT\n"
printf 'fixtures/\n' >"$W/.keyhoundignore"
git -C "$W" add -A && git -C "$W" commit -q -m base
git clone -q --mirror "$W" "$T/mirror.git"
expect_exit 1 "git on a bare mirror" -- "$KH" git -f json "$T/mirror.git"
check_files "bare mirror: .keyhoundignore read from HEAD's tree" "app.env"
# a pull request that adds its own ignore line for the secret it adds
git -C "$W" checkout -q -b pr
mk work/new.env "g=$GH\n"
printf 'fixtures/\n*.env\n' >"$W/.keyhoundignore"
git -C "$W" add -A && git -C "$W" commit -q -m "add a key and hide it"
expect_exit 0 "the pull request's own .keyhoundignore hides its secret" -- "$KH" git -f json --since-commit main "$W"
check "... but stderr says a glob skipped paths" grep -q 'paths skipped by ignore-file globs' "$T/err"
expect_exit 1 "--ignore-from the base commit" -- "$KH" git -f json --since-commit main --ignore-from main "$W"
check_files "--ignore-from main: the new secret is reported" "new.env"
expect_exit 1 "--ignore-from with scan reads the current repository" -- bash -c "cd '$W' && '$KH' scan -f json --ignore-from main ."
check_files "scan --ignore-from: base's globs only" "app.env new.env"
expect_exit 2 "--ignore-from a commit that does not exist" -- "$KH" git --ignore-from no-such-ref "$W"
check "names the revision" grep -q "no commit 'no-such-ref'" "$T/err"

# a committed .keyhoundignore that is a symbolic link is refused, not
# followed into the work tree or read as its target's name
git -C "$W" checkout -q -b link main
rm "$W/.keyhoundignore" && ln -s app.env "$W/.keyhoundignore"
git -C "$W" add -A && git -C "$W" commit -q -m link
expect_exit 2 "--ignore-from a commit whose .keyhoundignore is a symlink" -- "$KH" git --ignore-from link "$W"
check "says it is not a regular file" grep -q "link:.keyhoundignore is not a regular file" "$T/err"
rm -f "$W/.keyhoundignore" && git -C "$W" checkout -q -f main

# staged: a glob naming a directory skips the files under it (the index
# lists files only)
git -C "$W" checkout -q main
mk work/lib/fixtures/g.env "k=$PAT\n"
mk work/lib/real.env "k=$PAT\n"
printf 'fixtures\n' >"$W/.keyhoundignore"
git -C "$W" add -A
expect_exit 1 "staged with a directory glob" -- "$KH" staged -f json "$W"
check_files "staged: files under an ignored directory are skipped" "lib/real.env"

finish e2e_ignore
