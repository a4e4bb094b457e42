"""Quillon Talent's repositories (holdout39's organisation part).

Quillon Talent (QTL) is an invented mid-size software company: an applicant-tracking SaaS
("Quillon ATS") with a web app, a mobile backend and apps, data jobs, infra, docs and support
tooling, run in two regions (eu, us). REGION files are written once per region; HQ files once.
Tokens: holdout_gen.template_filler («P prov format spec», «D prov kind spec», «B», «Q»).
"""
from holdout_gen import Doc, template_filler
from gen39 import gen

fill, files = template_filler(gen, xml_files=(".xml", ".config", ".plist", ".csproj"), url_accept=True)

REGION = [
("repos/{r}-ats-web/.env", "dotenv", """# Quillon ATS web ({r}) -- loaded by django-environ
DJANGO_SETTINGS_MODULE=ats.settings.production
DJANGO_SECRET_KEY=«P django secret_key a50»
DATABASE_URL=postgres://ats_app:«P postgres password rtok»@db-{r}.qtl.internal:5432/ats
REDIS_URL=redis://:«P redis password a32»@cache-{r}.qtl.internal:6379/0
EMAIL_HOST=smtp.sendgrid.net
EMAIL_HOST_USER=apikey
EMAIL_HOST_PASSWORD=«P sendgrid api_key =SG.+u22+=.+u43»
SENTRY_DSN=https://«D sentry dsn_public h32»@o44120.ingest.sentry.io/61123
ALLOWED_HOSTS=app-{r}.quillon.example
"""),
("repos/{r}-ats-web/.env.example", "dotenv_example", """DJANGO_SECRET_KEY=«D django placeholder =change-me-in-prod»
DATABASE_URL=postgres://ats_app:«D postgres placeholder =password»@localhost:5432/ats
EMAIL_HOST_PASSWORD=«D sendgrid placeholder =<sendgrid-api-key>»
STRIPE_SECRET_KEY=«D stripe placeholder =sk_live_xxxxxxxxxxxxxxxxxxxxxxxx»
"""),
("repos/{r}-ats-web/ats/settings/production.py", "django_settings", """from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«P django secret_key a50»"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "ats",
        "USER": "ats_app",
        "PASSWORD": "«P postgres password gen»",
        "HOST": "db-{r}.qtl.internal",
    }
}

AWS_STORAGE_BUCKET_NAME = "qtl-{r}-resumes"
AWS_ACCESS_KEY_ID = "«P aws access_key_id =AKIA+U16»"
AWS_SECRET_ACCESS_KEY = "«P aws secret_access_key b40»"
CELERY_BROKER_URL = "amqp://ats:«P rabbitmq password a24»@mq-{r}.qtl.internal:5672//"
"""),
("repos/{r}-ats-web/docker-compose.yml", "compose", """services:
  web:
    image: registry.quillon.example/ats-web@sha256:«D docker image_digest sha256»
    env_file: .env
    depends_on: [db, search]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ats
      POSTGRES_PASSWORD: «P postgres password gen»
  search:
    image: opensearchproject/opensearch:2.15.0
    environment:
      - OPENSEARCH_INITIAL_ADMIN_PASSWORD=«P opensearch password gpw»
"""),
("repos/{r}-ats-web/docker-compose.ci.yml", "compose_ci", """# throwaway services for the test job
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: «D postgres ci_default =postgres»
  rabbit:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_PASS: «D rabbitmq ci_default =guest»
"""),
("repos/{r}-infra/k8s/ats-web/deployment.yaml", "k8s_env", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: ats-web
  namespace: ats-{r}
spec:
  template:
    spec:
      containers:
        - name: web
          image: registry.quillon.example/ats-web:4.18.2
          env:
            - name: OPENSEARCH_PASSWORD
              value: "«P opensearch password gen»"
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: {name: ats-db, key: password}
            - name: TWILIO_AUTH_TOKEN
              value: "«P twilio auth_token h32»"
            - name: TWILIO_ACCOUNT_SID
              value: "«D twilio account_sid =AC+h32»"
"""),
("repos/{r}-infra/helm/ats/values-prod.yaml", "helm_values", """replicaCount: 4
image:
  tag: 4.18.2
postgresql:
  auth:
    username: ats
    password: «P postgres password gen»
    postgresPassword: «P postgres password gen»
redis:
  auth:
    password: "«P redis password rtok»"
smtp:
  host: smtp.mailgun.org
  user: postmaster@mg.quillon.example
  password: «P mailgun smtp_password gen»
"""),
("repos/{r}-infra/helm/ats/values.yaml", "helm_values_defaults", """postgresql:
  auth:
    password: ""
redis:
  auth:
    existingSecret: ats-redis
smtp:
  password: «D mailgun placeholder =CHANGEME»
"""),
("repos/{r}-infra/terraform/prod.tfvars", "tfvars", """region          = "{r}"
db_instance     = "db.r6g.large"
db_password     = "«P postgres password gen»"
datadog_api_key = "«P datadog api_key h32»"
datadog_app_key = "«P datadog app_key h40»"
cloudflare_zone = "«D cloudflare zone_id h32»"
"""),
("repos/{r}-infra/pulumi/Pulumi.prod-{r}.yaml", "pulumi_config", """config:
  aws:region: {r}-west-1
  qtl-infra:dbUser: ats
  qtl-infra:dbPassword:
    secure: «D pulumi encrypted_config =v1:+b16+=:+b60»
  qtl-infra:searchAdminPassword: «P opensearch password gen»
  qtl-infra:cloudflareApiToken: «P cloudflare api_token u40»
"""),
("repos/{r}-infra/ansible/group_vars/workers.yml", "ansible_vars", """---
worker_user: qtl
pgbouncer_auth_password: «P pgbouncer password gen»
smtp_relay_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          «D ansible vault_ciphertext h64»
          «D ansible vault_ciphertext h64»
newrelic_license_key: «P newrelic license_key h36+=NRAL»
"""),
("repos/{r}-infra/.github/workflows/deploy.yml", "actions", """name: deploy-{r}
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@«D github commit_sha sha1»
      - name: Helm login
        run: helm registry login charts.quillon.example -u ci --password «P harbor password gen»
      - name: Purge CDN
        run: |
          curl -sX POST "https://api.cloudflare.com/client/v4/zones/$ZONE/purge_cache" \\
            -H "Authorization: Bearer «P cloudflare api_token u40»" --data '{"purge_everything":true}'
        env:
          ZONE: ${{ secrets.CF_ZONE }}
"""),
("repos/{r}-mobile-api/.gitlab-ci.yml", "gitlab_ci", """variables:
  GRADLE_OPTS: "-Dorg.gradle.daemon=false"
  SONAR_TOKEN: "«P sonarqube user_token =squ_+h40»"
  SONAR_HOST_URL: "https://sonar.qtl.internal"

trigger-e2e:
  stage: deploy
  script:
    - curl -X POST -F token=«P gitlab trigger_token =glptt-+h40» -F ref=main https://gitlab.quillon.example/api/v4/projects/212/trigger/pipeline
"""),
("repos/{r}-mobile-api/src/main/resources/application-prod.yml", "spring_yaml", """spring:
  datasource:
    url: jdbc:postgresql://db-{r}.qtl.internal:5432/mobile
    username: mobile_api
    password: «P postgres password gen»
  data:
    redis:
      password: «P redis password a32»
firebase:
  server-key: «P google fcm_server_key =AAAA+a7+=:APA91b+u134»
jwt:
  signing-secret: «P jwt hmac_secret a64»
"""),
("repos/{r}-mobile-api/src/main/resources/application-dev.yml", "spring_yaml_dev", """spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/mobile
    username: mobile
    password: «D postgres dev_default =password»
jwt:
  signing-secret: «D jwt placeholder =dev-only-not-a-secret»
"""),
("repos/{r}-billing/internal/config/config.go", "go_source", """package config

// Defaults for local runs; production overrides via env.
var Default = Config{
	StripeKey:     "«P stripe secret_key =sk_live_51+a97»",
	StripeTestKey: "«D stripe test_key =sk_test_51+a97»",
	WebhookSecret: "«P stripe webhook_secret =whsec_+a32»",
	DSN:           "postgres://billing:«P postgres password a24»@db-{r}.qtl.internal/billing?sslmode=require",
}
"""),
("repos/{r}-ops/runbooks/db-failover.md", "runbook", """# DB failover ({r})

1. Pause the workers: `kubectl -n ats-{r} scale deploy/ats-worker --replicas=0`
2. Promote the replica in the console (RDS -> Actions -> Promote).
3. Log in as the admin user: `psql -h db-{r}.qtl.internal -U qtl_admin` — password is
   `«P postgres password hpw»` (rotate after every failover!).
4. Re-point PgBouncer and scale the workers back.

The bcrypt of the break-glass password in the vault entry is `«D vault bcrypt bcrypt»` (for comparison only).
"""),
("repos/{r}-ops/history/.bash_history", "shell_history", """kubectl config use-context prod-{r}
export GITHUB_TOKEN=«P github pat_classic =ghp_+a36»
redis-cli -h cache-{r}.qtl.internal -a '«P redis password gen»' info keyspace
mysql -u reporting -p'«P mysql password hpw»' -h legacy-{r}.qtl.internal reports
vault login «P vault service_token =hvs.CAESI+u86»
git log --oneline -3
docker login registry.quillon.example -u ci -p «P harbor password gen»
"""),
("repos/{r}-ops/backup/pg_backup.sh", "shell_script", """#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='«P postgres password gen»'
export RESTIC_PASSWORD='«P restic password gen»'
pg_dump -h db-{r}.qtl.internal -U backup ats | gzip > /backup/ats-$(date +%F).sql.gz
restic -r s3:s3.{r}.quillon.example/qtl-backups backup /backup
"""),
("repos/{r}-data/dags/sync_jobboards.py", "airflow_dag", '''from airflow import DAG
from airflow.operators.python import PythonOperator
import requests

INDEED_PARTNER_TOKEN = "«P indeed api_token a40»"
GREENHOUSE_HARVEST_KEY = "«P greenhouse api_key h32»"


def pull():
    r = requests.get("https://harvest.greenhouse.io/v1/candidates", auth=(GREENHOUSE_HARVEST_KEY, ""))
    r.raise_for_status()
'''),
("repos/{r}-data/dbt/profiles.yml", "dbt_profiles", """quillon:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: qtl-{r}1
      user: DBT_PROD
      password: «P snowflake password gen»
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
"""),
("repos/{r}-support/scripts/zendesk_export.ps1", "powershell", """# Export tickets for the weekly report
$user = "support-bot@quillon.example/token"
$token = "«P zendesk api_token a40»"
$pair = "${user}:${token}"
$cred = New-Object System.Management.Automation.PSCredential('svc-report', (ConvertTo-SecureString '«P windows password hpw»' -AsPlainText -Force))
Invoke-RestMethod -Uri "https://quillon.zendesk.com/api/v2/tickets.json" -Credential $cred
"""),
("repos/{r}-ops/monitoring/alertmanager.yml", "alertmanager", """global:
  smtp_smarthost: smtp.mailgun.org:587
  smtp_from: alerts@quillon.example
  smtp_auth_username: alerts@mg.quillon.example
  smtp_auth_password: «P mailgun smtp_password gen»
  slack_api_url: «P slack webhook_url =https://hooks.slack.com/services/T0+U7+=/B0+U8+=/+a24»
receivers:
  - name: oncall-{r}
    pagerduty_configs:
      - routing_key: «P pagerduty integration_key h32»
"""),
("repos/{r}-ops/monitoring/prometheus.yml", "prometheus_basic_auth", """scrape_configs:
  - job_name: opensearch-{r}
    scheme: https
    basic_auth:
      username: prometheus
      password: «P opensearch password gen»
    static_configs:
      - targets: ['search-{r}.qtl.internal:9200']
"""),
("repos/{r}-ops/haproxy/haproxy.cfg", "haproxy", """listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:«P haproxy password hpw»
"""),
("repos/{r}-infra/terraform/main.tf", "terraform_provider", """provider "postgresql" {
  host     = "db-{r}.qtl.internal"
  username = "qtl_admin"
  password = "«P postgres password gen»"
  sslmode  = "require"
}

resource "random_password" "reporting" {
  length  = 24
  special = true
}

resource "aws_db_instance" "ats" {
  identifier = "ats-{r}"
  password   = var.db_password
  kms_key_id = "arn:aws:kms:{r}-west-1:«D aws account_id d12»:key/«D aws kms_key_id uuid»"
}
"""),
("repos/{r}-mobile-api/src/main/kotlin/com/quillon/mail/MailConfig.kt", "kotlin_source", """package com.quillon.mail

import jakarta.mail.PasswordAuthentication

val mailAuth = object : jakarta.mail.Authenticator() {
    override fun getPasswordAuthentication() =
        PasswordAuthentication("noreply@quillon.example", "«P smtp password gen»")
}
"""),
("repos/{r}-data/notebooks/funnel_metrics.ipynb", "notebook_output", """{
 "cells": [
  {"cell_type": "code", "execution_count": 2, "metadata": {},
   "outputs": [{"data": {"text/plain": ["Engine(snowflake://ANALYST:«P snowflake password hpw»@qtl-{r}1/ANALYTICS/PUBLIC?warehouse=BI_WH)"]},
     "execution_count": 2, "metadata": {}, "output_type": "execute_result"}],
   "source": ["engine = create_engine(os.environ['SNOWFLAKE_URL'])\\n", "engine"]}
 ],
 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
}
"""),
("repos/{r}-ats-web/ats/fixtures/test_users.json", "fixture_decoys", """[
  {"model": "auth.user", "pk": 1, "fields": {"username": "recruiter1", "password": "«D django pbkdf2_hash =pbkdf2_sha256$870000$+a22+=$+b43+==»"}},
  {"model": "auth.user", "pk": 2, "fields": {"username": "hiring-manager", "password": "«D django bcrypt_hash bcrypt»"}},
  {"model": "ats.apitoken", "pk": 1, "fields": {"user": 1, "key": "«D quillon test_key =qtl_test_+a40»", "created": "2026-01-01"}}
]
"""),
("repos/{r}-infra/k8s/ingress/basic-auth.yaml", "htpasswd_secret", """apiVersion: v1
kind: Secret
metadata:
  name: grafana-basic-auth
type: Opaque
stringData:
  auth: "ops:«D htpasswd apr1_hash =$apr1$+a8+=$+a22»"
"""),
("repos/{r}-ops/incidents/2026-11-14-mail-outage.md", "incident_notes", """# 2026-11-14 mail outage ({r})

Timeline (UTC)
* 09:02 bounce rate alert; Mailgun key was revoked during the vendor's cleanup.
* 09:20 created a new sending key and tested it:
  `curl -s --user 'api:«P mailgun api_key h32+=-+h8+=-+h8»' https://api.eu.mailgun.net/v3/mg.quillon.example/events`
* 09:41 old key `«D mailgun masked =3f1a************************77c0»` confirmed dead.

Follow-up: store sending keys in Vault only; the password policy doc ("never reuse your password") applies to API keys too.
"""),
("repos/{r}-mobile-api/logs/app-2026-11-27.log", "java_stack_trace", """2026-11-27 22:41:09.118 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1806)
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "mobile_api"
	... 42 common frames omitted
2026-11-27 22:41:09.120  INFO 1 --- [main] c.q.m.ConfigDump : spring.datasource.url=jdbc:postgresql://db-{r}.qtl.internal:5432/mobile?user=mobile_api&password=«P postgres password gen»
2026-11-27 22:41:09.121  INFO 1 --- [main] c.q.m.ConfigDump : build.commit=«D github commit_sha sha1»
"""),
("repos/{r}-ats-web/logs/sentry-event-8812.json", "error_event_headers", """{
  "event_id": "«D sentry event_id h32»",
  "level": "error",
  "request": {
    "url": "https://app-{r}.quillon.example/api/v2/integrations/indeed/sync",
    "method": "POST",
    "headers": [["Content-Type", "application/json"], ["Authorization", "Bearer «P quillon customer_api_key =qtl_live_+a40»"]]
  },
  "exception": {"values": [{"type": "TimeoutError", "value": "read timed out"}]}
}
"""),
("repos/{r}-ats-web/ci-logs/docker-build.txt", "build_log", """#12 [builder 4/9] RUN --mount=type=cache,target=/root/.npm npm ci
#12 0.412 npm warn config //npm.pkg.github.com/:_authToken is set from --build-arg
#11 [builder 3/9] RUN echo "//npm.pkg.github.com/:_authToken=«P github pat_classic =ghp_+a36»" > .npmrc
#13 [builder 5/9] RUN npm run build
#13 DONE 48.2s
writing image sha256:«D docker image_digest sha256» done
"""),
("repos/{r}-infra/terraform/.terraformrc", "terraformrc", """credentials "app.terraform.io" {
  token = "«P terraform_cloud api_token a14+=.atlasv1.+a67»"
}
"""),
("repos/{r}-ats-web/composer-legacy/auth.json", "composer_auth", """{
    "http-basic": {
        "repo.packagist.com": {"username": "token", "password": "«P packagist auth_token =packagist_ort_+h68»"}
    },
    "github-oauth": {"github.com": "«P github oauth_token =gho_+a36»"}
}
"""),
("repos/{r}-ops/tickets/OPS-1877.md", "ticket", """# OPS-1877 staging search cluster locked out

Reporter: Priya N. (support)
Steps: logged into https://search-{r}.qtl.internal as `admin` with the password from the handover sheet
(`«P opensearch password hpw»`): dashboards load, but index `ats-candidates` is read-only (disk watermark).
Note: the install default `«D opensearch vendor_default =admin»` no longer works, good.
Resolution: cleared the read-only block. TODO: move the admin password above into Vault (`secret/ops/search-{r}`).
"""),
("repos/{r}-ats-web/logs/celery-worker.log", "log_trace", """[2026-11-28 03:14:07,112: ERROR/ForkPoolWorker-3] Task ats.tasks.parse_resume[«D celery task_id uuid»] raised unexpected: OperationalError
Traceback (most recent call last):
  File "/app/ats/tasks.py", line 88, in parse_resume
    conn = psycopg2.connect("host=db-{r}.qtl.internal dbname=ats user=ats_app password=«P postgres password gen»")
psycopg2.OperationalError: could not connect to server: Connection timed out
[2026-11-28 03:14:09,540: INFO/MainProcess] Connected to amqp://ats:**@mq-{r}.qtl.internal:5672//
"""),
("repos/{r}-ats-web/db/migrations/0042_seed_service_accounts.sql", "sql_migration", """-- 0042: service accounts for the reporting stack
CREATE ROLE reporting LOGIN PASSWORD '«P postgres password gen»';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
INSERT INTO auth_user (username, password, is_staff) VALUES
  ('ops-bot', '«D django pbkdf2_hash =pbkdf2_sha256$870000$+a22+=$+b43+==»', true);
"""),
]

HQ = [
("repos/hq-ats-web/config/credentials/production.yml", "rails_credentials_plain", """# decrypted by mistake and committed -- see SEC-214
secret_key_base: «P rails secret_key_base h128»
aws:
  access_key_id: «P aws access_key_id =AKIA+U16»
  secret_access_key: «P aws secret_access_key b40»
mailgun:
  api_key: «P mailgun api_key h32+=-+h8+=-+h8»
"""),
("repos/hq-careers-site/.env.local", "nextjs_env", """NEXT_PUBLIC_ALGOLIA_APP_ID=«D algolia app_id U10»
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=«D algolia search_key h32»
ALGOLIA_ADMIN_KEY=«P algolia admin_api_key h32»
NEXT_PUBLIC_POSTHOG_KEY=«D posthog project_key =phc_+a43»
CONTENTFUL_MANAGEMENT_TOKEN=«P contentful pat =CFPAT-+u43»
REVALIDATE_SECRET=«P nextjs revalidate_secret a32»
"""),
("repos/hq-careers-site/src/lib/mail.ts", "typescript", """import { Resend } from "resend";

const resend = new Resend("«P resend api_key =re_+a8+=_+a24»");

export async function sendApplicationReceipt(to: string, job: string) {
  return resend.emails.send({ from: "jobs@quillon.example", to, subject: `We got your application for ${job}` });
}
"""),
("repos/hq-mobile-ios/QuillonRecruiter/Info.plist", "info_plist", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>com.quillon.recruiter</string>
	<key>SegmentWriteKey</key>
	<string>«D segment write_key a32»</string>
	<key>AlgoliaAdminKey</key>
	<string>«P algolia admin_api_key h32»</string>
	<key>BackendSharedSecret</key>
	<string>«P generic app_secret rtok»</string>
	<key>GoogleMapsKey</key>
	<string>«D google mobile_api_key =AIza+u35»</string>
</dict>
</plist>
"""),
("repos/hq-mobile-android/app/google-services.json", "google_services", """{
  "project_info": {
    "project_number": "«D google project_number d12»",
    "project_id": "quillon-recruiter",
    "storage_bucket": "quillon-recruiter.appspot.com"
  },
  "client": [{
    "client_info": {"mobilesdk_app_id": "1:«D google app_id d12+=:android:+h16»", "android_client_info": {"package_name": "com.quillon.recruiter"}},
    "oauth_client": [{"client_id": "«D google client_id d12+=-+l32+=.apps.googleusercontent.com»", "client_type": 3}],
    "api_key": [{"current_key": "«D google firebase_api_key =AIza+u35»"}]
  }]
}
"""),
("repos/hq-mobile-android/gradle.properties", "gradle_properties", """org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
RELEASE_STORE_PASSWORD=«P android keystore_password hpw»
RELEASE_KEY_PASSWORD=«P android keystore_password gpw»
MAPBOX_DOWNLOADS_TOKEN=«P mapbox secret_token =sk.eyJ1IjoicXVpbGxvbiIsImEiOiJ+a25+=In0.+u22»
"""),
("repos/hq-mobile-android/app/build.gradle.kts", "gradle_kts", """android {
    defaultConfig {
        applicationId = "com.quillon.recruiter"
        buildConfigField("String", "API_SIGNING_SECRET", "\\"«P generic app_secret rtok»\\"")
        buildConfigField("String", "SENTRY_ENV", "\\"production\\"")
    }
}
"""),
("repos/hq-build/maven/settings.xml", "maven_settings", """<settings>
  <servers>
    <server>
      <id>qtl-releases</id>
      <username>deployer</username>
      <password>«P nexus password gen»</password>
    </server>
    <server>
      <id>qtl-snapshots</id>
      <username>deployer</username>
      <password>{«D maven encrypted_password b44»}</password>
    </server>
  </servers>
</settings>
"""),
("repos/hq-data/build.sbt", "sbt", """ThisBuild / scalaVersion := "2.13.14"
credentials += Credentials("Artifactory Realm", "artifacts.quillon.example", "sbt-ci", "«P artifactory password gen»")
libraryDependencies += "org.apache.spark" %% "spark-sql" % "3.5.1" % "provided"
"""),
("repos/hq-tools/.cargo/config.toml", "cargo_config", """[registries.qtl]
index = "sparse+https://cargo.quillon.example/index/"
token = "Bearer «P cargo registry_token a40»"
"""),
("repos/hq-ats-dotnet/Connectors/appsettings.Production.json", "appsettings", """{
  "ConnectionStrings": {
    "Ats": "Server=sql-eu.qtl.internal;Database=Connectors;User Id=connectors;Password=«P mssql password gen»;Encrypt=true"
  },
  "LinkedIn": { "ClientId": "«D linkedin client_id l14»", "ClientSecret": "«P linkedin client_secret a16»" },
  "ApplicationInsights": { "InstrumentationKey": "«D azure instrumentation_key uuid»" }
}
"""),
("repos/hq-ats-dotnet/Connectors/JobBoardClient.cs", "csharp", """public sealed class JobBoardClient
{
    private readonly HttpClient _http = new();

    public JobBoardClient()
    {
        _http.DefaultRequestHeaders.Add("X-Partner-Key", "«P stepstone partner_key h40»");
        _http.DefaultRequestHeaders.Add("X-Request-Id", "«D generic request_id uuid»");
    }
}
"""),
("repos/hq-php-legacy/config/database.php", "php_config", """<?php
return [
    'default' => 'mysql',
    'connections' => [
        'mysql' => [
            'host' => 'legacy-db.qtl.internal',
            'username' => 'careers',
            'password' => '«P mysql password hpw»',
        ],
    ],
    'mailchimp_key' => '«P mailchimp api_key h32+=-us14»',
];
"""),
("repos/hq-php-legacy/.env", "laravel_env", """APP_NAME=QuillonCareers
APP_KEY=base64:«P laravel app_key b43+==»
DB_PASSWORD=«P mysql password gen»
MAIL_PASSWORD=«P smtp password gen»
PUSHER_APP_KEY=«D pusher app_key h20»
PUSHER_APP_SECRET=«P pusher app_secret h20»
"""),
("repos/hq-ruby-scorer/lib/scorer/client.rb", "ruby", """module Scorer
  class Client
    def initialize
      @openai = OpenAI::Client.new(access_token: "«P openai project_key =sk-proj-+u74+=T3BlbkFJ+u74»")
      @org = "«D openai org_id =org-+a24»"
    end
  end
end
"""),
("repos/hq-ml/notebooks/resume_ranking.ipynb", "notebook_output", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "Loaded config: {'model': 'claude-sonnet', 'api_key': '«P anthropic api_key =sk-ant-api03-+u93+=AA»', 'max_tokens': 1024}\\n"
     ]
    }
   ],
   "source": [
    "import anthropic, yaml\\n",
    "cfg = yaml.safe_load(open('ranker.yml'))\\n",
    "print('Loaded config:', cfg)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "hf_token = \\"«P huggingface token =hf_+a34»\\"\\n",
    "wandb.login(key=\\"«P wandb api_key h40»\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
("repos/hq-tools/api.http", "http_client_file", """@host = https://api.quillon.example
@adminToken = «P generic bearer_token rtok»

### list tenants
GET {{host}}/admin/tenants
Authorization: Bearer {{adminToken}}

### zendesk: who am I
GET https://quillon.zendesk.com/api/v2/users/me.json
Authorization: Basic «B zendesk api_token =support-bot@quillon.example/token:+a40»
"""),
("repos/hq-docs/tickets/SEC-214.md", "ticket", """# SEC-214: production credentials file committed

**Reporter:** M. Okafor  **Priority:** P1

While reviewing the ats-web repo I found `config/credentials/production.yml` in plain text.
Also in the same commit the PagerDuty routing key `«P pagerduty integration_key h32»` was pasted
into the README. Commit `«D github commit_sha sha1»`.

Actions: rotate all keys; the file is now removed. The old Stripe key `«D stripe masked =sk_live_****************************a9Qz»` was already rolled.
"""),
("repos/hq-docs/chat/slack-export-eng-oncall.json", "chat_export", """[
  {"user": "U04QX8R2K", "ts": "1732702831.001200", "text": "anyone have the grafana admin pw for eu?"},
  {"user": "U02H7LM1P", "ts": "1732702899.004500", "text": "it's «P grafana password hpw» -- I'll put it in 1password after the incident"},
  {"user": "U04QX8R2K", "ts": "1732703012.005100", "text": "thx. btw never paste passwords here, use the vault link"},
  {"user": "U02H7LM1P", "ts": "1732703102.006000", "text": "sentry token for the release script: «P sentry user_token =sntryu_+h64»"}
]
"""),
("repos/hq-docs/onboarding/new-engineer.md", "onboarding", """# Welcome to Quillon Talent engineering

* Wi-Fi: network `QTL-Staff`, key `«P wifi psk hpw»` (guest network: ask reception).
* Your password must be at least 14 characters; never reuse "your password" from elsewhere.
* Local dev admin login (docker-compose only): `admin` / `«D generic dev_default =admin123»`.
* VPN profile: download from https://vpn.quillon.example (use your SSO login).
"""),
("repos/hq-docs/i18n/de.json", "i18n", """{
  "login.password": "Passwort",
  "login.forgot": "Passwort vergessen?",
  "login.hint": "Ihr Passwort muss mindestens 12 Zeichen lang sein",
  "api.key_label": "API-Schlüssel",
  "api.token_placeholder": "«D generic i18n =Geben Sie Ihren Token ein»"
}
"""),
("repos/hq-ats-web/.npmrc", "npmrc", """registry=https://registry.npmjs.org/
@quillon:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=«P github pat_classic =ghp_+a36»
//registry.npmjs.org/:_authToken=«P npm access_token =npm_+a36»
"""),
("repos/hq-ml/.pypirc", "pypirc", """[distutils]
index-servers = pypi internal

[pypi]
username = __token__
password = «P pypi upload_token =pypi-AgEIcHlwaS5vcmcCJ+u120»

[internal]
repository = https://pypi.quillon.example/simple/
username = ml-ci
password = «P nexus password gen»
"""),
("repos/hq-ops/dotfiles/.netrc", "netrc", """machine git.quillon.example
  login deploy-bot
  password «P gitlab pat =glpat-+u20»
machine api.heroku.com
  login ops@quillon.example
  password «P heroku api_key uuid»
"""),
("repos/hq-ops/dotfiles/.git-credentials", "git_credentials", """https://deploy-bot:«P github pat_fine_grained =github_pat_11+U9+a11+=_+a59»@github.com
https://oauth2:«P gitlab pat =glpat-+u20»@gitlab.quillon.example
"""),
("repos/hq-ops/dotfiles/.docker/config.json", "docker_config", """{
  "auths": {
    "registry.quillon.example": {"auth": "«B harbor password =robot$ci:+gen»"},
    "ghcr.io": {"auth": "«B github pat_classic =qtl-ci:ghp_+a36»"}
  },
  "credsStore": "desktop"
}
"""),
("repos/hq-ops/dotfiles/.kube/config", "kubeconfig", """apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: «D kubernetes ca_data =LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSU+b180»
    server: https://k8s-eu.qtl.internal:6443
  name: prod-eu
users:
- name: ci-deployer
  user:
    token: «P kubernetes sa_token k8sjwt»
contexts:
- context: {cluster: prod-eu, user: ci-deployer}
  name: prod-eu
current-context: prod-eu
"""),
("repos/hq-infra/cloudformation/mail-relay.yaml", "cloudformation", """AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  RelayPassword:
    Type: String
    NoEcho: true
    Default: «P smtp password gen»
Resources:
  RelaySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      SecretString: '{"username":"relay","password":"«P smtp password gen»"}'
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: «D aws kms_key_id uuid»
"""),
("repos/hq-infra/bicep/keyvault.bicep", "bicep", """param location string = resourceGroup().location
@secure()
param sqlAdminPassword string = '«P mssql password gen»'

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'qtl-kv-prod'
  location: location
  properties: {
    tenantId: '«D azure tenant_id uuid»'
    sku: { family: 'A', name: 'standard' }
  }
}
"""),
("repos/hq-infra/jenkins/Jenkinsfile", "jenkinsfile", """pipeline {
  agent any
  environment {
    NEXUS_CREDS = credentials('nexus-deployer')
  }
  stages {
    stage('Publish') {
      steps {
        sh "curl -u deployer:«P nexus password gen» --upload-file build/ats.war https://nexus.qtl.internal/repository/releases/"
        sh "sshpass -p '«P ssh password hpw»' scp build/ats.war ops@app1.qtl.internal:/srv/"
      }
    }
  }
}
"""),
("repos/hq-infra/.circleci/config.yml", "circleci", """version: 2.1
jobs:
  e2e:
    docker:
      - image: cypress/included:13.13.0
        auth:
          username: qtlbuild
          password: «P dockerhub pat =dckr_pat_+u27»
    environment:
      CYPRESS_RECORD_KEY: «P cypress record_key uuid»
    steps:
      - checkout
      - run: npx cypress run --record
"""),
("repos/hq-ops/ConsoleHost_history.txt", "ps_history", """Connect-AzAccount
net use Z: \\\\files.qtl.internal\\hr /user:QTL\\svc-backup «P windows password hpw»
cmdkey /generic:qtl-sql /user:sa /pass:«P mssql password gen»
Get-ChildItem Z:\\offers
"""),
("repos/hq-support/exports/agents.csv", "csv_dump", """agent_id,email,role,api_token,last_login
1041,lena@quillon.example,admin,«P freshdesk api_key a20»,2026-11-20
1042,tom@quillon.example,agent,,2026-11-27
1043,ria@quillon.example,agent,«D freshdesk masked =Xk4F************9PqL»,2026-10-02
"""),
("repos/hq-ats-web/package-lock.json", "lockfile", """{
  "name": "ats-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
      "integrity": "«D npm integrity_hash =sha512-+b86+===»"
    }
  }
}
"""),
("repos/hq-ats-web/app/services/payments_service.py", "python_source", '''import stripe
import requests

stripe.api_key = "«P stripe restricted_key =rk_live_51+a97»"

def verify_webhook(payload, sig):
    return stripe.Webhook.construct_event(payload, sig, "«P stripe webhook_secret =whsec_+a32»")

def notify_ops(msg):
    requests.post("«P slack webhook_url =https://hooks.slack.com/services/T0+U7+=/B0+U8+=/+a24»", json={"text": msg})
'''),
("repos/hq-mobile-api/src/main/kotlin/com/quillon/push/ApnsConfig.kt", "kotlin", """package com.quillon.push

object ApnsConfig {
    const val TEAM_ID = "«D apple team_id U10»"
    const val KEY_ID = "«D apple key_id U10»"
    val privateKey = \"\"\"
«P apple apns_p8 pkcs8»
\"\"\".trimIndent()
}
"""),
("repos/hq-tools/rust-cli/src/main.rs", "rust", """use reqwest::header;

const LINEAR_KEY: &str = "«P linear api_key =lin_api_+a40»";

fn client() -> reqwest::Client {
    let mut h = header::HeaderMap::new();
    h.insert(header::AUTHORIZATION, header::HeaderValue::from_static(LINEAR_KEY));
    reqwest::Client::builder().default_headers(h).build().unwrap()
}
"""),
("repos/hq-ops/crontab", "crontab", """# m h dom mon dow command
15 2 * * * MYSQL_PWD='«P mysql password gen»' mysqldump -u backup careers > /var/backups/careers.sql
*/5 * * * * /usr/local/bin/queue-depth --warn 500 >> /var/log/queue-depth.log
"""),
("repos/hq-ops/README.md", "readme", """# ops

Clone, then copy `.env.example` to `.env` and fill in `DATADOG_API_KEY=<your key>`.
Secrets live in 1Password (vault "Ops"). Example of a key format: `«D datadog docs_example =0123456789abcdef0123456789abcdef»`.
The deploy user's SSH key fingerprint is `SHA256:«D ssh key_fingerprint b43»`.
"""),
("repos/hq-docs/support/email-customer-2291.eml", "email", """From: Daniel Reyes <daniel@brightpath-logistics.example>
To: support@quillon.example
Subject: Re: API access not working
Date: Tue, 26 Nov 2026 09:12:44 +0000

Hi, I regenerated the key as you said. New one is «P quillon customer_api_key =qtl_live_+a40»
but the import still fails. Our account id is «D quillon account_id d9».

Thanks, Daniel
"""),
("repos/hq-infra/terraform/state/prod.tfstate", "tfstate", """{
  "version": 4,
  "terraform_version": "1.9.5",
  "serial": 211,
  "lineage": "«D terraform lineage uuid»",
  "resources": [
    {"mode": "managed", "type": "random_password", "name": "reporting", "instances": [{"attributes": {"length": 24, "result": "«P terraform random_password gpw»", "special": true}}]},
    {"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "instances": [{"attributes": {"id": "«P aws access_key_id =AKIA+U16»", "secret": "«P aws secret_access_key b40»", "user": "ci-deployer"}}]}
  ]
}
"""),
("repos/hq-mobile-ios/fastlane/.env.default", "fastlane_env", """FASTLANE_USER=mobile-release@quillon.example
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«P apple app_specific_password L4+=-+L4+=-+L4+=-+L4»
MATCH_PASSWORD=«P fastlane match_password hpw»
MATCH_GIT_URL=git@github.com:quillon-talent/certificates.git
"""),
("repos/hq-ats-web/.vscode/launch.json", "vscode_launch", """{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Django: prod snapshot",
      "type": "debugpy",
      "request": "launch",
      "program": "${workspaceFolder}/manage.py",
      "args": ["runserver"],
      "env": {"DATABASE_URL": "postgres://ats_ro:«P postgres password rtok»@snapshot.qtl.internal:5432/ats"}
    }
  ]
}
"""),
("repos/hq-ml/.env", "dotenv", """COHERE_API_KEY=«P cohere api_key a40»
PINECONE_API_KEY=«P pinecone api_key =pcsk_+a5+=_+a63»
PINECONE_INDEX=resume-embeddings
LANGFUSE_PUBLIC_KEY=«D langfuse public_key =pk-lf-+uuid»
LANGFUSE_SECRET_KEY=«P langfuse secret_key =sk-lf-+uuid»
"""),
("repos/hq-tools/poetry/auth.toml", "poetry_auth", """[http-basic.quillon]
username = "ml-ci"
password = "«P nexus password gen»"
"""),
("repos/hq-ops/dotfiles/.ssh/id_ed25519", "openssh_key", """«P ssh private_key openssh»
"""),
("repos/hq-ops/dotfiles/.ssh/id_ed25519.pub", "ssh_public", """«D ssh public_key sshpub»
"""),
("repos/hq-build/.yarnrc.yml", "yarnrc", """nodeLinker: node-modules
npmScopes:
  quillon:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAuthToken: "«P github pat_classic =ghp_+a36»"
"""),
("repos/hq-support/exports/SUP-4412.csv", "ticket_export", """ticket,created,requester,subject,body
SUP-4412,2026-11-21,ops@harrowgate-care.example,SFTP import failing,"Our SFTP login for the nightly candidate import is user harrowgate_sftp password «P sftp password hpw» - please check the logs"
SUP-4413,2026-11-21,hr@bellmere-retail.example,Reset password,"I forgot my password, can you send a reset link?"
SUP-4414,2026-11-22,it@ostrander-logistics.example,API key,"Is key «D quillon masked =qtl_live_****************************Lk2w» still valid?"
"""),
("repos/hq-ats-web/config/locales/en.yml", "i18n", """en:
  auth:
    password_too_short: "Password must be at least %{count} characters"
    password_hint: "«D generic i18n =Use a passphrase you do not use anywhere else»"
    api_key_label: "Your API key"
"""),
("repos/hq-docs/adr/0007-secrets-in-config.md", "adr_prose", """# ADR 0007: no secrets in config files

We will load credentials from Vault at start-up. Config files may hold references
(`${DB_PASSWORD}`, `vault:secret/data/ats#db_password`) but never values.
Checksums of the release artefacts (`«D generic sha256 sha256»`) are not secrets and may stay.
An example Stripe key from their docs, `«D stripe docs_example =sk_test_4eC39HqLyjWDarjtT1zdp7dc»`, is fine in docs.
"""),
("repos/hq-ops/vpn/qtl-office.ovpn", "openvpn_static", """client
dev tun
remote vpn.quillon.example 1194
key-direction 1
<tls-auth>
#
# 2048 bit OpenVPN static key
#
«P openvpn static_key ovpn»
</tls-auth>
"""),
("repos/hq-ats-web/config/storage.yml", "rails_storage", """amazon:
  service: S3
  access_key_id: «P aws access_key_id =AKIA+U16»
  secret_access_key: «P aws secret_access_key b40»
  region: eu-west-1
  bucket: qtl-resumes-archive
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>
"""),
("repos/hq-ops/docker/daemon-registry.sh", "shell_script", """#!/bin/sh
echo "«P harbor password gen»" | docker login registry.quillon.example --username robot-deploy --password-stdin
"""),
("repos/hq-ats-web/config/webpack/sri.txt", "sri_hashes", """app.js «D generic sri sri»
vendor.js «D generic sri sri»
"""),
]


def docs():
    out = []
    for r in ("eu", "us"):
        out += files(Doc, "repos", [(p.replace("{r}", r), s, t.replace("{r}", r)) for p, s, t in REGION])
    out += files(Doc, "repos", HQ)
    return out
