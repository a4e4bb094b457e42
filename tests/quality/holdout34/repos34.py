"""repos/: Alpenbahn Hochtal AG, an alpine resort operator — Lärchtal (lar) and Grauwand (grw)
valleys, each with ski area, lifts, hotels, rental and ski school, and head office (hq) with the
mountain railway, payments and the warehouse. «P/D/B/Q» tokens as holdout_gen.template_filler;
§v is the valley code, §V its name. Values from vals34.gen."""
from holdout_gen import Doc, template_filler

VALLEYS = [("lar", "Laerchtal"), ("grw", "Grauwand")]

SITE = [
("§v/gates/axess-bridge/config.ini", "ini", """; RFID gate bridge, §V base station
[gates]
controller = gates-§v.alpenbahn.internal
card_reader_model = Axess AX500 SmartGate
[db]
dsn = «P postgres connection_url 'postgresql://gates:'+pw18+'@db-§v.alpenbahn.internal:5432/tickets'»
[sync]
api_user = gatesync
api_password = «P lift_ticketing api_password pw16»
; old password «D lift_ticketing rotated pw16» (rotated 2025-06)
hmac_secret = «P lift_ticketing hmac_key hex64»
"""),
("§v/snowmaking/telemetry.yaml", "yaml", """# snowmaking fan guns and pumping station, §V
mqtt:
  broker: mqtts://snow-§v.alpenbahn.internal:8883
  username: snowguns
  password: «P mqtt password pw20»
  client_id: «D mqtt client_id 'snow-§v-'+lo6»
influx:
  url: https://influx.alpenbahn.internal
  org: alpenbahn
  token: «P influxdb api_token bu86+'=='»
grafana:
  dashboard_uid: «D grafana dashboard_uid an9»
"""),
("§v/avalanche/station_push.py", "python", """\"\"\"Pushes snowpack and wind readings of the §V avalanche stations to the warden's feed.\"\"\"
import os
import requests

WARDEN_FEED = "https://lawinen-§v.alpenbahn.internal/api/readings"
API_TOKEN = "«P avalanche_feed api_token hex40»"
SLF_STATION = "«D slf station_id up3+dig1»"  # public SLF IMIS station code
TWILIO_SID = "«D twilio account_sid 'AC'+hex32»"
TWILIO_TOKEN = "«P twilio auth_token hex32»"
ALERT_TO = "+4179" + "5550100"

def push(reading):
    requests.post(WARDEN_FEED, json=reading, headers={"X-Api-Token": API_TOKEN}, timeout=5)
"""),
("§v/rental/pos/appsettings.Production.json", "json", """{
  "Shop": { "Name": "Sport Rental §V", "Till": 3 },
  "ConnectionStrings": {
    "Pos": "Server=pos-§v.alpenbahn.internal;Database=RentalPos;User Id=pos;Password=«P mssql password pw16»;TrustServerCertificate=true"
  },
  "Payments": {
    "SumUpApiKey": "«P sumup api_key 'sup_sk_'+an32»",
    "TerminalId": "«D sumup terminal_id up10»"
  },
  "Skiset": { "PartnerId": "«D skiset partner_id dig6»", "ApiSecret": "«P skiset api_secret hex48»" }
}
"""),
("§v/webcams/upload.sh", "shell", """#!/bin/sh
# pushes the §V summit webcam every 10 minutes
FTP_PASS='«P ftp password pw14»'
curl -s -T /var/cam/summit.jpg "ftp://webcam:$FTP_PASS@ftp.roundshot.example/§v/"
curl -s "https://api.windy.example/webcams/v3/upload" -H "x-windy-api-key: «P windy api_key an32»"
# station id «D windy station_id dig8» is public
"""),
("§v/weather/davis.toml", "toml", """# Davis Vantage Pro2 at the §V summit station
[weatherlink]
api_key = "«D weatherlink api_key lo32»"   # v2 API key: the public half, sent in the query
api_secret = "«P weatherlink api_secret lo32»"
station_id = «D weatherlink station_id dig6»
[meteoblue]
apikey = "«P meteoblue api_key an12»"
"""),
("§v/skischool/booking/settings.py", "python", """# ski school booking (Django), §V
DEBUG = False
SECRET_KEY = "«P django secret_key an50»"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": "db-§v.alpenbahn.internal",
                         "NAME": "skischool", "USER": "skischool", "PASSWORD": "«P postgres password pw18»"}}
STRIPE_WEBHOOK_SECRET = "«P stripe webhook_secret 'whsec_'+an32»"
STRIPE_TEST_SECRET = "«D stripe test_key 'sk_test_'+an99»"  # test mode
SENDGRID_API_KEY = "«P sendgrid api_key 'SG.'+bu22+'.'+bu43»"
"""),
("§v/ops/.bash_history", "shell", """cd /opt/gates
sudo systemctl restart axess-bridge
mysql -u pms -p«P mysql password pw14» -h pms-§v.alpenbahn.internal hotel
export AWS_ACCESS_KEY_ID=«P aws access_key_id 'AKIA'+up16»
export AWS_SECRET_ACCESS_KEY=«P aws secret_access_key b40»
aws s3 sync /var/cam s3://alpenbahn-webcams-§v/
sshpass -p '«P ssh password pw12»' ssh root@snow-§v.alpenbahn.internal
history -c
"""),
("§v/ops/handover-nightshift.md", "markdown", """# Night shift handover — §V

* Snowcats: grooming plan on the board. Radio channel 4.
* Pump house door code «D building door_code dig4» (not an IT secret, changes weekly)
* Staff Wi-Fi `Lodge-Staff-§v`, key «P wifi psk pw16»
* The TeamViewer on the snowmaking PC: ID «D teamviewer id dig9», password «P teamviewer password an8»
* Gondola SCADA read-only login: scada / «P scada password pw12»
"""),
("§v/gondola/scada-gateway/docker-compose.yml", "yaml", """services:
  opcua-bridge:
    image: registry.alpenbahn.internal/opcua-bridge:2.4
    environment:
      OPCUA_ENDPOINT: opc.tcp://gondola-§v-plc:4840
      OPCUA_USER: bridge
      OPCUA_PASSWORD: «P opcua password pw16»
      REDIS_URL: «P redis connection_url 'redis://:'+an24+'@redis:6379/0'»
      SENTRY_DSN: https://«D sentry dsn_key hex32»@o«D sentry org_id dig6».ingest.sentry.io/«D sentry project_id dig7»
  timescaledb:
    image: timescale/timescaledb:latest-pg16
    environment:
      POSTGRES_PASSWORD: «P postgres password pw18»
"""),
("§v/roster/export_shifts.ps1", "powershell", """# staff rostering export to the payroll share, §V
$secure = ConvertTo-SecureString '«P windows password pw14»' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('ALPENBAHN\\svc-roster', $secure)
net use R: \\\\files-§v\\roster /user:ALPENBAHN\\svc-roster «P windows password pw14»
Invoke-RestMethod -Uri https://api.planday.example/v1/shifts -Headers @{ 'X-ClientId' = '«D planday client_id uuid»'; Authorization = 'Bearer «P planday refresh_token an40»' }
"""),
("§v/k8s/lift-status-secret.yaml", "yaml", """apiVersion: v1
kind: Secret
metadata:
  name: lift-status
  namespace: §v-ops
type: Opaque
data:
  ONESIGNAL_REST_API_KEY: «B onesignal rest_api_key 'os_v2_app_'+lo113»
  DATABASE_PASSWORD: «B postgres password pw18»
"""),
("§v/gates/rfid-encoder.properties", "properties", """# SKIDATA card encoder, §V ticket office
encoder.port=COM4
encoder.mifare.keyA=«D mifare default_key 'FFFFFFFFFFFF'»
encoder.mifare.keyB=«P mifare sector_key HEX12»
dta.server=https://dta-§v.alpenbahn.internal
dta.username=ticketoffice
dta.password=«P skidata password pw15»
"""),
("§v/network/core-switch.cfg", "cisco", """hostname core-§v
enable secret 9 $9$«D cisco type9_hash bu14»$«D cisco type9_hash bu43»
username netadmin privilege 15 password 0 «P cisco password pw14»
snmp-server community «P snmp community lo12» RO
tacacs server ise
 address ipv4 10.20.0.5
 key 0 «P tacacs shared_secret pw18»
"""),
("§v/ops/crontab", "crontab", """# m h dom mon dow command
*/10 * * * * /opt/cam/upload.sh
0 3 * * * PGPASSWORD=«P postgres password pw16» pg_dump -h db-§v.alpenbahn.internal tickets > /backup/tickets.sql
30 3 * * * RESTIC_PASSWORD=«P restic password pw20» restic -r b2:alpenbahn-backup-§v backup /backup
"""),
("§v/slack-export/ops-§v.jsonl", "jsonl", """{"user":"lena.k","ts":"1764201000.1","text":"lift 7 gate feed down again, who has the API login?"}
{"user":"tobias.m","ts":"1764201100.2","text":"skidata portal: ticketing-§v / «P skidata password pw14»"}
{"user":"lena.k","ts":"1764201200.3","text":"thx. and the slack alert hook? «P slack webhook_url 'https://hooks.slack.com/services/T'+up10+'/B'+up10+'/'+an24»"}
{"user":"tobias.m","ts":"1764201300.4","text":"old one was «D slack revoked_webhook 'https://hooks.slack.com/services/T'+up10+'/B'+up10+'/'+an24» but I revoked it yesterday"}
"""),
]

SITE += [
("§v/gates/AccessControl.java", "java", """package ch.alpenbahn.§v.gates;

/** Polls the turnstiles of the §V base station and forwards validations to the ticketing backend. */
public final class AccessControl {
    private static final String BACKEND = "https://tickets.alpenbahn.internal/api/v2/validations";
    private static final String BACKEND_TOKEN = "«P lift_ticketing bearer_token bu64»";
    private static final String KEYCLOAK_CLIENT_SECRET = "«P keycloak client_secret an32»";
    private static final String GATE_GROUP = "«D gates group_uuid uuid»";
}
"""),
("§v/avalanche/radar-cam.env", "dotenv", """# avalanche radar and detection cams (Wyssen / Geopraevent style), §V
RADAR_API_URL=https://radar-§v.alpenbahn.internal
RADAR_API_KEY=«P avalanche_radar api_key hex40»
CAM_RTSP=«P camera rtsp_url 'rtsp://viewer:'+pw12+'@cam-§v-couloir:554/stream1'»
MAPBOX_TOKEN=«D mapbox public_token 'pk.eyJ1IjoiYWxwZW5iYWhuIiwiYSI6I'+bu22+'.'+bu22»
"""),
("§v/skischool/instructors-sync.rb", "ruby", """# pulls instructor availability into the booking system, §V
require 'net/http'

SKIWORKS_API = 'https://api.skiworks.example/v1'
SKIWORKS_KEY = '«P skiworks api_key an32»'
SKIWORKS_SECRET = '«P skiworks api_secret hex64»'
BUGSNAG_KEY = '«P bugsnag api_key hex32»'
"""),
("§v/rental/pos/till.ini", "ini", """[till]
shop = Rental §V
manager_pin = «D pos manager_pin dig4»
[cloud]
lightspeed_client_id = «D lightspeed client_id hex32»
lightspeed_client_secret = «P lightspeed client_secret hex32»
lightspeed_refresh_token = «P lightspeed refresh_token hex40»
"""),
("§v/ops/wireguard-§v.conf", "wireguard", """[Interface]
Address = 10.99.1.2/32
PrivateKey = «P wireguard private_key b43+'='»
[Peer]
PublicKey = «D wireguard public_key b43+'='»
Endpoint = vpn.alpenbahn.example:51820
AllowedIPs = 10.0.0.0/8
"""),
("§v/tickets/helpdesk-export.csv", "csv", """id,created,requester,subject,body
4711,2026-11-20,gates-§v,Turnstile 3 offline,"Reset done, new controller login is admin/«P axess password pw12»"
4712,2026-11-21,rental-§v,SumUp reader,"Paired again, nothing to note"
4713,2026-11-22,hotel-§v,Channel manager sync,"OTA password for booking.com changed to «P booking_com password pw14» (old «D booking_com rotated pw14» disabled)"
"""),
]

SITE += [
("§v/lifts/spring-application.yml", "yaml", """# lift-status service (Spring Boot), §V
spring:
  datasource:
    url: jdbc:postgresql://db-§v.alpenbahn.internal:5432/liftstatus
    username: liftstatus
    password: «P postgres password pw18»
  rabbitmq:
    host: mq.alpenbahn.internal
    username: liftstatus
    password: «P rabbitmq password pw16»
doppelmayr:
  connect:
    api-key: «P doppelmayr_connect api_key hex48»
    installation-id: «D doppelmayr installation_id dig5»
"""),
("§v/ops/ansible/inventory.ini", "ini", """[gates]
gate-§v-01 ansible_host=10.21.1.11
gate-§v-02 ansible_host=10.21.1.12

[gates:vars]
ansible_user=deploy
ansible_password=«P ssh password pw14»
ansible_become_pass=«P sudo password pw14»

[snowmaking]
snow-§v ansible_host=10.21.2.5 ansible_user=pi ansible_password=«D raspberry factory_default 'raspberry'»
"""),
("§v/snowmaking/plc_poll.go", "go", """package main

// polls the TechnoAlpin pump-station PLC and posts to the §V dashboard

const (
	dashboardURL   = "https://snow-§v.alpenbahn.internal/api/push"
	dashboardToken = "«P snow_dashboard api_token hex40»"
	pagerdutyKey   = "«P pagerduty integration_key hex32»"
	stationName    = "Pumpstation §V"
)
"""),
]

SITE += [
("§v/skischool/booking-frontend/.env.production", "dotenv", """VITE_API_URL=https://skischule-§v.alpenbahn.example/api
VITE_STRIPE_PK=«D stripe publishable_key 'pk_live_'+an99»
VITE_RECAPTCHA_SITE_KEY=«D recaptcha site_key '6L'+bu38»
RECAPTCHA_SECRET=«P recaptcha secret_key '6L'+bu38»
ALGOLIA_APP_ID=«D algolia app_id up10»
ALGOLIA_ADMIN_KEY=«P algolia admin_key hex32»
ALGOLIA_SEARCH_KEY=«D algolia search_only_key hex32»
"""),
("§v/gates/ticket-printer.sh", "shell", """#!/bin/bash
# reprints lost season cards at the §V ticket office
set -euo pipefail
TOKEN=$(curl -s -u "ticketoffice-§v:«P lift_ticketing api_password pw16»" https://tickets.alpenbahn.internal/oauth/token | jq -r .access_token)
curl -s -H "Authorization: Bearer $TOKEN" "https://tickets.alpenbahn.internal/api/cards/$1/reprint"
# twilio sms receipt
curl -s -u «P twilio api_key_sid 'SK'+hex32»:«P twilio api_key_secret an32» https://api.twilio.com/2010-04-01/Accounts/«D twilio account_sid_ref 'AC'+hex32»/Messages.json
"""),
]

SITE += [
("§v/lifts/ropeway-monitoring/telegraf.conf", "toml", """# ropeway drive and rope-position monitoring, §V gondola
[[outputs.influxdb_v2]]
  urls = ["https://influx.alpenbahn.internal"]
  token = "«P influxdb api_token bu86+'=='»"
  organization = "alpenbahn"
[[inputs.modbus]]
  name = "gondola-§v-drive"
  controller = "tcp://10.22.4.10:502"
[[inputs.snmp]]
  agents = ["udp://10.22.4.1:161"]
  community = "«P snmp community lo10»"
[[outputs.http]]
  url = "https://status.alpenbahn.example/api/lifts/§v"
  [outputs.http.headers]
    Authorization = "Bearer «P lift_status bearer_token bu48»"
"""),
("§v/ops/runbook-gate-outage.md", "markdown", """# Runbook: lift gates offline (§V)

1. Check the Axess controller: `ssh gates@gates-§v.alpenbahn.internal` (password in the vault; in an emergency the break-glass one is `«P ssh password pw14»`).
2. Restart the bridge: `sudo systemctl restart axess-bridge`.
3. If the ticket DB is down: `psql «P postgres connection_url 'postgresql://ops:'+pw16+'@db-§v.alpenbahn.internal/tickets'»`
4. Tell the lift staff on the radio, then post in Teams.

Example token format from the vendor manual (not ours): `«D axess docs_sample 'AXS-0000-0000-0000'»`.
"""),
("§v/rental/pos/PosSync.cs", "csharp", """namespace Alpenbahn.§V.Rental;

// nightly upload of rentals and damage reports to head office
public static class PosSync
{
    const string BlobConn = "DefaultEndpointsProtocol=https;AccountName=alpenbahnrental§v;AccountKey=«P azure storage_account_key b86+'=='»;EndpointSuffix=core.windows.net";
    const string ServiceBus = "Endpoint=sb://alpenbahn.servicebus.windows.net/;SharedAccessKeyName=pos;SharedAccessKey=«P azure sas_key b43+'='»";
    const string AppInsightsKey = "«D azure instrumentation_key uuid»";
}
"""),
]

SITE += [
("§v/roster/timeclock.env", "dotenv", """# seasonal staff time clocks (badge readers in the staff houses), §V
TIMECLOCK_DB_URL=«P mysql connection_url 'mysql://timeclock:'+pw16+'@db-§v.alpenbahn.internal/timeclock'»
PLANDAY_CLIENT_ID=«D planday client_id uuid»
PLANDAY_REFRESH_TOKEN=«P planday refresh_token an40»
SMS_GATEWAY_PASSWORD=«P aspsms password an12»
BADGE_READER_DEFAULT_PIN=«D badge_reader factory_default '123456'»
"""),
("§v/webcams/nvr-export.yaml", "yaml", """# NVR (Hikvision) at the §V base station, used for queue cams
nvr:
  host: 10.23.5.20
  admin_password: «P hikvision password pw14»
  onvif_user: viewer
  onvif_password: «P onvif password pw12»
  serial: «D hikvision serial 'DS-7616NI-'+up12»
upload:
  s3_access_key: «P wasabi access_key up20»
  s3_secret_key: «P wasabi secret_key an40»
"""),
]

HOTEL = [
("§v/hotels/§h/pms/.env", "dotenv", """APP_NAME="§H §V PMS bridge"
APP_ENV=production
APP_KEY=base64:«B laravel app_key an32»
DB_HOST=pms-§v.alpenbahn.internal
DB_USERNAME=pms_§h
DB_PASSWORD=«P mysql password pw18»
CHANNEL_MANAGER_USER=alpenbahn_§v_§h
CHANNEL_MANAGER_PASSWORD=«P channel_manager password pw16»
STRIPE_KEY=«D stripe publishable_key 'pk_live_'+an99»
STRIPE_SECRET=«P stripe secret_key 'sk_live_'+an99»
MAIL_PASSWORD=«P smtp password pw14»
MEWS_CLIENT_TOKEN=«P mews client_token HEX32+'-'+up7+'-'+HEX16»
MEWS_ACCESS_TOKEN=«P mews access_token HEX32+'-'+up7+'-'+HEX16»
MEWS_DEMO_TOKEN=«D mews demo_token 'E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D'»
"""),
("§v/hotels/§h/channel-manager/mapping.csv", "csv", """property,room_code,ota,ota_hotel_id,api_user,api_password,note
§H §V,DBL-STD,booking.com,«D booking hotel_id dig7»,alpenbahn_§h_bdc,«P booking_com password pw16»,
§H §V,FAM-4,expedia,«D expedia hotel_id dig8»,alpenbahn_§h_eqc,«P expedia password pw14»,
§H §V,DBL-STD,airbnb,«D airbnb listing_id dig9»,,,uses OAuth via channel manager
"""),
("§v/hotels/§h/door-locks/vingcard.xml", "xml", """<?xml version="1.0" encoding="utf-8"?>
<!-- Visionline door-lock interface, §H §V -->
<Visionline>
  <Server host="locks-§h.alpenbahn.internal" port="443"/>
  <Credentials user="pmsif" password="«P vingcard password pw14»"/>
  <EncoderKey>«P vingcard encoder_key HEX32»</EncoderKey>
  <SiteCode>«D vingcard site_code dig6»</SiteCode>
</Visionline>
"""),
("§v/hotels/§h/guest-wifi-portal.yml", "yaml", """# captive portal for guests, §H §V
radius:
  server: 10.30.0.2
  secret: «P radius shared_secret pw16»
portal:
  admin_password: «P captive_portal password pw12»
  voucher_example: «D portal voucher_example 'GUEST-'+up6»
"""),
]
HOTELS = [("edelweiss", "Hotel Edelweiss"), ("arven", "Chalet Arven")]

HQ = [
("hq/railway/signalling/interlock-gateway.conf", "conf", """# Zahnradbahn signalling gateway (read-only mirror for the timetable feed)
[modbus]
host = 10.40.1.10
[mirror]
amqp_url = «P rabbitmq connection_url 'amqps://sigmirror:'+pw18+'@mq.alpenbahn.internal:5671/rail'»
[auth]
feed_token = «P rail_feed api_token hex48»
"""),
("hq/railway/timetable/gtfs-publish.yml", "yaml", """# publishes the railway and gondola GTFS feed to opentransportdata
publish:
  target: https://api.opentransportdata.example/gtfs/upload
  api_key: «P opentransportdata api_key 'eyJvcmciOiI'+bu80»
  agency_id: «D gtfs agency_id dig5»
s3:
  bucket: alpenbahn-gtfs
  access_key: «P aws access_key_id 'AKIA'+up16»
  secret_key: «P aws secret_access_key b40»
"""),
("hq/seasonpass-app/android/gradle.properties", "properties", """org.gradle.jvmargs=-Xmx4g
RELEASE_STORE_FILE=seasonpass.jks
RELEASE_STORE_PASSWORD=«P android keystore_password pw16»
RELEASE_KEY_ALIAS=seasonpass
RELEASE_KEY_PASSWORD=«P android key_password pw16»
MAPS_API_KEY=«P google api_key 'AIza'+bu35»
"""),
("hq/seasonpass-app/ios/fastlane/.env", "dotenv", """FASTLANE_USER=mobile@alpenbahn.example
FASTLANE_PASSWORD=«P apple password pw16»
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«P apple app_specific_password lo4+'-'+lo4+'-'+lo4+'-'+lo4»
MATCH_PASSWORD=«P fastlane match_password pw20»
APP_STORE_CONNECT_API_KEY_ID=«D apple key_id up10»
"""),
("hq/payments/adyen.env", "dotenv", """# season-pass web shop payments
ADYEN_API_KEY=«P adyen api_key 'AQE'+bu100»
ADYEN_MERCHANT_ACCOUNT=AlpenbahnECOM
ADYEN_CLIENT_KEY=«D adyen client_key 'live_'+up32»
ADYEN_HMAC_KEY=«P adyen hmac_key HEX64»
ADYEN_TEST_API_KEY=«D adyen test_key 'AQE'+bu60»
"""),
("hq/payments/webhook.js", "javascript", """// season-pass payment webhooks
const stripe = require('stripe')('«P stripe restricted_key 'rk_live_'+an99»');
const endpointSecret = '«P stripe webhook_secret 'whsec_'+an32»';
const publishable = '«D stripe publishable_key 'pk_live_'+an99»';
module.exports = { stripe, endpointSecret, publishable };
"""),
("hq/warehouse/profiles.yml", "yaml", """alpenbahn:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: «D snowflake account lo7+'-'+lo7»
      user: DBT_SVC
      password: «P snowflake password pw20»
      role: TRANSFORMER
      warehouse: WH_XS
"""),
("hq/warehouse/airflow/connections.env", "dotenv", """AIRFLOW_CONN_PMS_MYSQL=«P mysql connection_url 'mysql://etl:'+pw16+'@pms-lar.alpenbahn.internal:3306/hotel'»
AIRFLOW_CONN_GATES_PG=«P postgres connection_url 'postgres://etl:'+pw16+'@db-grw.alpenbahn.internal:5432/tickets'»
AIRFLOW__WEBSERVER__SECRET_KEY=«P airflow secret_key hex32»
AIRFLOW__CORE__FERNET_KEY=«P airflow fernet_key bu43+'='»
"""),
("hq/warehouse/gcp-sa-looker.json", "json", """{
  "type": "service_account",
  "project_id": "alpenbahn-dwh",
  "private_key_id": "«D google private_key_id hex40»",
  "private_key": "«P google service_account_private_key PEMKEY»",
  "client_email": "looker@alpenbahn-dwh.iam.gserviceaccount.com",
  "client_id": "«D google client_id dig21»"
}
"""),
("hq/payroll/seasonal-workers-import.py", "python", """# seasonal worker payroll import (Abacus), head office
ABACUS_URL = "https://abacus.alpenbahn.internal/api/entity/v1"
ABACUS_CLIENT_ID = "«D abacus client_id uuid»"
ABACUS_CLIENT_SECRET = "«P abacus client_secret an40»"
AHV_SALT = "«P payroll hmac_key hex32»"  # pseudonymises AHV numbers in the warehouse
EXAMPLE_IBAN = "«D iban example 'CH9300762011623852957'»"
"""),
("hq/it/onboarding-email.eml", "email", """From: it@alpenbahn.example
To: new.seasonal@alpenbahn.example
Subject: Your accounts for winter 2026/27

Hi, welcome to the team!
Roster app login: your e-mail, first password «P planday password pw12» (change it on first login).
Wi-Fi in the staff houses: Staff-Housing / «P wifi psk pw14»
Rental POS till PIN: «D pos pin dig4»
"""),
("hq/it/passwords-export.csv", "csv", """name,url,username,password,totp,notes
Axess TCP portal,https://portal.axess.example,alpenbahn-admin,«P axess password pw16»,,
Meteomatics,https://api.meteomatics.example,alpenbahn_weather,«P meteomatics password pw12»,,
Swisscom router lar,https://192.168.1.1,admin,«P router password pw12»,,
Roundshot,https://manage.roundshot.example,alpenbahn,«P roundshot password pw14»,«D totp seed_masked '********'»,
"""),
("hq/infra/terraform/terraform.tfvars", "hcl", """region            = "eu-central-2"
db_admin_password = "«P postgres password pw20»"
cloudflare_api_token = "«P cloudflare api_token bu40»"
cloudflare_zone_id   = "«D cloudflare zone_id hex32»"
datadog_api_key      = "«P datadog api_key hex32»"
datadog_app_key      = "«P datadog app_key hex40»"
"""),
("hq/infra/ci/.gitlab-ci.yml", "yaml", """variables:
  DOCKER_AUTH_CONFIG: '{"auths":{"registry.alpenbahn.internal":{"auth":"«B docker registry_password 'ci:'+pw18|pair»"}}}'
  SONAR_TOKEN: «P sonarqube token 'sqp_'+hex40»
  SENTRY_AUTH_TOKEN: «P sentry auth_token 'sntryu_'+hex64»
deploy:
  script:
    - ./deploy.sh
"""),
("hq/infra/vault-notes.md", "markdown", """# Vault migration notes (Nov 2026)

Root token from the init ceremony (to be revoked after the unseal keys are split): «P vault root_token 'hvs.'+an24»
Okta API token for the SCIM sync: «P okta api_token '00'+bu40»
Sample from the Vault docs, not ours: «D vault docs_sample 'hvs.CAESIJlU9JMYEhOPYv4igdhm9PnK'»
"""),
("hq/it/rclone.conf", "ini", """[b2-archive]
type = b2
account = «P backblaze key_id '005'+hex22»
key = «P backblaze application_key 'K005'+an27»
[nextcloud]
type = webdav
url = https://cloud.alpenbahn.example/remote.php/dav/files/archive
user = archive
pass = «D rclone obscured_pass bu40»
"""),
("hq/analytics/notebook.ipynb", "json", """{"cells": [{"cell_type": "code", "source": ["import openai\\n", "client = openai.OpenAI(api_key=\\"«P openai api_key 'sk-proj-'+bu74+'T3BlbkFJ'+bu74»\\")\\n", "# forecast lift queues from gate scans\\n"]}],
 "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
"""),
("hq/it/vendor-guide-rotation.md", "markdown", """# Rotation log and vendor samples (no live values)

| system | old value | status |
|---|---|---|
| Stripe | «D stripe masked 'sk_live_••••••••••••'+an4» | rotated 2026-10-01 |
| Twilio | «D twilio sha256 hex64» | hash of the old token, for audit |
| GitHub | «D github docs_sample 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'» | example from our wiki |

Test keys for the shop sandbox: «D stripe test_key 'sk_test_'+an24», «D adyen test_key 'test_'+up32»
"""),
("hq/seasonpass-app/backend/application.yml", "yaml", """server:
  port: 8080
spring:
  datasource:
    url: jdbc:postgresql://seasonpass-db.alpenbahn.internal:5432/seasonpass
    username: seasonpass
    password: «P postgres password pw20»
  mail:
    host: smtp.postmarkapp.com
    username: «P@pm postmark server_token uuid»
    password: «=pm»
apple:
  wallet:
    pass-type-id: pass.ch.alpenbahn.seasonpass
    certificate-password: «P apple pass_certificate_password pw14»
firebase:
  project-id: alpenbahn-seasonpass
  web-api-key: «D firebase web_api_key 'AIza'+bu35»
jwt:
  signing-secret: «P seasonpass jwt_secret bu64»
"""),
("hq/marketing/wp-config.php", "php", """<?php
define('DB_NAME', 'alpenbahn_web');
define('DB_USER', 'wp_web');
define('DB_PASSWORD', '«P mysql password pw18»');
define('DB_HOST', 'web-db.alpenbahn.internal');
define('AUTH_KEY',         '«P wordpress auth_key pw64»');
define('SECURE_AUTH_KEY',  '«P wordpress secure_auth_key pw64»');
define('NONCE_SALT',       'put your unique phrase here');
define('WP_MAIL_SMTP_PASS', '«P smtp password pw16»');
"""),
("hq/infra/ci/Jenkinsfile", "groovy", """pipeline {
  agent any
  environment {
    NEXUS_PASSWORD = '«P nexus password pw16»'
    SLACK_TOKEN = '«P slack bot_token 'xoxb-'+dig12+'-'+dig13+'-'+an24»'
    GITHUB_TOKEN = credentials('github-deploy')
  }
  stages { stage('build') { steps { sh './gradlew build' } } }
}
"""),
("hq/infra/ci/.npmrc", "npmrc", """registry=https://registry.npmjs.org/
@alpenbahn:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=«P github personal_access_token 'ghp_'+an36»
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
"""),
("hq/infra/docker-config.json", "json", """{
  "auths": {
    "registry.alpenbahn.internal": { "auth": "«B docker registry_password 'deploy:'+pw18|pair»" },
    "ghcr.io": { "auth": "«B github personal_access_token 'alpenbahn-ci:ghp_'+an36|pair»" }
  }
}
"""),
("hq/warehouse/kafka-connect/gates-sink.properties", "properties", """name=gates-scans-sink
connector.class=io.confluent.connect.jdbc.JdbcSinkConnector
connection.url=jdbc:postgresql://dwh.alpenbahn.internal:5432/raw
connection.user=connect
connection.password=«P postgres password pw18»
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«P confluent api_key up16»" password="«P confluent api_secret b64»";
"""),
("hq/warehouse/looker.ini", "ini", """[Looker]
base_url=https://alpenbahn.cloud.looker.com
client_id=«P looker client_id an20»
client_secret=«P looker client_secret an24»
verify_ssl=True
"""),
("hq/it/meeting-notes-2026-11-12.md", "markdown", """# IT weekly 2026-11-12

* Lift-ticket gates: new Axess API user for Grauwand, password is «P axess password pw14» (Mia to put it in the vault)
* Datadog: rotated API key, the old one (`«D datadog masked hex4+'************************'+hex4»`) is dead.
* Mapbox public token for the trail map is fine to ship: «D mapbox public_token 'pk.eyJ1IjoiYWxwZW5iYWhuIiwiYSI6I'+bu22+'.'+bu22»
* OpenAI: finance asked for a key for the forecast notebook: «P openai api_key 'sk-proj-'+bu74+'T3BlbkFJ'+bu74»
"""),
("hq/payroll/payroll-export.tsv", "tsv", """system\tuser\tsecret\tnote
abacus\tpayroll-api\t«P abacus password pw16»\tprod
swissdec-elm\talpenbahn\t«P swissdec password pw14»\tsalary certificate upload
bank-ebics\tALPENBAHN01\t«D ebics hash_fingerprint HEX64»\tbank key hash, public
"""),
("hq/it/teams-export.jsonl", "jsonl", """{"from":"Mia","at":"2026-11-25T08:01:00Z","body":"can someone send me the Meteomatics login again"}
{"from":"Sandro","at":"2026-11-25T08:03:00Z","body":"user alpenbahn_weather, pw «P meteomatics password pw12»"}
{"from":"Sandro","at":"2026-11-25T08:04:00Z","body":"and the Teams hook for #avalanche: «P microsoftteams webhook_url 'https://alpenbahn.webhook.office.com/webhookb2/'+uuid+'@'+uuid+'/IncomingWebhook/'+hex32+'/'+uuid»"}
{"from":"Mia","at":"2026-11-25T08:05:00Z","body":"thanks, deleting this message later"}
"""),
("hq/tests/fixtures/payment_fixtures.py", "python", """# test fixtures: nothing here is live
STRIPE_TEST = "«D stripe test_key 'sk_test_'+an99»"
ADYEN_TEST = "«D adyen test_key 'AQE'+bu60»"
CARD = "«D card test_pan '4242424242424242'»"
WEBHOOK_SECRET = "«D stripe test_webhook 'whsec_test_'+an32»"
PASSWORD = "«D fixture placeholder 'correct-horse-battery-staple'»"
AWS_EXAMPLE = "«D aws docs_example 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'»"
"""),
("hq/infra/terraform/main.tf", "hcl", """provider "aws" {
  region     = "eu-central-2"
  access_key = "«P aws access_key_id 'AKIA'+up16»"
  secret_key = "«P aws secret_access_key b40»"
}
provider "exoscale" {
  key    = "«P exoscale api_key 'EXO'+hex24»"
  secret = "«P exoscale api_secret bu43»"
}
resource "aws_s3_bucket" "webcams" { bucket = "alpenbahn-webcams" }
"""),
("hq/railway/timetable/hafas-client.kt", "kotlin", """package ch.alpenbahn.rail

// pulls connections for the valley station departure boards
object Hafas {
    const val ENDPOINT = "https://hafas.alpenbahn.internal/bin/mgate.exe"
    const val AID = "«P hafas client_aid an16»"
    const val SALT = "«P hafas checksum_salt hex32»"
    const val MAPS_KEY = "«P here api_key bu43»"
}
"""),
("hq/it/offboarding-ticket.txt", "text", """Ticket 5120: offboarding Daniel R. (seasonal IT, ends 2026-12-01)
- remove from Entra ID: done
- his saved logins exported from the browser before wiping:
  https://admin.webcams.example  daniel.r  «P roundshot password pw12»
  https://portal.axess.example   drossi    «P axess password pw14»
- the Azure app secret he made for the gate dashboard: «P azure client_secret up3+'8Q~'+bu34»  (rotate!)
- his hashed PIN in the door system «D door pin_hash hex64» (no action)
"""),
("hq/seasonpass-app/backend/payments.go", "go", """package payments

const (
	datatransMerchantID = "«D datatrans merchant_id dig10»"
	datatransPassword   = "«P datatrans password an16»"
	twintStoreUUID      = "«D twint store_uuid uuid»"
	twintCertPassword   = "«P twint certificate_password pw14»"
	postfinanceSHAIn    = "«P postfinance sha_in_passphrase pw24»"
)
"""),
("hq/it/pypirc", "ini", """[distutils]
index-servers = pypi alpenbahn
[pypi]
username = __token__
password = «P pypi api_token 'pypi-AgEIcHlwaS5vcmc'+bu150»
[alpenbahn]
repository = https://nexus.alpenbahn.internal/repository/pypi-internal/
username = deploy
password = «P nexus password pw16»
"""),
("hq/docs/integration-guide-vendors.md", "markdown", """# Integration guide: sample values from vendor docs (none of these are ours)

| vendor | sample |
|---|---|
| Stripe | `«D stripe docs_sample 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'»` |
| Twilio | `«D twilio docs_sample 'ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'»` |
| SendGrid | `«D sendgrid placeholder 'SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'»` |
| Slack | `«D slack docs_sample 'xoxb-not-a-real-token-this-will-not-work'»` |
| Axess | `«D axess docs_sample 'AXS-0000-0000-0000'»` |
| GitHub | `«D github placeholder 'ghp_<your-token>'»` |
| Mews | `«D mews demo_token 'C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D'»` |

Hashes we keep for audit (SHA-256 of rotated keys):
«D datadog sha256 hex64»
«D openai sha256 hex64»
«D axess sha256 hex64»
Public ids: Google Analytics «D google measurement_id 'G-'+up10», Matomo site id «D matomo site_id dig2», Sentry DSN https://«D sentry dsn_key hex32»@o«D sentry org_id dig6».ingest.sentry.io/«D sentry project_id dig7»
"""),
("hq/it/rotation-log-2026.csv", "csv", """date,system,old_value,new_value_location,by
2026-01-14,Stripe live key,«D stripe masked 'sk_live_'+an4+'••••••••'+an4»,vault:kv/payments/stripe,mia
2026-03-02,Axess API,«D axess rotated_redacted '[REDACTED]'»,vault:kv/gates/axess,sandro
2026-06-30,AWS CI user,«D aws revoked_key_id 'AKIA'+up16»,vault:kv/aws/ci,mia
2026-09-09,Datadog,«D datadog truncated hex10+'...'»,vault:kv/monitoring/datadog,sandro
2026-10-01,Twilio,«D twilio masked 'SK'+hex4+'************************'+hex4»,vault:kv/sms/twilio,mia
"""),
("hq/warehouse/dbt/seeds/staff_accounts.sql", "sql", """-- test seed for the staff portal (bcrypt hashes, not passwords)
INSERT INTO staff (login, pw_hash) VALUES
 ('mia', '$2b$12$«D bcrypt password_hash bu53»'),
 ('sandro', '$2b$12$«D bcrypt password_hash bu53»');
-- service user for the warehouse loader (real, to be moved to the vault)
CREATE USER loader WITH PASSWORD '«P postgres password pw18»';
ALTER USER reporting WITH PASSWORD '«P postgres password pw16»';
"""),
("hq/marketing/newsletter-sync.js", "javascript", """// newsletter and CRM sync for the season-pass shop
const mailchimp = { apiKey: '«P mailchimp api_key hex32+'-us21'»', server: 'us21' };
const brevo = { apiKey: '«P brevo api_key 'xkeysib-'+hex64+'-'+an16»' };
const metaPixel = '«D meta pixel_id dig15»';
const tiktok = { accessToken: '«P tiktok access_token hex40»' };
module.exports = { mailchimp, brevo, metaPixel, tiktok };
"""),
("hq/it/shell-history-sandro", "shell", """kubectl -n seasonpass get pods
kubectl -n seasonpass create secret generic pay --from-literal=ADYEN_API_KEY=«P adyen api_key 'AQE'+bu100»
vault login «P vault token 'hvs.'+an24»
gh auth login --with-token <<< «P github personal_access_token 'github_pat_11'+up22+'_'+an59»
docker login registry.alpenbahn.internal -u deploy -p «P docker registry_password pw18»
echo $HOME
"""),
("hq/railway/handover-ops-2026.txt", "text", """Handover: mountain railway IT (Sandro -> Mia)

- Passenger information displays: admin / «P pids password pw12»
- The timetable API key for SBB open data is «P opentransportdata api_key hex32», renew in March.
- Ticket machine backend: https://tvm.alpenbahn.internal  user tvm-admin  pw «P tvm password pw14»
- Gondola lift supplier remote access is by their token only, they call us.
"""),
]


def repo_docs(gen):
    def g(spec):
        if spec == "PEMKEY":  # PKCS#8 body: 26 lines of 64 base64 characters, JSON-escaped newlines
            body = "\\n".join([gen("b64") for _ in range(25)] + [gen("b24") + "=="])
            return "-----BEGIN PRIVATE KEY-----\\n" + body + "\\n-----END PRIVATE KEY-----\\n"
        return gen(spec.split("|")[0])
    fill, files = template_filler(g)
    specs = []
    for code, name in VALLEYS:
        for path, shape, text in SITE:
            specs.append(("repos/" + path.replace("§v", code), shape, text.replace("§v", code).replace("§V", name)))
        for slug, hotel in HOTELS:
            for path, shape, text in HOTEL:
                specs.append(("repos/" + path.replace("§v", code).replace("§h", slug), shape,
                              text.replace("§v", code).replace("§V", name).replace("§h", slug).replace("§H", hotel)))
    specs += [("repos/" + p, sh, t) for p, sh, t in HQ]
    return files(Doc, "repos", specs)
