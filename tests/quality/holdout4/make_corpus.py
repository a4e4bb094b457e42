#!/usr/bin/env python3
"""Writes the fourth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

snippets/: one short file per provider in the style of other scanners' rule
examples, in a rotating language, with near-misses of the same provider.
repos/: files as committed in Salesforce, Drupal/Symfony/Magento, Puppet/
Chef/Salt, k8s operators, Elixir, Deno/Bun, Workers, Supabase/Firebase,
Fastlane, Unreal/Godot, R/Julia/MATLAB, data pipelines, Home Assistant,
VPN, mail server, PowerShell, .reg, IDE settings and issue pastes
(templates in repos4.py).
Labels: holdout3's format: kind, file, line (1-based), provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from formats4 import PROVIDERS, R  # noqa: E402
import formats4 as F  # noqa: E402


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


def gen(provider, fmt):
    for f, env, g in PROVIDERS[provider][1]:
        if f == fmt:
            return g()
    raise KeyError((provider, fmt))


def camel(env):
    p = env.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:] if x)


def pascal(env):
    return "".join(x.title() for x in env.lower().split("_") if x)


def snake(env):
    return env.lower()


def cls(p):
    return pascal(p)


# language: (extension, header lines, footer lines, [(shape, render(env, v, provider))], decoy render, env-reference line)
LANGS = [
    ("py", ".py", ["import os", ""], [], [
        ("py-assign", lambda e, v, p: '%s = "%s"' % (e, v)),
        ("py-getenv-default", lambda e, v, p: '%s = os.getenv("%s", "%s")' % (snake(e), e, v)),
        ("py-sdk-positional", lambda e, v, p: 'client = %s.Client("%s")' % (p, v)),
        ("py-kwargs-dict", lambda e, v, p: 'config = dict(%s="%s", timeout=10)' % (snake(e), v)),
    ], lambda e, v: '%s = "%s"' % (e, v), lambda e: '%s = os.environ["%s"]' % (snake(e), e)),
    ("js", ".js", ["'use strict';", ""], [], [
        ("js-const", lambda e, v, p: "const %s = '%s';" % (camel(e), v)),
        ("js-env-or", lambda e, v, p: "const %s = process.env.%s || '%s';" % (camel(e), e, v)),
        ("js-object-prop", lambda e, v, p: "  %s: \"%s\"," % (camel(e), v)),
        ("js-fetch-header", lambda e, v, p: "fetch(url, { headers: { Authorization: 'Bearer %s' } });" % v),
    ], lambda e, v: "const %s = '%s';" % (camel(e), v), lambda e: "const %s = process.env.%s;" % (camel(e), e)),
    ("go", ".go", ["package config", ""], [], [
        ("go-const", lambda e, v, p: 'const %s = "%s"' % (camel(e), v)),
        ("go-struct-field", lambda e, v, p: 'var cfg = Config{%s: "%s"}' % (pascal(e), v)),
        ("go-header-set", lambda e, v, p: 'req.Header.Set("Authorization", "Bearer %s")' % v),
    ], lambda e, v: 'const %s = "%s"' % (camel(e), v), lambda e: 'var %s = os.Getenv("%s")' % (camel(e), e)),
    ("java", ".java", ["package com.example.keys;", "", "class Keys {"], ["}"], [
        ("java-final-field", lambda e, v, p: '    static final String %s = "%s";' % (e, v)),
        ("java-builder-arg", lambda e, v, p: '    Client c = Client.builder().apiKey("%s").build();' % v),
        ("java-map-put", lambda e, v, p: '    { props.put("%s", "%s"); }' % (snake(e).replace("_", "."), v)),
    ], lambda e, v: '    static final String %s = "%s";' % (e, v), lambda e: '    static final String %s = System.getenv("%s");' % (e, e)),
    ("cs", ".cs", ["namespace Example.Keys", "{"], ["}"], [
        ("cs-const", lambda e, v, p: '    const string %s = "%s";' % (pascal(e), v)),
        ("cs-dictionary-init", lambda e, v, p: '    var s = new Dictionary<string, string> { ["%s"] = "%s" };' % (e, v)),
        ("cs-verbatim", lambda e, v, p: '    string %s = @"%s";' % (camel(e), v)),
    ], lambda e, v: '    const string %s = "%s";' % (pascal(e), v), lambda e: '    var %s = Environment.GetEnvironmentVariable("%s");' % (camel(e), e)),
    ("rs", ".rs", [""], [], [
        ("rust-const", lambda e, v, p: 'const %s: &str = "%s";' % (e, v)),
        ("rust-unwrap-or", lambda e, v, p: 'let %s = std::env::var("%s").unwrap_or("%s".to_string());' % (snake(e), e, v)),
        ("rust-raw-string", lambda e, v, p: 'let %s = r#"%s"#;' % (snake(e), v)),
    ], lambda e, v: 'const %s: &str = "%s";' % (e, v), lambda e: 'let %s = std::env::var("%s")?;' % (snake(e), e)),
    ("kt", ".kt", ["package com.example.keys", ""], [], [
        ("kotlin-val", lambda e, v, p: 'val %s = "%s"' % (camel(e), v)),
        ("kotlin-const-val", lambda e, v, p: 'const val %s = "%s"' % (e, v)),
        ("kotlin-buildconfig", lambda e, v, p: 'buildConfigField("String", "%s", "\\"%s\\"")' % (e, v)),
    ], lambda e, v: 'val %s = "%s"' % (camel(e), v), lambda e: 'val %s = System.getenv("%s")' % (camel(e), e)),
    ("swift", ".swift", ["import Foundation", ""], [], [
        ("swift-let", lambda e, v, p: 'let %s = "%s"' % (camel(e), v)),
        ("swift-static-let", lambda e, v, p: 'enum Keys { static let %s = "%s" }' % (camel(e), v)),
        ("swift-header", lambda e, v, p: 'request.setValue("Bearer %s", forHTTPHeaderField: "Authorization")' % v),
    ], lambda e, v: 'let %s = "%s"' % (camel(e), v), lambda e: 'let %s = ProcessInfo.processInfo.environment["%s"]' % (camel(e), e)),
    ("php", ".php", ["<?php", ""], [], [
        ("php-define", lambda e, v, p: "define('%s', '%s');" % (e, v)),
        ("php-array-item", lambda e, v, p: "    '%s' => '%s'," % (snake(e), v)),
        ("php-var", lambda e, v, p: "$%s = \"%s\";" % (camel(e), v)),
    ], lambda e, v: "$%s = '%s';" % (camel(e), v), lambda e: "$%s = getenv('%s');" % (camel(e), e)),
    ("rb", ".rb", [""], [], [
        ("ruby-const", lambda e, v, p: "%s = '%s'" % (e, v)),
        ("ruby-fetch-default", lambda e, v, p: "%s = ENV.fetch('%s', '%s')" % (snake(e), e, v)),
        ("ruby-config-attr", lambda e, v, p: "  config.%s = \"%s\"" % (snake(e), v)),
    ], lambda e, v: "%s = '%s'" % (e, v), lambda e: "%s = ENV['%s']" % (snake(e), e)),
    ("sh", ".sh", ["#!/usr/bin/env bash", "set -euo pipefail", ""], [], [
        ("sh-export", lambda e, v, p: "export %s=%s" % (e, v)),
        ("curl-bearer", lambda e, v, p: 'curl -sS -H "Authorization: Bearer %s" https://api.example.com/v1/me' % v),
        ("sh-export-quoted", lambda e, v, p: "export %s='%s'" % (e, v)),
        ("cli-flag", lambda e, v, p: "%s-cli login --token=%s" % (p, v)),
    ], lambda e, v: "export %s=%s" % (e, v), lambda e: 'echo "using ${%s}"' % e),
    ("env", ".env", ["# copied from the team vault", ""], [], [
        ("dotenv", lambda e, v, p: "%s=%s" % (e, v)),
        ("dotenv-quoted", lambda e, v, p: '%s="%s"' % (e, v)),
    ], lambda e, v: "%s=%s" % (e, v), lambda e: "%s_FROM_ENV=${%s}" % (e, e)),
    ("yaml", ".yaml", ["# service credentials", ""], [], [
        ("yaml-nested", lambda e, v, p: "%s:\n  %s: %s" % (p, snake(e), v)),
        ("yaml-quoted", lambda e, v, p: '%s: "%s"' % (snake(e), v)),
        ("yaml-env-list", lambda e, v, p: "env:\n  - name: %s\n    value: '%s'" % (e, v)),
    ], lambda e, v: "%s: %s" % (snake(e), v), lambda e: "%s_ref: ${%s}" % (snake(e), e)),
    ("json", ".json", [], [], [
        ("json-pair", lambda e, v, p: '{"%s": "%s"}' % (camel(e), v)),
        ("json-nested", lambda e, v, p: '{"%s": {"%s": "%s"}}' % (p, snake(e), v)),
    ], lambda e, v: '{"%s": "%s"}' % (camel(e), v), lambda e: '{"%s": "${%s}"}' % (camel(e), e)),
    ("toml", ".toml", [""], [], [
        ("toml-table", lambda e, v, p: "[%s]\n%s = \"%s\"" % (p, snake(e), v)),
        ("toml-literal", lambda e, v, p: "%s = '%s'" % (snake(e), v)),
    ], lambda e, v: '%s = "%s"' % (snake(e), v), lambda e: '%s = "${%s}"' % (snake(e), e)),
    ("xml", ".config", ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"], ["  </appSettings>", "</configuration>"], [
        ("xml-appsetting", lambda e, v, p: '    <add key="%s" value="%s" />' % (pascal(e), v)),
        ("xml-element", lambda e, v, p: "    <%s>%s</%s>" % (camel(e), v, camel(e))),
    ], lambda e, v: '    <add key="%s" value="%s" />' % (pascal(e), v), lambda e: '    <add key="%sRef" value="%%%s%%" />' % (pascal(e), e)),
    ("tf", ".tf", [""], [], [
        ("hcl-attr", lambda e, v, p: 'provider "%s" {\n  %s = "%s"\n}' % (p, snake(e), v)),
        ("hcl-variable-default", lambda e, v, p: 'variable "%s" {\n  default = "%s"\n}' % (snake(e), v)),
    ], lambda e, v: 'locals { %s = "%s" }' % (snake(e), v), lambda e: '# %s = var.%s' % (snake(e), snake(e))),
    ("docker", ".Dockerfile", ["FROM alpine:3.20"], [], [
        ("dockerfile-env", lambda e, v, p: "ENV %s=%s" % (e, v)),
        ("dockerfile-arg", lambda e, v, p: "ARG %s=%s" % (e, v)),
        ("dockerfile-run", lambda e, v, p: "RUN %s-cli configure --api-key %s" % (p, v)),
    ], lambda e, v: "ENV %s=%s" % (e, v), lambda e: "ENV %s_COPY=$%s" % (e, e)),
]


def snippet(i, provider):
    env_base, positives, decoys = PROVIDERS[provider]
    lang, ext, head, foot, shapes, decoy_line, env_line = LANGS[i % len(LANGS)]
    path = "snippets/%s%s" % (provider, ext)
    doc = Doc(path, "snippets", shapes[0][0])
    body = list(head)
    if lang == "js":
        body.append("const settings = {")
    k = i
    for fmt, env, g in positives[:3]:
        shape, render = shapes[k % len(shapes)]
        k += 1
        if lang == "js" and shape == "js-object-prop":
            shape, render = shapes[0]
        v = g()
        # "FlyV1 fm2_…": the token after the scheme word counts as found too
        extra = {"accept": [v.split(" ", 1)[1]]} if v.startswith("FlyV1 ") else {}
        if v.startswith("cloudinary://"):  # a password in a URL: the label policy of README.md
            m = doc.pos(provider, fmt, v.split(":")[2].split("@")[0], shape=shape, shown=v, accept=[v])
        else:
            m = doc.pos(provider, fmt, v, shape=shape, **extra)
        if " " in v and shape in ("sh-export", "dotenv", "dockerfile-env", "dockerfile-arg"):
            m = '"%s"' % m  # a value with spaces is quoted where the syntax needs it
        body.append(render(env, m, provider))
    if lang == "js":
        body.append("};")
    for kind, env, g in decoys[:2]:
        body.append(decoy_line(env, doc.dec(provider, kind, g(), shape=shapes[0][0])))
    body.append(env_line(env_base + "_API_KEY"))
    body += foot
    return doc, "\n".join(body) + "\n"


def hubspot_snippets():
    docs = []
    d = Doc("snippets/hubspot/hubspot.config.yml", "snippets", "yaml-folded")
    pak = F.hubspot_pak("na1")
    pak2 = F.hubspot_pak("eu1")
    acc = F.hubspot_oauth()
    ref = F.hublet_uuid("na1")
    cs = F.uid()
    t = """defaultPortal: acme-prod
portals:
  - name: acme-prod
    portalId: %s
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      %s
    auth:
      tokenInfo:
        accessToken: >-
          %s
        expiresAt: '2026-11-30T05:31:12.000Z'
  - name: acme-sandbox
    portalId: %s
    authType: oauth2
    auth:
      clientId: %s
      clientSecret: %s
      scopes:
        - content
      tokenInfo:
        refreshToken: %s
  - name: acme-eu
    accountId: %s
    authType: personalaccesskey
    personalAccessKey: '%s'
""" % (d.dec("hubspot", "portal-id", F.dg(8)), d.pos("hubspot", "pak", pak), d.pos("hubspot", "oauth-access-token", acc),
       d.dec("hubspot", "portal-id", F.dg(9)), d.dec("hubspot", "client-id", F.uid()), d.pos("hubspot", "client-secret", cs, shape="yaml-nested"),
       d.pos("hubspot", "oauth-refresh-token", ref, shape="yaml-nested"), d.dec("hubspot", "portal-id", F.dg(8)), d.pos("hubspot", "pak", pak2, shape="yaml-quoted"))
    docs.append((d, t))

    d = Doc("snippets/hubspot/private_app.ts", "snippets", "ts-sdk-object")
    t = """import { Client } from '@hubspot/api-client';

const hubspotClient = new Client({ accessToken: '%s' });
const EU_TOKEN = "%s";
// formId below is public; it is embedded in every landing page
hbspt.forms.create({ region: "na1", portalId: "%s", formId: "%s" });
const HUBSPOT_API_KEY = '%s'; // really a private app token
const placeholder = '%s';
""" % (d.pos("hubspot", "private-app-token", "pat-na1-" + F.uid()), d.pos("hubspot", "private-app-token", "pat-eu1-" + F.uid(), shape="ts-const"),
       d.dec("hubspot", "portal-id", F.dg(8)), d.dec("hubspot", "form-guid", F.uid()),
       d.pos("hubspot", "private-app-token", "pat-na2-" + F.uid(), shape="ts-const"), d.dec("hubspot", "placeholder", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"))
    docs.append((d, t))

    d = Doc("snippets/hubspot/legacy_hapikey.py", "snippets", "url-query")
    hk = F.uid()
    hk2 = F.uid()
    t = """import requests

HUBSPOT_API_KEY = "%s"
r = requests.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100")
CORRELATION_ID = "%s"
ZERO = "00000000-0000-0000-0000-000000000000"
""" % (d.pos("hubspot", "legacy-api-key", hk, shape="py-assign"), d.pos("hubspot", "legacy-api-key", hk2),
       d.dec("hubspot", "correlation-id", F.uid()), )
    docs.append((d, t))

    d = Doc("snippets/hubspot/.env", "snippets", "dotenv")
    t = """HUBSPOT_PERSONAL_ACCESS_KEY=%s
HUBSPOT_CLIENT_ID=%s
HUBSPOT_CLIENT_SECRET=%s
HUBSPOT_REFRESH_TOKEN=%s
HUBSPOT_DEVELOPER_API_KEY=%s
HUBSPOT_ACCOUNT_ID=%s
HUBSPOT_ACCESS_TOKEN=${HUBSPOT_PRIVATE_APP_TOKEN}
""" % (d.pos("hubspot", "pak", F.hubspot_pak("ap1")), d.dec("hubspot", "client-id", F.uid()), d.pos("hubspot", "client-secret", F.uid()),
       d.pos("hubspot", "oauth-refresh-token", F.uid()), d.pos("hubspot", "developer-api-key", F.hublet_uuid("eu1")), d.dec("hubspot", "portal-id", F.dg(8)))
    docs.append((d, t))

    d = Doc("snippets/hubspot/webhooks.sh", "snippets", "curl-url")
    t = """# register the webhook target for app 1234567 with the developer key
curl -X PUT "https://api.hubapi.com/webhooks/v3/1234567/settings?hapikey=%s" \\
  -H 'Content-Type: application/json' -d '{"targetUrl":"https://hooks.acme.example/hs"}'
curl -H "Authorization: Bearer %s" https://api.hubapi.com/crm/v3/objects/contacts
curl https://api.hubapi.com/oauth/v1/access-tokens/%s
""" % (d.pos("hubspot", "developer-api-key", F.hublet_uuid("na1")), d.pos("hubspot", "private-app-token", "pat-na1-" + F.uid(), shape="curl-bearer"),
       d.pos("hubspot", "oauth-access-token", F.hubspot_oauth(), shape="curl-path"))
    docs.append((d, t))

    d = Doc("snippets/hubspot/smtp.rb", "snippets", "ruby-smtp-settings")
    user = F.lo(10) + "@" + F.dg(8) + ".smtp.hubspot.net"
    t = """ActionMailer::Base.smtp_settings = {
  address: 'smtp.hubapi.com', port: 587,
  user_name: '%s',
  password: '%s',
  authentication: :login
}
""" % (d.dec("hubspot", "smtp-username", user), d.pos("hubspot", "smtp-password", F.an(32)))
    docs.append((d, t))
    return docs


def main():
    outdir = sys.argv[1]
    docs = [snippet(i, p) for i, p in enumerate(sorted(PROVIDERS))]
    docs += hubspot_snippets()
    import repos4
    docs += repos4.build(Doc, gen)
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
