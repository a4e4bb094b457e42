#!/usr/bin/env python3
"""Writes the fourteenth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

Written blind (README.md). snippets/: one short file per provider (150 drawn from
providers.txt with random.Random(14)), the syntax rotating over LANGS, most
values under weak names, in calls, headers, maps or encoded. repos/: whole
project files (repos14.py) and HubSpot in depth. Labels: holdout12's format.
"""
import base64
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import formats14 as F  # noqa: E402

URL_PW = re.compile(r"^([a-z][a-z0-9+.-]*://)([^:/@\s]*):([^@/\s]+)@([^/?#\s]+)")
R = random.Random(14)


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
        its host) accepted; a MySQL DSN's password likewise."""
        m = URL_PW.match(value)
        if m:
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value, accept=sorted({value, m.group(0)}))
        m = re.match(r"^([A-Za-z0-9_]+):([^@]+)@tcp\(", value)
        if m:
            return self.pos(provider, fmt, m.group(2), shape=shape, shown=shown or value, accept=[value, value.split("/")[0]])
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


SLOT = re.compile(r"«([pbdue])\|([^|»]*)\|([^»]*)»")


def fill(doc, provider, text):
    """Template slots: «p|format|spec» positive, «b|format|spec» positive written base64,
    «d|kind|spec» decoy, «u|format|spec» positive shown URL-encoded. A format may name its
    provider as provider:format."""
    def one(m):
        k, fmt, spec = m.groups()
        prov = provider
        if ":" in fmt and k != "d":
            prov, fmt = fmt.split(":", 1)
        v = special(spec) if spec.isupper() and spec.startswith(("PEM_", "HSPAK_")) else F.expand(spec, R)
        if k == "p":
            return doc.secret(prov, fmt, v)
        if k == "e":  # a PEM key inside a one-line string: newlines written as \n
            return doc.pos(prov, fmt, v, shown=v.replace("\n", "\\n"))
        if k == "b":
            return doc.b64(prov, fmt, v)
        if k == "u":
            from urllib.parse import quote
            return doc.pos(prov, fmt, v, shown=quote(v, safe=""), encoded="url", encoded_value=quote(v, safe=""))
        return doc.dec(prov, fmt, v)
    return SLOT.sub(one, text)


def special(spec):
    """PEM_RSA / PEM_OPENSSH / PEM_EC: a fake private key block; HSPAK_<HUBLET>: a HubSpot personal
    access key of the shape hubspot-credentials.md describes (protobuf, base64url)."""
    if spec.startswith("HSPAK_"):
        hub = spec[6:].lower()
        h = F.expand("{h:4}-{h:4}-{h:4}-{h:4}-{h:12}", R)
        raw = b"\x0a\x24" + (hub + "-" + h).encode()[:36] + b"\x10" + bytes(R.randrange(128, 256) for _ in range(3)) + b"\x05"
        raw += b"\x18" + bytes(R.randrange(128, 256) for _ in range(3)) + b"\x07" + b"\x2a\x19\x00\x05" + bytes(R.randrange(256) for _ in range(23))
        raw += b"\x4a\x03" + hub.encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    kind = {"PEM_RSA": "RSA PRIVATE KEY", "PEM_OPENSSH": "OPENSSH PRIVATE KEY", "PEM_EC": "EC PRIVATE KEY"}[spec]
    n = {"PEM_RSA": 25, "PEM_OPENSSH": 7, "PEM_EC": 3}[spec]
    first = {"PEM_RSA": "MIIEpAIBAAKCAQEA", "PEM_OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "PEM_EC": "MHcCAQEEI"}[spec]
    body = first + F.expand("{s:%d}" % (64 * n - len(first) + 20), R)
    lines = [body[j:j + 64] for j in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def up(w):
    return w.upper().replace(" ", "_")


def camel(w):
    p = w.split()
    return p[0].lower() + "".join(x.title() for x in p[1:])


def snake(w):
    return w.lower().replace(" ", "_")


# name, ext, head, foot, and templates: assign(n, v), call(p, v), header(v), map(p, v),
# tuple(p, v), jsonstr(v), envref(N), comment(text). n is a name already cased for the syntax.
def L(name, ext, head, foot, case, assign, call, header, mapping, tup, jsonstr, envref, comment):
    return dict(name=name, ext=ext, head=head, foot=foot, case=case, assign=assign, call=call, header=header,
                map=mapping, tuple=tup, jsonstr=jsonstr, envref=envref, comment=comment)


LANGS = [
    L("python", ".py", ["import os", "import requests", ""], [], snake,
      '{n} = "{v}"', 'client = {P}Client("{v}", timeout=30)', 'resp = requests.get(url, headers={{"Authorization": "Bearer {v}"}})',
      'PROVIDERS = {{"{p}": "{v}", "local": None}}', 'ACCOUNTS = [("{p}", "ops@example.org", "{v}")]',
      'body = json.loads(\'{{"{p}": {{"token": "{v}"}}}}\')', '{n} = os.environ["{N}"]', "# {t}"),
    L("javascript", ".js", ["'use strict';", "const axios = require('axios');", ""], ["module.exports = { client };"], camel,
      "const {n} = '{v}';", "const client = new {P}('{v}', {{ retries: 2 }});", "axios.defaults.headers.common['Authorization'] = `Bearer {v}`;",
      "const keys = {{ {p}: '{v}', sandbox: null }};", "const creds = ['{p}', 'svc-sync', '{v}'];",
      "const raw = '{{\"{p}\":{{\"auth\":\"{v}\"}}}}';", "const {n} = process.env.{N};", "// {t}"),
    L("typescript", ".ts", ["import { z } from 'zod';", ""], ["export default config;"], camel,
      "export const {n}: string = '{v}';", "const api = create{P}({{ auth: '{v}', region: 'eu' }});", "const headers: Record<string, string> = {{ Authorization: 'Bearer {v}' }};",
      "const config = {{ integrations: {{ {p}: '{v}' }} }} as const;", "const pair: [string, string] = ['{p}', '{v}'];",
      "const seed = JSON.parse('{{\"{p}\":\"{v}\"}}');", "const {n} = process.env.{N} ?? '';", "// {t}"),
    L("go", ".go", ["package integrations", "", "import \"net/http\"", ""], [], camel,
      'const {n} = "{v}"', 'c := {p}.NewClient("{v}", nil)', 'req.Header.Set("Authorization", "Bearer {v}")',
      'var creds = map[string]string{{"{p}": "{v}"}}', 'var acct = Account{{Name: "{p}", Key: "{v}"}}',
      'var raw = `{{"{p}": {{"token": "{v}"}}}}`', '{n} := os.Getenv("{N}")', "// {t}"),
    L("java", ".java", ["package org.example.sync;", "", "public class Settings {"], ["}"], camel,
      '    private static final String {n} = "{v}";', '    private final {P}Client client = new {P}Client("{v}");', '    conn.setRequestProperty("Authorization", "Bearer {v}");',
      '    static final Map<String, String> KEYS = Map.of("{p}", "{v}");', '    static final Entry<String, String> ACCT = Map.entry("{p}", "{v}");',
      '    static final String RAW = "{{\\"{p}\\": \\"{v}\\"}}";', '    private final String {n} = System.getenv("{N}");', "    // {t}"),
    L("csharp", ".cs", ["using System;", "using System.Net.Http;", "", "public static class Integration", "{"], ["}"], camel,
      '    public const string {n} = "{v}";', '    static readonly {P}Client Client = new {P}Client("{v}");', '    static void Auth(HttpClient h) => h.DefaultRequestHeaders.Add("Authorization", "Bearer {v}");',
      '    static readonly Dictionary<string, string> Keys = new() {{ ["{p}"] = "{v}" }};', '    static readonly (string, string) Acct = ("{p}", "{v}");',
      '    const string Raw = @"{{""{p}"": ""{v}""}}";', '    static readonly string {n} = Environment.GetEnvironmentVariable("{N}");', "    // {t}"),
    L("ruby", ".rb", ["require 'faraday'", ""], [], snake,
      "{n} = '{v}'", "client = {P}::Client.new('{v}', timeout: 10)", "conn.headers['Authorization'] = \"Bearer {v}\"",
      "KEYS = {{ {p}: '{v}' }}.freeze", "ACCOUNT = ['{p}', 'deploy', '{v}'].freeze",
      "RAW = '{{\"{p}\":\"{v}\"}}'", "{n} = ENV.fetch('{N}')", "# {t}"),
    L("php", ".php", ["<?php", "declare(strict_types=1);", ""], [], camel,
      "${n} = '{v}';", "$client = new {P}Client('{v}');", "curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer {v}']);",
      "return ['{p}' => ['auth' => '{v}']];", "$acct = ['{p}', 'ops', '{v}'];",
      "$raw = '{{\"{p}\":\"{v}\"}}';", "${n} = getenv('{N}');", "// {t}"),
    L("shell", ".sh", ["#!/usr/bin/env bash", "set -euo pipefail", ""], [], up,
      '{n}="{v}"', './bin/{p}-sync --auth "{v}" --region eu-west-1', 'curl -fsS -H "Authorization: Bearer {v}" "$API/v1/status"',
      'declare -A KEYS=([{p}]="{v}")', 'set -- {p} deploy "{v}"',
      "payload='{{\"{p}\":{{\"token\":\"{v}\"}}}}'", '{n}="${{{N}:?}}"', "# {t}"),
    L("yaml", ".yaml", ["# integration settings", "service: sync"], [], snake,
      '{n}: "{v}"', "client:\n  provider: {p}\n  args: [\"{v}\"]", "headers:\n  Authorization: \"Bearer {v}\"",
      "integrations:\n  {p}: '{v}'", "accounts:\n  - [{p}, ops, '{v}']",
      "raw: '{{\"{p}\": \"{v}\"}}'", "{n}: ${{{N}}}", "# {t}"),
    L("json", ".json", ["{", '  "service": "sync",'], ['  "version": 3', "}"], camel,
      '  "{n}": "{v}",', '  "client": {{ "type": "{p}", "args": ["{v}"] }},', '  "headers": {{ "Authorization": "Bearer {v}" }},',
      '  "{p}": "{v}",', '  "account": ["{p}", "ops", "{v}"],',
      '  "raw": "{{\\"{p}\\": \\"{v}\\"}}",', '  "{n}Env": "{N}",', '  "_comment": "{t}",'),
    L("dotenv", ".env", ["# local overrides", "NODE_ENV=production"], [], up,
      "{n}={v}", "{PU}={v}", "HTTP_HEADERS=Authorization: Bearer {v}",
      "{PU}={v}", "ACCOUNT={p},ops,{v}",
      "RAW_JSON={{\"{p}\":\"{v}\"}}", "{n}=${{{N}}}", "# {t}"),
    L("dockerfile", ".Dockerfile", ["FROM python:3.12-slim", "WORKDIR /app"], ['CMD ["python", "-m", "sync"]'], up,
      "ENV {n}={v}", "RUN ./bin/{p}-login --auth {v}", 'RUN curl -fsS -H "Authorization: Bearer {v}" https://api.example.org/warm',
      "ENV {PU}={v}", "ARG ACCOUNT={p}:ops:{v}",
      "ENV RAW='{{\"{p}\":\"{v}\"}}'", "ARG {n}", "# {t}"),
    L("gha", ".github-workflow.yml", ["name: sync", "on: [push]", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4"], [], up,
      "      - run: ./sync\n        env:\n          {n}: {v}", "      - uses: acme/{p}-action@v2\n        with:\n          auth: {v}", "      - run: curl -H \"Authorization: Bearer {v}\" $API",
      "      - run: ./sync\n        env:\n          {PU}: '{v}'", "      - run: ./sync --account {p} --user ops --key {v}",
      "      - run: echo '{{\"{p}\":\"{v}\"}}' > creds.json", "      - run: ./sync\n        env:\n          {n}: ${{{{ secrets.{N} }}}}", "      # {t}"),
    L("terraform", ".tf", ['terraform {', '  required_version = ">= 1.5"', '}', ""], [], snake,
      'variable "{n}" {{\n  default = "{v}"\n}}', 'provider "{p}" {{\n  token = "{v}"\n}}', 'locals {{\n  headers = {{ Authorization = "Bearer {v}" }}\n}}',
      'locals {{\n  keys = {{ {p} = "{v}" }}\n}}', 'locals {{\n  acct = ["{p}", "ops", "{v}"]\n}}',
      'locals {{\n  raw = jsonencode({{ {p} = "{v}" }})\n}}', 'variable "{n}" {{\n  sensitive = true\n}}', "# {t}"),
    L("k8s", ".k8s.yaml", ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: sync", "spec:", "  template:", "    spec:", "      containers:", "        - name: sync", "          image: ghcr.io/acme/sync:1.4.2", "          env:"], [], up,
      "            - name: {n}\n              value: \"{v}\"", "          args: [\"--{p}\", \"{v}\"]", "            - name: AUTH_HEADER\n              value: \"Bearer {v}\"",
      "            - name: {PU}\n              value: '{v}'", "          args: [\"{p}\", \"ops\", \"{v}\"]",
      "            - name: RAW\n              value: '{{\"{p}\":\"{v}\"}}'", "            - name: {n}\n              valueFrom: {{ secretKeyRef: {{ name: sync, key: {N} }} }}", "          # {t}"),
    L("kotlin", ".kt", ["package org.example", ""], [], camel,
      'const val {n} = "{v}"', 'val client = {P}Client(apiToken = "{v}")', '.addHeader("Authorization", "Bearer {v}")',
      'val keys = mapOf("{p}" to "{v}")', 'val acct = Triple("{p}", "ops", "{v}")',
      'val raw = """{{"{p}": "{v}"}}"""', 'val {n} = System.getenv("{N}")', "// {t}"),
    L("swift", ".swift", ["import Foundation", ""], [], camel,
      'let {n} = "{v}"', 'let client = {P}Client(token: "{v}")', 'request.setValue("Bearer {v}", forHTTPHeaderField: "Authorization")',
      'let keys: [String: String] = ["{p}": "{v}"]', 'let acct = ("{p}", "ops", "{v}")',
      'let raw = #"{{"{p}": "{v}"}}"#', 'let {n} = ProcessInfo.processInfo.environment["{N}"]', "// {t}"),
    L("rust", ".rs", ["use std::env;", ""], [], up,
      'const {n}: &str = "{v}";', 'let client = {P}Client::new("{v}");', '.header("Authorization", "Bearer {v}")',
      'let keys = HashMap::from([("{p}", "{v}")]);', 'let acct = ("{p}", "ops", "{v}");',
      'let raw = r#"{{"{p}": "{v}"}}"#;', 'let {n} = env::var("{N}")?;', "// {t}"),
    L("powershell", ".ps1", ["$ErrorActionPreference = 'Stop'"], [], camel,
      "${n} = '{v}'", "Connect-{P} -Token '{v}'", "$headers = @{{ Authorization = 'Bearer {v}' }}",
      "$keys = @{{ {p} = '{v}' }}", "$acct = @('{p}', 'ops', '{v}')",
      "$raw = '{{\"{p}\":\"{v}\"}}' | ConvertFrom-Json", "${n} = $env:{N}", "# {t}"),
    L("toml", ".toml", ["[service]", "name = \"sync\""], [], snake,
      '{n} = "{v}"', '[client.{p}]\nargs = ["{v}"]', '[http.headers]\nAuthorization = "Bearer {v}"',
      '[integrations]\n{p} = "{v}"', 'account = ["{p}", "ops", "{v}"]',
      "raw = '{{\"{p}\": \"{v}\"}}'", '{n}_env = "{N}"', "# {t}"),
    L("ini", ".ini", ["[general]", "log_level = info"], [], snake,
      "{n} = {v}", "[{p}]\ncredential = {v}", "[http]\nheader = Authorization: Bearer {v}",
      "[integrations]\n{p} = {v}", "account = {p},ops,{v}",
      "raw = {{\"{p}\": \"{v}\"}}", "{n} = %(ENV_{N})s", "; {t}"),
    L("properties", ".properties", ["# application properties", "server.port=8080"], [], lambda w: w.lower().replace(" ", "."),
      "{n}={v}", "{p}.client.auth={v}", "http.header.authorization=Bearer {v}",
      "integrations.{p}={v}", "account={p}:ops:{v}",
      "raw={{\"{p}\":\"{v}\"}}", "{n}=${{{N}}}", "# {t}"),
    L("xml", ".config", ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"], ["  </appSettings>", "</configuration>"], camel,
      '    <add key="{n}" value="{v}" />', '    <add key="{p}" value="{v}" />', '    <add key="AuthHeader" value="Bearer {v}" />',
      '    <add key="integrations:{p}" value="{v}" />', '    <add key="account" value="{p};ops;{v}" />',
      '    <add key="raw" value="{{&quot;{p}&quot;:&quot;{v}&quot;}}" />', '    <add key="{n}" value="%{N}%" />', "    <!-- {t} -->"),
    L("scala", ".scala", ["package sync", "", "object Settings {"], ["}"], camel,
      '  val {n} = "{v}"', '  val client = new {P}Client("{v}")', '  val auth = RawHeader("Authorization", "Bearer {v}")',
      '  val keys = Map("{p}" -> "{v}")', '  val acct = ("{p}", "ops", "{v}")',
      '  val raw = """{{"{p}": "{v}"}}"""', '  val {n} = sys.env("{N}")', "  // {t}"),
    L("dart", ".dart", ["import 'package:http/http.dart' as http;", ""], [], camel,
      "const {n} = '{v}';", "final client = {P}Client('{v}');", "final headers = {{'Authorization': 'Bearer {v}'}};",
      "const keys = {{'{p}': '{v}'}};", "const acct = ['{p}', 'ops', '{v}'];",
      "final raw = jsonDecode('{{\"{p}\": \"{v}\"}}');", "final {n} = Platform.environment['{N}'];", "// {t}"),
    L("lua", ".lua", ["local http = require('socket.http')", ""], ["return M"], snake,
      'local {n} = "{v}"', 'local client = {p}.new("{v}")', 'local headers = {{ ["Authorization"] = "Bearer {v}" }}',
      'M.keys = {{ {p} = "{v}" }}', 'M.acct = {{ "{p}", "ops", "{v}" }}',
      "local raw = '{{\"{p}\": \"{v}\"}}'", 'local {n} = os.getenv("{N}")', "-- {t}"),
    L("perl", ".pl", ["use strict;", "use warnings;", ""], ["1;"], snake,
      "my ${n} = '{v}';", "my $client = {P}::Client->new(token => '{v}');", "$ua->default_header('Authorization' => 'Bearer {v}');",
      "my %keys = ({p} => '{v}');", "my @acct = ('{p}', 'ops', '{v}');",
      "my $raw = '{{\"{p}\":\"{v}\"}}';", "my ${n} = $ENV{{{N}}};", "# {t}"),
    L("r", ".R", ["library(httr)", ""], [], snake,
      '{n} <- "{v}"', 'client <- {p}_client("{v}")', 'res <- GET(url, add_headers(Authorization = "Bearer {v}"))',
      'keys <- list({p} = "{v}")', 'acct <- c("{p}", "ops", "{v}")',
      "raw <- '{{\"{p}\": \"{v}\"}}'", '{n} <- Sys.getenv("{N}")', "# {t}"),
    L("elixir", ".exs", ["import Config", ""], [], snake,
      'config :sync, {n}: "{v}"', 'config :sync, {P}, token: "{v}"', 'config :sync, headers: [{{"authorization", "Bearer {v}"}}]',
      'config :sync, keys: %{{{p}: "{v}"}}', 'config :sync, account: {{"{p}", "ops", "{v}"}}',
      "config :sync, raw: ~s({{\"{p}\": \"{v}\"}})", 'config :sync, {n}: System.fetch_env!("{N}")', "# {t}"),
    L("makefile", ".mk", ["# deployment", ".PHONY: deploy"], [], up,
      "{n} ?= {v}", "deploy:\n\t./bin/{p}-cli deploy --auth={v}", "smoke:\n\tcurl -H 'Authorization: Bearer {v}' $(API)/health",
      "{PU} := {v}", "ACCOUNT := {p} ops {v}",
      "RAW := '{{\"{p}\":\"{v}\"}}'", "{n} ?= $({N})", "# {t}"),
    L("compose", ".compose.yaml", ["services:", "  sync:", "    image: acme/sync:2.1"], [], up,
      "    environment:\n      {n}: \"{v}\"", "    command: [\"--{p}-auth\", \"{v}\"]", "    environment:\n      HTTP_AUTH: \"Bearer {v}\"",
      "    environment:\n      - {PU}={v}", "    command: [\"{p}\", \"ops\", \"{v}\"]",
      "    environment:\n      RAW: '{{\"{p}\":\"{v}\"}}'", "    environment:\n      {n}: ${{{N}}}", "    # {t}"),
    L("helm", ".values.yaml", ["replicaCount: 2", "image:", "  repository: acme/sync", "  tag: 2.1.0"], [], camel,
      "{n}: \"{v}\"", "{p}:\n  enabled: true\n  auth: \"{v}\"", "extraHeaders:\n  Authorization: \"Bearer {v}\"",
      "integrations:\n  {p}: '{v}'", "accounts:\n  - name: {p}\n    user: ops\n    value: '{v}'",
      "raw: '{{\"{p}\":\"{v}\"}}'", "{n}: \"{{{{ .Values.global.{N} }}}}\"", "# {t}"),
    L("ansible", ".ansible.yml", ["- hosts: workers", "  become: true", "  vars:"], ["  roles: [sync]"], snake,
      "    {n}: \"{v}\"", "    sync_client_args: ['{p}', '{v}']", "    sync_headers:\n      Authorization: \"Bearer {v}\"",
      "    integrations:\n      {p}: '{v}'", "    sync_account: ['{p}', 'ops', '{v}']",
      "    sync_raw: '{{\"{p}\": \"{v}\"}}'", "    {n}: \"{{{{ lookup('env', '{N}') }}}}\"", "    # {t}"),
    L("notebook", ".ipynb", ['{"cells": [', ' {"cell_type": "code", "metadata": {}, "outputs": [], "source": ['], ['  "import pandas as pd\\n"', ' ]}', '], "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}'], snake,
      '  "{n} = \\"{v}\\"\\n",', '  "client = {P}Client(\\"{v}\\")\\n",', '  "headers = {{\\"Authorization\\": \\"Bearer {v}\\"}}\\n",',
      '  "keys = {{\\"{p}\\": \\"{v}\\"}}\\n",', '  "acct = (\\"{p}\\", \\"ops\\", \\"{v}\\")\\n",',
      '  "raw = \'{{\\"{p}\\": \\"{v}\\"}}\'\\n",', '  "{n} = os.environ[\\"{N}\\"]\\n",', '  "# {t}\\n",'),
    L("http", ".http", ["### sync status"], [], camel,
      "@{n} = {v}", "POST https://api.example.org/v1/{p}/connect\nContent-Type: application/json\n\n{{\"credential\": \"{v}\"}}\n", "GET https://api.example.org/v1/status\nAuthorization: Bearer {v}\n",
      "@{p} = {v}", "@account = {p} ops {v}",
      "@raw = {{\"{p}\":\"{v}\"}}", "@{n} = {{{{$processEnv {N}}}}}", "# {t}"),
    L("gradle", ".gradle.kts", ["plugins { id(\"application\") }", ""], [], camel,
      'val {n} = "{v}"', 'buildConfigField("String", "{PU}", "\\"{v}\\"")', 'tasks.register<Exec>("smoke") {{ commandLine("curl", "-H", "Authorization: Bearer {v}", "https://api.example.org") }}',
      'extra["{p}"] = "{v}"', 'val acct = listOf("{p}", "ops", "{v}")',
      "val raw = \"\"\"{{\"{p}\": \"{v}\"}}\"\"\"", 'val {n} = providers.environmentVariable("{N}")', "// {t}"),
    L("groovy", ".Jenkinsfile", ["pipeline {", "  agent any", "  stages { stage('sync') { steps {"], ["  } } }", "}"], up,
      "    sh \"{n}={v} ./sync\"", "    sh './bin/{p} login --auth {v}'", "    httpRequest url: env.API, customHeaders: [[name: 'Authorization', value: 'Bearer {v}']]",
      "    withEnv(['{PU}={v}']) {{ sh './sync' }}", "    def acct = ['{p}', 'ops', '{v}']",
      "    writeFile file: 'c.json', text: '{{\"{p}\":\"{v}\"}}'", "    withCredentials([string(credentialsId: '{N}', variable: '{n}')]) {{ sh './sync' }}", "    // {t}"),
    L("fish", ".fish", ["# conf.d/sync.fish"], [], up,
      "set -gx {n} {v}", "{p}-cli auth login --with-token {v}", "alias api='curl -H \"Authorization: Bearer {v}\"'",
      "set -gx {PU} {v}", "set -g ACCOUNT {p} ops {v}",
      "set -g RAW '{{\"{p}\":\"{v}\"}}'", "set -gx {n} (cat ~/.config/{p}/{N})", "# {t}"),
    L("objc", ".m", ["#import <Foundation/Foundation.h>", ""], [], camel,
      'static NSString * const {n} = @"{v}";', '{P}Client *client = [[{P}Client alloc] initWithToken:@"{v}"];', '[request setValue:@"Bearer {v}" forHTTPHeaderField:@"Authorization"];',
      'NSDictionary *keys = @{{@"{p}": @"{v}"}};', 'NSArray *acct = @[@"{p}", @"ops", @"{v}"];',
      'NSString *raw = @"{{\\"{p}\\": \\"{v}\\"}}";', 'NSString *{n} = NSProcessInfo.processInfo.environment[@"{N}"];', "// {t}"),
]

WEAK = ["key", "token", "auth", "creds", "value", "conn", "client", "bearer", "cfg", "sk", "k", "access"]
PLACEHOLDERS = ["<YOUR_{N}>", "${{{N}}}", "xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "REPLACE_ME", "your-{p}-token-here", "{{{{ {n} }}}}", "TODO"]
# the shape a positive takes, cycled over all snippet positives: a third at most under a plain name
SHAPES = ["weak", "call", "header", "map", "strong", "tuple", "b64", "jsonstr", "weak", "call", "map", "strong"]
COUNT = {"i": 0}


def env_name(words, fmt):
    base = up(words)
    if "password" in fmt or "secret" in fmt:
        return base + "_SECRET"
    if "token" in fmt:
        return base + "_TOKEN"
    return base + "_API_KEY"


def line(lang, kind, **kw):
    tpl = lang[kind]
    kw.setdefault("t", "")
    kw["P"] = kw.get("p", "x").title().replace("_", "")
    kw["PU"] = kw.get("p", "x").upper()
    return tpl.format(**kw)


def snippet(i, provider):
    lang = LANGS[i % len(LANGS)]
    if provider in F.NATIVE:
        fname, text = F.NATIVE[provider]
        doc = Doc("snippets/%s/%s" % (provider, fname), "snippets", "native-" + provider)
        return doc, fill(doc, provider, text)
    words, positives, decoys = F.P[provider]
    path = "snippets/%s%s" % (provider, lang["ext"])
    base_shape = lang["name"]
    doc = Doc(path, "snippets", base_shape + "-assign")
    case = lang["case"]
    body = list(lang["head"])
    weak_used = None
    for k, (fmt, spec) in enumerate(positives):
        v = F.expand(spec, R)
        sh = SHAPES[COUNT["i"] % len(SHAPES)]
        COUNT["i"] += 1
        if " " in v and sh in ("map", "tuple", "b64"):
            sh = "weak"
        shape = "%s-%s" % (base_shape, sh)
        N = env_name(words, fmt)
        if sh == "b64":
            m = doc.b64(provider, fmt, v, shape=shape)
            body.append(line(lang, "assign", n=case(WEAK[i % len(WEAK)] + " b64"), v=m, N=N, p=provider))
            continue
        m = doc.secret(provider, fmt, v, shape=shape)
        if sh == "strong":
            body.append(line(lang, "assign", n=case(N.replace("_", " ")), v=m, N=N, p=provider))
        elif sh == "weak":
            weak_used = WEAK[(i + k) % len(WEAK)]
            body.append(line(lang, "assign", n=case(weak_used), v=m, N=N, p=provider))
        else:
            body.append(line(lang, sh, v=m, N=N, p=provider))
    for kind, spec in decoys:
        v = F.expand(spec, R)
        nm = weak_used or ("id" if "id" in kind else WEAK[(i + 3) % len(WEAK)])
        d = doc.dec(provider, kind, v, shape=base_shape + "-assign")
        body.append(line(lang, "assign", n=case(nm), v=d, N="X", p=provider) if i % 2 else
                    line(lang, "comment", t="docs sample for %s: %s" % (provider, d)))
    # a masked copy of the first positive, as a dashboard shows it
    first = F.expand(positives[0][1], R)
    if len(first) > 16 and " " not in first:
        masked = first[:6] + "*" * 12 + first[-4:]
        body.append(line(lang, "comment", t="key shown in dashboard: " + doc.dec(provider, "masked", masked, shape=base_shape + "-assign")))
    N = env_name(words, positives[0][0])
    ph = PLACEHOLDERS[i % len(PLACEHOLDERS)].format(N=N, p=provider, n=case(words))
    body.append(line(lang, "assign", n=case(N.replace("_", " ")), v=doc.dec(provider, "placeholder", ph, shape=base_shape + "-assign"), N=N, p=provider))
    body.append(line(lang, "envref", n=case(words + " env"), N=N, p=provider))
    body += lang["foot"]
    return doc, "\n".join(body) + "\n"


def main():
    outdir = sys.argv[1]
    providers = [l.strip() for l in open(os.path.join(HERE, "providers.txt")) if l.strip()]
    drawn = R.sample(sorted(providers), 150)
    docs = [snippet(i, p) for i, p in enumerate(drawn)]
    import repos14
    docs += repos14.build(Doc, fill, R)
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
