"""repos/hubspot/: HubSpot in depth (formats from /work/shared/design/hubspot-credentials.md)."""
import base64
from vals21 import R, alnum, low, hexs, digits, uuid, pick, B64U

HUBLETS = ["na1", "eu1", "na2", "ap1", "na3"]


def pak(hublet=None):
    """Current PAK shape: protobuf, field 1 = '<hublet>-<uuid-ish>', varints, a 25-byte signature
    starting 00 05, field 9 = hublet; base64url without padding."""
    h = hublet or R.choice(HUBLETS)
    f1 = ("%s-%s-%s-%s-%s-%s" % (h, hexs(4), hexs(4), hexs(4), hexs(4), hexs(12))).encode()
    def varint(n):
        out = b""
        while True:
            b = n & 0x7F
            n >>= 7
            if n:
                out += bytes([b | 0x80])
            else:
                return out + bytes([b])
    raw = b"\x0a\x24" + f1 + b"\x10" + varint(R.randint(10**7, 2 * 10**8)) + b"\x18" + varint(R.randint(10**6, 9 * 10**7)) \
        + b"\x2a\x19\x00\x05" + bytes(R.getrandbits(8) for _ in range(23)) + b"\x4a\x03" + h.encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def old_pak():
    return "C" + R.choice("IJKLMNOP") + pick(B64U, 40) + "AAAAAAAAAAAAAAAAAAAAAAAAAAAA" + pick(B64U, 20) + "Q" + pick(B64U, 30)


def access_token():
    return "C" + R.choice("KLMNO") + pick(B64U, 20) + "AAAA" + pick(B64U, 70)


def hublet_uuid(h=None):
    return "%s-%s-%s-%s-%s-%s" % (h or R.choice(HUBLETS), hexs(4), hexs(4), hexs(4), hexs(4), hexs(12))


def pat(h=None):
    return "pat-%s-%s" % (h or R.choice(["na1", "eu1", "na2"]), uuid())


def build(Doc):
    out = []

    def doc(path, shape):
        d = Doc("repos/hubspot/" + path, "repos", shape)
        return d

    def P(d, fmt, v, shape=None):
        return d.pos("hubspot", fmt, v, shape=shape)

    def D(d, kind, v):
        return d.dec("hubspot", kind, v)

    # 1. hubspot.config.yml written by the CLI: folded PAKs, OAuth entry, an apikey entry
    d = doc("cms-theme/hubspot.config.yml", "hubspot-cli-config")
    k1, tok = pak("na1"), access_token()
    out.append((d, "defaultPortal: production\nportals:\n  - name: production\n    portalId: %s\n    env: prod\n    authType: personalaccesskey\n    personalAccessKey: >-\n      %s\n    auth:\n      tokenInfo:\n        accessToken: >-\n          %s\n        expiresAt: '2026-11-30T14:12:09.511Z'\n  - name: sandbox-eu\n    portalId: %s\n    authType: personalaccesskey\n    personalAccessKey: >-\n      %s\n  - name: legacy-app\n    portalId: %s\n    authType: oauth2\n    auth:\n      clientId: %s\n      clientSecret: %s\n      scopes:\n        - content\n      tokenInfo:\n        refreshToken: %s\n  - name: old-key\n    portalId: %s\n    authType: apikey\n    apiKey: %s\n" % (
        D(d, "portal_id", digits(8)), P(d, "personal_access_key", k1), P(d, "oauth_access_token", tok),
        D(d, "portal_id", digits(9)), P(d, "personal_access_key", pak("eu1")), D(d, "portal_id", digits(7)),
        D(d, "client_id", uuid()), P(d, "client_secret", uuid()), P(d, "refresh_token", hublet_uuid("na1")),
        D(d, "portal_id", digits(8)), P(d, "legacy_api_key", uuid()))))
    # 2. the docs' older-shape PAK, folded, in a .yaml and an archived file
    d = doc("marketing-site/hubspot.config.yaml", "hubspot-cli-config")
    out.append((d, "defaultPortal: dev\nportals:\n  - name: dev\n    portalId: %s\n    authType: personalaccesskey\n    personalAccessKey: >-\n      %s\n" % (
        D(d, "portal_id", digits(8)), P(d, "personal_access_key_old", old_pak()))))
    d = doc("marketing-site/archived.hubspot.config.yml", "hubspot-cli-config")
    out.append((d, "defaultPortal: prod\nportals:\n  - name: prod\n    portalId: %s\n    authType: personalaccesskey\n    personalAccessKey: %s\n" % (
        D(d, "portal_id", digits(8)), P(d, "personal_access_key", pak("na2")))))
    # 3. ~/.hscli/config.yml (CLI >= 7.4)
    d = doc("home/.hscli/config.yml", "hubspot-cli-config")
    out.append((d, "defaultAccount: main\naccounts:\n  - name: main\n    accountId: %s\n    authType: personalaccesskey\n    personalAccessKey: %s\n  - name: apac\n    accountId: %s\n    authType: personalaccesskey\n    personalAccessKey: '%s'\n" % (
        D(d, "account_id", digits(8)), P(d, "personal_access_key", pak("na3")), D(d, "account_id", digits(8)), P(d, "personal_access_key", pak("ap1")))))
    # 4. legacy hapikey in URLs and SDK calls
    d = doc("crm-sync/legacy_import.go", "hubspot-go")
    out.append((d, 'package crmsync\n\nconst contactsURL = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100"\n\n// FormGUID is public: it is embedded in the landing page.\nconst FormGUID = "%s"\n' % (
        P(d, "legacy_api_key", uuid()), D(d, "form_guid", uuid()))))
    d = doc("crm-sync/sync.rb", "hubspot-ruby")
    out.append((d, "require 'hubspot-ruby'\n\nHubspot.configure(hapikey: '%s', portal_id: %s)\n\n# private app token for the v3 client\nclient = Hubspot::Client.new(access_token: '%s')\n" % (
        P(d, "legacy_api_key", uuid()), D(d, "portal_id", digits(8)), P(d, "private_app_token", pat("eu1")))))
    d = doc("crm-sync/export.ps1", "hubspot-powershell")
    out.append((d, "$base = 'https://api.hubapi.com/crm/v3/objects/deals'\n$headers = @{ Authorization = 'Bearer %s' }\nInvoke-RestMethod -Uri \"$base?limit=100\" -Headers $headers -OutFile deals.json\n# pipeline id: %s\n" % (
        P(d, "private_app_token", pat("na1")), D(d, "pipeline_id", digits(9)))))
    d = doc("crm-sync/Deals.kt", "hubspot-kotlin")
    out.append((d, 'val hubspot = HubSpotClient(\n    accessToken = "%s",\n    portalId = %sL,\n    appId = %s,\n)\n' % (
        P(d, "private_app_token", pat("na2")), D(d, "portal_id", digits(8)), D(d, "app_id", digits(7)))))
    # 5. developer API key in webhook settings calls
    d = doc("app-settings/webhooks.sh", "hubspot-shell")
    out.append((d, "#!/bin/sh\nAPP_ID=%s\ncurl -s \"https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=%s\"\nHUBSPOT_DEVELOPER_API_KEY=\"${HUBSPOT_DEVELOPER_API_KEY:-%s}\"\n" % (
        D(d, "app_id", digits(7)), P(d, "developer_api_key", hublet_uuid("na1")), P(d, "developer_api_key", uuid()))))
    # 6. .env with client id (decoy) beside client secret, PAK, refresh token
    d = doc("public-app/.env", "dotenv")
    out.append((d, "HUBSPOT_CLIENT_ID=%s\nHUBSPOT_CLIENT_SECRET=%s\nHUBSPOT_PERSONAL_ACCESS_KEY=%s\nHUBSPOT_REFRESH_TOKEN=%s\nHUBSPOT_ACCOUNT_ID=%s\nHUBSPOT_SCOPES=crm.objects.contacts.read oauth\n" % (
        D(d, "client_id", uuid()), P(d, "client_secret", uuid()), P(d, "personal_access_key", pak("eu1")),
        P(d, "refresh_token", hublet_uuid("eu1")), D(d, "account_id", digits(8)))))
    # 7. OAuth token response in a log; a CTA embed; masked/truncated/placeholders
    d = doc("public-app/logs/oauth.log", "hubspot-log")
    out.append((d, '2026-11-28T10:02:11Z INFO token exchange ok {"token_type":"bearer","refresh_token":"%s","access_token":"%s","expires_in":1800}\n2026-11-28T10:02:11Z INFO correlationId=%s\n2026-11-28T10:05:40Z WARN rejected token pat-na1-%s\n' % (
        P(d, "refresh_token", hublet_uuid("na1")), P(d, "oauth_access_token", access_token()), D(d, "correlation_id", uuid()),
        D(d, "masked_pat", "********-****-****-****-" + hexs(4) + "********"))))
    d = doc("landing/index.html", "hubspot-html")
    out.append((d, '<script charset="utf-8" src="//js.hsforms.net/forms/embed/v2.js"></script>\n<script>\n  hbspt.forms.create({ region: "na1", portalId: "%s", formId: "%s" });\n</script>\n<!-- CTA %s -->\n' % (
        D(d, "portal_id", digits(8)), D(d, "form_guid", uuid()), D(d, "cta_guid", uuid()))))
    d = doc("docs/hubspot-setup.md", "hubspot-docs")
    out.append((d, "# HubSpot setup\n\n1. Create a private app and copy its token (looks like `%s`).\n2. Put it in `HUBSPOT_ACCESS_TOKEN`, e.g. `%s`.\n3. Never paste the full key; the one in ticket OPS-88 was `%s`.\n4. Zero UUID means unset: `%s`.\n5. Legacy key placeholder: `hapikey=%s`\n" % (
        D(d, "placeholder", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"), D(d, "env_ref", "${HUBSPOT_ACCESS_TOKEN}"),
        D(d, "truncated", pat("na1")[:16] + "..."), D(d, "zero_uuid", "00000000-0000-0000-0000-000000000000"), D(d, "placeholder", "<YOUR_HAPIKEY>"))))
    # 8. PAK in a GitHub Actions step and a Terraform variable default; notebook with hapikey
    d = doc("cms-theme/.github/workflows/deploy.yml", "hubspot-gha")
    out.append((d, "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npx hs project upload --account=%s\n        env:\n          HUBSPOT_PERSONAL_ACCESS_KEY: %s\n          HUBSPOT_PORTAL_ID: %s\n" % (
        digits(8), D(d, "env_ref", "${{ secrets.HUBSPOT_PERSONAL_ACCESS_KEY }}"), D(d, "portal_id", digits(8)))))
    d = doc("infra/hubspot.tf", "hubspot-terraform")
    out.append((d, 'variable "hubspot_token" {\n  type      = string\n  sensitive = true\n  default   = "%s"\n}\n\nlocals {\n  hubspot_app_id = "%s"\n}\n' % (
        P(d, "private_app_token", pat("eu1")), D(d, "app_id", digits(7)))))
    d = doc("analysis/contacts.ipynb", "hubspot-notebook")
    out.append((d, '{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "import requests\\n",\n    "r = requests.get(\\"https://api.hubapi.com/contacts/v1/lists/all/contacts/all\\", params={\\"hapikey\\": \\"%s\\"})\\n"\n   ]\n  }\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}\n' % (
        P(d, "legacy_api_key", uuid()))))
    d = doc("public-app/src/OAuthConfig.cs", "hubspot-csharp")
    out.append((d, 'public record HubSpotOAuth(string ClientId, string ClientSecret);\n\npublic static class OAuthConfig\n{\n    public static readonly HubSpotOAuth Prod = new(\n        ClientId: "%s",\n        ClientSecret: "%s");\n}\n' % (
        D(d, "client_id", uuid()), P(d, "client_secret", uuid()))))
    return out
