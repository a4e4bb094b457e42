"""repos/hubspot/: HubSpot credentials in depth (formats: /work/shared/design/hubspot-credentials.md)."""
import base64

from vals23 import R, rs, hexs, uuid, digits, AN, LAN


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def hub_uuid(hublet):
    h = hexs(32)
    return "%s-%s-%s-%s-%s-%s" % (hublet, h[:4], h[4:8], h[8:12], h[12:16], h[16:28])


def pak(hublet):
    """Current PAK: base64url protobuf, field 1 = '<hublet>-xxxx-...' (36), fields 2/3 varints, 5 = 25-byte sig, 9 = hublet."""
    f1 = hub_uuid(hublet).encode()
    assert len(f1) == 36
    sig = b"\x00\x05" + bytes(R.randrange(256) for _ in range(23))
    raw = (b"\x0a\x24" + f1 + b"\x10" + varint(int(digits(8))) + b"\x18" + varint(int(digits(7))) +
           b"\x2a\x19" + sig + b"\x4a\x03" + hublet.encode())
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def oauth_token(expiry_ms=None):
    """OAuth access token / older PAK: base64url protobuf starting 0x08 + varint expiry (ms) with zero runs."""
    ms = expiry_ms or (1764000000000 + R.randrange(10 ** 9))
    body = bytearray(b"\x08" + varint(ms) + b"\x12\x02\x00\x01\x18" + varint(int(digits(8))) + b"\x22\x14")
    body += bytes(R.randrange(256) for _ in range(20))
    body += b"\x2a\x1e" + bytes([0, 0, 0, 0, 0, 0, 0, 0] + [R.randrange(256) for _ in range(22)])
    body += b"\x32\x19\x00" + bytes(R.randrange(256) for _ in range(24))
    return base64.urlsafe_b64encode(bytes(body)).decode().rstrip("=")


def fold(v, indent, width=76):
    return ("\n" + indent).join(v[i:i + width] for i in range(0, len(v), width))


def pat(hublet):
    return "pat-%s-%s" % (hublet, uuid())


def build(Doc):
    out = []
    H = "hubspot"

    d = Doc("repos/hubspot/cms-theme/hubspot.config.yml", "repos", "hubspot-cli-config")
    k1, tok, k2 = pak("na1"), oauth_token(), oauth_token()
    t = ("defaultPortal: fernhollow-prod\nportals:\n  - name: fernhollow-prod\n    portalId: %s\n    env: prod\n    authType: personalaccesskey\n" % d.dec(H, "portal_id", digits(8)) +
         "    auth:\n      tokenInfo:\n        accessToken: >-\n          %s\n        expiresAt: '2026-11-28T10:41:07.381Z'\n" % d.pos(H, "oauth-access-token", tok, match="pem") +
         "    personalAccessKey: >-\n      %s\n" % d.pos(H, "personal-access-key", k1, match="pem") +
         "  - name: fernhollow-sandbox\n    portalId: %s\n    env: prod\n    authType: personalaccesskey\n" % d.dec(H, "portal_id", digits(8)) +
         "    personalAccessKey: >-\n      %s\n" % d.pos(H, "personal-access-key-legacy-format", fold(k2, "      "), match="pem") +
         "  - name: fernhollow-app-dev\n    portalId: %s\n    authType: oauth2\n    auth:\n      clientId: %s\n      clientSecret: %s\n      scopes:\n        - content\n"
         % (d.dec(H, "portal_id", digits(9)), d.dec(H, "client_id", uuid()), d.pos(H, "client-secret", uuid())) +
         "      tokenInfo:\n        refreshToken: %s\n" % d.pos(H, "oauth-refresh-token", hub_uuid("eu1")) +
         "  - name: old-marketing\n    portalId: %s\n    authType: apikey\n    apiKey: %s\n" % (d.dec(H, "portal_id", digits(7)), d.pos(H, "legacy-api-key", uuid())))
    out.append((d, t))

    d = Doc("repos/hubspot/home/.hscli/config.yml", "repos", "hubspot-cli-config")
    t = ("defaultAccount: 'fernhollow-apac'\naccounts:\n  - name: 'fernhollow-apac'\n    accountId: %s\n    authType: 'personalaccesskey'\n" % d.dec(H, "account_id", digits(9)) +
         "    personalAccessKey: '%s'\n    env: 'prod'\n" % d.pos(H, "personal-access-key", pak("ap1")) +
         "  - name: 'qa-sandbox'\n    accountId: %s\n    authType: 'personalaccesskey'\n    personalAccessKey: '%s'\n" % (d.dec(H, "account_id", digits(9)), d.dec(H, "masked", "CiRuYTEt" + "*" * 20)))
    out.append((d, t))

    d = Doc("repos/hubspot/cms-theme/scripts/upload.mjs", "repos", "js-source")
    t = ("import { exec } from 'node:child_process';\n\nconst key =\n  process.env.HUBSPOT_PERSONAL_ACCESS_KEY ||\n  '%s';\n" % d.pos(H, "personal-access-key", pak("eu1"), shape="js-source:or-fallback-next-line") +
         "const portal = process.env.HUBSPOT_PORTAL_ID ?? '%s';\n" % d.dec(H, "portal_id", digits(8)) +
         "exec(`hs upload src fernhollow-theme --account=${portal}`, { env: { ...process.env, HUBSPOT_PERSONAL_ACCESS_KEY: key } });\n")
    out.append((d, t))

    d = Doc("repos/hubspot/legacy-sync/sync_contacts.py", "repos", "python-script")
    hk = uuid()
    url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100" % hk
    t = ('import requests\n\n# pre-2022 script, still in cron on the old box\nHAPIKEY = "%s"\n' % d.pos(H, "legacy-api-key", hk) +
         'CONTACT_LIST = "%s"\n\n' % d.dec(H, "list_id", digits(4)) +
         'def page(offset=None):\n    r = requests.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all",\n                     params={"hapikey": HAPIKEY, "count": 100, "vidOffset": offset})\n    return r.json()\n\n'
         '# debugging: curl "%s"\n' % d.pos(H, "legacy-api-key", hk, shown=url, accept=[url]))
    out.append((d, t))

    d = Doc("repos/hubspot/legacy-sync/lib/crm.rb", "repos", "ruby-source")
    t = ("require 'hubspot-ruby'\n\nHubspot.configure(\n  hapikey: '%s',\n  portal_id: %s\n)\n" % (d.pos(H, "legacy-api-key", uuid()), d.dec(H, "portal_id", digits(7))) +
         "Hubspot::Contact.find_by_email('ops@fernhollow.io')\n")
    out.append((d, t))

    d = Doc("repos/hubspot/lead-router/internal/crm/client.go", "repos", "go-source")
    t = ('package crm\n\nfunc New() *hubspot.Client {\n\treturn hubspot.NewClient(\n\t\thubspot.SetPrivateAppToken("%s"),\n\t\thubspot.WithPortal(%s),\n\t)\n}\n' % (d.pos(H, "private-app-token", pat("na1")), d.dec(H, "portal_id", digits(8))))
    out.append((d, t))

    d = Doc("repos/hubspot/billing-bridge/src/main/java/io/fernhollow/billing/HubSpotConfig.java", "repos", "java-source")
    t = ("@Configuration\npublic class HubSpotConfig {\n    @Bean\n    HubSpotClient hubSpot() {\n        return new HubSpotClient.Builder()\n"
         '            .accessToken("%s")\n            .appId(%sL)\n            .build();\n    }\n}\n' % (d.pos(H, "private-app-token", pat("eu1")), d.dec(H, "app_id", digits(7))))
    out.append((d, t))

    d = Doc("repos/hubspot/lead-router/.github/workflows/sync.yml", "repos", "github-actions")
    t = ("name: nightly hubspot sync\non:\n  schedule: [{cron: '0 3 * * *'}]\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n"
         "      HUBSPOT_PORTAL_ID: \"%s\"\n      HUBSPOT_ACCESS_TOKEN: %s\n" % (d.dec(H, "portal_id", digits(8)), d.pos(H, "private-app-token", pat("na2"))) +
         "      HUBSPOT_ACCESS_TOKEN_OLD: ${{ secrets.HUBSPOT_TOKEN }}\n    steps:\n      - run: go run ./cmd/sync\n")
    out.append((d, t))

    d = Doc("repos/hubspot/public-app/scripts/webhook-settings.sh", "repos", "shell")
    dk = hub_uuid("na1")
    app = digits(7)
    t = ("#!/usr/bin/env bash\n# developer account key for the marketplace app\nAPP_ID=%s\n" % d.dec(H, "app_id", app) +
         "DEV_KEY=%s\n" % d.pos(H, "developer-api-key", dk) +
         "curl -sS \"https://api.hubapi.com/webhooks/v3/${APP_ID}/settings?hapikey=${DEV_KEY}\" | jq .\n"
         "curl -sS -X PUT \"https://api.hubapi.com/webhooks/v3/%s/settings?hapikey=%s\" -H 'content-type: application/json' -d @settings.json\n" % (app, d.pos(H, "developer-api-key", dk)))
    out.append((d, t))

    d = Doc("repos/hubspot/public-app/.env", "repos", "dotenv")
    t = ("HUBSPOT_APP_ID=%s\nHUBSPOT_CLIENT_ID=%s\nHUBSPOT_CLIENT_SECRET=%s\n" % (d.dec(H, "app_id", digits(7)), d.dec(H, "client_id", uuid()), d.pos(H, "client-secret", uuid())) +
         "HUBSPOT_REFRESH_TOKEN=%s\nHUBSPOT_SCOPES=crm.objects.contacts.read oauth\n" % d.pos(H, "oauth-refresh-token", hub_uuid("na1")) +
         "HUBSPOT_DEVELOPER_API_KEY=%s\n" % d.pos(H, "developer-api-key", hub_uuid("na2")))
    out.append((d, t))

    d = Doc("repos/hubspot/site/config/services.php", "repos", "php-config")
    t = ("<?php\n\nreturn [\n    'hubspot' => [\n        'portal_id' => env('HUBSPOT_PORTAL_ID', '%s'),\n" % d.dec(H, "portal_id", digits(8)) +
         "        'access_token' => env('HUBSPOT_TOKEN', '%s'),\n" % d.pos(H, "private-app-token", pat("na1"), shape="php-config:env-default") +
         "        'form_guid' => '%s',\n    ],\n];\n" % d.dec(H, "form_id", uuid()))
    out.append((d, t))

    d = Doc("repos/hubspot/site/templates/partials/newsletter.html", "repos", "html-embed")
    t = ('<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>\n<script>\n  hbspt.forms.create({\n'
         '    region: "eu1",\n    portalId: "%s",\n    formId: "%s"\n  });\n</script>\n' % (d.dec(H, "portal_id", digits(8)), d.dec(H, "form_id", uuid())) +
         '<!-- tracking: //js-eu1.hs-scripts.com/%s.js -->\n' % d.dec(H, "portal_id", digits(8)))
    out.append((d, t))

    d = Doc("repos/hubspot/docs/INTEGRATION.md", "repos", "docs-examples")
    t = ("# HubSpot integration\n\nCreate a private app and paste its token into `HUBSPOT_ACCESS_TOKEN`, e.g.\n`%s` (ours is shown masked in the settings page as `%s`).\n\n"
         % (d.dec(H, "placeholder", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"), d.dec(H, "masked", "pat-na1-" + "*" * 8 + "-****-****-****-" + hexs(4) + "********")) +
         "Requests without a token fail with correlation id like `%s`.\nLegacy keys looked like `%s` (zeroed here).\n" % (d.dec(H, "correlation_id", uuid()), d.dec(H, "zero_uuid", "00000000-0000-0000-0000-000000000000")))
    out.append((d, t))

    d = Doc("repos/hubspot/notes/handover-marketing-ops.md", "repos", "handover-note")
    t = ("## Marketing ops handover\n\n* HubSpot transactional email SMTP: user `%s@%s.smtp.hubspot.net`, password `%s`, host smtp.hubapi.com:587\n"
         % (d.dec(H, "smtp_username", rs(LAN, 10)), digits(8), d.pos(H, "smtp-password", rs(AN, 30))) +
         "* The Zapier zap still uses the private app token %s - swap it before January.\n" % d.pos(H, "private-app-token", pat("eu1"), shape="handover-note:prose") +
         "* App id %s, pipeline %s.\n" % (d.dec(H, "app_id", digits(7)), d.dec(H, "pipeline_id", digits(9))))
    out.append((d, t))

    d = Doc("repos/hubspot/data-platform/airflow_connections.json", "repos", "airflow-connections-json")
    t = ('{\n  "hubspot_default": {\n    "conn_type": "http",\n    "host": "https://api.hubapi.com",\n    "extra": "{\\"access_token\\": \\"%s\\", \\"portal_id\\": \\"%s\\"}"\n  }\n}\n'
         % (d.pos(H, "private-app-token", pat("na1"), shape="airflow-connections-json:escaped-json"), d.dec(H, "portal_id", digits(8))))
    out.append((d, t))
    return out
