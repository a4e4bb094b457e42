#!/usr/bin/env bash
# End-to-end tests of .keyhound.json, the per-repository config: every key
# on scan, git and staged; the command line winning over it; where it is
# found (scan DIR, --config, --no-config, --ignore-from REV so that a pull
# request cannot switch its own gate off); errors that name file, line
# and key and never repeat a value; the schema in doc/. Sources tests/lib.sh.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND
cd "$ROOT"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com

# fake tokens (made up here; the GitHub one has a valid checksum)
GH=ghp_R4nd0mT0k3nV4lu3F0rT3st1ng0001Mxk9zQ
PAT=pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f
PAT2=pat-na1-5b8e1d2c-7a3f-4c6e-9b1d-8e2f4a6c0d3b
PAT_OK=pat-na1-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
GENERIC='api_key = "Zq8rT2mX9vLp4KnW7sYb3HcJ"'

mk() { mkdir -p "$(dirname "$1")"; printf '%b' "$2" >"$1"; }
# the report in $T/out as sorted "file rule" lines, joined by ", "
found() { jq -r '[.[] | "\(.file) \(.rule_id)"] | sort | join(", ")' "$T/out"; }
check_found() { # NAME WANT
	local got
	got=$(found)
	if [ "$got" = "$2" ]; then ok; else bad "$1" "got [$got], want [$2]"; fi
}

# A tree where each key of the config has a finding to act on.
make_tree() { # DIR
	mk "$1/app.env" "k=$PAT\ng=$GH\n"
	mk "$1/gen.py" "$GENERIC\n"
	mk "$1/docs/guide.md" "k=$PAT2\n"
	mk "$1/sample.env" "k=$PAT_OK\n"
	mk "$1/tests/t.env" "k=$PAT\n"
	mk "$1/vendor/v.env" "k=$PAT\n"
	mk "$1/big.txt" "k=$PAT2\n$(head -c 2000 /dev/zero | tr '\0' '#')\n"
	mk "$1/custom.txt" "x=foo_q8Zr2LmX7vKp4TnW9sYb\n"
	mk "$1/bar.txt" "y=bar_W7sYb3HcJq8Zr2LmX7vK\n"
	mk "$1/kh/extra.json" '{"provider": "custom", "rules": [{"id": "custom-bar", "description": "bar token", "severity": "high", "keywords": ["bar_"], "regex": "bar_[A-Za-z0-9]{20}", "remediation": "rotate it"}]}\n'
}

# Every key at once.
CONFIG_A='{
  "$schema": "https://keyhound.dev/keyhound-config.schema.json",
  "disable_rules": ["github-*"],
  "allow": [
    {"rule": "hubspot-*", "paths": ["docs/"], "reason": "documentation samples"},
    {"values": ["^pat-na1-0a1b"], "reason": "the vendor sample key"}
  ],
  "rules": [
    "kh/extra.json",
    {"id": "custom-foo", "description": "foo token", "severity": "high",
     "keywords": ["foo_"], "regex": "foo_[A-Za-z0-9]{20}", "remediation": "rotate it"}
  ],
  "min_severity": "high",
  "exclude_context": ["test"],
  "exclude": ["vendor/"],
  "max_file_size": "1K"
}'
WANT_A="app.env hubspot-private-app-token, bar.txt custom-bar, custom.txt custom-foo"
# The keys A cannot show beside the others.
CONFIG_B='{"enable_rules": ["hubspot-*"], "min_confidence": "high"}'
# (min_confidence high: docs/, tests/, vendor/ and a sample.env lower a finding's)
WANT_B="app.env hubspot-private-app-token, big.txt hubspot-private-app-token"
WANT_NONE="app.env github-pat-classic, app.env hubspot-private-app-token, big.txt hubspot-private-app-token, docs/guide.md hubspot-private-app-token, gen.py generic-secret, sample.env hubspot-private-app-token, tests/t.env hubspot-private-app-token, vendor/v.env hubspot-private-app-token"

# --- every key, on scan, staged and git ------------------------------------------
S=$T/s
make_tree "$S"
printf '%s\n' "$CONFIG_A" >"$S/.keyhound.json"
(cd "$S" && "$KH" scan -f json . >"$T/out" 2>"$T/err")
check_found "scan: every key of the config" "$WANT_A"
check "scan: one note says what the config changed" grep -qx 'keyhound: note: using .keyhound.json: 8 rules disabled, 2 rules added, 2 allow entries, min severity high, excluding context test, 1 exclude glob, max file size 1024' "$T/err"
check "scan: the summary counts what the config suppressed" grep -q ', 3 by .keyhound.json; 0 paths skipped by ignore-file globs, 1 by .keyhound.json excludes$' "$T/err"
(cd "$S" && "$KH" scan -f json --no-config . >"$T/out" 2>"$T/err")
check_found "--no-config: the built-in rules and nothing else" "$WANT_NONE"
check "--no-config: no note" bash -c "! grep -q 'using' '$T/err'"
printf '%s\n' "$CONFIG_B" >"$S/.keyhound.json"
(cd "$S" && "$KH" scan -f json . >"$T/out" 2>"$T/err")
check_found "scan: enable_rules and min_confidence" "$WANT_B"

# an inline rule with a built-in id replaces it, and the note says so
printf '{"rules": [{"id": "hubspot-private-app-token", "description": "d", "severity": "critical", "keywords": ["zzz_"], "regex": "zzz_[0-9]{99}", "remediation": "r"}]}\n' >"$S/.keyhound.json"
(cd "$S" && "$KH" scan -f json . >"$T/out" 2>"$T/err")
check "a built-in rule replaced by the config's" jq -e 'all(.[]; .rule_id != "hubspot-private-app-token")' "$T/out"
check "... is said in the note" grep -q 'using .keyhound.json: 1 rule added (1 replacing built-in rule)$' "$T/err"

G=$T/g
git init -q -b main "$G"
make_tree "$G"
printf '%s\n' "$CONFIG_A" >"$G/.keyhound.json"
git -C "$G" add -A
expect_exit 1 "staged with a config" -- "$KH" staged -f json "$G"
check_found "staged: every key of the config" "$WANT_A"
printf '%s\n' "$CONFIG_B" >"$G/.keyhound.json"
git -C "$G" add -A
expect_exit 1 "staged with config B" -- "$KH" staged -f json "$G"
check_found "staged: enable_rules and min_confidence" "$WANT_B"
git -C "$G" commit -q -m all
expect_exit 1 "git with config B" -- "$KH" git -f json "$G"
check_found "git: enable_rules and min_confidence" "$WANT_B"
printf '%s\n' "$CONFIG_A" >"$G/.keyhound.json"
expect_exit 1 "git with a config" -- "$KH" git -f json "$G"
check_found "git: every key of the config" "$WANT_A"
git clone -q --mirror "$G" "$T/mirror.git"
expect_exit 1 "git on a bare mirror" -- "$KH" git -f json "$T/mirror.git"
check_found "bare mirror: the config of HEAD's tree" "$WANT_B"
check "bare mirror: named by revision" grep -q 'using HEAD:.keyhound.json' "$T/err"

# --- the command line wins ----------------------------------------------------
printf '%s\n' "$CONFIG_A" >"$S/.keyhound.json"
(cd "$S" && "$KH" scan -f json --min-severity low . >"$T/out" 2>"$T/err")
check "--min-severity low over the file's high" jq -e 'any(.[]; .rule_id == "generic-secret")' "$T/out"
check "... and the note leaves min severity out" bash -c "! grep -q 'min severity' '$T/err'"
(cd "$S" && "$KH" scan -f json --enable-rule github-pat-classic . >"$T/out" 2>"$T/err")
check "--enable-rule runs a rule the file disables" jq -e 'any(.[]; .rule_id == "github-pat-classic")' "$T/out"
expect_exit 1 "--disable-rule of a rule the file disables too" -- bash -c "cd '$S' && '$KH' scan -f json --disable-rule github-pat-classic ."
(cd "$S" && "$KH" scan -f json --exclude-context docs . >"$T/out" 2>"$T/err")
check "--exclude-context replaces the file's" jq -e 'any(.[]; .file == "tests/t.env")' "$T/out"
(cd "$S" && "$KH" scan -f json --max-file-size 10M . >"$T/out" 2>"$T/err")
check "--max-file-size over the file's" jq -e 'any(.[]; .file == "big.txt")' "$T/out"
printf '%s\n' "$CONFIG_B" >"$S/.keyhound.json"
(cd "$S" && "$KH" scan -f json --min-confidence low . >"$T/out" 2>"$T/err")
check "--min-confidence low over the file's high" jq -e 'any(.[]; .file == "tests/t.env")' "$T/out"
(cd "$S" && "$KH" scan -f json --enable-rule generic-secret --min-confidence low . >"$T/out" 2>"$T/err")
check_found "--enable-rule replaces the file's enable_rules" "gen.py generic-secret"

# --- where it is found ----------------------------------------------------------
printf '%s\n' "$CONFIG_A" >"$S/.keyhound.json"
expect_exit 1 "scan DIR from elsewhere" -- "$KH" scan -f json "$S"
check_found "DIR/.keyhound.json applies, its globs relative to DIR" "$S/app.env hubspot-private-app-token, $S/bar.txt custom-bar, $S/custom.txt custom-foo"
check "named with its directory" grep -q "using $S/.keyhound.json" "$T/err"
mk "$T/here/.keyhound.json" '{}\n'
expect_exit 2 "two configs that would both apply" -- bash -c "cd '$T/here' && '$KH' scan -f json '$S'"
check "... names both" grep -q "two config files apply, .keyhound.json and $S/.keyhound.json" "$T/err"
cp "$S/.keyhound.json" "$T/elsewhere.json"
mkdir -p "$T/kh" && cp "$S/kh/extra.json" "$T/kh/"
expect_exit 1 "--config FILE" -- bash -c "cd '$S' && '$KH' scan -f json --config '$T/elsewhere.json' ."
check_found "--config FILE: its settings, rule files beside it" "$WANT_A"
expect_exit 2 "--config a missing file" -- "$KH" scan --config "$T/none.json" "$S"
check "names the missing file" grep -q "none.json: cannot open the config file" "$T/err"
expect_exit 2 "--config and --no-config" -- "$KH" scan --config "$T/elsewhere.json" --no-config "$S"

# --- a pull request cannot switch its own gate off -----------------------------
W=$T/w
git init -q -b main "$W"
mk "$W/app.env" "k=$PAT\n"
mk "$W/kh/extra.json" '{"rules": [{"id": "custom-bar", "description": "bar token", "severity": "high", "keywords": ["bar_"], "regex": "bar_[A-Za-z0-9]{20}", "remediation": "rotate it"}]}\n'
mk "$W/.keyhound.json" '{"rules": ["kh/extra.json"], "allow": [{"paths": ["app.env"], "reason": "old"}]}\n'
git -C "$W" add -A && git -C "$W" commit -q -m base
git -C "$W" checkout -q -b pr
mk "$W/new.env" "k=$PAT2\n"
mk "$W/new.txt" "y=bar_W7sYb3HcJq8Zr2LmX7vK\n"
mk "$W/.keyhound.json" '{"rules": ["kh/extra.json"], "disable_rules": ["hubspot-*"]}\n'
mk "$W/kh/extra.json" '{"rules": [{"id": "custom-bar", "description": "bar token", "severity": "high", "keywords": ["zzz_"], "regex": "zzz_[0-9]{99}", "remediation": "x"}]}\n'
git -C "$W" add -A && git -C "$W" commit -q -m "add keys and switch the rules off"
expect_exit 0 "the pull request's own config hides its secrets" -- "$KH" git -f json --since-commit main "$W"
nhub=$("$KH" rules | grep -c '^hubspot-')
check "... but stderr says the config disabled rules" grep -q "using .*\.keyhound.json: $nhub rules disabled, 1 rule added" "$T/err"
expect_exit 1 "--ignore-from the base commit reads the base's config" -- "$KH" git -f json --since-commit main --ignore-from main "$W"
check_found "base config and base rule file: both new secrets reported" "new.env hubspot-private-app-token, new.txt custom-bar"
check "named by revision" grep -q 'using main:.keyhound.json' "$T/err"
expect_exit 1 "scan --ignore-from reads the current repository's" -- bash -c "cd '$W' && '$KH' scan -f json --ignore-from main ."
check_found "scan --ignore-from main: base's allow entry, base's rule" "new.env hubspot-private-app-token, new.txt custom-bar"

# --- errors: FILE:LINE: key "K": what, exit 2 ----------------------------------
E=$T/e
mk "$E/a.env" "k=$PAT\n"
mk "$E/kh/bad.json" '{"rules": [{"id": "custom-x", "description": "d", "severity": "high", "keywords": ["x_"], "regex": "x_(", "remediation": "r"}]}\n'
config_error() { # NAME LINE KEY TEXT: the config TEXT fails at LINE naming KEY
	printf '%b' "$4" >"$E/.keyhound.json"
	expect_exit 2 "$1: exit 2" -- bash -c "cd '$E' && '$KH' scan -f json ."
	if grep -qF "keyhound: error: .keyhound.json:$2: key \"$3\": " "$T/err"; then ok; else
		bad "$1: names file, line and key" "$(cat "$T/err")"
	fi
}
config_error "unknown key" 3 "min_severty" '{\n  "exclude": [],\n  "min_severty": "high"\n}\n'
config_error "wrong type" 2 "disable_rules" '{\n  "disable_rules": "github-pat-classic"\n}\n'
config_error "wrong type in a list" 3 "exclude" '{\n  "exclude": [\n    7\n  ]\n}\n'
config_error "bad severity" 4 "min_severity" '{\n\n\n  "min_severity": "urgent"\n}\n'
config_error "bad confidence" 1 "min_confidence" '{"min_confidence": 3}\n'
config_error "bad context" 2 "exclude_context" '{\n"exclude_context": ["tests"]}\n'
config_error "bad size" 2 "max_file_size" '{\n"max_file_size": "lots"}\n'
config_error "bad regex" 4 "allow[0].values[1]" '{"allow": [\n {"reason": "r", "values": [\n  "^ok$",\n  "(unclosed"]}]}\n'
config_error "bad glob" 3 "allow[1].paths[0]" '{"allow": [\n {"reason": "r", "values": ["x"]},\n {"reason": "r", "paths": ["src/[ab"]}]}\n'
config_error "glob matching every path" 2 "exclude[0]" '{\n"exclude": ["**/"]}\n'
config_error "unknown rule id" 4 "disable_rules[1]" '{"disable_rules": [\n  "github-*",\n\n  "nosuch-rule"]}\n'
config_error "glob naming no rule" 2 "enable_rules[0]" '{\n"enable_rules": ["nosuch-*"]}\n'
config_error "unknown rule in allow" 2 "allow[0].rule" '{"allow": [\n{"rule": "nosuch", "paths": ["a"], "reason": "r"}]}\n'
config_error "allow without a reason" 2 "allow[0]" '{"allow": [\n{"paths": ["a"]}]}\n'
config_error "allow without paths or values" 2 "allow[0]" '{"allow": [\n{"rule": "github-*", "reason": "r"}]}\n'
config_error "unknown key in allow" 2 "allow[0].path" '{"allow": [\n{"path": ["a"], "reason": "r"}]}\n'
config_error "a key given twice" 3 "min_severity" '{\n"min_severity": "high",\n"min_severity": "low"}\n'
config_error "empty enable_rules" 2 "enable_rules" '{\n"enable_rules": []}\n'
config_error "rule file outside the config's directory" 2 "rules[0]" '{"rules": [\n"../x.json"]}\n'
config_error "a rule file named twice" 3 "rules[1]" '{"rules": [\n"kh/bad.json",\n"kh/bad.json"]}\n'
config_error "missing rule file" 2 "rules[0]" '{"rules": [\n"kh/none.json"]}\n'
config_error "inline rule with a bad regex" 2 "rules[0]" '{"rules": [\n{"id": "custom-y", "description": "d", "severity": "high", "keywords": ["y_"], "regex": "y_(", "remediation": "r"}]}\n'
mk "$E/kh/extra.json" '{"rules": []}\n'
printf '{"rules": ["kh/bad.json"]}\n' >"$E/.keyhound.json"
expect_exit 2 "a rule file with a bad regex" -- bash -c "cd '$E' && '$KH' scan ."
check "names the rule file and rule" grep -q 'kh/bad.json: rule custom-x: regex error' "$T/err"
printf '{\n  "exclude": [\n' >"$E/.keyhound.json"
expect_exit 2 "invalid JSON" -- bash -c "cd '$E' && '$KH' scan ."
check "invalid JSON: file and line" grep -q '^keyhound: error: .keyhound.json:[23]: not valid JSON' "$T/err"
printf '{}\n{}\n' >"$E/.keyhound.json"
expect_exit 2 "more after the object" -- bash -c "cd '$E' && '$KH' scan ."
check "more after the object: line 2" grep -q '^keyhound: error: .keyhound.json:2: more after the value' "$T/err"
printf '[]\n' >"$E/.keyhound.json"
expect_exit 2 "not an object" -- bash -c "cd '$E' && '$KH' scan ."
# values may hold a pasted secret: never repeated
printf '{"allow": [{"reason": "r", "values": ["%s("]}], "%s": 1}\n' "$GH" "$PAT" >"$E/.keyhound.json"
expect_exit 2 "a secret in a bad regex" -- bash -c "cd '$E' && '$KH' scan ."
check "the secret is not repeated" bash -c "! grep -q 'ghp_\\|pat-na1' '$T/err'"
printf '{"allow": [{"reason": "r", "values": ["x"]}], "%s": 1}\n' "$PAT" >"$E/.keyhound.json"
expect_exit 2 "a secret as a key" -- bash -c "cd '$E' && '$KH' scan ."
check "... printed as ?" grep -q 'key "?": unknown key' "$T/err"
check "... not repeated" bash -c "! grep -q 'pat-na1' '$T/err'"
expect_exit 2 "errors in a bare mirror's config name the revision" -- bash -c "
	git init -q -b main '$T/m' && printf '{\n\"bogus\": 1}\n' >'$T/m/.keyhound.json' &&
	git -C '$T/m' add -A && git -C '$T/m' commit -q -m c && '$KH' git --ignore-from main '$T/m'"
check "... REV:FILE:LINE" grep -q 'main:.keyhound.json:2: key "bogus": unknown key' "$T/err"

# --- the schema in doc/ says the same ------------------------------------------
# An audit of many repositories has one rule set: a repository's own
# .keyhound.json cannot switch rules off for it (or the others); --config
# applies to all.
for r in m1 m2; do
	git init -q -b main "$T/$r"
	mk "$T/$r/app.env" "k=$PAT\n"
	git -C "$T/$r" add -A && git -C "$T/$r" commit -q -m keys
done
mk "$T/m1/.keyhound.json" '{"disable_rules": ["hubspot-*"]}\n'
git -C "$T/m1" add -A && git -C "$T/m1" commit -q -m "switch hubspot off"
expect_exit 1 "many repositories: own configs not read" -- $KH git "$T/m1" "$T/m2" -f json -o "$T/out"
check "many repositories: both repositories' keys reported" test "$(jq '[.[] | select(.rule_id | startswith("hubspot"))] | length' "$T/out")" = 2
expect_exit 0 "one repository: its config is read" -- $KH git "$T/m1" -f json -o "$T/out"
check "one repository: its config switches hubspot off" test "$(jq '[.[] | select(.rule_id | startswith("hubspot"))] | length' "$T/out")" = 0
mk "$T/all.json" '{"disable_rules": ["hubspot-*"]}\n'
expect_exit 0 "many repositories: --config applies to all" -- $KH git "$T/m1" "$T/m2" --config "$T/all.json" -f json -o "$T/out"

export SCHEMA=$ROOT/doc/keyhound-config.schema.json
printf '%s\n' "$CONFIG_A" >"$T/a.json"
printf '%s\n' "$CONFIG_B" >"$T/b.json"
printf '{"allow": [{"paths": ["x"]}]}\n' >"$T/noreason.json"
printf '{"min_severty": "high"}\n' >"$T/typo.json"
validate() { python3 -c 'import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))' "$SCHEMA" "$1"; }
check "schema accepts config A" validate "$T/a.json"
check "schema accepts config B" validate "$T/b.json"
check "schema refuses an allow entry without reason" bash -c "$(declare -f validate); ! validate '$T/noreason.json'"
check "schema refuses an unknown key" bash -c "$(declare -f validate); ! validate '$T/typo.json'"
check "schema is itself valid" python3 -c 'import json, sys, jsonschema
jsonschema.Draft7Validator.check_schema(json.load(open(sys.argv[1])))' "$SCHEMA"

finish e2e_config
