"""HubSpot in depth (/work/shared/design/hubspot-credentials.md): repos/crm/hubspot-*/."""
from holdout_gen import Doc, b64u, varint
from vals35 import R, gen

HUBLETS = ["na1", "eu1", "na2", "ap1", "na3"]


def hexgroups():
    return gen("‹h4›-‹h4›-‹h4›-‹h4›-‹h12›")


def pak(hublet):
    """Personal access key: base64url protobuf, field 1 '<hublet>-xxxx-…', 2 and 3 varints,
    5 a 25-byte signature starting 00 05, 9 the hublet (design note §1)."""
    f1 = (hublet + "-" + hexgroups()).encode()
    sig = bytes([0, 5]) + bytes(R.getrandbits(8) for _ in range(23))
    msg = (b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(R.randrange(20000000, 149999999)) +
           b"\x18" + varint(R.randrange(1000000, 79999999)) + b"\x2a" + bytes([len(sig)]) + sig +
           b"\x4a" + bytes([len(hublet)]) + hublet.encode())
    return b64u(msg)


def oauth_access():
    """OAuth access token: 0x08 + varint expiry (ms), then opaque protobuf fields."""
    exp = R.randrange(1767225600000, 1798761600000)
    body = b"\x08" + varint(exp) + b"\x12" + bytes([R.randrange(1, 30)]) + bytes(R.getrandbits(8) for _ in range(R.randrange(60, 80)))
    return b64u(body)


def refresh(hublet=None):
    return (hublet + "-" + hexgroups()) if hublet else gen("‹u›")


def pat(hublet):
    return "pat-%s-%s" % (hublet, gen("‹u›"))


def build():
    H = "repos/crm/"
    docs = []

    def doc(path, shape, text_fn):
        d = Doc(H + path, "repos", shape)
        docs.append((d, text_fn(d)))

    def cli_cfg(d, folded=True, hscli=False, n=2):
        top = "defaultAccount" if hscli else "defaultPortal"
        lst = "accounts" if hscli else "portals"
        idk = "accountId" if hscli else "portalId"
        out = ["%s: saltmarsh-prod" % top, "%s:" % lst]
        for j in range(n):
            hub = HUBLETS[(len(docs) + j) % len(HUBLETS)]
            name = ["saltmarsh-prod", "saltmarsh-sandbox", "auction-dev"][j]
            out += ["  - name: %s" % name, "    %s: %s" % (idk, d.dec("hubspot", "portal_id", gen("2‹d7›"))),
                    "    env: prod", "    authType: personalaccesskey"]
            key = d.pos("hubspot", "personal_access_key", pak(hub), shape="folded_yaml" if folded else "plain_yaml")
            if folded:
                out += ["    personalAccessKey: >-", "      " + key]
            else:
                out += ["    personalAccessKey: " + key]
            tok = d.pos("hubspot", "oauth_access_token", oauth_access(), shape="folded_yaml")
            out += ["    auth:", "      tokenInfo:", "        accessToken: >-", "          " + tok,
                    "        expiresAt: '2026-0%d-1%dT09:%d4:11.204Z'" % (j + 3, j, j)]
        return "\n".join(out) + "\n"

    doc("hubspot-theme/hubspot.config.yml", "folded_yaml", lambda d: cli_cfg(d))
    doc("hubspot-theme/.hscli/config.yml", "folded_yaml", lambda d: cli_cfg(d, hscli=True, n=1))
    doc("auction-sync/hubspot.config.yaml", "plain_yaml", lambda d: cli_cfg(d, folded=False, n=3))

    def archived(d):
        return ("defaultPortal: legacy\nportals:\n  - name: legacy\n    portalId: %s\n    authType: apikey\n"
                "    apiKey: %s\n  - name: oauth-app\n    portalId: %s\n    authType: oauth2\n    auth:\n"
                "      clientId: %s\n      clientSecret: %s\n      scopes:\n        - crm.objects.contacts.read\n"
                "      tokenInfo:\n        refreshToken: %s\n" % (
                    d.dec("hubspot", "portal_id", gen("2‹d7›")), d.pos("hubspot", "legacy_api_key", gen("‹u›")),
                    d.dec("hubspot", "portal_id", gen("‹d9›")), d.dec("hubspot", "client_id", gen("‹u›")),
                    d.pos("hubspot", "client_secret", gen("‹u›")), d.pos("hubspot", "refresh_token", refresh("eu1"))))
    doc("hubspot-theme/archived.hubspot.config.yml", "plain_yaml", archived)

    def env(d):
        return ("# member-portal CRM sync\nHUBSPOT_ACCOUNT_ID=%s\nHUBSPOT_ACCESS_TOKEN=%s\nHUBSPOT_CLIENT_ID=%s\n"
                "HUBSPOT_CLIENT_SECRET=%s\nHUBSPOT_REFRESH_TOKEN=%s\nHUBSPOT_PERSONAL_ACCESS_KEY=%s\n"
                "# HUBSPOT_ACCESS_TOKEN=%s  (docs sample)\nHUBSPOT_FORM_ID=%s\n" % (
                    d.dec("hubspot", "portal_id", gen("2‹d7›")), d.pos("hubspot", "private_app_token", pat("eu1")),
                    d.dec("hubspot", "client_id", gen("‹u›")), d.pos("hubspot", "client_secret", gen("‹u›")),
                    d.pos("hubspot", "refresh_token", refresh("na1")), d.pos("hubspot", "personal_access_key", pak("na1")),
                    d.dec("hubspot", "docs_sample", "pat-na1-00000000-0000-0000-0000-000000000000"),
                    d.dec("hubspot", "form_guid", gen("‹u›"))))
    doc("member-portal/.env", "env", env)

    def py(d):
        return ('import requests\n\nHUBSPOT_TOKEN = "%s"\nPORTAL_ID = %s\n\n\ndef push_contact(c):\n'
                '    r = requests.post(\n        "https://api.hubapi.com/crm/v3/objects/contacts",\n'
                '        headers={"Authorization": "Bearer %s"},\n        json={"properties": c},\n    )\n'
                '    r.raise_for_status()\n\n\n# masked in the incident ticket: %s\n' % (
                    d.pos("hubspot", "private_app_token", pat("na1")), d.dec("hubspot", "portal_id", gen("2‹d7›")),
                    d.pos("hubspot", "private_app_token", pat("na1")),
                    d.dec("hubspot", "masked", "pat-na1-" + gen("‹h8›") + "-****-****-****-************")))
    doc("auction-sync/sync_contacts.py", "source_py", py)

    def legacy_php(d):
        return ("<?php\n// 2019 newsletter signup (hapikey era)\n$hubspot_api_key = '%s';\n"
                "$url = 'https://api.hubapi.com/contacts/v1/contact/?hapikey=%s';\n"
                "$form = ['portalId' => '%s', 'formId' => '%s'];\n" % (
                    d.pos("hubspot", "legacy_api_key", gen("‹u›")), d.pos("hubspot", "legacy_api_key", gen("‹u›")),
                    d.dec("hubspot", "portal_id", gen("2‹d7›")), d.dec("hubspot", "form_guid", gen("‹u›"))))
    doc("website/wp-content/themes/saltmarsh/hubspot-signup.php", "source_php", legacy_php)

    def webhooks(d):
        return ("#!/bin/sh\n# register the auction-result webhook (developer account)\nAPP_ID=%s\n"
                "curl -X PUT \"https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=%s\" \\\n"
                "  -H 'Content-Type: application/json' -d @webhook-settings.json\n"
                "export HUBSPOT_DEVELOPER_API_KEY=%s\n# correlation id from the 401: %s\n" % (
                    d.dec("hubspot", "app_id", gen("‹d7›")), d.pos("hubspot", "developer_api_key", refresh("na1")),
                    d.pos("hubspot", "developer_api_key", gen("‹u›")), d.dec("hubspot", "correlation_id", gen("‹u›"))))
    doc("auction-sync/scripts/register-webhooks.sh", "source_sh", webhooks)

    def js(d):
        return ("const hubspot = require('@hubspot/api-client');\n\nconst client = new hubspot.Client({\n"
                "  accessToken: '%s',\n});\n\n// embed on the catch-of-the-day page\n"
                "hbspt.forms.create({ region: 'eu1', portalId: '%s', formId: '%s' });\n"
                "const devKey = process.env.HUBSPOT_DEVELOPER_API_KEY || '%s';\n" % (
                    d.pos("hubspot", "private_app_token", pat("eu1")), d.dec("hubspot", "portal_id", gen("2‹d7›")),
                    d.dec("hubspot", "form_guid", gen("‹u›")), d.pos("hubspot", "developer_api_key", refresh("eu1"))))
    doc("website/src/hubspot.js", "source_js", js)

    def gha(d):
        return ("name: deploy-theme\non: [push]\njobs:\n  upload:\n    runs-on: ubuntu-latest\n    env:\n"
                "      HUBSPOT_PERSONAL_ACCESS_KEY: %s\n      HUBSPOT_ACCOUNT_ID: %s\n"
                "      HUBSPOT_CLIENT_SECRET: ${{ secrets.HUBSPOT_CLIENT_SECRET }}\n    steps:\n"
                "      - uses: actions/checkout@%s\n      - run: npx hs upload dist saltmarsh-theme\n" % (
                    d.pos("hubspot", "personal_access_key", pak("eu1")), d.dec("hubspot", "portal_id", gen("2‹d7›")),
                    d.dec("hubspot", "commit_sha", gen("‹h40›"))))
    doc("hubspot-theme/.github/workflows/deploy.yml", "ci_yaml", gha)

    def log(d):
        out = []
        for j in range(3):
            out.append('{"ts":"2026-02-1%dT0%d:00:0%dZ","event":"token_refresh","hub_id":%s,"access_token":"%s","refresh_token":"%s","expires_in":1800}' % (
                j, j, j, d.dec("hubspot", "portal_id", gen("2‹d7›")), d.pos("hubspot", "oauth_access_token", oauth_access(), shape="log_jsonl"),
                d.pos("hubspot", "refresh_token", refresh(HUBLETS[j]), shape="log_jsonl")))
        return "\n".join(out) + "\n"
    doc("auction-sync/logs/oauth-2026-02.jsonl", "log_jsonl", log)

    def ticket(d):
        return ("OPS-2291  CRM sync fails after portal migration\n\nReporter: Maren (member services)\n\n"
                "The sync used the private app token %s which Jonas pasted into Slack last week.\n"
                "Please rotate it. The new one is in the vault. SMTP for the auction newsletter:\n"
                "  user: %s\n  pass: %s\n  server: smtp.hubapi.com:587\n"
                "The old legacy key %s was deactivated in 2022 and can be ignored.\n" % (
                    d.pos("hubspot", "private_app_token", pat("eu1")),
                    d.dec("hubspot", "smtp_username", gen("‹l10›") + "@" + gen("2‹d7›") + ".smtp.hubspot.net"),
                    d.pos("hubspot", "smtp_password", gen("‹a32›")),
                    d.dec("hubspot", "deactivated_key", gen("‹u›"))))
    doc("tickets/OPS-2291.txt", "ticket", ticket)

    def tf(d):
        return ('variable "hubspot_portal_id" {\n  default = "%s"\n}\n\nresource "aws_secretsmanager_secret_version" "hubspot" {\n'
                '  secret_id     = aws_secretsmanager_secret.hubspot.id\n  secret_string = jsonencode({\n'
                '    private_app_token = "%s"\n    client_secret     = "%s"\n  })\n}\n' % (
                    d.dec("hubspot", "portal_id", gen("2‹d7›")), d.pos("hubspot", "private_app_token", pat("na2")),
                    d.pos("hubspot", "client_secret", gen("‹u›"))))
    doc("infra/hubspot.tf", "terraform", tf)
    def spring(d):
        return ("hubspot:\n  base-url: https://api.hubapi.com\n  portal-id: %s\n  app-id: %s\n"
                "  private-app-token: %s\n  oauth:\n    client-id: %s\n    client-secret: %s\n" % (
                    d.dec("hubspot", "portal_id", gen("2‹d7›")), d.dec("hubspot", "app_id", gen("‹d7›")),
                    d.pos("hubspot", "private_app_token", pat("eu1")), d.dec("hubspot", "client_id", gen("‹u›")),
                    d.pos("hubspot", "client_secret", gen("‹u›"))))
    doc("crm-bridge/src/main/resources/application.yml", "spring", spring)

    def envprod(d):
        return ("# misnamed: this is the private app token, not a legacy key\nHUBSPOT_API_KEY=%s\n"
                "HUBSPOT_PRIVATE_APP_TOKEN=%s\nHUBSPOT_PORTAL_ID=%s\nHUBSPOT_REFRESH_TOKEN=%s\n"
                "HUBSPOT_DEVELOPER_API_KEY=%s\n" % (
                    d.pos("hubspot", "private_app_token", pat("na1")), d.pos("hubspot", "private_app_token", pat("na1")),
                    d.dec("hubspot", "portal_id", gen("2‹d7›")), d.pos("hubspot", "refresh_token", refresh()),
                    d.dec("hubspot", "placeholder", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")))
    doc("auction-sync/.env.production", "env", envprod)

    def readme(d):
        return ("# saltmarsh-theme\n\nRun `hs init` and paste your own key when asked (`%s`).\n"
                "For the shared sandbox account use this key until IT-4410 is done:\n\n    %s\n" % (
                    d.dec("hubspot", "placeholder", "<personal-access-key>"), d.pos("hubspot", "personal_access_key", pak("eu1"), shape="readme")))
    doc("hubspot-theme/README.md", "readme", readme)
    return docs
