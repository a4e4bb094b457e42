"""Snippet syntaxes for holdout22: languages and formats holdout21 did not use (34).

Each: (name, file name, head lines, foot lines, named(env, v), weak [(shape, f(provider, env, v))], envref(env)).
named: the value under a credential-like name; weak: under a name that says little (a provider
key in a map, a positional or keyword argument, a struct field, a value on a later line).
"""


def lc(env):
    return env.lower()


def camel(env):
    p = env.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(env):
    return "".join(x.capitalize() for x in env.lower().split("_"))


def kebab(env):
    return env.lower().replace("_", "-")


S = []


def syn(name, fname, head, foot, named, weak, envref):
    S.append((name, fname, head, foot, named, weak, envref))


syn("zig", "config.zig", ["const std = @import(\"std\");", "", "pub const Settings = struct {"], ["};"],
    lambda e, v: "    pub const %s: []const u8 = \"%s\";" % (lc(e), v),
    [("struct-field-default", lambda p, e, v: "    %s: []const u8 = \"%s\"," % (p, v)),
     ("anon-struct", lambda p, e, v: "    pub const remote = .{ .name = \"%s\", .key = \"%s\" };" % (p, v))],
    lambda e: "    // at runtime: std.posix.getenv(\"%s\")" % e)
syn("crystal", "settings.cr", ["module Larch::Settings"], ["end"],
    lambda e, v: "  %s = \"%s\"" % (e, v),
    [("named-tuple", lambda p, e, v: "  %s = {host: \"api.%s.example\", key: \"%s\"}" % (p.upper(), p, v)),
     ("hash-literal", lambda p, e, v: "  CLIENTS = {\"%s\" => \"%s\"}" % (p, v))],
    lambda e: "  FROM_ENV = ENV[\"%s\"]?" % e)
syn("elixir-kw", "runtime.exs", ["import Config", ""], [],
    lambda e, v: "config :larch, %s: \"%s\"" % (lc(e), v),
    [("keyword-list", lambda p, e, v: "config :larch, Larch.%s,\n  adapter: Larch.Http,\n  key: \"%s\"" % (p.capitalize(), v)),
     ("tuple-in-list", lambda p, e, v: "config :larch, :providers, [{:%s, \"%s\"}]" % (p, v))],
    lambda e: "config :larch, from_env: System.get_env(\"%s\")" % e)
syn("erlang", "sys.config", ["[", " {larch, ["], ["  {done, true}", " ]}", "]."],
    lambda e, v: "  {%s, \"%s\"}," % (lc(e), v),
    [("proplist-nested", lambda p, e, v: "  {%s, [{endpoint, \"https://api.%s.example\"},\n        {key, \"%s\"}]}," % (p, p, v)),
     ("binary-tuple", lambda p, e, v: "  {<<\"%s\">>, <<\"%s\">>}," % (p, v))],
    lambda e: "  {%s_env, {env, \"%s\"}}," % (lc(e), e))
syn("fsharp", "Secrets.fs", ["module Larch.Secrets", ""], [],
    lambda e, v: "let %s = \"%s\"" % (camel(e), v),
    [("record-expr", lambda p, e, v: "let %sClient = { Name = \"%s\"; Key = \"%s\" }" % (p, p, v)),
     ("map-of-list", lambda p, e, v: "let creds = Map.ofList [ \"%s\", \"%s\" ]" % (p, v))],
    lambda e: "let fromEnv = System.Environment.GetEnvironmentVariable \"%s\"" % e)
syn("ocaml", "secrets.ml", [], [],
    lambda e, v: "let %s = \"%s\"" % (lc(e), v),
    [("record", lambda p, e, v: "let %s_client = { name = \"%s\"; key = \"%s\" }" % (p, p, v)),
     ("assoc-list", lambda p, e, v: "let creds = [ (\"%s\", \"%s\") ]" % (p, v))],
    lambda e: "let from_env = Sys.getenv_opt \"%s\"" % e)
syn("kotlin-dsl", "build.gradle.kts", ["plugins { application }", ""], [],
    lambda e, v: "val %s = \"%s\"" % (camel(e), v),
    [("mapof-pair", lambda p, e, v: "val providers = mapOf(\"%s\" to \"%s\")" % (p, v)),
     ("named-arg", lambda p, e, v: "tasks.register<Exec>(\"sync%s\") {\n    environment(\"KEY\", \"%s\")\n}" % (p.capitalize(), v))],
    lambda e: "val fromEnv = System.getenv(\"%s\")" % e)
syn("dart", "env.dart", ["// ignore_for_file: constant_identifier_names", ""], [],
    lambda e, v: "const %s = '%s';" % (camel(e), v),
    [("map-literal", lambda p, e, v: "const providerKeys = <String, String>{'%s': '%s'};" % (p, v)),
     ("ctor-named", lambda p, e, v: "final client = ApiClient(\n  service: '%s',\n  key: '%s',\n);" % (p, v))],
    lambda e: "final fromEnv = Platform.environment['%s'];" % e)
syn("lua", "secrets.lua", ["local M = {}"], ["return M"],
    lambda e, v: "M.%s = \"%s\"" % (lc(e), v),
    [("table-nested", lambda p, e, v: "M.services = {\n  %s = {\n    \"%s\",\n  },\n}" % (p, v)),
     ("call-arg", lambda p, e, v: "local c = client.new(\"%s\", \"%s\")" % (p, v))],
    lambda e: "M.from_env = os.getenv(\"%s\")" % e)
syn("perl", "Secrets.pm", ["package Larch::Secrets;", "use strict;"], ["1;"],
    lambda e, v: "our $%s = '%s';" % (e, v),
    [("hashref", lambda p, e, v: "my %%keys = ( %s => '%s' );" % (p, v)),
     ("new-args", lambda p, e, v: "my $c = Larch::Client->new(\n    service => '%s',\n    token   => '%s',\n);" % (p, v))],
    lambda e: "my $from_env = $ENV{%s};" % e)
syn("php-array", "services.php", ["<?php", "", "return ["], ["];"],
    lambda e, v: "    '%s' => '%s'," % (lc(e), v),
    [("nested-array", lambda p, e, v: "    '%s' => [\n        'endpoint' => 'https://api.%s.example',\n        'key' => '%s',\n    ]," % (p, p, v)),
     ("list-pos", lambda p, e, v: "    'pairs' => [['%s', '%s']]," % (p, v))],
    lambda e: "    'from_env' => env('%s')," % e)
syn("ruby-kwargs", "initializer.rb", ["# frozen_string_literal: true", ""], [],
    lambda e, v: "%s = '%s'" % (e, v),
    [("kwargs-call", lambda p, e, v: "Larch::Client.configure(service: :%s, secret: '%s')" % (p, v)),
     ("hash-symbol", lambda p, e, v: "KEYS = { %s: '%s' }.freeze" % (p, v))],
    lambda e: "FROM_ENV = ENV.fetch('%s', nil)" % e)
syn("clojure", "config.clj", ["(ns larch.config)", ""], [],
    lambda e, v: "(def %s \"%s\")" % (kebab(e), v),
    [("map-kw", lambda p, e, v: "(def providers {:%s \"%s\"})" % (p, v)),
     ("vector-pair", lambda p, e, v: "(def pairs [[\"%s\" \"%s\"]])" % (p, v))],
    lambda e: "(def from-env (System/getenv \"%s\"))" % e)
syn("fortran-namelist", "larch.nml", ["&credentials"], ["/"],
    lambda e, v: "  %s = '%s'," % (lc(e), v),
    [("array-elem", lambda p, e, v: "  service(1) = '%s', key(1) = '%s'," % (p, v)),
     ("derived-type", lambda p, e, v: "  api%%name = '%s', api%%value = '%s'," % (p, v))],
    lambda e: "  ! %s comes from the job environment" % e)
syn("vbnet", "Secrets.vb", ["Module Secrets"], ["End Module"],
    lambda e, v: "    Public Const %s As String = \"%s\"" % (pascal(e), v),
    [("dictionary-init", lambda p, e, v: "    Public Keys As New Dictionary(Of String, String) From {{\"%s\", \"%s\"}}" % (p, v)),
     ("new-with", lambda p, e, v: "    Public Client As New ApiClient With {\n        .Service = \"%s\",\n        .Key = \"%s\"\n    }" % (p, v))],
    lambda e: "    Public FromEnv As String = Environment.GetEnvironmentVariable(\"%s\")" % e)
syn("dhall", "secrets.dhall", ["{"], ["}"],
    lambda e, v: ", %s = \"%s\"" % (camel(e), v),
    [("record-nested", lambda p, e, v: ", %s = { endpoint = \"https://api.%s.example\", key = \"%s\" }" % (p, p, v)),
     ("list-of-records", lambda p, e, v: ", pairs = [ { mapKey = \"%s\", mapValue = \"%s\" } ]" % (p, v))],
    lambda e: ", fromEnv = env:%s as Text ? \"\"" % e)
syn("hcl-locals", "locals.tf", ["locals {"], ["}"],
    lambda e, v: "  %s = \"%s\"" % (lc(e), v),
    [("map-object", lambda p, e, v: "  provider_keys = {\n    %s = \"%s\"\n  }" % (p, v)),
     ("tuple", lambda p, e, v: "  pair = [\"%s\", \"%s\"]" % (p, v))],
    lambda e: "  from_env = var.%s" % lc(e))
syn("pkl", "secrets.pkl", ["module larch.secrets", ""], [],
    lambda e, v: "%s = \"%s\"" % (camel(e), v),
    [("mapping", lambda p, e, v: "keys: Mapping<String, String> = new {\n  [\"%s\"] = \"%s\"\n}" % (p, v)),
     ("object-body", lambda p, e, v: "%s {\n  endpoint = \"https://api.%s.example\"\n  key = \"%s\"\n}" % (p, p, v))],
    lambda e: "fromEnv = read(\"env:%s\")" % e)
syn("kdl", "larch.kdl", ["larch {"], ["}"],
    lambda e, v: "    %s \"%s\"" % (kebab(e), v),
    [("node-props", lambda p, e, v: "    service name=\"%s\" key=\"%s\"" % (p, v)),
     ("child-block", lambda p, e, v: "    %s {\n        \"%s\"\n    }" % (p, v))],
    lambda e: "    from-env env=\"%s\"" % e)
syn("properties", "application-prod.properties", ["# prod overrides"], [],
    lambda e, v: "larch.%s=%s" % (lc(e).replace("_", "."), v),
    [("indexed", lambda p, e, v: "larch.providers[0].name=%s\nlarch.providers[0].value=%s" % (p, v)),
     ("colon-sep", lambda p, e, v: "%s.value: %s" % (p, v))],
    lambda e: "larch.from-env=${%s}" % e)
syn("spring-xml", "beans.xml", ["<beans xmlns=\"http://www.springframework.org/schema/beans\">"], ["</beans>"],
    lambda e, v: "  <bean id=\"%s\" class=\"java.lang.String\"><constructor-arg value=\"%s\"/></bean>" % (camel(e), v),
    [("property", lambda p, e, v: "  <bean id=\"%sClient\" class=\"larch.Client\">\n    <property name=\"service\" value=\"%s\"/>\n    <property name=\"key\" value=\"%s\"/>\n  </bean>" % (p, p, v)),
     ("map-entry", lambda p, e, v: "  <util:map id=\"keys\"><entry key=\"%s\" value=\"%s\"/></util:map>" % (p, v))],
    lambda e: "  <context:property-placeholder location=\"classpath:${%s}\"/>" % e)
syn("plist", "Secrets.plist", ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<plist version=\"1.0\">", "<dict>"], ["</dict>", "</plist>"],
    lambda e, v: "  <key>%s</key>\n  <string>%s</string>" % (e, v),
    [("nested-dict", lambda p, e, v: "  <key>%s</key>\n  <dict>\n    <key>Value</key>\n    <string>%s</string>\n  </dict>" % (p, v)),
     ("array", lambda p, e, v: "  <key>Pairs</key>\n  <array>\n    <string>%s</string>\n    <string>%s</string>\n  </array>" % (p, v))],
    lambda e: "  <key>FromEnv</key>\n  <string>$(%s)</string>" % e)
syn("textproto", "secrets.textproto", ["# proto-file: larch/config.proto", "# proto-message: Config"], [],
    lambda e, v: "%s: \"%s\"" % (lc(e), v),
    [("nested-msg", lambda p, e, v: "provider {\n  name: \"%s\"\n  value: \"%s\"\n}" % (p, v)),
     ("map-entry", lambda p, e, v: "keys { key: \"%s\" value: \"%s\" }" % (p, v))],
    lambda e: "env_var: \"%s\"" % e)
syn("makefile", "Makefile", [".PHONY: deploy", ""], ["", "deploy:", "\t./scripts/deploy.sh"],
    lambda e, v: "%s ?= %s" % (e, v),
    [("target-var", lambda p, e, v: "deploy: export KEY := %s" % v),
     ("cli-flag", lambda p, e, v: "sync:\n\tlarch-sync --provider %s --key %s" % (p, v))],
    lambda e: "FROM_ENV := $(%s)" % e)
syn("dockerfile", "Dockerfile", ["FROM python:3.13-slim", "WORKDIR /app"], ["CMD [\"python\", \"-m\", \"larch\"]"],
    lambda e, v: "ENV %s=%s" % (e, v),
    [("arg-default", lambda p, e, v: "ARG KEY=%s" % v),
     ("run-inline", lambda p, e, v: "RUN larch-cli login %s --key %s" % (p, v))],
    lambda e: "ENV FROM_ENV=${%s}" % e)
syn("nix", "secrets.nix", ["{ lib, ... }:", "{"], ["}"],
    lambda e, v: "  %s = \"%s\";" % (camel(e), v),
    [("attrset-nested", lambda p, e, v: "  services.%s = {\n    enable = true;\n    key = \"%s\";\n  };" % (p, v)),
     ("list-pair", lambda p, e, v: "  pairs = [ \"%s\" \"%s\" ];" % (p, v))],
    lambda e: "  fromEnv = builtins.getEnv \"%s\";" % e)
syn("elm", "Secrets.elm", ["module Secrets exposing (..)", ""], [],
    lambda e, v: "%s : String\n%s =\n    \"%s\"" % (camel(e), camel(e), v),
    [("record", lambda p, e, v: "client =\n    { service = \"%s\", key = \"%s\" }" % (p, v)),
     ("tuple-list", lambda p, e, v: "pairs =\n    [ ( \"%s\", \"%s\" ) ]" % (p, v))],
    lambda e: "-- %s is injected by the build" % e)
syn("matlab", "secrets.m", ["function s = secrets()"], ["end"],
    lambda e, v: "    s.%s = '%s';" % (lc(e), v),
    [("struct-call", lambda p, e, v: "    c = struct('service', '%s', 'key', '%s');" % (p, v)),
     ("containers-map", lambda p, e, v: "    m = containers.Map({'%s'}, {'%s'});" % (p, v))],
    lambda e: "    s.from_env = getenv('%s');" % e)
syn("prolog", "secrets.pl", [":- module(secrets, [])."], [],
    lambda e, v: "%s('%s')." % (lc(e), v),
    [("fact-pair", lambda p, e, v: "credential(%s, '%s')." % (p, v)),
     ("dict", lambda p, e, v: "client(_{service: %s, key: \"%s\"})." % (p, v))],
    lambda e: "from_env(V) :- getenv('%s', V)." % e)
syn("bash-assoc", "keys.sh", ["#!/usr/bin/env bash", "declare -A KEYS"], [],
    lambda e, v: "%s='%s'" % (e, v),
    [("assoc-array", lambda p, e, v: "KEYS[%s]='%s'" % (p, v)),
     ("curl-header", lambda p, e, v: "curl -s https://api.%s.example/v1/ping \\\n  -H 'Authorization: Bearer %s'" % (p, v))],
    lambda e: "FROM_ENV=\"${%s:?missing}\"" % e)
syn("elisp", "secrets.el", [";;; secrets.el --- local credentials"], ["(provide 'secrets)"],
    lambda e, v: "(setq %s \"%s\")" % (kebab(e), v),
    [("alist", lambda p, e, v: "(defvar larch-keys '((%s . \"%s\")))" % (p, v)),
     ("plist", lambda p, e, v: "(larch-connect :service '%s :key \"%s\")" % (p, v))],
    lambda e: "(setq from-env (getenv \"%s\"))" % e)
syn("vimscript", "local.vim", ["\" local plugin credentials"], [],
    lambda e, v: "let g:%s = '%s'" % (lc(e), v),
    [("dict", lambda p, e, v: "let g:larch_keys = {'%s': '%s'}" % (p, v)),
     ("list", lambda p, e, v: "let g:larch_pair = ['%s', '%s']" % (p, v))],
    lambda e: "let g:from_env = $%s" % e)
syn("ts-as-const", "keys.ts", [], [],
    lambda e, v: "export const %s = \"%s\";" % (e, v),
    [("as-const", lambda p, e, v: "export const providers = {\n  %s: {\n    key: \"%s\",\n  },\n} as const;" % (p, v)),
     ("satisfies", lambda p, e, v: "export const cfg = { service: \"%s\", value: \"%s\" } satisfies ProviderConfig;" % (p, v))],
    lambda e: "export const fromEnv = process.env.%s ?? \"\";" % e)
syn("batch", "setenv.cmd", ["@echo off", "setlocal"], ["endlocal"],
    lambda e, v: "set \"%s=%s\"" % (e, v),
    [("cli-arg", lambda p, e, v: "larch.exe sync --provider %s --token %s" % (p, v)),
     ("setx", lambda p, e, v: "setx LARCH_KEY %s" % v)],
    lambda e: "echo using %%%s%%" % e)

SYNTAXES = S
XMLISH = {"spring-xml", "plist"}
DOLLAR_UNSAFE = {"kotlin-dsl", "makefile", "dockerfile", "batch", "perl", "php-array", "dart", "bash-assoc", "crystal", "ruby-kwargs"}
