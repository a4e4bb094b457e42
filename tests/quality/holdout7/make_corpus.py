#!/usr/bin/env python3
"""Writes the seventh held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

snippets/: one short file per provider (150 drawn from keyhound's provider list
with random.Random(7), plus HubSpot files) in the style of other scanners' rule
examples, the syntax rotating over languages the earlier corpora used least;
each positive format of the provider and its near-misses. repos/: files as
committed in LLM/AI stacks, serverless/edge projects, trading bots, IoT
firmware and self-hosted homelab stacks (repos7.py).
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
import formats7 as F  # noqa: E402
from formats7 import PROVIDERS  # noqa: E402

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
        """pos() with README's label policy: a URL's password is the secret (whole URL and URL up to
        its host accepted); a connection string's AccountKey is the secret (whole string accepted);
        a webhook URL is the secret (its token accepted)."""
        m = URL_PW.match(value)
        if m and not value.startswith("cloudinary://"):
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value, accept=sorted({value, m.group(0)}))
        if value.startswith("cloudinary://"):
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[m.group(3), m.group(0)])
        if value.startswith("DefaultEndpointsProtocol="):
            key = value.split("AccountKey=")[1].split(";")[0]
            return self.pos(provider, fmt, key, shape=shape, shown=shown or value, accept=[value])
        if value.startswith("https://chat.googleapis.com/"):
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value.split("token=")[1].replace("%3D", "=")])
        if value.startswith("FlyV1 "):
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value[6:]])
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
    p = env.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:] if x)


def pascal(env):
    return "".join(x.title() for x in env.lower().split("_") if x)


def snake(env):
    return env.lower()


def kebab(env):
    return env.lower().replace("_", "-")


# (name, extension, header, footer, [(shape, render(env, value, provider))], decoy render, env-reference render)
LANGS = [
    ("groovy", ".groovy", ["// Jenkins shared library step", ""], [], [
        ("groovy-def", lambda e, v, p: 'def %s = "%s"' % (camel(e), v)),
        ("groovy-withenv", lambda e, v, p: 'withEnv(["%s=%s"]) { sh "./deploy.sh" }' % (e, v)),
    ], lambda e, v: "def %s = '%s'" % (camel(e), v), lambda e: 'def %s = env.%s' % (camel(e), e)),
    ("clojure", ".clj", ["(ns acme.integrations)", ""], [], [
        ("clojure-def", lambda e, v, p: '(def %s "%s")' % (kebab(e), v)),
        ("clojure-map", lambda e, v, p: '(def config {:%s "%s" :timeout 30})' % (kebab(e), v)),
    ], lambda e, v: '(def %s "%s")' % (kebab(e), v), lambda e: '(def %s (System/getenv "%s"))' % (kebab(e), e)),
    ("fsharp", ".fsx", ["open System.Net.Http", ""], [], [
        ("fsharp-let", lambda e, v, p: 'let %s = "%s"' % (camel(e), v)),
        ("fsharp-header-add", lambda e, v, p: 'client.DefaultRequestHeaders.Add("Authorization", "Bearer %s")' % v),
    ], lambda e, v: 'let %s = "%s"' % (camel(e), v), lambda e: 'let %s = System.Environment.GetEnvironmentVariable "%s"' % (camel(e), e)),
    ("ocaml", ".ml", ["open Cohttp", ""], [], [
        ("ocaml-let", lambda e, v, p: 'let %s = "%s"' % (snake(e), v)),
        ("ocaml-header-list", lambda e, v, p: 'let headers = Header.of_list [ ("x-api-key", "%s") ]' % v),
    ], lambda e, v: 'let %s = "%s"' % (snake(e), v), lambda e: 'let %s = Sys.getenv "%s"' % (snake(e), e)),
    ("haskell", ".hs", ["{-# LANGUAGE OverloadedStrings #-}", "module Config where", ""], [], [
        ("haskell-binding", lambda e, v, p: '%s :: Text\n%s = "%s"' % (camel(e), camel(e), v)),
        ("haskell-record", lambda e, v, p: 'defaultCfg = Cfg { cfgToken = "%s", cfgRetries = 3 }' % v),
    ], lambda e, v: '%s = "%s"' % (camel(e), v), lambda e: '%s <- getEnv "%s"' % (camel(e), e)),
    ("nim", ".nim", ["import os, httpclient", ""], [], [
        ("nim-const", lambda e, v, p: 'const %s = "%s"' % (camel(e), v)),
        ("nim-putenv", lambda e, v, p: 'putEnv("%s", "%s")' % (e, v)),
    ], lambda e, v: 'let %s = "%s"' % (camel(e), v), lambda e: 'let %s = getEnv("%s")' % (camel(e), e)),
    ("zig", ".zig", ['const std = @import("std");', ""], [], [
        ("zig-const", lambda e, v, p: 'const %s = "%s";' % (snake(e), v)),
        ("zig-header-append", lambda e, v, p: 'try headers.append("authorization", "Bearer %s");' % v),
    ], lambda e, v: 'const %s = "%s";' % (snake(e), v), lambda e: 'const %s = std.posix.getenv("%s");' % (snake(e), e)),
    ("crystal", ".cr", ['require "http/client"', ""], [], [
        ("crystal-constant", lambda e, v, p: '%s = "%s"' % (e, v)),
        ("crystal-env-default", lambda e, v, p: 'ENV["%s"] ||= "%s"' % (e, v)),
    ], lambda e, v: '%s = "%s"' % (snake(e), v), lambda e: '%s = ENV["%s"]' % (snake(e), e)),
    ("julia", ".jl", ["using HTTP", ""], [], [
        ("julia-const", lambda e, v, p: 'const %s = "%s"' % (e, v)),
        ("julia-env-assign", lambda e, v, p: 'ENV["%s"] = "%s"' % (e, v)),
    ], lambda e, v: '%s = "%s"' % (snake(e), v), lambda e: '%s = get(ENV, "%s", "")' % (snake(e), e)),
    ("namelist", ".nml", ["! model run settings", "&remote_io"], ["/"], [
        ("fortran-namelist", lambda e, v, p: "  %s = '%s'," % (snake(e), v)),
        ("fortran-namelist-dq", lambda e, v, p: '  %s = "%s"' % (snake(e), v)),
    ], lambda e, v: "  %s = '%s'," % (snake(e), v), lambda e: "  %s_env = '%s'," % (snake(e), e)),
    ("tcl", ".tcl", ["package require http", ""], [], [
        ("tcl-set", lambda e, v, p: 'set %s "%s"' % (snake(e), v)),
        ("tcl-headers-list", lambda e, v, p: 'set tok [http::geturl $url -headers [list Authorization "Bearer %s"]]' % v),
    ], lambda e, v: 'set %s "%s"' % (snake(e), v), lambda e: 'set %s $env(%s)' % (snake(e), e)),
    ("awk", ".awk", ["#!/usr/bin/awk -f"], [], [
        ("awk-begin-var", lambda e, v, p: 'BEGIN { %s = "%s" }' % (snake(e), v)),
        ("awk-cmd-var", lambda e, v, p: '# run: awk -v %s="%s" -f this.awk events.log' % (snake(e), v)),
    ], lambda e, v: 'BEGIN { %s = "%s" }' % (snake(e), v), lambda e: 'BEGIN { %s = ENVIRON["%s"] }' % (snake(e), e)),
    ("make", ".mk", ["# release helpers", ""], [], [
        ("make-conditional-assign", lambda e, v, p: "%s ?= %s" % (e, v)),
        ("make-export", lambda e, v, p: "export %s := %s" % (e, v)),
    ], lambda e, v: "%s = %s" % (e, v), lambda e: "%s_CHECK = $(%s)" % (e, e)),
    ("cmake", ".cmake", ["cmake_minimum_required(VERSION 3.20)", ""], [], [
        ("cmake-set", lambda e, v, p: 'set(%s "%s")' % (e, v)),
        ("cmake-set-env", lambda e, v, p: 'set(ENV{%s} "%s")' % (e, v)),
    ], lambda e, v: 'set(%s "%s")' % (e, v), lambda e: 'set(%s_VALUE $ENV{%s})' % (e, e)),
    ("starlark", ".bzl", ['load("@rules_oci//oci:defs.bzl", "oci_image")', ""], [], [
        ("starlark-constant", lambda e, v, p: '%s = "%s"' % (e, v)),
        ("starlark-env-dict", lambda e, v, p: 'DEPLOY_ENV = {\n    "%s": "%s",\n}' % (e, v)),
    ], lambda e, v: '%s = "%s"' % (e, v), lambda e: '%s_FLAG = "--action_env=%s"' % (e, e)),
    ("nix", ".nix", ["{ config, pkgs, ... }:", "{"], ["}"], [
        ("nix-attr", lambda e, v, p: '  services.acme.%s = "%s";' % (camel(e), v)),
        ("nix-env-vars", lambda e, v, p: '  environment.variables.%s = "%s";' % (e, v)),
    ], lambda e, v: '  %s = "%s";' % (camel(e), v), lambda e: '  %sFile = config.age.secrets.%s.path;' % (camel(e), snake(e))),
    ("jsonnet", ".jsonnet", ["local k = import 'k.libsonnet';", ""], [], [
        ("jsonnet-local", lambda e, v, p: "local %s = '%s';" % (camel(e), v)),
        ("jsonnet-env-object", lambda e, v, p: "{ env+: { %s: '%s' } }" % (e, v)),
    ], lambda e, v: "local %s = '%s';" % (camel(e), v), lambda e: "local %s = std.extVar('%s');" % (camel(e), e)),
    ("cue", ".cue", ["package deploy", ""], [], [
        ("cue-field", lambda e, v, p: '%s: "%s"' % (camel(e), v)),
        ("cue-nested", lambda e, v, p: 'secrets: %s: token: "%s"' % (p, v)),
    ], lambda e, v: '%s: "%s"' % (camel(e), v), lambda e: '%s: string @tag(%s)' % (camel(e), snake(e))),
    ("dhall", ".dhall", ["let Prelude = https://prelude.dhall-lang.org/package.dhall", ""], [], [
        ("dhall-let", lambda e, v, p: 'let %s = "%s"' % (camel(e), v)),
        ("dhall-record", lambda e, v, p: 'in { service = "%s", token = "%s" }' % (p, v)),
    ], lambda e, v: 'let %s = "%s"' % (camel(e), v), lambda e: 'let %s = env:%s as Text' % (camel(e), e)),
    ("kdl", ".kdl", ["// service definition"], [], [
        ("kdl-node-arg", lambda e, v, p: '%s "%s"' % (kebab(e), v)),
        ("kdl-property", lambda e, v, p: 'credential provider="%s" token="%s"' % (p, v)),
    ], lambda e, v: '%s "%s"' % (kebab(e), v), lambda e: 'env-ref "%s"' % e),
    ("hocon", ".conf", ["# application.conf"], [], [
        ("hocon-nested", lambda e, v, p: '%s {\n  api-key = "%s"\n}' % (p, v)),
        ("hocon-unquoted", lambda e, v, p: "%s = %s" % (kebab(e), v)),
    ], lambda e, v: '%s = "%s"' % (kebab(e), v), lambda e: '%s = ${?%s}' % (kebab(e), e)),
    ("nginx", ".nginx.conf", ["location /upstream/ {"], ["}"], [
        ("nginx-proxy-header", lambda e, v, p: '    proxy_set_header Authorization "Bearer %s";' % v),
        ("nginx-set-var", lambda e, v, p: '    set $%s "%s";' % (snake(e), v)),
    ], lambda e, v: '    set $%s "%s";' % (snake(e), v), lambda e: '    set $%s $http_x_%s;' % (snake(e), snake(e))),
    ("apache", ".htaccess", ["# Apache overrides"], [], [
        ("apache-setenv", lambda e, v, p: "SetEnv %s %s" % (e, v)),
        ("apache-request-header", lambda e, v, p: 'RequestHeader set X-Api-Key "%s"' % v),
    ], lambda e, v: "SetEnv %s %s" % (e, v), lambda e: "PassEnv %s" % e),
    ("systemd", ".service", ["[Unit]", "Description=sync worker", "", "[Service]"], ["ExecStart=/usr/local/bin/sync-worker"], [
        ("systemd-environment-quoted", lambda e, v, p: 'Environment="%s=%s"' % (e, v)),
        ("systemd-environment", lambda e, v, p: "Environment=%s=%s" % (e, v)),
    ], lambda e, v: "Environment=%s=%s" % (e, v), lambda e: "EnvironmentFile=/etc/sync/%s.env" % snake(e)),
    ("crontab", ".crontab", ["SHELL=/bin/sh", "MAILTO=\"\""], [], [
        ("crontab-env-line", lambda e, v, p: "%s=%s" % (e, v)),
        ("crontab-curl-header", lambda e, v, p: '*/15 * * * * curl -fsS -H "Authorization: Bearer %s" https://api.%s.example/v1/ping >/dev/null' % (v, p)),
    ], lambda e, v: "%s=%s" % (e, v), lambda e: '0 3 * * * test -n "$%s" && /opt/bin/rotate' % e),
    ("sql", ".sql", ["-- seed integration settings"], [], [
        ("sql-insert", lambda e, v, p: "INSERT INTO integration_settings (provider, name, value) VALUES ('%s', '%s', '%s');" % (p, snake(e), v)),
        ("sql-update", lambda e, v, p: "UPDATE app_config SET secret = '%s' WHERE name = '%s';" % (v, snake(e))),
    ], lambda e, v: "INSERT INTO integration_settings (provider, name, value) VALUES ('x', '%s', '%s');" % (snake(e), v), lambda e: "-- %s is read from the environment at boot" % e),
    ("graphql", ".graphql", ["# connect an integration"], [], [
        ("graphql-inline-argument", lambda e, v, p: 'mutation { connectIntegration(provider: "%s", token: "%s") { id } }' % (p, v)),
        ("graphql-variables-comment", lambda e, v, p: '# variables: {"input": {"%s": "%s"}}' % (camel(e), v)),
    ], lambda e, v: 'query { integration(%s: "%s") { id } }' % (camel(e), v), lambda e: 'query ($%s: String!) { ping(token: $%s) }' % (camel(e), camel(e))),
    ("textproto", ".textproto", ["# proto-file: acme/config.proto", "# proto-message: ServiceConfig"], [], [
        ("textproto-field", lambda e, v, p: '%s: "%s"' % (snake(e), v)),
        ("textproto-nested", lambda e, v, p: 'credentials {\n  provider: "%s"\n  token: "%s"\n}' % (p, v)),
    ], lambda e, v: '%s: "%s"' % (snake(e), v), lambda e: 'env_var: "%s"' % e),
    ("jinja", ".j2", ["{# rendered by ansible #}"], [], [
        ("jinja-set", lambda e, v, p: '{%% set %s = "%s" %%}' % (snake(e), v)),
        ("jinja-default-filter", lambda e, v, p: "%s={{ lookup('env', '%s') | default('%s', true) }}" % (e, e, v)),
    ], lambda e, v: '{%% set %s = "%s" %%}' % (snake(e), v), lambda e: "%s={{ %s }}" % (e, snake(e))),
    ("gotmpl", ".tmpl", ["{{/* helm helper */}}"], [], [
        ("gotemplate-default", lambda e, v, p: '%s: {{ .Values.%s | default "%s" | quote }}' % (snake(e), camel(e), v)),
        ("gotemplate-variable", lambda e, v, p: '{{- $%s := "%s" -}}' % (camel(e), v)),
    ], lambda e, v: '{{- $%s := "%s" -}}' % (camel(e), v), lambda e: '%s: {{ .Values.%s | quote }}' % (snake(e), camel(e))),
    ("vue", ".vue", ["<script setup>", "import { createClient } from './client'"], ["</script>"], [
        ("vue-script-const", lambda e, v, p: "const %s = '%s'" % (camel(e), v)),
        ("vue-sdk-object", lambda e, v, p: "const client = createClient({ apiKey: '%s' })" % v),
    ], lambda e, v: "const %s = '%s'" % (camel(e), v), lambda e: "const %s = import.meta.env.VITE_%s" % (camel(e), e)),
    ("svelte", ".svelte", ["<script>"], ["</script>"], [
        ("svelte-let", lambda e, v, p: '  let %s = "%s";' % (camel(e), v)),
        ("svelte-fetch-header", lambda e, v, p: '  fetch("/api", { headers: { Authorization: "Bearer %s" } });' % v),
    ], lambda e, v: '  let %s = "%s";' % (camel(e), v), lambda e: "  import { %s } from '$env/static/private';" % e),
    ("jsx", ".jsx", ["import React from 'react';", ""], [], [
        ("jsx-string-prop", lambda e, v, p: 'export const App = () => <Provider apiKey="%s"><Main /></Provider>;' % v),
        ("jsx-expression-prop", lambda e, v, p: "export const Widget = () => <Client token={'%s'} />;" % v),
    ], lambda e, v: "const %s = '%s';" % (camel(e), v), lambda e: "const %s = process.env.REACT_APP_%s;" % (camel(e), e)),
    ("xaml", ".xaml", ['<ResourceDictionary xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation" xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml" xmlns:sys="clr-namespace:System;assembly=mscorlib">'], ["</ResourceDictionary>"], [
        ("xaml-string-resource", lambda e, v, p: '    <sys:String x:Key="%s">%s</sys:String>' % (pascal(e), v)),
        ("xaml-attribute", lambda e, v, p: '    <local:ApiClient x:Key="Client" ApiKey="%s" />' % v),
    ], lambda e, v: '    <sys:String x:Key="%s">%s</sys:String>' % (pascal(e), v), lambda e: '    <sys:String x:Key="%sVar">%%%s%%</sys:String>' % (pascal(e), e)),
    ("py", ".py", ["import os", "import httpx", ""], [], [
        ("py-kwarg-client", lambda e, v, p: 'client = httpx.Client(headers={"Authorization": "Bearer %s"})' % v),
        ("py-environ-get-default", lambda e, v, p: '%s = os.environ.get("%s", "%s")' % (snake(e), e, v)),
    ], lambda e, v: '%s = "%s"' % (e, v), lambda e: '%s = os.environ["%s"]' % (snake(e), e)),
    ("js", ".mjs", [""], [], [
        ("js-export-default-object", lambda e, v, p: "export default { %s: '%s' };" % (camel(e), v)),
        ("js-fetch-header", lambda e, v, p: "await fetch(url, { headers: { 'x-api-key': '%s' } });" % v),
    ], lambda e, v: "const %s = '%s';" % (camel(e), v), lambda e: "const %s = process.env.%s;" % (camel(e), e)),
    ("yaml", ".yaml", ["# values"], [], [
        ("yaml-env-list", lambda e, v, p: "env:\n  - name: %s\n    value: \"%s\"" % (e, v)),
        ("yaml-parent-block", lambda e, v, p: "%s:\n  auth:\n    token: '%s'" % (p, v)),
    ], lambda e, v: "%s: %s" % (snake(e), v), lambda e: "%s: ${%s}" % (snake(e), e)),
    ("dotenv", ".env", ["# .env.local"], [], [
        ("dotenv-plain", lambda e, v, p: "%s=%s" % (e, v)),
        ("dotenv-double-quoted", lambda e, v, p: '%s="%s"' % (e, v)),
    ], lambda e, v: "%s=%s" % (e, v), lambda e: "%s_COPY=${%s}" % (e, e)),
    ("go", ".go", ["package config", ""], [], [
        ("go-struct-literal", lambda e, v, p: 'var Default = Config{APIKey: "%s", Timeout: 30}' % v),
        ("go-const", lambda e, v, p: 'const %s = "%s"' % (camel(e), v)),
    ], lambda e, v: 'const %s = "%s"' % (camel(e), v), lambda e: 'var %s = os.Getenv("%s")' % (camel(e), e)),
]


def snippet(i, provider):
    env_base, positives, decoys = PROVIDERS[provider]
    lang, ext, head, foot, shapes, decoy_line, env_line = LANGS[i % len(LANGS)]
    path = "snippets/%s%s" % (provider, ext)
    doc = Doc(path, "snippets", shapes[0][0])
    body = list(head)
    for k, (fmt, env, g) in enumerate(positives):
        shape, render = shapes[(i + k) % len(shapes)]
        body.append(render(env, doc.secret(provider, fmt, g(), shape=shape), provider))
    for kind, env, g in decoys:
        body.append(decoy_line(env, doc.dec(provider, kind, g(), shape=shapes[0][0])))
    body.append(env_line(env_base + "_TOKEN"))
    body += foot
    return doc, "\n".join(body) + "\n"


def main():
    outdir = sys.argv[1]
    docs = [snippet(i, p) for i, p in enumerate(sorted(PROVIDERS))]
    import hubspot7
    docs += hubspot7.build(Doc)
    import repos7
    docs += repos7.build(Doc)
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
