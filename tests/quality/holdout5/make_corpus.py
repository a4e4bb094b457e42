#!/usr/bin/env python3
"""Writes the fifth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

snippets/: one short file per provider (150 providers drawn with
random.Random(5) from the providers `keyhound rules` names, plus HubSpot) in
the style of other scanners' rule examples, the language and shape rotating,
with near-misses of the same provider. repos/: files as committed in mobile
apps (Expo, Flutter, Capacitor), desktop apps (Electron, Tauri), static sites
(Netlify, Vercel, Hugo, Jekyll, Astro, Docusaurus), API clients (Bruno, REST
Client .http, HTTPie sessions, Hoppscotch), observability pipelines (Vector,
Fluent Bit, OTel collector, Telegraf, Promtail, Logstash, Grafana
provisioning), game servers and mods, CI systems (Tekton, Woodpecker, Argo,
Earthly, Taskfile, devcontainer, Gitpod), browser and editor extensions,
self-hosted apps and notebooks with printed outputs (templates in repos5.py).
Labels: holdout4's format: kind, file, line (1-based), provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half.
"""
import base64
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from formats5 import PROVIDERS  # noqa: E402
import formats5 as F  # noqa: E402


class Doc:
    """One corpus file: text with markers where labelled values go."""

    def __init__(self, path, half, shape):
        self.path, self.half, self.shape = path, half, shape
        self.labels = []

    def _mark(self, label, value):
        label["_value"] = value
        self.labels.append(label)
        return "\x01%d\x01" % (len(self.labels) - 1)

    def pos(self, provider, fmt, value, shape=None, shown=None, **extra):
        """A labelled secret; shown is its text in the file when that differs (base64, a whole URL)."""
        l = {"kind": "positive", "provider": provider, "format": fmt, "secret": value, "shape": shape or self.shape}
        l.update(extra)
        return self._mark(l, value if shown is None else shown)

    def dec(self, provider, kind, value, shape=None):
        l = {"kind": "decoy", "provider": provider, "format": kind, "value": value, "decoy": kind, "shape": shape or self.shape}
        return self._mark(l, value)

    def render(self, text):
        out, labels, pos = [], [], 0
        text = text.replace("\\u0001", "\x01")  # markers json.dumps escaped
        for m in re.finditer("\x01(\\d+)\x01", text):
            out.append(text[pos:m.start()])
            l = dict(self.labels[int(m.group(1))])
            shown = l.pop("_value")
            l["file"] = self.path
            l["line"] = "".join(out).count("\n") + 1
            l["half"] = self.half
            out.append(shown)
            labels.append(l)
            pos = m.end()
        out.append(text[pos:])
        return "".join(out), labels


def camel(env):
    p = env.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:] if x)


def pascal(env):
    return "".join(x.title() for x in env.lower().split("_") if x)


def snake(env):
    return env.lower()


def kebab(env):
    return env.lower().replace("_", "-")


# (name, extension, head, foot, [(shape, render(env, v, provider))], decoy render, env-reference render, encoding)
LANGS = [
    ("python", ".py", ["import os", "import requests", ""], [], [
        ("py-dict-literal", lambda e, v, p: 'SETTINGS = {"%s": "%s", "timeout": 30}' % (snake(e), v)),
        ("py-headers-kwarg", lambda e, v, p: 'requests.get(URL, headers={"Authorization": f"Bearer %s"})' % v),
        ("py-setdefault", lambda e, v, p: 'os.environ.setdefault("%s", "%s")' % (e, v)),
    ], lambda e, v: '%s = "%s"' % (snake(e), v), lambda e: '%s = os.environ.get("%s")' % (snake(e), e), None),
    ("typescript", ".ts", ["import axios from 'axios';", ""], [], [
        ("ts-typed-const", lambda e, v, p: "export const %s: string = '%s';" % (camel(e), v)),
        ("ts-nullish-default", lambda e, v, p: "const %s = process.env.%s ?? \"%s\";" % (camel(e), e, v)),
        ("ts-axios-header", lambda e, v, p: "axios.defaults.headers.common['Authorization'] = `Bearer %s`;" % v),
    ], lambda e, v: "const %s = '%s';" % (camel(e), v), lambda e: "const %s = process.env.%s!;" % (camel(e), e), None),
    ("go", ".go", ["package main", "", "import \"os\"", ""], [], [
        ("go-map-literal", lambda e, v, p: 'var creds = map[string]string{"%s": "%s"}' % (snake(e), v)),
        ("go-setenv", lambda e, v, p: 'func init() { os.Setenv("%s", "%s") }' % (e, v)),
        ("go-short-decl", lambda e, v, p: 'func key() string { %s := "%s"; return %s }' % (camel(e), v, camel(e))),
    ], lambda e, v: 'var %s = "%s"' % (camel(e), v), lambda e: 'var %s = os.Getenv("%s")' % (camel(e), e), None),
    ("properties", ".properties", ["# application properties"], [], [
        ("properties-dotted", lambda e, v, p: "%s=%s" % (snake(e).replace("_", "."), v)),
        ("properties-colon", lambda e, v, p: "%s: %s" % (kebab(e), v)),
    ], lambda e, v: "%s=%s" % (snake(e).replace("_", "."), v), lambda e: "%s=${%s}" % (snake(e).replace("_", "."), e), None),
    ("scala", ".scala", ["object Credentials {"], ["}"], [
        ("scala-val", lambda e, v, p: '  val %s = "%s"' % (camel(e), v)),
        ("scala-getorelse", lambda e, v, p: '  val %s = sys.env.getOrElse("%s", "%s")' % (camel(e), e, v)),
    ], lambda e, v: '  val %s = "%s"' % (camel(e), v), lambda e: '  val %s = sys.env("%s")' % (camel(e), e), None),
    ("elixir", ".exs", ["import Config", ""], [], [
        ("elixir-config-kw", lambda e, v, p: 'config :acme, :%s, %s: "%s"' % (p, snake(e), v)),
        ("elixir-env-default", lambda e, v, p: 'config :acme, %s: System.get_env("%s", "%s")' % (snake(e), e, v)),
    ], lambda e, v: 'config :acme, %s: "%s"' % (snake(e), v), lambda e: 'config :acme, %s: System.fetch_env!("%s")' % (snake(e), e), None),
    ("lua", ".lua", ["local M = {}"], ["return M"], [
        ("lua-local", lambda e, v, p: 'local %s = "%s"' % (snake(e), v)),
        ("lua-table-field", lambda e, v, p: 'M.%s = { key = "%s" }' % (p, v)),
    ], lambda e, v: 'M.%s = "%s"' % (snake(e), v), lambda e: 'M.%s = os.getenv("%s")' % (snake(e), e), None),
    ("perl", ".pl", ["use strict;", ""], [], [
        ("perl-my", lambda e, v, p: "my $%s = '%s';" % (snake(e), v)),
        ("perl-hash", lambda e, v, p: "my %%conf = ( %s => \"%s\" );" % (snake(e), v)),
    ], lambda e, v: "my $%s = '%s';" % (snake(e), v), lambda e: "my $%s = $ENV{%s};" % (snake(e), e), None),
    ("powershell", ".ps1", ["# deploy helper"], [], [
        ("ps-env-assign", lambda e, v, p: '$env:%s = "%s"' % (e, v)),
        ("ps-hashtable", lambda e, v, p: '$headers = @{ "Authorization" = "Bearer %s" }' % v),
    ], lambda e, v: '$%s = "%s"' % (camel(e), v), lambda e: '$%s = $env:%s' % (camel(e), e), None),
    ("batch", ".bat", ["@echo off"], [], [
        ("bat-set", lambda e, v, p: "set %s=%s" % (e, v)),
        ("bat-set-quoted", lambda e, v, p: 'set "%s=%s"' % (e, v)),
    ], lambda e, v: "set %s=%s" % (e, v), lambda e: "echo %%%s%%" % e, None),
    ("ini", ".ini", [""], [], [
        ("ini-section", lambda e, v, p: "[%s]\n%s = %s" % (p, snake(e), v)),
        ("ini-quoted", lambda e, v, p: '%s = "%s"' % (snake(e), v)),
    ], lambda e, v: "%s = %s" % (snake(e), v), lambda e: "%s = %%(ENV_%s)s" % (snake(e), e), None),
    ("nix", ".nix", ["{ config, ... }:", "{"], ["}"], [
        ("nix-attr", lambda e, v, p: '  services.%s.%s = "%s";' % (p, camel(e), v)),
        ("nix-env-attrset", lambda e, v, p: '  environment.variables.%s = "%s";' % (e, v)),
    ], lambda e, v: '  %s = "%s";' % (camel(e), v), lambda e: '  %sFile = "/run/secrets/%s";' % (camel(e), snake(e)), None),
    ("dart", ".dart", ["// generated by env.sh", ""], [], [
        ("dart-const", lambda e, v, p: "const String %s = '%s';" % (camel(e), v)),
        ("dart-fromenvironment", lambda e, v, p: "const %s = String.fromEnvironment('%s', defaultValue: '%s');" % (camel(e), e, v)),
    ], lambda e, v: "const %s = '%s';" % (camel(e), v), lambda e: "final %s = Platform.environment['%s'];" % (camel(e), e), None),
    ("c", ".h", ["#pragma once", ""], [], [
        ("c-define", lambda e, v, p: '#define %s "%s"' % (e, v)),
        ("c-static-char", lambda e, v, p: 'static const char *%s = "%s";' % (snake(e), v)),
    ], lambda e, v: '#define %s "%s"' % (e, v), lambda e: '/* %s comes from getenv("%s") */' % (snake(e), e), None),
    ("r", ".R", ["library(httr)", ""], [], [
        ("r-setenv", lambda e, v, p: 'Sys.setenv(%s = "%s")' % (e, v)),
        ("r-arrow-assign", lambda e, v, p: '%s <- "%s"' % (snake(e), v)),
    ], lambda e, v: '%s <- "%s"' % (snake(e), v), lambda e: '%s <- Sys.getenv("%s")' % (snake(e), e), None),
    ("markdown", ".md", ["# Quick start", "", "Set the credentials and run:", "", "```bash"], ["```"], [
        ("md-code-export", lambda e, v, p: "export %s=%s" % (e, v)),
        ("md-code-curl-header", lambda e, v, p: "curl -H 'X-Api-Key: %s' https://api.example.com/v2/ping" % v),
    ], lambda e, v: "export %s=%s" % (e, v), lambda e: "export %s=\"$(pass show %s)\"" % (e, snake(e)), None),
    ("diff", ".diff", ["diff --git a/.env b/.env", "--- a/.env", "+++ b/.env", "@@ -1,3 +1,5 @@", " NODE_ENV=production"], [], [
        ("diff-plus", lambda e, v, p: "+%s=%s" % (e, v)),
        ("diff-plus-quoted", lambda e, v, p: "+%s='%s'" % (e, v)),
    ], lambda e, v: "+%s=%s" % (e, v), lambda e: "-%s=${%s}" % (e, e), None),
    ("heredoc", ".sh", ["#!/bin/sh", "cat > /etc/app/env <<EOF"], ["EOF"], [
        ("heredoc-line", lambda e, v, p: "%s=%s" % (e, v)),
        ("heredoc-cli-flag", lambda e, v, p: "ARGS=--%s %s" % (kebab(e), v)),
    ], lambda e, v: "%s=%s" % (e, v), lambda e: "%s_REF=${%s}" % (e, e), None),
    ("k8s", ".yaml", ["apiVersion: v1", "kind: Secret", "metadata:", "  name: app-credentials", "type: Opaque", "data:"], [], [
        ("k8s-secret-base64", lambda e, v, p: "  %s: %s" % (e, v)),
    ], lambda e, v: "  %s: %s" % (e, v), lambda e: "# %s is mounted from the vault" % e, "base64"),
    ("json-escaped", ".json", ['{'], ['  "note": "exported by settings sync"', '}'], [
        ("json-unicode-escape", lambda e, v, p: '  "%s": "%s",' % (camel(e), v)),
    ], lambda e, v: '  "%s": "%s",' % (camel(e), v), lambda e: '  "%sRef": "${env:%s}",' % (camel(e), e), "json"),
    ("swift", ".swift", ["import Foundation", ""], [], [
        ("swift-dictionary", lambda e, v, p: 'let config: [String: String] = ["%s": "%s"]' % (camel(e), v)),
        ("swift-concat-bearer", lambda e, v, p: 'let auth = "Bearer " + "%s"' % v),
    ], lambda e, v: 'let %s = "%s"' % (camel(e), v), lambda e: 'let %s = ProcessInfo.processInfo.environment["%s"] ?? ""' % (camel(e), e), None),
    ("ruby", ".rb", [""], [], [
        ("ruby-hash-symbol", lambda e, v, p: "CREDS = { %s: '%s' }.freeze" % (snake(e), v)),
        ("ruby-array-literal", lambda e, v, p: "KEYS = %%w[%s primary]" % v),
    ], lambda e, v: "%s = '%s'" % (e, v), lambda e: "%s = ENV.fetch('%s')" % (e, e), None),
    ("php", ".php", ["<?php", "return ["], ["];"], [
        ("php-return-array", lambda e, v, p: "    '%s' => '%s'," % (snake(e), v)),
        ("php-env-default", lambda e, v, p: "    '%s' => env('%s', '%s')," % (snake(e), e, v)),
    ], lambda e, v: "    '%s' => '%s'," % (snake(e), v), lambda e: "    '%s_ref' => env('%s')," % (snake(e), e), None),
    ("csharp", ".cs", ["public static class Secrets", "{"], ["}"], [
        ("cs-readonly-field", lambda e, v, p: '    public static readonly string %s = "%s";' % (pascal(e), v)),
        ("cs-interpolated-header", lambda e, v, p: '    static string H = $"Bearer {"%s"}";' % v),
    ], lambda e, v: '    const string %s = "%s";' % (pascal(e), v), lambda e: '    static string %s = Environment.GetEnvironmentVariable("%s");' % (pascal(e), e), None),
    ("cli", ".txt", ["$ history | tail"], [], [
        ("cli-long-flag", lambda e, v, p: "  512  %s-cli auth --token %s" % (p, v)),
        ("cli-env-prefix", lambda e, v, p: "  513  %s=%s ./deploy.sh" % (e, v)),
    ], lambda e, v: "  514  %s-cli config set %s %s" % ("tool", snake(e), v), lambda e: "  515  echo $%s" % e, None),
]


def encode(kind, v):
    if kind == "base64":
        return base64.b64encode(v.encode()).decode()
    return "".join("\\u%04x" % ord(c) if c in "-_:." else c for c in v)


def snippet(i, provider):
    env_base, positives, decoys = PROVIDERS[provider]
    lang, ext, head, foot, shapes, decoy_line, env_line, enc = LANGS[i % len(LANGS)]
    path = "snippets/%s/%s%s" % (lang, provider, ext)
    doc = Doc(path, "snippets", shapes[0][0])
    body = list(head)
    k = i
    for fmt, env, g in positives[:3]:
        shape, render = shapes[k % len(shapes)]
        k += 1
        v = g()
        extra = {}
        if v.startswith(("cloudinary://", "mongodb")):  # a password in a URL: label the password, accept the URL
            pw = v.split(":")[2].split("@")[0]
            extra = {"accept": [v, v.split("?")[0].rsplit("/", 1)[0] if "/" in v[14:] else v]}
            secret = pw
        else:
            secret = v
        if enc and (enc == "base64" or any(c in v for c in "-_:.")):
            shown = encode(enc, v)
            m = doc.pos(provider, fmt, secret, shape=shape, shown=shown, encoded=enc, encoded_value=shown, **extra)
        else:
            m = doc.pos(provider, fmt, secret, shape=shape, shown=v, **extra)
        body.append(render(env, m, provider))
    for kind, env, g in decoys[:2]:
        dv = g()
        if enc == "base64":
            dv = encode("base64", dv) if dv else dv
        body.append(decoy_line(env, doc.dec(provider, kind, dv, shape=shapes[0][0])))
    ref = env_base + "_API_KEY"
    body.append(env_line(ref))
    body += foot
    return doc, "\n".join(body) + "\n"


def hubspot_snippets():
    docs = []
    d = Doc("snippets/hubspot/archived.hubspot.config.yml", "snippets", "yaml-folded")
    t = """defaultPortal: agency-main
portals:
  - name: agency-main
    portalId: %s
    env: prod
    authType: personalaccesskey
    auth:
      tokenInfo:
        accessToken: >-
          %s
        expiresAt: '2026-12-01T09:12:44.000Z'
    personalAccessKey: >-
      %s
  - name: legacy-client
    portalId: %s
    authType: apikey
    apiKey: %s
  - name: app-dev
    portalId: %s
    authType: oauth2
    auth:
      clientId: %s
      clientSecret: '%s'
      scopes: [crm.objects.contacts.read]
      tokenInfo:
        refreshToken: "%s"
""" % (d.dec("hubspot", "portal-id", F.dg(8)), d.pos("hubspot", "oauth-access-token", F.hubspot_oauth()), d.pos("hubspot", "pak", F.hubspot_pak("na2")),
       d.dec("hubspot", "portal-id", F.dg(7)), d.pos("hubspot", "legacy-api-key", F.uid(), shape="yaml-plain"),
       d.dec("hubspot", "portal-id", F.dg(9)), d.dec("hubspot", "client-id", F.uid()), d.pos("hubspot", "client-secret", F.uid(), shape="yaml-quoted"),
       d.pos("hubspot", "oauth-refresh-token", F.hublet_uuid("na2"), shape="yaml-quoted"))
    docs.append((d, t))

    d = Doc("snippets/hubspot/hscli_config.yml", "snippets", "yaml-plain")
    t = """defaultAccount: eu-prod
accounts:
  - name: eu-prod
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: %s
    env: prod
  - name: ap-sandbox
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: "%s"
  - name: old-agency-portal
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: >-
      %s
""" % (d.dec("hubspot", "portal-id", F.dg(9)), d.pos("hubspot", "pak", F.hubspot_pak("eu1")), d.dec("hubspot", "portal-id", F.dg(8)),
       d.pos("hubspot", "pak", F.hubspot_pak("ap1"), shape="yaml-quoted"), d.dec("hubspot", "portal-id", F.dg(7)),
       d.pos("hubspot", "pak-2020", "CJ" + F.bu(40) + "AAAAAAAAAAAAJCGQ" + F.bu(73), shape="yaml-folded"))
    docs.append((d, t))

    d = Doc("snippets/hubspot/private_app.go", "snippets", "go-header-set")
    t = """package hubspot

// PAT for the reporting private app (na1); the eu1 one is for the EU portal
const reportingToken = "%s"

func newReq(r *http.Request) {
	r.Header.Set("Authorization", "Bearer %s")
	r.Header.Set("X-Request-Id", "%s")
}

var placeholder = "%s"
var formID = "%s"
""" % (d.pos("hubspot", "private-app-token", "pat-na1-" + F.uid(), shape="go-const"), d.pos("hubspot", "private-app-token", "pat-eu1-" + F.uid()),
       d.dec("hubspot", "correlation-id", F.uid()), d.dec("hubspot", "placeholder", "pat-na1-00000000-0000-0000-0000-000000000000"), d.dec("hubspot", "form-guid", F.uid()))
    docs.append((d, t))

    d = Doc("snippets/hubspot/legacy.php", "snippets", "php-url-query")
    t = """<?php
$hapikey = '%s';
$url = "https://api.hubapi.com/contacts/v1/contact/email/jdoe@acme.example/profile?hapikey=%s";
$legacy = 'https://api.hubapi.com/deals/v1/deal/paged?limit=250&hapikey=%s&properties=dealname';
$portalId = %s;
$form = '<script>hbspt.forms.create({portalId: "%s", formId: "%s"});</script>';
""" % (d.pos("hubspot", "legacy-api-key", F.uid(), shape="php-var"), d.pos("hubspot", "legacy-api-key", F.uid()), d.pos("hubspot", "legacy-api-key", F.uid()),
       d.dec("hubspot", "portal-id", F.dg(7)), d.dec("hubspot", "portal-id", F.dg(7)), d.dec("hubspot", "form-guid", F.uid()))
    docs.append((d, t))

    d = Doc("snippets/hubspot/dev_app.env", "snippets", "dotenv")
    t = """HUBSPOT_DEVELOPER_API_KEY=%s
HUBSPOT_DEVELOPER_API_KEY_OLD=%s
HUBSPOT_APP_ID=%s
HUBSPOT_CLIENT_SECRET="%s"
HUBSPOT_REFRESH_TOKEN=%s
HUBSPOT_PORTAL_ID=%s
HUBSPOT_PRIVATE_APP_TOKEN=%s
HUBSPOT_ACCESS_TOKEN=${HUBSPOT_PRIVATE_APP_TOKEN}
""" % (d.pos("hubspot", "developer-api-key", F.hublet_uuid("na1")), d.pos("hubspot", "developer-api-key", F.uid()), d.dec("hubspot", "app-id", F.dg(7)),
       d.pos("hubspot", "client-secret", F.uid(), shape="dotenv-quoted"), d.pos("hubspot", "oauth-refresh-token", F.uid()), d.dec("hubspot", "portal-id", F.dg(8)),
       d.pos("hubspot", "private-app-token", "pat-na2-" + F.uid()))
    docs.append((d, t))

    d = Doc("snippets/hubspot/webhook_settings.py", "snippets", "py-url-fstring")
    t = """import requests

APP_ID = 2345678
DEV_KEY = "%s"
requests.put(f"https://api.hubapi.com/webhooks/v3/{APP_ID}/settings?hapikey=%s", json={"targetUrl": "https://x.acme.example/hs"})
token = requests.post("https://api.hubapi.com/oauth/v1/token", data={"grant_type": "refresh_token", "refresh_token": "%s"})
print({"access_token": "%s", "expires_in": 1800})
""" % (d.pos("hubspot", "developer-api-key", F.hublet_uuid("eu1"), shape="py-assign"), d.pos("hubspot", "developer-api-key", F.hublet_uuid("na1")),
       d.pos("hubspot", "oauth-refresh-token", F.hublet_uuid("eu1"), shape="py-dict"), d.pos("hubspot", "oauth-access-token", F.hubspot_oauth(), shape="py-dict"))
    docs.append((d, t))

    d = Doc("snippets/hubspot/smtp.properties", "snippets", "properties-dotted")
    t = """spring.mail.host=smtp.hubapi.com
spring.mail.port=587
spring.mail.username=%s
spring.mail.password=%s
""" % (d.dec("hubspot", "smtp-username", F.lo(10) + "@" + F.dg(8) + ".smtp.hubspot.net"), d.pos("hubspot", "smtp-password", F.an(34)))
    docs.append((d, t))

    d = Doc("snippets/hubspot/Dockerfile", "snippets", "dockerfile-env")
    t = """FROM node:22-alpine
ENV HUBSPOT_PERSONAL_ACCESS_KEY=%s
ENV HUBSPOT_API_KEY=%s
ARG HUBSPOT_ACCOUNT_ID=%s
RUN npx hs project upload --account "$HUBSPOT_ACCOUNT_ID"
""" % (d.pos("hubspot", "pak", F.hubspot_pak("na1")), d.pos("hubspot", "private-app-token", "pat-na1-" + F.uid()), d.dec("hubspot", "portal-id", F.dg(8)))
    docs.append((d, t))
    return docs


def main():
    outdir = sys.argv[1]
    docs = [snippet(i, p) for i, p in enumerate(sorted(PROVIDERS))]
    docs += hubspot_snippets()
    import repos5
    docs += repos5.build(Doc)
    labels, seen = [], set()
    for doc, text in docs:
        assert doc.path not in seen, doc.path
        seen.add(doc.path)
        body, ls = doc.render(text)
        path = os.path.join(outdir, "corpus", doc.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(body)
        labels += ls
    labels.sort(key=lambda l: (l["file"], l["line"]))
    with open(os.path.join(outdir, "labels.jsonl"), "w") as f:
        for l in labels:
            f.write(json.dumps(l, sort_keys=True) + "\n")
    for half in ("snippets", "repos"):
        pos = [l for l in labels if l["half"] == half and l["kind"] == "positive"]
        print("%s: %d positives over %d providers, %d decoys, %d files" % (
            half, len(pos), len({l["provider"] for l in pos}),
            sum(1 for l in labels if l["half"] == half and l["kind"] == "decoy"),
            len({l["file"] for l in labels if l["half"] == half})))


if __name__ == "__main__":
    main()
