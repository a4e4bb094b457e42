#!/usr/bin/env bash
# End-to-end tests of package tools' dotfiles (conda, RubyGems, Composer,
# Emacs .authinfo, DVC, sbt, Bundler, Yarn), passwords in package index
# URLs whatever file holds them (pip.conf, deps.edn, build.sbt,
# pyproject.toml), and test-suite state (Playwright storage states,
# Supabase sessions, Cypress env files, e2e env fallbacks, Mailosaur keys),
# with the decoys that sit beside them.
. "$(dirname "$0")/lib.sh"
batch_scans

P='Nx7#Kq2/Zr9Lw'         # a generated password, with a URL's delimiters
W='Hb4Qm8Zr2Lx9Tn7V'      # a 16-character password
H=3c8f1a9e7b2d4f6a0e5c9b1d7f3a2e8c

# not_by FILE RULE: scanning $T/FILE gives no finding of RULE (the generic
# rules may still judge the value)
not_by() {
	"$KEYHOUND" scan "$T/$1" -f json -o "$T/out" 2>"$T/err"
	check "$1: nothing of $2" jq -e --arg r "$2" '[.[] | select(.rule_id == $r)] | length == 0' "$T/out"
}

# index URLs with passwords, in every carrier a package tool reads
mk pip/.config/pip/pip.conf "[global]
index-url = https://deploy:$P@nexus.acme-corp.io/repository/pypi-group/simple
"
found pip/.config/pip/pip.conf 2 url-credentials "$P"
mk clj/deps.edn "{:mvn/repos {\"nexus\" {:url \"https://ci@acme-corp.io:$W@nexus.acme-corp.io/repository/maven-releases/\"}}}
"
found clj/deps.edn 1 url-credentials "$W"
mk sbt/build.sbt "resolvers += \"Acme\" at \"https://deploy:$P@nexus.acme-corp.io/repository/maven-public/\"
credentials += Credentials(\"Sonatype Nexus Repository Manager\", \"nexus.acme-corp.io\", \"deploy\", \"$W\")
"
found sbt/build.sbt 1 url-credentials "$P"
found sbt/build.sbt 2 sbt-credentials-password "$W"
mk uv/pyproject.toml "[tool.uv]
extra-index-url = [\"https://ci:$P@pkgs.acme-corp.io/simple\"]
"
found uv/pyproject.toml 2 url-credentials "$P"
# no password: empty, a variable, a placeholder, an SSH remote, a port
mk urldecoys/pip.conf '[global]
index-url = https://deploy:@nexus.acme-corp.io/repository/pypi/simple
extra-index-url = https://${NEXUS_USER}:${NEXUS_PASSWORD}@nexus.acme-corp.io/simple
find-links = https://deploy:password@nexus.acme-corp.io/simple
'
silent urldecoys/pip.conf
mk urldecoys/requirements.txt 'git+ssh://git@github.com:acme/tools.git@v1.4.2#egg=tools
see http://localhost:8080/#/users/@alice and https://medium.com:443/@acme
'
silent urldecoys/requirements.txt
mk urldecoys/build.sbt 'credentials += Credentials(Path.userHome / ".sbt" / ".credentials")
credentials += Credentials("Realm", "nexus.acme-corp.io", sys.env("NEXUS_USER"), sys.env("NEXUS_PASSWORD"))
'
silent urldecoys/build.sbt

# conda: a channel token in a URL, a channel password of no random look
mk conda/.condarc "channel_alias: https://conda.acme-corp.io/t/tk-9Xq2vB7mLr4Pz8Ws3Nc6/
channel_settings:
  - channel: https://repo.acme-corp.io/conda/*
    password: Zr7q!W2nLx9K
"
found conda/.condarc 1 conda-condarc-credential tk-9Xq2vB7mLr4Pz8Ws3Nc6
found conda/.condarc 4 conda-condarc-credential 'Zr7q!W2nLx9K'
mk conda/environment.yml "channels:
  - https://conda.anaconda.org/t/ac-7f3b9e21-4c8d-4a6e-9b1f-2d5e8c7a9f03/acme
"
found conda/environment.yml 2 conda-channel-token ac-7f3b9e21-4c8d-4a6e-9b1f-2d5e8c7a9f03
# the same lines under another name; a forum's /t/ topic
mk conda/notes.yml "channel_alias: https://conda.acme-corp.io/t/tk-9Xq2vB7mLr4Pz8Ws3Nc6/
see https://community.anaconda.cloud/t/conda-install-hangs-on-solving/12345
"
silent conda/notes.yml

# RubyGems: a gem server's own key under its symbol
mk gem/.gem/credentials "---
:gemstash: $H
"
found gem/.gem/credentials 2 rubygems-credentials-file "$H"
mk gem/docs/credentials "---
:gemstash: $H
"
silent gem/docs/credentials

# Composer: a second host of the same block, a basic-auth password
mk composer/auth.json "{
    \"bearer\": {
        \"repo.packagist.com\": \"Zq7Lm3Vx9Rt2Wz8Nb4Yc\",
        \"satis.acme-corp.io\": \"Kp4Rt9Wz2Lm7Vx3Nq8B\"
    },
    \"http-basic\": {\"repo.acme-corp.io\": {\"username\": \"ci\", \"password\": \"Fx8k!Q2wLm7V\"}}
}
"
found composer/auth.json 3 composer-auth-token Zq7Lm3Vx9Rt2Wz8Nb4Yc
found composer/auth.json 4 composer-auth-token Kp4Rt9Wz2Lm7Vx3Nq8B
found composer/auth.json 6 composer-auth-password 'Fx8k!Q2wLm7V'
# a provider's token in it stays the provider's (GitHub's verifier)
mk composer/gh/auth.json '{"github-oauth": {"github.com": "ghp_Zq8Lm3Kp7Vx2Rt9Yb4Nc6Hd1Fs5Gj0WaE3xQ"}}
'
"$KEYHOUND" scan "$T/composer/gh/auth.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "composer: a GitHub token is GitHub's" jq -e '.[0].rule_id == "github-pat-classic"' "$T/out"

# Emacs' .authinfo: netrc's grammar, any order; a Google app password in
# groups is Google's
mk authinfo/.authinfo 'machine imap.gmail.com login alice@gmail.com password "qzxv wprt mnbk lyhd" port 993
machine smtp.gmail.com login alice@gmail.com port 587 password vqmr tkzd hwpx lnbf
machine irc.libera.chat port 6697 login alice password Vb7Kq2Zr9Lx4
'
found authinfo/.authinfo 1 google-app-password 'qzxv wprt mnbk lyhd'
found authinfo/.authinfo 2 google-app-password 'vqmr tkzd hwpx lnbf'
found authinfo/.authinfo 3 netrc-password Vb7Kq2Zr9Lx4
# netrc's grammar only in netrc's files; elsewhere the line is a note that
# gives a login and its password, reported by the generic rule
mk authinfo/authinfo.txt 'machine irc.libera.chat port 6697 login alice password Vb7Kq2Zr9Lx4
'
found authinfo/authinfo.txt 1 generic-password Vb7Kq2Zr9Lx4

# DVC: a WebDAV password of no random look, in config.local only
mk dvc/.dvc/config.local "['remote \"storage\"']
    url = webdavs://dav.acme-corp.io/dvc
    password = Pw4!Kx9Rt3Wq
"
found dvc/.dvc/config.local 3 dvc-remote-credential 'Pw4!Kx9Rt3Wq'
mk dvc/.dvc/config "['remote \"storage\"']
    url = s3://acme-ml/dvc
    ask_password = true
    keyfile = /home/alice/.ssh/id_ed25519
"
silent dvc/.dvc/config

# Bundler and Yarn: a user:password pair reports its password (contribsys'
# pair both halves: Contributed Systems issues the user with the password)
mk bundle/.bundle/config "---
BUNDLE_GEMS__CONTRIBSYS__COM: \"e415db6b:6bfaf64a\"
BUNDLE_GEMS__ACME__IO: \"deploy:$W\"
BUNDLE_BUILD__PG: \"--with-pg-config=/usr/pgsql-16/bin/pg_config\"
"
found bundle/.bundle/config 2 sidekiq-contribsys-credentials e415db6b:6bfaf64a
found bundle/.bundle/config 3 bundler-source-credentials "$W"
"$KEYHOUND" scan "$T/bundle/.bundle/config" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "bundler: no user half reported" jq -e 'length == 2' "$T/out"
mk yarn/.yarnrc.yml "npmScopes:
  acme:
    npmAuthIdent: \"deploy:eDJEu9A5oZhYW.wTq3Lm\"
    npmAuthToken: \"Nq7Lm3Kp9Vx2Rt8Yb4Zc6Hd1Fs5Gj0W\"
"
found yarn/.yarnrc.yml 3 npm-yarnrc-auth-ident-password eDJEu9A5oZhYW.wTq3Lm
found yarn/.yarnrc.yml 4 npm-npmrc-auth Nq7Lm3Kp9Vx2Rt8Yb4Zc6Hd1Fs5Gj0W

# Playwright's storage state: the session cookie and the Supabase session,
# not the analytics, CSRF, consent or locale cookies beside them
mk pw/e2e/.auth/admin.json '{
  "cookies": [
    {"name": "_ga", "value": "GA1.1.1938475621.1732960000", "domain": ".acme-corp.io", "path": "/", "expires": 1767225600, "httpOnly": false, "secure": false, "sameSite": "Lax"},
    {"name": "csrftoken", "value": "Kq7Lm3Vx9Rt2Wz8Nb4Yc6Hd1Fs5Gj0P", "domain": "app.acme-corp.io", "path": "/", "expires": -1, "httpOnly": false, "secure": true, "sameSite": "Strict"},
    {"name": "cookieconsent_status", "value": "dismiss", "domain": "app.acme-corp.io", "path": "/", "expires": 1767225600, "httpOnly": false, "secure": false, "sameSite": "Lax"},
    {"name": "laravel_session", "value": "qZ8mLr4Pz8Ws3Nc6Hd1Fb5Gj0YaTw2K", "domain": "app.acme-corp.io", "path": "/", "expires": -1, "httpOnly": true, "secure": true, "sameSite": "Lax"}
  ],
  "origins": [{"origin": "https://app.acme-corp.io", "localStorage": [
    {"name": "i18nextLng", "value": "en-US"},
    {"name": "sb-xyzcompany-auth-token", "value": "{\"token_type\":\"bearer\",\"expires_in\":3600,\"refresh_token\":\"k7hm4xdn2vqs\"}"}
  ]}]
}
'
"$KEYHOUND" scan "$T/pw/e2e/.auth/admin.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "storage state: the session cookie" jq -e '[.[] | select(.rule_id == "playwright-storage-state-cookie")] | map(.secret) == ["qZ8mLr4Pz8Ws3Nc6Hd1Fb5Gj0YaTw2K"]' "$T/out"
check "storage state: the Supabase refresh token" jq -e '[.[] | select(.rule_id == "supabase-auth-refresh-token")] | map(.secret) == ["k7hm4xdn2vqs"]' "$T/out"
check "storage state: nothing else" jq -e 'length == 2' "$T/out"

# e2e suites: env fallbacks in the suite only; Cypress' env file; Mailosaur
mk web/e2e/global-setup.ts 'const password = process.env.E2E_PASSWORD ?? "Tq8!Lm3Vx7Kp";
const user = process.env.E2E_USER ?? "qa-admin@acme-corp.io";
const mail = process.env.MAILOSAUR_API_KEY || "Bq4Kx9Lr2Vz7Tm3W";
'
found web/e2e/global-setup.ts 1 e2e-env-fallback-credential 'Tq8!Lm3Vx7Kp'
found web/e2e/global-setup.ts 3 mailosaur-api-key Bq4Kx9Lr2Vz7Tm3W
mk web/src/server.ts 'const password = process.env.E2E_PASSWORD ?? "Tq8!Lm3Vx7Kp";
'
not_by web/src/server.ts e2e-env-fallback-credential
mk web/cypress.env.json '{
  "ADMIN_PASSWORD": "Bz5&Hq8Lm2Wx",
  "TOKEN_TTL": "3600",
  "baseUrl": "http://localhost:3000"
}
'
found web/cypress.env.json 2 cypress-env-file-secret 'Bz5&Hq8Lm2Wx'
mk web/fixtures/users.json '{
  "ADMIN_PASSWORD": "Bz5&Hq8Lm2Wx"
}
'
not_by web/fixtures/users.json cypress-env-file-secret

# tools whose dotfiles were found already: kept so
TFC=Xq7mLr4Pz8Ws3N.atlasv1.c6Hd1Fb5Gj0YaTw2Kq8Lm3Vx7Rp9Zn4Bc6Jd1Fs5Gh0KaEr3Wq7Yt2Lu9MiQ4
mk tf/.terraformrc "credentials \"app.terraform.io\" {
  token = \"$TFC\"
}
"
found tf/.terraformrc 2 terraform-cloud-token "$TFC"
mk tf/.terraform.d/credentials.tfrc.json "{
  \"credentials\": {
    \"tfe.acme-corp.io\": {
      \"token\": \"$TFC\"
    }
  }
}
"
found tf/.terraform.d/credentials.tfrc.json 4 terraform-cloud-token "$TFC"
mk cargo/.cargo/credentials.toml '[registry]
token = "cio7Hq2mX9vLr4Tz8Ws3Nc6Kd1Fb5Gj0YaQ"
'
found cargo/.cargo/credentials.toml 2 cratesio-api-token cio7Hq2mX9vLr4Tz8Ws3Nc6Kd1Fb5Gj0YaQ
mk gh/.config/gh/hosts.yml 'github.com:
    user: alice
    oauth_token: gho_Zq8Lm3Kp7Vx2Rt9Yb4Nc6Hd1Fs5Gj0WaE3xQ
    git_protocol: ssh
'
found gh/.config/gh/hosts.yml 3 github-oauth-token gho_Zq8Lm3Kp7Vx2Rt9Yb4Nc6Hd1Fs5Gj0WaE3xQ
mk m2/.m2/settings.xml "<settings>
  <servers>
    <server>
      <id>nexus</id>
      <username>deploy</username>
      <password>$W</password>
    </server>
  </servers>
</settings>
"
found m2/.m2/settings.xml 6 generic-secret "$W"

# people's passwords (words and a year) where the file says password; a
# rule file may ask for that check and no other value
mk words/.config/pip/pip.conf "[global]
index-url = https://deploy:NexusDeploy2024@nexus.acme-corp.io/repository/pypi/simple
extra-index-url = https://deploy:NexusDeployKey@nexus.acme-corp.io/simple
"
"$KEYHOUND" scan "$T/words" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "a password of words and a year, not a name of code" \
	jq -e 'map(.secret) == ["NexusDeploy2024"]' "$T/out"
mk bad-rules.json '{"provider": "x", "rules": [{"id": "x-key", "description": "d", "severity": "low",
  "keywords": ["xkey"], "regex": "xkey=(\\w+)", "placeholder_check": "words", "remediation": "r",
  "examples": ["xkey=abc"], "negative_examples": []}]}
'
expect_exit 2 "placeholder_check: an unknown mode" -- "$KEYHOUND" scan --rules "$T/bad-rules.json" "$T/words"
check "placeholder_check: the error names the file, the rule and the field" \
	grep -q 'bad-rules.json: rule x-key: "placeholder_check" must be' "$T/err"

finish e2e_dotfiles
