"""Snippets for providers whose credential lives in a file format of its own."""
import json
from vals19 import R, an, hx, uid, rs, b64, password, UP, DG


def aspnet(Doc):
    d = Doc("snippets/aspnet/web.config", "snippets", "xml:machinekey")
    vk, dk = hx(128).upper(), hx(64).upper()
    t = """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <machineKey validationKey="%s"
                decryptionKey="%s"
                validation="HMACSHA256" decryption="AES" />
    <!-- staging used AutoGenerate: -->
    <!-- <machineKey validationKey="%s" decryptionKey="AutoGenerate,IsolateApps" /> -->
  </system.web>
</configuration>
""" % (d.pos("aspnet", "machine-key", vk), d.pos("aspnet", "machine-key", dk), d.dec("aspnet", "autogenerate", "AutoGenerate,IsolateApps"))
    return d, t


def postgres(Doc):
    d = Doc("snippets/postgres/.pgpass", "snippets", "pgpass")
    t = "# hostname:port:database:username:password\ndb-primary.lan:5432:ledger:ledger_app:%s\n*:5432:*:replicator:%s\nlocalhost:5432:*:postgres:%s\n" % (
        d.pos("postgres", "pgpass-password", password()), d.pos("postgres", "pgpass-password", password()), d.dec("postgres", "placeholder", "*"))
    return d, t


def maven(Doc):
    d = Doc("snippets/maven/settings.xml", "snippets", "xml:maven")
    t = """<settings>
  <servers>
    <server>
      <id>release-signing</id>
      <privateKey>${user.home}/.ssh/release_rsa</privateKey>
      <passphrase>%s</passphrase>
    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>deployer</username>
      <password>%s</password>
    </server>
    <server>
      <id>central</id>
      <username>${env.CENTRAL_USER}</username>
      <password>%s</password>
    </server>
  </servers>
</settings>
""" % (d.pos("maven", "passphrase", password()), d.pos("maven", "password", password()), d.dec("maven", "env_ref", "${env.CENTRAL_PASSWORD}"))
    return d, t


def sendmail(Doc):
    d = Doc("snippets/sendmail/authinfo", "snippets", "sendmail:authinfo")
    t = 'AuthInfo:smtp.mailrelay.example.net "U:relay-user" "I:relay-user" "P:%s" "M:PLAIN"\nAuthInfo:backup.mailrelay.example.net "U:root" "P:%s"\n# template: AuthInfo:host "U:user" "P:%s"\n' % (
        d.pos("sendmail", "authinfo-password", password()), d.pos("sendmail", "authinfo-password", password()), d.dec("sendmail", "placeholder", "password"))
    return d, t


def windows(Doc):
    d = Doc("snippets/windows/autounattend.xml", "snippets", "xml:unattend")
    pw = password()
    enc = b64((pw + "AdministratorPassword").encode("utf-16-le"))
    t = """<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">
      <UserAccounts>
        <AdministratorPassword>
          <Value>%s</Value>
          <PlainText>false</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Password>
              <Value>%s</Value>
              <PlainText>true</PlainText>
            </Password>
            <Name>labadmin</Name>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon><Password><Value>%s</Value><PlainText>true</PlainText></Password></AutoLogon>
    </component>
  </settings>
</unattend>
""" % (d.pos("windows", "unattend-password-encoded", pw, shown=enc, encoded="base64", encoded_value=enc,
             accept=[enc, pw + "AdministratorPassword"]),
       d.pos("windows", "unattend-password", password()), d.dec("windows", "empty_marker", "*SENSITIVE*DATA*DELETED*"))
    return d, t


def jenkinshome(Doc):
    d = Doc("snippets/jenkinshome/install.log", "snippets", "log:jenkins")
    t = """2026-03-02 09:14:55.101+0000 [id=31]	INFO	jenkins.install.SetupWizard#init: 

*************************************************************
*************************************************************
*************************************************************

Jenkins initial setup is required. An admin user has been created and a password generated.
Please use the following password to proceed to installation:

%s

This may also be found at: /var/jenkins_home/secrets/initialAdminPassword

*************************************************************
2026-03-02 09:15:03.442+0000 [id=48]	INFO	hudson.model.UpdateSite#updateData: Obtained the latest update center data file; sha1=%s
""" % (d.pos("jenkinshome", "initial-admin-password-shown", hx(32)), d.dec("jenkinshome", "checksum", hx(40)))
    return d, t


def wildfly(Doc):
    d = Doc("snippets/wildfly/standalone.xml", "snippets", "xml:wildfly")
    t = """<subsystem xmlns="urn:jboss:domain:datasources:7.0">
  <datasources>
    <datasource jndi-name="java:jboss/datasources/OrdersDS" pool-name="OrdersDS">
      <connection-url>jdbc:postgresql://pg.lan:5432/orders</connection-url>
      <security user-name="orders">
        <credential-reference clear-text="%s"/>
      </security>
    </datasource>
    <datasource jndi-name="java:jboss/datasources/AuditDS" pool-name="AuditDS">
      <security user-name="audit">
        <credential-reference store="vault" alias="%s"/>
      </security>
    </datasource>
  </datasources>
</subsystem>
""" % (d.pos("wildfly", "credential-clear-text", password()), d.dec("wildfly", "alias", "audit-db-password"))
    return d, t


def msmtp(Doc):
    d = Doc("snippets/msmtp/.msmtprc", "snippets", "msmtprc")
    t = """defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt

account        fastmail
host           smtp.fastmail.com
port           465
from           orla@example.org
user           orla@example.org
password       %s

account        work
host           smtp.office365.com
passwordeval   "%s"
account default : fastmail
""" % (d.pos("msmtp", "password", password()), d.dec("msmtp", "command", "pass show mail/work"))
    return d, t


def composer(Doc):
    d = Doc("snippets/composer/auth.json", "snippets", "json:composer")
    t = json.dumps({"http-basic": {"repo.packagist.com": {"username": "token", "password": "@@A@@"},
                                   "satis.internal.example": {"username": "deploy", "password": "@@B@@"}},
                    "github-oauth": {"github.com": "@@C@@"}, "bearer": {"private.example.org": "@@D@@"}}, indent=4)
    t = t.replace("@@A@@", d.pos("composer", "auth-password", hx(40))).replace("@@B@@", d.pos("composer", "auth-password", password())) \
        .replace("@@C@@", d.pos("github", "pat-classic", "ghp_" + an(36))).replace("@@D@@", d.dec("composer", "env_ref", "%COMPOSER_BEARER%"))
    return d, t + "\n"


def cfnparams(Doc):
    d = Doc("snippets/cfnparams/params-prod.json", "snippets", "json:cfnparams")
    t = """[
  {"ParameterKey": "Environment", "ParameterValue": "prod"},
  {"ParameterKey": "DBMasterPassword", "ParameterValue": "%s"},
  {"ParameterKey": "VpcId", "ParameterValue": "%s"},
  {"ParameterKey": "ApiSigningSecret", "ParameterValue": "%s"},
  {"ParameterKey": "AdminPassword", "ParameterValue": "{{resolve:ssm-secure:/prod/admin-password:1}}"}
]
""" % (d.pos("cfnparams", "parameter-value", password()), d.dec("cfnparams", "vpc_id", "vpc-0" + hx(16)), d.pos("cfnparams", "parameter-value", an(40)))
    return d, t


def playwright(Doc):
    d = Doc("snippets/playwright/.auth/admin.json", "snippets", "json:storage-state")
    t = json.dumps({"cookies": [{"name": "__Host-session", "value": "@@A@@", "domain": "app.example.io", "path": "/", "expires": 1798700000,
                                 "httpOnly": True, "secure": True, "sameSite": "Lax"},
                                {"name": "_ga", "value": "@@B@@", "domain": ".example.io", "path": "/", "expires": -1, "httpOnly": False, "secure": False, "sameSite": "Lax"}],
                    "origins": [{"origin": "https://app.example.io", "localStorage": [{"name": "access_token", "value": "@@C@@"}]}]}, indent=2)
    t = t.replace("@@A@@", d.pos("playwright", "storage-state-cookie", an(48))).replace("@@B@@", d.dec("playwright", "analytics_cookie", "GA1.1.%s.%s" % (rs(DG, 10), rs(DG, 10)))) \
        .replace("@@C@@", d.pos("playwright", "storage-state-token", __import__("vals19").jwtish('{"sub":"admin@example.io","role":"admin"}')))
    return d, t + "\n"


def himalaya(Doc):
    d = Doc("snippets/himalaya/config.toml", "snippets", "toml:himalaya")
    t = """[accounts.personal]
default = true
email = "juno@example.net"
display-name = "Juno"
backend.type = "imap"
backend.host = "imap.example.net"
backend.port = 993
backend.login = "juno@example.net"
backend.auth.type = "password"
backend.auth.raw = "%s"

[accounts.work]
email = "juno@corp.example"
backend.type = "imap"
backend.auth.type = "password"
backend.auth.cmd = "%s"
""" % (d.pos("himalaya", "password", password()), d.dec("himalaya", "command", "pass show work/imap"))
    return d, t


NATIVE = {"aspnet": [aspnet], "postgres": [postgres], "maven": [maven], "sendmail": [sendmail], "windows": [windows],
          "jenkinshome": [jenkinshome], "wildfly": [wildfly], "msmtp": [msmtp], "composer": [composer], "cfnparams": [cfnparams],
          "playwright": [playwright], "himalaya": [himalaya]}
