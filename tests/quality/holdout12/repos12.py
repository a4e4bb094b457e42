"""repos/ half: files as committed in MLOps, mail-client dotfiles, storage clients, CI systems,
data platforms and self-hosted apps. Each file is (path, shape, template); slots:
  «p|provider|format»            a positive from formats12's table
  «g|provider|format|spec»       a positive written from the spec here
  «b|provider|format|spec»       a positive written base64-encoded (labelled decoded)
  «d|provider|kind|spec»         a decoy
Specs use formats12.expand's slot language ([ and ] stand for { and }).
"""
import re

from formats12 import PROVIDERS, expand

AKIA = "AKIA[B:16]"
AWS_SECRET = "[a:20]/[b:19]"
OPENAI = "sk-proj-[w:74]T3BlbkFJ[w:74]"
GHP = "ghp_[a:36]"
PW = "[a:8]-[a:6]![d:2]"

FILES = [
    # ---- MLOps
    ("ml-platform/clearml.conf", "hocon", """api {
    web_server: https://app.clear.ml
    api_server: https://api.clear.ml
    credentials {
        "access_key" = "«d|clearml|access-key|[u:30]»"
        "secret_key" = "«g|clearml|secret-key|[a:50]»"
    }
}
sdk {
    aws {
        s3 {
            key: "«g|aws|access-key-id|%s»"
            secret: "«g|aws|secret-key|%s»"
            region: "eu-west-1"
        }
    }
    development { default_output_uri: "s3://«d|generic|bucket|[L:8]»-models/clearml" }
}
""" % (AKIA, AWS_SECRET)),
    ("ml-platform/feature_repo/feature_store.yaml", "yaml-parent", """project: churn
registry: s3://feast-registry/«d|generic|path-hash|[h:16]»/registry.db
provider: aws
online_store:
  type: redis
  connection_string: "redis.prod.internal:6379,password=«g|generic|redis-password|[a:24]»,ssl=true"
offline_store:
  type: snowflake.offline
  account: «d|snowflake|account|[L:2][d:5].eu-central-1»
  user: FEAST_SVC
  password: «g|snowflake|password|%s»
  role: FEAST
  database: FEATURES
entity_key_serialization_version: 3
""" % PW),
    ("ml-platform/.comet.config", "ini-key", """[comet]
api_key = «g|comet|api-key|[a:25]»
workspace = «d|comet|workspace|[L:9]»
project_name = churn-v3
[comet_logging]
file = /tmp/comet.log
hash = «d|generic|sha1|[h:40]»
"""),
    ("ml-platform/conf/local/credentials.yml", "yaml-parent", """# kedro local credentials (should be gitignored)
dev_s3:
  client_kwargs:
    aws_access_key_id: «g|aws|access-key-id|%s»
    aws_secret_access_key: «g|aws|secret-key|%s»
warehouse:
  con: postgresql://kedro:«g|postgres|password|%s»@warehouse.internal:5432/analytics
hf:
  token: «p|huggingface|user-token»
wandb:
  api_key: «p|wandb|api-key»
example_creds:
  key: «d|generic|placeholder|<replace-with-your-key>»
""" % (AKIA, AWS_SECRET, PW)),
    ("ml-platform/sagemaker/training-job.json", "json-pairs", """{
  "TrainingJobName": "churn-xgb-«d|generic|timestamp|2026-11-[d:2]-[d:2]-[d:2]-[d:3]»",
  "RoleArn": "arn:aws:iam::«d|aws|account-id|[d:12]»:role/SageMakerExecution",
  "AlgorithmSpecification": {
    "TrainingImage": "«d|aws|ecr-image|[d:12].dkr.ecr.eu-west-1.amazonaws.com/train@sha256:[h:64]»",
    "TrainingInputMode": "File"
  },
  "Environment": {
    "WANDB_API_KEY": "«p|wandb|api-key»",
    "HF_TOKEN": "«p|huggingface|org-token»",
    "COMET_API_KEY": "«g|comet|api-key|[a:25]»",
    "MLFLOW_TRACKING_PASSWORD": "«g|mlflow|password|%s»",
    "MLFLOW_TRACKING_URI": "«d|generic|url|https://mlflow.internal.example/»"
  }
}
""" % PW),
    ("ml-platform/vertex/custom_job.yaml", "yaml-env-list", """displayName: rerank-finetune
jobSpec:
  workerPoolSpecs:
    - machineSpec:
        machineType: a2-highgpu-1g
      replicaCount: 1
      containerSpec:
        imageUri: «d|google|image-digest|europe-docker.pkg.dev/acme/train/rerank@sha256:[h:64]»
        env:
          - name: COHERE_API_KEY
            value: «p|cohere|api-key»
          - name: OPENAI_API_KEY
            value: «g|openai|project-key|%s»
          - name: MISTRAL_API_KEY
            value: «p|mistral|api-key»
          - name: GOOGLE_CLOUD_PROJECT
            value: «d|google|project-id|acme-ml-[d:6]»
  serviceAccount: «d|google|service-account|trainer@acme-ml.iam.gserviceaccount.com»
""" % OPENAI),
    ("ml-platform/label-studio/.env", "dotenv", """LABEL_STUDIO_HOST=https://label.acme.example
LABEL_STUDIO_USERNAME=admin@acme.example
LABEL_STUDIO_PASSWORD=«g|labelstudio|admin-password|%s»
LABEL_STUDIO_USER_TOKEN=«g|labelstudio|user-token|[h:40]»
POSTGRE_PASSWORD=«g|postgres|password|[a:20]»
SECRET_KEY=«g|generic|django-secret-key|[a:50]»
LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK=true
MINIO_ROOT_PASSWORD=«d|generic|placeholder|changeme»
""" % PW),
    ("ml-platform/kserve/storage-secret.yaml", "k8s-secret", """apiVersion: v1
kind: Secret
metadata:
  name: s3-model-store
  annotations:
    serving.kserve.io/s3-endpoint: s3.eu-west-1.amazonaws.com
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b|aws|access-key-id|%s»
  AWS_SECRET_ACCESS_KEY: «b|aws|secret-key|%s»
stringData:
  HF_TOKEN: «p|huggingface|user-token»
  checksum: «d|generic|sha256|[h:64]»
""" % (AKIA, AWS_SECRET)),
    ("ml-platform/bentofile.yaml", "yaml-env-list", """service: "service:Summarizer"
include: ["*.py"]
python:
  requirements_txt: requirements.txt
envs:
  - name: ANTHROPIC_API_KEY
    value: «p|anthropic|api-key»
  - name: TOGETHER_API_KEY
    value: «p|togetherai|tgp»
  - name: GROQ_API_KEY
    value: «p|groq|api-key»
  - name: BENTO_MODEL_TAG
    value: «d|generic|model-tag|summarizer:[l:16]»
"""),
    ("ml-platform/.dvc/config", "ini-section", """[core]
    remote = storage
    autostage = true
['remote "storage"']
    url = s3://«d|generic|bucket|[L:6]»-dvc/cache
    access_key_id = «g|aws|access-key-id|%s»
    secret_access_key = «p|dvc|s3-secret»
['remote "cluster"']
    url = ssh://gpu01.internal/srv/dvc
    user = dvc
    password = «p|dvc|ssh-password»
['remote "gdrive"']
    url = gdrive://«d|google|folder-id|[w:33]»
    gdrive_client_id = «d|google|client-id|[d:12]-[l:32].apps.googleusercontent.com»
    gdrive_client_secret = «p|google|oauth-secret»
""" % AKIA),
    ("ml-platform/ray/cluster.yaml", "yaml-block-shell", """cluster_name: llm-eval
max_workers: 4
provider:
  type: aws
  region: us-west-2
setup_commands:
  - pip install -U "ray[default]" vllm
  - echo 'export HF_TOKEN=«p|huggingface|user-token»' >> ~/.bashrc
  - echo 'export WANDB_API_KEY=«p|wandb|api-key»' >> ~/.bashrc
  - wandb login --relogin «d|wandb|env-reference|$WANDB_API_KEY»
head_setup_commands:
  - ray job submit --runtime-env-json='{"env_vars": {"NVIDIA_API_KEY": "«p|nvidia|api-key»"}}' -- python eval.py
"""),
    ("ml-platform/.netrc", "netrc", """machine api.wandb.ai
  login user
  password «p|wandb|api-key»
machine huggingface.co
  login acme-bot
  password «p|huggingface|user-token»
"""),
    ("ml-platform/notebooks/eval.py", "python-sdk", """import replicate
import tavily
from elevenlabs.client import ElevenLabs

client = replicate.Client(api_token="«p|replicate|api-token»")
search = tavily.TavilyClient("«p|tavily|api-key»")
voice = ElevenLabs(api_key="«p|elevenlabs|api-key»")
jina_headers = {"Authorization": "Bearer «p|jina|api-key»"}
# model version pinned
VERSION = "«d|replicate|model-version|[h:64]»"
EXAMPLE = "«d|tavily|placeholder|tvly-YOUR_API_KEY»"
"""),
    # ---- mail clients
    ("mail-dotfiles/.mbsyncrc", "mail-config", """IMAPAccount work
Host imap.fastmail.com
User ops@acme.example
Pass «g|generic|imap-password|%s»
SSLType IMAPS

IMAPAccount personal
Host imap.gmail.com
User me@gmail.example
PassCmd "pass show mail/gmail"
AuthMechs LOGIN
# app password shown once: «g|google|app-password|[L:4] [L:4] [L:4] [L:4]»
""" % PW),
    ("mail-dotfiles/.config/aerc/accounts.conf", "url-userinfo", """[Work]
source = imaps://ops%40acme.example:«g|generic|imap-password|[a:18]»@imap.acme.example:993
outgoing = smtps+plain://ops%40acme.example:«g|generic|smtp-password|[a:18]»@smtp.acme.example:465
default = INBOX
from = Ops <ops@acme.example>

[Personal]
source = imaps://me@imap.fastmail.com
source-cred-cmd = «d|generic|command|pass show fastmail»
outgoing = smtp+plain://me@smtp.fastmail.com:587
"""),
    ("mail-dotfiles/.getmail/getmailrc", "ini-key", """[retriever]
type = SimpleIMAPSSLRetriever
server = imap.acme.example
username = archive@acme.example
password = «g|generic|imap-password|%s»

[destination]
type = Maildir
path = ~/Mail/archive/
[options]
message_log = ~/.getmail/log
# password_command = («d|generic|command|/usr/bin/pass», "mail/archive")
""" % PW),
    ("mail-dotfiles/etc/ssmtp/ssmtp.conf", "daemon-conf", """root=postmaster
mailhub=smtp.sendgrid.net:587
AuthUser=apikey
AuthPass=«g|sendgrid|api-key|SG.[w:22].[w:43]»
UseSTARTTLS=YES
FromLineOverride=YES
#AuthPass=«d|generic|placeholder|your_password_here»
"""),
    ("mail-dotfiles/.offlineimaprc", "ini-key", """[general]
accounts = Work
pythonfile = ~/.offlineimap.py

[Account Work]
localrepository = WorkLocal
remoterepository = WorkRemote

[Repository WorkRemote]
type = IMAP
remotehost = outlook.office365.com
remoteuser = ops@acme.example
remotepass = «g|generic|imap-password|[a:14][d:3]»
sslcacertfile = /etc/ssl/certs/ca-certificates.crt
cert_fingerprint = «d|generic|sha256|[h:64]»

[Repository BackupRemote]
type = IMAP
remotehost = imap.mailbox.org
remoteuser = backup@acme.example
remotepasseval = «d|generic|python-call|get_pass("mailbox")»
"""),
    ("mail-dotfiles/etc/nullmailer/remotes", "cli-flag", """smtp.mailgun.org smtp --port=587 --starttls --user=postmaster@mg.acme.example --pass=«g|mailgun|smtp-password|[h:32]-[h:8]-[h:8]»
smtp.postmarkapp.com smtp --port=587 --starttls --user=«g|postmark|server-token|[uuid]» --pass=«d|postmark|same-token-note|see-user-field»
"""),
    ("mail-dotfiles/.config/vdirsyncer/config", "ini-key", """[general]
status_path = "~/.vdirsyncer/status/"

[storage work_contacts_remote]
type = "carddav"
url = "https://dav.acme.example/"
username = "ops"
password = "«g|generic|dav-password|%s»"

[storage personal_remote]
type = "caldav"
url = "https://caldav.fastmail.com/"
username = "me@fastmail.example"
password.fetch = ["command", "«d|generic|command|pass»", "fastmail/app"]
""" % PW),
    ("mail-dotfiles/etc/mail/secrets", "colon-pair", """# OpenSMTPD credentials table: label user:password
relay-ses «g|aws|ses-smtp-user|%s»:«g|aws|ses-smtp-password|B[b:43]»
relay-backup backup:«g|generic|smtp-password|[a:20]»
""" % AKIA),
    ("mail-dotfiles/.config/neomutt/neomuttrc", "mail-config", """set imap_user = "ops@acme.example"
set imap_pass = "«g|generic|imap-password|[a:16]»"
set smtp_url = "smtps://ops@acme.example:«g|generic|smtp-password|[a:16]»@smtp.acme.example:465/"
set folder = "imaps://imap.acme.example:993"
set pgp_default_key = «d|generic|pgp-fingerprint|[H:40]»
# set smtp_pass = "«d|generic|placeholder|********»"
"""),
    ("mail-dotfiles/etc/postfix/sasl_passwd", "colon-pair", """[smtp.sparkpostmail.com]:587 SMTP_Injection:«p|sparkpost|api-key»
[«d|postfix|relayhost|smtp.brevo.com»]:587 relay@acme.example:«p|brevo|smtp-key»
[smtp.eu.mailgun.org]:587 postmaster@mg.acme.example:«g|mailgun|smtp-password|[h:32]-[h:8]-[h:8]»
"""),
    ("mail-dotfiles/.msmtprc", "mail-config", """defaults
auth on
tls on
account mandrill
host smtp.mandrillapp.com
port 587
user acme
password «p|mandrill|api-key»
account mailjet
host in-v3.mailjet.com
user «d|mailjet|public-key|[h:32]»
password «p|mailjet|secret-key»
account default : mandrill
"""),
    # ---- storage and backup clients
    ("storage-clients/etc/passwd-s3fs", "colon-pair", """%s:%s
""" % ("«g|aws|access-key-id|%s»" % AKIA, "«g|aws|secret-key|%s»" % AWS_SECRET)),
    ("storage-clients/etc/davfs2/secrets", "whitespace-columns", """# davfs2 secrets: mount point or URL, user, password
https://dav.box.com/dav  ops@acme.example  «g|generic|dav-password|[a:18]»
/mnt/nextcloud  backup  "«g|generic|dav-password|[a:10] [a:6]»"
# /mnt/example  user  «d|generic|placeholder|password»
"""),
    ("storage-clients/.smbcredentials", "ini-key", """username=svc_backup
password=«g|windows|smb-password|%s»
domain=ACME
""" % PW),
    ("storage-clients/etc/fstab", "cli-flag", """UUID=«d|generic|fs-uuid|[uuid]» / ext4 defaults 0 1
//nas.internal/media /mnt/media cifs username=media,password=«g|windows|cifs-password|[a:14]»,uid=1000,iofmt=0 0 0
//nas.internal/backup /mnt/backup cifs credentials=/root/.smbcredentials,uid=0 0 0
"""),
    ("storage-clients/Cyberduck/Bookmarks/wasabi.duck", "plist", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>Protocol</key><string>s3</string>
    <key>Hostname</key><string>s3.eu-central-1.wasabisys.com</string>
    <key>UUID</key><string>«d|generic|bookmark-uuid|[uuid]»</string>
    <key>Username</key><string>«g|wasabi|access-key|[B:20]»</string>
    <key>Password</key><string>«g|wasabi|secret-key|[a:40]»</string>
    <key>Path</key><string>/media-archive</string>
</dict>
</plist>
"""),
    ("storage-clients/duplicati/backup-job.json", "json-url-query", """{
  "Backup": {
    "Name": "nightly-nas",
    "TargetURL": "s3://acme-backups/nas?s3-server-name=s3.eu-central-003.backblazeb2.com&auth-username=«d|backblaze|key-id|[h:25]»&auth-password=«g|backblaze|application-key|K003[a:27]»",
    "Settings": [
      { "Name": "passphrase", "Value": "«g|generic|backup-passphrase|[a:12]-[a:12]-[a:8]»" },
      { "Name": "encryption-module", "Value": "aes" },
      { "Name": "send-mail-password", "Value": "«g|generic|smtp-password|[a:16]»" }
    ]
  },
  "DisplayNames": { "/volume1/": "«d|generic|hash|[h:32]»" }
}
"""),
    ("storage-clients/synology/hyperbackup-offsite.sh", "shell-export", """#!/bin/sh
# Task Scheduler: user-defined script, runs as root on the DiskStation
export B2_ACCOUNT_ID=«d|backblaze|key-id|[h:25]»
export B2_ACCOUNT_KEY=«g|backblaze|application-key|K005[a:27]»
export RESTIC_PASSWORD='«g|generic|restic-password|[a:22]»'
curl -fsS -u admin:«g|generic|dsm-password|%s» "http://localhost:5000/webapi/auth.cgi?api=SYNO.API.Auth&method=login"
curl -fsS "https://ntfy.sh/nas-backup" -H "Authorization: Bearer «p|ntfy|access-token»" -d "backup done"
SUM=«d|generic|sha256|[h:64]»
""" % PW),
    ("storage-clients/.mc/config.json", "json-pairs", """{
  "version": "10",
  "aliases": {
    "prod": {
      "url": "https://minio.acme.example",
      "accessKey": "«g|minio|access-key|[u:20]»",
      "secretKey": "«g|minio|secret-key|[a:40]»",
      "api": "s3v4",
      "path": "auto"
    },
    "play": {
      "url": "https://play.min.io",
      "accessKey": "«d|minio|docs-example|Q3AM3UQ867SPQQA43P2F»",
      "secretKey": "«d|minio|docs-example|zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG»",
      "api": "S3v4"
    }
  }
}
"""),
    ("storage-clients/scripts/azcopy-sync.ps1", "url-query", """$ErrorActionPreference = 'Stop'
$sas = '?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=«g|azure|sas-signature|[a:43]»%3D'
azcopy sync 'D:\\Exports' "https://acmeexports.blob.core.windows.net/exports$sas" --recursive
$env:AZCOPY_SPA_CLIENT_SECRET = '«p|azure|client-secret»'
$tenant = '«d|azure|tenant-id|[uuid]»'
"""),
    # ---- CI systems
    ("ci/bamboo-specs/bamboo.yml", "yaml-parent", """version: 2
plan:
  project-key: ACME
  key: API
  name: api build
variables:
  sonar.token: «p|sonarqube|user-token»
  deploy.password: «g|generic|deploy-password|%s»
  docker.registry: registry.acme.example
  artifact.sha: «d|generic|sha1|[h:40]»
stages:
  - Build:
      jobs: [Build]
Build:
  tasks:
    - script:
        - ./gradlew build -Psigning.password=«g|generic|signing-password|[a:16]»
        - curl -u ci:${bamboo.deploy.password} https://nexus.acme.example
""" % PW),
    ("ci/.semaphore/semaphore.yml", "yaml-env-list", """version: v1.0
name: Pipeline
agent:
  machine:
    type: e1-standard-2
blocks:
  - name: Test
    task:
      env_vars:
        - name: BROWSERSTACK_ACCESS_KEY
          value: «p|browserstack|access-key»
        - name: BROWSERSTACK_USERNAME
          value: «d|browserstack|username|[L:8]_[a:7]»
        - name: CODECOV_TOKEN
          value: «g|codecov|upload-token|[uuid]»
      secrets:
        - name: «d|generic|secret-name|dockerhub-creds»
      jobs:
        - name: unit
          commands:
            - checkout
            - npm test
"""),
    ("ci/appveyor.yml", "yaml-parent", """version: 1.0.{build}
image: Visual Studio 2022
environment:
  NUGET_API_KEY:
    secure: «d|appveyor|encrypted|[b:64]»
  COVERALLS_REPO_TOKEN: «p|coveralls|repo-token»
  SIGN_CERT_PASSWORD: «g|generic|pfx-password|%s»
build_script:
  - dotnet build -c Release
deploy:
  - provider: NuGet
    api_key: «g|nuget|api-key|oy2[l:43]»
""" % PW),
    ("ci/codemagic.yaml", "yaml-parent", """workflows:
  ios-release:
    environment:
      vars:
        APP_STORE_CONNECT_ISSUER_ID: «d|apple|issuer-id|[uuid]»
        APP_STORE_CONNECT_KEY_IDENTIFIER: «d|apple|key-id|[u:10]»
        CERTIFICATE_PASSWORD: «g|generic|p12-password|[a:14]»
        FIREBASE_TOKEN: «g|google|firebase-ci-token|1//[w:100]»
        SENTRY_AUTH_TOKEN: «g|sentry|user-token|sntryu_[h:64]»
    scripts:
      - flutter build ipa --dart-define=REVENUECAT_KEY=«d|revenuecat|public-sdk-key|appl_[a:27]»
"""),
    ("ci/bitrise.yml", "yaml-env-list", """format_version: "13"
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
app:
  envs:
    - BITRISE_PROJECT_PATH: ios/App.xcworkspace
    - SLACK_WEBHOOK_URL: «p|slack|webhook»
    - ONESIGNAL_REST_API_KEY: «p|onesignal|v2-key»
    - ONESIGNAL_APP_ID: «d|onesignal|app-id|[uuid]»
workflows:
  primary:
    steps:
      - git-clone@8: {}
      - script@1:
          inputs:
            - content: curl -H "Authorization: token «g|github|pat|%s»" https://api.github.com/user
""" % GHP),
    ("ci/.bitrise.secrets.yml", "yaml-env-list", """envs:
  - MATCH_PASSWORD: «g|generic|match-passphrase|[a:20]»
  - FASTLANE_PASSWORD: «g|apple|account-password|%s»
  - BUGSNAG_API_KEY: «p|bugsnag|notifier-key»
  - BUGSNAG_BUILD_ID: «d|bugsnag|build-uuid|[uuid]»
""" % PW),
    ("ci/.cirrus.yml", "yaml-parent", """env:
  CIRRUS_CLONE_DEPTH: 1
  CODECOV_TOKEN: ENCRYPTED[«d|cirrus|encrypted|[h:96]»]
  CARGO_REGISTRY_TOKEN: «g|cratesio|api-token|cio[a:32]»
  HEX_API_KEY: «p|hexpm|api-key»
task:
  name: publish
  container:
    image: rust:1.83
  publish_script: cargo publish --token «d|cratesio|env-reference|$CARGO_REGISTRY_TOKEN»
"""),
    ("ci/buildbot/master.cfg", "python-dict", """from buildbot.plugins import util, worker, changes

c = BuildmasterConfig = {}
c['workers'] = [worker.Worker("linux-01", "«g|generic|worker-password|[a:20]»"),
                worker.Worker("mac-01", util.Secret("mac01_password"))]
c['www'] = dict(port=8010, change_hook_dialects={'github': {'secret': '«g|github|webhook-secret|[h:40]»', 'strict': True}})
c['services'] = [reporters.GitHubStatusPush(token='«g|github|pat|%s»')]
c['db'] = {'db_url': "postgresql://buildbot:«g|postgres|password|[a:18]»@db.internal/buildbot"}
c['buildbotNetUsageData'] = None
c['title'] = "«d|generic|commit|[h:40]»"
""" % GHP),
    ("ci/zuul.d/secrets.yaml", "yaml-parent", """- secret:
    name: pypi-upload
    data:
      username: __token__
      password: !encrypted/pkcs1-oaep
        - «d|zuul|encrypted|[b:120]»
- secret:
    name: docker-hub
    data:
      username: acmeci
      password: «g|docker|pat|dckr_pat_[w:27]»
- secret:
    name: pypi-test
    data:
      password: «p|pypi|test-token»
"""),
    ("ci/.hal/config", "yaml-parent", """currentDeployment: default
deploymentConfigurations:
- name: default
  providers:
    dockerRegistry:
      accounts:
      - name: dockerhub
        address: https://index.docker.io
        username: acme
        password: «g|docker|password|%s»
    kubernetes:
      accounts:
      - name: prod
        kubeconfigFile: /home/spinnaker/.kube/config
  artifacts:
    github:
      accounts:
      - name: gh
        token: «g|github|fine-grained|github_pat_[a:22]_[a:59]»
  security:
    authn:
      oauth2:
        client:
          clientId: «d|google|client-id|[d:12]-[l:32].apps.googleusercontent.com»
          clientSecret: «p|google|oauth-secret»
""" % PW),
    ("ci/.woodpecker/deploy.yaml", "yaml-parent", """when:
  - event: push
    branch: main
steps:
  - name: deploy
    image: alpine
    environment:
      FLY_API_TOKEN: «p|flyio|org-token»
      RENDER_API_KEY: «p|render|api-key»
      DENO_DEPLOY_TOKEN:
        from_secret: «d|generic|secret-name|deno_token»
    commands:
      - flyctl deploy --remote-only
"""),
    ("ci/teamcity/settings.kts", "kotlin-dsl", """import jetbrains.buildServer.configs.kotlin.*

version = "2024.12"
project {
    params {
        password("env.SONAR_TOKEN", "credentialsJSON:«d|teamcity|credentials-ref|[uuid]»")
        param("env.SONAR_LOGIN", "«p|sonarqube|project-token»")
        param("env.TEAMCITY_TOKEN", "«p|teamcity|access-token»")
        param("env.DOCKER_PASSWORD", "«g|docker|password|[a:18]»")
    }
}
"""),
    # ---- data platforms
    ("data-platform/flink/conf/flink-conf.yaml", "yaml-dotted", """jobmanager.rpc.address: flink-jobmanager
state.backend: rocksdb
state.checkpoints.dir: s3://acme-flink/checkpoints
s3.access-key: «g|aws|access-key-id|%s»
s3.secret-key: «g|aws|secret-key|%s»
security.ssl.rest.keystore-password: «g|generic|keystore-password|[a:16]»
security.ssl.rest.truststore-password: «d|generic|docs-default|changeit»
metrics.reporter.dghttp.apikey: «p|datadog|api-key»
high-availability.cluster-id: «d|generic|cluster-id|[h:32]»
""" % (AKIA, AWS_SECRET)),
    ("data-platform/druid/common.runtime.properties", "properties", """druid.extensions.loadList=["druid-s3-extensions","postgresql-metadata-storage"]
druid.metadata.storage.type=postgresql
druid.metadata.storage.connector.connectURI=jdbc:postgresql://meta.internal:5432/druid
druid.metadata.storage.connector.user=druid
druid.metadata.storage.connector.password=«g|postgres|password|%s»
druid.s3.accessKey=«g|aws|access-key-id|%s»
druid.s3.secretKey=«g|aws|secret-key|%s»
druid.escalator.internalClientPassword=«g|generic|druid-internal-password|[a:24]»
druid.auth.authenticator.basic.initialAdminPassword=«g|generic|druid-admin-password|[a:20]»
druid.auth.authenticator.basic.credentialsValidator.type=metadata
druid.server.hiddenProperties=["druid.s3.secretKey","druid.metadata.storage.connector.password"]
druid.storage.baseKey=«d|generic|path|druid/segments»
""" % (PW, AKIA, AWS_SECRET)),
    ("data-platform/pinot/controller.conf", "properties", """controller.port=9000
controller.zk.str=zk.internal:2181
controller.admin.access.control.principals.admin.password=«g|generic|pinot-admin-password|[a:18]»
controller.admin.access.control.principals.viewer.password=«d|generic|docs-default|viewer»
pinot.controller.storage.factory.s3.accessKey=«g|aws|access-key-id|%s»
pinot.controller.storage.factory.s3.secretKey=«g|aws|secret-key|%s»
pinot.controller.segment.fetcher.auth.token=Basic «b|generic|basic-auth|admin:[a:18]»
""" % (AKIA, AWS_SECRET)),
    ("data-platform/dbt/profiles.yml", "yaml-parent", """analytics:
  target: prod
  outputs:
    prod:
      type: postgres
      host: «d|neon|host|ep-[L:5]-[L:5]-[l:8].eu-central-1.aws.neon.tech»
      user: dbt
      password: «p|planetscale|db-password»
      dbname: analytics
    cloud:
      type: databricks
      host: dbc-«d|databricks|workspace|[h:8]-[h:4]».cloud.databricks.com
      http_path: /sql/1.0/warehouses/«d|databricks|warehouse-id|[h:16]»
      token: «g|databricks|pat|dapi[h:32]»
"""),
    ("data-platform/airbyte/dbt_cloud_trigger.py", "python-sdk", """import requests

DBT_CLOUD = "https://cloud.getdbt.com/api/v2/accounts/«d|dbtcloud|account-id|[d:6]»/jobs/«d|dbtcloud|job-id|[d:6]»/run/"
resp = requests.post(DBT_CLOUD, headers={"Authorization": "Token «p|dbtcloud|service-token»"}, json={"cause": "airbyte sync"})
neon = requests.get("https://console.neon.tech/api/v2/projects", headers={"Authorization": "Bearer «p|neon|api-key»"})
confluent = ("«d|confluent|api-key-id|[u:16]»", "«p|confluent|api-secret»")
"""),
    # ---- self-hosted apps and ops
    ("selfhosted/directus/.env", "dotenv", """HOST=0.0.0.0
PORT=8055
KEY=«d|directus|public-key-uuid|[uuid]»
SECRET=«g|generic|directus-secret|[w:32]»
ADMIN_EMAIL=admin@acme.example
ADMIN_PASSWORD=«g|generic|admin-password|%s»
DB_CLIENT=pg
DB_PASSWORD=«g|postgres|password|[a:20]»
STORAGE_S3_KEY=«g|aws|access-key-id|%s»
STORAGE_S3_SECRET=«g|aws|secret-key|%s»
EMAIL_SMTP_PASSWORD=«p|brevo|smtp-key»
EMAIL_SMTP_USER=«d|generic|email|[L:6]@smtp-brevo.com»
""" % (PW, AKIA, AWS_SECRET)),
    ("selfhosted/netdata/stream.conf", "ini-section", """[stream]
    enabled = yes
    destination = parent.internal:19999
    api key = «g|netdata|stream-api-key|[uuid]»

[«g|netdata|stream-api-key|[uuid]»]
    enabled = yes
    default history = 3600
    allow from = 10.*
[11111111-2222-3333-4444-555555555555]
    enabled = «d|netdata|docs-example|no»
"""),
    ("selfhosted/zabbix/zabbix_server.conf", "daemon-conf", """LogFile=/var/log/zabbix/zabbix_server.log
DBHost=db.internal
DBName=zabbix
DBUser=zabbix
DBPassword=«g|generic|db-password|%s»
VaultToken=«p|vaultinit|root-token»
TLSPSKIdentity=«d|generic|psk-identity|PSK [d:3]»
StartPollers=10
""" % PW),
    ("selfhosted/homepage/services.yaml", "yaml-parent", """- Media:
    - Jellyfin:
        href: https://jf.home.example
        widget:
          type: jellyfin
          url: http://jellyfin:8096
          key: «p|jellyfin|api-key»
    - Portainer:
        widget:
          type: portainer
          env: «d|portainer|endpoint-id|2»
          key: «p|portainer|access-token»
    - Proxmox:
        widget:
          type: proxmox
          username: api@pam!homepage
          password: «p|proxmox|api-token-secret»
    - Sonarr:
        widget:
          key: «d|homepage|template|{{HOMEPAGE_VAR_SONARR_KEY}}»
"""),
    ("selfhosted/ops/runbook.md", "markdown-fenced", """# Rotating the shop integrations

1. Stripe: roll the key in the dashboard, then

```bash
export STRIPE_SECRET_KEY=«p|stripe|secret-live»
export STRIPE_WEBHOOK_SECRET=«p|stripe|webhook-secret»
```

2. Shopify custom app: `«p|shopify|admin-token»` (old, revoked 2026-10-01, still valid until rotated!)
3. WooCommerce REST: `curl -u «p|woocommerce|consumer-key»:«p|woocommerce|consumer-secret» https://shop.acme.example/wp-json/wc/v3/orders`
4. Paystack: `«p|paystack|live»`; the public key `«d|paystack|public|pk_live_[h:40]»` may stay in the theme.
5. Mollie: `«p|mollie|live»`, profile `«d|mollie|profile-id|pfl_[a:10]»`.
"""),
    ("selfhosted/ops/rotate.diff", "diff-added", """diff --git a/deploy/.env.production b/deploy/.env.production
--- a/deploy/.env.production
+++ b/deploy/.env.production
@@ -3,8 +3,8 @@ APP_ENV=production
-EASYPOST_API_KEY=«p|easypost|production»
+EASYPOST_API_KEY=«p|easypost|production»
-SHIPPO_API_TOKEN=«d|shippo|env-reference|${SHIPPO_TOKEN}»
+SHIPPO_API_TOKEN=«p|shippo|live»
+LOB_API_KEY=«p|lob|live»
+LOB_PUBLISHABLE_KEY=«d|lob|publishable|live_pub_[h:31]»
 GOCARDLESS_ENV=live
+GOCARDLESS_ACCESS_TOKEN=«p|gocardless|live»
"""),
    ("selfhosted/ops/support-bot.log", "log-line", """2026-11-29T08:14:02Z INFO  starting support bot v2.3.1 build=«d|generic|commit|[h:40]»
2026-11-29T08:14:02Z DEBUG freshdesk client init api_key=«p|freshdesk|api-key» domain=«d|freshdesk|domain|[L:8].freshdesk.com»
2026-11-29T08:14:03Z DEBUG telegram webhook set url=https://api.telegram.org/bot«p|telegram|bot-token»/setWebhook
2026-11-29T08:14:03Z DEBUG request_id=«d|generic|request-id|[uuid]» status=200
2026-11-29T08:14:04Z WARN  matrix sync retry token=«p|matrix|access-token» room=«d|matrix|room-id|![a:18]:matrix.org»
2026-11-29T08:14:05Z INFO  pushover app=«p|pushover|app-token» user=«d|pushover|user-key|u[l:29]»
"""),
    ("selfhosted/k8s/notify-secrets.yaml", "k8s-secret", """apiVersion: v1
kind: Secret
metadata:
  name: notify
type: Opaque
data:
  TEAMS_WEBHOOK_URL: «b|microsoftteams|incoming-webhook|https://acme.webhook.office.com/webhookb2/[uuid]@[uuid]/IncomingWebhook/[h:32]/[uuid]»
  LINE_CHANNEL_SECRET: «b|line|channel-secret|[h:32]»
  MESSAGEBIRD_ACCESS_KEY: «b|messagebird|live-key|[a:25]»
  resourceVersion: «d|generic|base64-int|[d:8]»
"""),
    ("selfhosted/docker/config.json", "docker-auth", """{
  "auths": {
    "registry.gitlab.com": { "auth": "«b|gitlab|deploy-token|gitlab+deploy-token-[d:6]:gldt-[w:20]»" },
    "ghcr.io": { "auth": "«b|github|pat|acme-bot:%s»" },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "«d|docker|creds-store|desktop»"
}
""" % GHP),
    ("selfhosted/terraform/observability.auto.tfvars", "hcl-assign", """sumologic_access_id  = "«d|sumologic|access-id|su[a:12]»"
sumologic_access_key = "«p|sumologic|access-key»"
axiom_token          = "«p|axiom|api-token»"
rollbar_token        = "«p|rollbar|server-token»"
rollbar_client_token = "«d|rollbar|client-token-public|[h:32]»"
linode_token         = "«p|linode|pat»"
scaleway_secret_key  = "«p|scaleway|secret-key»"
scaleway_access_key  = "«d|scaleway|access-key|SCW[u:17]»"
cloudflare_api_token = "«p|cloudflare|api-token»"
cloudflare_zone_id   = "«d|cloudflare|zone-id|[h:32]»"
"""),
    ("selfhosted/app/config/initializers/integrations.rb", "ruby-initializer", """Rails.application.configure do
  config.x.plaid.secret = ENV.fetch("PLAID_SECRET", "«p|plaid|secret»")
  config.x.plaid.client_id = "«d|plaid|client-id|[h:24]»"
  config.x.persona.key = "«p|persona|production»"
  config.x.onfido.token = "«p|onfido|live»"
  config.x.stytch.secret = "«p|stytch|secret»"
  config.x.stytch.project = "«d|stytch|project-id|project-live-[uuid]»"
  config.x.xendit = "«p|xendit|production»"
  config.x.midtrans = "«p|midtrans|server-key»"
  config.x.midtrans_client = "«d|midtrans|client-key|Mid-client-[w:16]»"
end
"""),
    ("selfhosted/web/src/lib/server/keys.ts", "ts-object", """export const keys = {
  figma: '«p|figma|pat»',
  notion: '«p|notion|ntn-token»',
  clickup: '«p|clickup|personal-token»',
  contentful: '«p|contentful|cma-token»',
  contentfulSpace: '«d|contentful|space-id|[l:12]»',
  launchdarkly: '«p|launchdarkly|sdk-key»',
  launchdarklyClientSide: '«d|launchdarkly|client-side-id|[h:24]»',
  flagsmith: '«p|flagsmith|server-key»',
  flagsmithEnv: '«d|flagsmith|client-env-key|[a:22]»',
  supabase: '«p|supabase|secret-key»',
  supabasePublishable: '«d|supabase|publishable|sb_publishable_[w:31]»',
  upstash: '«p|upstash|rest-token»',
  convex: '«p|convex|deploy-key»',
} as const;
"""),
    ("selfhosted/game/roblox/.env", "dotenv", """ROBLOX_OPEN_CLOUD_KEY=«p|roblox|open-cloud-key»
ROBLOX_UNIVERSE_ID=«d|roblox|universe-id|[d:10]»
STEAM_WEB_API_KEY=«p|steam|web-api-key»
STEAM_ID=«d|steam|steam-id|7656119[d:10]»
ETHERSCAN_API_KEY=«p|etherscan|api-key»
DEPLOYER_PRIVATE_KEY=«p|ethereum|private-key»
TREASURY_ADDRESS=«d|ethereum|address|0x[h:40]»
QUICKNODE_RPC=«p|quicknode|endpoint-token»
BLOCKFROST_PROJECT_ID=«p|blockfrost|mainnet»
"""),
    ("selfhosted/ops/oci/config", "ini-key", """[DEFAULT]
user=ocid1.user.oc1..«d|oraclecloud|ocid|[l:60]»
fingerprint=«d|oraclecloud|fingerprint|[h:2]:[h:2]:[h:2]:[h:2]:[h:2]:[h:2]:[h:2]:[h:2]:[h:2]:[h:2]:[h:2]:[h:2]:[h:2]:[h:2]:[h:2]:[h:2]»
tenancy=ocid1.tenancy.oc1..«d|oraclecloud|ocid|[l:60]»
region=eu-frankfurt-1
key_file=~/.oci/oci_api_key.pem
pass_phrase=«g|oraclecloud|key-passphrase|[a:16]»
"""),
    ("selfhosted/ops/oci/oci_api_key.pem", "pem-file", """«p|oraclecloud|api-signing-key»
"""),
    ("selfhosted/ops/age/keys.txt", "age-keyfile", """# created: 2026-03-02T10:11:12Z
# public key: «d|age|recipient|age1[bechl:58]»
«p|age|secret-key»
"""),
    ("selfhosted/ops/vault-init.txt", "log-line", """Unseal Key 1: «p|vaultinit|unseal-key»
Unseal Key 2: «p|vaultinit|unseal-key»

Initial Root Token: «p|vaultinit|root-token»

Vault initialized with 5 key shares and a key threshold of 3.
Accessor: «d|vaultinit|accessor|[a:24]»
"""),
    ("selfhosted/ops/wildfly/standalone-ds.xml", "xml-element", """<datasources xmlns="urn:jboss:domain:datasources:7.0">
  <datasource jndi-name="java:jboss/datasources/BillingDS" pool-name="BillingDS">
    <connection-url>jdbc:postgresql://db.internal:5432/billing</connection-url>
    <security>
      <user-name>billing</user-name>
      <password>«p|wildfly|datasource-password»</password>
    </security>
  </datasource>
</datasources>
<!-- mgmt-users.properties: admin=«d|wildfly|mgmt-user-hash|[h:32]» -->
"""),
    ("selfhosted/ops/jetty/realm.properties", "colon-pair", """# username: password[,rolename ...]
admin: «p|jettyrealm|realm-password»,server-administrator,content-administrator
monitor: «d|jettyrealm|obfuscated|OBF:1[l:3]1[l:3]1[l:3]1[l:3]»,monitor
guest: «d|jettyrealm|md5|MD5:[h:32]»,user
"""),
    ("selfhosted/ops/proxysql.cnf", "daemon-conf", """datadir="/var/lib/proxysql"
admin_variables=
{
    admin_credentials="admin:«p|proxysql|admin-password»;radmin:«g|proxysql|admin-password|[a:14]»"
    mysql_ifaces="0.0.0.0:6032"
}
mysql_users=
(
    { username = "app", password = "«g|generic|mysql-password|[a:18]»", default_hostgroup = 0 },
    { username = "reporting", password = "«d|generic|mysql-native-hash|*[H:40]»", default_hostgroup = 1 }
)
"""),
    ("selfhosted/ops/windows/autologon.reg", "reg-file", """Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultPassword"="«p|windows|autologon-password»"
"DefaultDomainName"="«d|windows|sid|S-1-5-21-[d:10]-[d:10]-[d:10]-1001»"
"""),
    ("selfhosted/ops/hiera/common.yaml", "yaml-parent", """profile::db::user: app
profile::db::password: «p|hiera|plain-password»
profile::db::replica_password: «d|hiera|eyaml|ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAxggEhMIIBHQIBADAFMAACAQEw[b:80]]»
profile::ghost::admin_key: «p|ghost|admin-key»
profile::ghost::content_key: «d|ghost|content-key|[h:26]»
profile::akamai::client_secret: «p|akamai|client-secret»
profile::akamai::host: «d|akamai|host|akab-[l:16]-[l:16].luna.akamaiapis.net»
"""),
    ("selfhosted/ops/cfn/prod-params.json", "json-pairs", """[
  { "ParameterKey": "DBMasterPassword", "ParameterValue": "«p|cfnparams|parameter-value»" },
  { "ParameterKey": "DatadogApiKey", "ParameterValue": "«p|datadog|api-key»" },
  { "ParameterKey": "DatadogAppKey", "ParameterValue": "«p|datadog|app-key»" },
  { "ParameterKey": "VpcId", "ParameterValue": "«d|aws|vpc-id|vpc-[h:17]»" },
  { "ParameterKey": "ApiSecret", "ParameterValue": "«d|cfnparams|dynamic-ref|{{resolve:secretsmanager:prod/api:SecretString:key}}»" }
]
"""),
]


def _lines(fmt, n):
    return "\n".join(fmt % {"i": i} for i in range(n))


FILES += [
    ("ml-platform/dvc.lock", "yaml-hashes", "schema: '2.0'\nstages:\n  featurize:\n    cmd: python featurize.py\n    deps:\n" + _lines(
        "    - path: data/part-%(i)02d.parquet\n      hash: md5\n      md5: «d|dvc|md5|[h:32]»\n      size: 10485%(i)02d", 14)
     + "\n    outs:\n    - path: features/\n      md5: «d|dvc|md5-dir|[h:32].dir»\n      nfiles: 14\n"),
    ("ml-platform/requirements.lock", "hash-pins", _lines(
        "pkg%(i)d==1.%(i)d.0 \\\n    --hash=sha256:«d|generic|sha256|[h:64]»", 16) + "\n"),
    ("ml-platform/mlruns/1/meta.yaml", "yaml-ids", """artifact_uri: s3://acme-mlflow/1/«d|mlflow|run-id|[h:32]»/artifacts
end_time: 1764460000000
entry_point_name: ''
experiment_id: '1'
lifecycle_stage: active
run_id: «d|mlflow|run-id|[h:32]»
run_uuid: «d|mlflow|run-id|[h:32]»
source_version: «d|generic|commit|[h:40]»
user_id: airflow
"""),
    ("ml-platform/wandb/run-20261129/files/wandb-metadata.json", "json-ids", """{
  "os": "Linux-6.8.0-x86_64-with-glibc2.39",
  "python": "3.11.9",
  "git": { "remote": "https://github.com/acme/churn.git", "commit": "«d|generic|commit|[h:40]»" },
  "program": "train.py",
  "codePathLocal": "train.py",
  "host": "gpu01",
  "username": "airflow",
  "run_id": "«d|wandb|run-id|[l:8]»",
  "sweep_id": "«d|wandb|sweep-id|[l:8]»",
  "cuda": "12.4",
  "disk": { "/": { "total": "«d|generic|number|[d:12]»" } },
  "gpu_devices": [{ "name": "NVIDIA A100", "uuid": "GPU-«d|nvidia|gpu-uuid|[uuid]»" }]
}
"""),
    ("ci/.env.example", "placeholders", """# Copy to .env and fill in. Never commit the real file.
STRIPE_SECRET_KEY=«d|stripe|placeholder|sk_live_...»
STRIPE_PUBLISHABLE_KEY=«d|stripe|placeholder|pk_test_xxxxxxxxxxxxxxxxxxxxxxxx»
SLACK_BOT_TOKEN=«d|slack|placeholder|xoxb-your-bot-token»
OPENAI_API_KEY=«d|openai|placeholder|sk-...»
ANTHROPIC_API_KEY=«d|anthropic|placeholder|<your-anthropic-key>»
GROQ_API_KEY=«d|groq|placeholder|gsk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX»
HF_TOKEN=«d|huggingface|placeholder|hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
DATABASE_URL=«d|postgres|placeholder|postgres://user:password@localhost:5432/app»
REDIS_URL=«d|generic|placeholder|redis://:${REDIS_PASSWORD}@redis:6379/0»
AWS_ACCESS_KEY_ID=«d|aws|docs-example|AKIAIOSFODNN7EXAMPLE»
AWS_SECRET_ACCESS_KEY=«d|aws|docs-example|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»
SENDGRID_API_KEY=«d|sendgrid|placeholder|SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
TWILIO_AUTH_TOKEN=«d|twilio|placeholder|your_auth_token»
GITHUB_TOKEN=«d|github|placeholder|ghp_0000000000000000000000000000000000000»
JWT_SECRET=«d|generic|placeholder|change-this-to-a-long-random-string»
SESSION_SECRET=«d|generic|placeholder|{{ session_secret }}»
MAILGUN_API_KEY=«d|mailgun|placeholder|key-<your-key>»
SENTRY_DSN=«d|sentry|public-dsn|https://[h:32]@o[d:6].ingest.sentry.io/[d:7]»
POSTHOG_KEY=«d|posthog|public-project-key|phc_[a:43]»
MAPBOX_TOKEN=«d|mapbox|public-token|pk.eyJ1IjoiYWNtZSIsImEiOiJjbH[a:20]In0.[w:22]»
ALGOLIA_SEARCH_KEY=«d|algolia|search-only-key|[h:32]»
RECAPTCHA_SITE_KEY=«d|google|recaptcha-site-key|6L[w:38]»
ENCRYPTION_KEY=«d|generic|placeholder|$(openssl rand -hex 32)»
ADMIN_PASSWORD=«d|generic|placeholder|********»
"""),
    ("selfhosted/ops/known_hosts", "public-keys", _lines(
        "host%(i)d.internal ssh-ed25519 «d|generic|ssh-public-key|AAAAC3NzaC1lZDI1NTE5AAAAI[b:43]»", 6) + "\n" + _lines(
        "ci%(i)d.internal ssh-rsa «d|generic|ssh-public-key|AAAAB3NzaC1yc2EAAAADAQABAAABgQ[b:150]»", 4) + "\n"),
    ("storage-clients/restic/snapshots.json", "json-ids", "[\n" + ",\n".join(
        '  {"time": "2026-11-%02dT02:00:00Z", "tree": "«d|restic|tree-id|[h:64]»", "paths": ["/volume1"], "hostname": "nas", "id": "«d|restic|snapshot-id|[h:64]»", "short_id": "«d|restic|short-id|[h:8]»"}' % (i + 1) for i in range(8)) + "\n]\n"),
    ("selfhosted/web/dist/assets/index-4f2a9c1e.js", "minified", "".join(
        'var «d|generic|minified-identifier|[L:3][a:21]»=function(e){return e.«d|generic|minified-identifier|_[a:27]»||"«d|generic|css-hash|css-[l:7]»"};' for _ in range(6)) + "\n"),
    ("selfhosted/web/package-lock.json", "lockfile", "{\n  \"name\": \"web\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n" + ",\n".join(
        '    "node_modules/pkg-%d": {"version": "2.%d.1", "resolved": "https://registry.npmjs.org/pkg-%d/-/pkg-%d-2.%d.1.tgz", "integrity": "sha512-«d|npm|integrity|[b:86]==»"}' % (i, i, i, i, i) for i in range(10)) + "\n  }\n}\n"),
    ("ml-platform/.env.production", "dotenv", """# provider keys for the inference gateway
ANYSCALE_API_KEY=«p|anyscale|endpoint-key»
PERPLEXITY_API_KEY=«p|perplexity|api-key»
XAI_API_KEY=«p|xai|api-key»
VECTARA_API_KEY=«p|vectara|index-key»
VECTARA_CUSTOMER_ID=«d|vectara|customer-id|[d:10]»
FIRECRAWL_API_KEY=«p|firecrawl|api-key»
DEEPL_AUTH_KEY=«p|deepl|free-key»
OPENAI_API_KEY=«g|openai|project-key|%s»
OPENAI_ORG_ID=«d|openai|org-id|org-[a:24]»
LANGFUSE_SECRET_KEY=«g|langfuse|secret-key|sk-lf-[uuid]»
LANGFUSE_PUBLIC_KEY=«d|langfuse|public-key|pk-lf-[uuid]»
PINECONE_API_KEY=«g|pinecone|api-key|pcsk_[a:5]_[a:63]»
AIVEN_TOKEN=«p|aiven|auth-token»
NVIDIA_API_KEY=«p|nvidia|api-key»
AGORA_APP_ID=«d|agora|app-id|[h:32]»
AGORA_APP_CERTIFICATE=«p|agora|app-certificate»
""" % OPENAI),
    ("ci/.drone.yml", "yaml-parent", """kind: pipeline
type: docker
name: default
steps:
  - name: index
    image: sourcegraph/src-cli
    environment:
      SRC_ACCESS_TOKEN: «p|sourcegraph|new-token»
      SRC_ENDPOINT: https://sourcegraph.acme.example
  - name: upload
    image: buildkite/agent
    environment:
      BUILDKITE_AGENT_TOKEN: «p|buildkite|agent-token»
      BUILDKITE_API_TOKEN: «p|buildkite|api-token»
      DRONE_TOKEN: «p|drone|user-token»
      CLOJARS_PASSWORD: «p|clojars|deploy-token»
      CLOJARS_USERNAME: «d|clojars|username|[L:9]»
      ANACONDA_TOKEN:
        from_secret: «d|generic|secret-name|anaconda_token»
"""),
    ("data-platform/kafka/client.properties", "properties", """bootstrap.servers=pkc-«d|confluent|cluster|[l:5]».eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«d|confluent|api-key-id|[u:16]»" password="«p|confluent|api-secret»";
schema.registry.url=https://psrc-«d|confluent|sr-cluster|[l:5]».eu-central-1.aws.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=«d|confluent|sr-key-id|[u:16]»:«g|confluent|sr-secret|[b:64]»
ssl.truststore.password=«d|generic|docs-default|changeit»
"""),
    ("mail-dotfiles/.config/himalaya/config.toml", "toml-table", """[accounts.work]
default = true
email = "ops@acme.example"
backend.type = "imap"
backend.host = "imap.acme.example"
backend.auth.type = "password"
backend.auth.raw = "«g|generic|imap-password|[a:20]»"
message.send.backend.type = "smtp"
message.send.backend.auth.raw = "«g|generic|smtp-password|[a:20]»"

[accounts.personal]
backend.auth.cmd = "«d|generic|command|pass show mail/personal»"
"""),
    ("storage-clients/.config/rclone/filter-notes.md", "markdown-inline", """Mounts on the NAS use these remotes. Temporary keys while IT rotates:

* Dropbox app: key `«d|dropbox|app-key|[l:15]»`, secret `«p|dropbox|app-secret»`
* Box dev token (expires in 60 min): `«p|box|developer-token»`
* Backblaze: `b2 authorize-account «d|backblaze|key-id|[h:25]» «g|backblaze|application-key|K004[a:27]»`
* Koofr app password: `«g|generic|app-password|[l:4]-[l:4]-[l:4]-[l:4]»`
"""),
]

FILES += [
    ("ci/bitbucket-pipelines.yml", "yaml-block-shell", """image: node:22
pipelines:
  branches:
    main:
      - step:
          name: release
          script:
            - export NETLIFY_AUTH_TOKEN=«p|netlify|pat»
            - npx netlify deploy --prod --auth «p|netlify|legacy» --site «d|netlify|site-id|[uuid]»
            - npx vercel deploy --prod --token=«p|vercel|token» --scope acme
            - curl -X POST -H "Authorization: Bearer «p|render|api-key»" https://api.render.com/v1/services/«d|render|service-id|srv-[l:20]»/deploys
            - npx convex deploy --cmd 'npm run build'
            - twine upload -u __token__ -p «p|pypi|upload-token» dist/*
            - gem push pkg/*.gem --key «d|generic|key-name|rubygems_api_key»
"""),
    ("selfhosted/ops/.bash_history", "shell-history", """ssh admin@nas.internal
export DOPPLER_TOKEN=«p|doppler|service-token»
doppler secrets download --no-file
curl -u api:«p|mailchimp|api-key» https://us21.api.mailchimp.com/3.0/lists
curl https://api.openweathermap.org/data/2.5/weather?q=Berlin&appid=«p|openweathermap|api-key»
curl -u «p|toggl|api-token»:api_token https://api.track.toggl.com/api/v9/me
curl -H "X-Auth-Token: «p|hexpm|api-key»" https://hex.pm/api/users/me
psql "postgresql://admin:«g|postgres|password|[a:20]»@db.internal:5432/app"
mysql -h db.internal -u root -p«g|generic|mysql-password|[a:16]» shop
vault login «p|vaultinit|root-token»
git log -1 --format=%H  # «d|generic|commit|[h:40]»
docker login -u acme -p «g|docker|pat|dckr_pat_[w:27]» docker.io
kubectl create secret generic api --from-literal=token=«p|launchdarkly|api-token»
"""),
]


def fmt_spec(spec):
    return re.sub(r"\[(uuid|jwt|pem8?|[A-Za-z]+:\d+)\]", r"{\1}", spec)


def lookup(provider, fmt):
    for f, spec in PROVIDERS[provider][1]:
        if f == fmt:
            return spec
    raise KeyError((provider, fmt))


SLOT = re.compile("«([^«»]*)»")


def build(Doc):
    docs = []
    for path, shape, tmpl in FILES:
        doc = Doc("repos/" + path, "repos", shape)

        def fill(m, doc=doc):
            parts = m.group(1).split("|")
            kind, provider, fmt = parts[0], parts[1], parts[2]
            spec = "|".join(parts[3:])
            if kind == "p":
                v = expand(lookup(provider, fmt))
            elif spec.startswith("{{"):
                v = spec
            else:
                v = expand(fmt_spec(spec))
            if kind == "d":
                return doc.dec(provider, fmt, v)
            if kind == "b":
                return doc.b64(provider, fmt, v)
            if "\n" in v and "pem-file" != shape:
                return doc.pos(provider, fmt, v, shown=v.replace("\n", "\\n"))
            return doc.secret(provider, fmt, v)

        docs.append((doc, SLOT.sub(fill, tmpl)))
    return docs
