"""HubSpot in every credential type of shared/design/hubspot-credentials.md (snippets half)."""
import base64

from formats9 import R, a, lo, h, dig, uuid, b64url_raw


def pak(hublet):
    """Current personal access key: CiR + base64url of a protobuf whose field 1 is '<hublet>-<hex groups>'."""
    f1 = ("%s-%s-%s-%s-%s-%s" % (hublet, h(4), h(4), h(4), h(4), h(12))).encode()
    body = b"\x0a\x24" + f1 + b"\x10" + bytes([R.randint(128, 255), R.randint(128, 255), R.randint(1, 127)]) + \
        b"\x18" + bytes([R.randint(128, 255), R.randint(1, 127)]) + b"\x2a\x19\x00\x05" + bytes(R.getrandbits(8) for _ in range(23)) + \
        b"\x4a\x03" + hublet.encode()
    return base64.urlsafe_b64encode(body).decode().rstrip("=")


def oauth_access():
    return "C" + R.choice("IJKLMNOP") + b64url_raw(60) + "AAAAAAAAAAJC" + b64url_raw(20)


def old_pak():
    return "CJ" + b64url_raw(40) + "AAADAIADAAAAAAAAAAJCGQ" + b64url_raw(24)


def hub_refresh(hublet):
    return "%s-%s-%s-%s-%s-%s" % (hublet, h(4), h(4), h(4), h(4), h(12))


def pat(hublet):
    return "pat-%s-%s" % (hublet, uuid())


def fold(v, indent):
    return ">-\n" + " " * indent + v


def build(Doc):
    out = []
    P = "hubspot"

    d = Doc("snippets/hubspot/hubspot.config.yml", "snippets", "hubspot-cli-config")
    t = ["defaultPortal: prod", "portals:",
         "  - name: prod", "    portalId: %s" % d.dec(P, "portal-id", dig(8)), "    env: prod", "    authType: personalaccesskey",
         "    personalAccessKey: " + fold(d.pos(P, "personal-access-key", pak("eu1"), shape="yaml-folded"), 6),
         "    auth:", "      tokenInfo:", "        accessToken: " + fold(d.pos(P, "oauth-access-token", oauth_access(), shape="yaml-folded"), 10),
         "        expiresAt: '2026-11-30T11:04:12.000Z'",
         "  - name: sandbox", "    portalId: %s" % d.dec(P, "portal-id", dig(9)), "    authType: oauth2",
         "    auth:", "      clientId: %s" % d.dec(P, "client-id", uuid()),
         "      clientSecret: %s" % d.pos(P, "client-secret", uuid(), shape="yaml-nested"),
         "      scopes: ['content']", "      tokenInfo:",
         "        refreshToken: %s" % d.pos(P, "refresh-token-hublet", hub_refresh("na2"), shape="yaml-nested"),
         "  - name: legacy", "    portalId: %s" % d.dec(P, "portal-id", dig(7)), "    authType: apikey",
         "    apiKey: %s" % d.pos(P, "legacy-api-key", uuid(), shape="yaml-apikey-authtype")]
    out.append((d, "\n".join(t) + "\n"))

    d = Doc("snippets/hubspot/config.yml", "snippets", "hscli-accounts")
    t = ["defaultAccount: marketing", "accounts:", "  - name: marketing", "    accountId: %s" % d.dec(P, "account-id", dig(8)),
         "    authType: personalaccesskey", "    personalAccessKey: '%s'" % d.pos(P, "personal-access-key", pak("ap1"), shape="yaml-quoted"),
         "  - name: old-dev", "    accountId: %s" % d.dec(P, "account-id", dig(8)),
         "    personalAccessKey: " + fold(d.pos(P, "personal-access-key-2020", old_pak(), shape="yaml-folded"), 6)]
    out.append((d, "\n".join(t) + "\n"))

    d = Doc("snippets/hubspot/crm_sync.ex", "snippets", "elixir")
    t = ["defmodule Acme.Hubspot do",
         '  @token "%s"' % d.pos(P, "private-app-token", pat("na1"), shape="elixir-module-attr"),
         '  def headers, do: [{"authorization", "Bearer %s"}]' % d.pos(P, "private-app-token", pat("eu1"), shape="elixir-header-tuple"),
         '  def form_id, do: "%s"' % d.dec(P, "form-guid", uuid()),
         '  def correlation, do: "%s"' % d.dec(P, "correlation-id", uuid()),
         "end"]
    out.append((d, "\n".join(t) + "\n"))

    d = Doc("snippets/hubspot/legacy.cmd", "snippets", "batch")
    t = ["@echo off",
         'curl "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100"' % d.pos(P, "legacy-api-key", uuid(), shape="url-query-hapikey"),
         'curl -X POST "https://api.hubapi.com/webhooks/v3/%s/settings?hapikey=%s"' % (dig(7), d.pos(P, "developer-api-key", hub_refresh("na1"), shape="url-query-webhooks")),
         'set "HUBSPOT_API_KEY=%s"' % d.pos(P, "private-app-token", pat("na2"), shape="batch-set-quoted"),
         'rem template: ?hapikey=%s' % d.dec(P, "template", "{{hapikey}}"),
         'set "HUBSPOT_PLACEHOLDER=%s"' % d.dec(P, "all-zero-uuid", "00000000-0000-0000-0000-000000000000")]
    out.append((d, "\n".join(t) + "\n"))

    d = Doc("snippets/hubspot/env.fish", "snippets", "fish")
    t = ["set -gx HUBSPOT_PERSONAL_ACCESS_KEY '%s'" % d.pos(P, "personal-access-key", pak("na1"), shape="fish-set-gx"),
         "set -gx HUBSPOT_REFRESH_TOKEN '%s'" % d.pos(P, "refresh-token-uuid", uuid(), shape="fish-set-gx"),
         "set -gx HUBSPOT_CLIENT_SECRET '%s'" % d.pos(P, "client-secret", uuid(), shape="fish-set-gx"),
         "set -gx HUBSPOT_CLIENT_ID '%s'" % d.dec(P, "client-id", uuid()),
         "set -gx HUBSPOT_DEVELOPER_API_KEY '%s'" % d.pos(P, "developer-api-key", uuid(), shape="fish-set-gx"),
         "set -gx HUBSPOT_PORTAL_ID %s" % d.dec(P, "portal-id", dig(8))]
    out.append((d, "\n".join(t) + "\n"))

    d = Doc("snippets/hubspot/smtp.psd1", "snippets", "psd1")
    t = ["@{", "    SmtpServer = 'smtp.hubapi.com'", "    SmtpPort = 587",
         "    SmtpUser = '%s'" % d.dec(P, "smtp-username", "%s@%s.smtp.hubspot.net" % (lo(10), dig(8))),
         "    SmtpPassword = '%s'" % d.pos(P, "smtp-password", a(32), shape="psd1-hashtable"),
         "    FormGuid = '%s'" % d.dec(P, "form-guid", uuid()), "}"]
    out.append((d, "\n".join(t) + "\n"))

    d = Doc("snippets/hubspot/oauth.rkt", "snippets", "racket")
    t = ["#lang racket",
         '(define access-token "%s")' % d.pos(P, "oauth-access-token", oauth_access(), shape="racket-define"),
         '(define refresh-token "%s")' % d.pos(P, "refresh-token-hublet", hub_refresh("eu1"), shape="racket-define"),
         '(define template-id "%s")' % d.dec(P, "placeholder-uuid", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
         '(define token-ref (getenv "HUBSPOT_ACCESS_TOKEN"))']
    out.append((d, "\n".join(t) + "\n"))
    return out
