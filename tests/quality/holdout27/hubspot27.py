"""repos/.../hubspot/: every HubSpot credential shape and place that
/work/shared/design/hubspot-credentials.md lists, with the decoys it names."""
from tmpl27 import files

H = "repos/cv-marketing/hubspot/"
SPECS = [
    (H + "hubspot.config.yml", "hubspot:cli-config",
     """defaultPortal: corrievane-prod
portals:
  - name: corrievane-prod
    portalId: «D hubspot portal_id dig:8»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key fn:hspak:eu1»
    auth:
      tokenInfo:
        accessToken: >-
          «P hubspot oauth_access_token fn:hsaccess»
        expiresAt: '2026-11-28T09:14:03.551Z'
  - name: corrievane-sandbox
    portalId: «D hubspot portal_id dig:8»
    env: prod
    authType: oauth2
    auth:
      clientId: «D hubspot oauth_client_id uuid»
      clientSecret: «P hubspot client_secret uuid»
      scopes:
        - content
        - forms
      tokenInfo:
        refreshToken: «P hubspot oauth_refresh_token fn:hsuuid:eu1»
"""),
    (H + "archived.hubspot.config.yml", "hubspot:cli-config",
     """defaultPortal: cv-legacy
portals:
  - name: cv-legacy
    portalId: «D hubspot portal_id dig:7»
    authType: apikey
    apiKey: «P hubspot legacy_api_key uuid»
"""),
    (H + "dot-hscli/config.yml", "hubspot:cli-config-7.4",
     """defaultAccount: «D hubspot account_id dig:8»
accounts:
  - name: cv-theme-dev
    accountId: «D hubspot account_id dig:8»
    authType: personalaccesskey
    personalAccessKey: «P hubspot personal_access_key fn:hspak:na1»
    env: prod
"""),
    (H + "functions/.env", "hubspot:dotenv",
     """# serverless functions of the lift-status CMS module
HUBSPOT_PRIVATE_APP_TOKEN=«P hubspot private_app_token pat-eu1-|uuid»
HUBSPOT_PORTAL_ID=«D hubspot portal_id dig:8»
HUBSPOT_CLIENT_ID=«D hubspot oauth_client_id uuid»
HUBSPOT_REFRESH_TOKEN=«P hubspot oauth_refresh_token uuid»
HUBSPOT_ACCESS_TOKEN=«D hubspot env_reference ${HUBSPOT_PRIVATE_APP_TOKEN}»
"""),
    (H + "sync/contacts_sync.go", "hubspot:go",
     """package sync

// pushes season-pass holders to HubSpot as contacts (nightly)
const hubspotToken = "«P hubspot private_app_token pat-na1-|uuid»"

func header() map[string]string {
	return map[string]string{"Authorization": "Bearer " + hubspotToken}
}

// correlation id of the last 429 we hit, for the ticket: «D hubspot correlation_id uuid»
"""),
    (H + "webhooks/register.sh", "hubspot:shell",
     """#!/bin/sh
# register the ticket webhook for the app (developer account)
APP_ID=«D hubspot app_id dig:7»
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=«P hubspot developer_api_key fn:hsuuid:na1»" \\
  -H 'Content-Type: application/json' -d @settings.json
"""),
    (H + "legacy/old_forms_import.php", "hubspot:php",
     """<?php
// 2021 import script, kept for the field mapping only
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=«P hubspot legacy_api_key uuid»&count=100";
$resp = file_get_contents($url);
"""),
    (H + "cms/templates/partials/newsletter.html", "hubspot:forms-embed",
     """<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "eu1",
    portalId: "«D hubspot portal_id dig:8»",
    formId: "«D hubspot form_guid uuid»"
  });
</script>
<!-- CTA {{cta('«D hubspot cta_guid uuid»')}} -->
"""),
    (H + "docs/smtp-relay.md", "hubspot:smtp",
     """# Transactional mail through HubSpot's SMTP API

The booking service sends receipts through HubSpot (server `smtp.hubapi.com`, port 587, STARTTLS).
Token created 2026-03-02 by Lena, rotate with the transactional email add-on page.

| setting  | value |
|----------|-------|
| username | «D hubspot smtp_username lo:10|@|dig:8|.smtp.hubspot.net» |
| password | «P hubspot smtp_password an:32» |

The test portal uses `xxxxxxxxxx@«D hubspot placeholder <portalId>».smtp.hubspot.net`.
"""),
    (H + "docs/README.md", "hubspot:prose",
     """# HubSpot integration

* Private app token: looks like `pat-eu1-00000000-0000-0000-0000-000000000000`; the real one lives in
  Vault at `kv/marketing/hubspot` (never here). Example of the zero form: «D hubspot zero_uuid pat-eu1-00000000-0000-0000-0000-000000000000»
* Placeholder for docs: «D hubspot placeholder pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»
* In CI: `HUBSPOT_TOKEN: «D hubspot env_reference ${{ secrets.HUBSPOT_TOKEN }}»`
* In node: «D hubspot env_reference process.env.HUBSPOT_PRIVATE_APP_TOKEN»
"""),
    (H + "ci/deploy-theme.yml", "hubspot:ci",
     """name: deploy cms theme
on: { push: { branches: [main] } }
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_PERSONAL_ACCESS_KEY: «P hubspot personal_access_key fn:hspak:eu1»
      HUBSPOT_ACCOUNT_ID: «D hubspot account_id dig:8»
    steps:
      - uses: actions/checkout@v4
      - run: npx hs project upload --account $HUBSPOT_ACCOUNT_ID
"""),
    (H + "logs/token-refresh-2026-11-27.log", "hubspot:log",
     """2026-11-27T06:00:01Z INFO  refreshing hubspot token for portal «D hubspot portal_id dig:8»
2026-11-27T06:00:02Z DEBUG response {"token_type":"bearer","refresh_token":"«P hubspot oauth_refresh_token fn:hsuuid:eu1»","access_token":"«P hubspot oauth_access_token fn:hsaccess»","expires_in":1800}
2026-11-27T06:00:02Z INFO  request id «D hubspot request_id uuid»
"""),
    (H + "app/src/app/app-hsmeta.json", "hubspot:project",
     """{
  "uid": "lift_status_app",
  "type": "app",
  "config": {
    "distribution": "private",
    "auth": { "type": "oauth", "redirectUrls": ["https://crm.corrievane.com/oauth/callback"] },
    "clientSecretDevOnly": "«P hubspot client_secret uuid»",
    "developerApiKey": "«P hubspot developer_api_key uuid»"
  }
}
"""),
    (H + "app/.hubspot-legacy.yml", "hubspot:cli-config",
     """# kept from the 2020 cli setup
defaultPortal: cv
portals:
  - name: cv
    portalId: «D hubspot portal_id dig:7»
    authType: personalaccesskey
    auth:
      personalAccessKey: «P hubspot personal_access_key_legacy fn:hsaccess»
"""),
]


def build(Doc):
    return files(Doc, "repos", SPECS)
