"""repos/: Hollowbrook Veterinary Group and its insurance arm Hollowbrook PetCover.

Three hospitals, Ambleside (amb), Riverton (riv) and Castlegate (cas), each with the same 22
site kinds (SITE, @S@ the site code, @N@ its name), and head office (HQ). Tokens are
holdout_gen.template_filler's («P prov format spec», «D prov kind spec», «B …» base64,
«Q …» URL-encoded); specs are vals33.gen templates."""
from holdout_gen import Doc, template_filler
from vals33 import gen

fill, files = template_filler(gen, xml_files=(".xml",), url_accept=True)
SITES = [("amb", "Ambleside"), ("riv", "Riverton"), ("cas", "Castlegate")]

SITE = [
    ("@S@/pms/.env", "pms_laravel_env", """APP_NAME="Hollowbrook PMS @N@"
APP_ENV=production
APP_KEY=base64:«P laravel app-key {b43}=»
APP_URL=https://pms-@S@.hvg.internal
DB_CONNECTION=mysql
DB_HOST=db-@S@.hvg.internal
DB_USERNAME=pms_app
DB_PASSWORD=«P mysql password {pw}»
MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_USERNAME=apikey
MAIL_PASSWORD=«P sendgrid api-key SG.{x22}.{x43}»
TWILIO_ACCOUNT_SID=«D twilio account-sid AC{h32}»
TWILIO_AUTH_TOKEN=«P twilio auth-token {h32}»
STRIPE_KEY=«D stripe publishable-key pk_live_51{a97}»
STRIPE_SECRET=«P stripe secret-key sk_live_51{a97}»
"""),
    ("@S@/lab-bridge/analysers.ini", "lab_bridge_ini", """; lab analyser bridge, @N@ (chemistry, haematology, urinalysis)
[vetconnect]
username = lab.@S@@hollowbrookvets.co.uk
password = «P idexx password {pw}»
clinic_id = «D idexx clinic-id {d6}»

[antech]
endpoint = https://api.antechdiagnostics.example/v2
api_key = «P antech api-key {u32}»

[results_share]
path = \\\\nas-@S@\\labresults
user = HVG\\svc-lab
pass = «P smb password {pw}»
"""),
    ("@S@/imaging/orthanc.json", "pacs_orthanc_json", """{
  "Name" : "PACS-@S@",
  "DicomAet" : "«D dicom ae-title HVG{u4}»",
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {
    "admin" : "«P orthanc password {pw}»",
    "viewer" : "«P orthanc password {pw}»"
  },
  "OrthancPeers" : {
    "hq" : [ "https://pacs-hq.hvg.internal/", "sync-@S@", "«P orthanc peer-password {pw}»" ]
  }
}
"""),
    ("@S@/pharmacy/cd_register.py", "pharmacy_cd_python", '''"""Controlled-drugs register sync for @N@: nightly push to the head-office ledger."""
import hashlib
import hmac
import psycopg2
import requests

DB = psycopg2.connect(host="db-@S@.hvg.internal", dbname="pharmacy", user="cdreg",
                      password="«P postgres password {pw}»")
LEDGER_HMAC_KEY = bytes.fromhex("«P hvg ledger-hmac-key {h64}»")
# the witness PIN is never stored, only its hash
WITNESS_PIN_SHA256 = "«D hvg sha256-of-pin {h64}»"
WHOLESALER = requests.Session()
WHOLESALER.auth = ("hvg-@S@", "«P covetrus portal-password {pw}»")
'''),
    ("@S@/reminders/application.yml", "reminders_spring_yml", """spring:
  datasource:
    url: jdbc:postgresql://db-@S@.hvg.internal:5432/reminders
    username: reminders
    password: «P postgres password {pw}»
reminders:
  sms:
    provider: twilio
    api-key-sid: «D twilio api-key-sid SK{h32}»
    api-key-secret: «P twilio api-key-secret {a32}»
    from: "+4415{d8}"
  email:
    mailgun-domain: mg.hollowbrookvets.co.uk
    mailgun-key: «P mailgun api-key {h32}-{h8}-{h8}»
"""),
    ("@S@/home/.bash_history", "shell_history", """cd /srv/pms
mysql -u root -p'«P mysql password {pw}»' pms -e 'select count(*) from appointments'
curl -s --user 'api:«P mailgun api-key {h32}-{h8}-{h8}»' https://api.eu.mailgun.net/v3/domains
export PGPASSWORD='«P postgres password {pw}»'
pg_dump -h db-@S@.hvg.internal -U pharmacy pharmacy > /tmp/ph.sql
sshpass -p '«P ssh password {pw}»' scp /tmp/ph.sql backup@nas-@S@:/volume1/db/
git clone https://oauth2:«P gitlab personal-access-token glpat-{x20}»@gitlab.hvg.internal/it/kiosk.git
history -c
"""),
    ("@S@/notes/night-handover.md", "handover_prose", """# Night handover — @N@

* Kennel ward Wi-Fi: network `HVG-Kennels`, key «P wifi psk {pw}» (reset by Tom in October).
* PACS admin login if the radiographers ring: admin / «P orthanc password {pw}»
* TeamViewer on the X-ray PC: ID «D teamviewer id {d3} {d3} {d3}», password «P teamviewer password {pw}»
* Alarm code is «D alarm pin {d4}» — not a system password, don't put it in Keeper.
* The drug fridge logger (Ubidots) token if the dashboard logs out: «P ubidots token BBUS-{a30}»
"""),
    ("@S@/booking/docker-compose.yml", "booking_compose", """services:
  web:
    image: registry.hvg.internal/booking:3.14
    environment:
      DATABASE_URL: «P postgres url postgres://booking:{pw}@db:5432/booking»
      REDIS_URL: «P redis url redis://default:{pw}@redis:6379/0»
      STRIPE_SECRET_KEY: «P stripe restricted-key rk_live_51{a97}»
      STRIPE_WEBHOOK_SECRET: «P stripe webhook-secret whsec_{a32}»
      SITE_CODE: @S@
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: booking
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
"""),
    ("@S@/telehealth/config.ts", "telehealth_ts", """// Video consults for @N@ (Vonage Video, Daily fallback, Zoom for the specialists)
export const video = {
  vonage: { apiKey: "«D vonage video-project-id {d8}»", apiSecret: "«P vonage video-api-secret {h40}»" },
  daily: { apiKey: "«P daily api-key {h64}»", domain: "hollowbrook.daily.co" },
  zoom: { accountId: "«D zoom account-id {x22}»", clientId: "«D zoom client-id {x22}»", clientSecret: "«P zoom client-secret {a32}»" },
};
"""),
    ("@S@/ci/.gitlab-ci.yml", "gitlab_ci", """variables:
  SITE: @S@
  REGISTRY_USER: hvgci
  REGISTRY_PASSWORD: «P docker personal-access-token dckr_pat_{x27}»
  SENTRY_DSN: "https://«D sentry dsn-public-key {h32}»@o{d6}.ingest.sentry.io/{d7}"
  SENTRY_AUTH_TOKEN: «P sentry auth-token sntrys_eyJpYXQiOj{x60}_{x43}»

deploy:
  script:
    - docker login -u "$REGISTRY_USER" -p "$REGISTRY_PASSWORD" docker.io
    - ./deploy.sh @S@
"""),
    ("@S@/runbooks/pacs-restore.md", "runbook_md", """# Restoring the @N@ PACS after a disk failure

1. Pull last night's archive from S3:

       export AWS_ACCESS_KEY_ID=«P aws access-key-id AKIA{u16}»
       export AWS_SECRET_ACCESS_KEY=«P aws secret-access-key {b40}»
       aws s3 sync s3://hvg-pacs-@S@/archive /srv/orthanc/db

2. Re-index: `psql "«P postgres url postgresql://orthanc:{pw}@db-@S@.hvg.internal/orthanc»" -c 'reindex database orthanc'`
3. Test with `echoscu pacs-@S@ 4242 -aec «D dicom ae-title HVG{u4}»`.
"""),
    ("@S@/admin/logins.csv", "spreadsheet_csv", """system,url,username,password,notes
VetConnect PLUS,https://www.vetconnectplus.example,lab.@S@,«P idexx password {pw}»,shared lab login
Covetrus ordering,https://ordering.covetrus.example,hvg@S@,«P covetrus portal-password {pw}»,pharmacy only
PetCover claims portal,https://claims.petcover.example,reception.@S@,«P petcover portal-password {pw}»,
VoIP handsets,https://voip.hvg.internal,admin,«P voip admin-password {pw}»,
Old EPOS,https://epos.hvg.internal,admin,«D epos masked-password ********»,retired 2025
"""),
    ("@S@/k8s/booking-secret.yaml", "k8s_secret", """apiVersion: v1
kind: Secret
metadata:
  name: booking-@S@
type: Opaque
data:
  db-password: «B postgres password {pw}»
  gocardless-token: «B gocardless access-token live_{x40}»
stringData:
  recaptcha-site-key: «D google recaptcha-site-key 6L{x38}»
  recaptcha-secret: «P google recaptcha-secret-key 6L{x38}»
"""),
    ("@S@/kiosk/appsettings.json", "kiosk_dotnet_json", """{
  "ConnectionStrings": {
    "Pms": "Server=sql-@S@;Database=Pms;User Id=kiosk;Password=«P mssql password {pw}»;",
    "Blob": "DefaultEndpointsProtocol=https;AccountName=hvgkiosk@S@;AccountKey=«P azure storage-account-key {b86}==»;EndpointSuffix=core.windows.net"
  },
  "ApplicationInsights": { "InstrumentationKey": "«D azure instrumentation-key {uuid}»" },
  "Kiosk": { "Site": "@S@", "IdleSeconds": 90 }
}
"""),
    ("@S@/network/core-switch.cfg", "cisco_cfg", """hostname sw-core-@S@
!
enable secret 9 «D cisco type9-hash $9${x14}${x43}»
username netadmin privilege 15 password 0 «P cisco password {pw}»
!
snmp-server community «P snmp community hvg{l10}» RO 10
tacacs-server host 10.20.0.5 key «P tacacs shared-key {a16}»
!
end
"""),
    ("@S@/network/wg0.conf", "wireguard_conf", """[Interface]
Address = 10.66.0.2/32
PrivateKey = «P wireguard private-key {b42}A=»

[Peer]
# head office
PublicKey = «D wireguard public-key {b42}E=»
PresharedKey = «P wireguard preshared-key {b42}I=»
Endpoint = vpn.hvg.example:51820
AllowedIPs = 10.0.0.0/8
"""),
    ("@S@/tickets/helpdesk-export.jsonl", "ticket_jsonl", """{"id": "HD-@S@-1181", "from": "practice.manager@hollowbrookvets.co.uk", "body": "New password for the PetCover underwriting portal is «P petcover portal-password {pw}» - please update the reception PCs"}
{"id": "HD-@S@-1182", "from": "it@hollowbrookvets.co.uk", "body": "Alerts now post to Slack: «P slack webhook-url https://hooks.slack.com/services/T{u8}/B{u10}/{a24}»"}
{"id": "HD-@S@-1183", "from": "it@hollowbrookvets.co.uk", "body": "Closed. Old key «D slack masked-token xoxb-****-****» was revoked."}
"""),
    ("@S@/scripts/backup.ps1", "backup_powershell", """# Nightly backup, @N@
$pw = ConvertTo-SecureString "«P windows securestring-plaintext {pw}»" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("HVG\\svc-backup", $pw)
net use Z: \\\\nas-@S@\\backup /user:HVG\\svc-backup «P smb password {pw}»
$env:RESTIC_PASSWORD = "«P restic repository-password {pw}»"
$env:B2_ACCOUNT_ID = "«D backblaze key-id 005{h22}»"
$env:B2_ACCOUNT_KEY = "«P backblaze application-key K005{x27}»"
restic -r b2:hvg-backup-@S@:/ backup D:\\PMS
"""),
    ("@S@/xray/dicom-router.properties", "dicom_properties", """router.aet=«D dicom ae-title HVG{u4}»
router.port=11112
pacs.url=https://pacs-@S@.hvg.internal
pacs.user=router
pacs.password=«P orthanc password {pw}»
ldap.bind.dn=CN=svc-router,OU=Service,DC=hvg,DC=internal
ldap.bind.password=«P ldap bind-password {pw}»
mail.smtp.password=«P sendgrid api-key SG.{x22}.{x43}»
"""),
    ("@S@/reception/autologon.reg", "windows_reg", """Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="reception-@S@"
"DefaultDomainName"="HVG"
"DefaultPassword"="«P windows autologon-password {pw}»"
"""),
    ("@S@/booking/settings.py", "booking_django", '''from .base import *  # noqa

SECRET_KEY = "«P django secret-key {x50}»"
ALLOWED_HOSTS = ["book-@S@.hollowbrookvets.co.uk"]
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "«P sendgrid api-key SG.{x22}.{x43}»"
GOCARDLESS_ACCESS_TOKEN = "«P gocardless access-token live_{x40}»"
GOCARDLESS_ENVIRONMENT = "live"
GOOGLE_MAPS_BROWSER_KEY = "«D google maps-key-in-public-page AIza{x35}»"  # referrer-locked, shipped in the page
'''),
    ("@S@/ops/hosts.ini", "ansible_ini", """[pms]
pms-@S@.hvg.internal ansible_user=deploy ansible_become_pass=«P linux sudo-password {pw}»

[windows]
xray-@S@.hvg.internal ansible_user=Administrator ansible_password=«P windows admin-password {pw}» ansible_connection=winrm

[all:vars]
site=@S@
"""),
]

SITE += [
    ("@S@/appointments/reminder_worker.go", "reminders_go", """package main

// Appointment reminder worker for @N@: SMS via MessageBird, e-mail via Postmark.
const (
	messageBirdKey   = "«P messagebird access-key {a25}»"
	postmarkToken    = "«P postmark server-token {uuid}»"
	smsOriginator    = "HollowbrookV"
	postmarkStream   = "«D postmark message-stream outbound»"
)
"""),
    ("@S@/lab-bridge/hl7-listener.service", "systemd_unit", """[Unit]
Description=HL7 MLLP listener for the @N@ analysers

[Service]
Environment=MLLP_TLS_KEY_PASSPHRASE=«P openssl key-passphrase {pw}»
Environment=LAB_API_TOKEN=«P hvg lab-api-token hvglab_{a40}»
Environment="LAB_DB_URL=«P mysql url mysql://lab:{pw}@db-@S@.hvg.internal/lab»"
Environment=LAB_SITE_ID=«D hvg site-id {d4}»
ExecStart=/opt/hl7/bin/listener --port 2575
"""),
    ("@S@/reception/phones-provisioning.xml", "voip_xml", """<?xml version="1.0" encoding="UTF-8"?>
<!-- Yealink provisioning for the @N@ reception and consult rooms -->
<config>
  <account index="1" label="Reception" user="@S@-rec" password="«P sip account-password {pw}»" server="voip.hvg.internal"/>
  <account index="2" label="Consult 1" user="@S@-c1" password="«P sip account-password {pw}»" server="voip.hvg.internal"/>
  <security admin_password="«P yealink admin-password {pw}»" user_password="«D yealink factory-default user»"/>
</config>
"""),
    ("@S@/ops/crontab", "crontab", """# m h dom mon dow command  (@N@ utility server)
15 2 * * * PGPASSWORD='«P postgres password {pw}»' pg_dump -h db-@S@.hvg.internal -U pharmacy pharmacy | gzip > /backup/ph.sql.gz
30 2 * * * mysqldump -u backup -p'«P mysql password {pw}»' pms | gzip > /backup/pms.sql.gz
*/5 * * * * curl -fsS -u monitor:«P uptime-kuma push-password {pw}» https://status.hvg.internal/api/push/«D uptime-kuma push-id {a10}»
"""),
]

HQ = [
    ("hq/warehouse/looker.ini", "looker_ini", """[Looker]
base_url=https://hollowbrook.cloud.looker.com
client_id=«D looker client-id {a20}»
client_secret=«P looker client-secret {a24}»
verify_ssl=True
"""),
    ("hq/it/vpn-users.csv", "vpn_csv", """user,group,initial_password,changed
mhale,it-admins,«P fortigate vpn-password {pw}»,no
rpatel,petcover-claims,«P fortigate vpn-password {pw}»,no
jokafor,riverton-vets,«D fortigate changed-password (changed by user)»,yes
dwright,petcover-underwriting,«P fortigate vpn-password {pw}»,no
"""),
    ("hq/insurance/underwriting/.Renviron", "renviron", """PGHOST=claims-db.petcover.internal
PGUSER=actuary_ro
PGPASSWORD=«P postgres password {pw}»
OPENAI_API_KEY=«P openai api-key sk-proj-{x74}T3BlbkFJ{x74}»
MAPBOX_TOKEN=«D mapbox public-token pk.eyJ1Ijoi{x40}.{x22}»
"""),
    ("hq/warehouse/fivetran_connectors.py", "warehouse_python", '''"""Creates the Fivetran connectors and the Looker schedule for the claims mart."""
from fivetran import Client
from looker_sdk import init40

FIVETRAN = Client(api_key="«P fivetran api-key {a16}»", api_secret="«P fivetran api-secret {a32}»")
LOOKER_CLIENT_ID = "«D looker client-id {a20}»"
LOOKER_CLIENT_SECRET = "«P looker client-secret {a24}»"
'''),
    ("hq/insurance/policy-docs/.env", "docusign_env", """DOCUSIGN_ACCOUNT_ID=«D docusign account-id {uuid}»
DOCUSIGN_INTEGRATION_KEY=«D docusign integration-key {uuid}»
DOCUSIGN_SECRET_KEY=«P docusign secret-key {uuid}»
DOCUSIGN_BASE_PATH=https://eu.docusign.net/restapi
"""),
    ("hq/it/zoom-webhook.js", "webhook_js", """// Verifies Zoom and Slack webhooks for the telehealth scheduler
const ZOOM_WEBHOOK_SECRET_TOKEN = "«P zoom webhook-secret-token {x22}»";
const SLACK_SIGNING_SECRET = "«P slack signing-secret {h32}»";
const SLACK_APP_ID = "«D slack app-id A0{u9}»";
module.exports = { ZOOM_WEBHOOK_SECRET_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_ID };
"""),
    ("hq/warehouse/kafka-connect.properties", "kafka_properties", """bootstrap.servers=pkc-{l5}.eu-west-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«P confluent api-key {u16}»" password="«P confluent api-secret {x64}»";
schema.registry.basic.auth.user.info=«D confluent sr-key-id {u16}»:«P confluent schema-registry-secret {x64}»
"""),
    ("hq/warehouse/profiles.yml", "dbt_profiles", """hollowbrook:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: «D snowflake account hvg{l5}.eu-west-2.aws»
      user: DBT_SVC
      password: «P snowflake password {pw}»
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: ANALYTICS
# dbt Cloud job trigger token (used by the Airflow DAG)
# DBT_CLOUD_TOKEN=«P dbt cloud-service-token dbtc_{x40}»
"""),
    ("hq/warehouse/airflow.cfg", "airflow_cfg", """[core]
executor = CeleryExecutor
fernet_key = «P airflow fernet-key {x43}=»

[database]
sql_alchemy_conn = «P postgres url postgresql+psycopg2://airflow:{pw}@dwh-meta.hvg.internal/airflow»

[smtp]
smtp_user = airflow@hollowbrookvets.co.uk
smtp_password = «P microsoft365 smtp-password {pw}»

[webserver]
secret_key = «P flask secret-key {h64}»
"""),
    ("hq/warehouse/gcp-sa-claims-export.json", "gcp_service_account", """{
  "type": "service_account",
  "project_id": "hvg-claims-export",
  "private_key_id": "«D gcp private-key-id {h40}»",
  "private_key": "«P gcp service-account-private-key -----BEGIN PRIVATE KEY-----\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b64}\\n{b20}==\\n-----END PRIVATE KEY-----\\n»",
  "client_email": "claims-export@hvg-claims-export.iam.gserviceaccount.com",
  "client_id": "«D gcp client-id {d21}»"
}
"""),
    ("hq/insurance/claims-api/application-prod.yml", "claims_spring_yml", """server:
  port: 8443
spring:
  datasource:
    url: jdbc:postgresql://claims-db.petcover.internal:5432/claims
    username: claims_api
    password: «P postgres password {pw}»
  security:
    oauth2:
      client:
        registration:
          vetpartners:
            client-id: «D okta client-id 0oa{a17}»
            client-secret: «P okta client-secret {x40}»
petcover:
  jwt-signing-secret: «P petcover jwt-signing-secret {x64}»
  premiums:
    gocardless-token: «P gocardless access-token live_{x40}»
"""),
    ("hq/insurance/underwriting/triage.py", "underwriting_python", '''"""Underwriting triage: summarises vet histories for the claims handlers."""
import anthropic
import openai

openai_client = openai.OpenAI(api_key="«P openai api-key sk-proj-{x74}T3BlbkFJ{x74}»")
claude = anthropic.Anthropic(api_key="«P anthropic api-key sk-ant-api03-{x93}AA»")
FRAUD_SCORE_API_KEY = "«P fraudscore api-key fs_live_{a32}»"
FRAUD_SCORE_SANDBOX_KEY = "«D fraudscore sandbox-key-marked fs_test_{a32}»"  # sandbox only
'''),
    ("hq/loyalty/app/.env.production", "loyalty_env", """EXPO_PUBLIC_API_URL=https://api.pawpoints.hollowbrookvets.co.uk
ONESIGNAL_APP_ID=«D onesignal app-id {uuid}»
ONESIGNAL_REST_API_KEY=«P onesignal rest-api-key os_v2_app_{l112}»
FCM_SERVER_KEY=«P firebase fcm-server-key AAAA{x7}:APA91b{x134}»
BRAZE_REST_API_KEY=«P braze rest-api-key {uuid}»
EXPO_PUBLIC_POSTHOG_KEY=«D posthog project-key phc_{a43}»
"""),
    ("hq/loyalty/ios/AuthKey_7QX3M2PL9D.p8", "apple_p8", """«P apple app-store-connect-key -----BEGIN PRIVATE KEY-----
MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg{b32}
{b64}
{b64}
{b24}
-----END PRIVATE KEY-----»
"""),
    ("hq/terraform/main.tf", "terraform_hcl", """provider "aws" {
  region     = "eu-west-2"
  access_key = "«P aws access-key-id AKIA{u16}»"
  secret_key = "«P aws secret-access-key {b40}»"
}

provider "cloudflare" {
  api_token = "«P cloudflare api-token {x40}»"
}

provider "datadog" {
  api_key = "«P datadog api-key {h32}»"
  app_key = "«P datadog application-key {h40}»"
}

resource "aws_s3_bucket" "pacs_archive" {
  bucket = "hvg-pacs-archive"
}
"""),
    ("hq/terraform/prod.tfvars", "terraform_tfvars", """db_master_username = "hvgadmin"
db_master_password = "«P postgres password {pw}»"
site_vpn_psk       = "«P ipsec psk {a32}»"
azure_client_secret = "«P azure ad-client-secret {a3}8Q~{x34}»"
azure_tenant_id    = "«D azure tenant-id {uuid}»"
"""),
    ("hq/ci/Jenkinsfile", "jenkinsfile", """pipeline {
  agent any
  environment {
    NEXUS_USER = 'ci-deploy'
    NEXUS_PASS = '«P nexus password {pw}»'
    NPM_TOKEN  = '«P npm access-token npm_{a36}»'
  }
  stages {
    stage('publish') {
      steps {
        withCredentials([string(credentialsId: 'pms-signing', variable: 'SIGN_KEY')]) {
          sh 'npm publish --registry https://nexus.hvg.internal/repository/npm/'
        }
      }
    }
  }
}
"""),
    ("hq/.npmrc", "npmrc", """@hvg:registry=https://gitlab.hvg.internal/api/v4/projects/42/packages/npm/
//gitlab.hvg.internal/api/v4/projects/42/packages/npm/:_authToken=«P gitlab deploy-token gldt-{x20}»
//registry.npmjs.org/:_authToken=«P npm access-token npm_{a36}»
"""),
    ("hq/.docker/config.json", "docker_config", """{
  "auths": {
    "registry.hvg.internal": { "auth": "«B harbor password robot$ci:{a32}»" },
    "https://index.docker.io/v1/": { "auth": "«B docker password hvgci:dckr_pat_{x27}»" }
  }
}
"""),
    ("hq/it/new-starter-email.eml", "email_eml", """From: it@hollowbrookvets.co.uk
To: j.okafor@hollowbrookvets.co.uk
Subject: Your accounts - welcome to Hollowbrook!

Hi Joy,

Your Microsoft 365 login is j.okafor@hollowbrookvets.co.uk with the temporary password «P microsoft365 temp-password {pw}» (you'll be asked to change it).
The practice system (PMS) login for Riverton is jokafor / «P pms temp-password {pw}».
VPN: use the same Microsoft login; the pre-shared key on the travel laptop is «P ipsec psk {a32}».

IT
"""),
    ("hq/it/slack-export-it-ops.jsonl", "chat_jsonl", """{"ts": "1764241200.1", "user": "mhale", "text": "bot token for the on-call bot: «P slack bot-token xoxb-{d12}-{d13}-{a24}»"}
{"ts": "1764241260.2", "user": "rpatel", "text": "thanks - also the GitHub token for the mirror job is «P github personal-access-token ghp_{a36}»"}
{"ts": "1764241320.3", "user": "mhale", "text": "please don't paste those here :( rotating both after lunch"}
{"ts": "1764241380.4", "user": "rpatel", "text": "the example in the wiki is «D github docs-sample ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx», that one's fine"}
"""),
    ("hq/finance/gateways.tsv", "finance_tsv", """gateway\tentity\tkey_type\tvalue\towner
Stripe\tHVG hospitals\trestricted\t«P stripe restricted-key rk_live_51{a97}»\tfinance
Stripe\tPetCover\tsecret\t«P stripe secret-key sk_live_51{a97}»\tfinance
GoCardless\tPetCover premiums\taccess token\t«P gocardless access-token live_{x40}»\tfinance
Adyen\tHVG online shop\tapi key\t«P adyen api-key AQE{a5}+{b60}+{b40}=-{b44}=-{x12}»\tecom
Stripe\tHVG hospitals\tpublishable\t«D stripe publishable-key pk_live_51{a97}»\tweb
"""),
    ("hq/it/keeper-export.csv", "keeper_csv", """Folder,Title,Login,Password,Website Address,Notes
Infrastructure,Domain admin,HVG\\da-mhale,«P windows domain-admin-password {pw}»,,
Infrastructure,vCenter,administrator@vsphere.local,«P vmware vcenter-password {pw}»,https://vc.hvg.internal,
Insurance,Reinsurer SFTP,petcover,«P sftp password {pw}»,sftp://files.reinsure.example,
Telehealth,Vonage account,it@hollowbrookvets.co.uk,«P vonage account-password {pw}»,https://dashboard.nexmo.com,
Marketing,Mailchimp,marketing@hollowbrookvets.co.uk,«P mailchimp account-password {pw}»,https://login.mailchimp.com,
"""),
    ("hq/it/rotation-log.md", "rotation_log_decoys", """# Credential rotation log (values kept masked or hashed only)

| date | credential | old value | note |
|---|---|---|---|
| 2026-09-02 | Stripe secret (hospitals) | «D stripe masked-key sk_live_51****************************9fQa» | rolled |
| 2026-09-14 | AWS deploy key | «D aws revoked-key-id AKIA{u16}» | deactivated, deleted 2026-09-21 |
| 2026-10-03 | SendGrid | «D sendgrid truncated-key SG.{x8}...» | revoked |
| 2026-10-19 | PACS admin | sha256 «D orthanc sha256-of-password {h64}» | changed |
| 2026-11-07 | Twilio auth token | «D twilio masked-token {h4}************************{h4}» | secondary promoted |
"""),
    ("hq/it/vendor-guide.md", "vendor_doc_decoys", """# Integrating with the PetCover claims API (partner guide)

Authenticate with your partner key in the `X-PetCover-Key` header:

    curl -H "X-PetCover-Key: «D petcover docs-sample-key pcv_live_0000000000000000000000000000»" https://api.petcover.example/v1/claims

AWS examples in this guide use the documentation key «D aws docs-example-key AKIAIOSFODNN7EXAMPLE» and
secret «D aws docs-example-secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY».
Webhook signatures: compare against the secret shown in the portal (e.g. «D stripe docs-sample whsec_test_secret_placeholder»).
"""),
    ("hq/tests/fixtures/test_payments.py", "test_fixture_decoys", '''"""Payment fixtures: test-mode keys only, safe to commit."""
STRIPE_TEST_KEY = "«D stripe test-key-marked sk_test_51{a97}»"
GOCARDLESS_SANDBOX = "«D gocardless sandbox-token-marked sandbox_{x40}»"
FAKE_CARD = "«D stripe test-card 4242424242424242»"
FAKE_IBAN = "«D banking test-iban GB33BUKB20201555555555»"
'''),
    ("hq/marketing/newsletter_sync.rb", "newsletter_ruby", """require "MailchimpMarketing"

client = MailchimpMarketing::Client.new
client.set_config(api_key: "«P mailchimp api-key {h32}-us21»", server: "us21")
LIST_ID = "«D mailchimp audience-id {h10}»"
SENDGRID = "«P sendgrid api-key SG.{x22}.{x43}»"
"""),
    ("hq/it/meeting-notes-2026-11-20.md", "meeting_notes", """# IT / PetCover sync, 20 Nov

- Vault: Maya shared the root token in the call chat («P vault token hvs.{x24}»); **must be revoked**, action MH.
- Okta: the provisioning job still uses an SSWS token from Dev: «P okta api-token 00{x40}» — move to OAuth.
- PACS vendor asked for the HQ peer password again; sent via Keeper, not here.
"""),
    ("hq/warehouse/notebooks/claims_eda.ipynb", "notebook_json", """{
 "cells": [
  {
   "cell_type": "code",
   "source": [
    "import snowflake.connector\\n",
    "con = snowflake.connector.connect(account='hvg-eu', user='ANALYST_RO', password='«P snowflake password {pw}»')\\n",
    "HF_TOKEN = '«P huggingface token hf_{a34}»'\\n"
   ]
  }
 ],
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("hq/it/rclone.conf", "rclone_conf", """[b2-archive]
type = b2
account = «D backblaze key-id 005{h22}»
key = «P backblaze application-key K005{x27}»

[nas]
type = sftp
host = nas-hq.hvg.internal
user = rclone
pass = «D rclone obscured-password {x48}»

[wasabi]
type = s3
provider = Wasabi
access_key_id = «P wasabi access-key-id {u20}»
secret_access_key = «P wasabi secret-access-key {a40}»
"""),
    ("hq/telehealth/recording-upload.sh", "telehealth_shell", """#!/bin/sh
# Moves finished consult recordings to the insurer's evidence bucket
export AWS_ACCESS_KEY_ID=«P aws access-key-id AKIA{u16}»
export AWS_SECRET_ACCESS_KEY=«P aws secret-access-key {b40}»
VONAGE_API_SECRET=«P vonage video-api-secret {h40}»
curl -s -u "«D vonage video-project-id {d8}»:$VONAGE_API_SECRET" https://api.opentok.com/v2/project/archive
"""),
    ("hq/insurance/partner-handover.txt", "handover_txt", """Handover: reinsurer bordereaux feed (Dan -> Priya)

SFTP: sftp://petcover@files.reinsure.example (password «P sftp password {pw}»)
The files are PGP-encrypted to their key; our signing key passphrase is «P gnupg passphrase {pw}».
Their public key fingerprint: «D gnupg key-fingerprint {H40}» (not secret).
Monthly run: cron on etl-01, see /opt/bordereaux/run.sh
"""),
]


def build():
    specs = []
    for code, name in SITES:
        for path, shape, text in SITE:
            specs.append((path.replace("@S@", "repos/" + code, 1).replace("@S@", code),
                          shape, text.replace("@S@", code).replace("@N@", name)))
    for path, shape, text in HQ:
        specs.append(("repos/" + path, shape, text))
    return files(Doc, "repos", specs)
