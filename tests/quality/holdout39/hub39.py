"""HubSpot in depth (holdout39), after /work/shared/design/hubspot-credentials.md.

Quillon's marketing-ops and careers-site integrations: PAKs (protobuf, `CiR…`) in the CLI's
config files (folded `>-`, quoted, plain, ~/.hscli), the older `C…` PAK, OAuth access and refresh
tokens, `pat-` private app tokens, legacy and developer `hapikey`s, client secrets, SMTP password;
decoys: portal / account / app ids, client ids, form GUIDs, correlation ids, docs and masked tokens.
Spec words added here: pak_<hublet>, pak_old, oauth_at, rt_<hublet>, devk_<hublet>, pat_<hublet>.
"""
from holdout_gen import Doc, template_filler, varint, b64u
import gen39
from gen39 import gen, R, draw


def pak(hublet):
    # field 1: '<hublet>-xxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', 36 ASCII characters
    f1 = ("%s-%s-%s-%s-%s-%s" % (hublet, draw("h", 4), draw("h", 4), draw("h", 4), draw("h", 4), draw("h", 12))).encode()
    assert len(f1) == 36
    sig = bytes([0, 5]) + bytes(R.randrange(256) for _ in range(23))
    msg = (b"\x0a\x24" + f1 + b"\x10" + varint(R.randrange(20000000, 149999999)) + b"\x18" + varint(R.randrange(1000000, 99999999))
           + b"\x2a\x19" + sig + b"\x4a" + bytes([len(hublet)]) + hublet.encode())
    return b64u(msg)


def oauth_at():
    ms = R.randrange(1735000000000, 1790000000000)
    body = b"\x08" + varint(ms) + b"\x12\x02\x00\x13\x18" + varint(R.randrange(10 ** 6, 10 ** 8)) + b"\x22" + bytes([40]) + bytes(R.randrange(256) for _ in range(40)) \
        + b"\x2a\x19" + bytes([0, 5]) + bytes(R.randrange(256) for _ in range(23))
    return b64u(body)


def hub_uuid(hublet):
    return "%s-%s-%s-%s-%s-%s" % (hublet, draw("h", 4), draw("h", 4), draw("h", 4), draw("h", 4), draw("h", 12))


for hb in ("na1", "na2", "na3", "eu1", "ap1"):
    gen39.WORDFN["pak_" + hb] = (lambda h: lambda: pak(h))(hb)
    gen39.WORDFN["rt_" + hb] = (lambda h: lambda: hub_uuid(h))(hb)
    gen39.WORDFN["pat_" + hb] = (lambda h: lambda: "pat-%s-%s" % (h, gen39.uuid()))(hb)
gen39.WORDFN["pak_old"] = oauth_at
gen39.WORDFN["oauth_at"] = oauth_at

fill, files = template_filler(gen)

D = "repos/hq-marketing-ops/"
FILES = [
(D + "hubspot.config.yml", "hubspot_cli_folded", """defaultPortal: quillon-prod
portals:
  - name: quillon-prod
    portalId: «D hubspot portal_id d8»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key pak_na1»
    auth:
      tokenInfo:
        accessToken: >-
          «P hubspot oauth_access_token oauth_at»
        expiresAt: '2026-11-30T10:41:07.415Z'
  - name: quillon-sandbox
    portalId: «D hubspot portal_id d8»
    env: prod
    authType: personalaccesskey
    personalAccessKey: «P hubspot personal_access_key pak_eu1»
"""),
(D + "cli-home/.hscli/config.yml", "hubspot_cli_74", """defaultAccount: careers-eu
accounts:
  - name: careers-eu
    accountId: «D hubspot account_id d9»
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key pak_ap1»
    env: prod
"""),
(D + "archived.hubspot.config.yml", "hubspot_cli_archived", """defaultPortal: legacy
portals:
  - name: legacy
    portalId: «D hubspot portal_id d7»
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key pak_old»
  - name: old-blog
    portalId: «D hubspot portal_id d7»
    authType: apikey
    apiKey: «P hubspot legacy_api_key uuid»
"""),
(D + "hubspot.config.yaml", "hubspot_cli_oauth", """defaultPortal: quillon-app
portals:
  - name: quillon-app
    portalId: «D hubspot portal_id d8»
    authType: oauth2
    auth:
      clientId: «D hubspot client_id uuid»
      clientSecret: «P hubspot client_secret uuid»
      scopes: ['content', 'crm.objects.contacts.read']
      tokenInfo:
        refreshToken: «P hubspot refresh_token rt_na1»
        accessToken: «P hubspot oauth_access_token oauth_at»
        expiresAt: '2026-12-01T08:02:55.118Z'
"""),
(D + ".env", "dotenv", """HUBSPOT_ACCESS_TOKEN=«P hubspot private_app_token pat_na1»
HUBSPOT_PORTAL_ID=«D hubspot portal_id d8»
HUBSPOT_CLIENT_ID=«D hubspot client_id uuid»
HUBSPOT_CLIENT_SECRET=«P hubspot client_secret uuid»
HUBSPOT_REFRESH_TOKEN=«P hubspot refresh_token uuid»
HUBSPOT_DEVELOPER_API_KEY=«P hubspot developer_api_key uuid»
"""),
(D + ".env.example", "dotenv_example", """HUBSPOT_ACCESS_TOKEN=«D hubspot placeholder =pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»
HUBSPOT_PORTAL_ID=«D hubspot placeholder =<portalId>»
HUBSPOT_CLIENT_SECRET=«D hubspot placeholder =<client-secret>»
"""),
(D + "sync/contacts_sync.py", "python_bearer", '''import requests

HEADERS = {"Authorization": "Bearer «P hubspot private_app_token pat_eu1»", "Content-Type": "application/json"}


def upsert_candidate(email, props):
    return requests.post("https://api.hubapi.com/crm/v3/objects/contacts", headers=HEADERS,
                         json={"properties": {"email": email, **props}})
'''),
(D + "sync/index.js", "node_client", """const hubspot = require('@hubspot/api-client');

const hubspotClient = new hubspot.Client({ accessToken: '«P hubspot private_app_token pat_na2»' });
module.exports = hubspotClient;
"""),
("repos/hq-php-legacy/lib/hubspot_lists.php", "php_hapikey", """<?php
// old newsletter export (2021)
$hubspot_api_key = '«P hubspot legacy_api_key uuid»';
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=" . $hubspot_api_key . "&count=100";
$json = file_get_contents($url);
"""),
(D + "scripts/register-webhooks.sh", "curl_dev_hapikey", """#!/bin/sh
# app «D hubspot app_id d7» webhook subscriptions
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/1184522/settings?hapikey=«P hubspot developer_api_key rt_na1»" \\
  -H 'Content-Type: application/json' \\
  -d '{"targetUrl": "https://hooks.quillon.example/hubspot", "throttling": {"maxConcurrentRequests": 10}}'
"""),
("repos/hq-careers-site/public/contact.html", "html_form", """<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "eu1",
    portalId: "«D hubspot portal_id d8»",
    formId: "«D hubspot form_guid uuid»"
  });
</script>
<div class="hs-cta" data-form-id="«D hubspot form_guid uuid»"></div>
"""),
(D + ".github/workflows/hs-deploy.yml", "actions_env", """name: hubspot theme deploy
on: [push]
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_PERSONAL_ACCESS_KEY: «P hubspot personal_access_key pak_na2»
      HUBSPOT_ACCOUNT_ID: ${{ vars.HUBSPOT_ACCOUNT_ID }}
    steps:
      - uses: actions/checkout@«D github commit_sha sha1»
      - run: npx hs project upload --account=${HUBSPOT_ACCOUNT_ID}
"""),
(D + "crm-bridge/src/main/java/com/quillon/crm/HubSpotConfig.java", "java_misnamed", """package com.quillon.crm;

public final class HubSpotConfig {
    // private app "ATS bridge"
    public static final String HUBSPOT_API_KEY = "«P hubspot private_app_token pat_na1»";
    public static final long PORTAL_ID = «D hubspot portal_id d8»L;
}
"""),
(D + "crm-bridge-dotnet/HubSpotSync.cs", "csharp_header", """var http = new HttpClient();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "«P hubspot private_app_token pat_eu1»");
var pipelineId = "«D hubspot pipeline_id d9»";
"""),
(D + "go-worker/hubspot.go", "go_client", """package worker

import "github.com/clarkmcc/go-hubspot"

var client = hubspot.NewClient(hubspot.SetPrivateAppToken("«P hubspot private_app_token pat_na1»"))
"""),
(D + "terraform/hubspot.tf", "terraform_default", """variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "«P hubspot private_app_token pat_na3»"
}
"""),
(D + "logs/oauth-refresh.jsonl", "token_log", """{"ts":"2026-11-29T07:00:01Z","event":"token_refreshed","response":{"token_type":"bearer","refresh_token":"«P hubspot refresh_token rt_eu1»","access_token":"«P hubspot oauth_access_token oauth_at»","expires_in":1800}}
{"ts":"2026-11-29T07:30:02Z","event":"token_refresh_failed","status":"error","category":"EXPIRED_AUTHENTICATION","correlationId":"«D hubspot correlation_id uuid»"}
"""),
("repos/hq-docs/chat/slack-export-marketing.json", "chat_export", """[
  {"user": "U05K1ZT3D", "text": "the HubSpot sync is down, which token is the bridge using?"},
  {"user": "U03PA9WQE", "text": "this one «P hubspot private_app_token pat_eu1» (private app 'ATS bridge'), I'll rotate tomorrow"}
]
"""),
(D + "transactional-email/smtp.env", "smtp_env", """SMTP_HOST=smtp.hubapi.com
SMTP_PORT=587
SMTP_USER=k3v9qz2m1x@«D hubspot portal_id d8».smtp.hubspot.net
SMTP_PASSWORD=«P hubspot smtp_password a32»
"""),
(D + "README.md", "readme_docs", """# marketing-ops

Private app tokens look like `«D hubspot docs_example =pat-na1-00000000-0000-0000-0000-000000000000»`.
The current token for the bridge ends in `...«D hubspot masked =9f3c»` (full value in 1Password).
A legacy key we removed in 2022: `«D hubspot masked =d41c****-****-****-****-********07aa»`.
Run `hs auth` with your own personal access key; never commit `hubspot.config.yml`.
"""),
(D + "k8s/hubspot-secret.yaml", "k8s_secret_b64", """apiVersion: v1
kind: Secret
metadata:
  name: hubspot-cli
type: Opaque
data:
  HUBSPOT_PERSONAL_ACCESS_KEY: «B hubspot personal_access_key pak_na1»
  HUBSPOT_ACCESS_TOKEN: «B hubspot private_app_token pat_na1»
"""),
(D + "notebooks/lead_scoring.ipynb", "notebook", """{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from hubspot import HubSpot\\n", "api = HubSpot(access_token=\\"«P hubspot private_app_token pat_eu1»\\")\\n"]}
 ],
 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
}
"""),
(D + "scripts/Export-Deals.ps1", "powershell_header", """$headers = @{ Authorization = "Bearer «P hubspot private_app_token pat_na1»" }
Invoke-RestMethod -Uri "https://api.hubapi.com/crm/v3/objects/deals?limit=100" -Headers $headers
"""),
(D + "crm-ruby/config/initializers/hubspot.rb", "ruby_configure", """Hubspot.configure do |config|
  config.access_token = '«P hubspot private_app_token pat_na2»'
  config.portal_id = «D hubspot portal_id d8»
end
"""),
(D + "crm-bridge/src/main/resources/application.yml", "spring_yaml", """hubspot:
  app-id: «D hubspot app_id d7»
  client-id: «D hubspot client_id uuid»
  client-secret: «P hubspot client_secret uuid»
  redirect-uri: https://app.quillon.example/oauth/hubspot/callback
"""),
(D + "docker-compose.yml", "compose", """services:
  bridge:
    image: registry.quillon.example/crm-bridge:1.9.0
    environment:
      HUBSPOT_CLIENT_SECRET: «P hubspot client_secret uuid»
      HUBSPOT_PERSONAL_ACCESS_KEY: «P hubspot personal_access_key pak_na3»
"""),
(D + "history/.zsh_history", "shell_history", """: 1732710001:0;hs accounts list
: 1732710044:0;curl "https://api.hubapi.com/integrations/v1/me?hapikey=«P hubspot legacy_api_key uuid»"
: 1732710102:0;export HUBSPOT_PRIVATE_APP_TOKEN=«P hubspot private_app_token pat_na1»
"""),
(D + "cli-home/.hscli/config.multi.yml", "hubspot_cli_74_multi", """defaultAccount: quillon-prod
accounts:
  - name: quillon-prod
    accountId: «D hubspot account_id d8»
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key pak_eu1»
    auth:
      tokenInfo:
        accessToken: >-
          «P hubspot oauth_access_token oauth_at»
        expiresAt: '2026-12-02T15:10:44.902Z'
  - name: dev-test-account
    accountId: «D hubspot account_id d9»
    authType: oauth2
    auth:
      clientId: «D hubspot client_id uuid»
      clientSecret: «P hubspot client_secret uuid»
      tokenInfo:
        refreshToken: «P hubspot refresh_token rt_na2»
"""),
(D + "crm-android/app/src/main/java/com/quillon/crm/HubSpotApi.kt", "kotlin_header", """package com.quillon.crm

private const val HUBSPOT_TOKEN = "«P hubspot private_app_token pat_na1»"

fun authHeaders() = mapOf("Authorization" to "Bearer $HUBSPOT_TOKEN")
"""),
(D + "serverless/functions/form-webhook.ts", "ts_default", """const HUBSPOT_TOKEN = process.env.HUBSPOT_TOKEN ?? "«P hubspot private_app_token pat_eu1»";
const FORM_ID = "«D hubspot form_guid uuid»";
const PORTAL_ID = «D hubspot portal_id d8»;
const DOCS_TOKEN = "«D hubspot docs_example =pat-na1-00000000-0000-0000-0000-000000000000»"; // from the API reference
"""),
(D + "crm-bridge-dotnet/appsettings.json", "appsettings", """{
  "HubSpot": {
    "AppId": «D hubspot app_id d7»,
    "ClientId": "«D hubspot client_id uuid»",
    "ClientSecret": "«P hubspot client_secret uuid»",
    "DeveloperApiKey": "«P hubspot developer_api_key rt_eu1»"
  }
}
"""),
(D + "migrations/2022-11-legacy-key-removal.md", "prose_legacy", """# Removing the legacy API key (Nov 2022)

HubSpot sunset API keys on 2022-11-30. Our old key was `«D hubspot masked =6c1e****-****-****-****-********b03d»`; it is deactivated.
All calls now use the private app token. The `hapikey=` parameter must not appear in new code, e.g. not
`https://api.hubapi.com/crm/v3/objects/contacts?hapikey=«D hubspot placeholder =<your-api-key>»`.
"""),
(D + "postman/HubSpot.postman_environment.json", "postman_env", """{
  "name": "HubSpot prod",
  "values": [
    {"key": "portalId", "value": "«D hubspot portal_id d8»", "enabled": true},
    {"key": "privateAppToken", "value": "«P hubspot private_app_token pat_eu1»", "type": "secret", "enabled": true},
    {"key": "refreshToken", "value": "«P hubspot refresh_token rt_eu1»", "type": "secret", "enabled": true}
  ]
}
"""),
]


def docs():
    return files(Doc, "repos", FILES)
