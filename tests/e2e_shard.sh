#!/usr/bin/env bash
# tests/e2e_shard.sh - an audit of many repositories cut into shares
# (`keyhound git --shard K/N`) run by GNU parallel as 4 local workers, the
# recipe deploy/parallel/audit.sh, and the Kubernetes pods' script
# (deploy/kubernetes/shard-script.yaml) run as 4 pods would run it: in
# every case `keyhound merge` must write, byte for byte, the report of the
# single run. Then merge's own contract: duplicates once, exit codes, and
# every bad input one line naming the file, exit 2, nothing written.
# shellcheck source=tests/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
KH=$KEYHOUND
if ! command -v parallel >/dev/null; then
	bad "GNU parallel" "not installed (make deps with the test packages)"
	finish e2e_shard
	exit 1
fi
par() { parallel --will-cite "$@"; }

# a dozen repositories: 11 small (secrets in history, in messages, on a
# branch, one shared; some clean) and a bare one of 300 files
if ! bash tests/make_audit_repos.sh "$T/repos" 11 300 >"$T/fixture.log" 2>&1; then
	bad "fixture" "make_audit_repos.sh failed: $(tail -5 "$T/fixture.log")"
	finish e2e_shard
	exit 1
fi
{
	echo "# the audit's repositories"
	ls -d "$T"/repos/*
} >"$T/list"
nrepos=$(grep -vc '^#' "$T/list")
check "a dozen repositories" test "$nrepos" = 12

# same bytes, or the first lines that differ
same() {
	if cmp -s "$2" "$3"; then ok; else
		bad "$1" "$(diff "$2" "$3" | head -c 600)"
	fi
}

# ---- the single run ---------------------------------------------------------
expect_exit 1 "single run: json" -- "$KH" git --repos-from "$T/list" -f json -o "$T/single.json"
expect_exit 1 "single run: jsonl" -- "$KH" git --repos-from "$T/list" -f jsonl -o "$T/single.jsonl"
expect_exit 1 "single run: text" -- "$KH" git --repos-from "$T/list" -f text -o "$T/single.txt"
check "single run: findings in several repositories" \
	jq -e '[.[].repository.path] | unique | length >= 8' "$T/single.json"
check "single run: clean repositories have none" \
	jq -e '[.[].repository.path | select(endswith("/svc0005"))] | length == 0' "$T/single.json"

# ---- 4 workers, one share each, by repository -------------------------------
# keyhound exits 1 on findings: a worker fails only from 2 on
shard_cmd="$KH git --repos-from $T/list --shard {}/4 -f jsonl -q -o $T/by-repo-{}.jsonl; test \$? -le 1"
check "parallel: 4 workers by repository" par -j 4 "$shard_cmd" ::: 1 2 3 4
check "every worker wrote its share" test "$(ls "$T"/by-repo-*.jsonl | wc -l)" = 4
check "each share holds a part, not all" \
	bash -c "for f in '$T'/by-repo-*.jsonl; do [ \$(wc -l <\"\$f\") -lt \$(wc -l <'$T/single.jsonl') ] || exit 1; done"
expect_exit 1 "merge: shares to json" -- "$KH" merge "$T"/by-repo-*.jsonl -f json -o "$T/merged.json"
same "merged json = the single run's, byte for byte" "$T/single.json" "$T/merged.json"
expect_exit 1 "merge: shares to jsonl" -- "$KH" merge "$T"/by-repo-*.jsonl -f jsonl -o "$T/merged.jsonl"
same "merged jsonl = the single run's" "$T/single.jsonl" "$T/merged.jsonl"
expect_exit 1 "merge: shares to text" -- "$KH" merge "$T"/by-repo-*.jsonl -f text -o "$T/merged.txt"
same "merged text = the single run's" "$T/single.txt" "$T/merged.txt"
# the order does not depend on the order of the shares either
expect_exit 1 "merge: shares in reverse" -- "$KH" merge $(ls -r "$T"/by-repo-*.jsonl) -f jsonl -o "$T/rev.jsonl"
same "shares in any order: the same report" "$T/single.jsonl" "$T/rev.jsonl"

# stdout masks secrets as the single run does; --redact masks the file too
expect_exit 1 "single run: json on stdout" -- "$KH" git --repos-from "$T/list" -f json -q
cp "$T/out" "$T/single-stdout.json"
expect_exit 1 "merge: json on stdout" -- "$KH" merge "$T"/by-repo-*.jsonl -f json -q
same "merged stdout (masked) = the single run's stdout" "$T/single-stdout.json" "$T/out"
check "stdout report has no secret" jq -e 'all(.[]; has("secret") | not)' "$T/out"
expect_exit 1 "single run: --redact" -- "$KH" git --repos-from "$T/list" -f json --redact -o "$T/single-redact.json"
expect_exit 1 "merge: --redact" -- "$KH" merge "$T"/by-repo-*.jsonl -f json --redact -o "$T/merged-redact.json"
same "merged --redact = the single run's --redact" "$T/single-redact.json" "$T/merged-redact.json"

# ---- one large repository: shares of its blobs ------------------------------
M=$T/repos/monolith.git
expect_exit 1 "large repository: single run" -- "$KH" git "$M" -f jsonl -o "$T/mono.jsonl"
check "parallel: 4 workers by blob" \
	par -j 4 "$KH git $M --shard {}/4 -f jsonl -q -o $T/blob-{}.jsonl; test \$? -le 1" ::: 1 2 3 4
check "blobs shared out: 2 shares or more have findings" \
	test "$(for f in "$T"/blob-*.jsonl; do [ -s "$f" ] && echo "$f"; done | wc -l)" -ge 2
check "no blob scanned twice: shares add up to the single run" \
	test "$(cat "$T"/blob-*.jsonl | wc -l)" = "$(wc -l <"$T/mono.jsonl")"
expect_exit 1 "merge: blob shares" -- "$KH" merge "$T"/blob-*.jsonl -f jsonl -o "$T/mono-merged.jsonl"
same "merged blob shares = the single run's" "$T/mono.jsonl" "$T/mono-merged.jsonl"

# ---- deploy/parallel/audit.sh over an ssh login file (":" is this host) ----
echo "4/:" >"$T/logins"
expect_exit 1 "audit.sh: 4 local workers" -- env KEYHOUND="$KH" \
	bash deploy/parallel/audit.sh -n 4 -S "$T/logins" -f json -o "$T/audit.json" "$T/list"
same "audit.sh report = the single run's" "$T/single.json" "$T/audit.json"
check "audit.sh report is private (0600)" test "$(stat -c %a "$T/audit.json")" = 600
# a repository that cannot be read: named, the rest reported, exit 2
{ cat "$T/list"; echo "$T/repos/gone"; } >"$T/list-gone"
expect_exit 2 "audit.sh: an unreadable repository" -- env KEYHOUND="$KH" \
	bash deploy/parallel/audit.sh -n 4 -S "$T/logins" -f json -o "$T/audit-gone.json" "$T/list-gone"
check "audit.sh: the unreadable repository named" grep -q "repos/gone" "$T/err"
same "audit.sh: the others still reported" "$T/single.json" "$T/audit-gone.json"
expect_exit 2 "audit.sh: no -o" -- bash deploy/parallel/audit.sh "$T/list"
check "audit.sh: usage" grep -q "^usage: audit.sh" "$T/err"
expect_exit 2 "audit.sh: a bad format, before any shard runs" -- env KEYHOUND=/nonexistent \
	bash deploy/parallel/audit.sh -f xml -o "$T/x.json" "$T/list"
check "audit.sh: says which format" grep -q "got 'xml'" "$T/err"

# ---- deploy/kubernetes: the manifests parse, the pods' script works ---------
check "kubernetes manifests parse and describe an Indexed Job" python3 - <<'EOF'
import glob, re, yaml
docs = {}
for f in sorted(glob.glob("deploy/kubernetes/*.yaml")):
    for d in yaml.safe_load_all(open(f)):
        docs.setdefault(d["kind"], []).append(d)
job = docs["Job"][0]["spec"]
cron = docs["CronJob"][0]["spec"]
assert re.fullmatch(r"[0-9*/ ,-]+", cron["schedule"]), cron["schedule"]
for spec in (job, cron["jobTemplate"]["spec"]):
    assert spec["completionMode"] == "Indexed"
    # keyhound's exit 2 is not retried; other failures are, per share
    rule = spec["podFailurePolicy"]["rules"][0]
    assert rule["action"] == "FailIndex" and rule["onExitCodes"]["values"] == [2]
    assert spec["backoffLimitPerIndex"] >= 1
    c = spec["template"]["spec"]["containers"][0]
    env = {e["name"]: e.get("value") for e in c["env"]}
    assert int(env["SHARDS"]) == spec["completions"] == spec["parallelism"]
    assert c["command"][-1] == "/etc/keyhound/shard.sh"
    mounts = {v["name"]: v["mountPath"] for v in c["volumeMounts"]}
    assert mounts["mirrors"] == env["MIRRORS"] and mounts["reports"] == env["REPORTS"]
script = docs["ConfigMap"][0]["data"]["shard.sh"]
assert "--shard \"$k/$SHARDS\"" in script and "k=$((JOB_COMPLETION_INDEX + 1))" in script
open("/dev/stdout", "w").write(script)
EOF
python3 -c 'import yaml,sys; print(yaml.safe_load(open(sys.argv[1]))["data"]["shard.sh"], end="")' \
	deploy/kubernetes/shard-script.yaml >"$T/shard.sh"
mkdir -p "$T/volume"
check "4 pods (JOB_COMPLETION_INDEX 0..3) run shard.sh" par -j 4 \
	"JOB_COMPLETION_INDEX={} SHARDS=4 MIRRORS=$T/repos REPORTS=$T/volume RUN=audit-1 KEYHOUND=$KH sh $T/shard.sh" ::: 0 1 2 3
# --discover names each repository as the list does: DIR/NAME
same "pods' merged report = the single run's" "$T/single.jsonl" "$T/volume/audit-1/report.jsonl"
check "each pod wrote its share" test "$(ls "$T"/volume/audit-1/shard-*.jsonl | wc -l)" = 4
# a pod whose keyhound fails fails too (Kubernetes retries it), and merges nothing
expect_exit 2 "a pod without its mirrors fails" -- env JOB_COMPLETION_INDEX=0 SHARDS=4 \
	MIRRORS="$T/no-mirrors" REPORTS="$T/volume" RUN=audit-2 KEYHOUND="$KH" sh "$T/shard.sh"
check "the failed pod names what it missed" grep -q "no-mirrors" "$T/err"
check "no report from a failed pod" test ! -e "$T/volume/audit-2/report.jsonl"

# ---- merge: duplicates, exit codes ------------------------------------------
expect_exit 1 "merge: a share given twice" -- "$KH" merge "$T"/by-repo-*.jsonl "$T/by-repo-1.jsonl" -f jsonl -o "$T/twice.jsonl"
same "a finding given twice is reported once" "$T/single.jsonl" "$T/twice.jsonl"
check "duplicates counted on stderr" grep -q "([1-9][0-9]* duplicates\? left out)" "$T/err"
expect_exit 1 "merge: json and jsonl together" -- "$KH" merge "$T/single.json" "$T/by-repo-2.jsonl" -f jsonl -o "$T/mixed.jsonl"
same "json and jsonl reports merge" "$T/single.jsonl" "$T/mixed.jsonl"
printf '[]\n' >"$T/empty.json"
: >"$T/empty.jsonl"
expect_exit 0 "merge: reports without findings exit 0" -- "$KH" merge "$T/empty.json" "$T/empty.jsonl" -f json -o "$T/none.json"
check "an empty report is []" test "$(cat "$T/none.json")" = "[]"
expect_exit 2 "merge: no report named" -- "$KH" merge
check "merge: says what it wants" grep -q "expected one or more reports" "$T/err"
expect_exit 2 "merge: git's options are not merge's" -- "$KH" merge --shard 1/2 "$T/empty.json"

# ---- merge: bad inputs: one line naming the file, exit 2, nothing written ---
secrets=$(jq -r '.[].secret' "$T/single.json")
bad_input() { # NAME FILE [WHAT]: merging a good share with FILE fails
	local name=$1 file=$2 what=${3:-}
	rm -f "$T/bad-out.json"
	expect_exit 2 "merge: $name" -- "$KH" merge "$T/by-repo-1.jsonl" "$file" -f json -o "$T/bad-out.json"
	check "merge: $name: one line" test "$(wc -l <"$T/err")" = 1
	check "merge: $name: names the file" grep -qF "$file" "$T/err"
	[ -z "$what" ] || check "merge: $name: says why" grep -q "$what" "$T/err"
	check "merge: $name: nothing written" bash -c "! ls '$T'/bad-out.json* 2>/dev/null"
	check "merge: $name: no secret on stderr" bash -c "! grep -qF '$secrets' '$T/err'"
}
bad_input "missing report" "$T/missing.jsonl" "cannot read report"
head -c 300 "$T/by-repo-1.jsonl" >"$T/cut.jsonl"
bad_input "cut short" "$T/cut.jsonl" "not a keyhound finding"
head -c 500 "$T/single.json" >"$T/cut.json"
bad_input "cut-short json" "$T/cut.json" "not a keyhound JSON report"
printf '{\n  "version": "2.1.0",\n  "runs": []\n}\n' >"$T/single.sarif"
bad_input "a SARIF report" "$T/single.sarif" "only json and jsonl reports"
bad_input "a text report" "$T/single.txt" "cannot be read back"
bad_input "a masked report" "$T/single-stdout.json" "no secret"
echo '{"foo": 1}' >"$T/foreign.jsonl"
bad_input "another tool's JSON" "$T/foreign.jsonl" "not a keyhound finding"
sed 's/"rule_id":"hubspot-private-app-token"/"rule_id":"no-such-rule"/' "$T/by-repo-1.jsonl" >"$T/unknown.jsonl"
bad_input "an unknown rule" "$T/unknown.jsonl" "unknown rule"
mkdir "$T/dir.jsonl"
bad_input "a directory" "$T/dir.jsonl"

finish e2e_shard
