"""repos/ part b: Marrowgate Stages' infrastructure, deployment, monitoring and admins' dotfiles."""
from tmpl26 import files

R = "repos/"
SPECS = [
    (R + "infra/ansible/inventory/venues.ini", "ansible:ini", """[cornexchange]
ce-stagepc01 ansible_host=10.41.0.11
ce-stagepc02 ansible_host=10.41.0.12

[lyric]
ly-stagepc01 ansible_host=10.42.0.11 ansible_user=stage ansible_password=«P ansible password {pw:human}»

[all:vars]
ansible_user=mgsadmin
ansible_become_password=«P ansible password {pw:gen}»
ansible_ssh_common_args='-o ProxyJump=bastion.mgs.corp'
"""),
    (R + "infra/network/rancid/.cloginrc", "rancid:cloginrc", """# RANCID login file for the venue switches
add user      sw-*            rancid
add password  sw-ce-*         {«P rancid password {pw:policy}»} {«P rancid enable_password {pw:pin}»}
add password  sw-ly-*         {«P rancid password {pw:gen}»}
add method    sw-*            ssh
add autoenable fw-*           1
"""),
    (R + "infra/network/oxidized/config", "oxidized:yaml", """---
username: oxidized
password: «P oxidized password {pw:phrase}»
model: procurve
interval: 3600
rest: 127.0.0.1:8888
groups:
  firewalls:
    username: backup
    password: «P oxidized password {pw:leet}»
source:
  default: csv
  csv:
    file: /home/oxidized/.config/oxidized/router.db
output:
  default: git
  git:
    user: Oxidized
    email: oxidized@mgs.corp
"""),
    (R + "infra/monitoring/munin/munin-node.conf", "munin:node", """log_level 4
log_file /var/log/munin/munin-node.log
host_name ly-stagepc01.mgs.internal
allow ^10\\.40\\.0\\.5$
port 4949

[postgres_*]
env.PGUSER munin
env.PGPASSWORD «P postgres password {pw:hex}»
"""),
    (R + "infra/monitoring/cacti/include/config.php", "cacti:php", """<?php
$database_type     = 'mysql';
$database_default  = 'cacti';
$database_hostname = 'localhost';
$database_username = 'cactiuser';
$database_password = '«P mysql password {pw:human}»';
$database_port     = '3306';
$url_path = '/cacti/';
$cacti_session_name = 'Cacti';
"""),
    (R + "infra/monitoring/smokeping/Targets", "smokeping:targets", """*** Targets ***
probe = FPing
menu = Top
title = Marrowgate venue links

+ Venues
++ CornExchange
host = gw.ce.mgs.internal
++ Lyric
host = gw.ly.mgs.internal
++ BoxOfficeAPI
probe = Curl
host = tix.marrowgate.live
urlformat = https://monitor:«P smokeping password {pw:pin}»@%host%/health
"""),
    (R + "infra/status/cachet/.env", "dotenv:cachet", """APP_ENV=production
APP_DEBUG=false
APP_URL=https://status.marrowgate-stages.co.uk
APP_KEY=base64:«P laravel app_key {B64:32}»
DB_DRIVER=pgsql
DB_HOST=pg-ops.mgs.internal
DB_DATABASE=cachet
DB_USERNAME=cachet
DB_PASSWORD=«P postgres password {pw:gen}»
MAIL_PASSWORD=«D cachet placeholder null»
"""),
    (R + "infra/status/statping/config.yml", "statping:yaml", """connection: postgres
host: pg-ops.mgs.internal
port: 5432
database: statping
user: statping
password: «P postgres password {pw:phrase}»
api_secret: «P statping api_secret {h:40}»
language: en
"""),
    (R + "infra/files/owncloud/config/config.php", "owncloud:php", """<?php
$CONFIG = array (
  'instanceid' => '«D owncloud instance_id oc{l:10}»',
  'passwordsalt' => '«P owncloud password_salt {a:30}»',
  'secret' => '«P owncloud secret {S:48}»',
  'trusted_domains' => array (0 => 'files.mgs.corp'),
  'datadirectory' => '/srv/owncloud/data',
  'dbtype' => 'mysql',
  'dbname' => 'owncloud',
  'dbhost' => 'localhost',
  'dbuser' => 'oc_admin',
  'dbpassword' => '«P mysql password {pw:gen}»',
  'mail_smtppassword' => '«P smtp password {pw:human}»',
);
"""),
    (R + "infra/backup/amanda/daily/amanda.conf", "amanda:conf", """org "MarrowgateDaily"
mailto "ops@mgs.corp"
dumpcycle 1 week
tapecycle 14 tapes
define changer s3 {
    tpchanger "chg-multi:s3:mgs-amanda-daily/slot-{01,02,03,04}"
    device-property "S3_ACCESS_KEY" "«P aws access_key_id AKIA{b:16}»"
    device-property "S3_SECRET_KEY" "«P aws secret_access_key {S:40}»"
    device-property "S3_SSL" "YES"
}
"""),
    (R + "infra/notes/codimd/config.json", "codimd:json", """{
  "production": {
    "domain": "notes.mgs.corp",
    "sessionSecret": "«P codimd session_secret {h:64}»",
    "db": {"username": "codimd", "password": "«P postgres password {pw:policy}»", "database": "codimd", "host": "pg-ops.mgs.internal", "dialect": "postgres"},
    "oauth2": {"clientID": "«D codimd client_id {uuid}»", "clientSecret": "«P keycloak client_secret {a:32}»"}
  }
}
"""),
    (R + "infra/jobs/dagu/nightly-settlement.yaml", "dagu:dag", """schedule: "15 2 * * *"
env:
  - SETTLE_DB: postgres://settle:«P postgres password {pw:leet}»@pg-fin.mgs.internal/finance
  - GOCARDLESS_TOKEN: live_«P gocardless access_token {s:40}»
steps:
  - name: pull-payouts
    command: python3 pull_payouts.py
  - name: post-journal
    command: python3 post_journal.py
    depends: [pull-payouts]
"""),
    (R + "infra/jobs/conductor/refund-workflow.json", "conductor:workflow", """{
  "name": "refund_cancelled_performance",
  "version": 3,
  "tasks": [
    {"name": "list_bookings", "taskReferenceName": "list", "type": "HTTP",
     "inputParameters": {"http_request": {"uri": "https://tix.marrowgate.live/api/bookings?performance=${workflow.input.performanceId}",
       "method": "GET", "headers": {"Authorization": "Bearer «P boxoffice api_token mgs_{s:40}»"}}}},
    {"name": "notify", "taskReferenceName": "notify", "type": "HTTP",
     "inputParameters": {"http_request": {"uri": "https://api.postmarkapp.com/email/batch", "method": "POST",
       "headers": {"X-Postmark-Server-Token": "${workflow.secrets.POSTMARK}"}}}}
  ],
  "ownerEmail": "platform@mgs.corp"
}
"""),
    (R + "apps/donations/ENV", "piku:env", """# piku app settings (git push piku@apps.mgs.internal:donations)
NGINX_SERVER_NAME=give.marrowgate-stages.co.uk
PORT=8080
DATABASE_URL=postgres://donations:«P postgres password {pw:hex}»@localhost/donations
STRIPE_WEBHOOK_SECRET=whsec_«P stripe webhook_secret {a:32}»
JUSTGIVING_APP_ID=«D justgiving app_id {h:8}»
"""),
    (R + "apps/donations/tasks.py", "python:invoke", """from invoke import task

STAGING = "deploy@apps-staging.mgs.internal"


@task
def reload(c, password="«P invoke password {pw:phrase}»"):
    # sudo password of the deploy user on the staging box
    c.sudo("systemctl reload donations", password=password)
"""),
    (R + "apps/learning/config/shipit.yml", "shipit:yaml", """deploy:
  override:
    - ./script/deploy production
machine:
  environment:
    RAILS_MASTER_KEY: «P rails master_key {h:32}»
    BUGSNAG_API_KEY: «D bugsnag notifier_key {h:32}»
"""),
    (R + "infra/k8s/fleet/venue-signage/fleet.yaml", "fleet:yaml", """defaultNamespace: signage
helm:
  chart: ./chart
  values:
    cms:
      url: https://signage.mgs.internal
      apiKey: «P signage api_key {a:40}»
    redis:
      auth:
        password: «P redis password {pw:gen}»
targetCustomizations:
  - name: lyric
    clusterSelector:
      matchLabels: {venue: lyric}
"""),
    (R + "infra/k8s/garden/project.garden.yml", "garden:yaml", """kind: Project
name: boxoffice
environments:
  - name: dev
    variables:
      dbPassword: «P postgres password {pw:pin}»
  - name: prod
    variables:
      dbPassword: ${secrets.PROD_DB_PASSWORD}
providers:
  - name: kubernetes
    context: mgs-aks-weu
"""),
    (R + "infra/k8s/devspace.yaml", "devspace:yaml", """version: v2beta1
name: seatmap
vars:
  REGISTRY_USER: mgs-dev
  REGISTRY_PASSWORD:
    value: «P registry password {pw:leet}»
  IMAGE: cr.mgs.corp/seatmap
deployments:
  seatmap:
    helm:
      values:
        containers:
          - image: ${IMAGE}
"""),
    (R + "infra/k8s/microk8s/addons-notes.sh", "shell:microk8s", """#!/bin/bash
# rehearsal-room edge cluster (microk8s on the NUCs)
microk8s enable dns hostpath-storage registry
microk8s kubectl create secret docker-registry regcred \\
  --docker-server=cr.mgs.corp --docker-username=edge --docker-password='«P registry password {pw:gen}»'
microk8s kubectl create secret generic dmx-bridge --from-literal=artnet-psk=«P artnet psk {h:32}»
"""),
    (R + "infra/k8s/telepresence/values.yaml", "telepresence:yaml", """client:
  routing:
    alsoProxySubnets: ["10.40.0.0/16"]
agent:
  image:
    registry: cr.mgs.corp/telepresence
    pullSecrets:
      - name: regcred
# licence key for the intercept dashboard (team plan)
licenseKey: «P telepresence license_key {S:120}»
"""),
    (R + "infra/alerting/opsgenie.tf", "terraform:opsgenie", """provider "opsgenie" {
  api_key = "«P opsgenie api_key {uuid}»"
  api_url = "api.eu.opsgenie.com"
}

resource "opsgenie_team" "stage_tech" {
  name        = "stage-tech"
  description = "Stage technology on-call"
}
"""),
    (R + "infra/alerting/alertmanager.yml", "alertmanager:pagerduty", """route:
  receiver: pd-venue-ops
receivers:
  - name: pd-venue-ops
    pagerduty_configs:
      - routing_key: «P pagerduty routing_key {h:32}»
        severity: '{{ .CommonLabels.severity }}'
  - name: pd-placeholder
    pagerduty_configs:
      - routing_key: «D pagerduty placeholder <routing-key>»
"""),
    (R + "infra/helpdesk/otrs/Kernel/Config.pm", "otrs:perl", """package Kernel::Config;
use strict;
sub Load {
    my $Self = shift;
    $Self->{DatabaseHost} = 'pg-ops.mgs.internal';
    $Self->{Database} = 'otrs';
    $Self->{DatabaseUser} = 'otrs';
    $Self->{DatabasePw} = '«P otrs password {pw:human}»';
    $Self->{'SendmailModule::AuthPassword'} = '«P smtp password {pw:gen}»';
    $Self->{SystemID} = «D otrs system_id {d:2}»;
    return 1;
}
1;
"""),
    (R + "infra/helpdesk/youtrack/import.sh", "shell:youtrack", """#!/bin/sh
# one-off: move the old OTRS queues into YouTrack
YT=https://mgs.youtrack.cloud
curl -s -H "Authorization: Bearer «P youtrack permanent_token perm:cmhpYW4ub3Bz.{B64:5}.{a:30}»" \\
  -H 'Content-Type: application/json' "$YT/api/admin/projects?fields=id,shortName"
"""),
    (R + "dotfiles/ops-rhian/.curlrc", "curlrc", """# ~/.curlrc
silent
show-error
user = "rhian.ops:«P nexus password {pw:phrase}»"
"""),
    (R + "dotfiles/ops-rhian/WinSCP.ini", "winscp:ini", """[Sessions\\ticket-printers/ly-print01]
HostName=ly-print01.mgs.internal
UserName=printadmin
Password=«D winscp obfuscated_password A35C{H:60}»
[Sessions\\sftp-spektrix]
HostName=sftp.spektrix.com
UserName=marrowgate
PublicKeyFile=C:\\Users\\rhian\\.ssh\\spektrix.ppk
"""),
    (R + "dotfiles/ops-rhian/putty-sessions.reg", "putty:reg", """Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\dimmer-rack-lyric]
"HostName"="10.42.5.20"
"UserName"="admin"
"Protocol"="telnet"
; telnet login for the dimmer rack is admin / «P dimmer password {pw:pin}» (vendor default changed 2025)
"""),
    (R + "dotfiles/ops-dafydd/confCons.xml", "mremoteng:xml", """<?xml version="1.0" encoding="utf-8"?>
<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="1000" Protected="«D mremoteng protected_blob {B64:96}»" ConfVersion="2.6">
  <Node Name="boxoffice-sql" Type="Connection" Username="dafydd" Domain="MGS" Password="«D mremoteng encrypted_password {B64:48}»" Hostname="tixsql01.mgs.corp" Protocol="RDP" />
  <Node Name="lyric-lx" Type="Connection" Username="lx" Password="" Hostname="10.42.4.10" Protocol="VNC" />
</mrng:Connections>
"""),
    (R + "dotfiles/ops-dafydd/lyric-lx.remmina", "remmina", """[remmina]
name=Lyric lighting desk
protocol=VNC
server=10.42.4.10:5900
username=
password=«D remmina encrypted_password {B64:24}»
colordepth=32
"""),
    (R + "dotfiles/ops-dafydd/MobaXterm.ini", "mobaxterm:ini", """[Bookmarks]
SubRep=
ImgNum=42
ce-stagepc01= #109#0%ce-stagepc01.mgs.internal%22%mgsadmin%%-1%-1%%%22%%0%0%0%%%-1%0%0%0%%1080%%0%0%1#MobaFont%10%0%0%-1%15%236,236,236%30,30,30%180,180,192%0%-1%0%%xterm%-1%0%_Std_Colors_0_%80%24%0%1%-1%<none>%%0%0%-1#0# #-1

[Passwords]
mgsadmin@ce-stagepc01.mgs.internal=«D mobaxterm encrypted_password {S:40}»
"""),
    (R + "dotfiles/ops-dafydd/.config/rclone/rclone.conf", "rclone:conf", """[archive-b2]
type = b2
account = «D backblaze key_id 005{h:22}»
key = «P backblaze application_key K005{s:27}»

[sharepoint]
type = onedrive
drive_type = business
"""),
]


def build(Doc):
    return files(Doc, "repos", SPECS)
