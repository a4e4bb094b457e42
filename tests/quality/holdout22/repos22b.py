"""repos/ half, part 2: mail/DNS/identity daemons, homelab tools, mainstream cloud CI/IaC and
application source, and shapes (encodings, multi-line names, shell defaults, notes)."""
import json

from vals22 import (R, an, hx, HX, lan, uan, b64u, uuid, pick, digits, b64raw, b64, urlq, password,
                    urlsafe_password, aws_pair, AN, UP, DIG, LOW)

P = "password"
DOCS = []
_D = []


def K(path, shape):
    return _D[0]("repos/" + path, "repos", shape)


def add(d, t):
    DOCS.append((d, t))


def mail_dns_identity():
    # 44 Postal
    d = K("mail/postal/postal.yml", "postal-yaml")
    add(d, """version: 2
postal:
  web_hostname: postal.larchwood.dev
main_db:
  host: mariadb
  username: postal
  password: %s
  database: postal
message_db:
  host: mariadb
  username: postal
  password: %s
rails:
  secret_key: %s
smtp:
  host: 127.0.0.1
  username: postal-internal
  password: %s
""" % (d.pos(P, "db_password", urlsafe_password()), d.pos(P, "db_password", urlsafe_password()), d.pos(P, "rails_secret_key", hx(128)),
       d.pos(P, "smtp_password", urlsafe_password())))

    # 45 Mailu
    d = K("mail/mailu/mailu.env", "mailu-env")
    add(d, """SECRET_KEY=%s
DOMAIN=larchwood.dev
HOSTNAMES=mail.larchwood.dev
INITIAL_ADMIN_ACCOUNT=postmaster
INITIAL_ADMIN_DOMAIN=larchwood.dev
INITIAL_ADMIN_PW=%s
API_TOKEN=%s
RELAYHOST=[smtp.sendgrid.net]:587
""" % (d.pos(P, "secret_key", uan(16)), d.pos(P, "admin_password", password()), d.pos(P, "api_token", hx(32))))

    # 46 Stalwart
    d = K("mail/stalwart/etc/config.toml", "stalwart-toml")
    add(d, """[server]
hostname = "mx.larchwood.dev"

[authentication.fallback-admin]
user = "admin"
secret = "%s"

[store."postgresql"]
type = "postgresql"
host = "pg"
database = "stalwart"
user = "stalwart"
password = "%s"

[directory."internal".principals.0]
name = "lotte"
secret = "%s"
""" % (d.pos(P, "fallback_admin_secret", password().replace('"', "")), d.pos(P, "db_password", urlsafe_password()),
       d.dec(P, "sha512_crypt_hash", "$6$" + an(16) + "$" + pick(AN + "./", 86))))

    # 47 Maddy: shell history of account creation
    d = K("mail/maddy/root.bash_history", "maddy-history")
    add(d, """cd /etc/maddy
maddy creds create --password %s postmaster@larchwood.dev
maddy imap-acct create postmaster@larchwood.dev
maddy creds create lotte@larchwood.dev
maddy creds password --password '%s' lotte@larchwood.dev
systemctl restart maddy
journalctl -u maddy -n 50
""" % (d.pos(P, "cli_password", urlsafe_password()), d.pos(P, "cli_password", password().replace("'", ""))))

    # 48 Haraka
    d = K("mail/haraka/config/auth_flat_file.ini", "haraka-ini")
    add(d, """[core]
methods=PLAIN,LOGIN,CRAM-MD5

[users]
scanner=%s
crm-app=%s
""" % (d.pos(P, "smtp_user_password", password()), d.pos(P, "smtp_user_password", urlsafe_password())))
    d = K("mail/haraka/config/smtp_forward.ini", "haraka-ini")
    add(d, """host=smtp.eu.mailgun.org
port=587
enable_tls=true
auth_type=plain
auth_user=postmaster@mg.larchwood.dev
auth_pass=%s
""" % d.pos("mailgun", "smtp_password", hx(32) + "-" + hx(8) + "-" + hx(8)))

    # 49 Exim passwd.client
    d = K("mail/exim4/passwd.client", "exim-passwd-client")
    add(d, """# password file used when the local exim is authenticating to a remote host as a client.
# target.mail.server.example:login:password
*.sendgrid.net:apikey:%s
smtp.office365.com:relay@larchwood.dev:%s
""" % (d.pos("sendgrid", "api_key", "SG." + b64u(22) + "." + b64u(43)), d.pos(P, "smtp_password", password().replace(":", "."))))

    # 50 OpenLDAP
    d = K("auth/openldap/slapd.conf", "openldap-slapd")
    add(d, """database mdb
suffix "dc=larch,dc=lan"
rootdn "cn=admin,dc=larch,dc=lan"
rootpw %s
directory /var/lib/ldap

database config
rootdn "cn=config"
rootpw %s
""" % (d.pos(P, "rootpw_plain", password().replace(" ", "")), d.dec(P, "ssha_hash", "{SSHA}" + b64raw(24))))
    d = K("auth/openldap/nslcd.conf", "nslcd-conf")
    add(d, """uri ldaps://ldap.larch.lan/
base dc=larch,dc=lan
binddn cn=nslcd,ou=services,dc=larch,dc=lan
bindpw %s
tls_reqcert demand
""" % d.pos(P, "bindpw", password().replace(" ", "")))

    # 51 FreeIPA install in an Ansible play
    d = K("auth/freeipa/install-replica.yml", "freeipa-ansible")
    add(d, """- hosts: ipa_replicas
  become: true
  tasks:
    - name: install replica
      ansible.builtin.command: >-
        ipa-replica-install --unattended
        --principal admin
        --admin-password '%s'
        --setup-dns --forwarder 9.9.9.9
      args:
        creates: /etc/ipa/default.conf
    - name: directory manager password (vaulted)
      ansible.builtin.set_fact:
        dm_password: "{{ vault_ipa_dm_password }}"
""" % d.pos(P, "admin_password", password().replace("'", "")))

    # 52 Samba AD join
    d = K("auth/samba/join-domain.sh", "samba-join")
    add(d, """#!/bin/bash
set -e
realm discover LARCH.LAN
net ads join -U 'administrator%%%s' createcomputer="Servers/Linux"
echo -e "%s\\n%s" | smbpasswd -s -a scanner
systemctl restart smbd winbind
""" % (d.pos(P, "net_ads_password", password().replace("'", "").replace("%", "")), *(lambda p: (d.pos(P, "smbpasswd_stdin", p), p))(urlsafe_password())))

    # 53 Kerberos kadmin
    d = K("auth/kerberos/create-principals.sh", "kerberos-kadmin")
    add(d, """#!/bin/sh
kadmin -p admin/admin -w '%s' -q "addprinc -randkey HTTP/portal.larch.lan"
kadmin -p admin/admin -w '%s' -q "ktadd -k /etc/portal.keytab HTTP/portal.larch.lan"
kadmin.local -q "addprinc -pw %s svc-backup"
""" % (*(lambda p: (d.pos(P, "kadmin_password", p), p))(password().replace("'", "")), d.pos(P, "principal_password", urlsafe_password())))

    # 54 Envoy
    d = K("edge/envoy/envoy.yaml", "envoy-yaml")
    add(d, """static_resources:
  secrets:
    - name: oauth_client_secret
      generic_secret:
        secret:
          inline_string: "%s"
    - name: oauth_hmac
      generic_secret:
        secret:
          inline_bytes: "%s"
  clusters:
    - name: auth_service
      type: STRICT_DNS
""" % (d.pos("envoy", "oauth_client_secret", an(40)), d.b64("envoy", "hmac_secret", an(32))))

    # 55 Apache APISIX
    d = K("edge/apisix/conf/config.yaml", "apisix-yaml")
    add(d, """deployment:
  admin:
    admin_key:
      - name: admin
        key: %s
        role: admin
      - name: viewer
        key: %s
        role: viewer
  etcd:
    host:
      - "http://etcd:2379"
    user: apisix
    password: %s
""" % (d.pos("apisix", "admin_key", an(32)), d.pos("apisix", "admin_key", an(32)), d.pos(P, "etcd_password", urlsafe_password())))
    d = K("edge/apisix/consumers.json", "apisix-consumers")
    add(d, """{"username": "partner_acme",
 "plugins": {
   "key-auth": {"key": "%s"},
   "jwt-auth": {"key": "partner-acme", "secret": "%s", "algorithm": "HS256"}
 }}
""" % (d.pos("apisix", "consumer_key", an(24)), d.pos("apisix", "jwt_secret", an(32))))

    # 56 Varnish
    d = K("edge/varnish/default.vcl", "varnish-vcl")
    vpw = urlsafe_password()
    cred = "purger:" + vpw
    add(d, """vcl 4.1;
backend default { .host = "app"; .port = "8080"; }

sub vcl_recv {
    if (req.method == "PURGE") {
        if (req.http.Authorization != "Basic %s") {
            return (synth(401, "Unauthorized"));
        }
        return (purge);
    }
}
""" % d.pos(P, "basic_auth_password", vpw, shown=b64(cred), encoded="base64", encoded_value=b64(cred), accept=[b64(cred), cred]))

    # 57 AdGuard Home sync
    d = K("dns/adguardhome-sync/adguardhome-sync.yaml", "adguard-sync-yaml")
    add(d, """cron: "*/10 * * * *"
origin:
  url: http://10.0.0.53
  username: admin
  password: %s
replicas:
  - url: http://10.0.0.54
    username: admin
    password: %s
  - url: http://10.0.0.55
    username: admin
    password: "${REPLICA3_PASSWORD}"
""" % (d.pos(P, "origin_password", urlsafe_password()), d.pos(P, "replica_password", urlsafe_password())))
    d = K("dns/adguardhome/AdGuardHome.yaml", "adguard-yaml")
    add(d, """http:
  address: 0.0.0.0:80
users:
  - name: admin
    password: %s
dns:
  upstream_dns:
    - https://dns.quad9.net/dns-query
""" % d.dec(P, "bcrypt_hash", "$2a$10$" + pick(AN + "./", 53)))

    # 58 PowerDNS
    d = K("dns/powerdns/pdns.conf", "powerdns-conf")
    add(d, """launch=gmysql
gmysql-host=127.0.0.1
gmysql-user=pdns
gmysql-password=%s
gmysql-dbname=pdns
api=yes
api-key=%s
webserver-password=%s
""" % (d.pos(P, "db_password", password().replace(" ", "")), d.pos("powerdns", "api_key", an(24)), d.pos(P, "webserver_password", urlsafe_password())))

    # 59 Knot DNS TSIG
    d = K("dns/knot/knot.conf", "knot-yaml")
    add(d, """key:
  - id: xfr.larch
    algorithm: hmac-sha256
    secret: %s
  - id: acme-update
    algorithm: hmac-sha512
    secret: %s
remote:
  - id: secondary
    address: 10.0.5.2@53
    key: xfr.larch
""" % (d.pos("tsig", "hmac_key", b64raw(32)), d.pos("tsig", "hmac_key", b64raw(64))))

    # 60 Unbound remote control with a DoT upstream using a URL-embedded token
    d = K("dns/unbound/forward.conf", "unbound-conf")
    add(d, """forward-zone:
    name: "."
    forward-tls-upstream: yes
    forward-addr: 45.90.28.0#%s.dns.nextdns.io
server:
    # pinned DS for the internal zone (public data)
    trust-anchor: "larch.lan. DS 30909 8 2 %s"
""" % (d.dec("nextdns", "config_id", hx(6)), d.dec("dnssec", "ds_digest", HX(64))))


def homelab():
    # 61 Coolify
    d = K("paas/coolify/.env", "coolify-env")
    add(d, """APP_ID=%s
APP_KEY=base64:%s
DB_USERNAME=coolify
DB_PASSWORD=%s
REDIS_PASSWORD=%s
PUSHER_APP_ID=%s
PUSHER_APP_KEY=%s
PUSHER_APP_SECRET=%s
""" % (d.dec("coolify", "app_id", hx(32)), d.pos(P, "laravel_app_key", b64raw(32)), d.pos(P, "db_password", an(40)),
       d.pos(P, "redis_password", an(40)), d.dec("coolify", "pusher_app_id", hx(32)), d.dec("coolify", "pusher_app_key", hx(32)),
       d.pos("pusher", "app_secret", hx(32))))

    # 62 Portainer
    d = K("paas/portainer/docker-compose.yml", "portainer-compose")
    add(d, """services:
  portainer:
    image: portainer/portainer-ce:2.21.4
    command: -H tcp://tasks.agent:9001 --tlsskipverify --admin-password '%s'
  agent:
    image: portainer/agent:2.21.4
    environment:
      AGENT_SECRET: %s
""" % (d.dec(P, "bcrypt_hash", "$$2y$$05$$" + pick(AN + "./", 53)), d.pos("portainer", "agent_secret", an(32))))

    # 63 Watchtower
    d = K("paas/watchtower/compose.yaml", "watchtower-compose")
    add(d, """services:
  watchtower:
    image: containrrr/watchtower
    environment:
      REPO_USER: larchbot
      REPO_PASS: %s
      WATCHTOWER_NOTIFICATION_URL: %s
      WATCHTOWER_HTTP_API_TOKEN: %s
""" % (d.pos("docker", "personal_access_token", "dckr_pat_" + b64u(27)),
       d.secret(P, "smtp_password", "smtp://watchtower:%s@smtp.larchwood.dev:587/?from=wt@larchwood.dev&to=ops@larchwood.dev" % urlsafe_password()),
       d.pos("watchtower", "http_api_token", an(32))))

    # 64 Renovate self-hosted
    d = K("ci/renovate/config.js", "renovate-js")
    add(d, """module.exports = {
  platform: 'gitea',
  endpoint: 'https://git.larchwood.dev/api/v1/',
  token: '%s',
  hostRules: [
    {
      matchHost: 'npm.pkg.github.com',
      token: '%s',
    },
    {
      matchHost: 'docker.io',
      username: 'larchbot',
      encrypted: {
        password: '%s',
      },
    },
  ],
};
""" % (d.pos("gitea", "access_token", hx(40)), d.pos("github", "fine_grained_pat", "github_pat_11" + uan(22) + "_" + an(59)),
       d.dec("renovate", "encrypted_blob", "wcFMA" + b64raw(180))))

    # 65 Dependabot registries
    d = K("ci/dependabot/.github/dependabot.yml", "dependabot-yaml")
    add(d, """version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.NPM_GITHUB_TOKEN}}
  maven-nexus:
    type: maven-repository
    url: https://nexus.larchwood.dev/repository/maven-public/
    username: dependabot
    password: %s
updates:
  - package-ecosystem: npm
    directory: "/"
    registries: [npm-github]
    schedule: {interval: weekly}
""" % d.pos(P, "registry_password", password().replace(" ", "")))

    # 66 Trivy + Semgrep + Snyk in a Buildkite-free plain CI script
    d = K("ci/security/scan.sh", "security-ci-script")
    add(d, """#!/usr/bin/env bash
set -euo pipefail
export TRIVY_USERNAME=scanner
export TRIVY_PASSWORD="${TRIVY_PASSWORD:-%s}"
export SEMGREP_APP_TOKEN="${SEMGREP_APP_TOKEN:-%s}"
export SNYK_TOKEN=%s
trivy image --exit-code 1 registry.larchwood.dev/api:${GIT_SHA}
semgrep ci
snyk test --severity-threshold=high
""" % (d.pos(P, "registry_password", urlsafe_password()), d.pos("semgrep", "app_token", hx(64)), d.pos("snyk", "api_token", uuid())))

    # 67 Diun
    d = K("homelab/diun/diun.yml", "diun-yaml")
    add(d, """watch:
  schedule: "0 */6 * * *"
notif:
  telegram:
    token: %s
    chatIDs:
      - %s
regopts:
  - name: ghcr
    selector: image
    username: larchbot
    password: %s
""" % (d.pos("telegram", "bot_token", digits(10) + ":AA" + b64u(33)), d.dec("telegram", "chat_id", "-100" + digits(10)),
       d.pos("github", "classic_pat", "ghp_" + an(36))))

    # 68 Beszel agent: public key decoy, token positive
    d = K("homelab/beszel/agent.compose.yml", "beszel-compose")
    add(d, """services:
  beszel-agent:
    image: henrygd/beszel-agent
    network_mode: host
    environment:
      LISTEN: 45876
      KEY: "ssh-ed25519 %s"
      TOKEN: %s
      HUB_URL: https://beszel.larch.lan
""" % (d.dec("beszel", "hub_public_key", "AAAAC3NzaC1lZDI1NTE5AAAA" + b64raw(32).rstrip("=")), d.pos("beszel", "agent_token", uuid())))

    # 69 Dozzle users
    d = K("homelab/dozzle/data/users.yml", "dozzle-users")
    add(d, """users:
  admin:
    email: admin@larchwood.dev
    name: Admin
    password: %s
  viewer:
    email: viewer@larchwood.dev
    name: Viewer
    password: %s
""" % (d.dec(P, "bcrypt_hash", "$2a$11$" + pick(AN + "./", 53)), d.dec(P, "sha256_hash", hx(64))))

    # 70 Glances export
    d = K("homelab/glances/glances.conf", "glances-ini")
    add(d, """[influxdb2]
host=influx.larch.lan
port=8086
protocol=http
org=larch
bucket=glances
token=%s

[restful]
host=localhost
""" % d.pos("influxdb", "api_token", b64u(86) + "=="))

    # 71 Vikunja
    d = K("homelab/vikunja/config.yml", "vikunja-yaml")
    add(d, """service:
  publicurl: https://todo.larch.lan/
  secret: %s
database:
  type: postgres
  user: vikunja
  password: %s
  host: db
mailer:
  enabled: true
  host: smtp.larchwood.dev
  username: vikunja
  password: %s
""" % (d.pos(P, "jwt_secret", an(48)), d.pos(P, "db_password", urlsafe_password()), d.pos(P, "smtp_password", urlsafe_password())))

    # 72 Wekan
    d = K("homelab/wekan/wekan.env", "wekan-env")
    mpw, spw = urlsafe_password(), urlsafe_password()
    add(d, """ROOT_URL=https://kanban.larch.lan
MONGO_URL=%s
MAIL_URL=%s
MAIL_FROM=Wekan <wekan@larchwood.dev>
""" % (d.secret(P, "db_password", "mongodb://wekan:%s@wekandb:27017/wekan" % mpw),
       d.secret(P, "smtp_password", "smtps://wekan%%40larchwood.dev:%s@smtp.larchwood.dev:465/" % spw)))

    # 73 Tandoor
    d = K("homelab/tandoor/.env", "tandoor-env")
    add(d, """SECRET_KEY=%s
DB_ENGINE=django.db.backends.postgresql
POSTGRES_HOST=db_recipes
POSTGRES_USER=djangouser
POSTGRES_PASSWORD=%s
EMAIL_HOST_PASSWORD=%s
""" % (d.pos(P, "django_secret_key", an(50)), d.pos(P, "db_password", password().replace(" ", "")), d.pos(P, "smtp_password", urlsafe_password())))

    # 74 Mealie
    d = K("homelab/mealie/compose.yaml", "mealie-compose")
    add(d, """services:
  mealie:
    image: ghcr.io/mealie-recipes/mealie:v2.3.0
    environment:
      ALLOW_SIGNUP: "false"
      BASE_URL: https://recipes.larch.lan
      SMTP_HOST: smtp.larchwood.dev
      SMTP_USER: mealie
      SMTP_PASSWORD: "%s"
      OPENAI_API_KEY: "%s"
      POSTGRES_PASSWORD: "%s"
""" % (d.pos(P, "smtp_password", urlsafe_password()), d.pos("openai", "project_key", "sk-proj-" + b64u(124) + "T3BlbkFJ" + b64u(44)),
       d.pos(P, "db_password", urlsafe_password())))

    # 75 HedgeDoc
    d = K("docs/hedgedoc/config.json", "hedgedoc-json")
    add(d, """{
  "production": {
    "domain": "pad.larchwood.dev",
    "sessionSecret": "%s",
    "db": {"dialect": "postgres", "host": "db", "username": "hedgedoc", "password": "%s", "database": "hedgedoc"},
    "oauth2": {
      "providerName": "Keycloak",
      "clientID": "hedgedoc",
      "clientSecret": "%s"
    }
  }
}
""" % (d.pos(P, "session_secret", hx(64)), d.pos(P, "db_password", urlsafe_password()), d.pos(P, "oauth_client_secret", an(32))))

    # 76 Etherpad
    d = K("docs/etherpad/settings.json", "etherpad-json")
    add(d, """{
  "title": "Larch Pads",
  "dbType": "postgres",
  "dbSettings": {"user": "etherpad", "host": "db", "password": "%s", "database": "etherpad"},
  "users": {
    "admin": {"password": "%s", "is_admin": true},
    "guest": {"password": "${GUEST_PASSWORD:null}", "is_admin": false}
  }
}
""" % (d.pos(P, "db_password", urlsafe_password()), d.pos(P, "admin_password", password().replace('"', ""))))
    d = K("docs/etherpad/APIKEY.txt", "etherpad-apikey")
    add(d, d.pos("etherpad", "api_key", hx(64)))

    # 77 Penpot
    d = K("docs/penpot/penpot.env", "penpot-env")
    add(d, """PENPOT_PUBLIC_URI=https://design.larchwood.dev
PENPOT_SECRET_KEY=%s
PENPOT_DATABASE_USERNAME=penpot
PENPOT_DATABASE_PASSWORD=%s
PENPOT_SMTP_PASSWORD=%s
PENPOT_FLAGS=enable-login-with-password disable-registration
""" % (d.pos(P, "secret_key", b64u(86)), d.pos(P, "db_password", urlsafe_password()), d.pos(P, "smtp_password", urlsafe_password())))

    # 78 *arr stack: Prowlarr/Jackett/Tautulli/Ombi
    d = K("homelab/arr/prowlarr/config.xml", "prowlarr-xml")
    add(d, """<Config>
  <BindAddress>*</BindAddress>
  <Port>9696</Port>
  <ApiKey>%s</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <InstanceName>Prowlarr</InstanceName>
</Config>
""" % d.pos("prowlarr", "api_key", hx(32)))
    d = K("homelab/arr/jackett/ServerConfig.json", "jackett-json")
    add(d, """{
  "Port": 9117,
  "AllowExternal": true,
  "APIKey": "%s",
  "AdminPassword": "%s",
  "InstanceId": "%s",
  "UpdateDisabled": false
}
""" % (d.pos("jackett", "api_key", lan(32)), d.dec("jackett", "admin_password_hash", hx(128)), d.dec("jackett", "instance_id", lan(64))))
    d = K("homelab/arr/tautulli/config.ini", "tautulli-ini")
    add(d, """[General]
http_port = 8181
http_username = admin
http_password = %s
api_key = %s
pms_token = %s
pms_identifier = %s
""" % (d.dec(P, "pbkdf2_hash", "$pbkdf2-sha256$29000$" + b64u(22) + "$" + b64u(43)), d.pos("tautulli", "api_key", hx(32)),
       d.pos("plex", "token", b64u(20)), d.dec("plex", "machine_identifier", hx(40))))
    d = K("homelab/arr/ombi/database.json", "ombi-json")
    add(d, """{
  "OmbiDatabase": {"Type": "MySQL", "ConnectionString": "Server=mariadb;Port=3306;Database=Ombi;User=ombi;Password=%s"},
  "SettingsDatabase": {"Type": "MySQL", "ConnectionString": "Server=mariadb;Port=3306;Database=Ombi;User=ombi;Password=%s"}
}
""" % (lambda p: (d.pos(P, "db_password", p), p))(urlsafe_password()))

    # 79 Moonraker (Klipper)
    d = K("printer/klipper/moonraker.conf", "moonraker-conf")
    add(d, """[authorization]
trusted_clients:
    10.0.0.0/24

[notifier print_done]
url: pover://%s@%s
events: complete, error

[secrets]
[mqtt]
address: mqtt.larch.lan
username: moonraker
password: %s
""" % (d.dec("pushover", "user_key", "u" + lan(29)), d.pos("pushover", "app_token", "a" + lan(29)), d.pos(P, "mqtt_password", urlsafe_password())))

    # 80 Webmin
    d = K("admin/webmin/provision.sh", "webmin-provision")
    add(d, """#!/bin/bash
apt-get install -y webmin
/usr/share/webmin/changepass.pl /etc/webmin root '%s'
# miniserv.users line after the change (crypt hash, fine to keep here)
# root:%s:0
""" % (d.pos(P, "changepass_password", password().replace("'", "")), d.dec(P, "md5_crypt_hash", "$1$" + an(8) + "$" + pick(AN + "./", 22))))

    # 81 Lychee + Piwigo + Shiori + Linkding
    d = K("photos/lychee/.env", "lychee-env")
    add(d, """APP_NAME=Lychee
APP_KEY=base64:%s
DB_CONNECTION=mysql
DB_HOST=lychee-db
DB_DATABASE=lychee
DB_USERNAME=lychee
DB_PASSWORD=%s
""" % (d.pos(P, "laravel_app_key", b64raw(32)), d.pos(P, "db_password", password().replace(" ", "").replace("#", "-"))))
    d = K("photos/piwigo/local/config/database.inc.php", "piwigo-php")
    add(d, """<?php
$conf['dblayer'] = 'mysqli';
$conf['db_base'] = 'piwigo';
$conf['db_user'] = 'piwigo';
$conf['db_password'] = '%s';
$conf['db_host'] = 'localhost';
$prefixeTable = 'piwigo_';
define('PHPWG_INSTALLED', true);
""" % d.pos(P, "db_password", password().replace("'", "")))
    d = K("bookmarks/shiori/shiori.service", "shiori-systemd")
    add(d, """[Unit]
Description=Shiori bookmarks
[Service]
Environment=SHIORI_DIR=/var/lib/shiori
Environment=SHIORI_DATABASE_URL=%s
Environment=SHIORI_HTTP_SECRET_KEY=%s
ExecStart=/usr/local/bin/shiori server --port 8080
[Install]
WantedBy=multi-user.target
""" % (d.secret(P, "db_password", "postgres://shiori:%s@localhost/shiori?sslmode=disable" % urlsafe_password()), d.pos(P, "http_secret_key", hx(64))))
    d = K("bookmarks/linkding/.env", "linkding-env")
    add(d, """LD_CONTAINER_NAME=linkding
LD_SUPERUSER_NAME=lotte
LD_SUPERUSER_PASSWORD=%s
LD_DB_ENGINE=postgres
LD_DB_PASSWORD=%s
LD_ENABLE_OIDC=True
OIDC_RP_CLIENT_SECRET=%s
""" % (d.pos(P, "superuser_password", password().replace(" ", "")), d.pos(P, "db_password", urlsafe_password()), d.pos(P, "oidc_client_secret", an(64))))


def cloud_and_source():
    # 82 Google Cloud Build
    d = K("cloud/gcp/cloudbuild.yaml", "cloud-build-yaml")
    add(d, """steps:
  - name: gcr.io/cloud-builders/docker
    args: [build, -t, europe-docker.pkg.dev/$PROJECT_ID/api/api:$SHORT_SHA, .]
  - name: gcr.io/google.com/cloudsdktool/cloud-sdk
    entrypoint: bash
    args: [-c, 'gcloud run deploy api --set-env-vars=DB_PASS=$$DB_PASS,SENTRY_AUTH=$_SENTRY_AUTH']
    secretEnv: [DB_PASS]
substitutions:
  _SENTRY_AUTH: %s
  _REGION: europe-west4
availableSecrets:
  secretManager:
    - versionName: projects/$PROJECT_ID/secrets/db-pass/versions/latest
      env: DB_PASS
""" % d.pos("sentry", "org_auth_token", "sntrys_" + b64u(160)))

    # 83 Cloud Run service.yaml
    d = K("cloud/gcp/run/service.yaml", "cloud-run-yaml")
    add(d, """apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: notifications
spec:
  template:
    spec:
      containers:
        - image: europe-docker.pkg.dev/larch-prod/api/notifications:1.14.2
          env:
            - name: TWILIO_ACCOUNT_SID
              value: %s
            - name: TWILIO_AUTH_TOKEN
              value: %s
            - name: SENDGRID_API_KEY
              valueFrom:
                secretKeyRef:
                  name: sendgrid
                  key: latest
""" % (d.dec("twilio", "account_sid", "AC" + hx(32)), d.pos("twilio", "auth_token", hx(32))))

    # 84 App Engine app.yaml
    d = K("cloud/gcp/appengine/app.yaml", "app-engine-yaml")
    add(d, """runtime: python313
entrypoint: gunicorn -b :$PORT main:app
env_variables:
  GOOGLE_CLOUD_PROJECT: larch-prod
  MAPS_BROWSER_KEY: %s
  ANTHROPIC_API_KEY: %s
  FLASK_SECRET_KEY: "%s"
""" % (d.dec("google", "browser_restricted_key_placeholder", "AIza" + "0" * 35),
       d.pos("anthropic", "api_key", "sk-ant-api03-" + b64u(93) + "AA"), d.pos(P, "flask_secret_key", password().replace('"', ""))))

    # 85 Azure Functions local.settings.json
    d = K("cloud/azure/functions/local.settings.json", "azure-functions-json")
    add(d, """{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=larchfuncs;AccountKey=%s;EndpointSuffix=core.windows.net",
    "CosmosDb": "AccountEndpoint=https://larch-cosmos.documents.azure.com:443/;AccountKey=%s;",
    "DevStorage": "UseDevelopmentStorage=true"
  }
}
""" % (d.pos("azure", "storage_account_key", b64raw(64)), d.pos("azure", "cosmos_key", b64raw(64))))
    d = K("cloud/azure/functions/call-webhook.http", "azure-function-key-url")
    add(d, """### trigger the invoice export (function key in the query string)
POST https://larch-funcs.azurewebsites.net/api/ExportInvoices?code=%s
Content-Type: application/json

{"month": "2026-10"}
""" % d.pos("azure", "function_key", b64u(54) + "=="))

    # 86 Step Functions state machine with an inline header
    d = K("cloud/aws/stepfunctions/sync-crm.asl.json", "step-functions-asl")
    add(d, """{
  "Comment": "push nightly deltas to the CRM",
  "StartAt": "CallCrm",
  "States": {
    "CallCrm": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://api.pipedrive.com/v1/deals",
        "Method": "POST",
        "Authentication": {"ConnectionArn": "arn:aws:events:eu-west-1:%s:connection/crm/%s"},
        "Headers": {"x-api-token": "%s"}
      },
      "End": true
    }
  }
}
""" % (digits(12), d.dec("aws", "connection_arn_id", uuid()), d.pos("pipedrive", "api_token", hx(40))))

    # 87 Amplify: decoy-heavy generated config
    d = K("cloud/aws/amplify/src/aws-exports.js", "amplify-exports")
    add(d, """// generated by Amplify CLI: public identifiers only
const awsmobile = {
  aws_project_region: "eu-west-1",
  aws_cognito_identity_pool_id: "%s",
  aws_user_pools_id: "%s",
  aws_user_pools_web_client_id: "%s",
  aws_appsync_graphqlEndpoint: "https://%s.appsync-api.eu-west-1.amazonaws.com/graphql",
  aws_appsync_apiKey: "%s",
};
export default awsmobile;
""" % (d.dec("aws", "identity_pool_id", "eu-west-1:" + uuid()), d.dec("aws", "user_pool_id", "eu-west-1_" + an(9)),
       d.dec("aws", "user_pool_client_id", lan(26)), lan(26), d.dec("aws", "appsync_public_api_key", "da2-" + lan(26))))

    # 88 Firebase: web config (public) vs service account (secret)
    d = K("apps/mobile-web/src/firebase.ts", "firebase-web-config")
    add(d, """import { initializeApp } from "firebase/app";

// Firebase web config is public; access is enforced by security rules
export const app = initializeApp({
  apiKey: "%s",
  authDomain: "larch-app.firebaseapp.com",
  projectId: "larch-app",
  appId: "%s",
  measurementId: "%s",
});
""" % (d.dec("google", "firebase_web_api_key", "AIza" + b64u(35)), d.dec("google", "firebase_app_id", "1:" + digits(12) + ":web:" + hx(22)),
       d.dec("google", "measurement_id", "G-" + uan(10))))
    d = K("apps/mobile-web/functions/serviceAccount.json", "gcp-service-account")
    body = "".join(R.choice(AN + "+/") for _ in range(1600))
    pem = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\\n-----END PRIVATE KEY-----\\n"
    add(d, """{
  "type": "service_account",
  "project_id": "larch-app",
  "private_key_id": "%s",
  "private_key": "%s",
  "client_email": "firebase-adminsdk-x1y2z@larch-app.iam.gserviceaccount.com",
  "client_id": "%s"
}
""" % (d.dec("google", "private_key_id", hx(40)), d.pos("google", "service_account_private_key", pem), d.dec("google", "client_id", digits(21))))

    # 89 Elastic Beanstalk
    d = K("cloud/aws/beanstalk/.ebextensions/01-env.config", "beanstalk-config")
    add(d, """option_settings:
  aws:elasticbeanstalk:application:environment:
    RDS_USERNAME: orders
    RDS_PASSWORD: '%s'
    DATADOG_API_KEY: %s
    DD_SITE: datadoghq.eu
  aws:autoscaling:launchconfiguration:
    IamInstanceProfile: aws-elasticbeanstalk-ec2-role
""" % (d.pos(P, "db_password", password().replace("'", "")), d.pos("datadog", "api_key", hx(32))))

    # 90 fly.toml + Procfile
    d = K("apps/chat-relay/fly.toml", "fly-toml")
    add(d, """app = "larch-chat-relay"
primary_region = "ams"

[env]
  LOG_LEVEL = "info"
  DISCORD_BOT_TOKEN = "%s"
  # set with `fly secrets set`, not here:
  # OPENAI_API_KEY

[http_service]
  internal_port = 8080
""" % d.pos("discord", "bot_token", "M" + b64u(25) + "." + b64u(6) + "." + b64u(38)))
    d = K("apps/chat-relay/Procfile", "procfile")
    add(d, """web: bin/relay --port $PORT --redis-url %s
worker: bin/relay-worker --slack-token %s
""" % (d.secret(P, "redis_password", "rediss://default:%s@larch-relay.redis.cache.example:6380" % an(32)),
       d.pos("slack", "bot_token", "xoxb-" + digits(12) + "-" + digits(13) + "-" + an(24))))

    # 91 AWS CDK (TypeScript)
    d = K("cloud/aws/cdk/lib/ingest-stack.ts", "cdk-ts")
    add(d, """import * as cdk from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";

export class IngestStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new lambda.Function(this, "Ingest", {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: "index.handler",
      code: lambda.Code.fromAsset("dist"),
      environment: {
        SEGMENT_WRITE_KEY: "%s",
        STRIPE_WEBHOOK_SECRET:
          "%s",
        DB_SECRET_ARN: "arn:aws:secretsmanager:eu-west-1:%s:secret:ingest-db-%s",
      },
    });
  }
}
""" % (d.dec("segment", "write_key", an(32)), d.pos("stripe", "webhook_secret", "whsec_" + an(32)), digits(12), an(6)))

    # 92 Bicep
    d = K("cloud/azure/bicep/main.bicep", "bicep")
    add(d, """param location string = resourceGroup().location
@secure()
param sqlAdminPassword string = '%s'

resource sql 'Microsoft.Sql/servers@2023-08-01-preview' = {
  name: 'larch-sql'
  location: location
  properties: {
    administratorLogin: 'larchadmin'
    administratorLoginPassword: sqlAdminPassword
  }
}

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = { name: 'larch-kv' }
output tenant string = '%s'
""" % (d.pos(P, "bicep_secure_param_default", password().replace("'", "")), d.dec("azure", "tenant_id", uuid())))

    # 93 CloudFormation with NoEcho default
    d = K("cloud/aws/cfn/rds.yaml", "cloudformation-yaml")
    add(d, """AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  DBPassword:
    Type: String
    NoEcho: true
    Default: "%s"
  DBSnapshot:
    Type: String
    Default: "arn:aws:rds:eu-west-1:%s:snapshot:orders-2026-11-01"
Resources:
  Orders:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: orders
      MasterUserPassword: !Ref DBPassword
""" % (d.pos(P, "cfn_param_default", password().replace('"', "")), digits(12)))

    # 94 GitHub Actions workflow with an env fallback and a masked log
    d = K("ci/github/.github/workflows/release.yml", "github-actions")
    add(d, """name: release
on: {push: {tags: ["v*"]}}
jobs:
  publish:
    runs-on: ubuntu-24.04
    env:
      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
      CODECOV_TOKEN: %s
    steps:
      - uses: actions/checkout@v4
      - run: npm publish --access public
      - run: |
          curl -X POST https://api.cloudflare.com/client/v4/zones/%s/purge_cache \\
            -H "Authorization: Bearer %s" \\
            --data '{"purge_everything":true}'
""" % (d.pos("codecov", "upload_token", uuid()), d.dec("cloudflare", "zone_id", hx(32)), d.pos("cloudflare", "api_token", b64u(40))))

    # 95 GitLab CI with the token on the line under the name
    d = K("ci/gitlab/.gitlab-ci.yml", "gitlab-ci")
    add(d, """variables:
  DOCKER_DRIVER: overlay2
  DEPLOY_TOKEN:
    value: "%s"
    description: "read_registry deploy token for the cluster"
  SONAR_TOKEN:
    value: "$SONAR_TOKEN_MASKED"
deploy:
  stage: deploy
  script:
    - echo "$DEPLOY_TOKEN" | docker login -u gitlab+deploy-token-%s --password-stdin $CI_REGISTRY
""" % (d.pos("gitlab", "deploy_token", "gldt-" + b64u(20)), digits(6)))

    # 96 Azure Pipelines
    d = K("ci/azure/azure-pipelines.yml", "azure-pipelines")
    add(d, """trigger: [main]
pool: {vmImage: ubuntu-latest}
variables:
  - group: larch-prod
  - name: ACR_PASSWORD
    value: %s
steps:
  - script: echo $(ACR_PASSWORD) | docker login larchacr.azurecr.io -u larchacr --password-stdin
  - script: az login --service-principal -u %s -p $(SP_SECRET) --tenant %s
""" % (d.pos("azure", "acr_password", b64u(52)), d.dec("azure", "client_id", uuid()), d.dec("azure", "tenant_id", uuid())))

    # 97 Python service: settings with the key two lines under its name
    d = K("apps/ledger-api/ledger/settings.py", "python-service")
    add(d, """from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = "postgresql+asyncpg://ledger:ledger@localhost/ledger"
    openai_api_key: str = (
        # fallback for local runs; prod reads the env
        "%s"
    )
    anthropic_key: str = ""
    plaid_secret: str = "%s"
    plaid_client_id: str = "%s"


settings = Settings()
""" % (d.pos("openai", "project_key", "sk-proj-" + b64u(124) + "T3BlbkFJ" + b64u(44)), d.pos("plaid", "secret", hx(30)),
       d.dec("plaid", "client_id", hx(24))))

    # 98 Java service with @Value default + Twilio pair
    d = K("apps/notify-svc/src/main/java/dev/larch/notify/SmsConfig.java", "java-spring")
    add(d, """package dev.larch.notify;

import com.twilio.Twilio;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SmsConfig {
    SmsConfig(@Value("${twilio.sid:%s}") String sid,
              @Value("${twilio.token:%s}") String token) {
        Twilio.init(sid, token);
    }
}
""" % (d.dec("twilio", "account_sid", "AC" + hx(32)), d.pos("twilio", "auth_token", hx(32))))

    # 99 Node test fixtures: real-looking token (positive) vs a marked fake (decoy)
    d = K("apps/storefront/test/fixtures/github.ts", "test-fixture")
    add(d, """// Recorded from the staging app on 2026-10-02; the token was rotated? (check!)
export const recordedInstallationToken = "%s";

// FAKE: shape-valid but generated for tests, never issued
export const fakeToken = "ghp_" + "A".repeat(36);
export const FAKE_WEBHOOK_SECRET = "%s";
""" % (d.pos("github", "installation_token", "ghs_" + an(36)), d.dec("github", "test_fixture_secret", "test-webhook-secret-not-real")))

    # 100 Jupyter notebook with a Datadog pair and a HF token default
    d = K("data/notebooks/latency-report.ipynb", "notebook")
    cells = [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import os\n", "from datadog_api_client import Configuration\n", "cfg = Configuration()\n",
            "cfg.api_key[\"apiKeyAuth\"] = \"\x01A\x01\"\n", "cfg.api_key[\"appKeyAuth\"] = \"\x01B\x01\"\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "HF_TOKEN = os.environ.get(\"HF_TOKEN\", \"\x01C\x01\")\n"]},
    ]
    txt = json.dumps({"cells": cells, "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)
    txt = txt.replace("\\u0001A\\u0001", d.pos("datadog", "api_key", hx(32))).replace("\\u0001B\\u0001", d.pos("datadog", "application_key", hx(40))) \
        .replace("\\u0001C\\u0001", d.pos("huggingface", "access_token", "hf_" + pick(UP + LOW, 34)))
    add(d, txt + "\n")


def shapes():
    # encoded: k8s Secret with base64 values (Anthropic key, DB URL), and a stringData decoy
    d = K("k8s/overlays/prod/ai-gateway-secret.yaml", "k8s-secret-b64")
    ant = "sk-ant-api03-" + b64u(93) + "AA"
    add(d, """apiVersion: v1
kind: Secret
metadata:
  name: ai-gateway
type: Opaque
data:
  ANTHROPIC_API_KEY: %s
  REDIS_PASSWORD: %s
stringData:
  LOG_LEVEL: info
""" % (d.b64("anthropic", "api_key", ant), d.b64(P, "redis_password", password())))
    # docker auth base64 user:token
    d = K("ci/runner/.docker/config.json", "docker-config-auth")
    tok = "glpat-" + b64u(20)
    pair = "ci-bot:" + tok
    add(d, """{
  "auths": {
    "registry.gitlab.com": {"auth": "%s"},
    "ghcr.io": {"auth": "%s"}
  },
  "credsStore": "desktop"
}
""" % (d.pos("gitlab", "personal_access_token", tok, shown=b64(pair), encoded="base64", encoded_value=b64(pair), accept=[b64(pair), pair]),
       d.dec("docker", "placeholder_auth", b64("username:password"))))
    # escaped JSON inside a JSON string (a webhook delivery log)
    d = K("logs/webhook-deliveries.jsonl", "escaped-json-log")
    sk = "rk_live_51" + an(97)
    add(d, """{"ts":"2026-11-20T10:02:11Z","level":"debug","msg":"forwarding","body":"{\\"integration\\":\\"stripe\\",\\"config\\":{\\"restricted_key\\":\\"%s\\",\\"account\\":\\"%s\\"}}"}
{"ts":"2026-11-20T10:02:12Z","level":"info","msg":"delivered","id":"%s"}
""" % (d.pos("stripe", "restricted_key", sk), d.dec("stripe", "account_id", "acct_" + an(16)), d.dec("log", "event_id", "evt_" + an(24))))
    # URL-encoded secret in a query string
    d = K("logs/nginx/access.log", "url-encoded-log")
    pw = "Pl8&" + W3() + "=9"
    add(d, """10.0.4.7 - - [20/Nov/2026:10:14:02 +0000] "GET /api/login?user=ops&pass=%s HTTP/1.1" 302 0 "-" "curl/8.5.0"
10.0.4.7 - - [20/Nov/2026:10:14:03 +0000] "GET /static/app.%s.js HTTP/1.1" 200 51234 "-" "Mozilla/5.0"
""" % (d.pos(P, "url_encoded_password", pw, shown=urlq(pw), encoded="url", encoded_value=urlq(pw), accept=[urlq(pw)]), d.dec("build", "asset_hash", hx(20))))
    # shell default expansions
    d = K("scripts/dev/seed-demo.sh", "shell-default")
    add(d, """#!/usr/bin/env bash
: "${MAILGUN_API_KEY:=%s}"
GH_TOKEN="${GH_TOKEN:-%s}"
PGPASSWORD="${PGPASSWORD-%s}" psql -h localhost -U demo -c 'select 1'
export OPENAI_API_KEY="${OPENAI_API_KEY:-%s}"
""" % (d.pos("mailgun", "api_key", "key-" + hx(32)), d.pos("github", "fine_grained_pat", "github_pat_11" + uan(22) + "_" + an(59)),
       d.pos(P, "pgpassword_default", urlsafe_password()), d.dec("openai", "placeholder", "sk-your-key-here")))
    # YAML: provider name three lines above the value
    d = K("config/integrations.yaml", "yaml-name-above")
    add(d, """integrations:
  slack:
    workspace: larchwood
    bot:
      scopes: [chat:write, channels:read]
      credential: %s
  openai:
    org: %s
    keys:
      - %s
""" % (d.pos("slack", "bot_token", "xoxb-" + digits(12) + "-" + digits(13) + "-" + an(24)), d.dec("openai", "organization_id", "org-" + an(24)),
       d.pos("openai", "project_key", "sk-proj-" + b64u(124) + "T3BlbkFJ" + b64u(44))))
    # map keyed by provider (Go)
    d = K("apps/router/internal/keys/keys.go", "go-map-by-provider")
    ak, sk2 = aws_pair()
    add(d, """package keys

var providerKeys = map[string]string{
	"github":    "%s",
	"gitlab":    "%s",
	"anthropic": "%s",
	"stripe":    "%s",
}

var awsPair = [2]string{"%s", "%s"}
""" % (d.pos("github", "classic_pat", "ghp_" + an(36)), d.pos("gitlab", "personal_access_token", "glpat-" + b64u(20)),
       d.pos("anthropic", "api_key", "sk-ant-api03-" + b64u(93) + "AA"), d.dec("stripe", "publishable_key", "pk_live_51" + an(97)),
       d.pos("aws", "access_key_id", ak), d.pos("aws", "secret_access_key", sk2)))
    # chat export
    d = K("notes/chat/ops-channel-2026-11.txt", "chat-export")
    add(d, """[2026-11-12 09:41] lotte: who has the wifi password for the new office?
[2026-11-12 09:42] bruno: LarchGuest is open, staff one is %s
[2026-11-12 09:45] ingrid: and the printer admin page?
[2026-11-12 09:46] bruno: admin / %s  (please change it!!)
[2026-11-12 10:02] mateo: twilio token for the on-call app: %s  sid is %s
[2026-11-12 10:05] lotte: pls don't paste tokens here, ticket id is OPS-%s
""" % (d.pos(P, "wifi_psk", password()), d.pos(P, "printer_password", password()), d.pos("twilio", "auth_token", hx(32)),
       d.dec("twilio", "account_sid", "AC" + hx(32)), d.dec("ticket", "id", digits(4))))
    # ticket CSV
    d = K("notes/tickets/export-helpdesk.csv", "ticket-csv")
    add(d, """id,created,subject,body
4411,2026-10-02,"VPN for contractor","Account vpn-omar created, temporary password %s - must change at first login"
4415,2026-10-03,"Reset","Reset done. Hash in AD is irrelevant; old one was %s"
4420,2026-10-05,"Datadog","New app key for the dashboard export: %s"
""" % (d.pos(P, "temporary_password", password().replace('"', "").replace(",", ".")), d.dec(P, "nt_hash", HX(32)),
       d.pos("datadog", "application_key", hx(40))))
    # prose notes with a passphrase and an SSH key passphrase
    d = K("notes/ops/handover.md", "prose-notes")
    add(d, """# Handover (Bruno -> Freya)

* The old NAS (nas01) still runs DSM 6; its admin password is `%s`.
* The GPG key for the backup tapes is protected by the passphrase
  "%s" -- we should move it to the vault.
* Restic repo password for the offsite bucket: %s
* The fingerprint of the deploy key is SHA256:%s (public, fine to share).
""" % (d.pos(P, "nas_admin_password", password().replace("`", "")), d.pos(P, "gpg_passphrase", password().replace('"', "")),
       d.pos(P, "restic_password", password()), d.dec("ssh", "key_fingerprint", b64raw(32).rstrip("="))))
    # SQL dump with a plain-password row and a hashed row
    d = K("db/dumps/legacy_crm.sql", "sql-dump")
    add(d, """-- MySQL dump 10.13  Distrib 8.0.40
INSERT INTO `integrations` VALUES (1,'mailchimp','%s','2024-03-01'),(2,'hubspot_portal','%s','2024-03-01');
INSERT INTO `users` VALUES (1,'admin','%s'),(2,'svc_import','%s');
""" % (d.pos("mailchimp", "api_key", hx(32) + "-us21"), d.dec("hubspot", "portal_id", digits(8)),
       d.dec(P, "bcrypt_hash", "$2b$12$" + pick(AN + "./", 53)), d.pos(P, "plaintext_db_password", urlsafe_password())))
    # zsh history with CLI flags
    d = K("notes/history/.zsh_history", "zsh-history")
    add(d, """: 1731920001:0;mysql -h db01 -u root -p'%s' shop
: 1731920044:0;redis-cli -h cache01 -a %s --no-auth-warning info
: 1731920101:0;psql "postgresql://report:%s@db01/shop"
: 1731920150:0;openssl rand -hex 16
: 1731920190:0;htpasswd -bB .htpasswd ci %s
""" % (d.pos(P, "cli_password", password().replace("'", "")), d.pos(P, "cli_password", urlsafe_password()),
       d.pos(P, "url_password", urlsafe_password()), d.pos(P, "cli_password", urlsafe_password())))
    # .env.example full of decoys next to one real leftover
    d = K("apps/storefront/.env.example", "env-example")
    add(d, """# copy to .env and fill in
STRIPE_SECRET_KEY=%s
STRIPE_PUBLISHABLE_KEY=%s
AWS_ACCESS_KEY_ID=%s
AWS_SECRET_ACCESS_KEY=%s
SENTRY_DSN=
OPENAI_API_KEY=%s
GITHUB_TOKEN=%s
SESSION_SECRET=%s
""" % (d.dec("stripe", "placeholder", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"), d.dec("stripe", "publishable_key", "pk_test_51" + an(97)),
       d.dec("aws", "docs_example_key_id", "AKIAIOSFODNN7EXAMPLE"), d.dec("aws", "docs_example_secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
       d.dec("openai", "truncated", "sk-proj-abc123..."), d.dec("github", "sequential_filler", "ghp_0123456789abcdefghijklmnopqrstuvwxyz"[:40]),
       d.pos(P, "session_secret", hx(64))))
    # lockfile / checksums only
    d = K("apps/storefront/pnpm-lock.yaml", "lockfile")
    add(d, """lockfileVersion: '9.0'
packages:
  stripe@17.4.0:
    resolution: {integrity: %s}
  '@actual-app/api@25.1.0':
    resolution: {integrity: %s}
""" % (d.dec("npm", "sri_hash", "sha512-" + b64raw(64)), d.dec("npm", "sri_hash", "sha512-" + b64raw(64))))


def encrypted_and_masked():
    """Decoy-heavy files (encrypted blobs, masked logs, digests, docs examples) with a leftover
    plain secret in some of them, under the same names."""
    # SOPS: encrypted values are decoys; sops's *_unencrypted suffix leaves one in the clear
    d = K("k8s/secrets/payments.enc.yaml", "sops-yaml")
    enc = lambda: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64raw(R.randrange(18, 40)), b64raw(32), b64raw(16))
    add(d, """stripe_secret_key: %s
db_password: %s
webhook_secret: %s
smtp_password_unencrypted: %s
sops:
    age:
        - recipient: %s
    lastmodified: "2026-11-02T08:11:40Z"
    mac: %s
    version: 3.9.1
""" % (d.dec("stripe", "sops_encrypted", enc()), d.dec(P, "sops_encrypted", enc()), d.dec("stripe", "sops_encrypted", enc()),
       d.pos(P, "sops_unencrypted_password", password().replace(" ", "").replace("#", "-")),
       d.dec("age", "recipient_public_key", "age1" + pick("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)), d.dec("sops", "mac", enc())))
    # Ansible vault file and an inventory with one plain variable
    d = K("ansible/group_vars/db/vault.yml", "ansible-vault")
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [hx(80) for _ in range(6)]
    add(d, "%s\n" % d.dec(P, "ansible_vault_blob", "\n".join(lines)))
    d = K("ansible/inventory/hosts.ini", "ansible-inventory")
    add(d, """[db]
db01 ansible_host=10.0.2.11 ansible_user=deploy ansible_become_pass=%s
db02 ansible_host=10.0.2.12 ansible_user=deploy ansible_become_pass="{{ vault_become_pass }}"

[web]
web01 ansible_host=10.0.3.11 ansible_ssh_pass=%s
web02 ansible_host=10.0.3.12 ansible_ssh_private_key_file=~/.ssh/%s
""" % (d.pos(P, "become_password", urlsafe_password()), d.pos(P, "ssh_password", urlsafe_password()), d.dec("ssh", "key_file_name", "id_ed25519_deploy")))
    # SealedSecret: encrypted data only
    d = K("k8s/sealed/registry-sealed.yaml", "sealed-secret")
    add(d, """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: registry
spec:
  encryptedData:
    password: %s
    token: %s
""" % (d.dec("sealedsecrets", "encrypted", "AgB" + b64raw(300)), d.dec("sealedsecrets", "encrypted", "AgC" + b64raw(300))))
    # CI log with masked values and one unmasked echo
    d = K("ci/logs/deploy-8812.log", "ci-log-masked")
    add(d, """2026-11-21T10:00:01Z $ echo "logging in with $REGISTRY_PASSWORD"
2026-11-21T10:00:01Z logging in with %s
2026-11-21T10:00:02Z $ docker login -u larchbot -p %s registry.larchwood.dev
2026-11-21T10:00:04Z Login Succeeded
2026-11-21T10:00:09Z $ ./deploy.sh --token=%s
2026-11-21T10:00:10Z DEBUG npm token: %s
2026-11-21T10:00:11Z pushed sha256:%s
2026-11-21T10:00:12Z trace_id=%s span_id=%s
""" % (d.dec(P, "masked", "[MASKED]"), d.dec(P, "masked", "********"), d.dec(P, "masked", "***"),
       d.pos("npm", "access_token", "npm_" + an(36)), d.dec("docker", "image_digest", hx(64)), d.dec("otel", "trace_id", hx(32)),
       d.dec("otel", "span_id", hx(16))))
    # docs page with provider docs examples
    d = K("docs/integrations.md", "docs-examples")
    add(d, """# Integrations

Set the keys in the environment (never here). The values below are the providers' own
documentation examples:

```bash
export AWS_ACCESS_KEY_ID=%s
export AWS_SECRET_ACCESS_KEY=%s
export TWILIO_ACCOUNT_SID=%s
export SLACK_BOT_TOKEN=%s
export STRIPE_SECRET_KEY=%s
```

Our staging Twilio token is in 1Password under "twilio-staging" (`op://ops/twilio-staging/token`).
""" % (d.dec("aws", "docs_example_key_id", "AKIAIOSFODNN7EXAMPLE"), d.dec("aws", "docs_example_secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
       d.dec("twilio", "docs_example_sid", "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), d.dec("slack", "docs_example", "xoxb-your-bot-token"),
       d.dec("stripe", "docs_placeholder", "sk_live_...")))
    # go.sum and a helm values file with checksums/digests next to one real value
    d = K("apps/router/go.sum", "go-sum")
    add(d, """github.com/aws/aws-sdk-go-v2 v1.32.4 h1:%s
github.com/aws/aws-sdk-go-v2 v1.32.4/go.mod h1:%s
github.com/gofiber/fiber/v2 v2.52.5 h1:%s
""" % (d.dec("go", "module_hash", b64raw(32)), d.dec("go", "module_hash", b64raw(32)), d.dec("go", "module_hash", b64raw(32))))
    d = K("k8s/charts/api/values-prod.yaml", "helm-values")
    add(d, """image:
  repository: registry.larchwood.dev/api
  digest: sha256:%s
podAnnotations:
  checksum/config: %s
env:
  SENTRY_DSN: https://%s@o%s.ingest.de.sentry.io/%s
  POSTHOG_KEY: %s
  REDIS_URL: %s
  JWT_PUBLIC_KEY_ID: %s
""" % (d.dec("docker", "image_digest", hx(64)), d.dec("helm", "checksum", hx(64)), d.dec("sentry", "dsn_public_key", hx(32)), digits(6), digits(7),
       d.dec("posthog", "project_api_key", "phc_" + an(43)), d.secret(P, "redis_password", "redis://:%s@redis-master:6379/0" % urlsafe_password()),
       d.dec("jwt", "key_id", uuid())))
    # Terraform state excerpt: sensitive outputs are real secrets, ids are not
    d = K("infra/terraform/terraform.tfstate.backup", "tfstate")
    ak, sk = aws_pair()
    add(d, """{
  "version": 4,
  "terraform_version": "1.9.8",
  "serial": 41,
  "lineage": "%s",
  "resources": [
    {"mode": "managed", "type": "aws_iam_access_key", "name": "ci",
     "instances": [{"attributes": {"id": "%s", "secret": "%s", "status": "Active", "user": "ci-deployer"}}]},
    {"mode": "managed", "type": "random_password", "name": "db",
     "instances": [{"attributes": {"result": "%s", "bcrypt_hash": "%s", "length": 24}}]}
  ]
}
""" % (d.dec("terraform", "lineage", uuid()), d.pos("aws", "access_key_id", ak), d.pos("aws", "secret_access_key", sk),
       d.pos(P, "random_password_result", pick(AN + "!#$%&*()-_=+[]{}<>:?", 24)), d.dec(P, "bcrypt_hash", "$2a$10$" + pick(AN + "./", 53))))


def references_and_fixtures():
    """References, fixtures marked fake, ids and truncated keys under credential names."""
    d = K("apps/ledger-api/compose.override.yml", "compose-refs")
    add(d, """services:
  api:
    environment:
      DATABASE_PASSWORD: %s
      STRIPE_SECRET_KEY: %s
      OPENAI_API_KEY: %s
      AWS_SECRET_ACCESS_KEY: %s
      GITHUB_TOKEN: %s
      SENTRY_AUTH_TOKEN: %s
      REDIS_PASSWORD: %s
""" % (d.dec(P, "env_reference", "${DATABASE_PASSWORD:?set it in .env}"), d.dec("stripe", "env_reference", "${STRIPE_SECRET_KEY}"),
       d.dec("openai", "env_reference", "$OPENAI_API_KEY"), d.dec("aws", "env_reference", "${AWS_SECRET_ACCESS_KEY:-}"),
       d.dec("github", "env_reference", "${{ secrets.GITHUB_TOKEN }}"), d.dec("sentry", "file_reference", "/run/secrets/sentry_auth_token"),
       d.dec(P, "vault_reference", "vault:secret/data/ledger#redis_password")))
    d = K("apps/ledger-api/tests/conftest.py", "pytest-fixtures")
    add(d, """import pytest

# FAKE credentials for the recorded cassettes (vcrpy filters the real ones)
FAKE_STRIPE_KEY = "%s"
FAKE_OPENAI_KEY = "%s"
TEST_DB_PASSWORD = "%s"


@pytest.fixture
def client_secret():
    return "%s"


@pytest.fixture
def request_id():
    return "%s"
""" % (d.dec("stripe", "test_fixture_fake", "sk_test_FAKE_00000000000000000000000000"), d.dec("openai", "test_fixture_fake", "sk-test-not-a-real-key"),
       d.dec(P, "test_fixture_fake", "test"), d.dec(P, "test_fixture_fake", "dummy-client-secret-for-tests"), d.dec("uuid", "request_id", uuid())))
    d = K("CHANGELOG.md", "changelog")
    add(d, """## 2026-11-20
- Rotated the Datadog API key (old key ended in `...%s`; new one is in the vault).
- Replaced the Slack bot token `%s` (truncated) after the October leak.
- Pinned the GitHub App id %s and installation id %s in the deploy job.
- Commit %s moved the Stripe webhook secret to Secret Manager.
""" % (d.dec("datadog", "key_suffix", hx(4)), d.dec("slack", "truncated_token", "xoxb-" + digits(6) + "..."), d.dec("github", "app_id", digits(6)),
       d.dec("github", "installation_id", digits(8)), d.dec("git", "commit_sha", hx(40))))
    d = K("apps/mobile-web/app.config.ts", "expo-config")
    add(d, """export default {
  name: "Larch",
  slug: "larch",
  extra: {
    eas: { projectId: "%s" },
    posthogKey: "%s",
    sentryDsn: "https://%s@o%s.ingest.sentry.io/%s",
    revenuecatPublicKey: "%s",
    algoliaAppId: "%s",
    algoliaSearchKey: "%s",
  },
  ios: { bundleIdentifier: "dev.larchwood.app", config: { usesNonExemptEncryption: false } },
};
""" % (d.dec("expo", "project_id", uuid()), d.dec("posthog", "project_api_key", "phc_" + an(43)), d.dec("sentry", "dsn_public_key", hx(32)),
       digits(6), digits(7), d.dec("revenuecat", "public_sdk_key", "appl_" + an(27)), d.dec("algolia", "application_id", uan(10)),
       d.dec("algolia", "search_only_api_key", hx(32))))


def frontends_and_tests():
    # R Shiny dashboard
    d = K("data/shiny-sales/app.R", "shiny-r")
    add(d, """library(shiny)
library(DBI)

Sys.setenv(OPENAI_API_KEY = "%s")
con <- dbConnect(
  RPostgres::Postgres(),
  host = "warehouse-db.larch.lan",
  dbname = "sales",
  user = "shiny",
  password = "%s"
)
ui <- fluidPage(titlePanel("Sales"))
server <- function(input, output) {}
shinyApp(ui, server)
""" % (d.pos("openai", "project_key", "sk-proj-" + b64u(124) + "T3BlbkFJ" + b64u(44)), d.pos(P, "db_password", password().replace('"', ""))))
    # Vite app: inline env in package.json scripts (VITE_ values are shipped to browsers)
    d = K("apps/admin-ui/package.json", "package-json-scripts")
    add(d, """{
  "name": "admin-ui",
  "private": true,
  "scripts": {
    "dev": "VITE_POSTHOG_KEY=%s VITE_SUPABASE_ANON_KEY=%s vite",
    "seed": "SUPABASE_SERVICE_ROLE_KEY=%s tsx scripts/seed.ts",
    "deploy": "NETLIFY_AUTH_TOKEN=%s netlify deploy --prod"
  }
}
""" % (d.dec("posthog", "project_api_key", "phc_" + an(43)), d.dec("supabase", "publishable_key", "sb_publishable_" + b64u(31)),
       d.pos("supabase", "secret_key", "sb_secret_" + b64u(31)), d.pos("netlify", "personal_access_token", "nfp_" + an(36))))
    # Cypress env
    d = K("apps/admin-ui/cypress.env.json", "cypress-env")
    add(d, """{
  "baseUrl": "https://staging-admin.larchwood.dev",
  "adminEmail": "qa-admin@larchwood.dev",
  "adminPassword": "%s",
  "mailosaurServerId": "%s",
  "mailosaurApiKey": "%s"
}
""" % (d.pos(P, "test_user_password", password().replace('"', "")), d.dec("mailosaur", "server_id", lan(8)), d.pos("mailosaur", "api_key", an(32))))
    # Postman collection export: bearer token stored in the collection, one auth by variable
    d = K("docs/api/larch.postman_collection.json", "postman-collection")
    add(d, """{
  "info": {"_postman_id": "%s", "name": "Larch API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "%s", "type": "string"}]},
  "item": [
    {"name": "list orders", "request": {"method": "GET", "url": "{{baseUrl}}/v1/orders",
      "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "%s", "type": "string"}]}}},
    {"name": "payments (basic)", "request": {"method": "POST", "url": "https://api.mollie.com/v2/payments",
      "auth": {"type": "basic", "basic": [{"key": "password", "value": "%s", "type": "string"}, {"key": "username", "value": "ops", "type": "string"}]}}}
  ]
}
""" % (d.dec("postman", "collection_id", uuid()), d.pos("larch", "api_bearer_token", b64u(48)), d.dec(P, "variable_reference", "{{accessToken}}"),
       d.pos(P, "basic_auth_password", password().replace('"', ""))))
    # Astro site config: CMS delivery token (read-only, public) vs management token
    d = K("apps/marketing-site/astro.config.mjs", "astro-config")
    add(d, """import { defineConfig } from "astro/config";
import contentful from "./integrations/contentful.mjs";

export default defineConfig({
  site: "https://larchwood.dev",
  integrations: [
    contentful({
      space: "%s",
      deliveryToken: "%s",
      managementToken:
        process.env.CONTENTFUL_MANAGEMENT_TOKEN ||
        "%s",
    }),
  ],
});
""" % (d.dec("contentful", "space_id", lan(12)), d.dec("contentful", "delivery_token", b64u(43)), d.pos("contentful", "management_token", "CFPAT-" + b64u(43))))


def W3():
    return R.choice(["Harbor", "Velvet", "Quartz"])


def build(Doc):
    _D.append(Doc)
    mail_dns_identity()
    homelab()
    cloud_and_source()
    shapes()
    encrypted_and_masked()
    references_and_fixtures()
    frontends_and_tests()
    return DOCS
