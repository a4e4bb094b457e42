"""repos/crm/hubspot/: HubSpot credentials in depth (per /work/shared/design/hubspot-credentials.md)."""
from holdout_gen import varint, b64u
from vals31 import R, gen


def _hexg(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def hublet_uuid(h):
    return "%s-%s-%s-%s-%s-%s" % (h, _hexg(4), _hexg(4), _hexg(4), _hexg(4), _hexg(12))


def pak(h):
    """Current personal access key: protobuf, field 1 '<hublet>-…' (36), 2 and 3 varints, 5 a
    25-byte signature starting 00 05, 9 the hublet; 107 characters."""
    f1 = hublet_uuid(h).encode()
    sig = b"\x00\x05" + bytes(R.getrandbits(8) for _ in range(23))
    b = (b"\x0a\x24" + f1 + b"\x10" + varint(R.randint(20000000, 99999999)) + b"\x18" + varint(R.randint(2000000, 9999999))
         + b"\x2a\x19" + sig + b"\x4a\x03" + h.encode())
    return b64u(b)


def oauth_like(nbytes):
    """OAuth access token shape (older PAKs too): 0x08 + varint(expiry ms), then fields with zero runs."""
    ms = R.randint(1760000000000, 1790000000000)
    b = b"\x08" + varint(ms) + b"\x12\x02\x03\x00\x18" + varint(R.randint(20000000, 99999999)) + b"\x22\x14"
    b += bytes(R.getrandbits(8) for _ in range(20)) + b"\x2a\x19\x00\x05" + bytes(R.getrandbits(8) for _ in range(23))
    b += b"\x32\x1a" + b"\x00\x01\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00" + bytes(R.getrandbits(8) for _ in range(14))
    while len(b) < nbytes:
        b += bytes([R.getrandbits(8)])
    return b64u(b[:nbytes])


def build_specs():
    pak1, pak2, pak3 = pak("na1"), pak("eu1"), pak("na1")
    old = oauth_like(98)
    acc1 = oauth_like(93)
    acc2 = oauth_like(60)
    rt1 = hublet_uuid("eu1")
    dev1 = hublet_uuid("na1")
    u = lambda: gen("{uuid}")
    return [
        ("repos/crm/hubspot/cms-theme/hubspot.config.yml", "hubspot_config", """defaultPortal: kelvinhold-prod
portals:
  - name: kelvinhold-prod
    portalId: «D hubspot portal_id {dig8}»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key %s»
    auth:
      tokenInfo:
        accessToken: >-
          «P hubspot oauth_access_token %s»
        expiresAt: '2026-11-28T10:41:02.113Z'
  - name: kelvinhold-legacy
    portalId: «D hubspot portal_id {dig8}»
    authType: apikey
    apiKey: «P hubspot legacy_api_key %s»
""" % (pak1, acc1, u())),
        ("repos/crm/hubspot/home/.hscli/config.yml", "hubspot_config", """defaultAccount: kh-eu
accounts:
  - name: kh-eu
    accountId: «D hubspot account_id {dig9}»
    env: prod
    authType: personalaccesskey
    personalAccessKey: '«P hubspot personal_access_key %s»'
  - name: kh-app-dev
    accountId: «D hubspot account_id {dig9}»
    authType: oauth2
    auth:
      clientId: «D hubspot client_id {uuid}»
      clientSecret: «P hubspot client_secret %s»
      scopes: [content, crm.objects.contacts.read]
      tokenInfo:
        refreshToken: «P hubspot oauth_refresh_token %s»
        accessToken: «P hubspot oauth_access_token %s»
""" % (pak2, u(), rt1, acc2)),
        ("repos/crm/hubspot/cms-theme/archived.hubspot.config.yml", "hubspot_config", """defaultPortal: kelvinhold-2021
portals:
  - name: kelvinhold-2021
    portalId: «D hubspot portal_id {dig7}»
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key %s»
""" % old),
        ("repos/crm/hubspot/crm-sync/.env", "dotenv", """HUBSPOT_ACCESS_TOKEN=«P hubspot private_app_token pat-eu1-{uuid}»
HUBSPOT_PORTAL_ID=«D hubspot portal_id {dig8}»
HUBSPOT_CLIENT_ID=«D hubspot client_id {uuid}»
HUBSPOT_CLIENT_SECRET=«P hubspot client_secret {uuid}»
HUBSPOT_PERSONAL_ACCESS_KEY=«P hubspot personal_access_key %s»
HUBSPOT_DEVELOPER_API_KEY=«P hubspot developer_api_key {uuid}»
HUBSPOT_API_KEY_EXAMPLE=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
""" % pak3),
        ("repos/crm/hubspot/crm-sync/sync_shipments.py", "python", """from hubspot import HubSpot

# pushes delivered-shipment events to the customer's CRM timeline
api = HubSpot(access_token="«P hubspot private_app_token pat-na1-{uuid}»")
SHIPMENT_FORM = "«D hubspot form_guid {uuid}»"
CORRELATION = "«D hubspot correlation_id {uuid}»"

def legacy_contacts(requests):
    # old integration from 2021, still in the repo
    return requests.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=100&hapikey=«P hubspot legacy_api_key {uuid}»")
"""),
        ("repos/crm/hubspot/crm-sync/webhooks.sh", "shell", """#!/bin/sh
APP_ID=«D hubspot app_id {dig7}»
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=«P hubspot developer_api_key %s»" \\
  -H 'Content-Type: application/json' -d '{"targetUrl":"https://track.kelvinhold.eu/hs/webhook"}'
""" % dev1),
        ("repos/crm/hubspot/portal-widget/embed.js", "javascript", """hbspt.forms.create({
  region: "eu1",
  portalId: "«D hubspot portal_id {dig8}»",
  formId: "«D hubspot form_guid {uuid}»"
});
const hs = new Client({ accessToken: '«P hubspot private_app_token pat-eu1-{uuid}»' });
const dev = { developerApiKey: '«P hubspot developer_api_key {uuid}»', appId: «D hubspot app_id {dig7}» };
"""),
        ("repos/crm/hubspot/NOTES.md", "markdown", """# HubSpot at Kelvinhold

* The CRM sync runs as the private app "Shipments Timeline". Its token is
  «P hubspot private_app_token pat-na1-{uuid}» (Priya has the other one).
* The account API key «D hubspot deactivated_legacy_key {uuid}» was deactivated in Nov 2022 (sunset) -- dead.
* Masked in the UI as «D hubspot masked_token pat-na1-****-****-****-********5c1e», ignore.
* Anything like «D hubspot doc_sample pat-na1-00000000-0000-0000-0000-000000000000» in the wiki is the docs sample, not ours.
* Transactional SMTP: user «D hubspot smtp_username {low10}@{dig8}.smtp.hubspot.net», password «P hubspot smtp_password {an32}», smtp.hubapi.com:587
"""),
        ("repos/crm/hubspot/.github/workflows/hs-deploy.yml", "github_actions", """name: hubspot theme
on: push
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: >-
          curl -s https://api.hubapi.com/crm/v3/objects/contacts?limit=1
          -H "Authorization: Bearer «P hubspot private_app_token pat-na1-{uuid}»"
      - run: npx hs upload src theme --account=${{ secrets.HUBSPOT_ACCOUNT }}
        env:
          HUBSPOT_PERSONAL_ACCESS_KEY: ${{ secrets.HUBSPOT_PAK }}
"""),
        ("repos/crm/hubspot/logs/token-refresh.log", "log", """2026-11-28T10:11:02Z INFO refreshed token portal=«D hubspot portal_id {dig8}» refresh_token=«P hubspot oauth_refresh_token {uuid}» expires_in=1800
2026-11-28T10:11:02Z DEBUG response {"access_token":"«P hubspot oauth_access_token %s»","token_type":"bearer","expires_in":1800}
""" % oauth_like(75)),
    ]


def build():
    from holdout_gen import Doc, template_filler
    fill, files = template_filler(gen)
    return files(Doc, "repos", build_specs())
