"""Tallowmere developers' tooling: editor configs, test harnesses, API clients, job queues."""
from tmpl25 import files

S = [
    ("repos/dotfiles-haruto/.config/nvim/lua/plugins/ai.lua", "nvim-plugin-lua", """return {
  {
    "olimorris/codecompanion.nvim",
    opts = {
      adapters = {
        anthropic = function()
          return require("codecompanion.adapters").extend("anthropic", {
            env = { api_key = "«P anthropic api-key sk-ant-api03-{url93}AA»" },
          })
        end,
      },
    },
  },
  { "robitx/gp.nvim", opts = { openai_api_key = { "cat", vim.fn.expand("~/.config/openai.key") } } },
}
"""),
    ("repos/dotfiles-casimir/.config/helix/languages.toml", "helix-languages", """[language-server.lsp-ai]
command = "lsp-ai"
[language-server.lsp-ai.config.models.model1]
type = "open_ai"
chat_endpoint = "https://api.groq.com/openai/v1/chat/completions"
model = "llama-3.3-70b-versatile"
auth_token = "«P groq api-key gsk_{an52}»"

[[language]]
name = "rust"
language-servers = ["rust-analyzer", "lsp-ai"]
"""),
    ("repos/tallowmere-legacy-php/sftp-config.json", "sublime-sftp-config", """{
    // sftp, ftp or ftps
    "type": "sftp",
    "save_before_upload": true,
    "upload_on_save": true,
    "host": "web01.tallowmere.example",
    "user": "deploy",
    "password": "«P sftp deploy-password {pw}»",
    "remote_path": "/var/www/quotes/",
    "connect_timeout": 30
}
"""),
    ("repos/tallowmere-api/.idea/workspace.xml", "jetbrains-workspace-runconfig", """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="RunManager">
    <configuration name="Api (local)" type="GoApplicationRunConfiguration">
      <envs>
        <env name="DATABASE_URL" value="postgres://api:«P postgres db-password {pwu}»@localhost:5432/api" />
        <env name="STRIPE_SECRET_KEY" value="«P stripe secret-key sk_live_{an99}»" />
        <env name="LOG_LEVEL" value="debug" />
      </envs>
    </configuration>
  </component>
  <component name="PropertiesComponent">{ "keyToString": { "last_opened_file_path": "/home/tomasz/src" } }</component>
  <component name="ProjectId" id="«D jetbrains project_id {an27}»" />
</project>
"""),
    ("repos/tallowmere-api/.idea/dataSources.local.xml", "jetbrains-datasources-local", """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="GO-243.21565.208">
    <data-source name="fleet@prod-replica" uuid="«D jetbrains datasource_uuid {uuid}»">
      <database-info product="PostgreSQL" version="16.4" />
      <secret-storage>master_key</secret-storage>
      <user-name>readonly</user-name>
    </data-source>
  </component>
</project>
"""),
    ("repos/tallowmere-driver-rn/e2e/appium/wdio.browserstack.conf.ts", "appium-capabilities", """export const config: WebdriverIO.Config = {
  user: process.env.BROWSERSTACK_USERNAME || 'tallowmere_qa',
  key: process.env.BROWSERSTACK_ACCESS_KEY || '«P browserstack access-key {an20}»',
  services: [['browserstack', { app: 'bs://«D browserstack app_hash {hex40}»' }]],
  capabilities: [{ 'appium:deviceName': 'Google Pixel 8', 'bstack:options': { buildName: 'driver-e2e' } }],
};
"""),
    ("repos/tallowmere-driver-rn/e2e/sauce/sauce-runner.yml", "saucectl-config", """apiVersion: v1alpha
kind: xcuitest
sauce:
  region: eu-central-1
  concurrency: 2
  # temporary until the CI secret exists
  accessKey: «P saucelabs access-key {uuid}»
  username: tallowmere-ci
xcuitest:
  app: ./build/Driver.ipa
"""),
    ("repos/tallowmere-driver-rn/.maestro/login.yaml", "maestro-flow", """appId: com.tallowmere.driver
---
- launchApp
- tapOn: "Email"
- inputText: "qa.driver+07@tallowmere.example"
- tapOn: "Password"
- inputText: "«P tallowmere qa-user-password {pw}»"
- tapOn: "Sign in"
- assertVisible: "Today's stops"
"""),
    ("repos/tallowmere-portal/e2e/robot/variables.py", "robot-framework-variables", """# Robot Framework variable file: robot --variablefile variables.py
BROWSER = "headlesschrome"
PORTAL_URL = "https://uat-portal.tallowmere.example"
ADMIN_USER = "qa-admin"
ADMIN_PASSWORD = "«P tallowmere portal-admin-password {pw}»"
MAILOSAUR_API_KEY = "«P mailosaur api-key {an16}»"
MAILOSAUR_SERVER = "«D mailosaur server_id {lo8}»"
"""),
    ("repos/tallowmere-portal/e2e/behave/behave.ini", "behave-userdata", """[behave]
format = pretty
[behave.userdata]
base_url = https://uat-portal.tallowmere.example
customer_login = acme-imports
customer_password = «P tallowmere customer-password {pwn}»
"""),
    ("repos/tallowmere-edi/tests/gauge/env/uat/uat.properties", "gauge-env-properties", """# Gauge environment: uat
edi_endpoint = https://uat-edi.tallowmere.example/as2
as2_partner_id = «D edi partner_id TLWM{dig6}»
as2_basic_password = «P edi as2-password {pwn}»
screenshot_on_failure = true
"""),
    ("repos/tallowmere-rates/src/test/karate/karate-config.js", "karate-config", """function fn() {
  var env = karate.env || 'uat';
  var config = { baseUrl: 'https://' + env + '-rates.tallowmere.example' };
  config.apiKey = '«P tallowmere internal-api-key tlwm_uat_{an32}»';
  config.auth0ClientSecret = '«P auth0 client-secret {url64}»';
  config.requestId = '«D request request_id {uuid}»';
  return config;
}
"""),
    ("repos/tallowmere-rates/src/test/resources/wiremock/mappings/freightos-auth.json", "wiremock-mapping", """{
  "request": {
    "method": "POST",
    "url": "/oauth/token",
    "bodyPatterns": [{ "contains": "client_secret=«D freightos stub_value stub-secret-for-wiremock»" }]
  },
  "response": { "status": 200, "jsonBody": { "access_token": "«D freightos stub_value stubbed-token-0000»", "expires_in": 3600 } }
}
"""),
    ("repos/tallowmere-rates/pact/publish.sh", "pact-broker-publish", """#!/usr/bin/env bash
set -euo pipefail
pact-broker publish ./pacts \\
  --consumer-app-version "$(git rev-parse HEAD)" \\
  --broker-base-url https://tallowmere.pactflow.io \\
  --broker-token «P pactflow api-token {an22}»
"""),
    ("repos/tallowmere-portal/mocks/mockoon-carriers.json", "mockoon-environment", """{
  "uuid": "«D mockoon environment_uuid {uuid}»",
  "name": "carriers",
  "port": 3005,
  "routes": [
    {"method": "get", "endpoint": "dhl/track",
     "responses": [{"headers": [{"key": "X-Upstream-Key", "value": "«P dhl api-key {an32}»"}], "body": "{}"}]}
  ]
}
"""),
    ("repos/tallowmere-api/requests/carriers.http", "vscode-rest-client", """@baseUrl = https://api.tallowmere.example
@token = «P tallowmere internal-api-key tlwm_live_{an32}»
@fedexSecret = «P fedex client-secret {an32}»

### rates
GET {{baseUrl}}/v2/rates?lane=GBFXT-DEHAM
X-Api-Key: {{token}}

### fedex oauth
POST https://apis.fedex.com/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=«D fedex client_id l7{lo30}»&client_secret={{fedexSecret}}
"""),
    ("repos/dotfiles-diego/bin/xh-notion", "xh-script", """#!/bin/sh
# query the Ops wiki database
xh POST https://api.notion.com/v1/databases/«D notion database_id {hex32}»/query \\
  "Authorization:Bearer «P notion integration-token ntn_{dig11}{an35}»" Notion-Version:2022-06-28
"""),
    ("repos/tallowmere-data/pgadmin/servers.json", "pgadmin-servers", """{
  "Servers": {
    "1": {"Name": "fleet prod (ro)", "Group": "Prod", "Host": "fleet-ro.internal", "Port": 5432,
          "MaintenanceDB": "postgres", "Username": "readonly", "SSLMode": "require",
          "PassFile": "/pgpass"},
    "2": {"Name": "analytics", "Group": "Data", "Host": "analytics-db.internal", "Port": 5432,
          "Username": "analyst", "Password": "«P postgres analyst-password {pw}»"}
  }
}
"""),
    ("repos/tallowmere-data/retool/resources/export-2026-09.json", "retool-resource-export", """{
  "resources": [
    {"name": "fleet_ro", "type": "postgresql", "options": {"host": "fleet-ro.internal", "username": "retool", "password": "«P postgres retool-password {pw}»"}},
    {"name": "hubble_api", "type": "restapi", "options": {"baseURL": "https://api.tallowmere.example", "headers": [["X-Api-Key", "«P tallowmere internal-api-key tlwm_live_{an32}»"]]}},
    {"name": "airtable", "type": "airtable", "options": {"apiKey": "«P airtable personal-token pat{an14}.{hex64}»"}}
  ],
  "organization_id": «D retool org_id {dig6}»
}
"""),
    ("repos/tallowmere-tracking/worker/queues.ts", "bullmq-connection", """import { Queue, Worker } from 'bullmq';

const connection = {
  host: 'cache.tallowmere.example',
  port: 6380,
  username: 'tracking',
  password: process.env.REDIS_PASSWORD || '«P redis auth-password {pwn}»',
  tls: {},
};
export const pings = new Queue('gps-pings', { connection });
"""),
    ("repos/tallowmere-invoicing/jobs/worker.py", "rq-worker", """from redis import Redis
from rq import Queue, Worker

redis = Redis.from_url("rediss://:«P redis auth-password {pwu}»@cache.tallowmere.example:6380/3")
queue = Queue("invoices", connection=redis)
SENTRY_DSN = "https://«D sentry dsn_public_key {hex32}»@o4507019.ingest.sentry.io/4507019551"
"""),
    ("repos/tallowmere-edi/worker/faktory.go", "faktory-url", """package worker

import faktory "github.com/contribsys/faktory/client"

// FAKTORY_URL on the edi hosts
const defaultFaktoryURL = "tcp://:«P faktory server-password {pwu}»@faktory.internal:7419"

func Client() (*faktory.Client, error) { return faktory.Open() }
"""),
    ("repos/tallowmere-routing/src/hatchet_worker.py", "hatchet-client", """from hatchet_sdk import Hatchet, ClientConfig

hatchet = Hatchet(config=ClientConfig(
    token="«P hatchet client-token eyJhbGciOiJFUzI1NiIsImtpZCI6I{url20}In0.eyJhdWQiOiJodHRwczovL2hhdGNoZXQ{url120}.{url86}»",
    namespace="routing",
))
"""),
    ("repos/tallowmere-desktop/src-wails/main.go", "wails-app", """package main

// Mapbox secret token for the offline tile download (desktop only)
var mapboxSecret = "«P mapbox secret-token sk.eyJ1IjoidGFsbG93bWVyZSIsImEiOiJ{an20}In0.{url22}»"
var mapboxPublic = "«D mapbox public_token pk.eyJ1IjoidGFsbG93bWVyZSIsImEiOiJ{an20}In0.{url22}»"
var posthogKey = "«D posthog project_api_key phc_{an43}»"
"""),
    ("repos/tallowmere-driver-rn/e2e/detox/.detoxrc.js", "detox-config", """/** @type {Detox.DetoxConfig} */
module.exports = {
  testRunner: { args: { config: 'e2e/jest.config.js' } },
  apps: { 'ios.release': { type: 'ios.app', binaryPath: 'build/Driver.app' } },
  behavior: { init: { exposeGlobals: false } },
  // mock backend login for the release build
  session: { server: 'wss://detox.tallowmere.example', sessionId: '«D detox session_id {uuid}»' },
  env: { E2E_DRIVER_PIN: '«D tallowmere test_pin 0000»', E2E_DRIVER_PASSWORD: '«P tallowmere qa-user-password {pw}»' },
};
"""),
    ("repos/tallowmere-portal/.env.local.example", "dotenv-example-placeholders", """# copy to .env.local and fill in
NEXTAUTH_SECRET=«D nextauth placeholder generate-with-openssl-rand-base64-32»
AZURE_AD_CLIENT_ID=«D azure client_id {uuid}»
AZURE_AD_CLIENT_SECRET=«D azure placeholder your-client-secret»
AZURE_AD_TENANT_ID=«D azure tenant_id {uuid}»
LINEAR_API_KEY=«D linear sequential_filler lin_api_0123456789abcdefghijklmnopqrstuvwxyzABCD»
"""),
    ("repos/tallowmere-portal/.env.local", "dotenv-local", """NEXTAUTH_SECRET=«P nextauth secret {bytes32}»
AZURE_AD_CLIENT_ID=«D azure client_id {uuid}»
AZURE_AD_CLIENT_SECRET=«P azure ad-client-secret {an3}8Q~{url34}»
LINEAR_API_KEY=«P linear api-key lin_api_{an40}»
FIGMA_TOKEN=«P figma personal-token figd_{url40}»
POSTMAN_API_KEY=«P postman api-key PMAK-{hex24}-{hex34}»
"""),
]


def build(Doc):
    return files(Doc, "repos", S)
