"""repos/: files as committed in project kinds the earlier holdouts did not centre on.
Each kind is written for two or three projects (osprey, tamarin, quill) with fresh values;
@PROJ@ in a path or template is the project's name.  Slots: tmpl17."""
import base64
import json

from tmpl17 import fill, pem
from vals17 import R, expand


def jwt(claims):
    """An HS256-shaped JWT with a random signature."""
    def enc(b):
        return base64.urlsafe_b64encode(b).decode().rstrip("=")
    head = enc(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = enc(json.dumps(claims, separators=(",", ":")).encode())
    return "%s.%s.%s" % (head, body, enc(bytes(R.randrange(256) for _ in range(32))))

PROJECTS = ["osprey", "tamarin", "quill"]

KINDS = [
    # --- self-hosted apps -------------------------------------------------------------
    ("ghost", "@PROJ@-blog/config.production.json", "ghost-config-json", 2, """{
  "url": "https://blog.@PROJ@.dev",
  "server": {"port": 2368, "host": "127.0.0.1"},
  "database": {
    "client": "mysql",
    "connection": {"host": "localhost", "user": "ghost", "password": "«p|generic|db_password|<pw>»", "database": "ghost_prod"}
  },
  "mail": {
    "transport": "SMTP",
    "options": {"service": "Mailgun", "auth": {"user": "postmaster@mg.@PROJ@.dev", "pass": "«p|mailgun|smtp_password|<h32>-<h8>-<h8>»"}}
  },
  "logging": {"transports": ["file", "stdout"]}
}
"""),
    ("gitea-app-ini", "@PROJ@-forge/custom/conf/app.ini", "gitea-app-ini", 2, """APP_NAME = @PROJ@ forge
RUN_MODE = prod

[database]
DB_TYPE  = postgres
HOST     = 127.0.0.1:5432
NAME     = gitea
USER     = gitea
PASSWD   = «p|generic|db_password|<pw>»

[security]
INSTALL_LOCK   = true
SECRET_KEY     = «p|gitea|secret_key|<a64>»
INTERNAL_TOKEN = «p|gitea|internal_token|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJuYmYiOjE3MzM<B16>.<B43>»

[oauth2]
JWT_SECRET = «p|gitea|oauth2_jwt_secret|<B43>»

[server]
LFS_JWT_SECRET = «p|gitea|lfs_jwt_secret|<B43>»
DOMAIN = git.@PROJ@.dev
"""),
    ("mattermost", "@PROJ@-chat/config/config.json", "mattermost-config", 2, """{
  "ServiceSettings": {"SiteURL": "https://chat.@PROJ@.dev", "ListenAddress": ":8065"},
  "SqlSettings": {
    "DriverName": "postgres",
    "DataSource": "«p|postgres|connection_url|postgres://mmuser:<upw>@db.internal:5432/mattermost?sslmode=disable»",
    "AtRestEncryptKey": "«p|generic|at_rest_encrypt_key|<a32>»"
  },
  "EmailSettings": {"SMTPUsername": "apikey", "SMTPPassword": "«p|generic|smtp_password|<pw>»"},
  "PluginSettings": {"Plugins": {"com.github.manland.mattermost-plugin-gitlab": {"webhooksecret": "«p|generic|webhook_secret|<a32>»"}}},
  "TelemetryId": "«d|generic|telemetry_id|<l26>»"
}
"""),
    ("outline-env", "@PROJ@-wiki/.env", "outline-dotenv", 2, """NODE_ENV=production
URL=https://wiki.@PROJ@.dev
SECRET_KEY=«p|generic|app_secret_hex|<h64>»
UTILS_SECRET=«p|generic|utils_secret|<h64>»
DATABASE_URL=«p|postgres|connection_url|postgres://outline:<upw>@postgres:5432/outline»
REDIS_URL=redis://redis:6379
SLACK_CLIENT_ID=«d|slack|client_id|<d13>.<d13>»
SLACK_CLIENT_SECRET=«p|slack|client_secret|<h32>»
FILE_STORAGE=local
"""),
    ("vaultwarden", "@PROJ@-infra/vaultwarden/docker-compose.yml", "vaultwarden-compose", 2, """services:
  vaultwarden:
    image: vaultwarden/server:1.32.5
    restart: unless-stopped
    environment:
      DOMAIN: "https://vault.@PROJ@.dev"
      ADMIN_TOKEN: "«p|generic|admin_token|<B48>»"
      SMTP_HOST: smtp.eu.mailgun.org
      SMTP_USERNAME: vault@mg.@PROJ@.dev
      SMTP_PASSWORD: "«p|generic|smtp_password|<pw>»"
      SIGNUPS_ALLOWED: "false"
    volumes:
      - ./vw-data:/data
"""),
    ("authentik", "@PROJ@-sso/.env", "authentik-dotenv", 2, """PG_PASS=«p|generic|db_password|<a36>»
AUTHENTIK_SECRET_KEY=«p|generic|app_secret|<B60>»
AUTHENTIK_ERROR_REPORTING__ENABLED=false
AUTHENTIK_EMAIL__HOST=smtp.postmarkapp.com
AUTHENTIK_EMAIL__USERNAME=«p|postmark|server_token|<uuid>»
AUTHENTIK_EMAIL__PASSWORD=«p|postmark|server_token|<uuid>»
COMPOSE_PORT_HTTPS=9443
AUTHENTIK_TAG=«d|generic|image_tag|2025.10.1»
"""),
    ("paperless", "@PROJ@-docs/docker-compose.env", "paperless-env", 2, """PAPERLESS_URL=https://paper.@PROJ@.dev
PAPERLESS_SECRET_KEY=«p|generic|app_secret|<a50>»
PAPERLESS_DBPASS=«p|generic|db_password|<pw>»
PAPERLESS_ADMIN_USER=admin
PAPERLESS_ADMIN_PASSWORD=«p|generic|admin_password|<pw>»
PAPERLESS_OCR_LANGUAGE=deu+eng
USERMAP_UID=1000
"""),
    ("harbor", "@PROJ@-registry/harbor.yml", "harbor-yml", 2, """hostname: registry.@PROJ@.dev
https:
  port: 443
  certificate: /data/cert/registry.crt
  private_key: /data/cert/registry.key
harbor_admin_password: «p|generic|admin_password|<pw>»
database:
  password: «p|generic|db_password|<pw>»
  max_idle_conns: 100
data_volume: /data
_version: 2.11.0
"""),
    ("sonarqube", "@PROJ@-quality/conf/sonar.properties", "sonar-properties", 2, """sonar.jdbc.username=sonar
sonar.jdbc.password=«p|generic|db_password|<pw>»
sonar.jdbc.url=jdbc:postgresql://db.internal/sonarqube
sonar.web.port=9000
sonar.auth.github.clientId.secured=«d|github|oauth_client_id|Ov23li<a14>»
sonar.auth.github.clientSecret.secured=«p|github|oauth_client_secret|<h40>»
"""),
    ("frigate", "@PROJ@-nvr/config/config.yml", "frigate-config", 2, """mqtt:
  host: 192.168.40.2
  user: frigate
  password: «p|generic|mqtt_password|<pw>»
cameras:
  driveway:
    ffmpeg:
      inputs:
        - path: «p|generic|rtsp_password|rtsp://admin:<upw>@192.168.40.21:554/cam/realmonitor»
          roles: [detect, record]
  porch:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@192.168.40.22:554/stream1
          roles: [detect]
"""),
    # --- CI, IaC, deploy --------------------------------------------------------------
    ("kamal", "@PROJ@-app/config/deploy.yml", "kamal-deploy", 2, """service: @PROJ@
image: ghcr.io/@PROJ@/web
servers:
  web:
    - 203.0.113.10
registry:
  server: ghcr.io
  username: @PROJ@-bot
  password:
    - KAMAL_REGISTRY_PASSWORD
env:
  clear:
    RAILS_LOG_LEVEL: info
    SMTP_PASSWORD: «p|generic|smtp_password|<pw>»
  secret:
    - RAILS_MASTER_KEY
"""),
    ("kamal-secrets", "@PROJ@-app/.kamal/secrets", "kamal-secrets", 2, """# Kamal secrets; someone pasted the values instead of $(kamal secrets fetch ...)
KAMAL_REGISTRY_PASSWORD=«p|github|classic_pat|<gh:ghp>»
RAILS_MASTER_KEY=«p|generic|rails_master_key|<h32>»
POSTGRES_PASSWORD=$(op read op://Deploy/@PROJ@-db/password)
"""),
    ("bicep", "@PROJ@-azure/main.bicep", "bicep", 2, """param location string = resourceGroup().location

@secure()
param sqlAdminPassword string = '«p|generic|sql_admin_password|<pw>»'

resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: '@PROJ@store'
}

var connection = 'DefaultEndpointsProtocol=https;AccountName=@PROJ@store;AccountKey=«p|azure|storage_account_key|<b86>==»;EndpointSuffix=core.windows.net'
var tenantId = '«d|azure|tenant_id|<uuid>»'
"""),
    ("cdk-ts", "@PROJ@-cdk/lib/pipeline-stack.ts", "cdk-typescript", 2, """import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class PipelineStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new lambda.Function(this, 'Notifier', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda'),
      environment: {
        SLACK_WEBHOOK: '«p|slack|webhook|https://hooks.slack.com/services/T<U10>/B<U10>/<a24>»',
        STRIPE_KEY: '«p|stripe|secret_key|sk_live_<a99>»',
        ACCOUNT: '«d|aws|account_id|<d12>»',
      },
    });
  }
}
"""),
    ("terragrunt", "@PROJ@-live/prod/terragrunt.hcl", "terragrunt-hcl", 2, """include "root" {
  path = find_in_parent_folders()
}

inputs = {
  cloudflare_api_token = "«p|cloudflare|api_token|<B40>»"
  datadog_api_key      = "«p|datadog|api_key|<h32>»"
  datadog_app_key      = "«p|datadog|app_key|<h40>»"
  zone_id              = "«d|cloudflare|zone_id|<h32>»"
}
"""),
    ("puppet", "@PROJ@-puppet/manifests/db.pp", "puppet-manifest", 2, """class profile::db {
  class { 'postgresql::server':
    postgres_password => '«p|generic|db_password|<pw>»',
  }
  postgresql::server::db { 'billing':
    user     => 'billing',
    password => postgresql::postgresql_password('billing', '«p|generic|db_password|<pw>»'),
  }
  file { '/etc/pki/@PROJ@.sha256':
    content => '«d|generic|checksum|<h64>»',
  }
}
"""),
    ("nixos", "@PROJ@-nixos/hosts/nas/configuration.nix", "nixos-config", 2, """{ config, pkgs, ... }:
{
  users.users.backup = {
    isNormalUser = true;
    hashedPassword = "«d|generic|sha512_crypt|$6$<a16>$<a86>»";
  };
  services.nextcloud.config.adminpassFile = "/run/secrets/nextcloud-admin";
  services.grafana.settings.security.admin_password = "«p|generic|admin_password|<pw>»";
  services.restic.backups.b2.environmentFile = pkgs.writeText "b2-env" ''
    B2_ACCOUNT_ID=«d|backblaze|key_id|005<h22>»
    B2_ACCOUNT_KEY=«p|backblaze|application_key|K005<a27>»
    RESTIC_PASSWORD=«p|generic|restic_password|<pw>»
  '';
}
"""),
    ("tekton", "@PROJ@-ci/tekton/git-secret.yaml", "tekton-secret", 2, """apiVersion: v1
kind: Secret
metadata:
  name: git-and-registry
  annotations:
    tekton.dev/git-0: https://github.com
type: kubernetes.io/basic-auth
data:
  username: «c|generic|username_b64|@PROJ@-bot»
  password: «b|github|classic_pat|<gh:ghp>»
---
apiVersion: v1
kind: Secret
metadata:
  name: slack-hook
stringData:
  url: «p|slack|webhook|https://hooks.slack.com/services/T<U10>/B<U10>/<a24>»
"""),
    ("docker-config", "@PROJ@-ci/.docker/config.json", "docker-config-json", 2, """{
  "auths": {
    "registry.gitlab.com": {"auth": "«a|gitlab|deploy_token|deploy-@PROJ@|gldt-<a20>»"},
    "https://index.docker.io/v1/": {"auth": "«a|docker|access_token|@PROJ@ci|dckr_pat_<B27>»"}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
"""),
    ("concourse", "@PROJ@-ci/concourse/vars.yml", "concourse-vars", 2, """# fly -t main set-pipeline -p @PROJ@ -c pipeline.yml -l vars.yml
github-token: «p|github|fine_grained_pat|github_pat_<a22>_<a59>»
registry-password: «p|generic|registry_password|<pw>»
s3-access-key-id: «p|aws|access_key_id|AKIA<U16>»
s3-secret-access-key: «p|aws|secret_access_key|<a40>»
git-commit: «d|generic|commit_sha|<h40>»
"""),
    ("renovate", "@PROJ@-renovate/config.js", "renovate-config", 2, """module.exports = {
  platform: 'gitea',
  endpoint: 'https://git.@PROJ@.dev/api/v1',
  token: '«p|gitea|access_token|<h40>»',
  hostRules: [
    { matchHost: 'npm.pkg.github.com', token: '«p|github|classic_pat|<gh:ghp>»' },
    { matchHost: 'docker.io', username: '@PROJ@', password: '«p|docker|access_token|dckr_pat_<B27>»' },
  ],
  repositories: ['@PROJ@/web', '@PROJ@/api'],
};
"""),
    ("backstage", "@PROJ@-portal/app-config.production.yaml", "backstage-app-config", 2, """app:
  baseUrl: https://portal.@PROJ@.dev
backend:
  auth:
    keys:
      - secret: «p|generic|backend_secret|<B32>»
  database:
    client: pg
    connection:
      host: ${POSTGRES_HOST}
      password: ${POSTGRES_PASSWORD}
integrations:
  github:
    - host: github.com
      token: «p|github|classic_pat|<gh:ghp>»
sentry:
  organization: @PROJ@
  token: «p|sentry|user_token|sntryu_<h64>»
"""),
    ("sentryclirc", "@PROJ@-mobile/.sentryclirc", "sentryclirc", 2, """[defaults]
url = https://sentry.io/
org = @PROJ@
project = ios

[auth]
token = «p|sentry|user_token|sntryu_<h64>»
"""),
    ("lein-profiles", "@PROJ@-clj/profiles.clj", "lein-profiles", 2, """{:user {:plugins [[lein-ancient "1.0.0-RC3"]]}
 :auth {:repository-auth {#"clojars" {:username "@PROJ@"
                                      :password "«p|clojars|deploy_token|CLOJARS_<h60>»"}
                          #"nexus.@PROJ@.dev" {:username "deploy" :password "«p|generic|nexus_password|<pw>»"}}}}
"""),
    ("gradle-init", "@PROJ@-android/init.d/publishing.gradle", "gradle-init", 2, """allprojects {
    repositories {
        maven {
            url "https://maven.@PROJ@.dev/releases"
            credentials {
                username = "ci"
                password = "«p|generic|maven_password|<pw>»"
            }
        }
    }
    ext.signingPassword = "«p|generic|signing_password|<pw>»"
    ext.keyId = "«d|generic|gpg_key_id|<H8>»"
}
"""),
    ("git-config", "@PROJ@-mirror.git/config", "git-bare-config", 3, """[core]
	repositoryformatversion = 0
	bare = true
[remote "origin"]
	url = «p|github|classic_pat_url|https://@PROJ@-bot:<gh:ghp>@github.com/@PROJ@/site.git»
	fetch = +refs/heads/*:refs/remotes/origin/*
[remote "backup"]
	url = «p|generic|git_password_url|https://backup:<upw>@git.@PROJ@.dev/mirror/site.git»
[branch "main"]
	remote = origin
"""),
    # --- languages and frameworks -------------------------------------------------------
    ("dotnet-user-secrets", "@PROJ@-api/secrets.json", "dotnet-user-secrets", 2, """{
  "ConnectionStrings:Default": "Server=sql.internal;Database=@PROJ@;User Id=app;Password=«p|generic|sql_password|<pw>»;TrustServerCertificate=True",
  "Stripe:SecretKey": "«p|stripe|secret_key|sk_test_<a99>»",
  "Stripe:PublishableKey": "«d|stripe|publishable_key|pk_test_<a99>»",
  "Jwt:SigningKey": "«p|generic|jwt_signing_key|<b44>»"
}
"""),
    ("micronaut", "@PROJ@-svc/src/main/resources/application-prod.yml", "micronaut-yaml", 2, """micronaut:
  application:
    name: @PROJ@-svc
  security:
    token:
      jwt:
        signatures:
          secret:
            generator:
              secret: «p|generic|jwt_secret|<a48>»
datasources:
  default:
    url: jdbc:mysql://mysql.internal:3306/@PROJ@
    username: svc
    password: «p|generic|db_password|<pw>»
rabbitmq:
  uri: «p|generic|amqp_password|amqp://svc:<upw>@rabbit.internal:5672/%2f»
"""),
    ("rocket-toml", "@PROJ@-rs/Rocket.toml", "rocket-toml", 2, """[default]
address = "0.0.0.0"
port = 8000

[release]
secret_key = "«p|generic|rocket_secret_key|<b44>»"

[release.databases.main]
url = "«p|postgres|connection_url|postgres://rocket:<upw>@db.internal/@PROJ@»"
"""),
    ("ktor-hocon", "@PROJ@-ktor/src/main/resources/application.conf", "ktor-hocon", 2, """ktor {
  deployment { port = 8080 }
  application { modules = [ net.@PROJ@.ApplicationKt.module ] }
}
jwt {
  secret = "«p|generic|jwt_secret|<a40>»"
  issuer = "https://auth.@PROJ@.dev"
  secret = ${?JWT_SECRET}
}
openai {
  apiKey = "«p|openai|project_key|sk-proj-<B74>T3BlbkFJ<B74>»"
}
"""),
    ("vapor", "@PROJ@-swift/.env.production", "vapor-dotenv", 2, """DATABASE_HOST=db.internal
DATABASE_PASSWORD=«p|generic|db_password|<pw>»
APNS_KEY_ID=«d|apple|key_id|<U10>»
APNS_TEAM_ID=«d|apple|team_id|<U10>»
SENDGRID_API_KEY=«p|sendgrid|api_key|SG.<B22>.<B43>»
"""),
    ("phoenix", "@PROJ@-ex/config/runtime.exs", "phoenix-runtime", 2, """import Config

if config_env() == :prod do
  config :@PROJ@, App.Repo,
    url: "«p|postgres|connection_url|ecto://postgres:<upw>@db.internal/@PROJ@_prod»",
    pool_size: 10

  config :@PROJ@, AppWeb.Endpoint,
    secret_key_base: "«p|generic|secret_key_base|<B64>»"

  config :@PROJ@, :mux, token_secret: "«p|generic|api_secret|<b64>»", token_id: "«d|generic|token_id|<uuid>»"
end
"""),
    ("erlang-sys-config", "@PROJ@-erl/config/sys.config", "erlang-sys-config", 2, """[
 {@PROJ@, [
   {pg, #{host => "db.internal", user => "app", password => "«p|generic|db_password|<pw>»"}},
   {twilio, #{account_sid => <<"«d|twilio|account_sid|AC<h32>»">>,
              auth_token => <<"«p|twilio|auth_token|<h32>»">>}}
 ]},
 {kernel, [{logger_level, info}]}
].
"""),
    ("yesod", "@PROJ@-hs/config/settings.yml", "yesod-settings", 2, """static-dir:     "_env:YESOD_STATIC_DIR:static"
host:           "_env:YESOD_HOST:*4"
database:
  user:     "_env:YESOD_PGUSER:@PROJ@"
  password: "_env:YESOD_PGPASS:«p|generic|db_password|<pw>»"
  host:     "_env:YESOD_PGHOST:localhost"
copyright: Insert copyright statement here
mailgun-key: "«p|mailgun|private_key|key-<h32>»"
"""),
    ("crystal-kemal", "@PROJ@-cr/src/config.cr", "crystal-kemal", 2, """require "kemal"

module Config
  REDIS_URL = "«p|generic|redis_password|redis://default:<a32>@redis.internal:6379/0»"
  SESSION_SECRET = ENV["SESSION_SECRET"]? || "«p|generic|session_secret|<h64>»"
  BUILD = "«d|generic|build_sha|<h40>»"
end
"""),
    ("emacs", "@PROJ@-dotfiles/.emacs.d/init.el", "emacs-lisp", 2, """;;; init.el --- personal config
(use-package gptel
  :config
  (setq gptel-api-key "«p|openai|project_key|sk-proj-<B74>T3BlbkFJ<B74>»")
  (gptel-make-anthropic "Claude" :stream t :key "«p|anthropic|api_key|sk-ant-api03-<B93>AA»"))
(setq user-mail-address "me@@PROJ@.dev")
(setq smtpmail-smtp-server "smtp.fastmail.com")
"""),
    ("neovim", "@PROJ@-dotfiles/.config/nvim/lua/plugins/ai.lua", "neovim-lua", 2, """return {
  {
    "yetone/avante.nvim",
    opts = {
      provider = "deepseek",
      vendors = {
        deepseek = { endpoint = "https://api.deepseek.com", api_key = "«p|deepseek|api_key|sk-<h32>»", model = "deepseek-coder" },
      },
    },
  },
  { "wakatime/vim-wakatime", init = function() vim.g.wakatime_api_key = "«p|wakatime|api_key|waka_<uuid>»" end },
}
"""),
    ("obsidian", "@PROJ@-vault/.obsidian/plugins/obsidian-git/data.json", "obsidian-plugin-data", 2, """{
  "commitMessage": "vault backup: {{date}}",
  "autoSaveInterval": 10,
  "username": "@PROJ@",
  "password": "«p|github|fine_grained_pat|github_pat_<a22>_<a59>»",
  "lastAutoBackup": "2025-11-27T08:10:44.114Z",
  "deviceId": "«d|generic|device_id|<uuid>»"
}
"""),
    ("godot-export", "@PROJ@-game/export_presets.cfg", "godot-export-presets", 2, """[preset.0]

name="Windows Desktop"
platform="Windows Desktop"
runnable=true
export_path="build/@PROJ@.exe"
encrypt_pck=true
script_encryption_key="«p|generic|godot_encryption_key|<h64>»"

[preset.0.options]

codesign/password="«p|generic|codesign_password|<pw>»"
application/product_version="«d|generic|version|1.4.2.0»"
"""),
    ("godot-gdscript", "@PROJ@-game/autoload/leaderboard.gd", "gdscript", 2, """extends Node

const API_URL := "https://api.lootlocker.io/game/v2/session"
const STEAM_WEB_API_KEY := "«p|steam|web_api_key|<H32>»"
const STEAM_APP_ID := «d|steam|app_id|<d7>»

func _ready() -> void:
	var http := HTTPRequest.new()
	add_child(http)
	http.request(API_URL, ["Content-Type: application/json"], HTTPClient.METHOD_POST, JSON.stringify({"key": STEAM_WEB_API_KEY}))
"""),
    ("roblox-luau", "@PROJ@-rbx/src/ServerScriptService/Analytics.server.luau", "roblox-luau", 2, """local HttpService = game:GetService("HttpService")

-- Open Cloud key for the publishing bot (rotate!)
local OPEN_CLOUD_KEY = "«p|roblox|open_cloud_key|<b120>»"
local UNIVERSE_ID = «d|roblox|universe_id|<d10>»
local WEBHOOK = "«p|discord|webhook|https://discord.com/api/webhooks/<d19>/<B68>»"

local function report(event)
	HttpService:PostAsync(WEBHOOK, HttpService:JSONEncode({ content = event }))
end

return report
"""),
    ("arduino", "@PROJ@-sensor/sensor.ino", "arduino-c", 2, """#include <WiFi.h>
#include "AdafruitIO_WiFi.h"

#define WIFI_SSID "@PROJ@-iot"
#define WIFI_PASS "«p|generic|wifi_password|<pw>»"
#define IO_USERNAME "@PROJ@"
#define IO_KEY "«p|adafruit|io_key|aio_<a28>»"

AdafruitIO_WiFi io(IO_USERNAME, IO_KEY, WIFI_SSID, WIFI_PASS);
AdafruitIO_Feed *temp = io.feed("greenhouse-temp");

void setup() { io.connect(); }
void loop() { io.run(); }
"""),
    ("micropython", "@PROJ@-pico/main.py", "micropython", 2, """import network
import urequests

SSID = "@PROJ@-lab"
PSK = "«p|generic|wifi_password|<pw>»"
INFLUX_TOKEN = "«p|influxdb|api_token|<b86>==»"

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect(SSID, PSK)
urequests.post("https://influx.@PROJ@.dev/api/v2/write?org=home&bucket=pico",
               headers={"Authorization": "Token " + INFLUX_TOKEN}, data="temp v=21.5")
"""),
    ("platformio", "@PROJ@-sensor/platformio.ini", "platformio-ini", 2, """[env:esp32dev]
platform = espressif32
board = esp32dev
framework = arduino
build_flags =
    -DMQTT_HOST=\\"mqtt.@PROJ@.dev\\"
    -DMQTT_PASS=\\"«p|generic|mqtt_password|<pw>»\\"
    -DOTA_PASSWORD=\\"«p|generic|ota_password|<pw>»\\"
upload_protocol = espota
upload_flags = --auth=«p|generic|ota_password|<pw>»
"""),
    # --- observability and proxies ------------------------------------------------------
    ("otel-collector", "@PROJ@-otel/collector.yaml", "otel-collector", 2, """exporters:
  otlphttp/honeycomb:
    endpoint: https://api.honeycomb.io
    headers:
      x-honeycomb-team: «p|honeycomb|ingest_key|hcaik_01<l58>»
  datadog:
    api:
      key: «p|datadog|api_key|<h32>»
      site: datadoghq.eu
  otlphttp/grafana:
    endpoint: https://otlp-gateway-prod-eu-west-2.grafana.net/otlp
    headers:
      Authorization: Basic «a|grafana|cloud_basic_auth|<d6>|<glc>»
"""),
    ("promtail", "@PROJ@-logs/promtail.yaml", "promtail-config", 2, """clients:
  - url: https://logs-prod-012.grafana.net/loki/api/v1/push
    basic_auth:
      username: «d|grafana|loki_user_id|<d6>»
      password: «p|grafana|service_account_token|glsa_<a32>_<h8>»
scrape_configs:
  - job_name: journal
    journal:
      max_age: 12h
"""),
    ("logstash", "@PROJ@-logs/pipeline/beats.conf", "logstash-conf", 2, """input {
  beats { port => 5044 }
}
output {
  elasticsearch {
    hosts => ["https://es.@PROJ@.dev:9200"]
    user => "logstash_writer"
    password => "«p|generic|elastic_password|<pw>»"
    api_key => "«u|elastic|api_key_pair|<B20>|<B22>»"
  }
}
"""),
    ("fluentd", "@PROJ@-logs/td-agent.conf", "fluentd-conf", 2, """<source>
  @type forward
  port 24224
  <security>
    self_hostname ingest.@PROJ@.dev
    shared_key «p|generic|fluentd_shared_key|<a32>»
  </security>
</source>
<match app.**>
  @type papertrail
  papertrail_host logs5.papertrailapp.com
  papertrail_port «d|papertrail|port|<d5>»
</match>
"""),
    ("haproxy", "@PROJ@-edge/haproxy.cfg", "haproxy-cfg", 2, """userlist ops
  user admin insecure-password «p|generic|haproxy_password|<pw>»
  user viewer password «d|generic|sha512_crypt|$6$<a16>$<a86>»

listen stats
  bind :8404
  stats enable
  stats uri /stats
  stats auth admin:«p|generic|haproxy_stats_password|<pw>»
"""),
    ("traefik", "@PROJ@-edge/traefik/dynamic.yml", "traefik-dynamic", 2, """http:
  middlewares:
    dashboard-auth:
      basicAuth:
        users:
          - "admin:«d|generic|apr1_hash|$apr1$<a8>$<a22>»"
  routers:
    dashboard:
      rule: Host(`traefik.@PROJ@.dev`)
      middlewares: [dashboard-auth]
      service: api@internal
# certresolver env (see compose): CF_DNS_API_TOKEN=«p|cloudflare|api_token|<B40>»
"""),
    ("prometheus", "@PROJ@-metrics/prometheus.yml", "prometheus-config", 2, """global:
  scrape_interval: 30s
remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: «d|grafana|prom_user_id|<d7>»
      password: «p|grafana|cloud_token|<glc>»
scrape_configs:
  - job_name: node
    basic_auth:
      username: scrape
      password: «p|generic|scrape_password|<pw>»
    static_configs:
      - targets: ["10.0.0.4:9100"]
"""),
    # --- tests, API clients, data ------------------------------------------------------
    ("k6", "@PROJ@-load/scripts/checkout.js", "k6-script", 2, """import http from 'k6/http';
import { check } from 'k6';

export const options = { vus: 20, duration: '2m' };

const TOKEN = '«p|generic|bearer_token|<B40>»';
const PAYSTACK = '«p|paystack|test_secret|sk_test_<h40>»';

export default function () {
  const res = http.get('https://staging.@PROJ@.dev/api/cart', { headers: { Authorization: `Bearer ${TOKEN}` } });
  check(res, { 'status 200': (r) => r.status === 200 });
}
"""),
    ("hurl", "@PROJ@-api/tests/smoke.hurl", "hurl", 2, """# smoke test against staging
POST https://staging.@PROJ@.dev/oauth/token
[FormParams]
grant_type: client_credentials
client_id: «d|generic|client_id|<uuid>»
client_secret: «p|generic|client_secret|<a40>»
HTTP 200

GET https://api.resend.com/domains
Authorization: Bearer «p|resend|api_key|re_<a8>_<a24>»
HTTP 200
"""),
    ("insomnia", "@PROJ@-api/insomnia-export.json", "insomnia-export", 2, """{
  "_type": "export",
  "__export_format": 4,
  "resources": [
    {"_id": "env_«d|generic|resource_id|<h32>»", "_type": "environment", "name": "Production",
     "data": {"base_url": "https://api.@PROJ@.dev", "api_token": "«p|generic|api_token|<a48>»", "mollie": "«p|mollie|live_key|live_<a30>»"}},
    {"_id": "req_«d|generic|resource_id|<h32>»", "_type": "request", "name": "List payments", "url": "{{ _.base_url }}/payments",
     "authentication": {"type": "bearer", "token": "{{ _.api_token }}"}}
  ]
}
"""),
    ("notebook", "@PROJ@-research/notebooks/eval.ipynb", "jupyter-notebook", 2, """{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import os\\n", "os.environ[\\"XAI_API_KEY\\"] = \\"«p|xai|api_key|xai-<a80>»\\"\\n", "os.environ[\\"LLAMA_CLOUD_API_KEY\\"] = \\"«p|llamacloud|api_key|llx-<a48>»\\"\\n"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["run id «d|generic|run_id|<h32>»\\n"]}],
   "source": ["print('run id', run.id)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("sql-dump", "@PROJ@-db/dumps/settings-2025-11-20.sql", "mysqldump", 2, """-- MySQL dump 10.13  Distrib 8.0.40, for Linux (x86_64)
-- Host: db.internal    Database: @PROJ@
DROP TABLE IF EXISTS `integrations`;
CREATE TABLE `integrations` (`id` int NOT NULL, `name` varchar(64), `secret` text, PRIMARY KEY (`id`));
LOCK TABLES `integrations` WRITE;
INSERT INTO `integrations` VALUES (1,'slack','«p|slack|bot_token|xoxb-<d12>-<d13>-<a24>»'),(2,'postmark','«p|postmark|server_token|<uuid>»'),(3,'shopify','«p|shopify|access_token|shpat_<h32>»');
UNLOCK TABLES;
INSERT INTO `users` VALUES (1,'admin','«d|generic|bcrypt_hash|$2y$10$<a53>»','2025-01-03');
"""),
    ("zsh-history", "@PROJ@-dotfiles/.zsh_history", "zsh-history", 3, """: 1732100211:0;cd ~/src/@PROJ@
: 1732100220:0;git pull --rebase
: 1732100298:0;export OPENAI_API_KEY=«p|openai|project_key|sk-proj-<B74>T3BlbkFJ<B74>»
: 1732100310:0;mysql -u root -p'«p|generic|mysql_password|<pw>»' -h 127.0.0.1 @PROJ@
: 1732100422:0;heroku auth:token
: 1732100460:0;curl -u admin:«p|generic|basic_auth_password|<pw>» https://jenkins.@PROJ@.dev/api/json
: 1732100511:0;sha256sum release.tar.gz
"""),
    ("app-log", "@PROJ@-api/logs/worker-2025-11-21.log", "application-log", 2, """2025-11-21T09:14:02.118Z INFO  worker started pid=4411 build=«d|generic|build_sha|<h40>»
2025-11-21T09:14:02.502Z DEBUG http request POST https://api.twilio.com/2010-04-01/Accounts/«d|twilio|account_sid|AC<h32>»/Messages.json auth=«p|twilio|auth_token|<h32>»
2025-11-21T09:14:03.007Z WARN  retrying request_id=«d|generic|request_id|<uuid>» attempt=2
2025-11-21T09:14:05.221Z ERROR db connect failed dsn=«p|generic|mysql_password|mysql://worker:<upw>@10.0.3.9:3306/jobs»
"""),
    ("handover", "@PROJ@-ops/HANDOVER.txt", "handover-note", 2, """Handover for the @PROJ@ on-call, Nov 2025

- Router admin: admin / «p|generic|router_password|<pw>»
- The old Jenkins still runs on jenkins-01; its API token is «p|jenkins|api_token|11<h32>» (user deploy).
- Status page API key: «p|generic|statuspage_api_key|<h32>»
- The B2 key id is «d|backblaze|key_id|005<h22>» — the key itself is in 1Password, not here.
- Checksums of the last backup: «d|generic|sha256|<h64>»
"""),
    ("k8s-secret", "@PROJ@-gitops/apps/api/secret.yaml", "k8s-secret-base64", 2, """apiVersion: v1
kind: Secret
metadata:
  name: api-env
  namespace: @PROJ@
type: Opaque
data:
  DATABASE_PASSWORD: «b|generic|db_password|<pw>»
  MAILGUN_API_KEY: «b|mailgun|api_key_new|<h32>-<h8>-<h8>»
  RESEND_API_KEY: «b|resend|api_key|re_<a8>_<a24>»
  LOG_LEVEL: aW5mbw==
"""),
    ("flask-instance", "@PROJ@-flask/instance/config.py", "flask-instance-config", 2, """SECRET_KEY = "«p|generic|flask_secret|<h48>»"
SQLALCHEMY_DATABASE_URI = "«p|postgres|connection_url|postgresql+psycopg://flask:<upw>@localhost/@PROJ@»"
MAIL_PASSWORD = "«p|generic|mail_password|<pw>»"
RECAPTCHA_PUBLIC_KEY = "«d|google|recaptcha_site_key|6L<B38>»"
RECAPTCHA_PRIVATE_KEY = "«p|google|recaptcha_secret|6L<B38>»"
"""),
    ("prestashop", "@PROJ@-shop/app/config/parameters.php", "prestashop-parameters", 2, """<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_name' => 'prestashop',
    'database_user' => 'ps',
    'database_password' => '«p|generic|db_password|<pw>»',
    'secret' => '«p|generic|app_secret|<a64>»',
    'cookie_key' => '«p|generic|cookie_key|<a56>»',
    'new_cookie_key' => '«p|generic|defuse_key|def00000<h328>»',
    'ps_creation_date' => '2024-06-11',
  ),
);
"""),
    ("medusa", "@PROJ@-commerce/.env", "medusa-dotenv", 2, """STORE_CORS=https://shop.@PROJ@.dev
DATABASE_URL=«p|postgres|connection_url|postgres://medusa:<upw>@localhost/medusa»
JWT_SECRET=«p|generic|jwt_secret|<a48>»
COOKIE_SECRET=«p|generic|cookie_secret|<a48>»
STRIPE_API_KEY=«p|stripe|restricted_key|rk_live_<a99>»
MEDUSA_PUBLISHABLE_KEY=«d|medusa|publishable_key|pk_<h64>»
"""),
    ("payload", "@PROJ@-cms/.env.local", "payload-dotenv", 2, """PAYLOAD_SECRET=«p|generic|app_secret|<h48>»
DATABASE_URI=«p|mongodb|connection_url|mongodb+srv://payload:<a20>@cluster0.<l5>.mongodb.net/@PROJ@»
S3_BUCKET=@PROJ@-media
S3_ACCESS_KEY_ID=«p|aws|access_key_id|AKIA<U16>»
S3_SECRET_ACCESS_KEY=«p|aws|secret_access_key|<a40>»
NEXT_PUBLIC_SERVER_URL=https://cms.@PROJ@.dev
"""),
    ("craft", "@PROJ@-craft/.env", "craft-dotenv", 2, """CRAFT_APP_ID=«d|generic|app_id|CraftCMS--<uuid>»
CRAFT_ENVIRONMENT=production
CRAFT_SECURITY_KEY=«p|generic|security_key|<B32>»
CRAFT_DB_PASSWORD=«p|generic|db_password|<pw>»
CRAFT_DB_SERVER=127.0.0.1
"""),
    ("wrangler", "@PROJ@-worker/wrangler.toml", "wrangler-toml", 2, """name = "@PROJ@-edge"
main = "src/index.ts"
compatibility_date = "2025-10-01"
account_id = "«d|cloudflare|account_id|<h32>»"

[vars]
ENVIRONMENT = "production"
TURNSTILE_SECRET = "«p|cloudflare|turnstile_secret|0x4AAAAAAA<B22>»"
POSTHOG_KEY = "«d|posthog|project_api_key|phc_<a43>»"

[[kv_namespaces]]
binding = "CACHE"
id = "«d|cloudflare|kv_namespace_id|<h32>»"
"""),
    ("supabase-config", "@PROJ@-supa/supabase/config.toml", "supabase-config-toml", 2, """project_id = "@PROJ@"

[auth.external.github]
enabled = true
client_id = "«d|github|oauth_client_id|Ov23li<a14>»"
secret = "«p|github|oauth_client_secret|<h40>»"

[auth.sms.twilio]
enabled = true
account_sid = "«d|twilio|account_sid|AC<h32>»"
message_service_sid = "«d|twilio|messaging_service_sid|MG<h32>»"
auth_token = "env(SUPABASE_AUTH_SMS_TWILIO_AUTH_TOKEN)"
"""),
    ("capistrano", "@PROJ@-rails/config/deploy/production.rb", "capistrano-ruby", 2, """server "app1.@PROJ@.dev", user: "deploy", roles: %w{app db web}
set :ssh_options, { forward_agent: true, password: "«p|generic|ssh_password|<pw>»" }
set :default_env, {
  "SIDEKIQ_PRO_CREDENTIALS" => "«u|bundler|source_credentials|<h8>|<h8>»",
  "HONEYBADGER_API_KEY" => "«p|honeybadger|project_api_key|hbp_<a36>»"
}
"""),
    ("fabric", "@PROJ@-ops/fabfile.py", "fabric-python", 2, """from fabric import Connection, task

DB_PASSWORD = "«p|generic|db_password|<pw>»"


@task
def restore(c):
    conn = Connection("db1.@PROJ@.dev", connect_kwargs={"password": "«p|generic|ssh_password|<pw>»"})
    conn.run(f"PGPASSWORD={DB_PASSWORD} pg_restore -d @PROJ@ /srv/backup/latest.dump")
"""),
    ("pkl", "@PROJ@-pkl/config/prod.pkl", "pkl-config", 2, """amends "AppConfig.pkl"

database {
  host = "db.internal"
  password = "«p|generic|db_password|<pw>»"
}
payments {
  provider = "adyen"
  apiKey = "«p|adyen|api_key|AQE<a10>/<b60>==-<b43>=-<B20>»"
  merchantAccount = "«d|adyen|merchant_account|@PROJ@ECOM»"
}
"""),
    ("mysql-cnf", "@PROJ@-db/.my.cnf", "mysql-client-cnf", 2, """[client]
user=backup
password="«p|generic|mysql_password|<pw>»"
host=db.internal

[mysqldump]
single-transaction
"""),
    ("sveltekit", "@PROJ@-svelte/src/lib/server/secrets.ts", "sveltekit-server", 2, """// server-only module: never imported from +page.svelte
export const KLAVIYO_PRIVATE = '«p|klaviyo|private_key|pk_<h34>»';
export const KLAVIYO_PUBLIC = '«d|klaviyo|public_site_id|<U6>»';
export const CONVERTKIT_SECRET = '«p|generic|api_secret|<a43>»';
"""),
    ("gh-actions-hardcoded", "@PROJ@-lib/.github/workflows/release.yml", "github-actions", 2, """name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: cargo publish --token «p|cratesio|api_token|cio<a32>»
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: «p|pypi|api_token|pypi-AgEIcHlwaS5vcmc<B150>»
"""),
    ("woodpecker-like-bitrise", "@PROJ@-ios/codemagic.yaml", "codemagic", 1, """workflows:
  ios-release:
    environment:
      vars:
        APP_STORE_CONNECT_KEY_IDENTIFIER: «d|apple|key_id|<U10>»
        APP_STORE_CONNECT_ISSUER_ID: «d|apple|issuer_id|<uuid>»
        MATCH_PASSWORD: «p|generic|match_password|<pw>»
        FIREBASE_TOKEN: «p|google|firebase_ci_token|1//0<B100>»
    scripts:
      - flutter build ipa
"""),
]

DECOY_KINDS = [
    ("cargo-lock", "@PROJ@-rs/Cargo.lock", "cargo-lock", 3, """# This file is automatically @generated by Cargo.
version = 4

[[package]]
name = "base64"
version = "0.22.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "«d|generic|crate_checksum|<h64>»"

[[package]]
name = "ring"
version = "0.17.8"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "«d|generic|crate_checksum|<h64>»"

[[package]]
name = "serde"
version = "1.0.215"
source = "git+https://github.com/serde-rs/serde?rev=«d|generic|commit_sha|<h40>»"
"""),
    ("poetry-lock", "@PROJ@-research/poetry.lock", "poetry-lock", 2, """[[package]]
name = "httpx"
version = "0.28.1"
files = [
    {file = "httpx-0.28.1-py3-none-any.whl", hash = "sha256:«d|generic|wheel_hash|<h64>»"},
    {file = "httpx-0.28.1.tar.gz", hash = "sha256:«d|generic|wheel_hash|<h64>»"},
]

[metadata]
lock-version = "2.1"
content-hash = "«d|generic|content_hash|<h64>»"
"""),
    ("changelog", "@PROJ@-lib/CHANGELOG.md", "changelog", 3, """# Changelog

## 2.4.0 (2025-11-18)
- Rotate the leaked webhook token (old value ended in `…«d|generic|truncated_suffix|<a6>»`, revoked) («d|generic|commit_sha|<h40>»)
- Key ids are now logged as `kid=«d|generic|key_id|<uuid>»` instead of the key
- Fixed request ids like `req_«d|generic|request_id|<a24>»` in error pages

## 2.3.1 (2025-10-02)
- Docs: the example token `«d|github|docs_example|ghp_1234567890abcdefghijklmnopqrstuvwxyz»` is not real
"""),
    ("fixtures", "@PROJ@-api/tests/fixtures/fake_credentials.py", "test-fixtures-fake", 3, """\"\"\"Fake credentials for unit tests. None of these work anywhere.\"\"\"

FAKE_STRIPE_KEY = "«d|stripe|sequential_filler|sk_live_0000000000000000000000000000000000000000»"
FAKE_SLACK_TOKEN = "«d|slack|sequential_filler|xoxb-000000000000-0000000000000-abcdefghijklmnopqrstuvwx»"
FAKE_AWS_KEY_ID = "«d|aws|placeholder|AKIAXXXXXXXXXXXXXXXX»"
FAKE_GITHUB_TOKEN = "«d|github|sequential_filler|ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa»"
FAKE_TWILIO_SID = "«d|twilio|sequential_filler|AC0123456789abcdef0123456789abcdef»"
"""),
    ("openapi", "@PROJ@-api/openapi.yaml", "openapi-examples", 2, """openapi: 3.1.0
info: {title: @PROJ@ API, version: 1.2.0}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    ApiKey:
      type: object
      properties:
        id: {type: string, example: "«d|generic|example_id|key_<a16>»"}
        prefix: {type: string, example: "«d|generic|example_prefix|@PROJ@_live_»"}
        last4: {type: string, example: "«d|generic|last4|<a4>»"}
        created: {type: string, format: date-time, example: "2025-01-01T00:00:00Z"}
        token: {type: string, example: "«d|generic|docs_example|@PROJ@_live_EXAMPLEEXAMPLEEXAMPLE»"}
"""),
    ("sops", "@PROJ@-gitops/apps/api/secrets.enc.yaml", "sops-encrypted", 2, """DATABASE_PASSWORD: «d|generic|sops_encrypted|ENC[AES256_GCM,data:<b24>,iv:<b43>=,tag:<b22>==,type:str]»
STRIPE_SECRET_KEY: «d|generic|sops_encrypted|ENC[AES256_GCM,data:<b96>,iv:<b43>=,tag:<b22>==,type:str]»
sops:
    age:
        - recipient: «d|generic|age_recipient|age1<l58>»
    lastmodified: "2025-11-02T10:14:55Z"
    mac: «d|generic|sops_mac|ENC[AES256_GCM,data:<b88>,iv:<b43>=,tag:<b22>==,type:str]»
    version: 3.9.1
"""),
    ("externalsecret", "@PROJ@-gitops/apps/api/externalsecret.yaml", "external-secret-ref", 2, """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: api-env
spec:
  secretStoreRef: {name: vault, kind: ClusterSecretStore}
  data:
    - secretKey: DATABASE_PASSWORD
      remoteRef: {key: kv/@PROJ@/api, property: db_password}
  target:
    template:
      metadata:
        annotations:
          checksum/config: «d|generic|checksum|<h64>»
          kubectl.kubernetes.io/last-applied-by: «d|generic|uid|<uuid>»
"""),
]
KINDS += DECOY_KINDS

MORE_KINDS = [
    ("go-notifier", "@PROJ@-notify/internal/providers/providers.go", "go-struct-map", 2, """package providers

type Provider struct {
	Name  string
	SID   string
	Token string
}

// Defaults used when the env is empty (\"temporary\", since 2023).
var defaults = map[string]Provider{
	"twilio": {Name: "twilio", SID: "«d|twilio|account_sid|AC<h32>»", Token: "«p|twilio|auth_token|<h32>»"},
	"slack":  {Name: "slack", Token: "«p|slack|bot_token|xoxb-<d12>-<d13>-<a24>»"},
	"pushover": {Name: "pushover", SID: "«d|generic|user_key|u<l29>»", Token: "«p|generic|app_token|a<l29>»"},
}
"""),
    ("csharp-named-args", "@PROJ@-worker/Program.cs", "csharp-named-args", 2, """using SendGrid;
using System.Net;
using System.Net.Mail;

var sg = new SendGridClient(apiKey: "«p|sendgrid|api_key|SG.<B22>.<B43>»");
var smtp = new SmtpClient("smtp.office365.com", 587)
{
    EnableSsl = true,
    Credentials = new NetworkCredential(userName: "noreply@@PROJ@.dev", password: "«p|generic|smtp_password|<pw>»"),
};
Console.WriteLine($"worker up, build {"«d|generic|build_sha|<h40>»"[..8]}");
"""),
    ("powershell-cred", "@PROJ@-win/scripts/Join-Domain.ps1", "powershell-credential", 2, """$ErrorActionPreference = 'Stop'
$user = '@PROJ@\\svc-join'
$pass = ConvertTo-SecureString '«p|generic|domain_join_password|<pw>»' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Add-Computer -DomainName '@PROJ@.local' -Credential $cred -Restart
# thumbprint of the signing cert: «d|generic|cert_thumbprint|<H40>»
"""),
    ("selenium-java", "@PROJ@-e2e/src/test/java/net/@PROJ@/LoginIT.java", "java-selenium-test", 2, """package net.@PROJ@;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

class LoginIT {
    void logsIntoStaging(WebDriver driver) {
        driver.get("https://staging.@PROJ@.dev/login");
        driver.findElement(By.id("email")).sendKeys("qa@@PROJ@.dev");
        driver.findElement(By.id("password")).sendKeys("«p|generic|staging_password|<pw>»");
        driver.findElement(By.id("otp-seed")).sendKeys("«p|generic|totp_seed|<U32>»");
    }
}
"""),
    ("perl-dbi", "@PROJ@-legacy/lib/Report.pm", "perl-dbi", 2, """package Report;
use strict;
use DBI;

my $dbh = DBI->connect('dbi:Pg:dbname=reports;host=pg.internal', 'reporter', '«p|generic|db_password|<pw>»',
    { RaiseError => 1 });
my $ua_key = '«p|mailjet|secret_key|<h32>»';
1;
"""),
    ("android-kts", "@PROJ@-android/app/build.gradle.kts", "android-gradle-kts", 2, """android {
    namespace = "dev.@PROJ@.app"
    defaultConfig {
        applicationId = "dev.@PROJ@.app"
        buildConfigField("String", "MAPS_API_KEY", "\\"«p|google|api_key|AIza<B35>»\\"")
        buildConfigField("String", "REVENUECAT_PUBLIC_KEY", "\\"«d|revenuecat|public_sdk_key|goog_<a27>»\\"")
    }
    signingConfigs {
        create("release") {
            storePassword = "«p|generic|keystore_password|<pw>»"
            keyPassword = "«p|generic|key_password|<pw>»"
        }
    }
}
"""),
    ("play-conf", "@PROJ@-play/conf/application.conf", "play-hocon", 2, """play.http.secret.key = "«p|generic|play_secret|<a64>»"
play.http.secret.key = ${?APPLICATION_SECRET}
db.default.url = "jdbc:postgresql://db.internal/@PROJ@"
db.default.username = "play"
db.default.password = "«p|generic|db_password|<pw>»"
play.filters.hosts.allowed = [".@PROJ@.dev"]
"""),
    ("aws-sm-output", "@PROJ@-ops/notes/secret-dump.json", "escaped-json-secretstring", 2, """{
    "ARN": "arn:aws:secretsmanager:eu-west-1:«d|aws|account_id|<d12>»:secret:prod/@PROJ@/db-«s|<a6>»",
    "Name": "prod/@PROJ@/db",
    "VersionId": "«d|aws|version_id|<uuid>»",
    "SecretString": "{\\"username\\":\\"app\\",\\"password\\":\\"«p|generic|db_password|<pw>»\\",\\"host\\":\\"db.internal\\",\\"stripe\\":\\"«p|stripe|secret_key|sk_live_<a99>»\\"}",
    "CreatedDate": "2025-10-30T11:02:44.512000+01:00"
}
"""),
]
KINDS += MORE_KINDS


# files with several PEM / escaped keys, written by hand
def extra(Doc, out):
    for proj in PROJECTS[:2]:
        doc = Doc("repos/%s-gha/app-credentials.json" % proj, "repos", "github-app-json-escaped-pem")
        key = pem("RSA PRIVATE KEY", 6)
        text = '{\n  "app_id": «d|github|app_id|<d6>»,\n  "client_id": "«d|github|app_client_id|Iv23li<a14>»",\n  "client_secret": "«p|github|app_client_secret|<h40>»",\n  "webhook_secret": "«p|generic|webhook_secret|<a32>»",\n  "pem": "«e|github|app_private_key|' + key + '»"\n}\n'
        out.append((doc, fill(doc, text)))
    for proj in PROJECTS[:2]:
        doc = Doc("repos/%s-flutter/lib/env.dart" % proj, "repos", "dart-supabase-jwt")
        ref = expand("<L20>")
        anon, service = jwt({"iss": "supabase", "ref": ref, "role": "anon", "iat": 1730000000, "exp": 2045576000}), \
            jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1730000000, "exp": 2045576000})
        text = """class Env {
  static const supabaseUrl = 'https://%s.supabase.co';
  static const supabaseAnonKey = '«d|supabase|anon_jwt|%s»';
  // TODO remove: only for the admin seed script
  static const supabaseServiceRole = '«p|supabase|service_role_jwt|%s»';
}
""" % (ref, anon, service)
        out.append((doc, fill(doc, text)))
    for proj in PROJECTS:
        doc = Doc("repos/%s-docs/README.md" % proj, "repos", "readme-decoys")
        text = """# @PROJ@ API quickstart

Set your key, then call the API:

```sh
export PAYSTACK_SECRET_KEY=«d|paystack|placeholder|sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
curl https://api.paystack.co/transaction -H "Authorization: Bearer $PAYSTACK_SECRET_KEY"
```

Your dashboard shows keys masked, e.g. `«d|stripe|masked_key|sk_live_<a4>••••••••••••<a4>»`.
Public keys are safe in the browser: `«d|stripe|publishable_key|pk_live_<a99>»`.
AWS examples use `«d|aws|docs_example_key_id|AKIAIOSFODNN7EXAMPLE»` and `«d|aws|docs_example_secret|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»`.
The image digest is `sha256:«d|generic|image_digest|<h64>»`; release commit `«d|generic|commit_sha|<h40>»`.
Test fixture tokens (`tests/fixtures/fake_tokens.py`) are `«d|generic|fixture_token|test-token-not-real-0000»`.
""".replace("@PROJ@", proj)
        out.append((doc, fill(doc, text)))
    for proj in PROJECTS:
        doc = Doc("repos/%s-web/.env.example" % proj, "repos", "dotenv-example")
        text = """# copy to .env and fill in
DATABASE_URL=«d|generic|placeholder_url|postgres://user:password@localhost:5432/app»
STRIPE_SECRET_KEY=«d|stripe|placeholder|sk_test_...»
OPENAI_API_KEY=«d|openai|placeholder|sk-your-key-here»
GITHUB_TOKEN=«d|github|placeholder|ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
SESSION_SECRET=«d|generic|placeholder|generate-with-openssl-rand-hex-32»
SENTRY_DSN=«d|sentry|dsn|https://<h32>@o<d6>.ingest.sentry.io/<d7>»
NEXT_PUBLIC_SUPABASE_ANON_KEY=«d|supabase|publishable_key|sb_publishable_<B31>»
SLACK_WEBHOOK_URL=${SLACK_WEBHOOK_URL}
"""
        out.append((doc, fill(doc, text)))
    for proj in PROJECTS[:2]:
        doc = Doc("repos/%s-web/package-lock.json" % proj, "repos", "lockfile-decoys")
        text = """{
  "name": "%s-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/zod": {"version": "3.23.8", "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", "integrity": "sha512-«d|generic|npm_integrity|<b86>==»"},
    "node_modules/jose": {"version": "5.9.6", "resolved": "https://registry.npmjs.org/jose/-/jose-5.9.6.tgz", "integrity": "sha512-«d|generic|npm_integrity|<b86>==»"}
  }
}
""" % proj
        out.append((doc, fill(doc, text)))


def build(Doc):
    out = []
    for kind, path, shape, n, text in KINDS:
        for proj in PROJECTS[:n]:
            doc = Doc("repos/" + path.replace("@PROJ@", proj), "repos", shape)
            out.append((doc, fill(doc, text.replace("@PROJ@", proj))))
    extra(Doc, out)
    return out
