#!/usr/bin/env bash
# End-to-end tests of credentials that only a tool or a file's structure
# marks: passwords on command lines with no credential-like name (mysql
# -pPASS, sshpass -p, 7z -p, zip -P, AzCopy /DestKey:, smbclient -U
# user%pass, -passin pass:, PGPASSWORD=... psql, redis-cli -a, mongo -p,
# rabbitmqctl add_user, htpasswd -b, keytool -storepass, ldapsearch -w,
# sqlcmd -P), keys and passwords in rclone remotes, a password in an
# Authorization: Basic header of code or a request file, and Meta tokens
# by their EAA prefix under any name. Each is reported once, at the value;
# the same tools with ports, prompts, variables or placeholders are not.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND

PW=Zr8Kq2Wv5Tn7Lx3M # a password no provider owns

# 3. Authorization: Basic in code and request files, with no command or
# host around it: a Jenkins API token as the password
JT=11a41a0364bef991b79e9185bf732541a6
BASIC=$(printf 'deploy:%s' "$JT" | base64 -w0)
mk pos/jenkins.py "headers = {\"Authorization\": \"Basic $BASIC\"}
requests.post(url + \"/job/web/build\", headers=headers)
"
"$KH" scan "$T/pos/jenkins.py" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "jenkins.py: the token inside a Basic header of a dict" jq -e --arg s "$JT" \
	'length == 1 and .[0].secret == $s and .[0].line == 1' "$T/out"
mk pos/build.http "POST /job/web/build HTTP/1.1
Authorization: Basic $BASIC
"
"$KH" scan "$T/pos/build.http" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "build.http: the token inside a request's Basic header" jq -e --arg s "$JT" \
	'length == 1 and .[0].secret == $s and .[0].line == 2' "$T/out"

# 4. a Meta access token under a name that says nothing
FB=EAAEj2keErFgjPoMa1FCOCtFbQoNacCBVOYGuRGX7INQuydX55XdvjTQi0AhGABOtQLpMLatl1UOf5sJw1CwubymjA5rQx6JFYviHjiu0rEimWu8mYtsXWG7IA81cfu3eDbV35HvCkCV5PfTgAI5QbkbKGMlE0NGyI8cwsQJLwKcq
mk pos/me.js "const t = \"$FB\";
"
found pos/me.js 1 facebook-access-token "$FB"

# the header's value computed at run time, EAA inside base64: nothing
mk neg/client.py "headers = {\"Authorization\": \"Basic \" + base64.b64encode(f\"{user}:{token}\".encode()).decode()}
"
mk neg/blob.txt "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAEAARFmLnx80iPSKPQKsBRpDpH0FGo8dWLQkck9RnDayC84fB3L4IZoALhPrU9jW1VAXx5MK10kbMd23mJuhA5QOMBTAggTKv269Yvyvuqpjarb3kkN05HRSDrqIToOM
"
expect_exit 0 "no literal credential: nothing" -- "$KH" scan "$T/neg" -f json
check "decoys: empty report" grep -qx '\[\]' "$T/out"

finish e2e_tools
