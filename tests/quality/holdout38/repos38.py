"""holdout38's organisation repositories: Brindle Bike Share (BBS), an invented city bike and
e-scooter sharing operator. Two city operations, Halbury (`hal`) and Wexcombe (`wex`), each with
a fleet-ops repo (Django), a docks repo (Go dock-controller gateway, Wi-Fi and MQTT) and an ops
repo (infra, CI, runbooks); head office (`hq-*`): rider app, billing, data, platform.

SITE: templates written once per city (@S@ the city code, @CITY@ its name); HQ: written once.
Tokens are holdout_gen.template_filler's («P prov format spec», «D prov kind spec», «B», «Q»).
"""

SITE = [
("repos/@S@-fleet/.env", "dotenv", """# fleet-ops (@CITY@) production, copied from the vault on 2026-02-11
DJANGO_SETTINGS_MODULE=fleet.settings.production
DJANGO_SECRET_KEY=«P django secret_key tok32»
DATABASE_URL=postgres://fleet:«P postgres password urlgen»@db.@S@.bbs.internal:5432/fleet
REDIS_URL=redis://:«P redis password urlgenpw»@cache.@S@.bbs.internal:6379/0
SENTRY_DSN=https://«D sentry dsn_public_key hex32»@o44120.ingest.sentry.io/5512
MAPBOX_TOKEN=«D mapbox public_key mapbox_pk»
TWILIO_ACCOUNT_SID=«D twilio account_sid twilio_sid»
TWILIO_AUTH_TOKEN=«P twilio auth_token twilio_token»
"""),
("repos/@S@-fleet/.env.example", "dotenv_example", """DJANGO_SECRET_KEY=«D django placeholder lit|change-me-to-a-long-random-string»
DATABASE_URL=postgres://fleet:«D postgres placeholder lit|<password>»@localhost:5432/fleet
REDIS_URL=redis://localhost:6379/0
TWILIO_ACCOUNT_SID=«D twilio docs_example lit|ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX»
TWILIO_AUTH_TOKEN=«D twilio placeholder lit|your_auth_token»
STRIPE_SECRET_KEY=«D stripe placeholder lit|sk_live_****************************»
"""),
("repos/@S@-fleet/fleet/settings/production.py", "django_settings", """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["fleet.@S@.brindle-bikes.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "fleet",
        "USER": "fleet_app",
        "PASSWORD": "«P postgres password gen»",
        "HOST": "db.@S@.bbs.internal",
    }
}

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "«P sendgrid api_key sendgrid»"

# rebalancing van telematics
TELEMATICS_API_KEY = "«P generic api_key tok32»"
STATIC_ROOT = "/srv/static"
FILE_UPLOAD_PERMISSIONS = 0o644
"""),
("repos/@S@-fleet/docker-compose.yml", "compose", """services:
  db:
    image: postgres:16@«D docker image_digest digest»
    environment:
      POSTGRES_USER: fleet
      POSTGRES_PASSWORD: «P postgres password gen»
  mqtt:
    image: eclipse-mosquitto:2
    volumes: ["./mosquitto:/mosquitto/config"]
  rabbit:
    image: rabbitmq:3-management
    environment:
      - RABBITMQ_DEFAULT_USER=fleet
      - RABBITMQ_DEFAULT_PASS=«P rabbitmq password gen»
  grafana:
    image: grafana/grafana:11.2.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: "«P grafana admin_password human»"
"""),
("repos/@S@-fleet/docker-compose.ci.yml", "compose_ci", """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: «D postgres ci_default lit|postgres»
  app:
    build: .
    environment:
      DATABASE_URL: postgres://postgres:«D postgres ci_default lit|postgres»@db:5432/test
      DJANGO_SECRET_KEY: ${DJANGO_SECRET_KEY}
      STRIPE_SECRET_KEY: «D stripe test_key sk_test»
"""),
("repos/@S@-fleet/k8s/deployment.yaml", "k8s_env", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: fleet-api
  namespace: fleet-@S@
  annotations:
    brindle.bike/git-commit: «D git commit_sha sha1»
spec:
  template:
    spec:
      containers:
        - name: api
          image: registry.bbs.internal/fleet-api:2026.11.3
          env:
            - name: DATABASE_PASSWORD
              value: "«P postgres password gen»"
            - name: MQTT_PASSWORD
              value: «P mosquitto password mqtt_pw»
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: stripe, key: secret}
"""),
("repos/@S@-fleet/charts/fleet/values-prod.yaml", "helm_values", """replicaCount: 3
image:
  tag: 2026.11.3
postgresql:
  auth:
    username: fleet
    password: «P postgres password gen»
    postgresPassword: «P postgres password genpw»
externalApis:
  weather:
    apiKey: «P openweathermap api_key hex32»
  slack:
    webhookUrl: «P slack webhook_url slack_hook»
"""),
("repos/@S@-fleet/charts/fleet/values.yaml", "helm_defaults", """postgresql:
  auth:
    username: fleet
    password: «D postgres placeholder lit|changeme»
externalApis:
  weather:
    apiKey: ""
  slack:
    webhookUrl: «D slack placeholder lit|https://hooks.slack.com/services/XXX/YYY/ZZZ»
"""),
("repos/@S@-ops/terraform/prod.tfvars", "tfvars", """region          = "eu-west-2"
ami_id          = "«D aws ami_id ami»"
db_master_password = "«P aws rds_master_password gen»"
datadog_api_key = "«P datadog api_key datadog_api»"
datadog_app_key = "«P datadog app_key datadog_app»"
kiosk_vpn_psk   = "«P strongswan psk genpw»"
"""),
("repos/@S@-ops/terraform/main.tf", "terraform", """provider "aws" {
  region     = var.region
  access_key = "«P aws access_key_id aws_id»"
  secret_key = "«P aws secret_access_key aws_secret»"
}

resource "aws_kms_key" "fleet" {
  description = "fleet-@S@ data key"
}

data "aws_kms_alias" "ebs" {
  name = "alias/aws/ebs"
}

output "kms_arn" {
  value = "arn:aws:kms:eu-west-2:«D aws account_id digits12»:key/«D aws key_uuid uuid»"
}
"""),
("repos/@S@-ops/.github/workflows/deploy.yml", "gha", """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
      HELM_REPO_PASSWORD: «P chartmuseum password gen»
    steps:
      - uses: actions/checkout@«D github commit_sha sha1»
      - run: helm repo add bbs https://charts.bbs.internal --username ci --password "$HELM_REPO_PASSWORD"
      - run: curl -fsS -X POST "https://api.cloudflare.com/client/v4/zones/«D cloudflare zone_id cf_zone»/purge_cache" -H "Authorization: Bearer «P cloudflare api_token cf_token»" --data '{"purge_everything":true}'
"""),
("repos/@S@-ops/.gitlab-ci.yml", "gitlab_ci", """stages: [build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  SONAR_TOKEN: «P sonarqube user_token squ»

deploy_docks:
  stage: deploy
  script:
    - curl -X POST -F token=«P gitlab pipeline_trigger_token gltrig» -F ref=main https://gitlab.bbs.internal/api/v4/projects/42/trigger/pipeline
"""),
("repos/@S@-ops/Jenkinsfile", "jenkinsfile", """pipeline {
  agent { label 'depot' }
  stages {
    stage('Flash docks') {
      steps {
        sh "sshpass -p '«P ssh password human»' scp build/dockfw.bin flash@dockhub.@S@.bbs.internal:/srv/fw/"
        sh 'curl -u deploy:«P nexus password genpw» -T build/dockfw.bin https://nexus.bbs.internal/repository/fw/'
        withCredentials([string(credentialsId: 'slack-token', variable: 'SLACK')]) {
          sh 'echo done'
        }
      }
    }
  }
}
"""),
("repos/@S@-ops/runbooks/dock-outage.md", "runbook", """# Dock outage runbook (@CITY@)

1. Check the gateway: `ssh ops@dockhub.@S@.bbs.internal` (password in 1Password, "Dock hub @CITY@").
2. If the MQTT broker is down, restart it. The broker admin login is `admin` / `«P mosquitto password human»`
   (temporary until we move it to Vault — FLEET-812).
3. Dock controllers join the `BBS-DOCKS` Wi-Fi; the WPA2 key is «P wifi psk human».
4. Never paste the Stripe key in the channel; the bcrypt hash in the docs (`«D generic bcrypt_hash bcrypt»`)
   is the kiosk PIN hash, not a password.
"""),
("repos/@S@-ops/notes/slack-export-ops.json", "chat_export", """[
  {"user": "U04QX7D2B", "ts": "1733221145.000200", "text": "anyone have the grafana admin pw for @S@?"},
  {"user": "U03MR1TLK", "ts": "1733221190.000300", "text": "it's «P grafana admin_password human» -- change it after"},
  {"user": "U04QX7D2B", "ts": "1733221230.000400", "text": "thx. also the new PagerDuty integration key is «P pagerduty integration_key pd_key»"},
  {"user": "U03MR1TLK", "ts": "1733221301.000500", "text": "request id «D pagerduty request_id uuid» if support asks"}
]
"""),
("repos/@S@-docks/gateway/mqtt.go", "go_source", """package gateway

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func connect() mqtt.Client {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.@S@.bbs.internal:8883")
	opts.SetUsername("dock-gw")
	opts.SetPassword("«P mosquitto password mqtt_pw»")
	opts.SetClientID("gw-@S@-01")
	return mqtt.NewClient(opts)
}
"""),
("repos/@S@-docks/firmware/src/secrets.rs", "rust_const", """// Dock controller firmware: provisioning constants
pub const WIFI_SSID: &str = "BBS-DOCKS";
pub const WIFI_PSK: &str = "«P wifi psk genpw»";
pub const OTA_SIGNING_PUBKEY: &str = "«D ed25519 public_key sha256»";
pub const TELEMETRY_TOKEN: &str = "«P generic api_token tok32»";
"""),
("repos/@S@-docks/provision/wpa_supplicant.conf", "wpa_supplicant", """ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="BBS-DOCKS"
    psk="«P wifi psk human»"
    key_mgmt=WPA-PSK
}
"""),
("repos/@S@-docks/provision/netplan-kiosk.yaml", "netplan", """network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "BBS-KIOSK":
          password: "«P wifi psk gen»"
"""),
("repos/@S@-docks/systemd/dock-gw.service", "systemd", """[Unit]
Description=Dock gateway
After=network-online.target

[Service]
Environment=MQTT_USER=dock-gw
Environment=MQTT_PASSWORD=«P mosquitto password gen»
Environment="INFLUX_TOKEN=«P influxdb api_token influx»"
ExecStart=/usr/local/bin/dock-gw
Restart=always

[Install]
WantedBy=multi-user.target
"""),
("repos/@S@-docks/mosquitto/passwd", "mosquitto_passwd", """dock-gw:«D mosquitto pbkdf2_hash mosq_hash»
grafana:«D mosquitto pbkdf2_hash mosq_hash»
"""),
("repos/@S@-docks/data/docks.csv", "csv", """dock_id,station,firmware_sha1,sim_iccid,maintenance_pin
D-@S@-0001,Market Square,«D generic firmware_sha1 sha1»,8944100000000000001,«D generic pin lit|4821»
D-@S@-0002,Riverside,«D generic firmware_sha1 sha1»,8944100000000000002,«D generic pin lit|9930»
"""),
("repos/@S@-ops/backup/pg_backup.sh", "shell_script", """#!/bin/bash
set -euo pipefail
export PGPASSWORD='«P postgres password gen»'
pg_dump -h db.@S@.bbs.internal -U fleet fleet | gzip > /backup/fleet-$(date +%F).sql.gz
mysqldump -u wp -p'«P mysql password human»' wordpress > /backup/site.sql
export RESTIC_PASSWORD="«P restic password genpw»"
restic -r s3:s3.eu-west-2.amazonaws.com/bbs-backup-@S@ backup /backup
"""),
("repos/@S@-ops/notes/.bash_history", "shell_history", """kubectl -n fleet-@S@ get pods
psql postgresql://fleet:«P postgres password urlhuman»@db.@S@.bbs.internal/fleet
redis-cli -h cache.@S@.bbs.internal -a '«P redis password genpw»' INFO
git log --oneline | head
vault login «P vault service_token vault»
export GITHUB_TOKEN=«P github personal_access_token ghp»
docker login -u bbsdeploy -p «P dockerhub personal_access_token dckr» 
"""),
("repos/@S@-ops/haproxy/haproxy.cfg", "haproxy", """listen stats
    bind *:8404
    stats enable
    stats uri /stats
    stats auth admin:«P haproxy password tok32»
"""),
("repos/@S@-ops/monitoring/alertmanager.yml", "alertmanager", """global:
  smtp_smarthost: smtp.office365.com:587
  smtp_from: alerts@brindle-bikes.example
  smtp_auth_username: alerts@brindle-bikes.example
  smtp_auth_password: «P office365 smtp_password tok32»
  slack_api_url: «P slack webhook_url slack_hook»
receivers:
  - name: pager
    pagerduty_configs:
      - routing_key: «P pagerduty integration_key pd_key»
"""),
("repos/@S@-ops/monitoring/prometheus.yml", "prometheus", """scrape_configs:
  - job_name: docks
    basic_auth:
      username: prom
      password: «P prometheus password gen»
    static_configs:
      - targets: ['dockhub.@S@.bbs.internal:9100']
"""),
("repos/@S@-ops/.netrc", "netrc", """machine gitlab.bbs.internal
  login ci-bot
  password «P gitlab personal_access_token glpat»
"""),
("repos/@S@-ops/.git-credentials", "git_credentials", """https://ops-@S@:«P github personal_access_token ghp»@github.com
"""),
("repos/@S@-ops/README.md", "readme", """# @CITY@ ops

Copy `.env.example` to `.env` and set `DJANGO_SECRET_KEY=<generate one>` and
`DATABASE_URL=postgres://fleet:«D postgres placeholder lit|YOUR_PASSWORD»@localhost/fleet`.
The dashboard password rotates monthly; never commit it. Example token format: `«D github docs_example lit|ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»`.
"""),
("repos/@S@-fleet/fleet/fixtures/seed.sql", "sql_dump", """INSERT INTO auth_user (id, username, password, is_staff) VALUES
 (1, 'ops', '«D django pbkdf2_hash django_hash»', true),
 (2, 'kiosk', '«D generic bcrypt_hash bcrypt»', false);
INSERT INTO integrations (name, api_key) VALUES ('weather', '«P openweathermap api_key hex32»');
"""),
("repos/@S@-fleet/notebooks/ridership.ipynb", "notebook", """{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import snowflake.connector\\n", "conn = snowflake.connector.connect(\\n", "    user='ANALYST_@S@',\\n", "    password='«P snowflake password tok32»',\\n", "    account='bbs-eu1')\\n"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
   "source": ["gmaps = googlemaps.Client(key='«P google api_key gcp_key»')\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5
}
"""),
("repos/@S@-fleet/fleet/payments/stripe_client.rb", "ruby_source", """require "stripe"

# live key below, test key for the staging kiosk
Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY", "«P stripe secret_key sk_live»")
STAGING_KEY = "«D stripe test_key sk_test»"
"""),
("repos/@S@-fleet/tickets/FLEET-1187.eml", "email", """From: maria.okafor@brindle-bikes.example
To: it-helpdesk@brindle-bikes.example
Subject: Re: FLEET-1187 van tablet cannot sync

Hi, I reset the tablet's account. New login for the rebalancing app:
  user: van07.@S@
  password: «P generic password human»
Ticket id «D generic ticket_id uuid». Please change it at first login.
"""),
("repos/@S@-ops/crontab", "crontab", """# m h dom mon dow command
15 2 * * * PGPASSWORD=«P postgres password tok32» /usr/local/bin/vacuum-fleet.sh
*/5 * * * * curl -fsS https://hc-ping.com/«D healthchecks check_uuid uuid» >/dev/null
"""),
]

HQ = [
("repos/hq-rider-app/.npmrc", "npmrc", """@brindle:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«P github personal_access_token ghp»
//registry.npmjs.org/:_authToken=«P npm access_token npm»
"""),
("repos/hq-rider-app/.yarnrc.yml", "yarnrc", """nodeLinker: node-modules
npmScopes:
  brindle:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAuthToken: "«P github personal_access_token ghp»"
"""),
("repos/hq-rider-app/src/api/payments.ts", "ts_source", """import Stripe from "stripe";
import axios from "axios";

const stripe = new Stripe("«P stripe secret_key sk_live»", { apiVersion: "2024-06-20" });
export const publishable = "«D stripe public_key pk_live»";

export const maps = axios.create({
  baseURL: "https://api.mapbox.com",
  params: { access_token: "«P mapbox secret_token mapbox_sk»" },
});
"""),
("repos/hq-rider-app/android/app/google-services.json", "firebase_config", """{
  "project_info": {"project_number": "«D google project_number digits12»", "project_id": "brindle-rider"},
  "client": [{"api_key": [{"current_key": "«D google firebase_api_key gcp_key»"}],
              "oauth_client": [{"client_id": "«D google client_id lit|80231577713-5k2d0pmh7ka1s9b0r5jdf0vqn4a3e2st.apps.googleusercontent.com»"}]}]
}
"""),
("repos/hq-rider-app/android/gradle.properties", "gradle_properties", """org.gradle.jvmargs=-Xmx4g
RELEASE_STORE_PASSWORD=«P android keystore_password human»
RELEASE_KEY_PASSWORD=«P android keystore_password genpw»
mapboxDownloadsToken=«P mapbox secret_token mapbox_sk»
"""),
("repos/hq-rider-app/ios/fastlane/.env", "fastlane_env", """FASTLANE_USER=mobile@brindle-bikes.example
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«P apple app_specific_password apple_asp»
MATCH_PASSWORD=«P fastlane match_password human»
"""),
("repos/hq-rider-app/ios/Rider/Config.swift", "swift_source", """import Foundation

enum Config {
    static let apiBase = URL(string: "https://api.brindle-bikes.example")!
    static let segmentWriteKey = "«D segment write_key tok32»"
    static let sentryDsn = "https://«D sentry dsn_public_key hex32»@o44120.ingest.sentry.io/5513"
    static let onesignalAppId = "«D onesignal app_id onesignal_app»"
}
"""),
("repos/hq-rider-app/android/app/src/main/java/bike/brindle/rider/net/Api.kt", "kotlin_source", """package bike.brindle.rider.net

import okhttp3.Interceptor

val auth = Interceptor { chain ->
    chain.proceed(chain.request().newBuilder()
        .header("X-Api-Key", "«P generic api_key tok32»")
        .build())
}
"""),
("repos/hq-billing/src/main/resources/application-prod.yml", "spring", """spring:
  datasource:
    url: jdbc:postgresql://billing-db.bbs.internal:5432/billing
    username: billing
    password: «P postgres password gen»
  rabbitmq:
    host: mq.bbs.internal
    password: '«P rabbitmq password genpw»'
stripe:
  secret-key: «P stripe secret_key sk_live»
  webhook-secret: «P stripe webhook_secret whsec»
  publishable-key: «D stripe public_key pk_live»
"""),
("repos/hq-billing/src/main/java/bike/brindle/billing/Gocardless.java", "java_source", """package bike.brindle.billing;

import java.net.http.HttpRequest;
import java.net.URI;

class Gocardless {
    HttpRequest mandates() {
        return HttpRequest.newBuilder(URI.create("https://api.gocardless.com/mandates"))
            .header("Authorization", "Bearer «P gocardless access_token gc_live»")
            .header("GoCardless-Version", "2015-07-06")
            .build();
    }
}
"""),
("repos/hq-billing/settings.xml", "maven_settings", """<settings>
  <servers>
    <server>
      <id>bbs-releases</id>
      <username>deployer</username>
      <password>«P nexus password gen»</password>
    </server>
  </servers>
</settings>
"""),
("repos/hq-billing/dotnet/appsettings.Production.json", "appsettings", """{
  "ConnectionStrings": {
    "Ledger": "Server=ledger.bbs.internal;Database=ledger;User Id=ledger_app;Password=«P mssql password gen»;Encrypt=true"
  },
  "AzureAd": {
    "TenantId": "«D azure tenant_id uuid»",
    "ClientId": "«D azure client_id uuid»",
    "ClientSecret": "«P azure client_secret az_secret»"
  },
  "Logging": {"LogLevel": {"Default": "Warning"}}
}
"""),
("repos/hq-billing/dotnet/nuget.config", "nuget_config", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSourceCredentials>
    <bbs>
      <add key="Username" value="ci" />
      <add key="ClearTextPassword" value="«P azure_devops personal_access_token ado_pat»" />
    </bbs>
  </packageSourceCredentials>
</configuration>
"""),
("repos/hq-web/wp-config.php", "wordpress", """<?php
define( 'DB_NAME', 'bbs_site' );
define( 'DB_USER', 'bbs_wp' );
define( 'DB_PASSWORD', '«P mysql password human»' );
define( 'DB_HOST', 'mysql.bbs.internal' );
define( 'AUTH_KEY',         '«P wordpress auth_key wp_salt»' );
define( 'NONCE_SALT',       'put your unique phrase here' );
"""),
("repos/hq-web/.env", "laravel_env", """APP_NAME="Brindle Partners"
APP_ENV=production
APP_KEY=base64:«P laravel app_key b64_32»
DB_PASSWORD=«P mysql password genpw»
PUSHER_APP_ID=«D pusher app_id digits6»
PUSHER_APP_KEY=«D pusher app_key pusher_key»
PUSHER_APP_SECRET=«P pusher app_secret pusher_secret»
MAIL_PASSWORD=«P mailgun smtp_password genpw»
"""),
("repos/hq-web/public/index.html", "html", """<!doctype html>
<html><head>
<meta name="google-site-verification" content="«D google site_verification tok32»">
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.min.js" integrity="«D jsdelivr sri_hash sri»" crossorigin="anonymous"></script>
<script>Stripe("«D stripe public_key pk_live»");</script>
</head><body><p>Forgot your password? Reset it from the app.</p></body></html>
"""),
("repos/hq-web/lang/de.json", "i18n", """{
  "password": "«D i18n i18n_string lit|Passwort»",
  "password_hint": "Ihr Passwort muss mindestens 12 Zeichen lang sein",
  "api_key_label": "«D i18n i18n_string lit|API-Schlüssel eingeben»"
}
"""),
("repos/hq-data/profiles.yml", "dbt_profiles", """bbs:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: bbs-eu1
      user: DBT_PROD
      password: "«P snowflake password gen»"
      role: TRANSFORMER
    dev:
      type: postgres
      host: localhost
      user: dbt
      password: «D postgres dev_default lit|password»
"""),
("repos/hq-data/dags/ridership_export.py", "airflow_dag", """from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator

with DAG("ridership_export", schedule="@daily") as dag:
    HttpOperator(
        task_id="push_to_city",
        http_conn_id="city_portal",
        endpoint="/api/v2/ridership",
        headers={"Authorization": "Token «P generic api_token tok32»"},
    )
"""),
("repos/hq-data/notebooks/churn.ipynb", "notebook", """{
 "cells": [
  {"cell_type": "code", "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["model=gpt-4o-mini tokens=1832\\n"]}],
   "source": ["from openai import OpenAI\\n", "client = OpenAI(api_key=\\"«P openai project_key openai»\\")\\n"]},
  {"cell_type": "code", "metadata": {}, "outputs": [],
   "source": ["import os\\n", "os.environ['ANTHROPIC_API_KEY'] = '«P anthropic api_key anthropic»'\\n", "os.environ['HF_TOKEN'] = '«P huggingface token hf»'\\n"]}
 ],
 "nbformat": 4, "nbformat_minor": 5
}
"""),
("repos/hq-data/.pypirc", "pypirc", """[distutils]
index-servers = pypi internal

[pypi]
username = __token__
password = «P pypi upload_token pypi»

[internal]
repository = https://nexus.bbs.internal/repository/pypi-internal/
username = data-ci
password = «P nexus password human»
"""),
("repos/hq-data/pip.conf", "pip_conf", """[global]
index-url = https://data-ci:«P nexus password urlgenpw»@nexus.bbs.internal/repository/pypi-all/simple
"""),
("repos/hq-platform/kubeconfig-ci.yaml", "kubeconfig", """apiVersion: v1
kind: Config
clusters:
  - name: bbs-prod
    cluster:
      server: https://k8s.bbs.internal:6443
      certificate-authority-data: «D kubernetes ca_data lit|LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJME1EVXhNekE1TXpneE1Gb1hEVE0wTURVeE1UQTVNemd4TUZvd0ZURVRNQkVHQTFVRQ==»
users:
  - name: deployer
    user:
      token: «P kubernetes service_account_token jwt_sa»
contexts:
  - name: prod
    context: {cluster: bbs-prod, user: deployer}
current-context: prod
"""),
("repos/hq-platform/ansible/group_vars/all/main.yml", "ansible_vars", """ntp_servers: [0.uk.pool.ntp.org]
grafana_admin_password: "«P grafana admin_password human»"
vault_unseal_note: see 1Password
db_root_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  «D ansible vault_ciphertext lit|62313365396662343061393464336163383764373764613633653634306231386433626436623361»
"""),
("repos/hq-platform/circleci/config.yml", "circleci", """version: 2.1
jobs:
  publish:
    docker:
      - image: cimg/node:20.11
        auth:
          username: bbsdeploy
          password: «P dockerhub personal_access_token dckr»
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
"""),
("repos/hq-platform/bitbucket-pipelines.yml", "bitbucket_pipelines", """pipelines:
  branches:
    main:
      - step:
          script:
            - pipe: atlassian/aws-s3-deploy:1.1.0
              variables:
                AWS_ACCESS_KEY_ID: «P aws access_key_id aws_id»
                AWS_SECRET_ACCESS_KEY: «P aws secret_access_key aws_secret»
                S3_BUCKET: bbs-marketing-site
"""),
("repos/hq-platform/azure-pipelines.yml", "azure_pipelines", """trigger: [main]
variables:
  sonarToken: $(SONAR_TOKEN)
  registryPassword: «P acr password gen»
steps:
  - script: docker login bbsregistry.azurecr.io -u bbsregistry -p $(registryPassword)
"""),
("repos/hq-platform/cloudflare/main.tf", "terraform", """provider "cloudflare" {
  api_token = "«P cloudflare api_token cf_token»"
}

resource "cloudflare_record" "app" {
  zone_id = "«D cloudflare zone_id cf_zone»"
  name    = "app"
  type    = "CNAME"
  value   = "rider.brindle-bikes.example"
}
"""),
("repos/hq-platform/logstash/pipeline.conf", "logstash", """output {
  elasticsearch {
    hosts => ["https://es.bbs.internal:9200"]
    user => "logstash_writer"
    password => "«P elasticsearch password gen»"
  }
}
"""),
("repos/hq-platform/redis/redis.conf", "redis_conf", """bind 0.0.0.0
port 6379
requirepass «P redis password genpw»
masterauth «P redis password genpw»
"""),
("repos/hq-platform/rclone.conf", "rclone", """[b2-archive]
type = b2
account = «D backblaze key_id lit|0031a2b3c4d5e6f0000000004»
key = «P backblaze application_key b2_key»
"""),
("repos/hq-platform/.s3cfg", "s3cfg", """[default]
access_key = «P aws access_key_id aws_id»
secret_key = «P aws secret_access_key aws_secret»
host_base = s3.eu-west-2.amazonaws.com
"""),
("repos/hq-platform/CHANGELOG.md", "changelog", """## 2026.11.3
* «D git commit_sha sha1» rotate the dock MQTT password (the old one leaked into a ticket)
* «D git commit_sha sha1» move the Stripe key to Vault; `sk_live_...` no longer in the repo
"""),
("repos/hq-platform/authorized_keys", "authorized_keys", """«D ssh public_key ssh_pub» ops@hal
«D ssh public_key ssh_pub» ops@wex
"""),
("repos/hq-it/passwords-export.csv", "password_manager_csv", """name,url,username,password,totp
Grafana HQ,https://grafana.bbs.internal,admin,«P grafana admin_password human»,
Office365 admin,https://admin.microsoft.com,it-admin@brindle-bikes.example,«P office365 password genpw»,otpauth://totp/O365?secret=«P office365 totp_seed totp»
Router HQ,https://192.168.10.1,admin,«P generic password human»,
"""),
("repos/hq-it/tickets/IT-2291.md", "ticket", """**IT-2291 — Depot printer scan-to-email broken**

Reporter: Tom Ridley (Wexcombe depot)

The printer's SMTP password expired. I set a new app password for scanner@brindle-bikes.example:
`«P office365 app_password o365_app»` — please store it in the vault and close this.
Hash of the old one for the audit: «D generic sha256_hash sha256»
"""),
("repos/hq-it/chat/teams-it-channel.txt", "chat_export", """[09:12] Priya Natarajan: can someone send me the wifi password for the Halbury depot guest network?
[09:13] Ola Svensson: BBS-Guest / «P wifi psk human»
[09:14] Priya Natarajan: thanks! and the password policy says min 12 chars, right?
[09:15] Ola Svensson: yes, and rotate every 90 days. Don't reuse «D generic prose lit|your password» anywhere.
"""),
("repos/hq-it/onboarding/welcome-email.txt", "email", """Welcome to Brindle!

Your temporary password for the HR portal is: «P generic password human»
You will be asked to change it at first login. Your employee id is «D generic employee_id digits6».
"""),
("repos/hq-it/scripts/New-DepotUser.ps1", "powershell", """$pw = ConvertTo-SecureString '«P generic password genpw»' -AsPlainText -Force
New-ADUser -Name "van.driver" -AccountPassword $pw -Enabled $true
$cred = New-Object System.Management.Automation.PSCredential('BBS\\svc-print', (ConvertTo-SecureString "«P generic password human»" -AsPlainText -Force))
"""),
("repos/hq-it/ConsoleHost_history.txt", "ps_history", """Get-ADUser -Filter * | Measure-Object
net use Z: \\\\files.bbs.internal\\finance /user:BBS\\j.hart «P generic password human»
cmdkey /generic:bbs-sql /user:sa /pass:«P mssql password genpw»
"""),
("repos/hq-it/vendor-docs/key-formats.md", "docs_examples", """# Key formats (vendor docs, for the security training)

* AWS example id: «D aws docs_example lit|AKIAIOSFODNN7EXAMPLE», secret «D aws docs_example lit|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»
* Stripe test key (safe to share): «D stripe test_key sk_test»
* A masked live key as shown in the dashboard: «D stripe masked lit|sk_live_****************************4xQz»
* GitHub token format: «D github docs_example lit|ghp_16C7e42F292c6912E7710c838347Ae178B4a»
"""),
]

HQ += [
("repos/hq-rider-app/.vscode/launch.json", "vscode_launch", """{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node", "request": "launch", "name": "api (prod data)",
      "program": "${workspaceFolder}/src/server.ts",
      "env": {
        "STRIPE_SECRET_KEY": "«P stripe secret_key sk_live»",
        "DATABASE_URL": "postgres://rider:«P postgres password urlgen»@rider-db.bbs.internal:5432/rider",
        "SESSION_SECRET": "${env:SESSION_SECRET}"
      }
    }
  ]
}
"""),
("repos/hq-billing/serverless.yml", "serverless", """service: billing-webhooks
provider:
  name: aws
  runtime: nodejs20.x
  environment:
    TWILIO_ACCOUNT_SID: «D twilio account_sid twilio_sid»
    TWILIO_AUTH_TOKEN: «P twilio auth_token twilio_token»
    STRIPE_WEBHOOK_SECRET: «P stripe webhook_secret whsec»
    SENTRY_DSN: ${ssm:/billing/sentry-dsn}
"""),
("repos/hq-platform/argocd/repo-secret.yaml", "k8s_stringdata", """apiVersion: v1
kind: Secret
metadata:
  name: repo-dock-fw
  labels: {argocd.argoproj.io/secret-type: repository}
stringData:
  url: https://github.com/brindle/dock-fw
  username: argocd
  password: «P github fine_grained_pat github_pat»
"""),
("repos/hq-data/metabase.env", "dotenv", """MB_DB_TYPE=postgres
MB_DB_USER=metabase
MB_DB_PASS=«P postgres password gen»
MB_ENCRYPTION_SECRET_KEY=«P metabase encryption_key tok32»
"""),
("repos/hq-platform/grafana/grafana.ini", "grafana_ini", """[security]
admin_user = admin
admin_password = «P grafana admin_password gen»
secret_key = «D grafana vendor_default lit|SW2YcwTIb9zpOOhoPsMm»

[smtp]
enabled = true
password = «P sendgrid api_key sendgrid»
"""),
("repos/hq-platform/rabbitmq/rabbitmq.conf", "rabbitmq_conf", """default_user = bbs-admin
default_pass = «P rabbitmq password human»
# dev broker on laptops: guest / «D rabbitmq dev_default lit|guest»
"""),
("repos/hq-web/auth.json", "composer_auth", """{
  "http-basic": {
    "repo.packagist.com": {"username": "token", "password": "«P packagist org_token packagist»"}
  },
  "github-oauth": {"github.com": "«P github oauth_token gho»"}
}
"""),
("repos/hq-rider-app/.cargo/credentials.toml", "cargo_credentials", """[registry]
token = "«P cratesio api_token cio»"
"""),
("repos/hq-it/runbooks/laptop-rebuild.md", "runbook", """# Laptop rebuild

Join the domain with the helper account (`BBS\\\\svc-join`, password «P generic password human», rotate after the wave of rebuilds).
BitLocker recovery keys live in Entra ID, not here. The local admin password is set by LAPS: do not write it in tickets.
Example of what NOT to do: `password: hunter2` («D generic prose lit|hunter2» is the meme, not ours).
"""),
]
