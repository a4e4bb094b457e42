"""repos/ (b): CI/CD, IaC and deployment of the same company."""
from tmpl24 import files

S = [
("repos/infra/.github/workflows/nightly-export.yml", "github-actions", r'''name: nightly-export
on:
  schedule: [{cron: "17 2 * * *"}]
jobs:
  export:
    runs-on: ubuntu-24.04
    env:
      SNOWFLAKE_ACCOUNT: brackenfield-eu
      SNOWFLAKE_PASSWORD: ${{ secrets.SNOWFLAKE_PASSWORD }}
    steps:
      - uses: actions/checkout@«D github action_pin_sha hex40»
      - name: push to partner SFTP
        run: |
          sshpass -p '«P password sftp-password pw»' sftp -oBatchMode=no partner@sftp.acme.example <<< 'put out/*.csv'
      - name: notify
        run: curl -sf -X POST -H 'Content-type: application/json' --data '{"text":"export ok"}' «P slack webhook-url slackhook»
'''),
("repos/infra/.github/workflows/deploy-preview.yml", "github-actions", r'''name: preview
on: pull_request
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npx vercel deploy --token ${{ secrets.VERCEL_TOKEN }} --yes
      - run: npx wrangler deploy
        env:
          CLOUDFLARE_API_TOKEN: ${{ secrets.CF_API_TOKEN || '«P cloudflare api-token cfapi»' }}
          CLOUDFLARE_ACCOUNT_ID: «D cloudflare account_id hex32»
'''),
("repos/infra/azure-pipelines.yml", "azure-pipelines", r'''trigger:
  branches: { include: [main] }
pool:
  vmImage: ubuntu-latest
variables:
  - group: till-prod
  - name: ACR_NAME
    value: brackenfieldacr
  - name: SONAR_TOKEN
    value: «P sonarqube token sqa_|hex40»
steps:
  - task: Docker@2
    inputs: { command: login, containerRegistry: till-acr }
  - script: |
      az login --service-principal -u «D azure client_id uuid» -p '«P azure client-secret azsecret»' --tenant «D azure tenant_id uuid»
      az acr build -r $(ACR_NAME) -t till:$(Build.BuildId) .
'''),
("repos/infra/cloudbuild.yaml", "google-cloud-build", r'''steps:
  - name: gcr.io/cloud-builders/docker
    args: ["build", "-t", "europe-docker.pkg.dev/brackenfield/app/api:$SHORT_SHA", "."]
  - name: gcr.io/google.com/cloudsdktool/cloud-sdk
    entrypoint: bash
    args:
      - -c
      - |
        gcloud run deploy api --image europe-docker.pkg.dev/brackenfield/app/api:$SHORT_SHA \
          --set-env-vars=OPENAI_API_KEY=«P openai api-key openai»,LOG_LEVEL=info \
          --region europe-west2
availableSecrets:
  secretManager:
    - versionName: projects/brackenfield/secrets/db-password/versions/latest
      env: DB_PASSWORD
'''),
("repos/infra/copilot/api/manifest.yml", "aws-copilot", r'''name: api
type: Load Balanced Web Service
image:
  build: Dockerfile
  port: 8080
variables:
  LOG_LEVEL: info
  DD_API_KEY: «P datadog api-key ddapi»
secrets:
  DB_PASSWORD: /copilot/ledger/prod/secrets/db_password
environments:
  staging:
    variables:
      DD_API_KEY: «D datadog masked_key ********************************»
'''),
("repos/infra/render.yaml", "render-blueprint", r'''services:
  - type: web
    name: pantry-web
    runtime: node
    plan: standard
    envVars:
      - key: NODE_ENV
        value: production
      - key: DATABASE_URL
        fromDatabase: { name: pantry-db, property: connectionString }
      - key: RESEND_API_KEY
        value: «P resend api-key resend»
      - key: SESSION_SECRET
        generateValue: true
'''),
("repos/infra/terraform/envs/prod/main.tf", "terraform-provider", r'''provider "datadog" {
  api_key = "«P datadog api-key ddapi»"
  app_key = "«P datadog application-key ddapp»"
  api_url = "https://api.datadoghq.eu/"
}

provider "github" {
  owner = "brackenfield"
  token = var.github_token
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger-prod"
  engine            = "postgres"
  username          = "ledger_admin"
  password          = "«P password rds-master-password pw»"
  instance_class    = "db.r6g.large"
  allocated_storage = 200
}
'''),
("repos/infra/terraform/modules/observability/variables.tf", "terraform-variable", r'''variable "newrelic_api_key" {
  type        = string
  sensitive   = true
  default     = "«P newrelic user-api-key nrak»"
  description = "User key of the terraform@ service account"
}

variable "newrelic_account_id" {
  type    = number
  default = «D newrelic account_id dig7»
}

variable "grafana_sa_token" {
  type      = string
  sensitive = true
}
'''),
("repos/infra/terragrunt/prod/cdn/terragrunt.hcl", "terragrunt", r'''include "root" {
  path = find_in_parent_folders()
}

inputs = {
  fastly_api_key = "«P fastly api-token b64u32»"
  service_name   = "www-brackenfield"
  backend_host   = "origin.brackenfield.example"
  purge_secret   = get_env("FASTLY_PURGE", "")
}
'''),
("repos/infra/pulumi/Pulumi.prod.yaml", "pulumi-yaml-config", r'''config:
  aws:region: eu-west-2
  ledger:dbPassword:
    secure: «D pulumi secure_ciphertext AAABA|b6460»
  ledger:sentryAuthToken: «P sentry auth-token sentrytok»
  ledger:twilioSid: «D twilio account_sid twsid»
  ledger:twilioToken: «P twilio auth-token twtok»
'''),
("repos/infra/cdktf/main.ts", "cdktf", r'''import { App, TerraformStack } from "cdktf";
import { DigitaloceanProvider } from "@cdktf/provider-digitalocean/lib/provider";

class Edge extends TerraformStack {
  constructor(scope: App, id: string) {
    super(scope, id);
    new DigitaloceanProvider(this, "do", {
      token: process.env.DO_TOKEN ?? "«P digitalocean pat dop»",
    });
  }
}

new Edge(new App(), "edge");
'''),
("repos/infra/bicep/main.bicepparam", "bicep-params", r'''using './main.bicep'

param location = 'westeurope'
param sqlAdminLogin = 'tilladmin'
param sqlAdminPassword = '«P password sql-admin-password pw»'
param appInsightsName = 'till-ai'
'''),
("repos/infra/arm/storage.parameters.json", "arm-parameters", r'''{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "storageAccountName": { "value": "tillexports" },
    "sasToken": { "value": "?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&sig=«Q azure sas-signature b6443+=»" },
    "adminPassword": { "reference": { "keyVault": { "id": "/subscriptions/«D azure subscription_id uuid»/resourceGroups/till/providers/Microsoft.KeyVault/vaults/till-kv" }, "secretName": "admin" } }
  }
}
'''),
("repos/infra/ansible/roles/metrics/defaults/main.yml", "ansible-defaults", r'''---
metrics_influx_url: https://influx.brackenfield.example
metrics_influx_org: brackenfield
metrics_influx_token: "«P influxdb api-token b64u86+==»"
metrics_grafana_admin_password: "{{ vault_grafana_admin_password }}"
metrics_telegraf_interval: 10s
'''),
("repos/infra/ansible/inventory/host_vars/pbx-1.yml", "ansible-host-vars", r'''ansible_host: 10.40.7.3
ansible_user: ops
ansible_become_password: «P password become-password pw»
asterisk_ami_secret: «P password ami-secret upw»
'''),
("repos/infra/nomad/jobs/ingest.nomad.hcl", "nomad-job", r'''job "ingest" {
  datacenters = ["lon1"]
  group "workers" {
    task "consumer" {
      driver = "docker"
      config {
        image = "ghcr.io/brackenfield/ingest:1.14.2"
        auth {
          username = "brackenfield-bot"
          password = "«P github pat-classic ghp»"
        }
      }
      env {
        KAFKA_BROKERS = "kafka-1:9092"
        AMPLITUDE_API_KEY = "«D amplitude api_key_public hex32»"
      }
    }
  }
}
'''),
("repos/infra/packer/golden.pkr.hcl", "packer", r'''source "hcloud" "base" {
  token       = "«P hetzner api-token an64»"
  image       = "ubuntu-24.04"
  location    = "fsn1"
  server_type = "cx32"
  ssh_username = "root"
}

build {
  sources = ["source.hcloud.base"]
  provisioner "shell" {
    inline = ["tailscale up --authkey=«P tailscale auth-key tskey-auth-|an11+-+an34» --ssh"]
  }
}
'''),
("repos/infra/k8s/base/external-dns/values.yaml", "helm-values-externaldns", r'''provider:
  name: cloudflare
env:
  - name: CF_API_TOKEN
    value: «P cloudflare api-token cfapi»
domainFilters: [brackenfield.example]
txtOwnerId: lon1-prod
'''),
("repos/infra/k8s/base/cert-manager/cluster-issuer.yaml", "cert-manager-eab", r'''apiVersion: v1
kind: Secret
metadata:
  name: zerossl-eab
  namespace: cert-manager
stringData:
  secret: «P zerossl eab-hmac-key b64u86»
---
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: zerossl
spec:
  acme:
    server: https://acme.zerossl.com/v2/DV90
    externalAccountBinding:
      keyID: «D zerossl eab_kid b64u22»
      keySecretRef: { name: zerossl-eab, key: secret }
'''),
("repos/infra/k8s/base/thanos/objstore.yaml", "thanos-objstore-secret", r'''apiVersion: v1
kind: Secret
metadata:
  name: thanos-objstore
  namespace: monitoring
type: Opaque
stringData:
  objstore.yml: |
    type: S3
    config:
      bucket: brackenfield-thanos
      endpoint: s3.eu-west-2.amazonaws.com
      access_key: «P aws access-key-id awsid»
      secret_key: «P aws secret-access-key awssec»
'''),
("repos/infra/k8s/apps/pantry/secret.yaml", "k8s-secret-base64", r'''apiVersion: v1
kind: Secret
metadata:
  name: pantry-env
type: Opaque
data:
  STRIPE_SECRET_KEY: «B stripe secret-key stripe»
  DB_PASSWORD: «B password db-password pw»
  LOG_LEVEL: aW5mbw==
'''),
("repos/infra/k8s/apps/pantry/external-secret.yaml", "external-secrets", r'''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pantry
spec:
  secretStoreRef: { name: vault, kind: ClusterSecretStore }
  target: { name: pantry-env }
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: kv/pantry/prod, property: stripe_secret_key }
---
apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: vault
spec:
  provider:
    vault:
      server: https://vault.brackenfield.example
      auth:
        tokenSecretRef: { name: vault-token, key: token }
'''),
("repos/infra/k8s/apps/ledger/sealed.yaml", "sealed-secret", r'''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ledger-env
spec:
  encryptedData:
    DB_PASSWORD: «D sealedsecrets ciphertext AgB|b64300»
'''),
("repos/infra/k8s/base/velero/credentials-velero", "velero-credentials", r'''[default]
aws_access_key_id=«P aws access-key-id awsid»
aws_secret_access_key=«P aws secret-access-key awssec»
'''),
("repos/infra/k8s/base/registry-pull.yaml", "docker-config-secret", r'''apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{"auths":{"ghcr.io":{"username":"brackenfield-bot","password":"«P github pat-classic ghp»"}}}'
'''),
("repos/infra/waypoint.hcl", "waypoint", r'''project = "chandler"

app "web" {
  build {
    use "docker" {}
    registry {
      use "docker" {
        image    = "registry.brackenfield.example/chandler"
        tag      = gitrefpretty()
        auth {
          username = "ci"
          password = "«P password registry-password pw»"
        }
      }
    }
  }
  deploy { use "kubernetes" {} }
}
'''),
("repos/infra/.gitlab/ci/release.gitlab-ci.yml", "gitlab-ci", r'''release:
  stage: release
  image: python:3.12
  variables:
    TWINE_USERNAME: __token__
    TWINE_PASSWORD: «P pypi upload-token pypitok»
  script:
    - pip install build twine
    - python -m build && twine upload dist/*
  rules:
    - if: $CI_COMMIT_TAG
'''),
("repos/infra/.circleci/config.yml", "circleci", r'''version: 2.1
orbs:
  slack: circleci/slack@4.13
jobs:
  e2e:
    docker:
      - image: cimg/node:22.4
        auth:
          username: brackenfieldci
          password: «P docker hub-pat dckr_pat_|b64u27»
    steps:
      - checkout
      - run: BROWSERSTACK_ACCESS_KEY=«P browserstack access-key an20» npx wdio run wdio.conf.ts
'''),
("repos/infra/buildkite/pipeline.deploy.yml", "buildkite", r'''env:
  HONEYCOMB_API_KEY: "«P honeycomb ingest-key hcaik_01|lan56»"
  HONEYCOMB_DATASET: deploys
steps:
  - label: ":rocket: deploy"
    command: ./scripts/deploy.sh
    plugins:
      - docker-login#v3.0.0:
          username: brackenfieldci
          password-env: DOCKER_PASSWORD
'''),
("repos/infra/argo/workflows/backfill.yaml", "argo-workflow", r'''apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: backfill-
spec:
  entrypoint: run
  arguments:
    parameters:
      - name: warehouse-dsn
        value: "clickhouse://backfill:«P password clickhouse-password upw»@ch-1.internal:9000/events"
  templates:
    - name: run
      container:
        image: ghcr.io/brackenfield/backfill:2.3
        args: ["--dsn", "{{workflow.parameters.warehouse-dsn}}"]
'''),
("repos/infra/helmfile.yaml", "helmfile", r'''repositories:
  - name: bitnami
    url: https://charts.bitnami.com/bitnami
releases:
  - name: pantry-redis
    namespace: pantry
    chart: bitnami/redis
    values:
      - auth:
          password: «P password redis-password pw»
  - name: grafana
    namespace: monitoring
    chart: grafana/grafana
    set:
      - name: adminPassword
        value: {{ requiredEnv "GRAFANA_ADMIN_PASSWORD" }}
'''),
("repos/infra/kustomize/overlays/prod/kustomization.yaml", "kustomize", r'''resources:
  - ../../base
secretGenerator:
  - name: ingest-env
    literals:
      - SEGMENT_WRITE_KEY=«P segment write-key an32»
      - MIXPANEL_TOKEN=«D mixpanel project_token hex32»
      - LOG_FORMAT=json
'''),
("repos/infra/serverless/thumbs/serverless.yml", "serverless-framework", r'''service: thumbs
provider:
  name: aws
  runtime: nodejs20.x
  environment:
    CLOUDINARY_URL: cloudinary://«D cloudinary api_key dig15»:«P cloudinary api-secret b64u27»@brackenfield
    BUCKET: ${self:custom.bucket}
custom:
  bucket: brackenfield-thumbs-${sls:stage}
'''),
("repos/infra/fly/chandler/fly.toml", "fly-toml", r'''app = "chandler-staging"
primary_region = "lhr"

[env]
  RAILS_ENV = "staging"
  POSTMARK_API_TOKEN = "«P postmark server-token uuid»"

[[services]]
  internal_port = 3000
  protocol = "tcp"
'''),
("repos/infra/tekton/git-clone-task.yaml", "tekton-task", r'''apiVersion: v1
kind: Secret
metadata:
  name: gitea-basic
  annotations:
    tekton.dev/git-0: https://git.brackenfield.example
type: kubernetes.io/basic-auth
stringData:
  username: tekton
  password: «P password gitea-password pw»
'''),
("repos/infra/dagger/main.go", "dagger-module", r'''package main

import "dagger/ci/internal/dagger"

type Ci struct{}

func (m *Ci) Publish(src *dagger.Directory) (string, error) {
	token := dag.SetSecret("npm", "«P npm access-token npm»")
	return dag.Container().From("node:22").
		WithSecretVariable("NPM_TOKEN", token).
		WithDirectory("/src", src).
		WithExec([]string{"npm", "publish"}).
		Stdout(ctx)
}
'''),
("repos/infra/woodpecker/.woodpecker/release.yaml", "woodpecker-ci", r'''steps:
  - name: publish-crate
    image: rust:1.82
    environment:
      CARGO_REGISTRY_TOKEN: «P crates cargo-token cio|an32»
    commands:
      - cargo publish --locked
'''),
("repos/infra/jenkins/casc/jenkins.yaml", "jenkins-casc", r'''credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              id: sonar-token
              secret: "«P sonarqube token squ_|hex40»"
          - usernamePassword:
              id: nexus
              username: deployer
              password: "«P password nexus-password pw»"
          - string:
              id: placeholder
              secret: "${SONAR_FALLBACK}"
'''),
("repos/infra/bitrise.yml", "bitrise", r'''format_version: "13"
app:
  envs:
    - BITRISE_PROJECT_PATH: ios/Kiln.xcworkspace
    - FASTLANE_USER: release@brackenfield.example
    - FASTLANE_PASSWORD: «P password apple-id-password pw»
    - MATCH_PASSWORD: «P password match-password pw»
'''),
("repos/infra/codemagic.yaml", "codemagic", r'''workflows:
  android-release:
    environment:
      vars:
        CM_KEYSTORE_PASSWORD: «P password keystore-password pw»
        CM_KEY_ALIAS: upload
        GOOGLE_PLAY_TRACK: internal
      groups: [play_store]
'''),
("repos/infra/spinnaker/pipelines/canary.json", "spinnaker-pipeline", r'''{
  "name": "canary",
  "stages": [
    {
      "type": "webhook",
      "name": "notify statuspage",
      "url": "https://api.statuspage.io/v1/pages/«D statuspage page_id lan12»/incidents",
      "customHeaders": { "Authorization": "OAuth «P statuspage api-key uuid»" }
    }
  ]
}
'''),
("repos/infra/github-app/app.yml", "probot-app-yml", r'''default_events: [pull_request, check_run]
default_permissions:
  checks: write
name: brackenfield-checks
url: https://checks.brackenfield.example
hook_attributes:
  url: https://checks.brackenfield.example/api/github/webhooks
'''),
("repos/infra/github-app/.env", "probot-dotenv", r'''APP_ID=«D github app_id dig6»
WEBHOOK_SECRET=«P github webhook-secret hex40»
GITHUB_CLIENT_ID=«D github app_client_id Iv23|an16»
GITHUB_CLIENT_SECRET=«P github oauth-app-client-secret hex40»
PRIVATE_KEY_PATH=./checks.2026-05-01.private-key.pem
'''),
]


def build(Doc):
    return files(Doc, "repos", S)
