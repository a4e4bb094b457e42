"""holdout37's organisation: Thornbury Glasshouses (TBG), an invented commercial greenhouse grower
(tomatoes, peppers, herb seedlings). Two sites — Ashcombe glasshouse (`ash`) and Selworth
propagation nursery (`sel`) — each with the same repositories (climate control API, irrigation
controller, orders shop, ops), plus head-office files. Paths: repos/<site>-<repo>/..., repos/hq-*/...

SITE templates are written once per site (⟨site⟩, ⟨Site⟩ replaced); HQ templates once."""

SITE = [
    ("climate-api/.env", "env", """# climate-api production settings (⟨Site⟩)
DJANGO_SETTINGS_MODULE=climate.settings.production
DJANGO_SECRET_KEY=«P django secret_key @django»
DATABASE_URL=«P postgres password url=postgres://climate:genu@db.⟨site⟩.tbg.internal:5432/climate»
REDIS_URL=redis://cache.⟨site⟩.tbg.internal:6379/0
SENDGRID_API_KEY=«P sendgrid api_key @sendgrid»
SENTRY_ENVIRONMENT=production
ALLOWED_HOSTS=climate.⟨site⟩.tbg.internal,localhost
"""),
    ("climate-api/.env.example", "env", """# copy to .env and fill in; never commit the real one
DJANGO_SECRET_KEY=«D django placeholder =change-me-to-a-long-random-string»
DATABASE_URL=postgres://climate:«D postgres placeholder =<password>»@localhost:5432/climate
SENDGRID_API_KEY=«D sendgrid placeholder =SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
OPENWEATHER_KEY=«D openweathermap placeholder =your-openweathermap-key»
"""),
    ("climate-api/climate/settings/production.py", "python_settings", """from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "«P django secret_key @django»")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "climate",
        "USER": "climate_app",
        "PASSWORD": "«P generic password gen»",
        "HOST": "db.⟨site⟩.tbg.internal",
        "PORT": 5432,
    }
}

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ["SENDGRID_API_KEY"]
PASSWORD_RESET_TIMEOUT = 3600  # seconds the password reset link stays valid
"""),
    ("climate-api/docker-compose.yml", "docker_compose", """services:
  db:
    image: postgres:16.4@«D docker image_digest @digest»
    environment:
      POSTGRES_USER: climate
      POSTGRES_PASSWORD: «P generic password gen»
      POSTGRES_DB: climate
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: «P influxdb password gen»
      DOCKER_INFLUXDB_INIT_ORG: thornbury
      DOCKER_INFLUXDB_INIT_BUCKET: climate_⟨site⟩
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «P influxdb api_token @influx»
  grafana:
    image: grafana/grafana:11.2.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: «P grafana password gen»
      GF_SERVER_ROOT_URL: https://grafana.⟨site⟩.tbg.internal
  mqtt:
    image: eclipse-mosquitto:2
    volumes:
      - ./mosquitto/passwd:/mosquitto/config/passwd:ro
"""),
    ("climate-api/docker-compose.ci.yml", "docker_compose", """services:
  db:
    image: postgres:16.4
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: «D generic ci_default =postgres»
  app:
    build: .
    environment:
      DJANGO_SECRET_KEY: «D django ci_default =django-insecure-ci-only-not-for-production»
      DATABASE_URL: ${DATABASE_URL}
      SENDGRID_API_KEY: «D sendgrid reference =${SENDGRID_API_KEY}»
"""),
    ("climate-api/k8s/deployment.yaml", "k8s_env", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: climate-api
  namespace: ⟨site⟩
  annotations:
    tbg.internal/git-sha: "«D git commit_sha @sha1»"
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: api
          image: registry.tbg.internal/climate-api:2.14.1
          env:
            - name: DATABASE_PASSWORD
              value: "«P generic password gen»"
            - name: MQTT_PASSWORD
              value: «P generic password gen»
            - name: OPENWEATHER_API_KEY
              value: «P openweathermap api_key @hexs32»
            - name: DJANGO_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: climate-api
                  key: django-secret-key
"""),
    ("climate-api/helm/values-prod.yaml", "helm_values", """image:
  repository: registry.tbg.internal/climate-api
  tag: 2.14.1
postgresql:
  auth:
    username: climate
    password: «P generic password gen»
    postgresPassword: «P generic password gen»
redis:
  auth:
    password: «P generic password gen»
ingress:
  host: climate.⟨site⟩.tbg.internal
slack:
  webhookUrl: «P slack webhook_url @slack_hook»
"""),
    ("climate-api/helm/values.yaml", "helm_values", """image:
  repository: registry.tbg.internal/climate-api
  tag: latest
postgresql:
  auth:
    username: climate
    password: ""
    existingSecret: «D generic reference =climate-db-credentials»
redis:
  auth:
    password: «D generic placeholder =changeme»
slack:
  webhookUrl: «D slack placeholder =https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX»
"""),
    ("infra/terraform/prod.tfvars", "tfvars", """site            = "⟨site⟩"
db_password     = "«P generic password gen»"
vpn_psk         = "«P generic preshared_key genpw»"
datadog_api_key = "«P datadog api_key @dd_api»"
datadog_app_key = "«P datadog app_key @dd_app»"
ami_id          = "«D aws ami_id =ami-0c2b8ca1dad447f8a»"
"""),
    ("infra/terraform/main.tf", "terraform", """provider "aws" {
  region     = "eu-west-2"
  access_key = "«P aws access_key_id @aws_id»"
  secret_key = "«P aws secret_access_key @aws_secret»"
}

resource "aws_db_instance" "climate" {
  identifier        = "climate-⟨site⟩"
  engine            = "postgres"
  username          = "climate"
  password          = var.db_password
  kms_key_id        = "«D aws resource_arn =arn:aws:kms:eu-west-2:381492026517:key/6f1e2d3c-4b5a-4c7d-9e8f-0a1b2c3d4e5f»"
}
"""),
    (".github/workflows/deploy.yml", "github_actions", """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: «P aws access_key_id @aws_id»
      AWS_SECRET_ACCESS_KEY: «P aws secret_access_key @aws_secret»
      AWS_REGION: eu-west-2
      SENTRY_AUTH_TOKEN: «D sentry reference =${{ secrets.SENTRY_AUTH_TOKEN }}»
    steps:
      - uses: actions/checkout@«D github commit_sha @sha1»
      - run: ./scripts/deploy.sh ⟨site⟩
"""),
    (".gitlab-ci.yml", "gitlab_ci", """variables:
  POSTGRES_PASSWORD: «D generic ci_default =postgres»
  SITE: ⟨site⟩

deploy:
  stage: deploy
  script:
    - echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin registry.tbg.internal
    - curl -sf -X POST -F token=«P gitlab pipeline_trigger_token @glptt» -F ref=main https://gitlab.tbg.internal/api/v4/projects/41/trigger/pipeline
    - ./deploy.sh
"""),
    ("Jenkinsfile", "jenkinsfile", """pipeline {
  agent any
  environment {
    REGISTRY_CREDS = credentials('registry-⟨site⟩')
  }
  stages {
    stage('Deploy') {
      steps {
        sh "sshpass -p '«P generic password genu»' ssh deploy@irrigation.⟨site⟩.tbg.internal 'sudo systemctl restart irrigation'"
        sh "curl -u deploy:«P generic password genu» https://nexus.tbg.internal/service/rest/v1/components?repository=releases"
      }
    }
  }
}
"""),
    ("orders/src/main/resources/application-prod.yml", "spring_yaml", """spring:
  datasource:
    url: jdbc:postgresql://db.⟨site⟩.tbg.internal:5432/orders
    username: orders
    password: «P generic password gen»
  mail:
    host: smtp.mailgun.org
    username: postmaster@mg.thornbury-glasshouses.example
    password: «P mailgun smtp_password gen»
stripe:
  secret-key: «P stripe secret_key @stripe_sk»
  webhook-secret: «P stripe webhook_secret @stripe_whsec»
  publishable-key: «D stripe public_key @stripe_pk»
"""),
    ("orders/src/main/java/uk/thornbury/orders/CarrierClient.java", "java_header", """package uk.thornbury.orders;

import java.net.URI;
import java.net.http.HttpRequest;

final class CarrierClient {
    private static final String API_KEY = "«P generic api_key tok»";

    HttpRequest quote(String body) {
        return HttpRequest.newBuilder(URI.create("https://api.carrier.example/v2/quotes"))
            .header("X-Api-Key", API_KEY)
            .header("Authorization", "Bearer «P shippo api_token @shippo»")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    }
}
"""),
    ("orders/appsettings.Production.json", "dotnet_appsettings", """{
  "ConnectionStrings": {
    "Orders": "Server=sql.⟨site⟩.tbg.internal;Database=Orders;User Id=orders_app;Password=«P generic password gen»;TrustServerCertificate=True"
  },
  "AzureAd": {
    "TenantId": "«D azure tenant_id @uuid»",
    "ClientId": "«D azure client_id @uuid»",
    "ClientSecret": "«P azure ad_client_secret @azure_secret»"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
"""),
    ("shop/.env", "laravel_env", """APP_NAME="Thornbury Seeds"
APP_ENV=production
APP_KEY=base64:«P laravel app_key @laravel»
DB_CONNECTION=mysql
DB_HOST=mysql.⟨site⟩.tbg.internal
DB_USERNAME=shop
DB_PASSWORD=«P generic password gen»
MAIL_MAILER=smtp
MAIL_PASSWORD=«P generic password gen»
PUSHER_APP_ID=«D pusher app_id =1783342»
PUSHER_APP_KEY=«D pusher public_key @pusher_key»
PUSHER_APP_SECRET=«P pusher app_secret @pusher_secret»
"""),
    ("shop/config/database.yml", "rails_yaml", """production:
  adapter: postgresql
  database: shop_production
  username: shop
  password: «P generic password gen»
  host: db.⟨site⟩.tbg.internal

development:
  adapter: postgresql
  database: shop_development
  username: shop
  password: «D generic dev_default =password»
"""),
    ("irrigation/config/production.json", "node_config", """{
  "mqtt": {
    "url": "mqtts://mqtt.⟨site⟩.tbg.internal:8883",
    "username": "irrigation",
    "password": "«P generic password gen»"
  },
  "weather": { "apiKey": "«P generic api_key tok»" },
  "session": { "secret": "«P generic secret genpw»" },
  "build": { "sha": "«D git commit_sha @sha1»" }
}
"""),
    ("irrigation/cmd/valves/main.go", "go_source", """package main

import (
	"log"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func main() {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.⟨site⟩.tbg.internal:8883")
	opts.SetUsername("valves")
	opts.SetPassword("«P generic password gen»")
	c := mqtt.NewClient(opts)
	if t := c.Connect(); t.Wait() && t.Error() != nil {
		log.Fatal(t.Error())
	}
}
"""),
    ("irrigation/firmware/src/secrets.rs", "rust_source", """// baked into the dosing-pump firmware build
pub const WIFI_SSID: &str = "TBG-⟨Site⟩-Pumps";
pub const WIFI_PSK: &str = "«P generic wifi_password human»";
pub const OTA_TOKEN: &str = "«P generic token tok»";
"""),
    ("irrigation/android/app/src/main/java/uk/thornbury/scout/Api.kt", "kotlin_source", """package uk.thornbury.scout

import okhttp3.Request

object Api {
    private const val BASE = "https://scout.⟨site⟩.tbg.internal"

    fun request(path: String): Request = Request.Builder()
        .url(BASE + path)
        .addHeader("Authorization", "Bearer «P generic token tok»")
        .build()
}
"""),
    ("shop/src/payments.ts", "typescript_source", """import Stripe from "stripe";
import axios from "axios";

export const stripe = new Stripe("«P stripe secret_key @stripe_sk»", { apiVersion: "2024-06-20" });

export const mailer = axios.create({
  baseURL: "https://api.mailersend.com/v1",
  headers: { Authorization: `Bearer «P mailersend api_token @mailersend»` },
});

export const STRIPE_PK = "«D stripe public_key @stripe_pk»";
"""),
    ("shop/config/services.php", "php_config", """<?php

return [
    'mailgun' => [
        'domain' => 'mg.thornbury-glasshouses.example',
        'secret' => env('MAILGUN_SECRET', '«P mailgun api_key @mailgun_new»'),
    ],
    'twilio' => [
        'sid' => '«D twilio account_sid @twilio_sid»',
        'token' => '«P twilio auth_token @twilio_token»',
    ],
];
"""),
    ("ops/backup.sh", "shell_script", """#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='«P postgres password gen»'
pg_dump -h db.⟨site⟩.tbg.internal -U climate climate | gzip > /backup/climate-$(date +%F).sql.gz
mysqldump -u shop -p'«P generic password genu»' -h mysql.⟨site⟩.tbg.internal shop > /backup/shop.sql
export RESTIC_PASSWORD="«P generic password gen»"
restic -r s3:s3.eu-west-2.amazonaws.com/tbg-backups-⟨site⟩ backup /backup
"""),
    ("ops/Set-PumpService.ps1", "powershell", """$ErrorActionPreference = 'Stop'
$user = 'TBG\\svc-pumps'
$secure = ConvertTo-SecureString '«P generic password gen»' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
Invoke-Command -ComputerName pumps-⟨site⟩ -Credential $cred -ScriptBlock { Restart-Service PumpCtl }
"""),
    ("ops/.bash_history", "shell_history", """cd /srv/climate-api
git pull
psql postgres://climate:«P postgres password genu»@db.⟨site⟩.tbg.internal/climate -c 'select count(*) from readings'
redis-cli -h cache.⟨site⟩.tbg.internal -a '«P redis password genu»' info memory
vault login «P vault service_token @vault»
export GITHUB_TOKEN=«P github pat_classic @gh_pat»
gh pr list
sha256sum climate-api.tar.gz
"""),
    ("ops/RUNBOOK.md", "runbook", """# ⟨Site⟩ climate API runbook

## Restarting the vent controller
SSH as `ops` and run `sudo systemctl restart ventd`. If the controller asks for the
maintenance password, it is «P generic password human» (the vendor default `admin` no
longer works since the 2025 audit).

## Rotating secrets
Never paste tokens into tickets. The Grafana admin password lives in Vault at
`secret/⟨site⟩/grafana`; the placeholder `«D generic placeholder =<grafana-admin-password>»` in
the docs is not it.
"""),
    ("ops/slack-export/ops-⟨site⟩.json", "chat_export", """[
  {"user": "U04QX2T7M", "ts": "1733218201.001200", "text": "anyone have the nexus deploy password? the build is stuck"},
  {"user": "U05LK8N3P", "ts": "1733218266.004500", "text": "it's «P generic password gen» — rotate it after, please"},
  {"user": "U04QX2T7M", "ts": "1733218302.005100", "text": "thanks, password reset link sent to the new intern too"},
  {"user": "U05LK8N3P", "ts": "1733218390.006700", "text": "here's the staging openai key for the recipe bot: «P openai project_key @openai_proj»"}
]
"""),
    ("ops/gateways.csv", "csv", """gateway,site,sim_iccid,sim_pin,firmware_sha1,admin_password
gw-⟨site⟩-01,⟨site⟩,8944110068251234567,«D generic pin =4821»,«D generic firmware_hash @sha1»,«P generic password gen»
gw-⟨site⟩-02,⟨site⟩,8944110068251234568,«D generic pin =7730»,«D generic firmware_hash @sha1»,«P generic password gen»
"""),
    ("shop/db/seed.sql", "sql_dump", """INSERT INTO users (email, password_hash, role) VALUES
  ('ops@thornbury-glasshouses.example', '«D generic bcrypt_hash @bcrypt»', 'admin'),
  ('shop@thornbury-glasshouses.example', '«D generic bcrypt_hash @bcrypt»', 'staff');
INSERT INTO integrations (name, api_key) VALUES ('courier', '«P generic api_key tok»');
"""),
    ("ops/.netrc", "netrc", """machine nexus.tbg.internal
  login deploy
  password «P generic password gen»
machine api.heroku.com
  login ops@thornbury-glasshouses.example
  password «P heroku api_key @heroku»
"""),
    ("ops/.git-credentials", "git_credentials", """«P github pat_classic url=https://tbg-deploy:@gh_pat@github.com»
«P gitlab pat url=https://oauth2:@glpat@gitlab.tbg.internal»
"""),
    ("climate-api/README.md", "readme", """# Climate API (⟨Site⟩)

Reads the greenhouse sensors (temperature, humidity, CO₂) and drives the vents.

## Local setup
1. `cp .env.example .env` and set `DJANGO_SECRET_KEY` to anything, e.g. `«D django placeholder =your-secret-key»`.
2. Ask in #ops for the InfluxDB token; never commit it. The token looks like `«D influxdb placeholder =xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»`.
3. Users log in with their password; forgotten passwords are reset by ops.
"""),
    ("irrigation/scripts/provision.py", "python_sdk", """import boto3
from twilio.rest import Client

s3 = boto3.client(
    "s3",
    aws_access_key_id="«P aws access_key_id @aws_id»",
    aws_secret_access_key="«P aws secret_access_key @aws_secret»",
    region_name="eu-west-2",
)
sms = Client("«D twilio account_sid @twilio_sid»", "«P twilio auth_token @twilio_token»")
BUCKET = "tbg-irrigation-⟨site⟩"
"""),
    ("shop/config/initializers/stripe.rb", "ruby_initializer", """Stripe.api_key = Rails.env.production? ? "«P stripe secret_key @stripe_sk»" : "«D stripe test_key @stripe_test»"
Stripe.api_version = "2024-06-20"
"""),
    ("ops/monitoring/.env", "env", """GRAFANA_ADMIN_USER=admin
GRAFANA_ADMIN_PASSWORD=«P grafana password gen»
TELEGRAM_BOT_TOKEN=«P telegram bot_token @telegram»
TELEGRAM_CHAT_ID=«D telegram chat_id =-1001843920571»
PAGERDUTY_ROUTING_KEY=«P pagerduty integration_key @hexs32»
"""),
    ("climate-api/notify/alerts.js", "js_sdk", """const { WebClient } = require('@slack/web-api');
const slack = new WebClient('«P slack bot_token @slack_bot»');

async function frostAlert(house, temp) {
  await fetch('«P discord webhook_url @discord_hook»', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `Frost risk in ${house}: ${temp}°C` }),
  });
  await slack.chat.postMessage({ channel: '«D slack channel_id =C05QX7T2LMN»', text: `Frost risk in ${house}` });
}
module.exports = { frostAlert };
"""),
    ("ops/haproxy/haproxy.cfg", "haproxy", """listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:«P generic password genu»
"""),
    ("irrigation/docker-compose.override.yml", "docker_compose", """services:
  minio:
    image: minio/minio:RELEASE.2024-10-02T17-50-41Z
    environment:
      MINIO_ROOT_USER: irrigation
      MINIO_ROOT_PASSWORD: «P minio password gen»
  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: valves
      RABBITMQ_DEFAULT_PASS: «P rabbitmq password gen»
"""),
]

HQ = [
    ("repos/hq-platform/.github/workflows/release.yml", "github_actions", """name: release
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: «P npm access_token @npm»
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: «P pypi upload_token @pypi»
          GH_TOKEN: «D github reference =${{ secrets.GITHUB_TOKEN }}»
"""),
    ("repos/hq-platform/terraform/cloudflare.tf", "terraform", """provider "cloudflare" {
  api_token = "«P cloudflare api_token @cf_token»"
}

resource "cloudflare_record" "shop" {
  zone_id = "«D cloudflare zone_id @hexs32»"
  name    = "shop"
  type    = "CNAME"
  content = "thornbury-seeds.myshopify.com"
}
"""),
    ("repos/hq-analytics/.env", "env", """ANTHROPIC_API_KEY=«P anthropic api_key @anthropic»
HF_TOKEN=«P huggingface token @hf»
WANDB_API_KEY=«P wandb api_key @wandb»
WANDB_ENTITY=thornbury
"""),
    ("repos/hq-platform/src/feed.rs", "rust_source", """use reqwest::blocking::Client;

pub fn fetch_prices() -> reqwest::Result<String> {
    Client::new()
        .get("https://prices.seedsupplier.example/v2/catalogue")
        .basic_auth("thornbury", Some("«P generic password gen»"))
        .send()?
        .text()
}
"""),
    ("repos/hq-it/onboarding/welcome-new-starter.eml", "email", """From: it@thornbury-glasshouses.example
To: new.starter@thornbury-glasshouses.example
Subject: Your accounts

Hi,

your laptop login is n.starter and your temporary password is «P generic password human» —
you will be asked to change it at first login. Never share your password; IT will never ask
for it. Wi-Fi: TBG-Staff, key in the welcome pack.
"""),
    ("repos/hq-platform/.npmrc", "npmrc", """registry=https://registry.npmjs.org/
@thornbury:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=«P github pat_classic @gh_pat»
//registry.npmjs.org/:_authToken=«P npm access_token @npm»
"""),
    ("repos/hq-platform/.pypirc", "pypirc", """[distutils]
index-servers = pypi internal

[pypi]
username = __token__
password = «P pypi upload_token @pypi»

[internal]
repository = https://nexus.tbg.internal/repository/pypi-internal/
username = ci
password = «P generic password gen»
"""),
    ("repos/hq-platform/kubeconfig.yaml", "kubeconfig", """apiVersion: v1
kind: Config
clusters:
  - name: tbg-prod
    cluster:
      server: https://k8s.tbg.internal:6443
      certificate-authority-data: «D kubernetes ca_certificate =LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJMU1ERXhNREV3TURBd01Gb1hEVE0xTURFd09ERXdNREF3TUZvd0ZURVRNQkVHQTFVRQo=»
users:
  - name: ci-deployer
    user:
      token: «P kubernetes service_account_token @k8s_sa_jwt»
contexts:
  - name: prod
    context: {cluster: tbg-prod, user: ci-deployer}
current-context: prod
"""),
    ("repos/hq-analytics/notebooks/yield_forecast.ipynb", "notebook", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\\n",
    "conn = snowflake.connector.connect(user='ANALYST', password='«P snowflake password gen»', account='tbg-eu1')\\n",
    "openai_client = OpenAI(api_key=\\"«P openai project_key @openai_proj»\\")\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("repos/hq-analytics/profiles.yml", "dbt_profile", """tbg:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: tbg-eu1
      user: DBT
      password: «P snowflake password gen»
      role: TRANSFORMER
      warehouse: ANALYTICS
      database: GREENHOUSE
"""),
    ("repos/hq-platform/package-lock.json", "lockfile", """{
  "name": "tbg-platform",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
      "integrity": "«D npm integrity_hash @sri512»"
    },
    "node_modules/stripe": {
      "version": "16.12.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.12.0.tgz",
      "integrity": "«D npm integrity_hash @sri512»"
    }
  }
}
"""),
    ("repos/hq-platform/go.sum", "go_sum", """github.com/eclipse/paho.mqtt.golang v1.5.0 «D go gosum_hash @gosum»
github.com/gorilla/websocket v1.5.3 «D go gosum_hash @gosum»
"""),
    ("repos/hq-web/index.html", "html", """<!doctype html>
<html lang="en">
<head>
  <meta name="google-site-verification" content="«D google site_verification =Zq4kT9mLx2vBn7cWp3yRd8HjFg5Ks1Ae6Uo0Ti3Qw7E»">
  <script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.4/dist/chart.umd.min.js" integrity="«D cdn integrity_hash @sri»" crossorigin="anonymous"></script>
  <script>window.STRIPE_PK = "«D stripe public_key @stripe_pk»";</script>
</head>
<body><h1>Thornbury Glasshouses</h1></body>
</html>
"""),
    ("repos/hq-web/CHANGELOG.md", "changelog", """# Changelog

## 3.2.0
- Rotate the courier API key after the leak reported in «D git commit_sha @sha1» (the old key was revoked).
- Password reset e-mails now expire after 1 hour (see «D git commit_sha @sha1»).
"""),
    ("repos/hq-platform/ssh/authorized_keys", "authorized_keys", """ssh-ed25519 «D ssh public_key =AAAAC3NzaC1lZDI1NTE5AAAAIH7m2xQ9kTzL4vB8nR1cW6yP3hJ5fD0gK2sA9eU7iO4t» ops@tbg
"""),
    ("repos/hq-web/.htpasswd", "htpasswd", """preview:«D generic apr1_hash @apr1»
"""),
    ("repos/hq-web/locales/de.json", "i18n", """{
  "login.password": "Passwort",
  "login.forgot": "Passwort vergessen?",
  "settings.api_key": "API-Schlüssel",
  "settings.api_key_hint": "«D generic i18n =Ihr API-Schlüssel wird nur einmal angezeigt»"
}
"""),
    ("repos/hq-web/locales/fr.json", "i18n", """{
  "login.password": "Mot de passe",
  "login.secret": "«D generic i18n =Mot de passe secret incorrect»",
  "token.expired": "Jeton expiré, veuillez vous reconnecter"
}
"""),
    ("repos/hq-it/tickets/IT-4471.md", "ticket", """# IT-4471: Label printer in the Ashcombe packhouse cannot reach the print server

Reporter: packhouse lead. Priority: high.

Steps taken: reset the printer to factory defaults, re-entered the Wi-Fi key
«P generic wifi_password human» and the print-server account `lbl-print` / «P generic password gen».
Printer now online. Please rotate both, they were posted here in clear text.
"""),
    ("repos/hq-it/vault/passwords-export.csv", "password_manager_csv", """name,url,username,password,totp,notes
Nexus,https://nexus.tbg.internal,admin,«P generic password gen»,,
Greenhouse climate vendor portal,https://portal.priva.example,tbg-ops,«P generic password gen»,«P totp seed @totp»,
Old Wi-Fi,,,«D generic placeholder =********»,,"rotated, see IT-4471"
"""),
    ("repos/hq-it/teams-chat.txt", "chat_export", """[09:12] Mara Okoye: can someone send me the SFTP password for the seed supplier?
[09:14] Dan Pryce: «P generic password gen»
[09:14] Dan Pryce: and the AWS key for the price feed: «P aws access_key_id @aws_id» / «P aws secret_access_key @aws_secret»
[09:20] Mara Okoye: thanks, I'll put them in the vault and you change the password
"""),
    ("repos/hq-web/.env.production", "nextjs_env", """NEXT_PUBLIC_SITE_URL=https://www.thornbury-glasshouses.example
NEXT_PUBLIC_MAPBOX_TOKEN=«D mapbox public_key @mapbox_pk»
NEXT_PUBLIC_POSTHOG_KEY=«D posthog public_key @posthog_pub»
MAPBOX_SECRET_TOKEN=«P mapbox secret_token @mapbox_sk»
REVALIDATE_SECRET=«P generic secret tok»
CONTENTFUL_MANAGEMENT_TOKEN=«P contentful personal_access_token @contentful»
"""),
    ("repos/hq-analytics/dags/price_feed.py", "airflow_dag", """from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator

API_KEY = "«P generic api_key tok»"

with DAG("price_feed", schedule="@hourly") as dag:
    fetch = HttpOperator(
        task_id="fetch",
        http_conn_id="price_api",
        endpoint="/v1/prices",
        headers={"X-API-Key": API_KEY},
    )
"""),
    ("repos/hq-platform/.circleci/config.yml", "circleci", """version: 2.1
jobs:
  publish:
    docker:
      - image: cimg/node:20.17
        auth:
          username: tbgci
          password: «P docker hub_pat @dockerhub»
    environment:
      NPM_TOKEN: «D npm reference =$NPM_TOKEN»
    steps:
      - checkout
      - run: npm publish
"""),
    ("repos/hq-docs/vendor-keys.md", "docs_page", """# How our vendors' keys look

* Stripe secret keys start with `sk_live_`; a masked one in the dashboard reads
  `«D stripe masked =sk_live_****************************4xQa»`. Test keys (`«D stripe test_key @stripe_test»`) are fine in tests.
* AWS documentation uses `«D aws docs_example =AKIAIOSFODNN7EXAMPLE»` as its sample key id.
* GitHub tokens start `ghp_`; e.g. `«D github placeholder =ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»`.
* A password must be at least 12 characters; the password policy is in the handbook.
"""),
    ("repos/hq-platform/scripts/onboard.rb", "ruby_source", """require "net/smtp"

SMTP_PASSWORD = "«P generic password gen»"

Net::SMTP.start("smtp.tbg.internal", 587, "tbg.internal", "onboarding", SMTP_PASSWORD, :login) do |smtp|
  smtp.send_message(File.read("welcome.eml"), "it@thornbury-glasshouses.example", ARGV[0])
end
"""),
    ("repos/hq-platform/src/Tbg.Sync/Program.cs", "csharp_source", """using System.Net;
using System.Net.Http;

var handler = new HttpClientHandler { Credentials = new NetworkCredential("svc-sync", "«P generic password gen»", "TBG") };
var http = new HttpClient(handler);
http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "«P azure apim_key @azure_apim»");
var build = "«D git commit_sha @sha1»";
"""),
    ("repos/hq-platform/ansible/group_vars/all.yml", "ansible_vars", """ntp_servers: [0.uk.pool.ntp.org]
postgres_replication_password: «P generic password gen»
grafana_admin_password: "{{ vault_grafana_admin_password }}"
zabbix_agent_psk: «P generic preshared_key @hexs64»
"""),
    ("repos/hq-platform/backup/.env", "env", """# restic to S3; the secret half comes from the vault at run time
AWS_ACCESS_KEY_ID=«P aws access_key_id @aws_id»
AWS_SECRET_ACCESS_KEY=«D aws reference =${BACKUP_AWS_SECRET_ACCESS_KEY}»
RESTIC_REPOSITORY=s3:s3.eu-west-2.amazonaws.com/tbg-backups-hq
"""),
    ("repos/hq-platform/config/master.key", "rails_master_key", """«P rails master_key @rails_master»
"""),
]
