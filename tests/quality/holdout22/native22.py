"""Snippet-half providers whose credential lives in a file format of its own (holdout22)."""
from vals22 import R, an, hx, lan, uan, b64u, uuid, pick, digits, b64raw, b64, password, urlsafe_password, AN, UP, DIG

SN = "snippets"


def composer(Doc):
    d = Doc("snippets/composer/auth.json", SN, "composer-auth-json")
    t = """{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "%s"
        },
        "satis.larchwood.dev": {
            "username": "ci-reader",
            "password": "%s"
        }
    },
    "github-oauth": {
        "github.com": "%s"
    },
    "gitlab-token": {
        "gitlab.larchwood.dev": "%s"
    }
}
""" % (d.pos("composer", "private_packagist_token", hx(64)), d.pos("composer", "http_basic_password", password()),
       d.pos("composer", "github_oauth", "ghp_" + an(36)), d.pos("composer", "gitlab_token", "glpat-" + b64u(20)))
    d2 = Doc("snippets/composer/composer.json", SN, "composer-json")
    t2 = """{
    "name": "larchwood/shop",
    "repositories": [
        {"type": "composer", "url": "https://repo.packagist.com/larchwood/"}
    ],
    "config": {
        "github-oauth": {"github.com": "%s"},
        "bearer": {"satis.larchwood.dev": "%s"}
    },
    "extra": {"content-hash": "%s"}
}
""" % (d2.dec("composer", "placeholder", "<your-github-token>"), d2.pos("composer", "bearer_token", an(40)),
       d2.dec("composer", "content_hash", hx(32)))
    return [(d, t), (d2, t2)]


def sendmail(Doc):
    d = Doc("snippets/sendmail/authinfo", SN, "sendmail-authinfo")
    p1, p2 = password(), password()
    t = """# /etc/mail/authinfo -- makemap hash authinfo < authinfo
AuthInfo:smtp.mailrelay.example "U:larch-relay" "I:larch-relay" "P:%s" "M:PLAIN"
AuthInfo:[email-smtp.eu-west-1.amazonaws.com]:587 "U:%s" "P:%s" "M:LOGIN PLAIN"
AuthInfo: "U:root" "P:%s"
""" % (d.pos("sendmail", "authinfo_password", p1), d.dec("sendmail", "ses_smtp_username", "AKIA" + uan(16)),
       d.pos("sendmail", "ses_smtp_password", "B" + pick(AN + "/+", 43)), d.dec("sendmail", "placeholder", "CHANGE_ME"))
    d2 = Doc("snippets/sendmail/sendmail.mc", SN, "sendmail-mc")
    t2 = """divert(-1)dnl
define(`SMART_HOST', `[smtp.mailrelay.example]')dnl
define(`confAUTH_MECHANISMS', `LOGIN PLAIN')dnl
FEATURE(`authinfo',`hash -o /etc/mail/authinfo.db')dnl
define(`confDEF_AUTH_INFO', `/etc/mail/default-auth-info')dnl
dnl checksum of authinfo.db: %s
""" % d2.dec("sendmail", "sha256_of_file", hx(64))
    return [(d, t), (d2, t2)]


def rclone(Doc):
    d = Doc("snippets/rclone/backup.sh", SN, "rclone-env")
    t = """#!/bin/sh
# nightly offsite copy, run from cron on nas01
export RCLONE_CONFIG_PASS='%s'
export RCLONE_CONFIG_OFFSITE_TYPE=s3
export RCLONE_CONFIG_OFFSITE_PROVIDER=Wasabi
export RCLONE_CONFIG_OFFSITE_ACCESS_KEY_ID=%s
export RCLONE_CONFIG_OFFSITE_SECRET_ACCESS_KEY=%s
export RCLONE_CONFIG_CRYPT_PASSWORD=%s
rclone sync /srv/photos offsite:larch-photos --checksum --log-file /var/log/rclone.log
""" % (d.pos("rclone", "config_password", password()), d.dec("rclone", "access_key_id", uan(20)),
       d.pos("rclone", "s3_secret", an(40)), d.pos("rclone", "obscured_password", b64u(42)))
    return [(d, t)]


def asterisk(Doc):
    d = Doc("snippets/asterisk/pjsip.conf", SN, "asterisk-pjsip")
    t = """[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

[trunk-sipgate-auth]
type=auth
auth_type=userpass
username=%s
password=%s

[6001]
type=auth
auth_type=userpass
username=6001
password=%s

[6002]
type=auth
auth_type=md5
username=6002
md5_cred=%s
""" % (d.dec("asterisk", "sip_username", digits(7) + "e0"), d.pos("asterisk", "trunk_password", an(12)),
       d.pos("asterisk", "endpoint_password", password()), d.dec("asterisk", "md5_cred", hx(32)))
    d2 = Doc("snippets/asterisk/manager.conf", SN, "asterisk-manager")
    t2 = """[general]
enabled = yes
port = 5038

[fop2]
secret = %s
read = all
write = system,call,agent

[readonly]
secret = ${AMI_READONLY_SECRET}
read = all
""" % d2.pos("asterisk", "ami_secret", password())
    return [(d, t), (d2, t2)]


def cifs(Doc):
    d = Doc("snippets/cifs/mount-scans.sh", SN, "cifs-mount-cli")
    p = password()
    t = """#!/bin/sh
# mount the scanner share on the print server
mount -t cifs //fileserver/scans /mnt/scans \\
  -o username=svc_scanner,password=%s,domain=LARCH,vers=3.0,uid=1000
""" % d.pos("cifs", "mount_option_password", p)
    d2 = Doc("snippets/cifs/smb-credentials", SN, "cifs-credentials-file")
    t2 = "username=backup_op\npassword=%s\ndomain=LARCH\n" % d2.pos("cifs", "credentials_file_password", password())
    return [(d, t), (d2, t2)]


def vaultinit(Doc):
    d = Doc("snippets/vaultinit/init-2026-11-03.txt", SN, "vault-operator-init")
    keys = [b64raw(33) for _ in range(5)]
    lines = ["$ vault operator init -key-shares=5 -key-threshold=3"]
    for i, k in enumerate(keys):
        lines.append("Unseal Key %d: %s" % (i + 1, d.pos("vaultinit", "unseal_key", k)))
    lines += ["", "Initial Root Token: %s" % d.pos("vaultinit", "root_token", "hvs." + an(24)), "",
              "Vault initialized with 5 key shares and a key threshold of 3. Please securely",
              "distribute the key shares printed above.", "",
              "$ vault status | grep -i 'cluster id'", "Cluster ID         %s" % d.dec("vaultinit", "cluster_id", uuid())]
    return [(d, "\n".join(lines) + "\n")]


def conda(Doc):
    d = Doc("snippets/conda/.condarc", SN, "condarc")
    tok = "lr-" + hx(32)
    t = """channels:
  - https://conda.anaconda.org/t/%s/larchwood
  - conda-forge
channel_alias: https://conda.larchwood.dev
custom_channels:
  internal: https://ci-bot:%s@conda.larchwood.dev
proxy_servers:
  https: http://proxy.larch.lan:3128
""" % (d.pos("conda", "channel_token", tok), d.pos("conda", "channel_password", urlsafe_password()))
    return [(d, t)]


def har(Doc):
    d = Doc("snippets/har/checkout-bug.har", SN, "har")
    t = """{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "133.0"},
 "entries": [
  {"request": {"method": "POST", "url": "https://shop.larchwood.dev/api/cart/checkout",
    "headers": [
      {"name": "Authorization", "value": "Bearer %s"},
      {"name": "Cookie", "value": "sessionid=%s; csrftoken=%s"},
      {"name": "X-Request-Id", "value": "%s"}
    ],
    "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "user=lotte&password=%s"}},
   "response": {"status": 500, "headers": [{"name": "ETag", "value": "W/\\"%s\\""}]}}
 ]}}
""" % (d.pos("har", "bearer_token", b64u(43)), d.pos("har", "session_cookie", lan(32)),
       d.dec("har", "csrf_token", an(32)), d.dec("har", "request_id", uuid()),
       d.pos("har", "posted_password", urlsafe_password()), d.dec("har", "etag", hx(40)))
    return [(d, t)]


def totp(Doc):
    d = Doc("snippets/totp/2fa-backup.txt", SN, "totp-uri")
    sec = pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)
    uri = "otpauth://totp/Larchwood:admin@larchwood.dev?secret=%s&issuer=Larchwood&digits=6" % sec
    sec2 = pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    t = """2FA backup for the shared ops accounts (printed, then this file should have been deleted)

registrar: %s
dns provider seed (typed in by hand): %s
recovery code (one-time, already used): %s
""" % (d.pos("totp", "otpauth_uri", sec, shown=uri, accept=[uri]), d.pos("totp", "seed", " ".join(sec2[i:i + 4] for i in range(0, 16, 4))),
       d.dec("totp", "used_recovery_code", lan(5) + "-" + lan(5)))
    return [(d, t)]


def wildfly(Doc):
    d = Doc("snippets/wildfly/configure-ds.cli", SN, "wildfly-jboss-cli")
    t = """# jboss-cli.sh --connect --file=configure-ds.cli
data-source add --name=LedgerDS --jndi-name=java:jboss/datasources/LedgerDS \\
  --driver-name=postgresql --connection-url=jdbc:postgresql://db-ledger:5432/ledger \\
  --user-name=ledger_app --password=%s
/subsystem=elytron/credential-store=cs:add-alias(alias=smtp, secret-value="%s")
/subsystem=elytron/credential-store=cs:add-alias(alias=ldap, secret-value="${env.LDAP_BIND_PW}")
""" % (d.pos("wildfly", "datasource_password", password()), d.pos("wildfly", "credential_store_secret", password()))
    d2 = Doc("snippets/wildfly/mgmt-users.properties", SN, "wildfly-mgmt-users")
    t2 = """# Users for the management realm: username=HEX( MD5( username ':' realm ':' password))
#$REALM_NAME=ManagementRealm$
admin=%s
monitor=%s
""" % (d2.dec("wildfly", "digest_hash", hx(32)), d2.dec("wildfly", "digest_hash", hx(32)))
    return [(d, t), (d2, t2)]


def homepage(Doc):
    d = Doc("snippets/homepage/services.yaml", SN, "homepage-services")
    t = """- Media:
    - Jellyfin:
        href: http://jellyfin.lan:8096
        widget:
          type: jellyfin
          url: http://jellyfin.lan:8096
          key: %s
    - Sonarr:
        widget:
          type: sonarr
          url: http://sonarr.lan:8989
          key: {{HOMEPAGE_VAR_SONARR_KEY}}
- Network:
    - AdGuard:
        widget:
          type: adguard
          url: http://adguard.lan
          username: admin
          password: %s
    - Portainer:
        widget:
          type: portainer
          url: https://portainer.lan:9443
          env: 2
          key: %s
""" % (d.pos("homepage", "jellyfin_api_key", hx(32)), d.pos("homepage", "adguard_password", password()),
       d.pos("homepage", "portainer_access_token", "ptr_" + b64u(43)))
    return [(d, t)]


def selfhosted(Doc):
    d = Doc("snippets/selfhosted/LocalSettings.php", SN, "mediawiki-localsettings")
    t = """<?php
$wgSitename = "Larch Wiki";
$wgDBtype = "mysql";
$wgDBserver = "db";
$wgDBname = "wiki";
$wgDBuser = "wiki";
$wgDBpassword = "%s";
$wgSecretKey = "%s";
$wgUpgradeKey = "%s";
$wgAuthenticationTokenVersion = "1";
$wgSMTP = [ 'host' => 'ssl://smtp.gmail.com', 'port' => 465, 'auth' => true,
            'username' => 'wiki@larchwood.dev', 'password' => '%s' ];
""" % (d.pos("selfhosted", "db_password", password()), d.pos("selfhosted", "mediawiki_secret_key", hx(64)),
       d.pos("selfhosted", "mediawiki_upgrade_key", hx(16)), d.pos("selfhosted", "gmail_app_password", " ".join(pick("abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4))))
    d2 = Doc("snippets/selfhosted/sabnzbd.ini", SN, "sabnzbd-ini")
    t2 = """[misc]
host = 0.0.0.0
port = 8080
api_key = %s
nzb_key = %s
username = nas
password = %s
[servers]
[[news.newshosting.com]]
username = larchnews
password = %s
""" % (d2.pos("selfhosted", "sabnzbd_api_key", hx(32)), d2.pos("selfhosted", "sabnzbd_nzb_key", hx(32)),
       d2.pos("selfhosted", "sabnzbd_web_password", password()), d2.pos("selfhosted", "usenet_password", password()))
    return [(d, t), (d2, t2)]


def proxysql(Doc):
    d = Doc("snippets/proxysql/rotate-admin.sql", SN, "proxysql-admin-sql")
    t = """-- mysql -u admin -p -h 127.0.0.1 -P 6032 < rotate-admin.sql
UPDATE global_variables SET variable_value='admin:%s;radmin:%s'
 WHERE variable_name='admin-admin_credentials';
UPDATE global_variables SET variable_value='%s' WHERE variable_name='mysql-monitor_password';
INSERT INTO mysql_users (username, password, default_hostgroup) VALUES ('shop', '%s', 10);
INSERT INTO mysql_users (username, password, default_hostgroup) VALUES ('report', '%s', 20);
LOAD ADMIN VARIABLES TO RUNTIME; SAVE ADMIN VARIABLES TO DISK;
""" % (d.pos("proxysql", "admin_password", urlsafe_password()), d.pos("proxysql", "radmin_password", urlsafe_password()),
       d.pos("proxysql", "monitor_password", password().replace("'", "")), d.pos("proxysql", "user_password", urlsafe_password()),
       d.dec("proxysql", "mysql_native_hash", "*" + hx(40).upper()))
    return [(d, t)]


def microsoftteams(Doc):
    d = Doc("snippets/microsoftteams/notify.ps1", SN, "teams-webhook-ps1")
    url = "https://larchwood.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (uuid(), uuid(), hx(32), uuid(), b64u(43))
    t = """param([string]$Message = "deploy finished")
$hook = '%s'
$body = @{ text = $Message } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $hook -Body $body -ContentType 'application/json'
# channel id for reference: %s
""" % (d.pos("microsoftteams", "incoming_webhook_url", url), d.dec("microsoftteams", "channel_id", "19:" + hx(32) + "@thread.tacv2"))
    return [(d, t)]


NATIVE = {f.__name__: [f] for f in (composer, sendmail, rclone, asterisk, cifs, vaultinit, conda, har, totp, wildfly,
                                    homepage, selfhosted, proxysql, microsoftteams)}
