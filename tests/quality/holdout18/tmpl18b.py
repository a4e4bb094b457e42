"""repos/ templates, part 2: CI, IaC, package managers. (kind, path, variants, text)."""
T = [
("drone-ci", "repos/@P@-api/.drone.yml", 2, """kind: pipeline
type: docker
name: default
steps:
  - name: publish
    image: plugins/docker
    settings:
      repo: registry.@P@.example/api
      username: ci
      password: «p|generic|password|pw»
  - name: notify
    image: plugins/slack
    settings:
      webhook: «p|slack|webhook_url|slack_hook»
  - name: coverage
    environment:
      CODECOV_TOKEN:
        from_secret: codecov_token
"""),
("azure-pipelines", "repos/@P@-web/azure-pipelines.yml", 2, """trigger: [main]
variables:
  buildConfiguration: Release
  AZURE_CLIENT_ID: «d|azure|client_id|uuid»
  AZURE_TENANT_ID: «d|azure|tenant_id|uuid»
  AZURE_CLIENT_SECRET: «p|azure|client_secret|azure_secret»
  NUGET_FEED_PAT: $(NugetPat)
steps:
  - script: dotnet build --configuration $(buildConfiguration)
"""),
("appveyor", "repos/@P@-desktop/appveyor.yml", 2, """image: Visual Studio 2022
environment:
  GITHUB_TOKEN:
    secure: «d|generic|encrypted_value|b64raw:48»
  CODESIGN_PFX_PASSWORD: «p|generic|password|pw»
  SENTRY_AUTH_TOKEN: «p|sentry|auth_token|sentry_token»
build_script:
  - cmd: build.cmd
"""),
("semaphore-ci", "repos/@P@-mobile/.semaphore/semaphore.yml", 2, """version: v1.0
name: Mobile
blocks:
  - name: Release
    task:
      env_vars:
        - name: FASTLANE_PASSWORD
          value: "«p|generic|password|pwq»"
        - name: MATCH_PASSWORD
          value: "«p|generic|password|pw»"
        - name: APP_STORE_CONNECT_KEY_ID
          value: «d|apple|key_id|an:10»
      jobs:
        - name: beta
          commands: [bundle exec fastlane beta]
"""),
("bitrise", "repos/@P@-mobile/bitrise.yml", 2, """format_version: "13"
app:
  envs:
    - BITRISE_PROJECT_PATH: ios/@P@.xcworkspace
    - FIREBASE_TOKEN: «p|google|oauth_refresh_token|g_refresh»
    - SLACK_WEBHOOK: «p|slack|webhook_url|slack_hook»
workflows:
  deploy:
    steps:
      - xcode-archive@5: {}
"""),
("jenkins-casc", "repos/@P@-ci/casc/jenkins.yaml", 2, """jenkins:
  securityRealm:
    local:
      users:
        - id: admin
          password: "«p|generic|password|pw»"
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              id: nexus
              username: deployer
              password: "«p|generic|password|pw»"
          - string:
              id: github-token
              secret: "«p|github|personal_access_token|ghp»"
          - string:
              id: vault-token
              secret: "${VAULT_TOKEN}"
"""),
("earthfile", "repos/@P@-svc/Earthfile", 2, """VERSION 0.8
FROM golang:1.23
build:
    ARG GOPRIVATE=github.com/@P@/*
    ARG GH_TOKEN=«p|github|fine_grained_pat|github_pat»
    RUN git config --global url."https://$GH_TOKEN@github.com/".insteadOf "https://github.com/"
    RUN go build ./...
"""),
("taskfile", "repos/@P@-svc/Taskfile.yml", 2, """version: '3'
env:
  PGPASSWORD: «p|generic|password|pw»
  DOCKER_HUB_TOKEN: «p|docker|personal_access_token|dckr»
tasks:
  migrate:
    cmds:
      - psql -h localhost -U app -f schema.sql
"""),
("justfile", "repos/@P@-tools/justfile", 2, """set dotenv-load
export OPENAI_API_KEY := "«p|openai|api_key|openai»"
export ANTHROPIC_API_KEY := env_var_or_default("ANTHROPIC_API_KEY", "«p|anthropic|api_key|anthropic»")

eval:
    uv run python eval.py --model gpt-4o
"""),
("crossplane-providerconfig", "repos/@P@-platform/crossplane/aws-creds.yaml", 2, """apiVersion: v1
kind: Secret
metadata:
  name: aws-creds
  namespace: crossplane-system
type: Opaque
data:
  aws_secret_access_key: «b|aws|secret_access_key|aws_secret»
---
apiVersion: v1
kind: Secret
metadata:
  name: db-conn
data:
  password: «b|generic|password|pw»
  username: «d|generic|base64_username|lit:YXBwX3JlYWRlcg==»
"""),
("cloudformation", "repos/@P@-infra/cfn/database.yaml", 2, """AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  DBPassword:
    Type: String
    NoEcho: true
    Default: «p|generic|password|pw»
  DBUser:
    Type: String
    Default: admin
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUserPassword: !Ref DBPassword
      KmsKeyId: arn:aws:kms:eu-west-1:«d|aws|account_id|digits:12»:key/«d|aws|kms_key_id|uuid»
"""),
("sam-template", "repos/@P@-lambda/template.yaml", 2, """Transform: AWS::Serverless-2016-10-31
Resources:
  WebhookFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Environment:
        Variables:
          STRIPE_SECRET_KEY: «p|stripe|secret_key|stripe_sk»
          STRIPE_WEBHOOK_SECRET: «p|stripe|webhook_secret|stripe_whsec»
          STRIPE_PUBLISHABLE_KEY: «d|stripe|publishable_key|stripe_pk»
"""),
("chef-attributes", "repos/@P@-cookbooks/app/attributes/default.rb", 2, """default['app']['db']['user'] = 'app'
default['app']['db']['password'] = '«p|generic|password|pw»'
default['app']['newrelic']['license'] = '«p|newrelic|license_key|hex:40»'
default['app']['secret_token'] = nil # from the encrypted data bag
"""),
("kustomize-secretgen", "repos/@P@-platform/overlays/prod/kustomization.yaml", 2, """resources:
  - ../../base
secretGenerator:
  - name: api-secrets
    literals:
      - DATABASE_PASSWORD=«p|generic|password|pw»
      - MAPBOX_TOKEN=«p|mapbox|secret_token|mapbox_sk»
      - MAPBOX_PUBLIC_TOKEN=«d|mapbox|public_token|mapbox_pk»
    envs:
      - secrets.env
"""),
("helmfile", "repos/@P@-platform/helmfile.yaml", 2, """releases:
  - name: grafana
    chart: grafana/grafana
    set:
      - name: adminPassword
        value: «p|generic|password|pw»
  - name: external-dns
    chart: bitnami/external-dns
    values:
      - cloudflare:
          apiToken: «p|cloudflare|api_token|an:40»
          email: dns@@P@.example
"""),
("dagger-go", "repos/@P@-ci/dagger/main.go", 2, """package main

import "dagger.io/dagger"

func publish(client *dagger.Client) {
	pw := client.SetSecret("registry-pw", "«p|generic|password|pw»")
	_, _ = client.Container().
		WithRegistryAuth("ghcr.io", "@P@-bot", pw).
		Publish(ctx, "ghcr.io/@P@/app:latest")
}
"""),
("cargo-credentials", "repos/@P@-rs/.cargo/credentials.toml", 2, """[registry]
token = "«p|cratesio|api_token|cio»"

[registries.internal]
token = "Bearer «p|generic|registry_token|an:40»"
"""),
("composer-auth", "repos/@P@-php/auth.json", 2, """{
    "github-oauth": {
        "github.com": "«p|github|oauth_token|gho»"
    },
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "«p|generic|password|hex:40»"
        }
    }
}
"""),
("pip-conf", "repos/@P@-ml/pip.conf", 2, """[global]
index-url = «p|generic|url_password|url:https,__token__,pypi.@P@.internal/simple»
extra-index-url = https://download.pytorch.org/whl/cu121
"""),
("yarnrc", "repos/@P@-web/.yarnrc.yml", 2, """nodeLinker: node-modules
npmScopes:
  @P@:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAuthToken: "«p|github|personal_access_token|ghp»"
npmRegistries:
  "https://registry.yarnpkg.com":
    npmAuthIdent: "«d|generic|placeholder|lit:${NPM_AUTH_IDENT}»"
"""),
("podman-auth", "repos/@P@-ops/containers/auth.json", 2, """{
	"auths": {
		"quay.io": {
			"auth": "«a|generic|registry_auth|pw|@P@+robot»"
		},
		"registry.@P@.internal:5000": {
			"auth": "«a|generic|registry_auth|pw|deploy»"
		}
	}
}
"""),
("liquibase", "repos/@P@-db/liquibase.properties", 2, """changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:postgresql://db.@P@.internal:5432/app
username=liquibase
password=«p|generic|password|pw»
liquibase.hub.apiKey=«p|generic|api_key|an:43»
"""),
("flyway-conf", "repos/@P@-db/conf/flyway.conf", 2, """flyway.url=jdbc:mysql://mysql.@P@.internal:3306/shop
flyway.user=flyway
flyway.password=«p|generic|password|pw»
flyway.licenseKey=«d|generic|placeholder|lit:FL01-XXXX-XXXX»
"""),
("alembic-ini", "repos/@P@-api/alembic.ini", 2, """[alembic]
script_location = migrations
sqlalchemy.url = «p|generic|url_password|url:postgresql+psycopg,app,db.@P@.internal/app»

[loggers]
keys = root
"""),
("prisma-env", "repos/@P@-next/.env.local", 3, """DATABASE_URL="«p|generic|url_password|url:mysql,root,localhost:3306/@P@»"
NEXTAUTH_SECRET="«p|generic|nextauth_secret|b64raw:32»"
NEXTAUTH_URL=http://localhost:3000
GITHUB_ID=«d|github|oauth_client_id|lit:Iv1.8a61f9b3a7aba766»
GITHUB_SECRET=«p|github|oauth_client_secret|hex:40»
NEXT_PUBLIC_POSTHOG_KEY=«d|posthog|project_api_key|phc»
"""),
("celery-config", "repos/@P@-workers/celeryconfig.py", 2, """broker_url = "«p|generic|url_password|url:amqp,celery,rabbit.@P@.internal:5672/jobs»"
result_backend = "«p|generic|url_password|url:redis,default,redis.@P@.internal:6379/1»"
task_serializer = "json"
flower_basic_auth = ["admin:«p|generic|password|pw»"]
"""),
("hardhat-config", "repos/@P@-contracts/hardhat.config.ts", 2, """import { HardhatUserConfig } from "hardhat/config";

const DEPLOYER_KEY = process.env.DEPLOYER_KEY ?? "«p|ethereum|private_key|eth_pk»";

const config: HardhatUserConfig = {
  networks: {
    sepolia: { url: "https://sepolia.infura.io/v3/«p|infura|project_secret|hex:32»", accounts: [DEPLOYER_KEY] },
  },
  etherscan: { apiKey: "«p|etherscan|api_key|upan:34»" },
};
// treasury: «d|ethereum|address|eth_addr»
export default config;
"""),
]
