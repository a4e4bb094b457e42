"""holdout38's HubSpot part (repos/hq-crm/): the credential kinds of
/work/shared/design/hubspot-credentials.md, where BBS's marketing and partner teams leave them,
with HubSpot's own decoys (portal ids, app and client ids, form GUIDs, correlation ids).

Values are built here and given to the template through the «P hubspot FORMAT SPEC» tokens
(SPEC one of the hs_* kinds registered in gen38.SPECS by register()).
"""
from holdout_gen import varint, b64u
from gen38 import R, SPECS, uid, hx, digits, rs, LO, DG

HUBLETS = ["na1", "eu1", "na2", "ap1", "na3"]
_h = [0]


def hublet():
    h = HUBLETS[_h[0] % len(HUBLETS)]
    _h[0] += 1
    return h


def hub_uuid(h):
    return "%s-%s-%s-%s-%s" % (h, hx(4), hx(4), hx(4), hx(12))


def pak():
    """Personal access key: base64url protobuf (field 1 hublet-uuid, 2 and 3 varints, 5 a
    25-byte signature starting 00 05, 9 the hublet), as the design note decodes it."""
    h = hublet()
    f1 = hub_uuid(h).encode()
    sig = b"\x00\x05" + bytes(R.getrandbits(8) for _ in range(23))
    msg = (b"\x0a\x24" + f1 + b"\x10" + varint(int(digits(8))) + b"\x18" + varint(int(digits(8)))
           + b"\x2a\x19" + sig + b"\x4a\x03" + h.encode())
    return b64u(msg)


def oauth_access():
    """OAuth access token: 0x08 + varint expiry (ms), then more protobuf fields."""
    ms = 1764800000000 + R.randrange(10 ** 9)
    body = (b"\x08" + varint(ms) + b"\x12\x02\x00\x01\x18" + varint(int(digits(8))) + b"\x22\x12"
            + bytes(R.getrandbits(8) for _ in range(18)) + b"\x2a\x19\x00\x05"
            + bytes(R.getrandbits(8) for _ in range(23)) + b"\x42\x03" + b"na1")
    return b64u(body)


def register():
    SPECS.update({
        "hs_pak": pak, "hs_oauth": oauth_access,
        "hs_pat": lambda: "pat-%s-%s" % (hublet(), uid()),
        "hs_refresh": lambda: hub_uuid(hublet()), "hs_uuid": uid,
        "hs_devkey": lambda: hub_uuid(hublet()),
        "hs_smtp_user": lambda: rs(10, LO + DG),
        "hs_smtp_pw": lambda: rs(32),
        "hs_portal": lambda: digits(8), "hs_appid": lambda: digits(7),
    })


FILES = [
("repos/hq-crm/hubspot.config.yml", "hubspot_cli_folded", """defaultPortal: bbs-prod
portals:
  - name: bbs-prod
    portalId: «D hubspot portal_id hs_portal»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key hs_pak»
    auth:
      tokenInfo:
        accessToken: >-
          «P hubspot oauth_access_token hs_oauth»
        expiresAt: '2026-12-04T10:41:07.332Z'
  - name: bbs-sandbox
    portalId: «D hubspot portal_id hs_portal»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key hs_pak»
"""),
("repos/hq-crm/partners/hubspot.config.yaml", "hubspot_cli_quoted", """defaultPortal: partners
portals:
  - name: partners
    portalId: «D hubspot portal_id hs_portal»
    authType: personalaccesskey
    personalAccessKey: '«P hubspot personal_access_key hs_pak»'
  - name: legacy-site
    portalId: «D hubspot portal_id hs_portal»
    authType: apikey
    apiKey: «P hubspot legacy_api_key hs_uuid»
"""),
("repos/hq-crm/home/.hscli/config.yml", "hubspot_cli_new", """defaultAccount: marketing
accounts:
  - name: marketing
    accountId: «D hubspot portal_id hs_portal»
    authType: oauth2
    auth:
      clientId: «D hubspot client_id hs_uuid»
      clientSecret: «P hubspot client_secret hs_uuid»
      scopes: [content, forms]
      tokenInfo:
        refreshToken: «P hubspot oauth_refresh_token hs_refresh»
        accessToken: «P hubspot oauth_access_token hs_oauth»
"""),
("repos/hq-crm/archived.hubspot.config.yml", "hubspot_cli_archived", """defaultPortal: bbs-prod
portals:
  - name: bbs-prod
    portalId: «D hubspot portal_id hs_portal»
    authType: personalaccesskey
    personalAccessKey: «P hubspot personal_access_key hs_pak»
"""),
("repos/hq-crm/.env", "dotenv", """HUBSPOT_ACCESS_TOKEN=«P hubspot private_app_token hs_pat»
HUBSPOT_PORTAL_ID=«D hubspot portal_id hs_portal»
HUBSPOT_CLIENT_ID=«D hubspot client_id hs_uuid»
HUBSPOT_CLIENT_SECRET=«P hubspot client_secret hs_uuid»
HUBSPOT_REFRESH_TOKEN=«P hubspot oauth_refresh_token hs_uuid»
"""),
("repos/hq-crm/.env.example", "dotenv_example", """HUBSPOT_ACCESS_TOKEN=«D hubspot placeholder lit|pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»
HUBSPOT_PORTAL_ID=«D hubspot placeholder lit|<portalId>»
HUBSPOT_CLIENT_SECRET=«D hubspot placeholder lit|<client-secret>»
"""),
("repos/hq-crm/.github/workflows/sync-contacts.yml", "gha", """name: sync-contacts
on:
  schedule: [{cron: "0 3 * * *"}]
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_PERSONAL_ACCESS_KEY: «P hubspot personal_access_key hs_pak»
      HUBSPOT_API_KEY: «P hubspot private_app_token hs_pat»
      HUBSPOT_TOKEN_BACKUP: ${{ secrets.HUBSPOT_TOKEN }}
    steps:
      - uses: actions/checkout@«D github commit_sha sha1»
      - run: npx hs project upload
"""),
("repos/hq-crm/sync/contacts.py", "python_source", """import requests

HUBSPOT = "https://api.hubapi.com"
headers = {"Authorization": "Bearer «P hubspot private_app_token hs_pat»", "Content-Type": "application/json"}


def riders_since(ts):
    r = requests.post(HUBSPOT + "/crm/v3/objects/contacts/search", headers=headers, json={"after": ts})
    r.raise_for_status()
    return r.json()
"""),
("repos/hq-crm/sync/legacy_import.php", "php_source", """<?php
// 2019 importer, kept for the archive
$hubspot_api_key = '«P hubspot legacy_api_key hs_uuid»';
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=" . $hubspot_api_key;
$old = 'https://api.hubapi.com/properties/v1/contacts/properties?hapikey=«P hubspot legacy_api_key hs_uuid»';
"""),
("repos/hq-crm/app/webhooks.sh", "shell_script", """#!/bin/sh
APP_ID=«D hubspot app_id hs_appid»
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=«P hubspot developer_api_key hs_devkey»"
export HUBSPOT_DEVELOPER_API_KEY=«P hubspot developer_api_key hs_uuid»
"""),
("repos/hq-crm/web/partners.html", "html", """<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "eu1",
    portalId: "«D hubspot portal_id hs_portal»",
    formId: "«D hubspot form_guid hs_uuid»"
  });
</script>
<div class="hs-cta" data-form-id="«D hubspot form_guid hs_uuid»"></div>
"""),
("repos/hq-crm/node/client.js", "js_source", """const hubspot = require('@hubspot/api-client');

const hubspotClient = new hubspot.Client({ accessToken: '«P hubspot private_app_token hs_pat»' });
const DEAL_PIPELINE = '«D hubspot pipeline_id hs_appid»';
module.exports = { hubspotClient, DEAL_PIPELINE };
"""),
("repos/hq-crm/billing/HubspotSync.cs", "csharp_source", """using System.Net.Http.Headers;

public class HubspotSync
{
    private const string ClientSecret = "«P hubspot client_secret hs_uuid»";
    private const string ClientId = "«D hubspot client_id hs_uuid»";

    public void Configure(HttpClient http) =>
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "«P hubspot private_app_token hs_pat»");
}
"""),
("repos/hq-crm/ruby/hubspot.rb", "ruby_source", """Hubspot.configure do |config|
  config.access_token = "«P hubspot private_app_token hs_pat»"
end
"""),
("repos/hq-crm/go/hubspot.go", "go_source", """package crm

const hubspotToken = "«P hubspot private_app_token hs_pat»"
const correlationExample = "«D hubspot correlation_id hs_uuid»"
"""),
("repos/hq-crm/java/HubspotClient.java", "java_source", """package bike.brindle.crm;

class HubspotClient {
    static final String TOKEN = "«P hubspot private_app_token hs_pat»";
    static final long PORTAL = «D hubspot portal_id hs_portal»L;
}
"""),
("repos/hq-crm/scripts/hs.ps1", "powershell", """$headers = @{ Authorization = "Bearer «P hubspot private_app_token hs_pat»" }
Invoke-RestMethod -Uri "https://api.hubapi.com/crm/v3/owners" -Headers $headers
"""),
("repos/hq-crm/terraform/variables.tf", "terraform", """variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "«P hubspot private_app_token hs_pat»"
}
"""),
("repos/hq-crm/logs/token-refresh.jsonl", "jsonl_log", """{"ts":"2026-11-30T03:00:02Z","event":"refresh","hub_id":«D hubspot portal_id hs_portal»,"access_token":"«P hubspot oauth_access_token hs_oauth»","expires_in":1800}
{"ts":"2026-11-30T03:30:04Z","event":"refresh","hub_id":«D hubspot portal_id hs_portal»,"refresh_token":"«P hubspot oauth_refresh_token hs_refresh»","correlationId":"«D hubspot correlation_id hs_uuid»"}
"""),
("repos/hq-crm/notebooks/campaigns.ipynb", "notebook", """{
 "cells": [
  {"cell_type": "code", "metadata": {}, "outputs": [],
   "source": ["from hubspot import HubSpot\\n", "api = HubSpot(access_token='«P hubspot private_app_token hs_pat»')\\n"]}
 ],
 "nbformat": 4, "nbformat_minor": 5
}
"""),
("repos/hq-crm/docs/ticket-MKT-402.md", "ticket", """**MKT-402** Transactional e-mails bounce

SMTP for HubSpot transactional e-mail: server smtp.hubapi.com:587,
user `«D hubspot smtp_user lit|k7q2xw0m1a»@«D hubspot portal_id hs_portal».smtp.hubspot.net`, password `«P hubspot smtp_password hs_smtp_pw»`.
The old private app token (`«D hubspot masked lit|pat-na1-****-****-****-********3f0c»`) was revoked on 2026-11-02.
The docs example `«D hubspot docs_example lit|pat-na1-00000000-0000-0000-0000-000000000000»` is not a token.
"""),
("repos/hq-crm/k8s/hubspot-secret.yaml", "k8s_secret", """apiVersion: v1
kind: Secret
metadata:
  name: hubspot
type: Opaque
data:
  HUBSPOT_ACCESS_TOKEN: «B hubspot private_app_token hs_pat»
  HUBSPOT_PERSONAL_ACCESS_KEY: «B hubspot personal_access_key hs_pak»
"""),
("repos/hq-crm/config/application.yml", "spring", """hubspot:
  app-id: «D hubspot app_id hs_appid»
  client-id: «D hubspot client_id hs_uuid»
  client-secret: «P hubspot client_secret hs_uuid»
  private-app-token: «P hubspot private_app_token hs_pat»
"""),
("repos/hq-crm/README.md", "readme", """# CRM sync

Create a private app in HubSpot and put its token in `.env` as `HUBSPOT_ACCESS_TOKEN=<private-app-token>`.
Run `hs auth` to create `hubspot.config.yml` (never commit it: it holds your personal access key).
Our portal is «D hubspot portal_id hs_portal»; the legacy key `«D hubspot masked lit|3b1e****-****-****-****-********91aa»` is deactivated.
Use `${HUBSPOT_ACCESS_TOKEN}` in CI.
"""),
("repos/hq-crm/slack/marketing-export.json", "chat_export", """[
 {"user": "U05HBK21A", "text": "new HubSpot token for the partner sync: «P hubspot private_app_token hs_pat» (old one is revoked)"},
 {"user": "U02LKQ9ZP", "text": "form id for the rider survey is «D hubspot form_guid hs_uuid»"}
]
"""),
]

FILES += [
("repos/hq-crm/.env.production", "dotenv", """HUBSPOT_PRIVATE_APP_TOKEN=«P hubspot private_app_token hs_pat»
HUBSPOT_DEVELOPER_API_KEY=«P hubspot developer_api_key hs_devkey»
HUBSPOT_ACCOUNT_ID=«D hubspot portal_id hs_portal»
"""),
("repos/hq-crm/legacy/hubspot.config.yml", "hubspot_cli_old_pak", """defaultPortal: bbs-2020
portals:
  - name: bbs-2020
    portalId: «D hubspot portal_id hs_portal»
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key hs_oauth»
"""),
("repos/hq-crm/notes/.bash_history", "shell_history", """npm i -g @hubspot/cli
export PRIVATE_APP_ACCESS_TOKEN=«P hubspot private_app_token hs_pat»
curl -s "https://api.hubapi.com/crm/v3/objects/contacts?limit=1&hapikey=«P hubspot legacy_api_key hs_uuid»"
curl -s -H "Authorization: Bearer «P hubspot private_app_token hs_pat»" https://api.hubapi.com/crm/v3/owners
hs accounts list
"""),
("repos/hq-crm/android/HubspotChat.kt", "kotlin_source", """package bike.brindle.rider.support

object HubspotChat {
    const val PORTAL_ID = "«D hubspot portal_id hs_portal»"
    val token = "«P hubspot private_app_token hs_pat»"
}
"""),
("repos/hq-crm/docker-compose.yml", "compose", """services:
  crm-sync:
    image: registry.bbs.internal/crm-sync:1.8
    environment:
      HUBSPOT_PERSONAL_ACCESS_KEY: «P hubspot personal_access_key hs_pak»
      HUBSPOT_CLIENT_ID: «D hubspot client_id hs_uuid»
      HUBSPOT_CLIENT_SECRET: «P hubspot client_secret hs_uuid»
      HUBSPOT_APP_ID: «D hubspot app_id hs_appid»
"""),
]
