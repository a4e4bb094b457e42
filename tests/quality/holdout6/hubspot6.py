"""HubSpot snippets: every credential type of shared/design/hubspot-credentials.md, with its decoys."""
import base64

import formats6 as F


def pak_2020():
    """2020-style PAK / OAuth-like token: 0x08 + varint expiry, so it reads C + [I-P]; ~130 characters."""
    body = b"\x08" + F.varint(1600000000000 + F.R.randint(0, 10 ** 10)) + b"\x12\x02\x00\x01\x18" + F.rbytes(88)
    return base64.urlsafe_b64encode(body).decode().rstrip("=")


def build(Doc):
    docs = []
    H = "hubspot"

    d = Doc("snippets/hubspot/hscli-config.yml", "snippets", "yaml-folded")
    t = """defaultAccount: agency-main
accounts:
  - name: agency-main
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: >-
      %s
    auth:
      tokenInfo:
        accessToken: >-
          %s
        expiresAt: '2026-12-01T09:14:40.331Z'
  - name: client-ap
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: >-
      %s
  - name: legacy-2020
    portalId: %s
    authType: personalaccesskey
    personalAccessKey: >-
      %s
""" % (d.dec(H, "account-id", F.dg(8)), d.pos(H, "pak", F.hubspot_pak("na2")), d.pos(H, "oauth-access-token", F.hubspot_oauth()),
       d.dec(H, "account-id", F.dg(9)), d.pos(H, "pak", F.hubspot_pak("ap1")), d.dec(H, "portal-id", F.dg(7)),
       d.pos(H, "pak-2020", pak_2020()))
    docs.append((d, t))

    d = Doc("snippets/hubspot/oauth-portal.yaml", "snippets", "yaml-nested")
    t = """portals:
  - name: oauth-sandbox
    portalId: %s
    authType: oauth2
    auth:
      clientId: %s
      clientSecret: %s
      scopes: [content, crm.objects.contacts.read]
      tokenInfo:
        refreshToken: %s
        accessToken: %s
  - name: key-portal
    portalId: %s
    authType: apikey
    apiKey: %s
""" % (d.dec(H, "portal-id", F.dg(8)), d.dec(H, "client-id", F.uid()), d.pos(H, "client-secret", F.uid()),
       d.pos(H, "oauth-refresh-token", F.hublet_uuid("eu1")), d.pos(H, "oauth-access-token", F.hubspot_oauth()),
       d.dec(H, "portal-id", F.dg(8)), d.pos(H, "legacy-api-key", F.uid(), shape="yaml-apikey-authtype"))
    docs.append((d, t))

    d = Doc("snippets/hubspot/sync_contacts.py", "snippets", "py-sdk-kwarg")
    t = """from hubspot import HubSpot

api_client = HubSpot(access_token="%s")
EU_CLIENT = HubSpot(access_token='%s')
LEGACY_URL = "https://api.hubapi.com/crm/v3/objects/deals?limit=10&hapikey=%s"
FORM_GUID = "%s"
PORTAL = %s
# placeholder from the README
EXAMPLE_TOKEN = "%s"
ZERO_KEY = "%s"
""" % (d.pos(H, "private-app-token", "pat-na1-" + F.uid()), d.pos(H, "private-app-token", "pat-eu1-" + F.uid()),
       d.pos(H, "legacy-api-key", F.uid(), shape="url-query"), d.dec(H, "form-guid", F.uid()), d.dec(H, "portal-id", F.dg(8)),
       d.dec(H, "placeholder", "pat-na1-00000000-0000-0000-0000-000000000000"), d.dec(H, "zero-uuid", "00000000-0000-0000-0000-000000000000"))
    docs.append((d, t))

    d = Doc("snippets/hubspot/HubspotClient.java", "snippets", "java-private-static")
    t = """package com.acme.crm;

public class HubspotClient {
    private static final String HUBSPOT_PRIVATE_APP_TOKEN = "%s";
    private static final String HUBSPOT_DEVELOPER_API_KEY = "%s";
    private static final String HUBSPOT_CLIENT_SECRET = "%s";
    private static final String HUBSPOT_CLIENT_ID = "%s";
    private static final String CORRELATION_ID = "%s";
    private final String token = System.getenv("HUBSPOT_ACCESS_TOKEN");
}
""" % (d.pos(H, "private-app-token", "pat-na2-" + F.uid()), d.pos(H, "developer-api-key", F.uid()), d.pos(H, "client-secret", F.uid()),
       d.dec(H, "client-id", F.uid()), d.dec(H, "correlation-id", F.uid()))
    docs.append((d, t))

    d = Doc("snippets/hubspot/webhooks.http", "snippets", "http-request")
    t = """### register webhook target (developer key, app 2193456)
PUT https://api.hubapi.com/webhooks/v3/2193456/settings?hapikey=%s
Content-Type: application/json

### contacts with a private app token
GET https://api.hubapi.com/crm/v3/objects/contacts
Authorization: Bearer %s

### token introspection
GET https://api.hubapi.com/oauth/v1/refresh-tokens/%s

### template text, not a key
GET https://api.hubapi.com/crm/v3/objects/contacts?hapikey=%s
""" % (d.pos(H, "developer-api-key", F.hublet_uuid("na1"), shape="url-query"), d.pos(H, "private-app-token", "pat-na1-" + F.uid(), shape="http-bearer"),
       d.pos(H, "oauth-refresh-token", F.uid(), shape="url-path"), d.dec(H, "placeholder", "{{hapikey}}"))
    docs.append((d, t))

    d = Doc("snippets/hubspot/.env.production", "snippets", "dotenv")
    t = """HUBSPOT_PERSONAL_ACCESS_KEY="%s"
HUBSPOT_REFRESH_TOKEN=%s
HUBSPOT_API_KEY=%s
HUBSPOT_PORTAL_ID=%s
HUBSPOT_ACCESS_TOKEN=${{ secrets.HUBSPOT_ACCESS_TOKEN }}
HUBSPOT_SMTP_USER=%s
HUBSPOT_SMTP_PASSWORD=%s
""" % (d.pos(H, "pak", F.hubspot_pak("eu1")), d.pos(H, "oauth-refresh-token", F.hublet_uuid("na1")),
       d.pos(H, "private-app-token", "pat-na1-" + F.uid()), d.dec(H, "portal-id", F.dg(8)),
       d.dec(H, "smtp-username", F.lo(10) + "@" + F.dg(8) + ".smtp.hubspot.net"), d.pos(H, "smtp-password", F.an(34)))
    docs.append((d, t))

    d = Doc("snippets/hubspot/embed.html", "snippets", "html-script")
    t = """<script charset="utf-8" type="text/javascript" src="//js.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({ region: "na1", portalId: "%s", formId: "%s" });
</script>
<!-- CTA %s -->
""" % (d.dec(H, "portal-id", F.dg(8)), d.dec(H, "form-guid", F.uid()), d.dec(H, "cta-guid", F.uid()))
    docs.append((d, t))
    return docs
