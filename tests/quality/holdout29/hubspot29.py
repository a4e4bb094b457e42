"""repos/ part d: HubSpot in depth (customer communications team), per
/work/shared/design/hubspot-credentials.md: PAKs (protobuf form, folded and plain, older
OAuth-shaped), private app tokens, OAuth access and refresh tokens, developer keys, legacy
hapikey, client secrets, SMTP password; and their decoys."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
from holdout_gen import b64u, template_filler, varint  # noqa: E402
from vals29 import R, gen, rs  # noqa: E402

KEEP = {}


def pak(hub):
    f1 = ("%s-%s-%s-%s-%s-%s" % (hub, rs("h", 4), rs("h", 4), rs("h", 4), rs("h", 4), rs("h", 12))).encode()
    sig = b"\x00\x05" + bytes(R.randrange(256) for _ in range(23))
    b = (b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(R.randint(20000000, 49999999))
         + b"\x18" + varint(R.randint(1000000, 9999999)) + b"\x2a" + bytes([len(sig)]) + sig
         + b"\x4a" + bytes([len(hub)]) + hub.encode())
    return b64u(b)


def oauth(n=98):
    b = b"\x08" + varint(R.randint(1767000000000, 1799000000000))
    return b64u(b + bytes(R.randrange(256) for _ in range(n - len(b))))


def hv(spec):
    if spec.startswith("pak:"):
        return pak(spec[4:])
    if spec.startswith("oauth:"):
        return oauth(int(spec[6:]))
    return gen(spec)


fill, files = template_filler(hv)
D = "repos/customer-comms/hubspot/"
SPECS = [
    (D + "hubspot.config.yml", "hubspot_cli_config", """defaultPortal: kvw-prod
portals:
  - name: kvw-prod
    portalId: «D hubspot portal_id 2{d7}»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key pak:na1»
    auth:
      tokenInfo:
        accessToken: >-
          «P hubspot oauth_access_token oauth:98»
        expiresAt: '2026-11-30T09:14:22.118Z'
  - name: kvw-sandbox-legacy
    portalId: «D hubspot portal_id 4{d7}»
    authType: apikey
    apiKey: «P hubspot legacy_api_key {uuid}»
"""),
    (D + "home-copy/.hscli/config.yml", "hubspot_cli_config", """defaultAccount: kvw-eu
accounts:
  - name: kvw-eu
    accountId: «D hubspot account_id 14{d6}»
    env: prod
    authType: personalaccesskey
    personalAccessKey: «P hubspot personal_access_key pak:eu1»
    auth:
      tokenInfo:
        refreshToken: «P hubspot oauth_refresh_token eu1-{h4}-{h4}-{h4}-{h4}-{h12}»
"""),
    (D + "archived.hubspot.config.yml", "hubspot_cli_config", """defaultPortal: comms-old
portals:
  - name: comms-old
    portalId: «D hubspot portal_id 6{d6}»
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key oauth:98»
  - name: outage-app
    portalId: «D hubspot portal_id 6{d6}»
    authType: oauth2
    auth:
      clientId: «D hubspot oauth_client_id {uuid}»
      clientSecret: «P hubspot client_secret {uuid}»
      scopes: [crm.objects.contacts.read, forms]
      tokenInfo:
        refreshToken: «P hubspot oauth_refresh_token {uuid}»
"""),
    (D + "outage-notifier/.env", "dotenv", """# outage SMS/email notifier -> HubSpot contacts
HUBSPOT_PERSONAL_ACCESS_KEY=«P hubspot personal_access_key pak:na1»
HUBSPOT_ACCESS_TOKEN=«P hubspot private_app_token pat-eu1-{uuid}»
HUBSPOT_PORTAL_ID=«D hubspot portal_id 2{d7}»
HUBSPOT_CLIENT_ID=«D hubspot oauth_client_id {uuid}»
HUBSPOT_CLIENT_SECRET=«P hubspot client_secret {uuid}»
HUBSPOT_REFRESH_TOKEN=«P hubspot oauth_refresh_token na1-{h4}-{h4}-{h4}-{h4}-{h12}»
HUBSPOT_FALLBACK_TOKEN=${HUBSPOT_PAT}
"""),
    (D + "outage-notifier/sync_contacts.py", "python", """import requests

TOKEN = "«P hubspot private_app_token pat-na1-{uuid}»"
OUTAGE_FORM = "«D hubspot form_guid {uuid}»"
PORTAL = «D hubspot portal_id 2{d7}»


def upsert(contact):
    return requests.post("https://api.hubapi.com/crm/v3/objects/contacts",
                         headers={"Authorization": "Bearer " + TOKEN}, json=contact, timeout=10)


def legacy_count():
    # pre-2022 code path, still here
    return requests.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=1&hapikey=«P hubspot legacy_api_key {uuid}»")
"""),
    (D + "outage-app/setup_webhooks.sh", "shell", """#!/bin/sh
APP_ID=«D hubspot app_id {d7}»
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=«P hubspot developer_api_key na1-{h4}-{h4}-{h4}-{h4}-{h12}»" \\
  -H 'Content-Type: application/json' -d '{"targetUrl":"https://outage.kvwater.co.uk/hooks/hubspot"}'
"""),
    (D + "outage-app/app.config.js", "javascript", """module.exports = {
  appId: «D hubspot app_id {d7}»,
  developerApiKey: "«P hubspot developer_api_key {uuid}»",
  clientId: "«D hubspot oauth_client_id {uuid}»",
  clientSecret: "«P hubspot client_secret {uuid}»",
  redirectUri: "https://outage.kvwater.co.uk/oauth/callback",
};
"""),
    (D + "transactional-email/smtp.ini", "ini", """[smtp]
host = smtp.hubapi.com
port = 587
username = «D hubspot smtp_username {l10}@2{d7}.smtp.hubspot.net»
password = «P hubspot smtp_password {a34}»
"""),
    (D + "README.md", "docs_md", """# HubSpot integration notes

Get a private app token from Settings → Integrations → Private apps. It looks like
`«D hubspot documentation_sample pat-na1-00000000-0000-0000-0000-000000000000»` — put yours in the vault,
never here. Template: `https://app.hubspot.com/contacts/<portalId>/objects/0-1/views/all/list` with
account `«D hubspot placeholder_uuid xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»`.

The old key `«D hubspot masked pat-na1-********-****-****-****-************»` was revoked on 2026-05-02.
Set `HUBSPOT_PAT` in CI (`${{ secrets.HUBSPOT_PAT }}`); locally `export HUBSPOT_PAT=$(pass hubspot/pat)`.
The previous personal access key, `«D hubspot revoked_in_prose pak:na1»`, was deactivated
when Joanne left (Development → Keys → deactivate) and is kept here only for the audit.
"""),
    (D + ".github/workflows/nightly-sync.yml", "github_actions", """name: nightly-sync
on: { schedule: [{ cron: '15 2 * * *' }] }
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_PRIVATE_APP_TOKEN: «P hubspot private_app_token pat-na1-{uuid}»
      HUBSPOT_PORTAL_ID: "«D hubspot portal_id 2{d7}»"
    steps:
      - uses: actions/checkout@v4
      - run: python outage-notifier/sync_contacts.py
"""),
    (D + "outage-app/logs/oauth-refresh.log", "log", """2026-11-29T23:59:01Z INFO refreshing token for portal «D hubspot portal_id 2{d7}»
2026-11-29T23:59:02Z DEBUG response {"token_type":"bearer","refresh_token":"«P hubspot oauth_refresh_token na1-{h4}-{h4}-{h4}-{h4}-{h12}»","access_token":"«P hubspot oauth_access_token oauth:76»","expires_in":1800}
2026-11-29T23:59:02Z DEBUG correlationId=«D hubspot correlation_id {uuid}»
"""),
]


def docs(Doc):
    return files(Doc, "repos", SPECS)
