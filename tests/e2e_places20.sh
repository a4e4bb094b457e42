#!/usr/bin/env bash
# End-to-end tests of wave 20's places of a password's name: its word
# glued to what it logs in to (smtppass, rootPw, ldapBindPw) in code no
# config reader reads, `pass` as a quoted key or an element's name, a
# user's entry written user:password (coturn's user=guest:secret), C's
# printable octal escapes (a MySQL history's \040), and a shell default's
# value, which starts after its operator (${NAME:-value}) for every rule.
# Compass, bypass, passenger, passive, a test's pass count, uid:gid,
# user:group, Jetty's realm, ANSI colours and empty defaults stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW='Heron&Cedar31'
LONG=Hq3ZtW8mRk2VbN7xLp4YcJ9s
PAK=CiRuYTEtZTNjGPzEyoL8EsaJd-wyXxQPplH8ACyjkz4jmBQlm7knI4pShZFC8ZrXbeg-fT3pG_h8msMlc_T1ah9sdbEl7oX8nrEHAluv

# found_decoded FILE LINE RULE SECRET: one finding of SECRET by RULE on
# LINE, read from the line decoded.
found_decoded() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $3 at line $2, decoded" jq -e --arg r "$3" --arg s "$4" --argjson l "$2" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == $r
		 and .[0].line == $l and (.[0] | has("decoded"))' "$T/out"
}

# a password's word glued to what it logs in to, in code
mk glued/src/mailer.py "import smtplib
smtppass = \"$PW\"
"
found glued/src/mailer.py 2 generic-password "$PW"
mk glued/cmd/main.go "package main

func main() {
	rootPw := \"$PW\"
	_ = rootPw
}
"
found glued/cmd/main.go 4 generic-password "$PW"
mk glued/Directory.kt "object Directory {
    val ldapBindPw = \"$PW\"
}
"
found glued/Directory.kt 2 generic-password "$PW"
mk glued/Jenkinsfile "def vncpass = '$PW'
"
found glued/Jenkinsfile 1 generic-password "$PW"
mk glued/report.py "imappass = \"$LONG\"
"
found glued/report.py 1 generic-secret "$LONG"
mk glued/decoy/nav.py "compass = \"$PW\"
bypass_list = \"$PW\"
passenger = \"$PW\"
multipass = \"$PW\"
passive = \"$PW\"
dbpass_count = \"$PW\"
smtppass = \"changeme\"
rootpw = os.environ[\"ROOT_PW\"]
"
silent glued/decoy/nav.py

# pass as a quoted key or an element's name
mk passkey/client.py "creds = {}
creds[\"pass\"] = \"$PW\"
"
found passkey/client.py 2 generic-password "$PW"
mk passkey/uploader.rb "conf['pass'] = '$PW'
"
found passkey/uploader.rb 1 generic-password "$PW"
mk passkey/login.json "{\"user\": \"ops\", \"pass\": \"$PW\"}
"
found passkey/login.json 1 generic-password "$PW"
mk passkey/feeds.xml "<feeds>
  <feed>
    <user>reader</user>
    <pass>$PW</pass>
  </feed>
</feeds>
"
found passkey/feeds.xml 4 generic-password "$PW"
mk passkey/decoy/report.py "result[\"pass\"] = 12
status = \"pass\"
tally['pass'] = 'passed_all_12'
"
silent passkey/decoy/report.py
mk passkey/decoy/checks.xml "<check>
  <pass>true</pass>
  <pass>3</pass>
  <pass>\${LOGIN_PASS}</pass>
</check>
"
silent passkey/decoy/checks.xml

# a user's entry that holds its password
mk users/turnserver.conf "listening-port=3478
user=guest:$PW
"
found users/turnserver.conf 2 generic-password "$PW"
mk users/relay.ini "[relay]
login = ops:$PW
"
found users/relay.ini 2 generic-password "$PW"
mk users/accounts.yml "sftp:
  account: \"backup:$PW\"
"
found users/accounts.yml 2 generic-password "$PW"
mk users/decoy/app.conf "user = www-data:www-data
user = nobody:nogroup
login = ops
account = see the wiki: ops
"
silent users/decoy/app.conf
mk users/decoy/compose.yml "services:
  app:
    user: \"1000:1000\"
"
silent users/decoy/compose.yml
mk users/decoy/realm.properties "user: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v,user
"
silent users/decoy/realm.properties

# C's printable octal escapes: a MySQL client's history
mk octal/.mysql_history 'SHOW\040DATABASES;
CREATE\040USER\040'"'app'@'%'"'\040IDENTIFIED\040BY\040'"'$PW'"';
'
found_decoded octal/.mysql_history 2 dbclient-sql-identified-by "$PW"
mk octal/decoy/colors.sh 'echo -e "\033[31mpassword check failed\033[0m"
printf "\033[1mIDENTIFIED BY\033[0m\n"
'
silent octal/decoy/colors.sh

# a shell default's value starts after its operator, whatever the rule
mk default/justfile "upload:
    HUBSPOT_PERSONAL_ACCESS_KEY=\${HUBSPOT_PERSONAL_ACCESS_KEY:-$PAK} hs upload src theme
"
# (this made-up key fails the PAK's structure check: the rule that reads
# it by its name reports it, from its first byte)
"$KEYHOUND" scan "$T/default/justfile" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "default/justfile: the PAK from 2:64" jq -e --arg s "$PAK" \
	'length == 1 and .[0].secret == $s and .[0].line == 2 and .[0].column == 64' "$T/out"
mk default/compose.yaml "services:
  cms:
    environment:
      - PERSONAL_ACCESS_KEY=\${PERSONAL_ACCESS_KEY:=$PAK}
"
"$KEYHOUND" scan "$T/default/compose.yaml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports default/compose.yaml "$PAK"
mk default/env.sh "export CLOUDFLARE_API_TOKEN=\${CLOUDFLARE_API_TOKEN:-6Ddoe7GYbrgn-DjEXIYDNXjlaWbYTxk0TULwlCS7}
export CONVERTKIT_API_SECRET=\${CONVERTKIT_API_SECRET:-2W8U07WAP7P_q-S6f-x-S9UVqfhQLXIvlzQsgCLsI5C}
export APP_SECRET_KEY=\${APP_SECRET_KEY:=Vq7ZmX2kLp9wRt4sNb6hJd3f}
"
"$KEYHOUND" scan "$T/default/env.sh" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports default/env.sh 6Ddoe7GYbrgn-DjEXIYDNXjlaWbYTxk0TULwlCS7 2W8U07WAP7P_q-S6f-x-S9UVqfhQLXIvlzQsgCLsI5C \
	Vq7ZmX2kLp9wRt4sNb6hJd3f
mk default/decoy/run.sh "TOKEN=\${PERSONAL_ACCESS_KEY:-}
OUT=\${OUT_DIR:-/var/tmp/output-directory}
cd \"\$PWD/build\"
"
silent default/decoy/run.sh

# many glued names in one big file: the last still found
for i in $(seq 1 3000); do printf 'compass_%d = "north-%d"\n' "$i" "$i"; done >"$T/big.py"
printf 'smtppass = "%s"\n' "$PW" >>"$T/big.py"
"$KEYHOUND" scan "$T/big.py" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports big.py "$PW"

finish e2e_places20
