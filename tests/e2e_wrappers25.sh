#!/usr/bin/env bash
# End-to-end tests of wave 25's wrapped lines: a credential's line inside
# text that is not part of it reads as that line. Behind a prefix (a
# diff's + and -, a quote's >, a task list's bullet, a listing's line
# number, a prompt, a comment's marks around it), or as one of the lines a
# string's \n escapes join (a notebook's output, a traced write(), an
# issue's steps). A diff of a config file reads as that file. Wrapped
# placeholders, environment references, removed sample lines and prose
# after the value stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW='Tamarind_Opal42'
PW2='Vetch7-Quorn!Lx'

# prefixes: the value stands at the inner line's end or before a comment
mk diff/rotate.patch "--- a/deploy/notes.txt
+++ b/deploy/notes.txt
@@ -3,2 +3,2 @@
-DB_PASSWORD=Ochre_Larch59  # old
+DB_PASSWORD=$PW  # rotated monthly
"
"$KEYHOUND" scan "$T/diff/rotate.patch" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports rotate.patch Ochre_Larch59 "$PW"
mk quote/reply.eml "On Tue, Kim wrote:
> > DB_PASSWORD=$PW  # the staging one
> thanks, works
"
generic quote/reply.eml 2 "$PW"
mk listing/gdb.txt "  41: host = db1
  42: DB_PASSWORD=$PW  # from the vault
"
generic listing/gdb.txt 2 "$PW"
mk html/notes.html "<p>setup</p>
<!-- DB_PASSWORD=$PW -->
"
generic html/notes.html 2 "$PW"
mk sql/boot.sql "/* MQTT_PASSWORD=$PW */
SELECT 1;
"
generic sql/boot.sql 1 "$PW"
mk term/session.log "ops@build-07:~/deploy\$ export DB_PASSWORD=$PW # for the migration
ops@build-07:~/deploy\$ ./migrate
"
generic term/session.log 1 "$PW"
mk todo/today.org "- [ ] SMTP_PASSWORD=$PW # rotate after the audit
"
generic todo/today.org 1 "$PW"
mk logs/app.log "2026-10-14 09:41:07,118 DEBUG [cfg] SMTP_PASSWORD=$PW  # loaded
"
generic logs/app.log 1 "$PW"
mk ps/history.txt "PS C:\\ops> \$env:SMTP_PASSWORD = '$PW2' # rotate
"
generic ps/history.txt 1 "$PW2"

# escaped lines: a string's \n joins them
mk nb/load.ipynb '{"cells":[{"outputs":[{"text":["DB_HOST=pg.internal\nDB_PASSWORD='"$PW"'\n"]}]}]}
'
generic nb/load.ipynb 1 "$PW"
mk trace/out.txt 'write(4, "user=ops\npassword='"$PW"'\n", 33) = 33
'
generic trace/out.txt 1 "$PW"
mk issue/417.json '{"description": "steps:\n1. export DB_PASSWORD='"$PW"'\n2. run the import"}
'
generic issue/417.json 1 "$PW"
mk hist/xonsh.json '{"cmds": [{"inp": "$SFTP_PASSWORD = '"'$PW2'"'\n", "rtn": 0}]}
'
generic hist/xonsh.json 1 "$PW2"
AWSK='uGw8Tq2Lm9Vz4Kc7Hn1Rb5Xp3Yd6Fj0Sa8We2Qo'
mk trace/s3.txt 'read(3, "endpoint=https://s3.internal\naccess_key=ops\nsecret_key='"$AWSK"'\n", 4096) = 120
'
generic trace/s3.txt 1 "$AWSK"

# a config file's diff: its lines read as that file's (a value a plain
# line of prose would not be read with)
mk cfg/0001-demo.patch "diff --git a/config/demo.env b/config/demo.env
--- a/config/demo.env
+++ b/config/demo.env
@@ -1,2 +1,2 @@
-DEMO_PASSWORD=
+DEMO_PASSWORD=Sorrel4416?
 DEMO_TENANT=north
"
generic cfg/0001-demo.patch 6 'Sorrel4416?'

# decoys: placeholders, references, samples, prose after the value
mk decoy/placeholder.patch "--- a/.env.example
+++ b/.env.example
@@ -1 +1,2 @@
-DB_PASSWORD=your_password_here  # example
+DB_PASSWORD=changeme  # set me
+API_TOKEN=<your-token-here>
"
silent decoy/placeholder.patch
mk decoy/refs.patch "--- a/deploy.env
+++ b/deploy.env
@@ -1 +1 @@
+DB_PASSWORD=\${DB_PASSWORD}  # from vault
+SMTP_PASSWORD=\$SMTP_PASSWORD
"
silent decoy/refs.patch
mk decoy/refs.json '{"inp": "export DB_PASSWORD=$DB_PASSWORD\nexport API_TOKEN=${VAULT_TOKEN}\n", "rtn": 0}
'
silent decoy/refs.json
mk decoy/prose.log "2026-10-14T09:41:07Z [worker] INFO DB_PASSWORD=rotated (from env)
> password: see the vault
| DB_PASSWORD | the database's password |
"
silent decoy/prose.log
mk decoy/printf.c 'static void show(void) { printf("token=%s\npassword=%s\n", t, p); }
/* password=<value> */
'
silent decoy/printf.c

# linear: text of 4,000 wrapped FORMATs and of 16,000 ({v}: 16 random
# letters; HEAD first): the 4x scan takes less than 9 times the 1x one's
# CPU (a reader that walked a string or looked up a diff's header for each
# keyword would take 16); the 4x report's length passes the jq test WANT
LIMIT=600
linear() {
	local name=$1 head=$2 fmt=$3 want=$4
	for m in 1 4; do
		mkdir -p "$T/lin$m"
		python3 - "$head" "$fmt" "$m" "$T/lin$m/a.txt" <<'PY'
import random, string, sys
head, fmt, m, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
r = random.Random(25)
with open(out, "w") as f:
    f.write(head.replace("<NL>", "\n"))
    for _ in range(4000 * m):
        f.write(fmt.replace("{v}", "".join(r.choice(string.ascii_letters) for _ in range(16))).replace("<NL>", "\n"))
    f.write("\n")
PY
	done
	scales_linearly "$name" "$T/lin1/a.txt" "$T/lin4/a.txt" 9
	check "$name: what the 4x text reports ($want)" jq -e "length $want" "$T/out"
	rm -rf "$T/lin1" "$T/lin4"
}
linear "one unclosed string of escaped lines" 'x "' '\npassword={v}7' '>= 0'
linear "strings of escaped lines" '' '"\nDB_PASSWORD={v}7\n" ' '> 12000'
linear "a config's diff" '+++ b/deploy/app.env<NL>' '+API_TOKEN={v}7 # x<NL>' '> 12000'

finish e2e_wrappers25
