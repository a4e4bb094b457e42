"""repos/hubspot/: HubSpot in depth, from /work/shared/design/hubspot-credentials.md."""
import base64

from vals18 import R, an, digits, hx, s, uuid, DG, LO

H = "repos"


def _b64u(b):
    return base64.urlsafe_b64encode(bytes(b)).decode().rstrip("=")


def _varint(n):
    out = []
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return out


def hub_id(hublet):
    return "%s-%s-%s-%s-%s-%s" % (hublet, hx(4), hx(4), hx(4), hx(4), hx(12))


def pak(hublet="na1"):
    """Current PAK: protobuf, field 1 hublet id, 2/3 varints, 5 signature (00 05 ...), 9 hublet."""
    b = [0x0A, 0x24] + list(hub_id(hublet).encode())
    b += [0x10] + _varint(R.randint(10 ** 7, 2 * 10 ** 8)) + [0x18] + _varint(R.randint(10 ** 7, 2 * 10 ** 8))
    b += [0x2A, 0x19, 0x00, 0x05] + [R.getrandbits(8) for _ in range(23)]
    b += [0x4A, 0x03] + list(hublet.encode())
    return _b64u(b)


def oauth_like(n=98):
    """Older PAK / OAuth access token: 0x08 + expiry varint, then protobuf with zero runs."""
    b = [0x08] + _varint(1764600000000 + R.randint(0, 10 ** 9)) + [0x12, 0x02]
    b += [R.getrandbits(8) for _ in range(20)] + [0x00] * 9 + [R.getrandbits(8) for _ in range(n - 36)]
    return _b64u(b)


def pat(hublet="na1"):
    return "pat-%s-%s" % (hublet, uuid())


def build(Doc):
    out = []

    d = Doc("repos/hubspot/marigold-theme/hubspot.config.yml", H, "hubspot-cli-config")
    p1, p2 = pak("na1"), pak("eu1")
    t = "defaultPortal: marigold-prod\nportals:\n  - name: marigold-prod\n"
    t += "    portalId: %s\n    env: prod\n    authType: personalaccesskey\n" % d.dec("hubspot", "portal_id", digits(8))
    t += "    personalAccessKey: >-\n      %s\n" % d.pos("hubspot", "personal_access_key", p1, shape="hubspot-folded-pak")
    t += "    auth:\n      tokenInfo:\n        accessToken: >-\n          %s\n        expiresAt: '2026-11-30T14:03:11.412Z'\n" % d.pos("hubspot", "oauth_access_token", oauth_like(96))
    t += "  - name: marigold-sandbox\n    portalId: %s\n    authType: personalaccesskey\n" % d.dec("hubspot", "portal_id", digits(9))
    t += "    personalAccessKey: '%s'\n" % d.pos("hubspot", "personal_access_key", p2)
    out.append((d, t))

    d = Doc("repos/hubspot/marigold-theme/.hscli/config.yml", H, "hubspot-hscli-config")
    t = "defaultAccount: %s\naccounts:\n  - name: legacy-docs\n" % d.dec("hubspot", "account_id", digits(8))
    t += "    accountId: %s\n    authType: personalaccesskey\n    auth:\n" % d.dec("hubspot", "account_id", digits(8))
    t += "      personalAccessKey: >-\n        %s\n" % d.pos("hubspot", "personal_access_key_old", oauth_like(98), shape="hubspot-folded-pak")
    t += "  - name: partner-oauth\n    accountId: %s\n    authType: oauth2\n    auth:\n" % d.dec("hubspot", "account_id", digits(7))
    t += "      clientId: %s\n" % d.dec("hubspot", "client_id", uuid())
    t += "      clientSecret: %s\n" % d.pos("hubspot", "client_secret", uuid())
    t += "      scopes: [content, crm.objects.contacts.read]\n      tokenInfo:\n"
    t += "        refreshToken: %s\n" % d.pos("hubspot", "refresh_token", hub_id("na1"))
    out.append((d, t))

    d = Doc("repos/hubspot/marigold-theme/archived.hubspot.config.yml", H, "hubspot-cli-config")
    t = "defaultPortal: old\nportals:\n  - name: old\n    portalId: %s\n    authType: apikey\n" % d.dec("hubspot", "portal_id", digits(7))
    t += "    apiKey: %s\n" % d.pos("hubspot", "legacy_api_key", uuid())
    out.append((d, t))

    d = Doc("repos/hubspot/lead-sync/legacy/sync_contacts.php", H, "hubspot-php-hapikey")
    k = uuid()
    t = "<?php\n// 2021 cron, kept for the export script\n"
    t += "$url = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100';\n" % d.pos("hubspot", "legacy_api_key", k)
    t += "$form = 'https://forms.hubspot.com/uploads/form/v2/%s/%s';\n" % (d.dec("hubspot", "portal_id", digits(7)), d.dec("hubspot", "form_guid", uuid()))
    t += "$resp = file_get_contents($url);\n"
    out.append((d, t))

    d = Doc("repos/hubspot/lead-sync/app/crm.py", H, "hubspot-python-sdk")
    t = "from hubspot import HubSpot\nimport hubspot\n\n"
    t += "api_client = HubSpot(access_token=\"%s\")\n" % d.pos("hubspot", "private_app_token", pat("na1"))
    t += "old_client = hubspot.Client.create(api_key=\"%s\")  # TODO remove after migration\n" % d.pos("hubspot", "legacy_api_key", uuid())
    t += "PORTAL_ID = %s\n" % d.dec("hubspot", "portal_id", digits(8))
    t += "PIPELINE_ID = \"%s\"\n" % d.dec("hubspot", "pipeline_id", digits(9))
    t += "REQUEST_ID = \"%s\"  # from the support ticket\n" % d.dec("hubspot", "request_id", uuid())
    out.append((d, t))

    d = Doc("repos/hubspot/lead-sync/.env", H, "hubspot-dotenv")
    t = "HUBSPOT_ACCESS_TOKEN=%s\n" % d.pos("hubspot", "private_app_token", pat("eu1"))
    t += "HUBSPOT_PRIVATE_APP_TOKEN_OLD=%s\n" % d.dec("hubspot", "masked", "pat-eu1-" + "*" * 8 + "-****-****-****-" + hx(4) + "*" * 8)
    t += "HUBSPOT_PORTAL_ID=%s\n" % d.dec("hubspot", "portal_id", digits(8))
    t += "HUBSPOT_CLIENT_ID=%s\n" % d.dec("hubspot", "client_id", uuid())
    t += "HUBSPOT_CLIENT_SECRET=%s\n" % d.pos("hubspot", "client_secret", uuid())
    t += "HUBSPOT_PERSONAL_ACCESS_KEY=%s\n" % d.pos("hubspot", "personal_access_key", pak("na2"))
    t += "HUBSPOT_TOKEN_TEMPLATE=%s\n" % d.dec("hubspot", "placeholder", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
    out.append((d, t))

    d = Doc("repos/hubspot/timeline-app/cmd/webhooks/main.go", H, "hubspot-go-devkey")
    t = "package main\n\nimport \"fmt\"\n\nconst (\n"
    t += "\tappID           = %s\n" % d.dec("hubspot", "app_id", digits(7))
    t += "\tdeveloperAPIKey = \"%s\"\n)\n\n" % d.pos("hubspot", "developer_api_key", hub_id("na1"))
    t += "func settingsURL() string {\n\treturn fmt.Sprintf(\"https://api.hubapi.com/webhooks/v3/%d/settings?hapikey=%s\", appID, developerAPIKey)\n}\n"
    t += "\nvar legacyDevKey = \"%s\" // pre-2023 key, still valid for the timeline types\n" % d.pos("hubspot", "developer_api_key", uuid())
    out.append((d, t))

    d = Doc("repos/hubspot/timeline-app/config/hubspot.rb", H, "hubspot-ruby-oauth")
    t = "Hubspot.configure do |config|\n"
    t += "  config.client_id = '%s'\n" % d.dec("hubspot", "client_id", uuid())
    t += "  config.client_secret = '%s'\n" % d.pos("hubspot", "client_secret", uuid())
    t += "  config.redirect_uri = 'https://timeline.marigold.example/oauth/callback'\nend\n"
    t += "HUBSPOT_APP_ID = %s\n" % d.dec("hubspot", "app_id", digits(7))
    out.append((d, t))

    d = Doc("repos/hubspot/cms-marigold/.woodpecker/deploy.yml", H, "hubspot-woodpecker-ci")
    t = "steps:\n  upload:\n    image: node:20\n    environment:\n"
    t += "      HUBSPOT_PORTAL_ID: \"%s\"\n" % d.dec("hubspot", "portal_id", digits(8))
    t += "      HUBSPOT_PERSONAL_ACCESS_KEY: %s\n" % d.pos("hubspot", "personal_access_key", pak("na1"))
    t += "    commands:\n      - npx hs project upload --account=$HUBSPOT_PORTAL_ID\n"
    out.append((d, t))

    d = Doc("repos/hubspot/cms-marigold/src/embed.html", H, "hubspot-form-embed")
    t = "<script charset=\"utf-8\" src=\"//js.hsforms.net/forms/embed/v2.js\"></script>\n<script>\n  hbspt.forms.create({\n"
    t += "    region: \"na1\",\n    portalId: \"%s\",\n    formId: \"%s\"\n  });\n</script>\n" % (d.dec("hubspot", "portal_id", digits(8)), d.dec("hubspot", "form_guid", uuid()))
    t += "<!-- tracking: //js.hs-scripts.com/%s.js -->\n" % d.dec("hubspot", "portal_id", digits(8))
    out.append((d, t))

    d = Doc("repos/hubspot/cms-marigold/docs/RUNBOOK.md", H, "hubspot-runbook")
    t = "# Rotating the HubSpot token\n\n1. Create a new private app token in Settings > Integrations.\n"
    t += "2. The old one ended in `%s` (shown masked as `%s`).\n" % (d.dec("hubspot", "truncated", hx(4)), d.dec("hubspot", "masked", "pat-na1-****" + hx(4)))
    t += "3. Example request from the docs: `curl -H 'Authorization: Bearer %s'`\n" % d.dec("hubspot", "docs_example", "pat-na1-00000000-0000-0000-0000-000000000000")
    t += "4. Our production token for the billing sync (temporary, rotate!) is %s\n" % d.pos("hubspot", "private_app_token", pat("na1"))
    out.append((d, t))

    d = Doc("repos/hubspot/deal-bridge/lib/deal_bridge/client.ex", H, "hubspot-elixir")
    t = "defmodule DealBridge.Client do\n  @hubspot %{\n"
    t += "    token: \"%s\",\n" % d.pos("hubspot", "private_app_token", pat("ap1"))
    t += "    portal: %s\n  }\n" % d.dec("hubspot", "portal_id", digits(9))
    t += "  def headers, do: [{\"authorization\", \"Bearer \" <> @hubspot.token}]\nend\n"
    out.append((d, t))

    d = Doc("repos/hubspot/deal-bridge/test/fixtures/hubspot_test.exs", H, "hubspot-test-fixture")
    t = "# test fixtures: fake values, never sent anywhere\n"
    t += "@fake_token \"%s\"\n" % d.dec("hubspot", "test_fixture", "pat-na1-11111111-2222-3333-4444-555555555555")
    t += "@fake_hapikey \"%s\"\n" % d.dec("hubspot", "test_fixture", "00000000-0000-0000-0000-000000000000")
    t += "@object_id \"%s\"\n" % d.dec("hubspot", "object_id", digits(11))
    out.append((d, t))
    return out
