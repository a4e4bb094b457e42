"""HubSpot in depth (repos/hubspot/), from the team's hubspot-credentials.md.

PAKs (protobuf-shaped, CiR + base64url of '<hublet>-'), private app tokens
(pat-<hublet>-<uuid>), legacy API keys and developer keys (UUID / hublet-UUID, with
hapikey or key-name context), OAuth refresh tokens, client secrets, SMTP passwords.
Decoys: portal ids, client ids, form GUIDs, request ids, all-zero/x placeholders.
"""
import base64

from vals16 import R, expand, rbytes, uuid4


def pak(hublet):
    field1 = ("%s-%s-%s-%s-%s" % (hublet, expand("hex4"), expand("hex4"), expand("hex4"), expand("hex4") + expand("hex12")[:0])).encode()
    field1 = (hublet + "-" + uuid4()[4:]).encode()[:36]
    raw = b"\x0a\x24" + field1 + b"\x10" + rbytes(4) + b"\x18" + rbytes(4) + b"\x2a\x19\x00\x05" + rbytes(23) + b"\x4a\x03" + hublet.encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def pat(hublet):
    return "pat-%s-%s" % (hublet, uuid4())


def hub_refresh(hublet):
    return "%s-%s" % (hublet, uuid4()[9:])


def build(Doc):
    docs = []

    d = Doc("repos/hubspot/theme-riverbend/hubspot.config.yml", "repos", "hubspot-cli-config")
    t = """defaultPortal: riverbend-prod
portals:
  - name: riverbend-prod
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      %s
    auth:
      tokenInfo:
        accessToken: >-
          %s
        expiresAt: '2026-11-30T16:02:11.482Z'
  - name: riverbend-sandbox
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: %s
""" % (d.dec("hubspot", "portal_id", expand("digit8")), d.pos("hubspot", "personal_access_key", pak("na1")),
       d.pos("hubspot", "oauth_access_token", "CK" + expand("b64u120")), d.dec("hubspot", "portal_id", expand("digit9")),
       d.pos("hubspot", "personal_access_key", pak("eu1")))
    docs.append((d, t))

    d = Doc("repos/hubspot/theme-riverbend/archived.hubspot.config.yml", "repos", "hubspot-cli-config")
    t = """defaultPortal: legacy
portals:
  - name: legacy
    portalId: %s
    authType: apikey
    apiKey: %s
  - name: app-dev
    portalId: %s
    authType: oauth2
    auth:
      clientId: %s
      clientSecret: %s
      scopes:
        - content
      tokenInfo:
        refreshToken: %s
""" % (d.dec("hubspot", "portal_id", expand("digit8")), d.pos("hubspot", "legacy_api_key", uuid4()),
       d.dec("hubspot", "portal_id", expand("digit8")), d.dec("hubspot", "client_id", uuid4()),
       d.pos("hubspot", "client_secret", uuid4()), d.pos("hubspot", "refresh_token", hub_refresh("na1")))
    docs.append((d, t))

    d = Doc("repos/hubspot/crm-sync/.env", "repos", "dotenv")
    t = """# crm-sync service
HUBSPOT_PORTAL_ID=%s
HUBSPOT_ACCESS_TOKEN=%s
HUBSPOT_CLIENT_ID=%s
HUBSPOT_CLIENT_SECRET=%s
HUBSPOT_DEVELOPER_API_KEY=%s
HUBSPOT_NEWSLETTER_FORM_ID=%s
SYNC_INTERVAL_SECONDS=300
""" % (d.dec("hubspot", "portal_id", expand("digit8")), d.pos("hubspot", "private_app_token", pat("na1")),
       d.dec("hubspot", "client_id", uuid4()), d.pos("hubspot", "client_secret", uuid4()),
       d.pos("hubspot", "developer_api_key", hub_refresh("na2")), d.dec("hubspot", "form_guid", uuid4()))
    docs.append((d, t))

    d = Doc("repos/hubspot/crm-sync/src/client.ts", "repos", "typescript")
    t = """import { Client } from '@hubspot/api-client';

// TODO move to the secret store before go-live
const hubspotClient = new Client({ accessToken: '%s', numberOfApiCallRetries: 3 });

export async function upsertContact(email: string, props: Record<string, string>) {
  const res = await hubspotClient.crm.contacts.basicApi.create({ properties: { email, ...props } });
  return res.id;
}

export const TRACE = { requestId: '%s' };
""" % (d.pos("hubspot", "private_app_token", pat("eu1")), d.dec("hubspot", "request_id", uuid4()))
    docs.append((d, t))

    d = Doc("repos/hubspot/legacy-php/lib/hubspot_sync.php", "repos", "php")
    t = """<?php
// legacy contact export, still called by cron on the old box
$portal = %s;
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100";
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$webhooks = "https://api.hubapi.com/webhooks/v3/%s/settings?hapikey=%s";
$response = curl_exec($ch);
""" % (d.dec("hubspot", "portal_id", expand("digit8")), d.pos("hubspot", "legacy_api_key", uuid4()),
       d.dec("hubspot", "app_id", expand("digit7")), d.pos("hubspot", "developer_api_key", uuid4()))
    docs.append((d, t))

    d = Doc("repos/hubspot/website/templates/contact.html", "repos", "html")
    t = """<section class="contact">
  <h2>Talk to us</h2>
  <script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
  <script>
    hbspt.forms.create({
      region: "eu1",
      portalId: "%s",
      formId: "%s"
    });
  </script>
  <!-- cta: %s -->
</section>
""" % (d.dec("hubspot", "portal_id", expand("digit8")), d.dec("hubspot", "form_guid", uuid4()), d.dec("hubspot", "cta_guid", uuid4()))
    docs.append((d, t))

    d = Doc("repos/hubspot/theme-riverbend/.github/workflows/deploy-theme.yml", "repos", "github-actions")
    t = """name: Deploy theme
on:
  push:
    branches: [main]
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci
      - run: npx hs upload src riverbend-theme --account=%s
        env:
          HUBSPOT_PERSONAL_ACCESS_KEY: %s
          HUBSPOT_ACCOUNT_ID: %s
""" % (d.dec("hubspot", "portal_id", expand("digit8")), d.pos("hubspot", "personal_access_key", pak("na2")),
       d.dec("hubspot", "portal_id", expand("digit8")))
    docs.append((d, t))

    d = Doc("repos/hubspot/mailer/config/smtp.yml", "repos", "yaml")
    t = """transactional:
  host: smtp.hubapi.com
  port: 587
  starttls: true
  username: %s@%s.smtp.hubspot.net
  password: %s
  from: no-reply@riverbend.test
""" % (expand("lower10"), expand("digit8"), d.pos("hubspot", "smtp_password", expand("alnum30")))
    docs.append((d, t))

    d = Doc("repos/hubspot/crm-sync/tests/fixtures/hubspot.py", "repos", "python")
    t = """# Fixtures for the sync tests: no real account is contacted, the client is mocked.
FAKE_TOKEN = "%s"
ZERO_KEY = "%s"
SAMPLE_PORTAL = %s
REQUEST_ID = "%s"
REFRESH_TOKEN_FIELD = "refreshToken"
""" % (d.dec("hubspot", "placeholder", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
       d.dec("hubspot", "placeholder", "00000000-0000-0000-0000-000000000000"),
       d.dec("hubspot", "portal_id", expand("digit8")), d.dec("hubspot", "request_id", uuid4()))
    docs.append((d, t))

    d = Doc("repos/hubspot/crm-sync/docs/incident-2026-10.md", "repos", "markdown")
    t = """# Incident: sync stalled (2026-10-14)

The token in the runbook was rotated; the old one is below so support can match it in
the audit log (it was revoked at 14:02 UTC):

    Authorization: Bearer %s

Correlation id from the 401 body: `%s`. Portal `%s`.
""" % (d.pos("hubspot", "private_app_token", pat("na2")), d.dec("hubspot", "correlation_id", uuid4()), d.dec("hubspot", "portal_id", expand("digit8")))
    docs.append((d, t))
    return docs
