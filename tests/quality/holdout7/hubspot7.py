"""HubSpot snippet files: every credential type of shared/design/hubspot-credentials.md."""
import base64

import formats7 as F
from formats7 import R, hx, uu, an, s, DG, LO


def varint(n):
    out = b""
    while True:
        b, n = n & 0x7F, n >> 7
        out += bytes([b | (0x80 if n else 0)])
        if not n:
            return out


def rnd(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def access_token():
    """0x08 + expiry in epoch ms: text starts C + [I-P]."""
    body = b"\x08" + varint(1764400000000 + R.getrandbits(30)) + b"\x12\x02" + rnd(2) + b"\x18" + varint(R.getrandbits(24)) + b"*\x19\x00\x05" + rnd(23) + b"2\x14" + rnd(20) + b"J\x03na1"
    return base64.urlsafe_b64encode(body).decode().rstrip("=")


def pak_2020():
    body = b"\x08" + varint(1600000000000 + R.getrandbits(30)) + b"\x12\x02\x11\x02\x18" + varint(R.getrandbits(24)) + b" " + rnd(3) + b"(" + rnd(4) + b"2\x19\x00" + rnd(24) + b":\x0e\x00\x0c\xc0\x00\x00\x0c\x00\x80\x0c\x00\x00\x00\x00\x00\x00\x00\x00\x02B\x19\x00" + rnd(24)
    return base64.urlsafe_b64encode(body).decode().rstrip("=")


def hublet_uuid():
    return "%s-%s-%s-%s-%s" % (F.hublet(), hx(4), hx(4), hx(4), hx(12))


def pat():
    return "pat-%s-%s" % (F.hublet(), uu())


def build(Doc):
    docs = []
    P = "hubspot"

    d = Doc("snippets/hubspot/hubspot.config.yml", "snippets", "yaml-folded-scalar")
    docs.append((d, """defaultPortal: agency-prod
portals:
  - name: agency-prod
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      %s
    auth:
      tokenInfo:
        accessToken: >-
          %s
        expiresAt: '2026-11-30T09:12:44.117Z'
  - name: legacy-sandbox
    portalId: %s
    authType: personalaccesskey
    personalAccessKey: %s
  - name: oauth-app
    portalId: %s
    authType: oauth2
    auth:
      clientId: %s
      clientSecret: %s
      scopes:
        - content
      tokenInfo:
        refreshToken: %s
""" % (d.dec(P, "public-portal-id", s(DG, 8)), d.pos(P, "pak", F.hs_pak(), shape="yaml-folded-scalar"),
       d.pos(P, "oauth-access-token", access_token(), shape="yaml-folded-scalar"),
       d.dec(P, "public-portal-id", s(DG, 9)), d.pos(P, "pak-2020", pak_2020(), shape="yaml-same-line"),
       d.dec(P, "public-portal-id", s(DG, 8)), d.dec(P, "public-client-id", uu()),
       d.pos(P, "client-secret", uu(), shape="yaml-nested"), d.pos(P, "refresh-token", hublet_uuid(), shape="yaml-nested"))))

    d = Doc("snippets/hubspot/.hscli/config.yml", "snippets", "yaml-nested")
    docs.append((d, """defaultAccount: %s
accounts:
  - name: marketing
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: '%s'
  - name: dev-test
    accountId: %s
    authType: apikey
    apiKey: %s
""" % (d.dec(P, "public-account-id", s(DG, 8)), d.dec(P, "public-account-id", s(DG, 8)), d.pos(P, "pak", F.hs_pak()),
       d.dec(P, "public-account-id", s(DG, 8)), d.pos(P, "legacy-api-key", uu()))))

    d = Doc("snippets/hubspot-private-app.cr", "snippets", "crystal-constant")
    docs.append((d, """require "http/client"

HUBSPOT_ACCESS_TOKEN = "%s"
headers = HTTP::Headers{"Authorization" => "Bearer %s"}
PORTAL_ID = "%s"
FORM_GUID = "%s"
NEWSLETTER_FORM = "%s"
token = ENV["HUBSPOT_PRIVATE_APP_TOKEN"]
""" % (d.pos(P, "private-app-token", pat()), d.pos(P, "private-app-token", pat(), shape="crystal-header-hash"),
       d.dec(P, "public-portal-id", s(DG, 8)), d.dec(P, "public-form-guid", uu()), d.dec(P, "placeholder-uuid", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"))))

    d = Doc("snippets/hubspot-legacy.tcl", "snippets", "tcl-url")
    docs.append((d, """package require http
set url "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100"
set hook "https://api.hubapi.com/webhooks/v3/%s/settings?hapikey=%s"
set hubspot_api_key "%s"
set correlation "%s"
set zero "%s"
set from_env $env(HUBSPOT_API_KEY)
""" % (d.pos(P, "legacy-api-key", uu(), shape="url-query-hapikey"), s(DG, 7), d.pos(P, "developer-api-key", hublet_uuid(), shape="url-query-hapikey"),
       d.pos(P, "legacy-api-key", uu(), shape="tcl-set"), d.dec(P, "correlation-id", uu()), d.dec(P, "placeholder-uuid", "00000000-0000-0000-0000-000000000000"))))

    d = Doc("snippets/hubspot-oauth.nim", "snippets", "nim-const")
    docs.append((d, """import os, httpclient

const hubspotClientId = "%s"
const hubspotClientSecret = "%s"
const hubspotRefreshToken = "%s"
let resp = newHttpClient(headers = newHttpHeaders({"Authorization": "Bearer %s"}))
const developerApiKey = "%s"
const requestId = "%s"
let fromEnv = getEnv("HUBSPOT_CLIENT_SECRET")
""" % (d.dec(P, "public-client-id", uu()), d.pos(P, "client-secret", uu()), d.pos(P, "refresh-token", uu()),
       d.pos(P, "oauth-access-token", access_token(), shape="nim-header-table"), d.pos(P, "developer-api-key", hublet_uuid()),
       d.dec(P, "correlation-id", uu()))))

    d = Doc("snippets/hubspot-smtp.nix", "snippets", "nix-attr")
    docs.append((d, """{ config, ... }:
{
  programs.msmtp.accounts.hubspot = {
    host = "smtp.hubapi.com";
    port = 587;
    user = "%s@%s.smtp.hubspot.net";
    password = "%s";
  };
  services.app.hubspotDeveloperKey = "%s";
  services.app.hubspotPortalId = "%s";
  services.app.hubspotTokenFile = config.age.secrets.hubspot.path;
}
""" % (s(LO + DG, 10), s(DG, 8), d.pos(P, "smtp-password", an(32)), d.pos(P, "developer-api-key", uu()),
       d.dec(P, "public-portal-id", s(DG, 8)))))

    d = Doc("snippets/hubspot-functions.jsx", "snippets", "jsx-string-prop")
    docs.append((d, """import React from 'react';
import { HubspotProvider } from '@aaronhayes/react-use-hubspot-form';

// hbspt.forms.create({ portalId: "%s", formId: "%s" })
export const Form = () => <HubspotForm portalId="%s" formId="%s" />;
export const Admin = () => <CrmClient accessToken="%s" />;
const token = process.env.HUBSPOT_ACCESS_TOKEN;
const pak = '%s';
""" % (d.dec(P, "public-portal-id", s(DG, 8)), d.dec(P, "public-form-guid", uu()), d.dec(P, "public-portal-id", s(DG, 8)),
       d.dec(P, "public-form-guid", uu()), d.pos(P, "private-app-token", pat()), d.pos(P, "pak", F.hs_pak(), shape="jsx-const"))))
    return docs
