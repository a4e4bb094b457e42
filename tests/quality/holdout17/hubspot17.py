"""repos/hubspot/: HubSpot in depth, from /work/shared/design/hubspot-credentials.md."""
import base64
from tmpl17 import fill
from vals17 import R, expand


def varint(n):
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def u64(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pak(hublet):
    """Current personal access key: protobuf, field 1 '<hublet>-hex groups', 2/3 varints, 5 signature, 9 hublet."""
    f1 = (hublet + "-" + expand("<h4>-<h4>-<h4>-<h4>-<h12>")).encode()
    sig = b"\x00\x05" + bytes(R.randrange(256) for _ in range(23))
    msg = (b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(R.randrange(10 ** 7, 10 ** 8)) + b"\x18" +
           varint(R.randrange(10 ** 7, 10 ** 8)) + b"\x2a\x19" + sig + b"\x4a\x03" + hublet.encode())
    return u64(msg)


def oauth_token(n=70):
    """OAuth access token shape: 0x08 + varint(expiry ms) + protobuf bytes."""
    body = bytes(R.randrange(256) for _ in range(n))
    return u64(b"\x08" + varint(1764590000000 + R.randrange(10 ** 7)) + b"\x12" + body)


def old_pak():
    """2020-style key: an OAuth-token-like protobuf with zero runs."""
    body = bytes(R.randrange(256) for _ in range(20)) + b"\x00" * 12 + bytes(R.randrange(256) for _ in range(40))
    return u64(b"\x08" + varint(1601000000000 + R.randrange(10 ** 9)) + b"\x12\x11" + body)


def hx():
    return expand("<h4>-<h4>-<h4>-<h4>-<h12>")


def build(Doc):
    P, D = "«p|hubspot|%s|%s»", "«d|hubspot|%s|%s»"
    files = []

    def add(path, shape, text):
        doc = Doc("repos/hubspot/" + path, "repos", shape)
        files.append((doc, fill(doc, text)))

    add("theme-kestrel/hubspot.config.yml", "hubspot-cli-config", """defaultPortal: kestrel-prod
portals:
  - name: kestrel-prod
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      %s
    auth:
      tokenInfo:
        accessToken: >-
          %s
        expiresAt: '2025-12-01T10:41:07.113Z'
  - name: kestrel-sandbox
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: %s
""" % (D % ("portal_id", "<d8>"), P % ("personal_access_key", pak("na1")), P % ("oauth_access_token", oauth_token()),
       D % ("portal_id", "<d9>"), P % ("personal_access_key", pak("eu1"))))

    add("cms-heron/.hscli/config.yml", "hubspot-cli-config-74", """defaultAccount: heron
accounts:
  - name: heron
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: >-
      %s
    env: prod
  - name: heron-legacy
    accountId: %s
    authType: apikey
    apiKey: %s
    env: prod
""" % (D % ("account_id", "<d8>"), P % ("personal_access_key", pak("na2")), D % ("account_id", "<d7>"),
       P % ("legacy_api_key", "<uuid>")))

    add("theme-kestrel/archived.hubspot.config.yml", "hubspot-cli-archived", """defaultPortal: agency
portals:
  - name: agency
    portalId: %s
    authType: oauth2
    auth:
      clientId: %s
      clientSecret: %s
      scopes:
        - content
      tokenInfo:
        refreshToken: %s
        expiresAt: '2024-03-18T14:02:55.001Z'
  - name: agency-old
    portalId: %s
    authType: personalaccesskey
    personalAccessKey: >-
      %s
""" % (D % ("portal_id", "<d7>"), D % ("client_id", "<uuid>"), P % ("client_secret", "<uuid>"),
       P % ("refresh_token", "na1-" + hx()), D % ("portal_id", "<d8>"), P % ("personal_access_key_2020", old_pak())))

    add("sync-worker/.env.production", "hubspot-dotenv", """NODE_ENV=production
HUBSPOT_ACCESS_TOKEN=%s
HUBSPOT_CLIENT_ID=%s
HUBSPOT_CLIENT_SECRET=%s
HUBSPOT_DEVELOPER_API_KEY=%s
HUBSPOT_PORTAL_ID=%s
HUBSPOT_REFRESH_TOKEN=%s
SENTRY_ENVIRONMENT=production
""" % (P % ("private_app_token", "pat-na1-<uuid>"), D % ("client_id", "<uuid>"), P % ("client_secret", "<uuid>"),
       P % ("developer_api_key", "eu1-" + hx()), D % ("portal_id", "<d8>"), P % ("refresh_token", "<uuid>")))

    add("sync-worker/sync/contacts.py", "hubspot-python-sdk", """from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

# TODO move to vault before go-live
client = HubSpot(access_token="%s")

PIPELINE_ID = "%s"


def push(email, first):
    body = SimplePublicObjectInputForCreate(properties={"email": email, "firstname": first})
    return client.crm.contacts.basic_api.create(simple_public_object_input_for_create=body)
""" % (P % ("private_app_token", "pat-eu1-<uuid>"), D % ("pipeline_id", "<d9>")))

    add("legacy-portal/lib/hubspot.js", "hubspot-node-legacy", """const hubspot = require('@hubspot/api-client');
const fetch = require('node-fetch');

// 2021 integration, still deployed on the old box
const legacy = new hubspot.Client({ apiKey: '%s' });

const APP_ID = %s;
const WEBHOOK_SETTINGS = 'https://api.hubapi.com/webhooks/v3/' + APP_ID + '/settings?hapikey=%s';

async function recentDeals() {
  const r = await fetch('https://api.hubapi.com/deals/v1/deal/recent/modified?count=50&hapikey=%s');
  return r.json();
}

module.exports = { legacy, recentDeals, WEBHOOK_SETTINGS };
""" % (P % ("legacy_api_key", "<uuid>"), D % ("app_id", "<d7>"), P % ("developer_api_key", "<uuid>"),
       P % ("legacy_api_key", "<uuid>")))

    add("marketing-site/src/components/NewsletterForm.tsx", "hubspot-form-embed", """import { useEffect } from 'react';

export function NewsletterForm() {
  useEffect(() => {
    (window as any).hbspt?.forms.create({
      region: 'na1',
      portalId: '%s',
      formId: '%s',
      target: '#newsletter',
    });
  }, []);
  // private app token lives in the edge function: %s
  return <div id="newsletter" data-cta-guid="%s" />;
}
""" % (D % ("portal_id", "<d8>"), D % ("form_guid", "<uuid>"), D % ("masked_token", "pat-na1-" + expand("<h4>") + "****-****-****-********" + expand("<h4>")),
       D % ("cta_guid", "<uuid>")))

    add("cms-heron/.github/workflows/deploy-theme.yml", "hubspot-github-actions", """name: Deploy theme
on:
  push:
    branches: [main]
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_PORTAL_ID: %s
      HUBSPOT_PERSONAL_ACCESS_KEY: %s
    steps:
      - uses: actions/checkout@v4
      - run: npx @hubspot/cli upload src heron-theme --account=${{ secrets.HUBSPOT_ACCOUNT_NAME }}
        env:
          HUBSPOT_CLIENT_SECRET: ${{ secrets.HUBSPOT_CLIENT_SECRET }}
""" % (D % ("portal_id", "<d8>"), P % ("personal_access_key", pak("na1"))))

    add("billing-mailer/internal/mail/smtp.go", "hubspot-smtp-go", """package mail

import "net/smtp"

const (
	smtpHost = "smtp.hubapi.com:587"
	smtpUser = "%s@%s.smtp.hubspot.net"
	smtpPass = "%s"
)

func auth() smtp.Auth {
	return smtp.PlainAuth("", smtpUser, smtpPass, "smtp.hubapi.com")
}
""" % (expand("<l10>"), expand("<d8>"), P % ("smtp_password", "<a32>")))

    add("ops-notes/2025-11-hubspot-outage.md", "hubspot-incident-note", """# HubSpot sync failures, 2025-11-19

The sync job got 401s from 09:12 UTC. Reproduced with:

```
curl -s https://api.hubapi.com/crm/v3/objects/companies?limit=1 \\
  -H 'Authorization: Bearer %s'
```

Response body:

```json
{"status":"error","message":"Authentication credentials not found.","correlationId":"%s","category":"INVALID_AUTHENTICATION"}
```

Root cause: token rotated in the app, not in the job's env. Placeholders in the runbook
(`pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, client id %s) are not credentials.
Old legacy key was `%s` (all zeros in the docs example).
""" % (P % ("private_app_token", "pat-na1-<uuid>"), D % ("correlation_id", "<uuid>"), D % ("client_id", "<uuid>"),
       D % ("zero_uuid", "00000000-0000-0000-0000-000000000000")))

    add("legacy-portal/cron/export_contacts.php", "hubspot-php-legacy", """<?php
// nightly export, runs from cron on legacy-portal-01
$portal = %s;
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100";
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$data = json_decode(curl_exec($ch), true);
file_put_contents("/var/exports/contacts-$portal.json", json_encode($data));
""" % (D % ("portal_id", "<d8>"), P % ("legacy_api_key", "<uuid>")))
    return files
