"""HubSpot files of the tenth held-out corpus: every credential type of
shared/design/hubspot-credentials.md, with the decoys it lists."""
import base64


def _b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _hexid(F, hublet):
    return "%s-%s-%s-%s-%s-%s" % (hublet, F.rs("h", 4), F.rs("h", 4), F.rs("h", 4), F.rs("h", 4), F.rs("h", 12))


def pak(F, hublet):
    """Current personal access key: protobuf (hublet id, account, user, signature, hublet), base64url."""
    R = F.R
    b = b"\x0a\x24" + _hexid(F, hublet).encode()
    b += b"\x10" + _varint(R.randrange(10**7, 10**8)) + b"\x18" + _varint(R.randrange(10**7, 10**8))
    b += b"\x2a\x19\x00\x05" + bytes(R.randrange(256) for _ in range(23)) + b"\x4a\x03" + hublet.encode()
    return _b64u(b)


def access_token(F, n=88, zeros=False):
    """OAuth access token (and 2020-style PAK): 0x08 + expiry varint in ms, then protobuf bytes."""
    R = F.R
    b = b"\x08" + _varint(1770000000000 + R.randrange(10**10)) + b"\x12\x02\x00\x01\x18"
    b += bytes(R.randrange(256) for _ in range(n))
    if zeros:
        b += b"\x42\x19\x00" + b"\x00" * 9 + bytes(R.randrange(256) for _ in range(15))
    return _b64u(b)


def build(Doc, F):
    docs = []

    d = Doc("snippets/hubspot/hubspot.config.yml", "snippets", "yaml-folded")
    p1, tok = pak(F, "na1"), access_token(F)
    portal = str(F.R.randrange(10**7, 10**8))
    text = ("defaultPortal: acme-prod\nportals:\n  - name: acme-prod\n    portalId: %s\n"
            "    env: prod\n    authType: personalaccesskey\n    personalAccessKey: >-\n      %s\n"
            "    auth:\n      tokenInfo:\n        accessToken: >-\n          %s\n        expiresAt: '2026-11-30T11:31:02.417Z'\n"
            "  - name: acme-sandbox\n    portalId: %s\n    authType: personalaccesskey\n    personalAccessKey: '%s'\n") % (
        d.dec("hubspot", "portal-id", portal), d.secret("hubspot", "pak-current", p1, shape="yaml-folded"),
        d.secret("hubspot", "oauth-access-token", tok, shape="yaml-folded"),
        d.dec("hubspot", "portal-id", str(F.R.randrange(10**8, 10**9))),
        d.secret("hubspot", "pak-current", pak(F, "eu1"), shape="yaml-quoted"))
    docs.append((d, text))

    d = Doc("snippets/hubspot/.hscli/config.yml", "snippets", "yaml-nested")
    text = ("defaultAccount: 48213377\naccounts:\n  - name: agency\n    accountId: %s\n    authType: oauth2\n"
            "    auth:\n      clientId: %s\n      clientSecret: %s\n      scopes:\n        - content\n"
            "      tokenInfo:\n        refreshToken: %s\n        accessToken: %s\n  - name: legacy\n"
            "    accountId: 31002211\n    authType: apikey\n    apiKey: %s\n") % (
        d.dec("hubspot", "account-id", "48213377"), d.dec("hubspot", "client-id", F.uuid()),
        d.secret("hubspot", "client-secret", F.uuid()), d.secret("hubspot", "refresh-token", _hexid(F, "na2")),
        d.secret("hubspot", "oauth-access-token", access_token(F, 70)), d.secret("hubspot", "legacy-api-key", F.uuid()))
    docs.append((d, text))

    d = Doc("snippets/hubspot/Justfile", "snippets", "justfile")
    text = ('export HUBSPOT_ACCESS_TOKEN := "%s"\nexport HUBSPOT_PRIVATE_APP_TOKEN := env_var_or_default("HS_TOKEN", "%s")\n'
            'placeholder := "%s"\n\nsync:\n    curl -H "Authorization: Bearer %s" https://api.hubapi.com/crm/v3/objects/contacts\n'
            '    curl -H "Authorization: Bearer %s" https://api.hubapi.com/crm/v3/owners\n') % (
        d.secret("hubspot", "private-app-token", "pat-na1-" + F.uuid()),
        d.secret("hubspot", "private-app-token", "pat-eu1-" + F.uuid(), shape="justfile-default"),
        d.dec("hubspot", "placeholder", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
        d.secret("hubspot", "private-app-token", "pat-na2-" + F.uuid(), shape="header-bearer"),
        d.dec("hubspot", "env-reference", "${HUBSPOT_ACCESS_TOKEN}"))
    docs.append((d, text))

    d = Doc("snippets/hubspot/webhooks.adoc", "snippets", "url-query")
    text = ("= HubSpot webhooks\n\n[source,shell]\n----\ncurl 'https://api.hubapi.com/webhooks/v3/%s/settings?hapikey=%s'\n"
            "curl 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=50&hapikey=%s'\n----\n\n"
            ":form-id: %s\n:correlation-id: %s\n:zero-key: %s\n\n"
            "hbspt.forms.create({ portalId: \"%s\", formId: \"%s\" });\n") % (
        d.dec("hubspot", "app-id", str(F.R.randrange(10**6, 10**7))),
        d.secret("hubspot", "developer-api-key", _hexid(F, "na1")), d.secret("hubspot", "legacy-api-key", F.uuid()),
        d.dec("hubspot", "form-guid", F.uuid()), d.dec("hubspot", "correlation-id", F.uuid()),
        d.dec("hubspot", "placeholder", "00000000-0000-0000-0000-000000000000"),
        d.dec("hubspot", "portal-id", str(F.R.randrange(10**6, 10**7))), d.dec("hubspot", "form-guid", F.uuid()))
    docs.append((d, text))

    d = Doc("snippets/hubspot/.env.hubspot", "snippets", "dotenv")
    text = ("HUBSPOT_PERSONAL_ACCESS_KEY=%s\nHUBSPOT_ACCOUNT_ID=%s\nHUBSPOT_CLIENT_SECRET=%s\nHUBSPOT_REFRESH_TOKEN=%s\n"
            "HUBSPOT_DEVELOPER_API_KEY=%s\nHUBSPOT_CLIENT_ID=%s\n") % (
        d.secret("hubspot", "pak-2020", access_token(F, 60, zeros=True)),
        d.dec("hubspot", "account-id", str(F.R.randrange(10**7, 10**8))),
        d.secret("hubspot", "client-secret", F.uuid()), d.secret("hubspot", "refresh-token", F.uuid()),
        d.secret("hubspot", "developer-api-key", F.uuid()), d.dec("hubspot", "client-id", F.uuid()))
    docs.append((d, text))

    d = Doc("snippets/hubspot/smtp.rst", "snippets", "rst-field")
    user = "%s@%d.smtp.hubspot.net" % (F.rs("l", 10), F.R.randrange(10**7, 10**8))
    text = ("Transactional email\n===================\n\n:host: smtp.hubapi.com\n:port: 587\n:username: %s\n:password: %s\n\n"
            ".. code-block:: python\n\n   HUBSPOT_PAK = \"%s\"\n") % (
        d.dec("hubspot", "smtp-username", user), d.secret("hubspot", "smtp-password", F.rs("a", 32)),
        d.secret("hubspot", "pak-current", pak(F, "ap1"), shape="python-assign"))
    docs.append((d, text))
    return docs
