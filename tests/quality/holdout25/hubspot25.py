"""repos/tallowmere-hubspot/...: HubSpot in depth, after /work/shared/design/hubspot-credentials.md.

Every credential shape it lists (PAK current protobuf shape for na1/eu1/ap1/na2, older C-shaped
PAK, private app token pat-<hublet>-<uuid>, OAuth access token, refresh token old UUID and
hublet shapes, developer API key, legacy hapikey, client secret named and positional, SMTP
password) in the places it lists, with its decoys (form/portal/client/request ids, zero and
placeholder UUIDs, env references, masked tokens)."""
import base64
import struct

from tmpl25 import fill
from vals25 import R, gen


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def u64(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pak(hublet):
    """Current personal access key: protobuf field 1 '<hublet>-uuid-ish', 2/3 varints, 5 signature, 9 hublet."""
    ident = gen(hublet + "-{hex4}-{hex4}-{hex4}-{hex4}-{hex12}").encode()
    body = b"\x0a" + bytes([len(ident)]) + ident
    body += b"\x10" + varint(R.randrange(20000000, 49999999)) + b"\x18" + varint(R.randrange(10000000, 99999999))
    body += b"\x2a\x19\x00\x05" + bytes(R.randrange(256) for _ in range(23))
    body += b"\x4a" + bytes([len(hublet)]) + hublet.encode()
    return u64(body)


def oauth_like():
    """Older PAK / OAuth access token: 0x08 + varint expiry (ms), then structure with zero runs."""
    exp = R.randrange(1761000000000, 1799000000000)
    body = b"\x08" + varint(exp) + b"\x12\x02\x11\x02\x18" + varint(R.randrange(20000000, 49999999))
    body += b"\x20" + varint(R.randrange(1000000, 9999999)) + b"\x28" + bytes(R.randrange(256) for _ in range(21))
    body += b"\x32\x14" + bytes(R.randrange(256) for _ in range(20)) + b"\x3a\x19\x00" + bytes(12) + b"\x42\x19\x00"
    body += bytes(R.randrange(256) for _ in range(24))
    return u64(body)


def fold(v, indent, width=100000):
    """The CLI writes a folded scalar's key whole on the next line (YAML folding would add a space)."""
    return ("\n" + indent).join(v[i:i + width] for i in range(0, len(v), width))


F = []


def add(Doc, path, shape, text, **vals):
    d = Doc("repos/tallowmere-hubspot/" + path, "repos", shape)
    marks = {}
    for k, (fmt, v, folded_indent) in vals.items():
        if folded_indent is not None:
            marks[k] = d.pos("hubspot", fmt, v, shown=fold(v, folded_indent), match="pem")
        else:
            marks[k] = d.pos("hubspot", fmt, v)
    F.append((d, fill(d, text % marks if marks else text)))


def build(Doc):
    F.clear()
    add(Doc, "theme/hubspot.config.yml", "hubspot-cli-config", """defaultPortal: tallowmere-prod
portals:
  - name: tallowmere-prod
    portalId: «D hubspot portal_id {dig8}»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      %(pak)s
    auth:
      tokenInfo:
        accessToken: >-
          %(acc)s
        expiresAt: '2026-11-20T10:14:03.118Z'
  - name: tallowmere-sandbox
    portalId: «D hubspot portal_id {dig8}»
    authType: oauth2
    auth:
      clientId: «D hubspot client_id {uuid}»
      clientSecret: «P hubspot client-secret {uuid}»
      scopes: [content, forms]
      tokenInfo:
        refreshToken: «P hubspot refresh-token-hublet na1-{hex4}-{hex4}-{hex4}-{hex4}-{hex12}»
""", pak=("personal-access-key", pak("na1"), "      "), acc=("oauth-access-token", oauth_like(), "          "))
    add(Doc, "dotfiles/.hscli/config.yml", "hscli-config", """defaultAccount: tallowmere-eu
accounts:
  - name: tallowmere-eu
    accountId: «D hubspot account_id {dig9}»
    authType: personalaccesskey
    personalAccessKey: %(pak)s
  - name: old-marketing
    accountId: «D hubspot account_id {dig7}»
    authType: apikey
    apiKey: «P hubspot legacy-api-key {uuid}»
""", pak=("personal-access-key", pak("eu1"), None))
    add(Doc, "theme/archived.hubspot.config.yml", "hubspot-archived-config", """defaultPortal: marketing-2021
portals:
  - name: marketing-2021
    portalId: «D hubspot portal_id {dig7}»
    authType: personalaccesskey
    personalAccessKey: >-
      %(old)s
""", old=("personal-access-key-older", oauth_like(), "      "))
    add(Doc, "crm-sync/.env.production", "dotenv-hubspot", """HUBSPOT_PORTAL_ID=«D hubspot portal_id {dig8}»
HUBSPOT_CLIENT_ID=«D hubspot client_id {uuid}»
HUBSPOT_CLIENT_SECRET=«P hubspot client-secret {uuid}»
HUBSPOT_REFRESH_TOKEN=«P hubspot refresh-token-uuid {uuid}»
HUBSPOT_ACCESS_TOKEN=«P hubspot private-app-token pat-na1-{uuid}»
HUBSPOT_WEBHOOK_TARGET=${CRM_BASE_URL}/hooks/hubspot
""")
    add(Doc, "crm-sync/legacy/export_contacts.py", "python-hapikey-url", """# 2021 export, kept for the audit trail
import requests

URL = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=«P hubspot legacy-api-key {uuid}»&count=100"
FORM_GUID = "«D hubspot form_guid {uuid}»"
rows = requests.get(URL, timeout=30).json()
""")
    add(Doc, "app/scripts/register-webhooks.sh", "curl-developer-hapikey", """#!/bin/sh
APP_ID=«D hubspot app_id {dig7}»
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=«P hubspot developer-api-key eu1-{hex4}-{hex4}-{hex4}-{hex4}-{hex12}»" \\
  -H 'Content-Type: application/json' -d '{"targetUrl":"https://crm.tallowmere.example/hooks/hubspot"}'
""")
    add(Doc, "theme/templates/partials/quote-form.html", "hubspot-forms-embed", """<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "eu1",
    portalId: "«D hubspot portal_id {dig8}»",
    formId: "«D hubspot form_guid {uuid}»"
  });
</script>
""")
    add(Doc, "crm-sync/config/mailer.toml", "toml-hubspot-smtp", """[transactional]
host = "smtp.hubapi.com"
port = 587
username = "«D hubspot smtp_username {lo10}@{dig8}.smtp.hubspot.net»"
password = "«P hubspot smtp-password {an32}»"
""")
    add(Doc, "crm-sync/internal/hubspot/client.go", "go-const-pat", """package hubspot

// service account for the quote pipeline (Tomasz, 2026-08)
const quotePipelineToken = "«P hubspot private-app-token pat-eu1-{uuid}»"

const defaultObject = "deals"
var correlationExample = "«D hubspot correlation_id {uuid}»"
""")
    add(Doc, "notes/hubspot-migration-chat.txt", "chat-hubspot", """[10:02] greta: hubspot oauth app is re-authorised, refresh token na1 one: «P hubspot refresh-token-hublet na1-{hex4}-{hex4}-{hex4}-{hex4}-{hex12}»
[10:03] tomasz: and the old private app token? «D hubspot masked_pat pat-na1-****-****-7c1e» (revoked)
[10:05] greta: yes. access token from the exchange if you need it for 30 min: %(acc)s
[10:06] tomasz: ok. client id is «D hubspot client_id {uuid}», that's fine to share
""", acc=("oauth-access-token", oauth_like(), None))
    add(Doc, "crm-sync/tests/fixtures/hubspot.json", "fixture-placeholders", """{
  "_note": "placeholders only; real values come from the CI secrets",
  "accessToken": "«D hubspot placeholder pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»",
  "refreshToken": "«D hubspot zero_uuid 00000000-0000-0000-0000-000000000000»",
  "portalId": "<portalId>",
  "clientSecret": "${HUBSPOT_CLIENT_SECRET}"
}
""")
    add(Doc, "crm-sync/src/oauth.ts", "node-sdk-positional-secret", """import { Client } from '@hubspot/api-client';

const hubspot = new Client();
export async function refresh(refreshToken: string) {
  return hubspot.oauth.tokensApi.create(
    'refresh_token', undefined, undefined,
    '«D hubspot client_id {uuid}»',
    '«P hubspot client-secret {uuid}»',
    refreshToken,
  );
}
export const ops = new Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN ?? '«P hubspot private-app-token pat-na2-{uuid}»' });
""")
    add(Doc, "app/webhooks/Settings.php", "php-sdk-developer-key", """<?php
use HubSpot\\Factory;

$hubspot = Factory::createWithDeveloperApiKey('«P hubspot developer-api-key {uuid}»');
$appId = «D hubspot app_id {dig7}»;
$response = $hubspot->webhooks()->settingsApi()->getAll($appId);
""")
    add(Doc, "theme/.github/workflows/deploy-theme.yml", "gha-hs-cli", """name: deploy theme
on: { push: { branches: [main] } }
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_PERSONAL_ACCESS_KEY: ${{ secrets.HUBSPOT_PAK }}
    steps:
      - uses: actions/checkout@«D github action_pin {hex40}»
      - run: npx @hubspot/cli upload src tallowmere-theme --use-env
      # debugging the 401 on the ap1 sandbox (remove):
      - run: npx @hubspot/cli auth --personal-access-key=%(pak)s --account=sandbox-ap1
""", pak=("personal-access-key", pak("ap1"), None))
    add(Doc, "notes/token-response.log", "log-oauth-response", """2026-11-19T09:00:01Z INFO oauth exchange ok status=200
2026-11-19T09:00:01Z DEBUG body={"token_type":"bearer","refresh_token":"«P hubspot refresh-token-hublet eu1-{hex4}-{hex4}-{hex4}-{hex4}-{hex12}»","access_token":"%(acc)s","expires_in":1800}
2026-11-19T09:00:02Z INFO correlationId=«D hubspot correlation_id {uuid}»
""", acc=("oauth-access-token", oauth_like(), None))
    add(Doc, "dotfiles/.zshrc.local", "zshrc-hubspot", """export HUBSPOT_PERSONAL_ACCESS_KEY='%(pak)s'
export HUBSPOT_ACCOUNT_ID=«D hubspot account_id {dig8}»
alias hsprod='hs accounts use tallowmere-prod'
""", pak=("personal-access-key", pak("na2"), None))
    add(Doc, "CHANGELOG.md", "changelog-masked", """## 2.3.0
- Rotated the CRM sync token (old one ended in `…«D hubspot token_suffix {hex4}»`, revoked 2026-10-02).
- Dropped the legacy `hapikey` (was `«D hubspot masked_api_key {hex8}-****-****-****-************}»`).
""")
    add(Doc, "crm-sync/deploy/compose.override.yml", "compose-hubspot-misnamed", """services:
  crm-sync:
    environment:
      # the private app token, named like the old API key
      HUBSPOT_API_KEY: «P hubspot private-app-token pat-na1-{uuid}»
      HUBSPOT_DEVELOPER_API_KEY: «P hubspot developer-api-key na2-{hex4}-{hex4}-{hex4}-{hex4}-{hex12}»
      HUBSPOT_APP_ID: "«D hubspot app_id {dig7}»"
      HUBSPOT_CLIENT_SECRET: ${HUBSPOT_CLIENT_SECRET:?}
""")
    add(Doc, "theme/.env.ci-backup", "dotenv-hubspot-older-pak", """# copied from the old CircleCI project before it was deleted
HUBSPOT_PERSONAL_ACCESS_KEY=%(old)s
HUBSPOT_PORTAL_ID=«D hubspot portal_id {dig8}»
HUBSPOT_REQUEST_ID_EXAMPLE=«D hubspot request_id {uuid}»
""", old=("personal-access-key-older", oauth_like(), None))
    add(Doc, "app/src/app.config.json", "json-developer-api-key", """{
  "appId": «D hubspot app_id {dig7}»,
  "developerApiKey": "«P hubspot developer-api-key {uuid}»",
  "webhookTarget": "https://crm.tallowmere.example/hooks/hubspot",
  "placeholderClientId": "«D hubspot placeholder_uuid xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»"
}
""")
    return F
