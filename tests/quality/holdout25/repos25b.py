"""Tallowmere infrastructure: hosts, network, CI, IaC, secrets plumbing."""
from tmpl25 import files

S = [
    ("repos/tallowmere-infra/hosts/edge-01/etc/containers/systemd/tracker.container", "podman-quadlet", """[Unit]
Description=reefer tracker ingest

[Container]
Image=registry.tallowmere.example/tracker:4.2
Environment=MQTT_URL=mqtts://tracker:«P mqtt broker-password {pwu}»@mqtt.tallowmere.example:8883
Environment=SENTRY_ENVIRONMENT=edge
Secret=tracker-db-password,type=env,target=DB_PASSWORD
PublishPort=8443:8443

[Install]
WantedBy=default.target
"""),
    ("repos/tallowmere-infra/hosts/edge-01/etc/containers/systemd/grafana-agent.container", "podman-quadlet", """[Container]
Image=docker.io/grafana/agent:v0.43
Environment=GRAFANA_CLOUD_API_KEY=«P grafana cloud-token glc_{ubytes96}»
Environment=GRAFANA_CLOUD_INSTANCE_ID=«D grafana instance_id {dig6}»
"""),
    ("repos/tallowmere-infra/hosts/gw-alpine/etc/conf.d/wg-relay", "openrc-confd", """# /etc/conf.d/wg-relay
command_args="--listen 0.0.0.0:51820"
RELAY_ADMIN_USER="ops"
RELAY_ADMIN_PASS="«P relay admin-password {pw}»"
# public key of the hub, safe to share
HUB_PUBKEY="«D wireguard public_key {bytes32}»"
"""),
    ("repos/tallowmere-infra/hosts/gw-alpine/etc/conf.d/ddclient", "openrc-confd", """DDCLIENT_OPTS="-daemon 300"
export CLOUDFLARE_API_TOKEN="«P cloudflare api-token {url40}»"
"""),
    ("repos/dotfiles-greta/Library/LaunchAgents/com.tallowmere.backup.plist", "launchd-plist-env", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key><string>com.tallowmere.backup</string>
  <key>ProgramArguments</key>
  <array><string>/opt/homebrew/bin/restic</string><string>backup</string><string>/Users/greta/Documents</string></array>
  <key>EnvironmentVariables</key>
  <dict>
    <key>RESTIC_REPOSITORY</key><string>b2:tallowmere-laptops:greta</string>
    <key>RESTIC_PASSWORD</key><string>«P restic repository-password {pw}»</string>
    <key>B2_ACCOUNT_ID</key><string>«D backblaze key_id 005{hex22}»</string>
    <key>B2_ACCOUNT_KEY</key><string>«P backblaze application-key K005{an27}»</string>
  </dict>
</dict>
</plist>
"""),
    ("repos/tallowmere-infra/hosts/depot-pi/etc/netplan/50-wifi.yaml", "netplan-wifi", """network:
  version: 2
  renderer: networkd
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "TLWM-Depot-Ops":
          password: "«P wifi psk-passphrase {pw}»"
        "TLWM-Guest":
          password: "«P wifi psk-passphrase welcome-to-{word}»"
"""),
    ("repos/tallowmere-infra/hosts/depot-pi/etc/NetworkManager/system-connections/Warehouse-5G.nmconnection", "networkmanager-keyfile", """[connection]
id=Warehouse-5G
uuid=«D networkmanager connection_uuid {uuid}»
type=wifi

[wifi]
ssid=WH-5G-North

[wifi-security]
key-mgmt=wpa-psk
psk=«P wifi psk-passphrase {pwn}»

[802-1x]
identity=scanner-17
password=«P wifi eap-password {pwn}»
"""),
    ("repos/tallowmere-infra/pxe/ks-depot.cfg", "kickstart", """#version=RHEL9
lang en_GB.UTF-8
keyboard gb
network --bootproto=dhcp --hostname=depot-node
rootpw --plaintext «P linux root-password {pwn}»
user --name=ops --password=«D linux sha512crypt_hash $6$rounds=5000${an16}${an86}» --iscrypted --groups=wheel
url --url=https://mirror:«P mirror repo-password {pwu}»@mirror.tallowmere.example/rhel9/BaseOS
"""),
    ("repos/tallowmere-infra/vault-agent/agent.hcl", "vault-agent", """pid_file = "/run/vault-agent.pid"
vault { address = "https://vault.tallowmere.example:8200" }
auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role-id"
      secret_id_file_path = "/etc/vault-agent/secret-id"
    }
  }
}
# break-glass while approle was broken (INC-3310), remove!
# token = "«P vault service-token hvs.{an24}»"
template {
  source      = "/etc/vault-agent/app.env.ctmpl"
  destination = "/run/app/app.env"
}
"""),
    ("repos/tallowmere-infra/vault-agent/app.env.ctmpl", "consul-template", """{{ with secret "kv/data/app/prod" }}
DB_PASSWORD={{ .Data.data.db_password }}
{{ end }}
REDIS_PASSWORD={{ or (env "REDIS_PASSWORD") "«P redis auth-password {pwn}»" }}
STATSD_HOST=127.0.0.1
"""),
    ("repos/tallowmere-infra/argocd/repo-creds.yaml", "argocd-repo-secret", """apiVersion: v1
kind: Secret
metadata:
  name: gitlab-helm-charts
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: helm
  url: https://gitlab.tallowmere.example/api/v4/projects/42/packages/helm/stable
  username: argocd-deployer
  password: «P gitlab deploy-token gldt-{url20}»
---
apiVersion: v1
kind: Secret
metadata:
  name: github-app-creds
  labels:
    argocd.argoproj.io/secret-type: repo-creds
stringData:
  githubAppID: "«D github app_id {dig6}»"
  githubAppInstallationID: "«D github installation_id {dig8}»"
"""),
    ("repos/tallowmere-infra/monitoring/collectd/conf.d/postgresql.conf", "collectd-plugin", """LoadPlugin postgresql
<Plugin postgresql>
  <Database fleet>
    Host "fleet-db.internal"
    User "collectd"
    Password "«P postgres monitor-password {pw}»"
    SSLMode "require"
  </Database>
</Plugin>
<Plugin write_http>
  <Node "vm">
    URL "https://metrics.tallowmere.example/api/v1/import/prometheus"
    User "collectd"
    Password "«P victoriametrics basic-password {pwn}»"
  </Node>
</Plugin>
"""),
    ("repos/tallowmere-infra/azure-devops/variable-groups/shipping-prod.json", "azure-devops-variable-group", """{
  "name": "shipping-prod",
  "type": "Vsts",
  "variables": {
    "SqlAdminLogin": { "value": "shipadmin" },
    "SqlAdminPassword": { "value": "«P mssql sa-password {pw}»", "isSecret": false },
    "ServiceBusConnection": { "value": "Endpoint=sb://tlwm-ship.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=«P azure shared-access-key {bytes32}»" },
    "KeyVaultSecret": { "value": null, "isSecret": true }
  }
}
"""),
    ("repos/tallowmere-infra/awx/export-2026-10.json", "awx-export", """{
  "credentials": [
    {"name": "vmware-vcenter", "credential_type": {"kind": "vmware"},
     "inputs": {"host": "vcsa.dc2.tallowmere.example", "username": "awx@vsphere.local", "password": "«P vmware vcenter-password {pw}»"}},
    {"name": "netbox", "credential_type": {"kind": "cloud"}, "inputs": {"token": "«P netbox api-token {hex40}»"}},
    {"name": "machine-ops", "inputs": {"username": "ops", "password": "$encrypted$"}}
  ]
}
"""),
    ("repos/tallowmere-puppet/data/nodes/mail01.yaml", "puppet-hiera", """---
profile::postfix::relayhost: '[smtp.sendgrid.net]:587'
profile::postfix::sasl_user: 'apikey'
profile::postfix::sasl_password: '«P sendgrid api-key SG.{url22}.{url43}»'
profile::mailman::admin_password: >
  ENC[PKCS7,«D hiera eyaml_ciphertext MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw{bytes90}»]
profile::dovecot::master_password: '«P dovecot master-password {pw}»'
"""),
    ("repos/tallowmere-infra/nginx/sites/legacy-php.conf", "nginx-fastcgi-param", """location ~ \\.php$ {
    include fastcgi_params;
    fastcgi_pass unix:/run/php/php8.2-fpm.sock;
    fastcgi_param DB_PASSWORD "«P mysql db-password {pwn}»";
    fastcgi_param APP_ENV production;
    fastcgi_param PAYPAL_WEBHOOK_ID «D paypal webhook_id {up17}»;
}
"""),
    ("repos/tallowmere-infra/terraform/envs/prod/terraform.tfstate.backup", "tfstate-sensitive", """{
  "version": 4,
  "resources": [
    {"type": "azurerm_mssql_server", "name": "ship", "instances": [{"attributes": {
      "administrator_login": "shipadmin",
      "administrator_login_password": "«P mssql admin-password {pw}»",
      "id": "/subscriptions/«D azure subscription_id {uuid}»/resourceGroups/ship/providers/Microsoft.Sql/servers/tlwm-ship"}}]},
    {"type": "datadog_api_key", "name": "ci", "instances": [{"attributes": {"key": "«P datadog api-key {hex32}»", "name": "ci"}}]}
  ]
}
"""),
    ("repos/tallowmere-infra/ansible/inventories/depots/group_vars/all/vars.yml", "ansible-vars-lookup-default", """ntp_servers: [0.uk.pool.org, 1.uk.pool.org]
scanner_api_password: "{{ lookup('env', 'SCANNER_API_PASSWORD') | default('«P zebra scanner-api-password {pwn}»', true) }}"
unifi_controller_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  «D ansible vault_ciphertext {hex64}»
"""),
    ("repos/tallowmere-infra/.gitlab/ci/deploy.yml", "gitlab-ci-before-script", """deploy:edge:
  stage: deploy
  before_script:
    - echo "«P gitlab registry-password {pwn}»" | docker login -u tallowmere-ci --password-stdin registry.tallowmere.example
    - export HCLOUD_TOKEN=«P hetzner api-token {an64}»
  script:
    - ./deploy.sh edge
  variables:
    GIT_DEPTH: "1"
"""),
    ("repos/tallowmere-infra/k8s/clusters/dc2/cnpg-cluster.yaml", "k8s-secret-basic-auth", """apiVersion: v1
kind: Secret
metadata:
  name: fleet-app-user
type: kubernetes.io/basic-auth
data:
  username: ZmxlZXQ=
  password: «B postgres db-password {pwn}»
---
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: fleet
spec:
  instances: 3
"""),
    ("repos/tallowmere-infra/docs/network/depot-switches.md", "markdown-table-creds", """# Depot switch inventory

| depot | model | mgmt ip | login | password | notes |
|---|---|---|---|---|---|
| Felixstowe | Aruba 2930F | 10.61.0.2 | manager | «P aruba switch-password {pwn}» | firmware WC.16.11 |
| Immingham | Aruba 2930F | 10.62.0.2 | manager | «P aruba switch-password {pwn}» | |
| Dover | Cisco C9200 | 10.63.0.2 | admin | (in 1Password) | enable secret hash «D cisco type9_hash $9${an14}${an43}» |
"""),
]


def build(Doc):
    return files(Doc, "repos", S)
