#!/usr/bin/env bash
# tests/e2e_paths.sh - rules that a file's path selects ("paths" in a rule:
# config/master.key, .pgpass, .netrc, .vault-token, .dockercfg): the same
# selection for a tree, git history, the staged index, archive members and
# named stdin; the same bytes under another name are not reported; bad
# globs in a user's rule file are refused. Sources tests/lib.sh.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND

# fake values (random, never real)
MK=5d0c8e41a7f29b36e8c14d5a0b7f9e62
PGPW=Tq7vR2mXk9LpW4zN8cYb
NETPW=hJ3kW9qZ2mPx7Lr5Vt8N

# rule_secrets RULE FILE: the secrets RULE found, one a line, sorted
rule_secrets() { jq -r --arg r "$1" '[.[] | select(.rule_id == $r) | .secret] | sort | .[]' "$2"; }
# files_of RULE FILE: the files RULE reported, sorted
files_of() { jq -r --arg r "$1" '[.[] | select(.rule_id == $r) | .file] | sort | .[]' "$2"; }

write_tree() {
	mkdir -p "$1/config/credentials" "$1/home"
	printf '%s' "$MK" >"$1/config/master.key"
	printf '%s\n' "$PGPW" | sed "s/^/db.acme.io:5432:orders:app:/" >"$1/home/.pgpass"
	printf 'machine git.acme.io login ci password %s\n' "$NETPW" >"$1/home/.netrc"
}

# --- a tree ---------------------------------------------------------------------
write_tree "$T/tree"
# the same bytes under names no rule selects
mkdir -p "$T/tree/other"
printf '%s' "$MK" >"$T/tree/other/master.key.txt"
printf '%s' "$MK" >"$T/tree/config/master.keys"
printf 'db.acme.io:5432:orders:app:%s\n' "$PGPW" >"$T/tree/other/pgpass.txt"
printf 'machine git.acme.io login ci password %s\n' "$NETPW" >"$T/tree/other/netrc"
expect_exit 1 "tree with credential files" -- "$KH" scan -f json --show-secrets --no-config "$T/tree"
check "tree: master.key found" test "$(files_of rails-master-key-file "$T/out")" = "$T/tree/config/master.key"
check "tree: the master key is the secret" test "$(rule_secrets rails-master-key-file "$T/out")" = "$MK"
check "tree: .pgpass password" test "$(rule_secrets postgres-pgpass-password "$T/out")" = "$PGPW"
check "tree: .netrc password" test "$(rule_secrets netrc-password "$T/out")" = "$NETPW"
# (content alone may still name one: a `machine … login … password` line
# is a netrc entry to the generic rule wherever it is)
check "tree: no path rule on the same bytes under other names" \
	jq -e '[.[] | select((.file | test("/other/|master.keys")) and (.rule_id | test("^(rails-master-key-file|postgres-pgpass-password|netrc-password)$")))] | length == 0' "$T/out"

# --- context: a master.key among test fixtures is a test's -------------------------
mkdir -p "$T/ctx/spec/fixtures/config"
printf '%s\n' "$MK" >"$T/ctx/spec/fixtures/config/master.key"
expect_exit 1 "master.key among test fixtures" -- "$KH" scan -f json --show-secrets --no-config "$T/ctx"
check "context: test" jq -e 'length == 1 and .[0].rule_id == "rails-master-key-file" and .[0].context == "test"' "$T/out"

# --- decoys: placeholders where the path selects the rule -------------------------
mkdir -p "$T/decoy/config" "$T/decoy/h"
printf '00000000000000000000000000000000\n' >"$T/decoy/config/master.key"
printf '*:*:*:*:*\nlocalhost:5432:app:app:${PGPASSWORD}\n' >"$T/decoy/h/.pgpass"
printf 'machine api.acme.io login me password <password>\n' >"$T/decoy/h/.netrc"
expect_exit 0 "placeholders in credential files" -- "$KH" scan -f json --show-secrets --no-config "$T/decoy"
check "decoys: no finding" jq -e 'length == 0' "$T/out"

# --- archive members: the member's path after '!' --------------------------------
mkdir -p "$T/arc"
(cd "$T/tree" && tar czf "$T/arc/release.tar.gz" config home &&
	python3 -c "import zipfile; z=zipfile.ZipFile('$T/arc/app.zip','w'); z.write('config/master.key'); z.close()")
expect_exit 1 "archives holding credential files" -- "$KH" scan -f json --show-secrets --no-config "$T/arc"
check "archive: master.key in a tar.gz and a zip" \
	test "$(files_of rails-master-key-file "$T/out" | sed 's|.*/arc/||')" = "$(printf 'app.zip!config/master.key\nrelease.tar.gz!config/master.key')"
check "archive: .pgpass in a tar.gz" test "$(rule_secrets postgres-pgpass-password "$T/out")" = "$PGPW"

# --- stdin: selected by --stdin-name only -----------------------------------------
expect_exit 1 "stdin named config/master.key" -- sh -c "printf '%s' $MK | '$KH' scan -f json --show-secrets --no-config --stdin-name config/master.key -"
check "stdin: found under its name" test "$(rule_secrets rails-master-key-file "$T/out")" = "$MK"
expect_exit 0 "stdin without a name" -- sh -c "printf '%s' $MK | '$KH' scan -f json --show-secrets --no-config -"
check "stdin: no name, no path rule" jq -e 'length == 0' "$T/out"

# --- git history: the path of the blob in the commit ------------------------------
G=$T/repo
git init -q "$G"
gitc() { git -C "$G" -c user.name=t -c user.email=t@example.com "$@"; }
write_tree "$G"
gitc add -A && gitc commit -qm "credentials"
git -C "$G" rm -q -r config home && gitc commit -qm "remove them"
expect_exit 1 "history with removed credential files" -- full_stacks "$KH" git -f json --show-secrets --no-config "$G"
check "git: master.key at its path in the commit" test "$(files_of rails-master-key-file "$T/out")" = "config/master.key"
check "git: .pgpass and .netrc" \
	test "$(rule_secrets postgres-pgpass-password "$T/out")$(rule_secrets netrc-password "$T/out")" = "$PGPW$NETPW"

# --- staged: the index's path -----------------------------------------------------
S=$T/staged
git init -q "$S"
mkdir -p "$S/config"
printf 'x\n' >"$S/README" && git -C "$S" add README &&
	git -C "$S" -c user.name=t -c user.email=t@example.com commit -qm init
printf '%s\n' "$MK" >"$S/config/master.key"
printf '%s\n' "$MK" >"$S/notes.txt"
git -C "$S" add config/master.key notes.txt
expect_exit 1 "staged master.key" -- full_stacks "$KH" staged -f json --show-secrets --no-config "$S"
check "staged: master.key reported, notes.txt not" \
	test "$(files_of rails-master-key-file "$T/out")" = "config/master.key" -a "$(jq length "$T/out")" = 1

# --- a user's rule file: bad globs are refused with file, rule and entry ----------
bad_rule() { # bad_rule NAME GLOB_JSON
	cat >"$T/r.json" <<JSON
{"provider": "acme", "rules": [{"id": "acme-file", "description": "d", "severity": "low",
 "keywords": [], "paths": $2, "regex": "k=(\\\\w+)", "remediation": "r",
 "examples": [], "negative_examples": []}]}
JSON
	expect_exit 2 "bad paths: $1" -- "$KH" scan --no-config --rules "$T/r.json" "$T/decoy"
	check "bad paths: $1: one line naming file, rule and field" \
		sh -c "test \$(wc -l <'$T/err') = 1 && grep -q 'r.json: rule acme-file: \"paths\"' '$T/err'"
}
bad_rule "ends in a wildcard" '["config/*"]'
bad_rule "absolute" '["/etc/app.key"]'
bad_rule "empty list" '[]'
bad_rule "not a string" '[3]'
bad_rule "bracket" '["a[bc].key"]'

# a user's path rule works like a built-in one; with keywords, both must hold
cat >"$T/r.json" <<'JSON'
{"provider": "acme", "rules": [{"id": "acme-file", "description": "d", "severity": "low",
 "keywords": ["tok:"], "paths": ["**/secrets/*.tok"], "regex": "^[a-z]{3}:(?<secret>[a-z0-9]{12})$",
 "remediation": "r", "examples": [], "negative_examples": []}]}
JSON
mkdir -p "$T/user/a/secrets" "$T/user/b"
printf 'tok:q8r2m5x7k3v9\n' >"$T/user/a/secrets/one.tok"
printf 'tok:q8r2m5x7k3v9\n' >"$T/user/b/one.tok"
printf 'tik:m3n8b2v6c1x9\n' >"$T/user/a/secrets/two.tok" # selected, no keyword
expect_exit 1 "a user's path rule" -- "$KH" scan -f json --show-secrets --no-config --rules "$T/r.json" "$T/user"
check "user rule: only under secrets/" test "$(files_of acme-file "$T/out")" = "$T/user/a/secrets/one.tok"
expect_exit 0 "rules --format json lists paths" -- "$KH" rules -f json --rules "$T/r.json"
check "rules -f json: paths" jq -e '.[] | select(.id == "acme-file") | .paths == ["**/secrets/*.tok"]' "$T/out"

# rules --check: a path rule shows that its path decides; no rule runs everywhere
cat >"$T/r.json" <<'JSON'
{"provider": "acme", "rules": [
 {"id": "acme-file", "description": "d", "severity": "low", "keywords": [],
  "paths": ["acme.tok"], "regex": "^tok:(?<secret>[a-z0-9]{12})$", "remediation": "r",
  "examples": [{"text": "tok:q8r2m5x7k3v9\n", "path": "acme.tok"}],
  "negative_examples": [{"text": "tok:placeholder\n", "path": "acme.tok"}]},
 {"id": "acme-everywhere", "description": "d", "severity": "low", "keywords": [],
  "regex": "tik:(?<secret>[a-z0-9]{12})", "remediation": "r",
  "examples": ["tik:q8r2m5x7k3v9"], "negative_examples": ["tik:"]}]}
JSON
expect_exit 2 "rules --check on rules of a bad shape" -- "$KH" rules --check --rules "$T/r.json"
check "rules --check: path rule without the same text elsewhere" \
	grep -q "acme-file: a path rule needs a negative example with an example's text under another name" "$T/out"
check "rules --check: a rule without keywords or paths" \
	grep -q "acme-everywhere: no keywords and no paths" "$T/out"
check "rules --check: only those two fail" grep -q "passed, 2 failed$" "$T/out"

finish e2e_paths
