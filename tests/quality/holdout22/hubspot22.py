"""repos/hubspot/: HubSpot credentials in depth (formats: /work/shared/design/hubspot-credentials.md)."""
import base64

from vals22 import R, an, hx, lan, b64u, uuid, pick, digits, b64, password, AN

HS = "hubspot"
DOCS = []


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def hublet_id(hublet):
    return "%s-%s-%s-%s-%s-%s" % (hublet, hx(4), hx(4), hx(4), hx(4), hx(12))


def pak(hublet):
    """Current PAK: base64url protobuf, field 1 = '<hublet>-uuid-ish', varints, signature, hublet."""
    f1 = hublet_id(hublet).encode()
    sig = b"\x00\x05" + bytes(R.randrange(256) for _ in range(23))
    raw = (b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(R.randrange(10 ** 7, 10 ** 8)) +
           b"\x18" + varint(R.randrange(10 ** 7, 10 ** 8)) + b"\x22\x01\x00" + b"\x2a\x19" + sig + b"\x4a\x03" + hublet.encode())
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def old_token():
    """Older PAK / OAuth access token shape: C + [I-P] expiry varint, runs of A for zero bytes."""
    return "C" + R.choice("JKLMNOP") + b64u(16) + "EgAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" + b64u(8) + "QhkA" + b64u(40) + "SgNuYTFSAFoA"


def pat(hublet):
    return "pat-%s-%s" % (hublet, uuid())


def fold(v, ind, width=76):
    return "\n".join(ind + v[i:i + width] for i in range(0, len(v), width))


def build(Doc):
    def K(path, shape):
        return Doc("repos/hubspot/" + path, "repos", shape)

    def add(d, t):
        DOCS.append((d, t))

    # 1 hubspot.config.yml written by the CLI (folded PAKs, OAuth, legacy apikey)
    d = K("theme-dev/hubspot.config.yml", "hubspot-cli-config")
    p1, p2, old = pak("na1"), pak("eu1"), old_token()
    add(d, """defaultPortal: prod
portals:
  - name: prod
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      %s
    auth:
      tokenInfo:
        accessToken: >-
          %s
        expiresAt: '2026-11-30T14:02:11.431Z'
  - name: eu-sandbox
    portalId: %s
    authType: personalaccesskey
    personalAccessKey: >-
      %s
  - name: marketing-app
    portalId: %s
    authType: oauth2
    auth:
      clientId: %s
      clientSecret: %s
      scopes:
        - content
      tokenInfo:
        refreshToken: %s
  - name: legacy
    portalId: %s
    authType: apikey
    apiKey: %s
""" % (d.dec(HS, "portal_id", digits(8)), d.pos(HS, "personal_access_key", p1), d.pos(HS, "oauth_access_token", old),
       d.dec(HS, "portal_id", digits(9)), d.pos(HS, "personal_access_key", p2), d.dec(HS, "portal_id", digits(8)),
       d.dec(HS, "client_id", uuid()), d.pos(HS, "client_secret", uuid()), d.pos(HS, "refresh_token", hublet_id("na1")),
       d.dec(HS, "portal_id", digits(7)), d.pos(HS, "legacy_api_key", uuid())))

    # 2 the docs' older PAK shape, folded over two lines (hubspot.config.yml in a CMS repo)
    d = K("cms-site/hubspot.config.yml", "hubspot-cli-config")
    old2 = old_token()
    add(d, """defaultPortal: DEV
portals:
  - name: DEV
    portalId: %s
    authType: personalaccesskey
    personalAccessKey: >-
%s
""" % (d.dec(HS, "portal_id", digits(7)), d.pos(HS, "personal_access_key_old", old2, shown=fold(old2, "      ", 70), match="pem")))

    # 3 ~/.hscli/config.yml (CLI >= 7.4)
    d = K("dotfiles/.hscli/config.yml", "hubspot-hscli-config")
    add(d, """defaultAccount: apac
accounts:
  - name: apac
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: %s
  - name: na2-dev
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: '%s'
""" % (d.dec(HS, "account_id", digits(9)), d.pos(HS, "personal_access_key", pak("ap1")), d.dec(HS, "account_id", digits(8)),
       d.pos(HS, "personal_access_key", pak("na2"))))

    # 4 PHP SDK: developer API key and a private app token
    d = K("crm-sync/src/HubspotClients.php", "hubspot-php-sdk")
    add(d, """<?php
use HubSpot\\Factory;

final class HubspotClients
{
    public static function appSettings(): \\HubSpot\\Discovery\\Discovery
    {
        return Factory::createWithDeveloperApiKey('%s');
    }

    public static function crm(): \\HubSpot\\Discovery\\Discovery
    {
        return Factory::createWithAccessToken(
            '%s'
        );
    }

    public const APP_ID = %s;
}
""" % (d.pos(HS, "developer_api_key", hublet_id("na1")), d.pos(HS, "private_app_token", pat("eu1")), d.dec(HS, "app_id", digits(7))))

    # 5 Python: private app token keyword and the legacy api_key SDK call
    d = K("crm-sync/jobs/export_deals.py", "hubspot-python-sdk")
    add(d, """from hubspot import HubSpot

client = HubSpot(access_token="%s")

# pre-2022 job kept for the archive run
legacy = HubSpot(api_key="%s")
PIPELINE_ID = "%s"
""" % (d.pos(HS, "private_app_token", pat("na1")), d.pos(HS, "legacy_api_key", uuid()), d.dec(HS, "pipeline_id", digits(9))))

    # 6 Elixir: hapikey URL
    d = K("crm-sync/lib/legacy_contacts.ex", "hubspot-elixir")
    add(d, """defmodule LegacyContacts do
  @url "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100"

  def fetch, do: HTTPoison.get!(@url)
end
""" % d.pos(HS, "legacy_api_key", uuid()))

    # 7 Makefile curl with hapikey and a developer key on webhooks
    d = K("integrations/Makefile", "hubspot-makefile")
    dev = uuid()
    add(d, """APP_ID := %s
PORTAL := %s

subscriptions:
\tcurl -s "https://api.hubapi.com/webhooks/v3/$(APP_ID)/subscriptions?hapikey=%s"

timeline:
\tcurl -s "https://api.hubapi.com/crm/v3/timeline/$(APP_ID)/event-templates?hapikey=$(HUBSPOT_DEV_KEY)"
""" % (d.dec(HS, "app_id", digits(7)), d.dec(HS, "portal_id", digits(8)), d.pos(HS, "developer_api_key", dev)))

    # 8 Node: developerApiKey and a masked token in a comment
    d = K("integrations/webhooks/register.js", "hubspot-node")
    add(d, """const hubspot = require('@hubspot/api-client');

const dev = new hubspot.Client({ developerApiKey: '%s' });
// old token (revoked 2026-09): %s
const crm = new hubspot.Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN });
module.exports = { dev, crm, appId: %s };
""" % (d.pos(HS, "developer_api_key", hublet_id("eu1")), d.dec(HS, "masked_token", "pat-na1-********-****-****-****-********" + hx(4)),
       d.dec(HS, "app_id", digits(7))))

    # 9 Spring application.yml: client id (decoy) beside client secret
    d = K("integrations/oauth-bridge/src/main/resources/application.yml", "hubspot-spring-yaml")
    add(d, """hubspot:
  oauth:
    client-id: %s
    client-secret: %s
    redirect-uri: https://bridge.larchwood.dev/oauth/callback
    scopes: crm.objects.contacts.read oauth
""" % (d.dec(HS, "client_id", uuid()), d.pos(HS, "client_secret", uuid())))

    # 10 embed code: form and portal ids (public)
    d = K("cms-site/templates/partials/newsletter.html", "hubspot-embed")
    add(d, """<script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "eu1",
    portalId: "%s",
    formId: "%s"
  });
</script>
<!-- tracking: //js-eu1.hs-scripts.com/%s.js -->
""" % (d.dec(HS, "portal_id", digits(8)), d.dec(HS, "form_id", uuid()), digits(8)))

    # 11 Swift (Vapor) private app token via a header helper
    d = K("mobile-backend/Sources/App/HubSpot.swift", "hubspot-swift")
    add(d, """import Vapor

struct HubSpotAPI {
    static let token = "%s"
    static let portalId = %s

    static func headers() -> HTTPHeaders {
        var h = HTTPHeaders()
        h.bearerAuthorization = .init(token: token)
        return h
    }
}
""" % (d.pos(HS, "private_app_token", pat("na2")), d.dec(HS, "portal_id", digits(8))))

    # 12 k8s Secret with a base64 private app token
    d = K("deploy/hubspot-sync-secret.yaml", "hubspot-k8s-b64")
    add(d, """apiVersion: v1
kind: Secret
metadata:
  name: hubspot-sync
data:
  HUBSPOT_ACCESS_TOKEN: %s
  HUBSPOT_PORTAL_ID: %s
""" % (d.b64(HS, "private_app_token", pat("na1")), d.dec(HS, "portal_id_b64", b64(digits(8)))))

    # 13 CLI session output: ids and masked values only, plus one refresh token in a debug log
    d = K("notes/hs-cli-session.log", "hubspot-cli-log")
    add(d, """$ hs accounts list
Name           Account ID   Auth Type
prod           %s     personalaccesskey
eu-sandbox     %s    personalaccesskey
$ hs auth --debug
[DEBUG] POST /oauth/v1/token grant_type=refresh_token refresh_token=%s client_id=%s
[DEBUG] token expires at 2026-11-30T15:02:11Z (correlationId %s)
[DEBUG] personalAccessKey=%s
""" % (d.dec(HS, "account_id", digits(8)), d.dec(HS, "account_id", digits(9)), d.pos(HS, "refresh_token", hublet_id("eu1")),
       d.dec(HS, "client_id", uuid()), d.dec(HS, "correlation_id", uuid()), d.dec(HS, "masked_pak", "CiRu" + "*" * 20)))

    # 14 .env with placeholders and a real PAK
    d = K("theme-dev/.env", "hubspot-env")
    add(d, """HUBSPOT_ACCOUNT_ID=%s
HUBSPOT_PERSONAL_ACCESS_KEY=%s
HUBSPOT_CLIENT_SECRET=%s
HUBSPOT_DEVELOPER_API_KEY=%s
""" % (d.dec(HS, "account_id", digits(8)), d.pos(HS, "personal_access_key", pak("na1")),
       d.dec(HS, "placeholder", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"), d.dec(HS, "zero_uuid", "00000000-0000-0000-0000-000000000000")))

    # 15 Terraform-free: a Deno script with a truncated token in an error message and a real one in a fallback
    d = K("integrations/edge/sync.ts", "hubspot-deno")
    add(d, """const token = Deno.env.get("HUBSPOT_TOKEN") ?? "%s";
if (!token.startsWith("pat-")) throw new Error("bad token %s");
await fetch("https://api.hubapi.com/crm/v3/objects/contacts?limit=10", {
  headers: { Authorization: `Bearer ${token}` },
});
""" % (d.pos(HS, "private_app_token", pat("na1")), d.dec(HS, "truncated_token", "pat-na1-4f1e...")))

    return DOCS
