"""Project-file templates, part C (personal tooling, ops files, logs, notes, dumps, encoded forms)."""
from tmpl19a import t

t("jupyter-notebook", "«P»/notebooks/eval_rag.ipynb", "ipynb", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "os.environ[\\"LLAMA_CLOUD_API_KEY\\"] = \\"«p:llamacloud»\\"\\n",
    "os.environ[\\"ANTHROPIC_API_KEY\\"] = \\"«p:anthropic»\\"\\n",
    "run_id = \\"«d:d_uuid»\\""
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

t("sql-dump", "«P»/db/seed_2026-02.sql", "sql:dump", """-- MariaDB dump 10.19
INSERT INTO `integrations` (`id`, `name`, `api_key`, `webhook_secret`, `created_at`) VALUES
(1,'sendgrid','«p:sendgrid»',NULL,'2026-01-12 10:02:11'),
(2,'stripe','«p:stripe»','«p:stripe_wh»','2026-01-12 10:05:40'),
(3,'slack','«p:slack_bot»',NULL,'2026-01-14 08:51:02');
INSERT INTO `users` (`id`, `email`, `password_hash`) VALUES
(1,'admin@«P».example','«d:d_bcrypt»'),
(2,'ops@«P».example','«d:d_argon»');
""")

t("app-log", "«P»/logs/worker-2026-03-04.log", "log:http", """2026-03-04T02:11:09.114Z INFO  worker started pid=4112 version=3.8.1 commit=«d:d_commit»
2026-03-04T02:11:10.502Z DEBUG outgoing request POST https://api.sendgrid.com/v3/mail/send headers={"Authorization": "Bearer «p:sendgrid»", "Content-Type": "application/json"}
2026-03-04T02:11:10.771Z WARN  retrying request_id=«d:d_uuid» attempt=2
2026-03-04T02:11:12.030Z DEBUG GET https://api.github.com/repos/example/«P»/releases token=«p:github» status=200
2026-03-04T02:11:12.900Z INFO  connected redis url=«u:redis://default:{pw}@cache.internal:6379/0»
""")

t("oncall-notes", "«P»/docs/oncall-handover.md", "markdown:notes", """# On-call handover (week 9)

- Grafana admin login for the status wall: admin / «p:pw»
- The staging Postgres superuser password was rotated to `«p:dbpw»` (old one revoked).
- Temporary Vercel token for the preview cleanup script: «p:vercel» — delete after March.
- Customer reported key `«d:d_masked»` leaked in a screenshot; it is masked, nothing to do.
- Deploy of «d:d_commit» is pinned in Argo.
""")

t("org-mode-journal", "«P»/notes/setup.org", "org:notes", """* Homelab setup
** NAS
   - web ui: https://nas.lan:5001  user: =admin=  pass: =«p:pw»=
** Backups
   - B2 bucket «P»-backup
   - restic repository password: «p:pw»
** Links
   - runbook commit «d:d_commit»
""")

t("fish-history", "«P»/dotfiles/fish_history", "shell:fish-history", """- cmd: git push origin main
  when: 1740001201
- cmd: export OPENAI_API_KEY=«p:openai»
  when: 1740001299
- cmd: curl -u admin:«p:pw» https://jenkins.lan/api/json
  when: 1740001377
- cmd: docker login -u «P»bot -p «p:docker_pat» docker.io
  when: 1740001455
- cmd: sha256sum release.tar.gz  # «d:d_sha256»
  when: 1740001501
""")

t("powershell-history", "«P»/dotfiles/ConsoleHost_history.txt", "shell:ps-history", """cd C:\\src\\«P»
$env:AZURE_DEVOPS_EXT_PAT = "«p:secret52»"
az devops login --organization https://dev.azure.com/«P»
$cred = New-Object PSCredential("svc-build", (ConvertTo-SecureString "«p:pw»" -AsPlainText -Force))
Get-FileHash .\\setup.exe  # «d:d_sha256»
""")

t("k8s-dockerconfigjson", "«P»/deploy/regcred.yaml", "yaml:dockerconfigjson", """apiVersion: v1
kind: Secret
metadata:
  name: regcred
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «dockercfg»
""")

t("aws-secretsmanager-output", "«P»/docs/debug/get-secret-value.json", "json:escaped", """{
    "ARN": "arn:aws:secretsmanager:eu-west-1:«acct»:secret:prod/«P»/db-AbCdEf",
    "Name": "prod/«P»/db",
    "VersionId": "«d:d_uuid»",
    "SecretString": "{\\"username\\":\\"«P»_app\\",\\"password\\":\\"«p:dbpw»\\",\\"engine\\":\\"postgres\\",\\"host\\":\\"db.internal\\"}",
    "VersionStages": ["AWSCURRENT"]
}
""")

t("cabal-config", "«P»/dotfiles/.cabal/config", "cabal:config", """repository hackage.haskell.org
  url: http://hackage.haskell.org/

username: «P»-maint
password: «p:pw»
-- password-command: pass show hackage
remote-repo-cache: /home/dev/.cabal/packages
""")

t("muttrc", "«P»/dotfiles/.muttrc", "muttrc", """set from = "dev@«P».example"
set realname = "Dev"
set imap_user = "dev@«P».example"
set imap_pass = "«p:pw»"
set smtp_url = "smtps://dev@«P».example@smtp.«P».example:465/"
set smtp_pass = "«p:pw»"
set folder = "imaps://imap.«P».example:993"
# set imap_pass = "`pass show mail`"
""")

t("pypirc", "«P»/dotfiles/.pypirc", "ini:pypirc", """[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = «p:pypi»

[internal]
repository = https://pkgs.«P».example/simple/
username = uploader
password = «p:pw»
""")

t("s3cfg", "«P»/dotfiles/.s3cfg", "ini:s3cfg", """[default]
access_key = «p:aws_id»
secret_key = «p:aws_secret»
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
gpg_passphrase = «p:pw»
use_https = True
""")

t("passwd-s3fs", "«P»/ops/passwd-s3fs", "s3fs", """«p:ali_id»:«p:ali_secret»
""")

t("systemd-unit", "«P»/ops/«P»-api.service", "systemd:unit", """[Unit]
Description=«P» API
After=network-online.target

[Service]
User=«P»
Environment=DATABASE_URL=«u:postgres://api:{pw}@127.0.0.1/«P»»
Environment="TENCENTCLOUD_SECRET_ID=«p:tc_id»" "TENCENTCLOUD_SECRET_KEY=«p:tc_key»"
Environment=BUILD_ID=«d:d_commit»
ExecStart=/opt/«P»/bin/api
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

t("crontab", "«P»/ops/crontab", "crontab", """# m h dom mon dow command
*/5 * * * * curl -fsS "https://api.uptimerobot.com/v2/getMonitors" -d "api_key=«p:uptimerobot»&format=json" > /dev/null
0 3 * * * PGPASSWORD='«p:dbpw»' pg_dump -h db -U backup «P» | gzip > /backup/«P».sql.gz
15 3 * * * /opt/scripts/check.sh «d:d_uuid»
""")

t("devcontainer", "«P»/.devcontainer/devcontainer.json", "json:devcontainer", """{
  "name": "«P»",
  "image": "mcr.microsoft.com/devcontainers/python:3.12",
  "containerEnv": {
    "HF_TOKEN": "«p:hf»",
    "REPLICATE_API_TOKEN": "«p:replicate»",
    "SECRET_FROM_HOST": "${localEnv:MY_SECRET}"
  },
  "postCreateCommand": "pip install -r requirements.txt"
}
""")

t("insomnia-export", "«P»/api/insomnia.yaml", "yaml:insomnia", """type: collection.insomnia.rest/5.0
name: «P» API
environments:
  name: Base Environment
  data:
    base_url: https://api.«P».example
    mercury_token: «p:mercury»
    zoho_refresh: «p:zoho»
    request_id: «d:d_uuid»
""")

t("zed-settings", "«P»/dotfiles/zed/settings.json", "json:zed", """{
  "theme": "One Dark",
  "language_models": {
    "openai": { "api_url": "https://api.openai.com/v1", "available_models": [] }
  },
  "lsp": {
    "sourcegraph": { "initialization_options": { "accessToken": "«p:sourcegraph»" } }
  },
  "assistant": { "default_model": { "provider": "anthropic", "model": "claude-sonnet" } },
  "context_servers": { "github": { "settings": { "github_personal_access_token": "«p:github_fg»" } } }
}
""")

t("slurm-job", "«P»/hpc/train.sbatch", "shell:slurm", """#!/bin/bash
#SBATCH --job-name=«P»-train
#SBATCH --gres=gpu:4
#SBATCH --time=24:00:00
export WANDB_API_KEY=«p:wandb»
export HF_TOKEN=«p:hf»
export CHECKPOINT_SHA=«d:d_sha256»
srun python train.py --config configs/base.yaml
""")

t("pyinfra-deploy", "«P»/deploy/deploy.py", "python:pyinfra", """from pyinfra.operations import files, server

server.user(name="Create deploy user", user="deploy", password="«d:d_bcrypt»")
files.template(
    name="Render app env",
    src="templates/env.j2",
    dest="/etc/«P»/env",
    db_password="«p:dbpw»",
    duffel_token="«p:duffel»",
)
""")

t("ansible-group-vars", "«P»/ansible/group_vars/all/vars.yml", "yaml:ansible", """app_user: «P»
app_db_password: "{{ vault_app_db_password }}"
rootly_api_token: «p:rootly»
grafana_admin_password: "«p:pw»"
node_exporter_checksum: "sha256:«d:d_sha256»"
""")

t("nginx-proxy-auth", "«P»/nginx/conf.d/upstream.conf", "nginx", """upstream legacy_erp { server 10.0.4.12:8069; }
server {
    listen 443 ssl;
    server_name erp.«P».example;
    location / {
        proxy_set_header Authorization "Basic «basicauth»";
        proxy_pass http://legacy_erp;
    }
    location /api/ {
        proxy_set_header X-Api-Key "«p:secret40»";
        proxy_pass http://legacy_erp;
    }
}
""")

t("sealed-secret", "«P»/deploy/sealed-db.yaml", "yaml:sealed-secret", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db
spec:
  encryptedData:
    password: «d:sealed»
  template:
    metadata:
      annotations:
        note: "plain copy for local kind cluster below"
---
apiVersion: v1
kind: Secret
metadata:
  name: db-local
stringData:
  password: «p:dbpw»
""")

t("bitwarden-sm-script", "«P»/scripts/fetch-secrets.sh", "shell:script", """#!/usr/bin/env bash
set -euo pipefail
export BWS_ACCESS_TOKEN="${BWS_ACCESS_TOKEN:-«p:bw»}"
export OP_SERVICE_ACCOUNT_TOKEN='«p:op_sa»'
DB_PASS=$(op read "«d:d_op_ref»")
bws secret list «d:d_uuid» > .secrets.json
""")

t("jenkins-groovy-script", "«P»/jenkins/init.groovy.d/trigger.groovy", "groovy:script", """def url = new URL("https://ci.«P».example/job/nightly/build?token=«p:secret32»")
def conn = url.openConnection()
conn.setRequestProperty("Authorization", "Basic " + "admin:«p:jenkins_tok»".bytes.encodeBase64().toString())
println conn.responseCode
""")

t("terraform-k8s-bootstrap", "«P»/infra/cloud-init.yaml", "yaml:cloud-config", """#cloud-config
runcmd:
  - kubeadm join 10.0.0.10:6443 --token «p:k8s_boot» --discovery-token-ca-cert-hash sha256:«d:d_sha256»
  - echo "joined" > /var/log/join.done
""")

t("coingecko-streamlit", "«P»/dashboard/pages/2_Prices.py", "python:streamlit", """import requests
import streamlit as st

HEADERS = {"x-cg-pro-api-key": "«p:coingecko»"}
st.title("Prices")
resp = requests.get("https://pro-api.coingecko.com/api/v3/simple/price", params={"ids": "bitcoin", "vs_currencies": "eur"}, headers=HEADERS)
st.json(resp.json())
st.caption("example key from the docs: «d:cg_demo»")
""")

t("env-example", "«P»/.env.example", "env:example", """# copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/«P»
STRIPE_SECRET_KEY=«d:d_changeme»
STRIPE_PUBLISHABLE_KEY=«d:d_stripe_test_pk»
GITHUB_TOKEN=«d:d_ghp_fill»
GITLAB_TOKEN=«d:d_glpat_x»
AWS_ACCESS_KEY_ID=«d:d_aws_example»
AWS_SECRET_ACCESS_KEY=«d:d_aws_example_secret»
# left over from local testing, remove before commit:
SENTRY_AUTH_TOKEN=«p:sentry_org»
""")

t("test-fixtures", "«P»/tests/fixtures/credentials.py", "python:fixtures", '''"""Fake credentials for unit tests: shapes only, none of these work anywhere."""

FAKE_OPENAI_KEY = "«d:d_trunc»"
FAKE_AWS_KEY_ID = "«d:d_aws_example»"
FAKE_SSH_PUBLIC = "«d:d_ssh_pub»"
FAKE_DSN = "«d:d_sentry_dsn»"
EXPECTED_DIGEST = "«d:d_sha256»"
''')

t("lockfile-hashes", "«P»/web/assets.lock.json", "json:lockfile", """{
  "assets": {
    "app.js": { "integrity": "«d:d_sri»", "commit": "«d:d_commit»" },
    "vendor.js": { "integrity": "«d:d_sri»", "commit": "«d:d_commit»" }
  },
  "image": "ghcr.io/example/«P»@«d:d_container_digest»",
  "cdnToken": "«p:secret32»"
}
""")
