"""HubSpot files of the snippets half: every credential type of hubspot-credentials.md."""
import base64

from formats12 import R, rs, uuid

HUBLETS = ["na1", "na2", "eu1", "ap1"]


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def pak(hublet):
    """Current PAK: protobuf with the hublet-prefixed hex id, account/user varints, a signature, the hublet."""
    ident = "%s-%s-%s-%s-%s-%s" % (hublet, rs("h", 4), rs("h", 4), rs("h", 4), rs("h", 4), rs("h", 12))
    sig = b"\x00\x05" + bytes(R.randrange(256) for _ in range(23))
    raw = (b"\x0a\x24" + ident.encode() + b"\x10" + varint(R.randrange(10**7, 10**8)) + b"\x18" + varint(R.randrange(10**6, 10**8))
           + b"\x2a\x19" + sig + b"\x4a\x03" + hublet.encode())
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def oauth_access():
    raw = b"\x08" + varint(1765000000000 + R.randrange(10**9)) + b"\x12" + bytes(R.randrange(256) for _ in range(70))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def legacy_pak():
    raw = b"\x08" + varint(1590000000000 + R.randrange(10**9)) + b"\x12\x02\x11\x02" + bytes(R.randrange(256) for _ in range(30)) + bytes(12) + bytes(R.randrange(256) for _ in range(40))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def pat(h):
    return "pat-%s-%s" % (h, uuid())


def refresh(h):
    return "%s-%s-%s-%s-%s-%s" % (h, rs("h", 4), rs("h", 4), rs("h", 4), rs("h", 4), rs("h", 12))


def build(Doc):
    docs = []
    d = Doc("snippets/hubspot/hubspot.config.yml", "snippets", "hubspot-cli-config")
    t = ["defaultPortal: agency-prod", "portals:",
         "  - name: agency-prod", "    portalId: %s" % d.dec("hubspot", "portal-id", str(R.randrange(10**7, 10**8))),
         "    env: prod", "    authType: personalaccesskey", "    personalAccessKey: >-",
         "      %s" % d.pos("hubspot", "pak", pak("na1"), shape="yaml-folded"),
         "    auth:", "      tokenInfo:",
         "        accessToken: >-", "          %s" % d.pos("hubspot", "oauth-access", oauth_access(), shape="yaml-folded"),
         "        expiresAt: '2026-11-30T17:10:00.000Z'",
         "  - name: agency-eu", "    portalId: %s" % d.dec("hubspot", "portal-id", str(R.randrange(10**8, 10**9))),
         "    authType: personalaccesskey",
         "    personalAccessKey: %s" % d.pos("hubspot", "pak", pak("eu1"), shape="yaml-value"),
         "  - name: legacy-sandbox", "    portalId: %s" % d.dec("hubspot", "portal-id", str(R.randrange(10**6, 10**7))),
         "    authType: apikey", "    apiKey: %s" % d.pos("hubspot", "legacy-api-key", uuid(), shape="yaml-value"),
         "  - name: oauth-dev", "    authType: oauth2", "    auth:",
         "      clientId: %s" % d.dec("hubspot", "client-id", uuid()),
         "      clientSecret: %s" % d.pos("hubspot", "client-secret", uuid(), shape="yaml-value"),
         "      tokenInfo:", "        refreshToken: %s" % d.pos("hubspot", "refresh-token", refresh("na2"), shape="yaml-value"),
         "        accessToken: ''"]
    docs.append((d, "\n".join(t) + "\n"))

    d = Doc("snippets/hubspot/hscli-config.yml", "snippets", "hubspot-cli-config")
    t = ["defaultAccount: 2020-portal", "accounts:", "  - name: 2020-portal",
         "    accountId: %s" % d.dec("hubspot", "account-id", str(R.randrange(10**7, 10**8))),
         "    authType: personalaccesskey", "    personalAccessKey: >-",
         "      %s" % d.pos("hubspot", "pak-2020", legacy_pak(), shape="yaml-folded")]
    docs.append((d, "\n".join(t) + "\n"))

    d = Doc("snippets/hubspot/crm_sync.exs", "snippets", "elixir-config")
    t = ["import Config", "",
         'config :crm_sync, hubspot_token: "%s"' % d.pos("hubspot", "private-app", pat("na1"), shape="elixir-config"),
         'config :crm_sync, hubspot_eu_token: System.get_env("HUBSPOT_ACCESS_TOKEN", "%s")' % d.pos("hubspot", "private-app", pat("eu1"), shape="elixir-env-default"),
         'config :crm_sync, form_guid: "%s"' % d.dec("hubspot", "form-guid", uuid()),
         'config :crm_sync, sample: "pat-na1-%s"' % d.dec("hubspot", "placeholder-uuid", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
         'config :crm_sync, hubspot_token_ref: System.fetch_env!("HUBSPOT_PRIVATE_APP_TOKEN")']
    docs.append((d, "\n".join(t) + "\n"))

    d = Doc("snippets/hubspot/webhooks.http", "snippets", "http-request")
    t = ["### register webhook settings",
         "PUT https://api.hubapi.com/webhooks/v3/%s/settings?hapikey=%s" % (R.randrange(10**6, 10**7), d.pos("hubspot", "developer-api-key", refresh("na1"), shape="url-query")),
         "Content-Type: application/json", "",
         "### contacts (legacy key)",
         "GET https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=20" % d.pos("hubspot", "legacy-api-key", uuid(), shape="url-query"),
         "", "### private app", "GET https://api.hubapi.com/crm/v3/objects/deals",
         "Authorization: Bearer %s" % d.pos("hubspot", "private-app", pat("na2"), shape="http-header"),
         "X-Request-Id: %s" % d.dec("hubspot", "correlation-id", uuid()),
         "", "### token info", "GET https://api.hubapi.com/oauth/v1/refresh-tokens/%s" % d.pos("hubspot", "refresh-token", uuid(), shape="url-path"),
         "", "### placeholder", "GET https://api.hubapi.com/crm/v3/objects/contacts?hapikey=%s" % d.dec("hubspot", "zero-uuid", "00000000-0000-0000-0000-000000000000")]
    docs.append((d, "\n".join(t) + "\n"))

    d = Doc("snippets/hubspot/Mailer.kt", "snippets", "kotlin-val")
    smtp_user = "%s@%d.smtp.hubspot.net" % (rs("l", 10), R.randrange(10**7, 10**8))
    t = ["object Mailer {", '    const val HOST = "smtp.hubapi.com"', "    const val PORT = 587",
         '    const val USER = "%s"' % d.dec("hubspot", "smtp-username", smtp_user),
         '    const val PASSWORD = "%s"' % d.pos("hubspot", "smtp-password", rs("a", 32), shape="kotlin-val"),
         '    val hubspotClientSecret = "%s"' % d.pos("hubspot", "client-secret", uuid(), shape="kotlin-val"),
         '    val portalId = "%s"' % d.dec("hubspot", "portal-id", str(R.randrange(10**7, 10**8))),
         "}"]
    docs.append((d, "\n".join(t) + "\n"))

    d = Doc("snippets/hubspot/hubspot.env", "snippets", "dotenv")
    t = ["HUBSPOT_PERSONAL_ACCESS_KEY=%s" % d.pos("hubspot", "pak", pak("ap1")),
         "HUBSPOT_ACCESS_TOKEN=%s" % d.pos("hubspot", "oauth-access", oauth_access()),
         "HUBSPOT_REFRESH_TOKEN=%s" % d.pos("hubspot", "refresh-token", refresh("eu1")),
         "HUBSPOT_DEVELOPER_API_KEY=%s" % d.pos("hubspot", "developer-api-key", uuid()),
         "HUBSPOT_CLIENT_ID=%s" % d.dec("hubspot", "client-id", uuid()),
         "HUBSPOT_PORTAL_ID=%s" % d.dec("hubspot", "portal-id", str(R.randrange(10**7, 10**8))),
         "HUBSPOT_API_KEY=%s" % d.dec("hubspot", "env-reference", "${HUBSPOT_API_KEY_PROD}")]
    docs.append((d, "\n".join(t) + "\n"))
    return docs
