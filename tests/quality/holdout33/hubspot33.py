"""repos/crm/hubspot/: PetCover's HubSpot (marketing, renewals), shapes from
/work/shared/design/hubspot-credentials.md: personal access keys (protobuf, `CiR`+hublet),
private-app `pat-` tokens, OAuth access/refresh tokens, developer and legacy API keys, the app
client secret and the SMTP password; decoys are ids, the docs' all-zero token, masked and
deactivated values."""
from holdout_gen import Doc, b64u, varint
from vals33 import R, chars, gen, uuid

P = "hubspot"


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def hublet_uuid(h):
    return "%s-%s-%s-%s-%s-%s" % (h, chars("h", 4), chars("h", 4), chars("h", 4), chars("h", 4), chars("h", 12))


def pak(h):
    body = b"\x0a\x24" + hublet_uuid(h).encode() + b"\x10" + varint(R.randrange(10**7, 10**8)) + \
        b"\x18" + varint(R.randrange(10**6, 10**8)) + b"\x2a\x19\x00\x05" + rbytes(23) + b"\x4a\x03" + h.encode()
    return b64u(body)


def oauth():
    body = b"\x08" + varint(1764200000000 + R.randrange(10**9)) + b"\x12\x02\x00\x01\x18" + \
        varint(R.randrange(10**7, 10**8)) + b"\x22\x19" + rbytes(25) + b"\x2a\x10" + rbytes(16) + b"\x42\x03eu1"
    return b64u(body)


def pat(h):
    return "pat-%s-%s" % (h, uuid())


def build():
    out = []

    d = Doc("repos/crm/hubspot/theme/hubspot.config.yml", "repos", "hubspot_cli_config")
    out.append((d, """defaultPortal: petcover-prod
portals:
  - name: petcover-prod
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      %s
    auth:
      tokenInfo:
        accessToken: >-
          %s
        expiresAt: '2026-11-28T10:42:11.000Z'
        refreshToken: %s
""" % (d.dec(P, "portal-id", gen("{d8}")), d.pos(P, "personal-access-key", pak("eu1")),
       d.pos(P, "oauth-access-token", oauth()), d.pos(P, "oauth-refresh-token", hublet_uuid("eu1")))))

    d = Doc("repos/crm/hubspot/home/.hscli/config.yml", "repos", "hubspot_cli_config")
    out.append((d, """defaultAccount: petcover-sandbox
accounts:
  - name: petcover-sandbox
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: %s
""" % (d.dec(P, "account-id", gen("{d8}")), d.pos(P, "personal-access-key", pak("na1")))))

    d = Doc("repos/crm/hubspot/renewals/.env", "repos", "hubspot_env")
    out.append((d, """HUBSPOT_ACCESS_TOKEN=%s
HUBSPOT_PERSONAL_ACCESS_KEY=%s
HUBSPOT_CLIENT_ID=%s
HUBSPOT_CLIENT_SECRET=%s
HUBSPOT_REFRESH_TOKEN=%s
HUBSPOT_PORTAL_ID=%s
""" % (d.pos(P, "private-app-token", pat("eu1")), d.pos(P, "personal-access-key", pak("eu1")),
       d.dec(P, "client-id", uuid()), d.pos(P, "client-secret", uuid()),
       d.pos(P, "oauth-refresh-token", uuid()), d.dec(P, "portal-id", gen("{d8}")))))

    d = Doc("repos/crm/hubspot/renewals/sync_renewals.py", "repos", "hubspot_python")
    out.append((d, '''"""Pushes policy renewals into HubSpot deals."""
import requests
from hubspot import HubSpot

api = HubSpot(access_token="%s")
DEVELOPER_API_KEY = "%s"  # app settings: webhooks
RENEWAL_FORM_GUID = "%s"


def token_info():
    return requests.get("https://api.hubapi.com/oauth/v1/access-tokens/x",
                        headers={"Authorization": "Bearer %s"})
''' % (d.pos(P, "private-app-token", pat("na1")), d.pos(P, "developer-api-key", hublet_uuid("na1")),
       d.dec(P, "form-guid", uuid()), d.pos(P, "oauth-access-token", oauth()))))

    d = Doc("repos/crm/hubspot/legacy/crm_sync.php", "repos", "hubspot_legacy_php")
    out.append((d, """<?php
// 2021 contact sync, still called from the old quote form
$hubspot_api_key = '%s';
$url = 'https://api.hubapi.com/contacts/v1/contact/?hapikey=' . $hubspot_api_key;
$lists = 'https://api.hubapi.com/contacts/v1/lists?count=50&hapikey=%s';
$hooks = 'https://api.hubapi.com/webhooks/v3/%s/settings?hapikey=%s';
// deactivated 2022-11 (sunset): %s
""" % (d.pos(P, "legacy-api-key", uuid()), d.pos(P, "legacy-api-key", uuid()), d.dec(P, "app-id", gen("{d7}")),
       d.pos(P, "developer-api-key", uuid()), d.dec(P, "deactivated-legacy-key", uuid()))))

    d = Doc("repos/crm/hubspot/theme/archived.hubspot.config.yml", "repos", "hubspot_cli_config")
    out.append((d, """defaultPortal: petcover-2020
portals:
  - name: petcover-2020
    portalId: %s
    authType: apikey
    apiKey: %s
""" % (d.dec(P, "portal-id", gen("{d8}")), d.pos(P, "legacy-api-key", uuid()))))

    d = Doc("repos/crm/hubspot/logs/token-refresh.log", "repos", "hubspot_log")
    out.append((d, """2026-11-27T09:12:01Z INFO refreshed {"token_type": "bearer", "refresh_token": "%s", "access_token": "%s", "expires_in": 1800}
2026-11-27T09:12:02Z WARN 429 from crm/v3, correlationId=%s
""" % (d.pos(P, "oauth-refresh-token", hublet_uuid("eu1")), d.pos(P, "oauth-access-token", oauth()),
       d.dec(P, "correlation-id", uuid()))))

    d = Doc("repos/crm/hubspot/docs/transactional-email.md", "repos", "hubspot_notes")
    smtp_user = chars("l", 10) + "@" + gen("{d8}") + ".smtp.hubspot.net"
    out.append((d, """# Renewal e-mails through HubSpot SMTP

Server smtp.hubapi.com:587, STARTTLS.
Username: %s
Password: %s

The private app for the renewals sync is %s (scopes: crm.objects.deals.write).
HubSpot's docs show tokens like %s; ours is in Keeper. The old one %s was rotated.
""" % (d.dec(P, "smtp-username", smtp_user), d.pos(P, "smtp-password", gen("{a32}")),
       d.pos(P, "private-app-token", pat("eu1")), d.dec(P, "docs-all-zero-pat", "pat-na1-00000000-0000-0000-0000-000000000000"),
       d.dec(P, "masked-pat", "pat-eu1-" + chars("h", 8) + "-****-****-****-************"))))

    d = Doc("repos/crm/hubspot/.github/workflows/deals.yml", "repos", "hubspot_actions")
    out.append((d, """name: nightly deals
on:
  schedule: [{cron: "0 2 * * *"}]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - run: >-
          curl -sf -H "Authorization: Bearer %s"
          https://api.hubapi.com/crm/v3/objects/deals?limit=100
      - run: ./sync.sh
        env:
          HUBSPOT_TOKEN: ${{ secrets.HUBSPOT_TOKEN }}
          HUBSPOT_FORM: %s
""" % (d.pos(P, "private-app-token", pat("na1")), d.dec(P, "form-guid", uuid()))))
    return out
