"""Snippet providers whose credential lives in a file or command of its own."""
from tmpl25 import files

S = [
    ("snippets/airflow/airflow.cfg", "airflow-cfg", """[core]
executor = CeleryExecutor
fernet_key = «P airflow fernet-key {ubytes32}»
# fernet_key = «D airflow truncated {url12}...»

[webserver]
secret_key = «P airflow webserver-secret-key {hex32}»
base_url = https://airflow.ops.internal
"""),
    ("snippets/armparams/azuredeploy.parameters.prod.json", "arm-parameters", """{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "sqlAdministratorLogin": { "value": "sqladmin" },
    "sqlAdministratorLoginPassword": { "value": "«P armparams parameter-password {pw}»" },
    "vmAdminPassword": {
      "reference": {
        "keyVault": { "id": "/subscriptions/«D armparams subscription_id {uuid}»/resourceGroups/ops/providers/Microsoft.KeyVault/vaults/ops-kv" },
        "secretName": "vmAdminPassword"
      }
    }
  }
}
"""),
    ("snippets/bundler/bootstrap-gems.sh", "bundle-config-command", """#!/bin/sh
# one-off on the build box, March
bundle config set --global gems.graphql.pro «P bundler source-credentials {lo8}:{hex32}»
bundle config set --global gems.contribsys.com "${SIDEKIQ_CREDS:?}"
bundle install --jobs 4
"""),
    ("snippets/s3fs/passwd-s3fs", "passwd-s3fs-bucket-line", """# bucket-scoped entries (bucket:access:secret)
ops-backups:«P s3fs access-key-id AKIA{up16}»:«P s3fs secret-key {aws}»
"""),
    ("snippets/postfix/sasl_passwd", "postfix-sasl", """# postmap hash:/etc/postfix/sasl_passwd
[smtp.relay.example.net]:587    relay-ops@example.net:«P postfix sasl-password {pwn}»
[mail.partner.example]:2525     bounce@example.net:«D postfix placeholder CHANGE_ME»
"""),
    ("snippets/kubernetes/kubeconfig-ci", "kubeconfig", """apiVersion: v1
kind: Config
clusters:
- name: edge
  cluster:
    server: https://10.40.0.10:6443
    certificate-authority-data: «D kubernetes ca_cert_b64 {bytes60}»
users:
- name: ci-deployer
  user:
    token: «P kubernetes kubeconfig-token {lo6}.{lo16}»
contexts:
- name: edge-ci
  context: {cluster: edge, user: ci-deployer}
current-context: edge-ci
"""),
    ("snippets/sidekiq/Gemfile", "gemfile-source-url", """source "https://rubygems.org"
source "https://«P sidekiq contribsys-credentials {hex8}:{hex8}»@enterprise.contribsys.com/" do
  gem "sidekiq-ent"
end
gem "rails", "~> 7.2"
"""),
    ("snippets/mbsync/mbsyncrc", "mbsyncrc-quoted", """IMAPAccount fastmail
Host imap.fastmail.com
User «D mbsync username ops-{word}@fastmail.com»
Pass "«P mbsync password {pw}»"
SSLType IMAPS

IMAPAccount work
Host outlook.office365.com
PassCmd "pass show mail/work"
"""),
    ("snippets/redissentinel/sentinel.conf", "sentinel-conf", """port 26379
sentinel monitor cache-primary 10.0.4.11 6379 2
sentinel auth-pass cache-primary «P redissentinel auth-pass {pwn}»
sentinel down-after-milliseconds cache-primary 5000
sentinel myid «D redissentinel myid {hex40}»
"""),
    ("snippets/bacula/bconsole.conf", "bconsole-conf", """Director {
  Name = backup-dir
  DIRport = 9101
  address = backup.ops.internal
  Password = "«P bacula director-password {pw}»"
}
"""),
    ("snippets/vault/vault-token", "vault-token-file", "«P vault service-token hvs.CAESI{url20}{url70}Gh4KHGh2cy5{an24}»\n"),
    ("snippets/appsecrets/production.key", "rails-credentials-key", "«P appsecrets key-file {hex32}»\n"),
    ("snippets/msmtp/msmtprc", "msmtprc", """defaults
auth on
tls on
account gmail
host smtp.gmail.com
port 587
from ops.alerts@example.org
user ops.alerts@example.org
password «P msmtp password {lo4} {lo4} {lo4} {lo4}»
account default : gmail
"""),
    ("snippets/wildfly/add-datasource.cli", "jboss-cli", """# jboss-cli.sh --file=add-datasource.cli
/subsystem=elytron/credential-store=ops:add(path=ops.cs, create=true, credential-reference={clear-text="«P wildfly credential-clear-text {pw}»"})
data-source add --name=OrdersDS --jndi-name=java:/OrdersDS --driver-name=postgresql --connection-url=jdbc:postgresql://db:5432/orders --user-name=orders --password=${env.ORDERS_DB_PASSWORD}
"""),
    ("snippets/deluge/auth", "deluge-auth", """localclient:«P deluge localclient-password {hex40}»:10
seedbox:«P deluge auth-password {pwn}»:5
"""),
    ("snippets/coinbase/cdp_api_key.json", "cdp-json", """{
   "id": "«D coinbase key_id {uuid}»",
   "privateKey": "«P coinbase cdp-api-key-secret {bytes64}»"
}
"""),
    ("snippets/dvc/config.local", "dvc-config-local", """['remote "storage"']
    url = s3://ml-artifacts/dvc
    access_key_id = «P dvc access-key-id AKIA{up16}»
    secret_access_key = «P dvc remote-credential {aws}»
['remote "nas"']
    url = ssh://nas.lab/dvc
    password = «P dvc remote-password {pw}»
"""),
    ("snippets/daemonfiles/snmpd.conf", "snmpd-conf", """sysLocation    rack 14, dc2
rocommunity «P daemonfiles snmp-community {an14}» 10.20.0.0/16
rocommunity «D daemonfiles default_community public» 127.0.0.1
createUser opsmon SHA-256 "«P daemonfiles snmpv3-auth-passphrase {pw}»" AES "«P daemonfiles snmpv3-priv-passphrase {pw}»"
"""),
]


def build(Doc):
    return files(Doc, "snippets", S)
