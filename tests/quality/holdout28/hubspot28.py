"""repos/bwl-marketing/hubspot/: every HubSpot credential shape and place in
/work/shared/design/hubspot-credentials.md, with its decoys (holdout28)."""
import re

from tmpl28 import fill
from vals28 import R, rnd, uuid4
from holdout_gen import b64u, varint  # (tmpl28 put ../holdout on sys.path)


def hublet_id(hublet):
    h = rnd("hex", 28)
    return "%s-%s-%s-%s-%s-%s" % (hublet, h[:4], h[4:8], h[8:12], h[12:16], h[16:])


def pak(hublet):
    """Current personal access key: protobuf, field 1 = '<hublet>-uuid-ish' (36), 2/3 varints,
    5 = 25-byte signature starting 00 05, 9 = hublet. 107 characters."""
    f1 = hublet_id(hublet).encode()
    assert len(f1) == 0x24
    sig = b"\x00\x05" + bytes(R.randrange(256) for _ in range(23))
    raw = (b"\x0a\x24" + f1 + b"\x10" + varint(R.randrange(20000000, 150000000)) + b"\x18" + varint(R.randrange(30000000, 90000000))
           + b"\x2a\x19" + sig + b"\x4a\x03" + hublet.encode())
    return b64u(raw)


def oauth_access(expiry_ms):
    """OAuth access token shape: 0x08 + expiry varint (so 'C' + [I-P]), then more protobuf."""
    raw = (b"\x08" + varint(expiry_ms) + b"\x12\x02\x00\x01\x18" + varint(R.randrange(20000000, 150000000))
           + b"\x22\x19\x00\x05" + bytes(R.randrange(256) for _ in range(23)) + b"\x2a" + bytes(R.randrange(256) for _ in range(40)))
    return b64u(raw)


def specs():
    """[(path, shape, text)]; «V provider format kind» marks a value built here (fill_v)."""
    portal, portal2 = str(R.randrange(20000000, 150000000)), str(R.randrange(20000000, 150000000))
    return [
        ("hubspot.config.yml", "hubspot-cli-config", """defaultPortal: bwl-prod
portals:
  - name: bwl-prod
    portalId: «D hubspot portal_id %s»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «V hubspot pak_na1 pak:na1»
    auth:
      tokenInfo:
        accessToken: >-
          «V hubspot oauth_access_token oauth»
        expiresAt: '2026-12-02T20:31:07.000Z'
  - name: bwl-sandbox
    portalId: «D hubspot portal_id %s»
    env: prod
    authType: personalaccesskey
    personalAccessKey: «V hubspot pak_eu1 pak:eu1»
""" % (portal, portal2)),
        ("archived.hubspot.config.yml", "hubspot-cli-config-archived", """defaultPortal: bwl-legacy
portals:
  - name: bwl-legacy
    portalId: «D hubspot portal_id %s»
    authType: oauth2
    auth:
      clientId: «D hubspot oauth_client_id uuid»
      clientSecret: «P hubspot client_secret uuid»
      scopes: [content, forms]
      tokenInfo:
        refreshToken: «P hubspot refresh_token uuid»
        accessToken: «V hubspot oauth_access_token oauth»
        expiresAt: '2026-06-11T08:02:11.000Z'
  - name: bwl-2021
    portalId: «D hubspot portal_id %s»
    authType: apikey
    apiKey: «P hubspot legacy_api_key uuid»
""" % (portal2, portal)),
        ("hscli-config.yml", "hscli-config", """# copy of ~/.hscli/config.yml from the marketing laptop (CLI 7.5)
defaultAccount: bwl-prod
accounts:
  - name: bwl-prod
    accountId: «D hubspot account_id %s»
    authType: personalaccesskey
    personalAccessKey: «V hubspot pak_na1 pak:na1»
    auth:
      personalAccessKey: «V hubspot pak_legacy_oauth_shape oauth»
""" % portal),
        (".env.hubspot", "dotenv", """HUBSPOT_PERSONAL_ACCESS_KEY=«V hubspot pak_eu1 pak:eu1»
HUBSPOT_ACCOUNT_ID=«D hubspot account_id %s»
HUBSPOT_CLIENT_ID=«D hubspot oauth_client_id uuid»
HUBSPOT_CLIENT_SECRET=«P hubspot client_secret uuid»
HUBSPOT_REFRESH_TOKEN=«P hubspot refresh_token_hublet eu1-+hex:4+-+hex:4+-+hex:4+-+hex:4+-+hex:12»
HUBSPOT_ACCESS_TOKEN=${HUBSPOT_PAT}
""" % portal2),
        ("sync/crm_sync.py", "python-requests", """import os
import requests

# private app "linen-crm-sync" (Auth tab), rotated 2026-10-30
TOKEN = "«P hubspot private_app_token pat-eu1-+uuid»"
APP_ID = «D hubspot app_id d1000000-9999999»
HUBSPOT_API_KEY = os.environ.get("HUBSPOT_API_KEY", "«D hubspot zero_pat pat-na1-00000000-0000-0000-0000-000000000000»")


def push_contact(c):
    r = requests.post("https://api.hubapi.com/crm/v3/objects/contacts",
                      headers={"Authorization": f"Bearer {TOKEN}"}, json={"properties": c})
    r.raise_for_status()
"""),
        ("ci/hubspot-deploy.yml", "gitlab-ci", """deploy-theme:
  image: node:22
  variables:
    HUBSPOT_PRIVATE_APP_TOKEN: "«P hubspot private_app_token pat-na1-+uuid»"
    HUBSPOT_PERSONAL_ACCESS_KEY: $HUBSPOT_PAK
    PLACEHOLDER_TOKEN: "«D hubspot placeholder_pat pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»"
  script:
    - npx hs project upload --account=bwl-prod
"""),
        ("webhooks/register.sh", "shell-curl", """#!/bin/sh
# app settings API still wants the developer key, not the PAK
APP=«D hubspot app_id d1000000-9999999»
curl -s "https://api.hubapi.com/webhooks/v3/$APP/settings?hapikey=«P hubspot developer_api_key na1-+hex:4+-+hex:4+-+hex:4+-+hex:4+-+hex:12»" \\
  -H 'Content-Type: application/json' -d @settings.json
"""),
        ("webhooks/app.json", "json-config", """{
  "appId": «D hubspot app_id d1000000-9999999»,
  "developerApiKey": "«P hubspot developer_api_key uuid»",
  "targetUrl": "https://hooks.bwlinen.io/hubspot",
  "clientSecret": "«P hubspot client_secret uuid»",
  "clientId": "«D hubspot oauth_client_id uuid»"
}
"""),
        ("legacy/old_forms_export.php", "php-legacy", """<?php
// 2021 export of hotel enquiry forms; the API key was sunset, kept for the history
$url = "https://api.hubapi.com/forms/v2/forms?hapikey=«P hubspot legacy_api_key uuid»";
$formGuid = "«D hubspot form_guid uuid»";
$portal = «D hubspot portal_id %s»;
""" % portal),
        ("site/enquiry-embed.html", "html-embed", """<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({ region: "eu1", portalId: "«D hubspot portal_id %s»", formId: "«D hubspot form_guid uuid»" });
</script>
<!-- CTA «D hubspot cta_guid uuid» -->
""" % portal2),
        ("logs/token-refresh.log", "log", """2026-12-02T19:02:11Z INFO refresh ok hub_id=%s expires_in=1800 access_token=«V hubspot oauth_access_token oauth»
2026-12-02T19:02:11Z DEBUG correlationId=«D hubspot correlation_id uuid»
2026-12-02T19:31:40Z WARN 401 EXPIRED_AUTHENTICATION requestId=«D hubspot request_id uuid»
""" % portal),
        ("smtp/transactional.md", "notes-md", """# Transactional e-mail (order confirmations to hotels)

Server smtp.hubapi.com:587 STARTTLS.
Username: «D hubspot smtp_username lc:10+@%s.smtp.hubspot.net»
Password: «P hubspot smtp_password an:32»

Template for other portals: `<username>@<portalId>.smtp.hubspot.net` / token `«D hubspot zero_uuid 00000000-0000-0000-0000-000000000000»`
""" % portal),
    ]


def build(Doc):
    out = []
    for path, shape, text in specs():
        d = Doc("repos/bwl-marketing/hubspot/" + path, "repos", shape)
        out.append((d, fill_v(d, text)))
    return out


def fill_v(doc, text):
    """«V provider format kind» (kind pak:HUBLET or oauth: values built here) then tmpl28.fill."""
    kept = {}

    def one(m):
        prov, fmt, kind = m.group(1).split(" ")
        if fmt not in kept:
            if kind.startswith("pak:"):
                kept[fmt] = pak(kind[4:])
            else:
                kept[fmt] = oauth_access(R.randrange(1764700000000, 1764800000000))
        return doc.pos(prov, fmt, kept[fmt])

    text = re.sub("«V ([^»]*)»", one, text)
    return fill(doc, text)
