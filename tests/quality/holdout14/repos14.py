"""repos/ of holdout14: whole files as committed, in project kinds earlier holdouts did not centre on.

Each template is (kind, path, text); every kind is written for two projects (PROJECTS),
each with fresh values. Slots: «p|provider:format|spec», «b|…» (base64), «u|…»
(URL-encoded), «d|decoy-kind|spec»; specs as formats14.py, or PEM_RSA/PEM_OPENSSH/PEM_EC,
HSPAK_<HUBLET>.
"""

PROJECTS = ["lumen", "quarry"]

T = []


def t(kind, path, text):
    T.append((kind, path, text))


t("django-settings", "@P@/backend/settings/production.py", '''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["@P@.example.org", "www.@P@.example.org"]
SECRET_KEY = "«p|django:secret-key|{a:20}${a:12}!{a:18}»"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "@P@",
        "USER": "@P@_app",
        "PASSWORD": "«p|postgres:password|{a:24}»",
        "HOST": "db.internal",
        "PORT": "5432",
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp-relay.brevo.com"
EMAIL_HOST_USER = "ops@@P@.example.org"
EMAIL_HOST_PASSWORD = "«p|brevo:smtp-key|xsmtpsib-{h:64}-{a:16}»"

SENTRY_DSN = "«d|sentry-dsn-public|https://{h:32}@o{d:6}.ingest.sentry.io/{d:7}»"
CSRF_TRUSTED_ORIGINS = ["https://@P@.example.org"]
STATIC_ROOT = BASE_DIR / "staticfiles"
CACHE_VERSION = "«d|git-sha|{h:40}»"
''')

t("wordpress-config", "@P@/wp-config.php", '''<?php
define( 'DB_NAME', '@P@_wp' );
define( 'DB_USER', '@P@_wp' );
define( 'DB_PASSWORD', '«p|mysql:password|{a:16}»' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '«p|wordpress:salt|{a:20}#{a:20}%{a:20}»' );
define( 'SECURE_AUTH_KEY',  '«p|wordpress:salt|{a:24}&{a:24}»' );
define( 'NONCE_SALT',       'put your unique phrase here' );

define( 'WP_DEBUG', false );
define( 'WOOCOMMERCE_CK', '«p|woocommerce:consumer-key|ck_{h:40}»' );
define( 'WOOCOMMERCE_CS', '«p|woocommerce:consumer-secret|cs_{h:40}»' );
define( 'WP_CACHE_KEY_SALT', '«d|site-hash|{h:32}»' );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''')

t("serverless", "@P@/serverless.yml", '''service: @P@-api
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    STAGE: ${sls:stage}
    TABLE: @P@-orders
    PAYSTACK: «p|paystack:secret-key|sk_live_{h:40}»
    PAYSTACK_PUBLIC: «d|publishable-key|pk_live_{h:40}»
    TELEGRAM_BOT: "«p|telegram:bot-token|{d:10}:AA{b:33}»"
    ALERT_CHAT: "«d|chat-id|-100{d:10}»"
    OPENAI_ORG: «d|org-id|org-{a:24}»

functions:
  webhook:
    handler: src/webhook.handler
    events:
      - httpApi: { path: /paystack, method: post }
  digest:
    handler: src/digest.handler
    events:
      - schedule: cron(0 7 * * ? *)
''')

t("alertmanager", "@P@/monitoring/alertmanager.yml", '''global:
  resolve_timeout: 5m
  slack_api_url: "«p|slack:webhook-url|https://hooks.slack.com/services/T{U:8}/B{U:10}/{a:24}»"

route:
  receiver: oncall
  group_by: [alertname, cluster]
  routes:
    - matchers: [severity="page"]
      receiver: pager

receivers:
  - name: oncall
    slack_configs:
      - channel: "#alerts-@P@"
        send_resolved: true
  - name: pager
    pagerduty_configs:
      - routing_key: «p|pagerduty:integration-key|{h:32}»
        description: '{{ .CommonAnnotations.summary }}'
  - name: teams
    webhook_configs:
      - url: "«p|microsoftteams:webhook-url|https://acme{l:4}.webhook.office.com/webhookb2/{u:0}@{u:0}/IncomingWebhook/{h:32}/{u:0}/V2{b:40}»"
  - name: genie
    opsgenie_configs:
      - api_key: «p|opsgenie:api-key|{u:0}»
        # request id of the last test page: «d|request-id|{u:0}»
''')

t("grafana-datasource", "@P@/grafana/provisioning/datasources/ds.yaml", '''apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: http://prometheus:9090
    isDefault: true
  - name: Warehouse
    type: postgres
    url: warehouse.internal:5432
    user: grafana_ro
    jsonData:
      database: analytics
      sslmode: require
    secureJsonData:
      password: «p|postgres:password|{a:20}»
  - name: Loki
    type: loki
    url: https://logs-prod-eu-west-0.grafana.net
    basicAuth: true
    basicAuthUser: «d|user-id|{d:6}»
    secureJsonData:
      basicAuthPassword: «p|grafana:cloud-token|glc_{s:120}==»
  - name: NewRelic
    type: grafana-newrelic-datasource
    jsonData: { accountId: «d|account-id|{d:7}» }
    secureJsonData:
      personalApiKey: «p|newrelic:user-api-key|NRAK-{U:27}»
''')

t("git-credentials", "@P@/ops/dotfiles/.git-credentials", '''«p|github:pat-classic|https://deploy-bot:ghp_{a:36}@github.com»
«p|gitlab:pat|https://oauth2:glpat-{b:20}@gitlab.example.org»
https://«d|username|ci-{l:6}»@bitbucket.org
''')

t("npmrc-pip", "@P@/.npmrc", '''registry=https://registry.npmjs.org/
@@P@:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=«p|github:pat-classic|ghp_{a:36}»
//registry.npmjs.org/:_authToken=«p|npm:access-token|npm_{a:36}»
//npm.internal.example.org/:_auth=«b|nexus:basic-auth|ci-publisher:{a:18}»
always-auth=true
; integrity of the lockfile at release: «d|integrity|sha512-{s:86}==»
''')

t("maven-settings", "@P@/.mvn/settings.xml", '''<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>ossrh</id>
      <username>@P@-release</username>
      <password>«p|sonatype:password|{a:12}-{a:12}»</password>
    </server>
    <server>
      <id>clojars</id>
      <username>@P@</username>
      <password>«p|clojars:deploy-token|CLOJARS_{h:60}»</password>
    </server>
    <server>
      <id>internal</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>sign</id>
      <properties>
        <gpg.keyname>«d|gpg-key-id|{H:40}»</gpg.keyname>
        <gpg.passphrase>«p|gpg:passphrase|{a:10} {a:8} {a:9}»</gpg.passphrase>
        <sonar.token>«p|sonarcloud:token|{h:40}»</sonar.token>
      </properties>
    </profile>
  </profiles>
</settings>
''')

t("nuget-composer", "@P@/NuGet.Config", '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="github" value="https://nuget.pkg.github.com/@P@/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <github>
      <add key="Username" value="@P@-ci" />
      <add key="ClearTextPassword" value="«p|github:pat-fine-grained|github_pat_11{U:20}_{a:59}»" />
    </github>
  </packageSourceCredentials>
  <trustedSigners>
    <author name="microsoft">
      <certificate fingerprint="«d|cert-fingerprint|{H:64}»" hashAlgorithm="SHA256" allowUntrustedRoot="false" />
    </author>
  </trustedSigners>
</configuration>
''')

t("fastlane", "@P@/ios/fastlane/Fastfile", '''default_platform(:ios)

platform :ios do
  before_all do
    ENV["MATCH_PASSWORD"] = "«p|fastlane:match-password|{a:20}»"
    ENV["FASTLANE_ITC_TEAM_ID"] = "«d|team-id|{d:9}»"
  end

  lane :beta do
    match(type: "appstore", git_url: "«p|github:pat-classic|https://x-access-token:ghp_{a:36}@github.com/@P@/certificates.git»")
    build_app(scheme: "@P@")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    slack(message: "beta up", slack_url: "«p|slack:webhook-url|https://hooks.slack.com/services/T{U:8}/B{U:10}/{a:24}»")
  end

  lane :sentry do
    sentry_upload_dsym(auth_token: "«p|sentry:auth-token|sntrys_{s:160}»", org_slug: "@P@", project_slug: "ios")
  end
end
''')

t("gradle-properties", "@P@/android/gradle.properties", '''org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
RELEASE_STORE_FILE=../keys/release.jks
RELEASE_STORE_PASSWORD=«p|android:keystore-password|{a:16}»
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=«p|android:keystore-password|{a:16}»
MAPS_API_KEY=«p|google:api-key|AIzaSy{b:33}»
ONESIGNAL_APP_ID=«d|app-id|{u:0}»
revenuecat.public=«d|public-sdk-key|goog_{a:27}»
''')

t("home-assistant", "@P@/homeassistant/secrets.yaml", '''# Use this file to store secrets like usernames and passwords.
latitude_home: 52.3731
longitude_home: 4.8922
mqtt_password: «p|mosquitto:password|{a:18}»
openweathermap: «p|openweathermap:api-key|{h:32}»
telegram_bot: «p|telegram:bot-token|{d:10}:AA{b:33}»
telegram_chat: «d|chat-id|{d:9}»
ifttt_key: «p|ifttt:webhook-key|{b:22}»
router_mac: «d|mac|aa:bb:{h:2}:{h:2}:{h:2}:{h:2}»
''')

t("restic-backup", "@P@/ops/backup.env", '''# sourced by /etc/systemd/system/restic-backup.service
RESTIC_REPOSITORY=b2:@P@-backups:/hosts/web01
RESTIC_PASSWORD=«p|restic:password|{a:6}-{a:6}-{a:6}-{a:6}»
B2_ACCOUNT_ID=«d|key-id|{h:25}»
B2_ACCOUNT_KEY=«p|backblaze:application-key|K00{a:28}»
HEALTHCHECK_URL=https://hc-ping.com/«d|check-uuid|{u:0}»
KEEP_DAILY=7
''')

t("cloud-init", "@P@/infra/user-data.yaml", '''#cloud-config
hostname: @P@-worker
users:
  - name: deploy
    groups: [sudo, docker]
    ssh_authorized_keys:
      - «d|ssh-public-key|ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{s:43} deploy@@P@»
    passwd: «d|password-hash|$6$rounds=4096${a:16}${a:86}»
write_files:
  - path: /etc/@P@/agent.env
    permissions: "0600"
    content: |
      NR_LICENSE=«p|newrelic:license-key|{h:36}NRAL»
      TAILSCALE_AUTHKEY=«p|tailscale:auth-key|tskey-auth-{a:17}-{a:33}»
  - path: /root/.ssh/id_ed25519
    permissions: "0600"
    content: "«e|ssh:private-key|PEM_OPENSSH»\\n"
runcmd:
  - systemctl enable --now agent
''')

t("kubeconfig", "@P@/deploy/kubeconfig-ci.yaml", '''apiVersion: v1
kind: Config
clusters:
  - name: @P@-prod
    cluster:
      server: https://10.20.0.1:6443
      certificate-authority-data: «d|ca-cert-b64|LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t{s:120}»
contexts:
  - name: ci
    context: { cluster: @P@-prod, user: ci-deployer, namespace: @P@ }
current-context: ci
users:
  - name: ci-deployer
    user:
      token: «p|kubernetes:service-account-token|eyJhbGciOiJSUzI1NiIsImtpZCI6I{b:40}.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Ii{b:200}.{b:342}»
''')

t("vcr-cassette", "@P@/spec/cassettes/charge_succeeds.yml", '''---
http_interactions:
- request:
    method: post
    uri: https://api.stripe.com/v1/payment_intents
    body:
      encoding: UTF-8
      string: amount=2000&currency=eur&confirm=true
    headers:
      Authorization:
      - Bearer «p|stripe:test-key|sk_test_51{a:97}»
      Idempotency-Key:
      - «d|idempotency-key|{u:0}»
  response:
    status:
      code: 200
      message: OK
    headers:
      Request-Id:
      - req_«d|request-id|{a:14}»
    body:
      encoding: UTF-8
      string: '{"id":"pi_3QxJ2kLmNpQrStUv","object":"payment_intent","client_secret":"pi_3Q_secret_x","status":"succeeded"}'
  recorded_at: Tue, 14 Oct 2025 09:12:44 GMT
recorded_with: VCR 6.2.0
''')

t("har", "@P@/qa/login-flow.har", '''{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "133.0" },
    "entries": [
      {
        "startedDateTime": "2025-10-02T08:31:12.118Z",
        "request": {
          "method": "GET",
          "url": "https://api.@P@.example.org/v2/me",
          "headers": [
            { "name": "Accept", "value": "application/json" },
            { "name": "Authorization", "value": "Bearer «p|okta:access-token|eyJraWQiOiJ{b:40}.eyJ2ZXIiOjEsImp0aSI6IkFULn{b:180}.{b:342}»" },
            { "name": "X-Request-Id", "value": "«d|request-id|{u:0}»" }
          ]
        },
        "response": { "status": 200, "headers": [ { "name": "ETag", "value": "W/\\"«d|etag|{h:32}»\\"" } ] }
      },
      {
        "request": {
          "method": "POST",
          "url": "«p|mixpanel:url|https://ingest:{h:32}@api-eu.mixpanel.com»/track"
        }
      }
    ]
  }
}
''')

t("gitlab-ci", "@P@/.gitlab-ci.yml", '''stages: [test, deploy]

variables:
  DOCKER_DRIVER: overlay2
  FLY_API_TOKEN: "«p|flyio:macaroon-token|FlyV1 fm2_{s:200}»"
  INFRACOST: «p|infracost:api-key|ico-{a:32}»
  CODECOV_TOKEN: $CODECOV_TOKEN

test:
  image: node:20
  script:
    - npm ci
    - npm test -- --coverage
    - curl -Os https://uploader.codecov.io/latest/linux/codecov && ./codecov -t «p|codecov:token|{u:0}»

deploy:
  stage: deploy
  only: [main]
  script:
    - flyctl deploy --remote-only --image-label «d|git-sha|{h:40}»
''')

t("circleci", "@P@/.circleci/config.yml", '''version: 2.1
orbs:
  node: circleci/node@5
jobs:
  e2e:
    docker:
      - image: cypress/included:13.6.0
        auth:
          username: @P@ci
          password: «p|docker:hub-pat|dckr_pat_{b:27}»
    environment:
      CYPRESS_PROJECT_ID: «d|project-id|{l:6}»
    steps:
      - checkout
      - run: npx cypress run --record --key «p|cypress:record-key|{u:0}»
      - run: npx percy exec -- echo done
workflows:
  main:
    jobs: [e2e]
''')

t("bitbucket-pipelines", "@P@/bitbucket-pipelines.yml", '''image: python:3.12
pipelines:
  default:
    - step:
        name: test
        caches: [pip]
        script:
          - pip install -r requirements.txt
          - pytest -q
  branches:
    main:
      - step:
          name: publish
          script:
            - pip install twine
            - twine upload -u __token__ -p «p|pypi:api-token|pypi-AgEIcHlwaS5vcmc{b:140}» dist/*
            - pipe: atlassian/slack-notify:2.1.0
              variables:
                WEBHOOK_URL: «p|slack:webhook-url|https://hooks.slack.com/services/T{U:8}/B{U:10}/{a:24}»
                MESSAGE: "released «d|version|1.{d:1}.{d:2}»"
''')

t("supervisor", "@P@/deploy/supervisord.conf", '''[program:@P@-worker]
command=/srv/@P@/venv/bin/celery -A @P@ worker -l info
directory=/srv/@P@
user=@P@
autostart=true
autorestart=true
environment=CELERY_BROKER_URL="«p|redis:password|redis://:{a:24}@10.0.3.7:6379/0»",DJANGO_SETTINGS_MODULE="@P@.settings.production",MAILGUN="«p|mailgun:api-key|{h:32}-{h:8}-{h:8}»"
stdout_logfile=/var/log/@P@/worker.log

[program:@P@-beat]
command=/srv/@P@/venv/bin/celery -A @P@ beat
environment=CELERY_BROKER_URL="redis://localhost:6379/0"
''')

t("streamlit-secrets", "@P@/.streamlit/secrets.toml", '''# streamlit secrets (local)
[connections.snowflake]
account = "«d|account-locator|{U:7}-{U:7}»"
user = "ANALYST"
password = "«p|snowflake:password|{a:20}»"
warehouse = "COMPUTE_WH"

[llm]
groq = "«p|groq:api-key|gsk_{a:52}»"
model = "llama-3.3-70b-versatile"
tavily = "«p|tavily:api-key|tvly-dev-{a:32}»"

[langfuse]
public_key = "«d|public-key|pk-lf-{u:0}»"
secret_key = "«p|langfuse:secret-key|sk-lf-{u:0}»"
host = "https://cloud.langfuse.com"
''')

t("langchain-app", "@P@/agents/research.py", '''"""Research agent: search, read, summarise."""
import os

from langchain_community.tools.tavily_search import TavilySearchResults
from langchain_mistralai import ChatMistralAI
from langchain_cohere import CohereRerank

llm = ChatMistralAI(model="mistral-large-latest", api_key="«p|mistral:api-key|{a:32}»", temperature=0)
rerank = CohereRerank(cohere_api_key=os.environ.get("COHERE_API_KEY", "«p|cohere:api-key|{a:40}»"), top_n=5)
search = TavilySearchResults(max_results=5)

EMBED_CACHE = "«d|cache-digest|{h:64}»"
RUN_ID = "«d|run-id|{u:0}»"


def xai_client():
    from openai import OpenAI
    return OpenAI(base_url="https://api.x.ai/v1", api_key="«p|xai:api-key|xai-{a:80}»")


def perplexity(q):
    import requests
    return requests.post("https://api.perplexity.ai/chat/completions",
                         headers={"Authorization": "Bearer «p|perplexity:api-key|pplx-{a:48}»"},
                         json={"model": "sonar", "messages": [{"role": "user", "content": q}]}).json()
''')

t("bolt-slack-app", "@P@/bot/app.js", '''const { App } = require('@slack/bolt');

const app = new App({
  token: '«p|slack:bot-token|xoxb-{d:11}-{d:13}-{a:24}»',
  appToken: '«p|slack:app-token|xapp-1-A{U:10}-{d:13}-{h:64}»',
  socketMode: true,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

const CHANNEL = '«d|channel-id|C{U:10}»';
const TEAM = '«d|team-id|T{U:8}»';

app.command('/deploy', async ({ ack, respond }) => {
  await ack();
  await respond(`deploying to ${CHANNEL}`);
});

(async () => {
  await app.start();
  console.log('bolt app running');
})();
''')

t("discord-bot", "@P@/bot/config.json", '''{
  "prefix": "!",
  "token": "«p|discord:bot-token|MT{b:24}.{b:6}.{b:38}»",
  "applicationId": "«d|application-id|{d:19}»",
  "publicKey": "«d|public-key|{h:64}»",
  "guilds": ["«d|guild-id|{d:19}»"],
  "logWebhook": "«p|discord:webhook-url|https://discord.com/api/webhooks/{d:19}/{b:68}»",
  "twitch": { "clientId": "«d|client-id|{l:30}»", "clientSecret": "«p|twitch:client-secret|{l:30}»" }
}
''')

t("twitch-chatbot", "@P@/chatbot/.env.example", '''# copy to .env and fill in. The values below are from my test channel, rotate before go-live
TWITCH_USERNAME=@P@_bot
TWITCH_OAUTH=«p|twitch:chat-oauth-token|oauth:{l:30}»
TWITCH_CHANNEL=@P@
SPOTIFY_CLIENT_ID=«d|client-id|{h:32}»
SPOTIFY_CLIENT_SECRET=«p|spotify:client-secret|{h:32}»
SPOTIFY_REFRESH=«p|spotify:refresh-token|AQ{b:130}»
OBS_PASSWORD=<your obs websocket password>
''')

t("puppeteer-scraper", "@P@/scraper/crawl.mjs", '''import puppeteer from 'puppeteer';

const PROXY = 'http://gate.proxy.example.net:7000';
const proxyAuth = { username: 'user-@P@-country-de', password: '«p|proxy:password|{a:14}»' };
const SERP = '«p|serpapi:api-key|{h:64}»';
const APIFY = new URL('https://api.apify.com/v2/acts/apify~web-scraper/runs?token=«p|apify:api-token|apify_api_{a:36}»');

export async function crawl(urls) {
  const browser = await puppeteer.launch({ args: [`--proxy-server=${PROXY}`] });
  const page = await browser.newPage();
  await page.authenticate(proxyAuth);
  for (const u of urls) {
    await page.goto(u, { waitUntil: 'networkidle2' });
  }
  await browser.close();
}

// session fingerprint seen in logs: «d|fingerprint|{h:40}»
''')

t("mollie-webhook", "@P@/payments/mollie.ts", '''import createMollieClient from '@mollie/api-client';
import express from 'express';

const mollie = createMollieClient({ apiKey: process.env.NODE_ENV === 'production' ? '«p|mollie:api-key|live_{a:30}»' : '«p|mollie:test-key|test_{a:30}»' });
const router = express.Router();

router.post('/webhooks/mollie', async (req, res) => {
  const payment = await mollie.payments.get(req.body.id);
  if (payment.isPaid()) {
    await markPaid(payment.metadata.orderId);
  }
  res.sendStatus(200);
});

export const PROFILE = '«d|profile-id|pfl_{a:10}»';
export const SAMPLE_PAYMENT = '«d|payment-id|tr_{a:10}»';
export default router;
''')

t("checkout-integration", "@P@/payments/checkout_client.py", '''import requests

CKO_BASE = "https://api.sandbox.checkout.com"


class CheckoutClient:
    def __init__(self, sk="«p|checkoutcom:secret-key|sk_sbox_{l:26}{L:1}»", pk="«d|public-key|pk_sbox_{l:26}{L:1}»"):
        self.s = requests.Session()
        self.s.headers["Authorization"] = sk
        self.pk = pk

    def pay(self, token, amount):
        return self.s.post(CKO_BASE + "/payments", json={"source": {"type": "token", "token": token}, "amount": amount, "currency": "EUR"}).json()


XENDIT = ("xendit", "«p|xendit:secret-key|xnd_development_{a:60}»")
GOCARDLESS = {"gocardless": "«p|gocardless:sandbox-token|sandbox_{b:40}»"}
''')

t("meltano", "@P@/analytics/meltano.yml", '''version: 1
default_environment: prod
project_id: «d|project-id|{u:0}»
plugins:
  extractors:
    - name: tap-stripe
      config:
        account_id: «d|account-id|acct_{a:16}»
        client_secret: «p|stripe:restricted-key|rk_live_51{a:97}»
        start_date: "2024-01-01T00:00:00Z"
    - name: tap-amplitude
      config:
        api_key: «d|api-key-public|{h:32}»
        secret_key: «p|amplitude:secret-key|{h:32}»
  loaders:
    - name: target-postgres
      config:
        sqlalchemy_url: «p|postgres:password|postgresql://loader:{a:20}@warehouse.internal:5432/raw»
''')

t("n8n-export", "@P@/automation/workflow.json", '''{
  "name": "@P@ intake",
  "nodes": [
    { "parameters": { "path": "intake", "httpMethod": "POST" }, "name": "Webhook", "type": "n8n-nodes-base.webhook", "webhookId": "«d|webhook-id|{u:0}»" },
    {
      "parameters": {
        "url": "https://api.airtable.com/v0/«d|base-id|app{a:14}»/Leads",
        "sendHeaders": true,
        "headerParameters": { "parameters": [ { "name": "Authorization", "value": "Bearer «p|airtable:personal-access-token|pat{a:14}.{h:64}»" } ] }
      },
      "name": "Airtable", "type": "n8n-nodes-base.httpRequest"
    },
    { "parameters": { "authentication": "headerAuth", "url": "https://api.clickup.com/api/v2/list/«d|list-id|{d:9}»/task", "headerValue": "«p|clickup:personal-token|pk_{d:8}_{U:32}»" }, "name": "ClickUp", "type": "n8n-nodes-base.httpRequest" }
  ],
  "versionId": "«d|version-id|{u:0}»"
}
''')

t("readme-curl", "@P@/docs/api-quickstart.md", '''# Quickstart

Every request needs your key in the `Authorization` header. The example below uses
the documentation key; it is not valid.

```bash
curl https://api.@P@.example.org/v1/ping -H "Authorization: Bearer «d|docs-example|sk_test_4eC39HqLyjWDarjtT1zdp7dc»"
```

For the staging cluster the team shares one key (ask in #platform before rotating):

```bash
export VOICEFLOW=«p|voiceflow:api-key|VF.DM.{h:24}.{a:16}»
curl -H "Authorization: $VOICEFLOW" https://general-runtime.voiceflow.com/state/user/alice/interact
```

Your key looks like `«d|placeholder|VF.DM.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxx»`.
The build of these docs is «d|git-sha|{h:40}».
''')

t("ci-log-issue", "@P@/notes/issue-1234-log.txt", '''Deploy fails on main since yesterday, log below (--verbose):

2025-11-03T10:14:02.441Z  INFO  resolving stack @P@/prod
2025-11-03T10:14:02.902Z  DEBUG pulumi login --cloud-url https://api.pulumi.com (token «p|pulumi:access-token|pul-{h:40}»)
2025-11-03T10:14:03.118Z  DEBUG GET https://api.neon.tech/api/v2/projects headers={'Authorization': 'Bearer «p|neon:api-key|napi_{l:64}»'}
2025-11-03T10:14:03.770Z  WARN  retrying request id=«d|request-id|{u:0}»
2025-11-03T10:14:04.001Z  ERROR 401 Unauthorized from https://api.neon.tech
2025-11-03T10:14:04.002Z  INFO  commit «d|git-sha|{h:40}»
''')

t("dockerfile-args", "@P@/docker/Dockerfile.build", '''FROM node:20-alpine AS build
ARG NPM_TOKEN=«p|npm:access-token|npm_{a:36}»
ARG SENTRY_ORG=@P@
ARG CONVEX_DEPLOY_KEY
WORKDIR /src
COPY package*.json .npmrc ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npx convex deploy --cmd 'npm run build'

FROM nginx:1.27-alpine
LABEL org.opencontainers.image.revision=«d|git-sha|{h:40}»
ENV TRIGGER_SECRET_KEY=«p|triggerdev:secret-key|tr_prod_{a:20}»
COPY --from=build /src/dist /usr/share/nginx/html
''')

t("compose-buildargs", "@P@/docker-compose.override.yml", '''services:
  api:
    build:
      context: .
      args:
        - GITBOOK_TOKEN=«p|gitbook:api-token|gb_api_{a:40}»
    environment:
      DATABASE_URL: «p|postgres:password|postgres://api:{a:20}@db:5432/api»
      UNKEY_ROOT: «p|unkey:root-key|unkey_{a:24}»
      UNKEY_API_ID: «d|api-id|api_{a:16}»
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres
  portainer:
    image: portainer/agent:2.21.0
    environment:
      AGENT_SECRET: «p|portainer:agent-secret|{a:32}»
''')

t("firmware-config", "@P@/firmware/src/secrets.h", '''#pragma once
/* Generated by tools/provision.py for unit 0042. Do not commit. (It was.) */
#define WIFI_SSID        "@P@-iot"
#define WIFI_PSK         "«p|wifi:psk|{a:16}»"
#define MQTT_HOST        "mqtt.@P@.example.org"
#define MQTT_PASS        "«p|mqtt:password|{a:20}»"
#define ADAFRUIT_IO_KEY  "«p|adafruit:io-key|aio_{a:28}»"
#define DEVICE_UUID      "«d|device-uuid|{u:0}»"
#define FW_SHA           "«d|fw-hash|{h:40}»"

static const char OTA_SIGNING_KEY[] = "«e|ota:private-key|PEM_EC»";
''')

t("vscode-settings", "@P@/.vscode/settings.json", '''{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "rest-client.environmentVariables": {
    "$shared": { "version": "v2" },
    "staging": {
      "host": "https://staging.@P@.example.org",
      "token": "«p|@P@:bearer-token|{b:48}»"
    }
  },
  "sqltools.connections": [
    { "name": "prod ro", "driver": "PostgreSQL", "server": "db.internal", "username": "ro", "password": "«p|postgres:password|{a:18}»" }
  ],
  "wakatime.apiKey": "«p|wakatime:api-key|waka_{u:0}»",
  "github.copilot.advanced": { "debug.testOverrideProxyUrl": "" },
  "workbench.colorCustomizations": { "statusBar.background": "#«d|color|{h:6}»" }
}
''')

t("bruno-collection", "@P@/api-collection/environments/prod.bru", '''vars {
  baseUrl: https://api.@P@.example.org
  tenant: «d|tenant-id|{u:0}»
  shopify_store: @P@-store.myshopify.com
  shopifyAdmin: «p|shopify:admin-token|shpat_{h:32}»
  typeform: «p|typeform:personal-access-token|tfp_{b:44}_{b:14}»
}
vars:secret [
  apiKey
]
''')

t("argo-app", "@P@/gitops/apps/@P@.yaml", '''apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: @P@
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://github.com/acme/@P@-deploy.git
    targetRevision: «d|git-sha|{h:40}»
    path: overlays/prod
    helm:
      parameters:
        - name: hasura.adminSecret
          value: «p|hasura:admin-secret|{a:8}-{a:12}-{a:10}»
        - name: replicate.token
          value: «p|replicate:api-token|r8_{a:37}»
  destination:
    server: https://kubernetes.default.svc
    namespace: @P@
---
apiVersion: v1
kind: Secret
metadata:
  name: @P@-runtime
type: Opaque
data:
  DEEPGRAM_KEY: «b|deepgram:api-key|{h:40}»
  MODAL_TOKEN_SECRET: «b|modal:token-secret|as-{a:22}»
  MODAL_TOKEN_ID: «d|token-id-b64|YWstT{a:26}»
''')

t("terraform-vars", "@P@/infra/prod.auto.tfvars", '''region              = "eu-central-1"
instance_type       = "t3.large"
cloudflare_zone_id  = "«d|zone-id|{h:32}»"
fastly_api_key      = "«p|fastly:api-token|{b:32}»"
datadog_app_key     = "«p|datadog:app-key|{h:40}»"
aws_account_id      = "«d|account-id|{d:12}»"
okta_org            = "@P@"
okta_token          = "«p|okta:api-token|00{b:40}»"
tags = {
  owner = "platform"
}
''')

t("ssh-deploy-script", "@P@/scripts/deploy.sh", '''#!/usr/bin/env bash
# one-off deploy from a laptop: key inlined so the CI runner can use it
set -euo pipefail
HOST=deploy@10.0.1.15
mkdir -p ~/.ssh
cat > ~/.ssh/deploy_key <<'EOF'
«p|ssh:private-key|PEM_RSA»
EOF
chmod 600 ~/.ssh/deploy_key
echo "«d|known-host|10.0.1.15 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{s:43}»" >> ~/.ssh/known_hosts
rsync -az -e "ssh -i ~/.ssh/deploy_key" dist/ "$HOST":/srv/@P@/
curl -fsS -X POST "https://api.rollbar.com/api/1/deploy" -F access_token=«p|rollbar:access-token|{h:32}» -F environment=production -F revision=«d|git-sha|{h:40}»
''')

t("pytest-fixture", "@P@/tests/conftest.py", '''import pytest

# recorded against the sandbox account; these are test credentials, not prod
FAKE_CARD = "4242424242424242"


@pytest.fixture
def lob_client():
    import lob
    lob.api_key = "«p|lob:test-secret-key|test_{h:35}»"
    return lob


@pytest.fixture
def easypost():
    import easypost
    return easypost.EasyPostClient("«p|easypost:test-api-key|EZTK{h:54}»")


@pytest.fixture
def ids():
    return {"shipment": "«d|shipment-id|shp_{h:32}»", "request_id": "«d|request-id|{u:0}»", "address": "«d|address-id|adr_{h:32}»"}


@pytest.fixture
def fake_token():
    return "«d|placeholder|test-token-not-real»"
''')

t("electron-main", "@P@/desktop/main.js", '''const { app, BrowserWindow, autoUpdater } = require('electron');

const FEED = 'https://update.@P@.example.org/update/' + process.platform + '/' + app.getVersion();
autoUpdater.setFeedURL({ url: FEED, headers: { Authorization: 'token «p|github:pat-classic|ghp_{a:36}»' } });

const bugsnag = require('@bugsnag/electron');
bugsnag.start({ apiKey: '«d|notifier-key|{h:32}»' });

const analytics = { key: '«d|write-key-public|{a:32}»', endpoint: 'https://events.@P@.example.org' };

function createWindow() {
  const win = new BrowserWindow({ width: 1200, height: 800 });
  win.loadFile('index.html');
}
app.whenReady().then(createWindow);
''')

t("browser-extension", "@P@/extension/background.js", '''// service worker of the @P@ clipper
const API = 'https://api.notion.com/v1/pages';
const NOTION = { version: '2022-06-28', auth: '«p|notion:integration-token|ntn_{d:11}{a:35}»' };
const DB = '«d|database-id|{h:32}»';

chrome.action.onClicked.addListener(async (tab) => {
  await fetch(API, {
    method: 'POST',
    headers: { 'Authorization': `Bearer ${NOTION.auth}`, 'Notion-Version': NOTION.version, 'Content-Type': 'application/json' },
    body: JSON.stringify({ parent: { database_id: DB }, properties: { Name: { title: [{ text: { content: tab.title } }] } } }),
  });
});

chrome.runtime.onInstalled.addListener(() => chrome.storage.local.set({ figma: '«p|figma:personal-access-token|figd_{b:40}»' }));
''')

t("jetbrains-datasource", "@P@/.idea/dataSources.local.xml", '''<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="IU-243.21565.193">
    <data-source name="prod@mongo" uuid="«d|datasource-uuid|{u:0}»">
      <database-info product="MongoDB" version="7.0.14" />
      <secret-storage>master_key</secret-storage>
      <user-name>admin</user-name>
      <url>«p|mongodb:password|mongodb+srv://admin:{a:16}@cluster0.{l:5}.mongodb.net/?retryWrites=true»</url>
    </data-source>
    <data-source name="planetscale" uuid="«d|datasource-uuid|{u:0}»">
      <url>jdbc:mysql://aws.connect.psdb.cloud/@P@?sslMode=VERIFY_IDENTITY</url>
      <user-name>«d|username|{l:12}»</user-name>
      <password>«p|planetscale:database-password|pscale_pw_{b:43}»</password>
    </data-source>
  </component>
</project>
''')

t("shopify-app-toml", "@P@/shopify.app.toml", '''# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "«d|client-id|{h:32}»"
name = "@P@-sync"
application_url = "https://@P@.example.org"
embedded = true

[access_scopes]
scopes = "read_orders,write_products"

[webhooks]
api_version = "2024-10"

[auth]
redirect_urls = ["https://@P@.example.org/auth/callback"]

[build]
dev_store_url = "@P@-dev.myshopify.com"
# TODO move to env before publishing
api_secret = "«p|shopify:api-secret-key|shpss_{h:32}»"
''')

t("github-app-env", "@P@/probot/.env", '''APP_ID=«d|app-id|{d:6}»
WEBHOOK_SECRET=«p|github:webhook-secret|{h:40}»
GITHUB_CLIENT_ID=«d|client-id|Iv23li{a:14}»
GITHUB_CLIENT_SECRET=«p|github:oauth-app-client-secret|{h:40}»
PRIVATE_KEY="«p|github:app-private-key|PEM_RSA»"
LOG_LEVEL=debug
''')

t("aws-credentials", "@P@/ops/aws/credentials", '''[default]
region = eu-west-1

[@P@-prod]
aws_access_key_id = «p|aws:access-key-id|AKIA{Z:16}»
aws_secret_access_key = «p|aws:secret-access-key|{s:40}»

[@P@-sso]
sso_start_url = https://@P@.awsapps.com/start
sso_account_id = «d|account-id|{d:12}»
sso_role_name = ReadOnly

[example]
aws_access_key_id = «d|docs-example|AKIAIOSFODNN7EXAMPLE»
aws_secret_access_key = «d|docs-example|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»
''')

t("postfix-sasl", "@P@/mail/sasl_passwd", '''# postmap /etc/postfix/sasl_passwd
[smtp.postmarkapp.com]:587    «d|username-token-as-user|{u:0}»:«p|postmark:api-token|{u:0}»
[smtp.mailgun.org]:587        postmaster@mg.@P@.example.org:«p|mailgun:smtp-password|{h:32}-{h:8}-{h:8}»
''')

t("symfony-env", "@P@/.env.local", '''###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET=«p|symfony:app-secret|{h:32}»
###< symfony/framework-bundle ###

###> symfony/mailer ###
MAILER_DSN=«p|brevo:smtp-key|smtp://ops%40@P@.example.org:xsmtpsib-{h:64}-{a:16}@smtp-relay.brevo.com:587»
###< symfony/mailer ###

###> lexik/jwt-authentication-bundle ###
JWT_PASSPHRASE=«p|symfony:jwt-passphrase|{h:32}»
JWT_PUBLIC_KEY=%kernel.project_dir%/config/jwt/public.pem
###< lexik/jwt-authentication-bundle ###
MERCURE_JWT_SECRET="!ChangeThisMercureHubJWTSecretKey!"
''')

t("airflow-dag", "@P@/dags/sync_crm.py", '''from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator

ZENDESK = ("support@@P@.example.org/token", "«p|zendesk:api-token|{a:40}»")
INTERCOM_TOKEN = "«p|intercom:access-token|dG9rOj{s:54}=»"


def pull(**ctx):
    import requests
    r = requests.get("https://@P@.zendesk.com/api/v2/tickets.json", auth=ZENDESK)
    r.raise_for_status()


with DAG("sync_crm", start_date=datetime(2025, 1, 1), schedule="@hourly", catchup=False,
         tags=["crm", "«d|owner-id|{u:0}»"]) as dag:
    PythonOperator(task_id="pull", python_callable=pull)
''')

t("quarkus-props", "@P@/src/main/resources/application.properties", '''quarkus.http.port=8080
quarkus.datasource.db-kind=postgresql
quarkus.datasource.username=@P@
quarkus.datasource.password=«p|postgres:password|{a:20}»
quarkus.datasource.jdbc.url=jdbc:postgresql://db:5432/@P@
quarkus.oidc.auth-server-url=https://@P@.okta.com/oauth2/default
quarkus.oidc.client-id=«d|client-id|0oa{a:17}»
quarkus.oidc.credentials.secret=«p|okta:client-secret|{b:40}»
%dev.quarkus.oidc.credentials.secret=dev-secret
mp.messaging.outgoing.events.connector=smallrye-kafka
kafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«d|kafka-key|{U:16}»" password="«p|confluent:api-secret|{b:64}»";
''')

t("minecraft-server", "@P@/server/server.properties", '''#Minecraft server properties
enable-rcon=true
rcon.port=25575
rcon.password=«p|minecraft:rcon-password|{a:14}»
server-port=25565
motd=@P@ survival
level-seed=«d|seed|{d:18}»
enable-query=false
online-mode=true
''')

t("wireguard", "@P@/vpn/wg0.conf", '''[Interface]
Address = 10.8.0.1/24
ListenPort = 51820
PrivateKey = «p|wireguard:private-key|{s:42}A=»

[Peer]
# laptop
PublicKey = «d|public-key|{s:42}E=»
AllowedIPs = 10.8.0.2/32

[Peer]
# phone
PublicKey = «d|public-key|{s:42}Q=»
PresharedKey = «p|wireguard:preshared-key|{s:42}g=»
AllowedIPs = 10.8.0.3/32
''')


# HubSpot in depth (shared/design/hubspot-credentials.md)
HS = []


def hs(path, text):
    HS.append(path and ("hubspot", path, text))


hs("hubspot/@P@-theme/hubspot.config.yml", '''defaultPortal: @P@-prod
portals:
  - name: @P@-prod
    portalId: «d|portal-id|{d:8}»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «p|hubspot:personal-access-key|HSPAK_NA1»
    auth:
      tokenInfo:
        accessToken: >-
          «p|hubspot:oauth-access-token|CN{b:40}AAAAAAAAAAJ{b:60}»
        expiresAt: '2025-11-05T10:21:33.118Z'
  - name: @P@-sandbox
    portalId: «d|portal-id|{d:8}»
    authType: personalaccesskey
    personalAccessKey: «p|hubspot:personal-access-key|HSPAK_EU1»
''')

hs("hubspot/@P@-sync/src/client.ts", '''import { Client } from '@hubspot/api-client';

// private app "@P@ sync" (contacts read/write)
const hubspot = new Client({ accessToken: '«p|hubspot:private-app-token|pat-na1-{u:0}»' });
const PORTAL = «d|portal-id|{d:8}»;
const SIGNUP_FORM = '«d|form-guid|{u:0}»';

export async function upsert(email: string) {
  return hubspot.crm.contacts.basicApi.create({ properties: { email } });
}
export const formEmbed = { portalId: String(PORTAL), formId: SIGNUP_FORM, region: 'eu1' };
''')

hs("hubspot/@P@-legacy/sync_contacts.php", '''<?php
// old cron job, still runs on the marketing box
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=«p|hubspot:legacy-api-key|{u:0}»&count=100";
$json = json_decode(file_get_contents($url), true);
$portal = «d|portal-id|{d:7}»;
$requestId = "«d|request-id|{u:0}»";
foreach ($json['contacts'] as $c) {
    echo $c['vid'], PHP_EOL;
}
''')

hs("hubspot/@P@-app/webhooks.py", '''import requests

DEVELOPER = {"hubspot": "«p|hubspot:developer-api-key|na1-{h:4}-{h:4}-{h:4}-{h:4}-{h:12}»"}
APP_ID = «d|app-id|{d:7}»
CLIENT_ID = "«d|client-id|{u:0}»"
CLIENT_SECRET = "«p|hubspot:client-secret|{u:0}»"


def subscribe(event):
    return requests.post(
        "https://api.hubapi.com/webhooks/v3/%d/subscriptions" % APP_ID,
        params={"hapikey": DEVELOPER["hubspot"]},
        json={"eventType": event, "active": True},
    )
''')

hs("hubspot/@P@-site/landing.html", '''<!doctype html>
<html>
<head><title>@P@ demo</title></head>
<body>
<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "eu1",
    portalId: "«d|portal-id|{d:8}»",
    formId: "«d|form-guid|{u:0}»"
  });
</script>
<!-- tracking code only, no credentials here: «d|tracking-id|{d:8}» -->
</body>
</html>
''')

hs("hubspot/@P@-etl/.env", '''HUBSPOT_PORTAL_ID=«d|portal-id|{d:8}»
HUBSPOT_ACCESS_TOKEN=«p|hubspot:private-app-token|pat-eu1-{u:0}»
HUBSPOT_REFRESH_TOKEN=«p|hubspot:refresh-token|eu1-{h:4}-{h:4}-{h:4}-{h:4}-{h:12}»
HUBSPOT_CLIENT_ID=«d|client-id|{u:0}»
HUBSPOT_EXAMPLE_TOKEN=«d|placeholder|pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»
''')


def build(Doc, fill, R):
    docs = []
    for kind, path, text in T:
        for proj in PROJECTS:
            p = "repos/" + path.replace("@P@", proj).replace("/.github/ISSUE_TEMPLATE/../", "/")
            doc = Doc(p, "repos", kind)
            docs.append((doc, fill(doc, "generic", text.replace("@P@", proj))))
    for kind, path, text in HS:
        for proj in PROJECTS[:1] if "landing" in path or "legacy" in path else PROJECTS:
            p = "repos/" + path.replace("@P@", proj)
            doc = Doc(p, "repos", "hubspot-" + path.rsplit("/", 1)[1].replace(".", "-"))
            docs.append((doc, fill(doc, "hubspot", text.replace("@P@", proj))))
    return docs
