#!/usr/bin/env bash
# End-to-end tests of the one reader of config files' pairs (shape.c's
# kh_shape_config): any `name <sep> value` line, list or array under a
# name that says credential, whatever the syntax, judged by the generic
# rules; the decoys config files are full of stay unreported, and only
# config files are read so.
. "$(dirname "$0")/lib.sh"
batch_scans

PW=Zp4wXk9mTq2L
PW2=Rk7wQz2mLp9X
TOK=Qm8zRt4wKx2LpN7vQm8zRt4w
TOK2=Rt4wKx2LpN7vQm8zRt4wQm8z
HEX=9b2d7e4f1a3c4f9c2e7a1b8d3f6e0a5c9b2d7e4f1a3c4f9c2e7a1b8d3f6e0a5c
# none FILE: scanning $T/FILE reports nothing
none() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: no finding" jq -e 'length == 0' "$T/out"
}

# blanks as the separator: a daemon's directive, a Dockerfile's old ENV
mk fluent-bit.conf "[OUTPUT]
    Name      pgsql
    Password  $PW
    rdkafka.sasl.password  $PW2
"
found fluent-bit.conf 3 generic-password "$PW"
found fluent-bit.conf 4 generic-password "$PW2"
mk build/netrc.Dockerfile "FROM alpine:3.19
ENV NETRC_PASSWORD $PW
"
found build/netrc.Dockerfile 2 generic-password "$PW"
mk slapd/slapd.conf "rootpass $PW2
"
found slapd/slapd.conf 1 generic-password "$PW2"
# a web server's directives, in the files and directories that hold them
mk web/.htaccess "SetEnv DB_PASSWORD $PW
"
found web/.htaccess 1 generic-password "$PW"
# a variable set by name is read by every rule, whatever its name says
# (SECRET_KEY_BASE: Phoenix's), in a file named for its kind too
KB=DgOHa0zrrMmPY5i6TMK8krChtit4dHbbSWYKGx7Zq2Vw9LmP3sT8uN4cE1fJ6hQ0
mk web/phoenix.htaccess "SetEnv SECRET_KEY_BASE $KB
SetEnv PHX_HOST app.example.com
"
found web/phoenix.htaccess 1 phoenix-secret-key-base "$KB"
mk app/Dockerfile "FROM elixir:1.16
ENV SECRET_KEY_BASE \"$KB\"
"
found app/Dockerfile 2 phoenix-secret-key-base "$KB"
mk nginx/sites-available/api "location /api/ {
    proxy_set_header X-Api-Key \"$TOK\";
}
"
found nginx/sites-available/api 2 generic-secret "$TOK"
mk fluent-bit/outputs.conf "[OUTPUT]
    Cloud_Auth  elastic:$PW2
"
found fluent-bit/outputs.conf 2 generic-password "$PW2"
# grafana.ini's triple quotes around a password with # or ;
mk grafana.ini "[security]
admin_password = \"\"\"Xq7#kLm2;Pz9wR4t\"\"\"
"
found grafana.ini 2 generic-secret 'Xq7#kLm2;Pz9wR4t'
# lists and arrays: each item (a plural name read as its singular)
mk bugsnag.toml "api_keys = [\"$TOK\", \"$TOK2\"]
"
found bugsnag.toml 1 generic-secret "$TOK"
found bugsnag.toml 1 generic-secret "$TOK2"
mk rollbar.toml "[server]
access_tokens = [
  \"$TOK\",  # the old one
  \"$TOK2\",
]
"
found rollbar.toml 3 generic-secret "$TOK"
found rollbar.toml 4 generic-secret "$TOK2"
mk browserstack.json "{
  \"user\": \"ci\",
  \"access_keys\": [\"$TOK\"]
}
"
found browserstack.json 3 generic-secret "$TOK"
mk agent.yaml "api_tokens:
  - $TOK
  - \"$TOK2\"
"
found agent.yaml 2 generic-secret "$TOK"
found agent.yaml 3 generic-secret "$TOK2"
# a key a secret's word qualifies, a salt, a dotted dotenv name
mk config-client/bootstrap.properties "encrypt.key=4f9c2e7a1b8d3f6e0a5c9b2d7e4f1a3c
"
found config-client/bootstrap.properties 1 generic-secret 4f9c2e7a1b8d3f6e0a5c9b2d7e4f1a3c
mk yii/config/web.php "<?php
\$config = [
    'components' => [
        'request' => [
            'cookieValidationKey' => '$TOK',
        ],
    ],
];
"
found yii/config/web.php 5 generic-secret "$TOK"
mk cake/config/app_local.php "<?php
return [
    'Security' => [
        'salt' => env('SECURITY_SALT', '$HEX'),
    ],
];
"
found cake/config/app_local.php 4 cakephp-security-salt "$HEX"
mk ci4/.env "encryption.key = hex2bin:$HEX
"
found ci4/.env 1 generic-secret "$HEX"
# auth's user:password, a creds list's user and password
mk filebeat.yml "cloud.id: \"staging:dXMtZWFzdC0xLmF3cy5mb3VuZC5pbw==\"
cloud.auth: \"elastic:$PW\"
"
found filebeat.yml 2 generic-password "$PW"
mk etl/celeryconfig.py "FLOWER_BASIC_AUTH = ['admin:$PW']
SFTP_CREDS = ['svc_etl', '$PW2']
"
found etl/celeryconfig.py 1 generic-password "$PW"
found etl/celeryconfig.py 2 generic-password "$PW2"

# decoys: references, defaults, paths, numbers, ids, public keys, hashes,
# words, encrypted values, and what is no credential's name
mk decoys/app.yaml 'password: ${DB_PASSWORD}
password: changeme
password_file: /run/secrets/db_password
password_min_length: 12
token_ttl: 3600
key_id: Zq8wKt3mLp7XvB2nRc5y
public_key: Kq8wZt3mLp7XvB2nRc5yHd9sWq3z
password_hash: 5f4dcc3b5aa765d61d8327deb882cf99a8e2f0c1
token_digest: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
admin_password: $2y$10$abcdefghijklmnopqrstuu5Zq8wKt3mLp7XvB2nRc5yHd9sWq3zLp
ldap_password: "{SSHA}Zq8wKt3mLp7XvB2nRc5yHd9sWq3z"
client_secret_id: 7c1f4e2a-93b5-4d08-a6e1-5b2f9c3d8e47
secret_name: my-k8s-secret
keyfile: /etc/ssl/private/server.key
password_policy: strict
passwords: []
auth_method: password
password_label: "Password"
password_hint: Enter your password
write_key: tG8r3hhwyf6Gv5qxA8mHq2Lz
site_key: 6Ljf6h8t-8VD2t3VSZKsQ2wLz8Kt
cache_key: Hq4wZk8mLp3Tn6Rv2Lx9
encryptionsalt: v1:0nVqrf5W2nk=:v1:Cq8wZt3mLp7XvB2nRc5yHd9s
'
none decoys/app.yaml
mk decoys/etc/nginx/site.conf "location / {
    proxy_pass http://backend;
    fastcgi_pass 127.0.0.1:9000;
    fastcgi_pass unix:/run/php/php8.2-fpm.sock;
    auth_basic_user_file /etc/nginx/htpasswd;
    ssl_password_file /etc/keys/global.pass;
}
"
none decoys/etc/nginx/site.conf
mk decoys/more.conf "spring.datasource.password=ENC(YlPcxV4BPdILKzYkQm8zRt4wKx2LpN7v)
PasswordAuthentication no
AuthorizedKeysFile .ssh/authorized_keys .ssh/authorized_keys2
# password $PW
; requirepass $PW
// token $TOK
"
none decoys/more.conf
# a list of objects under a credential's name is no list of values (an
# API model's examples: the ids in it are no passwords)
mk decoys/iam.examples.json "{
  \"ChangePassword\": [
    {
      \"description\": \"Changes the password\",
      \"id\": \"3a80c66f-bffb-46df-947c-1e8fa583b470\"
    }
  ]
}
"
none decoys/iam.examples.json
# failure paths: a list or triple quote that never closes
mk decoys/open.toml "api_keys = [\"$TOK\",
  \"$TOK2\"
password = \"\"\"Xq7#kLm2;Pz9wR4t
"
none decoys/open.toml
# a JSON Schema says what settings may hold and holds none
mk decoys/binding.yaml "\$id: http://devicetree.org/schemas/acme.yaml#
\$schema: http://devicetree.org/meta-schemas/core.yaml#
encrypt.key: 4f9c2e7a1b8d3f6e0a5c9b2d7e4f1a3c
"
none decoys/binding.yaml
mk schema-less/settings.yaml "encrypt.key: 4f9c2e7a1b8d3f6e0a5c9b2d7e4f1a3c
"
found schema-less/settings.yaml 1 generic-secret 4f9c2e7a1b8d3f6e0a5c9b2d7e4f1a3c
# a tab between a directive and its value
mk tabs.conf "$(printf 'Password\t%s' "$PW")
"
found tabs.conf 1 generic-password "$PW"
# not a config file: a note's words are not read as pairs
mk decoys/notes.txt "Password  $PW
ENV NETRC_PASSWORD $PW2
"
none decoys/notes.txt

finish e2e_confpairs
