"""Snippets for providers whose credentials live in a file format of their own."""
import base64

from vals16 import expand, unattend_b64, R


def hiera(Doc):
    d = Doc("snippets/hiera/common.yaml", "snippets", "hiera-yaml")
    pw = expand("pw")
    t = """---
# Hiera data for the db role; production overrides live in nodes/
profile::postgres::version: '15'
profile::postgres::listen_addresses: '*'
profile::postgres::replication_user: 'replicator'
profile::postgres::replication_password: '%s'
profile::app::db_password: %s
profile::app::admin_password_hash: '%s'
profile::app::api_token: '%%{lookup("vault::app_token")}'
profile::app::placeholder_secret: '%s'
""" % (d.pos("hiera", "plaintext_password", pw),
       d.dec("hiera", "eyaml_encrypted", "ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEA" + expand("b64s64") + "]"),
       d.dec("hiera", "hash", expand("bcrypt")),
       d.dec("hiera", "placeholder", "CHANGE_ME"))
    return d, t


def filezilla(Doc):
    d = Doc("snippets/filezilla/sitemanager.xml", "snippets", "filezilla-xml")
    pw = expand("pw")
    enc = base64.b64encode(pw.encode()).decode()
    t = """<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.marigold-prints.test</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>deploy</User>
            <Pass encoding="base64">%s</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <Name>marigold production</Name>
        </Server>
        <Server>
            <Host>sftp.marigold-prints.test</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <User>staging</User>
            <Logontype>2</Logontype>
            <Name>marigold staging (ask for password)</Name>
            <Comments>key fingerprint %s</Comments>
        </Server>
    </Servers>
</FileZilla3>
""" % (d.pos("filezilla", "saved_password", pw, shown=enc, accept=[enc], encoded="base64", encoded_value=enc),
       d.dec("filezilla", "host_key_fingerprint", "SHA256:" + expand("b64u43")))
    return d, t


def windows(Doc):
    d = Doc("snippets/windows/autounattend.xml", "snippets", "unattend-xml")
    admin = expand("pw")
    local = expand("pw")
    enc = unattend_b64(local)
    t = """<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>%s</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Password>
              <Value>%s</Value>
              <PlainText>false</PlainText>
            </Password>
            <Name>kiosk</Name>
            <Group>Users</Group>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <ProductKey>%s</ProductKey>
      <TimeZone>W. Europe Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""" % (d.pos("windows", "unattend_plaintext", admin),
       d.pos("windows", "unattend_encoded", enc, accept=[local]),
       d.dec("windows", "kms_client_key", "W269N-WFGWX-YVC9B-4J6C9-T83GX"))
    return d, t


def age(Doc):
    d = Doc("snippets/age/keys.txt", "snippets", "age-keyfile")
    t = """# created: 2026-10-03T09:14:55+02:00
# public key: %s
%s
""" % (d.dec("age", "recipient", expand("agepub")), d.pos("age", "secret_key", expand("age")))
    return d, t


def consul(Doc):
    d = Doc("snippets/consul/server.hcl", "snippets", "consul-hcl")
    t = """datacenter = "ams1"
data_dir   = "/opt/consul"
server     = true
bootstrap_expect = 3
encrypt    = "%s"
encrypt_verify_incoming = true

acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    initial_management = "%s"
    agent              = "%s"
  }
}

node_id = "%s"
ui_config { enabled = true }
""" % (d.pos("consul", "gossip_key", expand("gossip")), d.pos("consul", "acl_token", expand("uuid")),
       d.pos("consul", "acl_token", expand("uuid")), d.dec("consul", "node_id", expand("uuid")))
    return d, t


def sidekiq(Doc):
    d = Doc("snippets/sidekiq/.bundle/config", "snippets", "bundler-config")
    cred = expand("hex8+:+hex8")
    t = """---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_JOBS: "4"
BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "%s"
BUNDLE_WITHOUT: "development:test"
BUNDLE_GEMS__EXAMPLE__TEST: "%s"
""" % (d.pos("sidekiq", "contribsys_credentials", cred), d.dec("sidekiq", "placeholder", "username:password"))
    return d, t


def fetchmail(Doc):
    d = Doc("snippets/fetchmail/.fetchmailrc", "snippets", "fetchmailrc")
    t = """set daemon 300
set logfile ~/.fetchmail.log
poll imap.oakridge-mail.test protocol IMAP port 993
    user "helpdesk@oakridge.test" there with password "%s" is helpdesk here
    ssl sslfingerprint "%s" keep
poll pop.legacy.test protocol POP3
    user "archive" there with password "%s" is archive here
""" % (d.pos("fetchmail", "password", expand("pw")), d.dec("fetchmail", "ssl_fingerprint", ":".join(expand("HEX2") for _ in range(16))),
       d.dec("fetchmail", "placeholder", "********"))
    return d, t


def lftp(Doc):
    d = Doc("snippets/lftp/mirror-site.lftp", "snippets", "lftp-script")
    pw = expand("pw")
    t = """set ssl:verify-certificate yes
set net:max-retries 3
open -u webpush,%s sftp://files.cedar-hosting.test
mirror -R --delete --verbose ./public /var/www/html
# staging box uses a key: open -u webpush,<password> sftp://staging.cedar-hosting.test
bye
""" % d.pos("lftp", "open_password", pw, accept=["webpush," + pw])
    d.dec("lftp", "placeholder", "<password>")
    return d, t


def proxysql(Doc):
    d = Doc("snippets/proxysql/proxysql.cnf", "snippets", "proxysql-cnf")
    pa = expand("pw")
    t = """datadir="/var/lib/proxysql"

admin_variables=
{
    admin_credentials="admin:admin;cluster_ops:%s"
    mysql_ifaces="0.0.0.0:6032"
}

mysql_users=
(
    { username = "app_rw", password = "%s", default_hostgroup = 10 },
    { username = "app_ro", password = "%s", default_hostgroup = 20 }
)

mysql_servers=
(
    { address = "10.20.0.11", port = 3306, hostgroup = 10 },
    { address = "10.20.0.12", port = 3306, hostgroup = 20 }
)
""" % (d.pos("proxysql", "admin_credentials", pa, accept=["cluster_ops:" + pa, "admin:admin;cluster_ops:" + pa]), d.pos("proxysql", "mysql_user_password", expand("pw")),
       d.dec("proxysql", "mysql_native_hash", "*" + expand("HEX40")))
    return d, t


def selfhosted(Doc):
    d = Doc("snippets/selfhosted/LocalSettings.php", "snippets", "mediawiki-php")
    t = """<?php
# MediaWiki site configuration, generated by the installer
$wgSitename = "Riverbend Wiki";
$wgServer = "https://wiki.riverbend.test";
$wgDBtype = "mysql";
$wgDBserver = "localhost";
$wgDBname = "wiki";
$wgDBuser = "wikiuser";
$wgDBpassword = "%s";
$wgSecretKey = "%s";
$wgUpgradeKey = "%s";
$wgSMTP = [ 'host' => 'ssl://smtp.gmail.com', 'port' => 465, 'auth' => true,
    'username' => 'riverbend.wiki@gmail.test', 'password' => '%s' ];
$wgLogos = [ '1x' => "$wgResourceBasePath/resources/assets/wiki.png" ];
$wgCacheEpoch = "%s";
""" % (d.pos("selfhosted", "php_db_password", expand("pw")), d.pos("selfhosted", "mediawiki_secret_key", expand("hex64")),
       d.pos("selfhosted", "mediawiki_upgrade_key", expand("hex16")), d.pos("selfhosted", "gmail_app_password", expand("gmailapp")),
       d.dec("selfhosted", "timestamp", "20261002143015"))
    return d, t


def aspnet(Doc):
    d = Doc("snippets/aspnet/Web.config", "snippets", "web-config")
    t = """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <machineKey validationKey="%s"
                decryptionKey="%s"
                validation="HMACSHA256" decryption="AES" />
    <authentication mode="Forms"><forms loginUrl="~/Account/Login" timeout="2880" /></authentication>
  </system.web>
  <!-- dev machines use <machineKey validationKey="AutoGenerate,IsolateApps" /> -->
</configuration>
""" % (d.pos("aspnet", "validation_key", expand("HEX128")), d.pos("aspnet", "decryption_key", expand("HEX64")))
    d.dec("aspnet", "autogenerate", "AutoGenerate,IsolateApps")
    return d, t


def onepassword(Doc):
    d = Doc("snippets/onepassword/.envrc", "snippets", "direnv")
    t = """# direnv: loads the service account for op run
export OP_ACCOUNT=riverbend.1password.com
export OP_SERVICE_ACCOUNT_TOKEN="%s"
# emergency kit for the break-glass vault owner
export OP_SECRET_KEY="%s"
export DATABASE_URL="op://Production/postgres/url"
export STRIPE_KEY="%s"
""" % (d.pos("onepassword", "service_account_token", expand("ops")), d.pos("onepassword", "secret_key", expand("opskey")),
       d.dec("onepassword", "secret_reference", "op://Production/stripe/credential"))
    return d, t


def airflow(Doc):
    d = Doc("snippets/airflow/airflow.cfg", "snippets", "airflow-cfg")
    t = """[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
load_examples = False
fernet_key = %s

[webserver]
base_url = https://airflow.riverbend.test
secret_key = %s
expose_config = False

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:${AIRFLOW_DB_PASSWORD}@db:5432/airflow

[metrics]
statsd_prefix = %s
""" % (d.pos("airflow", "fernet_key", expand("fernet")), d.pos("airflow", "webserver_secret_key", expand("hex32")),
       d.dec("airflow", "not_a_secret", "airflow"))
    return d, t


def backuppass(Doc):
    d = Doc("snippets/backuppass/backup.env", "snippets", "restic-env")
    t = """# sourced by backup.timer
RESTIC_REPOSITORY=s3:https://s3.eu-central-2.wasabisys.test/riverbend-backups
RESTIC_PASSWORD=%s
RESTIC_CACHE_DIR=/var/cache/restic
BORG_REPO=ssh://borg@vault.riverbend.test:2222/./main
BORG_PASSPHRASE=%s
RESTIC_PASSWORD_COMMAND="pass show backup/restic"
""" % (d.pos("backuppass", "restic_password", expand("pw")), d.pos("backuppass", "borg_passphrase", expand("pw")))
    return d, t


def postfix(Doc):
    d = Doc("snippets/postfix/sasl_passwd", "snippets", "postfix-map")
    p1, p2 = expand("pw"), expand("pw")
    t = """# /etc/postfix/sasl_passwd  -- run postmap after editing
[smtp-relay.brevo.test]:587    relay@riverbend.test:%s
[smtp.office365.test]:587      alerts@riverbend.test:%s
# [smtp.example.test]:25       user:password
""" % (d.pos("postfix", "sasl_password", p1, accept=["relay@riverbend.test:" + p1]),
       d.pos("postfix", "sasl_password", p2, accept=["alerts@riverbend.test:" + p2]))
    d.dec("postfix", "placeholder", "password")
    return d, t


def rclone(Doc):
    d = Doc("snippets/rclone/rclone.conf", "snippets", "rclone-conf")
    obscured = expand("b64u40")
    t = """[nas]
type = sftp
host = nas.riverbend.test
user = backup
pass = %s
shell_type = unix

[b2]
type = b2
account = %s
key = %s
hard_delete = true
""" % (d.pos("rclone", "obscured_password", obscured), d.dec("rclone", "account_id", expand("hex12")),
       d.pos("backblaze", "application_key", "K005" + expand("alnum27")))
    return d, t


def jenkinshome(Doc):
    d = Doc("snippets/jenkinshome/secrets/initialAdminPassword", "snippets", "jenkins-home-file")
    t = "%s\n" % d.pos("jenkinshome", "initial_admin_password", expand("hex32"))
    return d, t


NATIVE = {
    "hiera": hiera, "filezilla": filezilla, "windows": windows, "age": age, "consul": consul, "sidekiq": sidekiq,
    "fetchmail": fetchmail, "lftp": lftp, "proxysql": proxysql, "selfhosted": selfhosted, "aspnet": aspnet,
    "onepassword": onepassword, "airflow": airflow, "backuppass": backuppass, "postfix": postfix, "rclone": rclone,
    "jenkinshome": jenkinshome,
}
