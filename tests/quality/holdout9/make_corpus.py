#!/usr/bin/env python3
"""Writes the ninth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

snippets/: one short file per provider (150 drawn from keyhound's provider list
with random.Random(9), plus HubSpot) in the style of other scanners' rule
examples, the syntax rotating over ones earlier snippets halves used least,
each positive format of the provider and its near-misses. repos/: files as
committed in mobile apps, data-engineering stacks, CMS and forums, monitoring
agents, mail/chat servers and network/VPN configs (repos9.py).
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
from formats9 import PROVIDERS  # noqa: E402
import formats9 as F  # noqa: E402

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
        """pos() with README.md's label policy for URLs and connection strings applied."""
        m = URL_PW.match(value)
        if m:
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value, accept=sorted({value, m.group(0)}))
        if value.startswith("DefaultEndpointsProtocol="):
            key = value.split("AccountKey=")[1].split(";")[0]
            return self.pos(provider, fmt, key, shape=shape, shown=shown or value, accept=[value])
        if value.startswith("https://chat.googleapis.com/"):
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value.split("token=")[1].replace("%3D", "=")])
        if value.startswith("FlyV1 "):
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value[6:]])
        for host in ("alchemy.com/v2/", "infura.io/v3/", "quiknode.pro/"):
            if host in value:
                return self.pos(provider, fmt, value.split(host)[1].strip("/"), shape=shape, shown=shown or value, accept=[value])
        return self.pos(provider, fmt, value, shape=shape, shown=shown)

    def b64(self, provider, fmt, value, shape=None, pair=None):
        """A secret written base64-encoded: labelled with the decoded value (pair: 'user:' before it)."""
        raw = (pair or "") + value
        enc = base64.b64encode(raw.encode()).decode()
        extra = {"accept": [raw]} if pair else {}
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
    ("elixir", ".exs", ["import Config", ""], [], [
        ("elixir-config-kw", lambda e, v, p: 'config :acme, Acme.%s, %s: "%s"' % (F.camel_title(p), snake(e), v)),
        ("elixir-put-env", lambda e, v, p: 'System.put_env("%s", "%s")' % (e, v)),
        ("elixir-module-attr", lambda e, v, p: '@%s "%s"' % (snake(e), v)),
    ], lambda e, v: 'config :acme, %s: "%s"' % (snake(e), v), lambda e: 'config :acme, %s: System.fetch_env!("%s")' % (snake(e), e)),
    ("erlang", ".config", ["%% sys.config", "["], ["]."], [
        ("erlang-app-env-tuple", lambda e, v, p: ' {%s, [{%s, "%s"}]},' % (p, snake(e), v)),
        ("erlang-binary", lambda e, v, p: ' {acme, [{%s, <<"%s">>}]},' % (snake(e), v)),
    ], lambda e, v: ' {acme_%s, "%s"},' % (snake(e), v), lambda e: ' {acme, [{%s, {env, "%s"}}]}' % (snake(e), e)),
    ("openresty", ".lua", ["-- access_by_lua_file", "local http = require \"resty.http\""], [], [
        ("lua-ngx-set-header", lambda e, v, p: 'ngx.req.set_header("Authorization", "Bearer %s")' % v),
        ("lua-local", lambda e, v, p: 'local %s = "%s"' % (snake(e), v)),
        ("lua-long-string", lambda e, v, p: "local %s = [[%s]]" % (snake(e), v)),
    ], lambda e, v: 'local %s = "%s"' % (snake(e), v), lambda e: 'local %s = os.getenv("%s")' % (snake(e), e)),
    ("racket", ".rkt", ["#lang racket", ""], [], [
        ("racket-define", lambda e, v, p: '(define %s "%s")' % (kebab(e), v)),
        ("racket-hash", lambda e, v, p: "(define creds (hash '%s \"%s\"))" % (kebab(e), v)),
    ], lambda e, v: '(define %s "%s")' % (kebab(e), v), lambda e: '(define %s (getenv "%s"))' % (kebab(e), e)),
    ("scheme", ".scm", [";; guile init", ""], [], [
        ("scheme-setenv", lambda e, v, p: '(setenv "%s" "%s")' % (e, v)),
        ("scheme-alist", lambda e, v, p: "(define config '((%s . \"%s\")))" % (kebab(e), v)),
    ], lambda e, v: '(define %s "%s")' % (kebab(e), v), lambda e: '(define %s (getenv "%s"))' % (kebab(e), e)),
    ("d", ".d", ["import std.process;", ""], [], [
        ("d-enum", lambda e, v, p: 'enum %s = "%s";' % (camel(e), v)),
        ("d-environment", lambda e, v, p: 'environment["%s"] = "%s";' % (e, v)),
        ("d-assoc-array", lambda e, v, p: 'string[string] headers = ["Authorization": "Bearer %s"];' % v),
    ], lambda e, v: 'immutable %s = "%s";' % (camel(e), v), lambda e: 'auto %s = environment.get("%s");' % (camel(e), e)),
    ("v", ".v", ["module main", "", "import os", ""], [], [
        ("v-const", lambda e, v, p: "const %s = '%s'" % (snake(e), v)),
        ("v-setenv", lambda e, v, p: "os.setenv('%s', '%s', true)" % (e, v)),
    ], lambda e, v: "%s := '%s'" % (snake(e), v), lambda e: "%s := os.getenv('%s')" % (snake(e), e)),
    ("odin", ".odin", ["package main", "", 'import "core:os"', ""], [], [
        ("odin-const", lambda e, v, p: '%s :: "%s"' % (e, v)),
        ("odin-set-env", lambda e, v, p: 'os.set_env("%s", "%s")' % (e, v)),
    ], lambda e, v: '%s := "%s"' % (snake(e), v), lambda e: '%s := os.get_env("%s")' % (snake(e), e)),
    ("pony", ".pony", ["actor Main"], [], [
        ("pony-let", lambda e, v, p: '  let %s: String = "%s"' % (snake(e), v)),
        ("pony-header", lambda e, v, p: '  req("Authorization") = "Bearer %s"' % v),
    ], lambda e, v: '  let %s: String val = "%s"' % (snake(e), v), lambda e: '  let %s = EnvVars(env.vars)("%s")' % (snake(e), e)),
    ("ballerina", ".bal", ["import ballerina/http;", ""], [], [
        ("ballerina-configurable", lambda e, v, p: 'configurable string %s = "%s";' % (camel(e), v)),
        ("ballerina-auth-record", lambda e, v, p: 'http:Client c = check new ("https://api.%s.example", auth = {token: "%s"});' % (p, v)),
    ], lambda e, v: 'final string %s = "%s";' % (camel(e), v), lambda e: 'configurable string %s = ?;' % camel(e)),
    ("solidity", ".t.sol", ["// SPDX-License-Identifier: MIT", 'import "forge-std/Test.sol";', "contract ForkTest is Test {"], ["}"], [
        ("solidity-string-constant", lambda e, v, p: '    string constant %s = "%s";' % (e, v)),
        ("solidity-vm-setenv", lambda e, v, p: '    function setUp() public { vm.setEnv("%s", "%s"); }' % (e, v)),
    ], lambda e, v: '    string constant %s = "%s";' % (e, v), lambda e: '    string %s = vm.envString("%s");' % (camel(e), e)),
    ("haxe", ".hx", ["class Secrets {"], ["}"], [
        ("haxe-static-inline", lambda e, v, p: '    public static inline var %s = "%s";' % (e, v)),
        ("haxe-putenv", lambda e, v, p: '    static function init() Sys.putEnv("%s", "%s");' % (e, v)),
    ], lambda e, v: '    static var %s = "%s";' % (camel(e), v), lambda e: '    static var %s = Sys.getEnv("%s");' % (camel(e), e)),
    ("actionscript", ".as", ["package com.acme.net {", "  import flash.net.URLRequestHeader;"], ["}"], [
        ("as3-static-const", lambda e, v, p: '  public static const %s:String = "%s";' % (e, v)),
        ("as3-request-header", lambda e, v, p: '  req.requestHeaders.push(new URLRequestHeader("Authorization", "Bearer %s"));' % v),
    ], lambda e, v: '  private var %s:String = "%s";' % (camel(e), v), lambda e: '  // %s comes from flashvars' % e),
    ("pascal", ".pas", ["unit Secrets;", "interface", "const"], ["implementation", "end."], [
        ("pascal-const", lambda e, v, p: "  %s = '%s';" % (pascal(e), v)),
        ("pascal-custom-header", lambda e, v, p: "  { Http.Request.CustomHeaders.Values['X-Api-Key'] := '%s'; }" % v),
    ], lambda e, v: "  %s = '%s';" % (pascal(e), v), lambda e: "  { %s := GetEnvironmentVariable('%s'); }" % (pascal(e), e)),
    ("dfm", ".dfm", ["object DataModule1: TDataModule1", "  object RESTClient1: TRESTClient"], ["  end", "end"], [
        ("dfm-params-strings", lambda e, v, p: "    Params.Strings = (\n      '%s=%s')" % (pascal(e), v)),
        ("dfm-property", lambda e, v, p: "    %s = '%s'" % (pascal(e), v)),
    ], lambda e, v: "    %s = '%s'" % (pascal(e), v), lambda e: "    BaseURL = 'https://api.example.com' { %s }" % e),
    ("vbnet", ".vb", ["Imports System.Net.Http", "Module Secrets"], ["End Module"], [
        ("vb-const", lambda e, v, p: '    Private Const %s As String = "%s"' % (pascal(e), v)),
        ("vb-header-concat", lambda e, v, p: '    Sub Auth(c As HttpClient) : c.DefaultRequestHeaders.Add("Authorization", "Bearer " & "%s") : End Sub' % v),
        ("vb-dictionary", lambda e, v, p: '    Dim Creds As New Dictionary(Of String, String) From {{"%s", "%s"}}' % (snake(e), v)),
    ], lambda e, v: '    Dim %s As String = "%s"' % (pascal(e), v), lambda e: '    Dim %s = Environment.GetEnvironmentVariable("%s")' % (pascal(e), e)),
    ("autohotkey", ".ahk", ["#Requires AutoHotkey v2.0", ""], [], [
        ("ahk-assign", lambda e, v, p: '%s := "%s"' % (pascal(e), v)),
        ("ahk-envset", lambda e, v, p: 'EnvSet("%s", "%s")' % (e, v)),
    ], lambda e, v: '%s := "%s"' % (pascal(e), v), lambda e: '%s := EnvGet("%s")' % (pascal(e), e)),
    ("batch", ".cmd", ["@echo off", "setlocal"], ["endlocal"], [
        ("batch-set-quoted", lambda e, v, p: 'set "%s=%s"' % (e, v)),
        ("batch-setx", lambda e, v, p: 'setx %s "%s"' % (e, v)),
        ("batch-curl-header", lambda e, v, p: 'curl -s -H "Authorization: Bearer %s" https://api.%s.example/v1/me' % (v, p)),
    ], lambda e, v: 'set "%s=%s"' % (e, v), lambda e: 'if "%%%s%%"=="" exit /b 1' % e),
    ("fish", ".fish", ["# ~/.config/fish/conf.d/work.fish"], [], [
        ("fish-set-gx", lambda e, v, p: "set -gx %s '%s'" % (e, v)),
        ("fish-set-ux", lambda e, v, p: 'set -Ux %s "%s"' % (e, v)),
    ], lambda e, v: "set -g %s '%s'" % (snake(e), v), lambda e: "set -q %s; or echo missing" % e),
    ("nushell", ".nu", ["# env.nu"], [], [
        ("nu-env-assign", lambda e, v, p: '$env.%s = "%s"' % (e, v)),
        ("nu-let-record", lambda e, v, p: "let creds = { %s: '%s' }" % (snake(e), v)),
    ], lambda e, v: "let %s = '%s'" % (snake(e), v), lambda e: "let %s = $env.%s" % (snake(e), e)),
    ("psd1", ".psd1", ["@{", "    AllNodes = @()"], ["}"], [
        ("psd1-hashtable", lambda e, v, p: "    %s = '%s'" % (pascal(e), v)),
        ("psd1-nested", lambda e, v, p: "    NonNodeData = @{\n        %s = @{ ApiToken = '%s' }\n    }" % (F.camel_title(p), v)),
    ], lambda e, v: "    %s = '%s'" % (pascal(e), v), lambda e: "    # %s is injected by the release pipeline" % e),
    ("puppet", ".pp", ["class profile::%(p)s {"], ["}"], [
        ("puppet-variable", lambda e, v, p: "  $%s = '%s'" % (snake(e), v)),
        ("puppet-class-param", lambda e, v, p: "  class { '%s': api_token => '%s' }" % (p, v)),
        ("puppet-file-content", lambda e, v, p: "  file { '/etc/%s/env': content => \"%s=%s\\n\" }" % (p, e, v)),
    ], lambda e, v: "  $%s = '%s'" % (snake(e), v), lambda e: "  $%s = lookup('%s')" % (snake(e), snake(e))),
    ("salt", ".sls", ["# pillar/%(p)s.sls"], [], [
        ("salt-pillar-key", lambda e, v, p: "%s:\n  %s: '%s'" % (p, snake(e), v)),
        ("salt-jinja-set", lambda e, v, p: "{%% set %s = '%s' %%}" % (snake(e), v)),
    ], lambda e, v: "%s: '%s'" % (snake(e), v), lambda e: "%s: {{ salt['environ.get']('%s') }}" % (snake(e), e)),
    ("chef", ".rb", ["# attributes/default.rb"], [], [
        ("chef-default-attr", lambda e, v, p: "default['%s']['%s'] = '%s'" % (p, snake(e), v)),
        ("chef-override-attr", lambda e, v, p: 'node.override["%s"]["token"] = "%s"' % (p, v)),
    ], lambda e, v: "default['acme']['%s'] = '%s'" % (snake(e), v), lambda e: "default['acme']['%s'] = ENV['%s']" % (snake(e), e)),
    ("bicep", ".bicep", ["targetScope = 'resourceGroup'", ""], [], [
        ("bicep-secure-param", lambda e, v, p: "@secure()\nparam %s string = '%s'" % (camel(e), v)),
        ("bicep-app-setting", lambda e, v, p: "var appSettings = [\n  { name: '%s', value: '%s' }\n]" % (e, v)),
    ], lambda e, v: "var %s = '%s'" % (camel(e), v), lambda e: "param %s string = readEnvironmentVariable('%s')" % (camel(e), e)),
    ("pkl", ".pkl", ["amends \"package://pkg.pkl-lang.org/acme/app@1.0.0#/Config.pkl\"", ""], [], [
        ("pkl-property", lambda e, v, p: '%s = "%s"' % (camel(e), v)),
        ("pkl-mapping", lambda e, v, p: 'env {\n  ["%s"] = "%s"\n}' % (e, v)),
    ], lambda e, v: '%s = "%s"' % (camel(e), v), lambda e: '%s = read("env:%s")' % (camel(e), e)),
    ("starlark", ".bzl", ['load("@rules_oci//oci:defs.bzl", "oci_image")', ""], [], [
        ("starlark-const", lambda e, v, p: '%s = "%s"' % (e, v)),
        ("starlark-env-dict", lambda e, v, p: 'oci_image(\n    name = "%s",\n    env = {"%s": "%s"},\n)' % (p, e, v)),
    ], lambda e, v: '%s = "%s"' % (e, v), lambda e: '%s = "$(%s)"' % (e, e)),
    ("ini-colon", ".cfg", ["[%(p)s]"], [], [
        ("cfg-colon", lambda e, v, p: "%s: %s" % (snake(e), v)),
        ("cfg-continuation", lambda e, v, p: "headers =\n    Authorization: Bearer %s" % v),
    ], lambda e, v: "%s: %s" % (snake(e), v), lambda e: "%s: %%(%s)s" % (snake(e), e)),
    ("ron", ".ron", ["Config("], [")"], [
        ("ron-field", lambda e, v, p: '    %s: "%s",' % (snake(e), v)),
        ("ron-nested-struct", lambda e, v, p: '    %s: Credentials(token: "%s"),' % (p, v)),
    ], lambda e, v: '    %s: "%s",' % (snake(e), v), lambda e: '    %s_env: "%s",' % (snake(e), e)),
    ("edn", ".edn", ["{:app {:name \"acme\"}"], [" }"], [
        ("edn-keyword-map", lambda e, v, p: ' :%s {:%s "%s"}' % (p, kebab(e), v)),
        ("edn-profile", lambda e, v, p: ' :%s #profile {:prod "%s" :dev #env %s}' % (kebab(e), v, e)),
    ], lambda e, v: ' :%s "%s"' % (kebab(e), v), lambda e: ' :%s-env #env %s' % (kebab(e), e)),
    ("elisp", ".el", [";;; init-secrets.el"], [], [
        ("elisp-setq", lambda e, v, p: '(setq %s-api-token "%s")' % (p, v)),
        ("elisp-setenv", lambda e, v, p: '(setenv "%s" "%s")' % (e, v)),
    ], lambda e, v: '(defvar %s "%s")' % (kebab(e), v), lambda e: '(defvar %s (getenv "%s"))' % (kebab(e), e)),
    ("python", ".py", ["import os", ""], [], [
        ("py-settings-const", lambda e, v, p: '%s = "%s"' % (e, v)),
        ("py-sdk-kwarg", lambda e, v, p: 'client = %s.Client(token="%s")' % (p, v)),
    ], lambda e, v: '%s = "%s"' % (e, v), lambda e: '%s = os.environ["%s"]' % (e, e)),
    ("yaml", ".yaml", ["# helm values"], [], [
        ("yaml-env-list", lambda e, v, p: "env:\n  - name: %s\n    value: \"%s\"" % (e, v)),
        ("yaml-nested", lambda e, v, p: "%s:\n  auth:\n    %s: '%s'" % (p, snake(e), v)),
    ], lambda e, v: "%s: '%s'" % (snake(e), v), lambda e: "%s: ${%s}" % (snake(e), e)),
    ("json", ".json", ["{"], ['  "version": 1', "}"], [
        ("json-env-object", lambda e, v, p: '  "env": { "%s": "%s" },' % (e, v)),
        ("json-headers", lambda e, v, p: '  "headers": { "Authorization": "Bearer %s" },' % v),
    ], lambda e, v: '  "%s": "%s",' % (camel(e), v), lambda e: '  "%sFrom": "env:%s",' % (camel(e), e)),
    ("shell", ".sh", ["#!/usr/bin/env bash", "set -euo pipefail"], [], [
        ("sh-export-quoted", lambda e, v, p: 'export %s="%s"' % (e, v)),
        ("sh-cli-flag", lambda e, v, p: '%s login --api-key "%s"' % (p, v)),
    ], lambda e, v: "%s='%s'" % (e, v), lambda e: ': "${%s:?set it}"' % e),
]


def snippet(i, provider):
    env_base, positives, decoys = PROVIDERS[provider]
    lang, ext, head, foot, shapes, decoy_line, env_line = LANGS[i % len(LANGS)]
    doc = Doc("snippets/%s%s" % (provider, ext), "snippets", shapes[0][0])
    body = [x % {"p": provider} if "%(" in x else x for x in head]
    todo = list(positives)
    if len(todo) == 1:  # one format: written twice, in two shapes
        todo.append(todo[0])
    for k, (fmt, env, g) in enumerate(todo):
        shape, render = shapes[(i + k) % len(shapes)]
        v = g()
        if "\n" in v:  # a PEM key in a one-line string: newlines written as \n
            m = doc.pos(provider, fmt, v, shape=shape + "+pem-escaped", shown=v.replace("\n", "\\n"))
        else:
            m = doc.secret(provider, fmt, v, shape=shape)
        body.append(render(env, m, provider))
    for kind, env, g in decoys:
        body.append(decoy_line(env, doc.dec(provider, kind, g())))
    body.append(env_line(env_base + "_TOKEN"))
    body += foot
    return doc, "\n".join(body) + "\n"


def main():
    outdir = sys.argv[1]
    docs = [snippet(i, p) for i, p in enumerate(sorted(PROVIDERS))]
    import hubspot9
    docs += hubspot9.build(Doc)
    import repos9
    docs += repos9.build(Doc)
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
