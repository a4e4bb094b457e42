"""The organisation half: repositories of Brackenfell Renewables (BKR), an invented operator of
onshore wind farms and solar parks — site repos for Hollins Moor wind farm (hlm) and Carrow
Flats solar park (crf), and a head-office repo. ⟨s⟩ is the site code, ⟨S⟩ its name."""

SITES = [("hlm", "Hollins Moor"), ("crf", "Carrow Flats")]

SITE_FILES = [
    ("repos/⟨s⟩-scada-api/.env", "dotenv", """# ⟨S⟩ SCADA API — production
DJANGO_SETTINGS_MODULE=scada.settings.production
DJANGO_SECRET_KEY=«P django secret_key djangokey»
DATABASE_URL=«P postgres password url:postgres://scada_app:{}@db.⟨s⟩.brackenfell.internal:5432/scada»
REDIS_URL=redis://cache.⟨s⟩.brackenfell.internal:6379/0
CELERY_BROKER_URL=«P rabbitmq password url:amqp://celery:{}@mq.⟨s⟩.brackenfell.internal:5672/scada»
SENTRY_DSN=«D sentry dsn_public_key lit:https://3f1c2a9be07d4c66a1f0e8b2d5c47a19@o455120.ingest.sentry.io/5521043»
OPENWEATHER_API_KEY=«P openweathermap api_key hex32»
EMAIL_HOST_PASSWORD=«P smtp password gen»
ALLOWED_HOSTS=scada.⟨s⟩.brackenfell-energy.example
"""),
    ("repos/⟨s⟩-scada-api/.env.example", "dotenv_example", """DJANGO_SECRET_KEY=«D django placeholder lit:change-me-to-a-long-random-string»
DATABASE_URL=«D postgres placeholder lit:postgres://scada_app:<password>@localhost:5432/scada»
OPENWEATHER_API_KEY=«D openweathermap placeholder lit:your-openweather-key»
EMAIL_HOST_PASSWORD=«D smtp placeholder lit:changeme»
"""),
    ("repos/⟨s⟩-scada-api/scada/settings/production.py", "python_settings", """from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«P django secret_key djangokey»"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "scada",
        "USER": "scada_app",
        "PASSWORD": "«P postgres password gen»",
        "HOST": "db.⟨s⟩.brackenfell.internal",
    },
    "historian": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "historian",
        "USER": "historian_ro",
        "PASSWORD": os.environ["HISTORIAN_PASSWORD"],
    },
}

AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
PASSWORD_RESET_TIMEOUT = 259200
"""),
    ("repos/⟨s⟩-scada-api/docker-compose.yml", "docker_compose", """version: "3.9"
services:
  db:
    image: postgres:16@«D docker image_digest digest»
    environment:
      POSTGRES_USER: scada
      POSTGRES_PASSWORD: «P postgres password gen»
  influx:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_USERNAME: bkr-admin
      DOCKER_INFLUXDB_INIT_PASSWORD: «P influxdb password gen»
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «P influxdb admin_token influx»
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD: «P grafana password gen»
      GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET: ${GRAFANA_OAUTH_SECRET}
  mqtt:
    image: eclipse-mosquitto:2
  api:
    build: .
    environment:
      JWT_SECRET: «P jwt secret jwtsecret»
      MQTT_PASSWORD: «P mqtt password gen»
"""),
    ("repos/⟨s⟩-scada-api/k8s/deployment.yaml", "k8s_env", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: scada-api
  namespace: ⟨s⟩
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: api
          image: registry.brackenfell.internal/⟨s⟩/scada-api@«D docker image_digest digest»
          env:
            - name: DB_PASSWORD
              value: "«P postgres password gen»"
            - name: MODBUS_GATEWAY_TOKEN
              value: «P generic api_token tok»
            - name: SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: scada-api
                  key: secret-key
            - name: BUILD_SHA
              value: «D git commit_sha gitsha»
"""),
    ("repos/⟨s⟩-platform/helm/values-prod.yaml", "helm_values", """replicaCount: 3
image:
  repository: registry.brackenfell.internal/⟨s⟩/forecast
  tag: 2.14.0
postgresql:
  auth:
    username: forecast
    password: «P postgres password gen»
    postgresPassword: «P postgres password gen»
redis:
  auth:
    password: «P redis password gen»
forecast:
  metOfficeApiKey: «P generic api_key hex32»
  slackWebhook: «P slack webhook prov2:slack»
ingress:
  annotations:
    nginx.ingress.kubernetes.io/auth-secret: forecast-basic-auth
"""),
    ("repos/⟨s⟩-platform/helm/values.yaml", "helm_values_default", """postgresql:
  auth:
    username: forecast
    password: ""
    existingSecret: «D postgres reference lit:forecast-db»
redis:
  auth:
    password: «D redis placeholder lit:changeme»
forecast:
  metOfficeApiKey: «D generic placeholder lit:<met-office-key>»
"""),
    ("repos/⟨s⟩-platform/terraform/prod.tfvars", "tfvars", """site_code           = "⟨s⟩"
db_admin_password   = "«P postgres password gen»"
vpn_shared_secret   = "«P ipsec psk vpnpsk»"
datadog_api_key     = "«P datadog api_key hex32»"
datadog_app_key     = "«P datadog app_key hex40»"
cloudflare_zone_id  = "«D cloudflare zone_id hex32»"
grid_operator_sftp_password = "«P sftp password gen»"
"""),
    ("repos/⟨s⟩-platform/.github/workflows/deploy.yml", "gha", """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: «P aws access_key_id akia»
      AWS_SECRET_ACCESS_KEY: «P aws secret_access_key awssecret»
      AWS_REGION: eu-west-2
      REGISTRY_PASSWORD: ${{ secrets.REGISTRY_PASSWORD }}
      SONAR_TOKEN: «D sonarqube reference lit:${{ secrets.SONAR_TOKEN }}»
    steps:
      - uses: actions/checkout@«D git commit_sha gitsha»
      - run: ./deploy.sh --env prod
"""),
    ("repos/⟨s⟩-platform/.gitlab-ci.yml", "gitlab_ci", """variables:
  POSTGRES_DB: test_scada
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: «D postgres ci_default lit:postgres»
  SONAR_HOST_URL: https://sonar.brackenfell.internal
  SONAR_TOKEN: «P sonarqube user_token prov:sonarqube»
  NEXUS_PASSWORD: «P nexus password gen»

test:
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -q
"""),
    ("repos/⟨s⟩-platform/Jenkinsfile", "jenkinsfile", """pipeline {
  agent any
  environment {
    HISTORIAN_API_TOKEN = '«P generic api_token tok»'
    DEPLOY_KEY = credentials('⟨s⟩-deploy-key')
  }
  stages {
    stage('Push config') {
      steps {
        sh "sshpass -p '«P ssh password gen»' scp build/plc.cfg ops@plc-gw.⟨s⟩.brackenfell.internal:/etc/plc/"
        sh 'curl -u deploy:«P nexus password gen» -T dist/forecast.tgz https://nexus.brackenfell.internal/repository/raw/'
      }
    }
  }
}
"""),
    ("repos/⟨s⟩-asset-service/src/main/resources/application-prod.yml", "spring", """spring:
  datasource:
    url: jdbc:postgresql://db.⟨s⟩.brackenfell.internal:5432/assets
    username: assets
    password: «P postgres password gen»
  rabbitmq:
    host: mq.⟨s⟩.brackenfell.internal
    username: assets
    password: «P rabbitmq password gen»
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: asset-service
            client-secret: «P keycloak client_secret alnum32»
management:
  endpoints:
    web:
      exposure:
        include: health
"""),
    ("repos/⟨s⟩-asset-service/src/main/java/net/brackenfell/assets/MaximoClient.java", "java_source", """package net.brackenfell.assets;

import java.net.http.HttpRequest;

public class MaximoClient {
    private static final String BASE = "https://maximo.brackenfell.internal/maximo/api";
    private static final String API_KEY = "«P maximo api_key low26»";

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder()
            .uri(java.net.URI.create(BASE + path))
            .header("apikey", API_KEY)
            .header("X-Request-Id", "«D generic request_id uuid»");
    }
}
"""),
    ("repos/⟨s⟩-billing/appsettings.Production.json", "appsettings", """{
  "ConnectionStrings": {
    "Billing": "Server=sql.⟨s⟩.brackenfell.internal;Database=Billing;User Id=billing_svc;Password=«P mssql password gen»;TrustServerCertificate=True"
  },
  "AzureAd": {
    "TenantId": "«D azure tenant_id uuid»",
    "ClientId": "«D azure client_id uuid»",
    "ClientSecret": "«P azure client_secret prov:azure»"
  },
  "Elexon": {
    "ApiKey": "«P generic api_key low15»"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
"""),
    ("repos/⟨s⟩-portal/.env", "laravel_env", """APP_NAME="⟨S⟩ Community Portal"
APP_ENV=production
APP_KEY=base64:«P laravel app_key laravel»
DB_CONNECTION=mysql
DB_HOST=mysql.⟨s⟩.brackenfell.internal
DB_USERNAME=portal
DB_PASSWORD=«P mysql password gen»
MAIL_MAILER=smtp
MAIL_USERNAME=«D mailgun username lit:postmaster@mg.brackenfell-energy.example»
MAIL_PASSWORD=«P mailgun smtp_password hex32»
PUSHER_APP_ID=«D pusher app_id dig7»
PUSHER_APP_KEY=«D pusher app_key hex20»
PUSHER_APP_SECRET=«P pusher app_secret hex20»
"""),
    ("repos/⟨s⟩-portal/config/database.yml", "rails_db", """default: &default
  adapter: postgresql
  pool: 5

development:
  <<: *default
  database: portal_dev
  password: «D postgres dev_default lit:password»

production:
  <<: *default
  database: portal
  username: portal
  password: «P postgres password gen»
"""),
    ("repos/⟨s⟩-telemetry/cmd/ingest/main.go", "go_source", """package main

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

func main() {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.⟨s⟩.brackenfell.internal:8883")
	opts.SetUsername("ingest")
	opts.SetPassword("«P mqtt password gen»")
	client := influxdb2.NewClient("https://influx.⟨s⟩.brackenfell.internal", "«P influxdb api_token influx»")
	defer client.Close()
	_ = mqtt.NewClient(opts)
}
"""),
    ("repos/⟨s⟩-telemetry/config/prod.toml", "rust_toml", """[opcua]
endpoint = "opc.tcp://scada.⟨s⟩.brackenfell.internal:4840"
user = "historian"
password = "«P opcua password gen»"

[influx]
url = "https://influx.⟨s⟩.brackenfell.internal"
token = "«P influxdb api_token influx»"
bucket = "turbines"
"""),
    ("repos/⟨s⟩-mobile/app/src/main/java/net/brackenfell/field/Api.kt", "kotlin_source", """package net.brackenfell.field

import okhttp3.Request

object Api {
    private const val TOKEN = "«P generic api_token tok»"
    private const val MAPBOX = "«D mapbox public_token mapboxpk»"

    fun get(url: String) = Request.Builder().url(url)
        .addHeader("Authorization", "Bearer $TOKEN")
        .build()
}
"""),
    ("repos/⟨s⟩-portal-web/src/payments.ts", "ts_source", """import Stripe from "stripe";
import axios from "axios";

export const stripe = new Stripe("«P stripe secret_key prov:stripe»", { apiVersion: "2024-06-20" });
export const publishable = "«D stripe publishable_key pre:pk_live_51:alnum97»";

export const crm = axios.create({
  baseURL: "https://crm.brackenfell.internal/api",
  headers: { "X-API-Key": "«P generic api_key tok»" },
});
"""),
    ("repos/⟨s⟩-portal/config/services.php", "php_config", """<?php

return [
    'mailgun' => [
        'domain' => 'mg.brackenfell-energy.example',
        'secret' => '«P mailgun api_key prov:mailgun»',
    ],
    'ofgem' => [
        'username' => 'bkr-⟨s⟩',
        'password' => '«P generic password gen»',
    ],
    'recaptcha' => [
        'site_key' => '«D google recaptcha_site_key pre:6L:b64u38»',
        'secret' => env('RECAPTCHA_SECRET'),
    ],
];
"""),
    ("repos/⟨s⟩-portal/config/initializers/smtp.rb", "ruby_source", """Rails.application.configure do
  config.action_mailer.smtp_settings = {
    address: "smtp.office365.com",
    port: 587,
    user_name: "alerts-⟨s⟩@brackenfell-energy.example",
    password: "«P smtp password gen»",
    authentication: :login
  }
end
"""),
    ("repos/⟨s⟩-billing/src/Ftp/MeterUpload.cs", "csharp_source", """using System.Net;

namespace Brackenfell.Billing.Ftp;

public class MeterUpload
{
    private readonly NetworkCredential _cred = new NetworkCredential("meters⟨s⟩", "«P ftp password gen»");
    private const string ApimKey = "«P azure apim_subscription_key hex32»";
    private const string CorrelationId = "«D generic request_id uuid»";
}
"""),
    ("repos/⟨s⟩-ops/scripts/Rotate-Inverters.ps1", "powershell", """param([string]$Site = "⟨s⟩")
$secure = ConvertTo-SecureString "«P windows password gen»" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("BKR\\svc-inverters", $secure)
Invoke-Command -ComputerName "inv-gw01.$Site.brackenfell.internal" -Credential $cred -ScriptBlock { Restart-Service SolarEdgeBridge }
"""),
    ("repos/⟨s⟩-ops/scripts/backup.sh", "shell_script", """#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='«P postgres password gen»'
pg_dump -h db.⟨s⟩.brackenfell.internal -U backup scada > /backup/scada.sql
mysqldump -u backup -p'«P mysql password gen»' portal > /backup/portal.sql
export RESTIC_PASSWORD='«P restic password gen»'
export RESTIC_REPOSITORY=s3:s3.eu-west-2.amazonaws.com/bkr-backups/⟨s⟩
restic backup /backup
"""),
    ("repos/⟨s⟩-ops/.bash_history", "shell_history", """cd /opt/scada
sudo systemctl status scada-api
psql "«P postgres password url:postgresql://ops:{}@db.⟨s⟩.brackenfell.internal/scada»" -c 'select count(*) from alarms'
vault login «P vault service_token prov:vault»
git log --oneline | head
redis-cli -h cache.⟨s⟩.brackenfell.internal -a '«P redis password gen»' info
history | grep ssh
"""),
    ("repos/⟨s⟩-ops/docs/runbook.md", "runbook", """# ⟨S⟩ — on-call runbook

## Turbine controller gateway
The gateway's web UI is at https://plc-gw.⟨s⟩.brackenfell.internal. Log in as `engineer`, password
`«P generic password gen»` (ask the site lead before changing it).

## Historian
Read-only API key for the historian: «P generic api_key tok»

Passwords must be at least 14 characters; never reuse the old turbine passwords.
The field laptops' BIOS password is kept in the vault under `sites/⟨s⟩/bios`.
"""),
    ("repos/⟨s⟩-ops/exports/slack-ops-channel.json", "chat_export", """[
  {"user": "U04QK7M2L", "ts": "1717410000.000100", "text": "new modbus bridge password is «P generic password gen» until Friday"},
  {"user": "U02HT9X1B", "ts": "1717410100.000200", "text": "thanks, and the weather feed key? I only have «D generic placeholder lit:<redacted>»"},
  {"user": "U04QK7M2L", "ts": "1717410200.000300", "text": "«P generic api_key hex32» — rotate it after the audit"},
  {"user": "U02HT9X1B", "ts": "1717410300.000400", "text": "Remember: reset your password via the portal, not here."}
]
"""),
    ("repos/⟨s⟩-ops/inventory/gateways.csv", "csv", """hostname,ip,model,admin_user,admin_password,sim_pin,firmware_sha1
plc-gw01.⟨s⟩,10.40.1.11,Moxa UC-8210,admin,«P moxa password gen»,«D generic pin pin»,«D generic firmware_hash sha1»
plc-gw02.⟨s⟩,10.40.1.12,Moxa UC-8210,admin,«P moxa password gen»,«D generic pin pin»,«D generic firmware_hash sha1»
met-mast.⟨s⟩,10.40.2.20,Campbell CR1000X,admin,«P campbell password gen»,,«D generic firmware_hash sha1»
"""),
    ("repos/⟨s⟩-scada-api/db/seed.sql", "sql_dump", """INSERT INTO users (email, password_hash) VALUES
  ('ops@brackenfell-energy.example', '«D generic bcrypt_hash bcrypt»'),
  ('viewer@brackenfell-energy.example', '«D generic bcrypt_hash bcrypt»');
INSERT INTO integrations (name, client_id, client_secret) VALUES
  ('elexon', 'elexon-⟨s⟩', '«P generic client_secret alnum40»');
CREATE USER grafana_ro WITH PASSWORD '«P postgres password gen»';
"""),
    ("repos/⟨s⟩-portal/config/master.key", "rails_master_key", """«P rails master_key railsmaster»
"""),
    ("repos/⟨s⟩-ops/ansible/group_vars/⟨s⟩.yml", "ansible_vars", """ansible_user: ops
ansible_become_password: «P ansible become_password gen»
scada_db_password: "{{ vault_scada_db_password }}"
historian_api_key: «P generic api_key tok»
ntp_servers: [ntp1.brackenfell.internal, ntp2.brackenfell.internal]
"""),
    ("repos/⟨s⟩-portal-web/config/production.json", "node_config", """{
  "server": { "port": 8080 },
  "db": { "host": "mysql.⟨s⟩.brackenfell.internal", "user": "portal", "password": "«P mysql password gen»" },
  "session": { "secret": "«P generic session_secret tok»" },
  "recaptcha": { "siteKey": "«D google recaptcha_site_key pre:6Le:b64u37»" },
  "buildId": "«D git commit_sha gitsha»"
}
"""),
    ("repos/⟨s⟩-scada-api/.env.ci", "dotenv_ci", """# CI only: throwaway services started by the pipeline
DATABASE_URL=«D postgres ci_default lit:postgres://postgres:postgres@localhost:5432/test_scada»
DJANGO_SECRET_KEY=«D django ci_default lit:ci-insecure-secret-key-not-for-production»
OPENWEATHER_API_KEY=«D openweathermap reference lit:${OPENWEATHER_API_KEY}»
EMAIL_HOST_PASSWORD=«D smtp placeholder lit:xxxxxxxx»
JWT_SECRET=«D jwt reference lit:$(cat /run/secrets/jwt)»
"""),
    ("repos/⟨s⟩-scada-api/README.md", "readme", """# ⟨S⟩ SCADA API

Copy `.env.example` to `.env` and set `DB_PASSWORD` to a strong password (the password policy
requires 14 characters). Tokens for the historian come from the vault; never paste a token here.

    export HISTORIAN_TOKEN=«D generic placeholder lit:<token>»
    export DB_PASSWORD=«D postgres placeholder lit:your-password-here»

Asset ids are UUIDs, e.g. turbine WTG03 is `«D generic asset_id uuid»`.
"""),
    ("repos/⟨s⟩-scada-api/scada/integrations/weather.py", "python_source", """import requests

MET_KEY = "«P generic api_key tok»"
MET_PUBLIC_DATASET = "«D generic dataset_id uuid»"


def forecast(lat, lon):
    return requests.get(
        "https://api-metoffice.example.net/sitespecific/v0/point/hourly",
        params={"latitude": lat, "longitude": lon},
        headers={"X-API-Key": MET_KEY, "accept": "application/json"},
        auth=("bkr-⟨s⟩", "«P generic password gen»"),
        timeout=10,
    ).json()
"""),
    ("repos/⟨s⟩-telemetry/src/main.rs", "rust_source", """use reqwest::Client;

const INGEST_USER: &str = "ingest";
const INGEST_PASSWORD: &str = "«P generic password gen»";

async fn push(client: &Client, body: String) -> reqwest::Result<()> {
    client
        .post("https://ingest.⟨s⟩.brackenfell.internal/api/v1/push")
        .basic_auth(INGEST_USER, Some(INGEST_PASSWORD))
        .header("X-Ingest-Key", "«P generic api_key hex40»")
        .body(body)
        .send()
        .await?;
    Ok(())
}
"""),
    ("repos/⟨s⟩-portal/app/Services/SmsService.php", "php_source", """<?php

namespace App\\Services;

use Twilio\\Rest\\Client;

class SmsService
{
    public function client(): Client
    {
        return new Client('«D twilio account_sid pre:AC:hex32»', '«P twilio auth_token hex32»');
    }
}
"""),
    ("repos/⟨s⟩-ops/home/.netrc", "netrc", """machine nexus.brackenfell.internal
  login deploy-⟨s⟩
  password «P nexus password gen»
machine api.heroku.com
  login ops@brackenfell-energy.example
  password «P heroku api_key uuid»
"""),
    ("repos/⟨s⟩-ops/home/.git-credentials", "git_credentials", """«P github pat_classic urlp:github:https://bkr-bot:{}@github.com»
«P gitlab password url:https://deploy:{}@gitlab.brackenfell.internal»
"""),
]

HQ_FILES = [
    ("repos/hq-frontend/.npmrc", "npmrc", """registry=https://registry.npmjs.org/
@brackenfell:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=«P github pat_classic prov:github»
//registry.npmjs.org/:_authToken=«P npm access_token prov:npm»
"""),
    ("repos/hq-tools/.pypirc", "pypirc", """[distutils]
index-servers =
    pypi
    nexus

[pypi]
username = __token__
password = «P pypi upload_token prov:pypi»

[nexus]
repository = https://nexus.brackenfell.internal/repository/pypi-internal/
username = deploy
password = «P nexus password gen»
"""),
    ("repos/hq-platform/kubeconfig-prod.yaml", "kubeconfig", """apiVersion: v1
kind: Config
clusters:
  - name: bkr-prod
    cluster:
      server: https://k8s.brackenfell.internal:6443
      certificate-authority-data: «D kubernetes ca_cert lit:LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwK»
users:
  - name: ci-deployer
    user:
      token: «P kubernetes sa_token k8sjwt»
contexts:
  - name: prod
    context: {cluster: bkr-prod, user: ci-deployer}
current-context: prod
"""),
    ("repos/hq-analytics/notebooks/forecast_vs_actual.ipynb", "notebook", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\\n",
    "conn = snowflake.connector.connect(user='ANALYST_SVC', password='«P snowflake password gen»', account='bkr-eu1')\\n",
    "client = OpenAI(api_key='«P openai api_key prov:openai»')\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("repos/hq-analytics/profiles.yml", "dbt_profiles", """bkr_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: bkr-eu1
      user: DBT_SVC
      password: «P snowflake password gen»
      role: TRANSFORMER
    dev:
      type: snowflake
      account: bkr-eu1
      user: "{{ env_var('DBT_USER') }}"
      password: «D snowflake reference lit:"{{ env_var('DBT_PASSWORD') }}"»
"""),
    ("repos/hq-frontend/package-lock.json", "lockfile", """{
  "name": "bkr-portal",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "«D npm integrity_hash sri»"
    },
    "node_modules/stripe": {
      "version": "15.8.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-15.8.0.tgz",
      "integrity": "«D npm integrity_hash sri»"
    }
  }
}
"""),
    ("repos/hq-frontend/src/i18n/de.json", "i18n", """{
  "login.password": "«D generic i18n lit:Passwort»",
  "login.password_hint": "«D generic i18n lit:Mindestens 14 Zeichen, keine Wörter aus dem Wörterbuch»",
  "login.forgot": "Passwort vergessen?",
  "settings.api_key": "«D generic i18n lit:API-Schlüssel»",
  "settings.token_expired": "Ihr Zugangstoken ist abgelaufen"
}
"""),
    ("repos/hq-it/onboarding/welcome-email.txt", "email", """Subject: Welcome to Brackenfell Renewables

Hi Priya,

Your laptop is ready. First login: p.raman / «P windows password pwp» (you will be asked to change it).
VPN: vpn.brackenfell-energy.example, pre-shared key «P ipsec psk vpnpsk».
Please never share your password; IT will never ask for it.

Your badge PIN is «D generic pin pin».
"""),
    ("repos/hq-it/exports/passwords.csv", "password_manager_csv", """name,url,username,password,totp
SolarEdge monitoring,https://monitoring.solaredge.com,bkr-ops,«P solaredge password gen»,
Elexon portal,https://www.elexonportal.co.uk,bkr-trading,«P elexon password gen»,«P totp seed totp»
Met Office DataHub,https://datahub.metoffice.gov.uk,bkr-forecast,«P generic password pwp»,
"""),
    ("repos/hq-platform/terraform/main.tf", "terraform", """provider "aws" {
  region     = "eu-west-2"
  access_key = "«P aws access_key_id akia»"
  secret_key = "«P aws secret_access_key awssecret»"
}

resource "aws_db_instance" "forecast" {
  identifier = "forecast"
  username   = "forecast"
  password   = var.db_password
}

resource "random_password" "grafana" {
  length = 24
}

provider "datadog" {
  api_key = "«P datadog api_key hex32»"
  app_key = var.datadog_app_key
}
"""),
    ("repos/hq-platform/.circleci/config.yml", "circleci", """version: 2.1
jobs:
  build:
    docker:
      - image: cimg/python:3.12
        auth:
          username: bkrbuild
          password: «P docker hub_pat prov:docker»
    environment:
      CODECOV_TOKEN: «P codecov upload_token uuid»
    steps:
      - checkout
      - run: make test
"""),
    ("repos/hq-it/tickets/IT-2291.md", "ticket", """# IT-2291 SolarEdge monitoring account locked

Reset done. Temporary password for bkr-ops: «P solaredge password pwp» — change at first login.
The old password (locked after 5 failed attempts) was not reused. Password reset emails go to it@.
Affected sites: hlm, crf. Request id «D generic request_id uuid».
"""),
    ("repos/hq-frontend/go.sum", "gosum", """github.com/eclipse/paho.mqtt.golang v1.4.3 «D go module_hash pre:h1:b6432»
github.com/eclipse/paho.mqtt.golang v1.4.3/go.mod «D go module_hash pre:h1:b6432»
github.com/influxdata/influxdb-client-go/v2 v2.13.0 «D go module_hash pre:h1:b6432»
"""),
    ("repos/hq-frontend/yarn.lock", "lockfile", """axios@^1.7.2:
  version "1.7.2"
  resolved "https://registry.yarnpkg.com/axios/-/axios-1.7.2.tgz#«D npm tarball_sha1 sha1»"
  integrity «D npm integrity_hash sri»
"""),
    ("repos/hq-frontend/public/index.html", "html", """<!doctype html>
<html lang="en">
<head>
  <script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js"
          integrity="«D npm integrity_hash pre:sha384-:b6448»" crossorigin="anonymous"></script>
  <meta name="google-site-verification" content="«D google site_verification b64u43»">
</head>
<body><div id="root"></div></body>
</html>
"""),
    ("repos/hq-platform/CHANGELOG.md", "changelog", """## 2.14.0
* Rotate the forecast vendor token (commit «D git commit_sha gitsha»).
* Passwords are now hashed with Argon2; the `password_reset_token` column is dropped (commit «D git commit_sha gitsha»).
* Remove the hard-coded API key from `weather.py` (merged in «D git commit_sha pre::hex12»).
"""),
    ("repos/hq-platform/ssh/authorized_keys", "public_keys", """ssh-ed25519 «D ssh public_key pre:AAAAC3NzaC1lZDI1NTE5AAAAI:b6424» ops@hlm-jump
ssh-ed25519 «D ssh public_key pre:AAAAC3NzaC1lZDI1NTE5AAAAI:b6424» ops@crf-jump
ssh-rsa «D ssh public_key pre:AAAAB3NzaC1yc2EAAAADAQABAAABgQ:b64300» ci@bkr
"""),
    ("repos/hq-platform/nginx/.htpasswd", "hash_file", """grafana-viewer:«D generic bcrypt_hash bcrypt»
status:«D generic apr1_hash pre:$apr1$:b64u30»
"""),
    ("repos/hq-frontend/src/i18n/fr.json", "i18n", """{
  "login.password": "«D generic i18n lit:Mot de passe»",
  "login.password_hint": "«D generic i18n lit:Au moins 14 caractères»",
  "settings.api_token": "«D generic i18n lit:Jeton d'accès personnel»",
  "settings.regenerate": "Régénérer le jeton"
}
"""),
    ("repos/hq-platform/fixtures/assets.json", "fixtures", """[
  {"id": "«D generic asset_id uuid»", "site": "hlm", "type": "WTG", "serial": "V150-4821"},
  {"id": "«D generic asset_id uuid»", "site": "hlm", "type": "WTG", "serial": "V150-4822"},
  {"id": "«D generic asset_id uuid»", "site": "crf", "type": "INV", "serial": "SE100K-2231"},
  {"id": "«D generic asset_id uuid»", "site": "crf", "type": "INV", "serial": "SE100K-2232"}
]
"""),
    ("repos/hq-platform/auth/jwks.json", "public_keys", """{"keys": [{"kty": "RSA", "kid": "«D generic key_id hex16»", "use": "sig", "alg": "RS256", "e": "AQAB",
  "n": "«D generic rsa_public_modulus b64u342»"}]}
"""),
    ("repos/hq-it/exports/teams-chat.txt", "chat_export", """[09:12] Owen Pryce: can someone send me the sandbox AWS keys?
[09:14] Dana Kell: «P aws access_key_id akia» / «P aws secret_access_key awssecret»
[09:14] Dana Kell: and the bot token for the release job: «P github pat_classic prov:github»
[09:15] Owen Pryce: thanks! the old one was «D github masked lit:ghp_************************Qm4x», right?
[09:16] Dana Kell: yes, revoked. The wiki password is «P confluence password pwp» btw
[09:17] Owen Pryce: please don't post passwords in chat next time
"""),
    ("repos/hq-frontend/.env.production", "dotenv", """NEXTAUTH_URL=https://portal.brackenfell-energy.example
NEXTAUTH_SECRET=«P nextauth secret b6432»
DATABASE_URL=«P mysql password url:mysql://portal:{}@mysql.hq.brackenfell.internal:3306/portal»
SENTRY_AUTH_TOKEN=«P sentry user_token prov:sentry»
RESEND_API_KEY=«P resend api_key prov:resend»
NEXT_PUBLIC_POSTHOG_KEY=«D posthog project_key pre:phc_:alnum43»
"""),
    ("repos/hq-analytics/airflow/dags/export_settlement.py", "python_source", """from airflow import DAG
from airflow.providers.sftp.operators.sftp import SFTPOperator
from airflow.hooks.base import BaseHook

conn = BaseHook.get_connection("elexon_sftp")
SFTP_PASSWORD = "«P sftp password gen»"  # TODO move to the connection
"""),
    ("repos/hq-platform/docs/vendor-key-formats.md", "vendor_docs", """# Key formats we use (for reviewers)

Stripe secret keys look like `«D stripe docs_example lit:sk_live_51H0ABCDEFGHIJKLMNOPQRSTUVWXYZ»…`; test keys such as
`«D stripe test_key pre:sk_test_51:alnum97»` are fine in fixtures. AWS's documentation uses
`«D aws docs_example lit:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»` as its example secret.
A masked key in a ticket (`«D stripe masked lit:sk_live_****************************4f2a»`) is not a leak.
"""),
]


def build(outdocs, files_fn):
    specs = []
    for code, name in SITES:
        for path, shape, text in SITE_FILES:
            specs.append((path.replace("⟨s⟩", code), shape, text.replace("⟨s⟩", code).replace("⟨S⟩", name)))
    specs += HQ_FILES
    outdocs += files_fn(__import__("holdout_gen").Doc, "repos", specs)
