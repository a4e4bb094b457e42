#!/usr/bin/env python3
"""Writes the third held-out corpus: corpus/snippets/ and corpus/repos/, and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

snippets/: one short file per provider, the way other scanners' rule
examples hold a credential, in a rotating language, with its near-misses.
repos/: whole files as committed in Spring, .NET, Django, Laravel, Rails,
Next.js, Rust, mobile, Serverless/SAM/Pulumi, CI and ops projects
(templates in repos3.py).
Labels: kind, file, line (1-based), provider, format, secret / value, shape,
half; "accept" lists other findings that count as finding the secret.
"""
import json
import os
import re
import sys

from formats3 import PROVIDERS, R, an, hubspot_formats, split_value
import repos3


def camel(env):
    parts = env.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:] if p)


def pascal(env):
    return "".join(p.title() for p in env.lower().split("_") if p)


def snake(env):
    return env.lower().strip("_").replace("__", "_")


def cls(provider):
    return pascal(provider.replace("-", "_"))


# Each language: file extension, a header, positive shapes, the env-reference decoy, placeholder decoy.
# A shape: (shape name, function(env, value, provider) -> line).
LANGS = {
    "py": (".py", ["import os", "import requests", ""], [
        ("py-assign", lambda e, v, p: '%s = "%s"' % (e, v)),
        ("py-env-fallback", lambda e, v, p: '%s = os.environ.get("%s", "%s")' % (snake(e), e, v)),
        ("py-sdk-kwarg", lambda e, v, p: 'client = %sClient(api_key="%s")' % (cls(p), v)),
        ("py-dict", lambda e, v, p: 'SETTINGS = {"%s": "%s", "timeout": 30}' % (snake(e), v)),
        ("py-header", lambda e, v, p: 'resp = requests.get(BASE_URL, headers={"Authorization": "Bearer %s"})' % v),
    ], lambda e: ("%s = os.environ[\"%s\"]" % (snake(e), e), 'os.environ["%s"]' % e)),
    "js": (".js", ["'use strict';", ""], [
        ("js-const", lambda e, v, p: "const %s = '%s';" % (camel(e), v)),
        ("js-env-fallback", lambda e, v, p: 'const %s = process.env.%s || "%s";' % (camel(e), e, v)),
        ("js-sdk-arg", lambda e, v, p: "const client = new %s('%s');" % (cls(p), v)),
        ("js-object", lambda e, v, p: "module.exports = { %s: \"%s\" };" % (camel(e), v)),
        ("js-template-header", lambda e, v, p: "const headers = { Authorization: `Bearer %s` };" % v),
    ], lambda e: ("const %s = process.env.%s;" % (camel(e), e), "process.env.%s" % e)),
    "ts": (".ts", ["import axios from 'axios';", ""], [
        ("ts-export-const", lambda e, v, p: 'export const %s: string = "%s";' % (e, v)),
        ("ts-config-object", lambda e, v, p: "export const config = { %s: '%s' } as const;" % (camel(e), v)),
        ("ts-axios-header", lambda e, v, p: "axios.defaults.headers.common['Authorization'] = 'Bearer %s';" % v),
    ], lambda e: ("export const %s = process.env.%s ?? '';" % (camel(e), e), "process.env.%s" % e)),
    "go": (".go", ["package main", "", 'import "os"', ""], [
        ("go-const", lambda e, v, p: 'const %s = "%s"' % (camel(e), v)),
        ("go-sdk-arg", lambda e, v, p: 'var client = %s.NewClient("%s")' % (p.replace("-", ""), v)),
        ("go-header", lambda e, v, p: 'func auth(r *http.Request) { r.Header.Set("Authorization", "Bearer %s") }' % v),
        ("go-setenv", lambda e, v, p: 'func init() { os.Setenv("%s", "%s") }' % (e, v)),
    ], lambda e: ('var %s = os.Getenv("%s")' % (camel(e), e), 'os.Getenv("%s")' % e)),
    "java": (".java", ["package com.acme.integrations;", "", "public final class Credentials {"], [
        ("java-static-final", lambda e, v, p: '    private static final String %s = "%s";' % (e, v)),
        ("java-header", lambda e, v, p: '    Request req = new Request.Builder().url(URL).header("Authorization", "Bearer %s").build();' % v),
        ("java-properties-set", lambda e, v, p: '    static { PROPS.setProperty("%s", "%s"); }' % (snake(e).replace("_", "."), v)),
    ], lambda e: ('    private static final String %s = System.getenv("%s");' % (e, e), 'System.getenv("%s")' % e)),
    "cs": (".cs", ["using System;", "", "namespace Acme.Integrations", "{"], [
        ("cs-const", lambda e, v, p: '    public const string %s = "%s";' % (pascal(e), v)),
        ("cs-auth-header", lambda e, v, p: '    // http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "%s");' % v),
        ("cs-env-fallback", lambda e, v, p: '    static string %s = Environment.GetEnvironmentVariable("%s") ?? "%s";' % (pascal(e), e, v)),
    ], lambda e: ('    static string %s = Environment.GetEnvironmentVariable("%s");' % (pascal(e), e), 'Environment.GetEnvironmentVariable("%s")' % e)),
    "rs": (".rs", ["use std::env;", ""], [
        ("rust-const", lambda e, v, p: 'const %s: &str = "%s";' % (e, v)),
        ("rust-sdk-arg", lambda e, v, p: 'let client = %s::Client::new("%s");' % (p.replace("-", "_"), v)),
        ("rust-bearer", lambda e, v, p: 'let resp = http.get(url).bearer_auth("%s").send().await?;' % v),
    ], lambda e: ('let %s = env::var("%s").expect("%s not set");' % (snake(e), e, e), 'env::var("%s")' % e)),
    "kt": (".kt", ["package com.acme.app", ""], [
        ("kotlin-const-val", lambda e, v, p: 'const val %s = "%s"' % (e, v)),
        ("kotlin-env-elvis", lambda e, v, p: 'val %s = System.getenv("%s") ?: "%s"' % (camel(e), e, v)),
        ("kotlin-okhttp-header", lambda e, v, p: '    .addHeader("Authorization", "Bearer %s")' % v),
    ], lambda e: ('val %s = BuildConfig.%s' % (camel(e), e), "BuildConfig.%s" % e)),
    "swift": (".swift", ["import Foundation", ""], [
        ("swift-let", lambda e, v, p: 'let %s = "%s"' % (camel(e), v)),
        ("swift-static-let", lambda e, v, p: '    static let %s = "%s"' % (camel(e), v)),
        ("swift-header", lambda e, v, p: 'request.setValue("Bearer %s", forHTTPHeaderField: "Authorization")' % v),
    ], lambda e: ('let %s = ProcessInfo.processInfo.environment["%s"] ?? ""' % (camel(e), e), 'environment["%s"]' % e)),
    "php": (".php", ["<?php", ""], [
        ("php-var", lambda e, v, p: "$%s = '%s';" % (camel(e), v)),
        ("php-array-pair", lambda e, v, p: "    '%s' => '%s'," % (snake(e), v)),
        ("php-define", lambda e, v, p: "define('%s', '%s');" % (e, v)),
        ("php-env-fallback", lambda e, v, p: "$%s = $_ENV['%s'] ?? '%s';" % (camel(e), e, v)),
    ], lambda e: ("$%s = getenv('%s');" % (camel(e), e), "getenv('%s')" % e)),
    "rb": (".rb", ["# frozen_string_literal: true", ""], [
        ("ruby-const", lambda e, v, p: '%s = "%s"' % (e, v)),
        ("ruby-config-attr", lambda e, v, p: "  config.%s = '%s'" % (snake(e), v)),
        ("ruby-env-fetch", lambda e, v, p: 'ENV.fetch("%s", "%s")' % (e, v)),
    ], lambda e: ('%s = ENV["%s"]' % (e, e), 'ENV["%s"]' % e)),
    "sh": (".sh", ["#!/usr/bin/env bash", "set -euo pipefail", ""], [
        ("sh-export", lambda e, v, p: 'export %s="%s"' % (e, v)),
        ("curl-bearer", lambda e, v, p: 'curl -sS -H "Authorization: Bearer %s" https://api.%s.example/v1/me' % (v, p)),
        ("curl-api-key-header", lambda e, v, p: "curl -s https://api.%s.example/v2/items -H 'X-Api-Key: %s'" % (p, v)),
        ("cli-flag", lambda e, v, p: '%s-cli login --token %s' % (p, v)),
    ], lambda e: ('export %s="${%s:?missing}"' % (e, e), "${%s:?missing}" % e)),
    "env": (".env", ["# local development only"], [
        ("dotenv", lambda e, v, p: "%s=%s" % (e, v)),
        ("dotenv-quoted", lambda e, v, p: '%s="%s"' % (e, v)),
    ], lambda e: ("%s=${%s}" % (e, e + "_FROM_VAULT"), "${%s}" % (e + "_FROM_VAULT"))),
    "yaml": (".yaml", ["integrations:"], [
        ("yaml-nested", lambda e, v, p: "  %s:\n    %s: %s" % (p.replace("-", "_"), snake(e), v)),
        ("yaml-quoted", lambda e, v, p: '  %s: "%s"' % (snake(e), v)),
        ("yaml-env-list", lambda e, v, p: "  env:\n    - name: %s\n      value: '%s'" % (e, v)),
    ], lambda e: ("  %s: ${%s}" % (snake(e), e), "${%s}" % e)),
    "json": (".json", ["{"], [
        ("json-pair", lambda e, v, p: '  "%s": "%s",' % (camel(e), v)),
        ("json-nested", lambda e, v, p: '  "%s": { "apiKey": "%s" },' % (p, v)),
    ], lambda e: ('  "%s": "{{ %s }}",' % (camel(e), e), "{{ %s }}" % e)),
    "toml": (".toml", ["[integrations]"], [
        ("toml-pair", lambda e, v, p: '%s = "%s"' % (snake(e), v)),
    ], lambda e: ('%s = "env:%s"' % (snake(e), e), "env:%s" % e)),
    "xml": (".config", ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"], [
        ("xml-appsetting", lambda e, v, p: '    <add key="%s" value="%s" />' % (pascal(e), v)),
        ("xml-element", lambda e, v, p: "    <%s>%s</%s>" % (pascal(e), v, pascal(e))),
    ], lambda e: ('    <add key="%s" value="#{%s}#" />' % (pascal(e), e), "#{%s}#" % e)),
    "hcl": (".tf", [""], [
        ("hcl-attr", lambda e, v, p: 'provider "%s" {\n  %s = "%s"\n}' % (p, snake(e), v)),
        ("hcl-variable-default", lambda e, v, p: 'variable "%s" {\n  default = "%s"\n}' % (snake(e), v)),
    ], lambda e: ("  %s = var.%s" % (snake(e), snake(e)), "var.%s" % snake(e))),
    "docker": ("Dockerfile", ["FROM node:20-alpine"], [
        ("dockerfile-env", lambda e, v, p: "ENV %s=%s" % (e, v)),
        ("dockerfile-arg", lambda e, v, p: 'ARG %s="%s"' % (e, v)),
    ], lambda e: ("ARG %s" % e, "ARG %s" % e)),
}
LANG_ORDER = ["py", "js", "go", "java", "yaml", "sh", "ts", "cs", "env", "rs", "json", "kt", "php", "swift", "rb",
              "toml", "xml", "hcl", "docker"]
FOOTERS = {"java": ["}"], "cs": ["}"], "json": ['  "version": 1', "}"], "xml": ["  </appSettings>", "</configuration>"]}

# The variable name a second or third format of a provider goes by, where "<ENV>_<FORMAT>" would mislead.
NAMES = {
    ("aws", "akia"): "AWS_ACCESS_KEY_ID", ("aws", "asia"): "AWS_ACCESS_KEY_ID",
    ("alibabacloud", "access-key-id"): "ALIBABA_CLOUD_ACCESS_KEY_ID", ("tencentcloud", "secret-id"): "TENCENTCLOUD_SECRET_ID",
    ("azure", "storage-key"): "AZURE_STORAGE_KEY", ("google", "gocspx"): "GOOGLE_CLIENT_SECRET",
    ("google", "refresh-token"): "GOOGLE_REFRESH_TOKEN", ("facebook", "access-token"): "FACEBOOK_ACCESS_TOKEN",
    ("line", "channel-secret"): "LINE_CHANNEL_SECRET", ("braintree", "access-token"): "BRAINTREE_ACCESS_TOKEN",
    ("plaid", "access-token"): "PLAID_ACCESS_TOKEN", ("paypal", "access-token"): "PAYPAL_ACCESS_TOKEN",
    ("twilio", "api-key-secret"): "TWILIO_API_SECRET", ("twitter", "consumer-secret"): "TWITTER_CONSUMER_SECRET",
    ("twitter", "access-token"): "TWITTER_ACCESS_TOKEN", ("salesforce", "consumer-secret"): "SALESFORCE_CONSUMER_SECRET",
    ("square", "sq0csp"): "SQUARE_APPLICATION_SECRET", ("pagerduty", "routing-key"): "PAGERDUTY_ROUTING_KEY",
    ("mixpanel", "sa-secret"): "MIXPANEL_SERVICE_ACCOUNT_SECRET", ("supabase", "sbp"): "SUPABASE_ACCESS_TOKEN",
    ("supabase", "sb-secret"): "SUPABASE_SECRET_KEY", ("stripe", "whsec"): "STRIPE_WEBHOOK_SECRET",
    ("stripe", "rk-live"): "STRIPE_RESTRICTED_KEY", ("launchdarkly", "api"): "LAUNCHDARKLY_API_TOKEN",
    ("newrelic", "license"): "NEW_RELIC_LICENSE_KEY", ("newrelic", "insert"): "NEW_RELIC_INSERT_KEY",
    ("slack", "webhook"): "SLACK_WEBHOOK_URL", ("slack", "xapp"): "SLACK_APP_TOKEN", ("slack", "xoxp"): "SLACK_USER_TOKEN",
    ("slack", "xoxe"): "SLACK_REFRESH_TOKEN", ("mailgun", "private"): "MAILGUN_PRIVATE_API_KEY",
    ("onepassword", "secret-key"): "OP_SECRET_KEY", ("yandexcloud", "static-secret"): "YC_SECRET_ACCESS_KEY",
    ("yandexcloud", "iam"): "YC_IAM_TOKEN", ("cloudflare", "global-key"): "CLOUDFLARE_API_KEY",
    ("cloudflare", "origin-ca"): "CLOUDFLARE_ORIGIN_CA_KEY", ("line", "channel-token"): "LINE_CHANNEL_ACCESS_TOKEN",
}
NAMELESS = re.compile("header|bearer|sdk|curl|cli-flag")  # shapes that say nothing of what a decoy value is
PLACEHOLDERS = ["your-%s-api-key", "<%s_API_KEY>", "REPLACE_WITH_%s_KEY", "%s-key-goes-here", "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme",
                "TODO_%s_SECRET", "********"]


class Labels:
    def __init__(self):
        self.rows = []

    def pos(self, half, file, line, provider, fmt, secret, shape, **extra):
        row = {"kind": "positive", "half": half, "file": file, "line": line, "provider": provider, "format": fmt,
               "secret": secret, "shape": shape}
        row.update(extra)
        self.rows.append(row)

    def decoy(self, half, file, line, provider, kind, value, shape):
        self.rows.append({"kind": "decoy", "half": half, "file": file, "line": line, "provider": provider,
                          "decoy": kind, "value": value, "shape": shape})


def decoy_name(p, kind):
    return "%s_%s" % (p.name.upper().replace("-", "_"), kind.upper().replace("-", "_"))


def snippet_file(labels, out, p, formats, lang_key, idx):
    ext, header, shapes, envref = LANGS[lang_key]
    base = "%s%s" % (p.name, ext) if not ext.startswith("D") else "%s.Dockerfile" % p.name
    rel = "snippets/" + base
    lines = list(header)
    for i, (fmt, gen) in enumerate(formats):
        value = gen()
        shape, fn = shapes[(idx + i) % len(shapes)]
        name = p.env if i == 0 else NAMES.get((p.name, fmt), "%s_%s" % (p.env, fmt.upper().replace("-", "_")))
        text = fn(name, value, p.name)
        sub = text.split("\n")
        at = len(lines) + next(k for k, l in enumerate(sub) if value in l) + 1
        lines.extend(sub)
        secret, extra = split_value(value)
        labels.pos("snippets", rel, at, p.name, "%s-%s" % (p.name, fmt), secret, shape, **extra)
    named = [s for s in shapes if not NAMELESS.search(s[0])]
    decoys = [(k, g()) for k, g in p.decoys[:2]]
    for j, (kind, value) in enumerate(decoys):
        shape, fn = named[(idx + j + 1) % len(named)]
        text = fn(decoy_name(p, kind), value, p.name)
        sub = text.split("\n")
        at = len(lines) + next(k for k, l in enumerate(sub) if value in l) + 1
        lines.extend(sub)
        labels.decoy("snippets", rel, at, p.name, kind, value, shape)
    line, value = envref(p.env)
    lines.append(line)
    labels.decoy("snippets", rel, len(lines), p.name, "env-ref", value, "env-ref-" + lang_key)
    if len(decoys) < 2:
        ph = PLACEHOLDERS[idx % len(PLACEHOLDERS)]
        value = ph % p.name.upper() if "%s" in ph else ph
        shape, fn = named[idx % len(named)]
        text = fn(p.env, value, p.name)
        sub = text.split("\n")
        at = len(lines) + next(k for k, l in enumerate(sub) if value in l) + 1
        lines.extend(sub)
        labels.decoy("snippets", rel, at, p.name, "placeholder", value, shape)
    lines.extend(FOOTERS.get(lang_key, []))
    write(out, rel, "\n".join(lines) + "\n")


HUBSPOT_SNIPPETS = [
    # (file, lines); «fmt» marks a positive of that HubSpot format, «D:kind:value» a decoy
    ("snippets/hubspot-private-app.js", [
        "const hubspot = require('@hubspot/api-client');",
        "const hubspotClient = new hubspot.Client({ accessToken: '«pat»' });",
        "const legacy = new hubspot.Client({ accessToken: \"«pat»\" });",
        "// forms are public: hbspt.forms.create({ portalId: '«D:portal-id:48213377»', formId: '«D:form-guid:»' })",
        "const fromEnv = new hubspot.Client({ accessToken: process.env.«D:env-ref:HUBSPOT_ACCESS_TOKEN» });",
    ]),
    ("snippets/hubspot_token.py", [
        "from hubspot import HubSpot",
        'hubspot_token = "«pat»"',
        'HUBSPOT_API_KEY = "«pat»"  # private app token, misnamed',
        "api_client = HubSpot(access_token=hubspot_token)",
        'EXAMPLE_TOKEN = "«D:docs-placeholder:pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx»"',
    ]),
    ("snippets/hubspot.config.yml", [
        "defaultPortal: acme-prod",
        "portals:",
        "  - name: acme-prod",
        "    portalId: «D:portal-id:21984413»",
        "    env: prod",
        "    authType: personalaccesskey",
        "    personalAccessKey: >-",
        "      «pak»",
        "    auth:",
        "      tokenInfo:",
        "        accessToken: >-",
        "          «oauth-access»",
        "        expiresAt: '2026-11-29T10:41:07.123Z'",
        "  - name: acme-sandbox",
        "    portalId: «D:portal-id:21984999»",
        "    authType: personalaccesskey",
        "    personalAccessKey: «pak»",
        "  - name: legacy-2020",
        "    portalId: «D:portal-id:6120334»",
        "    authType: personalaccesskey",
        "    personalAccessKey: >-",
        "      «pak-2020»",
        "  - name: old-apikey",
        "    portalId: «D:portal-id:5530211»",
        "    authType: apikey",
        "    apiKey: «hapikey»",
        "  - name: oauth-app",
        "    portalId: «D:portal-id:7733120»",
        "    authType: oauth2",
        "    auth:",
        "      clientId: «D:client-id:»",
        "      clientSecret: «client-secret»",
        "      scopes:",
        "        - crm.objects.contacts.read",
        "      tokenInfo:",
        "        refreshToken: «refresh»",
    ]),
    ("snippets/hubspot.env", [
        "HUBSPOT_PERSONAL_ACCESS_KEY=«pak»",
        "HUBSPOT_ACCESS_TOKEN=«pat»",
        "HUBSPOT_PRIVATE_APP_TOKEN=\"«pat»\"",
        "HUBSPOT_CLIENT_ID=«D:client-id:»",
        "HUBSPOT_CLIENT_SECRET=«client-secret»",
        "HUBSPOT_REFRESH_TOKEN=«refresh»",
        "HUBSPOT_DEVELOPER_API_KEY=«developer-key»",
        "HUBSPOT_PORTAL_ID=«D:portal-id:39912044»",
        "HUBSPOT_ACCESS_TOKEN_STAGING=«D:placeholder:pat-na1-your-token-here»",
    ]),
    ("snippets/hubspot-legacy.php", [
        "<?php",
        "$url = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=«hapikey»&count=100';",
        "$hapikey = \"«hapikey»\";",
        "$webhooks = \"https://api.hubapi.com/webhooks/v3/1234567/settings?hapikey=«developer-key»\";",
        "$oldDevKey = '«refresh-uuid»'; // refresh_token from the 2019 integration",
        "$formGuid = '«D:form-guid:»';",
        "$sample = 'https://api.hubapi.com/crm/v3/objects/contacts?hapikey=«D:docs-placeholder:demo»';",
    ]),
    ("snippets/HubSpotOAuth.java", [
        "public class HubSpotOAuth {",
        "    private static final String CLIENT_SECRET = \"«client-secret»\";",
        "    private static final String REFRESH_TOKEN = \"«refresh»\";",
        "    String accessToken = \"«oauth-access»\";",
        "    private static final String CLIENT_ID = \"«D:client-id:»\";",
        "    String correlationId = \"«D:correlation-id:»\";",
        "}",
    ]),
    ("snippets/hubspot-smtp.rb", [
        "ActionMailer::Base.smtp_settings = {",
        "  address: 'smtp.hubapi.com', port: 587,",
        "  user_name: '«D:smtp-user:»',",
        "  password: '«smtp-password»',",
        "}",
        "HUBSPOT_REFRESH = { refresh_token: \"«refresh-uuid»\" }",
        "HUBSPOT_TOKEN = ENV['«D:env-ref:HUBSPOT_TOKEN»']",
    ]),
    ("snippets/hubspot-curl.sh", [
        "curl --request GET --url https://api.hubapi.com/crm/v3/objects/contacts \\",
        "  --header 'authorization: Bearer «pat»'",
        "curl -X POST https://api.hubapi.com/localdevauth/v1/auth/refresh -d '{\"encodedOAuthRefreshToken\":\"«pak»\"}'",
        "curl 'https://api.hubapi.com/oauth/v1/access-tokens/«oauth-access»'",
        "curl https://api.hubapi.com/crm/v3/objects/contacts -H \"Authorization: Bearer ${«D:env-ref:HUBSPOT_ACCESS_TOKEN»}\"",
        "curl 'https://api.hubapi.com/oauth/v1/refresh-tokens/«D:placeholder:<refresh_token>»'",
    ]),
]


def hubspot_decoy(kind, text):
    if text:
        return text
    if kind in ("form-guid", "client-id", "correlation-id"):
        from formats3 import uuid
        return uuid()
    if kind == "smtp-user":
        return "%s@%s.smtp.hubspot.net" % (an(10).lower(), R.randrange(10 ** 7, 10 ** 8))
    raise ValueError(kind)


def hubspot_snippets(labels, out):
    gens = dict(hubspot_formats())
    for rel, tlines in HUBSPOT_SNIPPETS:
        shape = "hubspot-" + rel.split("/")[-1].split(".")[-1]
        lines = []
        for n, t in enumerate(tlines, 1):
            def sub(m):
                tok = m.group(1)
                if tok.startswith("D:"):
                    _, kind, text = tok.split(":", 2)
                    value = hubspot_decoy(kind, text)
                    labels.decoy("snippets", rel, n, "hubspot", kind, value, shape)
                    return value
                value = gens[tok]()
                labels.pos("snippets", rel, n, "hubspot", "hubspot-" + tok, value, shape)
                return value
            lines.append(re.sub("«([^»]+)»", sub, t))
        write(out, rel, "\n".join(lines) + "\n")


def write(out, rel, text):
    path = os.path.join(out, "corpus", rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as f:
        f.write(text)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    labels = Labels()
    for idx, p in enumerate(PROVIDERS):
        snippet_file(labels, out, p, p.formats, LANG_ORDER[idx % len(LANG_ORDER)], idx)
    hubspot_snippets(labels, out)
    repos3.render_all(labels, lambda rel, text: write(out, rel, text))
    with open(os.path.join(out, "labels.jsonl"), "w") as f:
        for row in labels.rows:
            f.write(json.dumps(row, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
