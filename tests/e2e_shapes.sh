#!/usr/bin/env bash
# End-to-end tests of names held apart from their values: XML attributes
# and elements, key/value objects, dictionary and SDK arguments, env
# fallbacks, CLI flags, Terraform defaults. The finding points at the value.
. "$(dirname "$0")/lib.sh"
batch_scans
KH=$KEYHOUND

KEY=7c1f4e2a-93b5-4d08-a6e1-5b2f9c3d8e47 # legacy HubSpot API key shape
mk() { mkdir -p "$(dirname "$T/$1")"; printf '%s' "$2" >"$T/$1"; }
# found FILE LINE: one hubspot-api-key finding of $KEY on that line, at
# the column where the key stands
found() {
	local col
	col=$(sed -n "$2p" "$T/$1" | awk -v k="$KEY" '{ print index($0, k) }')
	"$KH" scan "$T/$1" -f json -o "$T/out" 2>"$T/err"
	check "$1: the key at $2:$col" jq -e --arg s "$KEY" --argjson l "$2" --argjson c "$col" \
		'[.[] | select(.rule_id == "hubspot-api-key")] | length == 1 and .[0].secret == $s
		 and .[0].line == $l and .[0].column == $c and (.[0] | has("decoded") | not)' "$T/out"
}

mk pos/web.config "<appSettings>
  <add key=\"HubSpotApiKey\" value=\"$KEY\" />
</appSettings>
"
found pos/web.config 2
mk pos/env.postman_environment.json "{\"values\": [
  {
    \"key\": \"hapikey\",
    \"value\": \"$KEY\",
    \"enabled\": true
  }
]}
"
found pos/env.postman_environment.json 4
mk pos/Settings.cs "var s = new Dictionary<string, string> { { \"HubSpotApiKey\", \"$KEY\" } };
"
found pos/Settings.cs 1
mk pos/Startup.cs "Context.Add(\"hapikey\", \"$KEY\");
"
found pos/Startup.cs 1
mk pos/config.py "HUBSPOT = os.getenv(\"HUBSPOT_API_KEY\", \"$KEY\")
"
found pos/config.py 1
mk pos/server.js "const key = process.env.HUBSPOT_API_KEY || '$KEY';
"
found pos/server.js 1
mk pos/variables.tf "variable \"hubspot_api_key\" {
  type    = string
  default = \"$KEY\"
}
"
found pos/variables.tf 3
mk pos/settings.xml "<config><hubspotApiKey>$KEY</hubspotApiKey></config>
"
found pos/settings.xml 1
mk pos/sync.sh "./sync --hubspot-api-key $KEY --portal 123
"
found pos/sync.sh 1

mk pos/hubspot.php "<?php
\$hubspot = SevenShores\\Hubspot\\Factory::create('$KEY');
"
found pos/hubspot.php 2
mk pos/client.js "var hubspot = new HubSpotAPI(\"$KEY\");
"
found pos/client.js 1
# an upper-case const may hold a client; a class's static member is an enum's
mk pos/const.js "const HUBSPOT = new HubSpotAPI(\"$KEY\");
"
found pos/const.js 1

# names from the structure around the value: YAML parents, INI sections
mk pos/deep.yaml "crm:
  hubspot:
    region: eu1
    api:
      key: $KEY
"
found pos/deep.yaml 5
mk pos/hubspot.ini "[hubspot]
portal = 123
api_key = $KEY
"
found pos/hubspot.ini 3
# string literals with a prefix: C#'s verbatim @"...", Rust's raw r#"..."#
mk pos/Crm.cs "private const string HubSpotApiKey = @\"$KEY\";
"
found pos/Crm.cs 1
mk pos/crm.rs "const HUBSPOT_API_KEY: &str = r#\"$KEY\"#;
"
found pos/crm.rs 1
# ["NAME"] = "value": a C# dictionary initializer, Ruby's and Julia's ENV
mk pos/Env.cs "var env = new Dictionary<string, string> {
    [\"BILLING_SERVICE_TOKEN\"] = \"Rk29vLpq7RtzA1Xq8Wm4NbT3\",
};
"
"$KH" scan "$T/pos/Env.cs" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "Env.cs: a dictionary initializer's value" jq -e \
	'length == 1 and .[0].rule_id == "generic-secret" and .[0].line == 2 and .[0].secret == "Rk29vLpq7RtzA1Xq8Wm4NbT3"' "$T/out"

# credentials handed to commands: a token of a generic format counts with
# its provider's host in the same command, and is reported at the value
FASTLY=Qx7vTn2Lp9Rk4Wm8Zc3Hb6Yd1Fg5Js0K
PW=Zr8Kq2Wv5Tn7Lx3MpQ4s
cmd_found() { # FILE LINE RULE SECRET [DECODED]
	"$KH" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $3 on line $2" jq -e --arg r "$3" --arg s "$4" --argjson l "$2" --arg d "${5:-}" \
		'[.[] | select(.rule_id == $r and .secret == $s)] | length == 1 and .[0].line == $l
		 and ((.[0].decoded // []) | join(",")) == $d' "$T/out"
}
mk cmd/bearer.sh "curl -H \"Authorization: Bearer $FASTLY\" https://api.fastly.com/service
"
cmd_found cmd/bearer.sh 1 fastly-api-token "$FASTLY"
mk cmd/multiline.sh "curl -s -X PURGE \\
  -H 'Fastly-Key: $FASTLY' \\
  https://api.fastly.com/purge_all
"
cmd_found cmd/multiline.sh 2 fastly-api-token "$FASTLY"
mk cmd/requests.py "r = requests.get('https://api.fastly.com/service', headers={'Authorization': 'Bearer $FASTLY'})
"
cmd_found cmd/requests.py 1 fastly-api-token "$FASTLY"
mk cmd/basic.sh "curl -H 'Authorization: Basic $(printf 'api:%s' "$FASTLY" | base64 -w0)' https://api.fastly.com/service
"
cmd_found cmd/basic.sh 1 fastly-api-token "$FASTLY" base64
mk cmd/curl-user.sh "curl -fsS -u deploy:$PW https://ci.example.com/job/api/json
"
cmd_found cmd/curl-user.sh 1 generic-secret "$PW"
mk cmd/curl-user-long.sh "curl --user 'deploy:$PW' https://nexus.example.com/service/rest
"
cmd_found cmd/curl-user-long.sh 1 generic-secret "$PW"
mk cmd/login.sh "docker login -u deploy -p $PW registry.example.com
"
cmd_found cmd/login.sh 1 generic-secret "$PW"
mk cmd/login-long.sh "echo start
docker login --username deploy --password '$PW' ghcr.io
"
cmd_found cmd/login-long.sh 2 generic-secret "$PW"
mk cmd/Mailer.cs "client.Credentials = new NetworkCredential(\"deploy\", \"$PW\");
"
cmd_found cmd/Mailer.cs 1 generic-secret "$PW"
mk neg/commands.sh "curl -H \"Authorization: Bearer \$FASTLY_TOKEN\" https://api.fastly.com/service
curl -H 'Authorization: Bearer <token>' https://api.fastly.com/service
curl -H 'Fastly-Key: \${{ secrets.FASTLY_KEY }}' https://api.fastly.com/service
curl -u \"\$USER:\$PASS\" https://ci.example.com/job
curl -u deploy:changeme https://ci.example.com/job
docker login -u deploy -p \$REGISTRY_PASSWORD registry.example.com
docker login -u deploy --password '********' registry.example.com
docker login -u deploy --password-stdin registry.example.com
client.Credentials = new NetworkCredential(\"deploy\", \"<password>\");
"
# names no provider owns reach the generic rule: an XML element, a
# key/value object, a Dockerfile ENV
mk cmd/settings.xml "<settings>
  <apiKey>$PW</apiKey>
</settings>
"
cmd_found cmd/settings.xml 2 generic-secret "$PW"
mk cmd/env.postman_environment.json "{\"values\": [{\"key\": \"api_token\", \"value\": \"$PW\", \"enabled\": true}]}
"
cmd_found cmd/env.postman_environment.json 1 generic-secret "$PW"
mk cmd/Dockerfile "FROM alpine:3.19
ENV DEPLOY_TOKEN=$PW
"
cmd_found cmd/Dockerfile 2 generic-secret "$PW"
mk cmd/seed.sql "INSERT INTO settings (name, value) VALUES ('api_key', '$PW');
"
cmd_found cmd/seed.sql 1 generic-secret "$PW"
mk cmd/server.js "const key = process.env.API_TOKEN || \"$PW\";
"
cmd_found cmd/server.js 1 generic-secret "$PW"
# the keyword is part of a longer name: the rest of it does not hide the
# name from the generic rule
mk cmd/secret-key.xml "<settings>
  <deploySecretKey>$PW</deploySecretKey>
</settings>
"
cmd_found cmd/secret-key.xml 2 generic-secret "$PW"
mk cmd/getenv.py "key = os.getenv(\"DEPLOY_SECRET_KEY\", \"$PW\")
"
cmd_found cmd/getenv.py 1 generic-secret "$PW"
# a log line: an unquoted value mid-line, another name=value after it
mk cmd/app.log "2024-05-01T10:00:00Z INFO starting with api_key=$PW region=us
"
cmd_found cmd/app.log 1 generic-secret "$PW"
# a name that ends in "pat" (a personal access token) holds a credential
ADO=ujzdegxdncf32epf3dhodzdocis2jhtlgmxgedn73u55xtplpft7
mk cmd/ado.sh "az-sync --azure-devops-pat $ADO --org acme
"
cmd_found cmd/ado.sh 1 azure-devops-pat "$ADO"
mk cmd/ado.xml "<settings><azureDevopsPat>$ADO</azureDevopsPat></settings>
"
cmd_found cmd/ado.xml 1 azure-devops-pat "$ADO"
# a URL's query: ?name=value&name=value
mk cmd/links.md "Build status: https://ci.example.com/build?job=7&api_token=$PW&page=2
"
cmd_found cmd/links.md 1 generic-secret "$PW"
mk neg/list.md "Next: https://api.example.com/items?page_token=$PW&limit=10
"
# a CSV row whose name no provider owns
mk cmd/creds.csv "name,value
repo_token,$PW
"
cmd_found cmd/creds.csv 2 generic-secret "$PW"
mk neg/main.go "token, err := fetchToken(ctx, \"$PW\")
"
mk neg/calls.py "client = connect(api_key=$PW, retries=3)
"
mk neg/generic.xml "<settings>
  <apiKey>\${API_KEY}</apiKey>
  <apiKey>YOUR_API_KEY_HERE</apiKey>
</settings>
"
mk neg/Dockerfile "FROM alpine:3.19
ARG DEPLOY_TOKEN
ENV DEPLOY_TOKEN=\${DEPLOY_TOKEN}
"
# a Kubernetes Secret: the decoded value is reported, not the base64 a
# name-value copy of the same line still holds
mk cmd/secret.yaml "apiVersion: v1
kind: Secret
data:
  client_secret: $(printf '%s' "$PW" | base64 -w0)
"
cmd_found cmd/secret.yaml 4 generic-secret "$PW" base64
# a CSV row name,value
mk cmd/keys.csv "name,value
HUBSPOT_API_KEY,$KEY
"
cmd_found cmd/keys.csv 2 hubspot-api-key "$KEY"
# double percent-encoding: %253D is '=' only at the second level, and the
# whole token (with its '=') is reported, not the part the first level saw
ATL=ATATT3xFfGF0ScIyRKJ_QZDLsHabattTGhrDB0WsJ-kTOH1xfQs02Zz2hzR_r4Ad8eXDKxiMIz5Xf59hBULBIi4e33bLKV2oGrnJ7M7Ak1diPD7C-dO54EWe0FEhhMpraknN8fprzY6wCYVsvZ0f3MNf3Q76zS7PUuCeTdnDSmYasCzLKssWXKz=173AC978
mk cmd/callback.txt "redirect=https%3A%2F%2Fexample.net%2F%3Fio%3D${ATL%=*}%253D173AC978
"
cmd_found cmd/callback.txt 1 atlassian-api-token "$ATL" percent,percent
mk neg/keys.csv "name,value
HUBSPOT_API_KEY,changeme
HUBSPOT_API_KEY,\${HUBSPOT_API_KEY}
HUBSPOT_FORM_ID,$KEY
"
mk neg/settings.yaml "hubspot:
  api:
    key: \${HUBSPOT_KEY}
  form:
    id: $KEY
"
mk neg/app.ini "[hubspot]
form_id = $KEY
[other]
api_key = YOUR_API_KEY_HERE
"

# bearer tokens in code, no provider named: the header's value is
# written whole in a string, or the scheme and token are a call's
# arguments
mk code/Api.java "Request request = new Request.Builder()
    .url(\"https://api.example.net/v4/links\")
    .addHeader(\"Authorization\", \"Bearer $PW\")
    .build();
"
cmd_found code/Api.java 3 generic-secret "$PW"
mk code/api.go "req.Header.Set(\"Authorization\", \"Bearer $PW\")
"
cmd_found code/api.go 1 generic-secret "$PW"
mk code/Svc.cs "http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"$PW\");
"
cmd_found code/Svc.cs 1 generic-secret "$PW"
mk code/Net.swift "request.setValue(\"SSWS $PW\", forHTTPHeaderField: \"Authorization\")
"
cmd_found code/Net.swift 1 generic-secret "$PW"
mk code/client.js "const res = await fetch(url, { headers: { Authorization: \`Bearer $PW\` } });
"
cmd_found code/client.js 1 generic-secret "$PW"
mk code/main.rs "let resp = client.get(url).bearer_auth(\"$PW\").send()?;
"
cmd_found code/main.rs 1 generic-secret "$PW"
mk code/vhost.conf "<VirtualHost *:443>
  RequestHeader set Authorization \"Bearer $PW\"
</VirtualHost>
"
cmd_found code/vhost.conf 2 generic-secret "$PW"
# nginx's headers: a key under its header's name, Basic's password once
# decoded
mk code/api.conf "location /api/ {
    proxy_set_header X-Api-Key \"$PW\";
}
"
cmd_found code/api.conf 2 generic-secret "$PW"
mk code/basic.conf "location /api/ {
    proxy_set_header Authorization \"Basic $(printf 'svc-api:%s' "$PW" | base64 -w0)\";
}
"
cmd_found code/basic.conf 2 generic-secret "$PW" base64
# a package's constructor names the provider (Go's pkg.NewClient, Rust's
# pkg::Client::new); its second argument is the secret
BSTACK=Pz7Lq2Xm9Rk4Wv8Nc3Hb
mk code/bs.rs "let bs = browserstack::Client::new(\"$BSTACK\");
"
cmd_found code/bs.rs 1 browserstack-access-key "$BSTACK"
SMARTSHEET=iC7Cggh1nOEfXzHCXk2ZRHNiDgFF0OZ94ZC5R
mk code/sheets.py "client = smartsheet.Smartsheet(\"$SMARTSHEET\")
"
cmd_found code/sheets.py 1 smartsheet-access-token "$SMARTSHEET"
BINANCE=u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJ
mk code/pay.go "client := binance.NewClient(apiKey, \"$BINANCE\")
"
cmd_found code/pay.go 1 binance-api-secret "$BINANCE"
# a type between the name and its value
mk code/consts.rs "const DEPLOY_TOKEN: &'static str = \"$PW\";
"
cmd_found code/consts.rs 1 generic-secret "$PW"
mk code/consts.ts "export const SIGNING_SECRET: string = \"$PW\";
"
cmd_found code/consts.ts 1 generic-secret "$PW"
mk code/consts.go "var DEPLOY_TOKEN string = \"$PW\"
"
cmd_found code/consts.go 1 generic-secret "$PW"
mk code/Keys.kt "private val apiSecret: String = \"$PW\"
"
cmd_found code/Keys.kt 1 generic-secret "$PW"
# an environment variable's fallback: Kotlin's ?:, Python's or
mk code/Env.kt "val token = System.getenv(\"DEPLOY_TOKEN\") ?: \"$PW\"
"
cmd_found code/Env.kt 1 generic-secret "$PW"
mk code/config.py "SECRET_KEY = os.environ.get(\"SECRET_KEY\") or \"$PW\"
"
cmd_found code/config.py 1 generic-secret "$PW"
# project config: a Redis connection string, a JSON parent naming the
# kind, a CloudFormation parameter's default, debconf, Apache's SetEnv, a
# Kubernetes env list
PW2=Hv4kPz8Rq2Ln
mk conf/appsettings.json "{
  \"ConnectionStrings\": {
    \"Redis\": \"cache.internal:6380,password=$PW,ssl=True,abortConnect=False\"
  },
  \"Jwt\": {
    \"Key\": \"${PW:0:16}\",
    \"Issuer\": \"portal\"
  }
}
"
cmd_found conf/appsettings.json 3 generic-secret "$PW"
cmd_found conf/appsettings.json 6 generic-secret "${PW:0:16}"
mk conf/template.yaml "Parameters:
  DbPassword:
    Type: String
    NoEcho: true
    Default: $PW2
"
cmd_found conf/template.yaml 5 generic-password "$PW2"
mk conf/Vagrantfile "  config.vm.provision \"shell\", inline: <<-SHELL
    echo \"mysql-server mysql-server/root_password password $PW2\" | debconf-set-selections
  SHELL
"
cmd_found conf/Vagrantfile 2 generic-password "$PW2"
mk conf/vhost.conf "<VirtualHost *:80>
  SetEnv DB_PASSWORD $PW2
</VirtualHost>
"
cmd_found conf/vhost.conf 2 generic-password "$PW2"
mk conf/deploy.yaml "      env:
        - name: WEBHOOK_SECRET
          value: '$PW'
        - name: LOG_LEVEL
          value: info
"
cmd_found conf/deploy.yaml 3 generic-secret "$PW"
# curl -u id:secret: the secret, not the key id that signs in with it
KEYID=7c2e9a4f1b3d8e06a5f1c9b2d4e7a0f3
mk conf/history "curl -s https://api.example.com/v3/send -u $KEYID:$PW -H 'Content-Type: application/json'
"
cmd_found conf/history 1 generic-secret "$PW"
check "conf/history: the key id is not reported" jq -e --arg s "$KEYID" \
	'[.[] | select(.secret == $s)] | length == 0' "$T/out"
mk neg/code.txt "  .addHeader(\"Authorization\", \"Bearer \" + token)
const h = { Authorization: \`Bearer \${token}\` };
req.Header.Set(\"Authorization\", \"Bearer <token>\")
new AuthenticationHeaderValue(\"Bearer\", accessToken);
const API_TOKEN: &str = env!(\"API_TOKEN\");
val token = System.getenv(\"DEPLOY_TOKEN\") ?: \"\"
client := binance.NewClient(apiKey, secret)
echo \"mysql-server mysql-server/root_password password \$DB_ROOT_PW\" | debconf-set-selections
"
mk neg/config.json "{\"Jwt\": {\"Key\": \"YOUR_JWT_SIGNING_KEY\", \"Issuer\": \"portal\"}}
"
mk neg/deploy.yaml "        - name: WEBHOOK_SECRET
          valueFrom:
            secretKeyRef:
              name: webhook
              key: secret
"
# public values under credentials' names: a Mixpanel project token, Plaid
# Link's public token, a Mapbox public token, a GitHub App's client id, a
# SealedSecret's ciphertext
mk neg/public.json "{
  \"mixpanel\": {\"projectToken\": \"b3e9d1f7a2c84e6b0d5f9a3c7e1b8d2f\"},
  \"plaidPublicToken\": \"public-sandbox-8d1c2b7e-5a3f-4e9b-b6c0-2f7a9d4e1c85\",
  \"mapboxToken\": \"pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNrOXQ3dnBxZzBhbXkzZnFwN3J6In0.Xq7Lm2Rk9Vz4Tn8Wc3Hb6Y\",
  \"githubAppToken\": \"Iv1.8a3f9c2e71b4d6e0\"
}
"
mk neg/application.properties "mixpanel.project-token=e2b8d4f6a0c5e9b1d7f3a8c2e6b0d4f9
"
mk neg/track.py "MIXPANEL = {
    \"token\": \"c7a2e9f41b8d3e6a0f5c9b2d7e1a4f8c\",
}
"
mk neg/sealed.yaml "kind: SealedSecret
spec:
  encryptedData:
    DB_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq7Zk2Lm9Qx4Rv8Tn3Wc6Hb1Yd5Fg0Js7Pa2Ek9
"

# less common syntaxes (the fifth blind corpus's): tokens joined to Bearer,
# R's arrow, a Lisp's def, EDN, tuples, VB's Dim, #define, a name's
# variant suffix, NAME=value before a command, positional credentials, a
# plist's key above its string, a data file's example, an args array
TOK=Hq4Wn8Vt2Lx6Rb9Mz3Kc7Pd1Jf5Gs0Ya
mk rare/Client.cs "client.DefaultRequestHeaders.Add(\"Authorization\", \$\"Bearer {\"$TOK\"}\");
"
cmd_found rare/Client.cs 1 generic-secret "$TOK"
mk rare/Api.swift "let a = 1
let auth = \"Bearer \" + \"$TOK\"
"
cmd_found rare/Api.swift 2 generic-secret "$TOK"
mk rare/api.php "\$h = 'Bearer ' . '$TOK';
"
cmd_found rare/api.php 1 generic-secret "$TOK"
mk rare/env.dart "const k = String.fromEnvironment('ACME_API_KEY', defaultValue: '$TOK');
"
cmd_found rare/env.dart 1 generic-secret "$TOK"
mk rare/keys.R "acme_api_token <- \"$TOK\"
"
cmd_found rare/keys.R 1 generic-secret "$TOK"
mk rare/history.txt "\$ ACME_PASSWORD=$PW ./deploy.sh --prod
"
cmd_found rare/history.txt 1 generic-secret "$PW"
mk rare/bash_history.txt "  511  cd /srv/app
  512  sudo RELAY_PASSWORD=$PW ./deploy.sh
"
cmd_found rare/bash_history.txt 2 generic-secret "$PW"
mk rare/publish.sh "npx vsce publish -p $TOK
"
cmd_found rare/publish.sh 1 generic-secret "$TOK"
mk rare/start.sh "steamcmd +login builder $PW +app_update 896660 +quit
"
cmd_found rare/start.sh 1 selfhosted-steamcmd-login "$PW"
mk rare/Caddyfile "tls {
	dns cloudflare $TOK
}
"
cmd_found rare/Caddyfile 2 generic-secret "$TOK"
mk rare/config.php "\$CONFIG = array (
  'dbpassword' => '$PW',
);
"
cmd_found rare/config.php 2 generic-secret "$PW"
mk rare/config.edn "{:db {:user \"app\" :password \"$PW\"}}
"
cmd_found rare/config.edn 1 generic-secret "$PW"
mk rare/Keys.plist "<dict>
	<key>AcmeApiSecret</key>
	<string>$TOK</string>
</dict>
"
cmd_found rare/Keys.plist 3 generic-secret "$TOK"
mk rare/providers.yml "- name: acme_api_key
  example: \"$TOK\"
"
cmd_found rare/providers.yml 2 generic-secret "$TOK"
mk rare/job.yaml "      args: [\"--token\", \"$TOK\", \"--out\", \"/tmp/x\"]
"
cmd_found rare/job.yaml 1 generic-secret "$TOK"
mk rare/app.log "send: b'GET / HTTP/1.1\\r\\nAuthorization: Bearer $TOK\\r\\n\\r\\n'
"
cmd_found rare/app.log 1 generic-secret "$TOK"
mk rare/fluent-bit.conf "[OUTPUT]
    Cloud_Auth    elastic:$PW
"
cmd_found rare/fluent-bit.conf 2 generic-secret "$PW"
mk rare/keys.h "#define ACME_API_KEY \"$TOK\"
"
cmd_found rare/keys.h 1 generic-secret "$TOK"
mk rare/old.env "ACME_API_KEY_OLD=$TOK
"
cmd_found rare/old.env 1 generic-secret "$TOK"
mk rare/sys.config "[{acme, [{api_key, \"$TOK\"}]}].
"
cmd_found rare/sys.config 1 generic-secret "$TOK"
mk rare/config.exs "config :acme, creds: [{:api_key, \"$TOK\"}]
"
cmd_found rare/config.exs 1 generic-secret "$TOK"
mk rare/core.clj "(def api-key \"$TOK\")
"
cmd_found rare/core.clj 1 generic-secret "$TOK"
mk rare/init.el "(setq service-api-key \"$TOK\")
"
cmd_found rare/init.el 1 generic-secret "$TOK"
mk rare/Module1.vb "Dim apiKey As String = \"$TOK\"
"
cmd_found rare/Module1.vb 1 generic-secret "$TOK"
mk rare/aiven.lua "M.aiven = { key = \"$TOK\" }
"
cmd_found rare/aiven.lua 1 generic-secret "$TOK"
# their decoys: variables, placeholders, a join that goes on, prose
mk rare-neg/Client.cs "h.Add(\"Authorization\", \$\"Bearer {token}\");
var a = \"Bearer \" + token;
var b = \"Bearer \" + \"YOUR_TOKEN_HERE_PLEASE\";
var c = \"Bearer \" + \"$TOK\" + suffix;
"
mk rare-neg/env.dart "const k = String.fromEnvironment('ACME_API_KEY', defaultValue: '');
const j = String.fromEnvironment('ACME_API_KEY', defaultValue: 'YOUR_API_KEY_HERE');
"
mk rare-neg/keys.R "api_token <- Sys.getenv(\"API_TOKEN\")
api_token <- \"\${API_TOKEN}\"
"
mk rare-neg/history.txt "  512  ACME_PASSWORD=\$ACME_PASSWORD ./deploy.sh
ACME_PASSWORD=changeme ./deploy.sh
API_KEY_OLD=\${API_KEY}
"
mk rare-neg/publish.sh "npx vsce publish -p \$VSCE_PAT
npx vsce publish -p \${{ secrets.VSCE_PAT }}
steamcmd +login anonymous +app_update 896660 +quit
"
mk rare-neg/Caddyfile "tls {
	dns cloudflare {env.CLOUDFLARE_API_TOKEN}
}
"
mk rare-neg/config.php "  'dbpassword' => getenv('DB_PASS'),
  'dbpassword' => '',
"
mk rare-neg/config.edn "{:db {:password #env DB_PASSWORD :token \"your-token-here\"}}
"
mk rare-neg/Keys.plist "<key>AcmeApiKey</key>
<string>\$(ACME_API_KEY)</string>
"
mk rare-neg/Info.plist "<dict>
	<key>CFBundleIdentifier</key>
	<string>com.acme.app</string>
	<key>AcmeApiSecret</key>
	<string>$TOK</string>
</dict>
"
mk rare-neg/providers.yml "- name: acme_api_key
  example: \"YOUR_API_KEY\"
- name: acme_token
  description: \"The token of the account, from its settings\"
"
mk rare-neg/job.yaml "args: [\"--token\", \"\$(TOKEN)\", \"--token-file\", \"/etc/acme/token\"]
"
mk rare-neg/keys.h "#define ACME_API_KEY_HEADER \"X-Acme-Api-Key\"
#define ACME_API_KEY_LEN 32
"
mk rare-neg/init.el ";; Set the key with (setq my-api-key \"<your key>\")
(def api-key (System/getenv \"API_KEY\"))
"
mk rare-neg/Module1.vb "Dim apiKey As String = ConfigurationManager.AppSettings(\"ApiKey\")
"
expect_exit 0 "less common syntaxes' decoys: nothing" -- "$KH" scan "$T/rare-neg" -f json
check "less common syntaxes' decoys: empty report" grep -qx '\[\]' "$T/out"

# decoys: placeholders and names that are not credentials
mk neg/web.config "<add key=\"HubSpotApiKey\" value=\"YOUR_HUBSPOT_KEY_HERE\" />
<add key=\"HubSpotFormId\" value=\"$KEY\" />
"
mk neg/Settings.cs "{ \"HubSpotPortalGuid\", \"$KEY\" }
"
mk neg/contacts.js "const contact = await hubspot.crm.contacts.getById(\"$KEY\");
"
mk neg/variables.tf "variable \"hubspot_form_id\" {
  default = \"$KEY\"
}
"
# code no one here wrote: a minifier's constructor, an enum's members, a
# call in a source map, statements after ';' and '?', a list of names
mk neg/tex.min.js "var a=new Wa(\"$PW\"),h={hubspot:1};
"
mk neg/model.js "class M{static MISTRAL_LARGE_V0=new ModelIdentifier(\"$PW\")}// hubspot
"
mk neg/push.js.map "{\"sourcesContent\":[\"// https://github.com/acme/push\\nasync function login() {\\n  auth: b64ToUint8Array(k$PW.d),\\n  privateKey: Key|Uint8Array|$PW\\n}\"]}
"
mk neg/engine.min.js "let r=1;i.pass===Ie.$PW&&(r=!1);i.m===1?y.pass=Ie.$PW:i.m===R0.MASK&&(r=2)
"
mk neg/codes.js "const codes=[\"a11y_x\",\"a11y_accesskey\",\"a11y_$PW\",\"a11y_y\"];
"
mk neg/settings.py "PASSWORD = 'pbkdf2_sha256\$30000\$$PW\$${PW}x='
"
# a call's keyword arguments after a quoted name; a credential's id
mk neg/challenges.py "    token = jose.field(
        \"token\", encoder=jose.encode_$PW, decoder=functools.partial(
            jose.decode_b64jose, size=TOKEN_SIZE))
"
mk neg/LogTransaction.js " * See https://help.acme.com/events: { \\\"requestApiTokenId\\\": \\\"$PW\\\" }
"
mk neg/Paths.cs "var path = @\"C:\\deploy\\keys\\api_key.txt\"; let re = r\"^[a-z]+\$\";
"
expect_exit 0 "names that are not credentials, placeholders: nothing" -- "$KH" scan "$T/neg" -f json
check "decoys: empty report" grep -qx '\[\]' "$T/out"

# (shapes4) values a line's own syntax hid: a YAML block scalar's line
# below, a fallback on the next line, concatenated literals, a user
# variable joined to a literal password, C#'s verbatim string, a builder's
# method, Terraform's one-line variable, npm's base64 fields, positional
# client arguments, daemons' own directive names, OpenVPN's auth file
S4PW=Hq4zP8wKx2Lr
mk s4/common.yaml "profile::db::password: >
  $S4PW
"
cmd_found s4/common.yaml 2 generic-password "$S4PW"
mk s4/values.yaml "db:
  api_token: |-
    $PW
  host: db01
"
cmd_found s4/values.yaml 3 generic-secret "$PW"
S4SKB=Qm3vX8zL2pK9wR4tY7uB1nC6dF5gH0jA8sE2rT9yU4iO7pL3kJ6hG1fD5sA2qW8e
mk s4/runtime.exs "  secret_key_base =
    System.get_env(\"SECRET_KEY_BASE\") ||
      \"$S4SKB\"
"
cmd_found s4/runtime.exs 3 phoenix-secret-key-base "$S4SKB"
mk s4/server.js "const token = process.env.API_TOKEN ||
  \"$PW\";
"
cmd_found s4/server.js 2 generic-secret "$PW"
mk s4/prod.secret.exs "config :app, App.Repo,
  url: \"ecto://app:$S4PW@db.internal/app_prod\"
"
cmd_found s4/prod.secret.exs 2 url-credentials "$S4PW"
mk s4/fetch.m "opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' '$PW']});
"
cmd_found s4/fetch.m 1 generic-secret "$PW"
mk s4/auth.js "const auth = \"Bearer \" + \"$PW\";
"
cmd_found s4/auth.js 1 generic-secret "$PW"
mk s4/Callout.cls "req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(Blob.valueOf(ACCOUNT_SID + ':' + '$PW')));
"
cmd_found s4/Callout.cls 1 generic-secret "$PW"
mk s4/Hooks.cs "public const string WebhookSecret = @\"$PW\";
"
cmd_found s4/Hooks.cs 1 generic-secret "$PW"
mk s4/Upload.java "Cloudinary c = Cloudinary.builder()
    .cloudName(\"acme\")
    .apiSecret(\"$PW\")
    .build();
"
cmd_found s4/Upload.java 3 generic-secret "$PW"
mk s4/vars.tf "variable \"deploy_token\" { default = \"$PW\" }
"
cmd_found s4/vars.tf 1 generic-secret "$PW"
mk s4/bare.tf "variable deploy_token {
  default = \"$PW\"
}
"
cmd_found s4/bare.tf 2 generic-secret "$PW"
mk s4/.npmrc "//npm.acme.io/:username=deploy
//npm.acme.io/:_password=$(printf '%s' "$S4PW" | base64 -w0)
"
cmd_found s4/.npmrc 2 generic-password "$S4PW" base64
check "s4/.npmrc: its base64 is not reported besides" jq -e --arg s "$(printf '%s' "$S4PW" | base64 -w0)" \
	'[.[] | select(.secret == $s)] | length == 0' "$T/out"
mk s4/auth/.npmrc "_auth=$(printf 'deploy:%s' "$S4PW" | base64 -w0)
"
cmd_found s4/auth/.npmrc 1 npm-npmrc-auth "deploy:$S4PW" base64
mk s4/quotes.m "conn = database('quotes','trader','$S4PW');
"
cmd_found s4/quotes.m 1 dbclient-positional-password "$S4PW"
mk s4/dovecot-ldap.conf.ext "dn = cn=dovecot,dc=acme,dc=io
dnpass = $S4PW
"
cmd_found s4/dovecot-ldap.conf.ext 2 daemonconf-password "$S4PW"
mk s4/vpn/auth.txt "vpnuser
$S4PW
"
cmd_found s4/vpn/auth.txt 2 daemonconf-openvpn-auth-file "$S4PW"
mk s4/twitch.yaml "bot:
  password: \"oauth:k3j9x8v7m2n4b5q6w1e0r9t8y7u6i5\"
"
cmd_found s4/twitch.yaml 2 twitch-chat-oauth-token oauth:k3j9x8v7m2n4b5q6w1e0r9t8y7u6i5
S4ADYEN=AQE7kSmWfRtdV2Bt1XnLqUv3YhC6pQ8zJw4eMa9sKx0NbGyHr5TiDo2Fl7Zc1Pe=-Qw8Er5Ty2Ui7Op4As1Df9Gh6Jk3Lz0Xc5Vb8Nm2Qw4E=
mk s4/pay.go "func pay(req *http.Request) {
	req.Header.Set(\"X-API-Key\", \"$S4ADYEN\")
}
"
cmd_found s4/pay.go 2 adyen-api-key "$S4ADYEN"
# the same shapes with no literal credential: placeholders, variables,
# text in a block, names that are not credentials
mk s4neg/common.yaml "profile::db::password: >
  {{ vault_db_password }}
description: |
  The api token is read from vault
  at deploy time
api_token: |-
  \${API_TOKEN}
"
mk s4neg/server.js "const token = process.env.API_TOKEN ||
  \"changeme\";
"
mk s4neg/runtime.exs "    System.get_env(\"SECRET_KEY_BASE\") ||
      raise \"environment variable SECRET_KEY_BASE is missing\"
"
mk s4neg/auth.js "const auth = \"Bearer \" + token;
const other = 'Bearer ' + 'YOUR_TOKEN_HERE';
"
mk s4neg/Callout.cls "req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(Blob.valueOf(ACCOUNT_SID + ':' + authToken)));
String url = host + ':' + '8080';
"
mk s4neg/Upload.java "Cloudinary c = Cloudinary.builder()
    .apiSecret(System.getenv(\"CLOUDINARY_SECRET\"))
    .build();
String name = vault.secret(\"$PW\");
"
mk s4neg/Paths.cs "string SecretPath = @\"C:\\deploy\\keys\\$PW\";
"
mk s4neg/vars.tf "variable \"deploy_token\" { default = \"\" }
"
mk s4neg/.npmrc "//npm.acme.io/:_password=\${NPM_PASSWORD}
"
mk s4neg/quotes.m "conn = database('quotes','trader',getenv('DB_PASS'));
"
mk s4neg/dovecot-ldap.conf.ext "dnpass = %{env:LDAP_PASS}
"
mk s4neg/notes.txt "vpnuser
$S4PW
"
mk s4neg/twitch.yaml "password: \"oauth:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"
"
# an IBAN (Ethereum's XE... too) is an account's number, whatever its name
mk s4neg/iban.js "const web3ApiKey = new web3.eth.Iban(\"XE7338O073KYGTWWZN0F2WZ0R8PX5ZPPZS\");
const account_key = \"GB82WEST12345698765432\";
"
expect_exit 0 "shapes4 decoys: nothing" -- "$KH" scan "$T/s4neg" -f json
check "shapes4 decoys: empty report" grep -qx '\[\]' "$T/out"
# C's key->field is no name a value stands apart from (Mailgun's key- and
# Cerebras' csk- keywords wake no shape there); the token beside it is
# still found
mk arrow/k.c 'static void f(struct s *p) { p->key->len = p->csk->n; }
const char *mailgun_key = "key-34a4d6c9f854b61665c02f35971abc57";
'
"$KH" scan "$T/arrow" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "key->field: the Mailgun key beside it, once, at its column" jq -e --arg s "key-34a4d6c9f854b61665c02f35971abc57" \
	'[.[] | select(.rule_id == "mailgun-api-key-legacy")] | length == 1 and .[0].secret == $s
	 and .[0].line == 2 and .[0].column == 28' "$T/out"

# h6shapes: a name in its own XML element with the value in the next
# sibling, a CDATA value, Rust's unwrap_or defaults, a Dockerfile's
# ENV NAME value; each beside decoys of the same shape
H6=Hq7Wm3Rt8Yp2Lk9VbX4cZ6hD1sJ5gF0a
mk h6/web.xml "<context-param>
  <param-name>billing.client_secret</param-name>
  <param-value>$H6</param-value>
</context-param>
"
mk h6/core-site.xml "<property><name>upload.api.secret</name><value>$H6</value></property>
"
mk h6/atlas.xml "<atlas>
  <privateKey><![CDATA[$H6]]></privateKey>
</atlas>
"
mk h6/main.rs "let token = env::var(\"RELAY_AUTH_TOKEN\").unwrap_or_else(|_| \"$H6\".into());
let key = std::env::var(\"ACME_SECRET_KEY\").unwrap_or(\"$H6\".to_string());
"
mk h6/Dockerfile "FROM alpine:3.19
ENV RELAY_API_SECRET $H6
"
mk h6/config.exs "config :relay, api_token: ~s($H6)
config :acme,
  secret_key: ~S[$H6]
"
mk h6/agent.yaml "relay:
  api_key:
    - $H6
"
"$KH" scan "$T/h6" -f json --show-secrets -o "$T/out" 2>"$T/err"
for at in web.xml:3 core-site.xml:1 atlas.xml:2 main.rs:1 main.rs:2 Dockerfile:2 \
	config.exs:1 config.exs:3 agent.yaml:3; do
	check "h6shapes: $at" jq -e --arg s "$H6" --arg f "${at%:*}" --argjson l "${at#*:}" \
		'[.[] | select(.secret == $s and (.file | endswith("/" + $f)) and .line == $l)]
		 | length == 1' "$T/out"
done
mk h6neg/web.xml "<context-param>
  <param-name>client_secret</param-name>
  <param-value>\${CLIENT_SECRET}</param-value>
</context-param>
<property><name>hadoop.security.credential.provider.path</name><value>jceks://hdfs/user/etl/aws.jceks</value></property>
<param-name>api_key</param-name>
<description>the partner API key</description>
"
mk h6neg/atlas.xml "<atlas><privateKey><![CDATA[\${ATLAS_PRIVATE_KEY}]]></privateKey></atlas>
<help><secret><![CDATA[Set the secret in the admin console.]]></secret></help>
"
mk h6neg/main.rs "let token = env::var(\"RELAY_AUTH_TOKEN\").unwrap_or_else(|_| String::new());
let key = env::var(\"ACME_SECRET_KEY\").unwrap_or(DEFAULT_KEY.to_string());
let secret = cfg.get(\"secret\").unwrap_or(\"changeme\");
"
mk h6neg/Dockerfile "FROM alpine
ENV RELAY_API_SECRET \$RELAY_API_SECRET
ENV SECRET_FILE /run/secrets/relay_api_secret
ENV API_TOKEN=
"
mk h6neg/config.exs "config :relay, api_token: ~s(#{System.get_env(\"RELAY_TOKEN\")})
config :relay, secret_key: ~s(changeme)
@pattern ~r/secret_key: (.+)/
"
mk h6neg/agent.yaml "relay:
  api_key:
    - \${RELAY_API_KEY}
    - changeme
secrets:
  password:
    - name: relay
      from: vault
"
expect_exit 0 "h6shapes decoys: nothing" -- "$KH" scan "$T/h6neg" -f json
check "h6shapes decoys: empty report" grep -qx '\[\]' "$T/out"

# Lines without a credential's word (key, token, secret, pass, pwd, auth,
# cred, pat, psk) skip the readers whose pairs are all named from the line;
# a name with a telling tail (PSK, in a 16-byte line and a long one, any
# case) and a pair named by its scheme ("Bearer", "...") are still read.
mk nocred/wifi.ino '#define WIFI_PSK "Qm7vXr2kLp9zTw4n"
'
mk nocred/short.sh 'W_Psk=Qm7vXr2kLp
'
mk nocred/client.py 'hdr = ("Bearer", "q8VzK2mXw9LpT4rNb7YcE3sJ")
'
"$KH" scan "$T/nocred" --show-secrets -f json -o "$T/out" 2>"$T/err"
for want in 'wifi.ino 1 19 Qm7vXr2kLp9zTw4n' 'short.sh 1 7 Qm7vXr2kLp' \
	'client.py 1 19 q8VzK2mXw9LpT4rNb7YcE3sJ'; do
	set -- $want
	check "no credential word: $1" jq -e --arg f "$1" --argjson l "$2" --argjson c "$3" \
		--arg s "$4" '[.[] | select((.file | endswith("/" + $f)) and .line == $l and
		.column == $c and .secret == $s)] | length == 1' "$T/out"
done

finish e2e_shapes
