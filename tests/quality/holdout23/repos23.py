"""repos/ half, part 1: application code of product teams, data/ML, CI/CD and IaC (company: fernhollow)."""
from vals23 import R, rs, hexs, uuid, digits, b64, b64bytes, urlenc, password, urlsafe_password, AN, LAN, UAN
from keys23 import key, raw, twilio_sid, stripe_pk, mapbox_pk, gcp_project

FILES = []


def f(fn):
    FILES.append(fn)
    return fn


def pw(d, shape=None, fmt="password", no_space=True):
    return d.pos("password", fmt, password(no_space=no_space).replace('"', "").replace("'", ""), shape=shape)


def U(d, template, shape=None):
    """A URL with a password: labelled by Doc.secret (the password; the URL accepted)."""
    return d.secret("password", "url-password", template % urlsafe_password(), shape=shape)


def upw(d, shape=None):
    return d.pos("password", "password", urlsafe_password(), shape=shape)


@f
def fastapi_settings(Doc):
    d = Doc("repos/checkout-api/app/core/settings.py", "repos", "python-pydantic")
    t = ('from pydantic import Field, SecretStr\nfrom litestar.di import Provide  # noqa: F401 (wired in app.py)\nfrom pydantic_settings import BaseSettings, SettingsConfigDict\n\n\n'
         'class Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_file=".env", env_prefix="CHECKOUT_")\n\n'
         '    stripe_secret_key: SecretStr = SecretStr("%s")\n' % key(d, "stripe") +
         '    stripe_publishable_key: str = "%s"\n' % d.dec("stripe", "publishable_key", stripe_pk()) +
         '    stripe_webhook_secret: SecretStr = Field(\n        default=SecretStr(\n            "%s"\n        ),\n    )\n' % key(d, "stripe-whsec", shape="python-pydantic:multiline") +
         '    openai_api_key: SecretStr = Field(default=None)\n    db_url: str = "%s"\n\n\n' % U(d, "postgresql+asyncpg://checkout:%s@pg-primary.internal:5432/checkout") +
         'settings = Settings()\n')
    return [(d, t)]


@f
def fastapi_deps(Doc):
    d = Doc("repos/checkout-api/app/deps.py", "repos", "python-di")
    t = ('from functools import lru_cache\n\nimport anthropic\nfrom litestar.di import Provide\nfrom twilio.rest import Client as Twilio\n\n\n@lru_cache\n'
         'def llm() -> anthropic.Anthropic:\n    return anthropic.Anthropic(\n        api_key=os.getenv("ANTHROPIC_API_KEY", "%s"),\n        max_retries=3,\n    )\n\n\n' % key(d, "anthropic", shape="python-di:getenv-default") +
         '@lru_cache\ndef sms() -> Twilio:\n    return Twilio("%s", "%s")\n\n\ndependencies = {"llm": Provide(llm), "sms": Provide(sms)}\n' % (d.dec("twilio", "account_sid", twilio_sid()), key(d, "twilio-token", shape="python-di:positional-pair")))
    return [(d, t)]


@f
def pytest_conftest(Doc):
    d = Doc("repos/checkout-api/tests/conftest.py", "repos", "python-test")
    t = ('import pytest\n\n# recorded against the sandbox; FAKE values below are not live\nFAKE_STRIPE_KEY = "%s"\n' % d.dec("stripe", "test_fixture_fake", "sk_test_FAKE" + "0" * 24) +
         'FAKE_WEBHOOK = "%s"\n\n\n' % d.dec("stripe", "placeholder", "whsec_test_secret_do_not_use") +
         '@pytest.fixture\ndef sendgrid_client():\n    # copied from staging .env while debugging INC-2231, remove\n    return SendGridAPIClient("%s")\n' % key(d, "sendgrid", shape="python-test:fixture-live"))
    return [(d, t)]


@f
def express_passport(Doc):
    d = Doc("repos/community-web/src/auth/github.js", "repos", "js-passport")
    t = ("const passport = require('passport');\nconst GitHubStrategy = require('passport-github2').Strategy;\n\n"
         "passport.use(new GitHubStrategy({\n    clientID: '%s',\n" % d.dec("github", "oauth_client_id", "Ov23li" + rs(AN, 14)) +
         "    clientSecret: '%s',\n" % d.pos("github", "oauth-app-client-secret", hexs(40)) +
         "    callbackURL: 'https://community.fernhollow.io/auth/github/callback',\n  },\n  (accessToken, refreshToken, profile, done) => done(null, profile)\n));\n")
    return [(d, t)]


@f
def nest_typeorm(Doc):
    d = Doc("repos/inventory-svc/src/app.module.ts", "repos", "ts-nest")
    t = ("@Module({\n  imports: [\n    TypeOrmModule.forRoot({\n      type: 'postgres',\n      host: 'inventory-db.internal',\n      username: 'inventory',\n"
         "      password: '%s',\n" % pw(d) +
         "      database: 'inventory',\n      synchronize: false,\n    }),\n    BullModule.forRoot({ redis: { host: 'redis', password: process.env.REDIS_PASSWORD } }),\n"
         "    SlackModule.forRoot({ token: '%s' }),\n  ],\n})\nexport class AppModule {}\n" % key(d, "slack-bot", shape="ts-nest:forRoot"))
    return [(d, t)]


@f
def micronaut(Doc):
    d = Doc("repos/ledger-helidon/src/main/resources/application-prod.yaml", "repos", "helidon-yaml")
    t = ("server:\n  port: 8080\njavax:\n  sql:\n    DataSource:\n      ledger:\n        dataSourceClassName: org.postgresql.ds.PGSimpleDataSource\n        dataSource:\n          url: jdbc:postgresql://ledger-db:5432/ledger\n          user: ledger_app\n"
         "          password: %s\n" % pw(d) +
         "aws:\n  access-key-id: %s\n  secret-key: %s\n  region: eu-west-1\n" % (key(d, "aws-id"), key(d, "aws-secret")) +
         "sentry:\n  dsn: https://%s@o%s.ingest.sentry.io/%s\n" % (d.dec("sentry", "dsn_public_key", hexs(32)), digits(6), digits(7)))
    return [(d, t)]


@f
def spring_cloud_config(Doc):
    d = Doc("repos/config-repo/notifications-prod.properties", "repos", "spring-cloud-config")
    t = ("# served by the Spring Cloud Config server to notifications (profile prod)\nspring.datasource.username=notify\nspring.datasource.password=%s\n" % pw(d) +
         "spring.mail.host=smtp.sendgrid.net\nspring.mail.username=apikey\nspring.mail.password=%s\n" % key(d, "sendgrid") +
         "spring.security.oauth2.client.registration.keycloak.client-id=notifications\n"
         "spring.security.oauth2.client.registration.keycloak.client-secret=%s\n" % d.pos("keycloak", "client-secret", rs(AN, 32)) +
         "spring.rabbitmq.password={cipher}%s\n" % d.dec("springcloudconfig", "cipher_encrypted", hexs(96)))
    return [(d, t)]


@f
def ktor(Doc):
    d = Doc("repos/rides-backend/src/main/resources/application.conf", "repos", "ktor-hocon")
    t = ('ktor {\n  deployment { port = 8080 }\n}\nmaps {\n  # server-side geocoding, restricted by IP\n  key = "%s"\n}\n' % key(d, "gcp-key") +
         'push {\n  fcm {\n    project = "%s"\n  }\n}\n' % d.dec("google", "project_id", gcp_project()) +
         'jwt {\n  secret = "%s"\n  secret = ${?JWT_SECRET}\n  issuer = "rides"\n}\n' % d.pos("generic", "jwt-signing-secret", rs(AN, 48)))
    return [(d, t)]


@f
def go_viper(Doc):
    d = Doc("repos/shipping-gw/config/config.yaml", "repos", "go-viper-yaml")
    t = ("server:\n  addr: :8443\ncarriers:\n  dhl:\n    api_key: %s\n" % d.pos("dhl", "api-key", rs(AN, 32)) +
         "  easypost:\n    api_key: %s\n" % d.pos("easypost", "api-key", "EZAK" + hexs(54)) +
         "  easypost_test:\n    api_key: %s\n" % d.dec("easypost", "docs_example", "EZTK" + "1234567890abcdef" * 3 + "123456") +
         "database:\n  dsn: \"shipping:%s@tcp(mysql-shipping:3306)/shipping?parseTime=true\"\n" % pw(d))
    return [(d, t)]


@f
def go_struct(Doc):
    d = Doc("repos/shipping-gw/internal/clients/clients.go", "repos", "go-source")
    t = ('package clients\n\nvar defaultCreds = map[string]Credential{\n\t"github": {\n\t\tUser:  "fernhollow-bot",\n\t\tToken: "%s",\n\t},\n' % key(d, "github-fg", shape="go-source:nested-map") +
         '\t"datadog": {\n\t\tUser:  "%s",\n\t\tToken: "%s",\n\t},\n}\n' % (d.dec("datadog", "site", "datadoghq.eu"), key(d, "datadog-api", shape="go-source:nested-map")) +
         '\nfunc s3() *s3.Client {\n\treturn s3.New(s3.Options{\n\t\tCredentials: aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(\n\t\t\t"%s",\n\t\t\t"%s",\n\t\t\t"",\n\t\t)),\n\t})\n}\n' % (key(d, "aws-id"), key(d, "aws-secret")))
    return [(d, t)]


@f
def rust_config(Doc):
    d = Doc("repos/search-poem/config/Settings.toml", "repos", "poem-settings-toml")
    t = ('[server]\nbind = "0.0.0.0:7700"\n\n[meili]\nurl = "http://meilisearch:7700"\nmaster_key = "%s"\n\n' % d.pos("meilisearch", "master-key", rs(AN + "-_", 32)) +
         '[openai]\nembedding_model = "text-embedding-3-small"\napi_key = "%s"\n\n[qdrant]\ncollection = "%s"\n' % (key(d, "openai"), d.dec("qdrant", "collection", "docs-v3")))
    return [(d, t)]


@f
def aspnet_usersecrets(Doc):
    d = Doc("repos/portal/Portal.Web/secrets.json", "repos", "dotnet-user-secrets")
    t = ('{\n  "ConnectionStrings:Default": "Server=tcp:fernhollow-sql.database.windows.net,1433;Database=portal;User ID=portal_app;Password=%s;Encrypt=True;",\n' % pw(d) +
         '  "AzureAd:ClientId": "%s",\n  "AzureAd:ClientSecret": "%s",\n' % (d.dec("azure", "client_id", uuid()), key(d, "azure-client-secret")) +
         '  "AzureAd:TenantId": "%s",\n  "Storage:AccountKey": "%s"\n}\n' % (d.dec("azure", "tenant_id", uuid()), key(d, "azure-storage")))
    return [(d, t)]


@f
def symfony(Doc):
    d = Doc("repos/booking-masonite/.env", "repos", "masonite-env")
    t = ("APP_ENV=production\nAPP_KEY=%s\n" % d.pos("masonite", "app-key", b64bytes(32).replace("+", "-").replace("/", "_")) +
         "DATABASE_URL=\"%s\"\n" % U(d, "mysql://booking:%s@127.0.0.1:3306/booking?serverVersion=8.0") +
         "QUEUE_DRIVER=async\nMAIL_DRIVER=mailgun\nMAILGUN_DOMAIN=%s\nMAILGUN_SECRET=%s\n" % (d.dec("mailgun", "domain", "mg.fernhollow.io"), key(d, "mailgun")) +
         "STRIPE_PUBLIC_KEY=%s\n" % d.dec("stripe", "publishable_key", stripe_pk()))
    return [(d, t)]


@f
def android_gradle(Doc):
    d = Doc("repos/rides-capacitor/android/app/build.gradle.kts", "repos", "capacitor-android-gradle")
    t = ('android {\n    defaultConfig {\n        applicationId = "io.fernhollow.rides"\n'
         '        buildConfigField("String", "MAPS_KEY", "\\"%s\\"")\n' % d.dec("google", "android_restricted_maps_key_public", "AIza" + rs(AN + "-_", 35)) +
         '        buildConfigField("String", "SEGMENT_WRITE_KEY", "\\"%s\\"")\n' % d.dec("segment", "client_write_key", rs(AN, 32)) +
         '        buildConfigField("String", "BACKEND_ADMIN_TOKEN", "\\"%s\\"")\n    }\n' % d.pos("generic", "admin-token", rs(AN, 40)) +
         '    signingConfigs {\n        create("release") {\n            storeFile = file("release.jks")\n            storePassword = "%s"\n            keyAlias = "rides"\n            keyPassword = "%s"\n        }\n    }\n}\n' % (pw(d), pw(d)))
    return [(d, t)]


@f
def xcconfig(Doc):
    d = Doc("repos/rides-capacitor/ios/App/Config/Secrets.xcconfig", "repos", "capacitor-ios-xcconfig")
    t = ("// Not committed normally; see README\nREVENUECAT_PUBLIC_KEY = %s\n" % d.dec("revenuecat", "public_sdk_key", "appl_" + rs(AN, 27)) +
         "SENTRY_AUTH_TOKEN = %s\n" % key(d, "sentry") +
         "MAPBOX_DOWNLOADS_TOKEN = %s\n" % key(d, "mapbox-secret") + "MAPBOX_ACCESS_TOKEN = %s\n" % d.dec("mapbox", "public_token", mapbox_pk()))
    return [(d, t)]


@f
def flutter_launch(Doc):
    d = Doc("repos/wallet-flutter/.vscode/launch.json", "repos", "vscode-launch")
    t = ('{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "name": "wallet (staging)",\n      "request": "launch",\n      "type": "dart",\n'
         '      "toolArgs": [\n        "--dart-define=API_BASE=https://staging.fernhollow.io",\n        "--dart-define=PLAID_SECRET=%s",\n' % d.pos("plaid", "secret", hexs(30)) +
         '        "--dart-define=PLAID_CLIENT_ID=%s"\n      ]\n    }\n  ]\n}\n' % d.dec("plaid", "client_id", hexs(24)))
    return [(d, t)]


@f
def rn_config(Doc):
    d = Doc("repos/wallet-rn/.env.production", "repos", "react-native-config")
    t = ("API_URL=https://api.fernhollow.io\nONESIGNAL_APP_ID=%s\n" % d.dec("onesignal", "app_id", uuid()) +
         "ONESIGNAL_REST_KEY=%s\n" % d.pos("onesignal", "api-key", "os_v2_app_" + rs("abcdefghijklmnopqrstuvwxyz234567", 113)) +
         "CODEPUSH_KEY=%s\n" % d.dec("codepush", "deployment_key_public", rs(AN + "-_", 32)))
    return [(d, t)]


@f
def electron_builder(Doc):
    d = Doc("repos/desk-app/electron-builder.yml", "repos", "electron-builder")
    t = ("appId: io.fernhollow.desk\nproductName: Fernhollow Desk\npublish:\n  provider: github\n  owner: fernhollow\n  repo: desk-app\n  token: %s\n" % key(d, "github") +
         "mac:\n  notarize:\n    teamId: %s\n" % d.dec("apple", "team_id", rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10)) +
         "afterSign: scripts/notarize.js\n")
    d2 = Doc("repos/desk-app/scripts/notarize.js", "repos", "js-source")
    t2 = ("const { notarize } = require('@electron/notarize');\n\nexports.default = async (ctx) => notarize({\n  appPath: `${ctx.appOutDir}/Fernhollow Desk.app`,\n"
          "  appleId: 'release@fernhollow.io',\n  appleIdPassword: '%s',\n" % d2.pos("apple", "app-specific-password", "-".join(rs("abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4))) +
          "  teamId: process.env.APPLE_TEAM_ID,\n});\n")
    return [(d, t), (d2, t2)]


@f
def chrome_ext(Doc):
    d = Doc("repos/clipper-extension/src/background.js", "repos", "browser-extension")
    t = ("// service worker\nconst FIREBASE_CONFIG = {\n  apiKey: '%s',\n  projectId: '%s',\n};\n" % (d.dec("google", "firebase_web_api_key", "AIza" + rs(AN + "-_", 35)), d.dec("google", "project_id", gcp_project())) +
         "\n// TODO move server-side\nconst OPENAI = new OpenAI({\n  dangerouslyAllowBrowser: true,\n  apiKey:\n    '%s',\n});\n" % key(d, "openai", shape="browser-extension:value-next-line"))
    return [(d, t)]


@f
def rag_notebook(Doc):
    d = Doc("repos/ml-research/notebooks/rag_eval.ipynb", "repos", "notebook")
    ok = raw("openai")
    pk = raw("pinecone")
    lab1 = d.pos(ok[0], ok[1], ok[2])
    lab2 = d.pos(pk[0], pk[1], pk[2])
    t = ('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 3,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n'
         '    "import os\\n",\n    "os.environ[\\"OPENAI_API_KEY\\"] = \\"%s\\"\\n",\n' % lab1 +
         '    "pc = Pinecone(api_key=\\"%s\\")\\n",\n' % lab2 +
         '    "index = pc.Index(\\"%s\\")"\n   ]\n  },\n' % d.dec("pinecone", "index_name", "support-docs-1536") +
         '  {\n   "cell_type": "code",\n   "execution_count": 4,\n   "metadata": {},\n   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["run id %s\\n"]}],\n' % d.dec("wandb", "run_id", rs(LAN, 8)) +
         '   "source": ["wandb.login(key=\\"%s\\")"]\n  }\n ],\n "metadata": {"kernelspec": {"name": "python3"}},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n' % d.pos("wandb", "api-key", hexs(40)))
    return [(d, t)]


@f
def airflow_dag(Doc):
    d = Doc("repos/data-platform/dags/orders_to_warehouse.py", "repos", "airflow-dag")
    p = urlsafe_password()
    t = ('from airflow import DAG\nfrom airflow.providers.snowflake.operators.snowflake import SnowflakeOperator\n\n'
         '# conn set here because the secrets backend was down during the migration\nos.environ["AIRFLOW_CONN_ORDERS_PG"] = "%s"\n\n' % U(d, "postgresql://airflow_ro:%s@orders-replica:5432/orders") +
         'with DAG("orders_to_warehouse", schedule="@hourly", catchup=False) as dag:\n    load = SnowflakeOperator(task_id="load", sql="sql/load_orders.sql")\n'
         '    notify = SlackWebhookOperator(task_id="notify", slack_webhook_conn_id="slack_default",\n        webhook_token="%s")\n' % key(d, "slack-webhook"))
    return [(d, t)]


@f
def dbt_profiles(Doc):
    d = Doc("repos/data-platform/dbt/profiles.yml", "repos", "dbt-profiles")
    t = ("fernhollow:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: %s\n      user: DBT_PROD\n" % d.dec("snowflake", "account_locator", "xy%s.eu-central-1" % digits(5)) +
         "      password: %s\n      role: TRANSFORMER\n      warehouse: TRANSFORM_WH\n" % pw(d) +
         "    dev:\n      type: snowflake\n      account: xy12345.eu-central-1\n      user: \"{{ env_var('DBT_USER') }}\"\n      password: \"%s\"\n" % d.dec("password", "env_ref", "{{ env_var('DBT_PASSWORD') }}"))
    return [(d, t)]


@f
def dagster(Doc):
    d = Doc("repos/data-platform/orchestration/definitions.py", "repos", "dagster")
    t = ('defs = Definitions(\n    assets=all_assets,\n    resources={\n        "warehouse": SnowflakeResource(\n            account="xy12345",\n            user="DAGSTER",\n'
         '            password=EnvVar("SNOWFLAKE_PASSWORD"),\n        ),\n        "hubspot_sync": AirbyteResource(\n            host="airbyte.internal",\n'
         '            password="%s",\n        ),\n' % pw(d) +
         '        "github": GithubResource(\n            github_app_id=%s,\n            github_app_private_rsa_key=EnvVar("GH_APP_KEY"),\n            github_installation_id=%s,\n        ),\n'
         % (d.dec("github", "app_id", digits(6)), d.dec("github", "installation_id", digits(8))) +
         '        "s3": S3Resource(aws_access_key_id="%s",\n                         aws_secret_access_key="%s"),\n    },\n)\n' % (key(d, "aws-id"), key(d, "aws-secret")))
    return [(d, t)]


@f
def spark_defaults(Doc):
    d = Doc("repos/data-platform/spark/conf/spark-defaults.conf", "repos", "spark-conf")
    t = ("spark.master                      k8s://https://kubernetes.default.svc\nspark.hadoop.fs.s3a.endpoint      s3.eu-west-1.amazonaws.com\n"
         "spark.hadoop.fs.s3a.access.key    %s\nspark.hadoop.fs.s3a.secret.key    %s\n" % (key(d, "aws-id"), key(d, "aws-secret")) +
         "spark.eventLog.dir                s3a://fh-spark-logs/events\nspark.kubernetes.container.image  ghcr.io/fernhollow/spark@sha256:%s\n" % d.dec("docker", "image_digest", hexs(64)))
    return [(d, t)]


@f
def debezium(Doc):
    d = Doc("repos/data-platform/connect/orders-cdc.json", "repos", "kafka-connect-json")
    t = ('{\n  "name": "orders-cdc",\n  "config": {\n    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",\n    "database.hostname": "orders-primary",\n'
         '    "database.user": "debezium",\n    "database.password": "%s",\n' % pw(d) +
         '    "topic.prefix": "orders",\n    "schema.history.internal.kafka.bootstrap.servers": "kafka:9092",\n'
         '    "sasl.jaas.config": "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"%s\\" password=\\"%s\\";"\n  }\n}\n'
         % (d.dec("confluent", "api_key_id", rs(UAN, 16)), d.pos("confluent", "api-secret", rs(AN + "+/", 64))))
    return [(d, t)]


@f
def mlflow(Doc):
    d = Doc("repos/ml-research/train/mlflow_setup.sh", "repos", "shell")
    t = ("#!/usr/bin/env bash\nexport MLFLOW_TRACKING_URI=databricks\nexport DATABRICKS_HOST=https://adb-%s.12.azuredatabricks.net\n" % digits(16) +
         "export DATABRICKS_TOKEN=\"${DATABRICKS_TOKEN:-%s}\"\n" % key(d, "databricks", shape="shell:default-expansion") +
         "export HF_TOKEN=%s\npython train.py --experiment /Shared/churn --run-name \"$(date +%%F)\"\n" % key(d, "huggingface"))
    return [(d, t)]


@f
def streamlit(Doc):
    d = Doc("repos/ml-research/dashboard/.streamlit/secrets.toml", "repos", "streamlit-secrets")
    t = ('[connections.warehouse]\ndialect = "postgresql"\nhost = "analytics-db.internal"\nusername = "dash_ro"\npassword = "%s"\n\n' % pw(d) +
         '[groq]\napi_key = "%s"\n\n[auth]\ncookie_secret = "%s"\nclient_id = "%s.apps.googleusercontent.com"\nclient_secret = "%s"\n'
         % (key(d, "groq"), d.pos("generic", "cookie-secret", rs(AN, 40)), d.dec("google", "oauth_client_id", digits(12) + "-" + rs(LAN, 32)), d.pos("google", "oauth-client-secret", "GOCSPX-" + rs(AN + "-_", 28))))
    return [(d, t)]


@f
def celery_scrapy(Doc):
    d = Doc("repos/price-crawler/crawler/settings.py", "repos", "scrapy-settings")
    p = urlsafe_password()
    t = ('BOT_NAME = "price_crawler"\nROBOTSTXT_OBEY = True\nCONCURRENT_REQUESTS = 8\n'
         'ROTATING_PROXY_LIST = ["%s"]\n' % U(d, "http://crawler:%s@proxy.brightnet.example:22225") +
         'ZYTE_API_KEY = "%s"\n' % d.pos("zyte", "api-key", hexs(32)) +
         'CELERY_BROKER_URL = "%s"\nHTTPCACHE_ENABLED = True\n' % U(d, "redis://default:%s@redis-crawler:6379/0"))
    return [(d, t)]


@f
def etl_sqlalchemy(Doc):
    d = Doc("repos/finance-reports/etl/load_invoices.py", "repos", "python-script")
    p = urlsafe_password()
    t = ('import pandas as pd\nfrom sqlalchemy import create_engine\n\nengine = create_engine(\n    "mssql+pyodbc://reporting:"\n    + "%s"\n    + "@erp-sql01/ERP?driver=ODBC+Driver+18+for+SQL+Server"\n)\n' % d.pos("password", "password", p) +
         'df = pd.read_sql("select * from invoices where posted = 1", engine)\ndf.to_parquet("s3://fh-finance/invoices.parquet", storage_options={\n'
         '    "key": "%s",\n    "secret": "%s",\n})\n' % (key(d, "aws-id"), key(d, "aws-secret")))
    return [(d, t)]


@f
def gh_actions(Doc):
    d = Doc("repos/checkout-api/.github/workflows/deploy.yml", "repos", "github-actions")
    t = ("name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_REGION: eu-west-1\n"
         "      AWS_ACCESS_KEY_ID: %s\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n" % key(d, "aws-id") +
         "    steps:\n      - uses: actions/checkout@%s\n" % d.dec("github", "action_pin_sha", hexs(40)) +
         "      - name: notify\n        run: |\n          curl -sS -X POST -H 'Content-type: application/json' \\\n            --data '{\"text\":\"deployed\"}' %s\n" % key(d, "slack-webhook") +
         "      - uses: docker/login-action@v3\n        with:\n          username: fernhollowci\n          password: %s\n" % key(d, "dockerhub"))
    return [(d, t)]


@f
def gh_actions_reusable(Doc):
    d = Doc("repos/platform-workflows/.github/workflows/release.yml", "repos", "github-actions")
    t = ("on:\n  workflow_call:\n    inputs:\n      package: {type: string, required: true}\n    secrets:\n      NPM_TOKEN: {required: true}\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n"
         "      - run: npm publish --access public\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN || '%s' }}\n" % key(d, "npm", shape="github-actions:expression-fallback") +
         "      - run: echo \"//registry.npmjs.org/:_authToken=%s\" > ~/.npmrc\n        if: ${{ false }}\n" % d.dec("npm", "placeholder", "${NPM_TOKEN}"))
    return [(d, t)]


@f
def gitlab_ci(Doc):
    d = Doc("repos/inventory-svc/.gitlab-ci.yml", "repos", "gitlab-ci")
    t = ("include:\n  - project: platform/ci-templates\n    ref: v4\n    file: /node.yml\nvariables:\n  SONAR_HOST_URL: https://sonar.fernhollow.io\n  SONAR_TOKEN:\n    value: %s\n    description: analysis token\n" % key(d, "sonar", shape="gitlab-ci:value-under-name") +
         "  DOCKER_AUTH_CONFIG: '{\"auths\":{\"registry.fernhollow.io\":{\"auth\":\"%s\"}}}'\n" % d.b64("password", "docker-auth", "ci-pusher:" + password(no_space=True).replace("'", ""), shape="gitlab-ci:docker-auth-base64") +
         "release:\n  stage: deploy\n  script:\n    - 'curl --header \"PRIVATE-TOKEN: %s\" \"$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases\"'\n" % key(d, "gitlab"))
    return [(d, t)]


@f
def circleci(Doc):
    d = Doc("repos/community-web/.circleci/config.yml", "repos", "circleci")
    t = ("version: 2.1\norbs:\n  node: circleci/node@5.2\njobs:\n  e2e:\n    docker:\n      - image: cimg/node:20.11\n        auth:\n          username: fernhollowci\n          password: %s\n" % key(d, "dockerhub") +
         "    environment:\n      CYPRESS_RECORD_KEY: %s\n" % d.pos("cypress", "record-key", uuid()) +
         "      CYPRESS_PROJECT_ID: %s\n    steps:\n      - checkout\n      - run: npx cypress run --record\n" % d.dec("cypress", "project_id", rs(LAN, 6)))
    return [(d, t)]


@f
def buildkite(Doc):
    d = Doc("repos/rides-backend/.buildkite/pipeline.yml", "repos", "buildkite")
    t = ("env:\n  GRADLE_OPTS: -Xmx2g\nsteps:\n  - label: \":gradle: test\"\n    command: ./gradlew test\n    plugins:\n      - docker#v5.10.0:\n          image: eclipse-temurin:21\n"
         "  - label: \":rocket: deploy\"\n    command: scripts/deploy.sh\n    env:\n      FLY_API_TOKEN: \"%s\"\n" % key(d, "fly") +
         "      BUILDKITE_ANALYTICS_TOKEN: %s\n" % d.pos("buildkite", "test-analytics-token", rs(AN, 24)))
    d2 = Doc("repos/rides-backend/.buildkite/hooks/environment", "repos", "shell")
    t2 = ("#!/bin/bash\nset -euo pipefail\nexport NEW_RELIC_API_KEY=%s\n" % key(d2, "newrelic") + "export BUILDKITE_AGENT_TOKEN=\"${BUILDKITE_AGENT_TOKEN:-}\"\n")
    return [(d, t), (d2, t2)]


@f
def argo_wf(Doc):
    d = Doc("repos/data-platform/argo/nightly-backfill.yaml", "repos", "argo-workflows")
    t = ("apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nmetadata:\n  name: nightly-backfill\nspec:\n  entrypoint: main\n  arguments:\n    parameters:\n"
         "      - name: warehouse-password\n        value: \"%s\"\n" % pw(d) +
         "      - name: image-digest\n        value: sha256:%s\n" % d.dec("docker", "image_digest", hexs(64)) +
         "  templates:\n    - name: main\n      container:\n        image: ghcr.io/fernhollow/backfill:2.3.1\n        env:\n          - name: DATADOG_API_KEY\n            value: %s\n" % key(d, "datadog-api"))
    return [(d, t)]


@f
def argocd_repo(Doc):
    d = Doc("repos/gitops/argocd/repo-secrets.yaml", "repos", "k8s-secret-base64")
    tok = raw("github")
    pws = password(no_space=True)
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: repo-platform\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: repository\ndata:\n"
         "  url: %s\n  username: %s\n  password: %s\n" % (b64("https://github.com/fernhollow/platform"), b64("argocd"), d.b64(tok[0], tok[1], tok[2])) +
         "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: helm-charts\n  namespace: argocd\nstringData:\n  type: helm\n  url: https://charts.fernhollow.io\n  username: argocd\n  password: \"%s\"\n" % d.pos("password", "password", pws.replace('"', "")))
    return [(d, t)]


@f
def helm_values(Doc):
    d = Doc("repos/gitops/charts/checkout/values-prod.yaml", "repos", "helm-values")
    t = ("replicaCount: 4\nimage:\n  repository: ghcr.io/fernhollow/checkout\n  tag: 3.14.2\n  digest: sha256:%s\n" % d.dec("docker", "image_digest", hexs(64)) +
         "podAnnotations:\n  checksum/config: %s\n" % d.dec("helm", "checksum", hexs(64)) +
         "env:\n  STRIPE_SECRET_KEY:\n    valueFrom:\n      secretKeyRef: {name: checkout, key: stripe}\n  OPENAI_API_KEY:\n    value: >-\n      %s\n" % key(d, "openai", shape="helm-values:folded") +
         "postgresql:\n  auth:\n    username: checkout\n    password: %s\n    existingSecret: \"\"\n" % pw(d))
    return [(d, t)]


@f
def kustomize(Doc):
    d = Doc("repos/gitops/overlays/staging/kustomization.yaml", "repos", "kustomize")
    t = ("resources:\n  - ../../base\nnamespace: staging\nsecretGenerator:\n  - name: app-secrets\n    literals:\n"
         "      - SENDGRID_API_KEY=%s\n      - SESSION_SECRET=%s\n" % (key(d, "sendgrid"), d.pos("generic", "session-secret", rs(AN, 64))) +
         "      - FEATURE_FLAGS=checkout_v2,new_nav\n    options:\n      disableNameSuffixHash: true\nimages:\n  - name: checkout\n    digest: sha256:%s\n" % d.dec("docker", "image_digest", hexs(64)))
    return [(d, t)]


@f
def tf_providers(Doc):
    d = Doc("repos/infra-live/observability/providers.tf", "repos", "terraform")
    t = ('terraform {\n  required_providers {\n    datadog = { source = "DataDog/datadog" }\n    pagerduty = { source = "PagerDuty/pagerduty" }\n  }\n}\n\n'
         'provider "datadog" {\n  api_key = "%s"\n  app_key = "%s"\n  api_url = "https://api.datadoghq.eu/"\n}\n\n' % (key(d, "datadog-api"), key(d, "datadog-app")) +
         'provider "pagerduty" {\n  token = var.pagerduty_token\n}\n\nvariable "pagerduty_token" {\n  type      = string\n  sensitive = true\n  default   = "%s"\n}\n' % key(d, "pagerduty"))
    return [(d, t)]


@f
def tf_gcp(Doc):
    d = Doc("repos/infra-live/gcp/secrets.tf", "repos", "terraform")
    t = ('resource "google_secret_manager_secret_version" "mailchimp" {\n  secret      = google_secret_manager_secret.mailchimp.id\n  secret_data = "%s"\n}\n\n' % key(d, "mailchimp") +
         'resource "google_sql_user" "app" {\n  name     = "app"\n  instance = google_sql_database_instance.main.name\n  password = "%s"\n}\n\n' % pw(d) +
         'data "google_project" "this" {\n  project_id = "%s"\n}\n' % d.dec("google", "project_id", gcp_project()))
    return [(d, t)]


@f
def pulumi_cfg(Doc):
    d = Doc("repos/infra-pulumi/Pulumi.prod.yaml", "repos", "pulumi-config")
    t = ("config:\n  aws:region: eu-central-1\n  checkout:dbPassword:\n    secure: %s\n" % d.dec("pulumi", "encrypted_secure_value", "v1:" + b64bytes(12) + ":" + b64bytes(36)) +
         "  checkout:cloudflareToken: %s\n  checkout:githubToken: %s\n" % (key(d, "cloudflare"), key(d, "github")) +
         "  checkout:zoneId: %s\n" % d.dec("cloudflare", "zone_id", hexs(32)))
    return [(d, t)]


@f
def cdk_stack(Doc):
    d = Doc("repos/infra-cdk/lib/api-stack.ts", "repos", "aws-cdk")
    t = ("export class ApiStack extends Stack {\n  constructor(scope: Construct, id: string, props?: StackProps) {\n    super(scope, id, props);\n"
         "    const fn = new lambda.Function(this, 'Webhooks', {\n      runtime: lambda.Runtime.NODEJS_20_X,\n      handler: 'index.handler',\n      code: lambda.Code.fromAsset('dist'),\n"
         "      environment: {\n        SHOPIFY_ADMIN_TOKEN: '%s',\n        SHOP_DOMAIN: 'fernhollow.myshopify.com',\n" % key(d, "shopify") +
         "        LINEAR_API_KEY: process.env.LINEAR_API_KEY ?? '%s',\n      },\n    });\n" % key(d, "linear", shape="aws-cdk:nullish-fallback") +
         "    new secretsmanager.Secret(this, 'Db', { secretStringValue: SecretValue.unsafePlainText('%s') });\n  }\n}\n" % pw(d))
    return [(d, t)]


@f
def ansible(Doc):
    d = Doc("repos/ops-ansible/inventories/prod/group_vars/all.yml", "repos", "ansible-vars")
    t = ("---\nntp_servers: [0.pool.ntp.org]\npostgres_replication_password: %s\n" % pw(d) +
         "grafana_admin_password: \"{{ vault_grafana_admin_password }}\"\ndatadog_api_key: %s\n" % key(d, "datadog-api") +
         "tailscale_authkey: %s\n" % key(d, "tailscale") + "ssh_host_key_checksum: %s\n" % d.dec("ansible", "sha256", "sha256:" + hexs(64)))
    return [(d, t)]


@f
def nomad(Doc):
    d = Doc("repos/ops-nomad/jobs/api.nomad.hcl", "repos", "nomad")
    t = ('job "api" {\n  datacenters = ["dc1"]\n  group "api" {\n    task "server" {\n      driver = "docker"\n      config {\n        image = "registry.fernhollow.io/api:1.9"\n'
         '        auth {\n          username = "nomad"\n          password = "%s"\n        }\n      }\n' % pw(d) +
         '      env {\n        POSTMARK_SERVER_TOKEN = "%s"\n' % key(d, "postmark") +
         '        CONSUL_HTTP_TOKEN = "%s"\n      }\n' % d.pos("consul", "acl-token", uuid()) +
         '      template {\n        data = "DB_PASSWORD={{ with secret \\"kv/api\\" }}{{ .Data.password }}{{ end }}"\n        destination = "secrets/env"\n        env = true\n      }\n    }\n  }\n}\n')
    return [(d, t)]


@f
def packer(Doc):
    d = Doc("repos/ops-images/ubuntu-base.pkr.hcl", "repos", "packer")
    t = ('variable "do_token" {\n  type    = string\n  default = "%s"\n}\n\n' % key(d, "digitalocean") +
         'source "digitalocean" "base" {\n  api_token    = var.do_token\n  image        = "ubuntu-24-04-x64"\n  region       = "ams3"\n  ssh_username = "root"\n}\n\n'
         'build {\n  sources = ["source.digitalocean.base"]\n  provisioner "shell" {\n    inline = ["echo \'admin:%s\' | chpasswd"]\n  }\n}\n' % pw(d))
    return [(d, t)]


@f
def serverless(Doc):
    d = Doc("repos/webhooks-fn/serverless.yml", "repos", "serverless-framework")
    t = ("service: webhooks\nprovider:\n  name: aws\n  runtime: python3.12\n  environment:\n    STRIPE_WEBHOOK_SECRET: %s\n" % key(d, "stripe-whsec") +
         "    TELEGRAM_BOT_TOKEN: ${env:TELEGRAM_BOT_TOKEN, '%s'}\n" % key(d, "telegram", shape="serverless:env-fallback") +
         "    ALERT_CHAT_ID: \"%s\"\nfunctions:\n  stripe:\n    handler: handler.stripe\n" % d.dec("telegram", "chat_id", "-100" + digits(10)))
    return [(d, t)]


@f
def sam_template(Doc):
    d = Doc("repos/webhooks-fn/template.yaml", "repos", "aws-sam")
    t = ("AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nParameters:\n  GitLabToken:\n    Type: String\n    NoEcho: true\n"
         "    Default: %s\n" % key(d, "gitlab") + "Resources:\n  SyncFn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Environment:\n        Variables:\n"
         "          GITLAB_TOKEN: !Ref GitLabToken\n          VPC_ID: %s\n" % d.dec("aws", "vpc_id", "vpc-" + hexs(17)))
    return [(d, t)]


@f
def taskfile(Doc):
    d = Doc("repos/search-indexer/Taskfile.yml", "repos", "taskfile")
    t = ("version: '3'\nenv:\n  MEILI_URL: http://localhost:7700\ntasks:\n  reindex:\n    cmds:\n"
         "      - curl -X POST \"$MEILI_URL/indexes/docs/documents\" -H 'Authorization: Bearer %s' --data-binary @dump.json\n" % d.pos("meilisearch", "master-key", rs(AN + "-_", 32)) +
         "  smoke:\n    env:\n      ALGOLIA_ADMIN_KEY: '{{.ALGOLIA_ADMIN_KEY | default \"%s\"}}'\n    cmds: [go test ./smoke/...]\n" % key(d, "algolia-admin", shape="taskfile:template-default"))
    return [(d, t)]


@f
def justfile(Doc):
    d = Doc("repos/rides-backend/justfile", "repos", "justfile")
    t = ('set dotenv-load\n\nexport VAULT_ADDR := "https://vault.fernhollow.io"\nexport VAULT_TOKEN := env_var_or_default("VAULT_TOKEN", "%s")\n\n' % key(d, "vault", shape="justfile:env-default") +
         'seed:\n    psql "%s" -f seed.sql\n' % U(d, "postgresql://rides:%s@localhost:5432/rides"))
    return [(d, t)]


@f
def earthfile(Doc):
    d = Doc("repos/platform-build/Earthfile", "repos", "earthfile")
    t = ("VERSION 0.8\nFROM golang:1.23\n\nbuild:\n    COPY . .\n    RUN go build -o out/app ./cmd/app\n\npublish:\n    FROM +build\n"
         "    ARG CODECOV_TOKEN=%s\n" % d.pos("codecov", "upload-token", uuid()) +
         "    RUN --secret GH_TOKEN goreleaser release\n    SAVE IMAGE --push ghcr.io/fernhollow/app:latest\n")
    return [(d, t)]


@f
def woodpecker(Doc):
    d = Doc("repos/docs-site/.woodpecker.yml", "repos", "woodpecker-ci")
    t = ("steps:\n  build:\n    image: node:20\n    commands: [npm ci, npm run build]\n  deploy:\n    image: node:20\n    environment:\n"
         "      NETLIFY_AUTH_TOKEN: %s\n      NETLIFY_SITE_ID: %s\n" % (key(d, "netlify"), d.dec("netlify", "site_id", uuid())) +
         "    commands: [npx netlify deploy --prod --dir=dist]\n")
    return [(d, t)]


@f
def bitbucket(Doc):
    d = Doc("repos/legacy-portal/bitbucket-pipelines.yml", "repos", "bitbucket-pipelines")
    t = ("image: php:8.2\npipelines:\n  branches:\n    main:\n      - step:\n          name: deploy\n          script:\n"
         "            - pipe: atlassian/ftp-deploy:0.7.1\n              variables:\n                USER: deploy\n                PASSWORD: '%s'\n                SERVER: ftp.fernhollow.io\n" % pw(d) +
         "            - pipe: atlassian/heroku-deploy:2.4.0\n              variables:\n                HEROKU_API_KEY: %s\n                HEROKU_APP_NAME: fh-legacy\n" % key(d, "heroku"))
    return [(d, t)]


@f
def skaffold(Doc):
    d = Doc("repos/inventory-svc/skaffold.yaml", "repos", "skaffold")
    t = ("apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: inventory\ndeploy:\n  helm:\n    releases:\n      - name: inventory\n        chartPath: chart\n        setValues:\n"
         "          redis.auth.password: %s\n          newrelic.licenseKey: %s\n" % (pw(d), d.pos("newrelic", "license-key", hexs(36) + "NRAL")) +
         "          image.digest: sha256:%s\n" % d.dec("docker", "image_digest", hexs(64)))
    return [(d, t)]


@f
def crossplane(Doc):
    d = Doc("repos/gitops/crossplane/provider-aws-creds.yaml", "repos", "k8s-secret-base64")
    i, s = raw("aws-id")[2], raw("aws-secret")[2]
    ini = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n" % (i, s)
    enc = b64(ini)
    m = d.pos("aws", "secret-access-key", s, shown=enc, encoded="base64", encoded_value=enc)
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\n  namespace: crossplane-system\ntype: Opaque\ndata:\n  creds: %s\n" % m +
         "---\napiVersion: aws.upbound.io/v1beta1\nkind: ProviderConfig\nmetadata:\n  name: default\nspec:\n  credentials:\n    source: Secret\n    secretRef: {namespace: crossplane-system, name: aws-creds, key: creds}\n")
    return [(d, t)]


def build(Doc):
    out = []
    for fn in FILES:
        out += fn(Doc)
    return out
