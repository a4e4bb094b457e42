#!/usr/bin/env bash
# End-to-end tests of wave 21's prose: credentials given in sentences of
# notes, tickets, chat exports, e-mails and commit messages ("the password
# for the NAS is X", "my password X, still 403", "the admin is ops / X",
# JSON's "ops \/ X"), the value in a mark or alone on the next line; a
# chosen password of words of both cases around a number (the judge); and
# the sentences about a password that give none (a reset link, the vault,
# a requirement, a documented default, a policy, a path, a ratio, a list).
. "$(dirname "$0")/lib.sh"
batch_scans

PW='Tq8vLm3xZr5K'
WORDS='maple.otter.cobalt.7'
CASED='KESTREL_4471_mira'
MARK='Wf9!kPz2Qx'

# the password's word, "for ... is", a code span
mk docs/runbook.md "# Runbook

- The password for the build box in Frankfurt is \`$PW\` (ask first).
"
found docs/runbook.md 3 generic-password "$PW"
# "was rotated to", reStructuredText's literal
mk docs/ops.rst "The Postgres password was rotated to \`\`$MARK\`\` today.
"
found docs/ops.rst 1 generic-password "$MARK"
# no verb: one blank, then a value of letters and digits (a ticket's cell)
mk support/cases.csv "id,title,comment
4410,\"VPN\",\"tried my password $PW again, still 403\"
"
found support/cases.csv 2 generic-password "$PW"
# an e-mail's login as user / password
mk mail/handover.eml "From: a@example.org
Subject: handover

the staging admin login is ops / $WORDS
"
found mail/handover.eml 4 generic-secret "$WORDS"
# a chat export: JSON's escaped slash
mk export/chat.json "[{\"user\": \"lee\", \"text\": \"creds: deploy \\/ $MARK - please rotate\"}]
"
# (read where the escape is decoded: found() wants no decoded copy)
"$KEYHOUND" scan "$T/export/chat.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "export/chat.json: generic-password at 1:44" jq -e --arg s "$MARK" \
	'length == 1 and .[0].secret == $s and .[0].rule_id == "generic-password"
	 and .[0].line == 1 and .[0].column == 44' "$T/out"
# a Markdown list's login in code spans after a ':'
mk notes/access.md "- Grafana login: \`ops\` / \`$PW\`
"
found notes/access.md 1 generic-password "$PW"
# the value alone on the next line
mk notes/share.txt "The password for the backup share is
    $CASED
"
found notes/share.txt 2 generic-secret "$CASED"
# "pw is now" in a comment
mk tools/sync.py "# the root pw is now $MARK (tell nobody)
import os
"
found tools/sync.py 1 generic-password "$MARK"
# words of both cases around one number, under a password's own name
mk deploy/.env "DB_PASSWORD=$CASED
"
found deploy/.env 1 generic-secret "$CASED"

# a command that registers a user: the password after the user's name
mk docker/Dockerfile "FROM ejabberd/ecs
RUN ejabberdctl register ops chat.example.org '$PW'
"
found docker/Dockerfile 2 cli-register-user-password "$PW"
mk compose.yml "services:
  pb:
    command: [\"sh\", \"-c\", \"/pb/pocketbase superuser upsert ops@example.org $MARK && /pb/pocketbase serve\"]
"
found compose.yml 3 cli-register-user-password "$MARK"
mk decoys/init.sh "pocketbase superuser upsert ops@example.org \"\$PB_PASSWORD\"
mosquitto_passwd -c /etc/mosquitto/passwd sensor1
mc admin user add local reporting \"\$(cat /run/secrets/minio)\"
"
silent decoys/init.sh

# a login inside base64: its password, decoded, where the encoded text is
B64=$(printf 'ops:%s' "$CASED" | base64)
mk nginx/legacy.conf "location /api/ {
    proxy_set_header Authorization \"Basic $B64\";
}
"
"$KEYHOUND" scan "$T/nginx/legacy.conf" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "nginx/legacy.conf: the password in Basic's base64" jq -e --arg s "$CASED" \
	'length == 1 and .[0].secret == $s and .[0].line == 2 and .[0].decoded == ["base64"]' "$T/out"
# a short one (under the finder's 24): base64 of ops:Hm4zQ8wL2k is 20
mk apache/vhost.conf "RequestHeader set Authorization \"Basic $(printf 'ops:Hm4zQ8wL2k' | base64)\"
"
"$KEYHOUND" scan "$T/apache/vhost.conf" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports apache/vhost.conf Hm4zQ8wL2k
mk scripts/push.sh "curl -s \"http://hub.lan/json.htm?type=command&username=$(printf admin | base64)&password=$(printf '%s' "$CASED" | base64)\"
"
"$KEYHOUND" scan "$T/scripts/push.sh" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports scripts/push.sh "$CASED"
mk decoys/site.conf "proxy_set_header Authorization \"Basic $(printf 'user:password' | base64)\";
proxy_set_header Authorization \"Basic $(printf 'jenkins:' | base64)\";
proxy_set_header Authorization \"Bearer \$TOKEN\";
"
silent decoys/site.conf

# sentences about a password that give none
mk decoys/README.md "The password reset link expires after 24 hours.
The password is in the vault under ops/staging.
A password is required for every account.
The default login is admin / admin (change it on first login).
Supports username/password authentication.
Change your password to something strong after the first login.
The password is stored as a bcrypt hash.
password is \$DB_PASSWORD from the environment
The password is <your-password>.
Login with user / password from the .env file.
Read / Write access is granted to ops.
Ratio: 1 / 2 of the requests fail.
Paths: src / lib / include
Debian 12 / Ubuntu 24.04 are supported.
The password was rotated yesterday by the job.
Default credentials: admin / password
a pass of the optimizer: inline / dce2
Staging admin: \`admin\` / \`admin2024\` (the image's default)
"
silent decoys/README.md
mk decoys/chat.json "[{\"text\": \"use username\\/password authentication\"}, {\"text\": \"the password is in 1Password\"}]
"
silent decoys/chat.json
# code around the words: a parameter's type, a field, a URL's words
mk decoys/sha.d.ts "export declare function pbkdf2(password: Uint8Array, salt: Uint8Array): Uint8Array;
"
silent decoys/sha.d.ts
mk decoys/in6.h " * IP6T_SO_SET_REPLACE / IP6T_SO_GET_INFO		64
 * @server: server / transport on which to perform the operation
 * \\param pwd        Latin1-encoded password used
"
silent decoys/in6.h
# constants of one case around a number stay names
mk decoys/.env "DB_PASSWORD=APP_SECRET_2024
"
silent decoys/.env

finish e2e_prose21
