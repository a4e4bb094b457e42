"""repos/: whole files as committed in ~30 project kinds x 3 variants, written blind."""
import base64
import formats13 as F
from formats13 import expand, uuid, HEX, HEXU, AN, ANL, ANU, B64, URL


def pw(rng):
    return expand([(AN, 10), "!", (AN, 6)], rng)


def pem(rng):
    body = "\n".join(expand([(B64, 64)], rng) for _ in range(12))
    return "-----BEGIN RSA PRIVATE KEY-----\n%s\n-----END RSA PRIVATE KEY-----" % body


def browser_ext(d, r):
    return ('{\n  "manifest_version": 3,\n  "name": "Tab Notes",\n  "version": "1.3.%d",\n  "key": "%s",\n'
            '  "oauth2": { "client_id": "%s", "scopes": ["openid"] },\n  "background": { "service_worker": "background.js" }\n}\n') % (
        r.randrange(9), d.dec("google", "extension-public-key", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + expand([(B64, 300)], r)),
        d.dec("google", "client-id", expand([("0123456789", 12), "-", (ANL, 32), ".apps.googleusercontent.com"], r)))


def ext_background(d, r):
    return ("// background.js\nconst API = 'https://api.openai.com/v1/chat/completions';\nconst KEY = '%s';\n\n"
            "chrome.runtime.onMessage.addListener(async (msg, sender, reply) => {\n  const res = await fetch(API, {\n"
            "    method: 'POST',\n    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` },\n"
            "    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: msg.text }] }),\n  });\n"
            "  reply(await res.json());\n  return true;\n});\n") % d.pos("openai", "project-key", expand(F.KNOWN["openai"][1][0][1], r))


def notebook(d, r):
    key = expand(F.KNOWN["huggingface"][1][0][1], r)
    return ('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 3,\n   "metadata": {},\n   "outputs": [\n'
            '    { "name": "stdout", "output_type": "stream", "text": ["Logged in as acme-ml\\n", "token: %s\\n"] }\n   ],\n'
            '   "source": ["from huggingface_hub import login\\n", "login(token=\\"%s\\")"]\n  },\n'
            '  { "cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": ["run_id = \\"%s\\""] }\n'
            ' ],\n "metadata": { "kernelspec": { "name": "python3" } },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n') % (
        d.dec("huggingface", "masked", key[:5] + "*" * 12), d.pos("huggingface", "user-token", key), d.dec("generic", "run-id", expand([(HEX, 32)], r)))


def salesforce(d, r):
    return ("# Salesforce connector\nsalesforce:\n  instance_url: https://acme.my.salesforce.com\n  username: integration@acme.example\n"
            "  password: %s\n  security_token: %s\n  consumer_key: %s\n  consumer_secret: %s\n  api_version: '60.0'\n") % (
        d.pos("generic", "password", pw(r)), d.pos("salesforce", "security-token", expand([(AN, 25)], r)),
        d.dec("salesforce", "consumer-key", "3MVG9" + expand([(URL, 80)], r)), d.pos("salesforce", "consumer-secret", expand([(HEXU, 64)], r)))


def vscode(d, r):
    return ('{\n  "editor.formatOnSave": true,\n  "python.defaultInterpreterPath": ".venv/bin/python",\n'
            '  "rest-client.environmentVariables": {\n    "prod": { "host": "https://api.acme.example", "token": "%s" }\n  },\n'
            '  "sqltools.connections": [ { "driver": "PostgreSQL", "server": "db.acme.internal", "username": "app", "password": "%s" } ],\n'
            '  "files.exclude": { "**/.git": true }\n}\n') % (d.pos("generic", "bearer-token", expand([(URL, 48)], r)), d.pos("generic", "password", pw(r)))


def jetbrains(d, r):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<project version="4">\n  <component name="RunManager">\n'
            '    <configuration name="api" type="Application">\n      <envs>\n        <env name="SPRING_PROFILES_ACTIVE" value="dev" />\n'
            '        <env name="STRIPE_SECRET_KEY" value="%s" />\n        <env name="STRIPE_PUBLISHABLE_KEY" value="%s" />\n'
            '      </envs>\n    </configuration>\n  </component>\n</project>\n') % (
        d.pos("stripe", "secret-key", "sk_live_" + expand([(AN, 99)], r)), d.dec("stripe", "publishable-key", "pk_live_" + expand([(AN, 99)], r)))


def postman(d, r):
    return ('{\n  "info": { "_postman_id": "%s", "name": "Payments API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },\n'
            '  "auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "%s", "type": "string" } ] },\n'
            '  "item": [ { "name": "list charges", "request": { "method": "GET", "url": "https://api.stripe.com/v1/charges?limit=3" } } ]\n}\n') % (
        d.dec("postman", "collection-id", uuid(r)), d.pos("stripe", "restricted-key", "rk_live_" + expand([(AN, 99)], r)))


def bruno(d, r):
    return ("meta {\n  name: create issue\n  type: http\n  seq: 2\n}\n\npost {\n  url: https://gitlab.acme.example/api/v4/projects/42/issues\n  body: json\n  auth: none\n}\n\n"
            "headers {\n  PRIVATE-TOKEN: %s\n}\n\nbody:json {\n  { \"title\": \"from bruno\" }\n}\n") % d.pos("gitlab", "pat", "glpat-" + expand([(URL, 20)], r))


def hoppscotch(d, r):
    return ('[\n  {\n    "v": 2,\n    "name": "Slack",\n    "requests": [\n      {\n        "name": "post message",\n        "endpoint": "https://slack.com/api/chat.postMessage",\n'
            '        "method": "POST",\n        "auth": { "authType": "bearer", "authActive": true, "token": "%s" },\n        "headers": []\n      }\n    ]\n  }\n]\n') % (
        d.pos("slack", "bot-token", expand(F.KNOWN["slack"][1][0][1], r)))


def httpie(d, r):
    return ('{\n  "default_options": ["--style=monokai"],\n  "auth": "deploy:%s",\n  "plugins_dir": "~/.config/httpie/plugins"\n}\n') % d.pos("generic", "password", pw(r))


def helm_values(d, r):
    return ("replicaCount: 3\nimage:\n  repository: ghcr.io/acme/orders\n  tag: 2.8.1\n  digest: %s\nservice:\n  type: ClusterIP\n  port: 8080\n"
            "postgresql:\n  auth:\n    username: orders\n    password: %s\n    database: orders\nredis:\n  url: %s\nresources:\n  limits: { cpu: 500m, memory: 512Mi }\n") % (
        d.dec("docker", "image-digest", "sha256:" + expand([(HEX, 64)], r)), d.pos("generic", "password", pw(r)),
        d.secret("redis", "url-password", "redis://default:%s@redis-master.orders.svc:6379/0" % expand([(AN, 24)], r)))


def argocd(d, r):
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: private-repo\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: repository\n"
            "stringData:\n  type: git\n  url: https://github.com/acme/deploy-config\n  username: acme-bot\n  password: %s\n") % d.pos("github", "pat-classic", "ghp_" + expand([(AN, 36)], r))


def k8s_secret(d, r):
    a, b = expand([(AN, 32)], r), pw(r)
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\ntype: Opaque\ndata:\n  API_TOKEN: %s\n  DB_PASSWORD: %s\n  DB_USER: %s\n") % (
        d.b64("generic", "api-token", a), d.b64("generic", "password", b), base64.b64encode(b"orders").decode())


def pulumi(d, r):
    return ("config:\n  aws:region: eu-central-1\n  acme:dbPassword:\n    secure: %s\n  acme:datadogApiKey: %s\n  acme:instanceType: t3.medium\n") % (
        d.dec("pulumi", "encrypted-secret", "AAABA" + expand([(B64, 60)], r)), d.pos("datadog", "api-key", expand([(HEX, 32)], r)))


def ansible_inventory(d, r):
    return ("[web]\nweb1.acme.internal ansible_host=10.0.1.11\nweb2.acme.internal ansible_host=10.0.1.12\n\n[db]\ndb1.acme.internal ansible_user=admin ansible_password=%s\n\n"
            "[all:vars]\nansible_python_interpreter=/usr/bin/python3\nansible_become_pass=%s\n") % (d.pos("generic", "password", pw(r)), d.pos("generic", "password", pw(r)))


def firmware(d, r):
    return ("#pragma once\n/* board config for the greenhouse sensor, ESP32 */\n#define WIFI_SSID \"greenhouse-iot\"\n#define WIFI_PASSWORD \"%s\"\n"
            "#define MQTT_HOST \"mqtt.acme.example\"\n#define MQTT_PORT 8883\n#define MQTT_PASSWORD \"%s\"\n#define DEVICE_ID \"%s\"\n#define FW_SHA256 \"%s\"\n") % (
        d.pos("generic", "password", pw(r)), d.pos("generic", "password", expand([(AN, 20)], r)), d.dec("generic", "device-id", uuid(r)),
        d.dec("generic", "sha256", expand([(HEX, 64)], r)))


def discord_bot(d, r):
    return ("import discord\nfrom discord.ext import commands\n\nbot = commands.Bot(command_prefix='!', intents=discord.Intents.default())\nGUILD_ID = %s\n\n\n"
            "@bot.command()\nasync def ping(ctx):\n    await ctx.send('pong')\n\n\nbot.run('%s')\n") % (
        d.dec("discord", "guild-id", expand([("123456789", 1), ("0123456789", 18)], r)), d.pos("discord", "bot-token", expand(F.KNOWN["discord"][1][0][1], r)))


def telegram_bot(d, r):
    return ("const { Telegraf } = require('telegraf');\n\nconst bot = new Telegraf('%s');\nconst ADMIN_CHAT = %s;\n\n"
            "bot.start((ctx) => ctx.reply('hi'));\nbot.launch();\n") % (
        d.pos("telegram", "bot-token", expand(F.KNOWN["telegram"][1][0][1], r)), d.dec("telegram", "chat-id", "-100" + expand([("0123456789", 10)], r)))


def slack_bot(d, r):
    return ("from slack_bolt import App\n\napp = App(\n    token=\"%s\",\n    signing_secret=\"%s\",\n)\n\n\n@app.message(\"hello\")\ndef hi(message, say):\n    say(f\"hi <@{message['user']}>\")\n\n\n"
            "if __name__ == \"__main__\":\n    app.start(port=3000)\n") % (
        d.pos("slack", "bot-token", expand(F.KNOWN["slack"][1][0][1], r)), d.pos("slack", "signing-secret", expand([(HEX, 32)], r)))


def scraper(d, r):
    return ("import scrapy\n\nPROXY = \"%s\"\n\n\nclass PricesSpider(scrapy.Spider):\n    name = \"prices\"\n    start_urls = [\"https://shop.example.com/catalog\"]\n"
            "    custom_settings = {\"DOWNLOAD_DELAY\": 1.5, \"USER_AGENT\": \"Mozilla/5.0 (X11; Linux x86_64)\"}\n\n    def parse(self, response):\n"
            "        for p in response.css(\"div.product\"):\n            yield {\"sku\": p.attrib[\"data-sku\"], \"price\": p.css(\".price::text\").get()}\n") % (
        d.secret("generic", "proxy-url-password", "http://scraper:%s@proxy.example.net:8000" % expand([(AN, 18)], r)))


def payment(d, r):
    return ("<?php\n// checkout.php\nrequire 'vendor/autoload.php';\n\n\\Stripe\\Stripe::setApiKey('%s');\n$publishable = '%s';\n"
            "$endpointSecret = '%s';\n\n$session = \\Stripe\\Checkout\\Session::create([\n  'mode' => 'payment',\n  'success_url' => 'https://shop.example.com/ok',\n]);\n") % (
        d.pos("stripe", "secret-key", "sk_live_" + expand([(AN, 99)], r)), d.dec("stripe", "publishable-key", "pk_live_" + expand([(AN, 99)], r)),
        d.pos("stripe", "webhook-secret", "whsec_" + expand([(AN, 32)], r)))


def analytics(d, r):
    return ("# dbt profiles.yml\nanalytics:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: acme-eu1\n      user: DBT_SVC\n"
            "      password: %s\n      role: TRANSFORMER\n      warehouse: TRANSFORMING\n      database: ANALYTICS\n      schema: marts\n      threads: 8\n") % d.pos("generic", "password", pw(r))


def fixture(d, r):
    return ("import pytest\n\n# Fixture values: generated for tests, not real.\nTEST_USER_ID = \"%s\"\nTEST_SHA = \"%s\"\n\n\n@pytest.fixture\ndef client():\n"
            "    return ApiClient(base_url=\"http://localhost:8000\", api_key=\"test\")\n\n\ndef test_pagination(client):\n    assert client.list(page=2).next is None\n") % (
        d.dec("generic", "uuid", uuid(r)), d.dec("generic", "commit-sha", expand([(HEX, 40)], r)))


def ci_log(d, r):
    return ("### Steps to reproduce\n\nRunning the release job fails. Log:\n\n```\n+ docker login -u acme -p %s registry.acme.example\n"
            "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get \"https://registry.acme.example/v2/\": x509: certificate signed by unknown authority\n"
            "+ git rev-parse HEAD\n%s\n```\n\nAny ideas?\n") % (d.pos("generic", "password", pw(r)), d.dec("generic", "commit-sha", expand([(HEX, 40)], r)))


def compose_build(d, r):
    return ("services:\n  web:\n    build:\n      context: .\n      args:\n        NPM_TOKEN: %s\n        NODE_ENV: production\n    ports: [\"3000:3000\"]\n"
            "  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: %s\n      POSTGRES_DB: app\n") % (
        d.pos("npm", "access-token", "npm_" + expand([(AN, 36)], r)), d.pos("generic", "password", pw(r)))


def dockerfile_args(d, r):
    return ("FROM node:20-alpine AS build\nWORKDIR /src\nARG GITHUB_TOKEN=%s\nRUN echo \"//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\" > .npmrc && npm ci\nCOPY . .\n"
            "RUN npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /src/dist /usr/share/nginx/html\n") % d.pos("github", "pat-classic", "ghp_" + expand([(AN, 36)], r))


def deploy_key(d, r):
    return ("# deploy/ansible/files/id_rsa (committed by mistake)\n%s\n") % d.pos("privatekey", "rsa", pem(r))


def erp(d, r):
    return ("[odoo]\nurl = https://erp.acme.example\ndb = acme_prod\nusername = sync@acme.example\napi_key = %s\n\n[sap]\nhost = sap.acme.internal\nclient = 100\nuser = RFC_SYNC\npasswd = %s\n") % (
        d.pos("generic", "api-key", expand([(HEX, 40)], r)), d.pos("generic", "password", pw(r)))


def terraform_tfvars(d, r):
    return ("region        = \"eu-west-1\"\ninstance_type = \"t3.large\"\ndb_password   = \"%s\"\ncloudflare_api_token = \"%s\"\nzone_id       = \"%s\"\n") % (
        d.pos("generic", "password", pw(r)), d.pos("cloudflare", "api-token", expand([(URL, 40)], r)), d.dec("cloudflare", "zone-id", expand([(HEX, 32)], r)))


def spring(d, r):
    return ("spring:\n  datasource:\n    url: jdbc:postgresql://db.acme.internal:5432/orders\n    username: orders\n    password: %s\n  mail:\n    host: smtp.sendgrid.net\n"
            "    username: apikey\n    password: %s\nmanagement:\n  endpoints.web.exposure.include: health,info\n") % (
        d.pos("generic", "password", pw(r)), d.pos("sendgrid", "api-key", expand(F.KNOWN["sendgrid"][1][0][1], r)))


def gha_workflow(d, r):
    return ("name: nightly\non:\n  schedule: [{ cron: '0 2 * * *' }]\njobs:\n  export:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@%s\n"
            "      - run: python export.py\n        env:\n          AWS_ACCESS_KEY_ID: %s\n          AWS_SECRET_ACCESS_KEY: %s\n          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}\n") % (
        d.dec("github", "action-pin-sha", expand([(HEX, 40)], r)), d.dec("aws", "access-key-id", "AKIA" + expand([(ANU, 16)], r)),
        d.pos("aws", "secret-access-key", expand([(B64, 40)], r)))


KINDS = [("browser-ext/%s/manifest.json", browser_ext), ("browser-ext/%s/background.js", ext_background), ("notebooks/%s/train.ipynb", notebook),
         ("connectors/%s/salesforce.yml", salesforce), ("ide/%s/.vscode/settings.json", vscode), ("ide/%s/.idea/workspace.xml", jetbrains),
         ("collections/%s/payments.postman_collection.json", postman), ("collections/%s/create-issue.bru", bruno),
         ("collections/%s/hoppscotch-collections.json", hoppscotch), ("cli/%s/.config/httpie/config.json", httpie), ("helm/%s/values.yaml", helm_values),
         ("argocd/%s/repo-secret.yaml", argocd), ("k8s/%s/secret.yaml", k8s_secret), ("pulumi/%s/Pulumi.prod.yaml", pulumi),
         ("ansible/%s/inventory.ini", ansible_inventory), ("firmware/%s/include/secrets.h", firmware), ("bots/%s/discord_bot.py", discord_bot),
         ("bots/%s/telegram.js", telegram_bot), ("bots/%s/slack_app.py", slack_bot), ("scrapers/%s/spiders/prices.py", scraper),
         ("shop/%s/checkout.php", payment), ("analytics/%s/profiles.yml", analytics), ("tests/%s/conftest.py", fixture), ("issues/%s/ISSUE.md", ci_log),
         ("compose/%s/docker-compose.yml", compose_build), ("web/%s/Dockerfile", dockerfile_args), ("deploy/%s/id_rsa", deploy_key),
         ("erp/%s/sync.cfg", erp), ("infra/%s/terraform.tfvars", terraform_tfvars), ("services/%s/application-prod.yml", spring),
         ("ci/%s/.github/workflows/nightly.yml", gha_workflow)]
NAMES = ["atlas", "borealis", "cinder"]


def build(Doc, rng):
    docs = []
    for n in NAMES:
        for pattern, fn in KINDS:
            path = "repos/" + pattern % n
            d = Doc(path, "repos", fn.__name__.replace("_", "-"))
            docs.append((d, fn(d, rng)))
    return docs
