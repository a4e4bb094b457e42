"""repos/ half, part 1: self-hosted apps, mail, DNS, identity and dev tools in their own
config formats (project kinds none of holdout12-21's READMEs name; README.md lists them)."""
from vals22 import (R, an, hx, HX, lan, uan, b64u, uuid, pick, digits, b64raw, b64, urlq, password,
                    urlsafe_password, aws_pair, AN, UP, DIG, LOW)

P = "password"
DOCS = []


_D = []


def K(path, shape):
    return _D[0]("repos/" + path, "repos", shape)


def add(d, t):
    DOCS.append((d, t))


def kinds():
    # 1 Jellyfin: API key in a maintenance script, the server id as a decoy
    d = K("homelab/jellyfin/scripts/refresh-library.sh", "jellyfin-script")
    add(d, """#!/bin/bash
# refresh libraries after the nightly rip job
JF=http://jellyfin.lan:8096
curl -fsS -X POST "$JF/Library/Refresh" -H "X-Emby-Token: %s"
# server id (from /System/Info/Public, not a secret): %s
curl -fsS "$JF/Sessions?api_key=%s" | jq '.[].UserName'
""" % (d.pos("jellyfin", "api_key", hx(32)), d.dec("jellyfin", "server_id", hx(32)), d.pos("jellyfin", "api_key", hx(32))))

    # 2 Calibre-Web: Google Drive client_secrets.json
    d = K("homelab/calibre-web/gdrive/client_secrets.json", "calibre-web-gdrive")
    add(d, """{"web": {"client_id": "%s",
  "project_id": "calibre-larch",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_secret": "%s",
  "redirect_uris": ["https://books.larch.lan/gdrive/callback"]}}
""" % (d.dec("google", "oauth_client_id", digits(12) + "-" + lan(32) + ".apps.googleusercontent.com"),
       d.pos("google", "oauth_client_secret", "GOCSPX-" + b64u(28))))

    # 3 Budibase: docker .env
    d = K("tools/budibase/.env", "budibase-env")
    add(d, """MAIN_PORT=10000
API_ENCRYPTION_KEY=%s
JWT_SECRET=%s
MINIO_ACCESS_KEY=%s
MINIO_SECRET_KEY=%s
COUCH_DB_PASSWORD=%s
COUCH_DB_USER=budibase
REDIS_PASSWORD=%s
INTERNAL_API_KEY=%s
BUDIBASE_ENVIRONMENT=PRODUCTION
""" % (d.pos(P, "generated_secret", an(32)), d.pos(P, "jwt_secret", an(32)), d.dec("budibase", "minio_access_key", lan(20)),
       d.pos(P, "minio_secret", an(32)), d.pos(P, "couchdb_password", password()), d.pos(P, "redis_password", password()),
       d.pos(P, "internal_api_key", hx(40))))

    # 4 Actual Budget: bank-sync script using the node API
    d = K("finance/actual-sync/sync.mjs", "actual-budget-node")
    add(d, """import * as api from '@actual-app/api';

await api.init({
  dataDir: '/var/lib/actual-sync',
  serverURL: 'https://budget.larch.lan',
  password: '%s',
});
// sync id is shown in Settings > Advanced; it names the file, it is not a secret
await api.downloadBudget('%s', {
  password: '%s', // end-to-end encryption key for this file
});
await api.runBankSync();
await api.shutdown();
""" % (d.pos(P, "server_password", password()), d.dec("actual", "sync_id", uuid()), d.pos(P, "e2e_password", password())))

    # 5 DokuWiki: local.php smtp plugin, users.auth.php hashes
    d = K("wiki/dokuwiki/conf/local.protected.php", "dokuwiki-php")
    add(d, """<?php
$conf['title'] = 'Larch Ops Wiki';
$conf['plugin']['smtp']['smtp_host'] = 'smtp.larchwood.dev';
$conf['plugin']['smtp']['smtp_port'] = 587;
$conf['plugin']['smtp']['auth_user'] = 'wiki@larchwood.dev';
$conf['plugin']['smtp']['auth_pass'] = '%s';
$conf['plugin']['authldap']['bindpw'] = '%s';
""" % (d.pos(P, "smtp_password", password()), d.pos(P, "ldap_bind_password", password())))
    d = K("wiki/dokuwiki/conf/users.auth.php", "dokuwiki-users")
    add(d, """# users.auth.php
# login:passwordhash:Real Name:email:groups,comma,separated
admin:%s:Wiki Admin:admin@larchwood.dev:admin,user
lotte:%s:Lotte B:lotte@larchwood.dev:user
""" % (d.dec(P, "bcrypt_hash", "$2y$10$" + pick(AN + "./", 53)), d.dec(P, "sha512_crypt_hash", "$6$" + an(16) + "$" + pick(AN + "./", 86))))

    # 6 Taiga: docker .env and taiga-back config.py
    d = K("pm/taiga/.env", "taiga-env")
    add(d, """TAIGA_SCHEME=https
TAIGA_DOMAIN=taiga.larchwood.dev
SECRET_KEY="%s"
POSTGRES_USER=taiga
POSTGRES_PASSWORD=%s
EMAIL_HOST_USER=taiga@larchwood.dev
EMAIL_HOST_PASSWORD='%s'
RABBITMQ_USER=taiga
RABBITMQ_PASS=%s
RABBITMQ_ERLANG_COOKIE=%s
ENABLE_TELEMETRY=False
""" % (d.pos(P, "django_secret_key", pick(AN + "!@#%^&*(-_=+)", 50).replace('"', "")), d.pos(P, "db_password", urlsafe_password()),
       d.pos(P, "smtp_password", password().replace("'", "")), d.pos(P, "rabbitmq_password", urlsafe_password()), d.pos(P, "erlang_cookie", uan(20))))

    # 7 OpenProject: configuration.yml
    d = K("pm/openproject/config/configuration.yml", "openproject-yaml")
    ak, sk = aws_pair()
    add(d, """production:
  email_delivery_method: :smtp
  smtp_address: smtp.larchwood.dev
  smtp_port: 587
  smtp_user_name: "openproject"
  smtp_password: "%s"
  attachments_storage: fog
  fog:
    directory: larch-op-attachments
    credentials:
      provider: 'AWS'
      aws_access_key_id: '%s'
      aws_secret_access_key: '%s'
      region: 'eu-central-1'
""" % (d.pos(P, "smtp_password", password().replace('"', "")), d.pos("aws", "access_key_id", ak), d.pos("aws", "secret_access_key", sk)))

    # 8 Gotify: server config + a sender script with an app token
    d = K("homelab/gotify/config.yml", "gotify-yaml")
    add(d, """server:
  listenaddr: ""
  port: 80
database:
  dialect: postgres
  connection: host=db port=5432 user=gotify dbname=gotify password=%s sslmode=disable
defaultuser:
  name: admin
  pass: %s
passstrength: 10
""" % (d.pos(P, "db_password", urlsafe_password()), d.pos(P, "admin_password", urlsafe_password())))
    d = K("homelab/gotify/notify-backup.py", "gotify-python")
    add(d, """import requests

GOTIFY = "https://push.larch.lan"
APP_TOKEN = "%s"  # "backups" application
CLIENT_ID = %s


def notify(title, message, priority=5):
    requests.post(f"{GOTIFY}/message", params={"token": APP_TOKEN},
                  json={"title": title, "message": message, "priority": priority}, timeout=10)
""" % (d.pos("gotify", "app_token", "A" + pick(AN + ".-_", 14)), d.dec("gotify", "client_numeric_id", digits(2))))

    # 9 Apprise: apprise.yml
    d = K("homelab/apprise/apprise.yml", "apprise-yaml")
    tg = digits(10) + ":AA" + b64u(33)
    smtp_pw = urlsafe_password()
    add(d, """version: 1
urls:
  - tgram://%s/-100%s:
      tag: ops
  - mailtos://alerts:%s@smtp.larchwood.dev:587?to=ops@larchwood.dev:
      tag: mail
  - pover://%s@%s:
      tag: phone
  - json://localhost:8000/hooks/${APPRISE_HOOK_PATH}
""" % (d.pos("telegram", "bot_token", tg), digits(10), d.pos(P, "smtp_password", smtp_pw),
       d.dec("pushover", "user_key", "u" + lan(29)), d.pos("pushover", "app_token", "a" + lan(29))))

    # 10 Uptime Kuma: exported backup JSON
    d = K("homelab/uptime-kuma/backup-2026-10-30.json", "uptime-kuma-backup")
    add(d, """{
  "version": "1.23.16",
  "notificationList": [
    {"id": 1, "name": "Ops Telegram", "config": "{\\"name\\":\\"Ops Telegram\\",\\"type\\":\\"telegram\\",\\"telegramBotToken\\":\\"%s\\",\\"telegramChatID\\":\\"-100%s\\"}"},
    {"id": 2, "name": "Mail", "config": "{\\"type\\":\\"smtp\\",\\"smtpHost\\":\\"smtp.larchwood.dev\\",\\"smtpUsername\\":\\"kuma\\",\\"smtpPassword\\":\\"%s\\"}"}
  ],
  "monitorList": [
    {"id": 7, "name": "api", "url": "https://api.larchwood.dev/health", "pushToken": null, "basic_auth_user": "probe", "basic_auth_pass": "%s"}
  ]
}
""" % (d.pos("telegram", "bot_token", digits(10) + ":AA" + b64u(33)), digits(10), d.pos(P, "smtp_password", urlsafe_password()),
       d.pos(P, "basic_auth_password", urlsafe_password())))

    # 11 Loki + promtail
    d = K("observability/loki/loki-config.yaml", "loki-yaml")
    ak, sk = aws_pair()
    add(d, """auth_enabled: false
common:
  storage:
    s3:
      endpoint: s3.eu-central-1.amazonaws.com
      bucketnames: larch-loki-chunks
      access_key_id: %s
      secret_access_key: %s
      s3forcepathstyle: false
ruler:
  alertmanager_url: http://alertmanager:9093
""" % (d.pos("aws", "access_key_id", ak), d.pos("aws", "secret_access_key", sk)))
    d = K("observability/loki/promtail.yaml", "promtail-yaml")
    add(d, """clients:
  - url: https://logs-prod-eu-west-0.grafana.net/loki/api/v1/push
    basic_auth:
      username: %s
      password: %s
  - url: http://loki:3100/loki/api/v1/push
    basic_auth:
      username: promtail
      password_file: /run/secrets/loki_pw
""" % (d.dec("grafana", "stack_user_id", digits(6)), d.pos("grafana", "cloud_access_policy_token", "glc_" + b64u(120))))

    # 12 Grafana grafana.ini
    d = K("observability/grafana/grafana.ini", "grafana-ini")
    add(d, """[server]
root_url = https://grafana.larchwood.dev

[security]
admin_user = admin
admin_password = %s
secret_key = %s

[smtp]
enabled = true
host = smtp.larchwood.dev:587
user = grafana
password = \"\"\"%s\"\"\"

[auth.generic_oauth]
enabled = true
client_id = grafana-larch
client_secret = %s
""" % (d.pos(P, "admin_password", password()), d.pos(P, "secret_key", an(16)), d.pos(P, "smtp_password", password()),
       d.pos(P, "oauth_client_secret", an(40))))

    # 13 Checkmk automation secret in a REST call script
    d = K("observability/checkmk/activate.sh", "checkmk-rest")
    add(d, """#!/bin/bash
SITE=larch
API="https://monitor.larch.lan/$SITE/check_mk/api/1.0"
AUTH="Bearer automation %s"
curl -s -H "Authorization: $AUTH" -H "Accept: application/json" \\
  -X POST "$API/domain-types/activation_run/actions/activate-changes/invoke" \\
  -H 'If-Match: "%s"' -d '{"redirect": false, "sites": ["larch"]}'
""" % (d.pos("checkmk", "automation_secret", pick(UP + DIG, 36)), d.dec("checkmk", "etag", hx(64))))

    # 14 Apache Guacamole
    d = K("remote/guacamole/user-mapping.xml", "guacamole-xml")
    add(d, """<user-mapping>
    <authorize username="ops" password="%s" encoding="md5">
        <connection name="build-win">
            <protocol>rdp</protocol>
            <param name="hostname">10.40.0.21</param>
            <param name="username">Administrator</param>
            <param name="password">%s</param>
            <param name="ignore-cert">true</param>
        </connection>
        <connection name="router">
            <protocol>ssh</protocol>
            <param name="hostname">10.40.0.1</param>
            <param name="password">%s</param>
        </connection>
    </authorize>
</user-mapping>
""" % (d.dec(P, "md5_hash", hx(32)), d.pos(P, "rdp_password", password().replace("&", "+").replace("<", "+")),
       d.pos(P, "ssh_password", password().replace("&", "+").replace("<", "+"))))
    d = K("remote/guacamole/guacamole.properties", "guacamole-properties")
    add(d, """postgresql-hostname: db
postgresql-database: guacamole_db
postgresql-username: guacamole_user
postgresql-password: %s
totp-issuer: Larchwood
json-secret-key: %s
""" % (d.pos(P, "db_password", password()), d.pos("guacamole", "json_secret_key", hx(32))))

    # 15 MeshCentral config.json
    d = K("remote/meshcentral/meshcentral-data/config.json", "meshcentral-json")
    add(d, """{
  "settings": {
    "cert": "mesh.larchwood.dev",
    "sessionKey": "%s",
    "dbEncryptKey": "%s",
    "mongoDb": "mongodb://mesh:%s@mongo:27017/meshcentral"
  },
  "smtp": {"host": "smtp.larchwood.dev", "port": 587, "from": "mesh@larchwood.dev",
           "user": "mesh@larchwood.dev", "pass": "%s", "tls": false}
}
""" % (d.pos(P, "session_key", an(48)), d.pos(P, "db_encrypt_key", an(32)), d.secret(P, "mongo_password", urlsafe_password()),
       d.pos(P, "smtp_password", password().replace('"', ""))))

    # 16 RustDesk: hbbs key pair on the relay host
    d = K("remote/rustdesk/data/id_ed25519", "rustdesk-private-key")
    add(d, "%s\n" % d.pos("rustdesk", "server_private_key", b64raw(64)))
    d = K("remote/rustdesk/client-install.ps1", "rustdesk-client")
    add(d, """# silent install with our relay; the key below is the PUBLIC key (id_ed25519.pub)
$cfg = 'host=rd.larchwood.dev,key=%s,relay=rd.larchwood.dev'
Start-Process rustdesk.exe -ArgumentList "--config $cfg" -Wait
& "C:\\Program Files\\RustDesk\\rustdesk.exe" --password %s
""" % (d.dec("rustdesk", "server_public_key", b64raw(32)), d.pos(P, "unattended_password", urlsafe_password())))

    # 17 Seafile
    d = K("files/seafile/conf/seahub_settings.py", "seafile-python")
    add(d, """# -*- coding: utf-8 -*-
SECRET_KEY = "%s"
SERVICE_URL = "https://files.larchwood.dev"
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.mysql',
        'NAME': 'seahub_db',
        'USER': 'seafile',
        'PASSWORD': '%s',
        'HOST': 'db',
    }
}
EMAIL_HOST_PASSWORD = '%s'
ONLYOFFICE_JWT_SECRET = '%s'
""" % (d.pos(P, "django_secret_key", pick(AN + "!@#%^&*(-_=+)", 50)), d.pos(P, "db_password", urlsafe_password()),
       d.pos(P, "smtp_password", urlsafe_password()), d.pos(P, "onlyoffice_jwt_secret", an(32))))

    # 18 Garage S3
    d = K("files/garage/garage.toml", "garage-toml")
    add(d, """metadata_dir = "/var/lib/garage/meta"
data_dir = "/var/lib/garage/data"
replication_factor = 3
rpc_bind_addr = "[::]:3901"
rpc_secret = "%s"

[s3_api]
s3_region = "garage"
api_bind_addr = "[::]:3900"

[admin]
api_bind_addr = "[::]:3903"
admin_token = "%s"
metrics_token = "%s"
""" % (d.pos("garage", "rpc_secret", hx(64)), d.pos("garage", "admin_token", b64raw(32)), d.pos("garage", "metrics_token", b64raw(32))))
    d = K("files/garage/README.md", "garage-notes")
    add(d, """# Garage cluster

Keys created with `garage key create backup-key`:

| key id | secret | bucket |
|---|---|---|
| %s | %s | larch-backups |
| GK%s | (see 1Password) | larch-media |

Node ids are public: `%s@10.0.3.11:3901`.
""" % (d.dec("garage", "access_key_id", "GK" + hx(24)), d.pos("garage", "secret_access_key", hx(64)), hx(24),
       d.dec("garage", "node_id", hx(64))))

    # 19 SeaweedFS s3.json
    d = K("files/seaweedfs/s3.json", "seaweedfs-json")
    add(d, """{
  "identities": [
    {"name": "anonymous", "actions": ["Read:public"]},
    {"name": "restic",
     "credentials": [{"accessKey": "%s", "secretKey": "%s"}],
     "actions": ["Read:backups", "Write:backups", "List:backups"]},
    {"name": "grafana",
     "credentials": [{"accessKey": "grafana", "secretKey": "%s"}],
     "actions": ["Read"]}
  ]
}
""" % (d.dec("seaweedfs", "access_key", uan(20)), d.pos("seaweedfs", "secret_key", an(40)), d.pos("seaweedfs", "secret_key", password())))

    # 20 UrBackup client
    d = K("backup/urbackup/enroll-client.sh", "urbackup-cli")
    add(d, """#!/bin/sh
# enroll a laptop against the internet server
urbackupclientctl set-settings \\
  -k internet_mode_enabled -v true \\
  -k internet_server -v backup.larchwood.dev \\
  -k internet_server_port -v 55415 \\
  -k internet_authkey -v %s \\
  -k computername -v "$(hostname)"
""" % d.pos("urbackup", "internet_authkey", an(10)))

    # 21 mise
    d = K("apps/ledger-api/mise.local.toml", "mise-toml")
    add(d, """[tools]
python = "3.13"
node = "22"

[env]
DATABASE_URL = "%s"
OPENAI_API_KEY = "%s"
STRIPE_SECRET_KEY = "{{ env.STRIPE_TEST_KEY }}"
_.file = ".env.local"
""" % (d.secret(P, "db_password", "postgres://ledger:%s@localhost:5432/ledger_dev" % urlsafe_password()), d.pos("openai", "project_key", "sk-proj-" + b64u(124) + "T3BlbkFJ" + b64u(44))))

    # 22 Remix app
    d = K("apps/storefront/app/sessions.server.ts", "remix-ts")
    add(d, """import { createCookieSessionStorage } from "@remix-run/node";

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: "__session",
    httpOnly: true,
    sameSite: "lax",
    secrets: [
      "%s",
      "%s", // previous secret, keep until 2026-12-31
    ],
    secure: process.env.NODE_ENV === "production",
  },
});
""" % (d.pos(P, "cookie_secret", an(32)), d.pos(P, "cookie_secret", an(32))))
    d = K("apps/storefront/app/lib/stripe.server.ts", "remix-ts")
    add(d, """import Stripe from "stripe";

const key =
  process.env.STRIPE_SECRET_KEY ??
  "%s";
export const stripe = new Stripe(key, { apiVersion: "2025-09-30.clover" });
export const publishableKey = "%s";
""" % (d.pos("stripe", "secret_key", "sk_live_51" + an(97)), d.dec("stripe", "publishable_key", "pk_live_51" + an(97))))

    # 23 Axum service (Rust)
    d = K("apps/routing-svc/src/main.rs", "axum-rust")
    ak, sk = aws_pair()
    add(d, """use axum::{routing::get, Router};
use aws_sdk_s3::config::{Credentials, Region};

#[derive(Clone)]
struct AppState {
    jwt_secret: &'static str,
    maps_token: &'static str,
}

#[tokio::main]
async fn main() {
    let creds = Credentials::new(
        "%s",
        "%s",
        None,
        None,
        "static",
    );
    let state = AppState {
        jwt_secret: "%s",
        maps_token: "%s",
    };
    let app = Router::new().route("/health", get(|| async { "ok" })).with_state(state);
    let _ = (creds, Region::new("eu-west-1"), app);
}
""" % (d.pos("aws", "access_key_id", ak), d.pos("aws", "secret_access_key", sk), d.pos(P, "jwt_secret", an(48)),
       d.pos("mapbox", "secret_token", "sk.eyJ1IjoibGFyY2h3b29kIiwiYSI6ImNs" + an(24) + "." + b64u(22))))

    # 24 Fiber (Go)
    d = K("apps/pickup-api/main.go", "fiber-go")
    add(d, """package main

import (
	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	"github.com/sendgrid/sendgrid-go"
)

var mailer = sendgrid.NewSendClient("%s")

func main() {
	app := fiber.New()
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{Key: []byte("%s")},
	}))
	app.Listen(":3000")
}
""" % (d.pos("sendgrid", "api_key", "SG." + b64u(22) + "." + b64u(43)), d.pos(P, "jwt_signing_key", password())))

    # 25 Grails
    d = K("apps/claims/grails-app/conf/application.yml", "grails-yaml")
    add(d, """environments:
    development:
        dataSource:
            dbCreate: create-drop
            url: jdbc:h2:mem:devDb
            password: ''
    production:
        dataSource:
            dbCreate: none
            url: jdbc:postgresql://claims-db:5432/claims
            username: claims
            password: '%s'
grails:
    mail:
        host: smtp.larchwood.dev
        username: claims
        password: '%s'
""" % (d.pos(P, "db_password", password().replace("'", "")), d.pos(P, "smtp_password", password().replace("'", ""))))

    # 26 Dancer2 (Perl)
    d = K("apps/intranet/environments/production.yml", "dancer2-yaml")
    add(d, """logger: file
engines:
  session:
    Cookie:
      secret_key: %s
      default_duration: 86400
plugins:
  DBIC:
    default:
      dsn: dbi:Pg:dbname=intranet;host=db
      user: intranet
      password: %s
""" % (d.pos(P, "cookie_secret", an(40)), d.pos(P, "db_password", urlsafe_password())))

    # 27 Catalyst (Perl, Config::General)
    d = K("apps/catalog/catalog_local.conf", "catalyst-conf")
    add(d, """<Model::DB>
    <connect_info>
        dsn       dbi:mysql:database=catalog;host=db01
        user      catalog
        password  %s
        AutoCommit 1
    </connect_info>
</Model::DB>
<Plugin::Session>
    cookie_secret %s
</Plugin::Session>
""" % (d.pos(P, "db_password", password()), d.pos(P, "cookie_secret", hx(40))))

    # 28 Servant (Haskell)
    d = K("apps/ratings/app/Main.hs", "servant-haskell")
    add(d, """module Main where

import Config (AppConfig (..))
import Server (runServer)

main :: IO ()
main =
  runServer
    AppConfig
      { cfgPort = 8081,
        cfgDbConn = "host=db dbname=ratings user=ratings password=%s",
        cfgJwk = "%s",
        cfgSlackHook = "%s"
      }
""" % (d.pos(P, "db_password", urlsafe_password()), d.pos(P, "jwk_secret", b64u(43)),
       d.pos("slack", "webhook_url", "https://hooks.slack.com/services/T%s/B%s/%s" % (uan(10), uan(10), an(24)))))

    # 29 Blazor (ASP.NET) appsettings
    d = K("apps/portal/Portal.Server/appsettings.Production.json", "blazor-appsettings")
    add(d, """{
  "ConnectionStrings": {
    "Portal": "Server=tcp:larch-sql.database.windows.net,1433;Database=portal;User ID=portal_app;Password=%s;Encrypt=True;"
  },
  "Auth0": {
    "Domain": "larchwood.eu.auth0.com",
    "ClientId": "%s",
    "ClientSecret": "%s"
  },
  "AllowedHosts": "*"
}
""" % (d.pos(P, "sql_password", password().replace('"', "").replace(";", ".")), d.dec("auth0", "client_id", an(32)),
       d.pos("auth0", "client_secret", b64u(64))))

    # 30 .NET MAUI
    d = K("apps/fieldapp/FieldApp/MauiProgram.cs", "maui-csharp")
    add(d, """namespace FieldApp;

public static class MauiProgram
{
    // Notification Hub listen-only string ships in the app; the full one must not
    const string HubListen = "Endpoint=sb://larch-ns.servicebus.windows.net/;SharedAccessKeyName=DefaultListenSharedAccessSignature;SharedAccessKey=%s";
    const string HubFull = "Endpoint=sb://larch-ns.servicebus.windows.net/;SharedAccessKeyName=DefaultFullSharedAccessSignature;SharedAccessKey=%s";

    public static MauiApp CreateMauiApp() => MauiApp.CreateBuilder().UseMauiApp<App>().Build();
}
""" % (d.pos("azure", "listen_shared_access_key", b64raw(32)), d.pos("azure", "full_shared_access_key", b64raw(32))))

    # 31 Trino catalogs
    d = K("data/trino/etc/catalog/warehouse.properties", "trino-properties")
    add(d, """connector.name=postgresql
connection-url=jdbc:postgresql://warehouse-db:5432/warehouse
connection-user=trino_ro
connection-password=%s
""" % d.pos(P, "db_password", password()))
    d = K("data/trino/etc/catalog/lake.properties", "trino-properties")
    ak, sk = aws_pair()
    add(d, """connector.name=hive
hive.metastore.uri=thrift://metastore:9083
hive.s3.aws-access-key=%s
hive.s3.aws-secret-key=%s
hive.s3.endpoint=https://s3.eu-central-1.amazonaws.com
""" % (d.pos("aws", "access_key_id", ak), d.pos("aws", "secret_access_key", sk)))

    # 32 Kestra: base64 SECRET_ env vars
    d = K("data/kestra/.env_encoded", "kestra-secrets")
    gh = "ghp_" + an(36)
    pgpw = password()
    add(d, """SECRET_GITHUB_TOKEN=%s
SECRET_POSTGRES_PASSWORD=%s
SECRET_SLACK_CHANNEL=%s
""" % (d.b64("github", "classic_pat", gh), d.b64(P, "db_password", pgpw), d.dec("slack", "channel_b64", b64("#data-alerts"))))
    d = K("data/kestra/application.yaml", "kestra-yaml")
    add(d, """kestra:
  encryption:
    secret-key: %s
  repository:
    type: postgres
datasources:
  postgres:
    url: jdbc:postgresql://postgres:5432/kestra
    username: kestra
    password: %s
""" % (d.pos(P, "encryption_key", b64raw(32)), d.pos(P, "db_password", urlsafe_password())))

    # 33 Temporal
    d = K("data/temporal/config/production.yaml", "temporal-yaml")
    add(d, """persistence:
  defaultStore: default
  datastores:
    default:
      sql:
        pluginName: "postgres12"
        databaseName: "temporal"
        connectAddr: "pg-temporal:5432"
        user: "temporal"
        password: "%s"
    visibility:
      elasticsearch:
        url:
          scheme: "https"
          host: "es01:9200"
        username: "temporal_vis"
        password: "%s"
""" % (d.pos(P, "db_password", urlsafe_password()), d.pos(P, "es_password", password().replace('"', ""))))

    # 34 Windmill resource export
    d = K("data/windmill/resources/f/ops/warehouse.resource.yaml", "windmill-resource")
    add(d, """description: warehouse read-only
resource_type: postgresql
value:
  host: warehouse-db.larch.lan
  port: 5432
  user: wm_reader
  dbname: warehouse
  sslmode: require
  password: %s
""" % d.pos(P, "db_password", password()))
    d = K("data/windmill/resources/f/ops/openai.resource.yaml", "windmill-resource")
    add(d, """description: shared OpenAI key for flows
resource_type: openai
value:
  api_key: %s
  organization_id: %s
""" % (d.pos("openai", "api_key", "sk-svcacct-" + b64u(124) + "T3BlbkFJ" + b64u(44)), d.dec("openai", "organization_id", "org-" + an(24))))

    # 35 OpenCart
    d = K("shop/opencart/admin/config.php", "opencart-php")
    add(d, """<?php
define('HTTP_SERVER', 'https://shop.larchwood.dev/admin/');
define('DB_DRIVER', 'mysqli');
define('DB_HOSTNAME', 'localhost');
define('DB_USERNAME', 'oc_shop');
define('DB_PASSWORD', '%s');
define('DB_DATABASE', 'opencart');
define('DB_PREFIX', 'oc_');
define('OPENCART_SERVER', 'https://www.opencart.com/');
""" % d.pos(P, "db_password", password().replace("'", "")))

    # 36 BigBlueButton
    d = K("conf/bigbluebutton/bbb-web.properties", "bbb-properties")
    add(d, """bigbluebutton.web.serverURL=https://bbb.larchwood.dev
securitySalt=%s
defaultWelcomeMessage=Welcome to <b>%%%%CONFNAME%%%%</b>!
""" % d.pos("bigbluebutton", "shared_secret", hx(40)))
    d = K("conf/bigbluebutton/api-call.log", "bbb-log")
    add(d, """2026-11-18T09:14:02Z GET /bigbluebutton/api/join?fullName=Lotte&meetingID=standup&role=MODERATOR&checksum=%s
2026-11-18T09:14:03Z 200 meetingID=standup internalMeetingID=%s
""" % (d.dec("bigbluebutton", "sha1_checksum", hx(40)), d.dec("bigbluebutton", "internal_meeting_id", hx(40) + "-" + digits(13))))

    # 37 Authelia
    d = K("auth/authelia/configuration.yml", "authelia-yaml")
    add(d, """identity_validation:
  reset_password:
    jwt_secret: '%s'
session:
  secret: '%s'
  cookies:
    - domain: 'larchwood.dev'
      authelia_url: 'https://auth.larchwood.dev'
storage:
  encryption_key: '%s'
  postgres:
    address: 'tcp://db:5432'
    database: 'authelia'
    username: 'authelia'
    password: '%s'
authentication_backend:
  ldap:
    address: 'ldaps://ldap.larch.lan'
    user: 'uid=authelia,ou=svc,dc=larch,dc=lan'
    password: '%s'
""" % (d.pos(P, "jwt_secret", an(64)), d.pos(P, "session_secret", an(64)), d.pos(P, "storage_encryption_key", an(64)),
       d.pos(P, "db_password", urlsafe_password()), d.pos(P, "ldap_password", password().replace("'", ""))))
    d = K("auth/authelia/users_database.yml", "authelia-users")
    add(d, """users:
  lotte:
    displayname: 'Lotte Berg'
    password: '%s'
    email: 'lotte@larchwood.dev'
""" % d.dec(P, "argon2id_hash", "$argon2id$v=19$m=65536,t=3,p=4$" + b64u(22) + "$" + b64u(43)))

    # 38 Gogs app.ini
    d = K("scm/gogs/custom/conf/app.ini", "gogs-ini")
    add(d, """BRAND_NAME = Larch Git
RUN_USER = git

[database]
TYPE = postgres
HOST = 127.0.0.1:5432
NAME = gogs
USER = gogs
PASSWORD = `%s`

[security]
INSTALL_LOCK = true
SECRET_KEY = %s

[email]
ENABLED = true
HOST = smtp.larchwood.dev:465
USER = git@larchwood.dev
PASSWORD = %s
""" % (d.pos(P, "db_password", password().replace("`", "")), d.pos(P, "secret_key", an(15)), d.pos(P, "smtp_password", password())))

    # 39 OneDev
    d = K("scm/onedev/conf/hibernate.properties", "onedev-properties")
    add(d, """hibernate.dialect=org.hibernate.dialect.PostgreSQLDialect
hibernate.connection.driver_class=org.postgresql.Driver
hibernate.connection.url=jdbc:postgresql://localhost:5432/onedev
hibernate.connection.username=onedev
hibernate.connection.password=%s
hibernate.hikari.maximumPoolSize=25
""" % d.pos(P, "db_password", password()))

    # 40 JFrog Artifactory
    d = K("registry/artifactory/var/etc/system.yaml", "artifactory-yaml")
    add(d, """shared:
  database:
    type: postgresql
    driver: org.postgresql.Driver
    url: "jdbc:postgresql://pg-art:5432/artifactory"
    username: artifactory
    password: "%s"
  security:
    joinKey: "%s"
""" % (d.pos(P, "db_password", urlsafe_password()), d.pos("artifactory", "join_key", hx(32))))
    d = K("registry/artifactory/.npmrc", "npmrc-artifactory")
    add(d, """registry=https://larch.jfrog.io/artifactory/api/npm/npm-virtual/
//larch.jfrog.io/artifactory/api/npm/npm-virtual/:_authToken=%s
always-auth=true
email=ci@larchwood.dev
""" % d.pos("artifactory", "access_token", "cmVmdGtuOjAxOjE3" + an(48)))

    # 41 Verdaccio
    d = K("registry/verdaccio/config.yaml", "verdaccio-yaml")
    add(d, """storage: /verdaccio/storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: -1
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
    auth:
      type: bearer
      token: "%s"
  github:
    url: https://npm.pkg.github.com/
    auth:
      type: bearer
      token_env: GITHUB_NPM_TOKEN
""" % d.pos("npm", "access_token", "npm_" + an(36)))
    d = K("registry/verdaccio/htpasswd", "verdaccio-htpasswd")
    add(d, "ci:%s:autocreated 2026-03-02T10:11:12.000Z\nlotte:%s\n" % (
        d.dec(P, "bcrypt_hash", "$2y$10$" + pick(AN + "./", 53)), d.dec(P, "sha1_htpasswd", "{SHA}" + b64raw(20))))

    # 42 Sonatype Nexus + Maven settings
    d = K("registry/nexus/settings.xml", "maven-settings")
    add(d, """<settings>
  <servers>
    <server>
      <id>larch-releases</id>
      <username>deployer</username>
      <password>%s</password>
    </server>
    <server>
      <id>larch-snapshots</id>
      <username>deployer</username>
      <password>{%s}</password>
    </server>
    <server>
      <id>central-mirror</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASS}</password>
    </server>
  </servers>
</settings>
""" % (d.pos(P, "maven_server_password", password().replace("&", "+").replace("<", "+")), d.dec(P, "maven_encrypted_password", b64raw(32))))
    d = K("registry/nexus/admin.password", "nexus-admin-password")
    add(d, "%s" % d.pos(P, "initial_admin_password", uuid()))

    # 43 GlitchTip
    d = K("observability/glitchtip/.env", "glitchtip-env")
    add(d, """SECRET_KEY=%s
DATABASE_URL=%s
EMAIL_URL=%s
GLITCHTIP_DOMAIN=https://errors.larchwood.dev
# DSN for the frontend project (public by design)
SENTRY_DSN=https://%s@errors.larchwood.dev/3
""" % (d.pos(P, "django_secret_key", hx(50)), d.secret(P, "db_password", "postgres://glitchtip:%s@pg:5432/glitchtip" % urlsafe_password()),
       d.secret(P, "smtp_password", "smtp://glitchtip%%40larchwood.dev:%s@smtp.larchwood.dev:587" % urlsafe_password()),
       d.dec("sentry", "dsn_public_key", hx(32))))


def build(Doc):
    _D.append(Doc)
    kinds()
    return DOCS
