"""Tallowmere (cold-chain freight) product code: app, mobile, data and web repositories."""
from tmpl25 import files

S = [
    ("repos/tallowmere-ios/Driver/Sources/TMSecrets.m", "objc-nsstring", """//  TMSecrets.m  Driver
#import "TMSecrets.h"

NSString * const TMMapboxDownloadsToken = @"«P mapbox secret-token sk.eyJ1IjoidGFsbG93bWVyZSIsImEiOiJ{an20}In0.{url22}»";
NSString * const TMSentryDSNPublicKey = @"«D sentry dsn_public_key {hex32}»";
static NSString *const kDispatchPassword = @"«P dispatch api-password {pw}»";
// kDispatchPassword rotated by Ines, ticket FRT-2291
"""),
    ("repos/tallowmere-ios/Driver.xcodeproj/xcshareddata/xcschemes/Driver-Staging.xcscheme", "xcode-scheme-env", """<?xml version="1.0" encoding="UTF-8"?>
<Scheme LastUpgradeVersion = "1540" version = "1.7">
   <LaunchAction buildConfiguration = "Debug">
      <EnvironmentVariables>
         <EnvironmentVariable key = "TM_STAGING_LOGIN" value = "qa-driver-07" isEnabled = "YES"/>
         <EnvironmentVariable key = "TM_STAGING_PASSWORD" value = "«P dispatch staging-password {pwn}»" isEnabled = "YES"/>
         <EnvironmentVariable key = "REVENUECAT_API_KEY" value = "«D revenuecat public_sdk_key appl_{an27}»" isEnabled = "YES"/>
      </EnvironmentVariables>
   </LaunchAction>
</Scheme>
"""),
    ("repos/tallowmere-ios/fastlane/Matchfile", "fastlane-matchfile", """git_url("https://«P github fine-grained-pat github_pat_11{up7}0{an12}_{an59}»@github.com/tallowmere/certificates.git")
storage_mode("git")
type("appstore")
app_identifier(["com.tallowmere.driver"])
ENV["MATCH_PASSWORD"] ||= "«P fastlane match-password {pw}»"
"""),
    ("repos/tallowmere-ios/fastlane/Appfile", "fastlane-appfile", """app_identifier("com.tallowmere.driver")
apple_id("release@tallowmere.example")
itc_team_id("«D apple itc_team_id {dig9}»")
team_id("«D apple team_id {up10}»")
# app-specific password for altool uploads (Oskar's account)
ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = "«P apple app-specific-password {lo4}-{lo4}-{lo4}-{lo4}»"
"""),
    ("repos/tallowmere-android/local.properties", "android-local-properties", """## This file must *NOT* be checked into Version Control Systems
sdk.dir=/Users/oskar/Library/Android/sdk
RELEASE_STORE_FILE=../keys/driver-release.jks
RELEASE_STORE_PASSWORD=«P android keystore-password {pwn}»
RELEASE_KEY_ALIAS=driver
RELEASE_KEY_PASSWORD=«P android key-password {pwn}»
MAPS_API_KEY=«P google api-key AIza{url35}»
"""),
    ("repos/tallowmere-driver-rn/src/config/index.ts", "react-native-config", """import Config from 'react-native-config';

export const API_BASE = Config.API_BASE ?? 'https://api.tallowmere.example';
// TODO(noor): move to the backend before the 3.2 store release
export const ONESIGNAL_APP_ID = '«D onesignal app_id {uuid}»';
export const SEGMENT_WRITE_KEY = Config.SEGMENT_WRITE_KEY ?? '«P segment write-key {an32}»';
export const TELEMATICS_SECRET = '«P telematics hmac-secret {hex48}»';
"""),
    ("repos/tallowmere-web/templates/emails/_footer.html.twig", "twig-set", """{% set tracking_base = 'https://track.tallowmere.example' %}
{% set mailgun_key = '«P mailgun api-key key-{hex32}»' %}
{% set support_phone = '+44 20 7946 0831' %}
<footer>{{ include('emails/_social.html.twig') }}</footer>
"""),
    ("repos/tallowmere-web/shop/snippets/chat-widget.liquid", "liquid-assign", """{% assign crisp_website_id = '«D crisp website_id {uuid}»' %}
{% assign shopify_admin_token = '«P shopify admin-token shpat_{hex32}»' %}
<script>window.$crisp=[];window.CRISP_WEBSITE_ID="{{ crisp_website_id }}";</script>
"""),
    ("repos/tallowmere-telemetry/meson_options.txt", "meson-options", """option('mqtt_host', type : 'string', value : 'mqtt.tallowmere.example')
option('mqtt_password', type : 'string', value : '«P mqtt broker-password {pwn}»', description : 'broker login for the reefer gateways')
option('fw_signing_salt', type : 'string', value : '«D telematics build_salt 0000-0000-0000»')
"""),
    ("repos/tallowmere-telemetry/idl/gateway.thrift", "thrift-const", """namespace py tallowmere.gateway

const string DEFAULT_REGION = "eu-west-1"
const string INFLUX_WRITE_TOKEN = "«P influxdb api-token {url86}==»"
const string FIRMWARE_SHA = "«D telematics sha256 {hex64}»"

struct Reading { 1: i64 ts, 2: double celsius }
"""),
    ("repos/tallowmere-mainframe/EXEC/FTPPUSH.rexx", "rexx", """/* REXX - push the nightly manifest to the customs broker */
host = 'sftp.customs-broker.example'
user = 'TLWM0041'
pass = '«P customs sftp-password {pwn}»'
"ALLOC F(OUT) DA('TLWM.MANIFEST') SHR"
say 'sending to' host
"""),
    ("repos/tallowmere-tools/scripts/reindex.scm", "guile-define", """;; guile 3 - reindex the search cluster
(use-modules (web client))
(define es-user "reindexer")
(define es-password "«P elastic user-password {pw}»")
(define es-api-key "«P elastic api-key-encoded {elastic}»")
(define doc-sha "«D elastic doc_sha1 {hex40}»")
"""),
    ("repos/dotfiles-haruto/.emacs.d/init.el", "emacs-setq", """;;; init.el --- haruto's emacs
(setq user-full-name "Haruto Sato")
(use-package gptel
  :config
  (setq gptel-api-key "«P openai api-key sk-proj-{url64}T3BlbkFJ{url64}»"))
(setq org-jira-working-dir "~/org/jira")
(setq jiralib-token '("Bearer" . "«P atlassian api-token ATATT3xFfGF0{url160}={HEX8}»"))
(setq erc-password nil) ; asks
"""),
    ("repos/tallowmere-data/hasura/metadata/databases/databases.yaml", "hasura-metadata", """- name: fleet
  kind: postgres
  configuration:
    connection_info:
      database_url: postgres://hasura:«P postgres db-password {pwu}»@fleet-db.internal:5432/fleet
      isolation_level: read-committed
- name: billing
  kind: postgres
  configuration:
    connection_info:
      database_url:
        from_env: BILLING_DATABASE_URL
"""),
    ("repos/tallowmere-data/hasura/docker-compose.yml", "compose-hasura", """services:
  graphql-engine:
    image: hasura/graphql-engine:v2.44.0
    environment:
      HASURA_GRAPHQL_ADMIN_SECRET: «P hasura admin-secret {an32}»
      HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"«P hasura jwt-secret {an48}»"}'
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: anonymous
"""),
    ("repos/tallowmere-data/flows/metaflow_config.json", "metaflow-config", """{
    "METAFLOW_DEFAULT_DATASTORE": "s3",
    "METAFLOW_DATASTORE_SYSROOT_S3": "s3://tallowmere-metaflow/data",
    "METAFLOW_SERVICE_URL": "https://metaflow.internal/api",
    "METAFLOW_SERVICE_AUTH_KEY": "«P metaflow service-auth-key {an40}»",
    "METAFLOW_BATCH_JOB_QUEUE": "arn:aws:batch:eu-west-1:«D aws account_id {dig12}»:job-queue/metaflow"
}
"""),
    ("repos/tallowmere-data/cwl/enrich-job.yml", "cwl-job", """# cwltool enrich.cwl enrich-job.yml
input_csv:
  class: File
  location: s3://tallowmere-raw/shipments/2026-11.csv
geocoder_key: «P geocodio api-key {hex39}»
db_password: "«P postgres analyst-password {pw}»"
"""),
    ("repos/tallowmere-data/reports/weekly-lanes.Rmd", "rmarkdown", """---
title: "Weekly lane margins"
output: html_document
params:
  snowflake_user: "REPORTS_SVC"
  snowflake_password: "«P snowflake user-password {pw}»"
---

```{r setup, include=FALSE}
con <- DBI::dbConnect(odbc::odbc(), "snowflake", uid = params$snowflake_user, pwd = params$snowflake_password)
Sys.setenv(MAPBOX_PUBLIC_TOKEN = "«D mapbox public_token pk.eyJ1IjoidGFsbG93bWVyZSJ9.{url22}»")
```
"""),
    ("repos/tallowmere-web/vercel.json", "vercel-json", """{
  "framework": "nextjs",
  "env": {
    "NEXT_PUBLIC_POSTHOG_KEY": "«D posthog project_api_key phc_{an43}»",
    "REVALIDATE_SECRET": "«P nextjs revalidate-secret {hex32}»",
    "STRAPI_TOKEN": "«P strapi api-token {hex256}»"
  },
  "crons": [{ "path": "/api/cron/rates", "schedule": "0 5 * * *" }]
}
"""),
    ("repos/tallowmere-legacy-quotes/manifest.yml", "cloudfoundry-manifest", """---
applications:
- name: legacy-quotes
  memory: 512M
  buildpacks: [java_buildpack]
  env:
    SPRING_PROFILES_ACTIVE: cloud
    QUOTES_DB_PASSWORD: «P oracle db-password {pwn}»
    SABRE_CLIENT_SECRET: «P sabre client-secret {an32}»
    JBP_CONFIG_OPEN_JDK_JRE: '{ jre: { version: 17.+ } }'
"""),
    ("repos/tallowmere-api/app/Support/Rates.php", "php-heredoc-curl", """<?php
// TODO ops: this was pasted in during the Brexit customs rush, move to config/services.php
$cmd = <<<SH
curl -s -H 'Authorization: Bearer «P freightos api-token fr_live_{an40}»' https://api.freightos.example/v1/rates
SH;
$hmac = hash_hmac('sha256', $payload, '«P webhooks signing-secret whsec_{an32}»');
$build = '«D git commit_sha {hex40}»';
"""),
    ("repos/tallowmere-api/tests/fixtures/carriers.json", "fixture-fake-marked", """{
  "_comment": "FAKE credentials for the contract tests; never valid anywhere",
  "dhl":   {"api_key": "«D dhl fixture_fake FAKE{up28}»", "secret": "«D dhl fixture_fake test-secret-not-real»"},
  "stripe": {"secret_key": "«D stripe docs_sample sk_test_4eC39HqLyjWDarjtT1zdp7dc»"}
}
"""),
    ("repos/tallowmere-api/src/auth/ldap.go", "go-struct-literal-multiline", """package auth

var directory = LDAPConfig{
	URL:    "ldaps://dc1.corp.tallowmere.example:636",
	BindDN: "CN=svc-portal,OU=Service,DC=corp,DC=tallowmere",
	BindPassword:
		"«P ldap bind-password {pw}»",
	BaseDN: "DC=corp,DC=tallowmere",
}
"""),
    ("repos/tallowmere-api/src/notify/sms.rs", "rust-const-concat", """// Vonage creds for the driver SMS fallback
const VONAGE_API_KEY: &str = "«D vonage api_key {hex8}»";
const VONAGE_API_SECRET: &str = concat!("«P vonage api-secret {an16}»");
pub const TWILIO_AUTH: (&str, &str) = ("«D twilio account_sid AC{hex32}»", "«P twilio auth-token {hex32}»");
"""),
    ("repos/tallowmere-api/src/main/resources/application-uat.yml", "spring-yaml-anchor", """defaults: &db
  username: quotes
  password: "«P postgres db-password {pw}»"
spring:
  datasource:
    <<: *db
    url: jdbc:postgresql://uat-db:5432/quotes
  mail:
    password: ${MAIL_PASSWORD:«P smtp smtp-password {pwn}»}
"""),
    ("repos/tallowmere-api/docs/adr/0007-secrets.md", "adr-doc", """# ADR 7: where the service secrets live

Status: accepted (2026-03). Before this, keys sat in `config/*.yml`, for example the old
Postmark token `«D postmark revoked_masked 3f2a****-****-****-****-********91c0»` (revoked).

Use Doppler. Example shown in Doppler's docs: `dp.st.dev.«D doppler docs_placeholder XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX»`.
The staging service token we actually use while migrating is
«P doppler service-token dp.st.stg.{an43}» (Greta will rotate it after go-live).
"""),
]


def build(Doc):
    return files(Doc, "repos", S)
