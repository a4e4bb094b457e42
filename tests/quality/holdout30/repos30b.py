"""repos/ people half: what the airport's staff write down, script and commit, once per site."""
from common30 import per_site

SPECS = [
    ("itsm/@S@/topdesk_incidents_2026-11.csv", "csv export", '''"Number","Caller","Category","Request","Action"
"I2611-@O@01","Gate agent @SU@","Account","locked out of DCS at gate 4","unlocked; temp pw given: «P dcs password pw» - must change at next logon"
"I2611-@O@02","BHS control room","Access","need login for the new make-up HMI","created user bhsop2 / «P wincc password pw»"
"I2611-@O@03","Parking office","Hardware","barrier 2 won't open","vendor remote session, TeamViewer ID «D teamviewer id =1 +dg3+= +dg3+= +dg3» pw «P teamviewer password an8»"
"I2611-@O@04","Finance","Account","POS reports portal","old password «D pos revoked_password pw» was disabled 14/11 (expired, no longer works)"
"I2611-@O@05","Fuel farm","Network","tank gauge web UI","admin creds are in KeePass, not here"
'''),
    ("runbooks/@S@/oncall.md", "markdown runbook", '''# On-call runbook - @SN@

## AODB database is slow
```
sqlcmd -S aodb-sql.@S@.wca.internal -U sa -P '«P mssql password pw»' -Q "exec sp_who2"
```

## FIDS wall shows "NO DATA"
1. `redis-cli -h fids-cache.@S@.wca.internal -a «P redis password pw» ping`
2. restart the publisher: `sshpass -p «P ssh password pw7» ssh fidsops@fids-pub01 'sudo systemctl restart fids-pub'`

## Parking payment terminal offline
`psql "postgresql://parking_ro:«P postgres password pw»@pg.@S@.wca.internal/parking" -c 'select * from terminals where online=false'`

## Who to call
BHS integrator hotline, contract «D vendor contract_id =CTR-+dg6». Their portal login is
wca-@S@ and the password «P vendor-portal password pw».
'''),
    ("handover/@S@/shift_handover_2026-11-28.txt", "prose", '''@SN@ - IT duty handover, night 28/11 -> day 29/11

- AWOS sensor 2 dropped twice, reset via web UI (user: metadmin, pw is «P awos password pw»)
- New contractor laptops for ground handling, local admin:
  gha-admin
  «P windows password pw»
- Wi-Fi for the temporary check-in desks (SSID WCA-POP-UP-@SU@): «P wifi psk pw3»
- Security asked for CCTV export again, used the NVR login on the sticky note (root / «P nvr password pw»)
- Nothing else. Change freeze still on. Ref «D itsm change_id =CHG+dg7».
'''),
    ("chat/@S@/mattermost-it-ops.jsonl", "chat export jsonl", '''{"type":"post","user":"dbrennan","channel":"it-ops-@S@","message":"can someone give me the ANPR camera login again?"}
{"type":"post","user":"kowusu","channel":"it-ops-@S@","message":"admin / «P hikvision password pw»"}
{"type":"post","user":"lmarsh","channel":"it-ops-@S@","message":"please dont paste passwords in here :( use the vault"}
{"type":"post","user":"kowusu","channel":"it-ops-@S@","message":"sorry. also the grafana token for the dashboards script: «P grafana service_account_token =glsa_+an32+=_+hex8»"}
{"type":"post","user":"sanjay.r","channel":"it-ops-@S@","message":"fyi example from the vendor docs is «D grafana documentation_sample =glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_00000000» ignore that"}
{"type":"post","user":"t.ellery","channel":"it-ops-@S@","message":"slack webhook for baggage alerts https://hooks.slack.com/services/«P slack webhook_path =T+uc8+=/B+uc10+=/+an24»"}
{"type":"post","user":"dbrennan","channel":"it-ops-@S@","message":"the fids-cms api pw changed to «P fids-cms password pw» btw"}
'''),
    ("mail/@S@/RE_ SITA gateway credentials.eml", "email", '''From: "Service Delivery" <delivery@vendor.example.com>
To: it-@S@@wyverncoast-airports.co.uk
Subject: RE: SITA gateway credentials
Date: Tue, 18 Nov 2026 09:41:12 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi,

As discussed, the message broker account for @SU@ is below. Please store it safely.

  Username:  WCA@SU@MB
  Password:  «P sita password pw»

The API key for the flight schedule feed (OAG) is «P oag api_key hex32».
The old key «D oag revoked_key hex32» has been revoked today.

Authorization header for the test harness (basic):
  Authorization: Basic «B sita password =wca@S@mb:+pw»

Kind regards
'''),
    ("accounts/@S@/service_accounts.tsv", "tsv", '''system\thost\tacct\tpw\towner
AODB\taodb-sql.@S@.wca.internal\taodb_svc\t«P mssql password pw»\tApps
BHS SCADA\tbhs-scada01\tscada\t«P scada password pw»\tBHS
Badging\tlenel-db\tlenel_rpt\t«P mssql password pw»\tSecurity
Parking\tpg.@S@.wca.internal\tparking_rw\t«P postgres password pw»\tLandside
Door controllers\t10.@O@.50.0/24\tadmin\t«P mercury password pw»\tSecurity
Fuel farm\t10.@O@.90.5\tadmin\t(changed, ask Ops)\tFuel
'''),
    ("home/ops-@S@/.bash_history", "shell history", '''ssh fids-pub01.@S@.wca.internal
mysql -h conc-db.@S@.wca.internal -u posreport -p«P mysql password pw»
export AWS_ACCESS_KEY_ID=«P aws access_key_id =AKIA+uc16»
export AWS_SECRET_ACCESS_KEY=«P aws secret_access_key sb40»
aws s3 ls s3://wca-@S@-cctv-archive
curl -u apiuser:«P fids-cms password pw» https://fids-cms.@S@.wca.internal/api/v2/screens
smbclient //fs01/badging -U WCA/svc_badge%«P windows password pw»
ldapsearch -x -H ldaps://dc01.wca.internal -D "cn=svc_ldap,ou=svc,dc=wca,dc=internal" -w «P ldap bind_password pw» "(sAMAccountName=jodie.h)"
history | grep -i pass
'''),
    ("ci/@S@/bitbucket-pipelines.yml", "ci yaml", '''image: mcr.microsoft.com/dotnet/sdk:8.0
pipelines:
  branches:
    main:
      - step:
          name: build aodb-service
          script:
            - dotnet test
            - docker login wcaregistry.azurecr.io -u wcaregistry -p «P azure acr_password sb52»
            - docker push wcaregistry.azurecr.io/aodb-@S@:$BITBUCKET_COMMIT
      - step:
          name: sonar
          script:
            - sonar-scanner -Dsonar.host.url=https://sonar.wca.internal -Dsonar.token=«P sonarqube token =squ_+hex40»
      - step:
          name: deploy
          deployment: production
          script:
            - octo deploy-release --project AODB --server https://octopus.wca.internal --apiKey «P octopus api_key =API-+uc26»
            - echo "uses $OCTOPUS_API_KEY next time"
'''),
    ("iac/@S@/main.tf", "terraform", '''provider "vsphere" {
  user                 = "terraform@vsphere.local"
  password             = "«P vsphere password pw»"
  vsphere_server       = "vc.@S@.wca.internal"
  allow_unverified_ssl = true
}

provider "azurerm" {
  features {}
  subscription_id = "«D azure subscription_id uuid»"
  client_id       = "«D azure client_id uuid»"
  client_secret   = "«P azure client_secret an3+=8Q~+b64u34»"
  tenant_id       = "«D azure tenant_id uuid»"
}

resource "azurerm_postgresql_flexible_server" "parking" {
  name                   = "psql-parking-@S@"
  administrator_login    = "pgadmin"
  administrator_password = "«P azure-postgres password pw»"
}

resource "azurerm_mssql_server" "aodb_dr" {
  administrator_login_password = var.aodb_dr_password
}
'''),
    ("k8s/@S@/fids-publisher-secret.yaml", "kubernetes secret", '''apiVersion: v1
kind: Secret
metadata:
  name: fids-publisher
  namespace: fids-@S@
type: Opaque
data:
  MQTT_PASSWORD: «B mqtt password pw»
  CMS_API_KEY: «B fids-cms api_key hex40»
stringData:
  REDIS_URL: redis://:«P redis password pw»@fids-cache:6379/0
  SIGNING_SECRET: «P fids-cms signing_secret b64s44»
'''),
    ("ansible/@S@/inventory/hosts.ini", "ansible inventory", '''[fids_players]
fids-g01.@S@.wca.internal ansible_user=fidsadmin ansible_password=«P windows password pw»
fids-g02.@S@.wca.internal ansible_user=fidsadmin ansible_password="{{ vault_fids_pw }}"

[bhs_pcs]
bhs-scada01.@S@.wca.internal ansible_user=Administrator ansible_password='«P windows password pw»' ansible_connection=winrm

[linux:vars]
ansible_ssh_pass=«P ssh password pw»
ansible_become_pass=«P sudo password pw»
'''),
    ("scripts/@S@/Sync-BadgePhotos.ps1", "powershell", '''# Copies new badge photos from OnGuard to the HR system (@SN@)
$sec  = ConvertTo-SecureString '«P windows password pw»' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('WCA\\svc_badge', $sec)
New-PSDrive -Name B -PSProvider FileSystem -Root \\\\badge01.@S@.wca.internal\\photos -Credential $cred

$hr = Invoke-RestMethod -Uri https://hr.example-saas.com/api/v1/people -Headers @{ 'X-Api-Key' = '«P hr-saas api_key an32»' }
$smtp = New-Object Net.Mail.SmtpClient('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = New-Object Net.NetworkCredential('badging-@S@@wyverncoast-airports.co.uk', '«P o365 password pw»')
# $smtp.Credentials = New-Object Net.NetworkCredential('badging', '«D o365 placeholder =CHANGE_ME»')
'''),
]


def files():
    return per_site(SPECS)
