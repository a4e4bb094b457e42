"""repos/ (c): notes, tickets, chat, shell history, dotfiles, self-hosted daemons, documentation
with sample keys, changelogs with revoked keys."""
from tmpl24 import files

S = [
("repos/ops-notes/home/dana/.zsh_history", "zsh-history", r''': 1764501001:0;kubectl -n pantry get pods
: 1764501044:0;export OPENAI_API_KEY=«P openai api-key openai»
: 1764501102:0;psql "postgresql://ledger_admin:«P password psql-url-password upw»@pg-ledger.internal:5432/ledger"
: 1764501190:0;mysql -h mysql-hearth.internal -u hearth_app -p'«P password mysql-cli-password pw»' hearth
: 1764501300:0;gh auth login --with-token <<< «P github pat-fine-grained ghpat»
: 1764501411:0;aws configure set aws_secret_access_key «P aws secret-access-key awssec» --profile tiles
: 1764501500:0;echo $STRIPE_SECRET_KEY | wc -c
: 1764501577:0;sha256sum dist/pantry-1.9.0.tgz
'''),
("repos/ops-notes/home/ravi/.local/share/fish/fish_history.txt", "shell-history-plain", r'''docker login -u brackenfieldci -p «P docker hub-pat dckr_pat_|b64u27» docker.io
curl -u api:«P mailgun api-key key-|hex32» https://api.eu.mailgun.net/v3/domains
redis-cli -h queue-1.internal -a '«P password redis-cli-password pw»' --no-auth-warning info
git log --oneline -5
openssl rand -hex 32
curl -H "X-Vault-Token: «P vault service-token hvs.CAESI|b64u86»" https://vault.brackenfield.example/v1/kv/data/pantry
'''),
("repos/ops-notes/home/ravi/.sqlite_history", "sqlite-history", r'''.tables
SELECT * FROM integrations WHERE provider = 'slack';
UPDATE integrations SET token = '«P slack bot-token slackbot»' WHERE provider = 'slack';
UPDATE integrations SET token = '«D slack placeholder xoxb-REPLACE-ME»' WHERE provider = 'slack-staging';
.quit
'''),
("repos/ops-notes/home/kai/.python_history", "python-history", r'''import stripe
stripe.api_key = "«P stripe secret-key stripe»"
stripe.Customer.list(limit=3)
import hashlib; hashlib.sha256(b"hello").hexdigest()
from anthropic import Anthropic; c = Anthropic(api_key="«P anthropic api-key anthropic»")
'''),
("repos/ops-notes/home/kai/.node_repl_history", "node-repl-history", r'''const sg = require('@sendgrid/mail'); sg.setApiKey('«P sendgrid api-key sendgrid»')
process.env.NODE_ENV
new (require('twilio'))('«D twilio account_sid twsid»', '«P twilio auth-token twtok»').messages.list({limit: 2})
'''),
("repos/ops-notes/runbooks/pbx-outage.md", "runbook-markdown", r'''# PBX outage runbook

1. SSH to `pbx-1` as `ops` (sudo password is in 1Password, "pbx-1 sudo").
2. Check the trunk: `asterisk -rx "pjsip show registrations"`.
3. If the trunk is unregistered, re-enter the SIP password from the provider portal:

   | field    | value |
   |----------|-------|
   | username | 4420381234 |
   | password | «P password sip-trunk-password pw» |

4. AMI for the wallboard: user `wallboard`, secret `«P password ami-secret upw»`.
5. Never paste the root password in the channel; the old one (`«D password revoked_masked Hu****!9»`) was rotated.
'''),
("repos/ops-notes/runbooks/restore-ledger.md", "runbook-markdown", r'''## Restoring ledger from Backblaze

```bash
export B2_ACCOUNT_ID=«D backblaze key_id dig3+lan22»
export B2_ACCOUNT_KEY=«P backblaze application-key K005|an27»
export RESTIC_PASSWORD='«P backuppass restic-password pw»'
restic -r b2:brackenfield-ledger-backups:/ restore latest --target /srv/restore
```

Checksum of the last good dump: `«D sha256 dump_checksum hex64»`.
'''),
("repos/ops-notes/tickets/OPS-2291.json", "ticket-json", r'''{
  "key": "OPS-2291",
  "fields": {
    "summary": "Partner cannot reach the SFTP drop",
    "description": "Tried from their side with user acme_drop and the password we sent (\"«P password sftp-password pw»\"). Their IP is 198.51.100.44. Also their API key for the callback is «P password partner-api-key an40».",
    "reporter": {"displayName": "Maya O."},
    "customfield_10020": "«D atlassian sprint_id dig4»"
  }
}
'''),
("repos/ops-notes/tickets/support-export.csv", "ticket-csv", r'''id,created,requester,subject,body
8812,2026-10-03,tom@client.example,"Login broken","I reset it to «P password user-pasted-password pw» but it still fails"
8813,2026-10-03,ana@client.example,"Invoice copy","please resend invoice «D invoice number INV-|dig6»"
8814,2026-10-04,li@client.example,"API access","our integration uses key «P stripe restricted-key rk_live_|an99» is that the right scope?"
'''),
("repos/ops-notes/chat/element-export-infra.txt", "matrix-chat-export", r'''[2026-11-12 09:14] @ravi:brackenfield.example: anyone have the grafana admin login for staging?
[2026-11-12 09:15] @dana:brackenfield.example: admin / «P password grafana-admin-password pw»
[2026-11-12 09:15] @dana:brackenfield.example: and the service account token if you're scripting: «P grafana service-account-token glsa»
[2026-11-12 09:16] @ravi:brackenfield.example: thx, the old token glsa_«D grafana revoked_masked ****************************_********» is dead right?
[2026-11-12 09:17] @dana:brackenfield.example: yes revoked last week
'''),
("repos/ops-notes/chat/discord-launch.json", "discord-export-json", r'''{"guild": {"name": "Brackenfield Labs"},
 "channel": {"name": "launch-war-room"},
 "messages": [
  {"id": "«D discord message_id dig19»", "author": {"name": "kai"}, "content": "bot token for the status bot: «P discord bot-token MT|an24+.+b64u6+.+b64u38»"},
  {"id": "«D discord message_id dig19»", "author": {"name": "maya"}, "content": "pls use the vault path next time"},
  {"id": "«D discord message_id dig19»", "author": {"name": "kai"}, "content": "telegram bridge: «P telegram bot-token tgbot»"}
 ]}
'''),
("repos/ops-notes/notes/2026-11-onboarding.org", "org-mode-note", r'''* Onboarding: Priya
** Accounts
- Wifi office: SSID =Brackenfield-Staff= passphrase =«P wifipsk office-wifi-passphrase pw»=
- Printer admin (Kyocera web UI): =admin= / =«P password printer-admin-password pw»=
- Shared Figma token for the export script: =«P figma pat figma»=
** Todo
- [ ] enrol YubiKey
'''),
("repos/ops-notes/notes/vendor-keys.adoc", "asciidoc-note", r'''= Vendor keys (move to Vault!)

[cols="1,2"]
|===
|Vendor |Key

|Airtable (inventory base)
|«P airtable pat airtable»

|Shopify admin (hearth)
|«P shopify admin-token shopify»

|Algolia search-only (public, fine in the frontend)
|«D algolia search_only_key hex32»
|===
'''),
("repos/ops-notes/notes/incident-2026-09-30.txt", "postmortem-text", r'''Incident 2026-09-30: Mailchimp list wiped

Timeline (UTC)
14:02 script mc_sync.py ran against prod with key «P mailchimp api-key mailchimp»
14:10 audience 3f1a... emptied
14:31 key revoked and replaced; new key in Vault
Lessons: the prod key lived in the script defaults.
Old staging key for reference (revoked, masked): «D mailchimp revoked_masked ********************************-us21»
'''),
("repos/ops-notes/email/2026-10-08-partner-creds.eml", "email-eml", r'''From: maya@brackenfield.example
To: it@acme.example
Subject: SFTP and API credentials
Date: Wed, 08 Oct 2026 10:11:02 +0000
Content-Type: text/plain; charset=utf-8

Hi both,

as agreed on the call:
  host: sftp.brackenfield.example, user acme_drop
  password: «P password sftp-password pw»
  webhook signing secret: «P password webhook-secret hex64»

Please change the password on first login.
Maya
'''),
("repos/ops-notes/logs/api-2026-11-20.log", "json-log", r'''{"ts":"2026-11-20T08:01:12Z","level":"info","msg":"boot","version":"1.9.0","commit":"«D git commit_sha hex40»"}
{"ts":"2026-11-20T08:01:13Z","level":"debug","msg":"config loaded","config":"{\"stripe\":{\"key\":\"«P stripe secret-key stripe24»\"},\"redis\":\"redis://default:«P password redis-url-password upw»@queue-1:6379\"}"}
{"ts":"2026-11-20T08:02:40Z","level":"info","msg":"request","path":"/v1/orders","trace_id":"«D otel trace_id hex32»"}
'''),
("repos/ops-notes/logs/nginx-access.log", "access-log-urlencoded", r'''10.40.1.5 - - [20/Nov/2026:08:14:22 +0000] "GET /api/login?user=ops&password=«Q password url-password pw» HTTP/1.1" 302 0 "-" "curl/8.5.0"
10.40.1.5 - - [20/Nov/2026:08:14:25 +0000] "GET /static/app.«D build asset_hash hex20».js HTTP/1.1" 200 48211 "-" "Mozilla/5.0"
10.40.1.9 - - [20/Nov/2026:08:15:01 +0000] "GET /weather?appid=«P openweathermap api-key hex32»&q=Leeds HTTP/1.1" 200 912 "-" "python-requests/2.32"
'''),
("repos/ops-notes/logs/journal-pantry.txt", "journalctl-output", r'''Nov 20 08:01:12 web-3 pantry[1812]: starting with NODE_ENV=production
Nov 20 08:01:12 web-3 pantry[1812]: warn: using fallback RESEND key re_«D resend masked_key ********_************************»
Nov 20 08:01:13 web-3 pantry[1812]: db connect postgres://pantry:«P password db-url-password upw»@pantry-db.internal:5432/pantry
Nov 20 08:01:13 web-3 systemd[1]: Started pantry.service.
'''),
("repos/ops-notes/dumps/settings.sql", "mysql-dump", r'''-- MySQL dump 10.13
LOCK TABLES `integration_settings` WRITE;
INSERT INTO `integration_settings` VALUES (1,'hubspot_portal','«D hubspot portal_id dig8»'),(2,'smtp_password','«P password smtp-password pw»'),(3,'openai','«P openai api-key openai»'),(4,'feature_flags','{\"beta\":true}');
UNLOCK TABLES;
'''),
("repos/ops-notes/dotfiles/.config/gh/hosts.yml", "gh-hosts-yml", r'''github.com:
    users:
        dana-b:
            oauth_token: «P github oauth-token gho_|an36»
    git_protocol: ssh
    user: dana-b
    oauth_token: «P github oauth-token gho_|an36»
'''),
("repos/ops-notes/dotfiles/.config/glab-cli/config.yml", "glab-config", r'''hosts:
    gitlab.brackenfield.example:
        token: «P gitlab pat glpat»
        api_host: gitlab.brackenfield.example
        git_protocol: ssh
        api_protocol: https
'''),
("repos/ops-notes/dotfiles/.config/stripe/config.toml", "stripe-cli-config", r'''color = ""

[default]
  account_id = "«D stripe account_id acct_|an16»"
  device_name = "dana-mbp"
  display_name = "Brackenfield"
  live_mode_api_key = "«P stripe restricted-key rk_live_|an99»"
  live_mode_key_expires_at = "2027-02-01"
  test_mode_api_key = "«D stripe test_mode_key sk_test_|an99»"
  test_mode_pub_key = "«D stripe test_publishable_key pk_test_|an99»"
'''),
("repos/ops-notes/dotfiles/.config/doctl/config.yaml", "doctl-config", r'''access-token: «P digitalocean pat dop»
context: default
output: text
'''),
("repos/ops-notes/dotfiles/.config/hcloud/cli.toml", "hcloud-cli", r'''active_context = "brackenfield"

[[contexts]]
  name = "brackenfield"
  token = "«P hetzner api-token an64»"
'''),
("repos/ops-notes/dotfiles/.databrickscfg", "databricks-cfg", r'''[DEFAULT]
host  = https://«D databricks workspace_id adb-|dig16».2.azuredatabricks.net
token = «P databricks pat dapi|hex32»

[staging]
host  = https://adb-7788.4.azuredatabricks.net
token = «D databricks placeholder dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX»
'''),
("repos/ops-notes/dotfiles/.snowsql/config", "snowsql-config", r'''[connections.prod]
accountname = brackenfield-eu
username = dana
password = «P password snowsql-password pw»
warehousename = ANALYST_WH
'''),
("repos/ops-notes/dotfiles/.boto", "boto-config", r'''[Credentials]
gs_access_key_id = «P gcp hmac-access-id GOOG1E|uan55»
gs_secret_access_key = «P gcp hmac-secret b6440»

[Boto]
https_validate_certificates = True
'''),
("repos/ops-notes/dotfiles/.config/flyctl/config.yml", "flyctl-config", r'''access_token: FlyV1 «P flyio access-token fm2_|b64u180»
metrics_token: «D flyio placeholder ${FLY_METRICS_TOKEN}»
send_metrics: true
'''),
("repos/ops-notes/dotfiles/.wgetrc", "wgetrc", r'''# mirror of the vendor portal
user = brackenfield
password = «P password wget-password pw»
timestamping = on
'''),
("repos/ops-notes/dotfiles/.docker/config.json", "docker-config-json", r'''{
  "auths": {
    "registry.brackenfield.example": {
      "auth": "«B password docker-auth ci:|pw»"
    },
    "ghcr.io": {}
  },
  "credsStore": "osxkeychain"
}
'''),
("repos/selfhosted/shlink/.env", "shlink-env", r'''DEFAULT_DOMAIN=go.brackenfield.example
IS_HTTPS_ENABLED=true
GEOLITE_LICENSE_KEY=«P maxmind license-key an6+_+an29+_mmk»
INITIAL_API_KEY=«P password shlink-initial-api-key uuid»
DB_DRIVER=maria
DB_PASSWORD=«P password db-password pw»
'''),
("repos/selfhosted/yourls/user/config.php", "yourls-config", r'''<?php
define( 'YOURLS_DB_USER', 'yourls' );
define( 'YOURLS_DB_PASS', '«P password db-password pw»' );
define( 'YOURLS_DB_NAME', 'yourls' );
define( 'YOURLS_COOKIEKEY', '«P password cookie-key an40»' );
$yourls_user_passwords = [
    'maya' => '«P password admin-password pw»',
    'kai'  => 'phpass:!2y!10!«D yourls phpass_hash b6453»',
];
'''),
("repos/selfhosted/focalboard/config.json", "focalboard-config", r'''{
  "serverRoot": "https://boards.brackenfield.example",
  "port": 8000,
  "dbtype": "postgres",
  "dbconfig": "postgres://boards:«P password dsn-password upw»@pg-tools.internal/boards?sslmode=disable",
  "useSSL": false,
  "session_expire_time": 2592000,
  "authMode": "native"
}
'''),
("repos/selfhosted/saleor/.env", "saleor-env", r'''SECRET_KEY=«P password django-secret-key an50»
DATABASE_URL=postgres://saleor:«P password db-url-password upw»@db/saleor
EMAIL_URL=smtp://apikey:«P sendgrid api-key sendgrid»@smtp.sendgrid.net:587/?tls=True
DEFAULT_FROM_EMAIL=shop@brackenfield.example
RSA_PRIVATE_KEY=
'''),
("repos/selfhosted/wagtail/settings/production.py", "wagtail-settings", r'''from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«P password django-secret-key an50»"
WAGTAILADMIN_BASE_URL = "https://cms.brackenfield.example"
AWS_STORAGE_BUCKET_NAME = "brackenfield-cms"
AWS_ACCESS_KEY_ID = "«P aws access-key-id awsid»"
AWS_SECRET_ACCESS_KEY = "«P aws secret-access-key awssec»"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
'''),
("repos/selfhosted/statamic/.env", "statamic-env", r'''APP_NAME=Brackenfield
APP_KEY=base64:«P password laravel-app-key b6443+=»
STATAMIC_LICENSE_KEY=«D statamic license_key uan16»
STATAMIC_GIT_ENABLED=true
MAIL_PASSWORD="«P password mail-password pw»"
'''),
("repos/selfhosted/plone/instance.yaml", "plone-cookiecutter", r'''default_context:
    initial_user_name: 'admin'
    initial_user_password: '«P password plone-admin-password pw»'
    zcml_package_includes: 'brackenfield.site'
    db_storage: relstorage
    db_relstorage_postgresql_dsn: "host='pg-tools' dbname='plone' user='plone' password='«P password relstorage-password upw»'"
'''),
("repos/selfhosted/squidex/appsettings.Production.json", "squidex-appsettings", r'''{
  "identity": {
    "adminEmail": "web@brackenfield.example",
    "adminPassword": "«P password squidex-admin-password pw»",
    "googleClient": "«D google client_id dig12+-+lan32+.apps.googleusercontent.com»",
    "googleSecret": "«P google oauth-client-secret gocspx»"
  },
  "store": { "mongoDb": { "configuration": "mongodb://squidex:«P password mongo-password upw»@mongo-1:27017" } }
}
'''),
("repos/selfhosted/grav/user/config/plugins/email.yaml", "grav-email", r'''enabled: true
from: web@brackenfield.example
mailer:
  engine: smtp
  smtp:
    server: smtp.fastmail.com
    port: 465
    encryption: ssl
    user: web@brackenfield.example
    password: '«P password smtp-app-password lan16»'
'''),
("repos/selfhosted/thanos-rule/alertmanager.yml", "alertmanager-config", r'''global:
  smtp_smarthost: smtp.eu.mailgun.org:587
  smtp_auth_username: alerts@mg.brackenfield.example
  smtp_auth_password: «P mailgun smtp-password an32»
receivers:
  - name: oncall
    pagerduty_configs:
      - routing_key: «P pagerduty integration-key hex32»
  - name: chat
    slack_configs:
      - api_url: «P slack webhook-url slackhook»
        channel: "#alerts"
'''),
("repos/selfhosted/vector/vector.yaml", "vector-config", r'''sinks:
  datadog_logs:
    type: datadog_logs
    inputs: [app_logs]
    default_api_key: «P datadog api-key ddapi»
    site: datadoghq.eu
  axiom:
    type: axiom
    inputs: [app_logs]
    dataset: pantry
    token: «P axiom api-token xaat-|uuid»
'''),
("repos/selfhosted/otel/collector.yaml", "otel-collector", r'''exporters:
  otlphttp/honeycomb:
    endpoint: https://api.eu1.honeycomb.io
    headers:
      x-honeycomb-team: «P honeycomb ingest-key hcaik_01|lan56»
  otlphttp/grafana:
    endpoint: https://otlp-gateway-prod-eu-west-2.grafana.net/otlp
    headers:
      authorization: Basic «B grafana cloud-otlp-basic 884412:glc_|b64u120»
'''),
("repos/selfhosted/gatus/config.yaml", "gatus-config", r'''alerting:
  telegram:
    token: "«P telegram bot-token tgbot»"
    id: "«D telegram chat_id -100|dig10»"
endpoints:
  - name: ledger
    url: https://ledger.brackenfield.example/health
    conditions: ["[STATUS] == 200"]
'''),
("repos/selfhosted/odoo-like/ldap.conf", "slapd-like-conf", r'''# /etc/openldap/slapd.conf (legacy box, migrating to lldap)
database  mdb
suffix    "dc=brackenfield,dc=example"
rootdn    "cn=admin,dc=brackenfield,dc=example"
rootpw    «P password ldap-rootpw pw»
# replica bind
syncrepl rid=001 provider=ldap://ldap-1.internal bindmethod=simple binddn="cn=repl,dc=brackenfield,dc=example" credentials=«P password ldap-repl-credentials upw»
'''),
("repos/selfhosted/mosquitto/bridge.conf", "mosquitto-bridge", r'''connection cloud-bridge
address mqtt.hivemq.cloud:8883
remote_username brackenfield-edge
remote_password «P password mqtt-bridge-password pw»
topic sensors/# out 1
bridge_cafile /etc/ssl/certs/ca-certificates.crt
'''),
("repos/selfhosted/murmur/mumble-server.ini", "mumble-ini", r'''database=/var/lib/mumble-server/mumble-server.sqlite
welcometext="Brackenfield voice"
port=64738
serverpassword=«P password mumble-server-password pw»
icesecretwrite=«P password ice-secret an24»
'''),
("repos/selfhosted/minecraft/server.properties", "minecraft-properties", r'''motd=Brackenfield Friday Build
enable-rcon=true
rcon.port=25575
rcon.password=«P password rcon-password pw»
white-list=true
'''),
("repos/docs/integrations/aws.md", "docs-sample-keys", r'''# Using the AWS SDK locally

Configure a profile (the values below are AWS's own documentation examples):

```ini
[default]
aws_access_key_id = «D aws documented_sample AKIAIOSFODNN7EXAMPLE»
aws_secret_access_key = «D aws documented_sample wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»
```

Our own CI user is `ci-deployer`; its keys live in Vault at `kv/ci/aws`.
'''),
("repos/docs/integrations/stripe.md", "docs-sample-keys", r'''# Stripe in tests

Stripe's docs use this shared test key; it works only in test mode against a sandbox account:

    «D stripe documented_sample sk_test_4eC39HqLyjWDarjtT1zdp7dc»

Publishable keys are public by design: `«D stripe test_publishable_key pk_test_|an99»`.

The restricted key format looks like `rk_live_` followed by the key; never commit one.
'''),
("repos/docs/integrations/providers.md", "docs-sample-keys", r'''## Provider key formats we accept in the settings UI

| provider | example shown in the UI |
|---|---|
| OpenAI | `«D openai docs_placeholder sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»` |
| Anthropic | `«D anthropic docs_placeholder sk-ant-api03-...»` |
| GitHub | `«D github sequential_filler ghp_0123456789abcdefghijklmnopqrstuvwxyz»` |
| Slack | `«D slack sequential_filler xoxb-000000000000-0000000000000-abcdefghijklmnopqrstuvwx»` |
| SendGrid | `«D sendgrid truncated SG.3kJx...»` |
| Datadog | `«D datadog all_zero 00000000000000000000000000000000»` |
'''),
("repos/docs/CHANGELOG.md", "changelog-revoked", r'''# Changelog

## 1.9.1 (2026-11-02)
- security: rotated the Twilio auth token that leaked in build logs
  (old token `«D twilio revoked_masked 3f2a************************9c1d»`, revoked 2026-11-01).
- security: removed hard-coded GitLab token `«D gitlab revoked_masked glpat-****************»` from `mortar-cli`.

## 1.9.0 (2026-10-20)
- build: pin actions to `«D github action_pin_sha hex40»`.
- deps: lockfile integrity `sha512-«D npm integrity_hash b6486+==»`.
'''),
("repos/docs/SECURITY-ROTATION.md", "changelog-revoked", r'''# Key rotation log

| date | key | status |
|---|---|---|
| 2026-06-01 | OpenAI `sk-proj-…«D openai revoked_suffix an4»` | revoked |
| 2026-07-14 | AWS `AKIA…«D aws revoked_suffix uan4»` (ci-deployer) | deleted |
| 2026-09-30 | Mailchimp `…-us21` | revoked |
| 2026-11-01 | Twilio token ending `9c1d` | revoked |
'''),
("repos/ledger-api/tests/fixtures/providers.json", "test-fixtures-marked", r'''{
  "_comment": "FAKE values for unit tests; the HTTP layer is stubbed",
  "stripe": {"secret": "«D stripe test_fixture_marked sk_test_FAKE|an24»", "webhook": "«D stripe test_fixture_marked whsec_test_fixture_not_real»"},
  "openai": {"key": "«D openai test_fixture_marked sk-test-fixture-0000000000»"},
  "github": {"token": "«D github test_fixture_marked ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE»"},
  "slack": {"webhook": "«D slack test_fixture_marked https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX»"}
}
'''),
("repos/ledger-api/tests/test_payments.py", "pytest-test", r'''import pytest

from ledger.payments import charge

# Provider test-mode publishable key; public by design.
PK = "«D stripe test_publishable_key pk_test_|an99»"
# Duffel test-mode token from the sandbox account (test data only).
DUFFEL = "«D duffel test_mode_token duffel_test_|b64u43»"


def test_charge_declined(stripe_mock):
    with pytest.raises(Exception):
        charge(amount=100, card="tok_chargeDeclined")
'''),
("repos/pantry-web/.env.example", "env-example", r'''# copy to .env and fill in
RESEND_API_KEY=«D resend placeholder re_your_api_key»
STRIPE_SECRET_KEY=«D stripe placeholder sk_live_...»
OPENAI_API_KEY=«D openai placeholder <your-openai-key>»
DATABASE_URL=postgres://pantry:«D password placeholder changeme»@localhost:5432/pantry
SESSION_SECRET=«D password placeholder replace-with-64-random-chars»
# shared dev-only key for the local mock of the maps API (a real key on the staging project)
MAPS_DEV_KEY=«P google api-key aiza»
'''),
("repos/pantry-web/docker-compose.yml", "compose-refs", r'''services:
  web:
    build: .
    environment:
      DATABASE_URL: postgres://pantry:${POSTGRES_PASSWORD}@db:5432/pantry
      RESEND_API_KEY: ${RESEND_API_KEY}
      GROQ_API_KEY: ${GROQ_API_KEY:-«P groq api-key groq»}
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "pantry"]
'''),
("repos/pantry-web/package-lock.json", "lockfile", r'''{
  "name": "pantry-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/resend": {
      "version": "4.0.1",
      "resolved": "https://registry.npmjs.org/resend/-/resend-4.0.1.tgz",
      "integrity": "sha512-«D npm integrity_hash b6486+==»"
    }
  }
}
'''),
("repos/route-planner/go.sum", "go-sum", r'''github.com/kelseyhightower/envconfig v1.4.0 h1:«D go module_hash b6443+=»
github.com/kelseyhightower/envconfig v1.4.0/go.mod h1:«D go module_hash b6443+=»
'''),
("repos/assay-ml/.dvc/config", "dvc-config-urls", r'''[core]
    remote = store
['remote "store"']
    url = s3://brackenfield-dvc/assay
    endpointurl = https://s3.eu-west-2.amazonaws.com
'''),
("repos/assay-ml/scripts/crm_enrich.jl", "julia-script", r'''using HTTP, JSON3

const CLEARBIT = (key = "«P clearbit api-key sk_|hex32»", base = "https://person.clearbit.com/v2")
const APOLLO = Dict("x-api-key" => "«P apollo api-key b64u22»")

enrich(email) = HTTP.get("$(CLEARBIT.base)/people/find?email=$email", ["Authorization" => "Bearer $(CLEARBIT.key)"])
'''),
("repos/assay-ml/scripts/ingest.nim", "nim-script", r'''import std/[httpclient, json, os]

let client = newHttpClient()
client.headers = newHttpHeaders({
  "Authorization": "Bearer " & getEnv("TOGETHER_API_KEY", "«P together api-key tgp_v1_|b64u43»"),
  "Content-Type": "application/json"})
'''),
("repos/assay-ml/scripts/fetch.ps1", "powershell-script", r'''$headers = @{
    "Authorization" = "Bearer «P mistral api-key mistral»"
    "Accept"        = "application/json"
}
$cred = New-Object System.Management.Automation.PSCredential("svc-assay", (ConvertTo-SecureString "«P password ps-credential-password pw»" -AsPlainText -Force))
Invoke-RestMethod -Uri https://api.mistral.ai/v1/models -Headers $headers
'''),
("repos/assay-ml/scripts/lua/nginx_auth.lua", "openresty-lua", r'''local keys = {
  ["partner-acme"] = "«P password partner-api-key an40»",
  ["partner-globex"] = "«P password partner-api-key an40»",
}
local k = ngx.var.http_x_api_key
for name, v in pairs(keys) do
  if k == v then ngx.ctx.partner = name return end
end
ngx.exit(401)
'''),
]


def build(Doc):
    return files(Doc, "repos", S)
