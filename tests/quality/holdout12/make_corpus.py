#!/usr/bin/env python3
"""Writes the twelfth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

snippets/: one short file per provider (150 drawn from keyhound's provider list
with random.Random(12), plus HubSpot) in the style of other scanners' rule
examples, the syntax rotating over LANGS. repos/: files as committed in MLOps,
mail clients, storage clients, CI systems and data platforms (repos12.py).
Labels: holdout6's format: kind, file, line (1-based), provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half.
"""
import base64
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import formats12 as F  # noqa: E402
from formats12 import PROVIDERS, expand  # noqa: E402

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
        l = {"kind": "positive", "provider": provider, "format": fmt, "secret": value, "shape": shape or self.shape}
        if "-----BEGIN" in value:
            l["match"] = "pem"
        l.update(extra)
        return self._mark(l, value if shown is None else shown)

    def secret(self, provider, fmt, value, shape=None, shown=None):
        """pos() with the label policy: a URL's password is the secret, the URL (whole or up to
        its host) accepted; an Azure connection string's AccountKey, the string accepted; a
        token inside an RPC or webhook URL path, the URL accepted."""
        m = URL_PW.match(value)
        if m:
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value, accept=sorted({value, m.group(0)}))
        if value.startswith("DefaultEndpointsProtocol="):
            key = value.split("AccountKey=")[1].split(";")[0]
            return self.pos(provider, fmt, key, shape=shape, shown=shown or value, accept=[value])
        if ".quiknode.pro/" in value:
            return self.pos(provider, fmt, value.rstrip("/").rsplit("/", 1)[1], shape=shape, shown=shown or value, accept=[value, value.rstrip("/")])
        return self.pos(provider, fmt, value, shape=shape, shown=shown)

    def b64(self, provider, fmt, value, shape=None):
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


def camel(env):
    p = env.lower().replace(":", "_").split("_")
    return p[0] + "".join(x.title() for x in p[1:] if x)


def snake(env):
    return env.lower().replace(":", "_")


def kebab(env):
    return snake(env).replace("_", "-")


def dotted(env):
    return snake(env).replace("_", ".")


# (name, extension, header, footer, [(shape, render(env, value, provider))], decoy render, env-reference render)
LANGS = [
    ("jenkinsfile", ".Jenkinsfile", ["pipeline {", "  agent any", "  environment {"], ["  }", "}"], [
        ("groovy-environment", lambda e, v, p: "    %s = '%s'" % (e, v)),
        ("groovy-withenv", lambda e, v, p: '    // withEnv(["%s=%s"]) { sh "./deploy.sh" }' % (e, v)),
    ], lambda e, v: "    %s_HINT = '%s'" % (e, v), lambda e: "    %s_REF = credentials('%s')" % (e, kebab(e))),
    ("clj", ".clj", ["(ns acme.config)", ""], [], [
        ("clojure-map", lambda e, v, p: '(def config {:%s "%s"})' % (kebab(e), v)),
        ("clojure-def", lambda e, v, p: '(def ^:private %s "%s")' % (kebab(e), v)),
    ], lambda e, v: '(def %s-sample "%s")' % (kebab(e), v), lambda e: '(def %s (System/getenv "%s"))' % (kebab(e), e)),
    ("fs", ".fsx", ["open System", ""], [], [
        ("fsharp-let", lambda e, v, p: 'let %s = "%s"' % (camel(e), v)),
        ("fsharp-record", lambda e, v, p: 'let creds = { Name = "%s"; Secret = "%s" }' % (p, v)),
    ], lambda e, v: 'let %sExample = "%s"' % (camel(e), v), lambda e: 'let %sEnv = Environment.GetEnvironmentVariable "%s"' % (camel(e), e)),
    ("ml", ".ml", ["(* client settings *)", ""], [], [
        ("ocaml-let", lambda e, v, p: 'let %s = "%s"' % (snake(e), v)),
        ("ocaml-header", lambda e, v, p: 'let headers = Cohttp.Header.of_list [ ("Authorization", "Bearer %s") ]' % v),
    ], lambda e, v: 'let %s_doc = "%s"' % (snake(e), v), lambda e: 'let %s_env = Sys.getenv "%s"' % (snake(e), e)),
    ("hs", ".hs", ["module Config where", ""], [], [
        ("haskell-binding", lambda e, v, p: '%s :: Text\n%s = "%s"' % (camel(e), camel(e), v)),
        ("haskell-setenv", lambda e, v, p: 'main = setEnv "%s" "%s"' % (e, v)),
    ], lambda e, v: '%sSample = "%s"' % (camel(e), v), lambda e: '%sEnv = lookupEnv "%s"' % (camel(e), e)),
    ("nim", ".nim", ["import os", ""], [], [
        ("nim-const", lambda e, v, p: 'const %s = "%s"' % (camel(e), v)),
        ("nim-putenv", lambda e, v, p: 'putEnv("%s", "%s")' % (e, v)),
    ], lambda e, v: 'let %sDoc = "%s"' % (camel(e), v), lambda e: 'let %sEnv = getEnv("%s")' % (camel(e), e)),
    ("zig", ".zig", ['const std = @import("std");', ""], [], [
        ("zig-const", lambda e, v, p: 'pub const %s = "%s";' % (snake(e), v)),
        ("zig-header", lambda e, v, p: 'const auth = .{ .name = "Authorization", .value = "Bearer %s" };' % v),
    ], lambda e, v: 'const %s_example = "%s";' % (snake(e), v), lambda e: 'const %s = std.posix.getenv("%s");' % (snake(e), e)),
    ("cr", ".cr", ['require "http/client"', ""], [], [
        ("crystal-const", lambda e, v, p: '%s = "%s"' % (e, v)),
        ("crystal-env-fallback", lambda e, v, p: 'token = ENV["%s"]? || "%s"' % (e, v)),
    ], lambda e, v: '%s_SAMPLE = "%s"' % (e, v), lambda e: 'token = ENV["%s"]' % e),
    ("jl", ".jl", ["using HTTP", ""], [], [
        ("julia-const", lambda e, v, p: 'const %s = "%s"' % (e, v)),
        ("julia-env-get", lambda e, v, p: 'key = get(ENV, "%s", "%s")' % (e, v)),
    ], lambda e, v: '%s_doc = "%s"' % (snake(e), v), lambda e: 'key = ENV["%s"]' % e),
    ("nml", ".nml", ["&service_nml"], ["/"], [
        ("fortran-namelist", lambda e, v, p: "  %s = '%s'," % (snake(e), v)),
        ("fortran-namelist-array", lambda e, v, p: "  keys(1) = '%s'," % v),
    ], lambda e, v: "  %s_example = '%s'," % (snake(e), v), lambda e: "  %s_from = '$%s'," % (snake(e), e)),
    ("tcl", ".tcl", ["package require http", ""], [], [
        ("tcl-set", lambda e, v, p: 'set %s "%s"' % (snake(e), v)),
        ("tcl-env-array", lambda e, v, p: 'set ::env(%s) "%s"' % (e, v)),
    ], lambda e, v: 'set %s_sample "%s"' % (snake(e), v), lambda e: 'set %s $::env(%s)' % (snake(e), e)),
    ("awk", ".awk", ["BEGIN {"], ["}"], [
        ("awk-assign", lambda e, v, p: '    %s = "%s"' % (snake(e), v)),
        ("awk-curl", lambda e, v, p: '    cmd = "curl -s -H \\"Authorization: Bearer %s\\" https://api.example"' % v),
    ], lambda e, v: '    %s_doc = "%s"' % (snake(e), v), lambda e: '    %s = ENVIRON["%s"]' % (snake(e), e)),
    ("mk", ".mk", ["# release settings", ""], [], [
        ("makefile-assign", lambda e, v, p: "%s ?= %s" % (e, v)),
        ("makefile-recipe-flag", lambda e, v, p: "deploy:\n\t./bin/release --token=%s" % v),
    ], lambda e, v: "%s_EXAMPLE := %s" % (e, v), lambda e: "%s_REF := $(%s)" % (e, e)),
    ("cmake", ".cmake", ["cmake_minimum_required(VERSION 3.20)", ""], [], [
        ("cmake-set-cache", lambda e, v, p: 'set(%s "%s" CACHE STRING "service credential")' % (e, v)),
        ("cmake-define", lambda e, v, p: 'add_compile_definitions(%s="%s")' % (e, v)),
    ], lambda e, v: 'set(%s_SAMPLE "%s")' % (e, v), lambda e: 'set(%s_REF "$ENV{%s}")' % (e, e)),
    ("bzl", ".bzl", ["# build settings", ""], [], [
        ("starlark-dict", lambda e, v, p: 'SECRETS = {"%s": "%s"}' % (snake(e), v)),
        ("starlark-env-attr", lambda e, v, p: 'container_env = {"%s": "%s"}' % (e, v)),
    ], lambda e, v: '%s_EXAMPLE = "%s"' % (e, v), lambda e: '%s_REF = "$(%s)"' % (e, e)),
    ("nix", ".nix", ["{ config, ... }:", "{"], ["}"], [
        ("nix-attr", lambda e, v, p: '  services.app.%s = "%s";' % (camel(e), v)),
        ("nix-env-attrs", lambda e, v, p: '  systemd.services.app.environment.%s = "%s";' % (e, v)),
    ], lambda e, v: '  services.app.%sExample = "%s";' % (camel(e), v), lambda e: '  services.app.%sFile = "/run/secrets/%s";' % (camel(e), snake(e))),
    ("jsonnet", ".jsonnet", ["{"], ["}"], [
        ("jsonnet-field", lambda e, v, p: "  %s: '%s'," % (camel(e), v)),
        ("jsonnet-hidden", lambda e, v, p: "  %s:: '%s'," % (camel(e), v)),
    ], lambda e, v: "  %sExample: '%s'," % (camel(e), v), lambda e: "  %sRef: std.extVar('%s')," % (camel(e), e)),
    ("cue", ".cue", ["package deploy", ""], [], [
        ("cue-field", lambda e, v, p: '%s: "%s"' % (camel(e), v)),
        ("cue-nested", lambda e, v, p: 'secrets: %s: token: "%s"' % (snake(e), v)),
    ], lambda e, v: '%sExample: "%s"' % (camel(e), v), lambda e: '%sRef: string @tag(%s)' % (camel(e), snake(e))),
    ("dhall", ".dhall", ["let Config = ./Config.dhall", "in  Config::{"], ["    }"], [
        ("dhall-record", lambda e, v, p: '    , %s = "%s"' % (camel(e), v)),
        ("dhall-some", lambda e, v, p: '    , %sOpt = Some "%s"' % (camel(e), v)),
    ], lambda e, v: '    , %sExample = "%s"' % (camel(e), v), lambda e: '    , %sRef = env:%s as Text' % (camel(e), e)),
    ("kdl", ".kdl", ["service \"sync\" {"], ["}"], [
        ("kdl-prop", lambda e, v, p: '    credential name="%s" value="%s"' % (snake(e), v)),
        ("kdl-arg", lambda e, v, p: '    %s "%s"' % (kebab(e), v)),
    ], lambda e, v: '    %s-example "%s"' % (kebab(e), v), lambda e: '    %s-env "%s"' % (kebab(e), e)),
    ("conf", ".conf", ["service {"], ["}"], [
        ("hocon-field", lambda e, v, p: '  %s = "%s"' % (camel(e), v)),
        ("hocon-env-override", lambda e, v, p: '  %s = "%s"\n  %s = ${?%s}' % (camel(e), v, camel(e), e)),
    ], lambda e, v: '  %sExample = "%s"' % (camel(e), v), lambda e: '  %sRef = ${%s}' % (camel(e), e)),
    ("nginx", ".nginx.conf", ["server {", "    listen 443 ssl;", "    location /api/ {"], ["    }", "}"], [
        ("nginx-proxy-header", lambda e, v, p: '        proxy_set_header Authorization "Bearer %s";' % v),
        ("nginx-set", lambda e, v, p: '        set $%s "%s";' % (snake(e), v)),
    ], lambda e, v: '        # example: set $%s "%s";' % (snake(e), v), lambda e: '        set $%s $env_%s;' % (snake(e), snake(e))),
    ("apache", ".htaccess", ["<IfModule mod_env.c>"], ["</IfModule>"], [
        ("apache-setenv", lambda e, v, p: "    SetEnv %s %s" % (e, v)),
        ("apache-requestheader", lambda e, v, p: '    RequestHeader set X-Api-Key "%s"' % v),
    ], lambda e, v: "    # SetEnv %s_EXAMPLE %s" % (e, v), lambda e: "    PassEnv %s" % e),
    ("service", ".service", ["[Unit]", "Description=sync worker", "", "[Service]"], ["ExecStart=/usr/local/bin/sync"], [
        ("systemd-environment", lambda e, v, p: 'Environment="%s=%s"' % (e, v)),
        ("systemd-execstart-flag", lambda e, v, p: "ExecStartPre=/usr/local/bin/sync login --api-key %s" % v),
    ], lambda e, v: "# Environment=%s_EXAMPLE=%s" % (e, v), lambda e: "EnvironmentFile=/etc/sync/%s.env" % snake(e)),
    ("cron", ".crontab", ["SHELL=/bin/sh", "MAILTO=\"\""], [], [
        ("crontab-env-prefix", lambda e, v, p: "*/15 * * * * %s=%s /opt/sync/run.sh" % (e, v)),
        ("crontab-curl-header", lambda e, v, p: '0 3 * * * curl -fsS -H "Authorization: Bearer %s" https://api.example/v1/export' % v),
    ], lambda e, v: "# %s_SAMPLE=%s" % (e, v), lambda e: "0 * * * * /opt/sync/run.sh --key \"$%s\"" % e),
    ("sql", ".sql", ["-- seed integration settings"], [], [
        ("sql-insert", lambda e, v, p: "INSERT INTO integrations (name, secret) VALUES ('%s', '%s');" % (p, v)),
        ("sql-update", lambda e, v, p: "UPDATE settings SET value = '%s' WHERE key = '%s';" % (v, snake(e))),
    ], lambda e, v: "-- example: '%s'" % v, lambda e: "SELECT current_setting('app.%s');" % snake(e)),
    ("gqlvars", ".graphql.json", ["{", '  "query": "mutation Connect($input: ConnectInput!) { connect(input: $input) { id } }",', '  "variables": {'], ["  }", "}"], [
        ("graphql-variables", lambda e, v, p: '    "input": { "provider": "%s", "apiKey": "%s" },' % (p, v)),
        ("graphql-variables-token", lambda e, v, p: '    "token": "%s",' % v),
    ], lambda e, v: '    "exampleKey": "%s",' % v, lambda e: '    "keyRef": "$%s"' % e),
    ("textproto", ".textproto", ["# proto-file: config.proto", "# proto-message: ServiceConfig"], [], [
        ("protobuf-text", lambda e, v, p: 'credentials { name: "%s" secret: "%s" }' % (p, v)),
        ("protobuf-text-field", lambda e, v, p: '%s: "%s"' % (snake(e), v)),
    ], lambda e, v: '# %s: "%s"' % (snake(e), v), lambda e: '%s_env: "%s"' % (snake(e), e)),
    ("j2", ".env.j2", ["# managed by ansible"], [], [
        ("jinja-default", lambda e, v, p: "%s={{ %s | default('%s') }}" % (e, snake(e), v)),
        ("jinja-literal", lambda e, v, p: "%s=%s" % (e, v)),
    ], lambda e, v: "# %s_EXAMPLE=%s" % (e, v), lambda e: "%s={{ vault_%s }}" % (e, snake(e))),
    ("gotmpl", ".tmpl", ["{{/* rendered by the deploy tool */}}"], [], [
        ("gotemplate-default", lambda e, v, p: '%s={{ env "%s" | default "%s" }}' % (e, e, v)),
        ("gotemplate-with", lambda e, v, p: '{{ with "%s" }}%s={{ . }}{{ end }}' % (v, e)),
    ], lambda e, v: '{{/* e.g. %s */}}' % v, lambda e: '%s={{ .Env.%s }}' % (e, e)),
    ("vue", ".vue", ["<script setup>"], ["</script>"], [
        ("vue-const", lambda e, v, p: "const %s = '%s'" % (camel(e), v)),
        ("vue-fetch-header", lambda e, v, p: "await fetch('/api', { headers: { Authorization: 'Bearer %s' } })" % v),
    ], lambda e, v: "// const example = '%s'" % v, lambda e: "const %s = import.meta.env.VITE_%s" % (camel(e), e)),
    ("svelte", ".svelte", ["<script>"], ["</script>"], [
        ("svelte-let", lambda e, v, p: "  let %s = '%s';" % (camel(e), v)),
        ("svelte-object", lambda e, v, p: "  const opts = { apiKey: '%s' };" % v),
    ], lambda e, v: "  // let sample = '%s';" % v, lambda e: "  import { %s } from '$env/static/private';" % e),
    ("jsx", ".jsx", ["export default function App() {", "  return ("], ["  );", "}"], [
        ("jsx-prop", lambda e, v, p: '    <Provider apiKey="%s" />' % v),
        ("jsx-expression-prop", lambda e, v, p: "    <Client token={'%s'} />" % v),
    ], lambda e, v: '    <Docs example="%s" />' % v, lambda e: "    <Provider apiKey={process.env.%s} />" % e),
    ("xaml", ".xaml", ['<ResourceDictionary xmlns:sys="clr-namespace:System;assembly=mscorlib">'], ["</ResourceDictionary>"], [
        ("xaml-string", lambda e, v, p: '    <sys:String x:Key="%s">%s</sys:String>' % (camel(e), v)),
        ("xaml-attr", lambda e, v, p: '    <local:Client x:Key="client" ApiKey="%s"/>' % v),
    ], lambda e, v: '    <!-- <sys:String x:Key="example">%s</sys:String> -->' % v, lambda e: '    <sys:String x:Key="%sVar">%%%s%%</sys:String>' % (camel(e), e)),
    ("py", ".py", ["import os", ""], [], [
        ("python-dataclass-default", lambda e, v, p: '@dataclass\nclass Settings:\n    %s: str = "%s"' % (snake(e), v)),
        ("python-getenv-default", lambda e, v, p: 'KEY = os.getenv("%s", "%s")' % (e, v)),
    ], lambda e, v: '%s_EXAMPLE = "%s"' % (e, v), lambda e: '%s = os.environ["%s"]' % (e, e)),
    ("ts", ".ts", [""], [], [
        ("ts-satisfies", lambda e, v, p: "export const cfg = { %s: '%s' } satisfies Config;" % (camel(e), v)),
        ("ts-class-field", lambda e, v, p: "class Client { private readonly key = '%s'; }" % v),
    ], lambda e, v: "const example = '%s';" % v, lambda e: "const %s = process.env['%s'];" % (camel(e), e)),
    ("go", ".go", ["package config", ""], [], [
        ("go-const-block", lambda e, v, p: 'const (\n\t%s = "%s"\n)' % (camel(e), v)),
        ("go-lookupenv-default", lambda e, v, p: 'func key() string {\n\tif v, ok := os.LookupEnv("%s"); ok {\n\t\treturn v\n\t}\n\treturn "%s"\n}' % (e, v)),
    ], lambda e, v: '// example: %s' % v, lambda e: 'var %s = os.Getenv("%s")' % (camel(e), e)),
    ("java", ".java", ["public final class Keys {"], ["}"], [
        ("java-map-of", lambda e, v, p: '    static final Map<String, String> M = Map.of("%s", "%s");' % (snake(e), v)),
        ("java-builder", lambda e, v, p: '    Client c = Client.builder().apiKey("%s").build();' % v),
    ], lambda e, v: '    // e.g. "%s"' % v, lambda e: '    String k = System.getenv("%s");' % e),
    ("cs", ".cs", ["namespace Acme;", ""], [], [
        ("csharp-record", lambda e, v, p: 'public record Creds(string Key = "%s");' % v),
        ("csharp-dictionary", lambda e, v, p: 'var d = new Dictionary<string, string> { ["%s"] = "%s" };' % (e, v)),
    ], lambda e, v: '// sample: "%s"' % v, lambda e: 'var k = Environment.GetEnvironmentVariable("%s");' % e),
    ("rb", ".rb", [""], [], [
        ("ruby-fetch-default", lambda e, v, p: "KEY = ENV.fetch('%s', '%s')" % (e, v)),
        ("ruby-hash-symbol", lambda e, v, p: "CONFIG = { %s: '%s' }.freeze" % (snake(e), v)),
    ], lambda e, v: "# example '%s'" % v, lambda e: "KEY = ENV['%s']" % e),
    ("php", ".php", ["<?php", ""], [], [
        ("php-define", lambda e, v, p: "define('%s', '%s');" % (e, v)),
        ("php-putenv", lambda e, v, p: "putenv('%s=%s');" % (e, v)),
    ], lambda e, v: "// '%s'" % v, lambda e: "$k = getenv('%s');" % e),
    ("sh", ".sh", ["#!/usr/bin/env bash", "set -euo pipefail"], [], [
        ("shell-default-expansion", lambda e, v, p: ': "${%s:=%s}"' % (e, v)),
        ("shell-heredoc", lambda e, v, p: "cat > .env <<EOF\n%s=%s\nEOF" % (e, v)),
    ], lambda e, v: "# %s=%s" % (e, v), lambda e: 'export %s="${%s:?missing}"' % (e, e)),
    ("yaml", ".yaml", ["# values"], [], [
        ("yaml-anchor", lambda e, v, p: "defaults: &defaults\n  %s: \"%s\"" % (snake(e), v)),
        ("yaml-flow-map", lambda e, v, p: "creds: { name: %s, key: '%s' }" % (p, v)),
    ], lambda e, v: "# %s: %s" % (snake(e), v), lambda e: "%s_ref: ${%s}" % (snake(e), e)),
    ("json", ".json", ["{"], ['  "v": 1', "}"], [
        ("json-nested", lambda e, v, p: '  "%s": { "credentials": { "key": "%s" } },' % (p, v)),
        ("json-array", lambda e, v, p: '  "keys": ["%s"],' % v),
    ], lambda e, v: '  "example": "%s",' % v, lambda e: '  "keyRef": "env:%s",' % e),
]

PLACEHOLDERS = ["<YOUR_%s>", "${%s}", "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "REPLACE_ME_%s", "%%(%s)s", "{{ %s }}", "TODO-%s"]


def snippet(i, provider):
    env, positives, decoys = PROVIDERS[provider]
    lang, ext, head, foot, shapes, decoy_line, env_line = LANGS[i % len(LANGS)]
    path = "snippets/%s%s" % (provider, ext)
    doc = Doc(path, "snippets", shapes[0][0])
    body = list(head)
    for k, (fmt, spec) in enumerate(positives):
        shape, render = shapes[(i + k) % len(shapes)]
        v = expand(spec)
        if "\n" in v:  # a PEM key in a one-line string: newlines written as \n
            m = doc.pos(provider, fmt, v, shape=shape + "+pem-escaped", shown=v.replace("\n", "\\n"))
        else:
            m = doc.secret(provider, fmt, v, shape=shape)
        body.append(render(env, m, provider))
    for kind, spec in decoys:
        v = expand(spec)
        body.append(decoy_line(env, doc.dec(provider, kind, v, shape=shapes[0][0])))
    ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
    ph = ph % env if "%s" in ph else ph
    body.append(decoy_line(env, doc.dec(provider, "placeholder", ph, shape=shapes[0][0])))
    body.append(env_line(env))
    body += foot
    return doc, "\n".join(body) + "\n"


def main():
    outdir = sys.argv[1]
    docs = [snippet(i, p) for i, p in enumerate(sorted(PROVIDERS))]
    import hubspot12
    docs += hubspot12.build(Doc)
    import repos12
    docs += repos12.build(Doc)
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
