"""repos/ odds and ends: fixtures, docs samples, hashes, exports, rotation notes (decoy-heavy)."""
from common30 import per_site, once

SITE = [
    ("aodb/@S@/AodbService.Tests/fixtures/test_settings.json", "json test fixture", """{
  "_comment": "unit-test fixture, values are fake and used only against the in-memory DB",
  "ConnectionStrings": { "Aodb": "Server=(localdb)\\\\mssqllocaldb;Database=AodbTest;User Id=test;Password=«D mssql test_fixture =Test+dg4+=!»" },
  "SitaTypeB": { "Login": "TESTLOGIN", "Pwd": "«D sita test_fixture =not-a-real-password»" },
  "Seq": { "ApiKey": "«D seq test_fixture =0000000000000000000+dg1»" }
}
"""),
    ("docs/@S@/vendors/fids_cms_install_guide_excerpt.md", "vendor docs", """## 4.2 Configure the API user

Edit `cms.ini` and set the API user, for example:

    [api]
    user = apiuser
    pass = «D fids-cms documentation_sample =<your-password>»

For S3 media storage use your own keys (the AWS documentation's example is shown):

    aws_access_key_id = «D aws documentation_sample =AKIAIOSFODNN7EXAMPLE»
    aws_secret_access_key = «D aws documentation_sample =wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»
"""),
    ("fids/@S@/kiosk-web/.htpasswd", "htpasswd", """kiosk:«D apache bcrypt_hash =$2y$10$+an53»
fidsadmin:«D apache bcrypt_hash =$2y$10$+an53»
monitor:«D apache apr1_hash =$apr1$+an8+=$+b64u22»
# tmp for the gate 7 kiosk until Owen fixes LDAP: kiosk2 / «P apache password pw»
"""),
    ("it/@S@/keepass/Airside_IT.xml", "keepass xml export", """<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
  <Root>
    <Group>
      <Name>Airside IT @SU@</Name>
      <Entry>
        <UUID>«D keepass entry_uuid b64s24»</UUID>
        <String><Key>Title</Key><Value>BHS SCADA</Value></String>
        <String><Key>UserName</Key><Value>scada</Value></String>
        <String><Key>Password</Key><Value ProtectInMemory="True">«P scada password pw»</Value></String>
      </Entry>
      <Entry>
        <String><Key>Title</Key><Value>Airfield lighting CCR PC</Value></String>
        <String><Key>UserName</Key><Value>AGL\\operator</Value></String>
        <String><Key>Password</Key><Value ProtectInMemory="True">«P agl password pw»</Value></String>
      </Entry>
      <Entry>
        <String><Key>Title</Key><Value>ILS monitor (vendor)</Value></String>
        <String><Key>UserName</Key><Value>maint</Value></String>
        <String><Key>Password</Key><Value ProtectInMemory="True">«P ils password pw»</Value></String>
      </Entry>
      <Entry>
        <String><Key>Title</Key><Value>Runway friction tester laptop</Value></String>
        <String><Key>Password</Key><Value ProtectInMemory="True">«P windows password pw»</Value></String>
      </Entry>
    </Group>
  </Root>
</KeePassFile>
"""),
    ("atis/@S@/atis_recorder/datasources.properties", "properties", """# D-ATIS recorder data sources
aodb.jdbc=jdbc:sqlserver://aodb-sql.@S@.wca.internal:1433;databaseName=AODB_@SU@;user=atis_ro;password=«P mssql password pw»;encrypt=true
notam.url=https://notam.example-ans.net/api
notam.user=WCA@SU@
notam.secret=«P notam password pw»
awos.modbus.host=10.@O@.95.4
rec.archive=smb://WCA;atisrec:«Q windows password pw2»@fs01.@S@.wca.internal/atis
# notam.secret=${NOTAM_SECRET}
"""),
    ("ground/@S@/handhelds/provisioning.txt", "prose", """Zebra TC52 handhelds (ground handling) - provisioning for @SN@

StageNow barcode payload for the ramp Wi-Fi:
WIFI:T:WPA;S:WCA-RAMP-@SU@;P:«P wifi psk pw3»;;

Checksum of the PSK for the audit sheet: «D wifi sha256_of_psk hex64»
Launcher admin password (Enterprise Home Screen): «P zebra ehs_password pw»
Device serials start «D zebra serial_number =2+dg4+=5+dg9»
"""),
    ("hr/@S@/outbox/welcome_new_starter.txt", "email text", """Subject: Welcome to @SN@ - your IT accounts

Hi Ivana,

Your network login is ivana.k and your temporary password is «P ad temporary_password pw»
(you will be asked to change it). Employee number: «D hr employee_id =E+dg6».
The rostering app uses the same login; the shared ramp tablet PIN is «D tablet pin dg6».

For the uniform shop: wca-@S@ / «P uniform-portal password pw»

IT Service Desk
"""),
    ("integration/@S@/node-red/flows_cred.json", "json", """{
  "«D node-red node_id hex16»": { "user": "aodb_ro", "password": "«P mssql password pw»" },
  "9c1e07b2a4f3d815": { "user": "fidsplayer", "password": "«P mqtt password pw»" },
  "3f0a9d22c71b6e40": { "token": "«P fids-cms api_token an40»" },
  "«D node-red node_id hex16»": { "apikey": "«P openweathermap api_key hex32»" },
  "51dd0e7a90b4c2f6": { "password": "«P smtp password pw»" }
}
"""),
    ("airfield/@S@/agl/mgate_export.ini", "ini", """[System]
Model=MGate 5105-MB-EIP
Serial=«D moxa serial_number =TAGD+dg7»
[Accounts]
admin.hash=«D moxa password_hash hex64»
admin.password.plain=«P moxa password pw»
[SNMP]
ReadCommunity=«P snmp community pw1»
WriteCommunity=«P snmp community pw1»
TrapCommunity=public
[Firmware]
Sha256=«D moxa firmware_sha256 hex64»
"""),
    ("home/dev-@S@/.git-credentials", "git credentials", """https://ci-bot:«P gitlab personal_access_token =glpat-+b64u20»@gitlab.wca.internal
https://wca-ops:«P github personal_access_token =ghp_+an36»@github.com
https://oauth2:${CI_JOB_TOKEN}@gitlab.wca.internal
https://«D github username =wca-@S@-readonly»@github.com
"""),
]

ONCE = [
    ("it/servicedesk/password_resets_masked.csv", "csv", """date,user,system,new_value_masked,agent
2026-11-02,gpatel,DCS,«D dcs masked =Sp**********!»,owen.t
2026-11-03,chloe.w,AODB,«D aodb masked =********»,owen.t
2026-11-07,bmensah,Lenel,«D lenel masked =W****************4»,rkaur
2026-11-09,rkaur,VPN,«D vpn masked =(not recorded)»,owen.t
2026-11-12,a.lindqvist,ANPR,«D anpr masked =adm***23»,jodie.h
"""),
    ("it/security/rotation_log.md", "markdown notes", """# Credential rotation log

| When | What | Old value | Status |
|---|---|---|---|
| 2026-06-02 | Parking Twilio token | «D twilio revoked hex32» | revoked in console, replaced |
| 2026-07-19 | SITA broker WCIMB | «D sita revoked pw» | rotated by SITA, old one rejected |
| 2026-09-30 | Grafana SA token | «D grafana revoked =glsa_+an32+=_+hex8» | deleted |
| 2026-10-14 | AODB sa | «D mssql revoked pw» | changed after the pen test |

All the old values above are dead: kept so the SOC can match them in logs.
"""),
    ("iac/modules/aodb/variables.tf", "terraform", """variable "aodb_dr_password" {
  type      = string
  sensitive = true
  default   = "«D terraform placeholder =REPLACE_ME_IN_TFVARS»"
}

variable "fids_api_key" {
  type    = string
  default = "«D terraform placeholder =${var.fids_api_key_override}»"
}

resource "random_password" "aodb_sa" {
  length  = 24
  special = true
}
# state fingerprint «D terraform state_lineage uuid»
"""),
]


def files():
    return per_site(SITE) + once(ONCE)
