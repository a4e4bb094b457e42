#!/usr/bin/env python3
"""Writes the fifteenth held-out corpus (written blind): corpus/snippets/, corpus/repos/, labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded with Random(15), reproducible)

snippets/: one short file per provider (110 drawn with random.Random(15).sample from the
provider names of keyhound's rule ids), the syntax rotating over LANGS (about 40), or the
provider's own file format (NATIVE). repos/: whole files as committed in project kinds the
earlier holdouts did not centre on (repos15.py), HubSpot in depth under repos/hubspot/.
Labels: holdout12's format (kind, file, line, provider, format, secret / value, decoy,
shape, accept, encoded, encoded_value, match, half).
"""
import base64
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import formats15 as F  # noqa: E402
from formats15 import PROVIDERS, expand  # noqa: E402

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
        if False:
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
    p = env.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:] if x)


def snake(env):
    return env.lower()


def pascal(env):
    return "".join(x.title() for x in env.lower().split("_") if x)


# (name, ext, header, footer, [(shape, render(env, value, provider)) x2], decoy(name, value), envref(env))
# The first positive shape names the credential, the second is a weak name, an argument or a header.
LANGS = [
    ("py", ".py", ["import os", "import requests", ""], [], [
        ("python-getenv-default", lambda e, v, p: '%s = os.getenv("%s", "%s")' % (e, e, v)),
        ("python-constructor-arg", lambda e, v, p: 'client = %sClient("%s", timeout=30)' % (pascal(p), v)),
    ], lambda n, v: '%s = "%s"' % (n, v), lambda e: '%s = os.environ["%s"]' % (snake(e), e)),
    ("js", ".js", ["'use strict';", "const axios = require('axios');", ""], [], [
        ("js-const", lambda e, v, p: "const %s = '%s';" % (camel(e), v)),
        ("js-bearer-header", lambda e, v, p: "axios.defaults.headers.common.Authorization = `Bearer %s`;" % v),
    ], lambda n, v: "const %s = '%s';" % (camel(n), v), lambda e: "const %s = process.env.%s;" % (camel(e), e)),
    ("ts", ".ts", ["import { createClient } from './client';", ""], [], [
        ("ts-config-object", lambda e, v, p: "export const settings = { %s: { %s: '%s' } };" % (p, camel(e), v)),
        ("ts-options-auth", lambda e, v, p: "const api = createClient({ baseUrl: 'https://api.%s.example', auth: '%s' });" % (p, v)),
    ], lambda n, v: "export const %s = '%s';" % (camel(n), v), lambda e: "const fromEnv = process.env['%s'] ?? '';" % e),
    ("go", ".go", ["package config", "", "import \"os\"", ""], [], [
        ("go-const", lambda e, v, p: 'const %s = "%s"' % (pascal(e), v)),
        ("go-struct-field", lambda e, v, p: 'var upstream = Upstream{Name: "%s", Creds: "%s"}' % (p, v)),
    ], lambda n, v: 'const %s = "%s"' % (pascal(n), v), lambda e: 'var fromEnv = os.Getenv("%s")' % e),
    ("java", ".java", ["package com.acme.integrations;", "", "public final class Settings {"], ["}"], [
        ("java-static-final", lambda e, v, p: '    private static final String %s = "%s";' % (e, v)),
        ("java-header-call", lambda e, v, p: '    static HttpRequest.Builder req() { return HttpRequest.newBuilder().header("X-Api-Key", "%s"); }' % v),
    ], lambda n, v: '    static final String %s = "%s";' % (n, v), lambda e: '    static final String FROM_ENV = System.getenv("%s");' % e),
    ("cs", ".cs", ["using System;", "", "namespace Acme.Integrations", "{", "    public static class Keys", "    {"], ["    }", "}"], [
        ("csharp-const", lambda e, v, p: '        public const string %s = "%s";' % (pascal(e), v)),
        ("csharp-ctor-arg", lambda e, v, p: '        public static readonly %sClient Client = new %sClient("%s");' % (pascal(p), pascal(p), v)),
    ], lambda n, v: '        public const string %s = "%s";' % (pascal(n), v), lambda e: '        public static string FromEnv => Environment.GetEnvironmentVariable("%s");' % e),
    ("rb", ".rb", ["# frozen_string_literal: true", ""], [], [
        ("ruby-env-fallback", lambda e, v, p: 'ENV["%s"] ||= "%s"' % (e, v)),
        ("ruby-configure-block", lambda e, v, p: '%s.configure { |c| c.key = "%s" }' % (pascal(p), v)),
    ], lambda n, v: '%s = "%s"' % (n, v), lambda e: 'from_env = ENV.fetch("%s")' % e),
    ("php", ".php", ["<?php", ""], [], [
        ("php-define", lambda e, v, p: "define('%s', '%s');" % (e, v)),
        ("php-ctor-arg", lambda e, v, p: "$client = new \\%s\\Client('%s');" % (pascal(p), v)),
    ], lambda n, v: "define('%s', '%s');" % (n, v), lambda e: "$fromEnv = getenv('%s');" % e),
    ("sh", ".sh", ["#!/usr/bin/env bash", "set -euo pipefail"], [], [
        ("shell-export", lambda e, v, p: 'export %s="%s"' % (e, v)),
        ("shell-cli-flag", lambda e, v, p: "%s-cli login --token '%s' --non-interactive" % (p, v)),
    ], lambda n, v: '%s="%s"' % (n, v), lambda e: ': "${%s:?set it in CI}"' % e),
    ("yaml", ".yaml", ["# service settings"], [], [
        ("yaml-key", lambda e, v, p: "%s: %s" % (snake(e), v)),
        ("yaml-nested-auth", lambda e, v, p: "%s:\n  endpoint: https://api.%s.example\n  auth: \"%s\"" % (p, p, v)),
    ], lambda n, v: "%s: %s" % (snake(n), v), lambda e: "%s_from_env: ${%s}" % (snake(e), e)),
    ("json", ".json", ["{"], ['  "version": 3', "}"], [
        ("json-credential-key", lambda e, v, p: '  "%s": "%s",' % (camel(e), v)),
        ("json-map-by-provider", lambda e, v, p: '  "providers": { "%s": "%s" },' % (p, v)),
    ], lambda n, v: '  "%s": "%s",' % (camel(n), v), lambda e: '  "fromEnv": "${%s}",' % e),
    ("env", ".env", ["# local overrides"], [], [
        ("dotenv", lambda e, v, p: "%s=%s" % (e, v)),
        ("dotenv-weak-name", lambda e, v, p: "%s_AUTH='%s'" % (p.upper(), v)),
    ], lambda n, v: "%s=%s" % (n, v), lambda e: "%s_REF=${%s}" % (e, e)),
    ("Dockerfile", ".Dockerfile", ["FROM python:3.12-slim", "WORKDIR /app"], ['CMD ["python", "-m", "app"]'], [
        ("dockerfile-env", lambda e, v, p: "ENV %s=%s" % (e, v)),
        ("dockerfile-run-flag", lambda e, v, p: "RUN ./bin/fetch-assets --auth %s" % v),
    ], lambda n, v: "LABEL %s=%s" % (snake(n).replace("_", "."), v), lambda e: "ARG %s" % e),
    ("gha", ".workflow.yml", ["name: deploy", "on: [push]", "jobs:", "  release:", "    runs-on: ubuntu-latest", "    steps:"], [], [
        ("gha-env", lambda e, v, p: "      - run: ./deploy.sh\n        env:\n          %s: %s" % (e, v)),
        ("gha-with-token", lambda e, v, p: "      - uses: acme/%s-action@v2\n        with:\n          token: %s" % (p, v)),
    ], lambda n, v: "      - run: echo \"%s=%s\" >> \"$GITHUB_OUTPUT\"" % (snake(n), v), lambda e: "      - run: ./sync.sh\n        env:\n          %s: ${{ secrets.%s }}" % (e, e)),
    ("tf", ".tf", ["terraform {", "  required_version = \">= 1.6\"", "}", ""], [], [
        ("terraform-provider-block", lambda e, v, p: 'provider "%s" {\n  api_key = "%s"\n}' % (p, v)),
        ("terraform-variable-default", lambda e, v, p: 'variable "auth" {\n  type    = string\n  default = "%s"\n}' % v),
    ], lambda n, v: 'locals {\n  %s = "%s"\n}' % (snake(n), v), lambda e: 'variable "%s" {\n  sensitive = true\n}' % snake(e)),
    ("k8s", ".secret.yaml", ["apiVersion: v1", "kind: Secret", "metadata:", "  name: app-credentials", "type: Opaque"], [], [
        ("k8s-stringdata", lambda e, v, p: "stringData:\n  %s: \"%s\"" % (e, v)),
        ("k8s-data-base64", None),
    ], lambda n, v: "# %s: %s" % (snake(n), v), lambda e: "# %s comes from the sealed-secrets controller" % e),
    ("kt", ".kts", ["plugins { id(\"com.android.application\") }", "android {", "  defaultConfig {"], ["  }", "}"], [
        ("kotlin-buildconfig", lambda e, v, p: '    buildConfigField("String", "%s", "\\"%s\\"")' % (e, v)),
        ("kotlin-manifest-placeholder", lambda e, v, p: '    manifestPlaceholders["auth"] = "%s"' % v),
    ], lambda n, v: '    buildConfigField("String", "%s", "\\"%s\\"")' % (n, v), lambda e: '    buildConfigField("String", "FROM_ENV", "\\"${System.getenv("%s")}\\"")' % e),
    ("swift", ".swift", ["import Foundation", ""], [], [
        ("swift-let", lambda e, v, p: 'let %s = "%s"' % (camel(e), v)),
        ("swift-header", lambda e, v, p: 'request.setValue("Bearer %s", forHTTPHeaderField: "Authorization")' % v),
    ], lambda n, v: 'let %s = "%s"' % (camel(n), v), lambda e: 'let fromEnv = ProcessInfo.processInfo.environment["%s"]' % e),
    ("rs", ".rs", ["use std::env;", ""], [], [
        ("rust-const", lambda e, v, p: 'pub const %s: &str = "%s";' % (e, v)),
        ("rust-bearer-auth", lambda e, v, p: 'let resp = client.get(url).bearer_auth("%s").send()?;' % v),
    ], lambda n, v: 'pub const %s: &str = "%s";' % (n, v), lambda e: 'let from_env = env::var("%s")?;' % e),
    ("scala", ".scala", ["object Settings {"], ["}"], [
        ("scala-val", lambda e, v, p: '  val %s = "%s"' % (camel(e), v)),
        ("scala-tuple", lambda e, v, p: '  val upstream = ("%s", "%s")' % (p, v)),
    ], lambda n, v: '  val %s = "%s"' % (camel(n), v), lambda e: '  val fromEnv = sys.env("%s")' % e),
    ("exs", ".exs", ["import Config", ""], [], [
        ("elixir-config", lambda e, v, p: 'config :acme, :%s, %s: "%s"' % (p, snake(e), v)),
        ("elixir-header-tuple", lambda e, v, p: 'config :acme, :headers, [{"authorization", "Bearer %s"}]' % v),
    ], lambda n, v: 'config :acme, %s: "%s"' % (snake(n), v), lambda e: 'config :acme, from_env: System.fetch_env!("%s")' % e),
    ("dart", ".dart", ["import 'package:http/http.dart' as http;", ""], [], [
        ("dart-const", lambda e, v, p: "const %s = '%s';" % (camel(e), v)),
        ("dart-header-map", lambda e, v, p: "final headers = {'x-auth': '%s'};" % v),
    ], lambda n, v: "const %s = '%s';" % (camel(n), v), lambda e: "final fromEnv = Platform.environment['%s'];" % e),
    ("ps1", ".ps1", ["$ErrorActionPreference = 'Stop'"], [], [
        ("powershell-env", lambda e, v, p: '$env:%s = "%s"' % (e, v)),
        ("powershell-headers", lambda e, v, p: 'Invoke-RestMethod -Uri $Uri -Headers @{ Authorization = "Bearer %s" }' % v),
    ], lambda n, v: '$%s = "%s"' % (camel(n), v), lambda e: '$fromEnv = $env:%s' % e),
    ("ini", ".ini", ["[upstream]"], [], [
        ("ini-secret", lambda e, v, p: "%s = %s" % (snake(e), v)),
        ("ini-weak-key", lambda e, v, p: "key = %s" % v),
    ], lambda n, v: "%s = %s" % (snake(n), v), lambda e: "%s = %%(ENV_%s)s" % (snake(e) + "_ref", e)),
    ("toml", ".toml", ["[service]", "name = \"sync\""], [], [
        ("toml-key", lambda e, v, p: "%s = \"%s\"" % (snake(e), v)),
        ("toml-table-auth", lambda e, v, p: "\n[%s]\nauth = \"%s\"" % (p, v)),
    ], lambda n, v: "%s = \"%s\"" % (snake(n), v), lambda e: "%s_env = \"%s\"" % (snake(e), e)),
    ("properties", ".properties", ["# application.properties"], [], [
        ("properties-dotted", lambda e, v, p: "%s=%s" % (snake(e).replace("_", "."), v)),
        ("properties-weak", lambda e, v, p: "%s.creds=%s" % (p, v)),
    ], lambda n, v: "%s=%s" % (snake(n).replace("_", "."), v), lambda e: "%s.ref=${%s}" % (p_or(e), e)),
    ("config", ".config", ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<configuration>", "  <appSettings>"], ["  </appSettings>", "</configuration>"], [
        ("xml-appsettings", lambda e, v, p: '    <add key="%s" value="%s" />' % (pascal(e), v)),
        ("xml-element", lambda e, v, p: '    <!-- legacy --><add key="%s:Auth" value="%s" />' % (pascal(p), v)),
    ], lambda n, v: '    <add key="%s" value="%s" />' % (pascal(n), v), lambda e: '    <add key="FromEnv" value="%%%s%%" />' % e),
    ("pl", ".pl", ["use strict;", "use warnings;", ""], [], [
        ("perl-my", lambda e, v, p: "my $%s = '%s';" % (snake(e), v)),
        ("perl-header", lambda e, v, p: "$ua->default_header('X-Token' => '%s');" % v),
    ], lambda n, v: "my $%s = '%s';" % (snake(n), v), lambda e: "my $from_env = $ENV{%s};" % e),
    ("lua", ".lua", ["local M = {}"], ["return M"], [
        ("lua-local", lambda e, v, p: 'M.%s = "%s"' % (snake(e), v)),
        ("lua-table-by-provider", lambda e, v, p: 'M.creds = { %s = "%s" }' % (p, v)),
    ], lambda n, v: 'M.%s = "%s"' % (snake(n), v), lambda e: 'M.from_env = os.getenv("%s")' % e),
    ("R", ".R", ["library(httr)", ""], [], [
        ("r-setenv", lambda e, v, p: 'Sys.setenv(%s = "%s")' % (e, v)),
        ("r-add-headers", lambda e, v, p: 'resp <- GET(url, add_headers(Authorization = paste("Bearer", "%s")))' % v),
    ], lambda n, v: '%s <- "%s"' % (snake(n), v), lambda e: 'from_env <- Sys.getenv("%s")' % e),
    ("compose", ".compose.yml", ["services:", "  worker:", "    image: ghcr.io/acme/worker:1.8.2"], [], [
        ("compose-environment-list", lambda e, v, p: "    environment:\n      - %s=%s" % (e, v)),
        ("compose-command-flag", lambda e, v, p: "    command: [\"worker\", \"--auth\", \"%s\"]" % v),
    ], lambda n, v: "    labels:\n      %s: \"%s\"" % (snake(n).replace("_", "."), v), lambda e: "    env_file: .env  # %s" % e),
    ("helm", ".values.yaml", ["replicaCount: 2", "image:", "  tag: 4.1.0"], [], [
        ("helm-secrets-map", lambda e, v, p: "secrets:\n  %s: %s" % (e, v)),
        ("helm-nested-key", lambda e, v, p: "%s:\n  enabled: true\n  key: %s" % (p, v)),
    ], lambda n, v: "%s: %s" % (camel(n), v), lambda e: "existingSecret: %s" % snake(e).replace("_", "-")),
    ("ansible", ".ansible.yml", ["- hosts: workers", "  vars:"], ["  roles:", "    - worker"], [
        ("ansible-var", lambda e, v, p: "    %s: \"%s\"" % (snake(e), v)),
        ("ansible-uri-header", lambda e, v, p: "    upstream_headers:\n      X-Api-Key: \"%s\"" % v),
    ], lambda n, v: "    %s: \"%s\"" % (snake(n), v), lambda e: "    %s: \"{{ lookup('env', '%s') }}\"" % (snake(e) + "_env", e)),
    ("http", ".http", ["### smoke test", "@host = https://api.example.net"], [], [
        ("http-variable", lambda e, v, p: "@%s = %s" % (camel(e), v)),
        ("http-auth-header", lambda e, v, p: "GET {{host}}/v1/status\nAuthorization: Bearer %s" % v),
    ], lambda n, v: "@%s = %s" % (camel(n), v), lambda e: "@fromEnv = {{$processEnv %s}}" % e),
    ("sql", ".sql", ["-- integration seed"], [], [
        ("sql-insert", lambda e, v, p: "INSERT INTO integration_secrets (provider, secret) VALUES ('%s', '%s');" % (p, v)),
        ("sql-update-value", lambda e, v, p: "UPDATE settings SET value = '%s' WHERE name = '%s';" % (v, p)),
    ], lambda n, v: "INSERT INTO integration_ids (name, value) VALUES ('%s', '%s');" % (snake(n), v), lambda e: "-- value comes from $%s at deploy time" % e),
    ("c", ".h", ["#pragma once", ""], [], [
        ("c-define", lambda e, v, p: '#define %s "%s"' % (e, v)),
        ("c-userpwd", lambda e, v, p: 'static const char *upstream_userpwd = "api:%s";' % v),
    ], lambda n, v: '#define %s "%s"' % (n, v), lambda e: '/* at runtime: getenv("%s") */' % e),
    ("ipynb", ".ipynb", ['{', ' "cells": [', '  {', '   "cell_type": "code",', '   "metadata": {},', '   "source": ['], ['    "print(\'ready\')"', '   ]', '  }', ' ],', ' "nbformat": 4,', ' "nbformat_minor": 5', '}'], [
        ("notebook-environ", lambda e, v, p: '    "os.environ[\\"%s\\"] = \\"%s\\"\\n",' % (e, v)),
        ("notebook-client-arg", lambda e, v, p: '    "client = %sClient(\\"%s\\")\\n",' % (pascal(p), v)),
    ], lambda n, v: '    "%s = \\"%s\\"\\n",' % (snake(n), v), lambda e: '    "from_env = os.environ.get(\\"%s\\")\\n",' % e),
    ("pyjson", "_payload.py", ["import json", ""], [], [
        ("python-json-string", lambda e, v, p: "payload = '{\"%s\": \"%s\"}'" % (snake(e), v)),
        ("python-dict-weak", lambda e, v, p: "CREDS = {\"%s\": \"%s\"}" % (p, v)),
    ], lambda n, v: "%s = \"%s\"" % (n, v), lambda e: "from_env = json.loads(os.environ[\"%s\"])" % e),
    ("tfvars", ".auto.tfvars", ["region = \"eu-west-1\""], [], [
        ("tfvars-assign", lambda e, v, p: "%s = \"%s\"" % (snake(e), v)),
        ("tfvars-map", lambda e, v, p: "integrations = {\n  %s = \"%s\"\n}" % (p, v)),
    ], lambda n, v: "%s = \"%s\"" % (snake(n), v), lambda e: "# %s is set as TF_VAR_%s in CI" % (snake(e), snake(e))),
    ("gradle", ".gradle.properties", ["org.gradle.jvmargs=-Xmx2g"], [], [
        ("gradle-property", lambda e, v, p: "%s=%s" % (camel(e), v)),
        ("gradle-systemprop", lambda e, v, p: "systemProp.%s.auth=%s" % (p, v)),
    ], lambda n, v: "%s=%s" % (camel(n), v), lambda e: "# %s comes from ORG_GRADLE_PROJECT_%s" % (camel(e), camel(e))),
]


def p_or(e):
    return snake(e).split("_")[0]


PLACEHOLDERS = ["<your-%s>", "${%s}", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "REPLACE_WITH_%s", "YOUR_API_KEY_HERE", "{{ %s }}", "dummy-%s-for-tests", "********", "TODO"]


def decoy_name(provider, kind):
    tail = kind.split("-", 1)[1] if "-" in kind else kind
    return (provider + "_" + tail).upper().replace("-", "_").replace(".", "_")


def native(provider, doc):
    """The provider's own file format: returns (path, text) or None."""
    e = expand
    if provider == "asterisk":
        s = doc.pos(provider, "asterisk-secret", e("{A:16}"), shape="asterisk-manager-conf")
        s2 = doc.pos(provider, "asterisk-sip-secret", e("{A:14}"), shape="asterisk-pjsip-conf")
        d = doc.dec(provider, "asterisk-md5secret", e("{h:32}"), shape="asterisk-manager-conf")
        return "snippets/asterisk/manager.conf", "[general]\nenabled = yes\nport = 5038\nbindaddr = 127.0.0.1\n\n[fop2]\nsecret = %s\ndeny = 0.0.0.0/0.0.0.0\npermit = 127.0.0.1/255.255.255.0\nread = all\nwrite = all\n\n; pjsip.conf excerpt pasted for the migration\n[trunk-auth]\ntype = auth\nauth_type = userpass\nusername = 4420187\npassword = %s\n\n[softphone]\nmd5_cred = %s\nsecret = ${AMI_SECRET}\n" % (s, s2, d)
    if provider == "davfs2":
        s = doc.pos(provider, "davfs2-password", e("{A:20}"), shape="davfs2-secrets")
        d = doc.dec(provider, "placeholder", "password", shape="davfs2-secrets")
        return "snippets/davfs2/secrets", "# davfs2 secrets file, mode 600\n# mountpoint or URL   username   password\n/mnt/nextcloud      backup-bot  %s\n# https://dav.example.com/remote.php/dav/files/user  user  %s\n" % (s, d)
    if provider == "postfix":
        s = doc.pos(provider, "postfix-sasl-password", e("{A:24}"), shape="postfix-sasl-passwd")
        d = doc.dec(provider, "postfix-queue-id", e("{H:10}"), shape="postfix-sasl-passwd")
        return "snippets/postfix/sasl_passwd", "# postmap /etc/postfix/sasl_passwd\n[smtp.relay.example.net]:587    relay@acme.example:%s\n# last bounce: queue id %s\n[smtp.example.org]:587    user:${SMTP_RELAY_PASSWORD}\n" % (s, d)
    if provider == "lftp":
        s = doc.secret(provider, "lftp-bookmark-password", "ftp://deploy:%s@ftp.media.example.com/public_html" % e("{A:16}"), shape="lftp-bookmarks")
        d = doc.dec(provider, "placeholder", "sftp://user:PASSWORD@host.example/", shape="lftp-bookmarks")
        return "snippets/lftp/bookmarks", "media %s\nmirror-site sftp://mirror@files.example.org/pub\ndocs-example %s\n" % (s, d)
    if provider == "jettyrealm":
        s = doc.pos(provider, "jetty-realm-password", e("{A:18}"), shape="jetty-realm-properties")
        d = doc.dec(provider, "jetty-md5", e("MD5:{h:32}"), shape="jetty-realm-properties")
        return "snippets/jettyrealm/realm.properties", "# username: password[,rolename ...]\nadmin: %s,server-administrator,content-administrator\noperator: %s,user\nguest: guest,read-only\n" % (s, d)
    if provider == "proxysql":
        s = doc.pos(provider, "proxysql-admin-password", e("{A:18}"), shape="proxysql-cnf")
        s2 = doc.pos(provider, "proxysql-mysql-user-password", e("{A:16}"), shape="proxysql-cnf")
        d = doc.dec(provider, "mysql-native-hash", e("*{H:40}"), shape="proxysql-cnf")
        return "snippets/proxysql/proxysql.cnf", 'datadir="/var/lib/proxysql"\nadmin_variables=\n{\n    admin_credentials="admin:%s"\n    mysql_ifaces="0.0.0.0:6032"\n}\nmysql_users=\n(\n    { username = "orders", password = "%s", default_hostgroup = 0 },\n    { username = "reporting", password = "%s", default_hostgroup = 1 }\n)\n' % (s, s2, d)
    if provider == "sbt":
        s = doc.pos(provider, "sbt-credentials-password", e("{A:20}"), shape="sbt-credentials-file")
        d = doc.dec(provider, "sbt-artifact-sha1", e("{h:40}"), shape="sbt-credentials-file")
        return "snippets/sbt/.credentials", "realm=Sonatype Nexus Repository Manager\nhost=nexus.acme.example\nuser=ci-publisher\npassword=%s\n# checksum of last publish %s\n" % (s, d)
    if provider == "daemonfiles":
        s = doc.pos(provider, "rsyncd-secret", e("{A:20}"), shape="rsyncd-secrets")
        d = doc.dec(provider, "placeholder", "changeme", shape="rsyncd-secrets")
        return "snippets/daemonfiles/rsyncd.secrets", "backup:%s\n#template:%s\n" % (s, d)
    if provider == "nexusfiles":
        s = doc.pos(provider, "nexus-admin-password", e("{u}"), shape="nexus-admin-password-file")
        return "snippets/nexusfiles/sonatype-work/nexus3/admin.password", "%s" % s
    if provider == "jenkinshome":
        s = doc.pos(provider, "jenkins-initial-admin-password", e("{h:32}"), shape="jenkins-initial-admin-password")
        return "snippets/jenkinshome/secrets/initialAdminPassword", "%s\n" % s
    if provider == "windows":
        v = F.win_unattend()
        s = doc.pos(provider, "unattend-password", v, shape="unattend-xml-base64")
        s2 = doc.pos(provider, "unattend-autologon-password", "Kiosk#" + e("{A:10}"), shape="unattend-xml-plaintext")
        return "snippets/windows/autounattend.xml", '<?xml version="1.0" encoding="utf-8"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="oobeSystem">\n    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">\n      <UserAccounts>\n        <AdministratorPassword>\n          <Value>%s</Value>\n          <PlainText>false</PlainText>\n        </AdministratorPassword>\n      </UserAccounts>\n      <AutoLogon>\n        <Password>\n          <Value>%s</Value>\n          <PlainText>true</PlainText>\n        </Password>\n        <Enabled>true</Enabled>\n        <Username>kiosk</Username>\n      </AutoLogon>\n    </component>\n  </settings>\n</unattend>\n' % (s, s2)
    if provider == "hiera":
        s = doc.pos(provider, "hiera-plaintext-password", e("{A:22}"), shape="hiera-yaml")
        d = doc.dec(provider, "hiera-eyaml", "ENC[PKCS7," + e("{b:180}") + "]", shape="hiera-yaml")
        return "snippets/hiera/data/common.yaml", "---\nprofile::base::ntp_servers:\n  - 0.pool.ntp.org\nprofile::db::user: app\nprofile::db::password: '%s'\nprofile::ldap::bind_password: >\n  %s\nprofile::mail::relay: \"%%{lookup('relay_host')}\"\n" % (s, d)
    if provider == "gitlabsecrets":
        s = doc.pos(provider, "gitlab-db-key-base", e("{h:128}"), shape="gitlab-secrets-json")
        s2 = doc.pos(provider, "gitlab-secret-key-base", e("{h:128}"), shape="gitlab-secrets-json")
        d = doc.dec(provider, "gitlab-commit-sha", e("{h:40}"), shape="gitlab-secrets-json")
        return "snippets/gitlabsecrets/gitlab-secrets.json", '{\n  "gitlab_workhorse": {},\n  "gitlab_rails": {\n    "db_key_base": "%s",\n    "secret_key_base": "%s"\n  },\n  "_restored_from_backup_commit": "%s"\n}\n' % (s, s2, d)
    if provider == "postgres":
        s = doc.pos(provider, "pgpass-password", e("{A:20}"), shape="pgpass")
        d = doc.dec(provider, "placeholder", "*", shape="pgpass")
        return "snippets/postgres/.pgpass", "# hostname:port:database:username:password\ndb-primary.prod.internal:5432:app:app_rw:%s\nlocalhost:5432:*:postgres:%s\n" % (s, d)
    if provider == "aspnet":
        s = doc.pos(provider, "aspnet-validation-key", e("{H:128}"), shape="aspnet-machinekey")
        s2 = doc.pos(provider, "aspnet-decryption-key", e("{H:64}"), shape="aspnet-machinekey")
        d = doc.dec(provider, "aspnet-viewstate-generator", e("{H:8}"), shape="aspnet-machinekey")
        return "snippets/aspnet/Web.config", '<?xml version="1.0"?>\n<configuration>\n  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n    <machineKey validationKey="%s"\n                decryptionKey="%s"\n                validation="HMACSHA256" decryption="AES" />\n    <pages viewStateEncryptionMode="Always" />\n  </system.web>\n  <!-- __VIEWSTATEGENERATOR %s -->\n</configuration>\n' % (s, s2, d)
    if provider == "bundler":
        s = doc.pos(provider, "bundler-source-credential", "deploy:" + e("{A:32}"), shape="bundle-config")
        d = doc.dec(provider, "gem-sha256", e("{h:64}"), shape="bundle-config")
        return "snippets/bundler/.bundle/config", '---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_GEMS__PKG__EXAMPLE__COM: "%s"\nBUNDLE_JOBS: "4"\n# last lock checksum %s\n' % (s, d)
    if provider == "sidekiq":
        s = doc.pos(provider, "sidekiq-enterprise-credential", e("{h:8}:{h:8}"), shape="bundle-config")
        d = doc.dec(provider, "sidekiq-jid", e("{h:24}"), shape="bundle-config")
        return "snippets/sidekiq/.bundle/config", '---\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: "%s"\nBUNDLE_WITHOUT: "development:test"\n# stuck job jid=%s\n' % (s, d)
    if provider == "rclone":
        s = doc.pos(provider, "rclone-s3-secret", e("{b:40}"), shape="rclone-conf")
        s2 = doc.pos(provider, "rclone-obscured-pass", e("{B:43}"), shape="rclone-conf")
        d = doc.dec(provider, "rclone-s3-access-key-id", e("AKIA{U:16}"), shape="rclone-conf")
        return "snippets/rclone/rclone.conf", "[archive]\ntype = s3\nprovider = AWS\naccess_key_id = %s\nsecret_access_key = %s\nregion = eu-central-1\n\n[nas]\ntype = sftp\nhost = nas.lan\nuser = media\npass = %s\n" % (d, s, s2)
    if provider == "dvc":
        s = doc.pos(provider, "dvc-remote-secret", e("{b:40}"), shape="dvc-config-local")
        s2 = doc.pos(provider, "dvc-webdav-password", e("{A:18}"), shape="dvc-config-local")
        d = doc.dec(provider, "dvc-md5", e("{h:32}"), shape="dvc-config-local")
        return "snippets/dvc/.dvc/config.local", "['remote \"storage\"']\n    access_key_id = %s\n    secret_access_key = %s\n['remote \"webdav\"']\n    user = ml-bot\n    password = %s\n# data.dvc md5: %s\n" % (doc.dec(provider, "aws-access-key-id", e("AKIA{U:16}"), shape="dvc-config-local"), s, s2, d)
    if provider == "age":
        s = doc.pos(provider, "age-secret-key", e("AGE-SECRET-KEY-1{z:58}"), shape="age-keys-txt")
        d = doc.dec(provider, "age-recipient", e("age1{y:58}"), shape="age-keys-txt")
        return "snippets/age/keys.txt", "# created: 2026-10-02T09:14:55Z\n# public key: %s\n%s\n" % (d, s)
    return None


def snippet(i, provider, lang_i):
    env, positives, decoys = PROVIDERS[provider]
    doc = Doc("", "snippets", "")
    nat = native(provider, doc)
    if nat:
        doc.path, doc.shape = nat[0], doc.labels[0]["shape"]
        return doc, nat[1], False
    lang, ext, head, foot, shapes, decoy_line, env_line = LANGS[lang_i % len(LANGS)]
    doc.path, doc.shape = "snippets/%s%s" % (provider, ext), shapes[0][0]
    body = list(head)
    for k, (fmt, spec) in enumerate(positives):
        shape, render = shapes[(i + k) % len(shapes)]
        v = expand(spec)
        name = env if k == 0 else fmt.upper().replace("-", "_")
        if render is None:  # a Kubernetes Secret's data: base64 of the value
            m = doc.b64(provider, fmt, v, shape=shape)
            body.append("data:\n  %s: %s" % (snake(name), m))
        elif v.startswith("FlyV1 "):  # the CLI prints the scheme word with the token; either form counts
            body.append(render(name, doc.pos(provider, fmt, v, shape=shape, accept=[v[len("FlyV1 "):]]), provider))
        else:
            body.append(render(name, doc.secret(provider, fmt, v, shape=shape), provider))
    for kind, spec in decoys:
        body.append(decoy_line(decoy_name(provider, kind), doc.dec(provider, kind, expand(spec), shape=shapes[0][0])))
    first = expand(positives[0][1]) if not callable(positives[0][1]) else positives[0][1]()
    masked = first[:6] + "*" * 12 + first[-4:]
    body.append(decoy_line(env + "_MASKED", doc.dec(provider, "masked", masked, shape=shapes[0][0])))
    ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
    ph = ph % env.lower() if "%s" in ph else ph
    body.append(decoy_line(env + "_EXAMPLE", doc.dec(provider, "placeholder", ph, shape=shapes[0][0])))
    body.append(env_line(env))
    body += foot
    return doc, "\n".join(body) + "\n", True


def main():
    outdir = sys.argv[1]
    docs, lang_i = [], 0
    for i, p in enumerate(sorted(PROVIDERS)):
        doc, text, used = snippet(i, p, lang_i)
        lang_i += used
        docs.append((doc, text))
    import hubspot15
    docs += hubspot15.build(Doc)
    import repos15
    docs += repos15.build(Doc)
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
