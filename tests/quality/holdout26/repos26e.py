"""repos/ part e: CI/CD and release tooling, integrations, and decoy-heavy files (fixtures,
docs, lockfiles) of Marrowgate Stages."""
from tmpl26 import files

R = "repos/"
SPECS = [
    (R + "boxoffice-api/.keptn/shipyard.yaml", "keptn:shipyard", """apiVersion: "spec.keptn.sh/0.2.3"
kind: "Shipyard"
metadata:
  name: "boxoffice"
spec:
  stages:
    - name: "staging"
      sequences:
        - name: "delivery"
          tasks:
            - name: "deployment"
            - name: "test"
              properties:
                teststrategy: "performance"
                # k6 cloud token for the load test
                k6_token: "«P k6 api_token {h:64}»"
"""),
    (R + "boxoffice-api/deploy/nomad/boxoffice.nomad.hcl", "nomad:job", """job "boxoffice-api" {
  datacenters = ["weu1"]
  group "api" {
    count = 3
    task "api" {
      driver = "docker"
      config { image = "cr.mgs.corp/boxoffice-api:2026.11.4" }
      env {
        SPEKTRIX_CLIENT   = "marrowgate"
        DATADOG_API_KEY   = "«P datadog api_key {h:32}»"
        DD_APP_KEY        = "«P datadog app_key {h:40}»"
        GIT_SHA           = "«D git commit_sha {h:40}»"
      }
      template {
        data        = "DB_PASSWORD={{ with secret \\"kv/boxoffice\\" }}{{ .Data.data.db }}{{ end }}"
        destination = "secrets/db.env"
        env         = true
      }
    }
  }
}
"""),
    (R + "boxoffice-api/.gitlab/release.gitlab-ci.yml", "gitlab:release", """release:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  variables:
    GITLAB_TOKEN: "«P gitlab pat glpat-{s:20}»"
    NPM_TOKEN: ${CI_JOB_TOKEN}
  script:
    - release-cli create --name "v$CI_COMMIT_TAG" --tag-name "$CI_COMMIT_TAG"
"""),
    (R + "web-frontend/.npmrc", "npmrc", """@marrowgate:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«P github pat ghp_{a:36}»
//registry.npmjs.org/:_authToken=«P npm access_token npm_{a:36}»
"""),
    (R + "web-frontend/package-lock.json", "npm:lockfile", """{
  "name": "web-frontend",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@marrowgate/seat-picker": {
      "version": "4.2.1",
      "resolved": "https://npm.pkg.github.com/download/@marrowgate/seat-picker/4.2.1/«D npm tarball_hash {h:40}»",
      "integrity": "sha512-«D npm integrity {B64:64}»"
    }
  }
}
"""),
    (R + "web-frontend/src/lib/maps.ts", "ts:mapbox", """// venue pages: public token is fine in the bundle, the secret one is only for the tile upload script
export const MAPBOX_PUBLIC = '«D mapbox public_token pk.{mapbox}»';
export const MAPBOX_UPLOAD = '«P mapbox secret_token sk.{mapbox}»';
"""),
    (R + "web-frontend/src/lib/search.ts", "ts:algolia", """import algoliasearch from 'algoliasearch/lite';

// search-only key: public by design
export const search = algoliasearch('«D algolia app_id {u:10}»', '«D algolia search_key {h:32}»');
// TODO move to the indexer service
export const ADMIN_KEY = '«P algolia admin_key {h:32}»';
"""),
    (R + "ops-bots/discord-crew-bot/bot.py", "python:discord", """import discord

# crew call bot for the Lyric's volunteer ushers
TOKEN = "«P discord bot_token M{a:23}.{s:6}.{s:38}»"
WEBHOOK = "https://discord.com/api/webhooks/«D discord webhook_id {d:19}»/«P discord webhook_token {s:68}»"
intents = discord.Intents.default()
client = discord.Client(intents=intents)
client.run(TOKEN)
"""),
    (R + "ops-bots/telegram-stage-door/config.toml", "toml:telegram", """[telegram]
bot_token = "«P telegram bot_token {d:10}:AA{s:33}»"
chat_id = «D telegram chat_id -100{d:10}»

[twilio]
account_sid = "«D twilio account_sid AC{h:32}»"
auth_token = "«P twilio auth_token {h:32}»"
"""),
    (R + "integrations/sendgrid/sendgrid.env", "dotenv:sendgrid", """export SENDGRID_API_KEY='«P sendgrid api_key SG.{s:22}.{s:43}»'
export SENDGRID_TEMPLATE_BOOKING='d-«D sendgrid template_id {h:32}»'
"""),
    (R + "integrations/shopify-merch/shopify.app.toml", "shopify:toml", """client_id = "«D shopify client_id {h:32}»"
name = "marrowgate-merch"
application_url = "https://merch.marrowgate-stages.co.uk"

[access_scopes]
scopes = "read_products,write_orders"

# admin token of the custom app (installed on marrowgate-merch.myshopify.com)
# shpat_ token: «P shopify admin_token shpat_{h:32}»
"""),
    (R + "integrations/linear-notion/sync.go", "go:linear-notion", """package main

import "os"

const notionVersion = "2022-06-28"

var (
	linearKey = envOr("LINEAR_API_KEY", "«P linear api_key lin_api_{a:40}»")
	notionKey = envOr("NOTION_TOKEN", "«P notion integration_token ntn_{d:11}{a:35}»")
	dbID      = "«D notion database_id {h:32}»"
)

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
"""),
    (R + "integrations/jira-cloud/jira-cli.yml", "yaml:jira-cli", """installation: Cloud
server: https://marrowgate.atlassian.net
login: gethin.morgan@marrowgate-stages.co.uk
project: {key: OPS, type: classic}
# token used by the CLI in CI (set JIRA_API_TOKEN instead locally)
api_token: «P atlassian api_token ATATT3xFfGF0{s:180}={H:8}»
"""),
    (R + "infra/dns/cloudflare.tf", "terraform:cloudflare", """provider "cloudflare" {
  api_token = "«P cloudflare api_token {s:40}»"
}

resource "cloudflare_record" "tix" {
  zone_id = "«D cloudflare zone_id {h:32}»"
  name    = "tix"
  value   = "20.77.14.3"
  type    = "A"
}
"""),
    (R + "infra/do/droplets.auto.tfvars", "tfvars:digitalocean", """do_token = "«P digitalocean pat dop_v1_{h:64}»"
region   = "lon1"
size     = "s-2vcpu-4gb"
"""),
    (R + "infra/grafana/provisioning/datasources/cloud.yaml", "grafana:provisioning", """apiVersion: 1
datasources:
  - name: grafana-cloud-prom
    type: prometheus
    url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom
    basicAuth: true
    basicAuthUser: «D grafana instance_id {d:7}»
    secureJsonData:
      basicAuthPassword: «P grafana cloud_token glc_{B64:96}»
  - name: local
    type: prometheus
    url: http://prometheus.mgs.internal:9090
"""),
    (R + "infra/newrelic/newrelic.ini", "ini:newrelic", """[newrelic]
license_key = «P newrelic license_key eu01xx{h:34}NRAL»
app_name = Marrowgate Box Office (prod)
monitor_mode = true
"""),
    (R + "infra/okta/terraform.tfvars", "tfvars:okta", """okta_org_name  = "marrowgate"
okta_base_url  = "okta-emea.com"
okta_api_token = "«P okta api_token 00{s:40}»"
"""),
    (R + "infra/mailgun/relay.cf", "postfix:mailgun", """# /etc/postfix/main.cf excerpt on the legacy mail relay
relayhost = [smtp.eu.mailgun.org]:587
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = static:postmaster@mg.marrowgate-stages.co.uk:«P mailgun smtp_password {h:32}-{h:8}-{h:8}»
smtp_tls_security_level = encrypt
"""),
    (R + "infra/pusher/realtime.env", "dotenv:pusher", """PUSHER_APP_ID=«D pusher app_id {d:7}»
PUSHER_KEY=«D pusher key {h:20}»
PUSHER_SECRET=«P pusher secret {h:20}»
PUSHER_CLUSTER=eu
"""),
    (R + "docs/developer/aws-setup.md", "markdown:docs", """# AWS access for developers

Configure a profile with your own keys; the keys below are AWS's documentation examples and
only show the shape:

```ini
[default]
aws_access_key_id = «D aws documented_example AKIAIOSFODNN7EXAMPLE»
aws_secret_access_key = «D aws documented_example wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»
```

Never use the shared `mgs-ci` user's keys (`«D aws truncated AKIA{b:6}...»` in the console list).
"""),
    (R + "boxoffice-api/tests/fixtures/stripe_events.json", "json:fixture", """{
  "_comment": "fixtures for the webhook tests: Stripe test-mode objects from the Stripe CLI, not live",
  "api_key_used": "«D stripe test_key_fixture sk_test_{a:99}»",
  "webhook_secret": "«D stripe test_webhook_fixture whsec_test_{a:32}»",
  "event": {"id": "evt_«D stripe event_id {a:24}»", "type": "checkout.session.completed", "livemode": false}
}
"""),
    (R + "boxoffice-api/tests/test_signing.py", "python:tests", """import hashlib

# sequential filler so the signer has something deterministic to hash
FAKE_SECRET = "«D boxoffice sequential_filler mgs_0123456789abcdefghijklmnopqrstuvwxyzABCD»"
EXPECTED = "«D boxoffice sha256_of_key {h:64}»"


def test_sign():
    assert hashlib.sha256(FAKE_SECRET.encode()).hexdigest() != EXPECTED
"""),
    (R + "boxoffice-api/docs/api-keys.md", "markdown:apidocs", """# Box office API keys

Keys look like `mgs_` followed by 40 URL-safe characters, e.g. `«D boxoffice placeholder mgs_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX»`.
The admin page shows only the last four characters: `«D boxoffice masked mgs_••••••••••••••••••••••••••••••••••••3fQa»`.
Key ids (`«D boxoffice key_id kid_{l:16}»`) are not secret.
"""),
    (R + "boxoffice-api/config/settings.toml", "toml:settings", """[database]
url = "postgresql://boxoffice@pg-tix.mgs.internal/tickets"
password = "«P postgres password {pw:b64}»"

[payments]
provider = "stripe"
secret_key = "«P stripe restricted_key rk_live_{a:99}»"
publishable_key = "«D stripe publishable_key pk_live_{a:99}»"

[signing]
key_id = "«D boxoffice key_id kid_{l:16}»"
hmac_key = "«P boxoffice hmac_key {B64:48}»"
"""),
    (R + "boxoffice-api/CHANGELOG.md", "markdown:changelog", """## 2026.11.4
* Rotated the gate scanner secret after OPS-412 (old value `«D gates revoked_secret {h:40}»` is revoked).
* Dependency bump: `«D git commit_sha {h:40}»`.
"""),
    (R + "docker/registry/config.json", "docker:config", """{
  "auths": {
    "cr.mgs.corp": {"auth": "«B registry password ci-builder:{pw:gen}»"},
    "https://index.docker.io/v1/": {"auth": "«B dockerhub pat marrowgate:dckr_pat_{s:27}»"}
  },
  "credsStore": ""
}
"""),
]


def build(Doc):
    return files(Doc, "repos", SPECS)
