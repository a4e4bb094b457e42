"""repos/hubspot/: HubSpot credentials in depth (shapes from /work/shared/design/hubspot-credentials.md)."""
import base64
import json

from vals20 import R, rs, hx, uuid, AN, B64U


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def hublet_uuid(h):
    return "%s-%s-%s-%s-%s" % (h, hx(4), hx(4), hx(4), hx(12))


def pak(h="na1"):
    body = b"\x0a\x24" + hublet_uuid(h).encode()
    body += b"\x10" + varint(R.randrange(10 ** 7, 10 ** 9)) + b"\x18" + varint(R.randrange(10 ** 6, 10 ** 8))
    body += b"\x2a\x19\x00\x05" + bytes(R.randrange(256) for _ in range(23))
    body += b"\x4a\x03" + h.encode()
    return base64.urlsafe_b64encode(body).decode().rstrip("=")


def old_token():
    """The older C[I-P]… shape with zero runs (base64 of a protobuf)."""
    return "C" + R.choice("JKLMNOP") + rs(40, B64U) + "AAAAAAAAAA" + rs(20, B64U) + "AADAIADAAAAAAAAAAJCGQ" + rs(56, B64U)


def pat(h="na1"):
    return "pat-%s-%s" % (h, uuid())


def fold(v, indent):
    return ">-\n" + " " * indent + v


def build(Doc):
    out = []

    d = Doc("repos/hubspot/theme-lark/hubspot.config.yml", "repos", "hubspot-cli-config")
    p1, p2 = pak("na1"), pak("eu1")
    t = ("defaultPortal: lark-prod\nportals:\n  - name: lark-prod\n    portalId: %s\n    env: prod\n    authType: personalaccesskey\n" % d.dec("hubspot", "portal_id", str(R.randrange(10 ** 7, 10 ** 8))) +
         "    personalAccessKey: %s\n" % fold(d.pos("hubspot", "personal-access-key", p1), 6) +
         "  - name: lark-eu-sandbox\n    portalId: %s\n    authType: personalaccesskey\n" % d.dec("hubspot", "portal_id", str(R.randrange(10 ** 8, 10 ** 9))) +
         "    personalAccessKey: %s\n" % fold(d.pos("hubspot", "personal-access-key", p2), 6) +
         "  - name: lark-oauth\n    portalId: %s\n    authType: oauth2\n    auth:\n" % d.dec("hubspot", "portal_id", str(R.randrange(10 ** 7, 10 ** 8))) +
         "      clientId: %s\n" % d.dec("hubspot", "client_id", uuid()) +
         "      clientSecret: %s\n" % d.pos("hubspot", "client-secret", uuid()) +
         "      scopes:\n        - content\n      tokenInfo:\n        expiresAt: '2026-11-03T10:41:09.020Z'\n"
         "        refreshToken: %s\n" % d.pos("hubspot", "refresh-token", hublet_uuid("na1")) +
         "        accessToken: %s\n" % fold(d.pos("hubspot", "oauth-access-token", old_token()), 10))
    out.append((d, t))

    d = Doc("repos/hubspot/theme-lark/archived.hubspot.config.yml", "repos", "hubspot-cli-config")
    t = ("defaultPortal: legacy\nportals:\n  - name: legacy\n    portalId: %s\n    authType: personalaccesskey\n" % d.dec("hubspot", "portal_id", str(R.randrange(10 ** 6, 10 ** 7))) +
         "    auth:\n      tokenInfo:\n        expiresAt: '2024-02-19T08:12:55.411Z'\n" +
         "    personalAccessKey: %s\n" % fold(d.pos("hubspot", "personal-access-key-old", old_token()), 6) +
         "  - name: very-old\n    portalId: %s\n    authType: apikey\n" % d.dec("hubspot", "portal_id", str(R.randrange(10 ** 6, 10 ** 7))) +
         "    apiKey: %s\n" % d.pos("hubspot", "legacy-api-key", uuid()))
    out.append((d, t))

    d = Doc("repos/hubspot/home/.hscli/config.yml", "repos", "hubspot-cli-config")
    t = ("defaultAccount: marek-ap\naccounts:\n  - name: marek-ap\n    accountId: %s\n    authType: personalaccesskey\n" % d.dec("hubspot", "account_id", str(R.randrange(10 ** 7, 10 ** 8))) +
         "    personalAccessKey: %s\n" % d.pos("hubspot", "personal-access-key", pak("ap1")) +
         "  - name: marek-test\n    accountId: %s\n    authType: personalaccesskey\n" % d.dec("hubspot", "account_id", str(R.randrange(10 ** 7, 10 ** 8))) +
         "    personalAccessKey: '%s'\n" % d.pos("hubspot", "personal-access-key", pak("na2")) +
         "    env: qa\n")
    out.append((d, t))

    d = Doc("repos/hubspot/crm-sync/legacy/contacts.php", "repos", "php")
    t = ("<?php\n// TODO: hapikey is sunset, move to a private app token\n"
         "$url = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100';\n" % d.pos("hubspot", "legacy-api-key", uuid()) +
         "$form = 'https://forms.hubspot.com/uploads/form/v2/%s/%s';\n" % (d.dec("hubspot", "portal_id", str(R.randrange(10 ** 6, 10 ** 7))), d.dec("hubspot", "form_guid", uuid())) +
         "$json = file_get_contents($url);\n")
    out.append((d, t))

    d = Doc("repos/hubspot/crm-sync/notebooks/dedupe.py", "repos", "python")
    t = ("import requests\n\nHUBSPOT_API_KEY = \"%s\"\n" % d.pos("hubspot", "legacy-api-key", uuid()) +
         "r = requests.get('https://api.hubapi.com/deals/v1/deal/paged', params={'hapikey': HUBSPOT_API_KEY, 'limit': 250})\n"
         "print(r.headers.get('X-HubSpot-Correlation-Id'))  # e.g. %s\n" % d.dec("hubspot", "correlation_id", uuid()))
    out.append((d, t))

    d = Doc("repos/hubspot/crm-sync/sync/client.py", "repos", "python-sdk")
    t = ("from hubspot import HubSpot\n\napi_client = HubSpot(access_token=\"%s\")\n" % d.pos("hubspot", "private-app-token", pat("na1")) +
         "PIPELINE_ID = \"%s\"\n" % d.dec("hubspot", "pipeline_id", str(R.randrange(10 ** 8, 10 ** 9))) +
         "OLD_TOKEN = \"pat-na1-%s\"  # revoked, kept for the changelog\n" % d.dec("hubspot", "masked_token", hx(8) + "-****-****-****-************"))
    out.append((d, t))

    d = Doc("repos/hubspot/webshop/src/hubspot.ts", "repos", "typescript-sdk")
    t = ("import { Client } from '@hubspot/api-client';\n\n"
         "export const hubspot = new Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN ?? '%s' });\n" % d.pos("hubspot", "private-app-token", pat("eu1")) +
         "export const PORTAL_ID = %s;\n" % d.dec("hubspot", "portal_id", str(R.randrange(10 ** 7, 10 ** 8))) +
         "export const NEWSLETTER_FORM = '%s';\n" % d.dec("hubspot", "form_guid", uuid()))
    out.append((d, t))

    d = Doc("repos/hubspot/webshop/lib/hubspot_sync.rb", "repos", "ruby-sdk")
    t = ("require 'hubspot-api-client'\n\nclient = Hubspot::Client.new(access_token: '%s')\n" % d.pos("hubspot", "private-app-token", pat("na1")) +
         "client.crm.contacts.basic_api.get_page(limit: 10)\n# app id %s\n" % d.dec("hubspot", "app_id", str(R.randrange(10 ** 6, 10 ** 7))))
    out.append((d, t))

    d = Doc("repos/hubspot/marketplace-app/scripts/webhooks.sh", "repos", "shell")
    dev = hublet_uuid("na1")
    t = ("#!/bin/sh\nAPP_ID=%s\n" % d.dec("hubspot", "app_id", str(R.randrange(10 ** 6, 10 ** 7))) +
         "HUBSPOT_DEVELOPER_API_KEY=%s\n" % d.pos("hubspot", "developer-api-key", dev) +
         "curl -s \"https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=%s\"\n" % d.pos("hubspot", "developer-api-key", uuid()) +
         "curl -s \"https://api.hubapi.com/webhooks/v3/$APP_ID/subscriptions?hapikey=$HUBSPOT_DEVELOPER_API_KEY\"\n")
    out.append((d, t))

    d = Doc("repos/hubspot/marketplace-app/.env", "repos", "dotenv")
    t = ("HUBSPOT_CLIENT_ID=%s\n" % d.dec("hubspot", "client_id", uuid()) +
         "HUBSPOT_CLIENT_SECRET=%s\n" % d.pos("hubspot", "client-secret", uuid()) +
         "HUBSPOT_PERSONAL_ACCESS_KEY=%s\n" % d.pos("hubspot", "personal-access-key", pak("na1")) +
         "HUBSPOT_ACCOUNT_ID=%s\n" % d.dec("hubspot", "account_id", str(R.randrange(10 ** 7, 10 ** 8))) +
         "HUBSPOT_REFRESH_TOKEN=%s\n" % d.pos("hubspot", "refresh-token", uuid()) +
         "HUBSPOT_REDIRECT_URI=http://localhost:3000/oauth-callback\n")
    out.append((d, t))

    d = Doc("repos/hubspot/marketplace-app/.env.example", "repos", "dotenv-example")
    t = ("HUBSPOT_CLIENT_ID=%s\n" % d.dec("hubspot", "placeholder", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx") +
         "HUBSPOT_CLIENT_SECRET=%s\n" % d.dec("hubspot", "placeholder", "<your-client-secret>") +
         "HUBSPOT_PERSONAL_ACCESS_KEY=%s\n" % d.dec("hubspot", "zero_uuid", "00000000-0000-0000-0000-000000000000") +
         "HUBSPOT_ACCESS_TOKEN=%s\n" % d.dec("hubspot", "truncated", "pat-na1-" + hx(8) + "..."))
    out.append((d, t))

    d = Doc("repos/hubspot/webshop/templates/footer.html", "repos", "html")
    t = ("<script charset=\"utf-8\" type=\"text/javascript\" src=\"//js.hsforms.net/forms/embed/v2.js\"></script>\n<script>\n"
         "  hbspt.forms.create({ region: \"na1\", portalId: \"%s\", formId: \"%s\" });\n" % (d.dec("hubspot", "portal_id", str(R.randrange(10 ** 6, 10 ** 7))), d.dec("hubspot", "form_guid", uuid())) +
         "</script>\n<!-- cta %s -->\n" % d.dec("hubspot", "cta_guid", uuid()))
    out.append((d, t))

    d = Doc("repos/hubspot/theme-lark/justfile", "repos", "justfile")
    t = ("set dotenv-load\n\nupload:\n    HUBSPOT_PERSONAL_ACCESS_KEY=${HUBSPOT_PERSONAL_ACCESS_KEY:-%s} hs upload src lark-theme\n" % d.pos("hubspot", "personal-access-key", pak("na1")) +
         "\nwatch:\n    hs watch src lark-theme --account=%s\n" % d.dec("hubspot", "account_name", "lark-prod"))
    out.append((d, t))

    d = Doc("repos/hubspot/crm-sync/logs/sync.log", "repos", "log")
    t = ("2026-11-02T07:00:01Z INFO  starting sync run=%s\n" % d.dec("hubspot", "run_uuid", uuid()) +
         "2026-11-02T07:00:02Z DEBUG POST https://api.hubapi.com/crm/v3/objects/contacts/batch/read Authorization: Bearer %s\n" % d.pos("hubspot", "private-app-token", pat("na2")) +
         "2026-11-02T07:00:03Z WARN  429 from HubSpot correlationId=%s retry in 10s\n" % d.dec("hubspot", "correlation_id", uuid()))
    out.append((d, t))

    d = Doc("repos/hubspot/marketplace-app/src/OAuthConfig.java", "repos", "java")
    t = ("public final class OAuthConfig {\n    static final String CLIENT_ID = \"%s\";\n" % d.dec("hubspot", "client_id", uuid()) +
         "    static final String CLIENT_SECRET = \"%s\";\n" % d.pos("hubspot", "client-secret", uuid()) +
         "    static final String SCOPES = \"crm.objects.contacts.read oauth\";\n}\n")
    out.append((d, t))
    d = Doc("repos/hubspot/theme-wren/hubspot.config.yaml", "repos", "hubspot-cli-config")
    t = ("defaultPortal: wren\nportals:\n  - name: wren\n    portalId: %s\n    env: prod\n    authType: personalaccesskey\n" % d.dec("hubspot", "portal_id", str(R.randrange(10 ** 7, 10 ** 8))) +
         "    personalAccessKey: %s\n" % fold(d.pos("hubspot", "personal-access-key", pak("na2")), 6) +
         "    auth:\n      tokenInfo:\n        accessToken: %s\n" % fold(d.pos("hubspot", "oauth-access-token", old_token()), 10) +
         "        expiresAt: '2026-11-02T16:20:11.101Z'\n"
         "  - name: wren-staging\n    portalId: %s\n    env: qa\n    authType: personalaccesskey\n" % d.dec("hubspot", "portal_id", str(R.randrange(10 ** 7, 10 ** 8))) +
         "    personalAccessKey: %s\n" % fold(d.pos("hubspot", "personal-access-key-old", old_token()), 6) +
         "  - name: wren-placeholder\n    portalId: %s\n    authType: personalaccesskey\n" % d.dec("hubspot", "placeholder", "<portalId>") +
         "    personalAccessKey: %s\n" % d.dec("hubspot", "env_reference", "${HUBSPOT_PERSONAL_ACCESS_KEY}"))
    out.append((d, t))

    d = Doc("repos/hubspot/crm-sync/notebooks/export.ipynb", "repos", "jupyter")
    cells = [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import requests\n", "TOKEN = '\x00A'\n", "PORTAL = \x00B\n",
                         "url = 'https://api.hubapi.com/crm/v3/objects/companies?hapikey=\x00C'\n"]}]
    t = json.dumps({"cells": cells, "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)
    t = t.replace("\\u0000A", d.pos("hubspot", "private-app-token", pat("eu1")))
    t = t.replace("\\u0000B", d.dec("hubspot", "portal_id", str(R.randrange(10 ** 7, 10 ** 8))))
    t = t.replace("\\u0000C", d.pos("hubspot", "legacy-api-key", uuid()))
    out.append((d, t + "\n"))

    d = Doc("repos/hubspot/marketplace-app/logs/oauth.log", "repos", "log")
    t = ("2026-11-02T09:14:03Z INFO  token exchange ok portal=%s\n" % d.dec("hubspot", "portal_id", str(R.randrange(10 ** 7, 10 ** 8))) +
         "2026-11-02T09:14:03Z DEBUG response {\"token_type\":\"bearer\",\"refresh_token\":\"%s\",\"expires_in\":1800}\n" % d.pos("hubspot", "refresh-token", hublet_uuid("eu1")) +
         "2026-11-02T09:14:04Z DEBUG client_secret=%s client_id=%s\n" % (d.pos("hubspot", "client-secret", uuid()), d.dec("hubspot", "client_id", uuid())))
    out.append((d, t))
    return out
