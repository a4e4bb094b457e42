#!/usr/bin/env bash
# End-to-end tests of wave 38's readers of passwords in configs, scripts
# and commands (creds38): a Docker registry login's password judged as a
# password by its place (a word and a year, words and a number); a value
# led by `$` where a digit standing for a letter follows it ($50r7m1nd$:
# no variable's name); SQL's password statements with such a value in
# their quotes; the password an Expect or pexpect script sends after a
# password prompt; the one an AutoHotkey script types after a user and
# {Tab}; a URL's login before a template's host (%host%, $HOST); a login
# in a connection URL's query (u= and p=, NocoDB's NC_DB). Hard negatives:
# references ($PASS, ${X}, $env(X), [lindex $argv 1], %pw%), samples,
# crypt(3) and bcrypt hashes, a prompt that is no password's, query
# strings without a user, pages and ids. Every value is generated for
# this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

auth() { printf '%s' "$1" | base64 -w0; }

# ---- a Docker registry's "auth": the login's password, chosen ones too ---
mk docker/config.json '{
  "auths": {
    "registry.corp.lan": {
      "auth": "'"$(auth 'ci-wren:Marigold1987?')"'"
    },
    "harbor.corp.lan": {
      "auth": "'"$(auth 'deploy-wren:pelican-saffron-41')"'"
    }
  }
}
'
once docker/config.json 4 'Marigold1987?'
once docker/config.json 7 pelican-saffron-41
mk docker2/config.json '{
  "auths": {
    "registry.corp.lan": { "auth": "'"$(auth 'admin:password')"'" },
    "harbor.corp.lan": { "auth": "'"$(auth 'deploy:${REGISTRY_PASSWORD}')"'" },
    "quay.corp.lan": { "auth": "'"$(auth 'robot:changeme')"'" },
    "ghcr.io": {}
  }
}
'
silent docker2/config.json
# in a CI variable's escaped JSON: the password alone, not its base64 too
mk ci/.gitlab-ci.yml 'variables:
  DOCKER_AUTH_CONFIG: "{\"auths\":{\"reg.corp.lan\":{\"auth\":\"'"$(auth 'ci-wren:Plover1999#q')"'\"}}}"
'
secrets_exactly ci/.gitlab-ci.yml 'Plover1999#q'

# ---- a value led by `$`, then a digit that stands for a letter -----------
mk nut/upsd.users '[monuser]
    password = $50r7m1nd$l4k3
    upsmon secondary
'
once nut/upsd.users 2 '$50r7m1nd$l4k3'
mk nut2/upsd.users '[a]
    password = $1
[b]
    password = $1$saltsalt$Wq7Zr2Kv9Tn4Lx6MpB3sH
[c]
    password = $6$rounds=5000$abcdefgh$
[d]
    password = $2b$12$Yhp/WruIuGTlDo3QZ4yuNfEBsbg82d1aDQ9eQ4dYsXblVO2x5uEhe
'
silent nut2/upsd.users

# ---- SQL: a password statement's quoted value led by `$` -----------------
mk home/.mysql_history '_HiStOrY_V2_
SET\040PASSWORD\040FOR\040'"'"'blog'"'"'@'"'"'%'"'"'\040=\040'"'"'$h1ll7r4ck^'"'"';
'
once home/.mysql_history 2 '$h1ll7r4ck^'
mk db/roles.sql "ALTER ROLE app WITH LOGIN PASSWORD '\$m0s5b4nk!';
"
found db/roles.sql 1 dbclient-sql-role-password '$m0s5b4nk!'
mk db/reset.sh "#!/bin/sh
psql -c \"ALTER ROLE app WITH LOGIN PASSWORD '\$PG_APP_PASS'\"
mysql -e \"SET PASSWORD FOR 'app'@'%' = '\$app_password1!'\"
mysql -e \"CREATE USER 'ro'@'%' IDENTIFIED BY '\$RO_PASS'\"
"
silent db/reset.sh

# ---- Expect and pexpect: what is sent after a password prompt ------------
mk scripts/switch.exp '#!/usr/bin/expect -f
spawn ssh admin@sw-edge.corp.lan
expect "assword:"
send "Juniper-otter-33\r"
expect "#"
send "show running-config\r"
'
found scripts/switch.exp 4 expect-prompt-password Juniper-otter-33
mk scripts/login.exp 'expect {
    "*assword*" { send -- "Kd7wQm2xVt9z\r" }
}
'
found scripts/login.exp 2 expect-prompt-password Kd7wQm2xVt9z
mk tools/rotate.py "import pexpect
child = pexpect.spawn('ssh ops@db1.corp.lan')
child.expect('Password:')
child.sendline('Vr8nLq4tWz2k')
"
found tools/rotate.py 4 expect-pexpect-password Vr8nLq4tWz2k
mk scripts/vars.exp 'spawn ssh [lindex $argv 0]
expect "assword:"
send "$password\r"
expect "assword:"
send "[lindex $argv 1]\r"
expect "Password:"
send -- "$env(SW_PASS)\r"
expect "password:"
send "changeme\r"
expect "login:"
send "Kd7wQm2xVt9z\r"
expect "Password changed"
send "show interfaces\r"
'
silent scripts/vars.exp
mk tools/ask.py "child.expect('Password:')
child.sendline(password)
child.expect('Password:')
child.sendline(os.environ['DB_PW'])
"
silent tools/ask.py

# ---- AutoHotkey: a user and {Tab}, then the password and {Enter} ---------
mk ahk/erp.ahk '#Requires AutoHotkey v2.0
^!l:: {
    Send "mnowak{Tab}"
    Send "Tamarind_pebble_1984{Enter}"
}
'
found ahk/erp.ahk 4 autohotkey-login-password Tamarind_pebble_1984
mk ahk/v1.ahk '^!p::Send, scan.svc{Tab}Wq5tRz8mKx{Enter}
'
found ahk/v1.ahk 1 autohotkey-login-password Wq5tRz8mKx
mk ahk/forms.ahk 'Send "mnowak{Tab}"
Send "%pw%{Enter}"
Send "^a{Tab}"
Send "{Enter}"
Send "name{Tab}"
Send "Dear customer{Enter}"
Send "user{Tab}"
Send "password{Enter}"
'
silent ahk/forms.ahk

# ---- a URL login before a template host ----------------------------------
mk smokeping/Targets '+ web
menu = web
urlformat = https://probe:Zt6wKq3nVm8r@%host%/health
'
found smokeping/Targets 3 url-credentials Zt6wKq3nVm8r
mk bin/check.sh 'curl -fsS "https://probe:Lp4vTx9qWn2c@$TARGET/status"
curl -fsS "https://probe:$PROBE_PASS@$TARGET/status"
curl -fsS "https://probe:${PROBE_PASS}@$TARGET/status"
'
secrets_exactly bin/check.sh Lp4vTx9qWn2c
mk smokeping2/Targets 'urlformat = https://probe:%password%@%host%/health
'
silent smokeping2/Targets

# ---- a login in a connection URL's query ---------------------------------
mk nocodb/.env 'NC_DB=pg://db:5432?u=nocodb&p=Rq3mVx7tLk9w&d=nocodb
'
found nocodb/.env 1 url-query-login Rq3mVx7tLk9w
mk compose/docker-compose.yml 'services:
  nocodb:
    environment:
      NC_DB: "mysql2://mysql:3306?u=noco&p=walnut-ember-marsh-heron&d=noco"
'
found compose/docker-compose.yml 4 url-query-login walnut-ember-marsh-heron
mk links/urls.txt 'NC_DB=pg://db:5432?u=nocodb&p=${DB_PASSWORD}&d=nocodb
NC_DB=pg://db:5432?u=nocodb&p=password&d=nocodb
https://shop.corp.lan/search?q=boots&p=2&sort=price
https://video.corp.lan/watch?v=kq8XwT2mLpz&p=PLk3mW8qTz2vXn5bR7cY1dF4gH6jK9
https://api.corp.lan/items?u=42&p=1234567890&limit=50
'
silent links/urls.txt
mk links/more.txt 'https://t.corp.lan/track?u=12&p=homepage_main_banner
https://login.corp.lan/auth?u=jdoe&p=ResetPasswordPage
'
silent links/more.txt

# ---- more prompts and template hosts that hold no password ---------------
mk scripts/cisco.exp 'expect "Password:"
send "enable\r"
expect -re "(yes/no|assword)"
send "continue\r"
expect "Enter passphrase"
send "show version\r"
'
silent scripts/cisco.exp
mk ahk/entry.ahk 'Send "Smith{Tab}"
Send "London{Enter}"
Send "12345{Tab}"
Send "INV-2024-001{Enter}"
'
silent ahk/entry.ahk
mk web/dsn.php '<?php
$dsn = "mysql://$user:$pass@$host/$db";
$u = "https://api:{$token}@$host/v1";
$f = "ftp://anonymous:guest@$host/pub";
$g = "https://user:password@$host/";
'
silent web/dsn.php
flush_scans

finish "e2e_creds38"
