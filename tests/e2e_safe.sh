#!/usr/bin/env bash
# tests/e2e_safe.sh - safe by default: -o never replaces what is not a
# regular file, no secret on stdout or anywhere redacted, a typo fails the
# gate, baselines hold no secrets, SARIF that code scanning accepts, and
# output that is valid UTF-8 and cannot drive a terminal.
# shellcheck source=tests/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
KH=$KEYHOUND

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com

# Made-up tokens of the classic GitHub form (never real ones).
fake() { printf 'ghp_%s' "$(printf '%s' "$1" | sha256sum | head -c 36)"; }
S_FILE=$(fake in-a-file)
S_MSG=$(fake in-a-commit-message)
S_NAME=$(fake in-a-file-name)
S_MEMBER=$(fake in-a-zip-member-name)
S_ALL=("$S_FILE" "$S_MSG" "$S_NAME" "$S_MEMBER")

# no_secret NAME FILE: FILE holds none of the fixture secrets
no_secret() {
	local s
	for s in "${S_ALL[@]}"; do
		if grep -qF "$s" "$2"; then
			bad "$1" "holds $s: $(grep -F "$s" "$2" | head -c 200)"
			return
		fi
	done
	ok
}

# ---- fixtures: a secret in a file, in a file NAME, in a zip member NAME --
D=$T/tree
mkdir -p "$D"
printf 'token = "%s"\n' "$S_FILE" >"$D/config.env"
printf 'again = "%s"\n' "$S_NAME" >"$D/$S_NAME.txt"
python3 - "$D/bundle.zip" "$S_MEMBER" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr(sys.argv[2] + ".env", "k = \"%s\"\n" % sys.argv[2])
EOF
# ... and in a commit message (its subject line)
R=$T/repo
git init -q -b main "$R"
printf 'clean\n' >"$R/readme.txt"
printf 'token = "%s"\n' "$S_FILE" >"$R/config.env"
printf 'again = "%s"\n' "$S_NAME" >"$R/$S_NAME.txt"
git -C "$R" add -A
git -C "$R" commit -q -m "deploy with $S_MSG"

# ---- 1. secrets stay out of every output format ------------------------
for fmt in json jsonl sarif text; do
	for red in "" --redact; do
		expect_exit 1 "scan -f $fmt $red" -- "$KH" scan "$D" -f "$fmt" $red
		no_secret "scan -f $fmt $red: stdout" "$T/out"
		no_secret "scan -f $fmt $red: stderr" "$T/err"
		expect_exit 1 "git -f $fmt $red" -- "$KH" git "$R" -f "$fmt" $red
		no_secret "git -f $fmt $red: stdout" "$T/out"
		no_secret "git -f $fmt $red: stderr" "$T/err"
		expect_exit 1 "git -f $fmt $red -o" -- "$KH" git "$R" -f "$fmt" $red -o "$T/rep.$fmt"
		if [ -n "$red" ] || [ "$fmt" = sarif ] || [ "$fmt" = text ]; then
			no_secret "git -f $fmt $red -o: the file" "$T/rep.$fmt"
		fi
	done
done
check "the commit-message finding is reported" grep -q '"file":	null' \
	<("$KH" git "$R" -f json 2>/dev/null)
check "the zip member is reported (masked name)" grep -q 'bundle.zip!ghp_\*\*\*\*\*.env' \
	<("$KH" scan "$D" -f jsonl 2>/dev/null)

# stdout without --show-secrets is masked like --redact; -o keeps secrets
expect_exit 1 "json on stdout" -- "$KH" scan "$D" -f json
check "stdout json has no secret field" jq -e 'all(.[]; has("secret") | not)' "$T/out"
expect_exit 1 "json on stdout --show-secrets" -- "$KH" scan "$D" -f json --show-secrets
check "--show-secrets puts secrets on stdout" grep -qF "$S_FILE" "$T/out"
expect_exit 1 "json to -o" -- "$KH" scan "$D" -f json -o "$T/keep.json"
check "-o keeps the secret (for keyhound verify)" jq -e --arg s "$S_FILE" \
	'any(.[]; .secret == $s)' "$T/keep.json"
check "-o report is mode 0600" [ "$(stat -c %a "$T/keep.json")" = 600 ]
check "--help says stdout is masked" bash -c "'$KH' --help | grep -q -- '--show-secrets'"

# ---- 2. -o never replaces what is not a regular file -------------------
O=$T/outs
mkdir -p "$O"
mknod "$O/null" c 1 3
expect_exit 1 "-o a character device" -- "$KH" scan "$D/config.env" -o "$O/null"
check "the device is still a device" test -c "$O/null"
check "no temporary file left beside it" bash -c "! ls '$O' | grep -q tmp"
mkfifo "$O/fifo"
cat "$O/fifo" >"$O/from-fifo" &
reader=$!
expect_exit 1 "-o a FIFO with a reader" -- "$KH" scan "$D/config.env" -o "$O/fifo"
# a FIFO replaced by a file would leave the reader waiting forever
if [ -p "$O/fifo" ]; then wait "$reader"; else kill "$reader"; fi
check "the FIFO is still a FIFO" test -p "$O/fifo"
check "the reader got the report" jq -e 'length == 1' "$O/from-fifo"
printf 'old\n' >"$O/target.json"
ln -s target.json "$O/link.json"
expect_exit 1 "-o a symlink to a file" -- "$KH" scan "$D/config.env" -o "$O/link.json"
check "the symlink is still a symlink" test -L "$O/link.json"
check "the file it points to has the report" jq -e 'length == 1' "$O/target.json"
mkdir "$O/dir"
expect_exit 2 "-o a directory" -- "$KH" scan "$D/config.env" -o "$O/dir"
check "-o a directory: says so" grep -q 'dir: cannot write report: is a directory' "$T/err"
expect_exit 2 "-o in a missing directory" -- "$KH" scan "$D/config.env" -o "$O/nope/r.json"
expect_exit 2 "-o under a regular file" -- "$KH" scan "$D/config.env" -o "$O/target.json/r"

# -o is checked before the scan: stdin that never ends is not read first
mkfifo "$T/never"
exec 3<>"$T/never"
expect_exit 2 "-o checked before the scan" -- timeout 60 "$KH" scan - -o "$O/nope/r.json" <"$T/never"
exec 3>&-

# a signal during the run removes the temporary report
mkfifo "$T/slow"
exec 3<>"$T/slow"
"$KH" scan - -o "$O/sig.json" <"$T/slow" 2>/dev/null &
pid=$!
printf 'token = "%s"\n' "$S_FILE" >&3
for _ in $(seq 200); do
	ls "$O"/sig.json.tmp.* >/dev/null 2>&1 && break
	sleep 0.1
done
check "the temporary report exists during the run" bash -c "ls '$O'/sig.json.tmp.* >/dev/null 2>&1"
kill -TERM "$pid"
wait "$pid"
rc=$?
exec 3>&-
check "SIGTERM ends the run" [ "$rc" = 143 ]
check "SIGTERM removes the temporary report" bash -c "! ls '$O'/sig.json.tmp.* >/dev/null 2>&1"
check "and writes no report" test ! -e "$O/sig.json"

# a scan run twice with -o inside the scanned tree does not report its own
# earlier report (which holds the secrets)
mkdir -p "$T/twice"
cp "$D/config.env" "$T/twice/"
expect_exit 1 "scan -o inside the tree: first run" -- "$KH" scan "$T/twice" -o "$T/twice/r.json"
n1=$(jq length "$T/twice/r.json")
expect_exit 1 "scan -o inside the tree: second run" -- "$KH" scan "$T/twice" -o "$T/twice/r.json"
check "the second run does not report its own earlier report" [ "$(jq length "$T/twice/r.json")" = "$n1" ]

# ---- 3. a typo fails the gate ------------------------------------------
expect_exit 2 "a missing named path" -- "$KH" scan "$D/config.env" "$T/no-such" -o "$T/part.json"
check "the missing path is named" grep -q "error: .*no-such: No such file or directory" "$T/err"
check "what was scanned is still reported" jq -e 'length == 1' "$T/part.json"
expect_exit 2 "-q: still exit 2" -- "$KH" scan -q "$T/no-such"
expect_exit 2 "closed stdin" -- "$KH" scan - <&-
check "closed stdin: says so" grep -q 'standard input is closed' "$T/err"
expect_exit 2 "stdin that cannot be read" -- "$KH" scan - <"$T"
check "stdin error: nothing scanned" grep -q 'nothing could be scanned' "$T/err"
expect_exit 0 "empty stdin is clean" -- "$KH" scan - </dev/null
# a named directory that cannot be read (as an unprivileged user: root
# reads everything)
NOBODY=(setpriv --reuid=65534 --regid=65534 --clear-groups)
if [ "$(id -u)" = 0 ] && "${NOBODY[@]}" test -x "$KH" 2>/dev/null; then
	chmod 755 "$T"
	mkdir "$T/locked"
	printf 'token = "%s"\n' "$S_FILE" >"$T/locked/a.env"
	chmod 000 "$T/locked"
	expect_exit 2 "an unreadable named directory" -- "${NOBODY[@]}" "$KH" scan "$T/locked"
	check "an unreadable named directory is named" grep -q "error: .*locked: Permission denied" "$T/err"
	chmod 755 "$T/locked"
else
	echo "e2e_safe: skipped the unreadable-directory test (needs root and setpriv)"
fi

# ---- 4. baselines without secrets --------------------------------------
expect_exit 1 "-f baseline" -- "$KH" scan "$D" -f baseline -o "$T/base.json"
no_secret "the baseline holds no secret" "$T/base.json"
check "baseline: version, tool, fingerprints" jq -e '.version == 1 and (.tool | startswith("keyhound")) and (.findings | length == 3) and all(.findings[]; (.fingerprint | length == 32) and .rule_id and .line)' "$T/base.json"
check "baseline holds no match" jq -e 'all(.findings[]; has("match") | not)' "$T/base.json"
expect_exit 0 "a baseline is not itself a finding" -- "$KH" scan "$T/base.json" -f json
check "a baseline gives no finding" jq -e 'length == 0' "$T/out"
expect_exit 0 "--baseline FILE accepts its findings" -- "$KH" scan "$D" --baseline "$T/base.json"
check "a baseline file: no note about secrets" bash -c "! grep -q 'holds' '$T/err'"
check "no stale entries" bash -c "! grep -q stale '$T/err' && ! grep -q 'matched nothing' '$T/err'"
expect_exit 1 "git -f baseline" -- "$KH" git "$R" -f baseline -o "$T/gbase.json"
check "git baseline: first commit of each" jq -e 'all(.findings[]; .commit | length == 40)' "$T/gbase.json"
no_secret "git baseline holds no secret" "$T/gbase.json"
expect_exit 0 "git --baseline" -- "$KH" git "$R" --baseline "$T/gbase.json"
expect_exit 1 "an old JSON report" -- "$KH" scan "$D" -f json -o "$T/old.json"
expect_exit 0 "--baseline reads old JSON reports" -- "$KH" scan "$D" --baseline "$T/old.json"
check "an old report as baseline: a note that it holds secrets" grep -q 'holds 3 secrets; write a baseline without them with -f baseline' "$T/err"
expect_exit 1 "an old JSONL report" -- "$KH" scan "$D" -f jsonl -o "$T/old.jsonl"
expect_exit 0 "--baseline reads old JSONL reports" -- "$KH" scan "$D" --baseline "$T/old.jsonl"
cp -r "$D" "$T/tree2"
rm "$T/tree2/config.env"
expect_exit 0 "stale entries" -- "$KH" scan "$T/tree2" --baseline "$T/base.json"
check "stale entries are counted" grep -q '1 baseline entry matched nothing' "$T/err"
fp=$(jq -r '.findings[] | select(.file | endswith("config.env")) | .fingerprint' "$T/base.json")
expect_exit 0 "stale entries -v" -- "$KH" scan -v "$T/tree2" --baseline "$T/base.json"
check "-v lists them" grep -q "stale baseline entry: $fp" "$T/err"
printf '{"findings": [{"rule_id": "x"}]}' >"$T/badbase.json"
expect_exit 2 "a baseline entry without fingerprint" -- "$KH" scan "$D" --baseline "$T/badbase.json"
check "names the file and entry" grep -q 'badbase.json: entry 1: no fingerprint' "$T/err"

# ---- 5. SARIF for code scanning -----------------------------------------
mkdir -p "$T/sarif dir"
printf 'token = "%s"\n' "$S_FILE" >"$T/sarif dir/my file%.env"
(cd "$T" && "$KH" scan "sarif dir" -f sarif >"$T/s.sarif" 2>/dev/null)
check "sarif: security-severity, tags, precision, fullDescription" jq -e '.runs[0].tool.driver.rules | all(.properties["security-severity"] and (.properties.tags | index("security") and index("secret")) and .properties.precision and .fullDescription.text)' "$T/s.sarif"
check "sarif: critical is 9.5" jq -e '[.runs[0].tool.driver.rules[] | select(.properties.severity == "critical")][0].properties["security-severity"] == "9.5"' "$T/s.sarif"
check "sarif: relative, percent-encoded URI under %SRCROOT%" jq -e '.runs[0].results[0].locations[0].physicalLocation.artifactLocation == {"uri": "sarif%20dir/my%20file%25.env", "uriBaseId": "%SRCROOT%"}' "$T/s.sarif"
check "sarif: originalUriBaseIds" jq -e '.runs[0].originalUriBaseIds["%SRCROOT%"].uri | startswith("file:///") and endswith("/")' "$T/s.sarif"
"$KH" git "$R" -f sarif >"$T/g.sarif" 2>/dev/null
check "sarif: a commit message gets a logical location and the commit" jq -e '[.runs[0].results[] | select(.locations[0].logicalLocations)][0] | (.locations[0].logicalLocations[0].name | startswith("commit ")) and (.properties.commit | length == 40)' "$T/g.sarif"
check "sarif: history findings carry their commit" jq -e 'all(.runs[0].results[]; .properties.commit | length == 40)' "$T/g.sarif"

# ---- 6. output that is valid UTF-8 and cannot drive a terminal ----------
U=$T/utf
mkdir -p "$U"
bad_name=$(printf 'caf\xe9-%s.txt' x)
esc_name=$(printf 'evil\033[31mred.txt')
printf 'token = "%s"\n' "$S_FILE" >"$U/$bad_name"
printf 'token = "%s"\n' "$S_FILE" >"$U/$esc_name"
for fmt in json jsonl sarif; do
	"$KH" scan "$U" -f "$fmt" --show-secrets >"$T/u.$fmt" 2>/dev/null
	check "$fmt is valid UTF-8" python3 -c 'open(__import__("sys").argv[1], encoding="utf-8", errors="strict").read()' "$T/u.$fmt"
done
check "json: the exact name comes back from file_bytes" bash -c "jq -r '.[] | select(.file_bytes) | .file_bytes' '$T/u.json' | base64 -d | grep -q \$'caf\\xe9-x.txt'"
check "sarif: the exact bytes are percent-encoded" grep -q 'caf%E9-x.txt' "$T/u.sarif"
"$KH" scan "$U" -f text >"$T/u.txt" 2>"$T/u.err"
check "text: no escape character reaches the terminal" bash -c "! grep -q \$'\\033' '$T/u.txt'"
check "text: shown escaped" grep -qF 'evil\x1b[31mred.txt' "$T/u.txt"
check "text: invalid UTF-8 shown escaped" grep -qF 'caf\xe9-x.txt' "$T/u.txt"
L=$T/latin
git init -q -b main "$L"
printf 'token = "%s"\n' "$S_FILE" >"$L/a.env"
git -C "$L" add -A
git -C "$L" -c i18n.commitEncoding=ISO-8859-1 commit -q -m "$(printf 'caf\xe9 \033]0;title\007')"
"$KH" git "$L" -f json --show-secrets >"$T/l.json" 2>/dev/null
check "latin-1 commit message: valid UTF-8 JSON" python3 -c 'open(__import__("sys").argv[1], encoding="utf-8", errors="strict").read()' "$T/l.json"
"$KH" git "$L" -f text >"$T/l.txt" 2>/dev/null
check "latin-1 commit message: no control character in text" bash -c "! grep -q \$'[\\033\\007]' '$T/l.txt'"

# a text report written with -o from a terminal holds no colour codes
env -u NO_COLOR script -qec "'$KH' scan '$D/config.env' -f text -o '$T/colour.txt'" "$T/typescript" >/dev/null 2>&1
check "-f text -o from a terminal: a report was written" grep -q 'github' "$T/colour.txt"
check "-f text -o from a terminal: no escape codes in the file" bash -c "! grep -q \$'\\033' '$T/colour.txt'"

# ---- 7. every SARIF above against the SARIF 2.1.0 schema -----------------
# the schema is a verbatim copy of the OASIS SARIF 2.1.0 schema (sarif-spec,
# Schemata/sarif-schema-2.1.0.json)
for f in "$T/s.sarif" "$T/g.sarif" "$T/u.sarif"; do
	check "sarif: valid against the SARIF 2.1.0 schema ($(basename "$f"))" python3 -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
# not jsonschema.validate(): its check of the schema itself fails on a
# pattern with an inline flag ("^(?i)...") that Python re refuses
cls = jsonschema.validators.validator_for(schema)
cls(schema).validate(json.load(open(sys.argv[2])))' "$ROOT/tests/sarif-schema-2.1.0.json" "$f"
done

finish e2e_safe
