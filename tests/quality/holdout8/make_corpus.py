#!/usr/bin/env python3
"""Writes the eighth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

snippets/: one short file per provider (150 drawn from keyhound's provider
names with random.Random(8), see README.md, plus HubSpot files) in the style of
other scanners' rule examples, the language rotating over syntaxes the earlier
corpora used little; each positive format of the provider and its near-misses.
repos/: files as committed in project kinds the earlier corpora did not centre
on (repos8.py). Labels: holdout6's format (kind, file, line, provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half).
"""
import base64
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import formats8 as F  # noqa: E402

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
        """pos() with the label policy of README.md: a password in a URL is the secret and
        the URL (whole, and up to its host) is accepted; a Render deploy hook accepts its key."""
        m = URL_PW.match(value)
        if m and not value.startswith("cloudinary://"):
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value,
                            accept=sorted({value, m.group(0)}))
        if value.startswith("cloudinary://"):
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value, accept=[value])
        if value.startswith("https://api.render.com/deploy/"):
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value.split("key=")[1]])
        return self.pos(provider, fmt, value, shape=shape, shown=shown)

    def b64(self, provider, fmt, value, shape=None, pair=None):
        """A secret written base64-encoded (k8s data:, docker auth): labelled with the decoded value."""
        raw = value if pair is None else pair + ":" + value
        enc = base64.b64encode(raw.encode()).decode()
        extra = {"accept": [raw]} if pair is not None else {}
        return self.pos(provider, fmt, value, shape=shape, shown=enc, encoded="base64", encoded_value=enc, **extra)

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
    if provider in F.P:
        for f, env, g in F.P[provider][1] + F.P[provider][2]:
            if f == fmt:
                return g()
    return F.EXTRA[provider][fmt]()


def camel(env):
    p = env.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:] if x)


def pascal(env):
    return "".join(x.title() for x in env.lower().split("_") if x)


def snake(env):
    return env.lower()


def kebab(env):
    return env.lower().replace("_", "-")


# (name, extension, header, footer, [(shape, render(env, value, provider))], decoy render, env-reference render, "$" special)
LANGS = [
    ("groovy", ".groovy", ["import groovy.json.JsonOutput", ""], [], [
        ("groovy-def-single", lambda e, v, p: "def %s = '%s'" % (camel(e), v)),
        ("groovy-map-literal", lambda e, v, p: "def creds = [%s: '%s', region: 'eu']" % (camel(e), v)),
        ("groovy-closure-config", lambda e, v, p: "%sClient.configure {\n    token = '%s'\n}" % (p, v)),
    ], lambda e, v: "def %s = '%s'" % (camel(e), v), lambda e: "def %s = System.getenv('%s')" % (camel(e), e), True),
    ("clojure", ".clj", ["(ns acme.integrations.config)", ""], [], [
        ("clojure-def", lambda e, v, p: '(def %s "%s")' % (kebab(e), v)),
        ("clojure-map-keyword", lambda e, v, p: '(def config {:%s "%s" :timeout-ms 5000})' % (kebab(e), v)),
        ("clojure-sdk-call", lambda e, v, p: '(%s/client {:token "%s"})' % (p, v)),
    ], lambda e, v: '(def %s "%s")' % (kebab(e), v), lambda e: '(def %s (System/getenv "%s"))' % (kebab(e), e), False),
    ("fsharp", ".fs", ["module Acme.Config", ""], [], [
        ("fsharp-let", lambda e, v, p: 'let %s = "%s"' % (camel(e), v)),
        ("fsharp-record", lambda e, v, p: 'let settings = { %s = "%s"; Region = "eu" }' % (pascal(e), v)),
        ("fsharp-setenv", lambda e, v, p: 'System.Environment.SetEnvironmentVariable("%s", "%s")' % (e, v)),
    ], lambda e, v: 'let %s = "%s"' % (camel(e), v), lambda e: 'let %s = System.Environment.GetEnvironmentVariable "%s"' % (camel(e), e), False),
    ("ocaml", ".ml", ["open Lwt.Syntax", ""], [], [
        ("ocaml-let", lambda e, v, p: 'let %s = "%s"' % (snake(e), v)),
        ("ocaml-putenv", lambda e, v, p: 'let () = Unix.putenv "%s" "%s"' % (e, v)),
        ("ocaml-assoc-list", lambda e, v, p: 'let creds = [ ("%s", "%s"); ("region", "eu") ]' % (snake(e), v)),
    ], lambda e, v: 'let %s = "%s"' % (snake(e), v), lambda e: 'let %s = Sys.getenv "%s"' % (snake(e), e), False),
    ("haskell", ".hs", ["{-# LANGUAGE OverloadedStrings #-}", "module Config where", ""], [], [
        ("haskell-top-binding", lambda e, v, p: '%s :: Text\n%s = "%s"' % (camel(e), camel(e), v)),
        ("haskell-setenv", lambda e, v, p: 'main = setEnv "%s" "%s" >> run' % (e, v)),
        ("haskell-record-update", lambda e, v, p: 'cfg = defaultConfig { %s = "%s" }' % (camel(e), v)),
    ], lambda e, v: '%s = "%s"' % (camel(e), v), lambda e: '%s <- getEnv "%s"' % (camel(e), e), False),
    ("nim", ".nim", ["import std/[httpclient, os]", ""], [], [
        ("nim-const", lambda e, v, p: 'const %s = "%s"' % (camel(e), v)),
        ("nim-putenv", lambda e, v, p: 'putEnv("%s", "%s")' % (e, v)),
        ("nim-headers", lambda e, v, p: 'let headers = newHttpHeaders({"Authorization": "Bearer %s"})' % v),
    ], lambda e, v: 'let %s = "%s"' % (camel(e), v), lambda e: 'let %s = getEnv("%s")' % (camel(e), e), False),
    ("zig", ".zig", ['const std = @import("std");', ""], [], [
        ("zig-const", lambda e, v, p: 'const %s = "%s";' % (snake(e), v)),
        ("zig-header-append", lambda e, v, p: 'try headers.append("Authorization", "Bearer %s");' % v),
        ("zig-struct-literal", lambda e, v, p: 'const cfg = Config{ .%s = "%s", .timeout_ms = 5000 };' % (snake(e), v)),
    ], lambda e, v: 'const %s = "%s";' % (snake(e), v), lambda e: 'const %s = std.posix.getenv("%s");' % (snake(e), e), False),
    ("crystal", ".cr", ['require "http/client"', ""], [], [
        ("crystal-constant", lambda e, v, p: '%s = "%s"' % (e, v)),
        ("crystal-env-or-assign", lambda e, v, p: 'ENV["%s"] ||= "%s"' % (e, v)),
        ("crystal-headers", lambda e, v, p: 'headers = HTTP::Headers{"X-Api-Key" => "%s"}' % v),
    ], lambda e, v: '%s = "%s"' % (snake(e), v), lambda e: '%s = ENV["%s"]' % (snake(e), e), False),
    ("julia", ".jl", ["using HTTP, JSON3", ""], [], [
        ("julia-const", lambda e, v, p: 'const %s = "%s"' % (e, v)),
        ("julia-env-assign", lambda e, v, p: 'ENV["%s"] = "%s"' % (e, v)),
        ("julia-dict-pair", lambda e, v, p: 'creds = Dict("%s" => "%s")' % (snake(e), v)),
        ("julia-get-default", lambda e, v, p: '%s = get(ENV, "%s", "%s")' % (snake(e), e, v)),
    ], lambda e, v: '%s = "%s"' % (snake(e), v), lambda e: '%s = ENV["%s"]' % (snake(e), e), True),
    ("namelist", ".nml", ["! run parameters for the sync driver"], [], [
        ("fortran-namelist", lambda e, v, p: "&%s_credentials\n  %s = '%s'\n/" % (p, snake(e), v)),
        ("fortran-namelist-comma", lambda e, v, p: '&remote\n  endpoint = "https://api.%s.example",\n  %s = "%s",\n/' % (p, snake(e), v)),
    ], lambda e, v: "&defaults\n  %s = '%s'\n/" % (snake(e), v), lambda e: "! %s is read from the environment at start-up" % e, False),
    ("tcl", ".tcl", ["package require http", ""], [], [
        ("tcl-set-quoted", lambda e, v, p: 'set %s "%s"' % (snake(e), v)),
        ("tcl-env-braces", lambda e, v, p: "set env(%s) {%s}" % (e, v)),
        ("tcl-dict-create", lambda e, v, p: "set cfg [dict create %s %s region eu]" % (snake(e), v)),
    ], lambda e, v: "set %s {%s}" % (snake(e), v), lambda e: "set %s $env(%s)" % (snake(e), e), True),
    ("awk", ".awk", ["#!/usr/bin/awk -f"], [], [
        ("awk-begin-assign", lambda e, v, p: 'BEGIN { %s = "%s" }' % (snake(e), v)),
        ("awk-cli-var", lambda e, v, p: '# run: awk -v %s="%s" -f report.awk events.log' % (snake(e), v)),
    ], lambda e, v: 'BEGIN { %s = "%s" }' % (snake(e), v), lambda e: 'BEGIN { %s = ENVIRON["%s"] }' % (snake(e), e), True),
    ("make", ".mk", ["SHELL := /bin/bash", ""], [], [
        ("makefile-conditional-assign", lambda e, v, p: "%s ?= %s" % (e, v)),
        ("makefile-export", lambda e, v, p: "export %s := %s" % (e, v)),
        ("makefile-recipe-header", lambda e, v, p: "sync:\n\tcurl -fsS -H 'Authorization: Bearer %s' https://api.%s.example/v1/sync" % (v, p)),
    ], lambda e, v: "%s = %s" % (e, v), lambda e: "%s ?= $(shell cat .secrets/%s)" % (e, snake(e)), True),
    ("cmake", ".cmake", ["cmake_minimum_required(VERSION 3.24)", ""], [], [
        ("cmake-set", lambda e, v, p: 'set(%s "%s")' % (e, v)),
        ("cmake-set-env", lambda e, v, p: 'set(ENV{%s} "%s")' % (e, v)),
        ("cmake-compile-definition", lambda e, v, p: 'add_compile_definitions(%s="%s")' % (e, v)),
    ], lambda e, v: 'set(%s "%s")' % (e, v), lambda e: 'set(%s "$ENV{%s}")' % (e, e), True),
    ("starlark", ".bzl", ['load("@rules_oci//oci:defs.bzl", "oci_image")', ""], [], [
        ("starlark-constant", lambda e, v, p: '%s = "%s"' % (e, v)),
        ("starlark-env-dict", lambda e, v, p: 'oci_image(\n    name = "%s_sync",\n    env = {"%s": "%s"},\n)' % (p, e, v)),
    ], lambda e, v: '%s = "%s"' % (e, v), lambda e: '%s = "$(%s)"' % (e, e), True),
    ("nix", ".nix", ["{ config, pkgs, ... }:", "{"], ["}"], [
        ("nix-option", lambda e, v, p: '  services.%s.%s = "%s";' % (p, camel(e), v)),
        ("nix-environment-variables", lambda e, v, p: '  environment.variables.%s = "%s";' % (e, v)),
        ("nix-attrset-env", lambda e, v, p: '  systemd.services.%s.environment = { %s = "%s"; };' % (p, e, v)),
    ], lambda e, v: '  %s = "%s";' % (camel(e), v), lambda e: '  %sFile = config.age.secrets.%s.path;' % (camel(e), snake(e)), False),
    ("jsonnet", ".jsonnet", ["local env = std.extVar('env');", ""], [], [
        ("jsonnet-local", lambda e, v, p: "local %s = '%s';" % (camel(e), v)),
        ("jsonnet-object-field", lambda e, v, p: "{\n  %s: { %s: '%s' },\n}" % (p, camel(e), v)),
    ], lambda e, v: "local %s = '%s';" % (camel(e), v), lambda e: "local %s = std.extVar('%s');" % (camel(e), e), False),
    ("cue", ".cue", ["package deploy", ""], [], [
        ("cue-field", lambda e, v, p: '%s: "%s"' % (camel(e), v)),
        ("cue-nested-struct", lambda e, v, p: 'secrets: %s: %s: "%s"' % (p, camel(e), v)),
    ], lambda e, v: '%s: "%s"' % (camel(e), v), lambda e: '%s: string @tag(%s)' % (camel(e), e), False),
    ("dhall", ".dhall", ["let Prelude = https://prelude.dhall-lang.org/v23.0.0/package.dhall", ""], [], [
        ("dhall-let", lambda e, v, p: 'let %s = "%s"' % (camel(e), v)),
        ("dhall-record", lambda e, v, p: 'in  { %s = "%s", region = "eu" }' % (camel(e), v)),
    ], lambda e, v: 'let %s = "%s"' % (camel(e), v), lambda e: 'let %s = env:%s as Text' % (camel(e), e), False),
    ("kdl", ".kdl", ["// zellij-style layout with a plugin config"], [], [
        ("kdl-node-arg", lambda e, v, p: '%s "%s"' % (kebab(e), v)),
        ("kdl-property", lambda e, v, p: 'plugin location="file:%s.wasm" {\n    env %s="%s"\n}' % (p, e, v)),
    ], lambda e, v: '%s "%s"' % (kebab(e), v), lambda e: 'env-from "%s"' % e, False),
    ("hocon", ".conf", ["include \"base.conf\"", ""], [], [
        ("hocon-quoted", lambda e, v, p: '%s.%s = "%s"' % (p, camel(e), v)),
        ("hocon-nested-colon", lambda e, v, p: '%s {\n  credentials {\n    %s: "%s"\n  }\n}' % (p, camel(e), v)),
    ], lambda e, v: '%s = "%s"' % (camel(e), v), lambda e: '%s = ${?%s}' % (camel(e), e), True),
    ("apache", ".htconf", ["<VirtualHost *:443>", "    ServerName api.acme.example"], ["</VirtualHost>"], [
        ("apache-setenv", lambda e, v, p: "    SetEnv %s %s" % (e, v)),
        ("apache-requestheader", lambda e, v, p: '    RequestHeader set Authorization "Bearer %s"' % v),
    ], lambda e, v: "    SetEnv %s %s" % (e, v), lambda e: "    PassEnv %s" % e, True),
    ("nginx", ".nginx", ["server {", "    listen 443 ssl;", "    location /upstream/ {"], ["    }", "}"], [
        ("nginx-proxy-header", lambda e, v, p: '        proxy_set_header Authorization "Bearer %s";' % v),
        ("nginx-fastcgi-param", lambda e, v, p: '        fastcgi_param %s "%s";' % (e, v)),
        ("nginx-set-var", lambda e, v, p: '        set $%s "%s";' % (snake(e), v)),
    ], lambda e, v: '        fastcgi_param %s "%s";' % (e, v), lambda e: "        # %s comes from env at start-up" % e, True),
    ("systemd", ".service", ["[Unit]", "Description=acme sync worker", "", "[Service]"], ["ExecStart=/usr/local/bin/acme-sync", "", "[Install]", "WantedBy=multi-user.target"], [
        ("systemd-environment-quoted", lambda e, v, p: 'Environment="%s=%s"' % (e, v)),
        ("systemd-environment-bare", lambda e, v, p: "Environment=%s=%s" % (e, v)),
    ], lambda e, v: "Environment=%s=%s" % (e, v), lambda e: "EnvironmentFile=/etc/acme/%s.env" % snake(e), True),
    ("crontab", ".crontab", ["SHELL=/bin/sh", "MAILTO=ops@acme.example"], [], [
        ("crontab-env-line", lambda e, v, p: "%s=%s" % (e, v)),
        ("crontab-curl-header", lambda e, v, p: "*/15 * * * * curl -fsS -H 'Authorization: Bearer %s' https://api.%s.example/v1/ping >/dev/null" % (v, p)),
        ("crontab-inline-env", lambda e, v, p: "0 3 * * * %s=%s /usr/local/bin/%s-export --all" % (e, v, p)),
    ], lambda e, v: "%s=%s" % (e, v), lambda e: "30 4 * * * . /etc/acme/env && /usr/local/bin/report  # needs %s" % e, True),
    ("sql", ".sql", ["-- seed data for the integrations table", "BEGIN;"], ["COMMIT;"], [
        ("sql-insert-values", lambda e, v, p: "INSERT INTO integration_credentials (provider, name, secret) VALUES ('%s', '%s', '%s');" % (p, snake(e), v)),
        ("sql-update-set", lambda e, v, p: "UPDATE app_settings SET value = '%s' WHERE name = '%s';" % (v, snake(e))),
    ], lambda e, v: "INSERT INTO app_settings (name, value) VALUES ('%s', '%s');" % (snake(e), v), lambda e: "-- %s is set by the deploy job, not here" % e, False),
    ("graphql", ".graphql", ["# variables used by the integration test"], [], [
        ("graphql-inline-argument", lambda e, v, p: 'mutation {\n  connect%s(input: { %s: "%s" }) { id }\n}' % (F.animal().title(), camel(e), v)),
        ("graphql-variables-json", lambda e, v, p: '# variables: {"input": {"provider": "%s", "%s": "%s"}}' % (p, camel(e), v)),
    ], lambda e, v: '# variables: {"%s": "%s"}' % (camel(e), v), lambda e: "# %s from the environment" % e, False),
    ("textproto", ".textproto", ["# proto-file: acme/config.proto", "# proto-message: acme.Config"], [], [
        ("protobuf-text-field", lambda e, v, p: '%s: "%s"' % (snake(e), v)),
        ("protobuf-text-nested", lambda e, v, p: 'credentials {\n  provider: "%s"\n  %s: "%s"\n}' % (p, snake(e), v)),
    ], lambda e, v: '%s: "%s"' % (snake(e), v), lambda e: 'env_var: "%s"' % e, False),
    ("jinja", ".j2", ["# managed by ansible"], [], [
        ("jinja-set", lambda e, v, p: '{%% set %s = "%s" %%}' % (snake(e), v)),
        ("jinja-default-filter", lambda e, v, p: '%s={{ %s | default("%s") }}' % (e, snake(e), v)),
    ], lambda e, v: '{%% set %s = "%s" %%}' % (snake(e), v), lambda e: "%s={{ lookup('env', '%s') }}" % (e, e), False),
    ("gotmpl", ".tmpl", ["{{- /* rendered by the deploy tool */ -}}"], [], [
        ("gotemplate-variable", lambda e, v, p: '{{ $%s := "%s" }}' % (camel(e), v)),
        ("gotemplate-default", lambda e, v, p: '%s={{ .Values.%s | default "%s" }}' % (e, camel(e), v)),
    ], lambda e, v: '{{ $%s := "%s" }}' % (camel(e), v), lambda e: '%s={{ env "%s" }}' % (e, e), False),
    ("vue", ".vue", ["<script setup>", "import { ref } from 'vue'"], ["</script>", "", "<template>", "  <div id=\"app\" />", "</template>"], [
        ("vue-script-const", lambda e, v, p: "const %s = '%s'" % (camel(e), v)),
        ("vue-ref-object", lambda e, v, p: "const client = ref({ %s: '%s' })" % (camel(e), v)),
    ], lambda e, v: "const %s = '%s'" % (camel(e), v), lambda e: "const %s = import.meta.env.VITE_%s" % (camel(e), e), False),
    ("svelte", ".svelte", ["<script>", "  import { onMount } from 'svelte';"], ["</script>"], [
        ("svelte-let", lambda e, v, p: '  let %s = "%s";' % (camel(e), v)),
        ("svelte-fetch-header", lambda e, v, p: "  onMount(() => fetch('/api', { headers: { Authorization: 'Bearer %s' } }));" % v),
    ], lambda e, v: '  let %s = "%s";' % (camel(e), v), lambda e: "  import { %s } from '$env/static/private';" % e, True),
    ("jsx", ".jsx", ["import React from 'react';", ""], [], [
        ("jsx-string-prop", lambda e, v, p: 'export const App = () => <%sProvider %s="%s" />;' % (p.title(), camel(e), v)),
        ("jsx-expression-prop", lambda e, v, p: "export const Widget = () => <Client token={'%s'} />;" % v),
    ], lambda e, v: "const %s = '%s';" % (camel(e), v), lambda e: "const %s = process.env.%s;" % (camel(e), e), False),
    ("xaml", ".xaml", ['<ResourceDictionary xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation"', '                    xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml">'], ["</ResourceDictionary>"], [
        ("xaml-string-resource", lambda e, v, p: '    <x:String x:Key="%s">%s</x:String>' % (pascal(e), v)),
        ("xaml-attribute", lambda e, v, p: '    <local:%sClient x:Key="Client" ApiKey="%s" />' % (p.title(), v)),
    ], lambda e, v: '    <x:String x:Key="%s">%s</x:String>' % (pascal(e), v), lambda e: "    <!-- %s is injected at build time -->" % e, False),
    ("python", ".py", ["import os", ""], [], [
        ("py-sdk-kwarg", lambda e, v, p: 'client = %s.Client(api_key="%s")' % (p, v)),
        ("py-environ-item", lambda e, v, p: 'os.environ["%s"] = "%s"' % (e, v)),
    ], lambda e, v: '%s = "%s"' % (e, v), lambda e: '%s = os.environ["%s"]' % (e, e), False),
    ("js", ".js", ["'use strict';", ""], [], [
        ("js-module-exports", lambda e, v, p: "module.exports = { %s: '%s' };" % (camel(e), v)),
        ("js-fetch-header", lambda e, v, p: "fetch(url, { headers: { 'X-API-Key': '%s' } });" % v),
    ], lambda e, v: "const %s = '%s';" % (camel(e), v), lambda e: "const %s = process.env.%s;" % (camel(e), e), False),
    ("yaml", ".yaml", ["# compose override"], [], [
        ("yaml-k8s-env-list", lambda e, v, p: 'env:\n  - name: %s\n    value: "%s"' % (e, v)),
        ("yaml-compose-environment", lambda e, v, p: "services:\n  %s-sync:\n    environment:\n      %s: %s" % (p, e, v)),
    ], lambda e, v: "%s: %s" % (e, v), lambda e: "%s: ${%s}" % (e, e), False),
    ("shell", ".sh", ["#!/usr/bin/env bash", "set -euo pipefail"], [], [
        ("sh-export-double", lambda e, v, p: 'export %s="%s"' % (e, v)),
        ("sh-curl-user", lambda e, v, p: "curl -fsS -u 'api:%s' https://api.%s.example/v1/me" % (v, p)),
    ], lambda e, v: "%s='%s'" % (e, v), lambda e: ': "${%s:?missing}"' % e, True),
]


def conflicts(lang, values):
    """A value the syntax would not hold literally ($ where $ interpolates, space where unquoted)."""
    special = lang[7]
    return any(("$" in v and special) for v in values)


def snippet(i, provider):
    env_base, positives, decoys = F.P[provider]
    values = [(fmt, env, g()) for fmt, env, g in positives]
    dvalues = [(kind, env, g()) for kind, env, g in decoys]
    j = i
    while conflicts(LANGS[j % len(LANGS)], [v for _, _, v in values]):
        j += 1
    lang, ext, head, foot, shapes, decoy_line, env_line, _ = LANGS[j % len(LANGS)]
    path = "snippets/%s%s" % (provider, ext)
    doc = Doc(path, "snippets", shapes[0][0])
    body = list(head)
    k = i
    for fmt, env, v in values:
        shape, render = shapes[k % len(shapes)]
        k += 1
        if "\n" in v:  # a PEM key in a one-line string: newlines written as \n
            m = doc.pos(provider, fmt, v, shape=shape + "+pem-escaped", shown=v.replace("\n", "\\n"))
        else:
            m = doc.secret(provider, fmt, v, shape=shape)
        body.append(render(env, m, provider))
    for kind, env, v in dvalues:
        body.append(decoy_line(env, doc.dec(provider, kind, v, shape=shapes[0][0])))
    body.append(env_line(env_base + "_TOKEN"))
    body += foot
    return doc, "\n".join(body) + "\n"


def main():
    outdir = sys.argv[1]
    docs = [snippet(i, p) for i, p in enumerate(sorted(F.P))]
    import hubspot8
    docs += hubspot8.build(Doc)
    import repos8
    docs += repos8.build(Doc, gen)
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
