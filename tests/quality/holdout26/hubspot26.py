"""repos/marketing/hubspot/ (and the CLI configs in admins' homes): every HubSpot credential
shape and place /work/shared/design/hubspot-credentials.md lists, with its decoys."""
from tmpl26 import files

H = "repos/marketing/hubspot/"
SPECS = [
    (H + "theme-autumn/hubspot.config.yml", "hubspot:cli-config", """defaultPortal: marrowgate-prod
portals:
  - name: marrowgate-prod
    portalId: «D hubspot portal_id {d:8}»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key {hspak_eu1}»
    auth:
      tokenInfo:
        accessToken: >-
          «P hubspot oauth_access_token {hsoauth}»
        expiresAt: '2026-11-19T10:41:07.112Z'
  - name: marrowgate-sandbox
    portalId: «D hubspot portal_id {d:8}»
    env: prod
    authType: personalaccesskey
    personalAccessKey: «P hubspot personal_access_key {hspak_eu1}»
"""),
    (H + "theme-autumn/archived.hubspot.config.yml", "hubspot:cli-config-archived", """defaultPortal: learning
portals:
  - name: learning
    portalId: «D hubspot portal_id {d:8}»
    authType: oauth2
    auth:
      clientId: «D hubspot client_id {uuid}»
      clientSecret: «P hubspot client_secret {uuid}»
      scopes:
        - content
      tokenInfo:
        refreshToken: «P hubspot refresh_token {hsrefresh_eu1}»
        accessToken: «P hubspot oauth_access_token {hsoauth}»
        expiresAt: '2025-03-02T08:00:12.000Z'
  - name: old-apikey
    portalId: «D hubspot portal_id {d:7}»
    authType: apikey
    apiKey: «P hubspot legacy_api_key {uuid}»
"""),
    ("repos/dotfiles/ops-rhian/.hscli/config.yml", "hubspot:hscli", """defaultAccount: marrowgate-prod
accounts:
  - name: marrowgate-prod
    accountId: «D hubspot account_id {d:8}»
    env: prod
    authType: personalaccesskey
    personalAccessKey: «P hubspot personal_access_key {hspak_na1}»
    auth:
      tokenInfo:
        accessToken: «P hubspot oauth_access_token {hsoauth}»
        expiresAt: '2026-11-20T14:02:55.901Z'
  - name: friends-dev
    accountId: «D hubspot account_id {d:9}»
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key {hspak_na2}»
"""),
    ("repos/dotfiles/ops-dafydd/hubspot.config.yml", "hubspot:cli-config-2020", """defaultPortal: mgs
portals:
  - name: mgs
    portalId: «D hubspot portal_id {d:7}»
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key {hsoauth}»
"""),
    (H + "serverless/.env", "hubspot:dotenv", """# local dev for the serverless functions (hs project dev)
HUBSPOT_PERSONAL_ACCESS_KEY=«P hubspot personal_access_key {hspak_eu1}»
HUBSPOT_ACCESS_TOKEN=«P hubspot private_app_token pat-eu1-{uuid}»
HUBSPOT_CLIENT_ID=«D hubspot client_id {uuid}»
HUBSPOT_CLIENT_SECRET=«P hubspot client_secret {uuid}»
HUBSPOT_REFRESH_TOKEN=«P hubspot refresh_token {hsrefresh_eu1}»
HUBSPOT_PORTAL_ID=«D hubspot portal_id {d:8}»
HUBSPOT_PRIVATE_APP_TOKEN=${HUBSPOT_TOKEN_FROM_VAULT}
"""),
    (H + "serverless/.env.example", "hubspot:dotenv-example", """HUBSPOT_PERSONAL_ACCESS_KEY=«D hubspot placeholder <your-personal-access-key>»
HUBSPOT_ACCESS_TOKEN=«D hubspot placeholder pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»
HUBSPOT_CLIENT_SECRET=«D hubspot all_zero_uuid 00000000-0000-0000-0000-000000000000»
HUBSPOT_PORTAL_ID=<portalId>
"""),
    (H + "forms-embed/friends-signup.html", "hubspot:forms-embed", """<!-- Friends scheme sign-up form on the website -->
<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "eu1",
    portalId: "«D hubspot portal_id {d:8}»",
    formId: "«D hubspot form_id {uuid}»",
    onFormSubmitted: function () {
      // old contact lookup, removed from the template in 2023 but still cached by the CDN
      fetch("https://api.hubapi.com/contacts/v1/lists/all/contacts/recent?hapikey=«P hubspot legacy_api_key {uuid}»&count=1");
    }
  });
</script>
<!-- CTA --><span class="hs-cta-wrapper" id="hs-cta-wrapper-«D hubspot cta_guid {uuid}»"></span>
"""),
    (H + "webhooks/register-subscriptions.sh", "hubspot:webhooks", """#!/bin/sh
# subscribe the box-office app to contact.propertyChange (developer account)
APP_ID=«D hubspot app_id {d:7}»
curl -s -X POST "https://api.hubapi.com/webhooks/v3/$APP_ID/subscriptions?hapikey=«P hubspot developer_api_key {hsrefresh_na1}»" \\
  -H 'Content-Type: application/json' \\
  -d '{"eventType":"contact.propertyChange","propertyName":"lifecyclestage","active":true}'
"""),
    (H + "crm-sync/sync.py", "hubspot:python", """import os

import hubspot
from hubspot.crm.contacts import SimplePublicObjectInput

# the box-office -> CRM sync; HUBSPOT_API_KEY is really a private app token (legacy name)
HUBSPOT_API_KEY = os.environ.get("HUBSPOT_API_KEY", "«P hubspot private_app_token pat-na1-{uuid}»")
client = hubspot.Client.create(access_token=HUBSPOT_API_KEY)

# before the 2022 sunset:
# client = hubspot.Client.create(api_key="«P hubspot legacy_api_key {uuid}»")


def push(patron):
    props = {"email": patron.email, "firstname": patron.first_name, "mgs_patron_id": str(patron.id)}
    return client.crm.contacts.basic_api.create(SimplePublicObjectInput(properties=props))
"""),
    (H + "crm-sync/tests/fixtures/error-401.json", "hubspot:fixture", """{
  "status": "error",
  "message": "Authentication credentials not found.",
  "correlationId": "«D hubspot correlation_id {uuid}»",
  "category": "INVALID_AUTHENTICATION",
  "context": {"portalId": ["«D hubspot portal_id {d:8}»"], "token": ["«D hubspot masked pat-na1-****************************a1b2»"]}
}
"""),
    (H + "email/transactional.properties", "hubspot:smtp", """# HubSpot transactional email over SMTP (booking confirmations, Friends scheme)
mail.smtp.host=smtp.hubapi.com
mail.smtp.port=587
mail.smtp.starttls.enable=true
mail.smtp.user=«D hubspot smtp_username {l:10}@{d:8}.smtp.hubspot.net»
mail.smtp.password=«P hubspot smtp_password {a:32}»
"""),
    (H + "ci/deploy-theme.yml", "hubspot:github-actions", """name: deploy theme
on: {push: {branches: [main]}}
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_PERSONAL_ACCESS_KEY: ${{ secrets.HUBSPOT_PAK }}
      HUBSPOT_PORTAL_ID: «D hubspot portal_id {d:8}»
    steps:
      - uses: actions/checkout@v4
      - run: npx @hubspot/cli upload theme-autumn theme-autumn --account=${HUBSPOT_PORTAL_ID}
      # debugging the 401s, remove:
      - run: curl -sH "Authorization: Bearer «P hubspot private_app_token pat-eu1-{uuid}»" https://api.hubapi.com/account-info/v3/details
"""),
    (H + "ci/k8s-secret.yaml", "hubspot:k8s-secret", """apiVersion: v1
kind: Secret
metadata:
  name: hubspot-sync
  namespace: crm
type: Opaque
stringData:
  HUBSPOT_PERSONAL_ACCESS_KEY: |
    «P hubspot personal_access_key {hspak_na1}»
  HUBSPOT_DEVELOPER_API_KEY: «P hubspot developer_api_key {uuid}»
"""),
    (H + "notes/token-rotation-2026-11.md", "hubspot:notes", """# HubSpot token rotation, Nov 2026

* Old private app token `«D hubspot truncated pat-na1-0d3f...»` revoked (leaked in the ticket OPS-398).
* New one for the sync app: `«P hubspot private_app_token pat-eu1-{uuid}»` (stored in vault, this note is temporary!)
* Webhook signing secret (= app client secret) unchanged: `«P hubspot client_secret {uuid}»`
* Form ids for the autumn campaign: `«D hubspot form_id {uuid}»`, `«D hubspot form_id {uuid}»`
"""),
    (H + "logs/oauth-callback-2026-11-18.log", "hubspot:log", """2026-11-18T10:12:01Z INFO oauth callback code=«D hubspot auth_code {uuid}» portal=«D hubspot portal_id {d:8}»
2026-11-18T10:12:02Z DEBUG token response {"token_type":"bearer","refresh_token":"«P hubspot refresh_token {uuid}»","access_token":"«P hubspot oauth_access_token {hsoauth}»","expires_in":1800}
2026-11-18T10:12:02Z INFO request id «D hubspot request_id {uuid}»
"""),
    (H + "crm-sync/src/client.ts", "hubspot:typescript", """import { Client } from '@hubspot/api-client';

export const hubspot = new Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN });

// developer account, app settings only (timeline event types)
export const developerApiKey = process.env.HUBSPOT_DEVELOPER_API_KEY ?? '«P hubspot developer_api_key {hsrefresh_eu1}»';
export const portalId = Number(process.env.HUBSPOT_PORTAL_ID ?? «D hubspot portal_id {d:8}»);
"""),
]


def build(Doc):
    return files(Doc, "repos", SPECS)
