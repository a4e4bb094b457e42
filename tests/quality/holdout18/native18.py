"""Snippets for providers whose credential lives in a file format of its own."""
import hashlib

from vals18 import AN, B64U, DG, LO, UP, an, b64, b64raw, digits, hx, password, pem, s, uuid


def jettyrealm(Doc):
    d = Doc("snippets/jettyrealm/etc/realm.properties", "snippets", "realm-properties")
    t = "# Jetty HashLoginService users\n"
    t += "deployer: %s,admin,deployer\n" % d.pos("jettyrealm", "password", password(0))
    t += "monitor: %s,user\n" % d.pos("jettyrealm", "password", password(5))
    t += "legacy: %s,user\n" % d.dec("jettyrealm", "md5_hash", "MD5:" + hx(32))
    t += "guest: %s,user\n" % d.dec("jettyrealm", "obfuscated", "OBF:" + s("0123456789abcdefghijklmnopqrstuvwxyz", 24))
    t += "ops: %s,admin\n" % d.dec("jettyrealm", "crypt_hash", "CRYPT:" + s(AN + "./", 13))
    return d, t


def davfs2(Doc):
    d = Doc("snippets/davfs2/etc/davfs2/secrets", "snippets", "davfs2-secrets")
    t = "# davfs2 secrets file (mode 600)\n"
    t += "https://cloud.wrenfield.example/remote.php/dav/files/ines/ ines %s\n" % d.pos("davfs2", "password", password(2))
    t += "/mnt/backup-dav backupuser %s\n" % d.pos("davfs2", "password", password(3))
    t += "# /mnt/old olduser %s\n" % d.dec("davfs2", "placeholder", "password")
    return d, t


def dvc(Doc):
    d = Doc("snippets/dvc/.dvc/config.local", "snippets", "dvc-config")
    t = "['remote \"storage\"']\n    url = s3://ml-artifacts-quill/dvc\n"
    t += "    access_key_id = %s\n" % d.pos("dvc", "access_key_id", "AKIA" + s(UP + "234567", 16))
    t += "    secret_access_key = %s\n" % d.pos("dvc", "secret_access_key", s(AN + "+/", 40))
    t += "['remote \"nas\"']\n    url = ssh://dvc@nas.lan/srv/dvc\n    user = dvc\n"
    t += "    password = %s\n" % d.pos("dvc", "ssh_password", password(1))
    t += "['remote \"web\"']\n    url = https://dvc.example.org/store\n    ask_password = true\n"
    return d, t


def sbt(Doc):
    d = Doc("snippets/sbt/.sbt/.credentials", "snippets", "sbt-credentials")
    t = "realm=Sonatype Nexus Repository Manager\nhost=nexus.heronlabs.example\nuser=deploy-bot\n"
    t += "password=%s\n" % d.pos("sbt", "password", password(6))
    return d, t


def esphome(Doc):
    d = Doc("snippets/esphome/greenhouse.yaml", "snippets", "esphome-yaml")
    t = "esphome:\n  name: greenhouse\nesp32:\n  board: esp32dev\n\napi:\n  encryption:\n"
    t += "    key: \"%s\"\n" % d.pos("esphome", "api_encryption_key", b64raw(32))
    t += "ota:\n  - platform: esphome\n    password: \"%s\"\n" % d.pos("esphome", "ota_password", password(8))
    t += "wifi:\n  ssid: !secret wifi_ssid\n  password: !secret wifi_password\n  ap:\n"
    t += "    password: \"%s\"\n" % d.pos("esphome", "fallback_ap_password", password(3))
    t += "# mac: %s\n" % d.dec("esphome", "mac_address", ":".join(hx(2) for _ in range(6)))
    return d, t


def wildfly(Doc):
    d = Doc("snippets/wildfly/standalone.xml", "snippets", "wildfly-xml")
    t = "<subsystem xmlns=\"urn:jboss:domain:datasources:7.0\">\n  <datasources>\n"
    t += "    <datasource jndi-name=\"java:jboss/datasources/OrdersDS\" pool-name=\"OrdersDS\">\n"
    t += "      <connection-url>jdbc:postgresql://db:5432/orders</connection-url>\n"
    t += "      <security user-name=\"orders\">\n"
    t += "        <credential-reference clear-text=\"%s\"/>\n" % d.pos("wildfly", "clear_text", password(0))
    t += "      </security>\n    </datasource>\n  </datasources>\n</subsystem>\n"
    t += "<credential-store name=\"cs\" relative-to=\"jboss.server.data.dir\" location=\"cs.jceks\" create=\"true\">\n"
    t += "  <credential-reference clear-text=\"%s\"/>\n</credential-store>\n" % d.pos("wildfly", "clear_text", password(4))
    t += "<credential-reference store=\"cs\" alias=\"%s\"/>\n" % d.dec("wildfly", "alias", "orders-db-pw")
    t += "<credential-reference clear-text=\"%s\"/>\n" % d.dec("wildfly", "expression", "${env.KEYSTORE_PASSWORD}")
    return d, t


def kubernetes(Doc):
    d = Doc("snippets/kubernetes/kubeconfig-ci.yaml", "snippets", "kubeconfig")
    key = pem("RSA PRIVATE KEY", 1190)
    t = "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n"
    t += "    certificate-authority-data: %s\n" % d.dec("kubernetes", "ca_certificate", b64("-----BEGIN CERTIFICATE-----\n" + b64raw(600) + "\n-----END CERTIFICATE-----\n"))
    t += "    server: https://10.40.0.1:6443\n  name: ci\nusers:\n- name: ci-deployer\n  user:\n"
    t += "    token: %s\n" % d.pos("kubernetes", "service_account_token", "eyJhbGciOiJSUzI1NiIsImtpZCI6Ii" + s(B64U, 40) + "." + b64('{"iss":"kubernetes/serviceaccount","sub":"system:serviceaccount:ci:deployer"}').rstrip("=") + "." + s(B64U, 342))
    t += "- name: admin\n  user:\n"
    t += "    client-key-data: %s\n" % d.b64("kubernetes", "client_key", key + "\n")
    t += "# kubeadm join 10.40.0.1:6443 --token %s --discovery-token-ca-cert-hash %s\n" % (
        d.pos("kubernetes", "bootstrap_token", s(LO + DG, 6) + "." + s(LO + DG, 16)), d.dec("kubernetes", "ca_cert_hash", "sha256:" + hx(64)))
    return d, t


def daemonfiles(Doc):
    d = Doc("snippets/daemonfiles/etc/wpa_supplicant/wpa_supplicant.conf", "snippets", "wpa-supplicant")
    t = "ctrl_interface=/var/run/wpa_supplicant\nnetwork={\n    ssid=\"Wrenfield-Guest\"\n"
    t += "    psk=\"%s\"\n}\n" % d.pos("daemonfiles", "wpa_psk", password(5))
    t += "network={\n    ssid=\"Wrenfield-IoT\"\n    psk=%s\n}\n" % d.pos("daemonfiles", "wpa_psk_hex", hx(64))
    return d, t


def daemonfiles2(Doc):
    d = Doc("snippets/daemonfiles/etc/snmp/snmpd.conf", "snippets", "snmpd-conf")
    t = "agentAddress udp:161\n"
    t += "rocommunity %s 10.20.0.0/16\n" % d.pos("daemonfiles", "snmp_community", "wr3n" + an(8))
    t += "rocommunity %s localhost\n" % d.dec("daemonfiles", "default_community", "public")
    t += "createUser monitor SHA-256 \"%s\" AES \"%s\"\n" % (d.pos("daemonfiles", "snmpv3_auth", password(0)), d.pos("daemonfiles", "snmpv3_priv", password(1)))
    return d, t


def e2e(Doc):
    d = Doc("snippets/e2e/tests/e2e/login.spec.ts", "snippets", "playwright-e2e")
    t = "import { test, expect } from '@playwright/test';\n\n"
    t += "const USER = process.env.E2E_USER || 'qa-admin@fernhill.example';\n"
    t += "const PASSWORD = process.env.E2E_PASSWORD || '%s';\n" % d.pos("e2e", "env_fallback_password", password(0))
    t += "const API_TOKEN = process.env.E2E_API_TOKEN ?? '%s';\n" % d.pos("e2e", "env_fallback_token", an(32))
    t += "const BAD = '%s'; // deliberately wrong for the lockout test\n" % d.dec("e2e", "test_fixture", "wrong-password")
    t += "\ntest('admin can log in', async ({ page }) => {\n  await page.fill('#email', USER);\n  await page.fill('#password', PASSWORD);\n});\n"
    return d, t


def sendmail(Doc):
    d = Doc("snippets/sendmail/etc/mail/authinfo", "snippets", "sendmail-authinfo")
    t = "AuthInfo:smtp.relay.wrenfield.example \"U:smtp-relay\" \"I:smtp-relay\" \"P:%s\" \"M:PLAIN\"\n" % d.pos("sendmail", "password", password(2))
    t += "AuthInfo:mail.example.net \"U:root\" \"P:%s\"\n" % d.pos("sendmail", "password", password(6))
    return d, t


def rclone(Doc):
    d = Doc("snippets/rclone/rclone.conf", "snippets", "rclone-conf")
    t = "[wasabi]\ntype = s3\nprovider = Wasabi\n"
    t += "access_key_id = %s\n" % d.dec("rclone", "access_key_id", s(UP + DG, 20))
    t += "secret_access_key = %s\n" % d.pos("rclone", "secret_access_key", s(AN, 40))
    t += "endpoint = s3.eu-central-1.wasabisys.com\n\n[box]\ntype = box\n"
    t += "token = {\"access_token\":\"%s\",\"token_type\":\"bearer\",\"refresh_token\":\"%s\",\"expiry\":\"2026-11-30T10:00:00Z\"}\n" % (
        d.pos("rclone", "oauth_access_token", an(32)), d.pos("rclone", "oauth_refresh_token", an(64)))
    t += "\n[crypt]\ntype = crypt\nremote = wasabi:vault\n"
    t += "password = %s\n" % d.pos("rclone", "crypt_password_obscured", s(B64U, 38))
    return d, t


def lftp(Doc):
    d = Doc("snippets/lftp/mirror-site.lftp", "snippets", "lftp-script")
    t = "set ssl:verify-certificate no\n"
    t += "open -u webdeploy,%s ftp.heronprint.example\n" % d.pos("lftp", "password", password(5))
    t += "mirror -R ./public /htdocs\n"
    t += "open sftp://backup:%s@files.heronprint.example\n" % d.secret("lftp", "url_password", "sftp://backup:%s@files.heronprint.example" % password(0))
    t += "bye\n"
    return d, t


def mbsync(Doc):
    d = Doc("snippets/mbsync/.mbsyncrc", "snippets", "mbsyncrc")
    t = "IMAPAccount work\nHost imap.fernhill.example\nUser ines@fernhill.example\n"
    t += "Pass %s\n" % d.pos("mbsync", "password", password(7).replace(" ", "-"))
    t += "SSLType IMAPS\n\nIMAPAccount personal\nHost imap.fastmail.com\nUser ines@fastmail.com\n"
    t += "PassCmd \"%s\"\n" % d.dec("mbsync", "pass_command", "pass show mail/fastmail")
    t += "\nIMAPAccount old\nHost mail.oldhost.example\nUser ines\n"
    t += "Pass \"%s\"\n" % d.pos("mbsync", "password", password(4))
    return d, t


NATIVE = {"jettyrealm": [jettyrealm], "davfs2": [davfs2], "dvc": [dvc], "sbt": [sbt], "esphome": [esphome],
          "wildfly": [wildfly], "kubernetes": [kubernetes], "daemonfiles": [daemonfiles, daemonfiles2], "e2e": [e2e],
          "sendmail": [sendmail], "rclone": [rclone], "lftp": [lftp], "mbsync": [mbsync]}
