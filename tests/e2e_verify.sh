#!/bin/bash
# tests/e2e_verify.sh - live verification (--verify) against a fake provider.
#
# tests/fake_provider.py plays every token endpoint on 127.0.0.1 with a
# scripted behaviour per secret and logs each request; keyhound is pointed
# at it with --verify-endpoint. The HubSpot rules come from
# tests/verify_rules.json (so the test does not depend on patterns/); the
# other providers use the built-in rules. All secrets are generated fakes.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FAKE=$ROOT/tests/fake_provider.py
RULES=$ROOT/tests/verify_rules.json
FAKE_PIDS=""
trap 'for p in $FAKE_PIDS; do kill "$p" 2>/dev/null; done; rm -rf "$T"' EXIT
# the fake is on loopback: no proxy from the environment may get in between
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost
VERSION=$("$KEYHOUND" --version | awk '{print $2}')

# jcheck NAME JQ-ARGS...: passes when jq -e does (its output is dropped).
jcheck() {
	local name=$1
	shift
	if jq -e "$@" >/dev/null 2>&1; then ok; else bad "$name"; fi
}

# kh ARGS...: keyhound, bounded in time whatever happens.
kh() { timeout 120 "$KEYHOUND" "$@"; }

# start_fake NAME [FAKE-ARGS...]: serves with $T/NAME.script; sets PORT.
start_fake() {
	local name=$1 i
	[ -f "$T/$name.script" ] || echo '{}' >"$T/$name.script"
	python3 "$FAKE" serve --port-file "$T/$name.port" --log "$T/$name.log" \
		--stats "$T/$name.stats" --script "$T/$name.script" \
		--idle 60 --max-life 300 --hang 5 "${@:2}" 2>"$T/$name.fake-err" &
	FAKE_PIDS="$FAKE_PIDS $!"
	for i in $(seq 150); do
		[ -s "$T/$name.port" ] && break
		sleep 0.1
	done
	PORT=$(cat "$T/$name.port" 2>/dev/null)
	touch "$T/$name.log"
	if [ -z "$PORT" ]; then
		bad "start fake $name" "no port after 15 s: $(head -c 300 "$T/$name.fake-err")"
		finish e2e_verify
		exit 1
	fi
}

endpoints() {
	local p
	for p in hubspot github gitlab stripe openai npm sendgrid; do
		printf -- '--verify-endpoint\n%s=http://127.0.0.1:%s\n' "$p" "$1"
	done
	printf -- '--verify-endpoint\nslack=http://127.0.0.1:%s/api\n' "$1"
}

# ---- the cases: secret, kind, behaviour, expected status and requests -----
python3 - "$T" "$FAKE" <<'EOF'
import json, os, random, sys
sys.path.insert(0, os.path.dirname(sys.argv[2]))
import fake_provider as fp
T = sys.argv[1]
rng = random.Random(4)
prefix = {"pak": "VTPAK=", "pat": "VTPAT=", "access": "VTACCESS=",
          "refresh": "VTREFRESH=", "apikey": "VTAPIKEY=", "developer": "VTDEVKEY=",
          "client": "VTCLIENTSECRET="}
shape = {"apikey": "uuid", "developer": "uuid", "client": "uuid"}
# behaviour: (status, reason or "", requests the fake must see)
expect = {"ok": ("verified", "valid", 1), "invalid": ("invalid", "", 1),
          "scope403": ("verified", "valid, missing scopes", 1),
          "html403": ("unknown", "non-JSON response (HTTP 403)", 1),
          "retry429": ("verified", "valid", 2), "always429": ("unknown", "rate limited", 3),
          "err500": ("unknown", "server error (HTTP 500)", 3),
          "hang": ("unknown", "timeout", 1), "huge": ("unknown", "response too large", 1),
          "hugechunked": ("unknown", "response too large", 1),
          "garbage": ("unknown", "non-JSON response (HTTP 200)", 1),
          "redirect": ("unknown", "unexpected response (HTTP 302)", 1),
          "long429": ("unknown", "rate limited (Retry-After 3600 s)", 1),
          "inactive": ("invalid", "account not active", 1),
          "expired": ("invalid", "expired", 1),
          "quota429": ("verified", "valid, quota exhausted", 1)}
full = ["ok", "invalid", "scope403", "html403", "retry429", "always429", "err500",
        "hang", "huge", "garbage"]
plan = [(k, b) for k in ("pak", "pat", "access", "refresh", "apikey", "github") for b in full]
plan += [("pak", "inactive"), ("access", "expired"), ("apikey", "long429"),
         ("github", "hugechunked"), ("github", "redirect"), ("openai", "quota429")]
plan += [(k, b) for k in ("gitlab", "slack", "stripe", "openai", "npm", "sendgrid")
         for b in ("ok", "invalid")]
plan += [(k, "scope403") for k in ("gitlab", "slack", "stripe", "openai")]
script, cases, lines, hang = {}, [], [], []
for kind, beh in plan:
    s = fp.gen(shape.get(kind, kind), rng)
    script[s] = beh
    st, reason, n = expect[beh]
    if beh == "invalid" and kind == "slack":
        reason = "invalid_auth"
    cases.append("\t".join([kind, beh, s, st, reason or "-", str(n)]))
    (hang if beh == "hang" else lines).append(prefix.get(kind, "token=") + s)
# decided without a request
for kind, s, st, reason in [("access", fp.gen("access-expired", rng), "invalid", "expired"),
                            ("developer", fp.gen("uuid", rng), "unverifiable", "-"),
                            ("client", fp.gen("uuid", rng), "unverifiable", "-")]:
    cases.append("\t".join([kind, "offline", s, st, reason, "0"]))
    lines.append(prefix[kind] + s)
dup = fp.gen("github", rng)
lines += ["dup%d=%s" % (i, dup) for i in range(50)]
lines += ["VTPLAIN=" + "".join(rng.choice(fp.B62) for _ in range(24))]
open(T + "/main.script", "w").write(json.dumps(script))
open(T + "/cases.tsv", "w").write("\n".join(cases) + "\n")
open(T + "/dup", "w").write(dup)
os.mkdir(T + "/in")
open(T + "/in/secrets.env", "w").write("\n".join(lines) + "\n")
os.mkdir(T + "/hang")
open(T + "/hang/secrets.env", "w").write("\n".join(hang) + "\n")
open(T + "/hang.script", "w").write(json.dumps(script))
# small inputs for the option tests
def one(kind, beh, name):
    s = fp.gen(kind, rng)
    script[s] = beh
    open(T + "/" + name, "w").write(s)
    return s
os.mkdir(T + "/opt")
open(T + "/opt/good.txt", "w").write("token=%s\n" % one("github", "ok", "good.sec"))
open(T + "/opt/bad.txt", "w").write("token=%s\n" % one("github", "invalid", "bad.sec"))
os.mkdir(T + "/bad-only")
open(T + "/bad-only/bad.txt", "w").write("token=%s\n" % one("github", "invalid", "bad2.sec"))
email = {"access": fp.gen("access", rng), "refresh": fp.gen("refresh", rng),
         "github": fp.gen("github", rng), "stripe": fp.gen("stripe", rng)}
os.mkdir(T + "/email")
open(T + "/email/e.env", "w").write(
    "VTACCESS=%(access)s\nVTREFRESH=%(refresh)s\ntoken=%(github)s\nkey=%(stripe)s\n" % email)
open(T + "/opt.script", "w").write(json.dumps(script))
EOF
[ -s "$T/cases.tsv" ] || { bad "generate cases"; finish e2e_verify; exit 1; }
cut -f3 "$T/cases.tsv" >"$T/all-secrets"
cat "$T/dup" >>"$T/all-secrets"

# ---- a server that never answers: unknown within --verify-timeout ---------
start_fake hang
mapfile -t EP < <(endpoints "$PORT")
t0=$(date +%s)
expect_exit 1 "hang run" -- kh scan "$T/hang" --rules "$RULES" --verify \
	--verify-timeout 1 -f json -o "$T/hang.json" "${EP[@]}"
t1=$(date +%s)
check "hang run is bounded by the timeout ($((t1 - t0)) s)" [ $((t1 - t0)) -le 15 ]
cp "$T/err" "$T/hang.err"

# ---- the main run: every other behaviour at once --------------------------
start_fake main
MAIN_PORT=$PORT
mapfile -t EP < <(endpoints "$MAIN_PORT")
expect_exit 1 "main run" -- kh scan "$T/in" --rules "$RULES" --verify \
	--verify-jobs 16 -f json -o "$T/main.json" "${EP[@]}"
cp "$T/err" "$T/main.err"
LOG=$T/main.log
jcheck "main report is JSON" 'type == "array"' "$T/main.json"
jq -s '.[0] + .[1]' "$T/main.json" "$T/hang.json" >"$T/both.json"
cat "$T/main.log" "$T/hang.log" >"$T/both.log"

# the finding of a secret, from the test rules when built-in ones match too
PICK='[.[] | select(.secret == $s)] | (map(select(.rule_id | startswith("vtest-"))) + .)[0]'
while IFS=$'\t' read -r kind beh s want reason nreq; do
	got=$(jq -r --arg s "$s" "$PICK"' | .verification | "\(.status)\t\(.reason)"' "$T/both.json")
	gst=${got%%$'\t'*}
	grs=${got#*$'\t'}
	if [ "$gst" = "$want" ] && { [ "$reason" = "-" ] || [ "$grs" = "$reason" ]; }; then ok; else
		bad "$kind/$beh" "got '$got', want '$want' '$reason'"
	fi
	n=$(jq -s --arg s "$s" '[.[] | select(.secret == $s)] | length' "$T/both.log")
	if [ "$n" = "$nreq" ]; then ok; else bad "$kind/$beh requests" "fake saw $n, want $nreq"; fi
done <"$T/cases.tsv"

# secret of a case
sec() { awk -F'\t' -v k="$1" -v b="$2" '$1 == k && $2 == b { print $3; exit }' "$T/cases.tsv"; }
# req SECRET JQ-EXPR: the expression holds for every request with that secret
req() {
	jq -e -s --arg s "$1" "[.[] | select(.secret == \$s)] | length > 0 and all($2)" "$LOG" >/dev/null
}
# detail SECRET JQ-EXPR: holds for the verification of that secret
detail() {
	jq -e --arg s "$1" "$PICK | .verification | $2" "$T/main.json" >/dev/null
}

# ---- what was sent where ----
S=$(sec pak ok)
check "pak: POST to the refresh endpoint" req "$S" '.method == "POST" and .path == "/localdevauth/v1/auth/refresh"'
check "pak: no Authorization header" req "$S" '.headers.authorization == null'
check "pak: JSON body with the key only" req "$S" '.headers["content-type"] == "application/json" and (.body | fromjson) == {"encodedOAuthRefreshToken": $s}'
check "pak: details" detail "$S" '.details.hub_id == 12345678 and .details.hub_name == "Acme Fake Portal" and .details.user_id == 4242 and (.details.scopes | length) == 2 and .details.account_type == "STANDARD"'
jcheck "no PAK ever sent as a Bearer token" -s 'all(.[]; (.headers.authorization // "") | test("CiR") | not)' "$T/both.log"
S=$(sec pat ok)
check "pat: POST with Bearer and tokenKey" req "$S" '.method == "POST" and .path == "/oauth/v2/private-apps/get/access-token-info" and .headers.authorization == "Bearer " + $s and (.body | fromjson) == {"tokenKey": $s}'
check "pat: details" detail "$S" '.details.hub_id == 12345678 and .details.app_id == 777 and .details.user_id == 4242 and .details.scopes == ["crm.objects.contacts.read"]'
S=$(sec access ok)
check "access: GET the token's info" req "$S" '.method == "GET" and .path == "/oauth/v1/access-tokens/" + $s and .body == "" and .headers.authorization == null'
check "access: details, no e-mail" detail "$S" '.details.hub_domain == "acme-fake.example.com" and .details.app_id == 777 and (.details.expires_at | test("Z$")) and .details.user_email == null'
S=$(sec refresh ok)
check "refresh: GET the token's info" req "$S" '.method == "GET" and .path == "/oauth/v1/refresh-tokens/" + $s and .body == ""'
check "refresh: details" detail "$S" '.details.client_id == "fake-client-id" and .details.hub_id == 12345678 and .details.user_email == null'
S=$(sec apikey ok)
check "apikey: GET /integrations/v1/me?hapikey=" req "$S" '.method == "GET" and .path == "/integrations/v1/me" and .query == "hapikey=" + $s'
check "apikey: details" detail "$S" '.details.hub_id == 12345678'
S=$(sec github ok)
check "github: GET /user with Bearer" req "$S" '.method == "GET" and .path == "/user" and .headers.authorization == "Bearer " + $s and .headers.accept == "application/vnd.github+json"'
check "github: details from body and headers" detail "$S" '.details.login == "octo-fake" and .details.user_id == 583231 and .details.scopes == ["repo", "read:org"] and .details.expires_at != null and .details.email == null'
S=$(sec gitlab ok)
check "gitlab: PRIVATE-TOKEN, no Authorization" req "$S" '.method == "GET" and .path == "/api/v4/personal_access_tokens/self" and .headers["private-token"] == $s and .headers.authorization == null'
check "gitlab: details" detail "$S" '.details.scopes == ["api", "read_user"] and .details.token_name == "ci-token"'
S=$(sec slack ok)
check "slack: POST auth.test" req "$S" '.method == "POST" and .path == "/api/auth.test" and .headers.authorization == "Bearer " + $s and .body == ""'
check "slack: details" detail "$S" '.details.team_id == "T0FAKE" and .details.scopes == ["chat:write", "channels:read"]'
for k in stripe:/v1/account openai:/v1/models npm:/-/whoami sendgrid:/v3/scopes; do
	S=$(sec "${k%%:*}" ok)
	check "${k%%:*}: GET ${k#*:} with Bearer" req "$S" ".method == \"GET\" and .path == \"${k#*:}\" and .headers.authorization == \"Bearer \" + \$s"
done
check "stripe: details, no e-mail" detail "$(sec stripe ok)" '.details.account_id == "acct_1Fake" and .details.account_name == "Acme Fake Inc" and .details.email == null'
check "npm: details" detail "$(sec npm ok)" '.details.login == "npm-fake"'
check "sendgrid: details" detail "$(sec sendgrid ok)" '.details.scopes == ["mail.send", "alerts.read"]'
jcheck "only GET and POST, never DELETE" -s 'all(.[]; .method == "GET" or .method == "POST")' "$T/both.log"
jcheck "neutral User-Agent" -s --arg ua "keyhound/$VERSION" 'all(.[]; .headers["user-agent"] == $ua)' "$T/both.log"
jcheck "the redirect was not followed" -s 'all(.[]; .path != "/steal")' "$LOG"
jcheck "at most --verify-jobs in flight" -s 'max_by(.inflight).inflight <= 16' "$LOG"
# per-host token bucket: 20/s with a burst of 20, so no 1 s window holds 41
jcheck "per-host rate limit" -s '[.[].t] | sort as $t | [range(0; $t | length) as $i | [$t[$i:][] | select(. < $t[$i] + 1)] | length] | max <= 40' "$LOG"
check "expired token decided offline" detail "$(sec access offline)" '.status == "invalid" and .reason == "expired" and (.details.expired_at | startswith("2020-"))'

# ---- dedupe, shape, what never leaks ----
DUP=$(cat "$T/dup")
check "50 occurrences, 1 request" [ "$(jq -s --arg s "$DUP" '[.[] | select(.secret == $s)] | length' "$LOG")" = 1 ]
jcheck "50 occurrences, 50 verified findings" --arg s "$DUP" '[.[] | select(.secret == $s) | .verification.status] | length == 50 and all(. == "verified")' "$T/main.json"
jcheck "verification object shape" '[.[] | select(.verification) | .verification] | length > 0 and all((.status | IN("verified", "invalid", "unknown", "unverifiable")) and (.reason | type == "string") and (.checked_at | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")) and (.details | type == "object"))' "$T/main.json"
jcheck "rule without verifier: no verification" '[.[] | select(.rule_id == "vtest-plain")] | length == 1 and all(.verification == null)' "$T/main.json"
check "no provider token in the report" bash -c "! grep -q LEAKED '$T/main.json'"
check "no e-mail without --verify-show-email" bash -c "! grep -q '@example.com' '$T/main.json'"
jcheck "details never hold the secret" 'all(.[]; .secret as $s | (.verification.details // {} | tostring | contains($s)) | not)' "$T/main.json"
check "no secret on stderr" bash -c "! grep -F -f '$T/all-secrets' '$T/main.err' '$T/hang.err'"
check "no hapikey URL on stderr" bash -c "! grep -qi hapikey '$T/main.err'"
check "override warning names the host" grep -q "hubspot credentials will be sent to 127.0.0.1:$MAIN_PORT" "$T/main.err"

# ---- options: --fail-on, --only-verified, --verify-show-email ----
start_fake opt
mapfile -t EP < <(endpoints "$PORT")
cp "$T/opt.script" "$T/opt.script.bak"
expect_exit 1 "--fail-on verified with a live key" -- kh scan "$T/opt" --verify --fail-on verified -f json "${EP[@]}"
expect_exit 0 "--fail-on verified without one" -- kh scan "$T/bad-only" --verify --fail-on verified -f json "${EP[@]}"
expect_exit 1 "--fail-on any (default) without one" -- kh scan "$T/bad-only" --verify -f json "${EP[@]}"
expect_exit 1 "--only-verified" -- kh scan "$T/opt" --verify --only-verified -f json --show-secrets "${EP[@]}"
jcheck "--only-verified keeps the live key only" --arg s "$(cat "$T/good.sec")" 'length == 1 and .[0].secret == $s and .[0].verification.status == "verified"' "$T/out"
expect_exit 0 "--only-verified with none" -- kh scan "$T/bad-only" --verify --only-verified -f json "${EP[@]}"
jcheck "--only-verified with none: empty" 'length == 0' "$T/out"
expect_exit 1 "--verify-show-email" -- kh scan "$T/email" --rules "$RULES" --verify --verify-show-email -f json --show-secrets "${EP[@]}"
jcheck "e-mail shown when asked" '[.[] | select(.rule_id == "vtest-hubspot-access" or .rule_id == "vtest-hubspot-refresh")] | length == 2 and all(.verification.details.user_email == "dev@example.com")' "$T/out"
jcheck "github e-mail shown when asked" '[.[] | select(.secret | startswith("ghp_"))][0].verification.details.email == "octo@example.com"' "$T/out"
check "still no provider token" bash -c "! grep -q LEAKED '$T/out'"

# ---- keyhound verify REPORT.json ----
expect_exit 1 "scan for a report" -- kh scan "$T/email" "$T/opt" --rules "$RULES" -f json -o "$T/r.json"
jcheck "the plain report has no verification" 'all(.[]; .verification == null)' "$T/r.json"
before=$(wc -l <"$T/opt.log")
expect_exit 1 "verify REPORT.json" -- kh verify "$T/r.json" --rules "$RULES" -f json "${EP[@]}"
jcheck "round trip keeps the findings" --slurpfile r "$T/r.json" 'length == ($r[0] | length) and ([.[].fingerprint] | sort) == ([$r[0][].fingerprint] | sort)' "$T/out"
jcheck "round trip verifies" '[.[] | .verification.status] | all(. == "verified" or . == "invalid") and any(. == "invalid") and any(. == "verified")' "$T/out"
check "round trip made requests" [ "$(wc -l <"$T/opt.log")" -gt "$before" ]
expect_exit 1 "scan for a jsonl report" -- kh scan "$T/opt" -f jsonl -o "$T/r.jsonl"
expect_exit 1 "verify a jsonl report, --only-verified, --fail-on verified" -- kh verify "$T/r.jsonl" --only-verified --fail-on verified -f json "${EP[@]}"
jcheck "jsonl round trip" 'length == 1 and .[0].verification.status == "verified"' "$T/out"
# a report written when the token was still live, read back after expiry
jq --arg s "$(sec access offline)" '[{rule_id: "vtest-hubspot-access", secret: $s, file: "x", line: 1, column: 1, end_line: 1, end_column: 2, fingerprint: "x", entropy: 1, validation: {structure: "valid", expired: false}}]' -n >"$T/stale.json"
before=$(wc -l <"$T/opt.log")
expect_exit 1 "verify a report whose token has expired since" -- kh verify "$T/stale.json" --rules "$RULES" -f json "${EP[@]}"
jcheck "expired since: decided offline" '.[0].verification.status == "invalid" and .[0].verification.reason == "expired" and (.[0].fingerprint | length) == 32' "$T/out"
check "expired since: no request" [ "$(wc -l <"$T/opt.log")" = "$before" ]
expect_exit 1 "scan for a redacted report" -- kh scan "$T/opt" --redact -f json -o "$T/red.json"
expect_exit 2 "a redacted report is refused" -- kh verify "$T/red.json" "${EP[@]}"
check "redacted: says why" grep -q -- "--redact" "$T/err"
jq '.[0].rule_id = "no-such-rule"' "$T/r.json" >"$T/norule.json"
expect_exit 2 "unknown rule in a report" -- kh verify "$T/norule.json" --rules "$RULES" "${EP[@]}"
check "unknown rule: named" grep -q "no-such-rule" "$T/err"
jq '.[0].rule_id = "two\nlines\u001b[31m"' "$T/r.json" >"$T/nlrule.json"
expect_exit 2 "a rule id with a newline and an escape" -- kh verify "$T/nlrule.json" --rules "$RULES"
check "control characters never reach stderr: one line" \
	test "$(wc -l <"$T/err")" = 1 -a "$(tr -d '\n' <"$T/err" | tr -d '[:print:]' | wc -c)" = 0
echo 'not json' >"$T/junk.json"
expect_exit 2 "not a report" -- kh verify "$T/junk.json"
expect_exit 2 "missing report" -- kh verify "$T/nope.json"
# libcurl is loaded on the first --verify: a library without its functions
# is one line naming what is missing, and no report is written
mkdir -p "$T/fakecurl"
echo 'int keyhound_not_curl;' | cc -shared -fPIC -x c -o "$T/fakecurl/libcurl.so.4" -
expect_exit 2 "a libcurl without its functions" -- env LD_LIBRARY_PATH="$T/fakecurl" \
	"$KEYHOUND" verify "$T/r.json" --rules "$RULES" -f json -o "$T/nocurl.json" "${EP[@]}"
check "a libcurl without its functions: named" \
	grep -qE -- "^keyhound: error: --verify: libcurl has no curl_[a-z_]+ \(7.85 or newer" "$T/err"
check "a libcurl without its functions: no report" test ! -e "$T/nocurl.json"

# ---- --verify-endpoint checks ----
mkdir -p "$T/empty"
expect_exit 2 "unknown provider" -- kh scan "$T/empty" --verify --verify-endpoint nosuch=https://127.0.0.1/
check "unknown provider: named" grep -q "unknown provider 'nosuch'" "$T/err"
for u in http://example.com http://10.0.0.1:8080 http://127.0.0.1.evil.example/ ftp://127.0.0.1/ \
	'not a url' https://user:pw@api.hubapiqa.com 'https://api.hubapiqa.com/?x=1' ''; do
	expect_exit 2 "endpoint '$u' refused" -- kh scan "$T/empty" --verify --verify-endpoint "hubspot=$u"
done
expect_exit 2 "endpoint without =" -- kh scan "$T/empty" --verify --verify-endpoint hubspot
expect_exit 2 "endpoint given twice" -- kh scan "$T/empty" --verify --verify-endpoint hubspot=https://a.example --verify-endpoint hubspot=https://b.example
for u in http://localhost:1 'http://[::1]:1/' http://127.8.9.10:1 https://api.hubapiqa.com/; do
	expect_exit 0 "endpoint '$u' accepted" -- kh scan "$T/empty" --verify --verify-endpoint "hubspot=$u"
done
check "https override warns with the host" grep -q "hubspot credentials will be sent to api.hubapiqa.com instead of api.hubapi.com" "$T/err"

# ---- connection refused ----
DEAD=$(python3 "$FAKE" free-port)
mapfile -t EP < <(endpoints "$DEAD")
expect_exit 1 "connection refused" -- kh scan "$T/opt" "$T/email" --rules "$RULES" --verify -f json "${EP[@]}"
jcheck "connection refused: unknown" '[.[] | .verification] | length >= 4 and all(.status == "unknown" and .reason == "connection failed")' "$T/out"
check "connection refused: no secret on stderr" bash -c "! grep -F -f <(jq -r '.[].secret' '$T/out') '$T/err'"

# ---- interrupt and progress: a slow provider (1 s per answer) ----
# 20 distinct fake GitHub tokens, each found twice; 2 requests at a time.
mkdir -p "$T/slow"
python3 "$FAKE" gen github 20 11 | awk '{ print "a" NR "=" $0; print "b" NR "=" $0 }' >"$T/slow/t.env"
start_fake slow --delay-ms 1000
mapfile -t EP < <(endpoints "$PORT")
# kh.sh ARGS...: `keyhound scan ARGS` that leaves its process id in $T/kh.pid
printf 'echo $$ >"%s/kh.pid"; exec "%s" scan "$@"\n' "$T" "$KEYHOUND" >"$T/kh.sh"
# slow_run [tty] SIGNAL ARGS...: kh.sh on $T/slow in the background (under
# script(1), a terminal, with tty); SIGNAL once the fake has seen 3 requests
# (at most 60 s); the exit status in $RC.
slow_run() {
	local tty=0 sig pid i n0
	[ "$1" = tty ] && { tty=1; shift; }
	sig=$1
	shift
	n0=$(wc -l <"$T/slow.log")
	rm -f "$T/kh.pid"
	if [ $tty = 1 ]; then
		script -qfec "bash $T/kh.sh $T/slow --verify --verify-jobs 2 -f json ${EP[*]} $*" \
			"$T/typescript" >"$T/tty.out" 2>&1 &
	else
		bash "$T/kh.sh" "$T/slow" --verify --verify-jobs 2 -f json "${EP[@]}" "$@" \
			>"$T/out" 2>"$T/err" &
	fi
	for i in $(seq 600); do
		[ -s "$T/kh.pid" ] && [ $(($(wc -l <"$T/slow.log") - n0)) -ge 3 ] && break
		sleep 0.1
	done
	pid=$(cat "$T/kh.pid")
	kill "-$sig" "$pid"
	# bounded: a run that ignores the signal is killed (and fails below)
	for i in $(seq 600); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL "$pid" 2>/dev/null
	wait $!
	RC=$?
}
# interrupted JSON: the report has all 40 findings, some verified, the rest
# unknown "interrupted", nothing else (-s: jq 1.6 -e passes an empty file)
interrupted() {
	jq -e -s 'length == 1 and (.[0] | length == 40 and all(.verification.status == "verified" or
		(.verification.status == "unknown" and .verification.reason == "interrupted"))
		and any(.verification.status == "verified")
		and any(.verification.reason == "interrupted"))' "$1" >/dev/null
}
slow_run INT -o "$T/slow.json"
check "SIGINT while verifying: exit 130" [ "$RC" = 130 ]
check "SIGINT: the report is whole" interrupted "$T/slow.json"
check "SIGINT: no temporary file left" bash -c "! ls '$T'/slow.json.tmp.* 2>/dev/null"
check "SIGINT: stderr says how many were checked" \
	grep -Eq '^keyhound: verify interrupted: [0-9]+ of 20 distinct secrets checked' "$T/err"
check "SIGINT: no progress line when stderr is a file" bash -c "! grep -q 'secrets checked,' '$T/err'"
slow_run TERM
check "SIGTERM while verifying: exit 143" [ "$RC" = 143 ]
check "SIGTERM: the report on stdout is whole" interrupted "$T/out"
check "interrupt: no secret on stderr" bash -c "! grep -F -f <(jq -r '.[].secret' '$T/out') '$T/err'"

# progress on a terminal (script(1) gives keyhound a pty), not with -q;
# CI runners set CI, which keeps the line off even on a terminal
unset CI
mkdir -p "$T/few"
head -n 4 "$T/slow/t.env" >"$T/few/t.env"
script -qfec "bash $T/kh.sh $T/few --verify -f json -o $T/few.json ${EP[*]}" \
	"$T/typescript" >"$T/tty.out" 2>&1
check "progress line on a terminal" grep -q 'verify: 2/2 secrets checked, 2 verified, [0-9]*s, done' "$T/tty.out"
check "progress redrawn in place" grep -q $'\rverify: ' "$T/tty.out"
script -qfec "bash $T/kh.sh $T/few -q --verify -f json -o $T/few.json ${EP[*]}" \
	"$T/typescript" >"$T/tty.out" 2>&1
check "no progress line with -q" bash -c "! grep -q 'secrets checked' '$T/tty.out'"
script -qfec "bash $T/kh.sh $T/few --no-progress --verify -f json -o $T/few.json ${EP[*]}" \
	"$T/typescript" >"$T/tty.out" 2>&1
check "no progress line with --no-progress" bash -c "! grep -q 'secrets checked' '$T/tty.out'"
"$KEYHOUND" scan "$T/few" --progress --verify -f json -o "$T/few.json" "${EP[@]}" 2>"$T/few.err"
check "--progress: the line into a file, kept at the end" \
	grep -q $'\rverify: 2/2 secrets checked, 2 verified, [0-9]*s, done\033\\[K$' "$T/few.err"
slow_run tty INT -o "$T/slow.json"
check "SIGINT on a terminal: exit 130" [ "$RC" = 130 ]
check "SIGINT on a terminal: the last progress line says so" \
	grep -Eq 'verify: [0-9]+/20 secrets checked, [0-9]+ verified, [0-9]+s, interrupted' "$T/tty.out"
check "SIGINT on a terminal: the report is whole" interrupted "$T/slow.json"

finish e2e_verify
