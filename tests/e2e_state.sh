#!/usr/bin/env bash
# tests/e2e_state.sh - `keyhound git --state FILE` and `--new-only`: a second
# audit skips what the first scanned and reports the same findings, one new
# commit is all a re-run walks, a new ruleset rescans, a damaged or foreign
# file is an error, runs may share the file, a killed run loses nothing.
# shellcheck source=tests/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com

# token N: a GitHub token-shaped secret, different for each N
token() { printf 'ghp_%s' "$(printf 'token %s' "$1" | sha256sum | head -c 36)"; }
# the findings of a report, as sorted lines: rule commit file line column secret
findings() {
	jq -r '.[] | "\(.rule_id) \(.commit.id // "-") \(.file // "-") \(.line) \(.column) \(.secret)"' "$1" | sort
}
# same_findings NAME A B
same_findings() {
	if [ "$(findings "$2")" = "$(findings "$3")" ]; then ok; else
		bad "$1" "$(diff <(findings "$2") <(findings "$3") | head -c 600)"
	fi
}
# check_note NAME STDERR PATTERN (grep -E)
check_note() {
	if grep -Eq -- "$3" "$2"; then ok; else bad "$1" "'$3' not in: $(head -c 600 "$2")"; fi
}

R=$T/repo
git init -q -b main "$R"
for i in 1 2 3; do
	mkdir -p "$R/d$i"
	printf 'TOKEN=%s\n' "$(token "$i")" >"$R/d$i/app.env"
	printf 'plain file %s\n' "$i" >"$R/d$i/readme.txt"
	git -C "$R" add -A && git -C "$R" commit -qm "commit $i"
done
git -C "$R" mv d1/app.env d1/moved.env && git -C "$R" commit -qm "rename"
# a secret inside an archive (the finding names the member) and one in
# base64 (decoded): both rebuilt from the state exactly
mkdir -p "$R/pkg"
printf 'TOKEN=%s\n' "$(token 7)" >"$T/inner.env"
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], "w"); z.write(sys.argv[2], "conf/inner.env"); z.close()' \
	"$R/pkg/bundle.zip" "$T/inner.env"
printf 'apiVersion: v1\nkind: Secret\ndata:\n  GITHUB_TOKEN: %s\n' \
	"$(printf '%s' "$(token 8)" | base64 -w0)" >"$R/pkg/secret.yaml"
# bytes that are not UTF-8, in a file name and around a secret
printf 'x\377 TOKEN=%s \351t\351\n' "$(token 6)" >"$R/pkg/caf$(printf '\351').env"
git -C "$R" add -A && git -C "$R" commit -qm "packaged"
cp "$R/pkg/bundle.zip" "$R/pkg/copy.zip" && git -C "$R" add -A && git -C "$R" commit -qm "copy"
git -C "$R" tag -a v1 -m "release $(token 9)"
KH() { "$KEYHOUND" git -f json --show-secrets "$@"; }
S=$T/state.db

# ---- first audit: everything, the same as without state ---------------------
expect_exit 1 "plain audit" -- KH "$R"
cp "$T/out" "$T/plain.json"
expect_exit 1 "first audit with --state" -- KH --state "$S" "$R"
cp "$T/out" "$T/first.json"
check_note "first audit scans every blob" "$T/err" "state .*: 9 blobs scanned, 0 skipped"
check "first audit: the archive member and the decoded secret" test \
	"$(jq '[.[] | select(.file == "pkg/copy.zip!conf/inner.env" or (.decoded // [] | length > 0))] | length' "$T/first.json")" = 2
same_findings "first audit: the findings of a plain audit" "$T/plain.json" "$T/first.json"
check "first audit: the finding in a file whose name is not UTF-8" test \
	"$(jq '[.[] | select(.file_bytes)] | length' "$T/first.json")" = 1
check "state file is mode 0600" test "$(stat -c %a "$S")" = 600
: >"$T/empty.db"
chmod 644 "$T/empty.db"
expect_exit 1 "an empty file as state" -- KH --state "$T/empty.db" "$R"
check "an empty file made a state file is mode 0600" test "$(stat -c %a "$T/empty.db")" = 600
[ "$(jq length "$T/first.json")" -ge 4 ] && ok || bad "first audit finds the tokens" "$(cat "$T/first.json")"

# ---- second audit: nothing scanned, the same findings --------------------------
expect_exit 1 "second audit" -- KH --state "$S" "$R"
check_note "second audit scans no blob and walks no commit" "$T/err" \
	"state .*: 0 blobs scanned, 0 skipped \(scanned before\), history of the last audit not walked again"
check_note "second audit: 0 commits" "$T/err" ": 0 commits, 0 distinct blobs"
same_findings "second audit: the same findings, rebuilt from the state" "$T/plain.json" "$T/out"
check "second audit: byte-identical report" cmp -s "$T/plain.json" "$T/out"
expect_exit 0 "--new-only with nothing new exits 0" -- KH --state "$S" --new-only "$R"
check "--new-only with nothing new reports nothing" test "$(jq length "$T/out")" = 0

# ---- one new commit: only it is walked; --new-only reports only its secret -----
printf 'KEY=%s\n' "$(token 4)" >"$R/d2/new.env"
printf 'TOKEN=%s\n' "$(token 2)" >"$R/d3/copy.env" # an old blob at a new path
git -C "$R" add -A && git -C "$R" commit -qm "commit 4"
expect_exit 1 "plain audit after one commit" -- KH "$R"
cp "$T/out" "$T/plain2.json"
expect_exit 1 "--new-only after one commit" -- KH --state "$S" --new-only "$R"
check_note "one commit walked" "$T/err" ": 1 commit, 2 distinct blobs"
check_note "only the new blob scanned, the known one skipped" "$T/err" \
	"state .*: 1 blob scanned, 1 skipped"
check "--new-only: the new secret and the old one at its new path" test \
	"$(jq -r '[.[] | .secret] | sort | join(" ")' "$T/out")" = "$(printf '%s\n' "$(token 2)" "$(token 4)" | sort | paste -sd' ')"
check "--new-only: nothing of the old history" test \
	"$(jq '[.[] | select(.commit.message != "commit 4")] | length' "$T/out")" = 0
expect_exit 1 "full report after one commit" -- KH --state "$S" "$R"
same_findings "report after one commit: complete" "$T/plain2.json" "$T/out"
check "report after one commit: byte-identical" cmp -s "$T/plain2.json" "$T/out"

# ---- a rewritten history is walked whole again ---------------------------------
git -C "$R" branch -q keep
git -C "$R" reset -q --hard HEAD~1
git -C "$R" branch -q -D keep
git -C "$R" reflog expire --expire=now --all && git -C "$R" gc -q --prune=now
expect_exit 1 "plain audit after a rewrite" -- KH "$R"
cp "$T/out" "$T/plain3.json"
expect_exit 1 "audit after a rewrite" -- KH --state "$S" "$R"
check_note "rewrite: the whole history walked, blobs skipped" "$T/err" \
	"state .*: 0 blobs scanned, 9 skipped \(scanned before\)$"
same_findings "rewrite: the dropped commit's findings are gone" "$T/plain3.json" "$T/out"

# ---- a new ruleset rescans ------------------------------------------------------
mkdir -p "$T/rules"
cat >"$T/rules/extra.json" <<'EOF'
{"provider":"acme","rules":[{"id":"acme-plain","description":"d","severity":"low",
 "keywords":["plain file"],"regex":"plain file (\\d+)","remediation":"r"}]}
EOF
expect_exit 1 "new ruleset" -- KH --state "$S" --rules "$T/rules/extra.json" "$R"
check_note "new ruleset: every blob scanned again" "$T/err" "state .*: 9 blobs scanned, 0 skipped"
check "new ruleset: its rule finds" test \
	"$(jq '[.[] | select(.rule_id == "acme-plain")] | length' "$T/out")" = 3
expect_exit 1 "new ruleset, again" -- KH --state "$S" --rules "$T/rules/extra.json" "$R"
check_note "new ruleset, again: nothing scanned" "$T/err" "state .*: 0 blobs scanned"
expect_exit 1 "old ruleset, again" -- KH --state "$S" "$R"
check_note "old ruleset: still known" "$T/err" "state .*: 0 blobs scanned"
same_findings "old ruleset: the same findings" "$T/plain3.json" "$T/out"
# a rule's "match_holds" decides what it may find: another ruleset
sed 's/"regex"/"match_holds":"@","regex"/' "$T/rules/extra.json" >"$T/rules/holds.json"
expect_exit 1 "match_holds ruleset" -- KH --state "$S" --rules "$T/rules/holds.json" "$R"
check_note "match_holds ruleset: every blob scanned again" "$T/err" "state .*: 9 blobs scanned, 0 skipped"
check "match_holds ruleset: no line holds an @" test \
	"$(jq '[.[] | select(.rule_id == "acme-plain")] | length' "$T/out")" = 0

# ---- a walk that could not read a blob is walked whole next time --------------
M=$T/missing
git init -q -b main "$M"
printf 'TOKEN=%s\n' "$(token 5)" >"$M/a.env"
printf 'gone\n' >"$M/b.txt"
git -C "$M" add -A && git -C "$M" commit -qm "two files"
rm -f "$M/.git/objects/$(git -C "$M" rev-parse HEAD:b.txt | sed 's#^..#&/#')"
KH --state "$T/missing.db" "$M" >/dev/null 2>"$T/err"
check_note "missing blob: warned" "$T/err" "b.txt|$(git -C "$M" rev-parse HEAD:b.txt)"
KH --state "$T/missing.db" "$M" >/dev/null 2>"$T/err"
check_note "missing blob: the next audit walks the history again" "$T/err" \
	"state .*: 0 blobs scanned, 1 skipped \(scanned before\)$"
git -C "$M" hash-object -w "$M/b.txt" >/dev/null
KH --state "$T/missing.db" "$M" >/dev/null 2>"$T/err"
check_note "missing blob restored: read now" "$T/err" "state .*: 1 blob scanned, 1 skipped"
KH --state "$T/missing.db" "$M" >/dev/null 2>"$T/err"
check_note "then the history is known" "$T/err" "history of the last audit not walked again"

# ---- bad state files ------------------------------------------------------------
printf 'not a database\n' >"$T/text.db"
expect_exit 2 "a text file as state" -- KH --state "$T/text.db" "$R"
check_note "a text file as state: named" "$T/err" "text.db: not a keyhound state file"
cp "$S" "$T/damaged.db"
dd if=/dev/urandom of="$T/damaged.db" bs=1 seek=100 count=3000 conv=notrunc 2>/dev/null
expect_exit 2 "a damaged state file" -- KH --state "$T/damaged.db" "$R"
check_note "a damaged state file: named" "$T/err" "damaged.db: "
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("create table t(x)"); c.commit()' "$T/other.db"
expect_exit 2 "another program's SQLite file" -- KH --state "$T/other.db" "$R"
check_note "another program's SQLite file: named" "$T/err" \
	"other.db: an SQLite database, but not a keyhound state file"
expect_exit 2 "a directory as state" -- KH --state "$T" "$R"
# SQLite is loaded when a state file is opened: a library without its
# functions is an error naming the file, and nothing is scanned
mkdir -p "$T/fakelib"
echo 'int keyhound_not_sqlite;' | cc -shared -fPIC -x c -o "$T/fakelib/libsqlite3.so.0" -
expect_exit 2 "an SQLite without its functions" -- env LD_LIBRARY_PATH="$T/fakelib" \
	"$KEYHOUND" git -f json --state "$T/fake.db" "$R"
check_note "an SQLite without its functions: named" "$T/err" \
	"fake.db: SQLite has no sqlite3_[a-z_0-9]+"
check "an SQLite without its functions: no report" test ! -s "$T/out"
expect_exit 0 "without a state file, no SQLite is needed" -- \
	env LD_LIBRARY_PATH="$T/fakelib" "$KEYHOUND" scan -q "$T/fakelib"
expect_exit 2 "--new-only without --state" -- KH --new-only "$R"
check "the text file is left alone" test "$(cat "$T/text.db")" = "not a database"

# ---- a bigger history: concurrent runs, a killed run --------------------------
B=$T/big
git init -q -b main "$B"
python3 - "$B" <<'EOF' | git -C "$B" fast-import --quiet
import hashlib, sys
n = 0
for c in range(160):
    print("commit refs/heads/main")
    print("committer T <t@e.com> %d +0000" % (1700000000 + c))
    msg = "c%d" % c
    print("data %d\n%s" % (len(msg), msg))
    for f in range(100):
        n += 1
        body = "line %d of file %d\n" % (n, f) * 40
        if n % 97 == 0:
            body += "TOKEN=ghp_%s\n" % hashlib.sha256(b"%d" % n).hexdigest()[:36]
        print("M 100644 inline f%d/file%d.txt" % (c, f))
        print("data %d\n%s" % (len(body), body))
EOF
expect_exit 1 "big: plain audit" -- KH "$B"
cp "$T/out" "$T/bigplain.json"
KH --state "$T/conc.db" "$B" >"$T/c1.json" 2>"$T/c1.err" &
p1=$!
KH --state "$T/conc.db" "$B" >"$T/c2.json" 2>"$T/c2.err" &
p2=$!
wait "$p1"
r1=$?
wait "$p2"
r2=$?
check "concurrent runs both succeed (exit $r1:$r2; $(grep -h 'error' "$T/c1.err" "$T/c2.err" | head -2))" test "$r1:$r2" = "1:1"
# two runs creating one new state file: the one that loses the race to
# switch it to WAL waits for it (SQLite refuses that switch at once)
racefail=0
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
	KH --state "$T/race$i.db" "$R" >/dev/null 2>"$T/race1.err" &
	p1=$!
	KH --state "$T/race$i.db" "$R" >/dev/null 2>"$T/race2.err" &
	p2=$!
	wait "$p1" || [ $? = 1 ] || racefail=1
	wait "$p2" || [ $? = 1 ] || racefail=1
done
check "twelve pairs of runs creating one state file each: none fails" test "$racefail" = 0
same_findings "concurrent run 1: complete" "$T/bigplain.json" "$T/c1.json"
same_findings "concurrent run 2: complete" "$T/bigplain.json" "$T/c2.json"
expect_exit 1 "after concurrent runs" -- KH --state "$T/conc.db" "$B"
check_note "after concurrent runs: nothing left to scan" "$T/err" "state .*: 0 blobs scanned"

# kill -9 once some blobs are committed (and before the run records its
# tips); the next run finishes the job
python3 - "$T/killed.db" "$KEYHOUND" git -f json -j1 --state "$T/killed.db" "$B" \
	>"$T/kill.log" 2>&1 <<'EOF'
import os, signal, sqlite3, subprocess, sys, time
db, cmd = sys.argv[1], sys.argv[2:]
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
deadline = time.time() + 120
while p.poll() is None and time.time() < deadline:
    try:
        c = sqlite3.connect(db, timeout=5)
        n = c.execute("select count(*) from blobs").fetchone()[0]
        c.close()
    except sqlite3.Error:
        n = 0
    if n:
        os.kill(p.pid, signal.SIGKILL)
        break
    time.sleep(0.005)
p.wait()
print("wal", oct(os.stat(db + "-wal").st_mode & 0o777))
c = sqlite3.connect(db, timeout=5)
print("blobs", c.execute("select count(*) from blobs").fetchone()[0],
      "tips", c.execute("select count(*) from tips").fetchone()[0], "rc", p.returncode)
EOF
check_note "killed mid-run: some blobs committed, no tips" "$T/kill.log" "^blobs [1-9][0-9]* tips 0 rc -9$"
check_note "the killed run's write-ahead log is mode 0600 too" "$T/kill.log" "^wal 0o600$"
expect_exit 1 "re-run after kill -9" -- KH --state "$T/killed.db" "$B"
same_findings "re-run after kill -9: complete" "$T/bigplain.json" "$T/out"
check_note "re-run after kill -9: what was committed is skipped" "$T/err" \
	"state .*: [0-9]+ blobs? scanned, [1-9][0-9]* skipped"
expect_exit 1 "third run after kill -9" -- KH --state "$T/killed.db" "$B"
same_findings "third run after kill -9: complete" "$T/bigplain.json" "$T/out"

# ---- many repositories and shares of one state file --------------------------
# each repository keeps its own tips; a share of the blobs (--shard) records no
# tips (it is not the whole history) but still skips what it scanned
S2=$T/many.db
for r in ma mb; do
	git init -q -b main "$T/$r"
	printf 'TOKEN=%s\n' "$(token "$r-1")" >"$T/$r/a.env"
	git -C "$T/$r" add -A && git -C "$T/$r" commit -qm one
done
expect_exit 1 "many repositories: first audit" -- KH --state "$S2" "$T/ma" "$T/mb"
check "many repositories: both repositories' secrets" test "$(jq length "$T/out")" = 2
check_note "summary: with --state the hint is --new-only" "$T/err" "next: .*add --new-only"
if grep -q "pass --baseline" "$T/err"; then bad "summary: no --baseline hint with --state"; else ok; fi
printf 'TOKEN=%s\n' "$(token mb-2)" >"$T/mb/b.env"
git -C "$T/mb" add -A && git -C "$T/mb" commit -qm two
expect_exit 1 "many repositories: --new-only after one commit in one" -- \
	KH --state "$S2" --new-only "$T/ma" "$T/mb"
check "many repositories: only the new secret, in its repository" test \
	"$(jq -r '.[] | "\(.repository.path) \(.file)"' "$T/out")" = "$T/mb b.env"
check_note "many repositories: the untouched one walks nothing" "$T/err" \
	"ma: state .*: 0 blobs scanned, 0 skipped \(scanned before\), history of the last audit not walked again"
S3=$T/shard.db
expect_exit 1 "blob share 1/2 with state" -- KH --state "$S3" --shard 1/2 "$T/mb"
cp "$T/out" "$T/share1.json"
expect_exit 1 "blob share 1/2 again" -- KH --state "$S3" --shard 1/2 "$T/mb"
same_findings "blob share: the re-run reports the same" "$T/share1.json" "$T/out"
check_note "blob share: the re-run scans nothing again" "$T/err" "state .*: 0 blobs scanned"
if grep -q "history of the last audit not walked again" "$T/err"; then
	bad "blob share: no tips recorded" "$(head -c 400 "$T/err")"
else ok; fi

# ---- the context the text around a finding and its validator gave: kept ----
# (a comment calls the token an example; the URL's host is a documentation
# host): the re-run's findings, rebuilt from the state, keep both
R4=$T/ctxrepo
S4=$T/ctx.db
git init -q -b main "$R4"
printf '# example key\nTOKEN=%s\nDB_URL=postgres://app:Tz4kQ9vW2xLm8Rp3@db.example/shop\n' \
	"$(token 10)" >"$R4/app.env"
git -C "$R4" add -A && git -C "$R4" commit -qm "context"
expect_exit 1 "context: plain audit" -- KH "$R4"
cp "$T/out" "$T/ctx-plain.json"
check "context: the comment's and the host's example" test \
	"$(jq -r '[.[] | .context] | join(" ")' "$T/ctx-plain.json")" = "example example"
expect_exit 1 "context: first audit with --state" -- KH --state "$S4" "$R4"
expect_exit 1 "context: second audit" -- KH --state "$S4" "$R4"
check "context: rebuilt from the state, byte-identical" cmp -s "$T/ctx-plain.json" "$T/out"
# a stored context past the ones keyhound knows is damage: named, exit 2
# (it was read as an index past the names' table)
cp "$S4" "$T/ctx-damaged.db"
python3 - "$T/ctx-damaged.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for table in ("blob_findings", "findings"):
    c.execute("UPDATE %s SET data = json_set(data, '$.context', 200)" % table)
c.commit()
PY
expect_exit 2 "context: a damaged stored context" -- KH --state "$T/ctx-damaged.db" "$R4"
check_note "context: a damaged stored context: named" "$T/err" "ctx-damaged.db: a finding whose context is damaged"

finish e2e_state
