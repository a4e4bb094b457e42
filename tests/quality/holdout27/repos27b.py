"""repos/ part B: infrastructure, CI, deployment and people's dotfiles (three sites each)."""
from tmpl27 import files
from repos27a import SITES

T = [
    ("infra/@SITE@/nix/hosts/liftgw.nix", "infra:nix",
     """{ config, pkgs, ... }:
{
  networking.hostName = "liftgw-@SHORT@";
  services.mosquitto.listeners = [{
    users.plcbridge = { password = "«P mosquitto password pw»"; acl = [ "readwrite lifts/#" ]; };
    users.grafana = { hashedPassword = "«D mosquitto sha512_crypt $6$|b64u:16|$|b64u:86»"; };
  }];
  services.tailscale.authKeyFile = "/run/secrets/ts-authkey";
}
"""),
    ("infra/@SITE@/terragrunt/dns/terragrunt.hcl", "infra:terragrunt",
     """include "root" { path = find_in_parent_folders() }

inputs = {
  zone          = "corrievane.com"
  cloudflare_api_token = "«P cloudflare api_token an:40»"
  zone_id       = "«D cloudflare zone_id hex:32»"
}
"""),
    ("infra/@SITE@/salt/pillar/snmp.sls", "infra:salt-pillar",
     """snmp:
  rocommunity: «P snmp community pw»
  syslocation: "@Site@ station, rack B"
  v3_users:
    - name: librenms
      auth_pass: «P snmp v3_auth_password pw»
      priv_pass: «P snmp v3_priv_password pw»
"""),
    ("infra/@SITE@/cloud-init/kiosk.yaml", "infra:cloud-init",
     """#cloud-config
hostname: kiosk-@SHORT@-01
users:
  - name: kiosk
    lock_passwd: false
    plain_text_passwd: «P kiosk password pw»
  - name: ops
    ssh_authorized_keys:
      - «D ssh public_key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI|b64:43» ops@corrievane
chpasswd: { expire: false }
"""),
    ("infra/@SITE@/packer/kiosk.pkr.hcl", "infra:packer",
     """source "proxmox-iso" "kiosk" {
  proxmox_url = "https://pve-@SHORT@.cv.internal:8006/api2/json"
  username    = "packer@pve!build"
  token       = "«P proxmox api_token_secret uuid»"
  ssh_username = "packer"
  ssh_password = "«P packer ssh_password pw»"
  iso_checksum = "sha256:«D packer iso_checksum hex:64»"
}
"""),
    (".woodpecker/@SITE@-deploy.yaml", "ci:woodpecker-env",
     """steps:
  deploy:
    image: alpine:3.20
    environment:
      REGISTRY_USER: ci-@SHORT@
      REGISTRY_PASSWORD: «P harbor robot_secret an:32»
      DEPLOY_TARGET: liftgw-@SHORT@.cv.internal
    commands:
      - ./deploy.sh
"""),
    ("infra/@SITE@/gitlab-ci/.gitlab-ci.yml", "ci:gitlab-variables",
     """variables:
  DOCKER_DRIVER: overlay2
  NPM_TOKEN: «P npm access_token npm_|an:36»
  SONAR_HOST_URL: https://sonar.cv.internal
  CI_DEBUG_TRACE: "false"

build:
  script:
    - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
    - npm ci && npm run build
"""),
    ("infra/@SITE@/haproxy/haproxy.cfg", "infra:haproxy-userlist",
     """userlist stats_users
    user admin insecure-password «P haproxy password pw»
    user viewer password «D haproxy sha512_crypt $6$|b64u:16|$|b64u:86»

listen stats
    bind :8404
    stats enable
    stats auth ops:«P haproxy stats_password pw»
"""),
    ("infra/@SITE@/keepalived/keepalived.conf", "infra:keepalived",
     """vrrp_instance VI_GW {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 150
    authentication {
        auth_type PASS
        auth_pass «P keepalived auth_pass an:8»
    }
    virtual_ipaddress { 10.40.@N@.1/24 }
}
"""),
    ("infra/@SITE@/wireguard/wg0.conf", "infra:wireguard",
     """[Interface]
Address = 10.99.@N@.1/24
ListenPort = 51820
PrivateKey = «P wireguard private_key fn:b64key32»

[Peer]
# summit relay
PublicKey = «D wireguard public_key fn:b64key32»
AllowedIPs = 10.99.0.0/16
"""),
    ("infra/@SITE@/docker/registry-auth.json", "infra:docker-config",
     """{
  "auths": {
    "harbor.cv.internal": { "auth": "«B harbor robot_password robot$lifts-@SHORT@:|an:32»" },
    "ghcr.io": { "auth": "«B github pat_classic corrievane-bot:ghp_|an:36»" }
  },
  "credsStore": "desktop"
}
"""),
    ("infra/@SITE@/terraform/backend.tf", "infra:terraform-backend",
     """terraform {
  backend "s3" {
    bucket     = "cv-tfstate-@SITE@"
    key        = "lifts/terraform.tfstate"
    region     = "eu-central-2"
    access_key = "«P aws access_key_id AKIA|b32:16»"
    secret_key = "«P aws secret_access_key b64:40»"
  }
}
"""),
    ("dotfiles/@USER@/.config/fish/conf.d/secrets.fish", "dotfiles:fish",
     """# loaded by fish on login; TODO move to pass
set -gx GITHUB_TOKEN «P github pat_fine_grained github_pat_11|up:20|_|an:59»
set -gx DIGITALOCEAN_TOKEN «P digitalocean pat dop_v1_|hex:64»
set -gx EDITOR hx
set -gx GPG_TTY (tty)
"""),
    ("dotfiles/@USER@/.config/nushell/env.nu", "dotfiles:nushell",
     """$env.ANTHROPIC_API_KEY = "«P anthropic api_key sk-ant-api03-|b64u:93|AA»"
$env.PATH = ($env.PATH | split row (char esep) | prepend '~/.cargo/bin')
$env.GIT_AUTHOR_EMAIL = "@USER@@corrievane.com"
"""),
    ("dotfiles/@USER@/.gitconfig", "dotfiles:gitconfig",
     """[user]
	name = @USER@
	email = @USER@@corrievane.com
	signingkey = «D gpg key_fingerprint HEX:40»
[credential "https://gitlab.corrievane.com"]
	username = @USER@
	helper = "!f() { echo password=«P gitlab pat glpat-|b64u:20»; }; f"
"""),
    ("dotfiles/@USER@/.config/himalaya/config.toml", "dotfiles:himalaya",
     """[accounts.work]
default = true
email = "@USER@@corrievane.com"
backend.type = "imap"
backend.host = "imap.corrievane.com"
backend.port = 993
backend.login = "@USER@@corrievane.com"
backend.auth.type = "password"
backend.auth.raw = "«P imap password pw»"
"""),
    ("dotfiles/@USER@/.ssh/config", "dotfiles:ssh-config",
     """Host liftgw-*
    User ops
    IdentityFile ~/.ssh/id_ed25519_cv
    # old PLC panels only speak password auth; sshpass -p «P plc_panel ssh_password pw» ssh panel-@SHORT@
Host jump
    HostName jump.corrievane.com
    HostKeyAlias «D ssh host_key_fingerprint SHA256:|b64:43»
"""),
    ("infra/@SITE@/systemd/liftboard.service.d/override.conf", "infra:systemd-dropin",
     """[Service]
Environment="LIFTBOARD_DB_URL=mysql://liftboard:«Q mysql password pw»@db-@SHORT@.cv.internal/liftboard"
Environment="LIFTBOARD_SESSION_SECRET=«P liftboard session_secret hex:64»"
Environment="LIFTBOARD_BUILD=«D liftboard git_sha hex:40»"
"""),
    ("infra/@SITE@/k8s/grafana-values.yaml", "infra:helm-values",
     """adminUser: admin
adminPassword: «P grafana admin_password pw»
grafana.ini:
  auth.generic_oauth:
    client_id: «D keycloak client_id grafana-@SHORT@»
    client_secret: «P keycloak client_secret an:32»
  database:
    password: ${GF_DATABASE_PASSWORD}
"""),
    ("infra/@SITE@/rsyslog.d/30-ship.conf", "infra:rsyslog",
     """module(load="omhttp")
action(type="omhttp" server="logs.cv.internal" serverport="443" usehttps="on"
       restpath="api/v1/push" uid="rsyslog-@SHORT@" pwd="«P loki basic_auth_password pw»"
       template="json_lines")
"""),
    ("infra/@SITE@/nomad/liftboard.nomad.hcl", "infra:nomad",
     """job "liftboard" {
  group "web" {
    task "app" {
      driver = "docker"
      env {
        REDIS_URL = "redis://:«Q redis password pw»@redis-@SHORT@.cv.internal:6379/0"
        RELEASE   = "«D liftboard release_id uuid»"
      }
    }
  }
}
"""),
    ("infra/@SITE@/bacula/bacula-fd.conf", "infra:bacula",
     """Director {
  Name = cv-dir
  Password = "«P bacula director_password b64:44»"
}
FileDaemon {
  Name = liftgw-@SHORT@-fd
  FDport = 9102
}
"""),
]


def build(Doc):
    specs = []
    for n, (site, Site, short, user) in enumerate(SITES):
        for path, shape, text in T:
            sub = lambda s: s.replace("@SITE@", site).replace("@Site@", Site).replace("@SHORT@", short).replace("@USER@", user).replace("@N@", str(n + 40))  # noqa: E731
            specs.append(("repos/" + sub(path), shape, sub(text)))
    return files(Doc, "repos", specs)
