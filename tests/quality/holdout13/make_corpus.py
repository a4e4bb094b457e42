#!/usr/bin/env python3
"""Writes the thirteenth held-out corpus (written blind): corpus/snippets/, corpus/repos/, labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; one random.Random(13), so reproducible)
"""
import base64
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import formats13 as F  # noqa: E402

RNG = random.Random(13)
URL_PW = re.compile(r"^([a-z][a-z0-9+.-]*://)([^:/@\s]+):([^@/\s]+)@([^/?#\s]+)")
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "providers.txt")) as f:
    PROVIDERS = [l.strip() for l in f if l.strip()]


class Doc:
    """One corpus file: text with markers where labelled values go (holdout12's structure)."""

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
        m = URL_PW.match(value)
        if m:
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value, accept=sorted({value, m.group(0)}))
        if value.startswith("DefaultEndpointsProtocol="):
            key = value.split("AccountKey=")[1].split(";")[0]
            return self.pos(provider, fmt, key, shape=shape, shown=shown or value, accept=[value])
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


def camel(e):
    p = e.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:] if x)


def snake(e):
    return e.lower()


# (name, ext, head, foot, [(shape, render(env, value, provider))], decoy(env, value), envref(env))
LANGS = [
    ("python", ".py", ["import os", "import requests", ""], [], [
        ("python-assign", lambda e, v, p: '%s = "%s"' % (e, v)),
        ("python-kwarg", lambda e, v, p: 'client = %sClient(api_key="%s", timeout=30)' % (p.title().replace(".", ""), v)),
    ], lambda e, v: '# docs example: %s' % v, lambda e: '%s = os.environ.get("%s")' % (snake(e), e)),
    ("js", ".js", ["'use strict';", "const axios = require('axios');", ""], [], [
        ("js-const", lambda e, v, p: "const %s = '%s';" % (camel(e), v)),
        ("js-headers", lambda e, v, p: "axios.defaults.headers.common['Authorization'] = `Bearer %s`;" % v),
    ], lambda e, v: "const %sExample = '%s'; // from the docs" % (camel(e), v), lambda e: "const %s = process.env.%s;" % (camel(e), e)),
    ("ts", ".ts", ["import { createClient } from './client';", ""], [], [
        ("ts-object", lambda e, v, p: "export const config = {\n  %s: '%s',\n};" % (camel(e), v)),
        ("ts-call", lambda e, v, p: "const client = createClient({ token: \"%s\" });" % v),
    ], lambda e, v: "// sample value only: %s" % v, lambda e: "const key: string = process.env.%s ?? '';" % e),
    ("go", ".go", ["package config", "", "import \"os\"", ""], [], [
        ("go-var", lambda e, v, p: 'var %s = "%s"' % (camel(e), v)),
        ("go-struct", lambda e, v, p: 'var creds = Credentials{Provider: "%s", Key: "%s"}' % (p, v)),
    ], lambda e, v: '// e.g. %s' % v, lambda e: 'var %sEnv = os.Getenv("%s")' % (camel(e), e)),
    ("java", ".java", ["package com.acme.config;", "", "public final class Keys {"], ["}"], [
        ("java-constant", lambda e, v, p: '    public static final String %s = "%s";' % (e, v)),
        ("java-setter", lambda e, v, p: '    static { Settings.set("%s", "%s"); }' % (snake(e), v)),
    ], lambda e, v: '    // example from README: "%s"' % v, lambda e: '    static final String REF = System.getenv("%s");' % e),
    ("csharp", ".cs", ["namespace Acme.Config;", "", "public static class Keys", "{"], ["}"], [
        ("csharp-const", lambda e, v, p: '    public const string %s = "%s";' % (camel(e).title(), v)),
        ("csharp-options", lambda e, v, p: '    public static ApiOptions Options => new() { ApiKey = "%s" };' % v),
    ], lambda e, v: '    // sample: "%s"' % v, lambda e: '    public static string FromEnv => Environment.GetEnvironmentVariable("%s");' % e),
    ("ruby", ".rb", ["# frozen_string_literal: true", ""], [], [
        ("ruby-constant", lambda e, v, p: "%s = '%s'" % (e, v)),
        ("ruby-configure", lambda e, v, p: "Client.configure do |c|\n  c.api_key = \"%s\"\nend" % v),
    ], lambda e, v: "# e.g. '%s'" % v, lambda e: "%s = ENV.fetch('%s')" % (e, e)),
    ("php", ".php", ["<?php", ""], [], [
        ("php-array", lambda e, v, p: "return ['%s' => '%s'];" % (snake(e), v)),
        ("php-var", lambda e, v, p: "$%s = \"%s\";" % (camel(e), v)),
    ], lambda e, v: "// '%s' is the docs' example" % v, lambda e: "$k = $_ENV['%s'];" % e),
    ("shell", ".sh", ["#!/usr/bin/env bash", "set -euo pipefail", ""], [], [
        ("shell-export", lambda e, v, p: 'export %s="%s"' % (e, v)),
        ("shell-curl", lambda e, v, p: 'curl -sS -H "Authorization: Bearer %s" https://api.example.com/v1/me' % v),
    ], lambda e, v: "# %s_EXAMPLE=%s" % (e, v), lambda e: ': "${%s:?set it}"' % e),
    ("yaml", ".yaml", ["service:", "  name: sync"], [], [
        ("yaml-map", lambda e, v, p: "  %s: %s" % (snake(e), v)),
        ("yaml-quoted", lambda e, v, p: "  token: \"%s\"" % v),
    ], lambda e, v: "  # %s: %s" % (snake(e), v), lambda e: "  %s_ref: ${%s}" % (snake(e), e)),
    ("json", ".json", ["{", '  "name": "sync",'], ['  "v": 1', "}"], [
        ("json-field", lambda e, v, p: '  "%s": "%s",' % (camel(e), v)),
        ("json-nested", lambda e, v, p: '  "%s": { "key": "%s" },' % (p, v)),
    ], lambda e, v: '  "example": "%s",' % v, lambda e: '  "keyFrom": "env:%s",' % e),
    ("dotenv", ".env", ["# local settings", "APP_ENV=production"], [], [
        ("dotenv-plain", lambda e, v, p: "%s=%s" % (e, v)),
        ("dotenv-quoted", lambda e, v, p: '%s_SECRET="%s"' % (e, v)),
    ], lambda e, v: "# %s=%s (example)" % (e, v), lambda e: "%s_FILE=${%s}" % (e, e)),
    ("dockerfile", ".Dockerfile", ["FROM python:3.12-slim", "WORKDIR /app"], ['CMD ["python", "main.py"]'], [
        ("dockerfile-env", lambda e, v, p: "ENV %s=%s" % (e, v)),
        ("dockerfile-arg", lambda e, v, p: "ARG %s=%s" % (e, v)),
    ], lambda e, v: "# ENV %s=%s" % (e, v), lambda e: "ARG %s" % e),
    ("gha", ".workflow.yml", ["name: deploy", "on: [push]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:"], ["    steps:", "      - run: ./deploy.sh"], [
        ("gha-env", lambda e, v, p: "      %s: %s" % (e, v)),
        ("gha-env-quoted", lambda e, v, p: "      %s_TOKEN: '%s'" % (e, v)),
    ], lambda e, v: "      # %s: %s" % (e, v), lambda e: "      %s_REF: ${{ secrets.%s }}" % (e, e)),
    ("terraform", ".tf", ["terraform {", "  required_version = \">= 1.5\"", "}", ""], [], [
        ("tf-provider", lambda e, v, p: 'provider "%s" {\n  api_key = "%s"\n}' % (p.replace(".", "_"), v)),
        ("tf-variable-default", lambda e, v, p: 'variable "%s" {\n  default = "%s"\n}' % (snake(e), v)),
    ], lambda e, v: '# example = "%s"' % v, lambda e: 'locals { key_ref = var.%s }' % snake(e)),
    ("k8s", ".k8s.yaml", ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: sync", "spec:", "  template:", "    spec:", "      containers:", "        - name: app", "          env:"], [], [
        ("k8s-env-value", lambda e, v, p: "            - name: %s\n              value: \"%s\"" % (e, v)),
        ("k8s-env-value-plain", lambda e, v, p: "            - name: %s_KEY\n              value: %s" % (e, v)),
    ], lambda e, v: "            # example value: %s" % v, lambda e: "            - name: %s\n              valueFrom: { secretKeyRef: { name: sync, key: %s } }" % (e, snake(e))),
    ("kotlin", ".kt", ["package acme", ""], [], [
        ("kotlin-val", lambda e, v, p: 'const val %s = "%s"' % (e, v)),
        ("kotlin-builder", lambda e, v, p: 'val client = Client.Builder().apiKey("%s").build()' % v),
    ], lambda e, v: '// sample "%s"' % v, lambda e: 'val key = System.getenv("%s")' % e),
    ("swift", ".swift", ["import Foundation", ""], [], [
        ("swift-let", lambda e, v, p: 'let %s = "%s"' % (camel(e), v)),
        ("swift-request", lambda e, v, p: 'request.setValue("Bearer %s", forHTTPHeaderField: "Authorization")' % v),
    ], lambda e, v: '// example: "%s"' % v, lambda e: 'let key = ProcessInfo.processInfo.environment["%s"]' % e),
    ("rust", ".rs", ["use std::env;", ""], [], [
        ("rust-const", lambda e, v, p: 'const %s: &str = "%s";' % (e, v)),
        ("rust-header", lambda e, v, p: 'let req = client.get(url).bearer_auth("%s");' % v),
    ], lambda e, v: '// e.g. "%s"' % v, lambda e: 'let key = env::var("%s")?;' % e),
    ("powershell", ".ps1", ["$ErrorActionPreference = 'Stop'"], [], [
        ("ps-env", lambda e, v, p: "$env:%s = '%s'" % (e, v)),
        ("ps-hashtable", lambda e, v, p: '$headers = @{ Authorization = "Bearer %s" }' % v),
    ], lambda e, v: "# example '%s'" % v, lambda e: "$key = $env:%s" % e),
    ("toml", ".toml", ["[service]", 'name = "sync"', ""], [], [
        ("toml-key", lambda e, v, p: '%s = "%s"' % (snake(e), v)),
        ("toml-table", lambda e, v, p: '[%s]\ntoken = "%s"' % (p.replace(".", "_"), v)),
    ], lambda e, v: '# %s = "%s"' % (snake(e), v), lambda e: '%s_env = "%s"' % (snake(e), e)),
    ("ini", ".ini", ["[default]", "region = eu-west-1"], [], [
        ("ini-key", lambda e, v, p: "%s = %s" % (snake(e), v)),
        ("ini-section", lambda e, v, p: "[%s]\nsecret=%s" % (p, v)),
    ], lambda e, v: "; %s = %s" % (snake(e), v), lambda e: "%s = %%(ENV_%s)s" % (snake(e), e)),
    ("properties", ".properties", ["app.name=sync"], [], [
        ("properties-dotted", lambda e, v, p: "%s.api.key=%s" % (p, v)),
        ("properties-colon", lambda e, v, p: "%s: %s" % (snake(e).replace("_", "."), v)),
    ], lambda e, v: "# %s.example=%s" % (snake(e), v), lambda e: "%s=${%s}" % (snake(e).replace("_", "."), e)),
    ("xml", ".config", ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"], ["  </appSettings>", "</configuration>"], [
        ("xml-appsetting", lambda e, v, p: '    <add key="%s" value="%s" />' % (camel(e), v)),
        ("xml-element", lambda e, v, p: "    <ApiKey>%s</ApiKey>" % v),
    ], lambda e, v: "    <!-- <add key=\"example\" value=\"%s\" /> -->" % v, lambda e: '    <add key="%s" value="%%%s%%" />' % (camel(e), e)),
    ("scala", ".scala", ["object Config {"], ["}"], [
        ("scala-val", lambda e, v, p: '  val %s = "%s"' % (camel(e), v)),
        ("scala-map", lambda e, v, p: '  val creds = Map("%s" -> "%s")' % (p, v)),
    ], lambda e, v: '  // sample "%s"' % v, lambda e: '  val key = sys.env("%s")' % e),
    ("dart", ".dart", ["import 'package:http/http.dart' as http;", ""], [], [
        ("dart-const", lambda e, v, p: "const %s = '%s';" % (camel(e), v)),
        ("dart-headers", lambda e, v, p: "final headers = {'Authorization': 'Bearer %s'};" % v),
    ], lambda e, v: "// example '%s'" % v, lambda e: "final key = Platform.environment['%s'];" % e),
    ("lua", ".lua", ["local M = {}"], ["return M"], [
        ("lua-table", lambda e, v, p: 'M.%s = "%s"' % (snake(e), v)),
        ("lua-local", lambda e, v, p: 'local token = "%s"' % v),
    ], lambda e, v: '-- e.g. "%s"' % v, lambda e: 'M.ref = os.getenv("%s")' % e),
    ("perl", ".pl", ["use strict;", "use warnings;"], [], [
        ("perl-my", lambda e, v, p: "my $%s = '%s';" % (snake(e), v)),
        ("perl-hash", lambda e, v, p: "my %%cfg = ( api_key => '%s' );" % v),
    ], lambda e, v: "# '%s' from the docs" % v, lambda e: "my $k = $ENV{%s};" % e),
    ("r", ".R", ["library(httr)"], [], [
        ("r-assign", lambda e, v, p: '%s <- "%s"' % (snake(e), v)),
        ("r-sys-setenv", lambda e, v, p: 'Sys.setenv(%s = "%s")' % (e, v)),
    ], lambda e, v: '# example: "%s"' % v, lambda e: 'key <- Sys.getenv("%s")' % e),
    ("elixir", ".exs", ["import Config", ""], [], [
        ("elixir-config", lambda e, v, p: 'config :acme, %s: "%s"' % (snake(e), v)),
        ("elixir-keyword", lambda e, v, p: 'config :acme, Acme.Client, token: "%s"' % v),
    ], lambda e, v: '# e.g. "%s"' % v, lambda e: 'config :acme, ref: System.get_env("%s")' % e),
    ("makefile", ".mk", ["SHELL := /bin/bash", ""], [], [
        ("make-assign", lambda e, v, p: "%s ?= %s" % (e, v)),
        ("make-recipe", lambda e, v, p: "deploy:\n\tcurl -H 'X-Api-Key: %s' https://api.example.com/deploy" % v),
    ], lambda e, v: "# %s = %s" % (e, v), lambda e: "KEY_REF := $(%s)" % e),
    ("compose", ".compose.yml", ["services:", "  app:", "    image: acme/sync:1.4", "    environment:"], [], [
        ("compose-env-list", lambda e, v, p: "      - %s=%s" % (e, v)),
        ("compose-build-arg", lambda e, v, p: "    build:\n      args:\n        %s: %s" % (e, v)),
    ], lambda e, v: "      # - %s=%s" % (e, v), lambda e: "      - %s=${%s}" % (e, e)),
    ("helm", ".values.yaml", ["replicaCount: 2", "image:", "  repository: acme/sync"], [], [
        ("helm-secret-values", lambda e, v, p: "secrets:\n  %s: %s" % (camel(e), v)),
        ("helm-extra-env", lambda e, v, p: "extraEnv:\n  - name: %s\n    value: '%s'" % (e, v)),
    ], lambda e, v: "# %s: %s" % (camel(e), v), lambda e: "existingSecret: %s" % snake(e)),
    ("ansible", ".ansible.yml", ["- hosts: all", "  vars:"], ["  roles: [sync]"], [
        ("ansible-var", lambda e, v, p: "    %s: \"%s\"" % (snake(e), v)),
        ("ansible-env", lambda e, v, p: "    sync_env:\n      %s: %s" % (e, v)),
    ], lambda e, v: "    # %s: %s" % (snake(e), v), lambda e: "    %s_ref: \"{{ lookup('env', '%s') }}\"" % (snake(e), e)),
    ("ipynb", ".ipynb", ['{"cells": [{"cell_type": "code", "metadata": {}, "source": ['], ['"print(1)"], "outputs": [], "execution_count": 1}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'], [
        ("ipynb-source", lambda e, v, p: '"%s = \\"%s\\"\\n",' % (e, v)),
        ("ipynb-setenv", lambda e, v, p: '"os.environ[\\"%s\\"] = \\"%s\\"\\n",' % (e, v)),
    ], lambda e, v: '"# example %s\\n",' % v, lambda e: '"key = os.getenv(\\"%s\\")\\n",' % e),
    ("http", ".http", ["### list items", "GET https://api.example.com/v1/items"], [], [
        ("http-auth-header", lambda e, v, p: "Authorization: Bearer %s" % v),
        ("http-variable", lambda e, v, p: "@%s = %s" % (camel(e), v)),
    ], lambda e, v: "# example token %s" % v, lambda e: "X-Ref: {{$processEnv %s}}" % e),
    ("groovy", ".gradle", ["plugins { id 'java' }", ""], [], [
        ("gradle-ext", lambda e, v, p: "ext.%s = '%s'" % (camel(e), v)),
        ("gradle-maven-cred", lambda e, v, p: "repositories { maven { credentials { password = '%s' } } }" % v),
    ], lambda e, v: "// '%s' (sample)" % v, lambda e: "def key = System.getenv('%s')" % e),
    ("vim", ".vimrc", ['set nocompatible'], [], [
        ("vim-let", lambda e, v, p: "let g:%s = '%s'" % (snake(e), v)),
        ("vim-setenv", lambda e, v, p: "let $%s = '%s'" % (e, v)),
    ], lambda e, v: '" example %s' % v, lambda e: "let g:ref = $%s" % e),
    ("nix", ".nix", ["{ config, pkgs, ... }:", "{"], ["}"], [
        ("nix-env", lambda e, v, p: '  environment.variables.%s = "%s";' % (e, v)),
        ("nix-service", lambda e, v, p: '  services.sync.apiKey = "%s";' % v),
    ], lambda e, v: '  # e.g. "%s"' % v, lambda e: '  services.sync.keyFile = "/run/secrets/%s";' % snake(e)),
    ("fish", ".fish", ["# fish config"], [], [
        ("fish-set", lambda e, v, p: "set -gx %s %s" % (e, v)),
        ("fish-abbr", lambda e, v, p: "abbr synccall 'curl -H \"Authorization: Bearer %s\" https://api.example.com'" % v),
    ], lambda e, v: "# set -gx %s %s" % (e, v), lambda e: "set -q %s; or echo missing" % e),
]

PLACEHOLDERS = ["<YOUR_%s>", "${%s}", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "REPLACE_WITH_%s", "your-api-key-here", "{{ %s }}", "<redacted>"]


def provider_spec(p):
    if p in F.KNOWN:
        return F.KNOWN[p]
    return F.fallback(p, RNG)


def snippet(i, provider):
    env, positives, decoys = provider_spec(provider)
    lang, ext, head, foot, shapes, decoy_line, env_line = LANGS[i % len(LANGS)]
    doc = Doc("snippets/%s%s" % (provider, ext), "snippets", shapes[0][0])
    body = list(head)
    if len(positives) == 1:  # one key kind: a production and a staging key, in both shapes
        positives = positives * 2
    for k, (fmt, spec) in enumerate(positives):
        shape, render = shapes[(i + k) % len(shapes)]
        body.append(render(env, doc.secret(provider, fmt, F.expand(spec, RNG), shape=shape), provider))
    for kind, spec in decoys:
        body.append(decoy_line(env, doc.dec(provider, kind, F.expand(spec, RNG), shape=shapes[0][0])))
    # a masked value: the first characters of a positive, the rest starred
    v = F.expand(positives[0][1], RNG)
    body.append(decoy_line(env, doc.dec(provider, "masked", v[:6] + "*" * 20, shape=shapes[0][0])))
    ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
    ph = ph % env if "%s" in ph else ph
    body.append(decoy_line(env, doc.dec(provider, "placeholder", ph, shape=shapes[0][0])))
    body.append(env_line(env))
    body += foot
    return doc, "\n".join(body) + "\n"


def main():
    outdir = sys.argv[1]
    drawn = random.Random(13).sample(sorted(PROVIDERS), 150)
    docs = [snippet(i, p) for i, p in enumerate(drawn)]
    import hubspot13
    docs += hubspot13.build(Doc, RNG)
    import repos13
    docs += repos13.build(Doc, RNG)
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
