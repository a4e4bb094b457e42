"""repos/ (d): more self-hosted daemons, app code in less common languages, scripts."""
from tmpl24 import files

S = [
("repos/selfhosted/icinga-lite/radius/clients.conf", "freeradius-like", r'''client office-ap {
    ipaddr = 10.40.20.0/24
    secret = «P password radius-shared-secret pw»
    shortname = office-ap
}
client vpn {
    ipaddr = 10.40.30.1
    secret = «P password radius-shared-secret upw»
}
'''),
("repos/selfhosted/pbx/pjsip.conf", "pjsip-conf", r'''[trunk-auth]
type=auth
auth_type=userpass
username=4420381234
password=«P password sip-password pw»

[101]
type=auth
auth_type=userpass
username=101
password=«P password extension-password dig6+x»
'''),
("repos/selfhosted/ejabberd/ejabberd.yml", "ejabberd-yml", r'''hosts:
  - chat.brackenfield.example
sql_type: pgsql
sql_server: pg-tools.internal
sql_database: ejabberd
sql_username: ejabberd
sql_password: "«P password sql-password pw»"
acl:
  admin:
    user: "maya@chat.brackenfield.example"
'''),
("repos/selfhosted/prosody/prosody.cfg.lua", "prosody-lua", r'''VirtualHost "xmpp.brackenfield.example"
component_secret = "«P password component-secret pw»"
storage = "sql"
sql = { driver = "PostgreSQL", database = "prosody", username = "prosody", password = "«P password sql-password upw»", host = "pg-tools.internal" }
'''),
("repos/selfhosted/coturn/turnserver.conf", "coturn-conf", r'''listening-port=3478
realm=turn.brackenfield.example
use-auth-secret
static-auth-secret=«P password turn-static-secret hex64»
user=meet:«P password turn-user-password pw»
no-cli
'''),
("repos/selfhosted/znc/znc.conf", "znc-conf", r'''<User maya>
    Pass = sha256#«D znc password_hash hex64»#«D znc salt an20»#
    Nick = maya
    <Network libera>
        Server = irc.libera.chat +6697 «P password irc-server-password pw»
    </Network>
</User>
'''),
("repos/selfhosted/cups-like/smb-backup.cred", "smb-credentials-file", r'''username=svc-scan
password=«P password smb-password pw»
domain=BRACKENFIELD
'''),
("repos/selfhosted/nut/upsd.users", "nut-upsd-users", r'''[monuser]
    password = «P password nut-password pw»
    upsmon primary

[admin]
    password = «P password nut-admin-password upw»
    actions = SET
    instcmds = ALL
'''),
("repos/selfhosted/rspamd/worker-controller.inc", "rspamd-controller", r'''password = "«D rspamd password_hash $2$|lan32+$+lan52»";
enable_password = "«D rspamd password_hash $2$|lan32+$+lan52»";
secure_ip = "10.40.0.0/16";
'''),
("repos/selfhosted/dovecot/users", "dovecot-passwd-file", r'''maya@brackenfield.example:{ARGON2ID}«D dovecot password_hash $argon2id$v=19$m=65536,t=3,p=1$|b64u22+$+b64u43»::::::
printer@brackenfield.example:{PLAIN}«P password dovecot-plain-password pw»::::::
'''),
("repos/selfhosted/adminer/plugins-enabled/login-servers.php", "adminer-plugin", r'''<?php
require_once('plugins/login-password-less.php');
return new AdminerLoginPasswordLess(
    password_hash("«P password adminer-password pw»", PASSWORD_DEFAULT)
);
'''),
("repos/selfhosted/semaphore/config.json", "semaphore-ui-config", r'''{
  "postgres": {
    "host": "pg-tools.internal:5432",
    "user": "semaphore",
    "pass": "«P password db-password pw»",
    "name": "semaphore"
  },
  "cookie_hash": "«P password cookie-hash b6444»",
  "cookie_encryption": "«P password cookie-encryption b6444»",
  "access_key_encryption": "«P password access-key-encryption b6444»",
  "email_alert": false
}
'''),
("repos/services/greeter/src/app.gleam", "gleam-wisp", r'''import gleam/erlang/os
import gleam/result

pub fn postmark_token() -> String {
  os.get_env("POSTMARK_TOKEN")
  |> result.unwrap("«P postmark server-token uuid»")
}

pub const support_inbox = "«D postmark inbound_hash hex32»@inbound.postmarkapp.com"
'''),
("repos/services/greeter/Config/Web.hs", "haskell-ihp", r'''module Config where

import IHP.Prelude
import IHP.FrameworkConfig

config :: ConfigBuilder
config = do
    option Production
    option (AppHostname "greeter.brackenfield.example")
    option $ SMTPConfig "smtp.eu.mailgun.org" 587 (Just ("postmaster@mg.brackenfield.example", "«P mailgun smtp-password an32»"))
'''),
("repos/services/greeter/Program.fs", "fsharp-giraffe", r'''module Greeter.Program

open Giraffe

let openAiKey = "«P openai api-key openai»"
let anthropicModel = "claude-haiku-4-5"

let webApp = choose [ route "/health" >=> text "ok" ]
'''),
("repos/services/greeter/bin/main.ml", "ocaml-dream", r'''let () =
  let secret = "«P password dream-secret b6432»" in
  Dream.run ~interface:"0.0.0.0"
  @@ Dream.set_secret secret
  @@ Dream.logger
  @@ Dream.router [ Dream.get "/" (fun _ -> Dream.html "greeter") ]
'''),
("repos/services/greeter/config/environments/production.cr", "crystal-amber", r'''Amber::Server.configure do |settings|
  settings.secret_key_base = "«P password secret-key-base an64»"
  settings.database_url = "postgres://greeter:«P password db-url-password upw»@pg-tools.internal/greeter"
  settings.redis_url = "redis://queue-1.internal:6379"
end
'''),
("repos/services/greeter/src/main/java/app/Jooby.java", "java-jooby", r'''package app;

import io.jooby.Jooby;

public class App extends Jooby {
  {
    var brevo = new BrevoClient.Builder()
        .apiKey("«P brevo api-key xkeysib-|hex64+-+an16»")
        .sender("news@brackenfield.example")
        .build();
    get("/", ctx -> "greeter");
  }
}
'''),
("repos/services/greeter/config/autoload/hyperf.php", "php-hyperf", r'''<?php
return [
    'aliyun_oss' => [
        'accessId' => '«P aliyun access-key-id LTAI|an20»',
        'accessSecret' => '«P aliyun access-key-secret an30»',
        'bucket' => 'brackenfield-cn',
    ],
];
'''),
("repos/services/greeter/lib/greeter/application.ex", "elixir-supervisor", r'''defmodule Greeter.Application do
  use Application

  def start(_type, _args) do
    children = [
      {Finch, name: Greeter.Finch},
      {Greeter.Anthropic, api_key: System.get_env("ANTHROPIC_API_KEY", "«P anthropic api-key anthropic»")},
      {Greeter.Repo, password: "«P password ecto-password pw»"}
    ]

    Supervisor.start_link(children, strategy: :one_for_one)
  end
end
'''),
("repos/services/greeter/scripts/backup.pl", "perl-script", r'''#!/usr/bin/perl
use strict;
use DBI;

my $dbh = DBI->connect("dbi:mysql:database=hearth;host=mysql-hearth.internal", "backup", "«P password dbi-password pw»")
    or die $DBI::errstr;
my %s3 = (key => "«P aws access-key-id awsid»", secret => "«P aws secret-access-key awssec»");
'''),
("repos/services/greeter/scripts/rotate.rb", "ruby-script", r'''#!/usr/bin/env ruby
require "octokit"

client = Octokit::Client.new(access_token: ENV.fetch("GH_TOKEN") { "«P github pat-fine-grained ghpat»" })
client.update_secret("brackenfield/ledger-api", "DB_PASSWORD", "«P password new-db-password pw»")
'''),
("repos/services/greeter/scripts/provision.bat", "windows-batch", r'''@echo off
set SQLCMDPASSWORD=«P password sqlcmd-password pw»
sqlcmd -S sql-till.internal -U till_admin -i schema.sql
net use Z: \\files.internal\deploy /user:BRACKENFIELD\svc-deploy «P password net-use-password pw»
'''),
("repos/services/greeter/scripts/kiosk.applescript", "applescript", r'''tell application "Keychain Access" to activate
set vpnPass to "«P password vpn-password pw»"
do shell script "networksetup -connectpppoeservice 'Office VPN'"
'''),
("repos/services/greeter/deploy/vars.sops.yaml", "sops-file", r'''db_password: ENC[AES256_GCM,data:«D sops ciphertext b6420»,iv:«D sops iv b6443+=»,tag:«D sops tag b6422+==»,type:str]
sentry_dsn: https://«D sentry dsn_public_key hex32»@o4507.ingest.sentry.io/4507002
sops:
    age:
        - recipient: «D age public_recipient age1|lan58»
'''),
("repos/services/greeter/deploy/known_keys.txt", "public-keys", r'''# deploy user's authorised keys (public halves)
ssh-ed25519 «D ssh public_key AAAAC3NzaC1lZDI1NTE5AAAAI|b6443» ci@brackenfield
«D age public_recipient age1|lan58»
# minisign public key of releases
«D minisign public_key RW|b6454»
'''),
("repos/services/greeter/deploy/ids.env", "ids-not-secrets", r'''# identifiers only: safe to commit
GOOGLE_OAUTH_CLIENT_ID=«D google client_id dig12+-+lan32+.apps.googleusercontent.com»
STRIPE_ACCOUNT=«D stripe account_id acct_|an16»
AZURE_SUBSCRIPTION_ID=«D azure subscription_id uuid»
SENTRY_ORG_ID=«D sentry org_id dig7»
SEGMENT_SOURCE_ID=«D segment source_id an22»
REQUEST_SIGNING_KEY_ID=«D generic key_id uuid»
ALGOLIA_INDEX=products_prod
'''),
("repos/services/greeter/tests/fixtures/users.yaml", "test-fixtures-real", r'''# seeded into the staging DB by the e2e suite (these logins work on staging)
- email: qa-admin@brackenfield.example
  password: «P password staging-login-password pw»
  role: admin
- email: qa-viewer@brackenfield.example
  password: «P password staging-login-password pw»
  role: viewer
- email: nobody@example.com
  password: «D password test_fixture_marked password123»
  role: none
'''),
("repos/infra/.github/workflows/tiles-sync.yml", "github-actions", r'''name: tiles-sync
on: workflow_dispatch
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: «P aws access-key-id awsid»
      AWS_SECRET_ACCESS_KEY: «P aws secret-access-key awssec»
      AWS_REGION: eu-west-2
    steps:
      - run: aws s3 sync s3://brackenfield-tiles ./tiles --only-show-errors
      - run: echo "run ${{ github.run_id }} done, request id «D aws request_id uuid»"
'''),
("repos/services/greeter/huey_config.py", "huey-config", r'''from huey import RedisHuey

huey = RedisHuey(
    "greeter",
    url="rediss://default:«P password redis-url-password upw»@eu1-clever-gnu-31337.upstash.io:6379",
    immediate=False,
)
'''),
("repos/kiln-mobile/ios/Kiln/Settings/Flags.swift", "swift-property-wrapper", r'''import SwiftUI

struct DebugFlags {
    @AppStorage("useStaging") var useStaging = false
    // server-side key, only used by the internal build's admin screen
    @AppStorage("rcSecret") var revenueCatSecret = "«P revenuecat secret-key sk_|an32»"
    @AppStorage("rcPublic") var revenueCatPublic = "«D revenuecat public_sdk_key appl_|an27»"
}
'''),
("repos/route-planner/internal/config/defaults.go", "go-viper-defaults", r'''package config

import "github.com/spf13/viper"

func init() {
	viper.SetDefault("sentry.dsn", "https://«D sentry dsn_public_key hex32»@o4507.ingest.sentry.io/4507003")
	viper.SetDefault("sentry.auth_token",
		"«P sentry auth-token sentrytok»")
	viper.SetDefault("elastic.cloud_id", "routes:«D elastic cloud_id b6480»")
	viper.SetDefault("elastic.api_key", "«P elastic api-key b6460»")
}
'''),
("repos/route-planner/.env", "sqlx-dotenv", r'''DATABASE_URL=postgres://routes:«P password db-url-password upw»@localhost:5432/routes
SQLX_OFFLINE=true
RUST_LOG=info,sqlx=warn
'''),
("repos/ops-notes/notes/wifi.txt", "plain-note", r'''Office wifi
  Brackenfield-Staff   «P wifipsk office-wifi-passphrase pw»
  Brackenfield-Guest   «P wifipsk guest-wifi-passphrase pw»   (changes monthly, printed at reception)
  Warehouse-Scanners   «P wifipsk scanner-wifi-passphrase pw»
Router admin: http://10.40.0.1  admin / «P password router-admin-password pw»
'''),
("repos/infra/terraform/envs/prod/terraform.tfstate.backup", "tfstate", r'''{
  "version": 4,
  "terraform_version": "1.9.8",
  "serial": 212,
  "lineage": "«D terraform state_lineage uuid»",
  "resources": [
    {
      "mode": "managed",
      "type": "random_password",
      "name": "grafana_admin",
      "instances": [
        {"attributes": {"id": "none", "length": 24, "result": "«P password terraform-random-password an24»", "special": false}}
      ]
    }
  ]
}
'''),
("repos/ops-notes/notes/handover-kai.md", "plain-note", r'''# Handover (Kai -> Priya)

- The **jenkins** admin account: `admin` / `«P password jenkins-admin-password pw»` (please change)
- Mac mini build box login: kai / «P password macos-login-password pw»
- Postman workspace key for the API tests: «P postman api-key postman»
- Sentry project id is «D sentry project_id dig7», not a secret.
- The printer PIN 4471 is not a secret either.
'''),
("repos/infra/scripts/smoke.sh", "shell-default-expansion", r'''#!/usr/bin/env bash
set -euo pipefail
# smoke test against staging; the defaults are the staging project's keys
: "${DD_API_KEY:=«P datadog api-key ddapi»}"
OPENAI_API_KEY="${OPENAI_API_KEY:-«P openai api-key openai»}"
SLACK_TOKEN=${SLACK_TOKEN-«P slack user-token xoxp»}
PGPASSWORD="${PGPASSWORD:-«P password pgpassword-default pw»}" psql -h pg-staging.internal -U smoke -c 'select 1'
curl -sf -H "DD-API-KEY: ${DD_API_KEY}" https://api.datadoghq.eu/api/v1/validate
'''),
]


def build(Doc):
    return files(Doc, "repos", S)
