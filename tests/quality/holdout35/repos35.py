"""The organisation half: Saltmarsh Fisheries Cooperative (invented), two harbours, Kellhaven
(khv) and Dunmore (dnm), and the head office (hq). Templates use holdout_gen.template_filler's
tokens: «P provider format spec» positive, «D provider kind spec» decoy, «Q» URL-encoded
positive, «B» base64 positive; specs are vals35.gen's. HBR and HNAME are the harbour."""

HARBOURS = [("khv", "Kellhaven"), ("dnm", "Dunmore")]

SITE = [
("HBR/catch-log/.env", "env", """# catch-log (Django) -- HNAME landing records
DJANGO_SECRET_KEY=«P django secret_key ‹g50›»
DEBUG=False
DATABASE_URL=«P postgres password postgres://catchlog:‹x›@db.HBR.smfc.internal:5432/catchlog»
REDIS_URL=«P redis password redis://default:‹x›@cache.HBR.smfc.internal:6379/0»
SENTRY_DSN=«D sentry dsn_public_key https://‹h32›@o‹d6›.ingest.sentry.io/‹d7›»
AWS_ACCESS_KEY_ID=«P aws access_key_id AKIA‹A16›»
AWS_SECRET_ACCESS_KEY=«P aws secret_access_key ‹B40›»
AWS_STORAGE_BUCKET_NAME=smfc-HBR-landing-photos
EMAIL_HOST_USER=catchlog@saltmarsh-fish.example
EMAIL_HOST_PASSWORD=«P smtp password ‹x›»
# copy to .env.local and fill in:
# SCALE_HOUSE_API_KEY=«D generic placeholder <scale-house-api-key>»
"""),
("HBR/catch-log/.env.example", "env", """DJANGO_SECRET_KEY=«D django placeholder changeme»
DATABASE_URL=«D postgres placeholder postgres://catchlog:${DB_PASSWORD}@localhost:5432/catchlog»
AWS_ACCESS_KEY_ID=«D aws placeholder YOUR_AWS_ACCESS_KEY_ID»
AWS_SECRET_ACCESS_KEY=«D aws placeholder xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
EMAIL_HOST_PASSWORD=«D smtp placeholder not-set»
"""),
("HBR/catch-log/catchlog/settings/production.py", "source_py", """import os

from .base import *  # noqa

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "«P django secret_key django-insecure-‹g50›»")
ALLOWED_HOSTS = ["catchlog.HBR.saltmarsh-fish.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "catchlog",
        "USER": "catchlog",
        "PASSWORD": "«P postgres password ‹x›»",
        "HOST": "db.HBR.smfc.internal",
    },
    "ledger": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "quota",
        "USER": "reader",
        "PASSWORD": os.environ["LEDGER_DB_PASSWORD"],
        "HOST": "ledger-db.smfc.internal",
    },
}
EMAIL_HOST_PASSWORD = "«P smtp password ‹x›»"
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
PASSWORD_RESET_TIMEOUT = 259200
"""),
("HBR/deploy/docker-compose.yml", "compose", """services:
  db:
    image: postgres:16@sha256:«D docker image_digest ‹h64›»
    environment:
      POSTGRES_USER: auction
      POSTGRES_PASSWORD: «P postgres password ‹x›»
  mq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: auction
      RABBITMQ_DEFAULT_PASS: «P rabbitmq password ‹x›»
  minio:
    image: minio/minio
    environment:
      MINIO_ROOT_USER: smfc-admin
      MINIO_ROOT_PASSWORD: «P minio password ‹x›»
  grafana:
    image: grafana/grafana:11.2.0
    environment:
      - GF_SECURITY_ADMIN_PASSWORD=«P grafana password ‹x›»
      - GF_DATABASE_PASSWORD=${GRAFANA_DB_PASSWORD}
  auction-api:
    build: ../auction-api
    environment:
      STRIPE_SECRET_KEY: «P stripe secret_key sk_live_51‹a97›»
      STRIPE_WEBHOOK_SECRET: «P stripe webhook_secret whsec_‹a32›»
      JWT_SECRET: «P generic jwt_secret ‹k48›»
      DB_PASSWORD: «D postgres placeholder ${POSTGRES_PASSWORD}»
"""),
("HBR/deploy/k8s/auction-api.yaml", "k8s", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: auction-api
  namespace: HBR-auction
spec:
  template:
    spec:
      containers:
        - name: api
          image: registry.smfc.internal/auction-api@sha256:«D docker image_digest ‹h64›»
          env:
            - name: DB_PASSWORD
              value: «P postgres password ‹x›»
            - name: SENDGRID_API_KEY
              value: «P sendgrid api_key SG.‹b22›.‹b43›»
            - name: TWILIO_AUTH_TOKEN
              value: «P twilio auth_token ‹h32›»
            - name: TWILIO_ACCOUNT_SID
              value: «D twilio account_sid AC‹h32›»
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: auction-redis
                  key: password
"""),
("HBR/deploy/helm/values-prod.yaml", "helm", """image:
  tag: «D git commit_sha ‹h40›»
postgresql:
  auth:
    username: auction
    password: «P postgres password ‹x›»
    postgresPassword: «P postgres password ‹x›»
redis:
  auth:
    password: «P redis password ‹x›»
smtp:
  host: smtp.saltmarsh-fish.example
  password: «P smtp password ‹x›»
datadog:
  apiKey: «P datadog api_key ‹h32›»
  appKey: «D datadog placeholder <DATADOG_APP_KEY>»
"""),
("HBR/deploy/helm/values.yaml", "helm", """postgresql:
  auth:
    password: «D postgres placeholder changeme»
redis:
  auth:
    password: ""
    existingSecret: auction-redis
smtp:
  password: «D smtp placeholder {{ .Values.global.smtpPassword }}»
datadog:
  apiKey: «D datadog placeholder xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
"""),
("HBR/infra/prod.tfvars", "terraform", """region            = "eu-west-1"
vpc_id            = "«D aws vpc_id vpc-‹h17›»"
db_master_password = "«P postgres password ‹x›»"
cloudflare_api_token = "«P cloudflare api_token ‹b40›»"
cloudflare_zone_id   = "«D cloudflare zone_id ‹h32›»"
datadog_api_key   = "«P datadog api_key ‹h32›»"
pagerduty_token   = "«P pagerduty api_token u+‹b18›»"
"""),
("HBR/.github/workflows/deploy.yml", "ci_yaml", """name: deploy
on:
  push:
    branches: [main]
env:
  REGISTRY_USER: smfc-ci
  REGISTRY_PASSWORD: «P docker password ‹x›»
  SLACK_WEBHOOK_URL: «P slack webhook https://hooks.slack.com/services/T‹A10›/B‹A10›/‹a24›»
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@«D git commit_sha ‹h40›»
      - uses: docker/login-action@v3
        with:
          username: smfc-ci
          password: «D docker placeholder {{ secrets.REGISTRY_PASSWORD }}»
      - run: ./deploy.sh
        env:
          KUBE_TOKEN: ${{ secrets.KUBE_TOKEN }}
          SENTRY_AUTH_TOKEN: «P sentry user_token sntryu_‹h64›»
"""),
("HBR/.gitlab-ci.yml", "ci_yaml", """variables:
  POSTGRES_DB: quota_test
  POSTGRES_PASSWORD: «D postgres test_password postgres»
  SONAR_TOKEN: «P sonarcloud user_token squ_‹h40›»
  DEPLOY_DB_PASSWORD: «P postgres password ‹x›»
test:
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest
deploy:
  script:
    - curl -u "deploy:«P nexus password ‹x›»" --upload-file dist/app.tar.gz https://nexus.smfc.internal/repository/raw/
"""),
("HBR/Jenkinsfile", "ci_groovy", """pipeline {
  agent any
  environment {
    NEXUS_CREDS = credentials('nexus-deploy')
    ARTIFACTORY_TOKEN = '«P jfrog api_key AKCp8‹a68›»'
  }
  stages {
    stage('publish') {
      steps {
        sh "sshpass -p '«P ssh password ‹x›»' scp build/*.jar deploy@apps.HBR.smfc.internal:/opt/ledger/"
        sh 'curl -H "X-JFrog-Art-Api: $ARTIFACTORY_TOKEN" -T build/ledger.jar https://smfc.jfrog.io/artifactory/libs/'
      }
    }
  }
}
"""),
("HBR/quota-ledger/src/main/resources/application-prod.yml", "spring", """spring:
  datasource:
    url: jdbc:postgresql://ledger-db.HBR.smfc.internal:5432/ledger
    username: ledger_app
    password: «P postgres password ‹x›»
  rabbitmq:
    host: mq.HBR.smfc.internal
    username: ledger
    password: «P rabbitmq password ‹x›»
  mail:
    password: «D smtp placeholder ${MAIL_PASSWORD}»
ledger:
  jwt:
    signing-key: «P generic jwt_secret ‹k64›»
  fisheries-authority:
    api-key: «P generic api_key ‹k32›»
management:
  endpoints:
    web:
      exposure:
        include: health,info
"""),
("HBR/invoicing/appsettings.Production.json", "dotnet", """{
  "ConnectionStrings": {
    "Invoicing": "Server=sql.HBR.smfc.internal;Database=Invoicing;User Id=invoicing_app;Password=«P mssql password ‹x›»;TrustServerCertificate=True"
  },
  "Stripe": {
    "SecretKey": "«P stripe secret_key sk_live_51‹a97›»",
    "PublishableKey": "«D stripe publishable_key pk_live_51‹a97›»"
  },
  "SendGrid": { "ApiKey": "«P sendgrid api_key SG.‹b22›.‹b43›»" },
  "AzureAd": {
    "TenantId": "«D azure tenant_id ‹u›»",
    "ClientId": "«D azure client_id ‹u›»",
    "ClientSecret": "«P azure client_secret ‹a3›8Q~‹b34›»"
  }
}
"""),
("HBR/member-portal/.env", "laravel", """APP_NAME="Saltmarsh Members HNAME"
APP_ENV=production
APP_KEY=base64:«P laravel app_key ‹B43›=»
DB_CONNECTION=mysql
DB_HOST=mysql.HBR.smfc.internal
DB_USERNAME=portal
DB_PASSWORD=«P mysql password ‹x›»
MAIL_MAILER=smtp
MAIL_USERNAME=portal@saltmarsh-fish.example
MAIL_PASSWORD=«P smtp password ‹x›»
PUSHER_APP_ID=«D pusher app_id ‹d7›»
PUSHER_APP_KEY=«D pusher app_key ‹h20›»
PUSHER_APP_SECRET=«P pusher app_secret ‹h20›»
MOLLIE_KEY=«P mollie live_key live_‹a30›»
"""),
("HBR/fleet-maint/config/database.yml", "rails", """default: &default
  adapter: postgresql
  pool: 5
development:
  <<: *default
  database: fleet_dev
  password: «D postgres dev_default password»
production:
  <<: *default
  database: fleet
  username: fleet
  password: «P postgres password ‹x›»
"""),
("HBR/fleet-maint/config/master.key", "rails", "«P rails master_key ‹h32›»\n"),
("HBR/coldstore-telemetry/main.go", "source_go", """package main

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

const influxToken = "«P influxdb api_token ‹b86›==»"

func connect() mqtt.Client {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.HBR.smfc.internal:8883")
	opts.SetUsername("coldstore")
	opts.SetPassword("«P mqtt password ‹x›»")
	return mqtt.NewClient(opts)
}

func influx() influxdb2.Client {
	return influxdb2.NewClient("https://influx.smfc.internal", influxToken)
}

// sensor calibration id, not a secret
var probeID = "«D generic sensor_id ‹h24›»"
"""),
("HBR/ais-ingest/src/config.rs", "source_rust", """pub struct Config {
    pub db_url: &'static str,
    pub ais_api_key: &'static str,
}

pub const PROD: Config = Config {
    db_url: "«P postgres password postgres://ais:‹x›@ais-db.HBR.smfc.internal/ais»",
    ais_api_key: "«P generic api_key ‹k40›»",
};

// MMSI of the harbour pilot boat, public
pub const PILOT_MMSI: u32 = «D generic mmsi 2‹d8›»;
"""),
("HBR/deckhand-app/app/src/main/java/fish/smfc/deckhand/ApiClient.kt", "source_kotlin", """package fish.smfc.deckhand

import okhttp3.Request

object ApiClient {
    private const val BASE = "https://deckhand.HBR.saltmarsh-fish.example/api/"
    private const val API_KEY = "«P generic api_key ‹k32›»"
    private const val BASIC_PASSWORD = "«P generic password ‹x›»"

    fun request(path: String) = Request.Builder()
        .url(BASE + path)
        .header("X-Api-Key", API_KEY)
        .header("X-Request-Id", "«D generic request_id ‹u›»")
        .build()
}
"""),
("HBR/ops/Set-ScaleHouse.ps1", "powershell", """$ErrorActionPreference = 'Stop'
$user = 'SMFC\\svc-scalehouse'
$pw = ConvertTo-SecureString '«P windows password ‹x›»' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pw)
New-PSDrive -Name S -PSProvider FileSystem -Root \\\\scale.HBR.smfc.internal\\export -Credential $cred
$env:AZURE_CLIENT_SECRET = '«P azure client_secret ‹a3›8Q~‹b34›»'
# thumbprint of the signing cert (public)
$thumb = '«D windows cert_thumbprint ‹H40›»'
"""),
("HBR/ops/backup.sh", "shell", """#!/bin/bash
set -euo pipefail
export PGPASSWORD='«P postgres password ‹x›»'
pg_dump -h db.HBR.smfc.internal -U catchlog catchlog | gzip > /backup/catchlog-$(date +%F).sql.gz
mysqldump -u portal -p'«P mysql password ‹x›»' -h mysql.HBR.smfc.internal portal > /backup/portal.sql
export RESTIC_PASSWORD="«P restic password ‹x›»"
restic -r s3:s3.amazonaws.com/smfc-HBR-backup backup /backup
sha256sum /backup/*.gz > /backup/SHA256SUMS   # e.g. «D generic sha256 ‹h64›»
"""),
("HBR/home/skipper-ops/.bash_history", "history", """ls -la
cd /srv/auction
mysql -u root -p'«P mysql password ‹x›»' auction
export GITHUB_TOKEN=«P github pat_classic ghp_‹a36›»
gh release download v2.3.1
curl -u admin:«P generic password ‹x›» http://scale.HBR.smfc.internal:8080/api/tare
docker login registry.smfc.internal -u deploy -p «P docker password ‹x›»
git log --oneline | head
git checkout «D git commit_sha ‹h40›»
history | grep passw
"""),
("HBR/docs/runbook-auction-hall.md", "runbook", """# HNAME auction hall -- runbook

## Clock display controller
Log in at http://clock.HBR.smfc.internal with user `admin`, password `«P generic password ‹x›»`.
If it asks you to reset your password, do not: the vendor resets it to the factory default.

## Bidding terminals
The terminals pull their config from the ledger API with the header
`Authorization: Bearer «P generic api_token ‹k40›»`.

## Do not use
The old key `«D generic revoked ‹k40›»` was revoked after the 2024 audit.
Users reset their own password at https://id.saltmarsh-fish.example (see `<password>` in the form).
"""),
("HBR/exports/slack-ops-HBR.json", "chat", """[
  {"ts": "1733300101.000200", "user": "U‹A10›", "text": "who has the grading-camera login?"},
  {"ts": "1733300188.000300", "user": "U‹A10›", "text": "user cam-admin / «P generic password ‹x›» -- please change it"},
  {"ts": "1733300240.000400", "user": "U‹A10›", "text": "api key for the weather feed is «P generic api_key ‹k32›»"},
  {"ts": "1733300302.000500", "user": "U‹A10›", "text": "thanks! reminder: never paste passwords here"},
  {"ts": "1733300377.000600", "user": "U‹A10›", "text": "ticket id «D generic ticket_id ‹u›» for the rotation"}
]
"""),
("HBR/exports/vessel-gateways.csv", "csv", """vessel,imei,sim_pin,portal_user,portal_password,firmware_sha
Marie Louise,35‹d13›,«D generic pin ‹d4›»,ml-gw,«P generic password ‹x›»,«D generic sha1 ‹h40›»
Good Hope,35‹d13›,«D generic pin ‹d4›»,gh-gw,«P generic password ‹x›»,«D generic sha1 ‹h40›»
Northern Star,35‹d13›,«D generic pin ‹d4›»,ns-gw,«P generic password ‹x›»,«D generic sha1 ‹h40›»
"""),
("HBR/db/seed.sql", "sql", """INSERT INTO users (email, password_hash) VALUES
  ('harbourmaster@saltmarsh-fish.example', '«D generic bcrypt $2b$12$‹b53›»'),
  ('auction@saltmarsh-fish.example', '«D generic bcrypt $2b$12$‹b53›»');
INSERT INTO api_clients (name, client_id, client_secret) VALUES
  ('buyers-app', '«D generic client_id ‹u›»', '«P generic client_secret ‹k48›»'),
  ('scale-house', '«D generic client_id ‹u›»', '«P generic client_secret ‹k48›»');
CREATE USER reporting WITH PASSWORD '«P postgres password ‹x›»';
"""),
("HBR/home/skipper-ops/.netrc", "netrc", """machine nexus.smfc.internal
  login deploy
  password «P nexus password ‹x›»
machine ftp.HBR.smfc.internal login landing password «P ftp password ‹x›»
"""),
("HBR/home/skipper-ops/.git-credentials", "git_credentials", """«P github token https://skipper-ops:ghp_‹a36›@github.com»
«P gitlab token https://oauth2:glpat-‹b20›@gitlab.saltmarsh-fish.example»
"""),
("HBR/auction-api/src/payments.ts", "source_ts", """import Stripe from 'stripe';
import axios from 'axios';

const stripe = new Stripe('«P stripe secret_key sk_live_51‹a97›»', { apiVersion: '2024-06-20' });
export const STRIPE_PUBLISHABLE = '«D stripe publishable_key pk_live_51‹a97›»';

const credit = axios.create({
  baseURL: 'https://api.buyer-credit.example/v3',
  headers: { 'X-API-Key': '«P generic api_key ‹k40›»', 'X-Client-Id': '«D generic client_id ‹u›»' },
});

export async function settle(lot: string, buyer: string) {
  return stripe.paymentIntents.create({ amount: 0, currency: 'gbp', metadata: { lot, buyer } });
}
"""),
("HBR/member-portal/config/services.php", "source_php", """<?php

return [
    'mailgun' => [
        'domain' => 'mg.saltmarsh-fish.example',
        'secret' => '«P mailgun api_key key-‹h32›»',
    ],
    'twilio' => [
        'sid' => '«D twilio account_sid AC‹h32›»',
        'token' => '«P twilio auth_token ‹h32›»',
    ],
    'mollie' => [
        'key' => env('MOLLIE_KEY'),
    ],
    'harbour_cams' => [
        'user' => 'viewer',
        'password' => '«P generic password ‹x›»',
    ],
];
"""),
("HBR/fleet-maint/config/initializers/smtp.rb", "source_ruby", """ActionMailer::Base.smtp_settings = {
  address: "smtp.saltmarsh-fish.example",
  port: 587,
  user_name: "fleet-maint",
  password: "«P smtp password ‹x›»",
  authentication: :login
}

PARTS_SUPPLIER_TOKEN = "«P generic api_token ‹k40›»"
PARTS_SUPPLIER_ACCOUNT = "«D generic account_number ‹d8›»"
"""),
("HBR/invoicing/src/Invoicing/Services/BankClient.cs", "source_csharp", """using System.Net;
using System.Net.Http;

namespace Invoicing.Services
{
    public class BankClient
    {
        private readonly HttpClient _http = new HttpClient();

        public BankClient()
        {
            var cred = new NetworkCredential("svc-invoicing", "«P windows password ‹x›»", "SMFC");
            _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "«P azure apim_key ‹h32›»");
            _http.DefaultRequestHeaders.Add("X-Correlation-Id", "«D generic correlation_id ‹u›»");
        }
    }
}
"""),
]

HQ = [
("hq/.npmrc", "npmrc", """@smfc:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«P github pat_classic ghp_‹a36›»
//registry.npmjs.org/:_authToken=«P npm automation_token npm_‹a36›»
//nexus.smfc.internal/repository/npm/:_authToken=${NEXUS_NPM_TOKEN}
"""),
("hq/.pypirc", "pypirc", """[distutils]
index-servers = pypi internal

[pypi]
username = __token__
password = «P pypi api_token pypi-AgEIcHlwaS5vcmcCJG‹b120›»

[internal]
repository = https://nexus.smfc.internal/repository/pypi/
username = deploy
password = «P nexus password ‹x›»
"""),
("hq/home/ana/.kube/config", "kubeconfig", """apiVersion: v1
kind: Config
clusters:
  - name: smfc-prod
    cluster:
      server: https://k8s.smfc.internal:6443
      certificate-authority-data: «D kubernetes ca_cert LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t‹B120›»
users:
  - name: ana
    user:
      token: «P kubernetes sa_token eyJhbGciOiJSUzI1NiIsImtpZCI6Ii‹b40›In0.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Ii‹b180›.‹b342›»
  - name: ci
    user:
      client-certificate-data: «D kubernetes client_cert LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t‹B120›»
contexts:
  - name: prod
    context: {cluster: smfc-prod, user: ana}
current-context: prod
"""),
("hq/warehouse/notebooks/landings-2025.ipynb", "notebook", """{
 "cells": [
  {"cell_type": "code", "metadata": {}, "outputs": [], "source": [
    "import snowflake.connector\\n",
    "conn = snowflake.connector.connect(\\n",
    "    user='ANALYST_HQ', password='«P snowflake password ‹x›»',\\n",
    "    account='smfc-eu1', warehouse='ANALYTICS')\\n"
  ]},
  {"cell_type": "code", "metadata": {}, "outputs": [], "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"«P openai project_key sk-proj-‹b64›T3BlbkFJ‹b64›»\\")\\n"
  ]},
  {"cell_type": "markdown", "metadata": {}, "source": ["Landings by species; checksum «D generic md5 ‹h32›»"]}
 ],
 "metadata": {"kernelspec": {"name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
"""),
("hq/warehouse/profiles.yml", "dbt", """smfc:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: smfc-eu1
      user: DBT_PROD
      password: «P snowflake password ‹x›»
      role: TRANSFORMER
    dev:
      type: snowflake
      account: smfc-eu1
      user: "{{ env_var('DBT_USER') }}"
      password: «D snowflake placeholder {{ env_var('DBT_PASSWORD') }}»
"""),
("hq/website/package-lock.json", "lockfile", """{
  "name": "smfc-website",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@hubspot/api-client": {
      "version": "11.2.0",
      "resolved": "https://registry.npmjs.org/@hubspot/api-client/-/api-client-11.2.0.tgz",
      "integrity": "sha512-«D npm integrity ‹B86›==»"
    },
    "node_modules/stripe": {
      "version": "16.12.0",
      "integrity": "sha512-«D npm integrity ‹B86›==»"
    }
  }
}
"""),
("hq/website/src/i18n/de.json", "i18n", """{
  "login.password": "«D generic i18n Passwort»",
  "login.password_hint": "«D generic i18n Mindestens 12 Zeichen»",
  "login.forgot": "Passwort vergessen?",
  "api.key_label": "«D generic i18n API-Schlüssel»",
  "api.token_help": "«D generic i18n Token wird nur einmal angezeigt»"
}
"""),
("hq/it/onboarding-email.txt", "email", """Subject: Welcome to Saltmarsh, Tomasz

Hi Tomasz,

your accounts are ready:
  Windows / e-mail: tomasz.w@saltmarsh-fish.example, initial password «P windows password ‹x›»
  Auction terminal PIN: «D generic pin ‹d4›»
  VPN pre-shared key: «P vpn psk ‹g32›»

Please change the password at first login (Ctrl+Alt+Del > Change a password).
IT Service Desk
"""),
("hq/it/password-manager-export.csv", "csv", """name,url,username,password,totp
Harbour CCTV,https://cctv.khv.smfc.internal,admin,«P generic password ‹x›»,
Fuel dock POS,https://fuel.dnm.smfc.internal,manager,«P generic password ‹x›»,
Fisheries authority portal,https://portal.fisheries.example,smfc-reporting,«P generic password ‹x›»,«P totp seed ‹A32›»
Guest Wi-Fi,,guest,«D generic placeholder (ask at reception)»,
"""),
("hq/infra/main.tf", "terraform", """provider "aws" {
  region     = "eu-west-1"
  access_key = "«P aws access_key_id AKIA‹A16›»"
  secret_key = "«P aws secret_access_key ‹B40›»"
}

resource "aws_db_instance" "ledger" {
  identifier = "ledger"
  username   = "ledger_admin"
  password   = "«P postgres password ‹x›»"
}

resource "aws_db_instance" "reporting" {
  identifier = "reporting"
  username   = "reporting"
  password   = var.reporting_password
}
"""),
("hq/ci/.circleci/config.yml", "ci_yaml", """version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
        auth:
          username: smfcci
          password: «P docker password ‹x›»
    environment:
      CODECOV_TOKEN: «P codecov token ‹u›»
      NODE_ENV: test
    steps:
      - checkout
      - run: npm ci && npm test
"""),
("hq/security/vendor-keys.md", "docs", """# Vendor key formats (for reviewers)

All values below are examples from vendor documentation, not ours:

* AWS: `«D aws docs_example AKIAIOSFODNN7EXAMPLE»` / `«D aws docs_example wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»`
* Stripe test mode: `«D stripe test_key sk_test_51‹a97›»`
* Masked in our logs: `«D stripe masked sk_live_****************************»`
* GitHub: `«D github placeholder ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»`
* JWT signing keys are rotated quarterly; the public key fingerprint is `«D generic key_fingerprint SHA256:‹B43›»`.
"""),
]


def build(fill):
    from holdout_gen import Doc
    docs = []
    for code, name in HARBOURS:
        for path, shape, text in SITE:
            d = Doc("repos/" + path.replace("HBR", code), "repos", shape)
            docs.append((d, fill(d, text.replace("HBR", code).replace("HNAME", name))))
    for path, shape, text in HQ:
        d = Doc("repos/" + path, "repos", shape)
        docs.append((d, fill(d, text)))
    return docs
