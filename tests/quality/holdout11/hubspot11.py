"""HubSpot snippets: every credential type of shared/design/hubspot-credentials.md, with decoys."""
import base64
import struct

from formats11 import R, ex, uuid


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def rb(n):
    return bytes(R.randrange(256) for _ in range(n))


def pak(hublet):
    """Current PAK: protobuf with field 1 '<hublet>-<hex groups>', ids, a 25-byte signature (00 05 ...), field 9 hublet."""
    h = ex("{h4}-{h4}-{h4}-{h4}-{h12}")
    msg = b"\x0a\x24" + (hublet + "-" + h).encode()[:36]
    msg += b"\x10" + varint(R.randrange(10 ** 7, 10 ** 8)) + b"\x18" + varint(R.randrange(10 ** 7, 10 ** 8))
    msg += b"\x2a\x19\x00\x05" + rb(23) + b"\x4a\x03" + hublet.encode()
    return b64u(msg)


def access_token(zero_run=False):
    """OAuth access token / 2020-style PAK: 0x08 + expiry in ms, more fields; the old PAK has zero runs."""
    ms = 1760000000000 + R.randrange(10 ** 9)
    msg = b"\x08" + varint(ms) + b"\x12\x11" + rb(17) + b"\x18" + varint(R.randrange(10 ** 8))
    msg += b"\x2a\x10" + rb(16) + b"\x42\x19\x00\x05" + rb(23)
    if zero_run:
        msg += b"\x4a\x10" + b"\x00\x00\x00\x00\x00\x00\x00\x00" + rb(8)
    return b64u(msg)


def pat(hublet):
    return "pat-%s-%s" % (hublet, uuid())


def hublet_uuid(hublet):
    return "%s-%s" % (hublet, ex("{h4}-{h4}-{h4}-{h4}-{h12}"))


def build(Doc):
    out = []
    P = "hubspot"
    # 1. CLI config, pre-7.4 schema, folded PAK and an oauth2 portal
    d = Doc("snippets/hubspot/hubspot.config.yml", "snippets", "hubspot-config")
    portal, cid = str(R.randrange(10 ** 7, 10 ** 8)), uuid()
    t = ("defaultPortal: prod\nportals:\n  - name: prod\n    portalId: %s\n    authType: personalaccesskey\n"
         "    personalAccessKey: >-\n      %s\n") % (d.dec(P, "portal-id", portal), d.pos(P, "pak-na1", pak("na1"), shape="yaml-folded"))
    t += ("  - name: sandbox\n    portalId: %s\n    authType: oauth2\n    auth:\n      clientId: %s\n"
          "      clientSecret: %s\n      scopes:\n        - content\n      tokenInfo:\n        expiresAt: '2026-11-30T14:03:11.000Z'\n"
          "        refreshToken: %s\n        accessToken: >-\n          %s\n") % (
        d.dec(P, "portal-id", str(R.randrange(10 ** 7, 10 ** 8))), d.dec(P, "client-id", cid),
        d.pos(P, "client-secret", uuid(), shape="yaml-nested"), d.pos(P, "refresh-token-hublet", hublet_uuid("na1"), shape="yaml-nested"),
        d.pos(P, "oauth-access-token", access_token(), shape="yaml-folded"))
    t += "  - name: legacy\n    portalId: %s\n    authType: apikey\n    apiKey: %s\n" % (
        d.dec(P, "portal-id", str(R.randrange(10 ** 6, 10 ** 7))), d.pos(P, "legacy-api-key", uuid(), shape="yaml-nested"))
    out.append((d, t))
    # 2. 7.4+ config with an eu1 PAK quoted and a 2020-style folded key
    d = Doc("snippets/hubspot/.hscli/config.yml", "snippets", "hubspot-config")
    t = ("defaultAccount: eu-prod\naccounts:\n  - name: eu-prod\n    accountId: %s\n    authType: personalaccesskey\n"
         "    personalAccessKey: '%s'\n  - name: old-agency\n    accountId: %s\n    authType: personalaccesskey\n"
         "    personalAccessKey: >-\n      %s\n") % (
        d.dec(P, "account-id", str(R.randrange(10 ** 8, 10 ** 9))), d.pos(P, "pak-eu1", pak("eu1"), shape="yaml-quoted"),
        d.dec(P, "account-id", str(R.randrange(10 ** 6, 10 ** 7))), d.pos(P, "pak-2020", access_token(True), shape="yaml-folded"))
    out.append((d, t))
    # 3. Private app tokens in a COBOL-free mainstream: Python SDK and headers, with decoys
    d = Doc("snippets/hubspot/sync_contacts.py", "snippets", "python")
    t = ("import hubspot\nfrom hubspot.crm.contacts import ApiException\n\n"
         "client = hubspot.Client.create(access_token=\"%s\")\n"
         "HEADERS = {\"Authorization\": \"Bearer %s\", \"Content-Type\": \"application/json\"}\n"
         "HUBSPOT_API_KEY = \"%s\"  # really a private app token\n"
         "PLACEHOLDER = \"%s\"\nFORM_GUID = \"%s\"\nCORRELATION = \"%s\"\nZERO = \"%s\"\n") % (
        d.pos(P, "private-app-na1", pat("na1"), shape="sdk-kwarg"), d.pos(P, "private-app-eu1", pat("eu1"), shape="bearer-header"),
        d.pos(P, "private-app-ap1", pat("ap1"), shape="misnamed-api-key"),
        d.dec(P, "placeholder", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"), d.dec(P, "form-guid", uuid()),
        d.dec(P, "correlation-id", uuid()), d.dec(P, "zero-uuid", "00000000-0000-0000-0000-000000000000"))
    out.append((d, t))
    # 4. Legacy hapikey and developer key in URLs (shell and PHP), form embed decoy
    d = Doc("snippets/hubspot/webhooks.sh", "snippets", "bash")
    t = ("#!/bin/sh\n# old contact export (API key sunset 2022)\n"
         "curl 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=100&hapikey=%s'\n"
         "curl -X PUT 'https://api.hubapi.com/webhooks/v3/%s/settings?hapikey=%s' -d @settings.json\n"
         "export HUBSPOT_DEVELOPER_API_KEY='%s'\n"
         "# embed: hbspt.forms.create({portalId: \"%s\", formId: \"%s\"})\n") % (
        d.pos(P, "legacy-api-key", uuid(), shape="url-query"), d.dec(P, "app-id", str(R.randrange(10 ** 6, 10 ** 7))),
        d.pos(P, "developer-api-key-hublet", hublet_uuid("na1"), shape="url-query"),
        d.pos(P, "developer-api-key-uuid", uuid(), shape="env-export"),
        d.dec(P, "portal-id", str(R.randrange(10 ** 7, 10 ** 8))), d.dec(P, "form-guid", uuid()))
    out.append((d, t))
    # 5. .env with the CLI's variable names, SMTP credential, env references
    d = Doc("snippets/hubspot/.env.hubspot", "snippets", "dotenv")
    smtp_user = ex("{l10}") + "@" + str(R.randrange(10 ** 7, 10 ** 8)) + ".smtp.hubspot.net"
    t = ("HUBSPOT_PERSONAL_ACCESS_KEY=%s\nHUBSPOT_CLIENT_ID=%s\nHUBSPOT_CLIENT_SECRET=%s\nHUBSPOT_REFRESH_TOKEN=%s\n"
         "HUBSPOT_ACCOUNT_ID=%s\nHUBSPOT_SMTP_USER=%s\nHUBSPOT_SMTP_PASSWORD=%s\nHUBSPOT_ACCESS_TOKEN=%s\n") % (
        d.pos(P, "pak-na2", pak("na2"), shape="dotenv"), d.dec(P, "client-id", uuid()),
        d.pos(P, "client-secret", uuid(), shape="dotenv"), d.pos(P, "refresh-token-uuid", uuid(), shape="dotenv"),
        d.dec(P, "account-id", str(R.randrange(10 ** 7, 10 ** 8))), d.dec(P, "smtp-username", smtp_user),
        d.pos(P, "smtp-password", ex("{a32}"), shape="dotenv"), d.dec(P, "env-reference", "${HUBSPOT_PRIVATE_APP_TOKEN}"))
    out.append((d, t))
    # 6. Java/Node SDK positional, OAuth access token in a log line
    d = Doc("snippets/hubspot/HubspotClient.java", "snippets", "java")
    t = ("// HubSpot client factory\nHubSpotAPI api = new HubSpotAPI(\"%s\");\n"
         "// log: POST /oauth/v1/token -> {\"token_type\":\"bearer\",\"access_token\":\"%s\",\"expires_in\":1800}\n"
         "String refresh = \"%s\"; // refresh_token\nString portalId = \"%s\";\n") % (
        d.pos(P, "private-app-na1", pat("na1"), shape="sdk-positional"), d.pos(P, "oauth-access-token", access_token(), shape="json-in-comment"),
        d.pos(P, "refresh-token-hublet", hublet_uuid("eu1"), shape="java-assign"), d.dec(P, "portal-id", str(R.randrange(10 ** 7, 10 ** 8))))
    out.append((d, t))
    return out
