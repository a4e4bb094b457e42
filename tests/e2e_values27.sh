#!/usr/bin/env bash
# End-to-end tests of wave 27's values: what a judge refused though the
# name or the place said password. A command's password flag keeps a
# `{` or `}` inside a bare value (shell writes them as they are) and a `$`
# inside a single-quoted one (shell expands nothing there); a place's
# password of 16 characters or more needs no third kind of character (hex
# from a generator under SQL's IDENTIFIED BY or a daemon's requirepass);
# the password of a login to a host (curl -u user:pass https://host/) is
# judged as one under a password's own name. Templates, variables,
# format fields, stored hashes, sample words and names of code stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- a flag's value: braces inside a bare one, `$` inside single quotes
mk ops/rotate.sh "sshpass -p Rk}7vQ.w2Lm#zT9p ssh ops@10.1.2.3 uptime
"
found ops/rotate.sh 1 cli-sshpass-password 'Rk}7vQ.w2Lm#zT9p'
mk ops/archive.sh "7z a -pKq{8Wm2.vLz3Tr backup.7z /srv/data
"
found ops/archive.sh 1 cli-7zip-password 'Kq{8Wm2.vLz3Tr'
mk ops/dump.sh "mysqldump -u backup -p'Tundra2031\$lark' shop > shop.sql
"
found ops/dump.sh 1 cli-mysql-password 'Tundra2031$lark'
mk ops/ldap.sh "ldapsearch -x -D cn=reader,dc=corp,dc=test -w 'Qv8\$mL2#pRzw' -b dc=corp,dc=test
"
found ops/ldap.sh 1 cli-ldap-password 'Qv8$mL2#pRzw'
# a subshell's `)` still ends a value
mk ops/sub.sh "out=\$(sshpass -p Wn4xT9qLz2Vb ssh ops@10.1.2.3 uptime)
"
found ops/sub.sh 1 cli-sshpass-password Wn4xT9qLz2Vb
# templates, variables and format fields, in braces or quotes
mk decoy/flags.sh "sshpass -p {password} ssh ops@10.1.2.3
sshpass -p pre{user}fix123 ssh ops@10.1.2.3
7z a -p{0} out.7z dir
mysql -u root -p'\${MYSQL_ROOT_PASSWORD}' shop
mysql -u root -p'\$MYSQL_PWD' shop
mysql -u root -p'pw\${SUFFIX}x9' shop
mysql -u root -p'{{ mysql_root_password }}' shop
mysql -u root -p'{db_password}' shop
zip -P '%(zip_password)s' out.zip notes.txt
ldapsearch -x -D cn=admin -w '<bind password>' -b dc=corp
sshpass -p \"\$(cat ~/.pw)\" ssh ops@10.1.2.3
"
silent decoy/flags.sh
mk decoy/brace.py "cmd = f\"sshpass -p {pw} ssh {host}\"
cmd2 = f\"mysql -u root -p'{args.password}' {db}\"
"
silent decoy/brace.py
# a `)` glued to more of a word is no shell's: no piece of it reported
mk decoy/paren.txt "# panels: sshpass -p Xq7vLm2Tz)Rw9Kp ssh panel-1
"
silent decoy/paren.txt

# ---- a place's long password of two kinds of character
HEX=c41e0f9a7b2d85e36f1a04c9d7b3e8a2
mk db/grants.sql "ALTER USER 'etl'@'%' IDENTIFIED BY '$HEX';
"
found db/grants.sql 1 dbclient-sql-identified-by "$HEX"
mk db/reset.sql "SET PASSWORD FOR 'grafana'@'localhost' = '9be04f7d1ac3625e8d0b4f17';
"
found db/reset.sql 1 dbclient-sql-set-password 9be04f7d1ac3625e8d0b4f17
mk redis/redis.conf "bind 127.0.0.1
requirepass 7c1d9e4b2a8f60e35b7d41c2a9e8f073
"
found redis/redis.conf 2 daemonconf-password 7c1d9e4b2a8f60e35b7d41c2a9e8f073
# hashes in their stored forms, sample words, names, runs and repeats
mk decoy/grants.sql "GRANT ALL ON *.* TO 'old'@'%' IDENTIFIED BY PASSWORD '*A4B6157319038724E3560894F7F932C8886EBFCF';
CREATE USER 'a'@'%' IDENTIFIED BY 'passwordpassword2024';
CREATE USER 'b'@'%' IDENTIFIED BY 'my_application_user_01';
CREATE USER 'c'@'%' IDENTIFIED BY '0123456789abcdef0123456789abcdef';
CREATE USER 'd'@'%' IDENTIFIED BY 'aaaaaaaaaaaaaaaaaaaaaaaa1';
SET PASSWORD FOR 'e'@'%' = 'md5a3f1c9e07b2d4468e5f0c1b9a7d2e6f3';
"
silent decoy/grants.sql
# a users file stores digests: hex of a digest's length there is one
mk pgbouncer/userlist.txt "\"reporting\" \"5d41a9c07e3b28f64a1c9d0e7b3f25a86c4e1d9b7a2f03e58c6d4b1a9e7f2c30\"
\"migrations\" \"Kestrel!quarry5931\"
"
"$KEYHOUND" scan "$T/pgbouncer/userlist.txt" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports userlist.txt 'Kestrel!quarry5931'
mk decoy/redis.conf "requirepass foobaredfoobaredfoobared
masterauth changeme_changeme_2024
"
silent decoy/redis.conf

# ---- a login's password after a host: a password a person chose
mk ops/health.sh "curl -u deploy:lantern.quarry.mosaic https://ci.example-corp.net/api/v1/health
"
generic ops/health.sh 1 lantern.quarry.mosaic
mk ops/probe.sh "curl -fsS -u grafana:otter.otter.basalt https://grafana.lab.example.io/api/health
"
generic ops/probe.sh 1 otter.otter.basalt
# settings' paths, hosts, files and reads of code in a login's place
mk decoy/curl.sh "curl -u admin:config.value.key https://grafana.lab.example.io/api/health
curl -u admin:spring.datasource.password https://grafana.lab.example.io/
curl -u admin:api.example.com https://grafana.lab.example.io/
curl -u admin:README.md.bak https://grafana.lab.example.io/
curl -u admin:process.env.PASSWORD https://grafana.lab.example.io/
curl -u admin:os.environ.get https://grafana.lab.example.io/
curl -u \"\$GRAFANA_USER:\$GRAFANA_PASS\" https://grafana.lab.example.io/
curl -u admin:admin https://grafana.lab.example.io/
"
silent decoy/curl.sh

finish e2e_values27
