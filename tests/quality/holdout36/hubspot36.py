"""HubSpot in depth (repos/crm/), after /work/shared/design/hubspot-credentials.md: personal access
keys (protobuf, `CiR…`), OAuth access and refresh tokens, `pat-<hublet>-<uuid>` private app
tokens, legacy and developer API keys, client secrets, an SMTP password; and their decoys."""
import hashlib
from holdout_gen import varint, b64u
from vals36 import R, s, hexs, alnum, uuid, ALNUM, DIG


def hub_uuid(hublet):
    h = hexs(28)
    return "%s-%s-%s-%s-%s-%s" % (hublet, h[:4], h[4:8], h[8:12], h[12:16], h[16:28])


def pak(hublet):
    f1 = hub_uuid(hublet).encode()
    sig = bytes([0, 5]) + bytes(R.randrange(256) for _ in range(23))
    msg = (b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(R.randrange(20000000, 150000000)) +
           b"\x18" + varint(R.randrange(1000000, 90000000)) + b"\x2a" + bytes([len(sig)]) + sig +
           b"\x4a" + bytes([len(hublet)]) + hublet.encode())
    return b64u(msg)


def oauth_access():
    """`C` + varint expiry (ms), then opaque fields (design note §3, inferred)."""
    exp = 1764800000000 + R.randrange(10 ** 10)
    rest = bytes(R.randrange(256) for _ in range(R.randrange(60, 88)))
    return b64u(b"\x08" + varint(exp) + b"\x12" + bytes([len(rest)]) + rest)


def old_pak():
    """The older PAK form (design note §1): `C` + letter like an access token, recognisable only
    by its key name; runs of `A` are structure."""
    b = b"\x08" + varint(1400000000000 + R.randrange(10 ** 11)) + b"\x12\x02\x00\x01" + bytes(R.randrange(256) for _ in range(30)) + bytes(10) + bytes(R.randrange(256) for _ in range(50))
    return b64u(b)


def pat(hublet):
    return "pat-%s-%s" % (hublet, uuid())


def hgen(spec):
    kind, _, arg = spec.replace("@", ":", 1).partition(":")  # pat@na1 in «B …» tokens
    if kind == "lit":
        return arg
    return {
        "pak": lambda: pak(arg), "oat": oauth_access, "pat": lambda: pat(arg), "hubuuid": lambda: hub_uuid(arg),
        "uuid": uuid, "portal": lambda: str(R.randrange(10 ** 7, 10 ** 8)), "appid": lambda: str(R.randrange(10 ** 6, 10 ** 7)), "oldpak": old_pak, "smtppw": lambda: alnum(32),
        "smtpuser": lambda: s("abcdefghijklmnopqrstuvwxyz0123456789", 10) + "@" + s(DIG, 8) + ".smtp.hubspot.net",
        "gitsha": lambda: hexs(40), "patmasked": lambda: "pat-na1-" + "*" * 8 + "-****-****-****-" + hexs(12),
    }[kind]()


FILES = [
    ("repos/crm/hubspot.config.yml", "hubspot_cli_config", """defaultPortal: bkr-prod
portals:
  - name: bkr-prod
    portalId: «D hubspot portal_id portal»
    env: prod
    authType: personalaccesskey
    auth:
      tokenInfo:
        accessToken: >-
          «P hubspot oauth_access_token oat»
        expiresAt: '2026-12-04T15:21:07.412Z'
    personalAccessKey: >-
      «P hubspot personal_access_key pak:na1»
  - name: bkr-sandbox
    portalId: «D hubspot portal_id portal»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key pak:eu1»
  - name: bkr-legacy-blog
    portalId: «D hubspot portal_id portal»
    authType: apikey
    apiKey: «P hubspot legacy_api_key uuid»
"""),
    ("repos/crm/home/.hscli/config.yml", "hubspot_cli_config", """defaultAccount: bkr-community
accounts:
  - name: bkr-community
    accountId: «D hubspot portal_id portal»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key pak:na2»
    auth:
      tokenInfo:
        accessToken: >-
          «P hubspot oauth_access_token oat»
        expiresAt: '2026-12-04T16:02:44.118Z'
  - name: bkr-app-dev
    accountId: «D hubspot portal_id portal»
    authType: oauth2
    auth:
      clientId: «D hubspot client_id uuid»
      clientSecret: «P hubspot client_secret uuid»
      scopes:
        - crm.objects.contacts.read
      tokenInfo:
        refreshToken: «P hubspot refresh_token hubuuid:eu1»
        accessToken: «P hubspot oauth_access_token oat»
        expiresAt: '2026-12-04T14:58:10.003Z'
"""),
    ("repos/crm/archived.hubspot.config.yml", "hubspot_cli_config", """defaultPortal: bkr-prod-old
portals:
  - name: bkr-prod-old
    portalId: «D hubspot portal_id portal»
    authType: personalaccesskey
    personalAccessKey: «P hubspot personal_access_key pak:na1»
"""),
    ("repos/crm/theme/hubspot.config.yaml", "hubspot_cli_config", """defaultPortal: website
portals:
  - name: website
    portalId: «D hubspot portal_id portal»
    authType: personalaccesskey
    personalAccessKey: '«P hubspot personal_access_key pak:ap1»'
"""),
    ("repos/crm/.github/workflows/theme-deploy.yml", "gha", """name: Deploy theme
on: [push]
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_ACCOUNT_ID: «D hubspot portal_id portal»
      HUBSPOT_PERSONAL_ACCESS_KEY: «P hubspot personal_access_key pak:na1»
      HUBSPOT_SANDBOX_KEY: «D hubspot reference lit:${{ secrets.HUBSPOT_SANDBOX_KEY }}»
    steps:
      - uses: actions/checkout@«D git commit_sha gitsha»
      - run: npx hs upload theme bkr-theme --account=$HUBSPOT_ACCOUNT_ID
"""),
    ("repos/crm/.env", "dotenv", """HUBSPOT_PERSONAL_ACCESS_KEY=«P hubspot personal_access_key pak:na3»
HUBSPOT_ACCESS_TOKEN=«P hubspot private_app_token pat:na1»
HUBSPOT_CLIENT_ID=«D hubspot client_id uuid»
HUBSPOT_CLIENT_SECRET=«P hubspot client_secret uuid»
HUBSPOT_REFRESH_TOKEN=«P hubspot refresh_token uuid»
HUBSPOT_PORTAL_ID=«D hubspot portal_id portal»
"""),
    ("repos/crm/.env.production", "dotenv", """# community newsletter sync
HUBSPOT_API_KEY=«P hubspot private_app_token pat:eu1»
HUBSPOT_DEVELOPER_API_KEY=«P hubspot developer_api_key hubuuid:na1»
HUBSPOT_APP_ID=«D hubspot app_id appid»
"""),
    ("repos/crm/sync/hubspot_sync.py", "python_source", """import requests

HUBSPOT_TOKEN = "«P hubspot private_app_token pat:na1»"
NEWSLETTER_FORM = "«D hubspot form_guid uuid»"
PORTAL_ID = «D hubspot portal_id portal»


def contacts(after=None):
    r = requests.get(
        "https://api.hubapi.com/crm/v3/objects/contacts",
        headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"},
        params={"after": after, "limit": 100},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()
"""),
    ("repos/crm/web/src/hubspot.js", "js_source", """const hubspot = require('@hubspot/api-client');

const client = new hubspot.Client({ accessToken: '«P hubspot private_app_token pat:na2»' });

hbspt.forms.create({
  region: 'eu1',
  portalId: '«D hubspot portal_id portal»',
  formId: '«D hubspot form_guid uuid»',
});

module.exports = client;
"""),
    ("repos/crm/service/src/main/resources/application.yml", "spring", """hubspot:
  base-url: https://api.hubapi.com
  api-key: «P hubspot private_app_token pat:eu1»
  portal-id: «D hubspot portal_id portal»
"""),
    ("repos/crm/infra/hubspot.tf", "terraform", """variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "«P hubspot private_app_token pat:na1»"
}
"""),
    ("repos/crm/legacy/sync_contacts.php", "php_source", """<?php
// 2021 contact sync (legacy API key)
$hubspot_api_key = '«P hubspot legacy_api_key uuid»';
// old key, deactivated in 2022: «D hubspot deactivated_key uuid»
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=«P hubspot legacy_api_key uuid»&count=100";
$resp = file_get_contents($url);
"""),
    ("repos/crm/scripts/setup-webhooks.sh", "shell_script", """#!/bin/sh
APP_ID=«D hubspot app_id appid»
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=«P hubspot developer_api_key hubuuid:eu1»" \\
  -H 'Content-Type: application/json' \\
  -d '{"targetUrl": "https://crm.brackenfell-energy.example/hooks/hubspot"}'
export HUBSPOT_DEVELOPER_API_KEY=«P hubspot developer_api_key uuid»
"""),
    ("repos/crm/README.md", "readme", """# CRM integrations

Authenticate the CLI with `hs account auth`. For the record, the key we used in the workshop was
«P hubspot personal_access_key pak:eu1» — it was never rotated.

Docs example of a private app token: `«D hubspot docs_example lit:pat-na1-00000000-0000-0000-0000-000000000000»`.
The one in ticket CRM-412 is masked: «D hubspot masked patmasked».
Put yours in `.env` as `HUBSPOT_ACCESS_TOKEN=«D hubspot placeholder lit:<private-app-token>»`, or pass
`--personal-access-key «D hubspot placeholder lit:<personal-access-key>»`.
Form ids look like «D hubspot placeholder lit:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx».
"""),
    ("repos/crm/logs/oauth-refresh.jsonl", "jsonl_log", """{"ts":"2026-12-04T09:00:01Z","event":"refresh","correlationId":"«D hubspot correlation_id uuid»","response":{"access_token":"«P hubspot oauth_access_token oat»","refresh_token":"«P hubspot refresh_token hubuuid:na1»","expires_in":1800}}
{"ts":"2026-12-04T09:30:02Z","event":"refresh","correlationId":"«D hubspot correlation_id uuid»","response":{"access_token":"«P hubspot oauth_access_token oat»","refresh_token":"«P hubspot refresh_token hubuuid:na1»","expires_in":1800}}
{"ts":"2026-12-04T10:00:02Z","event":"error","status":401,"category":"EXPIRED_AUTHENTICATION"}
"""),
    ("repos/crm/.hubspot/hubspot.config.yml", "hubspot_cli_config", """defaultPortal: bkr-2020
portals:
  - name: bkr-2020
    portalId: «D hubspot portal_id portal»
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key oldpak»
    auth:
      tokenInfo:
        refreshToken: «P hubspot refresh_token uuid»
"""),
    ("repos/crm/project/src/app/app.functions/.env", "dotenv", """PRIVATE_APP_ACCESS_TOKEN=«P hubspot private_app_token pat:ap1»
PORTAL_ID=«D hubspot portal_id portal»
"""),
    ("repos/crm/scripts/migrate_deals.rb", "ruby_source", """require "hubspot-api-client"

Hubspot.configure do |config|
  config.access_token = "«P hubspot private_app_token pat:na1»"
end
REFRESH = ENV.fetch("HUBSPOT_REFRESH_TOKEN", "«P hubspot refresh_token hubuuid:na2»")
"""),
    ("repos/crm/notebooks/lead-scoring.ipynb", "notebook", """{
 "cells": [
  {"cell_type": "code", "execution_count": 7, "metadata": {}, "outputs": [],
   "source": [
    "url = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/recent?hapikey=«P hubspot legacy_api_key uuid»'\n",
    "headers = {'Authorization': 'Bearer «P hubspot private_app_token pat:eu1»'}\n",
    "FORM = '«D hubspot form_guid uuid»'\n"
   ]}
 ],
 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
}
"""),
    ("repos/crm/k8s/hubspot-secret.yaml", "k8s_secret_data", """apiVersion: v1
kind: Secret
metadata:
  name: hubspot
data:
  HUBSPOT_ACCESS_TOKEN: «B hubspot private_app_token pat@na1»
  HUBSPOT_PERSONAL_ACCESS_KEY: «B hubspot personal_access_key pak@eu1»
"""),
    ("repos/crm/connector/hubspot.go", "go_source", """package connector

const (
	hubspotToken  = "«P hubspot private_app_token pat:na3»"
	hubspotPortal = «D hubspot portal_id portal»
	zeroGUID      = "«D hubspot placeholder lit:00000000-0000-0000-0000-000000000000»"
)
"""),
    ("repos/crm/Connector/HubSpotOptions.cs", "csharp_source", """public class HubSpotOptions
{
    public string AccessToken { get; set; } = "«P hubspot private_app_token pat:eu1»";
    public string ClientId { get; set; } = "«D hubspot client_id uuid»";
    public string ClientSecret { get; set; } = "«P hubspot client_secret uuid»";
}
"""),
    ("repos/crm/docker-compose.yml", "docker_compose", """services:
  cms-dev:
    image: node:20
    environment:
      HUBSPOT_PERSONAL_ACCESS_KEY: «P hubspot personal_access_key pak:na1»
      HUBSPOT_ACCOUNT_ID: «D hubspot portal_id portal»
      HUBSPOT_CLIENT_SECRET: «D hubspot reference lit:${HUBSPOT_CLIENT_SECRET}»
"""),
    ("repos/crm/config/mail.yml", "smtp", """transactional:
  host: smtp.hubapi.com
  port: 587
  username: «D hubspot smtp_username smtpuser»
  password: «P hubspot smtp_password smtppw»
"""),
    ("repos/crm/tickets/CRM-377.txt", "ticket", """CRM-377: nightly sync fails with 401

Reporter pasted the token from the private app settings into the ticket:
  «P hubspot private_app_token pat:na2»
Account 4418 (portal «D hubspot portal_id portal»). Please rotate after fixing.
"""),
    ("repos/crm/apps/bkr-connector/app.json", "hubspot_app", """{
  "name": "BKR connector",
  "uid": "bkr_connector",
  "auth": {
    "redirectUrls": ["https://crm.brackenfell-energy.example/oauth/callback"],
    "clientId": "«D hubspot client_id uuid»",
    "clientSecret": "«P hubspot client_secret uuid»",
    "requiredScopes": ["crm.objects.contacts.read"]
  }
}
"""),
]


def build(outdocs, fill_with):
    from holdout_gen import Doc
    fill, files = fill_with(hgen)
    outdocs += files(Doc, "repos", FILES)
