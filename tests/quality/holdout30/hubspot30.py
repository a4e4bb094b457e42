"""HubSpot in depth (repos/commercial/hubspot/), per /work/shared/design/hubspot-credentials.md."""
from holdout_gen import Doc, varint, b64u
import vals30

R = vals30.R
BASE = "repos/commercial/hubspot/"


def hexs(n):
    return vals30.pick("0123456789abcdef", n)


def hublet_uuid(h):
    return "%s-%s-%s-%s-%s-%s" % (h, hexs(4), hexs(4), hexs(4), hexs(4), hexs(12))


def pak(h, account, user):
    """Personal access key, current (protobuf) form."""
    f1 = hublet_uuid(h).encode()
    sig = b"\x00\x05" + bytes(R.getrandbits(8) for _ in range(23))
    msg = (b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(account) + b"\x18" + varint(user)
           + b"\x2a" + bytes([len(sig)]) + sig + b"\x4a" + bytes([len(h)]) + h.encode())
    return b64u(msg)


def oauth_like(n_extra=80):
    """OAuth access token shape (0x08 + varint expiry ms), also older personal access keys."""
    ms = R.randint(1764000000000, 1790000000000)
    body = b"\x12" + bytes([n_extra]) + bytes(R.getrandbits(8) if R.random() > 0.2 else 0 for _ in range(n_extra))
    return b64u(b"\x08" + varint(ms) + body + b"\x42\x19\x00" + bytes(R.getrandbits(8) for _ in range(24)))


def pat(h):
    return "pat-%s-%s" % (h, vals30.uuid())


def fold(v, indent):
    return ">-\n" + " " * indent + v


def files():
    out = []
    portal, portal2 = 2 * 10**7 + R.randint(0, 9999999), 14 * 10**7 + R.randint(0, 9999999)

    d = Doc(BASE + "website-theme/hubspot.config.yml", "repos", "hubspot cli config")
    t = """defaultPortal: wca-prod
portals:
  - name: wca-prod
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: %s
    auth:
      tokenInfo:
        accessToken: %s
        expiresAt: '2026-11-30T10:41:07.118Z'
        refreshToken: %s
  - name: wca-legacy-sandbox
    portalId: %s
    env: prod
    authType: apikey
    apiKey: %s
""" % (d.dec("hubspot", "portal_id", str(portal)),
       fold(d.pos("hubspot", "personal_access_key", pak("na1", portal, R.randint(10**7, 9 * 10**7))), 6),
       fold(d.pos("hubspot", "oauth_access_token", oauth_like()), 10),
       d.pos("hubspot", "oauth_refresh_token", hublet_uuid("na1")),
       d.dec("hubspot", "portal_id", str(portal2)),
       d.pos("hubspot", "legacy_api_key", vals30.uuid()))
    out.append((d, t))

    d = Doc(BASE + "website-theme/archived.hubspot.config.yml", "repos", "hubspot cli config")
    t = """defaultPortal: wca-prod
portals:
  - name: wca-prod
    portalId: %s
    authType: personalaccesskey
    personalAccessKey: %s
""" % (d.dec("hubspot", "portal_id", str(portal)), fold(d.pos("hubspot", "personal_access_key", oauth_like(92)), 6))
    out.append((d, t))

    d = Doc(BASE + "home/jodie.h/.hscli/config.yml", "repos", "hubspot cli config")
    t = """defaultAccount: wca-eu-events
accounts:
  - name: wca-eu-events
    accountId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: '%s'
  - name: wca-app-dev
    accountId: %s
    authType: oauth2
    auth:
      clientId: %s
      clientSecret: %s
      scopes:
        - crm.objects.contacts.read
""" % (d.dec("hubspot", "account_id", str(portal2 + 7)), d.pos("hubspot", "personal_access_key", pak("eu1", portal2 + 7, R.randint(10**7, 9 * 10**7))),
       d.dec("hubspot", "account_id", str(portal + 3)), d.dec("hubspot", "client_id", vals30.uuid()), d.pos("hubspot", "client_secret", vals30.uuid()))
    out.append((d, t))

    d = Doc(BASE + "crm-sync/.env", "repos", "dotenv")
    t = """HUBSPOT_PORTAL_ID=%s
HUBSPOT_ACCESS_TOKEN=%s
HUBSPOT_CLIENT_ID=%s
HUBSPOT_CLIENT_SECRET=%s
HUBSPOT_PERSONAL_ACCESS_KEY=%s
HUBSPOT_REFRESH_TOKEN=${HUBSPOT_REFRESH_TOKEN}
""" % (d.dec("hubspot", "portal_id", str(portal)), d.pos("hubspot", "private_app_token", pat("na1")),
       d.dec("hubspot", "client_id", vals30.uuid()), d.pos("hubspot", "client_secret", vals30.uuid()),
       d.pos("hubspot", "personal_access_key", pak("na1", portal, R.randint(10**7, 9 * 10**7))))
    out.append((d, t))

    d = Doc(BASE + "crm-sync/parking_leads.py", "repos", "python")
    t = '''"""Pushes pre-booked parking customers to HubSpot contacts."""
import requests

TOKEN = "%s"
OLD_URL = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100"


def push(contact):
    return requests.post("https://api.hubapi.com/crm/v3/objects/contacts",
                         headers={"Authorization": "Bearer " + TOKEN}, json={"properties": contact})
''' % (d.pos("hubspot", "private_app_token", pat("eu1")), d.pos("hubspot", "legacy_api_key", vals30.uuid()))
    out.append((d, t))

    d = Doc(BASE + "website-theme/templates/partials/newsletter.html", "repos", "html")
    t = """<div id="newsletter"></div>
<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({ region: "eu1", portalId: "%s", formId: "%s" });
</script>
""" % (d.dec("hubspot", "portal_id", str(portal2 + 7)), d.dec("hubspot", "form_guid", vals30.uuid()))
    out.append((d, t))

    d = Doc(BASE + "crm-sync/scripts/setup_webhooks.sh", "repos", "shell")
    t = """#!/bin/sh
# webhook subscriptions for the flight-alerts app (app id %s)
APP_ID=1874203
DEVELOPER_API_KEY=%s
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=%s" \\
  -H 'Content-Type: application/json' -d @webhook_settings.json
""" % (d.dec("hubspot", "app_id", "1874203"), d.pos("hubspot", "developer_api_key", vals30.uuid()), d.pos("hubspot", "developer_api_key", hublet_uuid("na1")))
    out.append((d, t))

    d = Doc(BASE + "website-theme/.github/workflows/deploy.yml", "repos", "github actions")
    t = """name: deploy theme
on: { push: { branches: [main] } }
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_PERSONAL_ACCESS_KEY: ${{ secrets.HUBSPOT_PAK }}
      HUBSPOT_PORTAL_ID: %s
    steps:
      - uses: actions/checkout@v4
      - run: npx hs upload src wca-theme --account=%s
      - name: clear CDN cache
        run: >
          curl -X POST https://api.hubapi.com/cms/v3/source-code/purge
          -H "Authorization: Bearer %s"
""" % (d.dec("hubspot", "portal_id", str(portal)), d.dec("hubspot", "portal_id", str(portal)), d.pos("hubspot", "private_app_token", pat("na1")))
    out.append((d, t))

    d = Doc(BASE + "notes/hubspot-migration.md", "repos", "markdown notes")
    dead = pak("na1", portal, 51234567)
    live = pat("na1")
    t = """# HubSpot: moving off the legacy API key

* The account API key %s was **deactivated** on 2022-11-10 (sunset); keep only for the audit log.
* Lina's old personal access key was deactivated when she left (Oct 2026), for reference:
  %s
* New private app "wca-crm-sync": %s (scopes: contacts, deals).
* Docs example to copy the shape from: `%s`. Masked in the ticket as `%s`.
* Template placeholder in the wiki: `%s`.
* Transactional e-mail SMTP (smtp.hubapi.com:587): user %s, password %s
""" % (d.dec("hubspot", "deactivated_legacy_key", vals30.uuid()),
       d.dec("hubspot", "deactivated_personal_access_key", dead),
       d.pos("hubspot", "private_app_token", live),
       d.dec("hubspot", "zero_uuid_sample", "pat-na1-00000000-0000-0000-0000-000000000000"),
       d.dec("hubspot", "masked", live[:12] + "****-****-****-************"),
       d.dec("hubspot", "placeholder", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
       d.dec("hubspot", "smtp_username", vals30.pick(vals30.LC, 10) + "@%d.smtp.hubspot.net" % portal),
       d.pos("hubspot", "smtp_password", vals30.pick(vals30.AN, 32)))
    out.append((d, t))

    d = Doc(BASE + "crm-sync/logs/token_refresh.log", "repos", "log")
    t = """2026-11-30T10:11:02Z INFO refreshing token for portal %s
2026-11-30T10:11:02Z DEBUG response {"token_type":"bearer","refresh_token":"%s","access_token":"%s","expires_in":1800}
2026-11-30T10:41:05Z WARN 429 from api.hubapi.com correlationId=%s, retrying
""" % (d.dec("hubspot", "portal_id", str(portal)), d.pos("hubspot", "oauth_refresh_token", vals30.uuid()),
       d.pos("hubspot", "oauth_access_token", oauth_like(70)), d.dec("hubspot", "correlation_id", vals30.uuid()))
    out.append((d, t))

    d = Doc(BASE + "crm-sync/src/index.js", "repos", "javascript")
    t = """const hubspot = require('@hubspot/api-client');

const crm = new hubspot.Client({ accessToken: '%s' });
const dev = new hubspot.Client({ developerApiKey: '%s' });

module.exports = { crm, dev };
""" % (d.pos("hubspot", "private_app_token", pat("eu1")), d.pos("hubspot", "developer_api_key", vals30.uuid()))
    out.append((d, t))
    return out
