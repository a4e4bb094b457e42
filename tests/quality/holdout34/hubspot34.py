"""repos/hq/crm-hubspot/: the resort's HubSpot credentials in the shapes of
/work/shared/design/hubspot-credentials.md (PAK, OAuth access/refresh tokens, pat-, developer
and legacy API keys, client secret, SMTP password) and HubSpot's decoys."""
from holdout_gen import Doc, varint, b64u


def hubspot_docs(V):
    R, gen = V.R, V.gen

    def hub_uuid(hublet):
        u = V.uuid()
        return "%s-%s" % (hublet, u[9:])  # <hublet>-xxxx-xxxx-xxxx-xxxxxxxxxxxx

    def pak(hublet):
        f1 = hub_uuid(hublet)[:36].ljust(36, "0").encode()
        body = (b"\x0a\x24" + f1 + b"\x10" + varint(R.randrange(10**7, 10**8)) + b"\x18" +
                varint(R.randrange(10**7, 10**8)) + b"\x2a\x19\x00\x05" +
                bytes(R.randrange(256) for _ in range(23)) + b"\x4a\x03" + hublet.encode())
        return b64u(body)

    def access_token():
        ms = 1796000000000 + R.randrange(10**9)
        return b64u(b"\x08" + varint(ms) + b"\x12\x02" + bytes(R.randrange(256) for _ in range(2)) +
                    b"\x18" + varint(R.randrange(10**7, 10**8)) + bytes(R.randrange(256) for _ in range(70)))

    def pat(hublet):
        return "pat-%s-%s" % (hublet, V.uuid())

    H = "hubspot"
    out = []

    def doc(path, text_fn):
        d = Doc("repos/hq/crm-hubspot/" + path, "repos", "hubspot")
        out.append((d, text_fn(d)))

    doc("hubspot.config.yml", lambda d: (
        "defaultPortal: alpenbahn-prod\nportals:\n  - name: alpenbahn-prod\n    portalId: %s\n"
        "    env: prod\n    authType: personalaccesskey\n    personalAccessKey: >-\n      %s\n"
        "    auth:\n      clientId: %s\n      clientSecret: %s\n      scopes: []\n      tokenInfo:\n"
        "        accessToken: >-\n          %s\n        expiresAt: '2026-11-28T07:41:12.553Z'\n"
        "        refreshToken: %s\n" % (
            d.dec(H, "portal_id", gen("'2'+dig7")), d.pos(H, "personal_access_key", pak("eu1"), shape="folded_yaml"),
            d.dec(H, "client_id", V.uuid()), d.pos(H, "client_secret", V.uuid()),
            d.pos(H, "oauth_access_token", access_token(), shape="folded_yaml"), d.pos(H, "refresh_token", V.uuid()))))
    doc("hscli-config.yml", lambda d: (
        "# copied from ~/.hscli/config.yml on the marketing laptop (CLI 7.4)\ndefaultAccount: resort-sandbox\n"
        "accounts:\n  - name: resort-sandbox\n    accountId: %s\n    authType: personalaccesskey\n"
        "    personalAccessKey: >-\n      %s\n" % (d.dec(H, "account_id", gen("'4'+dig7")),
                                                  d.pos(H, "personal_access_key", pak("na1"), shape="folded_yaml"))))
    doc("seasonpass-crm/.env", lambda d: (
        "HUBSPOT_PORTAL_ID=%s\nHUBSPOT_ACCESS_TOKEN=%s\nHUBSPOT_CLIENT_SECRET=%s\nHUBSPOT_REFRESH_TOKEN=%s\n"
        "HUBSPOT_CLIENT_ID=%s\n" % (d.dec(H, "portal_id", gen("'2'+dig7")), d.pos(H, "private_app_token", pat("eu1")),
                                   d.pos(H, "client_secret", V.uuid()), d.pos(H, "refresh_token", hub_uuid("eu1")),
                                   d.dec(H, "client_id", V.uuid()))))
    doc("seasonpass-crm/sync_passholders.py", lambda d: (
        "import requests\n\nFORM_ID = \"%s\"  # season-pass signup form\nDEVELOPER_API_KEY = \"%s\"\n\n"
        "def push(contact):\n    return requests.post(\n        \"https://api.hubapi.com/crm/v3/objects/contacts\",\n"
        "        headers={\"Authorization\": \"Bearer %s\"},\n        json=contact, timeout=10)\n" % (
            d.dec(H, "form_guid", V.uuid()), d.pos(H, "developer_api_key", hub_uuid("eu1")),
            d.pos(H, "private_app_token", pat("na1")))))
    doc("seasonpass-crm/.github/workflows/deploy-theme.yml", lambda d: (
        "name: deploy theme\non: push\njobs:\n  upload:\n    runs-on: ubuntu-latest\n    env:\n"
        "      HUBSPOT_PERSONAL_ACCESS_KEY: %s\n      HUBSPOT_ACCESS_TOKEN: ${{ secrets.HUBSPOT_ACCESS_TOKEN }}\n"
        "    steps:\n      - uses: actions/checkout@v4\n      - run: npx hs upload theme alpenbahn-theme\n"
        "      - run: curl -s \"https://api.hubapi.com/webhooks/v3/%s/settings?hapikey=%s\"\n" % (
            d.pos(H, "personal_access_key", pak("eu1")), d.dec(H, "app_id", gen("dig7")),
            d.pos(H, "developer_api_key", V.uuid()))))
    doc("legacy-newsletter/subscribe.php", lambda d: (
        "<?php\n// 2019 newsletter form, still on the old web server\n$hubspot_api_key = '%s';\n"
        "$url = 'https://api.hubapi.com/contacts/v1/contact/createOrUpdate/email/' . urlencode($email)\n"
        "     . '/?hapikey=%s';\n" % (d.pos(H, "legacy_api_key", V.uuid()), d.pos(H, "legacy_api_key", V.uuid()))))
    doc("archived.hubspot.config.yml", lambda d: (
        "defaultPortal: old-resort\nportals:\n  - name: old-resort\n    portalId: %s\n    authType: apikey\n"
        "    apiKey: %s\n" % (d.dec(H, "portal_id", gen("'5'+dig6")), d.pos(H, "legacy_api_key", V.uuid()))))
    doc("logs/oauth-refresh.jsonl", lambda d: "".join(
        "{\"ts\":\"2026-11-2%dT06:00:0%dZ\",\"event\":\"token_refreshed\",\"correlationId\":\"%s\","
        "\"response\":{\"token_type\":\"bearer\",\"access_token\":\"%s\",\"refresh_token\":\"%s\",\"expires_in\":1800}}\n" % (
            k, k, d.dec(H, "correlation_id", V.uuid()), d.pos(H, "oauth_access_token", access_token()),
            d.pos(H, "refresh_token", hub_uuid("eu1"))) for k in (1, 2)))
    doc("newsletter-smtp.ini", lambda d: (
        "[smtp]\nhost = smtp.hubapi.com\nport = 587\nusername = %s\npassword = %s\n" % (
            d.dec(H, "smtp_username", gen("lo10") + "@" + gen("'2'+dig7") + ".smtp.hubspot.net"),
            d.pos(H, "smtp_password", gen("an32")))))
    doc("TICKET-4471.md", lambda d: (
        "# TICKET-4471 HubSpot sync stopped (Lower Valley ski school)\n\nMarco: I made a new private app for the "
        "ski-school bookings, the token is %s, put it in the booking server please.\n\n"
        "Docs sample for comparison (HubSpot's page): `%s`. The old one `%s` is deactivated.\n"
        "Legacy key %s was deactivated 2022-11-30 when HubSpot sunset API keys.\n" % (
            d.pos(H, "private_app_token", pat("eu1"), shape="prose"),
            d.dec(H, "docs_sample", "pat-na1-00000000-0000-0000-0000-000000000000"),
            d.dec(H, "masked", "pat-eu1-" + "*" * 8 + "-****-****-****-" + gen("hex12")),
            d.dec(H, "deactivated_legacy_key", V.uuid()))))
    return out
