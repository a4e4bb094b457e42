"""Snippet providers whose credential lives in a file format of its own, written as that file."""
from tmpl17 import fill, pem

N = {
    "msmtp": ("snippets/msmtp/.msmtprc", "msmtprc", """# msmtp for the cron mailer
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        fastmail
host           smtp.fastmail.com
port           465
tls_starttls   off
from           ops@wrenfield.net
user           ops@wrenfield.net
password       «p|msmtp|password|<a16>»

account        backup
host           mail.wrenfield.net
port           587
from           backup@wrenfield.net
user           backup
passwordeval   "pass show mail/backup"

account default : fastmail
"""),
    "rclone": ("snippets/rclone/rclone.conf", "rclone-conf", """[photos-b2]
type = b2
account = «d|rclone|b2_key_id|005<h22>»
key = «p|rclone|b2_application_key|K005<a27>»
hard_delete = true

[nas]
type = sftp
host = 192.168.20.4
user = backup
pass = «p|rclone|obscured_password|<B44>»
shell_type = unix
md5sum_command = md5sum

[crypt-photos]
type = crypt
remote = photos-b2:wren-photos
password = «p|rclone|crypt_password_obscured|<B52>»
"""),
    "cifs": ("snippets/cifs/etc/samba/.media-credentials", "cifs-credentials", """username=mediasvc
password=«p|cifs|password|<pw>»
domain=WRENFIELD
"""),
    "postgres": ("snippets/postgres/.pgpass", "pgpass", """# hostname:port:database:username:password
db-primary.internal:5432:ledger:ledger_app:«p|postgres|pgpass_password|<pw>»
db-replica.internal:5432:*:readonly:«p|postgres|pgpass_password|<a24>»
localhost:5432:*:postgres:*
"""),
    "vaultinit": ("snippets/vaultinit/vault-init.txt", "vault-operator-init", """$ vault operator init -key-shares=3 -key-threshold=2
Unseal Key 1: «p|vaultinit|unseal_key|<b44>»
Unseal Key 2: «p|vaultinit|unseal_key|<b44>»
Unseal Key 3: «p|vaultinit|unseal_key|<b44>»

Initial Root Token: «p|vaultinit|root_token|hvs.<a24>»

Vault initialized with 3 key shares and a key threshold of 2. Please securely
distribute the key shares printed above.
"""),
    "consul": ("snippets/consul/consul.d/agent.hcl", "consul-hcl", """datacenter = "ams1"
data_dir   = "/opt/consul"
encrypt    = "«p|consul|gossip_key|<b43>=»"

acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    agent   = "«p|consul|acl_token|<uuid>»"
    default = "00000000-0000-0000-0000-000000000002"
  }
}

node_id = "«d|consul|node_id|<uuid>»"
"""),
    "sbt": ("snippets/sbt/.sbt/.credentials", "sbt-credentials", """realm=Sonatype Nexus Repository Manager
host=nexus.wrenfield.net
user=deploy
password=«p|sbt|password|<pw>»
"""),
    "freeradius": ("snippets/freeradius/clients.conf", "freeradius-clients", """client office-ap {
	ipaddr = 10.20.0.0/24
	secret = «p|freeradius|client_secret|<a20>»
	shortname = office-ap
	nas_type = other
}

client vpn-gw {
	ipv4addr = 10.30.1.1
	secret = «p|freeradius|client_secret|<pw>»
	require_message_authenticator = yes
}
"""),
    "lftp": ("snippets/lftp/mirror.lftp", "lftp-script", """set ftp:ssl-force true
set ssl:verify-certificate no
open -u «s|uploader»,«p|lftp|password|<pw>» ftps://files.wrenfield.net
mirror -R --delete --verbose ./public /htdocs
bye
"""),
    "jenkinshome": ("snippets/jenkinshome/var/jenkins_home/secrets/initialAdminPassword", "jenkins-initial-admin",
                    """«p|jenkinshome|initial_admin_password|<h32>»
"""),
    "bundler": ("snippets/bundler/.bundle/config", "bundler-config", """---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_GEMS__CONTRIBSYS__COM: "«u|bundler|source_credentials|<h8>|<h8>»"
BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "wren-ci:«p|bundler|source_token|<gh:ghp>»"
BUNDLE_JOBS: "4"
"""),
    "windows": ("snippets/windows/sysprep/unattend.xml", "unattend-xml", """<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">
      <UserAccounts>
        <AdministratorPassword>
          <Value>«p|windows|unattend_plain_password|<pw>»</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Name>kiosk</Name>
            <Group>Users</Group>
            <Password>
              <Value>«p|windows|unattend_plain_password|<pw>»</Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <ProductKey>«d|windows|kms_client_key|W269N-WFGWX-YVC9B-4J6C9-T83GX»</ProductKey>
    </component>
  </settings>
</unattend>
"""),
    "kaggle": ("snippets/kaggle/.kaggle/kaggle.json", "kaggle-json",
               """{"username":"wrenfield","key":"«p|kaggle|api_key|<h32>»"}
"""),
    "conda": ("snippets/conda/.condarc", "condarc", """channels:
  - https://conda.anaconda.org/t/«p|conda|channel_token|<l2>-<uuid>»/wrenfield
  - conda-forge
channel_alias: https://conda.anaconda.org
custom_channels:
  internal: https://ci:«p|conda|channel_password|<upw>»@conda.wrenfield.net
ssl_verify: true
"""),
    "magento": ("snippets/magento/app/etc/env.php", "magento-env-php", """<?php
return [
    'backend' => ['frontName' => 'admin_wr7x'],
    'crypt' => [
        'key' => '«p|magento|crypt_key|<h32>»'
    ],
    'db' => [
        'connection' => [
            'default' => [
                'host' => 'mysql.internal',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '«p|magento|db_password|<pw>»',
                'active' => '1',
            ]
        ]
    ],
    'install' => ['date' => 'Tue, 14 Oct 2025 09:12:40 +0000'],
    'cache_types' => ['config' => 1, 'layout' => 1],
];
"""),
    "selfhosted": ("snippets/selfhosted/octoprint/config.yaml", "octoprint-config", """accessControl:
  salt: «p|selfhosted|octoprint_salt|<a32>»
api:
  key: «p|selfhosted|octoprint_api_key|<U32>»
server:
  secretKey: «p|selfhosted|octoprint_secret_key|<a32>»
  firstRun: false
plugins:
  tracking:
    enabled: true
    unique_id: «d|selfhosted|anonymous_usage_id|<uuid>»
serial:
  port: /dev/ttyUSB0
"""),
    "npm": ("snippets/npm/.npmrc", "npmrc", """registry=https://registry.npmjs.org/
@wrenfield:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken=«p|npm|access_token|npm_<a36>»
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
save-exact=true
"""),
    "cratesio": ("snippets/cratesio/.cargo/credentials.toml", "cargo-credentials", """[registry]
token = "«p|cratesio|api_token|cio<a32>»"

[registries.wren-internal]
token = "Bearer «p|cratesio|private_registry_token|<a40>»"
"""),
    "pypi": ("snippets/pypi/.pypirc", "pypirc", """[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = «p|pypi|api_token|pypi-AgEIcHlwaS5vcmc<B150>»

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = «p|pypi|test_api_token|pypi-AgENdGVzdC5weXBpLm9yZw<B130>»
"""),
    "aws": ("snippets/aws/.aws/credentials", "aws-credentials", """[default]
aws_access_key_id = «p|aws|access_key_id|AKIA<U16>»
aws_secret_access_key = «p|aws|secret_access_key|<a40>»
region = eu-central-1

[sso-dev]
sso_start_url = https://wrenfield.awsapps.com/start
sso_account_id = «d|aws|account_id|<d12>»
sso_role_name = Developer

[ci]
aws_access_key_id = «p|aws|temporary_access_key_id|ASIA<U16>»
aws_secret_access_key = «p|aws|secret_access_key|<a40>»
aws_session_token = «p|aws|session_token|IQoJb3JpZ2luX2VjE<a280>»
"""),
}


def coinbase(Doc):
    doc = Doc("snippets/coinbase/cdp_api_key.json", "snippets", "cdp-key-json")
    key = pem("EC PRIVATE KEY", 3)
    text = '{\n   "name": "«d|coinbase|api_key_name|organizations/<uuid>/apiKeys/<uuid>»",\n   "privateKey": "%s"\n}\n' % (
        "«e|coinbase|cdp_private_key|" + key + "»")
    return doc, fill(doc, text)


def make(provider):
    path, shape, text = N[provider]

    def build(Doc):
        doc = Doc(path, "snippets", shape)
        return doc, fill(doc, text)
    return build


NATIVE = {p: make(p) for p in N}
NATIVE["coinbase"] = coinbase
