#!/usr/bin/env python3
"""Writes the sixth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

snippets/: one short file per provider (150 drawn from keyhound's provider list
with random.Random(6), plus HubSpot) in the style of other scanners' rule
examples, in a rotating language, each positive format of the provider and
its near-misses. repos/: files as committed in enterprise Java/.NET backends,
PHP/Node/Python/Ruby/Go/Rust service configs, infrastructure, database tools
and monitoring agents (templates in repos6.py).
Labels: holdout4's format: kind, file, line (1-based), provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half.
"""
import base64
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from formats6 import PROVIDERS  # noqa: E402
import formats6 as F  # noqa: E402

URL_PW = re.compile(r"^([a-z][a-z0-9+.-]*://)([^:/@\s]+):([^@/\s]+)@([^/?#\s]+)")


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
        """A labelled secret; shown is its text in the file when that differs (base64, escaped PEM)."""
        l = {"kind": "positive", "provider": provider, "format": fmt, "secret": value, "shape": shape or self.shape}
        if "-----BEGIN" in value:
            l["match"] = "pem"
        l.update(extra)
        return self._mark(l, value if shown is None else shown)

    def secret(self, provider, fmt, value, shape=None, shown=None):
        """pos() with the label policy of README.md applied: a password in a URL is the
        secret and the URL (whole, and up to its host) is accepted; an Azure connection
        string's AccountKey is the secret, the whole string accepted."""
        m = URL_PW.match(value)
        if m:
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value,
                            accept=sorted({value, m.group(0)}))
        if value.startswith("DefaultEndpointsProtocol="):
            key = value.split("AccountKey=")[1].split(";")[0]
            return self.pos(provider, fmt, key, shape=shape, shown=shown or value, accept=[value])
        if value.startswith("https://chat.googleapis.com/"):
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value.split("token=")[1].replace("%3D", "=")])
        if "/with/key/" in value:
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value.rsplit("/", 1)[1]])
        if value.startswith("https://dl.cloudsmith.io/"):
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value.split("/")[3]])
        return self.pos(provider, fmt, value, shape=shape, shown=shown)

    def b64(self, provider, fmt, value, shape=None):
        """A secret written base64-encoded (k8s data:, docker auth): labelled with the decoded value."""
        enc = base64.b64encode(value.encode()).decode()
        return self.pos(provider, fmt, value, shape=shape, shown=enc, encoded="base64", encoded_value=enc)

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
    for f, env, g in PROVIDERS[provider][1] + PROVIDERS[provider][2]:
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


def dotted(env):
    return env.lower().replace("_", ".")


def kebab(env):
    return env.lower().replace("_", "-")


# language: (name, extension, header, footer, [(shape, render(env, value, provider))], decoy render, env-reference render)
LANGS = [
    ("py", ".py", ["import os", "import requests", ""], [], [
        ("py-dict-literal", lambda e, v, p: 'CREDENTIALS = {"%s": "%s"}' % (snake(e), v)),
        ("py-sdk-kwarg", lambda e, v, p: 'client = %s.Client(api_key="%s", timeout=30)' % (p, v)),
        ("py-headers-fstring", lambda e, v, p: 'headers = {"Authorization": f"Bearer {\'%s\'}"}' % v),
        ("py-environ-setdefault", lambda e, v, p: 'os.environ.setdefault("%s", "%s")' % (e, v)),
    ], lambda e, v: '%s = "%s"' % (snake(e), v), lambda e: '%s = os.environ.get("%s")' % (snake(e), e)),
    ("ts", ".ts", ["import axios from 'axios';", ""], [], [
        ("ts-typed-const", lambda e, v, p: "export const %s: string = '%s';" % (camel(e), v)),
        ("ts-template-header", lambda e, v, p: "axios.defaults.headers.common['Authorization'] = `Bearer %s`;" % v),
        ("ts-concat", lambda e, v, p: "const url = 'https://api.%s.example/v1?key=' + '%s';" % (p, v)),
        ("ts-env-nullish", lambda e, v, p: "const %s = process.env.%s ?? \"%s\";" % (camel(e), e, v)),
    ], lambda e, v: "const %s = '%s';" % (camel(e), v), lambda e: "const %s = process.env.%s!;" % (camel(e), e)),
    ("go", ".go", ["package main", "", 'import "os"', ""], [], [
        ("go-map-literal", lambda e, v, p: 'var creds = map[string]string{"%s": "%s"}' % (snake(e), v)),
        ("go-sdk-positional", lambda e, v, p: 'client := %s.NewClient("%s")' % (p, v)),
        ("go-setenv", lambda e, v, p: 'os.Setenv("%s", "%s")' % (e, v)),
        ("go-raw-string", lambda e, v, p: "var %s = `%s`" % (camel(e), v)),
    ], lambda e, v: 'const %s = "%s"' % (camel(e), v), lambda e: 'var %s = os.Getenv("%s")' % (camel(e), e)),
    ("java", ".java", ["package com.acme.integration;", "", "public class %(cls)sConfig {"], ["}"], [
        ("java-value-default", lambda e, v, p: '    @Value("${%s:%s}") private String %s;' % (dotted(e), v, camel(e))),
        ("java-private-static", lambda e, v, p: '    private static final String %s = "%s";' % (e, v)),
        ("java-sdk-ctor", lambda e, v, p: '    private final Client client = new Client("%s");' % v),
        ("java-string-array", lambda e, v, p: '    static final String[] KEYS = { "%s" };' % v),
    ], lambda e, v: '    private static final String %s = "%s";' % (e, v), lambda e: '    private final String %s = System.getenv("%s");' % (camel(e), e)),
    ("cs", ".cs", ["using System;", "", "public static class %(cls)sSecrets", "{"], ["}"], [
        ("cs-readonly-field", lambda e, v, p: '    public static readonly string %s = "%s";' % (pascal(e), v)),
        ("cs-header-add", lambda e, v, p: '    static void Auth(HttpClient h) => h.DefaultRequestHeaders.Add("Authorization", "Bearer %s");' % v),
        ("cs-anon-object", lambda e, v, p: '    static object Opts => new { %s = "%s" };' % (pascal(e), v)),
    ], lambda e, v: '    public const string %s = "%s";' % (pascal(e), v), lambda e: '    public static string %s => Environment.GetEnvironmentVariable("%s");' % (pascal(e), e)),
    ("rs", ".rs", ["use std::env;", ""], [], [
        ("rust-static", lambda e, v, p: 'static %s: &str = "%s";' % (e, v)),
        ("rust-builder", lambda e, v, p: 'let client = Client::builder().token("%s").build()?;' % v),
        ("rust-unwrap-or-else", lambda e, v, p: 'let %s = env::var("%s").unwrap_or_else(|_| "%s".into());' % (snake(e), e, v)),
    ], lambda e, v: 'const %s: &str = "%s";' % (e, v), lambda e: 'let %s = env::var("%s")?;' % (snake(e), e)),
    ("kt", ".kt", ["package com.acme.integration", ""], [], [
        ("kotlin-object-val", lambda e, v, p: 'object Secrets { const val %s = "%s" }' % (e, v)),
        ("kotlin-mapof", lambda e, v, p: 'val headers = mapOf("Authorization" to "Bearer %s")' % v),
        ("kotlin-elvis", lambda e, v, p: 'val %s = System.getenv("%s") ?: "%s"' % (camel(e), e, v)),
    ], lambda e, v: 'val %s = "%s"' % (camel(e), v), lambda e: 'val %s = System.getenv("%s")' % (camel(e), e)),
    ("swift", ".swift", ["import Foundation", ""], [], [
        ("swift-struct-static", lambda e, v, p: 'struct Config { static let %s = "%s" }' % (camel(e), v)),
        ("swift-dictionary", lambda e, v, p: 'let credentials: [String: String] = ["%s": "%s"]' % (camel(e), v)),
        ("swift-nil-coalescing", lambda e, v, p: 'let %s = ProcessInfo.processInfo.environment["%s"] ?? "%s"' % (camel(e), e, v)),
    ], lambda e, v: 'let %s = "%s"' % (camel(e), v), lambda e: 'let %s = ProcessInfo.processInfo.environment["%s"]' % (camel(e), e)),
    ("php", ".php", ["<?php", ""], [], [
        ("php-putenv", lambda e, v, p: "putenv('%s=%s');" % (e, v)),
        ("php-class-const", lambda e, v, p: "class Keys { const %s = '%s'; }" % (e, v)),
        ("php-env-default", lambda e, v, p: "$%s = env('%s', '%s');" % (camel(e), e, v)),
        ("php-short-array", lambda e, v, p: "$config = ['%s' => \"%s\"];" % (snake(e), v)),
    ], lambda e, v: "$%s = '%s';" % (camel(e), v), lambda e: "$%s = $_ENV['%s'];" % (camel(e), e)),
    ("rb", ".rb", ["require 'net/http'", ""], [], [
        ("ruby-hash-symbol", lambda e, v, p: "CREDS = { %s: '%s' }.freeze" % (snake(e), v)),
        ("ruby-hash-rocket", lambda e, v, p: "OPTS = { '%s' => \"%s\" }" % (snake(e), v)),
        ("ruby-configure-block", lambda e, v, p: "%s.configure { |c| c.api_key = '%s' }" % (p.title(), v)),
        ("ruby-env-or", lambda e, v, p: "%s = ENV['%s'] || '%s'" % (snake(e), e, v)),
    ], lambda e, v: "%s = '%s'" % (snake(e), v), lambda e: "%s = ENV.fetch('%s')" % (snake(e), e)),
    ("sh", ".sh", ["#!/bin/sh", ""], [], [
        ("sh-heredoc", lambda e, v, p: "cat > /etc/%s.env <<EOF\n%s=%s\nEOF" % (p, e, v)),
        ("curl-header-x", lambda e, v, p: "curl -fsS -H 'X-API-Key: %s' https://api.%s.example/v2/status" % (v, p)),
        ("sh-inline-env", lambda e, v, p: "%s='%s' ./bin/sync --once" % (e, v)),
        ("cli-long-flag", lambda e, v, p: "%s auth login --token \"%s\"" % (p, v)),
    ], lambda e, v: "%s=%s" % (e, v), lambda e: 'test -n "$%s" || exit 1' % e),
    ("env", ".env", ["# local overrides"], [], [
        ("dotenv-export", lambda e, v, p: "export %s=%s" % (e, v)),
        ("dotenv-single-quoted", lambda e, v, p: "%s='%s'" % (e, v)),
        ("dotenv-spaced", lambda e, v, p: "%s = %s" % (e, v)),
    ], lambda e, v: "%s=%s" % (e, v), lambda e: "%s_ALIAS=${%s}" % (e, e)),
    ("yaml", ".yml", ["# deploy values"], [], [
        ("yaml-k8s-stringdata", lambda e, v, p: "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\nstringData:\n  %s: \"%s\"" % (p, kebab(e), v)),
        ("yaml-deep-parent", lambda e, v, p: "integrations:\n  %s:\n    credentials:\n      %s: %s" % (p, snake(e), v)),
        ("yaml-k8s-secret-data", None),
        ("yaml-list-item", lambda e, v, p: "secrets:\n  - %s" % v),
    ], lambda e, v: "%s: %s" % (snake(e), v), lambda e: "%s: ${%s}" % (snake(e), e)),
    ("json", ".json", ["{"], ["}"], [
        ("json-nested-object", lambda e, v, p: '  "%s": { "credentials": { "%s": "%s" } },' % (p, camel(e), v)),
        ("json-array", lambda e, v, p: '  "tokens": ["%s"],' % v),
        ("json-escaped-in-string", lambda e, v, p: '  "payload": "{\\"%s\\":\\"%s\\"}",' % (camel(e), v)),
    ], lambda e, v: '  "%s": "%s",' % (camel(e), v), lambda e: '  "%sRef": "${env:%s}"' % (camel(e), e)),
    ("toml", ".toml", ["# service config", ""], [], [
        ("toml-dotted-key", lambda e, v, p: '%s.%s = "%s"' % (p, snake(e), v)),
        ("toml-inline-table", lambda e, v, p: '%s = { %s = "%s", timeout = 10 }' % (p, snake(e), v)),
        ("toml-array", lambda e, v, p: 'keys = [ "%s" ]' % v),
    ], lambda e, v: '%s = "%s"' % (snake(e), v), lambda e: '%s = "${%s}"' % (snake(e), e)),
    ("xml", ".xml", ['<?xml version="1.0" encoding="UTF-8"?>', "<settings>"], ["</settings>"], [
        ("xml-property-attr", lambda e, v, p: '  <property name="%s" value="%s"/>' % (dotted(e), v)),
        ("xml-element-text", lambda e, v, p: "  <%s>%s</%s>" % (camel(e), v, camel(e))),
        ("xml-cdata", lambda e, v, p: "  <%s><![CDATA[%s]]></%s>" % (camel(e), v, camel(e))),
    ], lambda e, v: '  <property name="%s" value="%s"/>' % (dotted(e), v), lambda e: '  <property name="%s" value="${env.%s}"/>' % (dotted(e), e)),
    ("hcl", ".tf", [""], [], [
        ("hcl-tfvars", lambda e, v, p: '%s = "%s"' % (snake(e), v)),
        ("hcl-map", lambda e, v, p: 'locals {\n  creds = {\n    %s = "%s"\n  }\n}' % (snake(e), v)),
        ("hcl-env-block", lambda e, v, p: 'resource "null_resource" "%s" {\n  provisioner "local-exec" {\n    environment = { %s = "%s" }\n  }\n}' % (p, e, v)),
    ], lambda e, v: '%s = "%s"' % (snake(e), v), lambda e: '%s = var.%s' % (snake(e), snake(e))),
    ("docker", ".Dockerfile", ["FROM python:3.12-slim"], [], [
        ("dockerfile-env-space", lambda e, v, p: "ENV %s %s" % (e, v)),
        ("dockerfile-run-export", lambda e, v, p: "RUN export %s=%s && make release" % (e, v)),
        ("dockerfile-label", lambda e, v, p: 'LABEL %s.token="%s"' % (p, v)),
    ], lambda e, v: "ENV %s=%s" % (e, v), lambda e: "ARG %s" % e),
    ("md", ".md", ["# Getting started", "", "Set the credentials before running the sync:", ""], [], [
        ("markdown-fenced-bash", lambda e, v, p: "```bash\nexport %s=%s\n```" % (e, v)),
        ("markdown-inline-code", lambda e, v, p: "Use `%s` as the token in the dashboard." % v),
        ("markdown-table", lambda e, v, p: "| name | value |\n|---|---|\n| %s | %s |" % (e, v)),
    ], lambda e, v: "* `%s=%s`" % (e, v), lambda e: "Read it from `$%s`." % e),
    ("diff", ".patch", ["diff --git a/config/settings.ini b/config/settings.ini", "--- a/config/settings.ini", "+++ b/config/settings.ini", "@@ -1,4 +1,6 @@", " [service]"], [], [
        ("diff-added-ini", lambda e, v, p: "+%s = %s" % (snake(e), v)),
        ("diff-added-quoted", lambda e, v, p: '+%s = "%s"' % (snake(e), v)),
    ], lambda e, v: " %s = %s" % (snake(e), v), lambda e: "-%s = %%(ENV_%s)s" % (snake(e), e)),
    ("scala", ".scala", ["object Secrets {"], ["}"], [
        ("scala-val", lambda e, v, p: '  val %s = "%s"' % (camel(e), v)),
        ("scala-getorelse", lambda e, v, p: '  val %s = sys.env.getOrElse("%s", "%s")' % (camel(e), e, v)),
    ], lambda e, v: '  val %s = "%s"' % (camel(e), v), lambda e: '  val %s = sys.env("%s")' % (camel(e), e)),
    ("dart", ".dart", ["// generated by flutterfire? no: hand written", ""], [], [
        ("dart-const", lambda e, v, p: "const String %s = '%s';" % (camel(e), v)),
        ("dart-map", lambda e, v, p: "final creds = <String, String>{'%s': '%s'};" % (camel(e), v)),
    ], lambda e, v: "const %s = '%s';" % (camel(e), v), lambda e: "final %s = Platform.environment['%s'];" % (camel(e), e)),
    ("lua", ".lua", ["local M = {}"], ["return M"], [
        ("lua-table-field", lambda e, v, p: 'M.%s = "%s"' % (snake(e), v)),
        ("lua-table-constructor", lambda e, v, p: "M.creds = { %s = '%s' }" % (snake(e), v)),
    ], lambda e, v: 'M.%s = "%s"' % (snake(e), v), lambda e: 'M.%s = os.getenv("%s")' % (snake(e), e)),
    ("perl", ".pl", ["use strict;", "use warnings;", ""], [], [
        ("perl-my-scalar", lambda e, v, p: "my $%s = '%s';" % (snake(e), v)),
        ("perl-hash", lambda e, v, p: "my %%cfg = ( %s => \"%s\" );" % (snake(e), v)),
    ], lambda e, v: "my $%s = '%s';" % (snake(e), v), lambda e: "my $%s = $ENV{%s};" % (snake(e), e)),
    ("ps1", ".ps1", ["$ErrorActionPreference = 'Stop'", ""], [], [
        ("powershell-env", lambda e, v, p: "$env:%s = '%s'" % (e, v)),
        ("powershell-hashtable", lambda e, v, p: "$headers = @{ Authorization = \"Bearer %s\" }" % v),
    ], lambda e, v: "$%s = '%s'" % (camel(e), v), lambda e: "$%s = $env:%s" % (camel(e), e)),
    ("ini", ".ini", ["[default]"], [], [
        ("ini-key", lambda e, v, p: "%s = %s" % (snake(e), v)),
        ("ini-section", lambda e, v, p: "[%s]\n%s=%s" % (p, snake(e), v)),
    ], lambda e, v: "%s = %s" % (snake(e), v), lambda e: "%s = %%(%s)s" % (snake(e), e)),
    ("groovy", ".gradle", ["plugins { id 'java' }", ""], [], [
        ("gradle-ext", lambda e, v, p: "ext.%s = '%s'" % (camel(e), v)),
        ("gradle-credentials", lambda e, v, p: "repositories {\n  maven {\n    credentials {\n      username = 'ci'\n      password = '%s'\n    }\n  }\n}" % v),
    ], lambda e, v: "ext.%s = '%s'" % (camel(e), v), lambda e: "ext.%s = System.getenv('%s')" % (camel(e), e)),
    ("ex", ".exs", ["import Config", ""], [], [
        ("elixir-config-keyword", lambda e, v, p: 'config :acme, :%s, %s: "%s"' % (p, snake(e), v)),
        ("elixir-sigil", lambda e, v, p: "config :acme, %s: ~s(%s)" % (snake(e), v)),
    ], lambda e, v: 'config :acme, %s: "%s"' % (snake(e), v), lambda e: 'config :acme, %s: System.get_env("%s")' % (snake(e), e)),
    ("r", ".R", ["library(httr)", ""], [], [
        ("r-sys-setenv", lambda e, v, p: 'Sys.setenv(%s = "%s")' % (e, v)),
        ("r-assign-arrow", lambda e, v, p: '%s <- "%s"' % (snake(e), v)),
    ], lambda e, v: '%s <- "%s"' % (snake(e), v), lambda e: '%s <- Sys.getenv("%s")' % (snake(e), e)),
]

NEEDS_QUOTES = set(" (){}<>;&|$`\\'\"")


def render_value(lang, shape, v, m):
    """How a marker is written: PEM newlines escaped on one line, quoting where the syntax needs it."""
    if shape in ("dotenv-export", "dockerfile-env-space", "dockerfile-run-export", "markdown-fenced-bash", "yaml-deep-parent", "ini-key", "ini-section",
                 "diff-added-ini") and any(c in NEEDS_QUOTES for c in v):
        return '"%s"' % m
    return m


def snippet(i, provider):
    env_base, positives, decoys = PROVIDERS[provider]
    lang, ext, head, foot, shapes, decoy_line, env_line = LANGS[i % len(LANGS)]
    path = "snippets/%s%s" % (provider, ext)
    doc = Doc(path, "snippets", shapes[0][0])
    body = [h % {"cls": F.camel_title(provider)} if "%(" in h else h for h in head]
    k = i
    for fmt, env, g in positives:
        shape, render = shapes[k % len(shapes)]
        k += 1
        v = g()
        if lang == "yaml" and len(body) > len(head):
            body.append("---")  # one YAML document per block
        if render is None:  # a k8s Secret's data: the secret base64-encoded
            m = doc.b64(provider, fmt, v, shape=shape)
            body.append("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-%s\ntype: Opaque\ndata:\n  %s: %s" % (provider, fmt, kebab(env), m))
            continue
        if "\n" in v:  # a PEM key in a one-line string: newlines written as \n
            shown = v.replace("\n", "\\n")
            m = doc.pos(provider, fmt, v, shape=shape + "+pem-escaped", shown=shown)
        else:
            m = doc.secret(provider, fmt, v, shape=shape)
        body.append(render(env, render_value(lang, shape, v, m), provider))
    for kind, env, g in decoys:
        v = g()
        body.append(decoy_line(env, render_value(lang, "ini-key" if lang in ("env", "docker", "ini") else "", v, doc.dec(provider, kind, v, shape=shapes[0][0]))))
    ref = env_base + "_TOKEN"
    line = env_line(ref)
    body.append(line)
    body += foot
    return doc, "\n".join(body) + "\n"


def main():
    outdir = sys.argv[1]
    docs = [snippet(i, p) for i, p in enumerate(sorted(PROVIDERS))]
    import hubspot6
    docs += hubspot6.build(Doc)
    import repos6
    docs += repos6.build(Doc, gen)
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
    labels.sort(key=lambda l: (l["file"], l["line"], l.get("secret", l.get("value"))))
    with open(os.path.join(outdir, "labels.jsonl"), "w") as f:
        for l in labels:
            f.write(json.dumps(l, sort_keys=True) + "\n")
    for half in ("snippets", "repos"):
        pos = [l for l in labels if l["half"] == half and l["kind"] == "positive"]
        print("%s: %d positives over %d providers in %d shapes, %d decoys, %d files" % (
            half, len(pos), len({l["provider"] for l in pos}), len({l["shape"] for l in pos}),
            sum(1 for l in labels if l["half"] == half and l["kind"] == "decoy"),
            len({l["file"] for l in labels if l["half"] == half})))


if __name__ == "__main__":
    main()
