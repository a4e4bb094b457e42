"""Providers whose credential lives in a file format of its own, written as that file."""
import json

from vals20 import R, rs, hx, HX, uuid, b64, b64_bytes, password, passphrase, mnemonic, AN, ANL, B64U


def dataconf(Doc):
    d = Doc("snippets/dataconf/airflow.env", "snippets", "airflow-env")
    pw = password()
    t = ("# scheduler env for the nightly ETL (do not commit, says the wiki)\n"
         "AIRFLOW_CONN_WAREHOUSE=postgres://etl_loader:%s@\n" % d.pos("dataconf", "airflow-conn-password", pw) +
         "AIRFLOW_CONN_S3_ARCHIVE=aws://?aws_access_key_id=%s&aws_secret_access_key=%s\n" % (d.pos("aws", "access-key-id", "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), d.pos("dataconf", "airflow-conn-secret", rs(40, AN))) +
         "AIRFLOW_CONN_METRICS=%s\n" % d.dec("dataconf", "env_reference", "${METRICS_CONN_URI}") +
         "AIRFLOW__CORE__FERNET_KEY_ID=%s\n" % d.dec("dataconf", "key_id", uuid()))
    d2 = Doc("snippets/dataconf/exporter.go", "snippets", "go-dsn")
    pw2 = password()
    t2 = ("package main\n\nimport (\n\t\"database/sql\"\n\t_ \"github.com/go-sql-driver/mysql\"\n)\n\n"
          "func open() (*sql.DB, error) {\n"
          "\treturn sql.Open(\"mysql\", \"exporter:%s@tcp(10.4.0.12:3306)/orders?parseTime=true\")\n}\n" % d2.pos("dataconf", "mysql-go-dsn-password", pw2) +
          "\n// template for new hosts: \"%s\"\n" % d2.dec("dataconf", "placeholder", "user:password@tcp(host:3306)/dbname"))
    d3 = Doc("snippets/dataconf/Info.plist", "snippets", "info-plist")
    t3 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n"
          "\t<key>CFBundleIdentifier</key>\n\t<string>com.acme.tally</string>\n"
          "\t<key>AnalyticsApplicationKey</key>\n\t<string>%s</string>\n" % d3.pos("dataconf", "info-plist-application-key", rs(32, AN)) +
          "\t<key>CFBundleVersion</key>\n\t<string>%s</string>\n" % d3.dec("dataconf", "version", "4.12.0") +
          "</dict>\n</plist>\n")
    return [(d, t), (d2, t2), (d3, t3)]


def jenkinshome(Doc):
    d = Doc("snippets/jenkinshome/jenkins.log", "snippets", "jenkins-log")
    t = ("2026-11-03 08:14:22.114+0000 [id=31]\tINFO\tjenkins.install.SetupWizard#init: \n\n"
         "*************************************************************\n\n"
         "Jenkins initial setup is required. An admin user has been created and a password generated.\n"
         "Please use the following password to proceed to installation:\n\n%s\n\n" % d.pos("jenkinshome", "initial-admin-password-shown", hx(32)) +
         "This may also be found at: /var/jenkins_home/secrets/initialAdminPassword\n\n"
         "*************************************************************\n"
         "2026-11-03 08:14:40.901+0000 [id=44]\tINFO\thudson.lifecycle.Lifecycle#onReady: Jenkins is fully up and running (instance %s)\n" % d.dec("jenkinshome", "instance_id", hx(32)))
    d2 = Doc("snippets/jenkinshome/backup-notes.txt", "snippets", "shell-transcript")
    t2 = ("$ sudo cat /var/lib/jenkins/secrets/initialAdminPassword\n%s\n" % d2.pos("jenkinshome", "initial-admin-password-shown", hx(32)) +
          "$ sha256sum /var/lib/jenkins/secrets/master.key\n%s  master.key\n" % d2.dec("jenkinshome", "sha256_checksum", hx(64)))
    return [(d, t), (d2, t2)]


def sonarconf(Doc):
    d = Doc("snippets/sonarconf/sonar.properties", "snippets", "java-properties")
    t = ("sonar.jdbc.url=jdbc:postgresql://db/sonarqube\nsonar.jdbc.username=sonar\n"
         "sonar.web.systemPasscode=%s\n" % d.pos("sonarconf", "system-passcode", password()) +
         "#sonar.web.systemPasscode=%s\n" % d.dec("sonarconf", "placeholder", "<passcode>") +
         "sonar.core.serverBaseURL=https://sonar.acme.dev\n")
    return [(d, t)]


def dvc(Doc):
    d = Doc("snippets/dvc/.dvc/config.local", "snippets", "dvc-config")
    t = ("['remote \"azstore\"']\n    account_name = acmeml\n    account_key = %s\n" % d.pos("dvc", "remote-credential", b64_bytes(64)) +
         "['remote \"ssh-nas\"']\n    url = ssh://nas.lan/srv/dvc\n    user = dvc\n    password = %s\n" % d.pos("dvc", "remote-credential", password()) +
         "['remote \"s3\"']\n    access_key_id = %s\n" % d.dec("dvc", "aws_docs_example", "AKIAIOSFODNN7EXAMPLE"))
    return [(d, t)]


def userpw(d, user, pw):
    return d.pos("bundler", "source-credentials", pw, shown=user + ":" + pw, accept=[user + ":" + pw])


def bundler(Doc):
    d = Doc("snippets/bundler/.bundle/config", "snippets", "bundler-config")
    t = ("---\nBUNDLE_PATH: \"vendor/bundle\"\n"
         "BUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"%s\"\n" % userpw(d, hx(8), hx(8)) +
         "BUNDLE_GEMS__ACME__DEV: \"%s\"\n" % userpw(d, "deploy", password(8)) +
         "BUNDLE_JOBS: \"%s\"\n" % d.dec("bundler", "number", "4"))
    return [(d, t)]


def gitlabsecrets(Doc):
    d = Doc("snippets/gitlabsecrets/gitlab-secrets.json", "snippets", "json")
    o = {"gitlab_rails": {"secret_key_base": "\x00A", "db_key_base": "\x00B", "otp_key_base": "\x00C"}}
    t = json.dumps(o, indent=2)
    t = t.replace('"\\u0000A"', '"%s"' % d.pos("gitlabsecrets", "key-base", hx(128)))
    t = t.replace('"\\u0000B"', '"%s"' % d.pos("gitlabsecrets", "key-base", hx(128)))
    t = t.replace('"\\u0000C"', '"%s"' % d.pos("gitlabsecrets", "key-base", hx(128)))
    t += "\n"
    return [(d, t)]


def fetchmail(Doc):
    d = Doc("snippets/fetchmail/.fetchmailrc", "snippets", "fetchmailrc")
    t = ("set daemon 300\nset logfile ~/.fetchmail.log\n"
         "poll imap.posteo.de proto IMAP\n  user \"greta@posteo.de\" there with password \"%s\" is greta here\n  ssl\n" % d.pos("fetchmail", "password", passphrase()) +
         "poll mail.acme.dev proto POP3 user \"ops\" password %s\n" % d.pos("fetchmail", "password", password(6)) +
         "# poll old.example.org user \"x\" password \"%s\"\n" % d.dec("fetchmail", "placeholder", "********"))
    return [(d, t)]


def zulip(Doc):
    d = Doc("snippets/zulip/zuliprc", "snippets", "zuliprc")
    t = ("[api]\nemail=deploy-bot@chat.acme.dev\nkey=%s\nsite=https://chat.acme.dev\n" % d.pos("zulip", "zuliprc-api-key", rs(32, AN)) +
         "# stream id %s\n" % d.dec("zulip", "stream_id", str(R.randrange(10, 999))))
    return [(d, t)]


def xml_pos(d, pw):
    """FileZilla writes the password XML-escaped; the escaped text is accepted too."""
    esc = pw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return d.pos("filezilla", "password", pw, shown=esc, accept=[esc]) if esc != pw else d.pos("filezilla", "password", pw)


def filezilla(Doc):
    d = Doc("snippets/filezilla/sitemanager.xml", "snippets", "filezilla-xml")
    p1, p2 = password(), password()
    t = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>\n<FileZilla3 version=\"3.66.1\" platform=\"windows\">\n<Servers>\n"
         "  <Server>\n    <Host>ftp.printshop.example.net</Host>\n    <Port>21</Port>\n    <User>upload</User>\n"
         "    <Pass encoding=\"base64\">%s</Pass>\n    <Name>Print shop</Name>\n  </Server>\n" % d.pos("filezilla", "password", p1, shown=b64(p1), encoded="base64", encoded_value=b64(p1), accept=[b64(p1)]) +
         "  <Server>\n    <Host>sftp.acme.dev</Host>\n    <Protocol>1</Protocol>\n    <User>www</User>\n    <Pass>%s</Pass>\n  </Server>\n" % xml_pos(d, p2) +
         "  <Server>\n    <Host>mirror.acme.dev</Host>\n    <User>anon</User>\n    <Logontype>%s</Logontype>\n  </Server>\n" % d.dec("filezilla", "logon_type", "0") +
         "</Servers>\n</FileZilla3>\n")
    return [(d, t)]


def har(Doc):
    d = Doc("snippets/har/checkout.har", "snippets", "har")
    tok, sess, pw = rs(40, AN), hx(32), password()
    t = ("{\n  \"log\": {\n    \"version\": \"1.2\",\n    \"entries\": [\n      {\n        \"request\": {\n          \"method\": \"POST\",\n"
         "          \"url\": \"https://api.shop.acme.dev/v2/login\",\n          \"headers\": [\n"
         "            {\"name\": \"Authorization\", \"value\": \"Bearer %s\"},\n" % d.pos("har", "request-header-token", tok) +
         "            {\"name\": \"X-Request-Id\", \"value\": \"%s\"}\n          ],\n" % d.dec("har", "request_id", uuid()) +
         "          \"cookies\": [{\"name\": \"sessionid\", \"value\": \"%s\"}],\n" % d.pos("har", "session-cookie", sess) +
         "          \"postData\": {\"mimeType\": \"application/x-www-form-urlencoded\", \"params\": [{\"name\": \"username\", \"value\": \"priya\"}, {\"name\": \"password\", \"value\": \"%s\"}]}\n" % d.pos("har", "posted-secret", pw) +
         "        },\n        \"response\": {\"status\": 200, \"headers\": [{\"name\": \"ETag\", \"value\": \"W/\\\"%s\\\"\"}]}\n      }\n    ]\n  }\n}\n" % d.dec("har", "etag", hx(32)))
    return [(d, t)]


def sendmail(Doc):
    d = Doc("snippets/sendmail/authinfo", "snippets", "sendmail-authinfo")
    t = ("AuthInfo:smtp.fastmail.com \"U:relay@acme.dev\" \"I:relay@acme.dev\" \"P:%s\" \"M:PLAIN\"\n" % d.pos("sendmail", "authinfo-password", password()) +
         "AuthInfo:127.0.0.1 \"U:smmsp\" \"P:%s\"\n" % d.dec("sendmail", "placeholder", "yourpassword"))
    return [(d, t)]


def daemonfiles(Doc):
    d = Doc("snippets/daemonfiles/ipsec.secrets", "snippets", "ipsec-secrets")
    t = ("# /etc/ipsec.secrets - strongSwan IPsec secrets file\n"
         ": RSA %s\n" % d.dec("daemonfiles", "key_file_name", "vpn-gw.key.pem") +
         "203.0.113.10 198.51.100.7 : PSK \"%s\"\n" % d.pos("daemonfiles", "strongswan-secret", rs(32, AN + "+/")) +
         "marek : EAP \"%s\"\n" % d.pos("daemonfiles", "strongswan-secret", password()))
    d2 = Doc("snippets/daemonfiles/snmpd.conf", "snippets", "snmpd-conf")
    t2 = ("sysLocation rack B4, Vienna\nrocommunity %s 10.20.0.0/16\n" % d2.pos("daemonfiles", "snmp-community", "nms" + rs(10, AN)) +
          "rocommunity %s localhost\n" % d2.dec("daemonfiles", "default_community", "public") +
          "createUser monitor SHA \"%s\" AES \"%s\"\n" % (d2.pos("daemonfiles", "snmpv3-auth-passphrase", password()), d2.pos("daemonfiles", "snmpv3-priv-passphrase", password())))
    d3 = Doc("snippets/daemonfiles/chap-secrets", "snippets", "ppp-secrets")
    t3 = ("# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\n"
          "\"dsl-line-4471\"\t*\t\"%s\"\t*\n" % d3.pos("daemonfiles", "ppp-secret", password()))
    return [(d, t), (d2, t2), (d3, t3)]


def wifipsk(Doc):
    d = Doc("snippets/wifipsk/hostapd.conf", "snippets", "hostapd-conf")
    t = ("interface=wlan0\ndriver=nl80211\nssid=Workshop-IoT\nhw_mode=g\nchannel=6\nwpa=2\n"
         "wpa_passphrase=%s\n" % d.pos("wifipsk", "passphrase", password()) +
         "wpa_key_mgmt=WPA-PSK\nrsn_pairwise=CCMP\n# bssid %s\n" % d.dec("wifipsk", "bssid", "a4:2b:b0:%02x:%02x:%02x" % (R.randrange(256), R.randrange(256), R.randrange(256))))
    d2 = Doc("snippets/wifipsk/boot.py", "snippets", "micropython")
    t2 = ("import network\n\nsta = network.WLAN(network.STA_IF)\nsta.active(True)\n"
          "sta.connect(\"greenhouse\", \"%s\")\n" % d2.pos("wifipsk", "connect-call", password()) +
          "# firmware sha256 %s\n" % d2.dec("wifipsk", "sha256_checksum", hx(64)))
    return [(d, t), (d2, t2)]


def davfs2(Doc):
    d = Doc("snippets/davfs2/secrets", "snippets", "davfs2-secrets")
    t = ("# davfs2 secrets file\n/mnt/nextcloud  lucia  \"%s\"\n" % d.pos("davfs2", "secrets-password", passphrase()) +
         "https://dav.box.acme.dev/remote.php/webdav backup %s\n" % d.pos("davfs2", "secrets-password", password()))
    return [(d, t)]


def selfhosted(Doc):
    d = Doc("snippets/selfhosted/LocalSettings.php", "snippets", "php-mediawiki")
    t = ("<?php\n$wgSitename = \"Lab Wiki\";\n$wgDBtype = \"mysql\";\n$wgDBserver = \"localhost\";\n$wgDBuser = \"wikiuser\";\n"
         "$wgDBpassword = '%s';\n" % d.pos("selfhosted", "php-db-password", password()) +
         "$wgSecretKey = \"%s\";\n" % d.pos("selfhosted", "mediawiki-key", hx(64)) +
         "$wgUpgradeKey = \"%s\";\n" % d.pos("selfhosted", "mediawiki-key", hx(16)) +
         "$wgSMTP = [ 'host' => 'ssl://smtp.gmail.com', 'port' => 465, 'auth' => true, 'username' => 'labwiki@gmail.com', 'password' => '%s' ];\n" % d.pos("selfhosted", "gmail-app-password", " ".join(rs(4, "abcdefghijklmnopqrstuvwxyz") for _ in range(4))) +
         "$wgCacheEpoch = \"%s\";\n" % d.dec("selfhosted", "timestamp", "20261103081500"))
    d2 = Doc("snippets/selfhosted/update_server.sh", "snippets", "shell")
    t2 = ("#!/bin/sh\n/opt/steamcmd/steamcmd.sh +force_install_dir /srv/valheim +login acmebuilds %s +app_update 896660 validate +quit\n" % d2.pos("selfhosted", "steamcmd-login", password()) +
          "# anonymous login works for the dedicated server: +login %s\n" % d2.dec("selfhosted", "anonymous_login", "anonymous"))
    return [(d, t), (d2, t2)]


def hiera(Doc):
    d = Doc("snippets/hiera/data/common.yaml", "snippets", "hiera-yaml")
    t = ("---\nprofile::db::host: 'db01.acme.lan'\n"
         "profile::db::password: '%s'\n" % d.pos("hiera", "password", password()) +
         "profile::ldap::bind_passwd: %s\n" % d.pos("hiera", "password", password(1)) +
         "profile::app::secret_key: '%s'\n" % d.pos("hiera", "credential", hx(48)) +
         "profile::mail::password: %s\n" % d.dec("hiera", "eyaml_encrypted", "ENC[PKCS7," + b64_bytes(90) + "]") +
         "profile::app::api_key_id: '%s'\n" % d.dec("hiera", "key_id", uuid()))
    return [(d, t)]


def pk(d):
    v = "0x" + hx(64)
    return d.pos("ethereum", "private-key", v, accept=[v[2:]])


def ethereum(Doc):
    d = Doc("snippets/ethereum/deploy.ts", "snippets", "typescript-ethers")
    t = ("import { ethers } from \"ethers\";\n\nconst provider = new ethers.JsonRpcProvider(process.env.RPC_URL);\n"
         "const deployer = new ethers.Wallet(\"%s\", provider);\n" % pk(d) +
         "const treasury = \"%s\";\n" % d.dec("ethereum", "address", "0x" + hx(40)) +
         "const mnemonic = \"%s\";\n" % d.pos("ethereum", "mnemonic", mnemonic(12)) +
         "// hardhat's public test mnemonic, for the local node only: \"%s\"\n" % d.dec("ethereum", "public_test_mnemonic", "test test test test test test test test test test test junk"))
    return [(d, t)]


NATIVE = {"dataconf": [dataconf], "jenkinshome": [jenkinshome], "sonarconf": [sonarconf], "dvc": [dvc], "bundler": [bundler],
          "gitlabsecrets": [gitlabsecrets], "fetchmail": [fetchmail], "zulip": [zulip], "filezilla": [filezilla], "har": [har],
          "sendmail": [sendmail], "daemonfiles": [daemonfiles], "wifipsk": [wifipsk], "davfs2": [davfs2], "selfhosted": [selfhosted],
          "hiera": [hiera], "ethereum": [ethereum]}
