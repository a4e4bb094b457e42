#!/usr/bin/env bash
# End-to-end tests of credentials in what people type, log and write
# (wave 12, commands): tools' documented credential flags and positional
# arguments (PuTTY, FreeRDP, curl -U and --oauth2-bearer, cqlsh,
# rabbitmqadmin, openssl enc -k, b2, mc, cmdkey, PsExec, schtasks, net
# use, snyk, codecov, npm config set), a token sent as curl's user beside
# a filler password, Go templates' `with`, a pipeline's `default` and a
# template variable, a Markdown heading over a fenced value, prose with an
# aside, a provider's log pair. Decoys: the same with variables, prompts,
# placeholders and references.
. "$(dirname "$0")/lib.sh"
batch_scans

V=Rk4Tz8Wq2Lm6Xp9Vb3Nc7Hd5Jf1Gy0Qs # 32 random letters and digits
P=Hm3Qx7Lz2Vt9Kb                   # 14 of them
H=9c41e7b25f0d8a36e1c4b7d2a95f3e08 # 32 hex digits
U=4f9c2a7e-1b3d-4e8a-9c6b-5d0f1e2a3b4c
K=K005tR9vLm2Qx8Wz4Kc7Nb3Yd6Fp1Gh  # a B2 application key's form
O=ar7kq2mvx9d4tzw8cpl3h6ny5fbe1j   # a Pushover token's form

# tools' credential flags, in history, CI steps, Dockerfiles and scripts
mk h/.zsh_history ": 1700000000:0;cd ops
: 1700000012:0;plink -batch -ssh ops@10.20.0.4 -pw $P uptime
"
found h/.zsh_history 2 cli-putty-password "$P"
mk h/rdp.sh "xfreerdp /v:10.30.1.5 /u:admin /p:$P /cert:ignore
"
found h/rdp.sh 1 cli-freerdp-password "$P"
mk h/fetch.sh "curl -x http://proxy.corp.lan:3128 -U build:$P -O https://dl.vendor.io/x.tgz
"
found h/fetch.sh 1 generic-password "$P"
mk h/Makefile "smoke:
	curl -fsS --oauth2-bearer $V https://api.corp.lan/health
"
found h/Makefile 2 generic-secret "$V"
mk h/Dockerfile "RUN cqlsh cass01 9042 -u app -p '$P' -f /schema.cql
"
found h/Dockerfile 1 cli-cqlsh-password "$P"
mk h/q.sh "rabbitmqadmin -H mq01 -u ops -p $P list queues
"
found h/q.sh 1 cli-rabbitmqadmin-password "$P"
mk h/enc.sh "openssl enc -aes-256-cbc -salt -k $P -in db.sql -out db.sql.enc
"
found h/enc.sh 1 cli-openssl-enc-password "$P"
mk h/storage.md "* Backblaze: \`b2 authorize-account 0051f3a9c2e7b1d400000000a $K\`
"
found h/storage.md 1 cli-b2-application-key "$K"
mk h/ci.yml "script:
  - mc alias set store https://s3.corp.lan:9000 ci-writer $V
"
found h/ci.yml 2 cli-minio-secret-key "$V"
mk h/map.cmd "cmdkey /add:fs01.corp.lan /user:CORP\\svc /pass:$P
"
found h/map.cmd 1 cli-cmdkey-password "$P"
mk h/deploy.bat "psexec \\\\app03 -u CORP\\deploy -p $P -h C:\\run.bat
"
found h/deploy.bat 1 cli-psexec-password "$P"
mk h/task.ps1 "schtasks /Create /TN Sync /TR C:\\sync.bat /SC DAILY /RU CORP\\svc /RP $P
"
found h/task.ps1 1 cli-schtasks-password "$P"
mk h/mount.bat "net use Z: \\\\fs01\\finance $P /user:CORP\\report
"
found h/mount.bat 1 cli-net-use-password "$P"
mk h/snyk.sh "snyk auth $U && snyk test
"
found h/snyk.sh 1 cli-snyk-token "$U"
mk h/cov.sh "./codecov -t $U -f coverage.xml
"
found h/cov.sh 1 cli-codecov-token "$U"
mk h/npm.Dockerfile "RUN npm config set //npm.corp.lan/:_authToken $V && npm ci
"
found h/npm.Dockerfile 1 cli-npm-config-token "$V"
mk decoy/tools.sh "plink -ssh ops@host -pw \$OPS_PASS uptime
xfreerdp /v:host /u:<user> /p:<password>
curl -U user:password -x proxy:3128 https://example.com
curl --oauth2-bearer \"\$TOKEN\" https://api.example.com
rabbitmqadmin -H SERVER-IP -u USER_NAME -p PASSWORD list vhosts
openssl enc -aes-256-cbc -kfile /run/secrets/k -in a -out b
b2 authorize-account \"\$B2_KEY_ID\" \"\$B2_APP_KEY\"
mc alias set myminio https://myminio.example.net minioadminuser minioadminpassword
mc alias set play https://play.min.io Q3AM3UQ867SPQQA43P2F zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG
snyk auth \$SNYK_TOKEN
npm config set //npm.corp.lan/:_authToken \${NPM_TOKEN}
"
silent decoy/tools.sh
mk decoy/win.cmd "cmdkey /add:fs01 /user:CORP\\svc /pass
psexec \\\\app03 -u CORP\\deploy -p %DEPLOY_PASS% cmd
schtasks /Create /TN x /RU svc /RP *
net use Z: \\\\fs01\\finance * /user:CORP\\svc
"
silent decoy/win.cmd

# a token as curl's user beside the filler password its provider asks for
mk t/timesheet.sh "curl -u $H:api_token https://api.track.toggl.com/api/v9/me
"
found t/timesheet.sh 1 toggl-api-token "$H"
mk decoy/curl.sh "curl -u \$TOGGL_TOKEN:api_token https://api.track.toggl.com/api/v9/me
curl -u admin:api_token https://intranet.corp.lan/
"
silent decoy/curl.sh

# templates: Go's with, a pipeline's default, a template variable
mk tmpl/env.tmpl "{{/* rendered at deploy */}}
{{ with \"$V\" }}SERVICE_API_KEY={{ . }}{{ end }}
"
found tmpl/env.tmpl 2 generic-secret "$V"
mk tmpl/secret.yaml "stringData:
  api_token: {{ .Values.apiToken | default \"$V\" | quote }}
"
found tmpl/secret.yaml 2 generic-secret "$V"
mk tmpl/_helpers.tpl "{{- \$dbPassword := \"$P\" -}}
"
found tmpl/_helpers.tpl 1 generic-password "$P"
mk decoy/t.tmpl "{{ with .Values.apiKey }}SERVICE_API_KEY={{ . }}{{ end }}
{{ with \"command-r-plus\" }}MODEL={{ . }}{{ end }}
  api_token: {{ .Values.apiToken | default \"changeme\" | quote }}
{{- \$secretName := \"app-credentials\" -}}
"
silent decoy/t.tmpl

# Markdown: a heading over a fenced value; an aside in prose
mk md/runbook.md "# Runbook

## Deploy token

\`\`\`
$V
\`\`\`
"
found md/runbook.md 6 generic-secret "$V"
mk md/onboarding.md "* The sandbox token (expires in 24 h): \`$V\`
"
found md/onboarding.md 1 generic-secret "$V"
mk decoy/runbook.md "## Deploy token

\`\`\`
vault kv get -field=token secret/deploy
\`\`\`
## API token

\`\`\`
<your-api-token>
\`\`\`
* The token (see below): \`API_TOKEN\`
"
silent decoy/runbook.md

# a provider's pair in a log line
mk log/notify.log "2026-03-01T08:00:00Z INFO notify pushover app=$O user=u8f2kq0x9vd3mtz7cwl4h1ny6bg5r
"
found log/notify.log 1 pushover-app-token "$O"
mk decoy/notify.log "2026-03-01T08:00:00Z INFO notify pushover user=u8f2kq0x9vd3mtz7cwl4h1ny6bg5rj app=backup-notifier
2026-03-01T08:00:01Z WARN api_key=****abcd token=[REDACTED] request_id=9f8e7d6c5b4a39281706f5e4d3c2b1a0
"
silent decoy/notify.log

finish e2e_commands
