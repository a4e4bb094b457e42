#!/usr/bin/env bash
# End-to-end tests of wave 21's application secrets: a value under a name
# that says the application's own secret's role (a salt or pepper, an
# Erlang node's cookie, a key named for what it signs, encrypts or joins,
# a CSRF secret, a digest's salt), and files that hold one whole
# (.erlang.cookie, a Docker secret, Jenkins' master.key copied out of its
# home). Round counts, cookie names and flags, references, samples, a
# CREATE2 salt, a key's id, a bare HTTP cookie and a PEM under a key
# file's name stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

S32=Vb8qT3mZx6LrK1pW9cYn4GdS7hFj2NaQ
S24=q4Lr8VdN2xTc7KmB1wZs9PaE
HEX=9d41f0c7b2e85a36d1c4f07b9e2a58d3c6b1f4e7a0d92c58
B64=p9Q2dXvLmB7tK4rW0zNcY6hS1fGjA8uE3oIiVbRn5Ts=

# salts and peppers, in PHP, Python, Ruby, YAML and a flag
mk php/include/ost-config.php "<?php
define('DBHOST', 'localhost');
define('SECRET_SALT', '$S32');
"
found php/include/ost-config.php 3 generic-app-secret "$S32"
mk php/config_inc.php "<?php
\$g_crypto_master_salt = '$B64';
"
found php/config_inc.php 2 generic-app-secret "$B64"
mk py/settings.py "DEBUG = False
SECURITY_PASSWORD_SALT = \"$HEX\"
"
found py/settings.py 2 generic-app-secret "$HEX"
mk rb/config/initializers/devise.rb "Devise.setup do |config|
  config.pepper = '$HEX'
end
"
found rb/config/initializers/devise.rb 2 generic-app-secret "$HEX"
mk sh/run.sh "./server --listen :8080 --hash-salt $S24 --verbose
"
found sh/run.sh 1 generic-app-secret "$S24"
# (a digest's salt: "hash" in its name says salt, not digest)
mk js/config.js "module.exports = { hashSalt: \"$S32\" };
"
found js/config.js 1 generic-app-secret "$S32"

# an Erlang node's cookie: HOCON, vm.args, .env
mk emqx/etc/emqx.conf "node.name = \"emqx@127.0.0.1\"
node.cookie = \"$S32\"
"
found emqx/etc/emqx.conf 2 generic-app-secret "$S32"
mk rel/vm.args "-sname worker
-setcookie $S24
"
found rel/vm.args 2 generic-app-secret "$S24"
mk rabbit/.env "RABBITMQ_DEFAULT_USER=app
RABBITMQ_ERLANG_COOKIE=$S32
"
found rabbit/.env 2 generic-app-secret "$S32"

# keys named for what they sign, encrypt or join
mk roundcube/config/config.inc.php "<?php
\$config['des_key'] = '$S24';
"
found roundcube/config/config.inc.php 2 generic-app-secret "$S24"
mk owncast/run.sh "owncast --streamkey $S24 --port 8080
"
found owncast/run.sh 1 generic-app-secret "$S24"
mk ops/vault-init.yml "vault:
  unseal_key: \"$B64\"
"
found ops/vault-init.yml 2 generic-app-secret "$B64"
mk go/main.go "package main

const clusterJoinKey = \"$HEX\"
"
found go/main.go 3 generic-app-secret "$HEX"
# a CSRF secret signs the form's tokens: a secret, not a token
mk csrf/app.ini "[security]
csrf_secret = $HEX
"
found csrf/app.ini 2 generic-secret "$HEX"

# files that hold an application's secret whole
mk files/var/lib/rabbitmq/.erlang.cookie "QWFHJZTRKNPXVLMEYDCU"
found files/var/lib/rabbitmq/.erlang.cookie 1 appsecrets-key-file QWFHJZTRKNPXVLMEYDCU
mk files/deploy/secrets/jwt_secret "$S32
"
found files/deploy/secrets/jwt_secret 1 appsecrets-key-file "$S32"
MASTER=$(printf '%s' "$HEX$HEX$HEX$HEX" | cut -c1-128)
mk files/backup/jenkins/master.key "$MASTER"
found files/backup/jenkins/master.key 1 jenkinshome-master-key "$MASTER"

# decoys under the same names
mk decoy/auth.yml "auth:
  bcrypt_salt_rounds: 12
  salt_length: 16
"
silent decoy/auth.yml
mk decoy/settings.py "SESSION_COOKIE_NAME = \"sessionid_main_app\"
SESSION_COOKIE_SECURE = True
HASHIDS_SALT = os.environ[\"HASHIDS_SALT\"]
APP_PEPPER = os.getenv(\"APP_PEPPER\")
"
silent decoy/settings.py
mk decoy/config.php "<?php
define('SECRET_SALT', getenv('SECRET_SALT'));
\$config['des_key'] = \$_ENV['DES_KEY'];
"
silent decoy/config.php
mk decoy/values.yaml "ingest:
  stream_key: \"{{ .Values.streamKey }}\"
  gossip_key: \"\${GOSSIP_KEY}\"
  session_salt: \"your-session-salt-here\"
  unseal_key_id: \"alias/vault-unseal-primary\"
"
silent decoy/values.yaml
mk decoy/deploy.ts "const DEPLOY_SALT = \"0x3f1a9c0d2e4b6a8c1d3f5e7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e1f3a5b7c\";
"
silent decoy/deploy.ts
# a bare cookie is an HTTP cookie's value, not an application's secret
mk decoy/curl.conf "cookie = \"$S32\"
"
silent decoy/curl.conf
mk decoy/files/tls/secret.key "-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ2xYb3J0ZXN0
-----END CERTIFICATE-----
"
silent decoy/files/tls/secret.key
mk decoy/files/var/lib/rabbitmq/.erlang.cookie "CHANGEME_COOKIE_VALUE
"
silent decoy/files/var/lib/rabbitmq/.erlang.cookie
mk decoy/files/cookie.txt "QWFHJZTRKNPXVLMEYDCU"
silent decoy/files/cookie.txt

# a big file: past 65,536 keyword hits the matcher walks every line
for i in $(seq 1 70000); do printf 'salt_rounds: %d\n' "$i"; done >"$T/big.yml"
printf 'session_salt: "%s"\n' "$S32" >>"$T/big.yml"
"$KEYHOUND" scan "$T/big.yml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports big.yml "$S32"

finish e2e_appsecrets21
