"""Snippets for the providers whose credential lives in a file format of its own (written in
that format, under that file's usual name)."""
from tmpl27 import files

SPECS = [
    ("snippets/jenkinshome/var/lib/jenkins/secrets/initialAdminPassword", "jenkins:secrets-file",
     "«P jenkinshome initial_admin_password hex:32»\n"),
    ("snippets/jenkinshome/backup-2026-01-30/jenkins_home/secrets/master.key", "jenkins:secrets-file",
     "«P jenkinshome master_key hex:512»"),
    ("snippets/jenkinshome/notes/first-boot.txt", "jenkins:console",
     """ops@valley-ci:~$ sudo docker logs jenkins 2>&1 | sed -n '20,32p'
*************************************************************
Jenkins initial setup is required. An admin user has been created and a password generated.
Please use the following password to proceed to installation:

«P jenkinshome initial_admin_password_shown hex:32»

This may also be found at: /var/jenkins_home/secrets/initialAdminPassword
*************************************************************
ops@valley-ci:~$ sha256sum /var/jenkins_home/secrets/master.key
«D jenkinshome sha256_of_file hex:64»  /var/jenkins_home/secrets/master.key
"""),
    ("snippets/freeradius/etc/freeradius/3.0/clients.conf", "freeradius:clients.conf",
     """# wifi controllers at the stations; the shared secrets are per site
client valley_station {
	ipaddr = 10.40.1.0/24
	secret = «P freeradius client_secret pw:random16»
	shortname = valley
}

client summit_station {
	ipaddr = 10.40.9.0/24
	secret = «P freeradius client_secret pw:dashwords»
	nas_type = other
}

client localhost {
	ipaddr = 127.0.0.1
	secret = «D freeradius shipped_default testing123»
}
"""),
    ("snippets/mbsync/.mbsyncrc", "mbsync:config",
     """IMAPAccount corrievane
Host imap.corrievane.com
User m.aebischer@corrievane.com
Pass «P mbsync password pw:human»
SSLType IMAPS

IMAPAccount personal
Host imap.fastmail.com
User maebi@fastmail.com
PassCmd "pass show mail/fastmail"

IMAPStore corrievane-remote
Account corrievane
"""),
    ("snippets/postgres/.pgpass", "postgres:pgpass",
     """# hostname:port:database:username:password
pg-lifts.cv.internal:5432:telemetry:telemetry_rw:«P postgres password pw:symbols24»
pg-lifts.cv.internal:5432:*:grafana_ro:«P postgres password pw:camelwords»
localhost:5432:*:postgres:*
"""),
    ("snippets/rclone/.config/rclone/rclone.conf", "rclone:config",
     """[b2-archive]
type = b2
account = «D rclone b2_key_id 005|hex:22»
key = «P rclone storage_key K005|an:27»
hard_delete = false

[webcams-sftp]
type = sftp
host = cams.corrievane.com
user = camsync
pass = «P rclone obscured_password b64u:42»

[gdrive-marketing]
type = drive
scope = drive
root_folder_id = «D rclone folder_id 1|b64u:32»
"""),
    ("snippets/rclone/etc/default/rclone-backup", "rclone:env",
     """# systemd EnvironmentFile for rclone-backup.service
RCLONE_CONFIG=/etc/rclone/rclone.conf
RCLONE_CONFIG_PASS=«P rclone config_password pw:leet»
RCLONE_TRANSFERS=4
"""),
    ("snippets/jettyrealm/rundeck/server/config/realm.properties", "jetty:realm.properties",
     """# Rundeck users (HashLoginService). Format: user: password,role1,role2
admin: «P jettyrealm password pw:season»,user,admin,architect,deploy,build
ops: «P jettyrealm password pw:pwgen»,user,deploy
auditor: «D jettyrealm md5_hash MD5:|hex:32»,user
"""),
    ("snippets/nexusfiles/sonatype-work/nexus3/admin.password", "nexus:admin.password",
     "«P nexusfiles admin_password uuid»"),
    ("snippets/homepage/config/services.yaml", "homepage:services.yaml",
     """- Media:
    - Sonarr:
        href: http://sonarr.home.lan
        widget:
          type: sonarr
          url: http://sonarr.home.lan
          key: «P homepage widget_key hex:32»
    - Jellyfin:
        href: http://jellyfin.home.lan
        widget:
          type: jellyfin
          url: http://jellyfin.home.lan
          key: «P homepage widget_key hex:32»
          enableBlocks: true
- Infra:
    - Proxmox:
        widget:
          type: proxmox
          url: https://pve.home.lan:8006
          username: api@pam!homepage
          password: «P homepage widget_key uuid»
    - Uptime:
        widget:
          type: uptimekuma
          slug: «D homepage status_slug corrie-lifts»
"""),
    ("snippets/composer/auth.json", "composer:auth.json",
     """{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "«P composer http_basic_password hex:48»"
        }
    },
    "github-oauth": {
        "github.com": "«P composer github_token ghp_|an:36»"
    },
    "gitlab-token": {
        "gitlab.corrievane.com": "«P composer gitlab_token glpat-|b64u:20»"
    }
}
"""),
    ("snippets/kubernetes/kubeconfig-snowops.yaml", "kubernetes:kubeconfig",
     """apiVersion: v1
kind: Config
clusters:
- name: snowops
  cluster:
    server: https://k8s-snow.cv.internal:6443
    certificate-authority-data: «D kubernetes ca_certificate_data LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1J|b64:80»
users:
- name: deployer
  user:
    token: «P kubernetes kubeconfig_token fn:k8sboot»
contexts:
- name: snowops
  context: {cluster: snowops, user: deployer}
current-context: snowops
"""),
    ("snippets/kubernetes/join-worker.sh", "kubernetes:kubeadm",
     """#!/bin/sh
# run on the new worker in the summit rack
kubeadm join 10.40.9.10:6443 --token «P kubernetes bootstrap_token fn:k8sboot» \\
    --discovery-token-ca-cert-hash sha256:«D kubernetes ca_cert_hash hex:64»
"""),
    ("snippets/dataconf/airflow.env", "dataconf:airflow-conn",
     """AIRFLOW_CONN_SNOWDEPTH_DB=postgresql://airflow:«P dataconf airflow_conn_password pw:random16»@
AIRFLOW_CONN_S3_ARCHIVE=aws://?aws_access_key_id=«P aws access_key_id AKIA|b32:16»&aws_secret_access_key=«P dataconf aws_secret_key an:40»
AIRFLOW_CONN_HTTP_METEO=http://meteo.cv.internal:8080
"""),
    ("snippets/dataconf/exporter.env", "dataconf:go-dsn",
     """DATA_SOURCE_NAME=exporter:«P dataconf mysql_dsn_password pw:policy»@tcp(db-tickets.cv.internal:3306)/
"""),
    ("snippets/dataconf/SkipassWallet/Info.plist", "dataconf:info-plist",
     """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>com.corrievane.skipass</string>
	<key>WalletSDKApplicationKey</key>
	<string>«P dataconf info_plist_application_key an:40»</string>
	<key>GMSApiKeyRestricted</key>
	<string>«D dataconf bundle_version 4.12.0»</string>
</dict>
</plist>
"""),
    ("snippets/cifs/etc/fstab", "cifs:fstab",
     """UUID=«D cifs filesystem_uuid uuid» /  ext4  defaults  0 1
//nas-valley.cv.internal/webcams /mnt/webcams cifs username=camsync,password=«P cifs mount_password pw:b64rand»,vers=3.0,uid=1000 0 0
//nas-valley.cv.internal/scans /mnt/scans cifs credentials=/etc/cifs-scans.cred,vers=3.0 0 0
"""),
    ("snippets/cakephp/config/app_local.php", "cakephp:app_local",
     """<?php
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),
    'Security' => [
        'salt' => env('SECURITY_SALT', '«P cakephp security_salt hex:64»'),
    ],
    'Datasources' => [
        'default' => [
            'host' => 'db-shop.cv.internal',
            'username' => 'shop',
            'password' => '«P cakephp datasource_password pw:spacewords»',
            'database' => 'shop',
        ],
    ],
];
"""),
    ("snippets/cakephp/config/app_local.example.php", "cakephp:app_local",
     """<?php
return [
    'Security' => ['salt' => env('SECURITY_SALT', '«D cakephp placeholder __SALT__»')],
];
"""),
    ("snippets/ethereum/scripts/payout.js", "ethereum:ethers",
     """const { ethers } = require("ethers");
// season-pass NFT refunds, run by hand once a month
const provider = new ethers.JsonRpcProvider("https://rpc.cv.internal:8545");
const wallet = new ethers.Wallet("«P ethereum private_key fn:ethkey»", provider);
const REFUND_CONTRACT = "0x|hex:40";
// last run: tx «D ethereum tx_hash fn:ethkey»
"""),
    ("snippets/proxmox/ansible/group_vars/pve.yml", "proxmox:api-token",
     """pve_api_host: pve1.cv.internal
pve_api_user: terraform@pve
pve_api_token_id: tf
pve_api_token_secret: «P proxmox api_token_secret uuid»
pve_node: pve1
pve_template_vmid: 9000
"""),
    ("snippets/proxmox/curl-example.sh", "proxmox:api-token",
     """curl -k -H 'Authorization: PVEAPIToken=root@pam!backup=«P proxmox api_token_secret uuid»' \\
  https://pve1.cv.internal:8006/api2/json/nodes
"""),
]


def build(Doc):
    return files(Doc, "snippets", SPECS)
