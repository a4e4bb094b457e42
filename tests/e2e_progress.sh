#!/usr/bin/env bash
# End-to-end tests of what a person watching sees: the progress line on
# stderr (a terminal only, --progress, --no-progress, CI), warnings that
# erase it, secret_id in JSON/JSONL/SARIF, text output grouped by secret,
# and the closing summary.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND
unset CI

PAT=pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f
GHP=ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8
mk() { mkdir -p "$(dirname "$T/$1")"; printf '%s\n' "$2" >"$T/$1"; }
mk r/app/config.py "token = '$PAT'"
mk r/app/other.py "token = '$PAT'"
mk r/tests/test_sync.py "token = '$PAT'"
mk r/ci.env "GITHUB_TOKEN=$GHP"
ESC=$'\033'
CR=$'\r'

# has_line FILE: a progress line was drawn (\r, text, erase to end of line)
has_line() { grep -q "${CR}keyhound: .*${ESC}\[K" "$1"; }
no_line() { ! grep -q "[$CR$ESC]" "$1"; }
# a scan that lasts: stdin that takes 1.6 s to arrive
slow() { (sleep 1.6; printf 'token = "%s"\n' "$PAT") | "$@"; }

# ---- 1. the progress line ------------------------------------------------------
expect_exit 1 "--progress into a file" -- "$KH" scan "$T/r" --progress -f json -o "$T/r.json"
check "--progress: the line is drawn into a file" has_line "$T/err"
check "--progress: the line counts files" grep -q "${CR}keyhound: [0-9/]* files, [0-9.]* MB/s" "$T/err"
check "--progress: erased before the summary" grep -q "${ESC}\[K${CR}${ESC}\[Kkeyhound: 4 findings" "$T/err"
check "--progress: no secret in the line" bash -c "! grep -qe '$PAT' -e '$GHP' '$T/err'"
check "--progress: the report is untouched" jq -e 'length == 4' "$T/r.json"

expect_exit 1 "no terminal, a scan over a second" -- slow "$KH" scan - -f json
check "not a terminal: no progress line, no escape" no_line "$T/err"
expect_exit 1 "--no-progress wins over nothing" -- "$KH" scan "$T/r" --no-progress -f json
check "--no-progress: no line" no_line "$T/err"

# on a terminal (script gives stderr a pseudo-terminal)
on_tty() { # OUT CMD: runs CMD under script, its terminal output in OUT
	local out=$1
	shift
	script -qec "$*" "$out" >/dev/null 2>&1 </dev/null
}
on_tty "$T/tty1" "(sleep 1.6; echo \"token = '$PAT'\") | '$KH' scan - -f json -o '$T/tty1.json'"
check "terminal, over a second: a line is drawn" has_line "$T/tty1"
check "terminal: the line is erased at the end" grep -q "${CR}${ESC}\[Kkeyhound: 1 finding" "$T/tty1"
check "terminal: the report is whole" jq -e 'length == 1' "$T/tty1.json"
on_tty "$T/tty2" "'$KH' scan '$T/r' -f json -o '$T/tty2.json'"
check "terminal, a short scan: no line" bash -c "! grep -q '${CR}keyhound: ' '$T/tty2'"
on_tty "$T/tty3" "(sleep 1.6; echo x) | CI=true '$KH' scan - -f json -o '$T/tty3.json'"
check "CI=true: no line on a terminal" bash -c "! grep -q '${CR}keyhound: ' '$T/tty3'"
on_tty "$T/tty4" "(sleep 1.6; echo x) | '$KH' scan - --no-progress -f json -o '$T/tty4.json'"
check "terminal, --no-progress: no line" bash -c "! grep -q '${CR}keyhound: ' '$T/tty4'"
on_tty "$T/tty5" "(sleep 1.6; echo x) | '$KH' scan - -q -f json -o '$T/tty5.json'"
check "terminal, -q: no line" bash -c "! grep -q '${CR}keyhound: ' '$T/tty5'"
on_tty "$T/tty6" "(sleep 1.6; echo x) | CI=false '$KH' scan - -f json -o '$T/tty6.json'"
check "CI=false: a terminal is a terminal" has_line "$T/tty6"

# a warning while the line is up erases it first, and is never on it
cp "$ROOT/tests/fuzz-seeds/scan/overlap.zip" "$T/w.zip"
(sleep 0.8; echo x) | "$KH" scan - "$T/w.zip" -j 1 --progress -f json >"$T/w.json" 2>"$T/w.err"
check "a warning erases the line first" grep -q "${ESC}\[K${CR}${ESC}\[Kkeyhound: warning: .*w.zip" "$T/w.err"
check "no warning shares a line with the progress" bash -c "! tr '\r' '\n' <'$T/w.err' | grep 'warning' | grep -q 'MB/s'"

# git history: commits and blobs
G=$T/g
git init -q -b main "$G"
printf 'TWILIO_ACCOUNT_SID=AC073bf6609cc27007c0a0516eddc00cc9\nTWILIO_AUTH_TOKEN=49de8a80eaa40525587e64001eef4ab0\n' >"$G/a.env"
git -C "$G" add -A && git -C "$G" -c user.name=t -c user.email=t@e commit -qm one
cp "$G/a.env" "$G/b.env"
git -C "$G" add -A && git -C "$G" -c user.name=t -c user.email=t@e commit -qm two
expect_exit 1 "git --progress" -- full_stacks "$KH" git "$G" --progress -f json
check "git: the line counts blobs" grep -q "${CR}keyhound: .*blobs, [0-9.]* MB/s" "$T/err"
check "git: erased before the notes" grep -q "${CR}${ESC}\[Kkeyhound: " "$T/err"
# the same blob introduced at a second path: its finding is copied with its
# named groups (they were freed twice)
check "git: a blob at two paths is reported at both" \
	jq -e '[.[] | select(.rule_id | test("twilio")) | .file] | sort == ["a.env", "b.env"]' "$T/out"

# ---- 2. secret_id ---------------------------------------------------------------
expect_exit 1 "json" -- "$KH" scan "$T/r" -f json
check "json: one object per place" jq -e 'length == 4' "$T/out"
check "json: secret_id is the fingerprint" jq -e 'all(.[]; .secret_id == .fingerprint)' "$T/out"
check "json: one id for one secret in three places" \
	jq -e --arg p "$T/r/" '[.[] | select(.rule_id == "hubspot-private-app-token") | .secret_id] | length == 3 and (unique | length) == 1' "$T/out"
check "json: two secrets, two ids" jq -e '[.[].secret_id] | unique | length == 2' "$T/out"
expect_exit 1 "jsonl" -- "$KH" scan "$T/r" -f jsonl
check "jsonl: secret_id on every line" jq -se 'length == 4 and all(.[]; .secret_id | test("^[0-9a-f]{32}$"))' "$T/out"
expect_exit 1 "sarif" -- "$KH" scan "$T/r" -f sarif
check "sarif: properties.secretId, as partialFingerprints" \
	jq -e '[.runs[0].results[] | .properties.secretId == .partialFingerprints["keyhound/v1"]] | length == 4 and all' "$T/out"

# ---- 3. text grouped by secret ------------------------------------------------
expect_exit 1 "text" -- "$KH" scan "$T/r" -f text
check "text: one header per secret" test "$(grep -c '^critical ' "$T/out")" = 2
check "text: the token's places under it" grep -q 'pat-\*\*\*\*\* (44 chars), in 3 places' "$T/out"
check "text: each place listed" test "$(grep -c "^  - $T/r/" "$T/out")" = 4
check "text: a place says its context" grep -A1 "^  - $T/r/tests/test_sync.py:1:10" "$T/out"
check "text: places in report order under their secret" bash -c "
	grep -E '^(critical|  - )' '$T/out' | sed -E 's|$T/r/||; s/^(critical [a-z-]+) .*/\\1/' | tr '\n' '|' |
	grep -qF 'critical hubspot-private-app-token|  - app/config.py:1:10|  - app/other.py:1:10|  - tests/test_sync.py:1:10|critical github-pat-classic|  - ci.env:1:14|'"
check "text: the fix once per secret" test "$(grep -c '^  fix: ' "$T/out")" = 2
check "text: verification state" grep -q '^  verified:  not checked (--verify checks it)' "$T/out"
check "text: masked" bash -c "! grep -qe '$PAT' -e '$GHP' '$T/out'"
mkdir -p "$T/clean" && echo hello >"$T/clean/a.txt"
expect_exit 0 "text: a clean scan" -- "$KH" scan "$T/clean" -f text
check "text: a clean scan prints nothing" test ! -s "$T/out"

# ---- 4. the closing summary -----------------------------------------------------
for fmt in json text sarif; do
	expect_exit 1 "summary, -f $fmt" -- "$KH" scan "$T/r" -f "$fmt"
	check "summary, -f $fmt: secrets and places by severity" \
		grep -qx 'keyhound: 2 secrets in 4 places: critical 2 in 4' "$T/err"
done
check "summary: by rule, most places first" \
	grep -qx 'keyhound: by rule: hubspot-private-app-token 1 in 3 places, github-pat-classic 1 in 1 place' "$T/err"
check "summary: .keyhoundignore hint" grep -q '^keyhound: next: .*\.keyhoundignore' "$T/err"
check "summary: --baseline hint" grep -q '^keyhound: next: .*--baseline FILE' "$T/err"
check "summary: --exclude-context hint names the contexts" \
	grep -qx 'keyhound: next: 1 place is in test files: --exclude-context test leaves them out' "$T/err"
check "summary: no repository line for one source" bash -c "! grep -q 'by repository' '$T/err'"
check "summary: no secret" bash -c "! grep -qe '$PAT' -e '$GHP' '$T/err'"
expect_exit 1 "summary, no context" -- "$KH" scan "$T/r/app" -f json
check "no context: no --exclude-context hint" bash -c "! grep -q 'exclude-context' '$T/err'"
"$KH" scan "$T/r" -f baseline -o "$T/base.json" 2>/dev/null
mk r/app/new.py "GITHUB_TOKEN=ghp_Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2"
expect_exit 1 "summary with --baseline" -- "$KH" scan "$T/r" -f json --baseline "$T/base.json"
check "--baseline given: no --baseline hint" bash -c "! grep -q 'pass --baseline' '$T/err'"
check "--baseline: only the new place counted" grep -qx 'keyhound: 1 secret in 1 place: critical 1 in 1' "$T/err"
expect_exit 1 "summary, -q" -- "$KH" scan "$T/r" -f json -q
check "-q: no summary" test ! -s "$T/err"
expect_exit 0 "summary, clean" -- "$KH" scan "$T/clean" -f json
check "clean: no secrets line, no hints" bash -c "! grep -qe 'secrets in' -e 'next:' '$T/err'"
# more rules than the summary names
mk many/a.env "$(printf 'GITHUB_TOKEN=%s\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLQ\ntoken = %s\nslack = xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx\n' "$GHP" "$PAT")"
mk many/b.txt "$(printf 'stripe = sk_live_4eC39HqLyjWDarjtT1zdp7dc\nnpm = npm_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8\nurl = postgres://app:fAd0Sup3rS3cr3tPw@db.internal/x\n')"
expect_exit 1 "many rules" -- "$KH" scan "$T/many" -f json
n=$(jq '[.[].rule_id] | unique | length' "$T/out")
if [ "$n" -gt 5 ]; then
	check "summary: the top five rules, and how many more" \
		grep -qE "^keyhound: by rule: ([^,]+, ){4}[^,]+, and $((n - 5)) more rules?$" "$T/err"
else
	bad "summary: the fixture should hit more than five rules" "got $n"
fi

finish e2e_progress
