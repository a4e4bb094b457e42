"""repos/ for holdout15: whole files as committed, in project kinds the earlier holdouts did not
centre on, each written for three projects (kestrel, wren, heron) with fresh values."""
import base64

from formats15 import R, b64, expand as x, rnd, uuid

PROJECTS = ["kestrel", "wren", "heron"]


def ghp():
    return "ghp_" + rnd("A", 36)


def slack_bot():
    return "xoxb-%s-%s-%s" % (rnd("d", 12), rnd("d", 13), rnd("A", 24))


def aws_pair():
    return "AKIA" + rnd("U", 16), rnd("b", 40)


def hf():
    return "hf_" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(34))


def telegram():
    return "%s:AA%s" % (rnd("d", 10), rnd("B", 33))


def pw(n=18):
    return rnd("A", n - 3) + R.choice("!*-_") + rnd("d", 2)


def openssh_key():
    raw = b"openssh-key-v1\x00" + bytes(R.randrange(256) for _ in range(360))
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def ssh_pub():
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd("b", 43) + " deploy@ci"


def k_minecraft(d, p):
    return "repos/%s-mc/server.properties" % p, """#Minecraft server properties
#Sat Nov 29 21:04:11 UTC 2026
enable-jmx-monitoring=false
rcon.port=25575
level-seed=%s
gamemode=survival
enable-command-block=false
enable-query=false
level-name=world
motd=%s survival \\u00A7aS4
pvp=true
difficulty=normal
enable-rcon=true
max-players=40
online-mode=true
rcon.password=%s
view-distance=10
white-list=true
resource-pack-sha1=%s
server-port=25565
""" % (d.dec("generic", "level-seed", x("-{d:18}")), p.title(), d.pos("generic", "rcon-password", pw(16)),
       d.dec("generic", "sha1", x("{h:40}")))


def k_fivem(d, p):
    return "repos/%s-rp/server.cfg" % p, """# FXServer config for %s RP
endpoint_add_tcp "0.0.0.0:30120"
endpoint_add_udp "0.0.0.0:30120"
ensure mapmanager
ensure chat
ensure spawnmanager
sv_scriptHookAllowed 0
rcon_password "%s"
sets tags "roleplay, economy"
sv_hostname "%s City | whitelist"
set steam_webApiKey "%s"
set mysql_connection_string "%s"
# discord log channel
set discord_webhook "%s"
sv_maxclients 64
add_ace group.admin command allow
add_principal identifier.steam:%s group.admin
""" % (p.title(), d.pos("generic", "rcon-password", pw(14)), p.title(), d.pos("steam", "steam-web-api-key", x("{H:32}")),
       d.secret("generic", "mysql-url", "mysql://fivem:%s@127.0.0.1/es_extended?charset=utf8mb4" % pw(20), shape="url-password"),
       d.pos("discord", "discord-webhook", x("https://discord.com/api/webhooks/{d:19}/{B:68}")),
       d.dec("steam", "steam-id-hex", x("11000010{h:7}")))


def k_hydra(d, p):
    return "repos/%s-train/conf/config.yaml" % p, """defaults:
  - model: vit_b16
  - dataset: inat2021
  - _self_

seed: 1337
trainer:
  max_epochs: 90
  precision: bf16-mixed
  devices: 8
  accumulate_grad_batches: 2
optimizer:
  name: adamw
  lr: 3.0e-4
  weight_decay: 0.05
logger:
  wandb:
    project: %s-vision
    entity: acme-research
    api_key: %s
    run_id: %s
hub:
  push_to_hub: true
  repo_id: acme/%s-vit
  token: %s
dataset_sha256: %s
""" % (p, d.pos("wandb", "wandb-api-key", x("{h:40}")), d.dec("wandb", "run-id", x("{a:8}")), p,
       d.pos("huggingface", "hf-token", hf()), d.dec("generic", "sha256", x("{h:64}")))


def k_kedro(d, p):
    ak, sk = aws_pair()
    return "repos/%s-pipelines/conf/local/credentials.yml" % p, """# Kedro credentials (conf/local is meant to be git-ignored)
dev_s3:
  client_kwargs:
    aws_access_key_id: %s
    aws_secret_access_key: %s
warehouse:
  con: %s
api_example:
  token: "<fill me>"
""" % (d.dec("aws", "aws-access-key-id", ak), d.pos("aws", "aws-secret-key", sk),
       d.secret("generic", "postgres-url", "postgresql://kedro:%s@warehouse.%s.internal:5432/analytics" % (pw(18), p), shape="url-password"))


def k_prefect(d, p):
    return "repos/%s-flows/prefect.yaml" % p, """name: %s-flows
prefect-version: 3.1.4
build: null
push:
  - prefect_aws.deployments.steps.push_to_s3:
      bucket: %s-flow-code
      folder: flows
deployments:
  - name: nightly-refresh
    entrypoint: flows/refresh.py:refresh
    work_pool:
      name: k8s-pool
      job_variables:
        env:
          PREFECT_API_KEY: %s
          SLACK_WEBHOOK_URL: %s
          DEPLOYMENT_ID: %s
    schedules:
      - cron: "0 3 * * *"
""" % (p, p, d.pos("prefect", "prefect-service-key", x("pnb_{A:36}")),
       d.pos("slack", "slack-webhook", x("https://hooks.slack.com/services/T{U:8}/B{U:10}/{A:24}")),
       d.dec("prefect", "deployment-id", uuid()))


def k_nextflow(d, p):
    ak, sk = aws_pair()
    return "repos/%s-genomics/nextflow.config" % p, """params {
    reads    = "s3://%s-seq/raw/*_{1,2}.fastq.gz"
    genome   = "GRCh38"
    outdir   = "results"
}

aws {
    region = 'eu-west-1'
    accessKey = '%s'
    secretKey = '%s'
    batch {
        cliPath = '/home/ec2-user/miniconda/bin/aws'
    }
}

tower {
    enabled     = true
    workspaceId = '%s'
}

process {
    executor = 'awsbatch'
    queue    = 'genomics-spot'
}
""" % (p, d.dec("aws", "aws-access-key-id", ak), d.pos("aws", "aws-secret-key", sk), d.dec("generic", "workspace-id", x("{d:15}")))


def k_flutter(d, p):
    return "repos/%s-app/android/key.properties" % p, """storePassword=%s
keyPassword=%s
keyAlias=upload
storeFile=/Users/ci/keystores/%s-upload.jks
# SHA-256 fingerprint of the upload certificate:
# %s
""" % (d.pos("generic", "keystore-password", pw(16)), d.pos("generic", "key-password", pw(16)), p,
       d.dec("generic", "cert-fingerprint", ":".join(rnd("H", 2) for _ in range(32))))


def k_xcconfig(d, p):
    return "repos/%s-ios/Config/Release.xcconfig" % p, """// Release build settings
PRODUCT_BUNDLE_IDENTIFIER = com.acme.%s
MARKETING_VERSION = 4.12.0
CURRENT_PROJECT_VERSION = 412
REVENUECAT_PUBLIC_KEY = appl_%s
MAPBOX_PUBLIC_TOKEN = pk.eyJ1IjoiYWNtZSIsImEiOiJ%s
BACKEND_API_SECRET = %s
SENTRY_DSN_HOST = o%s.ingest.sentry.io
""" % (p, d.dec("revenuecat", "public-sdk-key", x("{A:27}")), d.dec("mapbox", "public-token", x("{B:30}.{B:22}")),
       d.pos("generic", "api-secret", x("{A:40}")), x("{d:6}"))


def k_electron(d, p):
    return "repos/%s-desktop/electron-builder.yml" % p, """appId: com.acme.%s
productName: %s
directories:
  output: dist
mac:
  category: public.app-category.productivity
  notarize:
    teamId: %s
win:
  target: nsis
  certificateFile: build/codesign.pfx
  certificatePassword: %s
publish:
  provider: github
  owner: acme
  repo: %s-desktop
  token: %s
""" % (p, p.title(), d.dec("apple", "team-id", x("{U:10}")), d.pos("generic", "pfx-password", pw(14)), p, d.pos("github", "github-pat", ghp()))


def k_wpf(d, p):
    return "repos/%s-desk/App.config" % p, """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="Inventory" providerName="System.Data.SqlClient"
         connectionString="Data Source=sql01.%s.local;Initial Catalog=Inventory;User ID=inv_app;Password=%s;Encrypt=True" />
  </connectionStrings>
  <appSettings>
    <add key="UpdateFeed" value="https://updates.acme.example/%s/" />
    <add key="InstallId" value="%s" />
    <add key="LicenseServerKey" value="%s" />
  </appSettings>
</configuration>
""" % (p, d.pos("generic", "sql-password", pw(18)), p, d.dec("generic", "install-id", uuid()), d.pos("generic", "license-key", x("{A:32}")))


def k_mosquitto(d, p):
    return "repos/%s-gateway/mosquitto/conf.d/bridge.conf" % p, """# bridge the site broker to the cloud broker
connection cloud-%s
address mqtt.%s.example:8883
topic sensors/# out 1 site/ cloud/
bridge_protocol_version mqttv311
remote_clientid gw-%s
remote_username gateway
remote_password %s
bridge_cafile /etc/mosquitto/ca.crt
cleansession false
""" % (p, p, x("{h:8}"), d.pos("generic", "mqtt-password", pw(20)))


def k_esphome(d, p):
    return "repos/%s-sensors/esphome/secrets.yaml" % p, """# ESPHome secrets
wifi_ssid: "%s-iot"
wifi_password: "%s"
api_encryption_key: "%s"
ota_password: "%s"
fallback_ap_password: "%s"
""" % (p.title(), d.pos("generic", "wifi-password", pw(16)), d.pos("esphome", "api-encryption-key", x("{b:43}=")),
       d.pos("generic", "ota-password", x("{h:32}")), d.dec("generic", "placeholder", "changeme123"))


def k_zigbee(d, p):
    return "repos/%s-home/zigbee2mqtt/configuration.yaml" % p, """homeassistant: true
permit_join: false
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://10.0.%s.2:1883
  user: z2m
  password: %s
serial:
  port: /dev/ttyUSB0
advanced:
  pan_id: %s
  ext_pan_id: [%s]
  network_key: GENERATE
  channel: 15
frontend:
  port: 8080
  auth_token: %s
""" % (x("{d:1}"), d.pos("generic", "mqtt-password", pw(18)), x("{d:4}"), ", ".join(str(R.randrange(256)) for _ in range(8)),
       d.pos("generic", "frontend-auth-token", x("{A:32}")))


def k_nodered(d, p):
    return "repos/%s-flows/settings.js" % p, """module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "%s",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "%s",
            permissions: "*"
        }]
    },
    httpNodeAuth: { user: "hooks", pass: "%s" },
    functionGlobalContext: { },
    logging: { console: { level: "info", metrics: false, audit: false } }
};
""" % (d.pos("generic", "node-red-credential-secret", x("{h:48}")), d.dec("generic", "bcrypt-hash", "$2b$08$" + rnd("B", 53).replace("-", ".").replace("_", "/")),
       d.dec("generic", "md5-hash", x("{h:32}")))


def k_telegraf(d, p):
    return "repos/%s-monitoring/telegraf/telegraf.conf" % p, """[agent]
  interval = "10s"
  round_interval = true
  hostname = ""

[[outputs.influxdb_v2]]
  urls = ["https://influx.%s.example:8086"]
  token = "%s"
  organization = "%s"
  bucket = "telegraf"

[[outputs.http]]
  url = "https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push"
  username = "%s"
  password = "%s"
  data_format = "prometheusremotewrite"

[[inputs.cpu]]
  percpu = true
[[inputs.mem]]
[[inputs.disk]]
  ignore_fs = ["tmpfs", "devtmpfs"]
""" % (p, d.pos("influxdb", "influxdb-token", x("{B:86}==")), p, x("{d:7}"), d.pos("grafana", "grafana-cloud-token", "glc_" + b64('{"o":"%s","n":"telegraf","k":"%s","m":{"r":"prod-eu-west-2"}}' % (x("{d:6}"), rnd("A", 24))).rstrip("=")))


def k_vector(d, p):
    return "repos/%s-observability/vector.toml" % p, """[sources.journald]
type = "journald"

[transforms.parse]
type = "remap"
inputs = ["journald"]
source = '''
.service = .SYSLOG_IDENTIFIER
'''

[sinks.datadog]
type = "datadog_logs"
inputs = ["parse"]
default_api_key = "%s"
site = "datadoghq.eu"

[sinks.loki]
type = "loki"
inputs = ["parse"]
endpoint = "https://logs-prod-012.grafana.net"
auth.strategy = "basic"
auth.user = "%s"
auth.password = "${LOKI_PASSWORD}"
labels.host = "{{ host }}"
# trace sample: %s
""" % (d.pos("datadog", "datadog-api-key", x("{h:32}")), x("{d:6}"), d.dec("generic", "trace-id", x("{h:32}")))


def k_hugo(d, p):
    return "repos/%s-site/hugo.toml" % p, """baseURL = "https://docs.%s.example/"
languageCode = "en-us"
title = "%s Docs"
theme = "docsy"

[params]
  github_repo = "https://github.com/acme/%s-site"
  gcs_engine_id = "%s"

[params.algolia]
  appId = "%s"
  searchOnlyKey = "%s"
  indexName = "%s_docs"

[deployment]
  [[deployment.targets]]
    name = "production"
    URL = "s3://docs.%s.example?region=us-east-1"
# ALGOLIA_ADMIN_KEY used by the index job:
# %s
""" % (p, p.title(), p, x("{h:17}:{a:9}"), d.dec("algolia", "app-id", x("{U:10}")), d.dec("algolia", "search-only-key", x("{h:32}")), p, p,
       d.pos("algolia", "algolia-admin-key", x("{h:32}")))


def k_jekyll(d, p):
    return "repos/%s-blog/_config.yml" % p, """title: %s engineering
url: "https://blog.%s.example"
markdown: kramdown
plugins:
  - jekyll-feed
  - jekyll-seo-tag
google_analytics: G-%s
mailchimp:
  list_id: %s
  api_key: %s
comments:
  provider: giscus
  repo_id: R_kgDO%s
""" % (p.title(), p, x("{U:10}"), d.dec("mailchimp", "list-id", x("{h:10}")), d.pos("mailchimp", "mailchimp-api-key", x("{h:32}-us21")), x("{B:6}"))


def k_odoo(d, p):
    return "repos/%s-erp/odoo.conf" % p, """[options]
addons_path = /opt/odoo/addons,/opt/odoo/custom-addons
admin_passwd = %s
db_host = db.%s.lan
db_port = 5432
db_user = odoo
db_password = %s
dbfilter = ^%s.*$
proxy_mode = True
workers = 4
limit_time_cpu = 600
smtp_server = smtp.%s.lan
smtp_user = erp@%s.example
smtp_password = %s
""" % (d.pos("generic", "odoo-master-password", pw(20)), p, d.pos("generic", "db-password", pw(18)), p, p, p, d.pos("generic", "smtp-password", pw(16)))


def k_suitecrm(d, p):
    return "repos/%s-crm/config_override.php" % p, """<?php
/***CONFIGURATOR***/
$sugar_config['dbconfig']['db_host_name'] = 'mysql.%s.internal';
$sugar_config['dbconfig']['db_user_name'] = 'suitecrm';
$sugar_config['dbconfig']['db_password'] = '%s';
$sugar_config['dbconfig']['db_name'] = 'suitecrm';
$sugar_config['unique_key'] = '%s';
$sugar_config['outbound_email']['mail_smtppass'] = '%s';
$sugar_config['default_currency_iso4217'] = 'EUR';
/***CONFIGURATOR***/
""" % (p, d.pos("generic", "db-password", pw(18)), d.dec("generic", "instance-key", x("{h:32}")), d.pos("generic", "smtp-password", pw(14)))


def k_errbot(d, p):
    return "repos/%s-chatops/config.py" % p, """import logging

BACKEND = 'SlackV3'
BOT_DATA_DIR = '/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = '/srv/errbot/plugins'
BOT_LOG_FILE = '/srv/errbot/errbot.log'
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    'token': '%s',
    'signing_secret': '%s',
    'app_token': 'xapp-1-%s-%s-%s',
}
BOT_ADMINS = ('@oncall-%s',)
CHATROOM_PRESENCE = ()
PAGERDUTY_ROUTING_KEY = '%s'
""" % (d.pos("slack", "slack-bot-token", slack_bot()), d.pos("slack", "slack-signing-secret", x("{h:32}")),
       x("A{U:10}"), x("{d:13}"), x("{h:64}"), p, d.pos("pagerduty", "pagerduty-routing-key", x("{h:32}")))


def k_hubot(d, p):
    return "repos/%s-hubot/.env" % p, """HUBOT_NAME=%sbot
HUBOT_ADAPTER=slack
HUBOT_SLACK_TOKEN=%s
HUBOT_JIRA_URL=https://%s.atlassian.net
HUBOT_JIRA_USER=bot@%s.example
HUBOT_JIRA_PASSWORD=%s
HUBOT_TELEGRAM_TOKEN=%s
REDIS_URL=redis://:%s@redis.%s.internal:6379/2
HUBOT_HEROKU_KEEPALIVE_URL=https://%s-hubot.example/
""" % (p, d.pos("slack", "slack-bot-token", slack_bot()), p, p, d.pos("atlassian", "atlassian-api-token", "ATATT3xFfGF0" + rnd("B", 170) + "=" + rnd("H", 8)),
       d.pos("telegram", "telegram-bot-token", telegram()), d.pos("generic", "redis-password", x("{A:32}")), p, p)


def k_packer(d, p):
    return "repos/%s-images/windows.pkr.hcl" % p, """packer {
  required_plugins {
    vsphere = { version = ">= 1.2.0", source = "github.com/hashicorp/vsphere" }
  }
}

source "vsphere-iso" "win2022" {
  vcenter_server      = "vcsa.%s.lan"
  username            = "packer@vsphere.local"
  password            = "%s"
  insecure_connection = true
  communicator        = "winrm"
  winrm_username      = "Administrator"
  winrm_password      = "%s"
  iso_checksum        = "sha256:%s"
  vm_name             = "tpl-win2022-%s"
}

build {
  sources = ["source.vsphere-iso.win2022"]
}
""" % (p, d.pos("generic", "vsphere-password", pw(18)), d.pos("generic", "winrm-password", pw(16)), d.dec("generic", "sha256", x("{h:64}")), x("{d:8}"))


def k_salt(d, p):
    return "repos/%s-salt/pillar/mysql.sls" % p, """mysql:
  server:
    root_password: '%s'
    bind-address: 0.0.0.0
  database:
    - %s_app
  user:
    %s_app:
      password: '%s'
      host: '10.20.%%'
      databases:
        - database: %s_app
          grants: ['all privileges']
    monitoring:
      password_hash: '%s'
      host: localhost
""" % (d.pos("generic", "mysql-root-password", pw(20)), p, p, d.pos("generic", "mysql-password", pw(18)), p, d.dec("generic", "mysql-native-hash", x("*{H:40}")))


def k_renviron(d, p):
    return "repos/%s-analysis/.Renviron" % p, """R_LIBS_USER=~/R/library
GITHUB_PAT=%s
CENSUS_API_KEY=%s
NCBI_API_KEY=%s
OPENAI_API_KEY=%s
# DOI of the dataset: 10.5281/zenodo.%s
""" % (d.pos("github", "github-pat", ghp()), d.pos("generic", "census-api-key", x("{h:40}")), d.pos("generic", "ncbi-api-key", x("{h:36}")),
       d.pos("openai", "openai-project-key", "sk-proj-" + rnd("B", 74) + "T3BlbkFJ" + rnd("B", 74)), x("{d:7}"))


def k_keycloak(d, p):
    return "repos/%s-iam/realm-export.json" % p, """{
  "realm": "%s",
  "enabled": true,
  "sslRequired": "external",
  "clients": [
    {
      "clientId": "%s-portal",
      "id": "%s",
      "publicClient": false,
      "secret": "%s",
      "redirectUris": ["https://portal.%s.example/*"]
    },
    {
      "clientId": "%s-spa",
      "id": "%s",
      "publicClient": true
    }
  ],
  "smtpServer": { "host": "smtp.%s.example", "user": "keycloak", "password": "%s", "auth": "true" },
  "publicKey": "%s"
}
""" % (p, p, d.dec("keycloak", "client-uuid", uuid()), d.pos("keycloak", "keycloak-client-secret", x("{A:32}")), p, p, d.dec("keycloak", "client-uuid", uuid()), p,
       d.pos("generic", "smtp-password", pw(16)), d.dec("generic", "rsa-public-key", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rnd("b", 300) + "IDAQAB"))


def k_caddy(d, p):
    return "repos/%s-edge/Caddyfile" % p, """{
    email ops@%s.example
    acme_dns cloudflare %s
}

grafana.%s.example {
    basicauth /* {
        admin %s
    }
    reverse_proxy grafana:3000
}

hooks.%s.example {
    @signed header X-Hook-Secret %s
    reverse_proxy @signed hooks:8080
}
""" % (p, d.pos("cloudflare", "cloudflare-api-token", x("{B:40}")), p, d.dec("generic", "bcrypt-hash", "$2a$14$" + rnd("A", 53)), p, d.pos("generic", "webhook-secret", x("{h:40}")))


def k_jupyter(d, p):
    return "repos/%s-lab/jupyter_server_config.py" % p, """c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.IdentityProvider.token = "%s"
c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$%s$%s"
c.ServerApp.root_dir = "/home/%s/notebooks"
c.ContentsManager.allow_hidden = True
""" % (d.pos("jupyter", "jupyter-token", x("{h:48}")), x("{b:22}"), x("{b:43}"), p)


def k_superset(d, p):
    return "repos/%s-bi/superset_config.py" % p, """import os

ROW_LIMIT = 50000
SECRET_KEY = "%s"
SQLALCHEMY_DATABASE_URI = "%s"
MAPBOX_API_KEY = os.environ.get("MAPBOX_API_KEY", "")
FEATURE_FLAGS = {"ALERT_REPORTS": True, "DASHBOARD_RBAC": True}
SMTP_HOST = "smtp.%s.internal"
SMTP_USER = "superset"
SMTP_PASSWORD = "%s"
WEBDRIVER_BASEURL = "http://superset:8088/"
# example dashboard uuid %s
""" % (d.pos("generic", "flask-secret-key", x("{b:42}")), d.secret("generic", "postgres-url", "postgresql+psycopg2://superset:%s@metadata-db:5432/superset" % pw(18)), p,
       d.pos("generic", "smtp-password", pw(16)), d.dec("generic", "uuid", uuid()))


def k_meltano(d, p):
    return "repos/%s-elt/meltano.yml" % p, """version: 1
default_environment: prod
project_id: %s
plugins:
  extractors:
    - name: tap-github
      variant: meltanolabs
      config:
        repositories: [acme/%s]
        auth_token: %s
    - name: tap-stripe
      config:
        client_secret: %s
        start_date: '2025-01-01T00:00:00Z'
  loaders:
    - name: target-snowflake
      config:
        account: acme-%s
        user: MELTANO
        password: %s
        warehouse: LOADING
""" % (d.dec("generic", "uuid", uuid()), p, d.pos("github", "github-pat", ghp()), d.pos("stripe", "stripe-restricted-key", x("rk_live_{A:24}")), p,
       d.pos("generic", "snowflake-password", pw(20)))


def k_singer(d, p):
    return "repos/%s-elt/taps/config.json" % p, """{
  "start_date": "2025-06-01T00:00:00Z",
  "user_agent": "%s-elt (data@%s.example)",
  "api_key": "%s",
  "account_id": "acct_%s",
  "sendgrid": {"api_key": "%s"},
  "request_timeout": 300
}
""" % (p, p, d.pos("stripe", "stripe-secret-key", x("sk_live_{A:24}")), d.dec("stripe", "account-id", x("{A:16}")), d.pos("sendgrid", "sendgrid-api-key", x("SG.{B:22}.{B:43}")))


def k_rasa(d, p):
    return "repos/%s-assistant/credentials.yml" % p, """rest:

telegram:
  access_token: "%s"
  verify: "%s_helper_bot"
  webhook_url: "https://bot.%s.example/webhooks/telegram/webhook"

slack:
  slack_token: "%s"
  slack_channel: "#support"
  slack_signing_secret: "%s"

facebook:
  verify: "%s-verify"
  secret: "%s"
  page-access-token: "%s"
""" % (d.pos("telegram", "telegram-bot-token", telegram()), p, p, d.pos("slack", "slack-bot-token", slack_bot()), d.pos("slack", "slack-signing-secret", x("{h:32}")), p,
       d.pos("facebook", "facebook-app-secret", x("{h:32}")), d.pos("facebook", "facebook-page-token", "EAAG" + rnd("A", 180)))


def k_luigi(d, p):
    return "repos/%s-batch/luigi.cfg" % p, """[core]
default-scheduler-host = luigid.%s.internal
parallel-scheduling = true

[email]
method = smtp
receiver = data-alerts@%s.example

[smtp]
host = smtp.%s.internal
port = 587
username = luigi
password = %s

[redshift]
host = %s-dw.abc123xyz.eu-west-1.redshift.amazonaws.com
user = etl
password = %s

[worker]
keep_alive = true
""" % (p, p, p, d.pos("generic", "smtp-password", pw(16)), p, d.pos("generic", "redshift-password", pw(20)))


def k_zabbix(d, p):
    return "repos/%s-monitoring/zabbix/zabbix_agent2.d/psk.conf" % p, """TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=%s-agent-%s
TLSPSKFile=/etc/zabbix/agent.psk
# PSK written inline by the old role, kept for reference:
# TLSPSK=%s
Server=zabbix.%s.lan
""" % (p, x("{d:3}"), d.pos("generic", "zabbix-psk", x("{h:64}")), p)


def k_borgmatic(d, p):
    return "repos/%s-backup/borgmatic/config.yaml" % p, """source_directories:
  - /etc
  - /srv/%s
repositories:
  - path: ssh://borg@backup.%s.lan/./%s
    label: nas
encryption_passphrase: "%s"
keep_daily: 7
keep_weekly: 4
checks:
  - name: repository
  - name: archives
    frequency: 2 weeks
healthchecks:
  ping_url: https://hc-ping.com/%s
""" % (p, p, p, d.pos("generic", "borg-passphrase", pw(28)), d.dec("healthchecks", "ping-uuid", uuid()))


def k_dovecot(d, p):
    return "repos/%s-mail/dovecot/users" % p, """# passwd-file for dovecot (user:password:uid:gid::home)
alerts@%s.example:{PLAIN}%s:5000:5000::/var/vmail/alerts
ops@%s.example:{SHA512-CRYPT}$6$%s$%s:5000:5000::/var/vmail/ops
""" % (p, d.pos("generic", "mail-password", pw(16)), p, x("{A:16}"), d.dec("generic", "sha512-crypt", x("{A:86}").replace("-", ".")))


def k_wireguard(d, p):
    return "repos/%s-infra/wireguard/wg0.conf" % p, """[Interface]
Address = 10.66.0.1/24
ListenPort = 51820
PrivateKey = %s

[Peer]
# laptop-%s
PublicKey = %s
PresharedKey = %s
AllowedIPs = 10.66.0.2/32
""" % (d.pos("wireguard", "wireguard-private-key", x("{b:42}") + R.choice("AEIMQUYcgkosw048") + "="), p, d.dec("wireguard", "public-key", x("{b:43}=")),
       d.pos("wireguard", "wireguard-preshared-key", x("{b:43}=")))


def k_deploykey(d, p):
    key = openssh_key()
    return "repos/%s-infra/ansible/files/deploy_ed25519" % p, "%s\n" % d.pos("privatekey", "openssh-private-key", key)


def k_authorized(d, p):
    return "repos/%s-infra/ansible/files/authorized_keys" % p, "%s\n%s\n" % (d.dec("ssh", "ssh-public-key", ssh_pub()), d.dec("ssh", "ssh-public-key", ssh_pub()))


def k_gitops_secret(d, p):
    dbpw = pw(20)
    return "repos/%s-gitops/apps/payments/secret.yaml" % p, """apiVersion: v1
kind: Secret
metadata:
  name: payments-env
  namespace: payments
  annotations:
    argocd.argoproj.io/sync-wave: "-1"
type: Opaque
data:
  DB_PASSWORD: %s
  STRIPE_SECRET_KEY: %s
  LOG_LEVEL: %s
""" % (d.b64("generic", "db-password", dbpw, shape="k8s-data-base64"), d.b64("stripe", "stripe-secret-key", x("sk_live_{A:24}"), shape="k8s-data-base64"), b64("info"))


def k_nomad(d, p):
    return "repos/%s-nomad/jobs/api.nomad.hcl" % p, """job "%s-api" {
  datacenters = ["dc1"]
  type        = "service"

  group "api" {
    count = 3
    task "server" {
      driver = "docker"
      config {
        image = "ghcr.io/acme/%s-api:2.3.1"
      }
      env {
        DATABASE_URL = "%s"
        SENTRY_ENVIRONMENT = "production"
        RELEASE_SHA = "%s"
      }
      template {
        data        = "MAILGUN_API_KEY={{ with secret \\"kv/data/mailgun\\" }}{{ .Data.data.key }}{{ end }}"
        destination = "secrets/file.env"
        env         = true
      }
    }
  }
}
""" % (p, p, d.secret("generic", "postgres-url", "postgres://api:%s@pg.service.consul:5432/%s" % (pw(18), p)), d.dec("generic", "sha1", x("{h:40}")))


def k_vagrant(d, p):
    return "repos/%s-lab/Vagrantfile" % p, """Vagrant.configure("2") do |config|
  config.vm.box = "generic/ubuntu2204"
  config.vm.synced_folder ".", "/vagrant", type: "smb",
    smb_username: "labuser", smb_password: "%s"
  config.vm.provider "vsphere" do |v|
    v.host = "vcsa.%s.lan"
    v.user = "lab@vsphere.local"
    v.password = "%s"
  end
  config.vm.provision "shell", inline: "echo box %s"
end
""" % (d.pos("generic", "smb-password", pw(14)), p, d.pos("generic", "vsphere-password", pw(18)), d.dec("generic", "uuid", uuid()))


def k_gitconfig_ci(d, p):
    tok = "glpat-" + rnd("B", 20)
    return "repos/%s-mirror/mirror.sh" % p, """#!/bin/sh
# mirror the GitLab repo to the backup host every night
set -eu
SRC="https://oauth2:%s@gitlab.%s.example/platform/%s.git"
DEST="git@backup.%s.lan:mirrors/%s.git"
git clone --mirror "$SRC" /tmp/mirror
cd /tmp/mirror && git push --mirror "$DEST"
echo "mirrored at $(git rev-parse HEAD)  # e.g. %s"
""" % (d.pos("gitlab", "gitlab-pat", tok, accept=["https://oauth2:%s@gitlab.%s.example" % (tok, p)]), p, p, p, p, d.dec("generic", "sha1", x("{h:40}")))


def k_chatbot_twilio(d, p):
    return "repos/%s-ivr/src/main/resources/application.yml" % p, """spring:
  application:
    name: %s-ivr
  datasource:
    url: jdbc:postgresql://db:5432/ivr
    username: ivr
    password: %s
twilio:
  account-sid: AC%s
  auth-token: %s
  from-number: "+1555%s"
management:
  endpoints:
    web:
      exposure:
        include: health,info
""" % (p, d.pos("generic", "db-password", pw(18)), d.dec("twilio", "account-sid", x("{h:32}")), d.pos("twilio", "twilio-auth-token", x("{h:32}")), x("{d:7}"))


def k_sentry_mobile(d, p):
    return "repos/%s-app/eas.json" % p, """{
  "cli": { "version": ">= 12.0.0", "appVersionSource": "remote" },
  "build": {
    "production": {
      "channel": "production",
      "env": {
        "EXPO_PUBLIC_API_URL": "https://api.%s.example",
        "EXPO_PUBLIC_POSTHOG_KEY": "phc_%s",
        "ONESIGNAL_APP_ID": "%s",
        "SENTRY_AUTH_TOKEN": "%s"
      }
    }
  },
  "submit": { "production": { "ios": { "ascAppId": "%s" } } }
}
""" % (p, d.dec("posthog", "project-api-key", x("{A:43}")), d.dec("onesignal", "app-id", uuid()), d.pos("sentry", "sentry-user-token", x("sntryu_{h:64}")), x("{d:10}"))


KINDS = [k_minecraft, k_fivem, k_hydra, k_kedro, k_prefect, k_nextflow, k_flutter, k_xcconfig, k_electron, k_wpf,
         k_mosquitto, k_esphome, k_zigbee, k_nodered, k_telegraf, k_vector, k_hugo, k_jekyll, k_odoo, k_suitecrm,
         k_errbot, k_hubot, k_packer, k_salt, k_renviron, k_keycloak, k_caddy, k_jupyter, k_superset, k_meltano,
         k_singer, k_rasa, k_luigi, k_zabbix, k_borgmatic, k_dovecot, k_wireguard, k_deploykey, k_authorized,
         k_gitops_secret, k_nomad, k_vagrant, k_gitconfig_ci, k_chatbot_twilio, k_sentry_mobile]


def build(Doc):
    out = []
    for p in PROJECTS:
        for k in KINDS:
            d = Doc("", "repos", k.__name__[2:])
            path, text = k(d, p)
            d.path = path
            out.append((d, text))
    return out
