#!/usr/bin/env bash
# End-to-end tests of credentials that only a tool or a file's structure
# marks: passwords on command lines with no credential-like name (mysql
# -pPASS, sshpass -p, 7z -p, zip -P, AzCopy /DestKey:, smbclient -U
# user%pass, -passin pass:, PGPASSWORD=... psql, redis-cli -a, mongo -p,
# rabbitmqctl add_user, htpasswd -b, keytool -storepass, ldapsearch -w,
# sqlcmd -P), keys and passwords in rclone remotes, a password in an
# Authorization: Basic header of code or a request file, Meta tokens by
# their EAA prefix under any name, and HubSpot OAuth credentials passed by
# position. Each is reported once, at the value; the same tools with
# ports, prompts, variables or placeholders are not.
. "$(dirname "$0")/lib.sh"
batch_scans
KH=$KEYHOUND

PW=Zr8Kq2Wv5Tn7Lx3M # a password no provider owns

# 1. passwords on command lines
mk pos/restore.sh "#!/bin/sh
mysql -h db01 -uroot -p$PW shop < dump.sql
"
found pos/restore.sh 2 cli-mysql-password "$PW"
mk pos/continued.sh "mysqldump --single-transaction \\
  -u backup \\
  -p'$PW' shop > shop.sql
"
found pos/continued.sh 3 cli-mysql-password "$PW"
mk pos/backup.py "os.system(\"mysqldump -u backup -p$PW --all-databases > all.sql\")
"
found pos/backup.py 1 cli-mysql-password "$PW"
mk pos/deploy.yml "steps:
  - run: sshpass -p '$PW' ssh deploy@10.0.0.5 ./release.sh
"
found pos/deploy.yml 2 cli-sshpass-password "$PW"
mk pos/pack.bat "\"C:\\Program Files\\7-Zip\\7z.exe\" a -p$PW -mhe=on backup.7z data
"
found pos/pack.bat 1 cli-7zip-password "$PW"
mk pos/Makefile "dist:
	zip -q -r -P $PW dist/app.zip build/
"
found pos/Makefile 2 cli-zip-password "$PW"
AZ=q7Zr2Wv5Tn7Lx3MpQ4sHd9Kf1Bc6Yg8Jm0Pn4Rt+Hq7Zr2Wv5Tn7Lx3MpQ4sHd9Kf1Bc6Yg8Jm0Pn4Rt/Qx2Wv5Tn7Lx==
mk pos/sync.cmd "AzCopy /Source:C:\\data /Dest:https://acme.blob.core.windows.net/backup /DestKey:$AZ /S
"
found pos/sync.cmd 1 cli-azcopy-storage-key "$AZ"
mk pos/copy.sh "smbclient //fs01/share -U 'svc_backup%$PW' -c 'put db.bak'
"
found pos/copy.sh 1 cli-smbclient-password "$PW"
mk pos/tls.sh "openssl pkcs12 -in app.p12 -nodes -passin pass:$PW -out app.pem
"
found pos/tls.sh 1 cli-pass-argument "$PW"
mk pos/cron "0 3 * * * MYSQL_PWD=$PW mysqldump -u backup shop > /srv/shop.sql
"
found pos/cron 1 cli-env-password "$PW"
mk pos/check.sh "PGPASSWORD='$PW' psql -h db01 -U app shop -c 'select 1'
"
found pos/check.sh 1 cli-env-password "$PW"
mk pos/health.sh "redis-cli -h cache01 -a $PW --no-auth-warning ping
"
found pos/health.sh 1 cli-redis-password "$PW"
mk pos/README.md "\`\`\`
mongosh \"mongodb://db01/admin\" -u root -p $PW
\`\`\`
"
found pos/README.md 2 cli-mongo-password "$PW"
mk pos/init.sh "rabbitmqctl add_user app '$PW'
"
found pos/init.sh 1 cli-rabbitmq-password "$PW"
mk pos/Dockerfile "FROM nginx:1.27
RUN htpasswd -bc /etc/nginx/.htpasswd admin $PW
"
found pos/Dockerfile 2 cli-htpasswd-password "$PW"
mk pos/sign.sh "jarsigner -keystore release.jks -storepass $PW app.jar release
"
found pos/sign.sh 1 cli-keytool-password "$PW"
mk pos/users.sh "ldapsearch -x -H ldaps://dc01 -D 'cn=svc,dc=acme' -w '$PW' -b dc=acme uid
"
found pos/users.sh 1 cli-ldap-password "$PW"
mk pos/deploy.ps1 "sqlcmd -S db01 -U sa -P \"$PW\" -i schema.sql
"
found pos/deploy.ps1 1 cli-sqlcmd-password "$PW"

# 2. rclone remotes: the key or obscured password under the section's type
B2=K005nY4KEwNXhytv6CvLaxMff7l1GoJ
OB=sK3n9vQ2xLr8Tw5Zp7Ym4Hc1Jd6Fg0BaNe
mk pos/rclone.conf "[backup]
type = b2
account = 005f3a9c2e7b1d40000000003
key = $B2
hard_delete = true

[nas]
type = sftp
host = nas.lan
pass = $OB
"
"$KH" scan "$T/pos/rclone.conf" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "rclone.conf: the b2 key and the sftp password, each once, on their lines" jq -e \
	--arg k "$B2" --arg p "$OB" 'length == 2
	 and ([.[] | select(.rule_id == "rclone-config-key" and .secret == $k and .line == 4)] | length == 1)
	 and ([.[] | select(.rule_id == "rclone-obscured-password" and .secret == $p and .line == 10)] | length == 1)' "$T/out"

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

# the same token as the password of a (user, password) call
mk pos/trigger.py "r = requests.post(url + '/job/web/build', auth=('deploy', '$JT'))
r = requests.get(url, auth = HTTPBasicAuth(\"deploy\", \"$JT\"))
"
"$KH" scan "$T/pos/trigger.py" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "trigger.py: the token in auth=(user, token) and HTTPBasicAuth(user, token)" jq -e \
	--arg s "$JT" '[.[] | select(.secret == $s) | .line] == [1, 2]' "$T/out"

# 4. a Meta access token under a name that says nothing
FB=EAAEj2keErFgjPoMa1FCOCtFbQoNacCBVOYGuRGX7INQuydX55XdvjTQi0AhGABOtQLpMLatl1UOf5sJw1CwubymjA5rQx6JFYviHjiu0rEimWu8mYtsXWG7IA81cfu3eDbV35HvCkCV5PfTgAI5QbkbKGMlE0NGyI8cwsQJLwKcq
mk pos/me.js "const t = \"$FB\";
"
found pos/me.js 1 facebook-access-token "$FB"

# 5. HubSpot SDKs' positional OAuth arguments: the client secret by its
# place, the refresh token by its hublet, the client id (first) never
CID=f21ff5eb-6ed7-4f5d-8960-afe94bbdbb01
CS=c68deb5d-403a-460a-8652-dbd0e488b6c8
RT=na1-5e07-40b3-9ba9-a8c1-7c31c7ee0a4f
mk pos/HubSpotAuth.java "OauthCredentials creds = new OauthCredentials(\"$CID\", \"$CS\", \"$RT\");
"
mk pos/callback.php "<?php
\$tokens = \$hubSpot->auth()->oAuth()->tokensApi()->create(
    'refresh_token',
    null,
    OAuth2Helper::getRedirectUri(),
    '$CID',
    '$CS',
    '$RT'
);
"
for f in HubSpotAuth.java callback.php; do
	"$KH" scan "$T/pos/$f" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$f: the client secret and the refresh token, not the client id" jq -e \
		--arg cs "$CS" --arg rt "$RT" '([.[] | .secret] | sort) == ([$cs, $rt] | sort)
		 and ([.[] | select(.rule_id == "hubspot-oauth-client-secret-positional")] | length == 1)' "$T/out"
done

# --verify checks the positional refresh token at HubSpot's refresh-token
# endpoint (tests/fake_provider.py answers as HubSpot does)
python3 "$ROOT/tests/fake_provider.py" serve --port-file "$T/fake.port" --log "$T/fake.log" \
	--idle 30 --max-life 120 2>"$T/fake.err" &
FAKE_PID=$!
for _ in $(seq 150); do
	[ -s "$T/fake.port" ] && break
	sleep 0.1
done
"$KH" scan "$T/pos/HubSpotAuth.java" --verify --verify-endpoint \
	"hubspot=http://127.0.0.1:$(cat "$T/fake.port")" -f json --show-secrets -o "$T/out" 2>"$T/err"
kill "$FAKE_PID" 2>/dev/null
wait "$FAKE_PID" 2>/dev/null
check "HubSpotAuth.java: the refresh token verified at /oauth/v1/refresh-tokens/" jq -e --arg rt "$RT" \
	'[.[] | select(.secret == $rt)][0].verification.status == "verified"' "$T/out"
check "the fake saw the refresh-token request" grep -q "/oauth/v1/refresh-tokens/$RT" "$T/fake.log"

# 6. the same tools with no password on the line
mk neg/run.sh "mysql -h db01 -P 3306 -u root -p shop < dump.sql
mysql -u root -p\"\$MYSQL_ROOT_PASSWORD\" -e \"SHOW DATABASES\"
mysqldump -u root -p\${DB_PASS} shop > shop.sql
mysql -u root -pYOUR_PASSWORD shop
docker run -d -p 8080:80 -p 3306:3306 mysql:8
ssh -p 2222 deploy@web01 && scp -P 2222 app.tar deploy@web01:/srv
sshpass -p \"\$(cat ~/.pw)\" ssh deploy@web01
sshpass -f /run/secrets/ssh_pass ssh deploy@web01
7z a -p -mhe=on backup.7z data/
gzip -d logs.gz && zip -r -9 out.zip logs/
unzip -P \"\$ZIP_PASS\" payload.zip
rsync -avzP --delete build/ deploy@web01:/srv/app/
redis-cli -h cache01 -a \$REDIS_PASSWORD ping
mongodump --host db01 --port 27017 -p --out /backup
openssl rsa -in key.pem -passin env:KEY_PASS -out plain.pem
openssl rsa -in key.pem -passin pass:<passphrase> -out plain.pem
PGPASSWORD=\$DB_PASS psql -h db01 -U app shop
htpasswd -c /etc/nginx/.htpasswd admin
keytool -list -keystore cacerts -storepass changeit
ldapsearch -x -D cn=admin,dc=acme -W -b dc=acme
sqlcmd -S db01 -E -Q \"SELECT @@VERSION\"
rabbitmqctl add_user app \"\$RABBIT_PASS\"
smbclient -L //fs01 -U guest -N
"
mk neg/rclone.conf "[cache]
type = local
key = 0123456789abcdefghij

[nas]
type = sftp
host = nas.lan
pass = \${NAS_PASS}
"
mk neg/client.py "headers = {\"Authorization\": \"Basic \" + base64.b64encode(f\"{user}:{token}\".encode()).decode()}
"
mk neg/blob.txt "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAEAARFmLnx80iPSKPQKsBRpDpH0FGo8dWLQkck9RnDayC84fB3L4IZoALhPrU9jW1VAXx5MK10kbMd23mJuhA5QOMBTAggTKv269Yvyvuqpjarb3kkN05HRSDrqIToOM
"
mk neg/fetch.py "r = requests.get(url, auth=(user, token))
r = requests.get(url, auth=HTTPBasicAuth('deploy', os.environ['TOKEN']))
"
# a credentials object's first argument, a client id; the hublet id
# inside a personal access key is the key's, reported once
mk neg/HubSpotAuth.java "HubSpotOAuthCredentials creds = new HubSpotOAuthCredentials(\"$CID\", clientSecret, refreshToken);
"
expect_exit 0 "ports, prompts, variables, placeholders: nothing" -- "$KH" scan "$T/neg" -f json
check "decoys: empty report" grep -qx '\[\]' "$T/out"

PAK=CiRuYTEtZmJkMy1mYTRlLTRjMzItMTgwYS0xMjU2OTMxNWQxY2MQoauWExjeuKQiKhkABfzpE-T-c0frc49M9kOpL7dFarlULRvESgNuYTE
mk pak/hubspot.config.yml "personalAccessKey: $PAK
"
"$KH" scan "$T/pak" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "a personal access key: one finding, not its hublet id again" jq -e --arg s "$PAK" \
	'length == 1 and .[0].secret == $s and .[0].rule_id == "hubspot-personal-access-key"' "$T/out"

finish e2e_tools
