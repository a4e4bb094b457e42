"""repos/ part 2 of holdout28: what Brightwater Linen's people write down (chat, tickets,
histories, notebooks, runbooks, dotfiles, CI). Same three plants as repos28a."""
from repos28a import SITES, site_sub
from tmpl28 import files

T = [
    ("bwl-notes/chat/skype-@@S-maintenance.txt", "skype-export", """[02/12/2026 07:41:12] @@N (Maint @@C): morning, tunnel washer HMI locked me out again
[02/12/2026 07:42:30] Dave Ashworth: use the service login, siemens / «P siemens hmi_password pw»
[02/12/2026 07:42:51] @@N (Maint @@C): cheers. and the Kannegiesser remote portal?
[02/12/2026 07:44:03] Dave Ashworth: kannegiesser-@@S «P kannegiesser portal_password pw» , their tech asked us to change it after the visit so if it fails ring them
[02/12/2026 07:45:10] @@N (Maint @@C): job ref for the visit was «D kannegiesser job_ref KG-+dig:6»
"""),
    ("bwl-notes/servicenow/INC00@@Y4471-@@S.xml", "servicenow-xml", """<?xml version="1.0" encoding="UTF-8"?>
<unload unload_date="2026-12-02 10:14:55">
<incident action="INSERT_OR_UPDATE">
  <number>INC00@@Y4471</number>
  <short_description>Driver app cannot sync manifests at @@C depot</short_description>
  <comments>2026-12-01 16:02:11 - @@N (Additional comments)
Reset the depot tablet account. New password is «P intune device_password pw» - driver to change on first login.
Also the van telematics API was failing because the key expired, new key «P webfleet api_key an:32» is in the config now.</comments>
  <sys_id>«D servicenow sys_id hex:32»</sys_id>
  <correlation_id>«D servicenow correlation_id uuid»</correlation_id>
</incident>
</unload>
"""),
    ("bwl-notes/freshservice/ticket-@@Y802-@@S.json", "freshservice-json", """{"ticket": {"id": @@Y802, "subject": "VPN for agency supervisor (@@C night shift)",
 "description_text": "Hi team, agency sup starts Monday. Created vpn user agency.sup.@@S with temp pw «P vpn password pw» , please ask him to set up MFA. Thanks @@N",
 "requester_id": «D freshservice requester_id d14000000000-14999999999»,
 "custom_fields": {"asset_tag": "BWL-@@S-LT-0@@Y9"},
 "attachments": []}}
"""),
    ("bwl-notes/gitlab-issues/@@S-214.md", "gitlab-issue-md", """## Hospital portal: nightly export to NHS supply chain fails (@@C)

**Steps**: run `export_orders.py --site @@S` on batch01.

Log:
```
2026-12-01T02:00:04Z INFO connecting sftp://bwlinen@sftp.supplychain.nhs.uk
2026-12-01T02:00:05Z ERROR auth failed for user bwlinen (password «P sftp password pw»)
```
/cc @@@N -- the password in the job is the old one, the new one from the NHS portal is «P sftp new_password pw» , I haven't deployed it yet.

Build: «D gitlab pipeline_sha hex:40»
"""),
    ("bwl-notes/kanban/ops-board-@@S.csv", "kanban-csv", """Card,List,Owner,Notes
"Replace dryer 4 thermocouple",Doing,@@N,"parts on order, PO «D erp po_number PO-+dig:7»"
"Move barcode printers to new VLAN",Todo,Dave,"printer web admin admin / «P zebra printer_password pw»"
"Renew Webfleet contract",Done,@@N,"account BWL@@S, login on the sticky note moved to the vault"
"Hotel portal SSO",Todo,Aisha,"test tenant client secret «P azure client_secret an:3+8Q~+b64u:31»"
"""),
    ("bwl-notes/xlsx/it-passwords-@@S/xl/sharedStrings.xml", "xlsx-sharedstrings", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="12" uniqueCount="12">
<si><t>System</t></si><si><t>User</t></si><si><t>Password</t></si>
<si><t>Weighbridge PC</t></si><si><t>weigh</t></si><si><t>«P windows weighbridge_password pw»</t></si>
<si><t>Ironer HMI</t></si><si><t>service</t></si><si><t>«P jensen hmi_password pw»</t></si>
<si><t>CCTV NVR @@C</t></si><si><t>admin</t></si><si><t>«D hikvision redacted [in the safe, envelope 7]»</t></si>
</sst>
"""),
    ("bwl-notes/calendar/vendor-visit-@@S.ics", "ics-invite", """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:«D calendar event_uid uuid»
DTSTART:20261209T090000Z
SUMMARY:Girbau remote diagnostics - @@C plant
DESCRIPTION:Engineer will connect over TeamViewer. ID 1 @@Y42 553 871\\, password «P teamviewer session_password an:8»\\nDial-in PIN «D calendar dial_in_pin dig:6»
LOCATION:@@C plant office
END:VEVENT
END:VCALENDAR
"""),
    ("bwl-notes/fax-ocr/supplier-letter-@@S.txt", "fax-ocr", """FAX 02/12/26 09:13 FROM: CHEMSERVE DOSING LTD  PAGE 1/1
TO: Brightwater Linen Services, @@C Plant - Attn @@N

Re: Remote access to dosing controller SN «D chemserve serial_number CSD-+dig:8»

Dear Sir/Madam,
Your web login for the dosing portal has been created.
    Username: bwl@@S
    Password: «P chemserve portal_password pw»
Please change this password at first login. Our reference «D chemserve ref CS/+dig:5»
"""),
    ("bwl-notes/histories/ops-@@S.fish_history", "fish-history", """- cmd: ssh gw-@@S-01
  when: 1764660012
- cmd: ipmitool -I lanplus -H bmc-@@S-esx1 -U ADMIN -P «P ipmi password pw» chassis power status
  when: 1764660140
- cmd: racadm -r idrac-@@S-sql -u root -p «P idrac password pw» getsysinfo
  when: 1764660301
- cmd: git log -1 --format=%H
  when: 1764660400
"""),
    ("bwl-notes/histories/.rediscli_history-@@S", "rediscli-history", """AUTH «P redis requirepass pw»
KEYS route:*
GET route:@@S:van12
CONFIG GET maxmemory
"""),
    ("bwl-notes/notebooks/dryer-energy-@@S.livemd", "livebook", """# Dryer energy per kg, @@C

```elixir
Mix.install([{:req, "~> 0.5"}, {:explorer, "~> 0.9"}])
```

```elixir
System.put_env("INFLUX_TOKEN", "«P influxdb api_token b64ur:64+==»")
# metering portal (Octopus business), account «D octopus account_number A-+HEX:8»
octo_key = "«P octopus api_key sk_live_+an:24»"
```
"""),
    ("bwl-notes/keepass/export-@@S.csv", "keepass-csv", """"Group","Title","Username","Password","URL","Notes"
"Plant/@@C","Boiler BMS","bms","«P trend bms_password pw»","http://bms-@@S.plant.bwl.corp",""
"Plant/@@C","Route tablets MDM","mdm-admin@bwlinen.co.uk","«P intune admin_password pw»","https://intune.microsoft.com",""
"Plant/@@C","Old alarm panel","engineer","********","","code changed Nov, see the book"
"""),
    ("bwl-notes/runbooks/restore-sql-@@S.md", "runbook-md", """# Restoring the @@C laundry database

1. Stop the `linen-api` service on app-@@S.
2. On sql-@@S run

       sqlcmd -S sql-@@S -U sa -P '«P mssql sa_password pw»' -Q "RESTORE DATABASE laundry FROM DISK='D:\\bak\\laundry.bak' WITH REPLACE"

3. The backup share is `\\\\fs-@@S\\bak` (svc_backup, password is the one in the safe: **«P cifs svc_backup_password pw»**).
4. Check the row count against the checksum file («D sql sha256_checksum hex:64»).
"""),
    ("bwl-notes/chat/zulip-@@S-it.json", "zulip-export", """{"zerver_message": [
 {"id": @@Y0231, "sender": "@@N", "subject": "printers", "content": "label printer web UI for dispatch @@S is admin/«P zebra printer_password pw» (factory default was 1234, I changed it)"},
 {"id": @@Y0232, "sender": "Aisha", "subject": "printers", "content": "thanks! the print-node api key for the label service: «P printnode api_key an:40»"},
 {"id": @@Y0233, "sender": "Aisha", "subject": "printers", "content": "ignore the one in the README, it's the docs sample: «D printnode documented_sample_key_from_readme 0123456789abcdef0123456789abcdef01234567»"}
]}
"""),
    ("bwl-ci/.buildkite/pipeline-@@S.yml", "buildkite-pipeline", """env:
  SITE: "@@S"
  ROUTE_DB_URL: "postgres://route_ci:«P postgres password pw»@pg-ci.bwl.corp:5432/routes"
steps:
  - label: ":hammer: test"
    command: make test
  - label: ":rocket: deploy"
    command: make deploy
    env:
      SENTRY_AUTH_TOKEN: "${SENTRY_AUTH_TOKEN}"
"""),
    ("bwl-ci/molecule/@@S/molecule.yml", "molecule", """driver:
  name: docker
platforms:
  - name: gw-@@S
    image: debian:12
provisioner:
  name: ansible
  inventory:
    group_vars:
      all:
        mqtt_password: "«P mqtt password pw»"
        mqtt_password_hash: "«D mqtt pbkdf2_hash $7$101$+b64:16+$+b64:88»"
verifier:
  name: testinfra
"""),
    ("bwl-ci/zap/hotel-portal-@@S.yaml", "zap-automation", """env:
  contexts:
    - name: hotel-portal
      urls: ["https://hotels-@@S.bwlinen.co.uk"]
      authentication:
        method: form
        parameters: {loginPageUrl: "https://hotels-@@S.bwlinen.co.uk/login"}
      users:
        - name: scanner
          credentials: {username: "zap-scan@bwlinen.co.uk", password: "«P portal zap_user_password pw»"}
jobs:
  - type: spider
"""),
    ("bwl-dotfiles/@@N/.tmux.conf", "tmux-conf", """set -g mouse on
set -g history-limit 50000
# quick sql shell on the plant box
bind S new-window -n sql "mysql -h db-@@S.bwl.corp -u ops -p'«P mysql password pw»' laundry"
bind R source-file ~/.tmux.conf
"""),
]


def build(Doc):
    specs = []
    for i, (s, city, person) in enumerate(SITES):
        for path, shape, text in T:
            specs.append(("repos/" + site_sub(path, s, city, person, i), shape, site_sub(text, s, city, person, i)))
    return files(Doc, "repos", specs)
