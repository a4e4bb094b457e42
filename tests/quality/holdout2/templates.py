"""The files of the second held-out corpus: one function per file (or a few
related files), in the order they are generated. Append new ones at the end."""
import base64
import json

TEMPLATES = []


def urlpw(c, fmt, before, after, shape="url-password", value=None, enc=None):
    """A password inside a URL: the password is the label; the whole URL,
    or the URL up to its host, also count as finding it."""
    import formats
    v = value if value is not None else formats.FORMATS[fmt][1](c.r)
    host = after.split("/")[0].split("?")[0]
    accept = [before + v + after, before + v + host]
    w = c.p(fmt, shape, value=v, enc=enc, accept=accept)
    return before + w + after


def t(fn):
    TEMPLATES.append(fn)
    return fn


def b64(s):
    return base64.b64encode(s.encode()).decode()


# ---------------------------------------------------------------- Go monorepo
@t
def go_billing_config(c):
    c.f("go-platform/services/billing/internal/config/config.go", "go-const")
    sk = c.p("stripe.secret_live")
    wh = c.p("stripe.webhook_secret", "go-env-fallback")
    pk = c.d("publishable-key", "pk_live_51" + c.r.s(97))
    ph = c.d("placeholder", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx")
    c.w(f'''package config

import (
	"os"
	"time"
)

// Stripe keys. TODO(ops): move to Vault before launch, see PLAT-2231.
const (
	stripeSecretKey      = "{sk}"
	stripePublishableKey = "{pk}"
	// example from the onboarding doc: {ph}
)

type Config struct {{
	StripeKey     string
	WebhookSecret string
	ReadTimeout   time.Duration
	DatabaseURL   string
}}

func getenv(k, def string) string {{
	if v, ok := os.LookupEnv(k); ok {{
		return v
	}}
	return def
}}

func Load() Config {{
	return Config{{
		StripeKey:     getenv("STRIPE_SECRET_KEY", stripeSecretKey),
		WebhookSecret: getenv("STRIPE_WEBHOOK_SECRET", "{wh}"),
		ReadTimeout:   15 * time.Second,
		DatabaseURL:   os.Getenv("DATABASE_URL"),
	}}
}}
''')


@t
def go_notify(c):
    c.f("go-platform/services/notify/internal/slack/client.go", "go-struct-literal")
    hook = c.p("slack.webhook")
    bot = c.p("slack.bot_token")
    tw_sid = c.d("account-sid", "AC" + c.r.hex(32))
    tw_tok = c.p("twilio.auth_token", "go-sdk-arg")
    sk_sid = c.d("key-sid", "SK" + c.r.hex(32))
    ph = c.d("placeholder", "xoxb-your-bot-token")
    c.w(f'''package slack

import (
	"github.com/slack-go/slack"
	"github.com/twilio/twilio-go"
)

var defaultOpts = Options{{
	WebhookURL: "{hook}",
	BotToken:   "{bot}",
	Channel:    "#ops-alerts",
}}

// NewTwilio pages the on-call phone when Slack is down.
func NewTwilio() *twilio.RestClient {{
	return twilio.NewRestClientWithParams(twilio.ClientParams{{
		Username: "{tw_sid}",
		Password: "{tw_tok}",
	}})
}}

// The API key SID {sk_sid} is the one we rotate quarterly.
// Local dev: export SLACK_BOT_TOKEN={ph}
''')


@t
def go_compose(c):
    c.f("go-platform/deploy/docker-compose.yml", "compose-env")
    pg = c.p("generic.password")
    redis = urlpw(c, "generic.password", "redis://:", "@redis:6379/0")
    amqp = urlpw(c, "generic.password", "amqp://notify:", "@rabbitmq:5672/%2f")
    mongo = urlpw(c, "mongodb.password", "mongodb+srv://catalog:", "@cluster0.x7kq2.mongodb.net/catalog?retryWrites=true&w=majority")
    dd = c.p("datadog.api_key")
    e1 = c.d("env-reference", "${POSTGRES_PASSWORD}")
    e2 = c.d("env-reference", "${NATS_TOKEN:?set NATS_TOKEN}")
    img = c.d("image-digest", "sha256:" + c.sha())
    c.w(f'''version: "3.9"
services:
  postgres:
    image: postgres:16@{img}
    environment:
      POSTGRES_USER: billing
      POSTGRES_PASSWORD: {pg}
      POSTGRES_DB: billing
  billing:
    build: ../services/billing
    environment:
      - DATABASE_URL=postgres://billing:{e1}@postgres:5432/billing?sslmode=disable
      - REDIS_URL={redis}
      - AMQP_URL={amqp}
      - NATS_TOKEN={e2}
  catalog:
    image: ghcr.io/northwind/catalog:1.8.2
    environment:
      MONGO_URI: "{mongo}"
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY={dd}
      - DD_SITE=datadoghq.eu
''')


@t
def go_sum(c):
    c.f("go-platform/go.sum", "lockfile-hashes")
    mods = ["github.com/slack-go/slack v0.12.5", "github.com/stripe/stripe-go/v76 v76.8.0",
            "github.com/twilio/twilio-go v1.19.0", "golang.org/x/crypto v0.21.0", "golang.org/x/net v0.22.0",
            "github.com/jackc/pgx/v5 v5.5.5", "go.uber.org/zap v1.27.0", "github.com/nats-io/nats.go v1.33.1"]
    lines = []
    for m in mods:
        h1 = c.d("module-hash", "h1:" + base64.b64encode(c.r.bytes(32)).decode())
        h2 = c.d("module-hash", "h1:" + base64.b64encode(c.r.bytes(32)).decode())
        lines.append(f"{m} {h1}\n{m}/go.mod {h2}\n")
    c.w("".join(lines))


@t
def go_actions(c):
    c.f("go-platform/.github/workflows/deploy.yml", "gha-workflow")
    do = c.p("digitalocean.pat")
    dk = c.p("docker.pat", "cli-flag")
    sha1 = c.d("git-sha", c.sha(40))
    sha2 = c.d("git-sha", c.sha(40))
    e1 = c.d("env-reference", "${{ secrets.DOCKERHUB_USERNAME }}")
    e2 = c.d("env-reference", "${{ secrets.KUBECONFIG_B64 }}")
    c.w(f'''name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DIGITALOCEAN_ACCESS_TOKEN: {do}
    steps:
      - uses: actions/checkout@{sha1} # v4.1.1
      - uses: docker/setup-buildx-action@{sha2} # v3.0.0
      - name: login
        run: docker login -u {e1} -p {dk}
      - name: kubeconfig
        run: echo "{e2}" | base64 -d > kubeconfig
      - run: doctl kubernetes cluster kubeconfig save prod-ams3
''')


@t
def go_signing_key(c):
    c.f("go-platform/services/auth/keys/jwt-signing.pem", "pem-file")
    key = c.p("privatekey.rsa_pkcs1")
    c.w(key + "\n")
    c.f("go-platform/services/auth/keys/jwt-signing.pub", "pem-file")
    pub = c.d("public-key", "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + c.r.s(300, formats_b64()) + "\n-----END PUBLIC KEY-----")
    c.w(pub + "\n")


def formats_b64():
    import formats
    return formats.B64


@t
def go_makefile(c):
    c.f("go-platform/Makefile", "curl-header")
    gl = c.p("gitlab.pat")
    snyk = c.p("snyk.token", "make-variable")
    e1 = c.d("env-reference", "$(CI_JOB_TOKEN)")
    c.w(f'''SNYK_TOKEN ?= {snyk}
GO ?= go

build:
\t$(GO) build ./...

publish-chart:
\tcurl --fail -H "PRIVATE-TOKEN: {gl}" \\
\t  --upload-file chart.tgz https://gitlab.northwind.io/api/v4/projects/42/packages/helm/api/stable/charts

publish-ci:
\tcurl --header "JOB-TOKEN: {e1}" --upload-file chart.tgz https://gitlab.northwind.io/api/v4/projects/42/packages/generic/chart/1.0/chart.tgz

scan:
\tSNYK_TOKEN=$(SNYK_TOKEN) snyk test --all-projects
''')


# ---------------------------------------------------------------- WordPress agency
@t
def wp_config(c):
    c.f("wp-agency/wp-config.php", "php-define")
    db = c.p("generic.password")
    salts = [c.p("generic.wp_salt", "php-define-salt") for _ in range(4)]
    ph = c.d("placeholder", "put your unique phrase here")
    c.w(f"""<?php
/** The name of the database for WordPress */
define( 'DB_NAME', 'bakery_prod' );
define( 'DB_USER', 'bakery_wp' );
define( 'DB_PASSWORD', '{db}' );
define( 'DB_HOST', 'mysql-prod.internal' );

/**#@+
 * Authentication unique keys and salts. Staging still has: {ph}
 */
define( 'AUTH_KEY',         '{salts[0]}' );
define( 'SECURE_AUTH_KEY',  '{salts[1]}' );
define( 'LOGGED_IN_KEY',    '{salts[2]}' );
define( 'NONCE_KEY',        '{salts[3]}' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
""")


@t
def wp_hubspot_plugin(c):
    c.f("wp-agency/wp-content/plugins/bakery-crm/includes/class-hubspot-sync.php", "php-url-query")
    hapi = c.p("hubspot.legacy_api_key")
    pat = c.p("hubspot.private_app", "php-define")
    form = c.d("form-guid", c.uuid())
    portal = c.d("portal-id", str(c.r.int(2000000, 9999999)))
    zero = c.d("placeholder-uuid", "00000000-0000-0000-0000-000000000000")
    c.w(f"""<?php
/**
 * Pushes WooCommerce customers into HubSpot.
 * v1 used the account API key; v2 (below) the private app token.
 */
define( 'BAKERY_HUBSPOT_TOKEN', '{pat}' );
define( 'BAKERY_HUBSPOT_PORTAL', {portal} );
define( 'BAKERY_HUBSPOT_FORM', '{form}' );

class Bakery_HubSpot_Sync {{
	// legacy endpoint, kept for the nightly backfill
	const LEGACY_URL = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey={hapi}&count=100';

	private $fallback_key = '{zero}';

	public function push( $contact ) {{
		return wp_remote_post( 'https://api.hubapi.com/crm/v3/objects/contacts', array(
			'headers' => array(
				'Authorization' => 'Bearer ' . BAKERY_HUBSPOT_TOKEN,
				'Content-Type'  => 'application/json',
			),
			'body'    => wp_json_encode( array( 'properties' => $contact ) ),
		) );
	}}
}}
""")


@t
def wp_functions(c):
    c.f("wp-agency/wp-content/themes/bakery/functions.php", "php-array")
    maps = c.p("google.api_key")
    mc = c.p("mailchimp.api_key")
    rc = c.p("google.recaptcha_secret")
    site = c.d("public-site-key", "6L" + c.r.s(38))
    mc_list = c.d("list-id", c.r.hex(10))
    c.w(f"""<?php
add_action( 'wp_enqueue_scripts', function () {{
	wp_enqueue_script( 'gmaps', 'https://maps.googleapis.com/maps/api/js?key={maps}&callback=initMap', array(), null, true );
}} );

function bakery_settings() {{
	return array(
		'mailchimp_api_key' => '{mc}',
		'mailchimp_list'    => '{mc_list}',
		'recaptcha_site'    => '{site}',
		'recaptcha_secret'  => '{rc}',
	);
}}
""")


@t
def wp_env(c):
    c.f("wp-agency/.env", "dotenv")
    vals = {
        "DB_PASSWORD": c.p("generic.password"),
        "AWS_ACCESS_KEY_ID": c.p("aws.access_key_id"),
        "AWS_SECRET_ACCESS_KEY": c.p("aws.secret_access_key"),
        "SENDGRID_API_KEY": c.p("sendgrid.api_key"),
        "WOOCOMMERCE_CONSUMER_SECRET": c.p("woocommerce.consumer_secret"),
        "CLOUDFLARE_API_TOKEN": c.p("cloudflare.api_token"),
        "ALGOLIA_ADMIN_KEY": c.p("algolia.admin_key"),
        "ALGOLIA_SEARCH_KEY": c.d("search-only-key", c.r.hex(32)),
        "ALGOLIA_APP_ID": c.d("app-id", c.r.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
        "WOOCOMMERCE_CONSUMER_KEY": c.d("consumer-key-id", "ck_" + c.r.hex(40)),
        "WP_ENV": "production",
        "WP_HOME": "https://bakery.example",
        "RECAPTCHA_SECRET": c.d("placeholder", "changeme"),
        "S3_UPLOADS_BUCKET": "bakery-media",
    }
    c.w("".join(f"{k}={v}\n" for k, v in vals.items()))


@t
def wp_composer_auth(c):
    c.f("wp-agency/auth.json", "json-nested")
    gh = c.p("github.pat_classic")
    mg_user = c.d("public-key-id", c.r.hex(32))
    mg_pw = c.p("generic.hex_secret", value=c.r.hex(32))
    doc = {"github-oauth": {"github.com": gh},
           "http-basic": {"repo.magento.com": {"username": mg_user, "password": mg_pw},
                          "connect.advancedcustomfields.com": {"username": "license", "password": "%password%"}}}
    c.d("placeholder", "%password%")
    c.w(json.dumps(doc, indent=4) + "\n")


@t
def wp_composer_lock(c):
    c.f("wp-agency/composer.lock", "lockfile-hashes")
    pk = []
    for name in ["wpackagist-plugin/woocommerce", "wpackagist-plugin/wordfence", "roots/wordpress", "vlucas/phpdotenv",
                 "guzzlehttp/guzzle", "monolog/monolog"]:
        pk.append({"name": name, "version": "1.%d.0" % c.r.int(0, 9),
                   "dist": {"type": "zip", "url": "https://repo.packagist.org/" + name + ".zip",
                            "reference": c.d("git-sha", c.sha(40)), "shasum": c.d("checksum", c.sha(40))}})
    doc = {"_readme": ["This file locks the dependencies of your project to a known state"],
           "content-hash": c.d("checksum", c.sha(32)), "packages": pk}
    c.w(json.dumps(doc, indent=4) + "\n")


@t
def wp_debug_log(c):
    c.f("wp-agency/wp-content/debug.log", "log-line")
    sk = c.p("stripe.restricted_live")
    sg = c.p("sendgrid.api_key", "log-json")
    mask = c.d("redacted", "sk_live_****************************4242")
    nonce = c.d("nonce", c.r.hex(10))
    c.w(f"""[12-Mar-2026 09:14:22 UTC] PHP Notice:  Undefined index: billing_phone in /var/www/html/wp-content/plugins/bakery-crm/includes/class-checkout.php on line 88
[12-Mar-2026 09:14:23 UTC] Stripe\\Exception\\AuthenticationException: Invalid API Key provided: {mask}
[12-Mar-2026 09:15:01 UTC] bakery-crm: retry with key {sk} (fallback)
[12-Mar-2026 09:15:02 UTC] wp_mail payload: {{"to":"orders@bakery.example","headers":{{"Authorization":"Bearer {sg}"}},"nonce":"{nonce}"}}
[12-Mar-2026 09:16:40 UTC] PHP Warning:  Cannot modify header information - headers already sent in /var/www/html/wp-includes/pluggable.php on line 1435
""")


# ---------------------------------------------------------------- data engineering
@t
def de_dag(c):
    c.f("data-platform/dags/sync_salesforce.py", "python-kwarg")
    sf_pw = c.p("generic.password")
    sf_tok = c.p("salesforce.access_token", "python-dict")
    snow = urlpw(c, "snowflake.password", "snowflake://loader:", "@xy12345.eu-west-1/RAW/SALESFORCE?warehouse=LOAD_WH&role=LOADER")
    ref = c.d("env-reference", "{{ var.value.salesforce_security_token }}")
    c.w(f'''from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from simple_salesforce import Salesforce

SNOWFLAKE_URI = Variable.get(
    "snowflake_uri",
    default_var="{snow}",
)


def extract(**ctx):
    sf = Salesforce(
        username="integration@northwind.example",
        password="{sf_pw}",
        security_token="{ref}",
    )
    session = {{"instance_url": "https://northwind.my.salesforce.com", "access_token": "{sf_tok}"}}
    return sf.query_all("SELECT Id, Name FROM Account")


with DAG("sync_salesforce", start_date=datetime(2026, 1, 1), schedule="@hourly", catchup=False) as dag:
    PythonOperator(task_id="extract", python_callable=extract)
''')


@t
def de_airflow_cfg(c):
    c.f("data-platform/airflow/airflow.cfg", "ini")
    fernet = c.p("generic.fernet")
    sk = c.p("generic.secret")
    pg = urlpw(c, "generic.password", "postgresql+psycopg2://airflow:", "@airflow-db:5432/airflow")
    smtp = c.p("sendgrid.api_key")
    ph = c.d("placeholder", "{FERNET_KEY}")
    c.w(f"""[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
# old: fernet_key = {ph}
fernet_key = {fernet}

[database]
sql_alchemy_conn = {pg}

[webserver]
secret_key = {sk}
base_url = https://airflow.northwind.example

[smtp]
smtp_host = smtp.sendgrid.net
smtp_user = apikey
smtp_password = {smtp}
smtp_port = 587
""")


@t
def de_dbt_profiles(c):
    c.f("data-platform/dbt/profiles.yml", "yaml-parent")
    snow = c.p("snowflake.password")
    dbx = c.p("databricks.token")
    key = c.p("privatekey.rsa_pkcs8", "yaml-block-scalar")
    kid = c.d("key-id", c.sha(40))
    env = c.d("env-reference", "{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}")
    indented = "\n".join("        " + l for l in key.split("\n"))
    c.w(f"""northwind:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: xy12345.eu-west-1
      user: TRANSFORMER
      password: "{snow}"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORM_WH
      schema: marts
    ci:
      type: snowflake
      account: xy12345.eu-west-1
      user: CI
      password: "{env}"
    lakehouse:
      type: databricks
      host: adb-7405612345678901.1.azuredatabricks.net
      http_path: /sql/1.0/warehouses/{c.d("warehouse-id", c.r.hex(16))}
      token: {dbx}
    bigquery:
      type: bigquery
      method: service-account-json
      project: northwind-analytics
      keyfile_json:
        type: service_account
        private_key_id: {kid}
        private_key: |
{indented}
        client_email: dbt@northwind-analytics.iam.gserviceaccount.com
""")


@t
def de_spark(c):
    c.f("data-platform/jobs/src/main/scala/EventsToLake.scala", "scala-sdk-call")
    akid = c.p("aws.access_key_id")
    sec = c.p("aws.secret_access_key")
    az = c.p("azure.storage_key")
    ex = c.d("docs-example", "AKIAIOSFODNN7EXAMPLE")
    c.w(f'''package io.northwind.jobs

import org.apache.spark.sql.SparkSession

object EventsToLake {{
  def main(args: Array[String]): Unit = {{
    val spark = SparkSession.builder().appName("events-to-lake").getOrCreate()
    val hc = spark.sparkContext.hadoopConfiguration
    hc.set("fs.s3a.access.key", "{akid}")
    hc.set("fs.s3a.secret.key", "{sec}")
    // the docs use {ex}; ours is above
    spark.conf.set("fs.azure.account.key.nwlake.dfs.core.windows.net", "{az}")
    spark.read.json("s3a://nw-events/raw/").write.parquet("abfss://lake@nwlake.dfs.core.windows.net/events")
  }}
}}
''')


@t
def de_notebook(c):
    c.f("data-platform/notebooks/churn_exploration.ipynb", "notebook")
    oa = c.p("openai.project_key", "notebook-source")
    hf = c.p("huggingface.token", "notebook-output")
    wb = c.p("wandb.api_key", "notebook-source")
    png = c.d("base64-image", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42m" + c.r.s(60, formats_b64()) + "==")
    run = c.d("run-id", c.r.s(8, "abcdefghijklmnopqrstuvwxyz0123456789"))
    nb = {"cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os\n", "import wandb\n", f"os.environ[\"OPENAI_API_KEY\"] = \"{oa}\"\n",
                    f"wandb.login(key=\"{wb}\")\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream",
                      "text": ["HF_TOKEN loaded: " + hf + "\n", "wandb run " + run + "\n"]}],
         "source": ["from huggingface_hub import whoami\n", "print('HF_TOKEN loaded:', os.environ['HF_TOKEN'])"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {},
         "outputs": [{"data": {"image/png": png, "text/plain": ["<Figure size 640x480 with 1 Axes>"]},
                      "metadata": {}, "output_type": "display_data"}],
         "source": ["df.churned.value_counts().plot.bar()"]}],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}
    c.w(json.dumps(nb, indent=1) + "\n")


@t
def de_dbt_cloud(c):
    c.f("data-platform/.dbt/dbt_cloud.yml", "yaml-list")
    tok = c.p("dbtcloud.token")
    c.w(f"""version: "1"
context:
  active-project: "70403103926818"
  active-host: "cloud.getdbt.com"
projects:
  - project-id: "70403103926818"
    account-host: "cloud.getdbt.com"
    token-name: "cloud-cli-4f2a"
    token-value: "{tok}"
""")


@t
def de_airflow_env(c):
    c.f("data-platform/docker/airflow.env", "env-percent-url")
    pw = urlpw(c, "generic.password", "postgres://etl:", "@warehouse.internal:5432/dw", value="Pa$$" + c.r.s(8) + "@/" + c.r.s(4), enc="percent")
    slack = c.p("slack.webhook", "percent-encoded-url", enc="percent")
    c.w(f"""AIRFLOW_CONN_WAREHOUSE={pw}
AIRFLOW_CONN_SLACK_ALERTS=http://?webhook_url={slack}
AIRFLOW__CORE__LOAD_EXAMPLES=False
""")


# ---------------------------------------------------------------- Unity game backend (C#)
@t
def unity_appsettings(c):
    c.f("unity-backend/Server/appsettings.Production.json", "json-appsettings")
    sql = c.p("generic.password", "connection-string")
    az = c.p("azure.storage_key", "connection-string")
    sg = c.p("sendgrid.api_key")
    ad = c.p("azure.ad_client_secret")
    ai = c.d("instrumentation-key", c.uuid())
    tenant = c.d("tenant-id", c.uuid())
    client = c.d("client-id", c.uuid())
    kv = c.d("key-vault-reference", "@Microsoft.KeyVault(SecretUri=https://nw-games-kv.vault.azure.net/secrets/PlayFabSecret/)")
    doc = {"Logging": {"LogLevel": {"Default": "Warning"}},
           "ApplicationInsights": {"InstrumentationKey": ai},
           "ConnectionStrings": {
               "GameDb": f"Server=tcp:nw-games.database.windows.net,1433;Initial Catalog=game;User ID=gameapi;Password={sql};Encrypt=True;",
               "Blob": f"DefaultEndpointsProtocol=https;AccountName=nwgamesassets;AccountKey={az};EndpointSuffix=core.windows.net"},
           "AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": tenant, "ClientId": client,
                       "ClientSecret": ad},
           "PlayFab": {"TitleId": "9A2F1", "SecretKey": kv},
           "Email": {"Provider": "SendGrid", "ApiKey": sg}}
    c.w(json.dumps(doc, indent=2) + "\n")


@t
def unity_steam(c):
    c.f("unity-backend/Server/Services/PlatformAuth.cs", "csharp-const")
    steam = c.p("steam.api_key")
    disc = c.p("discord.bot_token", "csharp-sdk-arg")
    app = c.d("application-id", c.r.digits(18))
    c.w(f'''using System.Net.Http;
using Discord;
using Discord.WebSocket;

namespace NwGames.Server.Services
{{
    public class PlatformAuth
    {{
        private const string SteamWebApiKey = "{steam}";
        private const ulong DiscordApplicationId = {app};

        public async Task StartCommunityBot(DiscordSocketClient client)
        {{
            await client.LoginAsync(TokenType.Bot, "{disc}");
            await client.StartAsync();
        }}

        public Task<HttpResponseMessage> CheckTicket(HttpClient http, string ticket) =>
            http.GetAsync($"https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/?key={{SteamWebApiKey}}&appid=1840270&ticket={{ticket}}");
    }}
}}
''')


@t
def unity_client_config(c):
    c.f("unity-backend/Client/Assets/Resources/services.json", "json-flat")
    fb = c.p("google.api_key")
    photon = c.d("public-app-id", c.uuid())
    proj = c.d("project-id", c.uuid())
    ga = c.d("measurement-id", "G-" + c.r.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    doc = {"firebaseApiKey": fb, "photonAppId": photon, "unityProjectId": proj, "analyticsId": ga,
           "backendUrl": "https://api.nwgames.example"}
    c.w(json.dumps(doc, indent=2) + "\n")


@t
def unity_launch(c):
    c.f("unity-backend/Server/Properties/launchSettings.json", "json-env-block")
    env = {"ASPNETCORE_ENVIRONMENT": "Development",
           "STRIPE__SECRETKEY": c.p("stripe.secret_live"),
           "SENTRY__AUTHTOKEN": c.p("sentry.org_token"),
           "REDIS__PASSWORD": c.d("placeholder", "<redis-password>"),
           "OPENAI__APIKEY": c.d("env-reference", "%OPENAI_API_KEY%")}
    doc = {"profiles": {"Server": {"commandName": "Project", "applicationUrl": "https://localhost:7081",
                                   "environmentVariables": env}}}
    c.w(json.dumps(doc, indent=2) + "\n")


@t
def unity_appconfig(c):
    c.f("unity-backend/Tools/Uploader/App.config", "xml-appsettings")
    b2 = c.p("generic.secret", value="K005" + c.r.s(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    keyid = c.d("key-id", "005" + c.r.hex(22))
    pf = c.p("generic.secret", "xml-attribute")
    c.w(f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="B2KeyId" value="{keyid}" />
    <add key="B2ApplicationKey" value="{b2}" />
    <add key="PlayFabDeveloperSecretKey" value="{pf}" />
    <add key="BucketName" value="nwgames-builds" />
  </appSettings>
</configuration>
""")


# ---------------------------------------------------------------- Elixir / Phoenix
@t
def ex_prod_secret(c):
    c.f("phoenix-shop/config/prod.secret.exs", "elixir-keyword")
    skb = c.p("generic.secret", value=c.r.s(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    db = c.p("generic.password")
    mg = c.p("mailgun.api_key")
    c.w(f'''import Config

config :shop, ShopWeb.Endpoint,
  secret_key_base: "{skb}"

config :shop, Shop.Repo,
  username: "shop",
  password: "{db}",
  hostname: "db.internal",
  pool_size: 15

config :shop, Shop.Mailer,
  adapter: Swoosh.Adapters.Mailgun,
  api_key: "{mg}",
  domain: "mg.shop.example"
''')


@t
def ex_runtime(c):
    c.f("phoenix-shop/config/runtime.exs", "elixir-env-fallback")
    pm = c.p("postmark.server_token")
    mol = c.p("mollie.api_key")
    e1 = c.d("env-reference", 'System.fetch_env!("SECRET_KEY_BASE")')
    c.w(f'''import Config

if config_env() == :prod do
  config :shop, ShopWeb.Endpoint, secret_key_base: {e1}

  config :shop, Shop.Mailer,
    adapter: Swoosh.Adapters.Postmark,
    api_key: System.get_env("POSTMARK_API_KEY", "{pm}")

  config :shop, :mollie, api_key: System.get_env("MOLLIE_KEY") || "{mol}"
end
''')


@t
def ex_mix_lock(c):
    c.f("phoenix-shop/mix.lock", "lockfile-hashes")
    lines = ["%{\n"]
    for dep in ["phoenix", "ecto_sql", "swoosh", "jason", "plug_cowboy", "postgrex"]:
        h1 = c.d("checksum", c.sha())
        h2 = c.d("checksum", c.sha())
        lines.append(f'  "{dep}": {{:hex, :{dep}, "1.{c.r.int(0, 9)}.{c.r.int(0, 9)}", "{h1}", [:mix], [], "hexpm", "{h2}"}},\n')
    lines.append("}\n")
    c.w("".join(lines))


@t
def ex_hex_config(c):
    c.f("phoenix-shop/.hex/hex.config", "erlang-term")
    key = c.p("hexpm.api_key")
    c.w(f'{{username,<<"shopdev">>}}.\n{{key,<<"{key}">>}}.\n')


# ---------------------------------------------------------------- SaaS infrastructure
@t
def tf_main(c):
    c.f("saas-infra/terraform/main.tf", "hcl-attribute")
    akid = c.p("aws.access_key_id")
    sec = c.p("aws.secret_access_key")
    cf = c.p("cloudflare.api_token")
    dd_api = c.p("datadog.api_key")
    dd_app = c.p("datadog.app_key")
    gh = c.p("github.pat_fine")
    v1 = c.d("variable-reference", "var.cloudflare_zone_id")
    c.w(f'''terraform {{
  required_providers {{
    aws        = {{ source = "hashicorp/aws", version = "~> 5.40" }}
    cloudflare = {{ source = "cloudflare/cloudflare", version = "~> 4.0" }}
    datadog    = {{ source = "DataDog/datadog" }}
    github     = {{ source = "integrations/github" }}
  }}
}}

provider "aws" {{
  region     = "eu-central-1"
  access_key = "{akid}"
  secret_key = "{sec}"
}}

provider "cloudflare" {{
  api_token = "{cf}"
}}

provider "datadog" {{
  api_key = "{dd_api}"
  app_key = "{dd_app}"
  api_url = "https://api.datadoghq.eu/"
}}

provider "github" {{
  owner = "tallyhub"
  token = "{gh}"
}}

resource "cloudflare_record" "app" {{
  zone_id = {v1}
  name    = "app"
  type    = "CNAME"
  value   = "tallyhub-prod.eu.auth0.com"
}}
''')


@t
def tf_tfvars(c):
    c.f("saas-infra/terraform/prod.auto.tfvars", "hcl-tfvars")
    vals = [("hcloud_token", c.p("hetzner.token")), ("linode_token", c.p("linode.token")),
            ("tfe_token", c.p("terraform.api_token")), ("vultr_api_key", c.p("vultr.api_key")),
            ("scaleway_access_key", c.d("access-key-id", "SCW" + c.r.s(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))),
            ("scaleway_secret_key", c.p("scaleway.secret_key")),
            ("pagerduty_token", c.p("pagerduty.api_key")),
            ("ssh_key_fingerprint", c.d("fingerprint", ":".join(c.r.hex(2) for _ in range(16)))),
            ("auth0_client_secret", c.p("auth0.client_secret")),
            ("auth0_client_id", c.d("client-id", c.r.s(32)))]
    c.w("".join(f'{k} = "{v}"\n' for k, v in vals))


@t
def tf_state(c):
    c.f("saas-infra/terraform/terraform.tfstate", "tfstate-json")
    rnd = c.p("generic.password", value=c.r.s(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&*()-_=+[]{}<>:?"))
    iam_id = c.p("aws.access_key_id")
    iam_sec = c.p("aws.secret_access_key")
    ses = c.p("generic.secret", value=c.r.s(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    lineage = c.d("uuid", c.uuid())
    arn = c.d("arn", "arn:aws:secretsmanager:eu-central-1:123456789012:secret:prod/db-" + c.r.s(6))
    doc = {"version": 4, "terraform_version": "1.7.5", "serial": 212, "lineage": lineage, "outputs": {},
           "resources": [
               {"mode": "managed", "type": "random_password", "name": "db", "provider": "provider[\"registry.terraform.io/hashicorp/random\"]",
                "instances": [{"schema_version": 3, "attributes": {"id": "none", "length": 24, "result": rnd, "special": True}}]},
               {"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                "instances": [{"schema_version": 0, "attributes": {"id": iam_id, "secret": iam_sec, "ses_smtp_password_v4": ses,
                                                                  "status": "Active", "user": "ci-deployer"}}]},
               {"mode": "data", "type": "aws_secretsmanager_secret", "name": "db", "instances": [{"attributes": {"arn": arn}}]}]}
    c.w(json.dumps(doc, indent=2) + "\n")


@t
def ansible_vars(c):
    c.f("saas-infra/ansible/group_vars/prod/vars.yml", "yaml-flat")
    vals = [("postgres_replication_password", c.p("generic.password")),
            ("grafana_admin_token", c.p("grafana.service_account")),
            ("consul_acl_master_token", c.p("consul.token")),
            ("nomad_bootstrap_token", c.p("nomad.token")),
            ("vault_root_token", c.p("vault.service_token")),
            ("newrelic_license_key", c.p("newrelic.license_key")),
            ("papertrail_token", c.d("placeholder", "REPLACE_ME")),
            ("ops_ssh_pubkey", c.d("public-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + c.r.s(43, formats_b64()) + " ops@tallyhub"))]
    c.w("---\n" + "".join(f'{k}: "{v}"\n' for k, v in vals))


@t
def ansible_vault(c):
    c.f("saas-infra/ansible/group_vars/prod/vault.yml", "ansible-vault")
    blob = c.r.hex(64 * 6)
    lines = [blob[i:i + 80] for i in range(0, len(blob), 80)]
    for l in lines:
        c.d("encrypted-blob", l)
    c.w("vault_smtp_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + "".join("          " + l + "\n" for l in lines))


@t
def ansible_template(c):
    c.f("saas-infra/ansible/roles/monitoring/templates/newrelic-infra.yml.j2", "jinja-template")
    e = c.d("template-reference", "{{ newrelic_license_key }}")
    dyn = c.p("dynatrace.token", "yaml-comment")
    c.w(f"""license_key: {e}
display_name: {{{{ inventory_hostname }}}}
log_file: /var/log/newrelic-infra/newrelic-infra.log
# dynatrace trial token (old POC, delete): {dyn}
""")


@t
def helm_values(c):
    c.f("saas-infra/helm/tallyhub/values-prod.yaml", "yaml-parent")
    sk = c.p("stripe.secret_live")
    pg = c.p("generic.password")
    lk = c.p("launchdarkly.sdk_key")
    oa = c.p("openai.service_account")
    dsn = c.d("public-dsn", "https://%s@o%s.ingest.sentry.io/%s" % (c.r.hex(32), c.r.digits(6), c.r.digits(7)))
    cid = c.d("client-side-id", c.r.hex(24))
    c.w(f"""replicaCount: 3
image:
  repository: ghcr.io/tallyhub/api
  tag: "2.14.0"
stripe:
  secretKey: {sk}
  webhookPath: /hooks/stripe
postgresql:
  auth:
    username: tallyhub
    password: {pg}
    database: tallyhub
launchdarkly:
  sdkKey: {lk}
  clientSideId: {cid}
sentry:
  dsn: {dsn}
ai:
  openai:
    apiKey: >-
      {oa}
""")


@t
def k8s_secret(c):
    c.f("saas-infra/k8s/prod/api-secrets.yaml", "k8s-secret-b64")
    data = [("HUBSPOT_ACCESS_TOKEN", c.p("hubspot.private_app", enc="b64")),
            ("SLACK_BOT_TOKEN", c.p("slack.bot_token", enc="b64")),
            ("RESEND_API_KEY", c.p("resend.api_key", enc="b64")),
            ("DATABASE_URL", k8s_db_url(c)),
            ("POSTHOG_PROJECT_KEY", c.d("public-project-key", b64("phc_" + c.r.s(43))))]
    pat = c.p("github.app_installation", "k8s-stringdata")
    c.w("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-secrets\n  namespace: prod\ntype: Opaque\ndata:\n"
        + "".join(f"  {k}: {v}\n" for k, v in data)
        + f"stringData:\n  GITHUB_APP_TOKEN: {pat}\n")


def k8s_db_url(c):
    v = formats_gen(c, "generic.password")
    url = "postgres://api:%s@pg-prod:5432/api" % v
    return c.p("generic.password", value=v, enc="b64", wrap=lambda x: url, accept=[url, url.rsplit("/", 1)[0]])


@t
def k8s_sealed(c):
    c.f("saas-infra/k8s/prod/sealed-db.yaml", "k8s-sealed-secret")
    enc = c.d("encrypted-blob", "AgB" + c.r.s(380, formats_b64()))
    c.w(f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db
  namespace: prod
spec:
  encryptedData:
    password: {enc}
""")


@t
def k8s_dockerconfig(c):
    c.f("saas-infra/k8s/prod/regcred.yaml", "k8s-dockerconfigjson")
    gh = formats_gen(c, "github.pat_classic")
    auth = b64("tallyhub-bot:" + gh)
    inner = json.dumps({"auths": {"ghcr.io": {"username": "tallyhub-bot", "password": gh, "auth": auth}}})
    written = c.p("github.pat_classic", value=gh, enc="b64", wrap=lambda v: inner)
    c.w(f"""apiVersion: v1
kind: Secret
metadata:
  name: regcred
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: {written}
""")


def formats_gen(c, fmt):
    import formats
    return formats.FORMATS[fmt][1](c.r)


@t
def gitlab_ci(c):
    c.f("saas-infra/.gitlab-ci.yml", "gitlab-ci")
    trig = c.p("gitlab.trigger", "curl-form")
    pul = c.p("pulumi.token")
    sonar = c.p("sonarqube.user_token")
    e1 = c.d("env-reference", "$CI_JOB_TOKEN")
    e2 = c.d("env-reference", "$CI_REGISTRY_PASSWORD")
    c.w(f"""stages: [test, deploy]
variables:
  PULUMI_ACCESS_TOKEN: "{pul}"
  SONAR_TOKEN: {sonar}
  SONAR_HOST_URL: https://sonar.tallyhub.example

build:
  stage: test
  script:
    - docker login -u gitlab-ci-token -p {e1} $CI_REGISTRY
    - echo {e2} | docker login --password-stdin -u $CI_REGISTRY_USER $CI_REGISTRY
    - sonar-scanner

trigger-docs:
  stage: deploy
  script:
    - curl -X POST --fail -F token={trig} -F ref=main https://gitlab.tallyhub.example/api/v4/projects/17/trigger/pipeline
""")


@t
def kubeconfig(c):
    c.f("saas-infra/k8s/kubeconfig-ci.yaml", "kubeconfig")
    tok = c.p("kubernetes.sa_token")
    key = formats_gen(c, "privatekey.ec")
    kd = c.p("privatekey.ec", "kubeconfig-b64-key", value=key, enc="b64")
    ca = c.d("certificate", b64("-----BEGIN CERTIFICATE-----\nMIIC" + c.r.s(400, formats_b64()) + "\n-----END CERTIFICATE-----\n"))
    c.w(f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {ca}
    server: https://k8s.tallyhub.example:6443
  name: prod
users:
- name: deployer
  user:
    token: {tok}
- name: admin
  user:
    client-key-data: {kd}
contexts:
- context: {{cluster: prod, user: deployer}}
  name: prod
current-context: prod
""")


# ---------------------------------------------------------------- CI systems
@t
def gha_release(c):
    c.f("tallyhub-web/.github/workflows/release.yml", "gha-workflow")
    npm = c.p("npm.token", "shell-echo")
    pypi = c.p("pypi.token", "gha-with")
    cc = c.p("codecov.token", "gha-with")
    sha = c.d("git-sha", c.sha(40))
    e1 = c.d("env-reference", "${{ secrets.NPM_TOKEN }}")
    e2 = c.d("env-reference", "${{ secrets.GITHUB_TOKEN }}")
    c.w(f"""name: release
on:
  release:
    types: [published]
permissions:
  contents: read
  id-token: write
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{sha}
      - run: echo "//registry.npmjs.org/:_authToken={npm}" > ~/.npmrc
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: {e1}
          GH_TOKEN: {e2}
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: {pypi}
      - uses: codecov/codecov-action@v4
        with:
          token: {cc}
""")


@t
def circleci(c):
    c.f("tallyhub-web/.circleci/config.yml", "circleci-env")
    cypress = c.p("cypress.record_key")
    bs_user = c.d("username", "tallyhubqa1")
    bs = c.p("browserstack.access_key")
    sauce = c.p("saucelabs.access_key")
    ctx = c.d("context-name", "org-global")
    c.w(f"""version: 2.1
orbs:
  cypress: cypress-io/cypress@3
jobs:
  e2e:
    docker:
      - image: cypress/browsers:node-20.11.0-chrome-121.0.6167.184-1-ff-123.0-edge-121.0.2277.128-1
    environment:
      CYPRESS_RECORD_KEY: {cypress}
      BROWSERSTACK_USERNAME: {bs_user}
      BROWSERSTACK_ACCESS_KEY: {bs}
      SAUCE_ACCESS_KEY: "{sauce}"
    steps:
      - checkout
      - run: npx cypress run --record
workflows:
  test:
    jobs:
      - e2e:
          context: {ctx}
""")


@t
def jenkinsfile(c):
    c.f("tallyhub-web/Jenkinsfile", "groovy-shell")
    jt = c.p("jenkins.api_token", "curl-basic-auth")
    oct_ = c.p("octopusdeploy.api_key", "cli-flag")
    cred = c.d("credentials-id", "artifactory-deployer")
    c.w(f"""pipeline {{
  agent any
  stages {{
    stage('Trigger downstream') {{
      steps {{
        sh 'curl -X POST -u deploy-bot:{jt} https://jenkins.tallyhub.example/job/api-deploy/buildWithParameters?ENV=prod'
      }}
    }}
    stage('Release') {{
      steps {{
        withCredentials([usernamePassword(credentialsId: '{cred}', usernameVariable: 'U', passwordVariable: 'P')]) {{
          sh 'octo create-release --project api --server https://deploy.tallyhub.example --apiKey {oct_}'
        }}
      }}
    }}
  }}
}}
""")


@t
def buildkite(c):
    c.f("tallyhub-web/.buildkite/pipeline.yml", "yaml-env")
    bk = c.p("buildkite.token")
    ng = c.p("ngrok.authtoken")
    c.w(f"""env:
  BUILDKITE_API_TOKEN: "{bk}"
  NGROK_AUTHTOKEN: "{ng}"
steps:
  - label: ":ngrok: preview"
    command: ngrok http 3000 --log stdout
""")


# ---------------------------------------------------------------- iOS app
@t
def ios_info_plist(c):
    c.f("pinecrest-ios/Pinecrest/Info.plist", "plist-xml")
    mb = c.d("publishable-key", "pk." + c.r.b64url(40) + "." + c.r.s(22))
    rc = c.d("public-sdk-key", "appl_" + c.r.s(27))
    oa = c.p("openai.project_key")
    mp = c.d("project-token", c.r.hex(32))
    c.w(f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>MBXAccessToken</key>
	<string>{mb}</string>
	<key>RevenueCatAPIKey</key>
	<string>{rc}</string>
	<key>MixpanelToken</key>
	<string>{mp}</string>
	<key>OpenAIKey</key>
	<string>{oa}</string>
	<key>APIBaseURL</key>
	<string>$(API_BASE_URL)</string>
</dict>
</plist>
""")


@t
def ios_xcconfig(c):
    c.f("pinecrest-ios/Config/Release.xcconfig", "xcconfig")
    tw = c.p("twilio.api_key_secret")
    mbs = c.p("mapbox.secret")
    al = c.p("algolia.admin_key")
    ref = c.d("build-setting-reference", "$(inherited)")
    c.w(f"""#include "Shared.xcconfig"
API_BASE_URL = https:/$()/api.pinecrest.example
OTHER_SWIFT_FLAGS = {ref} -DRELEASE
TWILIO_API_SECRET = {tw}
MAPBOX_DOWNLOADS_TOKEN = {mbs}
ALGOLIA_ADMIN_KEY = {al}
""")


@t
def ios_google_plist(c):
    c.f("pinecrest-ios/Pinecrest/GoogleService-Info.plist", "plist-xml")
    key = c.p("google.api_key")
    cid = c.d("client-id", "%s-%s.apps.googleusercontent.com" % (c.r.digits(12), c.r.s(32, "abcdefghijklmnopqrstuvwxyz0123456789")))
    app = c.d("app-id", "1:%s:ios:%s" % (c.r.digits(12), c.r.hex(22)))
    c.w(f"""<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>{cid}</string>
	<key>API_KEY</key>
	<string>{key}</string>
	<key>GCM_SENDER_ID</key>
	<string>{c.r.digits(12)}</string>
	<key>GOOGLE_APP_ID</key>
	<string>{app}</string>
	<key>PROJECT_ID</key>
	<string>pinecrest-prod</string>
</dict>
</plist>
""")


@t
def ios_fastlane(c):
    c.f("pinecrest-ios/fastlane/.env.default", "dotenv-quoted")
    p8 = c.p("privatekey.ec_pkcs8", "dotenv-escaped-pem")
    match = c.p("generic.password")
    fl = c.p("generic.password")
    kid = c.d("key-id", c.r.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    issuer = c.d("issuer-id", c.uuid())
    esc = p8.replace("\n", "\\n")
    c.w(f"""FASTLANE_USER="release@pinecrest.example"
FASTLANE_PASSWORD="{fl}"
MATCH_PASSWORD="{match}"
APP_STORE_CONNECT_API_KEY_KEY_ID="{kid}"
APP_STORE_CONNECT_API_KEY_ISSUER_ID="{issuer}"
APP_STORE_CONNECT_API_KEY_KEY="{esc}"
""")


# ---------------------------------------------------------------- Android
@t
def android_gradle_props(c):
    c.f("pinecrest-android/gradle.properties", "java-properties")
    store = c.p("generic.password")
    keypw = c.p("generic.password")
    maven = c.p("jfrog.reference_token")
    sonar = c.p("sonarcloud.token")
    c.w(f"""org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
RELEASE_STORE_FILE=../keys/release.jks
RELEASE_STORE_PASSWORD={store}
RELEASE_KEY_ALIAS=pinecrest
RELEASE_KEY_PASSWORD={keypw}
artifactoryUser=ci-android
artifactoryPassword={maven}
systemProp.sonar.login={sonar}
""")


@t
def android_google_services(c):
    c.f("pinecrest-android/app/google-services.json", "google-services-json")
    key = c.p("google.api_key")
    cid = c.d("client-id", "%s-%s.apps.googleusercontent.com" % (c.r.digits(12), c.r.s(32, "abcdefghijklmnopqrstuvwxyz0123456789")))
    app = c.d("app-id", "1:%s:android:%s" % (c.r.digits(12), c.r.hex(16)))
    cert = c.d("certificate-hash", c.sha(40))
    doc = {"project_info": {"project_number": c.r.digits(12), "project_id": "pinecrest-prod",
                            "storage_bucket": "pinecrest-prod.appspot.com"},
           "client": [{"client_info": {"mobilesdk_app_id": app, "android_client_info": {"package_name": "com.pinecrest.app"}},
                       "oauth_client": [{"client_id": cid, "client_type": 1,
                                         "android_info": {"package_name": "com.pinecrest.app", "certificate_hash": cert}}],
                       "api_key": [{"current_key": key}]}],
           "configuration_version": "1"}
    c.w(json.dumps(doc, indent=2) + "\n")


@t
def android_local_props(c):
    c.f("pinecrest-android/local.properties", "java-properties")
    maps = c.p("google.api_key")
    rev = c.p("revenuecat.secret" if False else "generic.secret", value="sk_" + c.r.s(32))
    c.w(f"""sdk.dir=/Users/mia/Library/Android/sdk
MAPS_API_KEY={maps}
REVENUECAT_SECRET_KEY={rev}
""")


@t
def android_kotlin(c):
    c.f("pinecrest-android/app/src/main/java/com/pinecrest/app/di/NetworkModule.kt", "kotlin-sdk-arg")
    mp = c.d("project-token", c.r.hex(32))
    ex = c.p("easypost.api_key")
    c.w(f'''package com.pinecrest.app.di

object NetworkModule {{
    fun analytics(ctx: Context) = MixpanelAPI.getInstance(ctx, "{mp}", true)

    // shipping quotes; TODO move server-side
    fun shipping() = EasyPostClient("{ex}")
}}
''')


# ---------------------------------------------------------------- API client exports
@t
def postman(c):
    c.f("api-exports/Tallyhub.postman_collection.json", "postman-json")
    bearer = c.p("hubspot.private_app", "postman-auth")
    xkey = c.p("anthropic.api_key", "postman-header")
    var = c.p("linear.api_key", "postman-variable")
    pmak = c.p("postman.api_key", "postman-variable")
    e1 = c.d("template-reference", "{{hubspot_token}}")
    rid = c.d("postman-id", c.uuid())
    doc = {"info": {"_postman_id": rid, "name": "Tallyhub integrations",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [
               {"name": "HubSpot contacts", "request": {"auth": {"type": "bearer", "bearer": [{"key": "token", "value": bearer, "type": "string"}]},
                                                        "method": "GET", "url": {"raw": "https://api.hubapi.com/crm/v3/objects/contacts?limit=10"}}},
               {"name": "HubSpot deals (env)", "request": {"auth": {"type": "bearer", "bearer": [{"key": "token", "value": e1, "type": "string"}]},
                                                           "method": "GET", "url": {"raw": "https://api.hubapi.com/crm/v3/objects/deals"}}},
               {"name": "Claude summary", "request": {"method": "POST", "header": [{"key": "x-api-key", "value": xkey}, {"key": "anthropic-version", "value": "2023-06-01"}],
                                                      "url": {"raw": "https://api.anthropic.com/v1/messages"}}}],
           "variable": [{"key": "linear_key", "value": var}, {"key": "postman_api_key", "value": pmak}]}
    c.w(json.dumps(doc, indent="\t") + "\n")


@t
def insomnia(c):
    c.f("api-exports/insomnia-export.yaml", "insomnia-yaml")
    ntn = c.p("notion.token")
    air = c.p("airtable.pat")
    fig = c.p("figma.pat")
    cu = c.p("clickup.token")
    e = c.d("template-reference", "{{ _.notion_token }}")
    c.w(f"""_type: export
__export_format: 4
resources:
  - _id: env_base
    _type: environment
    name: Base Environment
    data:
      notion_token: {ntn}
      airtable_pat: {air}
      figma_token: {fig}
      clickup_token: {cu}
  - _id: req_notion_search
    _type: request
    url: https://api.notion.com/v1/search
    method: POST
    headers:
      - name: Authorization
        value: Bearer {e}
      - name: Notion-Version
        value: 2022-06-28
""")


@t
def har(c):
    c.f("api-exports/checkout-bug.har", "har-json")
    sq = c.p("square.access_token", "http-header-json")
    sess = c.p("generic.secret", "cookie", value=c.r.s(32, "abcdefghijklmnopqrstuvwxyz0123456789"))
    paypal_tok = c.p("braintree.access_token", "json-response")
    etag = '"%s"' % c.d("etag", c.sha(32))
    csrf = c.d("csrf-token", c.r.b64url(32))
    doc = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [
        {"startedDateTime": "2026-03-02T10:21:44.201Z", "time": 233.1,
         "request": {"method": "POST", "url": "https://connect.squareup.com/v2/payments", "httpVersion": "http/2.0",
                     "headers": [{"name": "authorization", "value": "Bearer " + sq}, {"name": "x-csrf-token", "value": csrf},
                                 {"name": "cookie", "value": "_ga=GA1.1.123; shop_session=" + sess}]},
         "response": {"status": 200, "headers": [{"name": "etag", "value": etag}],
                      "content": {"mimeType": "application/json", "text": json.dumps({"braintree": {"access_token": paypal_tok}})}}}]}}
    c.w(json.dumps(doc, indent=2) + "\n")


# ---------------------------------------------------------------- ops: histories, runbooks, logs, dumps
@t
def zsh_history(c):
    c.f("ops-notes/home/sam/.zsh_history", "shell-history")
    gh = c.p("github.pat_classic", "here-string")
    heroku = c.p("heroku.api_key", "shell-export")
    aws_s = c.p("aws.secret_access_key", "cli-positional")
    pg = urlpw(c, "generic.password", "postgresql://admin:", "@db-prod.tallyhub.internal:5432/tallyhub")
    fly = c.p("flyio.token", "shell-export-quoted")
    tsk = c.p("tailscale.auth_key", "cli-flag")
    op = c.p("onepassword.service_account", "shell-export")
    c.w(f""": 1709876543:0;git status
: 1709876550:0;gh auth login --with-token <<< {gh}
: 1709876601:0;export HEROKU_API_KEY={heroku}
: 1709876622:0;aws configure set aws_secret_access_key {aws_s} --profile prod
: 1709876700:0;psql "{pg}" -c 'select count(*) from invoices'
: 1709876790:0;export FLY_API_TOKEN="{fly}"
: 1709876801:0;sudo tailscale up --authkey={tsk} --ssh
: 1709876900:0;export OP_SERVICE_ACCOUNT_TOKEN={op}
: 1709876950:0;history | grep token
""")


@t
def bash_history(c):
    c.f("ops-notes/home/root/.bash_history", "shell-history")
    do = c.p("digitalocean.oauth", "cli-flag")
    vault = c.p("vault.batch_token", "shell-export")
    cf = c.p("cloudflare.global_key", "curl-header")
    rancher = c.p("rancher.token", "cli-flag")
    oc = c.p("openshift.token", "cli-flag")
    c.w(f"""doctl auth init -t {do}
export VAULT_TOKEN={vault}
vault kv get secret/prod/db
curl -X GET "https://api.cloudflare.com/client/v4/zones" -H "X-Auth-Email: ops@tallyhub.example" -H "X-Auth-Key: {cf}"
rancher login https://rancher.tallyhub.example --token {rancher}
oc login --token={oc} --server=https://api.okd.tallyhub.example:6443
ls -la /etc/ssl/private
""")


@t
def runbook(c):
    c.f("ops-notes/runbooks/incident-2026-03-payments.md", "markdown")
    sk = c.p("stripe.secret_live", "markdown-code")
    pd = c.p("pagerduty.api_key", "markdown-code")
    og = c.p("opsgenie.api_key", "markdown-inline")
    red1 = c.d("redacted", "sk_live_51H...REDACTED")
    red2 = c.d("redacted", "xoxb-***")
    doc_ex = c.d("docs-example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    c.w(f"""# Incident 2026-03-14: payments failing with 401

## Timeline
* 09:12 alerts fire; Stripe returns `authentication_required` for every charge.
* 09:20 the rotated key ({red1}) was not deployed to `payments-worker`.
* 09:31 hotfix: set the new key directly on the worker:

```sh
kubectl -n prod set env deploy/payments-worker STRIPE_SECRET_KEY={sk}
```

* 09:40 silenced PagerDuty with

```
curl -H "Authorization: Token token={pd}" https://api.pagerduty.com/maintenance_windows
```

* Opsgenie heartbeat key: `{og}`; Slack bot token in the war room was {red2}.

## Follow-ups
* Move keys to Vault. The AWS docs example (`{doc_ex}`) in our wiki is fine.
""")


@t
def app_log(c):
    c.f("ops-notes/logs/api-2026-03-14.log", "log-line")
    hapi = c.p("hubspot.legacy_api_key", "url-query")
    gkey = c.p("google.api_key", "url-query")
    basic_pw = c.p("generic.password", "http-basic-b64", enc="b64", wrap=lambda v: "svc-sync:" + v)
    jwtv = c.p("jwt.hs256", "log-json")
    mg = c.p("mailgun.legacy_key", "log-kv")
    rid = c.d("request-id", c.uuid())
    trace = c.d("trace-id", c.r.hex(32))
    c.w(f"""2026-03-14T09:12:01.114Z INFO  http GET https://api.hubapi.com/contacts/v1/contact/email/a@b.example/profile?hapikey={hapi} 200 184ms request_id={rid}
2026-03-14T09:12:02.550Z INFO  http GET https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={gkey} 200 91ms
2026-03-14T09:12:03.001Z DEBUG outbound headers: {{"Authorization": "Basic {basic_pw}", "traceparent": "00-{trace}-00f067aa0ba902b7-01"}}
2026-03-14T09:12:04.870Z WARN  {{"level":"warn","msg":"token near expiry","token":"{jwtv}","user":"u_1842"}}
2026-03-14T09:12:05.000Z ERROR mailer: 401 from api.mailgun.net with api_key={mg}
""")


@t
def traceback(c):
    c.f("ops-notes/logs/worker-traceback.txt", "stack-trace")
    oa = c.p("openai.project_key", "python-repr")
    pc = c.p("pinecone.api_key", "python-repr")
    c.w(f"""Traceback (most recent call last):
  File "/app/worker/embed.py", line 41, in run
    index = Pinecone(api_key=cfg["pinecone"]).Index("docs")
  File "/usr/local/lib/python3.12/site-packages/pinecone/control/pinecone.py", line 212, in __init__
    raise PineconeConfigurationError(...)
pinecone.exceptions.PineconeConfigurationError: invalid config
Local variables in frame run:
    cfg = {{'openai': '{oa}', 'pinecone': '{pc}', 'batch': 64}}
    self = <worker.embed.Embedder object at 0x7f3a2c1d9e50>
""")


@t
def sql_dump(c):
    c.f("ops-notes/backups/integrations.sql", "sql-insert")
    rows = [("slack", c.p("slack.user_token")), ("zendesk", c.p("zendesk.api_token")),
            ("pipedrive", c.p("pipedrive.token")), ("intercom", c.p("intercom.token")),
            ("shopify", c.p("shopify.admin_token")), ("klaviyo", c.p("klaviyo.private_key"))]
    users = [(i, c.d("password-hash", "$2b$12$" + c.r.s(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))) for i in range(1, 5)]
    c.w("-- MySQL dump 10.13  Distrib 8.0.36\n"
        "INSERT INTO `integrations` (`id`,`kind`,`access_token`,`created_at`) VALUES "
        + ",".join("(%d,'%s','%s','2026-02-0%d 10:00:00')" % (i + 1, k, v, i + 1) for i, (k, v) in enumerate(rows)) + ";\n"
        "INSERT INTO `users` (`id`,`email`,`password_hash`) VALUES "
        + ",".join("(%d,'user%d@tallyhub.example','%s')" % (i, i, h) for i, h in users) + ";\n")


# ---------------------------------------------------------------- chat bots
@t
def slack_bolt(c):
    c.f("bots/standup-bot/app.js", "js-sdk-object")
    bot = c.p("slack.bot_token")
    sign = c.p("slack.signing_secret")
    app = c.p("slack.app_token")
    ph = c.d("placeholder", "xapp-1-XXXXXXXXXXX")
    c.w(f"""const {{ App }} = require('@slack/bolt');

// ask in #platform for the socket-mode token ({ph} is the docs value)
const app = new App({{
  token: process.env.SLACK_BOT_TOKEN || '{bot}',
  signingSecret: '{sign}',
  socketMode: true,
  appToken: '{app}',
}});

app.command('/standup', async ({{ ack, say }}) => {{
  await ack();
  await say('Standup in 5 minutes!');
}});

(async () => {{ await app.start(); }})();
""")


@t
def discord_bot(c):
    c.f("bots/raid-helper/bot.py", "python-sdk-positional")
    tok = c.p("discord.bot_token")
    hook = c.p("discord.webhook")
    gid = c.d("guild-id", c.r.digits(18))
    c.w(f'''import discord
from discord.ext import commands

GUILD_ID = {gid}
AUDIT_WEBHOOK = "{hook}"

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.event
async def on_ready():
    print(f"logged in as {{bot.user}}")


bot.run("{tok}")
''')


@t
def telegram_bot(c):
    c.f("bots/deploy-notifier/config.toml", "toml")
    tg = c.p("telegram.bot_token")
    chat = c.d("chat-id", "-100" + c.r.digits(10))
    teams = c.p("microsoftteams.webhook")
    gchat = c.p("googlechat.webhook")
    c.w(f"""[telegram]
bot_token = "{tg}"
chat_id = {chat}

[teams]
webhook_url = "{teams}"

[google_chat]
webhook = "{gchat}"
""")
    # the chat webhook's token is what matters; a finding of the whole URL or the token counts
    c.labels[-1]["accept"] = [gchat.split("token=")[1]]


# ---------------------------------------------------------------- Chrome extension
@t
def chrome_manifest(c):
    c.f("chrome-ext/manifest.json", "json-flat")
    key = c.d("public-key", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + c.r.s(300, formats_b64()))
    cid = c.d("client-id", "%s-%s.apps.googleusercontent.com" % (c.r.digits(12), c.r.s(32, "abcdefghijklmnopqrstuvwxyz0123456789")))
    doc = {"manifest_version": 3, "name": "Tallyhub Clipper", "version": "2.3.1", "key": key,
           "oauth2": {"client_id": cid, "scopes": ["https://www.googleapis.com/auth/userinfo.email"]},
           "background": {"service_worker": "background.js"}, "permissions": ["storage", "identity"]}
    c.w(json.dumps(doc, indent=2) + "\n")


@t
def chrome_bundle(c):
    c.f("chrome-ext/dist/background.js", "js-bundle-escaped")
    oa = c.p("openai.project_key", enc="jsesc")
    gq = c.p("groq.api_key", "js-minified")
    integ = c.d("integrity-hash", "sha384-" + base64.b64encode(c.r.bytes(48)).decode())
    c.w('(()=>{"use strict";var e={apiBase:"https://api.openai.com/v1",k:"' + oa + '",g:"' + gq
        + '"};chrome.runtime.onMessage.addListener((t,n,r)=>{fetch(e.apiBase+"/chat/completions",{headers:{Authorization:"Bearer "+e.k}})});'
        + 'const s="' + integ + '";})();\n')


# ---------------------------------------------------------------- HubSpot CMS agency (shared/design/hubspot-credentials.md)
def folded(v, indent):
    return ">-\n" + " " * indent + v


@t
def hs_config(c):
    c.f("hubspot-cms/hubspot.config.yml", "hubspot-cli-config")
    pak = c.p("hubspot.pak", "yaml-folded")
    at = c.p("hubspot.oauth_access", "yaml-nested")
    pak2 = c.p("hubspot.pak", "yaml-quoted")
    cs = c.p("hubspot.client_secret", "yaml-nested")
    rt = c.p("hubspot.refresh_token", "yaml-nested")
    at2 = c.p("hubspot.oauth_access", "yaml-nested")
    api = c.p("hubspot.legacy_api_key", "yaml-apikey-entry")
    cid = c.d("client-id", c.uuid())
    portal = c.d("portal-id", c.r.digits(8))
    c.w(f"""defaultPortal: bakery-prod
httpTimeout: 30000
allowUsageTracking: false
portals:
  - name: bakery-prod
    portalId: {portal}
    env: prod
    authType: personalaccesskey
    personalAccessKey: {folded(pak, 6)}
    auth:
      tokenInfo:
        accessToken: {folded(at, 10)}
        expiresAt: '2026-03-14T10:42:19.806Z'
  - name: bakery-sandbox
    portalId: {c.r.digits(8)}
    authType: personalaccesskey
    personalAccessKey: "{pak2}"
  - name: legacy-oauth
    portalId: {c.r.digits(7)}
    authType: oauth2
    auth:
      clientId: {cid}
      clientSecret: {cs}
      scopes:
        - content
      tokenInfo:
        refreshToken: {rt}
        accessToken: {at2}
        expiresAt: '2026-02-01T08:00:00.000Z'
  - name: old-apikey-portal
    portalId: {c.r.digits(6)}
    authType: apikey
    apiKey: {api}
""")


@t
def hs_archived(c):
    c.f("hubspot-cms/archived.hubspot.config.yml", "hubspot-cli-config")
    old = formats_gen(c, "hubspot.pak_legacy")
    c.p("hubspot.pak_legacy", "yaml-folded", value=old)
    c.p("hubspot.pak_legacy", "yaml-folded", value=old)
    c.w(f"""defaultPortal: agency-main
portals:
  - name: agency-main
    portalId: {c.r.digits(7)}
    authType: personalaccesskey
    personalAccessKey: >-
      {old}
    auth:
      tokenInfo:
        accessToken: >-
          {old}
        expiresAt: '2021-04-21T18:16:02.207Z'
""")


@t
def hs_hscli(c):
    c.f("hubspot-cms/home/.hscli/config.yml", "hubspot-cli-config")
    pak = c.p("hubspot.pak", "yaml-folded")
    pak2 = c.p("hubspot.pak", "yaml-folded")
    acct = c.d("account-id", c.r.digits(9))
    c.w(f"""defaultAccount: {acct}
defaultCmsPublishMode: draft
accounts:
  - name: agency-dev
    accountId: {acct}
    authType: personalaccesskey
    personalAccessKey: >-
      {pak}
  - name: client-northwind
    accountId: {c.r.digits(8)}
    authType: personalaccesskey
    auth:
      personalAccessKey: >-
        {pak2}
""")


@t
def hs_env(c):
    c.f("hubspot-cms/.env", "dotenv")
    vals = [("HUBSPOT_PERSONAL_ACCESS_KEY", c.p("hubspot.pak")),
            ("HUBSPOT_PRIVATE_APP_TOKEN", c.p("hubspot.private_app")),
            ("HUBSPOT_API_KEY", c.p("hubspot.private_app", "dotenv-misnamed")),
            ("HUBSPOT_CLIENT_ID", c.d("client-id", c.uuid())),
            ("HUBSPOT_CLIENT_SECRET", c.p("hubspot.client_secret")),
            ("HUBSPOT_REFRESH_TOKEN", c.p("hubspot.refresh_token")),
            ("HUBSPOT_DEVELOPER_API_KEY", c.p("hubspot.developer_api_key")),
            ("HUBSPOT_PORTAL_ID", c.d("portal-id", c.r.digits(8))),
            ("HUBSPOT_APP_ID", c.d("app-id", c.r.digits(7))),
            ("HUBSPOT_WEBHOOK_TARGET", "https://hooks.bakery.example/hubspot")]
    c.w("# HubSpot (copy to .env.local; never commit)\n" + "".join(f"{k}={v}\n" for k, v in vals))


@t
def hs_env_example(c):
    c.f("hubspot-cms/.env.example", "dotenv")
    vals = [("HUBSPOT_PERSONAL_ACCESS_KEY", c.d("placeholder", "your-personal-access-key")),
            ("HUBSPOT_PRIVATE_APP_TOKEN", c.d("placeholder", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")),
            ("HUBSPOT_CLIENT_SECRET", c.d("placeholder", "<client-secret>")),
            ("HUBSPOT_REFRESH_TOKEN", c.d("placeholder", "na1-0000-0000-0000-0000-000000000000")),
            ("HUBSPOT_DEVELOPER_API_KEY", c.d("placeholder", "00000000-0000-0000-0000-000000000000"))]
    c.w("".join(f"{k}={v}\n" for k, v in vals))


@t
def hs_serverless(c):
    c.f("hubspot-cms/src/app/app.functions/serverless.json", "json-flat")
    c.d("secret-name", "PRIVATE_APP_ACCESS_TOKEN")
    c.w(json.dumps({"appFunctions": {"syncDeal": {"file": "sync-deal.js", "secrets": ["PRIVATE_APP_ACCESS_TOKEN"]}}}, indent=2) + "\n")
    c.f("hubspot-cms/src/app/app.functions/sync-deal.js", "js-env-fallback")
    pat = c.p("hubspot.private_app")
    e = c.d("env-reference", "process.env.PRIVATE_APP_ACCESS_TOKEN")
    c.w(f"""const hubspot = require('@hubspot/api-client');

exports.main = async (context = {{}}) => {{
  const accessToken = {e} || '{pat}';
  const client = new hubspot.Client({{ accessToken }});
  const {{ dealId }} = context.parameters;
  return client.crm.deals.basicApi.getById(dealId, ['amount', 'dealstage']);
}};
""")


@t
def hs_backfill_sh(c):
    c.f("hubspot-cms/scripts/backfill.sh", "shell-curl")
    hapi = c.p("hubspot.legacy_api_key", "url-query")
    dev = c.p("hubspot.developer_api_key", "url-query")
    dev2 = c.p("hubspot.developer_api_key_uuid", "url-query")
    pat = c.p("hubspot.private_app", "curl-header")
    app = c.d("app-id", c.r.digits(7))
    c.w(f"""#!/usr/bin/env bash
set -euo pipefail
# one-off: copy blog posts from the old portal (API key still worked in 2022)
curl -s "https://api.hubapi.com/content/api/v2/blog-posts?limit=300&hapikey={hapi}" > posts.json
# webhook subscriptions of the public app
curl -s "https://api.hubapi.com/webhooks/v3/{app}/settings?hapikey={dev}"
curl -s "https://api.hubapi.com/webhooks/v3/{app}/subscriptions?hapikey={dev2}"
curl -s -X POST https://api.hubapi.com/cms/v3/blogs/posts \\
  -H "Authorization: Bearer {pat}" -H 'Content-Type: application/json' -d @posts.json
""")


@t
def hs_webhook_verify(c):
    c.f("hubspot-cms/integrations/webhooks/verify.py", "python-const")
    cs = c.p("hubspot.client_secret")
    sig = c.d("signature-sample", c.sha())
    c.w(f'''import base64
import hashlib
import hmac

HUBSPOT_CLIENT_SECRET = "{cs}"
# from the docs walkthrough: expected v3 signature {sig}


def valid(method, uri, body, timestamp, signature):
    raw = (method + uri + body + timestamp).encode()
    digest = hmac.new(HUBSPOT_CLIENT_SECRET.encode(), raw, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), signature)
''')


@t
def hs_node_sdk(c):
    c.f("hubspot-cms/integrations/crm-sync/src/hubspot.ts", "ts-sdk-object")
    pat = c.p("hubspot.private_app")
    dev = c.p("hubspot.developer_api_key", "ts-sdk-object")
    rid = c.d("correlation-id", c.uuid())
    c.w(f"""import {{ Client }} from '@hubspot/api-client';

export const crm = new Client({{ accessToken: '{pat}', numberOfApiCallRetries: 3 }});
export const appSettings = new Client({{ developerApiKey: '{dev}' }});

// last failure: correlationId {rid}
""")


@t
def hs_python_sdk(c):
    c.f("hubspot-cms/integrations/reporting/hs_client.py", "python-sdk-kwarg")
    pat = c.p("hubspot.private_app")
    cs = c.p("hubspot.client_secret", "python-sdk-positional")
    rt = c.p("hubspot.refresh_token_uuid", "python-sdk-positional")
    cid = c.d("client-id", c.uuid())
    c.w(f'''from hubspot import HubSpot

api = HubSpot(access_token="{pat}")


def refresh():
    return api.oauth.tokens_api.create(
        "refresh_token",
        None,
        None,
        "{cid}",
        "{cs}",
        "{rt}",
    )
''')


@t
def hs_php_sdk(c):
    c.f("hubspot-cms/integrations/legacy-php/hubspot.php", "php-sdk-positional")
    pat = c.p("hubspot.private_app")
    hapi = c.p("hubspot.legacy_api_key", "php-assoc-array")
    c.w(f"""<?php
use HubSpot\\Factory;

$client = Factory::createWithAccessToken('{pat}');
$legacy = ['hapikey' => '{hapi}', 'portal' => 'bakery'];
""")


@t
def hs_ruby(c):
    c.f("hubspot-cms/integrations/rails-app/config/initializers/hubspot.rb", "ruby-assignment")
    pat = c.p("hubspot.private_app")
    hapi = c.p("hubspot.legacy_api_key")
    c.w(f"""Hubspot.configure do |config|
  config.access_token = ENV.fetch("HUBSPOT_ACCESS_TOKEN", "{pat}")
end

HUBSPOT_HAPIKEY = "{hapi}" # legacy, sunset 2022 -- remove
""")


@t
def hs_csharp(c):
    c.f("hubspot-cms/integrations/dotnet/HubSpotOptions.cs", "csharp-property")
    pat = c.p("hubspot.private_app")
    cs = c.p("hubspot.client_secret")
    c.w(f'''public class HubSpotOptions
{{
    public string AccessToken {{ get; set; }} = "{pat}";
    public string ClientSecret {{ get; set; }} = "{cs}";
    public string BaseUrl {{ get; set; }} = "https://api.hubapi.com";
}}
''')


@t
def hs_java_props(c):
    c.f("hubspot-cms/integrations/java-sync/src/main/resources/application.properties", "java-properties")
    hapi = c.p("hubspot.legacy_api_key")
    pat = c.p("hubspot.private_app")
    c.w(f"""spring.application.name=hubspot-sync
hubspot.api.key={hapi}
hubspot.private-app.token={pat}
hubspot.portal-id={c.r.digits(8)}
""")


@t
def hs_yaml_parent(c):
    c.f("hubspot-cms/integrations/java-sync/src/main/resources/application-prod.yml", "yaml-parent")
    hapi = c.p("hubspot.legacy_api_key")
    rt = c.p("hubspot.refresh_token")
    cs = c.p("hubspot.client_secret")
    c.w(f"""hubspot:
  api-key: {hapi}
  oauth:
    client-id: {c.d("client-id", c.uuid())}
    client-secret: {cs}
    refresh-token: {rt}
""")


@t
def hs_token_log(c):
    c.f("hubspot-cms/logs/oauth-debug.log", "log-json")
    rt = c.p("hubspot.refresh_token")
    at = c.p("hubspot.oauth_access")
    rt2 = c.p("hubspot.refresh_token", "form-body")
    cs = c.p("hubspot.client_secret", "form-body")
    cid = c.d("client-id", c.uuid())
    c.w(f"""2026-03-10 11:02:11 DEBUG POST https://api.hubapi.com/oauth/v1/token body=grant_type=refresh_token&client_id={cid}&client_secret={cs}&refresh_token={rt2}
2026-03-10 11:02:12 DEBUG response 200 {{"token_type":"bearer","refresh_token":"{rt}","access_token":"{at}","expires_in":1800}}
""")


@t
def hs_smtp(c):
    c.f("hubspot-cms/integrations/mailer/smtp.ini", "ini")
    user = c.d("smtp-username", "%s@%s.smtp.hubspot.net" % (c.r.s(10, "abcdefghijklmnopqrstuvwxyz0123456789"), c.r.digits(8)))
    pw = c.p("hubspot.smtp_password")
    c.w(f"""[smtp]
host = smtp.hubapi.com
port = 587
username = {user}
password = {pw}
""")


@t
def hs_gha(c):
    c.f("hubspot-cms/.github/workflows/deploy-theme.yml", "gha-workflow")
    pak = c.p("hubspot.pak", "gha-env")
    e = c.d("env-reference", "${{ secrets.HUBSPOT_PORTAL_ID }}")
    c.w(f"""name: deploy theme
on: {{ push: {{ branches: [main] }} }}
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_PERSONAL_ACCESS_KEY: {pak}
      HUBSPOT_PORTAL_ID: {e}
    steps:
      - uses: actions/checkout@v4
      - run: npx @hubspot/cli upload theme bakery-theme --use-env
""")


@t
def hs_html_embed(c):
    c.f("hubspot-cms/theme/templates/contact.html", "html")
    portal = c.d("portal-id", c.r.digits(8))
    form = c.d("form-guid", c.uuid())
    cta = c.d("cta-guid", c.uuid())
    c.w(f"""<!-- HubSpot form -->
<script charset="utf-8" type="text/javascript" src="//js.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({{ region: "na1", portalId: "{portal}", formId: "{form}" }});
</script>
<span class="hs-cta-wrapper" id="hs-cta-wrapper-{cta}"></span>
<script id="hs-script-loader" async defer src="//js.hs-scripts.com/{portal}.js"></script>
""")


@t
def hs_docs(c):
    c.f("hubspot-cms/docs/SETUP.md", "markdown")
    d = [c.d("placeholder", "pat-na1-00000000-0000-0000-0000-000000000000"),
         c.d("placeholder", "YOUR_HAPIKEY"),
         c.d("placeholder", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
         c.d("env-reference", "${HUBSPOT_TOKEN}"),
         c.d("placeholder", "<portalId>")]
    c.w(f"""# Setup

1. Create a private app and copy its token (looks like `{d[0]}`).
2. Old scripts used `?hapikey={d[1]}`; the developer key is `{d[2]}`.
3. Run `hs auth`; in CI export `HUBSPOT_TOKEN` and reference it as `{d[3]}`.
4. Forms embed with your `{d[4]}`.
""")


@t
def hs_csv(c):
    c.f("hubspot-cms/ops/credentials-inventory.csv", "csv")
    rows = [("bakery-prod", "private_app", c.p("hubspot.private_app")),
            ("northwind", "pak", c.p("hubspot.pak")),
            ("legacy", "hapikey", c.p("hubspot.legacy_api_key")),
            ("public-app", "developer_api_key", c.p("hubspot.developer_api_key_uuid")),
            ("public-app", "client_secret", c.p("hubspot.client_secret"))]
    c.w("portal,kind,value,owner\n" + "".join(f"{a},{b},{v},ops@agency.example\n" for a, b, v in rows))


@t
def hs_compose(c):
    c.f("hubspot-cms/docker-compose.yml", "compose-env")
    pat = c.p("hubspot.private_app")
    dev = c.p("hubspot.developer_api_key")
    c.w(f"""services:
  crm-sync:
    image: agency/crm-sync:3
    environment:
      HUBSPOT_ACCESS_TOKEN: "{pat}"
      HUBSPOT_DEVELOPER_API_KEY: {dev}
""")


@t
def hs_notebook(c):
    c.f("hubspot-cms/analysis/pipeline-report.ipynb", "notebook")
    pat = c.p("hubspot.private_app", "notebook-source")
    rt = c.p("hubspot.refresh_token", "notebook-output")
    nb = {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [
        {"name": "stdout", "output_type": "stream", "text": [json.dumps({"refresh_token": rt, "expires_in": 1800}) + "\n"]}],
        "source": ["import requests\n", f"TOKEN = '{pat}'\n", "print(refresh())"]}],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    c.w(json.dumps(nb, indent=1) + "\n")


@t
def hs_k8s(c):
    c.f("hubspot-cms/k8s/hubspot-secret.yaml", "k8s-secret-b64")
    pak = c.p("hubspot.pak", enc="b64")
    cs = c.p("hubspot.client_secret", enc="b64")
    c.w(f"""apiVersion: v1
kind: Secret
metadata:
  name: hubspot
data:
  personal-access-key: {pak}
  client-secret: {cs}
""")


def kv(c, pairs, fmt="{k}={v}\n", shape=None):
    """Lines of name/value pairs; a value is a format id (a fresh secret), a
    ("decoy", kind, value) triple, or a ("raw", value) pair (not labelled)."""
    out = []
    for k, v in pairs:
        if isinstance(v, tuple) and v[0] == "decoy":
            val = c.d(v[1], v[2], shape)
        elif isinstance(v, tuple) and v[0] == "raw":
            val = v[1]
        else:
            val = c.p(v, shape)
        out.append(fmt.format(k=k, v=val))
    return "".join(out)


# ---------------------------------------------------------------- AI product (Next.js)
@t
def ai_env_local(c):
    c.f("ai-studio/.env.local", "dotenv")
    c.w(kv(c, [
        ("OPENAI_API_KEY", "openai.project_key"), ("OPENAI_ADMIN_KEY", "openai.admin_key"),
        ("ANTHROPIC_API_KEY", "anthropic.api_key"), ("ANTHROPIC_ADMIN_KEY", "anthropic.admin_key"),
        ("XAI_API_KEY", "xai.api_key"), ("PERPLEXITY_API_KEY", "perplexity.api_key"),
        ("OPENROUTER_API_KEY", "openrouter.api_key"), ("NVIDIA_API_KEY", "nvidia.api_key"),
        ("DEEPSEEK_API_KEY", "deepseek.api_key"), ("MISTRAL_API_KEY", "mistral.api_key"),
        ("COHERE_API_KEY", "cohere.api_key"), ("REPLICATE_API_TOKEN", "replicate.token"),
        ("LANGSMITH_API_KEY", "langsmith.pat"), ("LANGFUSE_SECRET_KEY", "langfuse.secret_key"),
        ("LANGFUSE_PUBLIC_KEY", ("decoy", "public-key", "pk-lf-" + c.uuid())),
        ("CEREBRAS_API_KEY", "cerebras.api_key"), ("FIREWORKS_API_KEY", "fireworks.api_key"),
        ("TOGETHER_API_KEY", "togetherai.api_key"), ("E2B_API_KEY", "e2b.api_key"),
        ("FIRECRAWL_API_KEY", "firecrawl.api_key"), ("TAVILY_API_KEY", "tavily.api_key"),
        ("ELEVENLABS_API_KEY", "elevenlabs.api_key"), ("DEEPGRAM_API_KEY", "deepgram.api_key"),
        ("ASSEMBLYAI_API_KEY", "assemblyai.api_key"), ("JINA_API_KEY", "jina.api_key"),
        ("VOYAGE_API_KEY", "voyageai.api_key"), ("LLAMA_CLOUD_API_KEY", "llamacloud.api_key"),
        ("MODAL_TOKEN_ID", ("decoy", "token-id", "ak-" + c.r.s(22))), ("MODAL_TOKEN_SECRET", "modal.token_secret"),
        ("SERPAPI_API_KEY", "serpapi.api_key"), ("ANYSCALE_API_KEY", "anyscale.api_key"),
        ("GROQ_API_KEY", "groq.api_key"), ("PINECONE_API_KEY", "pinecone.api_key"),
        ("NEXT_PUBLIC_POSTHOG_KEY", ("decoy", "public-project-key", "phc_" + c.r.s(43))),
        ("NEXT_PUBLIC_SUPABASE_URL", ("raw", "https://qwertyuiopasdfghjklz.supabase.co")),
        ("NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY", ("decoy", "publishable-key", "sb_publishable_" + c.r.s(31))),
        ("SUPABASE_SECRET_KEY", "supabase.secret_key"),
        ("NEXTAUTH_SECRET", "generic.fernet"),
        ("NEXTAUTH_URL", ("raw", "http://localhost:3000")),
    ]))


@t
def ai_supabase(c):
    c.f("ai-studio/lib/supabase-admin.ts", "ts-const")
    import formats
    ref = "qwertyuiopasdfghjklz"
    srv = c.p("jwt.hs256", "ts-const", value=formats.jwt(c.r, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1735689600, "exp": 2051222400}))
    anon = c.d("publishable-key", formats.jwt(c.r, {"iss": "supabase", "ref": ref, "role": "anon", "iat": 1735689600, "exp": 2051222400}))
    sbp = c.p("supabase.access_token")
    c.w(f"""import {{ createClient }} from '@supabase/supabase-js';

// service role: server only!
const SERVICE_ROLE = '{srv}';
export const PUBLIC_ANON = '{anon}';
export const admin = createClient('https://{ref}.supabase.co', SERVICE_ROLE);
// CLI deploys: SUPABASE_ACCESS_TOKEN={sbp}
""")


@t
def ai_settings_py(c):
    c.f("ai-studio/backend/studio/settings.py", "python-assignment")
    sk = c.p("generic.django_secret")
    ses = c.p("aws.secret_access_key")
    kid = c.p("aws.access_key_id")
    vals = c.d("env-reference", 'os.environ["DATABASE_URL"]')
    c.w(f'''import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "{sk}"
DEBUG = False
ALLOWED_HOSTS = ["studio.example"]
DATABASES = {{"default": dj_database_url.parse({vals})}}
AWS_SES_ACCESS_KEY_ID = "{kid}"
AWS_SES_SECRET_ACCESS_KEY = "{ses}"
''')


# ---------------------------------------------------------------- SaaS product .env.production (many providers)
@t
def saas_env_prod(c):
    c.f("tallyhub-web/.env.production", "dotenv-export")
    c.w(kv(c, [
        ("SENTRY_AUTH_TOKEN", "sentry.user_token"), ("NEW_RELIC_API_KEY", "newrelic.user_key"),
        ("NEW_RELIC_INSERT_KEY", "newrelic.insert_key"), ("BUGSNAG_API_KEY", "bugsnag.api_key"),
        ("ROLLBAR_ACCESS_TOKEN", "rollbar.token"), ("HONEYCOMB_API_KEY", "honeycomb.api_key"),
        ("SUMO_ACCESS_ID", ("decoy", "access-id", "su" + c.r.s(12))), ("SUMO_ACCESS_KEY", "sumologic.access_key"),
        ("PAPERTRAIL_API_TOKEN", "papertrail.token"), ("UPTIMEROBOT_API_KEY", "uptimerobot.api_key"),
        ("POSTHOG_PERSONAL_API_KEY", "posthog.personal_key"), ("MIXPANEL_SERVICE_ACCOUNT_SECRET", "mixpanel.service_secret"),
        ("SEGMENT_WRITE_KEY", "segment.write_key_server"), ("CUSTOMERIO_APP_API_KEY", "customerio.app_key"),
        ("BRAZE_REST_API_KEY", "braze.api_key"), ("LAUNCHDARKLY_ACCESS_TOKEN", "launchdarkly.api_token"),
        ("MAILJET_API_KEY", ("decoy", "api-key-id", c.r.hex(32))), ("MAILJET_SECRET_KEY", "mailjet.secret"),
        ("BREVO_API_KEY", "brevo.api_key"), ("SPARKPOST_API_KEY", "sparkpost.api_key"),
        ("MAILERSEND_API_TOKEN", "mailersend.token"), ("SMTP2GO_API_KEY", "smtp2go.api_key"),
        ("MANDRILL_API_KEY", "mandrill.api_key"), ("RESEND_API_KEY", "resend.api_key"),
        ("PUSHER_APP_KEY", ("decoy", "public-app-key", c.r.hex(20))), ("PUSHER_APP_SECRET", "pusher.secret"),
        ("ABLY_API_KEY", "ably.api_key"), ("PUBNUB_PUBLISH_KEY", ("decoy", "publish-key", "pub-c-" + c.uuid())),
        ("PUBNUB_SECRET_KEY", "pubnub.secret_key"), ("ONESIGNAL_REST_API_KEY", "onesignal.rest_key"),
        ("SENDBIRD_API_TOKEN", "sendbird.api_token"), ("TELNYX_API_KEY", "telnyx.api_key"),
        ("VONAGE_API_KEY", ("decoy", "api-key-id", c.r.hex(8))), ("VONAGE_API_SECRET", "vonage.api_secret"),
        ("PLIVO_AUTH_ID", ("decoy", "account-id", "MA" + c.r.s(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))),
        ("PLIVO_AUTH_TOKEN", "plivo.auth_token"), ("MESSAGEBIRD_ACCESS_KEY", "messagebird.access_key"),
        ("INFOBIP_API_KEY", "infobip.api_key"), ("ALGOLIA_APP_ID", ("decoy", "app-id", c.r.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))),
        ("LINE_CHANNEL_ACCESS_TOKEN", "line.channel_token"), ("WEBEX_BOT_TOKEN", "webex.token"),
    ], fmt="export {k}={v}\n"))


@t
def payments_config(c):
    c.f("payments-hub/config/providers.yaml", "yaml-parent")
    def pk(kind, v):
        return c.d(kind, v)
    c.w(f"""providers:
  paystack:
    public_key: {pk("publishable-key", "pk_live_" + c.r.hex(40))}
    secret_key: {c.p("paystack.secret_key")}
  flutterwave:
    public_key: {pk("publishable-key", "FLWPUBK-" + c.r.hex(32) + "-X")}
    secret_key: {c.p("flutterwave.secret_key")}
  razorpay:
    key_id: {pk("key-id", "rzp_live_" + c.r.s(14))}
    key_secret: {c.p("razorpay.key_secret")}
  gocardless:
    access_token: {c.p("gocardless.token")}
  plaid:
    client_id: {pk("client-id", c.r.hex(24))}
    secret: {c.p("plaid.secret")}
    sample_item_token: {c.p("plaid.access_token")}
  adyen:
    merchant_account: TallyhubECOM
    api_key: {c.p("adyen.api_key")}
    client_key: {pk("client-key", "live_" + c.r.s(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}
  square:
    application_id: {pk("app-id", "sq0idp-" + c.r.s(22))}
    application_secret: {c.p("square.app_secret")}
  paddle:
    api_key: {c.p("paddle.api_key")}
    client_token: {pk("client-token", "live_" + c.r.hex(27))}
  chargebee:
    site: tallyhub
    api_key: {c.p("chargebee.api_key")}
  recurly:
    api_key: {c.p("recurly.api_key")}
  authorize_net:
    api_login_id: {pk("login-id", c.r.s(9))}
    transaction_key: {c.p("authorizenet.transaction_key")}
  checkout_com:
    secret_key: {c.p("checkoutcom.secret_key")}
  mercury:
    token: {c.p("mercury.token")}
  wise:
    api_token: {c.p("wise.token")}
  duffel:
    access_token: {c.p("duffel.token")}
  shippo:
    token: {c.p("shippo.token")}
  paypal:
    client_id: {pk("client-id", "A" + c.r.s(79))}
    client_secret: {c.p("paypal.client_secret")}
""")


@t
def crypto_desk(c):
    c.f("payments-hub/treasury/exchanges.py", "python-dict")
    cb_name = c.d("key-name", "organizations/%s/apiKeys/%s" % (c.uuid(), c.uuid()))
    cbk = c.p("coinbase.cdp_key", "python-triple-quoted")
    bn_key = c.d("api-key-id", c.r.s(64))
    bn = c.p("binance.secret")
    kr_key = c.d("api-key-id", c.r.s(56))
    kr = c.p("kraken.private_key")
    c.w(f'''EXCHANGES = {{
    "coinbase": {{
        "key_name": "{cb_name}",
        "private_key": """{cbk}
""",
    }},
    "binance": {{"api_key": "{bn_key}", "api_secret": "{bn}"}},
    "kraken": {{"api_key": "{kr_key}", "private_key": "{kr}"}},
}}
''')


@t
def security_tools(c):
    c.f("secops/tools/enrich.conf", "ini")
    c.w("[shodan]\n" + kv(c, [("api_key", "shodan.api_key")], "{k} = {v}\n")
        + "\n[virustotal]\n" + kv(c, [("apikey", "virustotal.api_key")], "{k} = {v}\n")
        + "\n[crowdstrike]\n" + kv(c, [("client_id", ("decoy", "client-id", c.r.hex(32))), ("client_secret", "crowdstrike.client_secret")], "{k} = {v}\n")
        + "\n[tenable]\n" + kv(c, [("access_key", ("decoy", "access-key-id", c.r.hex(64))), ("secret_key", "tenable.secret_key")], "{k} = {v}\n")
        + "\n[duo]\n" + kv(c, [("ikey", ("decoy", "integration-key", "DI" + c.r.s(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))), ("skey", "duo.secret_key"), ("host", ("raw", "api-1a2b3c4d.duosecurity.com"))], "{k} = {v}\n")
        + "\n[jumpcloud]\n" + kv(c, [("api_key", "jumpcloud.api_key")], "{k} = {v}\n")
        + "\n[okta]\n" + kv(c, [("org_url", ("raw", "https://tallyhub.okta.com")), ("token", "okta.api_token")], "{k} = {v}\n"))


@t
def social_integrations(c):
    c.f("growth-tools/config/social.json", "json-nested")
    doc = {
        "twitter": {"bearer_token": c.p("twitter.bearer"), "consumer_key": c.d("consumer-key", c.r.s(25)),
                    "consumer_secret": c.p("twitter.consumer_secret")},
        "facebook": {"app_id": c.d("app-id", c.r.digits(15)), "app_secret": c.p("facebook.app_secret"),
                     "page_access_token": c.p("facebook.access_token")},
        "linkedin": {"client_id": c.d("client-id", c.r.s(14, "abcdefghijklmnopqrstuvwxyz0123456789")), "client_secret": c.p("linkedin.client_secret")},
        "reddit": {"client_id": c.d("client-id", c.r.s(22)), "client_secret": c.p("reddit.client_secret")},
        "spotify": {"client_id": c.d("client-id", c.r.hex(32)), "client_secret": c.p("spotify.client_secret")},
        "twitch": {"client_id": c.d("client-id", c.r.s(30, "abcdefghijklmnopqrstuvwxyz0123456789")), "client_secret": c.p("twitch.client_secret")},
        "zoom": {"account_id": c.d("account-id", c.r.s(22)), "client_secret": c.p("zoom.client_secret")},
        "bitly": {"access_token": c.p("bitly.token")},
        "zapier": {"new_lead_hook": c.p("zapier.webhook")},
        "ifttt": {"maker_key": c.p("ifttt.key")},
    }
    c.w(json.dumps(doc, indent=2) + "\n")


@t
def workspace_tools(c):
    c.f("growth-tools/scripts/sync_workspace.rb", "ruby-hash")
    c.w(f'''CONFIG = {{
  asana: "{c.p("asana.pat")}",
  trello_key: "{c.d("api-key-id", c.r.hex(32))}",
  trello_token: "{c.p("trello.token")}",
  todoist: "{c.p("todoist.token")}",
  typeform: "{c.p("typeform.token")}",
  contentful_cma: "{c.p("contentful.pat")}",
  sanity: "{c.p("sanity.token")}",
  webflow: "{c.p("webflow.token")}",
  shortcut: "{c.p("shortcut.token")}",
  freshdesk: "{c.p("freshdesk.api_key")}",
  zoho_refresh: "{c.p("zoho.refresh_token")}",
  salesforce_consumer_secret: "{c.p("salesforce.consumer_secret")}",
  calendly: "{c.p("calendly.pat")}",
  dropbox: "{c.p("dropbox.token")}",
  box_client_secret: "{c.p("box.client_secret")}",
  smartsheet: "{c.p("smartsheet.token")}",
  coda: "{c.p("coda.token")}",
  jotform: "{c.p("jotform.api_key")}",
  activecampaign: "{c.p("activecampaign.api_key")}",
  convertkit_secret: "{c.p("convertkit.secret")}",
  calcom: "{c.p("calcom.api_key")}",
  ghost_admin: "{c.p("ghost.admin_key")}",
}}.freeze
''')


@t
def data_stack_env(c):
    c.f("data-platform/.env", "dotenv-quoted")
    c.w(kv(c, [
        ("PLANETSCALE_PASSWORD", "planetscale.password"), ("PLANETSCALE_SERVICE_TOKEN", "planetscale.token"),
        ("NEON_API_KEY", "neon.api_key"), ("UPSTASH_REDIS_REST_TOKEN", "upstash.rest_token"),
        ("CONFLUENT_API_KEY", ("decoy", "api-key-id", c.r.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))),
        ("CONFLUENT_API_SECRET", "confluent.api_secret"), ("ELASTIC_API_KEY", "elastic.api_key"),
        ("INFLUXDB_TOKEN", "influxdb.token"), ("XATA_API_KEY", "xata.api_key"),
        ("TINYBIRD_TOKEN", "tinybird.token"), ("PREFECT_API_KEY", "prefect.api_key"),
        ("CONVEX_DEPLOY_KEY", "convex.deploy_key"), ("SPLUNK_HEC_TOKEN", "splunk.hec_token"),
        ("DBT_CLOUD_ACCOUNT_ID", ("decoy", "account-id", c.r.digits(6))),
    ], fmt='{k}="{v}"\n'))


# ---------------------------------------------------------------- dotfiles of a developer laptop backup
@t
def dotfiles(c):
    c.f("dotfiles/.npmrc", "npmrc")
    c.w(f"""registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={c.p("npm.token")}
//npm.pkg.github.com/:_authToken={c.p("github.pat_classic")}
@tallyhub:registry=https://npm.pkg.github.com
""")
    c.f("dotfiles/.pypirc", "ini")
    c.w(f"""[distutils]
index-servers = pypi private

[pypi]
username = __token__
password = {c.p("pypi.token")}

[private]
repository = https://tallyhub.jfrog.io/artifactory/api/pypi/pypi-local
username = ci
password = {c.p("jfrog.api_key")}
""")
    c.f("dotfiles/.netrc", "netrc")
    c.w(f"""machine api.heroku.com
  login sam@tallyhub.example
  password {c.p("heroku.api_key_new")}
machine git.heroku.com
  login sam@tallyhub.example
  password {c.p("heroku.api_key")}
machine github.com login sam password {c.p("github.oauth")}
""")
    c.f("dotfiles/.git-credentials", "url-userinfo")
    g1 = urlpw(c, "github.pat_fine", "https://sam:", "@github.com", shape="url-userinfo")
    g2 = urlpw(c, "gitlab.pat", "https://oauth2:", "@gitlab.tallyhub.example", shape="url-userinfo")
    g3 = urlpw(c, "gitea.token", "https://sam:", "@git.home.example", shape="url-userinfo")
    c.w(f"{g1}\n{g2}\n{g3}\n")
    c.f("dotfiles/.docker/config.json", "docker-config-auth")
    dk = c.p("docker.pat", enc="b64", wrap=lambda v: "samtally:" + v)
    q = formats_gen(c, "generic.password")
    quay = c.p("generic.password", value=q, enc="b64", wrap=lambda v: "tallyhub+ci:" + v)
    c.w(json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": dk}, "quay.io": {"auth": quay}},
                    "credsStore": "desktop"}, indent="\t") + "\n")
    c.f("dotfiles/.aws/credentials", "ini")
    c.w(f"""[default]
aws_access_key_id = {c.p("aws.access_key_id")}
aws_secret_access_key = {c.p("aws.secret_access_key")}

[ci-session]
aws_access_key_id = {c.p("aws.session_key_id")}
aws_secret_access_key = {c.p("aws.secret_access_key")}
aws_session_token = {c.d("session-token-truncated", "IQoJb3JpZ2luX2VjE...")}
""")
    c.f("dotfiles/.config/gh/hosts.yml", "yaml-parent")
    c.w(f"""github.com:
    user: samtally
    oauth_token: {c.p("github.oauth")}
    git_protocol: ssh
""")
    c.f("dotfiles/.terraformrc", "hcl-attribute")
    c.w(f'credentials "app.terraform.io" {{\n  token = "{c.p("terraform.api_token")}"\n}}\n')
    c.f("dotfiles/.gem/credentials", "yaml-flat")
    c.w(f"---\n:rubygems_api_key: {c.p('rubygems.api_key')}\n")
    c.f("dotfiles/.cargo/credentials.toml", "toml")
    c.w(f'[registry]\ntoken = "{c.p("cratesio.token")}"\n')
    c.f("dotfiles/.nuget/NuGet/NuGet.Config", "xml-appsettings")
    c.w(f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <apikeys>
    <add key="https://www.nuget.org/api/v2/package" value="{c.p("nuget.api_key")}" />
  </apikeys>
</configuration>
""")
    c.f("dotfiles/.m2/settings.xml", "xml-element")
    c.w(f"""<settings>
  <servers>
    <server>
      <id>clojars</id>
      <username>samtally</username>
      <password>{c.p("clojars.token")}</password>
    </server>
    <server>
      <id>cloudsmith</id>
      <username>sam</username>
      <password>{c.p("cloudsmith.api_key")}</password>
    </server>
    <server>
      <id>internal</id>
      <password>{c.d("maven-encrypted", "{" + base64.b64encode(c.r.bytes(33)).decode() + "}")}</password>
    </server>
  </servers>
</settings>
""")
    c.f("dotfiles/.ssh/id_ed25519", "pem-file")
    c.w(c.p("privatekey.openssh") + "\n")
    c.f("dotfiles/.config/sops/age/keys.txt", "age-keyfile")
    pub = c.d("public-key", "age1" + c.r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))
    c.w(f"# created: 2026-01-04T10:00:00Z\n# public key: {pub}\n{c.p('age.secret_key')}\n")
    c.f("dotfiles/.vault-token", "bare-token-file")
    c.w(c.p("vault.service_token") + "\n")


# ---------------------------------------------------------------- Rails and Laravel leftovers
@t
def rails_laravel(c):
    c.f("rails-shop/config/master.key", "bare-token-file")
    c.w(c.p("rails.master_key"))
    c.f("rails-shop/config/secrets.yml", "yaml-parent")
    c.w(f"""production:
  secret_key_base: {c.p("rails.secret_key_base")}
development:
  secret_key_base: {c.d("placeholder", "<%= ENV['SECRET_KEY_BASE'] %>")}
""")
    c.f("laravel-crm/.env", "dotenv")
    c.w(kv(c, [("APP_NAME", ("raw", "crm")), ("APP_KEY", "laravel.app_key"), ("DB_PASSWORD", "generic.password"),
               ("PUSHER_APP_ID", ("decoy", "app-id", c.r.digits(7))), ("PUSHER_APP_SECRET", "pusher.secret"),
               ("MAIL_PASSWORD", ("decoy", "placeholder", "null"))]))


# ---------------------------------------------------------------- Windows ops scripts (UTF-16)
@t
def powershell(c):
    c.f("ops-notes/windows/Rotate-Keys.ps1", "powershell-utf16")
    sas = c.p("azure.sas_sig", enc="percent")
    ibm = c.p("ibmcloud.api_key")
    ya = c.p("yandexcloud.api_key")
    ali_id = c.p("alibabacloud.access_key_id")
    ali = c.p("alibabacloud.secret")
    c.w(f"""$ErrorActionPreference = 'Stop'
$blobUrl = "https://nwgamesassets.blob.core.windows.net/builds?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T00:00:00Z&sig={sas}"
$env:IBMCLOUD_API_KEY = '{ibm}'
$env:YC_API_KEY = '{ya}'
$secure = ConvertTo-SecureString '{ali}' -AsPlainText -Force
Set-AlibabaCredential -AccessKeyId '{ali_id}' -SecretKey $secure
""")


# ---------------------------------------------------------------- platform CLI tokens in a deploy runbook
@t
def deploy_runbook(c):
    c.f("ops-notes/runbooks/platforms.md", "markdown")
    c.w(f"""# Where we deploy

| platform | token (rotate quarterly) |
|---|---|
| Vercel (legacy) | `{c.p("vercel.token_legacy", "markdown-table")}` |
| Vercel | `{c.p("vercel.pat", "markdown-table")}` |
| Netlify | `{c.p("netlify.pat", "markdown-table")}` |
| Render | `{c.p("render.api_key", "markdown-table")}` |
| Railway | `{c.p("railway.token", "markdown-table")}` |
| Fastly | `{c.p("fastly.token", "markdown-table")}` |
| Deno Deploy | `{c.p("deno.token", "markdown-table")}` |
| Doppler (prd) | `{c.p("doppler.service_token", "markdown-table")}` |
| Doppler (me) | `{c.p("doppler.personal", "markdown-table")}` |
| Infisical | `{c.p("infisical.service_token", "markdown-table")}` |
| Bitwarden SM | `{c.p("bitwarden.access_token", "markdown-table")}` |
| Grafana Cloud | `{c.p("grafana.cloud", "markdown-table")}` |
| Tailscale API | `{c.p("tailscale.api_key", "markdown-table")}` |
| Portainer | `{c.p("portainer.token", "markdown-table")}` |
| Kong Konnect | `{c.p("kong.pat", "markdown-table")}` |
| Cloudflare origin CA | `{c.p("cloudflare.origin_ca", "markdown-table")}` |
| Akamai (client secret) | `{c.p("akamai.client_secret", "markdown-table")}` |
| Tencent SecretId | `{c.p("tencentcloud.secret_id", "markdown-table")}` |
| Tencent SecretKey | `{c.p("tencentcloud.secret_key", "markdown-table")}` |
| Oracle auth token | `{c.p("oraclecloud.auth_token", "markdown-table")}` |
| Sample (docs) | `{c.d("docs-example", "sk_test_4eC39HqLyjWDarjtT1zdp7dc")}` |
""")


@t
def ci_misc(c):
    c.f("tallyhub-web/.drone.yml", "yaml-env")
    c.w(f"""kind: pipeline
name: default
environment:
  DRONE_TOKEN: {c.p("drone.token")}
  TRAVIS_API_TOKEN: {c.p("travisci.token")}
  CIRCLE_TOKEN: {c.p("circleci.pat")}
  CIRCLE_PROJECT_TOKEN: {c.p("circleci.project_token")}
  SRC_ACCESS_TOKEN: {c.p("sourcegraph.token")}
  GITBOOK_TOKEN: {c.p("gitbook.token")}
  HARNESS_PAT: {c.p("harness.pat")}
  TEAMCITY_TOKEN: {c.p("teamcity.token")}
  GITLAB_RUNNER_TOKEN: {c.p("gitlab.runner_auth")}
  GITLAB_DEPLOY_TOKEN: {c.p("gitlab.deploy_token")}
  REGISTRATION_TOKEN: {c.p("gitlab.runner_registration")}
  GITHUB_APP_REFRESH: {c.p("github.refresh")}
steps:
  - name: test
    image: node:20
    commands: [npm ci, npm test]
""")


@t
def roblox_bot(c):
    c.f("bots/roblox-group-sync/.env", "dotenv")
    c.w(kv(c, [("ROBLOSECURITY", "roblox.cookie"), ("GROUP_ID", ("decoy", "group-id", c.r.digits(8)))]))


# ---------------------------------------------------------------- files full of values that are not secrets
@t
def package_lock(c):
    c.f("tallyhub-web/package-lock.json", "lockfile-hashes")
    pk = {"": {"name": "tallyhub-web", "version": "3.2.0"}}
    for name in ["react", "react-dom", "next", "zod", "axios", "dayjs", "lodash", "clsx", "swr", "jose", "stripe",
                 "@sentry/nextjs", "@hubspot/api-client", "posthog-js", "tailwindcss", "postcss", "autoprefixer",
                 "typescript", "eslint", "prettier", "vitest", "@supabase/supabase-js", "openai", "@anthropic-ai/sdk"]:
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (c.r.int(1, 19), c.r.int(0, 20), c.r.int(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (name, name.split("/")[-1]),
                                      "integrity": c.d("integrity-hash", "sha512-" + base64.b64encode(c.r.bytes(64)).decode())}
    c.w(json.dumps({"name": "tallyhub-web", "version": "3.2.0", "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n")


@t
def tf_lock(c):
    c.f("saas-infra/terraform/.terraform.lock.hcl", "lockfile-hashes")
    out = ["# This file is maintained automatically by \"terraform init\".\n"]
    for prov in ["cloudflare/cloudflare", "datadog/datadog", "hashicorp/aws", "integrations/github"]:
        hs = [c.d("provider-hash", "h1:" + base64.b64encode(c.r.bytes(32)).decode())]
        hs += [c.d("provider-hash", "zh:" + c.sha()) for _ in range(4)]
        out.append('provider "registry.terraform.io/%s" {\n  version = "5.%d.0"\n  hashes = [\n%s  ]\n}\n\n' % (
            prov, c.r.int(0, 40), "".join('    "%s",\n' % h for h in hs)))
    c.w("".join(out))


@t
def checksums(c):
    c.f("tallyhub-cli/dist/SHA256SUMS", "checksum-list")
    c.w("".join("%s  tallyhub_%s.tar.gz\n" % (c.d("checksum", c.sha()), plat) for plat in
                ["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64", "windows_amd64", "freebsd_amd64"]))
    c.f("tallyhub-cli/assets/logo.png", "git-lfs-pointer")
    c.w("version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (c.d("lfs-oid", c.sha()), c.r.int(10000, 900000)))
    c.f("tallyhub-cli/CHANGELOG.md", "markdown")
    c.w("# Changelog\n\n" + "".join("* %s fix %s (%s)\n" % (c.d("git-sha", c.sha(40)), topic, c.d("git-sha", c.sha(7)))
                                     for topic in ["retry on 429", "token refresh race", "proxy env", "windows paths", "json output"]))


@t
def migrations(c):
    c.f("tallyhub-web/db/seeds/20260101_plans.sql", "sql-insert")
    rows = []
    for plan in ["free", "starter", "team", "business", "enterprise", "legacy-2019", "legacy-2021", "nonprofit"]:
        rows.append("('%s','%s','price_%s')" % (c.d("uuid", c.uuid()), plan, c.d("price-id", c.r.s(24))))
    c.w("INSERT INTO plans (id, slug, stripe_price_id) VALUES\n  " + ",\n  ".join(rows) + ";\n")


@t
def test_fixtures(c):
    c.f("tallyhub-web/tests/fixtures/fake_credentials.py", "test-fixture")
    vals = [("AWS_KEY", c.d("sequential-filler", "AKIA0000000000000000")),
            ("AWS_SECRET", c.d("sequential-filler", "0" * 40)),
            ("GITHUB", c.d("sequential-filler", "ghp_" + "a" * 36)),
            ("STRIPE", c.d("sequential-filler", "sk_live_" + "0123456789" * 3)),
            ("SLACK", c.d("sequential-filler", "xoxb-000000000000-0000000000000-" + "x" * 24)),
            ("OPENAI", c.d("placeholder", "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")),
            ("HUBSPOT", c.d("sequential-filler", "pat-na1-11111111-2222-3333-4444-555555555555")),
            ("JWT", c.d("docs-example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")),
            ("SENDGRID", c.d("placeholder", "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
            ("PASSWORD", c.d("test-value", "password123"))]
    c.w('"""Obviously fake values for the parser tests."""\n' + "".join(f'{k} = "{v}"\n' for k, v in vals))


@t
def env_references(c):
    c.f("tallyhub-web/deploy/app.yaml", "yaml-parent")
    refs = [("STRIPE_SECRET_KEY", "${STRIPE_SECRET_KEY}"), ("HUBSPOT_TOKEN", "{{ .Values.hubspot.token }}"),
            ("OPENAI_API_KEY", "$(OPENAI_API_KEY)"), ("SLACK_TOKEN", "%SLACK_TOKEN%"),
            ("DB_PASSWORD", "vault:secret/data/prod/db#password"),
            ("SENDGRID_API_KEY", "arn:aws:secretsmanager:eu-central-1:123456789012:secret:prod/sendgrid-AbCdEf"),
            ("GCP_SECRET", "projects/tallyhub/secrets/datadog-api-key/versions/latest"),
            ("OP_SECRET", "op://Production/Stripe/credential"),
            ("AZ_SECRET", "@Microsoft.KeyVault(VaultName=tallyhub-kv;SecretName=hubspot-token)"),
            ("SOPS_SECRET", "ENC[AES256_GCM,data:" + c.r.b64(24) + ",iv:" + c.r.b64(32) + ",tag:" + c.r.b64(16) + ",type:str]"),
            ("GH_TOKEN", "${{ secrets.GH_TOKEN }}"), ("PS_TOKEN", "${env:PS_TOKEN}")]
    c.w("env:\n" + "".join("  - name: %s\n    value: \"%s\"\n" % (k, c.d("env-reference", v)) for k, v in refs))


@t
def html_page(c):
    c.f("tallyhub-web/public/index.html", "html")
    sri = [c.d("integrity-hash", "sha384-" + base64.b64encode(c.r.bytes(48)).decode()) for _ in range(3)]
    nonce = c.d("nonce", c.r.b64(16))
    csrf = c.d("csrf-token", c.r.b64url(48))
    gtag = c.d("measurement-id", "G-" + c.r.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    pk = c.d("publishable-key", "pk_live_51" + c.r.s(97))
    font = c.d("base64-font", "d09GMgABAAAAA" + c.r.s(200, formats_b64()))
    c.w(f"""<!doctype html>
<html>
<head>
  <meta name="csrf-token" content="{csrf}">
  <script src="https://cdn.jsdelivr.net/npm/react@18/umd/react.production.min.js" integrity="{sri[0]}" crossorigin="anonymous"></script>
  <script src="https://js.stripe.com/v3/" integrity="{sri[1]}"></script>
  <link rel="stylesheet" href="/app.css" integrity="{sri[2]}">
  <script nonce="{nonce}">window.STRIPE_PK = "{pk}"; gtag('config', '{gtag}');</script>
  <style>@font-face {{ font-family: Inter; src: url(data:font/woff2;base64,{font}) format("woff2"); }}</style>
</head>
<body><div id="root"></div></body>
</html>
""")


@t
def redacted_log(c):
    c.f("ops-notes/logs/audit-export.jsonl", "log-json")
    vals = [c.d("redacted", "[REDACTED]"), c.d("redacted", "ghp_************************************"),
            c.d("redacted", "sk-ant-api03-...Xk2A"), c.d("redacted", "pat-na1-****-****"),
            c.d("redacted", "AKIA****************"), c.d("redacted", "xoxb-••••••••"),
            c.d("masked", "dop_v1_" + "*" * 64)]
    c.w("".join(json.dumps({"ts": "2026-03-1%dT10:00:00Z" % i, "actor": "ops-bot", "action": "token.rotate",
                            "old": v, "request_id": c.d("request-id", c.uuid())}, ensure_ascii=False) + "\n"
                for i, v in enumerate(vals)))


@t
def public_ids(c):
    c.f("tallyhub-web/src/config/public.ts", "ts-const")
    ids = [("STRIPE_PUBLISHABLE_KEY", c.d("publishable-key", "pk_live_51" + c.r.s(97))),
           ("MAPBOX_TOKEN", c.d("publishable-key", "pk.eyJ1IjoidGFsbHlodWIiLCJhIjoi" + c.r.s(20) + "In0." + c.r.s(22))),
           ("ALGOLIA_SEARCH_KEY", c.d("search-only-key", c.r.hex(32))),
           ("SENTRY_DSN", c.d("public-dsn", "https://%s@o%s.ingest.us.sentry.io/%s" % (c.r.hex(32), c.r.digits(6), c.r.digits(7)))),
           ("POSTHOG_KEY", c.d("public-project-key", "phc_" + c.r.s(43))),
           ("LD_CLIENT_ID", c.d("client-side-id", c.r.hex(24))),
           ("LD_MOBILE_KEY", c.d("public-sdk-key", "mob-" + c.uuid())),
           ("GOOGLE_CLIENT_ID", c.d("client-id", "%s-%s.apps.googleusercontent.com" % (c.r.digits(12), c.r.s(32, "abcdefghijklmnopqrstuvwxyz0123456789")))),
           ("AUTH0_CLIENT_ID", c.d("client-id", c.r.s(32))),
           ("HUBSPOT_PORTAL_ID", c.d("portal-id", c.r.digits(8))),
           ("INTERCOM_APP_ID", c.d("app-id", c.r.s(8, "abcdefghijklmnopqrstuvwxyz0123456789"))),
           ("SEGMENT_BROWSER_WRITE_KEY", c.d("public-write-key", c.r.s(32))),
           ("AMPLITUDE_API_KEY", c.d("public-api-key", c.r.hex(32))),
           ("RECAPTCHA_SITE_KEY", c.d("public-site-key", "6L" + c.r.s(38))),
           ("FLUTTERWAVE_PUBLIC_KEY", c.d("publishable-key", "FLWPUBK-" + c.r.hex(32) + "-X")),
           ("PADDLE_CLIENT_TOKEN", c.d("client-token", "live_" + c.r.hex(27))),
           ("PUBNUB_SUBSCRIBE_KEY", c.d("subscribe-key", "sub-c-" + c.uuid())),
           ("CONTENTFUL_SPACE_ID", c.d("space-id", c.r.s(12, "abcdefghijklmnopqrstuvwxyz0123456789")))]
    c.w("// values shipped to the browser: public by design\n" + "".join(f'export const {k} = "{v}";\n' for k, v in ids))


@t
def crypto_test_vectors(c):
    c.f("tallyhub-cli/internal/sign/testdata/vectors.json", "test-vectors")
    vecs = [{"key": c.d("test-vector", c.sha()), "msg": "", "mac": c.d("test-vector", c.sha())} for _ in range(6)]
    c.w(json.dumps({"algorithm": "HMAC-SHA256", "source": "RFC 4231-style vectors regenerated locally", "vectors": vecs}, indent=2) + "\n")


@t
def k8s_deploy_digests(c):
    c.f("saas-infra/k8s/prod/api-deployment.yaml", "k8s-manifest")
    imgs = [c.d("image-digest", "sha256:" + c.sha()) for _ in range(3)]
    uid = c.d("uuid", c.uuid())
    c.w(f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  uid: {uid}
  annotations:
    checksum/config: {c.d("checksum", c.sha())}
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/tallyhub/api@{imgs[0]}
          envFrom:
            - secretRef:
                name: api-secrets
        - name: otel
          image: otel/opentelemetry-collector@{imgs[1]}
      initContainers:
        - name: migrate
          image: ghcr.io/tallyhub/migrate@{imgs[2]}
""")


@t
def webpack_manifest(c):
    c.f("tallyhub-web/.next/build-manifest.json", "json-flat")
    files = {}
    for page in ["/", "/login", "/billing", "/settings", "/_app", "/_error", "/integrations/hubspot", "/reports"]:
        files[page] = ["static/chunks/pages%s-%s.js" % (page if page != "/" else "/index", c.d("build-hash", c.r.hex(16)))]
    c.w(json.dumps({"pages": files, "buildId": c.d("build-id", c.r.b64url(15))}, indent=2) + "\n")


@t
def env_example(c):
    c.f("tallyhub-web/.env.example", "dotenv")
    vals = [("STRIPE_SECRET_KEY", "sk_live_..."), ("STRIPE_WEBHOOK_SECRET", "whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            ("OPENAI_API_KEY", "sk-proj-your-key-here"), ("ANTHROPIC_API_KEY", "sk-ant-api03-REPLACE_ME"),
            ("AWS_ACCESS_KEY_ID", "AKIAXXXXXXXXXXXXXXXX"), ("AWS_SECRET_ACCESS_KEY", "<aws-secret-access-key>"),
            ("GITHUB_TOKEN", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), ("SLACK_BOT_TOKEN", "xoxb-your-token"),
            ("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"),
            ("HUBSPOT_ACCESS_TOKEN", "pat-na1-<your-token>"), ("SENDGRID_API_KEY", "SG.your_key"),
            ("DATABASE_URL", "postgres://user:password@localhost:5432/tallyhub"),
            ("REDIS_URL", "redis://:changeme@localhost:6379"), ("SENTRY_AUTH_TOKEN", "sntrys_YOUR_TOKEN_HERE"),
            ("NEXTAUTH_SECRET", "generate-with-openssl-rand-base64-32"), ("DATADOG_API_KEY", "********************************"),
            ("TWILIO_AUTH_TOKEN", "your_auth_token"), ("MAILGUN_API_KEY", "key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            ("NPM_TOKEN", "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), ("CLOUDFLARE_API_TOKEN", "TODO"),
            ("GOOGLE_API_KEY", "AIzaSy-REPLACE-WITH-YOUR-KEY"), ("DISCORD_TOKEN", "dummy"),
            ("JWT_SECRET", "secret"), ("ENCRYPTION_KEY", "0000000000000000000000000000000000000000000000000000000000000000")]
    c.w("# Copy to .env.local and fill in\n" + "".join("%s=%s\n" % (k, c.d("placeholder", v)) for k, v in vals))


@t
def api_docs(c):
    c.f("tallyhub-web/docs/api/authentication.md", "markdown")
    d = [c.d("placeholder", "YOUR_API_KEY"), c.d("placeholder", "th_live_<32 characters>"),
         c.d("env-reference", "$TALLYHUB_TOKEN"), c.d("docs-example", "AKIAIOSFODNN7EXAMPLE"),
         c.d("docs-example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), c.d("placeholder", "<access_token>"),
         c.d("redacted", "sk_live_…4f2a"), c.d("placeholder", "{client_secret}"),
         c.d("placeholder", "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"), c.d("request-id", c.uuid())]
    c.w(f"""# Authentication

Send your key in the header: `Authorization: Bearer {d[0]}`. Keys look like `{d[1]}`.

```sh
curl -H "Authorization: Bearer {d[2]}" https://api.tallyhub.example/v1/me
```

For S3 exports configure `{d[3]}` / `{d[4]}` style credentials (AWS's documentation pair, not ours).
OAuth: exchange the code for `{d[5]}`; errors echo the key masked (`{d[6]}`).
Token exchange body: `client_secret={d[7]}`; ids follow `{d[8]}`. Quote `X-Request-Id: {d[9]}` in support tickets.
""")
