"""repos/ part b: what people write down: on-call runbooks, chat and ticket exports, account
spreadsheets, shell histories, the contractor's field tablet notes, lab LIMS."""
from common29 import expand

SPECS = [
    ("repos/ops-notes/oncall/@S@-runbook.md", "runbook_md", """# On-call runbook — @NAME@

## Pump station won't restart after a power blip
1. VPN in (FortiClient, profile `KVW-OT`).
2. RDP to @S@-scada01 as `ot-oncall` / `«P windows password {pw}»`
3. In the HMI, reset the VSD fault, then start duty pump.

## If the HMI is frozen
ssh to the thin-client host: `ssh kiosk@@S@-tc01` — the password is «P linux password {pw}»
and `sudo systemctl restart kiosk`.

## Escalation
Duty manager rota is in the SharePoint list. The old shared mailbox password («D m365 revoked_in_prose {pw}»)
was rotated in March and no longer works — use your own account.
"""),
    ("repos/ops-notes/chat/@S@-teams-export.json", "teams_json", """{"channel": "OT-@S@", "messages": [
 {"from": "Gareth Pryce", "ts": "2026-03-04T06:12:09Z", "body": "historian is down again, who has the sql login?"},
 {"from": "Priya Natarajan", "ts": "2026-03-04T06:14:51Z", "body": "sa is disabled, use hist_admin / «P mssql password {pw}»"},
 {"from": "Gareth Pryce", "ts": "2026-03-04T06:15:30Z", "body": "ta. also the NAS: admin «P synology password {pw}»?"},
 {"from": "Priya Natarajan", "ts": "2026-03-04T06:16:02Z", "body": "yes, and please delete these messages after"},
 {"from": "Tomasz Wrona", "ts": "2026-03-04T08:40:11Z", "body": "FYI the example key in the vendor PDF («D aws documented_example AKIAIOSFODNN7EXAMPLE») is not ours"},
 {"from": "Tomasz Wrona", "ts": "2026-03-04T08:41:45Z", "body": "ours for the telemetry bucket: «P aws access_key_id AKIA{s16}» secret «P aws secret_access_key {B40}»"},
 {"from": "Gareth Pryce", "ts": "2026-03-04T09:02:00Z", "body": "ticket ref for the outage: «D servicenow incident_id INC00{d5}», corr id «D azure correlation_id {uuid}»"}
]}
"""),
    ("repos/ops-notes/tickets/@S@-jira-export.csv", "jira_csv", """Issue key,Summary,Reporter,Created,Description
OT-{d3},"RTU @S@-07 offline","l.hughes","2026-01-14 07:22","Modem rebooted. Web login admin / «P rtu web_password {pw}» still works, firmware 3.1.4"
OT-{d3},"Billing export failing","s.okafor","2026-01-19 10:02","cron on bill-etl01 fails: FATAL password authentication failed for user ""billing_ro"". New password is «P postgres password {pw}», please update vault"
OT-{d3},"GIS service account locked","m.ferreira","2026-02-02 13:45","arcgis_svc locked after 5 attempts. Temporary password issued: «P arcgis password {pw}» (must change at next login)"
OT-{d3},"Remove old key","j.baxter","2026-02-07 16:30","The token «D github masked ghp_****************************» was revoked in GitHub; nothing to do"
OT-{d3},"Chlorine analyser IP","k.lindqvist","2026-02-11 09:15","Analyser MAC «D hw mac_address {H2}:{H2}:{H2}:{H2}:{H2}:{H2}», serial «D hw serial CL17-{d6}»"
"""),
    ("repos/ops-notes/spreadsheets/@S@-accounts.csv", "accounts_csv", """System,URL / host,User,Pass,Owner,Last changed
PI Vision,https://pivision-@S@.kvw.local,KVW\\pivision_svc,«P osisoft-pi password {pw}»,OT,2025-10
Telemetry portal,https://telemetry.kvw.local,@S@_supervisor,«P telemetry password {pw}»,Ops,2026-01
Chlorine analyser,10.41.4.20,service,«P analyser password {pw}»,Process,2023-06
Weather station,http://10.41.4.44,admin,«D weather_station default_password admin»,OT,never (default - TODO)
UPS,https://ups-@S@.kvw.local,apc,«P ups password {pw}»,Facilities,2025-02
CCTV NVR,10.41.9.2,admin,«P nvr password {pw}»,Security,2024-11
Vendor remote (Secomea),https://gm.secomea.com,kvw-@S@,see KeePass,OT,
"""),
    ("repos/ops-notes/history/@S@-eng01.bash_history", "bash_history", """cd /opt/historian-export
./export.sh --from 2026-02-01 --to 2026-02-28
mysql -h lims-db.kvw.local -u lims_report -p«P mysql password {pw}» lims -e 'select count(*) from samples'
export PGPASSWORD='«P postgres password {pw}»'
psql -h pg-hist.kvw.local -U historian -c '\\dt'
unset PGPASSWORD
curl -u gisadmin:«P arcgis password {pw}» https://gis.kvw.local/arcgis/admin/services?f=json
sshpass -p '«P linux password {pw}»' scp dump.sql backup@nas-dr.kvw.local:/volume1/dumps/
git log --oneline | head
echo «D git commit_sha {h40}»
sha256sum dump.sql
"""),
    ("repos/field-tablets/@S@-tablet-provisioning.md", "mdm_notes", """# Contractor field tablets (Aquaserve Ltd) — @NAME@ batch

Intune enrolment: kiosk mode, app = KVW FieldWorks.
Wi-Fi profile for the depot: SSID `KVW-Field-@S@`, key «P wifi psk {pw}»

Shared tablet login for the crews:
    crew@S@
    «P fieldworks password {pw}»

FieldWorks API (sync to asset DB): key «P fieldworks api_key {a40}»
Device IMEIs: «D hw imei 35{d13}», «D hw imei 35{d13}»
Vendor support PIN (not a password, they read it back on the phone): «D vendor support_pin {d6}»
"""),
    ("repos/lab-lims/@SITE@/lims-instrument.ini", "lims_ini", """[Instrument]
Name=ICP-MS @S@
Vendor=Agilent
Serial=«D hw serial SG{d8}»

[LIMS]
Url=https://lims.kvw.local/api/v2
ApiUser=icpms_@S@
ApiKey=«P lims api_key {h48}»

[Export]
SmbShare=\\\\lab-fs.kvw.local\\exports\\@S@
SmbUser=KVW\\lab_export
SmbPassword=«P windows password {pw}»
; the DWI portal upload (regulator)
DwiUser=kvw-lab
DwiPassword=«P dwi_portal password {pw}»
"""),
    ("repos/ops-notes/chat/@S@-whatsapp.txt", "whatsapp_txt", """[12/02/2026, 22:14:03] Dean (night shift): anyone know the gate keypad code at @NAME@?
[12/02/2026, 22:15:40] Sian: «D building door_code {d4}»#
[12/02/2026, 22:17:11] Dean (night shift): and the login for the scada pc in the MCC room
[12/02/2026, 22:18:02] Sian: operator  «P intouch password {pw}»
[12/02/2026, 22:18:30] Sian: dont put that in the log book lol
[13/02/2026, 07:01:55] Mark (OT): changed the MCC pc password this morning, the old one is dead
[13/02/2026, 07:02:10] Mark (OT): new one is in the safe, not here
"""),
    ("repos/ops-notes/tickets/@S@-servicedesk.xml", "ticket_xml", """<?xml version="1.0"?>
<tickets site="@S@">
  <ticket id="SD-{d5}">
    <subject>Reset SFTP password for SUEZ lab results</subject>
    <body>Supplier asked for a reset. New credentials sent by phone: user kvw_@S@_lab, pass «P sftp password {pw}»</body>
  </ticket>
  <ticket id="SD-{d5}">
    <subject>VPN token for agency engineer</subject>
    <body>Issued RADIUS account temp_eng{d2} with «P radius password {pw}», expires end of week.</body>
  </ticket>
  <ticket id="SD-{d5}">
    <subject>Hash check</subject>
    <body>md5 of installer: «D md5 file_hash {h32}»</body>
  </ticket>
</tickets>
"""),
    ("repos/ops-notes/history/@S@-admin.zsh_history", "zsh_history", """: 1767312001:0;kubectl -n telemetry get pods
: 1767312044:0;kubectl -n telemetry create secret generic mqtt-creds --from-literal=password='«P mqtt password {pw}»'
: 1767312100:0;az login --service-principal -u «D azure client_id {uuid}» -p «P azure client_secret {a3}8Q~{b34}» --tenant «D azure tenant_id {uuid}»
: 1767312188:0;docker login registry.kvw.local -u ci -p «P docker_registry password {pw}»
: 1767312230:0;vault login -method=userpass username=ops password=«P vault password {pw}»
: 1767312301:0;echo "$VAULT_TOKEN"
"""),
    ("repos/ops-notes/encoded/@S@-basic-auth.txt", "encoded_notes", """# captured from the browser dev tools while debugging the billing portal (@NAME@)
GET /api/accounts/search?q=1004 HTTP/1.1
Host: billing.kvw.local
Authorization: Basic «B billing basic_auth_password billing_api:{pw}»
X-Request-Id: «D billing request_id {uuid}»

# the same for the meter-read bulk upload
Authorization: Basic «B amr basic_auth_password amr_upload:{pw}»
"""),
    ("repos/ops-notes/oncall/@S@-handover.txt", "handover_txt", """@NAME@ SHIFT HANDOVER  (copy of the paper sheet)
-----------------------------------------------------------
- Dosing pump 2 on hand, awaiting fitter
- Remote access: the TeamViewer on the site PC is id «D teamviewer id {d10}», password «P teamviewer password {pw}»
- Sludge press PLC: eng laptop login  eng / «P windows password {pw}»
- Wi-Fi for visitors: code is on the whiteboard in reception
"""),
]


def docs(Doc):
    return expand(Doc, SPECS)
