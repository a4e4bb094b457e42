"""Project-file templates, part B (application code in many languages, dev tooling)."""
from tmpl19a import t

t("go-twilio-sms", "«P»/internal/sms/twilio.go", "go:struct", """package sms

import "github.com/twilio/twilio-go"

var defaultCreds = struct {
	AccountSID string
	AuthToken  string
}{
	AccountSID: "«d:d_twilio_sid»",
	AuthToken:  "«p:twilio_token»",
}

func New() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: defaultCreds.AccountSID,
		Password: defaultCreds.AuthToken,
	})
}
""")

t("rust-reqwest-client", "«P»/src/clients.rs", "rust:const", """use reqwest::header::{HeaderMap, AUTHORIZATION};

const LINEAR_KEY: &str = "«p:linear»";
const NOTION: &str = "«p:notion»";
// checksum of the vendored schema
const SCHEMA_SHA256: &str = "«d:d_sha256»";

pub fn linear_headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, LINEAR_KEY.parse().unwrap());
    h
}
""")

t("kotlin-ktor-config", "«P»/src/main/kotlin/Secrets.kt", "kotlin:object", """package com.example.«P»

object Secrets {
    val providers = mapOf(
        "anthropic" to "«p:anthropic»",
        "replicate" to "«p:replicate»",
        "ga4" to "«d:d_ga»",
    )
    const val webhookSigning = "«p:stripe_wh»"
}
""")

t("csharp-hosted-service", "«P»/src/Worker/Program.cs", "csharp:named-args", """using Amazon;
using Amazon.S3;

var credentials = new Amazon.Runtime.BasicAWSCredentials(
    accessKey: "«p:aws_id»",
    secretKey: "«p:aws_secret»");
var s3 = new AmazonS3Client(credentials, RegionEndpoint.EUCentral1);

var mailer = new SendGrid.SendGridClient(apiKey: "«p:sendgrid»");
// Stripe.js key for the checkout page
const string PublishableKey = "«d:d_stripe_pk»";
""")

t("php-slim-settings", "«P»/app/settings.php", "php:array", """<?php
return [
    'db' => [
        'driver' => 'mysql',
        'host' => 'mysql',
        'username' => 'slim',
        'password' => '«p:dbpw»',
    ],
    'mailchimp' => ['key' => '«p:mailchimp»', 'list' => '«d:hex10»'],
    'recaptcha_site_key' => '«d:recaptcha_site»',
];
""")

t("ruby-hanami-settings", "«P»/config/settings.rb", "ruby:settings", """module «Pc»
  class Settings < Hanami::Settings
    setting :database_url, default: "«u:postgres://hanami:{pw}@localhost/«P»_development»"
    setting :airtable_token, default: "«p:airtable»"
    setting :figma_token, default: ENV.fetch("FIGMA_TOKEN", "«p:figma»")
    setting :session_secret, default: "«p:hexsecret»"
  end
end
""")

t("elixir-oban-config", "«P»/config/prod.exs", "elixir:keyword", """import Config

config :«P», «Pc».Mailer,
  adapter: Swoosh.Adapters.Postmark,
  api_key: "«p:postmark»"

config :«P», :onesignal, app_id: "«d:d_uuid»", rest_key: "«p:onesignal»"

config :ex_aws,
  access_key_id: "«p:aws_id»",
  secret_access_key: "«p:aws_secret»"
""")

t("clojure-integrant", "«P»/resources/config.edn", "edn:integrant", """{:duct.database.sql/hikaricp {:jdbc-url "jdbc:postgresql://db:5432/«P»"
                              :username "«P»"
                              :password "«p:dbpw»"}
 :«P».github/client {:token "«p:github»"}
 :«P».analytics/ga {:measurement-id "«d:d_ga»"}}
""")

t("dart-shelf-server", "«P»/bin/server.dart", "dart:const", """import 'dart:io';
import 'package:shelf/shelf_io.dart' as io;

const telegramToken = '«p:telegram»';
final razorpay = Razorpay(keyId: '«d:razorpay_id»', keySecret: '«p:razorpay_secret»');

void main() async {
  final port = int.parse(Platform.environment['PORT'] ?? '8080');
  await io.serve(handler, InternetAddress.anyIPv4, port);
}
""")

t("haskell-servant-config", "«P»/app/Config.hs", "haskell:record", """module Config where

data Config = Config
  { cfgDbUrl :: String
  , cfgStripeKey :: String
  , cfgSentryDsn :: String
  }

defaultConfig :: Config
defaultConfig = Config
  { cfgDbUrl = "«u:postgresql://servant:{pw}@127.0.0.1:5432/«P»»"
  , cfgStripeKey = "«p:stripe»"
  , cfgSentryDsn = "«d:d_sentry_dsn»"
  }
""")

t("c-firmware-header", "«P»/firmware/include/credentials.h", "c:define", """#pragma once
/* device provisioning — do not commit real values (oops) */
#define WIFI_SSID "«P»-iot"
#define WIFI_PASS "«p:pw»"
#define MQTT_USER "sensor-07"
#define MQTT_PASS "«p:secret32»"
#define OTA_SHA256 "«d:d_sha256»"
""")

t("cpp-game-backend", "«P»/server/src/config.cpp", "cpp:init-list", """#include "config.hpp"

const std::map<std::string, std::string> kServiceKeys = {
    {"steam", "«p:steam»"},
    {"discord_webhook", "«p:discord_hook»"},
    {"build", "«d:d_commit»"},
};
""")

t("lua-openresty", "«P»/nginx/lua/auth.lua", "lua:table", """local _M = {}

local upstreams = {
  openai = { base = "https://api.openai.com/v1", key = "«p:openai»" },
  helicone = { base = "https://oai.helicone.ai/v1", key = "«p:helicone»" },
}

local redis_password = "«p:pw»"

function _M.key_for(name) return upstreams[name].key end
return _M
""")

t("perl-mojolicious", "«P»/«P».conf", "perl:hash", """{
  secrets  => ['«p:hexsecret»'],
  pg       => '«u:postgresql://mojo:{pw}@db/«P»»',
  mailgun  => { domain => 'mg.«P».example', api_key => '«p:mailgun»' },
  hypnotoad => { listen => ['http://*:8080'], workers => 4 },
}
""")

t("erlang-rebar-config", "«P»/config/sys.config.src", "erlang:proplist", """[
 {«P», [
   {smtp_relay, "smtp.sendgrid.net"},
   {smtp_username, "apikey"},
   {smtp_password, "«p:sendgrid»"},
   {cluster_cookie_hash, "«d:d_sha1»"}
 ]}
].
""")

t("typescript-trpc-context", "«P»/src/server/env.ts", "typescript:fallback", """import { z } from "zod";

export const env = z.object({
  SUPABASE_SECRET_KEY: z.string().default("«p:supabase_sr»"),
  VERCEL_TOKEN: z.string().default("«p:vercel»"),
  NEXT_PUBLIC_STRIPE_KEY: z.string().default("«d:d_stripe_test_pk»"),
  LLAMA_CLOUD_API_KEY: z.string().default(process.env.LLAMA_KEY ?? "«p:llamacloud»"),
}).parse(process.env);
""")

t("python-locust", "«P»/loadtest/locustfile.py", "python:headers", """from locust import HttpUser, task, between

E2B_KEY = "«p:e2b»"


class ApiUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def sandbox(self):
        self.client.post("/sandboxes", headers={"X-API-Key": E2B_KEY, "X-Request-Id": "«d:d_uuid»"})
""")

t("k6-script", "«P»/loadtest/checkout.js", "javascript:k6", """import http from 'k6/http';

const params = {
  headers: {
    Authorization: 'Bearer «p:stripe»',
    'Idempotency-Key': '«d:d_uuid»',
  },
};

export default function () {
  http.post('https://api.stripe.com/v1/payment_intents', { amount: 100, currency: 'eur' }, params);
}
""")

t("jmeter-plan", "«P»/perf/api.jmx", "xml:jmeter", """<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0">
  <hashTree>
    <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="Auth">
      <collectionProp name="HeaderManager.headers">
        <elementProp name="" elementType="Header">
          <stringProp name="Header.name">Authorization</stringProp>
          <stringProp name="Header.value">Bearer «p:gitlab»</stringProp>
        </elementProp>
        <elementProp name="" elementType="Header">
          <stringProp name="Header.name">X-Trace</stringProp>
          <stringProp name="Header.value">«d:d_uuid»</stringProp>
        </elementProp>
      </collectionProp>
    </HeaderManager>
  </hashTree>
</jmeterTestPlan>
""")

t("foundry-project", "«P»/contracts/foundry.toml", "toml:foundry", """[profile.default]
src = "src"
out = "out"
libs = ["lib"]

[rpc_endpoints]
sepolia = "https://eth-sepolia.g.alchemy.com/v2/«p:alchemy»"

[etherscan]
sepolia = { key = "«p:etherscan»" }
# deployer address (public): «d:eth_addr»
""")

t("foundry-env", "«P»/contracts/.env", "env:foundry", """PRIVATE_KEY=«p:eth_pk»
DEPLOYER=«d:eth_addr»
ETHERSCAN_API_KEY=«p:etherscan»
# anvil's first default account, fine to share
ANVIL_KEY=«d:anvil_key»
""")

t("love2d-conf", "«P»/game/leaderboard.lua", "lua:love2d", """local http = require("socket.http")
local Leaderboard = {
  endpoint = "https://leaderboard.«P».example/api",
  secret = "«p:hmac»",
  build = "«d:d_commit»",
}
return Leaderboard
""")
