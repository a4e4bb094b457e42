"""holdout37's HubSpot part (corpus/repos/crm/): TBG's CRM integrations (seed-order sync, trade
customer portal, newsletter forms), written from /work/shared/design/hubspot-credentials.md.

PAKs are built as the note's protobuf: field 1 "<hublet>-xxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
fields 2 and 3 varints (account id, user id), field 5 a 25-byte signature starting 00 05,
field 9 the hublet again; base64url without padding (so they start CiR...). OAuth access tokens:
0x08 + varint(expiry in ms) + further fields (so they start C + [I-P])."""
from holdout_gen import Doc, b64, b64u, varint
from vals37 import hexs, alnum, pick, uuid4, LOW, DIG

HUBLETS = ["na1", "eu1", "na2", "na3", "ap1"]


class HS:
    def __init__(self, r):
        self.r, self.n = r, 0

    def hublet(self):
        self.n += 1
        return HUBLETS[self.n % len(HUBLETS)]

    def hub_uuid(self, h):
        r = self.r
        return "%s-%s-%s-%s-%s-%s" % (h, hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12))

    def pak(self, h=None):
        r = self.r
        h = h or self.hublet()
        f1 = self.hub_uuid(h).encode()
        sig = b"\x00\x05" + bytes(r.getrandbits(8) for _ in range(23))
        msg = (b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(r.randrange(20000000, 49999999))
               + b"\x18" + varint(r.randrange(10000000, 99999999)) + b"\x2a" + bytes([len(sig)]) + sig
               + b"\x4a" + bytes([len(h)]) + h.encode())
        return b64u(msg)

    def access(self):
        r = self.r
        ms = r.randrange(1735000000000, 1767000000000)
        msg = (b"\x08" + varint(ms) + b"\x12" + bytes([20]) + bytes(r.getrandbits(8) for _ in range(20))
               + b"\x18" + varint(r.randrange(20000000, 49999999)) + b"\x22" + bytes([25])
               + b"\x00\x05" + bytes(r.getrandbits(8) for _ in range(23)) + b"\x2a" + bytes([24])
               + bytes(r.getrandbits(8) for _ in range(24)))
        return b64u(msg)

    def pat(self, h=None):
        return "pat-%s-%s" % (h or self.hublet(), uuid4(self.r))

    def refresh(self, hub=True):
        return self.hub_uuid(self.hublet()) if hub else uuid4(self.r)

    def portal(self):
        return str(self.r.randrange(20000000, 49999999))


def build(r):
    hs = HS(r)
    out = []
    H = "repos/crm/"

    def doc(path, shape):
        return Doc(H + path, "repos", shape)

    # 1. hubspot.config.yml, CLI < 7.4 schema, folded PAKs
    d = doc("seed-sync/hubspot.config.yml", "hubspot_cli_config")
    p1, p2 = hs.portal(), hs.portal()
    t = """defaultPortal: tbg-prod
portals:
  - name: tbg-prod
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      %s
    auth:
      tokenInfo:
        accessToken: >-
          %s
        expiresAt: '2026-11-28T10:41:07.118Z'
  - name: tbg-sandbox
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      %s
""" % (d.dec("hubspot", "portal_id", p1), d.pos("hubspot", "personal_access_key", hs.pak()),
       d.pos("hubspot", "oauth_access_token", hs.access()), d.dec("hubspot", "portal_id", p2),
       d.pos("hubspot", "personal_access_key", hs.pak()))
    out.append((d, t))

    # 2. ~/.hscli/config.yml (CLI >= 7.4): accounts, an oauth2 entry
    d = doc("home/ops/.hscli/config.yml", "hubspot_cli_config")
    t = """defaultAccount: tbg-portal
accounts:
  - name: tbg-portal
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: >-
      %s
  - name: tbg-trade-app
    accountId: %s
    authType: oauth2
    auth:
      clientId: %s
      clientSecret: %s
      scopes:
        - crm.objects.contacts.read
      tokenInfo:
        refreshToken: %s
        accessToken: %s
        expiresAt: '2026-12-01T08:02:55.301Z'
""" % (d.dec("hubspot", "portal_id", hs.portal()), d.pos("hubspot", "personal_access_key", hs.pak()),
       d.dec("hubspot", "portal_id", hs.portal()), d.dec("hubspot", "client_id", uuid4(r)),
       d.pos("hubspot", "client_secret", uuid4(r)), d.pos("hubspot", "oauth_refresh_token", hs.refresh()),
       d.pos("hubspot", "oauth_access_token", hs.access()))
    out.append((d, t))

    # 3. archived config (plain PAK) and 4. .yaml (quoted PAK, legacy apikey entry)
    d = doc("seed-sync/archived.hubspot.config.yml", "hubspot_cli_config")
    t = """defaultPortal: old-prod
portals:
  - name: old-prod
    portalId: %s
    authType: personalaccesskey
    personalAccessKey: %s
""" % (d.dec("hubspot", "portal_id", hs.portal()), d.pos("hubspot", "personal_access_key", hs.pak()))
    out.append((d, t))
    d = doc("trade-portal/hubspot.config.yaml", "hubspot_cli_config")
    t = """defaultPortal: trade
portals:
  - name: trade
    portalId: %s
    authType: personalaccesskey
    personalAccessKey: "%s"
  - name: legacy-newsletter
    portalId: %s
    authType: apikey
    apiKey: %s
""" % (d.dec("hubspot", "portal_id", hs.portal()), d.pos("hubspot", "personal_access_key", hs.pak()),
       d.dec("hubspot", "portal_id", hs.portal()), d.pos("hubspot", "legacy_api_key", uuid4(r)))
    out.append((d, t))

    # 5. .env and 6. .env.example
    d = doc("seed-sync/.env", "env")
    t = """HUBSPOT_ACCOUNT_ID=%s
HUBSPOT_PERSONAL_ACCESS_KEY=%s
HUBSPOT_ACCESS_TOKEN=%s
HUBSPOT_CLIENT_ID=%s
HUBSPOT_CLIENT_SECRET=%s
HUBSPOT_REFRESH_TOKEN=%s
HUBSPOT_DEVELOPER_API_KEY=%s
""" % (d.dec("hubspot", "portal_id", hs.portal()), d.pos("hubspot", "personal_access_key", hs.pak()),
       d.pos("hubspot", "private_app_token", hs.pat()), d.dec("hubspot", "client_id", uuid4(r)),
       d.pos("hubspot", "client_secret", uuid4(r)), d.pos("hubspot", "oauth_refresh_token", hs.refresh(hub=False)),
       d.pos("hubspot", "developer_api_key", hs.refresh()))
    out.append((d, t))
    d = doc("seed-sync/.env.example", "env")
    t = """HUBSPOT_ACCOUNT_ID=%s
HUBSPOT_PERSONAL_ACCESS_KEY=%s
HUBSPOT_ACCESS_TOKEN=%s
HUBSPOT_CLIENT_SECRET=%s
""" % (d.dec("hubspot", "placeholder", "<portalId>"), d.dec("hubspot", "placeholder", "<personal-access-key>"),
       d.dec("hubspot", "placeholder", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
       d.dec("hubspot", "placeholder", "${HUBSPOT_CLIENT_SECRET}"))
    out.append((d, t))

    # 7. GitHub workflow
    d = doc("seed-sync/.github/workflows/hubspot-deploy.yml", "github_actions")
    t = """name: deploy CMS theme
on: [push]
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_PERSONAL_ACCESS_KEY: %s
      HUBSPOT_ACCOUNT_ID: %s
      HUBSPOT_PAK_SANDBOX: %s
    steps:
      - uses: actions/checkout@%s
      - run: npx --yes @hubspot/cli upload theme theme --account tbg-prod
""" % (d.pos("hubspot", "personal_access_key", hs.pak()), d.dec("hubspot", "portal_id", hs.portal()),
       d.dec("hubspot", "reference", "${{ secrets.HUBSPOT_PAK_SANDBOX }}"), d.dec("github", "commit_sha", hexs(r, 40)))
    out.append((d, t))

    # 8. Python sync (Bearer pat), misnamed HUBSPOT_API_KEY
    d = doc("seed-sync/sync/contacts.py", "python_source")
    t = """import os
import requests

HUBSPOT_API_KEY = os.getenv("HUBSPOT_API_KEY", "%s")
BASE = "https://api.hubapi.com"


def trade_contacts(after=None):
    r = requests.get(
        BASE + "/crm/v3/objects/contacts",
        headers={"Authorization": "Bearer " + HUBSPOT_API_KEY},
        params={"limit": 100, "after": after},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()


# request that failed on 2026-11-30, correlationId %s
""" % (d.pos("hubspot", "private_app_token", hs.pat()), d.dec("hubspot", "correlation_id", uuid4(r)))
    out.append((d, t))

    # 9. Node client, 10. legacy PHP with hapikey, 11. Ruby, 12. Go, 13. C#
    d = doc("trade-portal/src/hubspot.js", "js_source")
    t = """const hubspot = require('@hubspot/api-client');

const client = new hubspot.Client({ accessToken: '%s' });
const PORTAL_ID = '%s';

module.exports = { client, PORTAL_ID };
""" % (d.pos("hubspot", "private_app_token", hs.pat()), d.dec("hubspot", "portal_id", hs.portal()))
    out.append((d, t))
    d = doc("newsletter/legacy/export.php", "php_source")
    k1, k0 = uuid4(r), uuid4(r)
    t = """<?php
// 2021 export, before the move to private apps
$hubspot_api_key = '%s';
$url = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=' . $hubspot_api_key . '&count=100';
$backup = file_get_contents('https://api.hubapi.com/contacts/v1/lists/12/contacts/all?count=50&hapikey=%s');
// the key before it (deactivated 2020-06-01): %s
""" % (d.pos("hubspot", "legacy_api_key", k1), d.pos("hubspot", "legacy_api_key", uuid4(r)),
       d.dec("hubspot", "masked", k0[:8] + "-****-****-****-" + "*" * 8 + k0[-4:]))
    out.append((d, t))
    d = doc("trade-portal/config/initializers/hubspot.rb", "ruby_source")
    t = """Hubspot.configure do |config|
  config.access_token = "%s"
  config.portal_id = %s
end
""" % (d.pos("hubspot", "private_app_token", hs.pat()), d.dec("hubspot", "portal_id", hs.portal()))
    out.append((d, t))
    d = doc("seed-sync/cmd/dealsync/main.go", "go_source")
    t = """package main

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer %s")
	return req, nil
}
""" % d.pos("hubspot", "private_app_token", hs.pat())
    out.append((d, t))
    d = doc("trade-portal/Tbg.Trade/HubSpotOptions.cs", "csharp_source")
    t = """namespace Tbg.Trade;

public sealed class HubSpotOptions
{
    public string ClientId { get; set; } = "%s";
    public string ClientSecret { get; set; } = "%s";
    public string PrivateAppToken { get; set; } = "%s";
}
""" % (d.dec("hubspot", "client_id", uuid4(r)), d.pos("hubspot", "client_secret", uuid4(r)),
       d.pos("hubspot", "private_app_token", hs.pat()))
    out.append((d, t))

    # 14. developer key for webhooks settings
    d = doc("trade-portal/scripts/webhooks.sh", "shell_script")
    app = str(r.randrange(1000000, 4999999))
    t = """#!/bin/sh
# subscribe the trade app to contact.creation
APP_ID=%s
curl -s -X POST "https://api.hubapi.com/webhooks/v3/$APP_ID/subscriptions?hapikey=%s" \\
  -H 'Content-Type: application/json' -d '{"eventType":"contact.creation","active":true}'
export HUBSPOT_DEVELOPER_API_KEY=%s
""" % (d.dec("hubspot", "app_id", app), d.pos("hubspot", "developer_api_key", uuid4(r)),
       d.pos("hubspot", "developer_api_key", hs.refresh()))
    out.append((d, t))

    # 15. forms embed (decoys only)
    d = doc("newsletter/site/signup.html", "html")
    t = """<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "eu1",
    portalId: "%s",
    formId: "%s"
  });
</script>
<!-- trade form --><div class="hs-form-frame" data-form-id="%s" data-portal-id="%s"></div>
""" % (d.dec("hubspot", "portal_id", hs.portal()), d.dec("hubspot", "form_guid", uuid4(r)),
       d.dec("hubspot", "form_guid", uuid4(r)), d.dec("hubspot", "portal_id", hs.portal()))
    out.append((d, t))

    # 16. Spring YAML, 17. token log, 18. Terraform default
    d = doc("orders-bridge/src/main/resources/application.yml", "spring_yaml")
    t = """hubspot:
  base-url: https://api.hubapi.com
  private-app-token: %s
  portal-id: %s
""" % (d.pos("hubspot", "private_app_token", hs.pat()), d.dec("hubspot", "portal_id", hs.portal()))
    out.append((d, t))
    d = doc("trade-portal/logs/oauth-refresh.jsonl", "jsonl_log")
    lines = []
    for _ in range(3):
        lines.append('{"ts":"2026-11-2%dT0%d:00:01Z","event":"token_refreshed","access_token":"%s","refresh_token":"%s","expires_in":1800}' % (
            r.randrange(1, 9), r.randrange(1, 9), d.pos("hubspot", "oauth_access_token", hs.access()),
            d.pos("hubspot", "oauth_refresh_token", hs.refresh())))
    out.append((d, "\n".join(lines) + "\n"))
    d = doc("infra/hubspot.tf", "terraform")
    t = """variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "%s"
}

variable "hubspot_portal_id" {
  default = "%s"
}
""" % (d.pos("hubspot", "private_app_token", hs.pat()), d.dec("hubspot", "portal_id", hs.portal()))
    out.append((d, t))

    # 19. README: placeholders, docs zero token, masked token
    d = doc("seed-sync/README.md", "readme")
    z = "pat-na1-00000000-0000-0000-0000-000000000000"
    mp = hs.pat()
    t = """# seed-sync

Syncs seed orders from the shop into HubSpot deals.

1. Create a private app in HubSpot (Settings → Integrations → Private apps) and copy its token
   into `.env` as `HUBSPOT_ACCESS_TOKEN=%s`.
2. For the CMS theme, run `hs account auth` and paste your personal access key
   (`%s`); the CLI writes `hubspot.config.yml`, which is git-ignored.
3. A token looks like `%s`. The token shown in the app settings is masked: `%s`.
4. Legacy API keys (`%s`) no longer work.
""" % (d.dec("hubspot", "placeholder", "<private-app-token>"), d.dec("hubspot", "placeholder", "<personal-access-key>"),
       d.dec("hubspot", "docs_example", z), d.dec("hubspot", "masked", mp[:12] + "****-****-****-********" + mp[-4:]),
       d.dec("hubspot", "placeholder", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"))
    out.append((d, t))

    # 20. Kubernetes Secret with the PAK base64 in data:
    d = doc("seed-sync/k8s/hubspot-secret.yaml", "k8s_secret_data")
    pk = hs.pak()
    t = """apiVersion: v1
kind: Secret
metadata:
  name: hubspot
type: Opaque
data:
  personal-access-key: %s
  private-app-token: %s
""" % (d.pos("hubspot", "personal_access_key", pk, shown=b64(pk), encoded="base64", encoded_value=b64(pk)),
       d.b64("hubspot", "private_app_token", hs.pat()))
    out.append((d, t))

    # 21. SMTP (transactional e-mail)
    d = doc("newsletter/config/smtp.ini", "ini")
    t = """[smtp]
host = smtp.hubapi.com
port = 587
username = %s@%s.smtp.hubspot.net
password = %s
""" % (pick(r, LOW + DIG, 10), hs.portal(), d.pos("hubspot", "smtp_password", alnum(r, 32)))
    out.append((d, t))

    # 22. notebook, 23. ticket
    d = doc("analytics/deal_funnel.ipynb", "notebook")
    t = """{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from hubspot import HubSpot\\n", "api = HubSpot(access_token=\\"%s\\")\\n"]}
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""" % d.pos("hubspot", "private_app_token", hs.pat())
    out.append((d, t))
    d = doc("tickets/CRM-212.md", "ticket")
    t = """# CRM-212: trade portal sync failing with 401

The private app token in prod was regenerated on Friday. New token: %s
(please move it to the vault and delete this line). Old one ended in `...%s`.
Portal %s, app id %s.
""" % (d.pos("hubspot", "private_app_token", hs.pat()), hexs(r, 4), d.dec("hubspot", "portal_id", hs.portal()),
       d.dec("hubspot", "app_id", str(r.randrange(1000000, 4999999))))
    out.append((d, t))

    # 24. error log (decoys)
    d = doc("trade-portal/logs/errors.log", "log")
    t = """2026-11-30T09:14:22Z ERROR hubspot 401 {"status":"error","message":"Authentication credentials not found.","correlationId":"%s","category":"INVALID_AUTHENTICATION"}
2026-11-30T09:15:01Z INFO retry with token from vault path secret/crm/hubspot (requestId %s)
""" % (d.dec("hubspot", "correlation_id", uuid4(r)), d.dec("hubspot", "request_id", uuid4(r)))
    out.append((d, t))

    # 25. older-form PAK (only its key name says what it is), in a .env of the CLI
    d = doc("newsletter/.env", "env")
    old = hs.access()
    t = """HUBSPOT_PORTAL_ID=%s
HUBSPOT_PERSONAL_ACCESS_KEY=%s
HUBSPOT_API_KEY=%s
""" % (d.dec("hubspot", "portal_id", hs.portal()), d.pos("hubspot", "personal_access_key_legacy", old),
       d.pos("hubspot", "private_app_token", hs.pat()))
    out.append((d, t))
    # 26. production env, Java header, PowerShell
    d = doc("trade-portal/.env.production", "env")
    t = """HUBSPOT_PRIVATE_APP_TOKEN=%s
HUBSPOT_CLIENT_ID=%s
HUBSPOT_CLIENT_SECRET=%s
""" % (d.pos("hubspot", "private_app_token", hs.pat()), d.dec("hubspot", "client_id", uuid4(r)),
       d.pos("hubspot", "client_secret", uuid4(r)))
    out.append((d, t))
    d = doc("orders-bridge/src/main/java/uk/thornbury/crm/HubSpotClient.java", "java_header")
    t = """package uk.thornbury.crm;

import java.net.URI;
import java.net.http.HttpRequest;

final class HubSpotClient {
    HttpRequest deals() {
        return HttpRequest.newBuilder(URI.create("https://api.hubapi.com/crm/v3/objects/deals"))
            .header("Authorization", "Bearer %s")
            .build();
    }
}
""" % d.pos("hubspot", "private_app_token", hs.pat())
    out.append((d, t))
    d = doc("analytics/Export-Deals.ps1", "powershell")
    t = """$env:HUBSPOT_ACCESS_TOKEN = '%s'
$headers = @{ Authorization = "Bearer $env:HUBSPOT_ACCESS_TOKEN" }
Invoke-RestMethod -Uri 'https://api.hubapi.com/crm/v3/objects/deals?limit=100' -Headers $headers
""" % d.pos("hubspot", "private_app_token", hs.pat())
    out.append((d, t))
    return out
