"""repos/ templates, part 3: application code, notebooks, logs, notes, history, dumps. (kind, path, variants, text)."""
T = [
("nestjs-typeorm", "repos/@P@-backend/src/app.module.ts", 2, """import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: 'db.@P@.internal',
      username: 'nest',
      password: '«p|generic|password|pwq»',
      database: '@P@',
    }),
  ],
})
export class AppModule {}
"""),
("nuxt-config", "repos/@P@-storefront/nuxt.config.ts", 2, """export default defineNuxtConfig({
  runtimeConfig: {
    shopifyAdminToken: '«p|shopify|admin_token|shpat»',
    algoliaAdminKey: '«p|algolia|admin_key|algolia_admin»',
    public: {
      algoliaAppId: '«d|algolia|app_id|algolia_app»',
      stripeKey: '«d|stripe|publishable_key|stripe_pk»',
    },
  },
})
"""),
("deno-script", "repos/@P@-scripts/sync_issues.ts", 2, """const token = Deno.env.get("GITHUB_TOKEN") ?? "«p|github|personal_access_token|ghp»";
const linear = Deno.env.get("LINEAR_API_KEY") ?? "«p|linear|api_key|linear»";
const res = await fetch("https://api.github.com/repos/@P@/app/issues", {
  headers: { Authorization: `Bearer ${token}` },
});
"""),
("hono-worker", "repos/@P@-edge-api/src/index.ts", 2, """import { Hono } from 'hono'
import { basicAuth } from 'hono/basic-auth'

const app = new Hono()
app.use('/admin/*', basicAuth({ username: 'admin', password: '«p|generic|password|pw»' }))
const RESEND = { apiKey: '«p|resend|api_key|resend»' }
export default app
"""),
("fastapi-settings", "repos/@P@-api/app/core/config.py", 2, """from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    project_name: str = "@P@"
    database_url: str = "«p|generic|url_password|url:postgresql+asyncpg,api,db:5432/app»"
    jwt_secret: str = "«p|generic|jwt_secret|hex:64»"
    fernet_key: str = "«p|generic|fernet_key|fernet»"
    sentry_dsn: str = "«d|sentry|dsn|sentry_dsn»"
    first_superuser_password: str = "«p|generic|password|pwq»"
"""),
("gin-gorm", "repos/@P@-go/internal/db/db.go", 2, """package db

import (
	"gorm.io/driver/mysql"
	"gorm.io/gorm"
)

func Open() (*gorm.DB, error) {
	dsn := "shop:«p|generic|password|pw»@tcp(mysql.@P@.internal:3306)/shop?charset=utf8mb4&parseTime=True"
	return gorm.Open(mysql.Open(dsn), &gorm.Config{})
}
"""),
("actix-env-fallback", "repos/@P@-rs/src/config.rs", 2, """use std::env;

pub fn load() -> Config {
    Config {
        database_url: env::var("DATABASE_URL").unwrap_or_else(|_| "«p|generic|url_password|url:postgres,actix,localhost/@P@»".into()),
        twilio_sid: env::var("TWILIO_ACCOUNT_SID").unwrap_or_else(|_| "«d|twilio|account_sid|twilio_sid»".into()),
        twilio_token: env::var("TWILIO_AUTH_TOKEN").unwrap_or_else(|_| "«p|twilio|auth_token|twilio_token»".into()),
        session_key: env::var("SESSION_KEY").unwrap_or_default(),
    }
}
"""),
("aspnet-appsettings", "repos/@P@-dotnet/src/Api/appsettings.Development.json", 2, """{
  "ConnectionStrings": {
    "Default": "Server=sql.@P@.internal;Database=Orders;User Id=orders_app;Password=«p|generic|password|pw»;TrustServerCertificate=True",
    "Storage": "DefaultEndpointsProtocol=https;AccountName=@P@store;AccountKey=«p|azure|storage_account_key|azure_conn»;EndpointSuffix=core.windows.net"
  },
  "Jwt": { "Issuer": "@P@", "Key": "«p|generic|jwt_signing_key|an:48»" },
  "AllowedHosts": "*"
}
"""),
("dropwizard-config", "repos/@P@-jvm/config.yml", 2, """server:
  applicationConnectors:
    - type: http
      port: 8080
database:
  driverClass: org.postgresql.Driver
  user: dw
  password: «p|generic|password|pw»
  url: jdbc:postgresql://db.@P@.internal/dw
mailgun:
  apiKey: «p|mailgun|api_key|mailgun»
  domain: mg.@P@.example
"""),
("codeigniter-env", "repos/@P@-ci4/.env", 2, """CI_ENVIRONMENT = production
app.baseURL = 'https://@P@.example/'
database.default.hostname = localhost
database.default.database = ci4
database.default.username = ci4
database.default.password = «p|generic|password|pw»
encryption.key = hex2bin:«p|generic|encryption_key|hex:64»
"""),
("cakephp-app-local", "repos/@P@-cake/config/app_local.php", 2, """<?php
return [
    'Security' => ['salt' => env('SECURITY_SALT', '«p|generic|security_salt|hex:64»')],
    'Datasources' => [
        'default' => ['host' => 'localhost', 'username' => 'cake', 'password' => '«p|generic|password|pw»', 'database' => 'cake'],
    ],
    'EmailTransport' => ['default' => ['username' => 'apikey', 'password' => '«p|sendgrid|api_key|sendgrid»']],
];
"""),
("yii2-db", "repos/@P@-yii/config/db.php", 2, """<?php
return [
    'class' => 'yii\\db\\Connection',
    'dsn' => 'mysql:host=localhost;dbname=yii2',
    'username' => 'yii',
    'password' => '«p|generic|password|pw»',
    'charset' => 'utf8mb4',
];
"""),
("sinatra-app", "repos/@P@-rb/app.rb", 2, """require 'sinatra'
require 'twilio-ruby'

set :session_secret, '«p|generic|session_secret|hex:64»'
client = Twilio::REST::Client.new('«d|twilio|account_sid|twilio_sid»', '«p|twilio|auth_token|twilio_token»')
TELEGRAM = Telegram::Bot::Client.new('«p|telegram|bot_token|telegram»')
"""),
("lambda-boto3", "repos/@P@-lambda/handler.py", 2, """import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="«p|aws|access_key_id|aws_id»",
    aws_secret_access_key="«p|aws|secret_access_key|aws_secret»",
    region_name="eu-west-1",
)
BUCKET_ARN = "arn:aws:s3:::@P@-uploads"
KEY_FINGERPRINT = "«d|generic|sha1|sha1»"
"""),
("gradio-app", "repos/@P@-demo/app.py", 2, """import gradio as gr
from huggingface_hub import InferenceClient

client = InferenceClient(model="mistralai/Mistral-7B-Instruct-v0.3", token="«p|huggingface|access_token|hf»")
demo = gr.ChatInterface(lambda m, h: client.text_generation(m), auth=("demo", "«p|generic|password|pw»"))
demo.launch()
"""),
("databricks-notebook", "repos/@P@-lakehouse/notebooks/ingest.py", 2, """# Databricks notebook source
# MAGIC %md ## Nightly ingest

# COMMAND ----------
DATABRICKS_HOST = "https://adb-«d|databricks|workspace_id|digits:16».7.azuredatabricks.net"
DATABRICKS_TOKEN = "«p|databricks|personal_access_token|dapi»"
jdbc_pw = dbutils.secrets.get(scope="ingest", key="jdbc-password")
snowflake_pw = "«p|generic|password|pw»"
"""),
("quarto-doc", "repos/@P@-reports/weekly.qmd", 2, """---
title: "Weekly metrics"
format: html
---

```{r}
library(httr2)
ga_key <- "«p|google|api_key|gapi»"
req <- request("https://api.@P@.example/metrics") |> req_auth_basic("analyst", "«p|generic|password|pw»")
```
"""),
("bash-history", "repos/@P@-ops/notes/.bash_history", 2, """cd /srv/app
mysql -u root -p'«p|generic|password|pw»' -e 'show databases'
curl -u admin:«p|generic|password|pw» https://jenkins.@P@.internal/api/json
export STRIPE_API_KEY=«p|stripe|restricted_key|stripe_rk»
git log --oneline | head
sha256sum release.tar.gz
echo «d|generic|sha256|sha256»  release.tar.gz > SHA256SUMS
"""),
("pwsh-history", "repos/@P@-ops/notes/ConsoleHost_history.txt", 2, """Connect-AzAccount
$pw = ConvertTo-SecureString "«p|generic|password|pw»" -AsPlainText -Force
New-LocalUser -Name svc_backup -Password $pw
Invoke-RestMethod -Uri https://api.@P@.example -Headers @{ "X-Api-Key" = "«p|generic|api_key|an:32»" }
Get-FileHash .\\setup.msi
"""),
("pg-dump", "repos/@P@-db/dumps/roles.sql", 2, """--
-- PostgreSQL database cluster dump
--
CREATE ROLE app_rw;
ALTER ROLE app_rw WITH LOGIN PASSWORD '«p|generic|password|pw»';
CREATE ROLE app_ro;
ALTER ROLE app_ro WITH LOGIN PASSWORD '«d|generic|scram_hash|scram»';
COPY public.users (id, email, password_hash) FROM stdin;
1	ines@@P@.example	«d|generic|bcrypt_hash|bcrypt»
2	tom@@P@.example	«d|generic|argon2_hash|argon2»
\\.
"""),
("cloudwatch-export", "repos/@P@-ops/incidents/2026-11-lambda-logs.json", 2, """[
  {"timestamp": 1764500000000, "message": "{\\"level\\":\\"error\\",\\"msg\\":\\"upstream 401\\",\\"request\\":{\\"headers\\":{\\"x-api-key\\":\\"«p|generic|api_key|an:40»\\"}}}"},
  {"timestamp": 1764500000123, "message": "{\\"level\\":\\"info\\",\\"msg\\":\\"retry\\",\\"request_id\\":\\"«d|generic|request_id|uuid»\\"}"},
  {"timestamp": 1764500000456, "message": "{\\"level\\":\\"debug\\",\\"env\\":{\\"SLACK_BOT_TOKEN\\":\\"«p|slack|bot_token|slack_bot»\\"}}"}
]
"""),
("nginx-access-log", "repos/@P@-ops/logs/access.log", 2, """10.0.3.4 - - [30/Nov/2026:10:01:12 +0000] "GET /api/export?format=csv&api_key=«p|generic|api_key|hex:40» HTTP/1.1" 200 5120 "-" "curl/8.5.0"
10.0.3.9 - - [30/Nov/2026:10:01:13 +0000] "GET /static/app.«d|generic|asset_hash|hex:20».js HTTP/1.1" 200 90211 "-" "Mozilla/5.0"
10.0.3.4 - - [30/Nov/2026:10:02:40 +0000] "POST /login?next=/admin HTTP/1.1" 302 0 "-" "Mozilla/5.0"
"""),
("java-stacktrace", "repos/@P@-jvm/logs/catalina.out", 2, """30-Nov-2026 10:15:02.331 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal
org.postgresql.util.PSQLException: FATAL: password authentication failed for user "orders"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
Caused by: connecting to jdbc:postgresql://db.@P@.internal:5432/orders?user=orders&password=«p|generic|password|pw»
"""),
("onboarding-wiki", "repos/@P@-docs/onboarding/week-one.md", 2, """# Week one

| System | User | Password |
|---|---|---|
| Staging admin | admin | `«p|generic|password|pw»` |
| VPN | your LDAP login | your LDAP password |
| Grafana | viewer | «p|generic|password|pw» |

The shared QA card is 4242 4242 4242 4242 (Stripe test card, not a secret).
Commit hooks check `SHA256: «d|generic|sha256|sha256»`.
"""),
("todo-note", "repos/@P@-docs/TODO.txt", 2, """- renew domain before Jan
- wifi in the new office: SSID @P@-5G  pw «p|generic|password|pw»
- ask Tom for the printer admin pin
- the old deploy key was revoked, new one in 1Password (item id «d|onepassword|item_id|an:26»)
"""),
("jupyter-output", "repos/@P@-research/explore.ipynb", 2, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["connected as analyst, key=«p|openai|api_key|openai»\\n"]}
   ],
   "source": ["import os\\n", "os.environ[\\"WANDB_API_KEY\\"] = \\"«p|wandb|api_key|hex:40»\\"\\n"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
("insomnia-export", "repos/@P@-api/insomnia.json", 2, """{
  "_type": "export",
  "resources": [
    {"_type": "environment", "name": "prod", "data": {"base_url": "https://api.@P@.example", "token": "«p|generic|bearer_token|an:48»", "client_id": "«d|generic|client_id|uuid»"}},
    {"_type": "request", "name": "Me", "url": "{{ base_url }}/me", "authentication": {"type": "bearer", "token": "{{ token }}"}}
  ]
}
"""),
("maubot-config", "repos/@P@-bots/maubot/config.yaml", 2, """database: «p|generic|url_password|url:postgresql,maubot,localhost/maubot»
server:
  unshared_secret: «p|generic|shared_secret|an:64»
admins:
  root: «d|generic|bcrypt_hash|bcrypt»
  ines: «p|generic|password|pw»
homeservers:
  matrix.@P@.example:
    secret: «p|matrix|registration_secret|an:48»
"""),
("lisp-config", "repos/@P@-lisp/src/config.lisp", 2, """(in-package :@P@)

(defparameter *db-spec* '(:postgres "app" "app" "«p|generic|password|pw»" "localhost"))
(defparameter *sendgrid-key* "«p|sendgrid|api_key|sendgrid»")
(defparameter *build-hash* "«d|generic|commit_sha|sha1»")
"""),
("ocaml-dune-app", "repos/@P@-ml/bin/main.ml", 2, """let stripe_key = "«p|stripe|secret_key|stripe_sk»"
let db = Caqti_lwt.connect (Uri.of_string "«p|generic|url_password|url:postgresql,ml,localhost/@P@»")
let () = Dream.run ~port:8080 @@ Dream.router []
"""),
]
