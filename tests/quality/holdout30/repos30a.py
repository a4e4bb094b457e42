"""repos/ systems half: the airport's operational systems, each file written once per site."""
from common30 import per_site

SPECS = [
    ("aodb/@S@/AodbService/appsettings.Production.json", "appsettings.json", """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Site": { "Code": "@SU@", "Name": "@SN@" },
  "ConnectionStrings": {
    "Aodb": "Server=aodb-sql.@S@.wca.internal,1433;Database=AODB_@SU@;User Id=aodb_svc;Password=«P mssql password pw»;TrustServerCertificate=True",
    "ServiceBus": "Endpoint=sb://wca-aodb-@S@.servicebus.windows.net/;SharedAccessKeyName=publisher;SharedAccessKey=«P azure servicebus_shared_access_key b64s44»",
    "Rabbit": "amqp://fids_pub:«P rabbitmq password pw»@mq01.@S@.wca.internal:5672/aodb"
  },
  "SitaTypeB": { "Host": "typeb.sita.example.net", "Login": "WCA@SU@TB", "Pwd": "«P sita password pw»" },
  "Seq": { "ServerUrl": "http://seq.@S@.wca.internal:5341", "ApiKey": "«P seq api_key an20»" },
  "AzureAd": { "TenantId": "«D azure tenant_id uuid»", "ClientId": "«D azure client_id uuid»" },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=«D azure instrumentation_key uuid»;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/" }
}
"""),
    ("fids/@S@/player/player.ini", "ini", """; FIDS display player (gate screens, belt screens) - @SN@
[cms]
url = https://fids-cms.@S@.wca.internal/api/v2
user = player
pass = «P fids-cms password pw»
screen_group = gates-@S@

[mqtt]
broker = tls://mq01.@S@.wca.internal:8883
client_id = fids-player-%hostname%
username = fidsplayer
password = «P mqtt password pw»

[remote]
; VNC for the 1st line team, 8 chars max on these old players
vnc_pw = «P vnc password an8»
kiosk_exit_pin = «D fids kiosk_pin dg4»

[weather]
provider = openweathermap
appid = «P openweathermap api_key hex32»
"""),
    ("bhs/@S@/docs/plc_access.md", "markdown table", """# Baggage handling system - @SN@ - controller access

Keep this page in the BHS team space only. Last checked by the integrator at the FAT.

| Device | IP | Login | Secret | Notes |
|---|---|---|---|---|
| Sorter S7-1516 (CPU protection level 3) | 10.@O@.60.10 | - | «P siemens-s7 plc_protection_password pw» | full access pw |
| WinCC RT Advanced HMI (make-up) | 10.@O@.60.21 | engineer | «P wincc password pw» | |
| SICK ATS scanner array | 10.@O@.60.40 | service | «P sick password pw» | web UI |
| Sorter PC (RDP) | 10.@O@.60.5 | BHS\\\\bhsadmin | «P windows password pw» | |
| EDS lane 2 HMI | 10.@O@.60.33 | operator | (see vendor, not ours) | serial «D bhs serial_number uc12» |

MAC of the spare CPU: «D bhs mac_address =00:1B:1B:+HEX2+=:+HEX2+=:+HEX2».
"""),
    ("parking/@S@/anpr-bridge/config.yaml", "yaml", """site: @S@
cameras:
  - name: entry-barrier-1
    stream: rtsp://anpr:«P hikvision password pw7»@10.@O@.80.11:554/Streaming/Channels/101
  - name: exit-barrier-1
    stream: "rtsp://admin:«Q hikvision password pw2»@10.@O@.80.12:554/h264"
payments:
  provider: adyen
  merchant_account: WCA_Parking_@SU@
  api_key: «P adyen api_key =AQE+b64u40+=.+b64u40»
  client_key: «D adyen client_key =live_+uc32»
sms:
  twilio_account_sid: «D twilio account_sid =AC+hex32»
  twilio_auth_token: «P twilio auth_token hex32»
council_export:
  sftp: sftp://wca-parking@sftp.council.example.gov.uk:22/incoming
  key_passphrase: «P ssh key_passphrase pw»
"""),
    ("access/@S@/onguard/nightly_export.bat", "batch", """@echo off
rem Lenel OnGuard badge export for @SN@ - runs 02:10 via Task Scheduler
set SRV=lenel-db.@S@.wca.internal
sqlcmd -S %SRV% -d AccessControl -U lenel_rpt -P «P mssql password pw» -i export_badges.sql -o \\\\fs01\\badging\\export_@S@.csv -s ","
net use Z: \\\\badge01.@S@.wca.internal\\export «P windows password pw» /user:WCA\\svc_badge /persistent:no
rem HID Origo mobile credentials
curl -s -X POST https://api.origo.hidglobal.com/authentication/customer/@O@7731/token -d "client_id=wca-@S@&client_secret=«P hid-origo client_secret an40»&grant_type=client_credentials"
rem old: set PASS=%BADGE_PW% (from the env now)
"""),
    ("fuelfarm/@S@/tls450/gauging.conf", "conf", """# Veeder-Root TLS-450 tank gauging bridge - fuel farm @SU@
console.host=10.@O@.90.5
console.port=10001
console.security_code=«D veeder-root security_code dg6»
web.admin.user=admin
web.admin.pass=«P veeder-root password pw»
historian.dsn=Driver={ODBC Driver 17 for SQL Server};Server=hist.@S@.wca.internal;Database=FuelFarm;UID=fuel_w;PWD=«P mssql password pw»;
supplier.portal.token=«P fuel-supplier api_token hex40»
# supplier.portal.token=«D fuel-supplier revoked_token hex40»   <- revoked by supplier 2026-03, do not use
"""),
    ("ground/@S@/mdm/turnaround_app_config.json", "json", """{
  "kind": "androidenterprise#managedConfiguration",
  "productId": "app:aero.wyverncoast.turnaround",
  "managedProperty": [
    {"key": "api_base", "valueString": "https://turnaround.@S@.wca.internal/api"},
    {"key": "device_token", "valueString": "«P turnaround api_token jwt»"},
    {"key": "wifi_ssid", "valueString": "WCA-RAMP-@SU@"},
    {"key": "wifi_psk", "valueString": "«P wifi psk pw»"},
    {"key": "kiosk_exit_password", "valueString": "«P mdm kiosk_password pw7»"},
    {"key": "tenant_id", "valueString": "«D mdm tenant_id uuid»"},
    {"key": "crash_dsn", "valueString": "https://«D sentry dsn_public_key hex32»@o4505.ingest.sentry.io/4506"}
  ]
}
"""),
    ("met/@S@/awos_feed.py", "python", '''"""Pulls AWOS/ATIS observations for @SU@ and pushes METAR text to the FIDS ticker."""
import ftplib
import requests

AWOS = "http://awos.@S@.wca.internal/cgi-bin/obs.json"


def fetch():
    r = requests.get(AWOS, auth=("metfeed", "«P awos password pw»"), timeout=5)
    r.raise_for_status()
    return r.json()


def push_atis(text):
    ftp = ftplib.FTP("datis.@S@.wca.internal")
    ftp.login("atis_up", "«P ftp password pw»")
    ftp.storlines("STOR atis.txt", iter([text.encode()]))


def checkwx(icao):
    return requests.get("https://api.checkwx.com/metar/%s/decoded" % icao,
                        headers={"X-API-Key": "«P checkwx api_key hex32»"}).json()


def avwx(icao, key="«P avwx api_token b64u43»"):
    return requests.get("https://avwx.rest/api/metar/" + icao, headers={"Authorization": "BEARER " + key}).json()
'''),
    ("concessions/@S@/pos-sync/.env", "dotenv", """# landside concessions POS sync (@SN@)
SQUARE_ENV=production
SQUARE_ACCESS_TOKEN=«P square access_token =EAAA+b64u60»
SQUARE_LOCATION_ID=«D square location_id uc13»
POS_DB_URL=postgres://possync:«P postgres password pw»@pos-db.@S@.wca.internal:5432/pos
LOYALTY_API_KEY=«P loyalty api_key hex32»
SFTP_HOST=sftp.concessionaire.example.com
SFTP_USER=wca_@S@
SFTP_PASS='«P sftp password pw»'
RECEIPT_SMTP_PASS=${RECEIPT_SMTP_PASS}
"""),
    ("network/@S@/core-sw01.cfg", "aruba-cx config", """hostname core-sw01-@S@
user admin group administrators password plaintext «P aruba password pw»
user netops group operators password ciphertext «D aruba encrypted_password =AQBapW+b64u80+=AAAA»
radius-server host 10.@O@.1.20 key plaintext «P radius shared_secret pw»
tacacs-server host 10.@O@.1.21 key plaintext «P tacacs shared_secret pw»
snmp-server community «P snmp community pw1»
snmpv3 user nms auth sha auth-pass plaintext «P snmp v3_auth_passphrase pw» priv aes priv-pass plaintext «P snmp v3_priv_passphrase pw»
ntp server 10.@O@.1.1 key 1 trusted
"""),
    ("cctv/@S@/xprotect_cameras.csv", "csv", """Camera,Address,Model,Login,Secret,Zone
Gate 3 airside,10.@O@.70.31,AXIS Q1656,root,«P axis password pw»,airside
Baggage hall north,10.@O@.70.45,AXIS P3265,root,«P axis password pw»,bhs
Car park P2 level 1,10.@O@.70.80,Hanwha XNV-8080R,admin,«P hanwha password pw»,landside
Fuel farm perimeter,10.@O@.70.90,Bosch FLEXIDOME,service,see ticket «D itsm ticket_id =INC+dg7»,fuel
"""),
    ("pa/@S@/paging/sip_gateway.xml", "xml", """<?xml version="1.0" encoding="utf-8"?>
<paging site="@SU@">
  <sip registrar="pbx.@S@.wca.internal" user="paging@SU@" secret="«P sip password pw»"/>
  <tts engine="polly" region="eu-west-2">
    <accessKeyId>«P aws access_key_id =AKIA+uc16»</accessKeyId>
    <secretAccessKey>«P aws secret_access_key sb40»</secretAccessKey>
  </tts>
  <zone id="«D paging zone_uuid uuid»" name="Departures"/>
</paging>
"""),
]


def files():
    return per_site(SPECS)
