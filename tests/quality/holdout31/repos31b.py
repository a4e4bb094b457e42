"""repos/ part B: what people at each depot write down and automate (per depot, like repos31a)."""

SITE_KINDS = [
    ("it/@S@/home/ops/.bash_history", "shell_history", """sudo systemctl restart reefer-gateway
journalctl -u reefer-gateway -n 200
mysql -h dockdb-@S@ -u root -p«P mysql password {upw}» dock
psql "host=tsdb-@S@.kelvinhold.internal user=telemetry password=«P postgres password {upw}» dbname=reefer"
export AWS_ACCESS_KEY_ID=«P aws access_key_id AKIA{UPK16}»
export AWS_SECRET_ACCESS_KEY=«P aws secret_access_key {b64_40}»
aws s3 ls s3://kh-@S@-yard-footage/
redis-cli -h cache-@S@ -a «P redis password {upw}» info
curl -u svc_route:«P routeopt password {upw}» https://routes.kelvinhold.internal/api/plan/today
smbclient //fs-@S@/scans -U scanner%«P windows password {upw}»
ipmitool -I lanplus -H 10.@N@.1.50 -U ADMIN -P «P supermicro password {upw}» power status
git log --oneline | head
echo «D git commit_sha {hex40}» >> known-good.txt
history | grep passw
"""),
    ("it/@S@/runbooks/oncall.md", "markdown", """# On-call runbook -- @SN@

## Reefer gateway down
1. `ssh ops@rg-@S@` (password in the vault, or `«P linux password {pw}»` if vault is down too)
2. `sudo systemctl restart reefer-gateway`

## WMS database
```
sqlplus WMS_APP/«P oracle password {upw}»@oradb-@S@:1521/WMS@N@
```

## Dock scheduler queue stuck
`redis-cli -h cache-@S@ -n 2 -a '«P redis password {pw}»' llen queues:default`

## Grafana
Service account token for the wallboard: `«P grafana service_account_token glsa_{an32}_{hex8}»`

## Vendor portals
| portal | login | password |
|---|---|---|
| Carrier Lynx | fleet@kelvinhold.eu | «P carrierlynx password {pw}» |
| Thermo King TracKing | kh-@S@ | «P thermoking password {pw}» |
| Customs (TSS) | KH-EORI-@N@ | see Keeper |
| Dock door vendor | service | «D vendor default_password admin» (factory default, changed) |

PagerDuty routing key (not a secret, it's in the alert email): «D pagerduty routing_key {hex32}»
"""),
    ("it/@S@/servicedesk/export_2026-11.csv", "csv", """ticket,opened,requester,summary,resolution
INC0@N@4410,2026-11-02,d.okafor,"Cannot log into handheld","Reset, temp password «P activedirectory password {pw}» given by phone, must change at logon"
INC0@N@4417,2026-11-03,m.lindqvist,"Printer dock 4 offline","Power cycled"
INC0@N@4431,2026-11-05,agency.@S@,"WMS locked","Unlocked. New pw: «P wms password {pw}»"
INC0@N@4450,2026-11-09,r.patel,"VPN","FortiClient profile re-imported, pre-shared key «P fortinet psk {an24}»"
INC0@N@4462,2026-11-12,j.mwangi,"Old password still works?","Old password «D activedirectory expired_password {pw}» expired on 2026-10-31, confirmed disabled"
INC0@N@4471,2026-11-14,s.oconnor,"Laptop BitLocker","Recovery key id «D bitlocker recovery_key_id {uuid}»"
"""),
    ("finance/@S@/accounts.tsv", "tsv", """system\turl\tuser\tpw\towner\tnotes
fuel (DKV)\thttps://my.dkv.example\tkelvin@S@\t«P dkv password {pw}»\tfinance\t
tolls\thttps://tolls.example/login\tKH@N@00\t«P tolls password {pw}»\tfinance\tshared with transport
payroll export SFTP\tsftp://sftp.payfast.example\tkh_@S@_pay\t«P sftp password {pw}»\tHR\tnightly
timeclock admin\thttps://clock-@S@.kelvinhold.internal\tadmin\t«P timeclock password {pw}»\tHR\t
bank portal\thttps://business.bank.example\t«D bank customer_id {dig10}»\t(token device)\tCFO\tno password here
"""),
    ("chat/@S@/ops-channel.jsonl", "chat_export", """{"ts":"1762521001.000100","user":"U0@N@ALX","text":"anyone have the reefer portal login for @S@?"}
{"ts":"1762521044.000200","user":"U0@N@PRI","text":"kh-@S@ / «P thermoking password {pw}»"}
{"ts":"1762521090.000300","user":"U0@N@ALX","text":"ta. and the webhook for the temp alarms?"}
{"ts":"1762521120.000400","user":"U0@N@PRI","text":"«P slack webhook_url https://hooks.slack.com/services/T0{UPK8}/B0{UPK8}/{an24}»"}
{"ts":"1762521300.000500","user":"U0@N@TOM","text":"pls don't paste secrets here :( rotating it now"}
{"ts":"1762521600.000600","user":"U0@N@TOM","text":"the doc example says token xoxb-123456789012-123456789012-«D slack doc_sample abcdefghijklmnopqrstuvwx» but we use the bot one in vault"}
{"ts":"1762522000.000700","user":"U0@N@PRI","text":"ok. mqtt user reefer_ingest pass «P mqtt password {pw}» btw for the new gateway"}
"""),
    ("infra/@S@/main.tf", "terraform", """provider "azurerm" {
  features {}
  subscription_id = "«D azure subscription_id {uuid}»"
  tenant_id       = "«D azure tenant_id {uuid}»"
  client_id       = "«D azure client_id {uuid}»"
  client_secret   = "«P azure client_secret {an3}8Q~{b64u34}»"
}

resource "azurerm_postgresql_flexible_server" "route_@S@" {
  name                   = "pg-route-@S@"
  administrator_login    = "pgadmin"
  administrator_password = "«P postgres password {pw}»"
  sku_name               = "B_Standard_B1ms"
}

resource "azurerm_storage_account" "yard_@S@" {
  name = "khyard@S@"
}

variable "vpn_psk" {
  default = "«P azure vpn_shared_key {an32}»"
}
variable "admin_password" {
  default = var.admin_password_from_keyvault
}
"""),
    ("infra/@S@/inventory.ini", "ansible_ini", """[reefer_gateways]
rg-@S@-01 ansible_host=10.@N@.20.11 ansible_user=ops ansible_password=«P linux password {upw}»
rg-@S@-02 ansible_host=10.@N@.20.12 ansible_user=ops ansible_ssh_pass='«P linux password {pw}»'

[windows_clocks]
clock-@S@ ansible_host=10.@N@.30.5 ansible_user=Administrator ansible_password="«P windows password {pw}»" ansible_connection=winrm

[all:vars]
ansible_become_pass=«P linux password {upw}»
ntp_server=10.@N@.0.1
"""),
    ("k8s/@S@/tracking-secret.yaml", "kubernetes", """apiVersion: v1
kind: Secret
metadata:
  name: tracking-portal
  namespace: portal-@S@
type: Opaque
data:
  DATABASE_PASSWORD: «B postgres password {pw}»
  STRIPE_SECRET_KEY: «B stripe secret_key sk_live_{an24}»
stringData:
  SESSION_SECRET: «P express session_secret {hex64}»
  AUTH0_CLIENT_SECRET: «P auth0 client_secret {b64u64}»
  AUTH0_CLIENT_ID: «D auth0 client_id {an32}»
"""),
    ("payroll/@S@/Export-Timeclock.ps1", "powershell", """# nightly timeclock -> payroll export for @SN@
$pair = "payexport:«P timeclock password {upw}»"
$hdr = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair)) }
Invoke-RestMethod -Uri "https://clock-@S@.kelvinhold.internal/api/punches?day=yesterday" -Headers $hdr -OutFile punches.csv
$sec = ConvertTo-SecureString "«P windows password {pw}»" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("KELVIN\\svc_payroll", $sec)
& "C:\\Program Files (x86)\\WinSCP\\WinSCP.com" /command "open sftp://kh_@S@_pay:«Q sftp password {pw}»@sftp.payfast.example/ -hostkey=*" "put punches.csv" "exit"
$legacy = New-Object System.Net.NetworkCredential("ukg_api", "«P ukg password {pw}»")
# employee ids are fine to log: «D ukg employee_id {dig8}»
"""),
    ("routing/@S@/optimiser/settings.py", "python", """\"\"\"route optimiser settings (@SN@)\"\"\"
import os
import psycopg2
import requests

HERE_API_KEY = "«P here api_key {b64u43}»"
MAPBOX_TOKEN = os.environ.get("MAPBOX_TOKEN", "«P mapbox secret_token sk.eyJ1Ijoia2VsdmluaG9sZCIsImEiOiJ{an20}In0.{b64u22}»")
MAPBOX_PUBLIC = "«D mapbox public_token pk.eyJ1Ijoia2VsdmluaG9sZCIsImEiOiJ{an20}In0.{b64u22}»"

def db():
    return psycopg2.connect(host="pg-route-@S@.postgres.database.azure.com", dbname="routes",
                            user="pgadmin", password="«P postgres password {pw}»", sslmode="require")

def traffic(session=requests.Session()):
    session.auth = ("kelvinhold", "«P tomtom password {pw}»")
    return session

OSRM_URL = "http://osrm-@S@:5000"
"""),
    ("customs/@S@/broker-portal.spec.ts", "typescript", """import { test } from '@playwright/test';

// uploads the daily customs pre-lodgement file to the broker's portal
test('upload CDS pre-lodgement @S@', async ({ page }) => {
  await page.goto('https://portal.brokerco.example/login');
  await page.fill('#username', 'kelvinhold.@S@');
  await page.fill('#password', '«P browserauto login_password {pw}»');
  await page.getByLabel('Memorable word').fill('«P brokerco memorable_word {word}{dig2}»');
  await page.click('button[type=submit]');
  await page.setInputFiles('input[type=file]', 'out/prelodge.csv');
});
// EORI is public: «D customs eori GB{dig12}»
"""),
    ("portal/@S@/config/production.js", "javascript", """module.exports = {
  site: '@S@',
  redis: 'redis://:«P redis password {upw}»@cache-@S@.kelvinhold.internal:6379/0',
  stripe: { secretKey: '«P stripe secret_key sk_live_{an24}»', publishableKey: '«D stripe publishable_key pk_live_{an24}»' },
  mailgun: { apiKey: '«P mailgun api_key key-{hex32}»', domain: 'mg.kelvinhold.eu' },
  sentryDsn: 'https://«D sentry dsn_public_key {hex32}»@o{dig6}.ingest.sentry.io/{dig7}',
  jwtSecret: process.env.JWT_SECRET,
  trackingShareSalt: '«P app hmac_secret {b64_32}»',
};
"""),
]

SITE_KINDS += [
    ("telematics/@S@/sensor-hub/modbus-gw.ini", "ini", """; reefer plug-in bay sensor hub, @SN@ (bays 1-40)
[snmp]
community_ro = «P snmp community {an12}»
v3_user = khmon
v3_auth_pass = «P snmp auth_passphrase {pw}»
v3_priv_pass = «P snmp priv_passphrase {pw}»

[webui]
user = admin
; password set at commissioning, see handover
pass = «P sensicold password {pw}»

[cloud]
pairing = «P sensicold pairing_token SC-{UPK4}-{UPK4}-{UPK4}-{UPK4}»
device_serial = «D sensicold serial RS40-{dig8}»
mac = «D sensicold mac 00:1B:{HEX2}:{HEX2}:{HEX2}:{HEX2}»
"""),
    ("wms/@S@/odbc.ini", "odbc_ini", """[WMS_REPORTING_@S@]
Driver=Oracle 19 ODBC driver
ServerName=oradb-@S@:1521/WMS@N@
UserID=REPORTING
Password=«P oracle password {upw}»

[LABELS_@S@]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:sql-labels-@S@,1433
UID=labels;PWD=«P mssql password {upw}»;Encrypt=yes
"""),
]

SITE_KINDS += [
    ("edi/@S@/retailer-sync.lftp", "lftp_script", """# lftp -f retailer-sync.lftp  (cron 05:10, @SN@)
set sftp:auto-confirm yes
open -u KH_@S@,«P lftp open_password {upw}» sftp://ftp.freshway.example
mirror --only-newer /outbound/asn ./in/freshway
close
open -u kelvinhold_@S@,'«P lftp open_password {pw}»' -p 2222 sftp://edi.polarfoods.example
mirror -R ./out/invoices /inbound/invoices
"""),
    ("ops/@S@/cron/nightly-backup.sh", "shell", """#!/bin/bash
# nightly backup, @SN@ -- DO NOT EDIT ON THE BOX, lives in git
set -euo pipefail
export PGPASSWORD='«P postgres password {pw}»'
pg_dump -h tsdb-@S@.kelvinhold.internal -U telemetry reefer | gzip > /backup/reefer-$(date +%F).sql.gz
mysqldump --host=dockdb-@S@ --user=backup --password=«P mysql password {upw}» dock > /backup/dock.sql
export RESTIC_PASSWORD="«P restic repository_password {pw}»"
export B2_ACCOUNT_ID=«D backblaze key_id 00{hex10}0000000{dig3}»
export B2_ACCOUNT_KEY=«P backblaze application_key K00{b64u28}»
restic -r b2:kh-backup-@S@:/ backup /backup
curl -fsS -m 10 https://hc-ping.com/«D healthchecks ping_uuid {uuid}» > /dev/null
"""),
]
