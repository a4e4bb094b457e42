"""repos/ part C: head-office files, once each (IT, CI, IaC, mail, exports, and decoy-heavy odds and ends)."""

FILES = [
    ("hq/mail/2026-10-14_broker-onboarding.eml", "email", """From: Onboarding <onboarding@brokerco.example>
To: customs@kelvinhold.eu
Subject: Your BrokerCo API access
Date: Tue, 14 Oct 2026 09:12:44 +0100
Content-Type: text/plain; charset=utf-8

Hello Kelvinhold team,

your API credentials for the declarations gateway are below. Keep them safe.

  Client ID:      «D brokerco client_id kh-{low8}»
  Client secret:  «P brokerco client_secret {b64u40}»
  Sandbox secret: «D brokerco sandbox_secret test_{b64u32}» (sandbox only, shared with all customers)

For the SFTP drop use kelvinhold / «P sftp password {pw}» (port 2022).
The example in our PDF guide (secret "«D brokerco doc_sample abc123-EXAMPLE-SECRET»") is not a real value.

Kind regards,
BrokerCo Integrations
"""),
    ("hq/mail/2026-11-03_new-starter.eml", "email", """From: it-servicedesk@kelvinhold.eu
To: hannah.bright@kelvinhold.eu
Subject: Welcome to Kelvinhold - your accounts

Hi Hannah,

Windows / email: hannah.bright  --  temporary password: «P activedirectory password {pw}»
Timeclock PIN: «D timeclock pin {dig4}»
Route planner: same as Windows (SSO).
Wi-Fi for your laptop is automatic; for your phone: KH-Staff, key «P wifipsk passphrase {pw}»

You will be asked to change the password at first logon.
IT Service Desk
"""),
    ("hq/it/keeper-export.csv", "password_export", """Folder,Title,Login,Password,Website Address,Notes
Shared-Ops,Carrier Lynx admin,admin@kelvinhold.eu,«P carrierlynx password {pw}»,https://lynx.example,
Shared-Ops,Fortinet HQ,admin,«P fortinet password {pw}»,https://fw-hq.kelvinhold.internal,
Shared-Ops,Synology backup,backupadm,«P synology password {pw}»,https://nas-hq:5001,
Shared-IT,Intune break-glass,bg-admin@kelvinhold.onmicrosoft.com,«P azuread password {pw}»,https://portal.azure.com,do NOT use day to day
Shared-IT,Old Sophos (retired),admin,«D sophos retired_password {pw}»,,appliance decommissioned 2025 - password no longer in use
Shared-IT,Printer default,admin,«D printer default_password 1234»,,factory default
"""),
    ("hq/ci/.github/workflows/deploy-portal.yml", "github_actions", """name: deploy tracking portal
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AZURE_CLIENT_ID: «D azure client_id {uuid}»
      REGISTRY_PASSWORD: ${{ secrets.REGISTRY_PASSWORD }}
    steps:
      - uses: actions/checkout@v4
      - run: echo "«P acr password {b64_52}»" | docker login khportal.azurecr.io -u khportal --password-stdin
      - run: npx netlify deploy --prod --auth «P netlify personal_access_token nfp_{an36}» --site «D netlify site_id {uuid}»
      - run: >
          curl -sf -X POST https://api.pagerduty.com/incidents
          -H "Authorization: Token token=«P pagerduty api_key u+{b64u18}»"
"""),
    ("hq/ci/Jenkinsfile", "groovy", """pipeline {
  agent any
  environment {
    SONAR_TOKEN = '«P sonarqube user_token squ_{hex40}»'
    NEXUS = credentials('nexus-deploy')
  }
  stages {
    stage('publish') {
      steps {
        sh 'mvn -B deploy -Dnexus.user=deploy -Dnexus.password=«P nexus password {upw}»'
        sh "curl -s -u jenkins:«P artifactory api_key AKCp{an69}» https://artifactory.kelvinhold.internal/api/system/ping"
      }
    }
  }
}
"""),
    ("hq/infra/helm/wms-values.yaml", "helm_values", """image:
  repository: registry.kelvinhold.eu/wms-api
  tag: 2026.11.2
env:
  SPRING_DATASOURCE_URL: jdbc:oracle:thin:@oradb-hq:1521/WMSHQ
  SPRING_DATASOURCE_USERNAME: WMS_APP
  SPRING_DATASOURCE_PASSWORD: «P oracle password {upw}»
  KEYCLOAK_CLIENT_SECRET: «P keycloak client_secret {an32}»
  NEW_RELIC_LICENSE_KEY: «P newrelic license_key {hex36}NRAL»
  ELASTIC_APM_SECRET_TOKEN: «P elastic apm_secret_token {an24}»
  OTEL_EXPORTER_OTLP_HEADERS: "x-honeycomb-team=«P honeycomb ingest_key hcaik_{low58}»"
podAnnotations:
  checksum/config: «D helm checksum {hex64}»
"""),
    ("hq/infra/docker-compose.yard-ai.yml", "compose", """services:
  frigate:
    image: ghcr.io/blakeblackshear/frigate:stable
    environment:
      FRIGATE_RTSP_PASSWORD: "«P hikvision password {pw}»"
      FRIGATE_MQTT_PASSWORD: '«P mqtt password {pw}»'
  minio:
    image: minio/minio
    command: server /data
    environment:
      - MINIO_ROOT_USER=yardadmin
      - MINIO_ROOT_PASSWORD=«P minio password {upw}»
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme}
"""),
    ("hq/home/svc_edi/.pgpass", "pgpass", """# hostname:port:database:username:password
pg-edi-hq.kelvinhold.internal:5432:edi:edi_app:«P postgres password {upw}»
*:*:*:readonly:«P postgres password {upw}»
"""),
    ("hq/home/svc_edi/.my.cnf", "mysql_cnf", """[client]
user=edi
password="«P mysql password {pw}»"
host=mysql-edi-hq
"""),
    ("hq/home/svc_edi/.docker/config.json", "docker_config", """{
  "auths": {
    "registry.kelvinhold.eu": { "auth": "«B docker registry_password ci-edi:{upw}»" },
    "https://index.docker.io/v1/": { "auth": "«B docker hub_password coldfreight01:{upw}»" }
  },
  "credsStore": ""
}
"""),
    ("hq/home/dev1/.npmrc", "npmrc", """registry=https://registry.npmjs.org/
@kelvinhold:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=«P github personal_access_token ghp_{an36}»
//registry.npmjs.org/:_authToken=«P npm access_token npm_{an36}»
"""),
    ("hq/home/dev1/.config/rclone/rclone.conf", "rclone_conf", """[yard-archive]
type = s3
provider = Wasabi
access_key_id = «P wasabi access_key {UPK20}»
secret_access_key = «P wasabi secret_key {an40}»
endpoint = s3.eu-central-2.wasabisys.com

[payroll-sftp]
type = sftp
host = sftp.payfast.example
user = kh_hq_pay
pass = «D rclone obscured_password {b64u32}»
"""),
    ("hq/network/tablets/wpa_supplicant.conf", "wpa_supplicant", """ctrl_interface=DIR=/var/run/wpa_supplicant
network={
    ssid="KH-Dock"
    psk="«P wifipsk passphrase {pw}»"
}
network={
    ssid="KH-Dock-5G"
    psk=«D wifipsk derived_psk {hex64}»
}
network={
    ssid="KH-Scanners"
    key_mgmt=WPA-EAP
    identity="scanner01"
    password="«P radius password {pw}»"
}
"""),
    ("hq/network/core-sw01.cfg", "switch_config", """hostname core-sw01
!
username admin privilege 15 secret 9 «D cisco type9_hash $9${b64u14}${b64u43}»
username netops privilege 15 password 0 «P cisco password {upw}»
enable secret 5 «D cisco md5crypt $1${an4}${b64u22}»
!
snmp-server community «P snmp community {an16}» RO 10
tacacs server TAC1
 address ipv4 10.0.0.20
 key 0 «P tacacs shared_secret {an18}»
radius server RAD1
 key «P radius shared_secret {an20}»
"""),
    ("hq/notes/rotation-log.md", "markdown", """# Credential rotation log (values kept for audit, ALL REVOKED)

| date | system | old value | status |
|---|---|---|---|
| 2026-02-11 | Twilio | «D twilio revoked_token {hex32}» | revoked |
| 2026-04-02 | Stripe | «D stripe revoked_key sk_live_{an24}» | rolled, dead |
| 2026-06-19 | SendGrid | «D sendgrid revoked_key SG.{b64u22}.{b64u43}» | deleted in console |
| 2026-09-30 | AWS | «D aws deactivated_key_id AKIA{UPK16}» | deactivated + deleted |
"""),
    ("hq/tests/fixtures/portal_users.json", "test_fixture", """{
  "_comment": "test fixtures for the tracking portal - fake values only",
  "users": [
    {"email": "test.customer@example.com", "password": "«D portal fixture_password Test1234!»"},
    {"email": "qa@example.com", "password": "«D portal fixture_password {an12}»", "api_key": "«D portal fixture_api_key test_{hex32}»"}
  ],
  "stripe": {"secret": "«D stripe test_key sk_test_{an24}»"}
}
"""),
    ("hq/docs/vendor/reefer-sensor-install.md", "vendor_doc", """# SensiCold RS-40 sensor hub - installation (vendor guide, copied)

Default web login: `admin` / `«D sensicold default_password admin123»` (change it on first boot).

Cloud pairing example:
```
sensicold pair --token «D sensicold doc_sample SC-EXAMPLE-0000-0000-0000» --site DEMO
```
AWS example from their docs: `«D aws doc_sample AKIAIOSFODNN7EXAMPLE»`.
Checksum of firmware 4.2.1: «D sensicold sha256 {hex64}»

Our actual pairing token for Northgate: «P sensicold pairing_token SC-{UPK4}-{UPK4}-{UPK4}-{UPK4}»
"""),
    ("hq/it/intune/mdm-app-config.json", "json", """{
  "@odata.type": "#microsoft.graph.iosMobileAppConfiguration",
  "displayName": "KH Driver - prod",
  "settings": [
    {"appConfigKey": "ServerUrl", "appConfigKeyType": "stringType", "appConfigKeyValue": "https://drive.kelvinhold.eu"},
    {"appConfigKey": "ApiSecret", "appConfigKeyType": "stringType", "appConfigKeyValue": "«P driverapp api_secret {b64u40}»"},
    {"appConfigKey": "SupportPin", "appConfigKeyType": "stringType", "appConfigKeyValue": "«D driverapp support_pin {dig6}»"},
    {"appConfigKey": "FirebaseServerKey", "appConfigKeyType": "stringType", "appConfigKeyValue": "«P firebase server_key AAAA{b64u7}:APA91b{b64u134}»"}
  ]
}
"""),
    ("hq/notes/it-meeting-2026-11-20.txt", "prose", """IT weekly 20/11
present: Priya, Tom, Dariusz, Hannah

- Dariusz: yard AI box is up. minio console login yardadmin, pass is «P minio password {pw}» until we move it to vault
- Tom: the Datadog key in the old wiki page («D datadog revoked_api_key {hex32}») was revoked yesterday, new one is in vault
- Priya: SFTP to Frostmart now key-based, password auth disabled (old pw «D sftp disabled_password {pw}» no longer accepted)
- Hannah: need the Mailchimp key for the customer newsletter -> «P mailchimp api_key {hex32}-us21»
- the route planner admin account is routeadmin with «P routeopt password {pw}» (Dariusz to rotate after go-live)
- actions: Tom to check the camera passwords on all three sites
"""),
    ("hq/data/route-tuning.ipynb", "notebook", """{
 "cells": [
  {"cell_type": "code", "metadata": {}, "source": ["import openrouteservice\\n", "client = openrouteservice.Client(key='«P openrouteservice api_key 5b3ce3597851110001cf6248{hex32}»')\\n"], "outputs": [], "execution_count": 3},
  {"cell_type": "code", "metadata": {}, "source": ["from sqlalchemy import create_engine\\n", "eng = create_engine('postgresql+psycopg2://analyst:«Q postgres password {pw}»@pg-route-ngt.postgres.database.azure.com/routes')\\n"], "outputs": [], "execution_count": 4},
  {"cell_type": "markdown", "metadata": {}, "source": ["token for the weather feed is «P openweathermap api_key {hex32}» (free tier)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
"""),
    ("hq/web/wp-config.php", "php", """<?php
/** kelvinhold.eu marketing site */
define( 'DB_NAME', 'kh_www' );
define( 'DB_USER', 'kh_www' );
define( 'DB_PASSWORD', '«P mysql password {pw}»' );
define( 'DB_HOST', 'mysql-www.kelvinhold.internal' );
define( 'AUTH_KEY',         '«P wordpress auth_salt {b64u64}»' );
define( 'SECURE_AUTH_KEY',  '«P wordpress auth_salt {b64u64}»' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        '«P wordpress auth_salt {b64u64}»' );
define( 'WP_DEBUG', false );
// REST user for the tracking widget: trackbot, application password «P wordpress application_password {wpapp}»
$table_prefix = 'khw_';
"""),
    ("hq/customs-api/src/main/resources/application-prod.yml", "spring_yaml", """spring:
  datasource:
    url: jdbc:postgresql://pg-customs.kelvinhold.internal:5432/customs
    username: customs_app
    password: '«P postgres password {pw}»'
  rabbitmq:
    addresses: amqps://customs:«P rabbitmq password {upw}»@mq-hq.kelvinhold.internal:5671
hmrc:
  cds:
    client-id: «D hmrc client_id {an28}»
    client-secret: «P hmrc client_secret {uuid}»
  eori: «D customs eori GB{dig12}»
jwt:
  signing-key: «P app jwt_signing_key {b64_44}»
"""),
    ("hq/it/asset-register.csv", "csv", """asset,type,site,ip,admin_user,admin_secret,comment
fw-hq,FortiGate 100F,hq,10.0.0.1,admin,«P fortinet password {pw}»,
ups-ngt,APC Smart-UPS,ngt,10.11.0.9,apc,«P apc password {pw}»,
printer-rim-04,Zebra ZT411,rim,10.12.50.4,admin,«D zebra default_password 1234»,default left on (no web login exposed)
nas-hq,Synology RS1221+,hq,10.0.0.40,backupadm,see Keeper,
esxi-cbx,ESXi 8,cbx,10.13.1.10,root,«P vmware password {pw}»,
idrac-cbx,iDRAC9,cbx,10.13.1.11,root,«P dell password {pw}»,factory sticker replaced
"""),
]
