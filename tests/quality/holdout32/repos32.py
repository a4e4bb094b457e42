"""holdout32 repos: Northmoor Herald Group, a regional newspaper group and its print works.
Three sites (Kirkhaven print works `kvn`, Ashbridge newsroom `ash`, Fellside depot and
newsroom `fel`) and head office (`hq`); internal *.nmh.internal, public northmoor-herald.co.uk.
Tokens: «P provider format spec» positive, «D provider kind spec» decoy, «B ...» shown base64,
«Q ...» shown URL-encoded (holdout_gen.template_filler)."""

SITE = [
 ("press/@S@/prinergy-bridge.properties", "plain", """# Kodak plate-making bridge, @S@ print works
platesetter.host=ctp1.@S@.nmh.internal
jdbc.url=jdbc:sqlserver://prepress-db.@S@.nmh.internal:1433;databaseName=Plates
jdbc.user=plates_rw
jdbc.password=«P mssql password pw»
# jdbc.password=«D mssql rotated_password pw» (old, rotated after the 2025 audit)
smtp.user=presshall-@S@@northmoor-herald.co.uk
smtp.password=«P office365 smtp_password pw»
ftp.incoming=ftp://pages:«P ftp password upw»@pagesftp.@S@.nmh.internal/in
press.serial=«D press serial_number up=12»
"""),
 ("press/@S@/press-control.yaml", "plain", """# manroland press console integration (@S@)
console:
  host: pecom.@S@.nmh.internal
  vnc_password: «P vnc password an=8»
  opc_ua:
    endpoint: opc.tcp://pecom.@S@.nmh.internal:4840
    username: integration
    password: "«P opcua password pw»"
inkdosing:
  api_key: «P inkdosing api_key hex=32»
  device_id: «D inkdosing device_id uuid»
mqtt:
  url: mqtts://press:«P mqtt password upw»@broker.@S@.nmh.internal:8883
"""),
 ("cms/@S@/.env", "plain", """APP_ENV=production
APP_KEY=base64:«P laravel app_key b64=43+'=»
DB_HOST=cms-db.@S@.nmh.internal
DB_USERNAME=cms
DB_PASSWORD=«P mysql password pw»
REDIS_URL=redis://default:«P redis password upw»@cache.@S@.nmh.internal:6379/0
MAILGUN_SECRET=«P mailgun api_key 'key-+hex=32»
MAILGUN_DOMAIN=mg.northmoor-herald.co.uk
PIANO_API_TOKEN=«P piano api_token an=40»
PIANO_AID=«D piano application_id an=10»
GOOGLE_ANALYTICS_ID=«D google measurement_id 'G-+up=10»
RECAPTCHA_SITE_KEY=«D google recaptcha_site_key '6L+b64u=38»
RECAPTCHA_SECRET_KEY=«P google recaptcha_secret '6L+b64u=38»
"""),
 ("delivery/@S@/routes.py", "plain", """# Overnight delivery route builder for the @S@ vans
import psycopg2
import requests

conn = psycopg2.connect(host="routes-db.@S@.nmh.internal", dbname="rounds",
                        user="rounds", password="«P postgres password pw»")
HERE_API_KEY = "«P here api_key b64u=43»"
TELEMATICS = requests.Session()
TELEMATICS.auth = ("nmh-@S@", "«P samsara password pw»")
SAMSARA_TOKEN = "«P samsara api_token 'samsara_api_+an=30»"
# van ids are fleet numbers, not secrets
VANS = ["«D samsara vehicle_id dig=15»", "«D samsara vehicle_id dig=15»"]
"""),
 ("photo/@S@/wire-ingest.ini", "plain", """; photo desk wire-agency feeds (@S@)
[pa]
host = ftp.pa-media.example
user = nmh@S@
pass = «P pa_media ftp_password pw»
[reuters]
client_id = «D reuters client_id an=20»
client_secret = «P reuters client_secret an=40»
[ap]
api_key = «P ap api_key an=32»
[photoshelter]
password = «P photoshelter password pw»
; api_key = «D photoshelter masked_key 'ps_************+an=4»
"""),
 ("ops/@S@/.bash_history", "plain", """cd /srv/plates
mysql -u prepress -p«P mysql password an=16» plates
export AWS_ACCESS_KEY_ID=«P aws access_key_id 'AKIA+up=16»
export AWS_SECRET_ACCESS_KEY=«P aws secret_access_key b64=40»
aws s3 sync /srv/archive/scans s3://nmh-archive-@S@/
curl -u admin:«P grafana password upw» http://grafana.@S@.nmh.internal:3000/api/health
smbclient //nas.@S@.nmh.internal/pages -U pages%«P smb password upw»
ipmitool -I lanplus -H 10.4.1.20 -U ADMIN -P «P ipmi password an=10» power status
sha256sum /srv/plates/latest.tif
git log -1 --format=%H
"""),
 ("ops/@S@/handover.md", "plain", """# Night handover, @S@ (press hall / newsroom)

* Pressroom PC login: `pressop` / «P windows password pw»
* The wifi for visiting engineers is NMH-Guest, key «P wifi psk pw»
* Ad server (Revive) admin pw changed today, new one: «P revive password pw»
* The old van tracker login «D teletrac expired_password pw» is EXPIRED, ignore it
* Podcast host RSS private feed token: «P transistor api_key an=24»
* Printer page counter id «D ricoh device_serial up=10» (not a secret)
"""),
 ("classified/@S@/docker-compose.yml", "plain", """services:
  classifieds:
    image: registry.nmh.internal/classifieds:4.2
    environment:
      DATABASE_URL: postgres://classified:«P postgres password upw»@db.@S@.nmh.internal:5432/ads
      STRIPE_SECRET_KEY: «P stripe secret_key 'sk_live_+an=24»
      STRIPE_PUBLISHABLE_KEY: «D stripe publishable_key 'pk_live_+an=24»
      SENTRY_DSN: https://«D sentry dsn_public_key hex=32»@o1.ingest.sentry.io/4
      RECAPTCHA_SECRET: ${RECAPTCHA_SECRET}
      SESSION_SECRET: «P express session_secret hex=64»
"""),
 ("subscribers/@S@/export-job.ps1", "plain", """# Nightly subscriber export for @S@ (paywall -> Dynamics)
$pw = ConvertTo-SecureString "«P sqlserver password pw»" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("NMH\\svc_subs", $pw)
$hdr = @{ Authorization = "Bearer «P dynamics client_secret an=8+'~+b64u=31»" }
$sftp = "sftp://mailhouse:«Q mailhouse sftp_password pw»@sftp.mailhouse.example/upload"
# tenant and client ids are public identifiers
$tenant = "«D azure tenant_id uuid»"
$client = "«D azure client_id uuid»"
"""),
 ("ci/@S@/.gitlab-ci.yml", "plain", """deploy:
  stage: deploy
  script:
    - docker login -u deploy -p «P gitlab deploy_token 'gldt-+b64u=20» registry.nmh.internal
    - sshpass -p '«P ssh password pw»' ssh web@cms.@S@.nmh.internal ./deploy.sh
    - 'curl -H "PRIVATE-TOKEN: «P gitlab personal_token 'glpat-+b64u=20»" https://git.nmh.internal/api/v4/projects'
    - echo $CI_JOB_TOKEN
  variables:
    SONAR_TOKEN: «P sonarqube token 'squ_+hex=40»
    SONAR_PROJECT: «D sonarqube project_key 'nmh-cms-@S@»
"""),
]

HQ = [
 ("hq/archive-digitisation/scan_upload.py", "plain", """# Archive digitisation: 1871-1999 bound volumes -> object storage
import boto3
s3 = boto3.client("s3", endpoint_url="https://s3.eu-central-003.backblazeb2.com",
                  aws_access_key_id="«P backblaze key_id '003+hex=22»",
                  aws_secret_access_key="«P backblaze application_key 'K003+an=27»")
OCR_KEY = "«P abbyy application_password an=24»"
# sample checksum of volume 1 (not a key)
VOL1 = "«D archive sha256 hex=64»"
"""),
 ("hq/newsletter/settings.toml", "plain", """[mailchimp]
api_key = "«P mailchimp api_key hex=32+'-us14»"
audience = "«D mailchimp audience_id hex=10»"
[sendgrid]
api_key = "«P sendgrid api_key 'SG.+b64u=22+'.+b64u=43»"
# docs sample from the vendor guide, not ours:
example = "«D sendgrid doc_sample 'SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy»"
"""),
 ("hq/podcast/.env", "plain", """TRANSISTOR_API_KEY=«P transistor api_key an=24»
BUZZSPROUT_TOKEN=«P buzzsprout api_token hex=32»
SPOTIFY_CLIENT_ID=«D spotify client_id hex=32»
SPOTIFY_CLIENT_SECRET=«P spotify client_secret hex=32»
OPENAI_API_KEY=«P openai project_key 'sk-proj-+b64u=74+'T3BlbkFJ+b64u=74»
"""),
 ("hq/adserver/revive.conf.php", "plain", """<?php
$conf['database']['username'] = 'revive';
$conf['database']['password'] = '«P mysql password pw»';
$conf['gam']['service_account_key_id'] = '«D google key_id hex=40»';
$conf['prebid']['rubicon_secret'] = '«P rubicon api_secret an=32»';
$conf['webhook'] = 'https://hooks.slack.com/services/«P slack webhook 'T+up=8+'/B+up=10+'/+an=24»';
"""),
 ("hq/it/service-desk-export.csv", "plain", """ticket,opened,summary,notes
INC-4411,2026-10-02,New starter photo desk,"temp password «P ad temporary_password pw» - must change at first login"
INC-4419,2026-10-03,Van tablet locked,"reset done, PIN «D tablet pin dig=4»"
INC-4430,2026-10-06,Paywall admin,"Piano dashboard login is ops@northmoor-herald.co.uk / «P piano password pw»"
INC-4433,2026-10-07,Old FTP,"old password «D ftp revoked_password pw» was revoked when we moved to SFTP"
"""),
 ("hq/it/chat-export.jsonl", "plain", """{"ts":"2026-10-12T06:01:11Z","user":"kfraser","text":"press hall tablet login is print / «P windows password pw»"}
{"ts":"2026-10-12T06:03:40Z","user":"mhay","text":"thanks. grafana token for the dashboards: «P grafana service_account_token 'glsa_+an=32+'_+hex=8»"}
{"ts":"2026-10-12T06:05:02Z","user":"kfraser","text":"the docs use «D grafana doc_sample 'glsa_EXAMPLE+'000000000000000000000000000_00000000» as an example, that one is fake"}
"""),
 ("hq/infra/main.tf", "plain", """resource "azurerm_postgresql_flexible_server" "subs" {
  name                   = "nmh-subscribers"
  administrator_login    = "subsadmin"
  administrator_password = "«P azure postgres_password pw»"
}
provider "cloudflare" {
  api_token = "«P cloudflare api_token b64u=40»"
}
variable "zone_id" { default = "«D cloudflare zone_id hex=32»" }
resource "azurerm_virtual_network_gateway_connection" "kvn" {
  shared_key = "«P azure vpn_shared_key an=32»"
}
"""),
 ("hq/k8s/paywall-secret.yaml", "plain", """apiVersion: v1
kind: Secret
metadata:
  name: paywall
type: Opaque
data:
  PIANO_PRIVATE_KEY: «B piano private_key an=40»
  DB_PASSWORD: «B postgres password pw»
stringData:
  JWT_SIGNING_SECRET: «P paywall jwt_secret hex=64»
"""),
 ("hq/finance/accounts.tsv", "plain", """system\tuser\tpw\tnotes
Sage 200\tfinance01\t«P sage password pw»\tmonth end only
Bank portal\tnmhtreasury\t«P bank password pw»\tsecond factor on the token
Royal Mail OBA\tnmhpost\t«P royalmail password pw»\t
Old payroll\tpayroll\t«D payroll retired_password pw»\tretired 2024, account deleted
"""),
 ("hq/docs/vendor-install-guide.md", "plain", """# Installing the wire ingest agent

Set your key in `agent.conf`:

    api_key = «D wire doc_sample 'YOUR_API_KEY_HERE»
    secret  = «D wire doc_sample 'abcdef0123456789abcdef0123456789»

Test keys start with `test_`: «D wire test_key 'test_+an=24» works only in the sandbox.
"""),
 ("hq/mail/onboarding-email.eml", "plain", """From: it@northmoor-herald.co.uk
To: new.reporter@northmoor-herald.co.uk
Subject: Your accounts

Hi, welcome to the Ashbridge newsroom. Your CMS login is a.rennie and the
password is «P cms temporary_password pw» until you change it. The shared
photo desk mailbox password is «P office365 password pw».
Cheers, IT
"""),
 ("hq/security/rotation-log.csv", "plain", """date,system,old_value,status
2026-01-05,stripe,«D stripe revoked_key 'sk_live_+an=24»,revoked
2026-02-11,mailgun,«D mailgun revoked_key 'key-+hex=32»,revoked
2026-03-19,aws,«D aws masked_key 'AKIA************+up=4»,deactivated
"""),
 ("hq/tests/fixtures/paywall_test.py", "plain", """# Fixtures for the paywall unit tests: Stripe TEST keys only, safe to commit
STRIPE_KEY = "«D stripe test_key 'sk_test_+an=24»"
PIANO_SANDBOX = "«D piano sandbox_token 'sandbox-+an=20»"
USER_PASSWORD = "«D fixture test_password 'correct-horse-battery-staple»"
"""),
 ("hq/delivery/van-telematics.json", "plain", """{
  "provider": "webfleet",
  "account": "nmh-fleet",
  "username": "api_user",
  "password": "«P webfleet password pw»",
  "apikey": "«P webfleet api_key uuid»",
  "vehicles": ["«D webfleet vehicle_id dig=6»", "«D webfleet vehicle_id dig=6»"]
}
"""),
 ("hq/.docker/config.json", "plain", """{
  "auths": {
    "registry.nmh.internal": {"auth": "«B docker password 'ci:+pw»"},
    "https://index.docker.io/v1/": {"auth": "«B dockerhub pat 'nmhbuild:+'dckr_pat_+b64u=27»"}
  }
}
"""),
 ("hq/notes/meeting-2026-11-04.md", "plain", """# Digital steering group

* Archive vendor sent the portal login: archive-team / «P archive_vendor password pw»
* Agreed to move the podcast feed to the new host; old API key «D transistor masked_key an=4+'********+an=4» stays masked here
* Action KF: rotate the ad server password, it was read out on the call
"""),
]

SITE += [
 ("paywall/@S@/application-prod.yml", "plain", """spring:
  datasource:
    url: jdbc:postgresql://subs-db.@S@.nmh.internal:5432/subscribers
    username: paywall
    password: "«P postgres password pw»"
  rabbitmq:
    addresses: amqps://paywall:«P rabbitmq password upw»@mq.@S@.nmh.internal:5671
gocardless:
  access-token: «P gocardless access_token 'live_+b64u=40»
  webhook-secret: «P gocardless webhook_secret an=40»
  creditor-id: «D gocardless creditor_id 'CR+up=12»
zuora:
  client-id: «D zuora client_id uuid»
  client-secret: "«P zuora client_secret b64=40»"
"""),
 ("ops/@S@/runbook-oncall.md", "prose", """# On-call runbook, @S@

1. If the page-flow stalls, log into the OneVision server as `ovadmin`, password «P onevision password pw».
2. Restart the plate queue: `sqlplus plates/«P oracle password an=14»@PLATES`
3. The UPS web console (10.4.9.2) uses admin with «P ups_nmc password an=10».
4. The factory default password in the manual («D apc factory_default 'apc») is not ours.
5. Switch enable secret is «P cisco enable_secret pw»; the type 9 hash in the config («D cisco type9_hash '$9$+b64u=14+'$+b64u=43») is not.
"""),
 ("delivery/@S@/drivers.csv", "plain", """route,driver,tablet_login,tablet_password,van
R01,D. Munro,drv01@S@,«P mdm password an=12»,«D fleet registration up=7»
R02,P. Shah,drv02@S@,«P mdm password an=12»,«D fleet registration up=7»
R03,L. Kerr,drv03@S@,«P mdm password an=12»,«D fleet registration up=7»
"""),
 ("ads/@S@/gam-bridge.js", "plain", """// Google Ad Manager bridge for @S@ classified print ads
module.exports = {
  redis: 'redis://:«P redis password upw»@adcache.@S@.nmh.internal:6379',
  sftp: { host: 'sftp.adbooker.example', username: 'nmh@S@', password: '«P adbooker password pw»' },
  networkCode: '«D google ad_manager_network dig=8»',
  slackWebhook: 'https://hooks.slack.com/services/«P slack webhook 'T+up=8+'/B+up=10+'/+an=24»',
  twilio: { sid: '«D twilio account_sid 'AC+hex=32»', token: '«P twilio auth_token hex=32»' },
};
"""),
 ("archive/@S@/backup.sh", "plain", """#!/bin/sh
# nightly backup of the @S@ archive scans and the subscriber DB
export PGPASSWORD='«P postgres password pw»'
pg_dump -h subs-db.@S@.nmh.internal -U backup subscribers > /backup/subs.sql
export RESTIC_PASSWORD='«P restic repository_password pw»'
export B2_ACCOUNT_KEY=«P backblaze application_key 'K005+an=27»
export B2_ACCOUNT_ID=«D backblaze key_id '005+hex=22»
mysqldump --user=backup --password='«P mysql password pw»' cms > /backup/cms.sql
lftp -u archive,«P ftp password upw» sftp://offsite.example -e 'mirror -R /backup /nmh/@S@; bye'
"""),
 ("ops/@S@/ansible-hosts.ini", "plain", """[press]
ctp1.@S@.nmh.internal ansible_user=prepress ansible_password=«P ssh password an=16»
pecom.@S@.nmh.internal ansible_user=pecom ansible_become_pass=«P sudo password an=16»

[newsroom]
cms.@S@.nmh.internal ansible_ssh_private_key_file=~/.ssh/nmh_ed25519

[all:vars]
snmp_community=«P snmp community lo=12»
ntp_server=ntp.nmh.internal
"""),
 ("cms/@S@/wp-config.php", "plain", """<?php
define( 'DB_NAME', 'nmh_@S@' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', '«P mysql password pw»' );
define( 'AUTH_KEY',         '«P wordpress auth_key an=64»' );
define( 'SECURE_AUTH_SALT', '«P wordpress salt an=64»' );
define( 'WP_REDIS_PASSWORD', '«P redis password an=24»' );
// Jetpack blog id is public
define( 'JETPACK_BLOG_ID', '«D jetpack blog_id dig=9»' );
$nmh_cdn_token = base64_decode('«B bunnycdn api_key uuid+hex=4»');
"""),
 ("photo/@S@/desk-notes.txt", "prose", """photo desk notes (@S@)

Getty login for the desk: nmhphoto@S@
password: «P getty password pw»

Alamy contributor upload uses the same email, pass «P alamy password pw» (Karen set it).
Camera FTP from the match: ftp://cam:«P ftp password upw»@photoftp.@S@.nmh.internal
Ignore the one on the whiteboard photo («D alamy old_password pw»), that was changed in June.
"""),
]

SITE += [
 ("k8s/@S@/wire-secret.yaml", "base64", """apiVersion: v1
kind: Secret
metadata:
  name: wire-ingest-@S@
data:
  AP_API_KEY: «B ap api_key an=32»
  REUTERS_CLIENT_SECRET: «B reuters client_secret an=40»
  FTP_PASSWORD: «B pa_media ftp_password pw»
"""),
 ("newsletter/@S@/send.rb", "plain", """# Weekly @S@ newsletter sender
require "mail"
Mail.defaults do
  delivery_method :smtp, address: "smtp.postmarkapp.com", port: 587,
    user_name: "«P@k postmark server_token uuid»", password: "«=k»"
end
BEEHIIV_KEY = "«P beehiiv api_key an=64»"
PUBLICATION = "«D beehiiv publication_id 'pub_+uuid»"
"""),
 ("ops/@S@/odbc.ini", "plain", """[Subscribers]
Driver = ODBC Driver 18 for SQL Server
Server = subs-db.@S@.nmh.internal
UID = reports
PWD = «P sqlserver password pw»

[Circulation]
Driver = PostgreSQL Unicode
Servername = circ.@S@.nmh.internal
Username = circ
Password = «P postgres password pw»
"""),
 ("ops/@S@/tickets.jsonl", "prose", """{"id":"NMH-@S@-88","title":"Van 12 tracker offline","body":"Webfleet reset, new password for the api user is «P webfleet password an=14»"}
{"id":"NMH-@S@-91","title":"Podcast upload failing","body":"Token was wrong. Correct Transistor key: «P transistor api_key an=24»"}
{"id":"NMH-@S@-95","title":"Screen wall","body":"Serial «D samsung serial up=14», no change"}
"""),
 ("press/@S@/camera-feed.url", "url_encoded", """[InternetShortcut]
URL=rtsp://pressview:«Q hikvision password pw»@cam-folder.@S@.nmh.internal:554/Streaming/Channels/101
"""),
]

HQ += [
 ("hq/it/keeper-export.csv", "plain", """folder,title,login,password,url
Print,Plate vendor portal,nmh-print,«P kodak password pw»,https://portal.kodak.example
Digital,Cloudflare,webteam@northmoor-herald.co.uk,«P cloudflare password pw»,https://dash.cloudflare.com
Digital,Fastly,webteam@northmoor-herald.co.uk,«P fastly password pw»,https://manage.fastly.com
Circulation,Royal Mail,nmhpost,«P royalmail password pw»,https://www.royalmail.com
"""),
 ("hq/cms/jenkins/Jenkinsfile", "plain", """pipeline {
  agent any
  environment {
    FASTLY_API_TOKEN = '«P fastly api_token b64u=32»'
    SLACK_TOKEN = '«P slack bot_token 'xoxb-+dig=12+'-+dig=13+'-+an=24»'
  }
  stages {
    stage('purge') { steps { sh 'curl -X POST -H "Fastly-Key: $FASTLY_API_TOKEN" https://api.fastly.com/service/«D fastly service_id an=22»/purge_all' } }
  }
}
"""),
 ("hq/.npmrc", "plain", """@nmh:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«P github personal_token 'ghp_+an=36»
//registry.npmjs.org/:_authToken=«P npm access_token 'npm_+an=36»
"""),
 ("hq/it/wpa_supplicant.conf", "plain", """network={
    ssid="NMH-Staff"
    psk="«P wifi psk pw»"
}
network={
    ssid="NMH-Press"
    psk=«D wifi derived_psk hex=64»
}
"""),
 ("hq/analytics/notebook.ipynb", "plain", """{"cells":[{"cell_type":"code","source":["import snowflake.connector\\n","conn = snowflake.connector.connect(user='ANALYST', password='«P snowflake password pw»', account='«D snowflake account 'nmh-+lo=7»')\\n"]}],"metadata":{},"nbformat":4,"nbformat_minor":5}
"""),
]

SITE += [
 ("delivery/@S@/telematics-gateway.toml", "plain", """[gateway]
site = "@S@"
[traccar]
url = "https://track.nmh.internal"
user = "gateway-@S@"
password = "«P traccar password pw»"
[teltonika]
fota_token = "«P teltonika fota_token an=40»"
imei = "«D teltonika imei dig=15»"
[sms]
textlocal_api_key = "«P textlocal api_key an=8+'-+an=32»"
"""),
 ("podcast/@S@/publish.sh", "plain", """#!/bin/bash
# publish the @S@ weekly podcast episode
curl -s -X POST https://api.transistor.fm/v1/episodes \\
  -H "x-api-key: «P transistor api_key an=24»" -F "episode[show_id]=«D transistor show_id dig=5»"
rsync -av audio/ podcast@cdn.nmh.internal:/srv/podcast/@S@/
curl -u "nmh@S@:«P bunnycdn storage_password uuid+'-+hex=4»" -T episode.mp3 https://storage.bunnycdn.com/nmh-@S@/
"""),
 ("classified/@S@/moderation.kts", "odd_name", """// classified ads moderation worker (@S@)
val hush = "«P perspective api_key 'AIza+b64u=35»"  // Google Perspective toxicity API
val mailSecret = "«P mailjet secret_key hex=32»"
val mailPublic = "«D mailjet api_key_public hex=32»"
val theThing = "«P onfido api_token 'api_live.+b64u=11+'.+b64u=32»"  // ID checks for motor ads
"""),
]

HQ += [
 ("hq/it/rclone.conf", "plain", """[archive-b2]
type = b2
account = «P backblaze key_id '004+hex=22»
key = «P backblaze application_key 'K004+an=27»

[sharepoint]
type = onedrive
pass = «D rclone obscured_pass b64u=40»
"""),
 ("hq/it/new-starter-email.txt", "prose", """Subject: Fellside newsroom access

Morning Jo, your laptop PIN is «D laptop pin dig=6» and the CMS password is «P cms temporary_password pw».
The podcast studio Mac is studio / «P macos password pw». Please change both this week.
"""),
]
