"""Project-file templates, part A (CI, IaC, self-hosted apps). Slots: «p:KEY» positive, «d:KEY» decoy,
«b:KEY» base64 positive, «u:URL{pw}» URL whose password is the positive, «P» project name."""

T = []


def t(kind, path, shape, text):
    T.append((kind, path, shape, text))


t("woodpecker-ci", "«P»/.woodpecker.yml", "yaml:woodpecker", """steps:
  - name: test
    image: golang:1.23
    environment:
      DATABASE_URL: «u:postgres://ci:{pw}@postgres:5432/ci_test?sslmode=disable»
    commands:
      - go test ./...
  - name: publish
    image: woodpeckerci/plugin-docker-buildx
    settings:
      repo: registry.example.org/«P»/api
      username: ci-bot
      password:
        from_secret: registry_password
  - name: notify
    image: curlimages/curl
    environment:
      SLACK_WEBHOOK: «p:slack_hook»
    commands:
      - 'curl -X POST -d "{\\"text\\":\\"build $CI_COMMIT_SHA ok\\"}" $SLACK_WEBHOOK'
  # pinned plugin digest «d:d_container_digest»
""")

t("buildkite-pipeline", "«P»/.buildkite/pipeline.yml", "yaml:buildkite", """env:
  AWS_DEFAULT_REGION: eu-west-1
  AWS_ACCESS_KEY_ID: «p:aws_id»
  AWS_SECRET_ACCESS_KEY: «p:aws_secret»
  EXAMPLE_KEY_FROM_DOCS: «d:d_aws_example»
steps:
  - label: ":rspec: specs"
    command: bin/rspec
    plugins:
      - docker-compose#v5.4.1:
          run: app
  - label: ":rocket: deploy"
    command: scripts/deploy.sh
    env:
      DEPLOY_SHA: «d:d_commit»
""")

t("gocd-config", "«P»/cruise-config.xml", "xml:gocd", """<cruise schemaVersion="139">
  <pipelines group="«P»">
    <pipeline name="«P»-release">
      <environmentvariables>
        <variable name="RUBYGEMS_API_KEY"><value>«p:rubygems»</value></variable>
        <variable name="DB_PASSWORD" secure="true"><encryptedValue>AES:«d:b64_decoy»</encryptedValue></variable>
        <variable name="SMTP_PASSWORD"><value>«p:pw»</value></variable>
      </environmentvariables>
      <materials><git url="https://github.com/example/«P».git" /></materials>
    </pipeline>
  </pipelines>
</cruise>
""")

t("teamcity-kotlin-dsl", "«P»/.teamcity/settings.kts", "kotlin:teamcity", """import jetbrains.buildServer.configs.kotlin.*

version = "2024.03"

project {
    params {
        password("env.SONAR_TOKEN", "credentialsJSON:«d:d_uuid»")
        param("env.NPM_TOKEN", "«p:npm»")
        param("env.ARTIFACTORY_PASSWORD", "«p:pw»")
    }
    buildType(Build)
}
""")

t("travis-ci", "«P»/.travis.yml", "yaml:travis", """language: python
python: ["3.12"]
env:
  global:
    - secure: «d:b64_decoy»
    - HF_TOKEN=«p:hf»
    - WANDB_API_KEY=«p:wandb»
script: pytest -q
""")

t("cirrus-ci", "«P»/.cirrus.yml", "yaml:cirrus", """env:
  CIRRUS_CLONE_DEPTH: 1
  GITHUB_TOKEN: ENCRYPTED[«d:hex96»]
  CODECOV_TOKEN: «d:d_uuid»
release_task:
  only_if: $CIRRUS_TAG != ''
  env:
    PYPI_TOKEN: «p:pypi»
  script: twine upload -u __token__ -p $PYPI_TOKEN dist/*
""")

t("argo-workflows", "«P»/workflows/nightly-etl.yaml", "yaml:argo-workflow", """apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: nightly-etl-
spec:
  entrypoint: etl
  templates:
    - name: etl
      container:
        image: ghcr.io/example/«P»-etl:2.4.1
        env:
          - name: SNOWFLAKE_PASSWORD
            value: "«p:pw»"
          - name: OPENAI_API_KEY
            value: «p:openai»
          - name: S3_BUCKET
            value: «P»-lake
          - name: IMAGE_DIGEST
            value: «d:d_container_digest»
""")

t("flux-helmrelease", "«P»/clusters/prod/grafana-release.yaml", "yaml:flux", """apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: grafana
  namespace: monitoring
spec:
  interval: 10m
  chart:
    spec:
      chart: grafana
      version: "8.5.x"
  values:
    adminUser: admin
    adminPassword: «p:pw»
    grafana.ini:
      smtp:
        enabled: true
        user: apikey
        password: «p:sendgrid»
    envFromSecret: grafana-env
""")

t("helm-secret-template", "«P»/chart/templates/secret.yaml", "yaml:k8s-secret-b64", """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "«P».fullname" . }}-env
type: Opaque
data:
  # TODO move to sealed-secrets before go-live
  POSTGRES_PASSWORD: «b:dbpw»
  STRIPE_SECRET_KEY: «b:stripe»
  FEATURE_FLAGS: «d:b64_flags»
""")

t("cdktf-python", "«P»/infra/main.py", "python:cdktf", """from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.db_instance import DbInstance


class Stack(TerraformStack):
    def __init__(self, scope, ns):
        super().__init__(scope, ns)
        AwsProvider(self, "aws", region="us-east-2",
                    access_key="«p:aws_id»",
                    secret_key="«p:aws_secret»")
        DbInstance(self, "db", engine="postgres", instance_class="db.t4g.micro",
                   username="«P»", password="«p:dbpw»", allocated_storage=20)


app = App()
Stack(app, "«P»")
app.synth()
""")

t("opentofu-encryption", "«P»/infra/encryption.tofu", "hcl:opentofu", """terraform {
  encryption {
    key_provider "pbkdf2" "state_key" {
      passphrase = "«p:phrase»"
    }
    method "aes_gcm" "default" {
      keys = key_provider.pbkdf2.state_key
    }
    state { method = method.aes_gcm.default }
  }
  cloud {
    organization = "«P»"
    token        = "«p:tfc»"
  }
}
""")

t("juju-bundle", "«P»/bundle.yaml", "yaml:juju", """bundle: kubernetes
applications:
  postgresql-k8s:
    charm: postgresql-k8s
    channel: 14/stable
    scale: 1
  discourse-k8s:
    charm: discourse-k8s
    options:
      smtp_password: "«p:pw»"
      s3_secret_key: «p:aws_secret»
      s3_access_key: «p:aws_id»
      force_saml_login: false
      cors_origin: "*"
""")

t("consul-template", "«P»/ops/app.ctmpl.hcl", "hcl:consul-template", """vault {
  address = "https://vault.internal:8200"
  token   = "«p:vault»"
  renew_token = false
}
template {
  source      = "/etc/«P»/env.tpl"
  destination = "/etc/«P»/env"
}
# role_id for approle login (not secret on its own): «d:d_uuid»
""")

t("zulip-secrets", "«P»/etc/zulip/zulip-secrets.conf", "ini:zulip", """[secrets]
secret_key = «p:jwt_secret»
shared_secret = «p:hexsecret»
rabbitmq_password = «p:pw»
postgres_password = «p:dbpw»
email_password = «p:sendgrid»
avatar_salt = «d:d_changeme»
""")

t("redmine-configuration", "«P»/redmine/config/configuration.yml", "yaml:redmine", """production:
  email_delivery:
    delivery_method: :smtp
    smtp_settings:
      address: smtp.mailgun.org
      port: 587
      domain: «P».example
      authentication: :login
      user_name: postmaster@mg.«P».example
      password: «p:mailgun»
  scm_git_command: /usr/bin/git
  attachments_storage_path: /var/redmine/files
  # database_cipher_key: «d:d_changeme»
""")

t("wikijs-config", "«P»/wiki/config.yml", "yaml:wikijs", """port: 3000
db:
  type: postgres
  host: db
  port: 5432
  user: wikijs
  pass: «p:dbpw»
  db: wiki
  ssl: false
bindIP: 0.0.0.0
logLevel: info
dataPath: ./data
""")

t("matomo-config", "«P»/matomo/config/config.ini.php", "ini:matomo", """; <?php exit; ?> DO NOT REMOVE THIS LINE
[database]
host = "mariadb"
username = "matomo"
password = "«p:dbpw»"
dbname = "matomo"
tables_prefix = "matomo_"

[General]
salt = "«p:hexsecret»"
trusted_hosts[] = "stats.«P».example"

[mail]
transport = "smtp"
username = "stats@«P».example"
password = "«p:pw»"
""")

t("moodle-config", "«P»/moodle/config.php", "php:moodle", """<?php
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'pgsql';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodleuser';
$CFG->dbpass    = '«p:dbpw»';
$CFG->wwwroot   = 'https://learn.«P».example';
$CFG->passwordsaltmain = '«p:secret40»';
$CFG->smtppass = '«d:d_changeme»';
require_once(__DIR__ . '/lib/setup.php');
""")

t("mailcow-conf", "«P»/mailcow-dockerized/mailcow.conf", "env:mailcow", """MAILCOW_HOSTNAME=mail.«P».example
DBNAME=mailcow
DBUSER=mailcow
DBPASS=«p:dbpw»
DBROOT=«p:pw»
REDISPASS=«p:secret40»
HTTP_PORT=80
TZ=Europe/Berlin
COMPOSE_PROJECT_NAME=mailcowdockerized
# ACME contact
ACME_CONTACT=postmaster@«P».example
API_KEY=«d:d_changeme»
""")

t("listmonk-config", "«P»/listmonk/config.toml", "toml:listmonk", """[app]
address = "0.0.0.0:9000"
admin_username = "listmonk"
admin_password = "«p:pw»"

[db]
host = "db"
port = 5432
user = "listmonk"
password = "«p:dbpw»"
database = "listmonk"
ssl_mode = "disable"
""")

t("invidious-config", "«P»/invidious/config.yml", "yaml:invidious", """db:
  user: kemal
  password: «p:dbpw»
  host: invidious-db
  port: 5432
  dbname: invidious
check_tables: true
hmac_key: «p:hexsecret»
domain: yt.«P».example
https_only: true
# example from the docs: hmac_key: "CHANGE_ME!!"
""")

t("firefly-iii-env", "«P»/firefly/.env", "env:firefly", """APP_ENV=production
APP_DEBUG=false
SITE_OWNER=admin@«P».example
APP_KEY=«p:appkey32»
DEFAULT_LANGUAGE=en_US
DB_CONNECTION=mysql
DB_HOST=db
DB_DATABASE=firefly
DB_USERNAME=firefly
DB_PASSWORD=«p:dbpw»
STATIC_CRON_TOKEN=«p:secret32»
MAPBOX_API_KEY=«d:d_mapbox_pk»
MAIL_PASSWORD=«d:d_ref»
""")

t("strapi-env", "«P»/cms/.env", "env:strapi", """HOST=0.0.0.0
PORT=1337
APP_KEYS=«p:b64secret»,«p:b64secret»
API_TOKEN_SALT=«p:b64secret»
ADMIN_JWT_SECRET=«p:b64secret»
JWT_SECRET=«p:b64secret»
DATABASE_PASSWORD=«p:dbpw»
CLOUDINARY_URL=«p:cloudinary_url»
""")

t("appsmith-env", "«P»/appsmith/docker.env", "env:appsmith", """APPSMITH_ENCRYPTION_PASSWORD=«p:pw»
APPSMITH_ENCRYPTION_SALT=«p:secret40»
APPSMITH_MAIL_ENABLED=true
APPSMITH_MAIL_HOST=smtp.postmarkapp.com
APPSMITH_MAIL_USERNAME=«p:postmark»
APPSMITH_MAIL_PASSWORD=«p:postmark»
APPSMITH_OAUTH2_GOOGLE_CLIENT_ID=«d:d_google_client»
APPSMITH_OAUTH2_GOOGLE_CLIENT_SECRET=«p:google_secret»
""")

t("rocketchat-compose", "«P»/rocketchat/compose.yml", "yaml:compose", """services:
  rocketchat:
    image: registry.rocket.chat/rocketchat/rocket.chat:6.12.0
    environment:
      MONGO_URL: «u:mongodb://rocket:{pw}@mongodb:27017/rocketchat?replicaSet=rs0»
      ROOT_URL: https://chat.«P».example
      ADMIN_USERNAME: admin
      ADMIN_PASS: «p:pw»
      OVERWRITE_SETTING_Push_gateway_token: «d:d_uuid»
  mongodb:
    image: docker.io/bitnami/mongodb:6.0
    environment:
      MONGODB_ROOT_PASSWORD: «p:pw»
""")

t("joplin-server-env", "«P»/joplin/.env", "env:joplin", """APP_BASE_URL=https://notes.«P».example
APP_PORT=22300
DB_CLIENT=pg
POSTGRES_PASSWORD=«p:dbpw»
POSTGRES_DATABASE=joplin
POSTGRES_USER=joplin
MAILER_ENABLED=1
MAILER_HOST=smtp.resend.com
MAILER_AUTH_USER=resend
MAILER_AUTH_PASSWORD=«p:resend»
""")

t("openliberty-server-env", "«P»/liberty/server.env", "env:liberty", """keystore_password=«p:pw»
DB_USER=orders
DB_PASS=«p:dbpw»
WLP_LOGGING_CONSOLE_FORMAT=json
# encoded with securityUtility (not plain):
LDAP_BIND_PASSWORD={aes}«d:b64_decoy»
""")

t("camel-routes", "«P»/src/main/resources/camel/routes.xml", "xml:camel", """<routes xmlns="http://camel.apache.org/schema/spring">
  <route id="pull-orders">
    <from uri="sftp://edi@sftp.partner.example:22/outbox?password=RAW(«p:pw»)&amp;delete=true"/>
    <to uri="kafka:orders?brokers=kafka:9092"/>
  </route>
  <route id="notify">
    <from uri="kafka:orders-failed?brokers=kafka:9092"/>
    <to uri="slack:#ops?webhookUrl=«p:slack_hook»"/>
  </route>
</routes>
""")

t("filebeat", "«P»/observability/filebeat.yml", "yaml:filebeat", """filebeat.inputs:
  - type: filestream
    paths: ["/var/log/«P»/*.log"]
output.elasticsearch:
  hosts: ["https://es.«P».example:9243"]
  api_key: "«p:elastic_api»"
setup.kibana:
  host: "https://kibana.«P».example"
  username: "elastic"
  password: "«p:pw»"
# fingerprint of the CA, not a secret
ssl.ca_trusted_fingerprint: "«d:d_sha256»"
""")

t("otel-collector", "«P»/observability/otel-collector.yaml", "yaml:otel", """receivers:
  otlp:
    protocols: { grpc: {}, http: {} }
exporters:
  otlphttp/honeycomb:
    endpoint: https://api.honeycomb.io
    headers:
      x-honeycomb-team: «p:honeycomb_ingest»
  datadog:
    api:
      key: «p:datadog_api»
      site: datadoghq.eu
  otlp/newrelic:
    endpoint: otlp.nr-data.net:4317
    headers:
      api-key: «p:newrelic»
service:
  pipelines:
    traces: { receivers: [otlp], exporters: [otlphttp/honeycomb, datadog] }
""")

t("tyk-gateway", "«P»/gateway/tyk.conf", "json:tyk", """{
  "listen_port": 8080,
  "secret": "«p:secret40»",
  "node_secret": "«p:secret40»",
  "template_path": "/opt/tyk-gateway/templates",
  "use_db_app_configs": false,
  "storage": {
    "type": "redis",
    "host": "redis",
    "port": 6379,
    "password": "«p:pw»"
  },
  "hash_keys": true,
  "analytics_config": { "ignored_ips": [] },
  "policies": { "policy_record_name": "«d:d_sha1»" }
}
""")

t("krakend", "«P»/gateway/krakend.json", "json:krakend", """{
  "version": 3,
  "endpoints": [
    {
      "endpoint": "/v1/geo/{ip}",
      "backend": [
        {
          "host": ["https://api.ipgeolocation.example"],
          "url_pattern": "/ipgeo?apiKey=«p:secret32»&ip={ip}"
        }
      ]
    },
    {
      "endpoint": "/v1/news",
      "backend": [{ "host": ["https://newsapi.example"], "url_pattern": "/v2/top", "extra_config": { "modifier/martian": { "header.Modifier": { "scope": ["request"], "name": "X-Api-Key", "value": "«p:hexsecret»" } } } }]
    }
  ]
}
""")
