#!/bin/bash
# tests/e2e_verify_data.sh - every rule with a "verify" block, against the fake.
#
# Generic: reads the built-in rule files, so a rule that gains a verify block
# is covered without a line here. Every example of every such rule is
# scanned with --verify, with each provider's --verify-endpoint pointed at
# tests/fake_provider.py, once per scenario; the fake answers from the rule's
# own block (a body that satisfies "valid", the first "invalid" status, a WAF's
# HTML 403, 429 with Retry-After, 500, no answer). The scenarios run in
# parallel. Checked: the verdict of each, and for "ok" the request itself
# (method, path, the headers, basic auth and body that carry the secret).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FAKE=$ROOT/tests/fake_provider.py
FAKE_PIDS=""
KH_PIDS=""
trap 'for p in $FAKE_PIDS $KH_PIDS; do kill "$p" 2>/dev/null; done; rm -rf "$T"' EXIT
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost
SCENARIOS="ok invalid html403 always429 err500 hang"

# ---- inputs: every example of every rule with a verify block ----------------
python3 - "$ROOT/patterns" "$T" <<'EOF' || { bad "collect rules"; finish e2e_verify_data; exit 1; }
import glob, json, os, re, sys
pat, T = sys.argv[1], sys.argv[2]
specs, rules, secrets = {}, {}, []
for f in sorted(glob.glob(pat + "/*.json")):
    doc = json.load(open(f))
    provider = doc.get("provider", "custom")
    for r in doc["rules"]:
        v = r.get("verify")
        if v is None:
            continue
        rules[r["id"]] = {"provider": provider, "spec": v}
        if "unverifiable" not in v:
            specs.setdefault(provider, []).append(v)
        for i, ex in enumerate(r.get("examples", [])):
            if isinstance(ex, str):
                ex = {"text": ex}
            if ex.get("secret"):
                secrets.append(ex["secret"])
            # a response keyed by a group of the match (a GCP key id)
            for path in (v.get("valid") or {}).get("json_exists", []) if isinstance(v.get("valid"), dict) else []:
                for g in re.findall(r"\{group:([^}]*)\}", path):
                    m = re.search(r["regex"].replace("(?<", "(?P<").replace("(?P<=", "(?<=").replace("(?P<!", "(?<!"), ex["text"])
                    if m and m.group(g):
                        secrets.append(m.group(g))
            # at the example's own relative path: a path rule needs it
            f = os.path.join(T, "in", r["id"], str(i), ex.get("path", "example.txt").lstrip("/"))
            os.makedirs(os.path.dirname(f))
            with open(f, "w") as o:
                o.write(ex["text"])
json.dump(specs, open(T + "/specs.json", "w"))
json.dump(rules, open(T + "/rules.json", "w"))
open(T + "/secrets", "w").write("\n".join(secrets) + "\n")
open(T + "/providers", "w").write("\n".join(sorted(specs)) + "\n")
print(len(rules), "rules with a verify block,", len(specs), "providers checked by request")
EOF
[ -s "$T/providers" ] || { bad "no rule with a verify block"; finish e2e_verify_data; exit 1; }

# start_fake SCENARIO: a fake answering every provider's block that way.
start_fake() {
	local sc=$1 i
	python3 "$FAKE" serve --port-file "$T/$sc.port" --log "$T/$sc.log" \
		--specs "$T/specs.json" --secrets "$T/secrets" --scenario "$sc" \
		--bind 127.0.0.1,127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5,127.0.0.6,127.0.0.7,127.0.0.8 \
		--idle 60 --max-life 300 --hang 4 2>"$T/$sc.fake-err" &
	FAKE_PIDS="$FAKE_PIDS $!"
	for i in $(seq 150); do
		[ -s "$T/$sc.port" ] && return 0
		sleep 0.1
	done
	bad "start fake $sc" "$(head -c 300 "$T/$sc.fake-err")"
	return 1
}

for sc in $SCENARIOS; do
	start_fake "$sc" || { finish e2e_verify_data; exit 1; }
done
# endpoints PORT: --verify-endpoint for every provider, spread over eight
# loopback addresses (each its own host for the 20/s per-host limit, as
# different providers are)
endpoints() {
	local n=0 p
	while read -r p; do
		printf -- '--verify-endpoint\n%s=http://127.0.0.%d:%s/p/%s\n' "$p" $((n % 8 + 1)) "$1" "$p"
		n=$((n + 1))
	done <"$T/providers"
}

for sc in $SCENARIOS; do
	mapfile -t args < <(endpoints "$(cat "$T/$sc.port")")
	[ "$sc" = hang ] && args+=(--verify-timeout 1)
	timeout 150 "$KEYHOUND" scan "$T/in" --verify --verify-jobs 32 -f json \
		-o "$T/$sc.json" "${args[@]}" >"$T/$sc.out" 2>"$T/$sc.err" &
	KH_PIDS="$KH_PIDS $!"
done
for p in $KH_PIDS; do
	wait "$p"
	rc=$?
	if [ "$rc" = 1 ]; then ok; else bad "scan exit code" "$rc, want 1"; fi
done
KH_PIDS=""
for sc in $SCENARIOS; do
	if grep -q "AddressSanitizer\|runtime error" "$T/$sc.err"; then
		bad "$sc: sanitizer" "$(head -c 400 "$T/$sc.err")"
	fi
done

# ---- verdicts and requests ---------------------------------------------------
python3 - "$T" "$SCENARIOS" >"$T/results" <<'EOF'
import base64, json, re, sys, urllib.parse
T, scenarios = sys.argv[1], sys.argv[2].split()
rules = json.load(open(T + "/rules.json"))
want = {"ok": ("verified", "valid"), "invalid": ("invalid", "invalid"),
        "html403": ("unknown", "non-JSON response (HTTP 403)"),
        "always429": ("unknown", "rate limited"),
        "err500": ("unknown", "server error (HTTP 500)"), "hang": ("unknown", "timeout")}

def out(ok, name, why=""):
    print(("PASS\t" if ok else "FAIL\t") + name + ("\t" + why if why else ""))

def tpl_regex(t, secret, esc):
    """A regex for template t with the secret as sent, groups as any text."""
    r, i = "", 0
    while i < len(t):
        if t.startswith("{secret}", i):
            r += re.escape(esc(secret))
            i += 8
        elif t.startswith("{group:", i) and "}" in t[i:]:
            r += ".+?"
            i = t.index("}", i) + 1
        else:
            r += re.escape(t[i])
            i += 1
    return "^" + r + "$"

def pct(s):
    return urllib.parse.quote(s, safe="-._~")

def jesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')

def request_ok(spec, secret, q):
    url = spec["url"]
    rest = url[url.index("//") + 2:]
    path = rest[rest.find("/"):]
    path, _, query = path.partition("?")
    if q["method"] != spec["method"]:
        return "method " + q["method"]
    if not re.match(tpl_regex(path, secret, pct), q["path"]):
        return "path " + q["path"]
    if not re.match(tpl_regex(query, secret, pct), q["query"]):
        return "query"
    for name, value in spec.get("headers", {}).items():
        if not re.match(tpl_regex(value, secret, str), q["headers"].get(name.lower(), "")):
            return "header " + name
    if spec.get("azure_sharedkey"):
        # signed here (the fake checks the HMAC): the account named, the key never sent
        if not q["headers"].get("authorization", "").startswith("SharedKey ") or \
                "x-ms-date" not in q["headers"]:
            return "no SharedKey signature"
        if secret in json.dumps(q):
            return "the signing key was sent"
    elif "aws_sigv4" in spec:
        # libcurl signs with the pair: the key id is named, the secret never sent
        h = q["headers"].get("authorization", "")
        if not h.startswith("AWS4-HMAC-SHA256 Credential=") or \
                "/%s/aws4_request" % spec["aws_sigv4"].split(":", 2)[2].replace(":", "/") not in h:
            return "no SigV4 signature for " + spec["aws_sigv4"]
        if secret in json.dumps(q):
            return "the signing secret was sent"
    elif "basic_auth" in spec:
        h = q["headers"].get("authorization", "")
        if not h.startswith("Basic "):
            return "no basic auth"
        up = base64.b64decode(h[6:]).decode()
        if not re.match(tpl_regex(":".join(spec["basic_auth"]), secret, str), up):
            return "basic auth"
    if spec["method"] == "POST":
        ct = spec.get("content_type", "")
        esc = jesc if "json" in ct else pct if "form" in ct else str
        if not re.match(tpl_regex(spec.get("body", ""), secret, esc), q["body"]):
            return "body"
        if ct and q["headers"].get("content-type") != ct:
            return "content type"
    return None

for sc in scenarios:
    try:
        report = json.load(open("%s/%s.json" % (T, sc)))
    except Exception as e:
        out(False, sc + ": report", str(e))
        continue
    log = [json.loads(l) for l in open("%s/%s.log" % (T, sc))]
    out(all(q["matched"] for q in log), sc + ": every request hit a rule's endpoint",
        ", ".join(sorted({q["provider"] + q["path"] for q in log if not q["matched"]}))[:300])
    for rid, meta in sorted(rules.items()):
        spec = meta["spec"]
        fs = [f for f in report if f["rule_id"] == rid]
        name = "%s/%s" % (sc, rid)
        if not fs:
            out(False, name, "no finding from the rule's examples")
            continue
        got = [(f.get("verification") or {}).get("status") for f in fs]
        if "unverifiable" in spec:
            out(all(g == "unverifiable" for g in got), name, repr(got))
            continue
        st, reason = want[sc]
        if sc in ("ok", "invalid"):
            key = "valid" if sc == "ok" else "invalid"
            if key not in spec:  # no "invalid": that answer is no verdict
                st, reason = "unknown", None
            else:
                m = spec[key][0] if isinstance(spec[key], list) else spec[key]
                reason = m.get("reason", reason)
        good = [f for f in fs if f["verification"]["status"] == st and
                reason in (None, f["verification"]["reason"])]
        # an example without the named groups a request needs is not sent
        rest = [f for f in fs if f not in good and
                not f["verification"]["reason"].startswith("not sent:")]
        out(good and not rest, name, "got " + repr(sorted({(f["verification"]["status"], f["verification"]["reason"]) for f in fs})))
        if sc != "ok":
            continue
        for f in good:
            reqs = [q for q in log if q["provider"] == meta["provider"]]
            whys = [request_ok(spec, f["secret"], q) for q in reqs]
            out(None in whys, name + ": request",
                "" if None in whys else "; ".join(sorted(set(whys)))[:300])
            d = f["verification"]["details"]
            out(f["secret"] not in json.dumps(d), name + ": details hold no secret")
EOF
while IFS=$'\t' read -r res name why; do
	if [ "$res" = PASS ]; then ok; else bad "$name" "$why"; fi
done <"$T/results"
check "results were produced" grep -q PASS "$T/results"

# ---- keyhound verify REPORT.json: the same checks from a report read back ----
# (groups are found again in the match; "nearby" partners need the scanned
# text, so their findings are not sent)
mapfile -t args < <(endpoints "$(cat "$T/ok.port")")
expect_exit 1 "scan for a report" -- timeout 120 "$KEYHOUND" scan "$T/in" -f json -o "$T/plain.json"
expect_exit 1 "verify the report" -- timeout 120 "$KEYHOUND" verify "$T/plain.json" -f json \
	-o "$T/again.json" "${args[@]}"
jq -n --slurpfile a "$T/ok.json" --slurpfile b "$T/again.json" --slurpfile r "$T/rules.json" '
	def verdicts(x): [x[] | select(.verification) | select($r[0][.rule_id].spec.nearby == null)
		| {fingerprint, s: .verification.status}] | sort_by(.fingerprint);
	verdicts($a[0]) == verdicts($b[0]) and (verdicts($b[0]) | length) > 0' >/dev/null
if [ $? = 0 ]; then ok; else bad "verify REPORT.json gives the scan's verdicts"; fi

# ---- the loader enforces the safety contract: exit 2, file and rule named ----
bad_rule() {
	printf '{"provider":"acme","rules":[{"id":"acme-key","description":"d","severity":"high",
"keywords":["acme_"],"regex":"(?<secret>acme_[a-z0-9]{8})","remediation":"r","verify":%s}]}\n' "$1" \
		>"$T/bad-rule.json"
	expect_exit 2 "refused: $2" -- "$KEYHOUND" scan "$T/in" --rules "$T/bad-rule.json"
	check "refused: $2: says where and why" grep -q "bad-rule.json: rule acme-key: verify: .*$2" "$T/err"
}
V='"valid":{"status":[200]},"invalid":{"status":[401]}'
bad_rule '{"method":"GET","url":"http://api.acme.example/me",'"$V"'}' "https://"
bad_rule '{"method":"GET","url":"https://{secret}/me",'"$V"'}' "first host label"
bad_rule '{"method":"DELETE","url":"https://api.acme.example/me",'"$V"'}' "GET, HEAD or POST"
bad_rule '{"method":"POST","url":"https://api.acme.example/me",'"$V"'}' "introspection"
bad_rule '{"method":"GET","url":"https://api.acme.example/keys/revoke",'"$V"'}' "changes a credential"

# ---- never a secret on stderr ------------------------------------------------
jq -r '.[].secret' "$T/ok.json" | sort -u >"$T/found-secrets"
check "secrets found" test -s "$T/found-secrets"
for sc in $SCENARIOS; do
	check "$sc: no secret on stderr" bash -c "! grep -F -f '$T/found-secrets' '$T/$sc.err'"
done

finish e2e_verify_data
