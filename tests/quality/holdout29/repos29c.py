"""repos/ part c: CI configs, IaC, GIS, billing and integrations (per site or team repo)."""
from common29 import expand

SPECS = [
    ("repos/gis-@SITE@/arcgis/publish_@S@.py", "python", """# Publishes the @NAME@ network layers to ArcGIS Enterprise and ArcGIS Online
from arcgis.gis import GIS

PORTAL = "https://gis.kvw.local/portal"
gis = GIS(PORTAL, "gis_publisher", "«P arcgis password {pw}»")
# AGOL for the public outage map
AGOL_API_KEY = "«P arcgis api_key AAPK{h32}{b64}»"
OUTAGE_LAYER_ID = "«D arcgis item_id {h32}»"
# Ordnance Survey Data Hub
OS_API_KEY = "«P ordnance_survey api_key {a32}»"
OS_API_SECRET = "«P ordnance_survey api_secret {a16}»"
"""),
    ("repos/billing-@SITE@/config/application-prod.properties", "java_properties", """# Billing engine, @NAME@ region
spring.datasource.url=jdbc:oracle:thin:@//billdb-@S@.kvw.local:1521/BILLP
spring.datasource.username=BILL_APP
spring.datasource.password=«P oracle password {pw}»
payments.stripe.secret-key=«P stripe secret_key sk_live_{a24}»
payments.stripe.publishable-key=«D stripe publishable_key pk_live_{a24}»
payments.stripe.webhook-secret=«P stripe webhook_secret whsec_{a32}»
direct-debit.bacs.sun=«D bacs service_user_number {d6}»
gocardless.access-token=«P gocardless access_token live_{b40}»
notify.gov.api-key=«P govuk_notify api_key kvw_billing-{uuid}-{uuid}»
mail.smtp.password=${SMTP_PASSWORD}
"""),
    ("repos/infra-@SITE@/terraform/@S@.tfvars", "tfvars", """# @NAME@ DR environment
location            = "uksouth"
resource_group      = "rg-kvw-@S@-dr"
sql_admin_login     = "kvwsqladmin"
sql_admin_password  = "«P azure_sql password {pw}»"
vm_admin_password   = "«P azure_vm password {pw}»"
subscription_id     = "«D azure subscription_id {uuid}»"
tenant_id           = "«D azure tenant_id {uuid}»"
arm_client_secret   = "«P azure client_secret {a3}8Q~{b34}»"
datadog_api_key     = "«P datadog api_key {h32}»"
# ssh public key, fine to commit
admin_ssh_key       = "«D ssh public_key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b43} ops@kvw»"
"""),
    ("repos/infra-@SITE@/ansible/group_vars/@S@_scada.yml", "ansible_yaml", """---
# group vars for the @NAME@ SCADA servers
ansible_user: ansible
ansible_become_password: "«P linux sudo_password {pw}»"
historian_db_password: «P mssql password {pw}»
splunk_forwarder_pass4symmkey: "«P splunk pass4symmkey {a24}»"
ntp_servers: [10.40.0.1, 10.40.0.2]
# vaulted properly:
backup_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  «D ansible_vault ciphertext {h64}»
windows_domain_join_password: "{{ vault_domain_join_password }}"
"""),
    ("repos/ci/@SITE@-telemetry-api/.gitlab-ci.yml", "gitlab_ci", """stages: [test, build, deploy]
variables:
  POSTGRES_PASSWORD: «P postgres password {pw}»
  SONAR_TOKEN: «P sonarqube user_token squ_{h40}»
  REGISTRY_PASSWORD: $CI_REGISTRY_PASSWORD
build:
  stage: build
  script:
    - docker login -u kvw-ci -p «P docker_hub pat dckr_pat_{b27}» docker.io
    - docker build -t registry.kvw.local/telemetry-api-@S@:$CI_COMMIT_SHORT_SHA .
deploy:
  stage: deploy
  script:
    - curl -X POST -F token=«P gitlab pipeline_trigger_token glptt-{h40}» -F ref=main https://gitlab.kvw.local/api/v4/projects/42/trigger/pipeline
    - echo "image digest «D docker digest sha256:{h64}»"
"""),
    ("repos/ci/@SITE@-telemetry-api/Jenkinsfile", "jenkinsfile", """pipeline {
  agent { label 'ot-build' }
  environment {
    NEXUS = 'https://nexus.kvw.local'
    NEXUS_CREDS = credentials('nexus-deploy')
  }
  stages {
    stage('Publish') {
      steps {
        // TODO move to credentials() - Andy
        sh "mvn deploy -Dnexus.user=deploy -Dnexus.password=«P nexus password {pw}»"
        sh 'curl -H "Authorization: token «P github pat_classic ghp_{a36}»" https://api.github.com/repos/kestrel-valley-water/telemetry-api-@S@/releases'
        slackSend(channel: '#ot-builds', tokenCredentialId: 'slack-ot')
      }
    }
  }
  post { failure { sh 'curl -X POST -d "{\\"text\\":\\"build failed\\"}" «P slack webhook_url https://hooks.slack.com/services/T{u8}/B{u10}/{a24}»' } }
}
"""),
    ("repos/infra-@SITE@/k8s/@S@-telemetry-secret.yaml", "k8s_secret", """apiVersion: v1
kind: Secret
metadata:
  name: telemetry-ingest
  namespace: ot-@S@
type: Opaque
data:
  influx-token: «B influxdb api_token {K64}»
  mqtt-password: «B mqtt password {pw}»
stringData:
  grafana-sa-token: «P grafana service_account_token glsa_{a32}_{h8}»
  cluster-id: «D k8s cluster_id {uuid}»
"""),
    ("repos/integrations-@SITE@/smart-meter/.env", "dotenv", """# Smart meter (AMR/AMI) head-end integration — @NAME@ zone
HEADEND_URL=https://ami.vendor-cloud.net/kvw-@S@
HEADEND_CLIENT_ID=«D oauth client_id {uuid}»
HEADEND_CLIENT_SECRET=«P ami_headend client_secret {b40}»
SFTP_HOST=sftp.kvw.local
SFTP_USER=meter_drop
SFTP_PASS=«P sftp password {pw}»
SENDGRID_API_KEY=«P sendgrid api_key SG.{b22}.{b43}»
GOOGLE_MAPS_KEY=«P google api_key AIza{b35}»
MAPBOX_PUBLIC_TOKEN=«D mapbox public_token pk.eyJ1Ijoia3Z3LWdpcyIsImEiOiJ{b21}.{b22}»
METER_FLEET_SIZE=48211
"""),
    ("repos/integrations-@SITE@/scada-bridge/docker-compose.yml", "compose", """services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: «P influxdb password {pw}»
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «P influxdb api_token {K64}»
  node-red:
    image: nodered/node-red:3.1
    environment:
      - NODE_RED_CREDENTIAL_SECRET=«P node-red credential_secret {a32}»
  mosquitto:
    image: eclipse-mosquitto:2
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD: «P grafana password {pw}»
      GF_SECURITY_SECRET_KEY: "${GF_SECRET_KEY}"
      GF_INSTALL_PLUGINS: grafana-clock-panel,grafana-worldmap-panel
"""),
    ("repos/integrations-@SITE@/scada-bridge/mosquitto.passwd", "mosquitto_passwd", """# generated with mosquitto_passwd -c; only hashes here
rtu-@S@:«D mosquitto pbkdf2_hash $7$101${B16}${k64}»
bridge:«D mosquitto pbkdf2_hash $7$101${B16}${k64}»
# plain copy kept by mistake by the installer, delete me:
# nodered  «P mqtt password {pw}»
"""),
    ("repos/infra-@SITE@/backup/@S@-veeam-notes.md", "backup_md", """# Veeam for @NAME@

| item | value |
|---|---|
| VBR server | vbr-@S@.kvw.local |
| repo NAS user | veeam_repo |
| repo NAS pass | `«P synology password {pw}»` |
| encryption password (hint: the river) | `«P veeam encryption_password {pw}»` |
| Wasabi bucket | kvw-@S@-immutable |
| Wasabi access key | «D wasabi access_key_id {u20}» |
| Wasabi secret | «P wasabi secret_key {a40}» |
| license id | «D veeam license_id {uuid}» |
"""),
    ("repos/integrations-@SITE@/regulator-returns/submit.sh", "shell", """#!/bin/sh
# Monthly EA / Ofwat data return upload, @NAME@
set -eu
EA_USER="kvw.returns"
EA_PASS='«P ea_portal password {pw}»'
curl -sf --user "$EA_USER:$EA_PASS" -F file=@returns.xml https://returns.example-regulator.gov.uk/api/upload
# ftps fallback
lftp -u kvw_returns,'«P ftp password {pw}»' ftps://ftp.kvw.local -e "put returns.xml; bye"
# checksum for the audit trail
echo "«D sha1 file_hash {h40}»  returns.xml"
"""),
]


def docs(Doc):
    return expand(Doc, SPECS)
