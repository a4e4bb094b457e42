"""Snippets for providers whose credential lives in a file or command of its own."""
from vals23 import R, rs, hexs, uuid, digits, b64, b64bytes, password, urlsafe_password, urlenc, AN, LAN, LO, UP


def lftp(Doc):
    d = Doc("snippets/lftp/mirror-site.lftp", "snippets", "lftp-script")
    pw = urlsafe_password()
    t = ("# nightly mirror of the brochure site\nset ssl:verify-certificate yes\nset net:max-retries 3\n"
         "open -u deploy,%s sftp://files.example-print.net:2222\n" % d.pos("lftp", "open-password", pw, shape="lftp-script:open-u") +
         "mirror -R --delete ./public /var/www/brochure\n# fingerprint %s\nbye\n" % d.dec("lftp", "host_key_sha256", "SHA256:" + b64bytes(32).rstrip("=")))
    return [(d, t)]


def sbt(Doc):
    d = Doc("snippets/sbt/credentials.sbt", "snippets", "sbt")
    pw = rs(AN, 24)
    t = ('credentials += Credentials(\n  "Sonatype Nexus Repository Manager",\n  "nexus.internal.example.com",\n  "ci-publisher",\n  "%s"\n)\n' % d.pos("sbt", "credentials-password", pw, shape="sbt:positional") +
         'publishTo := Some("releases" at "https://nexus.internal.example.com/repository/maven-releases/")\n'
         '// checksum of the last published jar: %s\n' % d.dec("sbt", "sha1", hexs(40)))
    d2 = Doc("snippets/sbt/.sbt/.credentials", "snippets", "sbt-credentials-file")
    pw2 = password(no_space=True)
    t2 = "realm=Artifactory Realm\nhost=artifacts.example.com\nuser=jenkins\npassword=%s\n" % d2.pos("sbt", "credentials-file-password", pw2)
    return [(d, t), (d2, t2)]


def s3fs(Doc):
    d = Doc("snippets/s3fs/passwd-s3fs", "snippets", "s3fs-passwd")
    t = "%s:%s\n" % (d.pos("aws", "access-key-id", "AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)), d.pos("s3fs", "secret", rs(AN + "+/", 40)))
    d2 = Doc("snippets/s3fs/fstab", "snippets", "fstab")
    t2 = ("# media bucket\nmedia-archive /mnt/media fuse.s3fs _netdev,allow_other,passwd_file=/etc/passwd-s3fs,url=https://s3.eu-central-1.amazonaws.com 0 0\n"
          "UUID=%s / ext4 defaults 0 1\n" % d2.dec("s3fs", "fs_uuid", uuid()))
    return [(d, t), (d2, t2)]


def cifs(Doc):
    d = Doc("snippets/cifs/mount-nas.sh", "snippets", "shell")
    pw = password(no_space=True).replace("'", "")
    t = ("#!/bin/sh\n# mount the scanner share on the office NAS\nmkdir -p /mnt/scans\n"
         "mount -t cifs //nas01/scans /mnt/scans -o username=scanner,password='%s',vers=3.0,uid=1000\n" % d.pos("cifs", "mount-password", pw, shape="shell:mount-o") +
         "mount -t cifs //nas01/public /mnt/public -o guest,credentials=/root/.smbcred\n")
    return [(d, t)]


def mongodbkeyfile(Doc):
    d = Doc("snippets/mongodbkeyfile/replica.key", "snippets", "mongodb-keyfile")
    key = b64bytes(756)
    lines = [key[i:i + 76] for i in range(0, len(key), 76)]
    t = d.pos("mongodbkeyfile", "keyfile", "\n".join(lines), match="pem") + "\n"
    d2 = Doc("snippets/mongodbkeyfile/mongod.conf", "snippets", "mongod-conf")
    t2 = ("security:\n  keyFile: /etc/mongo/replica.key\n  authorization: enabled\nreplication:\n  replSetName: %s\n" % d2.dec("mongodbkeyfile", "replset_name", "rs-orders"))
    return [(d, t), (d2, t2)]


def apple(Doc):
    d = Doc("snippets/apple/fastlane/.env.default", "snippets", "dotenv")
    asp = "-".join(rs(LO, 4) for _ in range(4))
    t = ("# fastlane match + upload\nFASTLANE_USER=ios-release@example.com\n"
         "FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=%s\n" % d.pos("apple", "app-specific-password", asp) +
         "FASTLANE_TEAM_ID=%s\nAPP_STORE_APP_ID=%s\n" % (d.dec("apple", "team_id", rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10)), d.dec("apple", "apple_id", digits(10))) +
         "# old one, revoked in March: %s\n" % d.dec("apple", "masked", "xxxx-xxxx-xxxx-" + asp[-4:]))
    return [(d, t)]


def cfnparams(Doc):
    d = Doc("snippets/cfnparams/params/prod.json", "snippets", "cfn-params-json")
    pw = rs(AN, 22)
    t = ('[\n  {"ParameterKey": "Environment", "ParameterValue": "prod"},\n'
         '  {"ParameterKey": "DBMasterPassword", "ParameterValue": "%s"},\n' % d.pos("cfnparams", "parameter-value", pw) +
         '  {"ParameterKey": "VpcId", "ParameterValue": "%s"},\n' % d.dec("cfnparams", "vpc_id", "vpc-" + hexs(17)) +
         '  {"ParameterKey": "CertificateArn", "ParameterValue": "%s"}\n]\n' % d.dec("cfnparams", "acm_arn", "arn:aws:acm:eu-west-1:%s:certificate/%s" % (digits(12), uuid())))
    d2 = Doc("snippets/cfnparams/deploy.sh", "snippets", "shell")
    pw2 = urlsafe_password()
    t2 = ("aws cloudformation deploy --stack-name billing-db --template-file db.yml \\\n"
          "  --parameter-overrides Env=prod AdminPassword=%s InstanceClass=db.t4g.medium\n" % d2.pos("cfnparams", "parameter-override", pw2, shape="shell:parameter-overrides"))
    return [(d, t), (d2, t2)]


def clojars(Doc):
    d = Doc("snippets/clojars/deps-deploy.sh", "snippets", "shell")
    tok = "CLOJARS_" + hexs(60)
    t = ("#!/usr/bin/env bash\nset -euo pipefail\n"
         "export CLOJARS_USERNAME=acme-bot\nexport CLOJARS_PASSWORD=%s\n" % d.pos("clojars", "deploy-token", tok) +
         "clojure -T:build jar && clojure -X:deploy\n")
    return [(d, t)]


def fetchmail(Doc):
    d = Doc("snippets/fetchmail/.fetchmailrc", "snippets", "fetchmailrc")
    pw = password(no_space=True).replace('"', "")
    t = ("set daemon 300\nset logfile ~/.fetchmail.log\n"
         'poll imap.example-mail.org with proto IMAP\n  user "helpdesk@example-mail.org" there with password "%s" is helpdesk here\n' % d.pos("fetchmail", "password", pw) +
         "  options ssl sslfingerprint \"%s\" keep\n" % d.dec("fetchmail", "cert_fingerprint", ":".join(hexs(2).upper() for _ in range(16))))
    return [(d, t)]


def composer(Doc):
    d = Doc("snippets/composer/COMPOSER_AUTH.env", "snippets", "dotenv-json")
    gh = "ghp_" + rs(AN, 36)
    pw = rs(AN, 32)
    t = ("# CI variable, pasted from the runner settings\n"
         'COMPOSER_AUTH={"github-oauth":{"github.com":"%s"},"http-basic":{"repo.packagist.com":{"username":"token","password":"%s"}}}\n'
         % (d.pos("github", "pat-classic", gh, shape="dotenv-json:nested"), d.pos("composer", "http-basic-password", pw, shape="dotenv-json:nested")))
    return [(d, t)]


def e2e(Doc):
    d = Doc("snippets/e2e/playwright.config.ts", "snippets", "playwright-config")
    pw = password(no_space=True).replace("'", "")
    t = ("import { defineConfig } from '@playwright/test';\n\n"
         "const ADMIN_USER = process.env.E2E_USER || 'qa-admin@example.com';\n"
         "const ADMIN_PASSWORD = process.env.E2E_PASSWORD || '%s';\n\n" % d.pos("e2e", "env-fallback-password", pw) +
         "export default defineConfig({\n  use: { baseURL: 'https://staging.example.com', httpCredentials: { username: ADMIN_USER, password: ADMIN_PASSWORD } },\n"
         "  // trace id of the flaky run: %s\n});\n" % d.dec("e2e", "trace_id", hexs(32)))
    return [(d, t)]


NATIVE = {"lftp": [lftp], "sbt": [sbt], "s3fs": [s3fs], "cifs": [cifs], "mongodbkeyfile": [mongodbkeyfile], "apple": [apple],
          "cfnparams": [cfnparams], "clojars": [clojars], "fetchmail": [fetchmail], "composer": [composer], "e2e": [e2e]}
