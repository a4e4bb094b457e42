#!/usr/bin/env bash
# End-to-end tests of syntaxes that hide a credential's name from the
# generic rule (CMake's set(ENV{...}), a quoted "NAME=value", a template's
# default literal, nginx's set $name, Tasmota's Backlog, an SDK's
# Auth.api_key(...), --auth=) and of names whose last word says credential
# (DBPASS, _PSK, SALT_KEY, passwordsalt, password2, SECRET_..._KEY).
. "$(dirname "$0")/lib.sh"
batch_scans

V=Qm7Lp4Vn8Tz3Wb6Yc1Hd5Fg0JeARk9x # 32 random letters and digits
P=Wq7k2Zp9Lm4x                     # a 12-character password

# CMake: the name inside ENV{...}, or before CACHE
mk cmake/a.cmake "set(ENV{RUNNER_REGISTRATION_TOKEN} \"$V\")
"
found cmake/a.cmake 1 generic-secret "$V"
mk cmake/b.cmake "SET(ENV{SERVICE_API_KEY} $V)
"
found cmake/b.cmake 1 generic-secret "$V"
mk cmake/CMakeLists.txt "project(app)
set(DEPLOY_TOKEN \"$V\" CACHE STRING \"the deploy token\")
"
found cmake/CMakeLists.txt 2 generic-secret "$V"
mk cmake/ref.cmake "set(ENV{API_TOKEN} \"\${CI_JOB_TOKEN}\")
set(TOKEN_FILE \"\${CMAKE_BINARY_DIR}/token.txt\" CACHE PATH \"\")
"
silent cmake/ref.cmake

# a quoted assignment: systemd's Environment=, several on a line; an args list
mk systemd/app.service "[Service]
Environment=\"APP_ENV=production\" \"APP_SECRET=$V\"
"
found systemd/app.service 2 generic-secret "$V"
mk systemd/db.service "[Service]
Environment='DB_PASSWORD=$P'
"
found systemd/db.service 2 generic-password "$P"
mk args/docker-compose.yml "services:
  app:
    command: [\"--env\", \"WEBHOOK_SECRET=$V\"]
"
found args/docker-compose.yml 3 generic-secret "$V"
mk args/oauth.py "            >>> b
            'oauth_token=lsdkfol23w54jlksdef&oauth_token_secret=qwe089234lkjsdf&realms=movies'
"
silent args/oauth.py
mk systemd/file.service "[Service]
Environment=\"APP_SECRET_FILE=/run/secrets/app\"
EnvironmentFile=/etc/app/app.env
"
silent systemd/file.service

# a template's default: Jinja, Liquid, Go templates, Helm's function form
mk tpl/env.j2 "API_TOKEN={{ lookup('env', 'API_TOKEN') | default('$V', true) }}
"
found tpl/env.j2 1 generic-secret "$V"
mk tpl/app.yml.j2 "auth_token: \"{{ vault_auth_token | default('$V') }}\"
"
found tpl/app.yml.j2 1 generic-secret "$V"
mk tpl/_config.yml "secret_key: {{ site.secret_key | default: \"$V\" }}
"
found tpl/_config.yml 1 generic-secret "$V"
mk tpl/secret.yaml "  api_key: {{ .Values.app.apiKey | default \"$V\" | quote }}
"
found tpl/secret.yaml 1 generic-secret "$V"
mk tpl/deployment.yaml "            - name: ACCESS_TOKEN
              value: {{ default \"$V\" .Values.accessToken }}
"
found tpl/deployment.yaml 2 generic-secret "$V"
mk tpl/empty.j2 "API_TOKEN={{ lookup('env', 'API_TOKEN') | default('', true) }}
auth_token: {{ auth_token | default(omit) }}
  api_key: {{ .Values.apiKey | default \"\" | quote }}
"
silent tpl/empty.j2

# nginx's set $name
mk nginx/site.conf "location /api {
    set \$upstream_api_key \"$V\";
}
"
found nginx/site.conf 2 generic-secret "$V"
mk nginx/proxy.conf "    set \$backend_token $V;
"
found nginx/proxy.conf 1 generic-secret "$V"
mk nginx/ref.conf "    set \$upstream_api_key \$http_x_api_key;
"
silent nginx/ref.conf

# Tasmota's Backlog: commands apart by ';', a numbered Password1
mk tasmota/backlog.txt "Backlog SSID1 HomeNet; Password1 $P; MqttHost 10.0.0.2
"
found tasmota/backlog.txt 1 generic-password "$P"
mk tasmota/mqtt.txt "Backlog MqttUser plug; MqttPassword $P; Topic plug_1
"
found tasmota/mqtt.txt 1 generic-password "$P"
mk tasmota/long.txt "Backlog0 SSID1 HomeNet; SSID2 Garage; Hostname plug-living-room; MqttHost 10.0.0.2; MqttPassword $P
"
found tasmota/long.txt 1 generic-password "$P"
mk tasmota/reset.txt "Backlog SSID1 HomeNet; Password1 0; MqttHost 10.0.0.2
"
silent tasmota/reset.txt

# build flags: -D with a quoted literal; espota's and httpie's --auth
mk pio/platformio.ini "[env:esp32]
build_flags =
  -DMQTT_PASSWORD='\"$P\"'
upload_flags =
  --auth=$P
"
"$KEYHOUND" scan "$T/pio/platformio.ini" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "platformio.ini: the -D literal and the --auth password" jq -e --arg s "$P" \
	'[.[] | select(.secret == $s and .rule_id == "generic-password") | .line] == [3, 5]' "$T/out"
mk pio/http.sh "http --auth deploy:$P GET https://api.example.com/
"
found pio/http.sh 1 generic-password "$P"
mk pio/basic.sh "http --auth-type=basic --auth=none GET https://api.example.com/
"
silent pio/basic.sh

# a Bearer header in a component, Rancher's token-<id>:<secret> too
R=token-k2x9q:7fz3m8q1w5r9t2y6u0i4o8p3a7s1d5f9g3h7j1k5l9z3x7c1v5b9n3m7
mk web/Clusters.svelte "<script>
  const res = await fetch(\`\${base}/v3/clusters\`, {
    headers: {
      Authorization: \"Bearer $R\",
    },
  });
</script>
"
found web/Clusters.svelte 4 generic-secret "$R"
mk web/Ref.vue "      headers: { Authorization: \"Bearer \" + token },
"
silent web/Ref.vue

# an SDK's credential factory
mk sdk/retriever.py "auth = weaviate.auth.Auth.api_key(\"$V\")
"
found sdk/retriever.py 1 generic-secret "$V"
mk sdk/ref.py "auth = weaviate.auth.Auth.api_key(os.environ[\"WEAVIATE_API_KEY\"])
"
silent sdk/ref.py

# ML's typed let, a blank before its colon (F#, OCaml)
mk ml/Config.fs "module Config =
    let apiToken : string = \"$V\"
"
found ml/Config.fs 2 generic-secret "$V"
mk ml/config.ml "let db_password : string = \"$P\"
"
found ml/config.ml 1 generic-password "$P"
mk ml/Ref.fs "let apiToken : string = Environment.GetEnvironmentVariable \"API_TOKEN\"
"
silent ml/Ref.fs

# names whose last word says credential
mk names/paperless.env "PAPERLESS_DBPASS=$P
"
found names/paperless.env 1 generic-password "$P"
mk names/prj.conf "CONFIG_NET_SAMPLE_PSK=\"$V\"
"
found names/prj.conf 1 generic-secret "$V"
mk names/config.php "<?php
\$CONFIG = array (
  'passwordsalt' => '$V',
);
"
found names/config.php 3 generic-app-secret "$V"
mk names/litellm.yaml "environment_variables:
  LITELLM_SALT_KEY: sk-$V
"
found names/litellm.yaml 2 generic-secret "sk-$V"
mk names/app.ini "[mail]
password2 = $V
"
found names/app.ini 2 generic-secret "$V"
mk names/arduino_secrets.h "#define SECRET_SSID \"HomeNetwork\"
#define SECRET_DEVICE_KEY \"$V\"
"
found names/arduino_secrets.h 2 generic-secret "$V"
mk names/vaultwarden.env "PUSH_INSTALLATION_ID=8f14e45f-ceea-467a-9575-3f1c2b7d9e01
PUSH_INSTALLATION_KEY=$V
"
found names/vaultwarden.env 2 generic-secret "$V"
mk names/check.py "if DBPASS == \"$P\":
"
silent names/check.py
mk names/react.min.js "function q(e,t){didScheduleRenderPhaseUpdateDuringThisPass=didScheduleRenderPhaseUpdate=!0;var o={\"x-api-key\":t}}
"
silent names/react.min.js
mk names/settings.py "PASSWORD_SALT_ROUNDS = 12
TOKEN2_EXPIRY = 3600
SECRET_KEY_FILE = \"/etc/app/key.pem\"
DBPASS_FILE = \"/run/secrets/db\"
"
silent names/settings.py

finish e2e_shapes7
