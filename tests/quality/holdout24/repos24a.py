"""repos/ (a): ordinary application code of product teams at one company (brackenfield)."""
from tmpl24 import files

S = [
("repos/ledger-api/app/settings.py", "starlette-settings", r'''from starlette.config import Config
from starlette.datastructures import Secret

config = Config(".env")

DEBUG = config("DEBUG", cast=bool, default=False)
DATABASE_URL = config("DATABASE_URL", default="postgresql+asyncpg://ledger:«P password db-url-password upw»@pg-ledger.internal:5432/ledger")
STRIPE_KEY = config("STRIPE_KEY", cast=Secret, default="«P stripe secret-key stripe24»")
STRIPE_PUBLIC = "«D stripe publishable_key pk_live_|an24»"
SENTRY_DSN = config("SENTRY_DSN", default="https://«D sentry dsn_public_key hex32»@o4507.ingest.sentry.io/4507001")
'''),
("repos/ledger-api/tests/conftest.py", "pytest-conftest", r'''import pytest

# Fake keys for unit tests: the client is mocked, nothing leaves the box.
FAKE_OPENAI = "«D openai test_fixture_marked sk-proj-|FAKEFAKEFAKEFAKEFAKEFAKE»"


@pytest.fixture
def sandbox_keys():
    # staging account shared by QA; rotate after the audit
    return {
        "openai": "«P openai api-key openai»",
        "anthropic": "«P anthropic api-key anthropic»",
        "dummy": "«D openai placeholder not-a-real-key»",
    }
'''),
("repos/ledger-api/workers/tasks.py", "dramatiq-actor", r'''import dramatiq
from dramatiq.brokers.redis import RedisBroker
from twilio.rest import Client

broker = RedisBroker(url="redis://:«P password redis-url-password upw»@queue-1.internal:6379/2")
dramatiq.set_broker(broker)

sms = Client(
    "«D twilio account_sid twsid»",
    "«P twilio auth-token twtok»",
)


@dramatiq.actor(max_retries=3)
def send_receipt(phone, body):
    sms.messages.create(to=phone, from_="+15005550006", body=body)
'''),
("repos/ledger-api/app/ninja_api.py", "django-ninja", r'''from ninja import NinjaAPI
from ninja.security import APIKeyHeader


class PartnerKey(APIKeyHeader):
    param_name = "X-Partner-Key"

    def authenticate(self, request, key):
        # Acme's integration key, issued 2026-03; compared as-is
        if key == "«P password partner-api-key an32»":
            return "acme"


api = NinjaAPI(auth=PartnerKey())
'''),
("repos/pantry-web/src/lib/server/mailer.ts", "koa-service", r'''import { Resend } from "resend";
import sgMail from "@sendgrid/mail";

const resend = new Resend(process.env.RESEND_API_KEY ?? "«P resend api-key resend»");

sgMail.setApiKey(
  process.env.SENDGRID_API_KEY ||
    "«P sendgrid api-key sendgrid»",
);

export const FROM = "orders@brackenfield.example";
export const TEMPLATE_ID = "«D sendgrid template_id d-|hex32»";
'''),
("repos/pantry-web/src/server/app.ts", "fastify-plugin", r'''import Fastify from "fastify";
import fastifyJwt from "@fastify/jwt";
import fastifySession from "@fastify/session";

const app = Fastify({ logger: true });

app.register(fastifyJwt, { secret: "«P password jwt-signing-secret pw»" });
app.register(fastifySession, {
  secret: process.env.SESSION_SECRET ?? "«P password session-secret an64»",
  cookie: { secure: true },
});

app.register(import("./routes/orders"), { prefix: "/v1" });
'''),
("repos/pantry-web/src/clients.ts", "typescript-di", r'''import { Container } from "inversify";
import { OpenAI } from "openai";
import Groq from "groq-sdk";

export const container = new Container();

container.bind(OpenAI).toConstantValue(
  new OpenAI({
    organization: "«D openai organization_id org-|an24»",
    apiKey:
      "«P openai api-key openai»",
  }),
);

container.bind(Groq).toConstantValue(new Groq({ apiKey: "«P groq api-key groq»" }));
'''),
("repos/pantry-web/start/env.ts", "adonisjs-env", r'''import { Env } from "@adonisjs/core/env";

export default await Env.create(new URL("../", import.meta.url), {
  NODE_ENV: Env.schema.enum(["development", "production", "test"] as const),
  APP_KEY: Env.schema.string(),
  DB_PASSWORD: Env.schema.string.optional(),
});
'''),
("repos/pantry-web/.env.production", "adonisjs-dotenv", r'''TZ=UTC
PORT=3333
HOST=0.0.0.0
APP_KEY=«P password app-key b64u32»
DB_HOST=pantry-db.internal
DB_USER=pantry
DB_PASSWORD="«P password db-password pw»"
SESSION_DRIVER=cookie
SMTP_PASSWORD=${SMTP_PASSWORD}
'''),
("repos/pantry-web/src/workers/cloudflare/index.ts", "cloudflare-worker", r'''export interface Env {
  UPSTREAM: string;
}

const MAPBOX = "«P mapbox secret-token mapsk»";
const MAPBOX_PUBLIC = "«D mapbox public_token mappk»";

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    const url = new URL(req.url);
    url.searchParams.set("access_token", MAPBOX);
    return fetch(url.toString());
  },
};
'''),
("repos/route-planner/cmd/server/config.go", "go-envconfig", r'''package main

import "github.com/kelseyhightower/envconfig"

type Config struct {
	Port        int    `envconfig:"PORT" default:"8080"`
	MapsKey     string `envconfig:"GOOGLE_MAPS_KEY" default:"«P google api-key aiza»"`
	DatadogKey  string `envconfig:"DD_API_KEY" default:"«P datadog api-key ddapi»"`
	DatadogSite string `envconfig:"DD_SITE" default:"datadoghq.eu"`
	PgDSN       string `envconfig:"PG_DSN" default:"postgres://routes:«P password dsn-password upw»@pg-routes:5432/routes?sslmode=require"`
	BuildSHA    string `envconfig:"BUILD_SHA" default:"«D git commit_sha hex40»"`
}

func load() (Config, error) {
	var c Config
	return c, envconfig.Process("", &c)
}
'''),
("repos/route-planner/internal/notify/slack.go", "go-struct-literal", r'''package notify

var channels = map[string]Target{
	"dispatch": {
		Webhook: "«P slack webhook-url slackhook»",
		Mention: "@dispatch-oncall",
	},
	"audit": {
		// bot posts with the app's token
		Token: "«P slack bot-token slackbot»",
		ChannelID: "«D slack channel_id C|uan10»",
	},
}
'''),
("repos/route-planner/internal/storage/s3.go", "go-aws-static", r'''package storage

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Tiles bucket, read-only IAM user "tiles-reader".
var tilesCreds = credentials.NewStaticCredentialsProvider(
	"«P aws access-key-id awsid»",
	"«P aws secret-access-key awssec»",
	"",
)

var tilesRegion = aws.String("eu-west-2")
'''),
("repos/route-planner/Rocket.toml", "rust-figment-toml", r'''[default]
address = "0.0.0.0"
port = 8000

[release]
secret_key = "«P password rocket-secret-key b6444»"

[release.databases.routes]
url = "postgres://routes:«P password db-url-password upw»@pg-routes.internal/routes"
'''),
("repos/route-planner/crates/geo/src/client.rs", "rust-builder", r'''use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

pub fn here_client() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(
        AUTHORIZATION,
        HeaderValue::from_static(
            "Bearer «P here api-key b64u43»",
        ),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .user_agent("route-planner/0.9")
        .build()
        .expect("client")
}

pub const MAPTILER_STYLE: &str = "streets-v2";
'''),
("repos/kiln-mobile/lib/env/env.dart", "flutter-envied", r'''import 'package:envied/envied.dart';

part 'env.g.dart';

@Envied(path: '.env.prod', obfuscate: false)
abstract class Env {
  @EnviedField(varName: 'REVENUECAT_PUBLIC', defaultValue: '«D revenuecat public_sdk_key appl_|an27»')
  static const String revenueCat = _Env.revenueCat;

  @EnviedField(varName: 'ALGOLIA_ADMIN', defaultValue: '«P algolia admin-key hex32»')
  static const String algoliaAdmin = _Env.algoliaAdmin;

  @EnviedField(varName: 'ALGOLIA_APP_ID', defaultValue: '«D algolia app_id uan10»')
  static const String algoliaAppId = _Env.algoliaAppId;
}
'''),
("repos/kiln-mobile/ios/Kiln/Services/Backend.swift", "swift-init", r'''import Foundation

struct Backend {
    static let shared = Backend(
        baseURL: URL(string: "https://api.brackenfield.example")!,
        supabaseKey: "«D supabase publishable_key sbpub»",
        serviceKey:
            "«P supabase secret-key sbsecret»"
    )

    let baseURL: URL
    let supabaseKey: String
    let serviceKey: String
}
'''),
("repos/kiln-mobile/android/app/src/main/java/com/brackenfield/kiln/Keys.kt", "kotlin-object", r'''package com.brackenfield.kiln

object Keys {
    const val ONESIGNAL_APP_ID = "«D onesignal app_id uuid»"
    const val ONESIGNAL_REST = "«P onesignal rest-api-key os_v2_app_|lan100»"
    val FIREBASE_WEB = "«D google firebase_web_api_key aiza»" // public by design, restricted by referrer
}
'''),
("repos/kiln-mobile/src/App.tsx", "ionic-capacitor", r'''import { IonApp, setupIonicReact } from "@ionic/react";
import { Purchases } from "@revenuecat/purchases-capacitor";
import * as Sentry from "@sentry/capacitor";

setupIonicReact();

Sentry.init({ dsn: "https://«D sentry dsn_public_key hex32»@o4507.ingest.us.sentry.io/4508" });

// TODO(kai): move to the backend, this is the server-side key
const PLACES = "«P google api-key aiza»";

export default function App() {
  return <IonApp />;
}
'''),
("repos/assay-ml/notebooks/embedding-eval.ipynb", "jupyter-notebook", r'''{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "from pinecone import Pinecone\n",
    "pc = Pinecone(api_key=\"«P pinecone api-key pcsk»\")\n",
    "index = pc.Index(\"assay-v2\")\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "HF token set: hf_****************************Qx\n"
     ]
    }
   ],
   "source": [
    "os.environ[\"HF_TOKEN\"] = \"«P huggingface token hf»\"\n",
    "os.environ[\"COHERE_API_KEY\"] = \"«P cohere api-key cohere»\"\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
'''),
("repos/assay-ml/pipelines/haystack_rag.yaml", "haystack-pipeline", r'''components:
  embedder:
    type: haystack.components.embedders.OpenAITextEmbedder
    init_parameters:
      api_key:
        type: env_var
        env_vars: [OPENAI_API_KEY]
        strict: true
      model: text-embedding-3-small
  generator:
    type: haystack_integrations.components.generators.mistral.MistralChatGenerator
    init_parameters:
      api_key:
        type: plain
        token: «P mistral api-key mistral»
'''),
("repos/assay-ml/serve/service.py", "bentoml-service", r'''import bentoml
import replicate

client = replicate.Client(api_token="«P replicate api-token replicate»")


@bentoml.service(resources={"gpu": 1})
class Summariser:
    model_ref = "meta/meta-llama-3-8b-instruct"
    run_id = "«D replicate prediction_id lan26»"

    @bentoml.api
    def summarise(self, text: str) -> str:
        return "".join(client.run(self.model_ref, input={"prompt": text}))
'''),
("repos/assay-ml/flows/ingest_marimo.py", "marimo-notebook", r'''import marimo

app = marimo.App()


@app.cell
def _():
    import duckdb
    con = duckdb.connect("md:assay?motherduck_token=«P motherduck token b64u48»")
    return (con,)


@app.cell
def _(con):
    con.sql("CREATE SECRET gcs (TYPE gcs, KEY_ID '«P gcp hmac-access-id GOOG1E|uan55»', SECRET '«P gcp hmac-secret b6440»')")
    return
'''),
("repos/assay-ml/conf/llama_index_settings.py", "llamaindex-settings", r'''from llama_index.core import Settings
from llama_index.llms.anthropic import Anthropic
from llama_index.embeddings.voyageai import VoyageEmbedding

Settings.llm = Anthropic(model="claude-sonnet-4-5", api_key="«P anthropic api-key anthropic»")
Settings.embed_model = VoyageEmbedding(
    model_name="voyage-3",
    voyage_api_key="«P voyage api-key pa-|b64u43»",
)
'''),
("repos/assay-ml/dbt_tests/great_expectations/great_expectations.yml", "great-expectations", r'''config_version: 3.0
datasources:
  warehouse:
    class_name: Datasource
    execution_engine:
      class_name: SqlAlchemyExecutionEngine
      connection_string: snowflake://ge_reader:«P password snowflake-password upw»@brackenfield-eu.snowflakecomputing.com/ANALYTICS/PUBLIC?warehouse=GE_WH
stores:
  expectations_store:
    class_name: ExpectationsStore
data_docs_sites:
  s3_site:
    class_name: SiteBuilder
    store_backend:
      class_name: TupleS3StoreBackend
      bucket: brackenfield-ge-docs
'''),
("repos/assay-ml/etl/bytewax_flow.py", "bytewax-dataflow", r'''from bytewax.dataflow import Dataflow
from bytewax.connectors.kafka import KafkaSource

brokers = ["«D confluent cluster_host pkc-|lan5».eu-west-1.aws.confluent.cloud:9092"]
add_config = {
    "security.protocol": "SASL_SSL",
    "sasl.mechanism": "PLAIN",
    "sasl.username": "«D confluent api_key_id uan16»",
    "sasl.password": "«P confluent api-secret b6464»",
}

flow = Dataflow("clicks")
src = KafkaSource(brokers, ["clicks"], add_config=add_config)
'''),
("repos/assay-ml/app/chainlit_app.py", "chainlit-app", r'''import chainlit as cl
from openai import AsyncOpenAI

client = AsyncOpenAI(base_url="https://openrouter.ai/api/v1", api_key="«P openrouter api-key sk-or-v1-|hex64»")


@cl.on_message
async def main(message: cl.Message):
    r = await client.chat.completions.create(model="anthropic/claude-3.5-haiku", messages=[{"role": "user", "content": message.content}])
    await cl.Message(content=r.choices[0].message.content).send()
'''),
("repos/assay-ml/R/plumber.R", "r-plumber", r'''library(plumber)
library(httr2)

#* @apiTitle Assay scoring
weather_key <- Sys.getenv("OWM_KEY", unset = "«P openweathermap api-key hex32»")

#* @get /forecast
function(city) {
  request("https://api.openweathermap.org/data/2.5/weather") |>
    req_url_query(q = city, appid = weather_key) |>
    req_perform() |>
    resp_body_json()
}
'''),
("repos/hearth-portal/config/packages/hearth.yaml", "symfony-parameters", r'''parameters:
    hearth.mailer_dsn: 'smtp://postmaster%40mg.brackenfield.example:«Q mailgun smtp-password an32»@smtp.eu.mailgun.org:587'
    hearth.algolia_app: '«D algolia app_id uan10»'
    hearth.algolia_search_key: '«D algolia search_only_key hex32»'
    hearth.vat_api_key: '%env(VAT_API_KEY)%'
'''),
("repos/hearth-portal/config/config.php", "laminas-config", r'''<?php
return [
    'db' => [
        'driver'   => 'Pdo_Mysql',
        'dsn'      => 'mysql:dbname=hearth;host=mysql-hearth.internal',
        'username' => 'hearth_app',
        'password' => '«P password db-password pw»',
    ],
    'payments' => [
        'mollie' => [
            'live' => '«P mollie live-api-key live_|an30»',
            'profile' => '«D mollie profile_id pfl_|an10»',
        ],
    ],
];
'''),
("repos/hearth-portal/app/Providers/ShopifyServiceProvider.php", "laravel-provider", r'''<?php

namespace App\Providers;

use Illuminate\Support\ServiceProvider;
use Shopify\Context;

class ShopifyServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        Context::initialize(
            apiKey: '«D shopify app_client_id hex32»',
            apiSecretKey: '«P shopify app-secret hex32»',
            scopes: ['read_orders', 'write_fulfillments'],
            hostName: 'hearth.brackenfield.example',
        );
        $this->app->instance('shopify.admin_token', '«P shopify admin-token shopify»');
    }
}
'''),
("repos/hearth-portal/site/config/config.php", "kirby-config", r'''<?php

return [
    'debug' => false,
    'panel' => ['install' => false],
    'email' => [
        'transport' => [
            'type' => 'smtp',
            'host' => 'smtp.postmarkapp.com',
            'port' => 587,
            'security' => true,
            'auth' => true,
            'username' => '«P@k postmark server-token uuid»',
            'password' => '«=k»',
        ],
    ],
];
'''),
("repos/hearth-portal/config/app_local.php", "cakephp-local", r'''<?php
return [
    'Security' => [
        'salt' => env('SECURITY_SALT', '«P password security-salt hex64»'),
    ],
    'Datasources' => [
        'default' => [
            'host' => 'localhost',
            'username' => 'hearth',
            'password' => '«D password dev_default secret»',
            'database' => 'hearth_dev',
        ],
    ],
];
'''),
("repos/foundry-svc/src/main/resources/application.conf", "akka-pekko-hocon", r'''pekko {
  loglevel = INFO
}
foundry {
  kafka.sasl.jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"foundry\" password=\"«P password kafka-jaas-password upw»\";"
  github.app-id = «D github app_id dig6»
  github.webhook-secret = "«P github webhook-secret hex40»"
  github.webhook-secret = ${?GITHUB_WEBHOOK_SECRET}
}
'''),
("repos/foundry-svc/src/main/scala/foundry/Clients.scala", "zio-layer", r'''package foundry

import zio.*

final case class DatadogConfig(apiKey: String, appKey: String, site: String)

object Clients:
  val datadog: ULayer[DatadogConfig] = ZLayer.succeed(
    DatadogConfig(
      "«P datadog api-key ddapi»",
      "«P datadog application-key ddapp»",
      "datadoghq.com"
    )
  )
'''),
("repos/foundry-svc/src/main/java/com/brackenfield/foundry/JooqConfig.java", "java-jooq", r'''package com.brackenfield.foundry;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import java.sql.DriverManager;

public final class JooqConfig {
    private static final String URL = "jdbc:postgresql://pg-foundry.internal:5432/foundry";
    private static final String USER = "foundry_rw";
    private static final char[] PASS = "«P password jdbc-password pw»".toCharArray();

    public static DSLContext create() throws Exception {
        return DSL.using(DriverManager.getConnection(URL, USER, new String(PASS)));
    }
}
'''),
("repos/foundry-svc/src/main/resources/mybatis-config.xml", "mybatis-config", r'''<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE configuration PUBLIC "-//mybatis.org//DTD Config 3.0//EN" "https://mybatis.org/dtd/mybatis-3-config.dtd">
<configuration>
  <environments default="prod">
    <environment id="prod">
      <transactionManager type="JDBC"/>
      <dataSource type="POOLED">
        <property name="driver" value="com.mysql.cj.jdbc.Driver"/>
        <property name="url" value="jdbc:mysql://mysql-foundry.internal:3306/foundry"/>
        <property name="username" value="foundry"/>
        <property name="password" value="«P password mybatis-password upw»"/>
      </dataSource>
    </environment>
  </environments>
</configuration>
'''),
("repos/foundry-svc/src/main/kotlin/Exposed.kt", "kotlin-exposed", r'''import org.jetbrains.exposed.sql.Database

fun connect() = Database.connect(
    url = "jdbc:postgresql://pg-foundry.internal/foundry",
    driver = "org.postgresql.Driver",
    user = "foundry_ro",
    password = System.getenv("FOUNDRY_DB_PASSWORD") ?: "«P password db-password pw»",
)
'''),
("repos/foundry-svc/ratpack/src/ratpack/Ratpack.groovy", "ratpack-groovy", r'''import static ratpack.groovy.Groovy.ratpack

ratpack {
    serverConfig {
        props(["twilio.sid": "«D twilio account_sid twsid»",
               "twilio.token": "«P twilio auth-token twtok»"])
    }
    handlers {
        get { render "foundry" }
    }
}
'''),
("repos/till-dotnet/src/Till.Api/Program.cs", "csharp-minimal-api", r'''using Stripe;

var builder = WebApplication.CreateBuilder(args);

StripeConfiguration.ApiKey = builder.Configuration["Stripe:SecretKey"]
    ?? "«P stripe restricted-key rk_live_|an99»";

builder.Services.AddDapperConnection(o =>
{
    o.ConnectionString = "Server=sql-till.internal;Database=Till;User Id=till_app;Password=«P password mssql-password pw»;TrustServerCertificate=True";
});

var app = builder.Build();
app.Run();
'''),
("repos/till-dotnet/src/Till.Silo/appsettings.Production.json", "orleans-appsettings", r'''{
  "Orleans": {
    "ClusterId": "till-prod",
    "ServiceId": "till",
    "Clustering": {
      "ProviderType": "AzureTableStorage",
      "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=tillorleans;AccountKey=«P azure storage-account-key azstor»;EndpointSuffix=core.windows.net"
    }
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=«D azure instrumentation_key uuid»;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"
  }
}
'''),
("repos/till-dotnet/src/Till.Web/appsettings.json", "umbraco-appsettings", r'''{
  "Umbraco": {
    "CMS": {
      "Global": { "Id": "«D umbraco install_id uuid»", "SanitizeTinyMce": true },
      "Unattended": {
        "InstallUnattended": true,
        "UnattendedUserName": "Site Admin",
        "UnattendedUserEmail": "web@brackenfield.example",
        "UnattendedUserPassword": "«P password umbraco-admin-password pw»"
      }
    }
  },
  "AzureAd": {
    "TenantId": "«D azure tenant_id uuid»",
    "ClientId": "«D azure client_id uuid»",
    "ClientSecret": "«P azure client-secret azsecret»"
  }
}
'''),
("repos/till-dotnet/src/Till.Api/Records.cs", "csharp-record-named", r'''namespace Till.Api;

public sealed record PaymentGateway(string Name, string MerchantId, string Key);

public static class Gateways
{
    public static readonly PaymentGateway Adyen = new(
        Name: "adyen",
        MerchantId: "BrackenfieldECOM",
        Key: "«P adyen api-key AQE|b64u90»"
    );
}
'''),
("repos/chandler-web/app/controllers/webhooks_controller.rb", "grape-api", r'''module Chandler
  class Webhooks < Grape::API
    format :json

    helpers do
      def verify!(payload, sig)
        secret = "«P stripe webhook-secret whsec_|an32»"
        Stripe::Webhook.construct_event(payload, sig, secret)
      end
    end

    post "/stripe" do
      verify!(request.body.read, headers["Stripe-Signature"])
    end
  end
end
'''),
("repos/chandler-web/config/deploy.yml", "kamal-deploy", r'''service: chandler
image: brackenfield/chandler
servers:
  web:
    - 10.40.1.11
registry:
  server: ghcr.io
  username: brackenfield-bot
  password:
    - KAMAL_REGISTRY_PASSWORD
env:
  clear:
    RAILS_LOG_TO_STDOUT: "1"
  secret:
    - RAILS_MASTER_KEY
'''),
("repos/chandler-web/.kamal/secrets", "kamal-secrets", r'''# pulled from 1Password at deploy time
KAMAL_REGISTRY_PASSWORD=$(op read "op://Deploy/ghcr/token")
RAILS_MASTER_KEY=«P password rails-master-key hex32»
'''),
("repos/chandler-web/config/initializers/padrino_mail.rb", "padrino-mailer", r'''Chandler::App.set :delivery_method, smtp: {
  address: "smtp.sendgrid.net",
  port: 587,
  user_name: "apikey",
  password: "«P sendgrid api-key sendgrid»",
  authentication: :plain,
  enable_starttls_auto: true
}
'''),
("repos/mortar-cli/src/mortar/cli.py", "click-cli-default", r'''import click


@click.command()
@click.option("--gitlab-url", default="https://gitlab.brackenfield.example")
@click.option("--token", envvar="GITLAB_TOKEN", default="«P gitlab pat glpat»", show_default=False)
@click.option("--runner-token", envvar="RUNNER_TOKEN", default="«P gitlab runner-token glrt»")
def sync(gitlab_url, token, runner_token):
    """Mirror project settings into GitLab."""
'''),
("repos/mortar-cli/internal/atlassian/client.go", "go-functional-options", r'''package atlassian

func Default() *Client {
	return New(
		WithBaseURL("https://brackenfield.atlassian.net"),
		WithBasicAuth("build-bot@brackenfield.example",
			"«P atlassian api-token atlassian»"),
		WithRetry(3),
	)
}
'''),
("repos/mortar-cli/scripts/release.ts", "deno-script", r'''#!/usr/bin/env -S deno run -A
const npmToken = Deno.env.get("NPM_TOKEN") ?? "«P npm access-token npm»";
const ghToken = Deno.env.get("GH_TOKEN");

await Deno.writeTextFile(".npmrc", `//registry.npmjs.org/:_authToken=${npmToken}\n`);
if (!ghToken) console.warn("GH_TOKEN unset, skipping release notes");
'''),
("repos/mortar-cli/bin/figma-export.mjs", "node-esm-script", r'''import { Api } from "figma-api";

const api = new Api({ personalAccessToken: "«P figma pat figma»" });
const FILE_KEY = "«D figma file_key an22»";

const file = await api.getFile({ file_key: FILE_KEY });
console.log(file.name);
'''),
("repos/ledger-api/app/constants.py", "constants-not-secrets", r'''"""Identifiers and digests: none of these are credentials."""
import uuid

LEDGER_NAMESPACE = uuid.UUID("«D generic uuid_namespace uuid»")
WEBHOOK_EVENT_SAMPLE = "evt_«D stripe event_id an24»"
IDEMPOTENCY_KEY_EXAMPLE = "«D generic idempotency_key uuid»"
SEED_ADMIN_HASH = "«D password bcrypt_hash $2b$12$|b6453»"
RELEASE_SHA256 = "«D sha256 release_checksum hex64»"
GPG_FINGERPRINT = "«D gpg fingerprint HEX40»"
SSO_SAML_CERT_SHA1 = "«D saml cert_fingerprint HEX40»"
API_KEY_HEADER = "X-Ledger-Api-Key"
SECRET_KEY_SETTING = "LEDGER_SECRET_KEY"
'''),
]


def build(Doc):
    return files(Doc, "repos", S)
