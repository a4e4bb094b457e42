#!/usr/bin/env bash
# End-to-end tests of code syntaxes that glue a value to a credential's
# name their own way (scanner/shape.c, code_glue_line): a type between
# them (ActionScript, Haxe, Odin, Bicep), Odin's ::, a Scheme pair,
# Pascal's ['Name'] :=, an EDN reader tag (and its parent map's name),
# Erlang's <<"...">>, Lua's long strings, Elixir's @attributes and fish's
# set -gx; each with the decoys that must stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

V=Qm7Lp4Vn8Tz3Wb6Yc1Hd5Fg0JeARk9x # 32 random letters and digits
P=Wq7k2Zp9Lm4x                     # a 12-character password
DG=30877432d1026706d7e805da846a32c3bb81e3c2
VU=9SXMECOSFOGYR3XKXWNREK8PK3YR9OUDOCUZ
MK=826a6fce48478dcb74f21345d2cce8038a39d5e0
OK=00HwnMztVuaP_coUNEhEkk_iqq8vH2BzNZV45pFCiR
AA=077021721a278f64f7fd633dbdde131c
AC=a3766e4d58e72e310275dff6c15c0c8e9df469611a11f5125227c3712da86a78c49ea20e
MD=md-NKgeInGqi7w4e4pxskC1IT
HS=90934833-4896-4a68-af81-2d810a485ed0
OV=he84S5jIc1xLJjBictx57Y3c5wnRpQgw
GT=CXJ43ANVj77p3kZ

# a type between name and value (Julia's after ::, Ada's before :=)
mk type/Keys.as "package config {
  public class Keys {
    public static const ASSEMBLYAI_API_KEY:String = \"$AA\";
  }
}
"
found type/Keys.as 3 assemblyai-api-key "$AA"
mk type/Config.hx "class Config {
  static inline var MANDRILL_API_KEY:String = \"$MD\";
}
"
found type/Config.hx 2 mandrill-api-key "$MD"
mk type/generic.as "public static const API_TOKEN:String = \"$V\";
"
found type/generic.as 1 generic-secret "$V"
mk type/typed.odin "package main

DEEPGRAM_API_KEY : string : \"$DG\"
"
found type/typed.odin 3 deepgram-api-key "$DG"
mk type/main.bicep "@secure()
param oktaApiToken string = '$OK'
"
found type/main.bicep 2 okta-api-token "$OK"
mk type/config.jl "const API_TOKEN::String = \"$V\"
"
found type/config.jl 1 generic-secret "$V"
mk type/config.adb "   Api_Token : constant String := \"$V\";
"
found type/config.adb 1 generic-secret "$V"
mk type/refs.jl "const API_TOKEN::String = ENV[\"API_TOKEN\"]
x = ready ? token : fallback
"
silent type/refs.jl
mk type/refs.as "public static const API_TOKEN:String = loadToken();
public static const TOKEN_HEADER:String = \"X-Api-Token\";
"
silent type/refs.as
mk type/none.bicep "@secure()
param deployToken string
param apiKeyName string = 'deploy-token'
"
silent type/none.bicep

# Odin's constant
mk odin/keys.odin "package main

DEEPGRAM_API_KEY :: \"$DG\"
API_TOKEN :: \"$V\"
"
found odin/keys.odin 3 deepgram-api-key "$DG"
found odin/keys.odin 4 generic-secret "$V"
mk odin/refs.odin "API_KEY :: #config(API_KEY, \"\")
API_KEY_LEN :: 32
"
silent odin/refs.odin

# a Scheme or Racket pair; a name in a ('name . value) list
mk scheme/config.scm "(define settings
  '((\"endpoint\" . \"https://api.acme.io\")
    (\"api-token\" . \"$V\")))
"
found scheme/config.scm 3 generic-secret "$V"
mk scheme/creds.rkt "(define creds '((api-key . \"$V\")))
"
found scheme/creds.rkt 1 generic-secret "$V"
mk scheme/refs.scm "(define settings '((\"api-token\" . ,(getenv \"API_TOKEN\"))))
"
silent scheme/refs.scm
mk scheme/key.php "<?php
\$cache_key = \$api_key . \"-$V\";
"
silent scheme/key.php

# Pascal's header by its index
mk pascal/Client.pas "  Request.CustomHeaders['X-Cisco-Meraki-API-Key'] := '$MK';
"
found pascal/Client.pas 1 meraki-api-key "$MK"
mk pascal/refs.pas "  Http.Request.CustomHeaders['X-Api-Key'] := FApiKey;
  Http.Request.CustomHeaders['X-Api-Key'] := '<your api key>';
"
silent pascal/refs.pas

# EDN: a reader tag's values; the parent map names the keyword
mk edn/config.edn "{:service {:api-token #profile {:dev \"dev\" :prod \"$V\"}}}
"
found edn/config.edn 1 generic-secret "$V"
mk edn/gotify.edn "{:gotify {:client-token #profile {:default \"$GT\"}}}
"
found edn/gotify.edn 1 gotify-token "$GT"
mk edn/ovh.edn "{:ovh {:application-secret #profile {:prod \"$OV\"}}}
"
found edn/ovh.edn 1 ovh-application-secret "$OV"
mk edn/refs.edn "{:api-token #profile {:dev #env API_TOKEN :prod #env API_TOKEN}}
{:api-token #or [#env API_TOKEN \"\"]}
"
silent edn/refs.edn

# Erlang's binaries
mk erlang/sys.config "[{acme, [{api_url, <<\"https://acme.api-us1.com\">>}, {activecampaign_api_key, <<\"$AC\">>}]}].
"
found erlang/sys.config 1 activecampaign-api-key "$AC"
mk erlang/acme.erl "-define(CREDS, #{secret => <<\"$V\">>}).
"
found erlang/acme.erl 1 generic-secret "$V"
mk erlang/refs.config "[{acme, [{api_key, <<\"\${ACME_API_KEY}\">>}, {api_key_sha, <<\"$DG\">>}]}].
"
silent erlang/refs.config

# Lua's long strings, of any level
mk lua/vultr.lua "local VULTR_API_KEY = [[$VU]]
"
found lua/vultr.lua 1 vultr-api-key "$VU"
mk lua/config.lua "return {
  secret_key = [==[$V]==],
}
"
found lua/config.lua 2 generic-secret "$V"
mk lua/refs.lua "local API_TOKEN = os.getenv('API_TOKEN')
local matrix = {[[1, 2]], [[3, 4]]}
local secret_key = [[YOUR_SECRET_KEY]]
local api_key = [=[unclosed
"
silent lua/refs.lua

# other languages' own literals after a plain separator: triple quotes,
# Nix's '' '', Swift's #"..."#, OCaml's {|...|}, Ruby's %q(...)
mk lit/settings.py "API_TOKEN = \"\"\"$V\"\"\"
"
found lit/settings.py 1 generic-secret "$V"
mk lit/default.nix "  apiToken = ''$V'';
"
found lit/default.nix 1 generic-secret "$V"
mk lit/Keys.swift "let apiToken = #\"$V\"#
"
found lit/Keys.swift 1 generic-secret "$V"
mk lit/config.ml "let api_token = {key|$V|key}
"
found lit/config.ml 1 generic-secret "$V"
mk lit/config.rb "API_TOKEN = %q($V)
"
found lit/config.rb 1 generic-secret "$V"
mk lit/refs.py "API_TOKEN = \"\"\"
token = '' if cached else ''
api_key = {|YOUR_API_KEY|}
API_TOKEN = %w(a b c)
"
silent lit/refs.py

# a placeholder's default: Spring's ${name:value} (YAML, @Value), a shell's
mk spring/application.yml "spring:
  datasource:
    password: \${DB_PASSWORD:$P}
app:
  api-token: \${APP_API_TOKEN:$V}
"
found spring/application.yml 3 generic-password "$P"
found spring/application.yml 5 generic-secret "$V"
mk spring/Hooks.java "    @Value(\"\${stripe.webhook-secret:$V}\")
"
found spring/Hooks.java 1 generic-secret "$V"
mk spring/decoys.yml "spring:
  datasource:
    password: \${DB_PASSWORD:}
    token: \${API_TOKEN}
    secret: \${JWT_SECRET:\${FALLBACK_SECRET}}
    api-key: \${API_KEY:changeme}
"
silent spring/decoys.yml

# Nim's exported names
mk nim/keys.nim "const apiToken* = \"$V\"
"
found nim/keys.nim 1 generic-secret "$V"
mk nim/refs.nim "let x = token * 2
proc apiToken*(): string = readToken()
"
silent nim/refs.nim

# Elixir's module attributes
mk elixir/client.ex "defmodule Acme.Client do
  @api_token \"$V\"
end
"
found elixir/client.ex 2 generic-secret "$V"
mk elixir/refs.ex "@api_token System.get_env(\"API_TOKEN\")
@token_header \"x-api-token\"
"
silent elixir/refs.ex

# fish's set with its flags
mk fish/config.fish "set -gx HUBSPOT_CLIENT_SECRET $HS
set -Ux SMTP_PASSWORD '$P'
set -g -x DEPLOY_TOKEN $V
"
found fish/config.fish 1 hubspot-client-secret "$HS"
found fish/config.fish 2 generic-password "$P"
found fish/config.fish 3 generic-secret "$V"
mk fish/refs.fish "set -gx DEPLOY_TOKEN \$DEPLOY_TOKEN_FROM_VAULT
set -gx API_TOKEN (security find-generic-password -s api -w)
set -e API_TOKEN
"
silent fish/refs.fish

# a type annotation with no literal after it stays quiet
mk ts/types.ts "interface Opts {
  token: string;
  secret?: string;
}
const { apiToken: token = process.env.TOKEN } = opts;
"
silent ts/types.ts

finish e2e_codeshapes2
