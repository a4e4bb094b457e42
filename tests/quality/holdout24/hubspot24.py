"""repos/hubspot/: HubSpot credentials in depth (shapes per /work/shared/design/hubspot-credentials.md):
personal access keys (current protobuf na1/eu1 and the older C... shape), private-app tokens,
OAuth access and refresh tokens, legacy hapikey keys, developer API keys, client secrets,
SMTP passwords; decoys: portal/app/client ids, form GUIDs, masked keys, references."""
import base64
import time

import vals24
from tmpl24 import files
from vals24 import R, rs, uuid


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def rand_bytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def refresh(h="na1"):
    return "%s-%s-%s-%s-%s-%s" % (h, rs("hex", 4), rs("hex", 4), rs("hex", 4), rs("hex", 4), rs("hex", 12))


def pak(h="na1"):
    f1 = refresh(h)
    b = b"\x0a\x24" + f1.encode() + b"\x10" + varint(R.randint(10 ** 7, 2 * 10 ** 8)) + b"\x18" + varint(R.randint(10 ** 6, 9 * 10 ** 7))
    b += b"\x2a\x19\x00\x05" + rand_bytes(23) + b"\x4a\x03" + h.encode()
    return b64u(b)


def old_token():
    """Older PAK / OAuth access token: 0x08 + expiry ms varint, zero runs inside."""
    ms = 1790000000000 + R.randint(0, 10 ** 10)
    b = b"\x08" + varint(ms) + b"\x12\x02\x00\x01\x18" + varint(R.randint(10 ** 6, 9 * 10 ** 7)) + b"\x22\x08" + rand_bytes(8)
    b += b"\x2a\x19\x00" + rand_bytes(24) + b"\x32\x10" + b"\x00" * 3 + rand_bytes(4) + b"\x00" * 9 + b"\x42\x19\x00" + rand_bytes(24)
    return b64u(b)


vals24.NAMED.update({
    "pakna1": lambda: pak("na1"), "pakeu1": lambda: pak("eu1"), "pakna2": lambda: pak("na2"),
    "hsold": old_token, "hsrefresh": lambda: refresh("na1"), "hsrefresheu": lambda: refresh("eu1"),
    "patna1": lambda: "pat-na1-" + uuid(), "pateu1": lambda: "pat-eu1-" + uuid(), "patna2": lambda: "pat-na2-" + uuid(),
    "portal": lambda: str(R.randint(20000000, 149999999)),
})


def folded(v, parts, indent):
    n = len(v) // parts + 1
    return ("\n" + indent).join(v[i:i + n] for i in range(0, len(v), n))


def build(Doc):
    out = []
    # 1. project-local CLI config (pre-7.4 schema): folded PAK, oauth2 portal, apikey portal
    d = Doc("repos/hubspot/theme-brackenfield/hubspot.config.yml", "repos", "hubspot-cli-config")
    tok = old_token()
    t = '''defaultPortal: brackenfield-prod
portals:
  - name: brackenfield-prod
    portalId: «D hubspot portal_id portal»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal-access-key pakna1»
    auth:
      tokenInfo:
        accessToken: >-
          %s
        expiresAt: '2026-11-30T16:20:11.402Z'
  - name: brackenfield-sandbox
    portalId: «D hubspot portal_id portal»
    env: prod
    authType: oauth2
    auth:
      clientId: «D hubspot client_id uuid»
      clientSecret: «P hubspot client-secret uuid»
      scopes:
        - content
      tokenInfo:
        refreshToken: «P hubspot refresh-token hsrefresh»
''' % d.pos("hubspot", "oauth-access-token", tok, shown=folded(tok, 2, "          "), match="pem")
    from tmpl24 import fill
    out.append((d, fill(d, t)))
    # 2. CLI >= 7.4 global config: accounts, eu1 PAK inline, older C... PAK folded over two lines
    d = Doc("repos/hubspot/home/maya/.hscli/config.yml", "repos", "hubspot-cli-config-v2")
    oldpak = old_token()
    t = '''defaultAccount: brackenfield-eu
accounts:
  - name: brackenfield-eu
    accountId: «D hubspot account_id portal»
    authType: personalaccesskey
    personalAccessKey: «P hubspot personal-access-key pakeu1»
  - name: legacy-agency
    accountId: «D hubspot account_id portal»
    authType: personalaccesskey
    personalAccessKey: >-
      %s
''' % d.pos("hubspot", "personal-access-key-legacy", oldpak, shown=folded(oldpak, 2, "      "), match="pem")
    out.append((d, fill(d, t)))
    S = [
("repos/hubspot/archived.hubspot.config.yml", "hubspot-cli-archived", r'''defaultPortal: old-site
portals:
  - name: old-site
    portalId: «D hubspot portal_id portal»
    authType: apikey
    apiKey: «P hubspot legacy-api-key uuid»
'''),
("repos/hubspot/crm-sync/template.yaml", "aws-sam-template", r'''AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Parameters:
  HubSpotToken:
    Type: String
    NoEcho: true
    Default: «P hubspot private-app-token patna1»
  HubSpotPortal:
    Type: String
    Default: "«D hubspot portal_id portal»"
Resources:
  SyncFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Environment:
        Variables:
          HUBSPOT_ACCESS_TOKEN: !Ref HubSpotToken
          HUBSPOT_PORTAL_ID: !Ref HubSpotPortal
'''),
("repos/hubspot/crm-sync/notebooks/dedupe-contacts.ipynb", "jupyter-notebook", r'''{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["token: «D hubspot masked_token pat-eu1-********-****-****-****-********|hex4»\n"]}
   ],
   "source": [
    "from hubspot import HubSpot\n",
    "api = HubSpot(access_token=\"«P hubspot private-app-token pateu1»\")\n",
    "print('token:', mask(api.access_token))\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "FORM_GUID = \"«D hubspot form_guid uuid»\"\n",
    "contacts = api.crm.contacts.get_all()\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
'''),
("repos/hubspot/theme-brackenfield/.github/workflows/deploy-theme.yml", "github-actions-hubspot", r'''name: deploy theme
on: { push: { branches: [main] } }
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm i -g @hubspot/cli
      - name: upload
        env:
          HUBSPOT_PERSONAL_ACCESS_KEY: ${{ secrets.HUBSPOT_PAK || '«P hubspot personal-access-key pakna1»' }}
          HUBSPOT_ACCOUNT_ID: «D hubspot account_id portal»
        run: hs project upload --use-env
      - name: debug (remove!)
        run: hs accounts auth --personal-access-key «P hubspot personal-access-key pakna2»
'''),
("repos/hubspot/crm-sync/sync_legacy.rb", "ruby-crm-sync", r'''require "net/http"
require "json"

# pre-2022 sync, still run monthly for the archive portal
HAPI = "«P@legacy hubspot legacy-api-key uuid»"
PORTAL = «D hubspot portal_id portal»

def contacts(offset = 0)
  uri = URI("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=#{HAPI}&vidOffset=#{offset}")
  JSON.parse(Net::HTTP.get(uri))
end

def deals
  JSON.parse(Net::HTTP.get(URI("https://api.hubapi.com/deals/v1/deal/paged?hapikey=«P hubspot legacy-api-key uuid»&limit=250")))
end
'''),
("repos/hubspot/crm-sync/src/Factory.php", "php-hubspot-sdk", r'''<?php

use HubSpot\Factory;

$crm = Factory::createWithAccessToken('«P hubspot private-app-token patna1»');
$apps = Factory::createWithDeveloperApiKey('«P hubspot developer-api-key hsrefresh»');
$appId = «D hubspot app_id dig7»;
'''),
("repos/hubspot/crm-sync/src/client.ts", "node-hubspot-client", r'''import { Client } from "@hubspot/api-client";

export const hubspot = new Client({
  accessToken:
    process.env.HUBSPOT_ACCESS_TOKEN ??
    "«P hubspot private-app-token patna2»",
  numberOfApiCallRetries: 3,
});

export const PORTAL_ID = «D hubspot portal_id portal»;
export const DEFAULT_PIPELINE = "«D hubspot pipeline_id dig9»";
'''),
("repos/hubspot/crm-sync/scripts/webhook-settings.sh", "shell-curl-hubspot", r'''#!/bin/sh
APP_ID=«D hubspot app_id dig7»
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/${APP_ID}/settings?hapikey=«P hubspot developer-api-key hsrefresheu»" \
  -H 'Content-Type: application/json' \
  -d '{"targetUrl":"https://crm-sync.brackenfield.example/hooks","throttling":{"maxConcurrentRequests":10}}'
'''),
("repos/hubspot/crm-sync/.env", "dotenv-hubspot", r'''HUBSPOT_CLIENT_ID=«D hubspot client_id uuid»
HUBSPOT_CLIENT_SECRET=«P hubspot client-secret uuid»
HUBSPOT_REFRESH_TOKEN=«P hubspot refresh-token hsrefresh»
HUBSPOT_PORTAL_ID=«D hubspot portal_id portal»
HUBSPOT_REDIRECT_URI=https://crm-sync.brackenfield.example/oauth/callback
'''),
("repos/hubspot/theme-brackenfield/templates/partials/newsletter.html", "hubspot-embed", r'''<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "eu1",
    portalId: "«D hubspot portal_id portal»",
    formId: "«D hubspot form_guid uuid»"
  });
</script>
'''),
("repos/hubspot/crm-sync/CHANGELOG.md", "changelog-revoked", r'''## 2.4.0
- Moved from the legacy API key (`«D hubspot revoked_masked ********-****-****-****-********a41c»`, deleted 2026-02) to a private app.
- The private-app token in the old README (`pat-na1-«D hubspot revoked_masked ********-****-****-****-************»`) was rotated.
'''),
("repos/hubspot/ops/slack-thread.txt", "chat-hubspot", r'''maya  10:02  oauth for the sandbox app broke again
kai   10:04  refresh token we stored: «P hubspot refresh-token hsrefresheu»
kai   10:04  and the access token it gave back (30 min): «P hubspot oauth-access-token hsold»
maya  10:06  thx, client id is «D hubspot client_id uuid» right?
'''),
("repos/hubspot/crm-sync/mailer/smtp.yaml", "hubspot-smtp", r'''transactional:
  host: smtp.hubapi.com
  port: 587
  username: «D hubspot smtp_username lan10+@+dig8+.smtp.hubspot.net»
  password: «P hubspot smtp-password an34»
'''),
("repos/hubspot/crm-sync/tests/fixtures/hubspot.json", "test-fixtures-marked", r'''{"_note": "placeholders only, replaced by the mock server",
 "accessToken": "«D hubspot placeholder pat-na1-00000000-0000-0000-0000-000000000000»",
 "apiKey": "«D hubspot placeholder xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»",
 "portalId": "<portalId>"}
'''),
("repos/hubspot/crm-sync/terraform/lambda.tf", "terraform-hubspot", r'''resource "aws_lambda_function" "hubspot_sync" {
  function_name = "hubspot-sync"
  runtime       = "python3.12"
  handler       = "app.handler"
  environment {
    variables = {
      HUBSPOT_PRIVATE_APP_TOKEN = "«P hubspot private-app-token pateu1»"
      HUBSPOT_APP_ID            = "«D hubspot app_id dig7»"
    }
  }
}
'''),
    ]
    return out + files(Doc, "repos", S)
