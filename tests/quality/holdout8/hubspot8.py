"""HubSpot files of the snippets half: every credential type of
shared/design/hubspot-credentials.md, with the decoys that note lists."""
import base64

import formats8 as F
from formats8 import R, a, d, h, uuid


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def hublet_uuid(hublet):
    return "%s-%s-%s-%s-%s-%s" % (hublet, h(4), h(4), h(4), h(4), h(12))


def pak(hublet):
    """Current personal access key: protobuf, field 1 = hublet-uuid, 2/3 varints, 5 signature, 9 hublet."""
    f1 = hublet_uuid(hublet).encode()
    sig = b"\x00\x05" + F.rbytes(23)
    raw = (b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(R.randint(10 ** 7, 10 ** 8)) +
           b"\x18" + varint(R.randint(10 ** 6, 10 ** 8)) + b"\x2a" + bytes([len(sig)]) + sig +
           b"\x4a\x03" + hublet.encode())
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def access_token(nbytes=92, zero_run=False):
    """OAuth access token (and 2020-style PAK): 0x08 + varint expiry ms, then protobuf bytes."""
    raw = b"\x08" + varint(R.randint(1764000000000, 1790000000000)) + b"\x12\x02" + F.rbytes(2)
    if zero_run:
        raw += F.rbytes(20) + b"\x00" * 8 + F.rbytes(nbytes - 20 - 8 - len(raw))
    else:
        raw += F.rbytes(nbytes - len(raw))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def pat(hublet):
    return "pat-%s-%s" % (hublet, uuid())


def build(Doc):
    docs = []

    doc = Doc("snippets/hubspot/hubspot.config.yml", "snippets", "yaml-hubspot-cli-config")
    S, D = doc.secret, doc.dec
    text = """defaultPortal: acme-prod
portals:
  - name: acme-prod
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      %s
  - name: acme-sandbox
    portalId: %s
    env: prod
    authType: oauth2
    auth:
      clientId: %s
      clientSecret: %s
      scopes:
        - content
      tokenInfo:
        expiresAt: '2026-11-30T09:12:44.000Z'
        refreshToken: %s
        accessToken: >-
          %s
  - name: acme-legacy
    portalId: %s
    env: prod
    authType: apikey
    apiKey: %s
""" % (D("hubspot", "portal-id", d(8)), S("hubspot", "pak-na1", pak("na1"), shape="yaml-folded-scalar"),
       D("hubspot", "portal-id", d(8)), D("hubspot", "client-id", uuid()),
       S("hubspot", "client-secret", uuid()), S("hubspot", "refresh-token-hublet", hublet_uuid("na1")),
       S("hubspot", "oauth-access-token", access_token(), shape="yaml-folded-scalar"),
       D("hubspot", "portal-id", d(7)), S("hubspot", "legacy-api-key", uuid()))
    docs.append((doc, text))

    doc = Doc("snippets/hubspot/hscli-config.yml", "snippets", "yaml-hubspot-cli-config")
    S, D = doc.secret, doc.dec
    text = """defaultAccount: agency-eu
accounts:
  - name: agency-eu
    accountId: %s
    authType: personalaccesskey
    auth:
      tokenInfo: {}
    personalAccessKey: >-
      %s
  - name: agency-old
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: >-
      %s
  - name: placeholder-account
    accountId: 123456
    authType: personalaccesskey
    personalAccessKey: %s
""" % (D("hubspot", "account-id", d(8)), S("hubspot", "pak-eu1", pak("eu1"), shape="yaml-folded-scalar"),
       D("hubspot", "account-id", d(7)), S("hubspot", "pak-2020", access_token(96, zero_run=True), shape="yaml-folded-scalar"),
       D("hubspot", "placeholder", "<YOUR_PERSONAL_ACCESS_KEY>"))
    docs.append((doc, text))

    doc = Doc("snippets/hubspot/HubSpotSync.groovy", "snippets", "groovy-sdk-named-arg")
    S, D = doc.secret, doc.dec
    text = """import com.acme.crm.HubSpotClient

def client = new HubSpotClient(accessToken: '%s')
def euClient = new HubSpotClient(accessToken: '%s', baseUrl: 'https://api-eu1.hubapi.com')
def http = new URL('https://api.hubapi.com/crm/v3/objects/contacts').openConnection()
http.setRequestProperty('Authorization', 'Bearer %s')
def form = [portalId: '%s', formId: '%s']
def zero = 'pat-na1-%s'
""" % (S("hubspot", "private-app-token-na1", pat("na1")), S("hubspot", "private-app-token-eu1", pat("eu1")),
       S("hubspot", "private-app-token-na2", pat("na2"), shape="groovy-request-header"),
       D("hubspot", "portal-id", d(8)), D("hubspot", "form-guid", uuid()),
       D("hubspot", "zero-uuid", F.zeros_uuid()))
    docs.append((doc, text))

    doc = Doc("snippets/hubspot/legacy_contacts.pl", "snippets", "perl-url-query")
    S, D = doc.secret, doc.dec
    text = """use strict;
use LWP::UserAgent;

my $ua = LWP::UserAgent->new;
my $res = $ua->get('https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100');
my $deals = 'https://api.hubapi.com/deals/v1/deal/paged?includeAssociations=true&hapikey=%s';
my $template = 'https://api.hubapi.com/contacts/v1/contact?hapikey={{hapikey}}';
my $example = 'https://api.hubapi.com/contacts/v1/contact?hapikey=%s';
""" % (S("hubspot", "legacy-api-key", uuid()), S("hubspot", "legacy-api-key", uuid()),
       D("hubspot", "zero-uuid", F.zeros_uuid()))
    docs.append((doc, text))

    doc = Doc("snippets/hubspot/webhooks.jl", "snippets", "julia-url-query")
    S, D = doc.secret, doc.dec
    app = d(7)
    text = """using HTTP

const APP_ID = %s
const HUBSPOT_DEVELOPER_API_KEY = "%s"
settings = HTTP.get("https://api.hubapi.com/webhooks/v3/$(APP_ID)/settings?hapikey=%s")
# last failure: correlationId %s
""" % (D("hubspot", "app-id", app), S("hubspot", "developer-api-key-uuid", uuid(), shape="julia-const"),
       S("hubspot", "developer-api-key-hublet", hublet_uuid("na1")), D("hubspot", "correlation-id", uuid()))
    docs.append((doc, text))

    doc = Doc("snippets/hubspot/.Renviron", "snippets", "renviron")
    S, D = doc.secret, doc.dec
    text = """HUBSPOT_PERSONAL_ACCESS_KEY=%s
HUBSPOT_REFRESH_TOKEN=%s
HUBSPOT_API_KEY=%s
HUBSPOT_CLIENT_SECRET=%s
HUBSPOT_CLIENT_ID=%s
HUBSPOT_PORTAL_ID=%s
HUBSPOT_ACCESS_TOKEN=${HUBSPOT_PRIVATE_APP_TOKEN}
""" % (S("hubspot", "pak-ap1", pak("ap1")), S("hubspot", "refresh-token-uuid", uuid()),
       S("hubspot", "private-app-token-na1", pat("na1")), S("hubspot", "client-secret", uuid()),
       D("hubspot", "client-id", uuid()), D("hubspot", "portal-id", d(8)))
    docs.append((doc, text))

    doc = Doc("snippets/hubspot/smtp.hocon", "snippets", "hocon-quoted")
    S, D = doc.secret, doc.dec
    text = """mail {
  host = "smtp.hubapi.com"
  port = 587
  user = "%s"
  password = "%s"
}
""" % (D("hubspot", "smtp-username", "%s@%s.smtp.hubspot.net" % (F.lo(10), d(8))), S("hubspot", "smtp-password", a(32)))
    docs.append((doc, text))

    doc = Doc("snippets/hubspot/oauth.http", "snippets", "http-request-header")
    S, D = doc.secret, doc.dec
    text = """### read contacts with the OAuth token from the last refresh
GET https://api.hubapi.com/crm/v3/objects/contacts?limit=10
Authorization: Bearer %s

### refresh-token introspection (read-only)
GET https://api.hubapi.com/oauth/v1/refresh-tokens/%s

### form submission (public ids only)
POST https://api.hsforms.com/submissions/v3/integration/submit/%s/%s
Content-Type: application/json
""" % (S("hubspot", "oauth-access-token", access_token(80)), S("hubspot", "refresh-token-hublet", hublet_uuid("eu1"), shape="http-url-path"),
       D("hubspot", "portal-id", d(8)), D("hubspot", "form-guid", uuid()))
    docs.append((doc, text))
    return docs
