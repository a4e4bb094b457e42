"""HubSpot in depth (repos/hubspot/): PAKs (protobuf and older shapes, folded YAML), private app tokens,
legacy hapikey keys, developer API keys, client secrets beside client ids; public ids as decoys.
Shapes from /work/shared/design/hubspot-credentials.md."""
import base64
from vals19 import R, hx, uid, rs, DG, AN


def _varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def hublet_uuid(hub):
    return "%s-%s-%s-%s-%s-%s" % (hub, hx(4), hx(4), hx(4), hx(4), hx(12))


def pak(hub="na1"):
    f1 = hublet_uuid(hub).encode()
    sig = b"\x00\x05" + bytes(R.getrandbits(8) for _ in range(23))
    b = b"\x0a\x24" + f1 + b"\x10" + _varint(R.randrange(10**7, 10**9)) + b"\x18" + _varint(R.randrange(10**6, 10**8)) + \
        b"\x2a\x19" + sig + b"\x4a\x03" + hub.encode()
    return _b64u(b)


def pak_old():
    ms = R.randrange(1_700_000_000_000, 1_800_000_000_000)
    b = b"\x08" + _varint(ms) + b"\x12\x02\x00\x01\x18" + _varint(R.randrange(10**6, 10**8)) + b"\x22\x14" + \
        bytes(R.getrandbits(8) for _ in range(20)) + b"\x2a" + bytes(12) + b"\x32\x19" + bytes(R.getrandbits(8) for _ in range(25)) + \
        b"\x42\x19" + bytes(R.getrandbits(8) for _ in range(25))
    return _b64u(b)


def pat(hub="na1"):
    return "pat-%s-%s" % (hub, uid())


HS = {
    "hs_pak": ("hubspot", "personal-access-key", lambda: pak(R.choice(["na1", "eu1", "na2"]))),
    "hs_pak_eu": ("hubspot", "personal-access-key", lambda: pak("eu1")),
    "hs_pak_old": ("hubspot", "personal-access-key-legacy-shape", pak_old),
    "hs_pat": ("hubspot", "private-app-token", lambda: pat("na1")),
    "hs_pat_eu": ("hubspot", "private-app-token", lambda: pat("eu1")),
    "hs_apikey": ("hubspot", "api-key", uid),
    "hs_devkey": ("hubspot", "developer-api-key", lambda: hublet_uuid("na1")),
    "hs_devkey_old": ("hubspot", "developer-api-key", uid),
    "hs_client_secret": ("hubspot", "client-secret", uid),
    "hs_refresh": ("hubspot", "oauth-refresh-token", lambda: hublet_uuid("na1")),
    "d_hs_portal": ("hubspot", "portal_id", lambda: rs(DG, 8)),
    "d_hs_app": ("hubspot", "app_id", lambda: rs(DG, 7)),
    "d_hs_client_id": ("hubspot", "client_id", uid),
    "d_hs_form": ("hubspot", "form_guid", uid),
    "d_hs_masked": ("hubspot", "masked", lambda: "pat-na1-" + hx(4) + "****-****-****-********" + hx(4)),
    "d_hs_placeholder": ("hubspot", "placeholder", lambda: "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
    "d_hs_zero": ("hubspot", "placeholder", lambda: "00000000-0000-0000-0000-000000000000"),
    "d_hs_correlation": ("hubspot", "correlation_id", uid),
}

H = []


def h(path, shape, text):
    H.append((path, shape, text))


h("hubspot/«P»/hubspot.config.yml", "yaml:hubspot-cli", """defaultPortal: «P»-prod
portals:
  - name: «P»-prod
    portalId: «d:d_hs_portal»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «p:hs_pak»
    auth:
      tokenInfo:
        expiresAt: '2026-03-02T11:04:12.581Z'
  - name: «P»-sandbox
    portalId: «d:d_hs_portal»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «p:hs_pak_old»
  - name: «P»-oauth
    portalId: «d:d_hs_portal»
    authType: oauth2
    auth:
      clientId: «d:d_hs_client_id»
      clientSecret: «p:hs_client_secret»
      scopes:
        - content
      tokenInfo:
        refreshToken: «p:hs_refresh»
""")

h("hubspot/«P»/.hscli/config.yml", "yaml:hscli", """defaultAccount: «P»-eu
accounts:
  - name: «P»-eu
    accountId: «d:d_hs_portal»
    authType: personalaccesskey
    personalAccessKey: «p:hs_pak_eu»
    env: prod
  - name: legacy
    accountId: «d:d_hs_portal»
    authType: apikey
    apiKey: «p:hs_apikey»
""")

h("hubspot/«P»/legacy/sync_contacts.php", "php:hapikey-url", """<?php
// old cron, pre-2022
$portal = «d:d_hs_portal»;
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=«p:hs_apikey»&count=100";
$deals = file_get_contents("https://api.hubapi.com/deals/v1/deal/paged?limit=250&hapikey=«p:hs_apikey»");
""")

h("hubspot/«P»/crm/client.py", "python:hubspot-sdk", """from hubspot import HubSpot

# migrated from HubSpot(api_key="«p:hs_apikey»") in 2023
client = HubSpot(access_token="«p:hs_pat»")
PORTAL_ID = «d:d_hs_portal»
FORM_GUID = "«d:d_hs_form»"
""")

h("hubspot/«P»/app/src/hubspot.ts", "typescript:hubspot-sdk", """import { Client } from "@hubspot/api-client";

export const hubspot = new Client({ accessToken: "«p:hs_pat_eu»", numberOfApiCallRetries: 3 });
export const developer = new Client({ developerApiKey: "«p:hs_devkey»" });
// v3 SDK still used by the nightly export (account API key, pre-sunset)
export const legacyExport = new Client({ apiKey: "«p:hs_apikey»" });
export const APP_ID = «d:d_hs_app»;
// example from our wiki, not a real token: «d:d_hs_placeholder»
""")

h("hubspot/«P»/.env", "env:hubspot", """HUBSPOT_PORTAL_ID=«d:d_hs_portal»
HUBSPOT_CLIENT_ID=«d:d_hs_client_id»
HUBSPOT_CLIENT_SECRET=«p:hs_client_secret»
HUBSPOT_DEVELOPER_API_KEY=«p:hs_devkey»
HUBSPOT_ACCESS_TOKEN=«p:hs_pat»
HUBSPOT_APP_ID=«d:d_hs_app»
""")

h("hubspot/«P»/docs/webhooks.md", "markdown:hubspot", """# Webhook subscriptions

Settings are changed with the developer API key of the app account:

```
curl "https://api.hubapi.com/webhooks/v3/«d:d_hs_app»/settings?hapikey=«p:hs_devkey_old»"
```

The key shown in the portal UI is masked (`«d:d_hs_masked»`); never paste it here.
Failed calls return a correlation id like «d:d_hs_correlation».
""")

h("hubspot/«P»/site/contact.html", "html:hubspot-form", """<script charset="utf-8" type="text/javascript" src="//js.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "na1",
    portalId: "«d:d_hs_portal»",
    formId: "«d:d_hs_form»"
  });
</script>
""")

h("hubspot/«P»/.github/workflows/hs-deploy.yml", "yaml:github-actions", """name: Deploy CMS theme
on: { push: { branches: [main] } }
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_PORTAL_ID: «d:d_hs_portal»
      HUBSPOT_PERSONAL_ACCESS_KEY: ${{ secrets.HUBSPOT_PERSONAL_ACCESS_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: npx hs upload theme theme --account=$HUBSPOT_PORTAL_ID
      - run: echo "fallback key for forks" && export HUBSPOT_PERSONAL_ACCESS_KEY='«p:hs_pak»'
""")

h("hubspot/«P»/lib/hubspot_sync.rb", "ruby:hubspot-sdk", """require "hubspot-api-client"

class HubspotSync
  CLIENT = Hubspot::Client.new(access_token: "«p:hs_pat»")
  LEGACY_URL = "https://api.hubapi.com/properties/v1/contacts/properties?hapikey=«p:hs_apikey»"
  NULL_KEY = "«d:d_hs_zero»"
end
""")
