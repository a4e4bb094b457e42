"""HubSpot in depth for holdout15 (from /work/shared/design/hubspot-credentials.md)."""
import base64
import struct

from formats15 import R, expand, rnd, uuid

P = "hubspot"


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def pak(hublet="na1"):
    """Personal access key: protobuf, field 1 = '<hublet>-<uuid tail>' (36 bytes), varints, 25-byte sig, field 9 hublet."""
    f1 = ("%s-%s-%s-%s-%s-%s" % (hublet, rnd("h", 4), rnd("h", 4), rnd("h", 4), rnd("h", 4), rnd("h", 12))).encode()
    assert len(f1) == 36
    sig = b"\x00\x05" + bytes(R.randrange(256) for _ in range(23))
    raw = b"\x0a\x24" + f1 + b"\x10" + varint(R.randint(20000000, 49999999)) + b"\x18" + varint(R.randint(1000000, 9999999)) + b"\x2a\x19" + sig + b"\x4a\x03" + hublet.encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def access_token():
    raw = b"\x08" + varint(R.randint(1790000000000, 1799999999999)) + bytes(R.randrange(256) for _ in range(70))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def pat(h="na1"):
    return "pat-%s-%s" % (h, uuid())


def hub_uuid(h="na1"):
    return "%s-%s-%s-%s-%s" % (h, rnd("h", 4), rnd("h", 4), rnd("h", 4), rnd("h", 12))


def build(Doc):
    out = []

    d = Doc("repos/hubspot/cms-theme/hubspot.config.yml", "repos", "hubspot-cli-config")
    k1, k2 = pak("na1"), pak("eu1")
    out.append((d, """defaultPortal: marketing-prod
portals:
  - name: marketing-prod
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      %s
    auth:
      tokenInfo:
        accessToken: >-
          %s
        expiresAt: '2026-11-30T18:42:11.204Z'
  - name: marketing-sandbox
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: %s
""" % (d.dec(P, "portal-id", expand("{d:8}")), d.pos(P, "hubspot-pak", k1, shape="cli-config-folded"),
       d.pos(P, "hubspot-oauth-access-token", access_token(), shape="cli-config-folded"),
       d.dec(P, "portal-id", expand("{d:8}")), d.pos(P, "hubspot-pak", k2, shape="cli-config-inline"))))

    d = Doc("repos/hubspot/cms-theme/archived.hubspot.config.yml", "repos", "hubspot-cli-config")
    cid = uuid()
    out.append((d, """defaultPortal: legacy
portals:
  - name: legacy
    portalId: %s
    authType: oauth2
    auth:
      clientId: %s
      clientSecret: %s
      scopes:
        - content
      tokenInfo:
        refreshToken: %s
        expiresAt: '2025-06-01T10:00:00.000Z'
  - name: old-apikey
    portalId: %s
    authType: apikey
    apiKey: %s
""" % (d.dec(P, "portal-id", expand("{d:7}")), d.dec(P, "oauth-client-id", cid), d.pos(P, "hubspot-client-secret", uuid()),
       d.pos(P, "hubspot-refresh-token", hub_uuid("na1")), d.dec(P, "portal-id", expand("{d:7}")), d.pos(P, "hubspot-legacy-api-key", uuid()))))

    d = Doc("repos/hubspot/crm-sync/.env", "repos", "dotenv")
    out.append((d, """# CRM sync worker
HUBSPOT_ACCESS_TOKEN=%s
HUBSPOT_PORTAL_ID=%s
HUBSPOT_CLIENT_ID=%s
HUBSPOT_CLIENT_SECRET=%s
HUBSPOT_DEVELOPER_API_KEY=%s
SYNC_BATCH_SIZE=100
""" % (d.pos(P, "hubspot-private-app-token", pat("na1")), d.dec(P, "portal-id", expand("{d:8}")), d.dec(P, "oauth-client-id", uuid()),
       d.pos(P, "hubspot-client-secret", uuid()), d.pos(P, "hubspot-developer-api-key", hub_uuid("na2")))))

    d = Doc("repos/hubspot/crm-sync/src/client.ts", "repos", "ts-sdk")
    out.append((d, """import { Client } from '@hubspot/api-client';

// TODO move to the secret store before launch
const hubspot = new Client({ accessToken: '%s' });

export async function upsertContact(email: string, props: Record<string, string>) {
  const requestId = '%s';
  return hubspot.crm.contacts.basicApi.create({ properties: { email, ...props } }, { headers: { 'x-request-id': requestId } });
}
""" % (d.pos(P, "hubspot-private-app-token", pat("eu1"), shape="sdk-constructor"), d.dec(P, "request-id", uuid()))))

    d = Doc("repos/hubspot/landing/index.html", "repos", "html-embed")
    out.append((d, """<!doctype html>
<html><head><title>Request a demo</title></head>
<body>
  <script charset="utf-8" type="text/javascript" src="//js.hsforms.net/forms/embed/v2.js"></script>
  <script>
    hbspt.forms.create({ region: "na1", portalId: "%s", formId: "%s" });
  </script>
  <!-- CTA %s -->
</body></html>
""" % (d.dec(P, "portal-id", expand("{d:7}")), d.dec(P, "form-guid", uuid()), d.dec(P, "cta-guid", uuid()))))

    d = Doc("repos/hubspot/legacy-scripts/export_deals.py", "repos", "python-url")
    k = uuid()
    out.append((d, """import requests

# written in 2021, before the API key sunset
URL = "https://api.hubapi.com/deals/v1/deal/paged?hapikey=%s&limit=250"
HAPIKEY_DOCS = "demo"  # HubSpot's public demo key used in old docs


def fetch():
    return requests.get(URL, timeout=30).json()
""" % d.pos(P, "hubspot-legacy-api-key", k, shape="url-query-hapikey")))

    d = Doc("repos/hubspot/app/webhooks.sh", "repos", "shell-curl")
    out.append((d, """#!/bin/sh
# register the webhook subscription for app %s
curl -s -X POST "https://api.hubapi.com/webhooks/v3/%s/settings?hapikey=%s" \\
  -H 'Content-Type: application/json' \\
  -d '{"targetUrl": "https://hooks.acme.example/hubspot", "throttling": {"maxConcurrentRequests": 10}}'
""" % (d.dec(P, "app-id", expand("{d:7}")), expand("{d:7}"), d.pos(P, "hubspot-developer-api-key", uuid(), shape="url-query-hapikey"))))

    d = Doc("repos/hubspot/app/.github/workflows/deploy.yml", "repos", "gha")
    out.append((d, """name: hubspot-deploy
on: { push: { branches: [main] } }
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npx hs project upload --account=prod
        env:
          HUBSPOT_PERSONAL_ACCESS_KEY: ${{ secrets.HUBSPOT_PERSONAL_ACCESS_KEY }}
          HUBSPOT_ACCOUNT_ID: %s
      - run: npx hs project upload --account=staging
        env:
          HUBSPOT_PERSONAL_ACCESS_KEY: %s
""" % (d.dec(P, "portal-id", expand("{d:8}")), d.pos(P, "hubspot-pak", pak("na2"), shape="gha-env"))))

    d = Doc("repos/hubspot/crm-sync/config/smtp.yml", "repos", "yaml")
    out.append((d, """transactional:
  host: smtp.hubapi.com
  port: 587
  username: %s@%s.smtp.hubspot.net
  password: %s
  from: no-reply@acme.example
""" % (expand("{a:10}"), expand("{d:8}"), d.pos(P, "hubspot-smtp-password", expand("{A:32}")))))

    d = Doc("repos/hubspot/crm-sync/tests/fixtures.py", "repos", "python-fixture")
    out.append((d, """# fixtures: every value here is a placeholder
HUBSPOT_ACCESS_TOKEN = "%s"
REFRESH_TOKEN = "%s"
PORTAL_ID = %s
REQUEST_ID = "%s"
""" % (d.dec(P, "placeholder", "pat-na1-00000000-0000-0000-0000-000000000000"), d.dec(P, "placeholder", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
       d.dec(P, "portal-id", expand("{d:8}")), d.dec(P, "request-id", uuid()))))
    return out
