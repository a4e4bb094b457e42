"""repos/ half of the third held-out corpus: files as committed in real project kinds.

Tokens in a template (« and » never occur in the files themselves):
  «P:prov.fmt»         a positive of that provider format (first format if no .fmt)
  «D:prov.kind»        that provider's decoy of that kind (first decoy if no .kind)
  «L:kind|text»        a literal decoy (placeholder, reference, sample, hash ...)
  «PW:prov|URL»        URL with a random password put in its first ":@" (accepts the URL)
  «PWD:prov»           a bare password, «PWDA:prov» one of letters and digits only
  «B64:prov.fmt»       base64 of a positive (label: encoded base64)
  «BASIC:prov|user»    base64 of user:password (HTTP basic / docker auth)
  «PEM:prov.kind», «PEMJ:prov.kind» (\\n-escaped), «PEMI:prov.kind:N» (indented N)
  «HS:fmt»             a HubSpot credential
  «PCT:prov|URL»       URL whose password holds @ : / percent-encoded
  any token may end in @shape to override the file's shape.
"""
import base64
import re
import urllib.parse

import string

from formats3 import BY_NAME, R, an, b64, b64u, hubspot_formats, hx, password, pem, pick, split_value

T = []


def t(path, shape, text):
    T.append(("repos/" + path, shape, text.lstrip("\n")))


# ---------------------------------------------------------------- Java Spring Boot
t("spring-shop/src/main/resources/application.yml", "spring-yaml", """
server:
  port: 8080
spring:
  application:
    name: shop-api
  datasource:
    url: jdbc:postgresql://db.internal:5432/shop
    username: shop_app
    password: «PWD:generic»
  mail:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: «P:sendgrid»
  rabbitmq:
    host: mq.internal
    password: «L:env-ref|${RABBITMQ_PASSWORD}»
  security:
    oauth2:
      client:
        registration:
          github:
            client-id: «D:github.client-id»
            client-secret: «L:env-ref|${GITHUB_CLIENT_SECRET}»
          google:
            client-id: «D:google.client-id»
            client-secret: «P:google.gocspx»
cloud:
  aws:
    credentials:
      access-key: «P:aws.akia»
      secret-key: «P:aws.secret-key»
    region:
      static: eu-west-1
stripe:
  api-key: «P:stripe.sk-live»
  publishable-key: «D:stripe.publishable»
  webhook-secret: «P:stripe.whsec»
jwt:
  secret: «PWDA:generic»
  expiration: 86400
management:
  endpoints:
    web:
      exposure:
        include: health,info
eureka:
  client:
    service-url:
      defaultZone: http://discovery.internal:8761/eureka/
""")

t("spring-shop/src/main/resources/application-prod.properties", "spring-properties", """
spring.profiles.active=prod
spring.datasource.url=jdbc:mysql://prod-db.cluster-c9x.eu-west-1.rds.amazonaws.com:3306/shop?useSSL=true
spring.datasource.username=shop
spring.datasource.password=«PWD:generic»
spring.redis.host=cache.internal
spring.redis.password={cipher}«L:encrypted|AQB6r3Vq1nXb7uvLmU1dK0mcz8zR9mB4yFf2l7nS2c9pJ8fQ6sD1kH3»
spring.cloud.config.token=«L:env-ref|${CONFIG_TOKEN}»
twilio.account-sid=«D:twilio.account-sid»
twilio.auth-token=«P:twilio.auth-token»
okta.oauth2.issuer=https://acme.okta.com/oauth2/default
okta.oauth2.client-id=«L:client-id|0oa5n7xk2vLwz8Qpe357»
okta.oauth2.client-secret=«P:okta.client-secret»
sentry.dsn=«D:sentry.dsn»
datadog.api-key=«P:datadog»
app.slack.webhook=«P:slack.webhook»
logging.level.org.springframework=INFO
""")

t("spring-shop/src/main/java/com/acme/shop/config/IntegrationConfig.java", "java-spring-config", """
package com.acme.shop.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class IntegrationConfig {

    @Value("${stripe.api-key:«P:stripe.sk-test»}")
    private String stripeKey;

    @Value("${github.token}")
    private String githubToken;

    private static final String SLACK_BOT_TOKEN = "«P:slack.xoxb»";
    private static final String MAPBOX_PUBLIC = "«D:mapbox.publishable»";
    private static final String OPENAI_KEY = System.getenv().getOrDefault("OPENAI_API_KEY", "«P:openai.proj»");

    @Bean
    public SendGrid sendGrid() {
        return new SendGrid("«P:sendgrid»");
    }

    @Bean
    public AmazonS3 s3() {
        BasicAWSCredentials creds = new BasicAWSCredentials("«P:aws.akia»", "«P:aws.secret-key»");
        return AmazonS3ClientBuilder.standard().withCredentials(new AWSStaticCredentialsProvider(creds)).build();
    }

    @Bean
    public Twilio twilio() {
        Twilio.init("«D:twilio.account-sid»", "«P:twilio.auth-token»");
        return null;
    }

    // docs: Stripe.apiKey = "«L:docs-sample|sk_test_4eC39HqLyjWDarjtT1zdp7dc»";
    private static final String CORRELATION = "«L:uuid|7d1f0c2e-4b9a-4f3e-9a51-2c6e8b0d4f17»";
}
""")

t("spring-shop/src/test/resources/application-test.yml", "spring-yaml", """
spring:
  datasource:
    url: jdbc:h2:mem:testdb
    username: sa
    password: «L:placeholder|password»
  mail:
    password: «L:placeholder|test»
stripe:
  api-key: «L:placeholder|sk_test_xxxxxxxxxxxxxxxxxxxxxxxx»
github:
  token: «L:env-ref|${GITHUB_TOKEN:}»
""")

t("spring-shop/.mvn/settings.xml", "maven-settings", """
<settings>
  <servers>
    <server>
      <id>acme-nexus</id>
      <username>deployer</username>
      <password>«PWD:generic»</password>
    </server>
    <server>
      <id>github</id>
      <username>acme-ci</username>
      <password>«P:github.ghp»</password>
    </server>
    <server>
      <id>jfrog</id>
      <username>ci@acme.example</username>
      <password>«P:jfrog.reference»</password>
    </server>
    <server>
      <id>encrypted</id>
      <password>«L:encrypted|{COQLCE6DU6GtcS5P=}»</password>
    </server>
    <server>
      <id>from-env</id>
      <password>«L:env-ref|${env.NEXUS_PASSWORD}»</password>
    </server>
  </servers>
</settings>
""")

# ---------------------------------------------------------------- .NET
t("dotnet-portal/src/Portal.Web/appsettings.json", "appsettings-json", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Default": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=portal;User ID=portal_app;Password=«PWDA:generic»;Encrypt=True;",
    "Storage": "DefaultEndpointsProtocol=https;AccountName=acmeportal;AccountKey=«P:azure.storage-key»;EndpointSuffix=core.windows.net",
    "Redis": "acme.redis.cache.windows.net:6380,password=«PWDA:generic»,ssl=True,abortConnect=False",
    "Local": "«L:placeholder|UseDevelopmentStorage=true»"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "«D:azure.tenant-id»",
    "ClientId": "«D:azure.client-id»",
    "ClientSecret": "«P:azure.client-secret»"
  },
  "ApplicationInsights": { "InstrumentationKey": "«L:public-id|4e0b7c1a-9d2f-4c6b-8a3e-1f5d7b9c2e40»" },
  "SendGrid": { "ApiKey": "«P:sendgrid»" },
  "Stripe": { "SecretKey": "«P:stripe.rk-live»", "PublishableKey": "«D:stripe.publishable»" },
  "Jwt": { "Key": "«PWDA:generic»", "Issuer": "portal.acme.example" },
  "Seq": { "ServerUrl": "http://seq:5341", "ApiKey": "«L:env-ref|#{SeqApiKey}#»" },
  "AllowedHosts": "*"
}
""")

t("dotnet-portal/src/Portal.Web/appsettings.Development.json", "appsettings-json", """
{
  "ConnectionStrings": {
    "Default": "Server=(localdb)\\\\mssqllocaldb;Database=portal;Trusted_Connection=True;",
    "ServiceBus": "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«P:azure.sas-key»"
  },
  "Twilio": { "AccountSid": "«D:twilio.account-sid»", "ApiKeySid": "«D:twilio.api-key-sid»", "ApiKeySecret": "«P:twilio.api-key-secret»" },
  "OpenAI": { "ApiKey": "«P:openai.svcacct»" },
  "Auth0": { "Domain": "«D:auth0.domain»", "ClientId": "«D:auth0.client-id»", "ClientSecret": "«P:auth0.client-secret»" },
  "Mailgun": { "ApiKey": "«L:placeholder|key-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX»" }
}
""")

t("dotnet-portal/src/Portal.Web/Web.config", "web-config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="PortalDb" connectionString="Data Source=sql01;Initial Catalog=Portal;User Id=portal;Password=«PWDA:generic»;" providerName="System.Data.SqlClient" />
    <add name="Reporting" connectionString="Data Source=sql02;Initial Catalog=Reports;Integrated Security=True" />
  </connectionStrings>
  <appSettings>
    <add key="Twilio:AuthToken" value="«P:twilio.auth-token»" />
    <add key="PayPal:ClientId" value="«D:paypal.client-id»" />
    <add key="PayPal:ClientSecret" value="«P:paypal.client-secret»" />
    <add key="Mailchimp:ApiKey" value="«P:mailchimp»" />
    <add key="Recaptcha:SiteKey" value="«L:public-key|6LcX4bQpAAAAAH3kT9yP2mVwZ8nR5jL1cD7fG0eB»" />
    <add key="Smtp:Password" value="__SMTP_PASSWORD__" />
  </appSettings>
  <system.web>
    <machineKey validationKey="«L:hash|C50B3C89CB21F4F1422FF158A5B42D0E8DB8CB5CDA1742572A487D9401E3400267682B202B746511891C1BAF47F8D25C07F6C39A104696DB51F17C529AD3CABE»" decryption="AES" />
  </system.web>
</configuration>
""")

t("dotnet-portal/src/Portal.Web/Properties/launchSettings.json", "launchsettings-json", """
{
  "profiles": {
    "Portal.Web": {
      "commandName": "Project",
      "applicationUrl": "https://localhost:7043;http://localhost:5043",
      "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development",
        "GITHUB_TOKEN": "«P:github.fine-grained»",
        "DD_API_KEY": "«P:datadog»",
        "SENTRY_DSN": "«D:sentry.dsn»",
        "AZURE_CLIENT_ID": "«D:azure.client-id»",
        "AZURE_CLIENT_SECRET": "«P:azure.client-secret»"
      }
    }
  }
}
""")

t("dotnet-portal/usersecrets/5f0c2d7e-0b6a-4e53-9d0e-2a7c1b9e8f31/secrets.json", "dotnet-user-secrets", """
{
  "Authentication:Google:ClientId": "«D:google.client-id»",
  "Authentication:Google:ClientSecret": "«P:google.gocspx»",
  "Authentication:Microsoft:ClientSecret": "«P:azure.client-secret»",
  "Stripe:SecretKey": "«P:stripe.sk-test»",
  "ConnectionStrings:Default": "Host=localhost;Database=portal;Username=postgres;Password=«PWDA:generic»",
  "Anthropic:ApiKey": "«P:anthropic.api03»"
}
""")

t("dotnet-portal/src/Portal.Web/Services/SmsSender.cs", "csharp-code", """
using Twilio;

namespace Portal.Web.Services
{
    public class SmsSender
    {
        private const string AccountSid = "«D:twilio.account-sid»";
        private const string AuthToken = "«P:twilio.auth-token»";
        private readonly string _apiKey = Environment.GetEnvironmentVariable("«L:env-ref|VONAGE_API_SECRET»");

        public SmsSender()
        {
            TwilioClient.Init(AccountSid, AuthToken);
            var vonage = new VonageClient(new Credentials { ApiKey = "«D:vonage.key-id»", ApiSecret = "«P:vonage.secret»" });
            var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Authorization", "Bearer «P:mistral»");
            http.DefaultRequestHeaders.Add("X-Api-Key", "«P:elevenlabs.sk»");
        }
    }
}
""")

# ---------------------------------------------------------------- Django / Flask
t("django-crm/crm/settings/production.py", "django-settings", """
import os
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«P:generic.django-secret-key»"
ALLOWED_HOSTS = ["crm.acme.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "crm",
        "USER": "crm",
        "PASSWORD": "«PWD:generic»",
        "HOST": "crm-db.internal",
        "PORT": "5432",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "PASSWORD": os.environ["«L:env-ref|REPLICA_DB_PASSWORD»"],
    },
}

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": "«P:mailgun.private»",
    "MAILGUN_SENDER_DOMAIN": "«D:mailgun.domain»",
}
AWS_ACCESS_KEY_ID = "«P:aws.akia»"
AWS_SECRET_ACCESS_KEY = "«P:aws.secret-key»"
AWS_STORAGE_BUCKET_NAME = "acme-crm-media"
SENTRY_DSN = "«D:sentry.dsn»"
CELERY_BROKER_URL = "«PW:url|redis://:@crm-redis.internal:6379/0»"
HUBSPOT_ACCESS_TOKEN = "«HS:pat»"
HUBSPOT_PORTAL_ID = "«L:portal-id|20418877»"
SOCIAL_AUTH_GITHUB_KEY = "«D:github.client-id»"
SOCIAL_AUTH_GITHUB_SECRET = os.getenv("«L:env-ref|SOCIAL_AUTH_GITHUB_SECRET»")
""")

t("django-crm/crm/integrations/slack.py", "python-code", """
import os
from slack_sdk import WebClient

client = WebClient(token="«P:slack.xoxb»")
USER_CLIENT = WebClient(token=os.environ.get("SLACK_USER_TOKEN", "«P:slack.xoxp»"))
SOCKET_MODE_TOKEN = "«P:slack.xapp»"
ALERTS_CHANNEL = "«D:slack.channel-id»"
SIGNING_SECRET = os.environ["«L:env-ref|SLACK_SIGNING_SECRET»"]
""")

t("flask-api/config.py", "flask-config", """
import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "«PWDA:generic»"
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or "«PW:postgres|postgresql://api:@localhost:5432/api»"
    MAIL_SERVER = "smtp.mailgun.org"
    MAIL_USERNAME = "postmaster@mg.acme.example"
    MAIL_PASSWORD = "«PWD:generic»"
    STRIPE_SECRET_KEY = "«P:stripe.sk-live»"
    STRIPE_PUBLIC_KEY = "«D:stripe.publishable»"
    OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
    GROQ_API_KEY = "«P:groq»"
    REDIS_URL = "«L:env-ref|${REDIS_URL}»"


class TestConfig(Config):
    SECRET_KEY = "«L:placeholder|test-secret-key»"
    STRIPE_SECRET_KEY = "«L:placeholder|sk_test_placeholder»"
""")

# ---------------------------------------------------------------- Laravel
t("laravel-shop/.env", "laravel-dotenv", """
APP_NAME=AcmeShop
APP_ENV=production
APP_KEY=«P:laravel»
APP_DEBUG=false
APP_URL=https://shop.acme.example

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=shop
DB_USERNAME=shop
DB_PASSWORD=«PWD:generic»

REDIS_PASSWORD=«L:placeholder|null»
MAIL_MAILER=smtp
MAIL_HOST=smtp.postmarkapp.com
MAIL_USERNAME="«L:env-ref|${MAIL_PASSWORD}»"
MAIL_PASSWORD=«P:postmark»

AWS_ACCESS_KEY_ID=«P:aws.akia»
AWS_SECRET_ACCESS_KEY=«P:aws.secret-key»
AWS_DEFAULT_REGION=eu-central-1

PUSHER_APP_ID=«D:pusher.app-id»
PUSHER_APP_KEY=«D:pusher.app-key»
PUSHER_APP_SECRET=«P:pusher»
VITE_PUSHER_APP_KEY="«L:env-ref|${PUSHER_APP_KEY}»"

STRIPE_KEY=«D:stripe.publishable»
STRIPE_SECRET=«P:stripe.sk-live»
MAILGUN_SECRET=«P:mailgun.key-prefix»
PAYPAL_SANDBOX_CLIENT_SECRET=«P:paypal.client-secret»
RAZORPAY_KEY=«D:razorpay.key-id»
RAZORPAY_SECRET=«P:razorpay»
""")

t("laravel-shop/.env.example", "laravel-dotenv-example", """
APP_KEY=«L:placeholder|base64:»
DB_PASSWORD=«L:placeholder|secret»
MAIL_PASSWORD=«L:placeholder|null»
AWS_ACCESS_KEY_ID=«L:placeholder|your-aws-access-key-id»
AWS_SECRET_ACCESS_KEY=«L:placeholder|your-aws-secret-access-key»
PUSHER_APP_SECRET=«L:placeholder|your-pusher-secret»
STRIPE_SECRET=«L:placeholder|sk_test_...»
MAILGUN_SECRET=«L:placeholder|key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
""")

t("laravel-shop/config/services.php", "laravel-config-php", """
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET', '«P:mailgun.private»'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],
    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('«L:env-ref|AWS_SECRET_ACCESS_KEY»'),
    ],
    'stripe' => [
        'key' => '«D:stripe.publishable»',
        'secret' => env('STRIPE_SECRET', '«P:stripe.rk-live»'),
    ],
    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => '«P:slack.xoxb»',
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],
    'github' => [
        'client_id' => '«D:github.client-id»',
        'client_secret' => '«P:github.gho»',
    ],
    'paystack' => [
        'publicKey' => '«D:paystack.publishable»',
        'secretKey' => '«P:paystack.live»',
    ],
    'flutterwave' => [
        'secret' => '«P:flutterwave.live»',
        'public' => '«D:flutterwave.publishable»',
    ],
];
""")

t("laravel-shop/config/database.php", "laravel-config-php", """
<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', '«PWD:generic»'),
        ],
        'legacy' => [
            'url' => '«PW:url|mysql://legacy:@10.0.4.12:3306/shop_v1»',
        ],
        'analytics' => [
            'password' => env('ANALYTICS_DB_PASSWORD', ''),
        ],
    ],
    'redis' => [
        'default' => [
            'password' => env('REDIS_PASSWORD', null),
        ],
    ],
];
""")

# ---------------------------------------------------------------- Rails
t("rails-store/config/database.yml", "rails-database-yml", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: store_development
  password: «L:placeholder|postgres»

production:
  <<: *default
  database: store_production
  username: store
  password: «PWD:generic»

staging:
  <<: *default
  url: «PW:postgres|postgres://store:@staging-db.acme.internal:5432/store»

test:
  <<: *default
  password: «L:env-ref|<%= ENV['DATABASE_PASSWORD'] %>»
""")

t("rails-store/config/master.key", "rails-master-key", "«P:rails.master-key»\n")

t("rails-store/config/credentials.yml.enc", "rails-encrypted", "«L:encrypted|xK3vQ9mZ2pL7rT4wN8bF1cH6jY0dS5gA3eU9iO2kM7nB4vC1xZ8qW6tR3yP0lJ5hG2fD9sA4--8fKq2mN7pL3vX9zR--Tq4wE8rY1uI5oP0aS3dF7g==»\n")

t("rails-store/config/initializers/integrations.rb", "rails-initializer", """
Stripe.api_key = "«P:stripe.sk-live»"
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key) if Rails.env.production?

Sidekiq.configure_server do |config|
  config.redis = { url: "«PW:url|rediss://default:@store-redis.acme.internal:6380/1»" }
end

Devise.setup do |config|
  config.secret_key = "«P:rails.secret-key-base»"
end

Rails.application.config.secret_key_base = ENV["«L:env-ref|SECRET_KEY_BASE»"]

Shopify::Context.setup(api_key: "«D:shopify.api-key-id»", api_secret_key: "«P:shopify.shpss»")
ShopifyAPI::Session.temp(domain: "«D:shopify.shop-domain»", token: "«P:shopify.shpat»") { }

Honeybadger.configure { |c| c.api_key = ENV.fetch("HONEYBADGER_API_KEY", "«L:placeholder|hbp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»") }
""")

t("rails-store/config/storage.yml", "rails-storage-yml", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: «P:aws.akia»
  secret_access_key: «P:aws.secret-key»
  region: us-east-1
  bucket: acme-store-uploads

amazon_from_credentials:
  service: S3
  access_key_id: «L:env-ref|<%= Rails.application.credentials.dig(:aws, :access_key_id) %>»
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>

google:
  service: GCS
  project: «D:google.project-id»
  credentials: <%= Rails.root.join("config/gcs.json") %>
""")

t("rails-store/config/gcs.json", "gcp-service-account-json", """
{
  "type": "service_account",
  "project_id": "«D:google.project-id»",
  "private_key_id": "«L:key-id|9f3b1c7e2d4a6f8b0c1e3d5a7b9c2e4f6a8d0b1c»",
  "private_key": "«PEMJ:google.PRIVATE»",
  "client_email": "store-uploader@acme-prod-482113.iam.gserviceaccount.com",
  "client_id": "«L:client-id|104938271650392817465»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""")

# ---------------------------------------------------------------- Next.js / Vite
t("next-dashboard/.env.local", "nextjs-dotenv", """
# Supabase
NEXT_PUBLIC_SUPABASE_URL=https://abcdefghijklmnopqrst.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=«D:supabase.anon-jwt»
SUPABASE_SERVICE_ROLE_KEY=«P:supabase.service-role-jwt»
SUPABASE_ACCESS_TOKEN=«P:supabase.sbp»

# Auth
NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=«PWDA:generic»
GITHUB_ID=«D:github.client-id»
GITHUB_SECRET=«L:env-ref|${GITHUB_OAUTH_SECRET}»

# AI
OPENAI_API_KEY=«P:openai.proj»
ANTHROPIC_API_KEY=«P:anthropic.api03»
REPLICATE_API_TOKEN=«P:replicate»
PINECONE_API_KEY=«P:pinecone.pcsk»
LANGFUSE_PUBLIC_KEY=«D:langfuse.public-key»
LANGFUSE_SECRET_KEY=«P:langfuse»

# Analytics (public)
NEXT_PUBLIC_POSTHOG_KEY=«D:posthog.project-key»
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«D:stripe.publishable»
STRIPE_SECRET_KEY=«P:stripe.sk-test»
STRIPE_WEBHOOK_SECRET=«P:stripe.whsec»
RESEND_API_KEY=«P:resend»
UPSTASH_REDIS_REST_URL=«D:upstash.rest-url»
UPSTASH_REDIS_REST_TOKEN=«P:upstash»
CLERK_SECRET_KEY=«L:placeholder|sk_test_••••••••••••••••••••••••»
""")

t("next-dashboard/next.config.js", "nextjs-config", """
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    CMS_PREVIEW_SECRET: '«PWDA:generic»',
    SANITY_API_TOKEN: '«P:sanity»',
    SANITY_PROJECT_ID: '«D:sanity.project-id»',
  },
  publicRuntimeConfig: {
    mapboxToken: '«D:mapbox.publishable»',
    algoliaAppId: '«D:algolia.app-id»',
    algoliaSearchKey: '«D:algolia.search-key»',
  },
  serverRuntimeConfig: {
    algoliaAdminKey: '«P:algolia»',
    contentfulToken: process.env.«L:env-ref|CONTENTFUL_MANAGEMENT_TOKEN»,
    contentfulCma: '«P:contentful»',
  },
};

module.exports = nextConfig;
""")

t("vite-storefront/.env.production", "vite-dotenv", """
VITE_FIREBASE_API_KEY=«P:google.aiza»
VITE_FIREBASE_AUTH_DOMAIN=acme-store.firebaseapp.com
VITE_FIREBASE_PROJECT_ID=acme-store
VITE_FIREBASE_APP_ID=«L:public-id|1:482113994021:web:9c2e4f6a8d0b1c3e5f7a9b»
VITE_MAPBOX_TOKEN=«D:mapbox.publishable»
VITE_SENTRY_DSN=«D:sentry.dsn»
VITE_POSTHOG_KEY=«D:posthog.project-key»
VITE_OPENAI_API_KEY=«P:openai.proj»
VITE_API_BASE=https://api.acme.example
VITE_SEGMENT_WRITE_KEY=«D:segment.write-key»
VITE_LAUNCHDARKLY_CLIENT_ID=«D:launchdarkly.client-side-id»
""")

t("vite-storefront/src/lib/api.ts", "typescript-code", """
import Stripe from 'stripe';
import { createClient } from '@supabase/supabase-js';

export const stripe = new Stripe('«P:stripe.sk-live»', { apiVersion: '2024-06-20' });
export const supabase = createClient('https://abcdefghijklmnopqrst.supabase.co', '«D:supabase.anon-jwt»');
export const admin = createClient(import.meta.env.VITE_SUPABASE_URL, '«P:supabase.sb-secret»');
const airtable = new Airtable({ apiKey: '«P:airtable.pat»' }).base('«D:airtable.base-id»');
const mapbox = '«P:mapbox»';
const token = import.meta.env.«L:env-ref|VITE_API_TOKEN»;
""")

# ---------------------------------------------------------------- Rust
t("rust-bot/.cargo/config.toml", "cargo-config", """
[registries.acme]
index = "sparse+https://cargo.acme.example/index/"
token = "«P:cratesio@cargo-registry-token»"

[registry]
global-credential-providers = ["cargo:token"]

[net]
git-fetch-with-cli = true
""")

t("rust-bot/credentials.toml", "cargo-credentials", """
[registry]
token = "«P:cratesio»"

[registries.private]
token = "«L:placeholder|<TOKEN>»"
""")

t("rust-bot/src/main.rs", "rust-code", """
use serenity::prelude::*;
use std::env;

const DISCORD_TOKEN: &str = "«P:discord»";
const APPLICATION_ID: u64 = «D:discord.client-id»;

#[tokio::main]
async fn main() {
    let openai = async_openai::Client::with_config(OpenAIConfig::new().with_api_key("«P:openai.legacy»"));
    let token = env::var("«L:env-ref|DISCORD_TOKEN»").unwrap_or_else(|_| DISCORD_TOKEN.to_string());
    let http = reqwest::Client::new();
    let _ = http.post("https://api.telegram.org/bot«P:telegram»/sendMessage").send().await;
    let _ = http.get("https://api.github.com/user").bearer_auth("«P:github.ghs»").send().await;
    let mut client = Client::builder(&token, GatewayIntents::GUILD_MESSAGES).await.unwrap();
    client.start().await.unwrap();
}
""")

# ---------------------------------------------------------------- Kotlin / Swift mobile
t("android-app/app/src/main/java/com/acme/app/net/ApiKeys.kt", "kotlin-android", """
package com.acme.app.net

object ApiKeys {
    const val MAPS_API_KEY = "«P:google.aiza»"
    const val REVENUECAT_KEY = "«L:public-key|goog_AbCdEfGhIjKlMnOpQrStUvWxYz»"
    const val ONESIGNAL_APP_ID = "«D:onesignal.app-id»"
    const val ONESIGNAL_REST_KEY = "«P:onesignal.os-v2»"
    const val ALGOLIA_APP_ID = "«D:algolia.app-id»"
    const val ALGOLIA_SEARCH_KEY = "«D:algolia.search-key»"
    val backendToken: String = BuildConfig.«L:env-ref|BACKEND_TOKEN»
    val twilioClient = Twilio("«D:twilio.account-sid»", "«P:twilio.auth-token»")
    val bugsnag = "«P:bugsnag»"
}
""")

t("android-app/gradle.properties", "gradle-properties", """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
RELEASE_STORE_PASSWORD=«PWD:generic»
RELEASE_KEY_PASSWORD=«PWD:generic»
mavenCentralUsername=acme-release
mavenCentralPassword=«PWDA:generic»
signing.keyId=«L:key-id|24875D73»
MAPBOX_DOWNLOADS_TOKEN=«P:mapbox»
SENTRY_AUTH_TOKEN=«P:sentry.sntrys»
""")

t("ios-app/Acme/Config/Secrets.swift", "swift-ios", """
import Foundation

enum Secrets {
    static let stripePublishableKey = "«D:stripe.publishable»"
    static let stripeSecretKey = "«P:stripe.sk-test»"
    static let revenueCatKey = "«L:public-key|appl_bXwQeZrTyUiOpAsDfGhJkLzXcVb»"
    static let openAIKey = "«P:openai.proj»"
    static let firebaseAPIKey = "«P:google.aiza»"
    static let amplitudeAPIKey = "«D:amplitude.api-key-public»"
    static let amplitudeSecret = "«P:amplitude»"
    static let backend = ProcessInfo.processInfo.environment["«L:env-ref|BACKEND_SECRET»"]
}
""")

# ---------------------------------------------------------------- Serverless / SAM / CloudFormation / Pulumi
t("serverless-api/serverless.yml", "serverless-yml", """
service: orders-api
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    STAGE: ${sls:stage}
    DB_PASSWORD: ${ssm:/orders/«L:env-ref|db-password»}
    STRIPE_SECRET_KEY: «P:stripe.rk-live»
    SENDGRID_API_KEY: ${env:«L:env-ref|SENDGRID_API_KEY»}
    SLACK_WEBHOOK_URL: «P:slack.webhook»
    MONGODB_URI: «PW:mongodb|mongodb+srv://orders:@orders-cluster.x7kq2.mongodb.net/orders?retryWrites=true»
    DD_API_KEY: «P:datadog»
    SENTRY_DSN: «D:sentry.dsn»

functions:
  create:
    handler: src/create.handler
    environment:
      SHIPPO_TOKEN: «P:shippo.live»
      EASYPOST_KEY: «P:easypost.prod»

custom:
  secrets: ${file(./secrets.${sls:stage}.json)}
""")

t("sam-app/template.yaml", "sam-template", """
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  GitHubToken:
    Type: String
    NoEcho: true
    Default: «P:github.ghp»
  DbPassword:
    Type: String
    NoEcho: true
    Default: «PWD:generic»
  ApiStage:
    Type: String
    Default: prod
Resources:
  WebhookFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Environment:
        Variables:
          TWILIO_AUTH_TOKEN: «P:twilio.auth-token»
          PLAID_SECRET: «P:plaid.secret»
          PLAID_CLIENT_ID: «D:plaid.client-id»
          DB_SECRET: '{{resolve:secretsmanager:«L:env-ref|prod/orders/db:SecretString:password»}}'
          SIGNING_KEY: !Ref «L:env-ref|SigningKeyParam»
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: admin
      MasterUserPassword: «PWD:generic»
""")

t("cfn/stack.json", "cloudformation-json", """
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Queue": { "Type": "AWS::SQS::Queue" },
    "Worker": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Environment": {
          "Variables": {
            "NEW_RELIC_LICENSE_KEY": "«P:newrelic.license»",
            "NEW_RELIC_ACCOUNT_ID": "«D:newrelic.account-id»",
            "CONFLUENT_API_KEY": "«D:confluent.key-id»",
            "CONFLUENT_API_SECRET": "«P:confluent»",
            "DATADOG_API_KEY": { "Fn::Sub": "{{resolve:ssm:«L:env-ref|/dd/api-key»}}" }
          }
        }
      }
    },
    "Cache": {
      "Type": "AWS::ElastiCache::ReplicationGroup",
      "Properties": { "AuthToken": "«PWDA:generic»" }
    }
  }
}
""")

t("pulumi-infra/Pulumi.prod.yaml", "pulumi-config", """
encryptionsalt: v1:«L:encrypted|Qk3vT9xZ1mE=:v1:7pLq2RrN8sW0yH4c:XkJ0aB3dF6gH9jL2mN5pQ==»
config:
  aws:region: eu-west-1
  infra:dbPassword:
    secure: v1:«L:encrypted|9sJ2kL4mN6pQ8rT0:wX3yZ5aB7cD9eF1gH3jK5mN7pQ9rT1vX3zB5dF7h»
  infra:cloudflareToken: «P:cloudflare.api-token»
  infra:datadogApiKey: «P:datadog»
  infra:githubToken: «P:github.ghp»
  infra:domain: acme.example
""")

t("pulumi-infra/index.ts", "pulumi-code", """
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const dbPassword = config.requireSecret("«L:env-ref|dbPassword»");
const provider = new aws.Provider("prod", {
    accessKey: "«P:aws.akia»",
    secretKey: "«P:aws.secret-key»",
    region: "eu-west-1",
});
const db = new aws.rds.Instance("orders", { password: "«PWD:generic»", username: "orders" });
const hcloud = new hcloud.Provider("h", { token: "«P:hetzner»" });
const doToken = new digitalocean.Provider("do", { token: "«P:digitalocean.dop»" });
""")

# ---------------------------------------------------------------- Nix / Vagrant
t("nixos/configuration.nix", "nix-config", """
{ config, pkgs, ... }:
{
  services.grafana.settings.security.admin_password = "«PWD:generic»";
  services.grafana.settings.security.secret_key = "«L:env-ref|$__file{/run/secrets/grafana-secret-key}»";
  services.tailscale.authKeyFile = "/run/secrets/tailscale";
  services.restic.backups.b2 = {
    environmentFile = "/run/secrets/restic-env";
    passwordFile = "/run/secrets/restic-password";
  };
  environment.variables = {
    TS_AUTHKEY = "«P:tailscale.auth»";
    B2_APPLICATION_KEY_ID = "«D:backblaze.key-id»";
    B2_APPLICATION_KEY = "«P:backblaze»";
    CACHIX_AUTH_TOKEN = "«L:placeholder|eyJhbGciOiJIUzI1NiJ9.<redacted>»";
  };
  users.users.deploy.hashedPassword = "«L:hash|$6$rounds=656000$Yq3bX9kLm$0pQ7rT2vW5yZ8bD1fH4jK7mN0qS3uX6zA9cE2gI5lO8rU1wY4»";
  nix.settings.access-tokens = [ "github.com=«P:github.ghp»" ];
}
""")

t("vagrant-lab/Vagrantfile", "vagrantfile", """
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.provider :aws do |aws, override|
    aws.access_key_id = "«P:aws.akia»"
    aws.secret_access_key = "«P:aws.secret-key»"
    aws.keypair_name = "lab"
  end
  config.vm.provider :digital_ocean do |p|
    p.token = ENV.fetch("DIGITALOCEAN_TOKEN", "«P:digitalocean.dop»")
  end
  config.vm.provision "shell", inline: <<-SHELL
    debconf-set-selections <<< "mysql-server mysql-server/root_password password «PWD:generic»"
    echo 'export VAULT_TOKEN=«P:vault.hvs»' >> /home/vagrant/.bashrc
    echo 'export VAULT_ADDR=http://127.0.0.1:8200' >> /home/vagrant/.bashrc
  SHELL
  config.vm.provision "shell", env: { "API_TOKEN" => ENV["«L:env-ref|LAB_API_TOKEN»"] }, path: "bootstrap.sh"
end
""")

# ---------------------------------------------------------------- CI
t("ci/Jenkinsfile", "jenkinsfile", """
pipeline {
  agent any
  environment {
    REGISTRY_CREDS = credentials('«L:env-ref|acme-registry»')
    SONAR_TOKEN = '«P:sonarqube.squ»'
    SNYK_TOKEN = "«P:snyk»"
  }
  stages {
    stage('Build') {
      steps {
        sh 'docker login -u acmeci -p «P:docker» registry-1.docker.io'
        sh "curl -u admin:«PWDA:generic» -X POST https://nexus.acme.internal/service/rest/v1/components?repository=releases"
        sh 'npm config set //registry.npmjs.org/:_authToken «P:npm»'
      }
    }
    stage('Deploy') {
      steps {
        withCredentials([string(credentialsId: 'heroku', variable: 'HEROKU_API_KEY')]) {
          sh 'git push https://heroku:$HEROKU_API_KEY@git.heroku.com/acme-api.git HEAD:main'
        }
        sh 'curl -X POST "«P:slack.webhook»" -d "{\\\\"text\\\\":\\\\"deployed\\\\"}"'
        sh 'curl -H "X-JFrog-Art-Api: «P:jfrog.api-key»" -T build/app.jar https://acme.jfrog.io/artifactory/libs-release/app.jar'
      }
    }
  }
}
""")

t("ci/bitbucket-pipelines.yml", "bitbucket-pipelines", """
image: node:20

definitions:
  caches:
    npm: ~/.npm

pipelines:
  default:
    - step:
        name: Test
        script:
          - echo "//registry.npmjs.org/:_authToken=«P:npm»" > .npmrc
          - npm ci && npm test
  branches:
    main:
      - step:
          name: Deploy
          deployment: production
          script:
            - pipe: atlassian/aws-s3-deploy:1.1.0
              variables:
                AWS_ACCESS_KEY_ID: $«L:env-ref|AWS_ACCESS_KEY_ID»
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                S3_BUCKET: acme-www
            - pipe: atlassian/slack-notify:2.0.0
              variables:
                WEBHOOK_URL: '«P:slack.webhook»'
            - curl -s -X POST -H "Authorization: Bearer «P:netlify.nfp»" https://api.netlify.com/api/v1/sites/«D:netlify.site-id»/builds
            - export CODECOV_TOKEN=«P:codecov»
""")

t("ci/azure-pipelines.yml", "azure-pipelines", """
trigger:
  - main

variables:
  buildConfiguration: Release
  sonarToken: «P:sonarqube.sqp»
  azureSubscription: «L:env-ref|$(ServiceConnection)»
  nugetKey: «P:nuget»

steps:
  - script: dotnet build --configuration $(buildConfiguration)
  - script: az login --service-principal -u «D:azure.client-id» -p «P:azure.client-secret» --tenant «D:azure.tenant-id»
    displayName: Login
  - script: dotnet nuget push **/*.nupkg --api-key $(«L:env-ref|NuGetApiKey»)
  - script: curl -H "Authorization: GenieKey «P:opsgenie»" https://api.opsgenie.com/v2/heartbeats/deploy/ping
  - task: Docker@2
    inputs:
      containerRegistry: acr
""")

t("ops/Makefile", "makefile", """
HEROKU_API_KEY ?= «P:heroku.hrku»
REGISTRY_PASSWORD := $(shell cat .registry-password)
PYPI_TOKEN = «P:pypi»
API_TOKEN ?= $(«L:env-ref|API_TOKEN»)

deploy:
\tdocker login -u acme -p «PWDA:generic» registry.acme.example
\tcurl -fsS -H "Authorization: Bearer «P:vercel»" https://api.vercel.com/v9/projects
\ttwine upload -u __token__ -p $(PYPI_TOKEN) dist/*

notify:
\tcurl -X POST -H 'Content-type: application/json' --data '{"text":"done"}' «P:slack.webhook»
""")

t("ops/Dockerfile", "dockerfile", """
FROM node:20-alpine AS build
ARG NPM_TOKEN=«P:npm»
ARG SENTRY_AUTH_TOKEN
ENV NODE_ENV=production
ENV STRIPE_SECRET_KEY=«P:stripe.sk-live»
ENV DATABASE_URL=«PW:postgres|postgres://app:@db:5432/app»
ENV OPENAI_API_KEY=""
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci
ENV REDIS_PASSWORD=«L:env-ref|${REDIS_PASSWORD}»
FROM nginx:1.27
ENV GF_SECURITY_ADMIN_PASSWORD=«PWD:generic»
""")

t("ops/systemd/acme-worker.service", "systemd-unit", """
[Unit]
Description=Acme background worker
After=network-online.target

[Service]
User=acme
EnvironmentFile=-/etc/acme/worker.env
Environment="DATABASE_URL=«PW:postgres|postgresql://worker:@10.0.3.7:5432/acme»"
Environment=AWS_ACCESS_KEY_ID=«P:aws.akia»
Environment=AWS_SECRET_ACCESS_KEY=«P:aws.secret-key»
Environment="SENDGRID_API_KEY=«P:sendgrid»"
Environment=LOG_LEVEL=info
ExecStart=/opt/acme/bin/worker --token «P:doppler.service»
Restart=always

[Install]
WantedBy=multi-user.target
""")

t("ops/nginx/conf.d/api.conf", "nginx-conf", """
server {
    listen 443 ssl;
    server_name api.acme.example;

    location /admin/ {
        auth_basic "Restricted";
        auth_basic_user_file /etc/nginx/.htpasswd;
        proxy_pass http://127.0.0.1:9000;
    }

    location /upstream/ {
        proxy_set_header Authorization "Basic «BASIC:url|partner»";
        proxy_set_header X-Api-Key "«P:serpapi»";
        proxy_pass https://partner.example.net/;
    }

    location /search/ {
        proxy_set_header X-Algolia-API-Key «P:algolia»;
        proxy_set_header X-Algolia-Application-Id «D:algolia.app-id»;
        proxy_pass https://«D:algolia.app-id»-dsn.algolia.net;
    }
}
""")

t("ops/nginx/.htpasswd", "htpasswd", """
admin:«L:hash|$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/»
deploy:«L:hash|$2y$05$Tq1e8b9mZ3kL7vN2pR5sYuW0xC4dF6gH8jK1lM3nP5qS7tU9vW1xy»
""")

t("ops/apache/vhost.conf", "apache-conf", """
<VirtualHost *:443>
    ServerName legacy.acme.example
    SetEnv MAILCHIMP_API_KEY «P:mailchimp»
    SetEnv DB_PASSWORD «PWD:generic»
    SetEnv APP_SECRET ${«L:env-ref|APP_SECRET»}
    <Location /status>
        AuthType Basic
        AuthUserFile /etc/apache2/.htpasswd
        Require valid-user
    </Location>
    ProxyPass /geo https://api.mapbox.com/
    RequestHeader set Authorization "Bearer «P:pipedrive»"
</VirtualHost>
""")

t("ops/crontab", "crontab", """
# m h dom mon dow command
*/5 * * * * curl -fsS -m 10 https://hc-ping.com/«L:uuid|3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b»
0 3 * * * mysqldump -u backup -p«PWDA:generic» shop | gzip > /backups/shop.sql.gz
30 3 * * * AWS_ACCESS_KEY_ID=«P:aws.akia» AWS_SECRET_ACCESS_KEY=«P:aws.secret-key» aws s3 sync /backups s3://acme-backups
0 * * * * curl -s "https://api.uptimerobot.com/v2/getMonitors" -d "api_key=«P:uptimerobot.main»"
15 6 * * 1 /usr/local/bin/report --slack-token «P:slack.xoxb» --channel «D:slack.channel-id»
0 4 * * * PGPASSWORD=«L:env-ref|$(cat /etc/backup/pgpass)» pg_dumpall -h db > /backups/all.sql
""")

t("k8s/secret.yaml", "k8s-secret", """
apiVersion: v1
kind: Secret
metadata:
  name: api-secrets
type: Opaque
data:
  STRIPE_SECRET_KEY: «B64:stripe.sk-live»
  GITHUB_TOKEN: «B64:github.ghp»
  DB_PASSWORD: «B64:generic»
stringData:
  OPENAI_API_KEY: «P:openai.proj»
  SENTRY_DSN: «D:sentry.dsn»
---
apiVersion: v1
kind: Secret
metadata:
  name: regcred
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «L:encoded|e30=»
""")

t("home/.docker/config.json", "docker-config-json", """
{
  "auths": {
    "https://index.docker.io/v1/": { "auth": "«BASIC:docker|acmebuild»" },
    "ghcr.io": { "auth": "«BASIC:github|acme-bot»" },
    "registry.gitlab.com": { "auth": "«L:encoded|»" }
  },
  "credsStore": "desktop"
}
""")

# ---------------------------------------------------------------- notebooks, docs, pastes, patches, shells, mail
t("notebooks/churn-analysis.ipynb", "jupyter-notebook", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import openai, os\\n",
    "openai.api_key = \\"«P:openai.legacy»\\"\\n",
    "os.environ[\\"HF_TOKEN\\"] = \\"«P:huggingface.hf»\\"\\n",
    "WANDB_KEY = \\"«P:wandb»\\"\\n",
    "token = os.environ[\\"«L:env-ref|KAGGLE_KEY»\\"]"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "run id «D:wandb.run-id» sha «L:hash|3f7a9c1e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a»\\n"
     ]
    }
   ],
   "source": [
    "engine = create_engine(\\"«PW:postgres|postgresql://analyst:@warehouse.acme.internal:5432/dw»\\")\\n",
    "snow = snowflake.connector.connect(user='ANALYST', password='«PWD:snowflake»', account='acme-xy12345')\\n",
    "cohere_client = cohere.Client(\\"«P:cohere»\\")"
   ]
  }
 ],
 "metadata": { "kernelspec": { "name": "python3", "display_name": "Python 3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

t("README.md", "readme-getting-started", """
# Acme Platform

## Getting started

1. Copy `.env.example` to `.env` and fill in your keys:

```bash
export STRIPE_SECRET_KEY=«L:placeholder|sk_test_your_key_here»
export OPENAI_API_KEY=«L:placeholder|sk-...»
export GITHUB_TOKEN=«L:placeholder|<your-token>»
```

2. For a quick smoke test against staging you can use the shared key:

```bash
curl -H "Authorization: Bearer «P:linear.lin-api»" https://api.linear.app/graphql -d '{"query":"{ viewer { id } }"}'
export DEEPGRAM_API_KEY=«P:deepgram»
```

3. The AWS docs' sample credentials (`«L:docs-sample|AKIAIOSFODNN7EXAMPLE»`) do not work here;
ask #platform for `AWS_ACCESS_KEY_ID`.

Notion integration: `NOTION_TOKEN=«P:notion.ntn»` (read-only, staging workspace).

| variable | example |
|---|---|
| `SENTRY_DSN` | `«D:sentry.dsn»` |
| `POSTHOG_KEY` | `«D:posthog.project-key»` |
| `TWILIO_AUTH_TOKEN` | `«L:placeholder|your_auth_token»` |
""")

t("docs/incidents/2026-03-payment-outage.md", "slack-jira-paste", """
# Payment outage, 2026-03-14 (pasted from #incident-payments)

**dana** 10:42 AM
can someone check if the key rotated? this is what the worker has:
```
STRIPE_SECRET_KEY=«P:stripe.rk-live»
```
**mo** 10:44 AM
that one's old, new one is «P:stripe.sk-live» — I'll put it in vault, ignore the pk «D:stripe.publishable»

**dana** 10:51 AM
twilio too: auth token «P:twilio.auth-token» for «D:twilio.account-sid»

---
Jira PAY-1182 (comment by ops-bot):
> Webhook secret was `«P:stripe.whsec»`; rotate via dashboard.
> PagerDuty integration key: «P:pagerduty.routing-key»
> Request id «L:uuid|req_9KxQ2mLp7vRt4s» for reference.
""")

t("patches/0007-move-keys-to-config.patch", "git-patch", """
From 3c9f2a1b7e4d5f6a8b0c1d2e3f4a5b6c7d8e9f0a Mon Sep 17 00:00:00 2001
From: Dev <dev@acme.example>
Date: Tue, 3 Mar 2026 11:02:44 +0100
Subject: [PATCH] move keys to config

---
 config/keys.py | 6 ++++--
 1 file changed, 4 insertions(+), 2 deletions(-)

diff --git a/config/keys.py b/config/keys.py
index 4b825dc..e69de29 100644
--- a/config/keys.py
+++ b/config/keys.py
@@ -1,4 +1,6 @@
-SENDGRID_API_KEY = os.environ["«L:env-ref|SENDGRID_API_KEY»"]
-GITLAB_TOKEN = None
+SENDGRID_API_KEY = "«P:sendgrid»"
+GITLAB_TOKEN = "«P:gitlab.glpat»"
+SHOPIFY_TOKEN = "«P:shopify.shpat»"
+POSTMAN_KEY = "«P:postman»"
 TIMEOUT = 30
 RETRIES = 3
""")

t("home/.bash_history", "bash-history", """
cd ~/src/acme
export GITHUB_TOKEN=«P:github.ghp»
gh auth status
heroku config:set STRIPE_SECRET_KEY=«P:stripe.sk-live» -a acme-api
aws configure set aws_secret_access_key «P:aws.secret-key»
mysql -h db.acme.internal -u root -p«PWDA:generic» shop
psql "«PW:postgres|postgresql://admin:@prod-db.acme.internal:5432/acme»"
curl -u «D:mailjet.key-id»:«P:mailjet» https://api.mailjet.com/v3/REST/contact
docker login -u acmebuild --password «P:docker»
export OPENAI_API_KEY=$(op read «D:onepassword.op-ref»)
vault login «P:vault.hvs-long»
npm publish --//registry.npmjs.org/:_authToken=«P:npm»
git push origin main
""")

t("mail/fwd-api-access.eml", "email-eml", """
From: "Priya N." <priya@partner.example>
To: dev-team@acme.example
Subject: Fwd: API access for the integration
Date: Wed, 11 Mar 2026 09:14:22 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hi team,

as discussed, here are the credentials for the sandbox:

  API key:    «P:paddle.sandbox»
  Webhook secret: «L:placeholder|(will follow in a separate mail)»
  Mollie test key: «P:mollie.test»

And the Airtable token the contractor used: «P:airtable.pat»
Our public client id is «D:auth0.client-id», that one is fine to share.

Thanks,
Priya
""")

t("mail/rotated-keys.eml", "email-eml-base64", """
From: ops@acme.example
To: oncall@acme.example
Subject: new keys
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

«B64:gitlab.glpat@email-base64-body»
""")

# ---------------------------------------------------------------- HubSpot in projects
t("hubspot-theme/hubspot.config.yml", "hubspot-cli-config", """
defaultPortal: agency-prod
portals:
  - name: agency-prod
    portalId: «L:portal-id|44120987»
    env: prod
    authType: personalaccesskey
    auth:
      tokenInfo:
        accessToken: «HS:oauth-access»
        expiresAt: '2026-11-30T03:10:00.000Z'
    personalAccessKey: >-
      «HS:pak»
  - name: client-sandbox
    portalId: «L:portal-id|44120988»
    authType: personalaccesskey
    personalAccessKey: «HS:pak»
""")

t("hubspot-theme/serverless/functions/contact.js", "hubspot-serverless", """
const hubspot = require('@hubspot/api-client');

exports.main = async (context, sendResponse) => {
  const client = new hubspot.Client({ accessToken: context.secrets.«L:env-ref|PRIVATE_APP_ACCESS_TOKEN» });
  const fallback = new hubspot.Client({ accessToken: '«HS:pat»' });
  const old = `https://api.hubapi.com/contacts/v1/contact/email/${email}/profile?hapikey=«HS:hapikey»`;
  hbspt.forms.create({ portalId: "«L:portal-id|44120987»", formId: "«L:form-guid|8a2c4e6f-1b3d-4f5a-9c7e-0d2f4b6a8c1e»" });
  sendResponse({ statusCode: 200 });
};
""")

t("hubspot-theme/.env", "hubspot-dotenv", """
HUBSPOT_PERSONAL_ACCESS_KEY=«HS:pak»
HUBSPOT_CLIENT_ID=«L:client-id|5b0d7e2c-3f4a-4c8b-9e1d-6a2f8c4b0e37»
HUBSPOT_CLIENT_SECRET=«HS:client-secret»
HUBSPOT_REFRESH_TOKEN=«HS:refresh»
HUBSPOT_DEVELOPER_API_KEY=«HS:developer-key»
HUBSPOT_ACCOUNT_ID=«L:portal-id|44120987»
""")

# ---------------------------------------------------------------- more project kinds: Go/Elixir-free ops leftovers
t("ops/ansible/group_vars/prod.yml", "ansible-vars", """
postgres_password: «PWD:generic»
cloudflare_api_token: «P:cloudflare.api-token»
cloudflare_zone_id: «D:cloudflare.zone-id»
newrelic_license_key: «P:newrelic.license»
grafana_admin_password: «L:env-ref|{{ vault_grafana_admin_password }}»
linode_token: «P:linode»
vultr_api_key: «P:vultr»
dynatrace_token: «P:dynatrace»
sumo_access_id: «D:sumologic.access-id»
sumo_access_key: «P:sumologic»
""")

t("ops/terraform/providers.tf", "terraform-hcl", """
provider "cloudflare" {
  api_token = "«P:cloudflare.api-token»"
}
provider "datadog" {
  api_key = "«P:datadog»"
  app_key = var.«L:env-ref|datadog_app_key»
}
provider "tfe" {
  token = "«P:terraform»"
}
provider "fastly" {
  api_key = "«P:fastly»"
}
provider "pagerduty" {
  token = "«P:pagerduty.api-token»"
}
provider "okta" {
  org_name  = "acme"
  api_token = "«P:okta»"
}
provider "mongodbatlas" {
  public_key  = "«D:mongodb.public-key»"
  private_key = "«P:mongodb»"
}
""")

t("ops/rclone/rclone.conf", "rclone-conf", """
[b2]
type = b2
account = «D:backblaze.key-id»
key = «P:backblaze»

[dropbox]
type = dropbox
token = {"access_token":"«P:dropbox»","token_type":"bearer","expiry":"2026-11-30T04:00:00Z"}

[s3]
type = s3
provider = AWS
access_key_id = «P:aws.akia»
secret_access_key = «P:aws.secret-key»
""")

t("ops/monitoring/alertmanager.yml", "alertmanager-yml", """
global:
  resolve_timeout: 5m
  slack_api_url: '«P:slack.webhook»'
  smtp_auth_password: '«PWD:generic»'
receivers:
  - name: pager
    pagerduty_configs:
      - routing_key: «P:pagerduty.routing-key»
  - name: opsgenie
    opsgenie_configs:
      - api_key: «P:opsgenie»
  - name: teams
    webhook_configs:
      - url: '«P:microsoftteams»'
  - name: telegram
    telegram_configs:
      - bot_token: «P:telegram»
        chat_id: «D:telegram.chat-id»
  - name: discord
    discord_configs:
      - webhook_url: «L:env-ref|${DISCORD_WEBHOOK_URL}»
""")

t("services/ml/.env", "dotenv", """
HF_TOKEN=«P:huggingface.hf»
COHERE_API_KEY=«P:cohere»
MISTRAL_API_KEY=«P:mistral»
GROQ_API_KEY=«P:groq»
TOGETHER_API_KEY=«P:togetherai.hex»
PERPLEXITY_API_KEY=«P:perplexity»
FIREWORKS_API_KEY=«P:fireworks»
XAI_API_KEY=«P:xai»
DEEPSEEK_API_KEY=«P:deepseek»
OPENROUTER_API_KEY=«P:openrouter»
VOYAGE_API_KEY=«P:voyageai»
TAVILY_API_KEY=«P:tavily.tvly»
FIRECRAWL_API_KEY=«P:firecrawl»
LANGSMITH_API_KEY=«P:langsmith.lsv2-pt»
LANGCHAIN_PROJECT=«L:placeholder|churn-agent»
ASSEMBLYAI_API_KEY=«P:assemblyai»
ELEVENLABS_API_KEY=«P:elevenlabs.sk»
E2B_API_KEY=«P:e2b»
CEREBRAS_API_KEY=«P:cerebras»
NVIDIA_API_KEY=«P:nvidia»
JINA_API_KEY=«P:jina»
LLAMA_CLOUD_API_KEY=«P:llamacloud»
WANDB_API_KEY=«P:wandb»
WANDB_ENTITY=«L:placeholder|acme-ml»
PINECONE_ENVIRONMENT=«L:placeholder|us-east-1-aws»
HELICONE_API_KEY=«P:helicone»
""")

t("services/ops-tools/.env.production", "dotenv", """
SENTRY_AUTH_TOKEN=«P:sentry.sntryu»
SENTRY_ORG=acme
BUILDKITE_API_TOKEN=«P:buildkite»
CIRCLE_TOKEN=«P:circleci.ccipat»
GITLAB_TOKEN=«P:gitlab.glpat»
GITLAB_RUNNER_TOKEN=«P:gitlab.glrt»
CLOUDSMITH_API_KEY=«P:cloudsmith»
DOPPLER_TOKEN=«P:doppler.service»
INFISICAL_TOKEN=«P:infisical»
TFE_TOKEN=«P:terraform»
PULUMI_ACCESS_TOKEN=«P:pulumi»
NGROK_AUTHTOKEN=«P:ngrok»
FLY_API_TOKEN=«P:flyio.fo1»
RENDER_API_KEY=«P:render»
RAILWAY_TOKEN=«P:railway»
RAILWAY_PROJECT_ID=«D:railway.project-id»
NEON_API_KEY=«P:neon»
PLANETSCALE_SERVICE_TOKEN=«P:planetscale.tkn»
DATABRICKS_HOST=«D:databricks.host»
DATABRICKS_TOKEN=«P:databricks.dapi»
GRAFANA_TOKEN=«P:grafana.glsa»
HONEYCOMB_API_KEY=«P:honeycomb.config-key»
POSTMAN_API_KEY=«P:postman»
LINEAR_API_KEY=«P:linear.lin-api»
ASANA_PAT=«P:asana.pat-v2»
CLICKUP_TOKEN=«P:clickup»
TODOIST_API_TOKEN=«P:todoist»
SHORTCUT_API_TOKEN=«P:shortcut»
ATLASSIAN_API_TOKEN=«P:atlassian»
JIRA_USER_EMAIL=«D:atlassian.email»
TAILSCALE_API_KEY=«P:tailscale.api»
TS_TAILNET=«D:tailscale.tailnet»
""")

t("services/payments/.env.staging", "dotenv", """
SQUARE_ACCESS_TOKEN=«P:square.eaaa»
SQUARE_APPLICATION_ID=«D:square.app-id»
PAYSTACK_SECRET_KEY=«P:paystack.test»
PAYSTACK_PUBLIC_KEY=«D:paystack.publishable»
CHECKOUT_SECRET_KEY=«P:checkoutcom.sk-sbox»
CHECKOUT_PUBLIC_KEY=«D:checkoutcom.publishable»
BRAINTREE_MERCHANT_ID=«D:braintree.merchant-id»
BRAINTREE_PUBLIC_KEY=«D:braintree.public-key»
BRAINTREE_PRIVATE_KEY=«P:braintree.private-key»
ADYEN_API_KEY=«P:adyen»
ADYEN_CLIENT_KEY=«D:adyen.client-key»
GOCARDLESS_ACCESS_TOKEN=«P:gocardless.sandbox»
MOLLIE_API_KEY=«P:mollie.live»
PADDLE_API_KEY=«P:paddle.live»
PADDLE_CLIENT_TOKEN=«D:paddle.client-token»
CHARGEBEE_API_KEY=«P:chargebee.live»
RECURLY_API_KEY=«P:recurly»
WISE_API_TOKEN=«P:wise»
PLAID_SECRET=«P:plaid.secret»
PLAID_CLIENT_ID=«D:plaid.client-id»
COINBASE_API_SECRET=«P:coinbase»
BINANCE_API_KEY=«D:binance.key-id»
BINANCE_API_SECRET=«P:binance»
KRAKEN_API_KEY=«D:kraken.key-id»
KRAKEN_PRIVATE_KEY=«P:kraken»
DUFFEL_ACCESS_TOKEN=«P:duffel.test»
""")

t("services/notify/config/production.json", "json-config", """
{
  "mail": {
    "provider": "brevo",
    "brevo": { "apiKey": "«P:brevo.xkeysib»", "smtpKey": "«P:brevo.xsmtpsib»" },
    "mailersend": { "token": "«P:mailersend»" },
    "sparkpost": { "apiKey": "«P:sparkpost»" },
    "mandrill": { "key": "«P:mandrill»" },
    "smtp2go": { "apiKey": "«P:smtp2go»" },
    "postmark": { "serverToken": "«P:postmark»", "messageStream": "outbound" }
  },
  "sms": {
    "plivo": { "authId": "«D:plivo.auth-id»", "authToken": "«P:plivo»" },
    "messagebird": { "accessKey": "«P:messagebird»" },
    "telnyx": { "apiKey": "«P:telnyx»" },
    "infobip": { "apiKey": "«P:infobip»", "baseUrl": "«D:infobip.base-url»" },
    "vonage": { "apiKey": "«D:vonage.key-id»", "apiSecret": "«P:vonage»" },
    "sinch": { "servicePlanId": "«L:placeholder|YOUR_SERVICE_PLAN_ID»" }
  },
  "push": {
    "onesignal": { "appId": "«D:onesignal.app-id»", "restApiKey": "«P:onesignal.legacy»" },
    "pusher": { "appId": "«D:pusher.app-id»", "key": "«D:pusher.app-key»", "secret": "«P:pusher»", "cluster": "eu" },
    "pubnub": { "subscribeKey": "«D:pubnub.subscribe-key»", "secretKey": "«P:pubnub»" },
    "ably": { "key": "«P:ably»" },
    "sendbird": { "appId": "«D:sendbird.app-id»", "apiToken": "«P:sendbird»" }
  },
  "chat": {
    "webex": { "botToken": "«P:webex»" },
    "line": { "channelAccessToken": "«P:line.channel-token»", "channelSecret": "«P:line.channel-secret»", "channelId": "«D:line.channel-id»" },
    "googleChat": "«P:google.aiza@google-chat-key»"
  }
}
""")

t("services/crm-sync/application.properties", "java-properties", """
zendesk.subdomain=«D:zendesk.subdomain»
zendesk.api-token=«P:zendesk»
freshdesk.api-key=«P:freshdesk»
intercom.access-token=«P:intercom»
intercom.app-id=«D:intercom.app-id»
pipedrive.api-token=«P:pipedrive»
activecampaign.url=«D:activecampaign.public-url»
activecampaign.key=«P:activecampaign»
klaviyo.private-key=«P:klaviyo»
klaviyo.site-id=«D:klaviyo.site-id»
customerio.site-id=«D:customerio.site-id»
customerio.app-api-key=«P:customerio»
braze.rest-api-key=«P:braze»
braze.app-id=«D:braze.app-id»
mixpanel.project-token=«D:mixpanel.project-token»
mixpanel.api-secret=«P:mixpanel.api-secret»
segment.write-key=«D:segment.write-key»
segment.public-api-token=«P:segment»
typeform.token=«P:typeform»
jotform.api-key=«P:jotform»
calendly.token=«P:calendly»
zoom.account-id=«D:zoom.account-id»
zoom.client-secret=«P:zoom»
zoho.refresh-token=«P:zoho»
salesforce.consumer-key=«D:salesforce.consumer-key»
salesforce.consumer-secret=«P:salesforce.consumer-secret»
""")

t("services/ingest/docker-compose.override.yml", "docker-compose", """
services:
  ingest:
    environment:
      - INFLUX_TOKEN=«P:influxdb»
      - INFLUX_ORG_ID=«D:influxdb.org-id»
      - ELASTIC_API_KEY=«P:elastic»
      - ELASTIC_CLOUD_ID=«D:elastic.cloud-id»
      - SPLUNK_HEC_TOKEN=«P:splunk»
      - PAPERTRAIL_API_TOKEN=«P:papertrail»
      - ROLLBAR_ACCESS_TOKEN=«P:rollbar»
      - BUGSNAG_API_KEY=«L:env-ref|${BUGSNAG_API_KEY}»
      - CONSUL_HTTP_TOKEN=«P:consul»
      - NOMAD_TOKEN=«L:env-ref|${NOMAD_TOKEN:-}»
      - MINIO_ROOT_PASSWORD=«PWDA:generic»
      - RABBITMQ_URL=«PW:url|amqp://ingest:@rabbit:5672/»
      - REDIS_URL=«PCT:url|redis://default:@cache:6379/0»
  kafka-ui:
    environment:
      KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG: 'org.apache.kafka.common.security.plain.PlainLoginModule required username="«D:confluent.key-id»" password="«P:confluent»";'
""")

t("home/.ssh/deploy_ed25519", "openssh-key-file", "«PEM:privatekey.OPENSSH»\n")

t("home/.ssh/deploy_ed25519.pub", "public-key-file",
  "ssh-ed25519 «L:public-key|AAAAC3NzaC1lZDI1NTE5AAAAIGq7mZ0yX3vP9bT2kR5wL8nC1dF4hJ6sA0eQ3uY7iO9p» deploy@acme\n")

t("certs/README-dev-cert.md", "markdown-pem", """
# Dev TLS

The dev key was committed by mistake in 2025; it is kept here for the record (revoked):

```
«PEM:privatekey.RSA»
```

Public cert fingerprint: «L:hash|SHA256:4f:2a:9c:1e:7b:3d:5f:8a:0c:6e:2b:4d:9f:1a:3c:5e»
""")

t("services/coinbase-cdp/cdp_api_key.json", "json-pem", """
{
  "name": "«D:coinbase.key-name»",
  "privateKey": "«PEMJ:coinbase.EC»"
}
""")

t("k8s/helm/values-prod.yaml", "helm-values", """
image:
  repository: ghcr.io/acme/api
  tag: 1.42.0
env:
  LAUNCHDARKLY_SDK_KEY: «P:launchdarkly.sdk»
  LAUNCHDARKLY_MOBILE_KEY: «D:launchdarkly.mobile-key»
  CONTENTFUL_SPACE_ID: «D:contentful.space-id»
  CONTENTFUL_MANAGEMENT_TOKEN: «P:contentful»
  FIGMA_TOKEN: «P:figma»
  DROPBOX_TOKEN: «P:dropbox»
  BOX_CLIENT_SECRET: «P:box»
  BOX_CLIENT_ID: «D:box.client-id»
  AKAMAI_CLIENT_SECRET: «P:akamai»
  AKAMAI_HOST: «D:akamai.host»
  SAUCE_USERNAME: «D:saucelabs.username»
  SAUCE_ACCESS_KEY: «P:saucelabs»
  BROWSERSTACK_USERNAME: «D:browserstack.username»
  BROWSERSTACK_ACCESS_KEY: «P:browserstack»
  CYPRESS_RECORD_KEY: «P:cypress»
  CYPRESS_PROJECT_ID: «D:cypress.project-id»
  SHODAN_API_KEY: «P:shodan»
  VT_API_KEY: «P:virustotal»
  ARTIFACT_SHA256: «D:virustotal.file-sha256»
  TENABLE_ACCESS_KEY: «D:tenable.access-key»
  TENABLE_SECRET_KEY: «P:tenable»
  FALCON_CLIENT_ID: «D:crowdstrike.client-id»
  FALCON_CLIENT_SECRET: «P:crowdstrike»
  SNYK_ORG: «D:snyk.org-id»
  DB_PASSWORD: "{{ .Values.secrets.dbPassword }}"
  OP_SERVICE_ACCOUNT_TOKEN: «P:onepassword.ops»
""")


t("next-dashboard/package-lock.json", "lockfile", """
{
  "name": "next-dashboard",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@supabase/supabase-js": {
      "version": "2.45.4",
      "resolved": "https://registry.npmjs.org/@supabase/supabase-js/-/supabase-js-2.45.4.tgz",
      "integrity": "sha512-«L:hash|E5p8/zOLaQ3a462MZnmnz03CrduA5ySH9hZyL03Y+QZLIOHzmH4pCmBNVQYT3Q0kCmSsNZhkKdoeKqbc+nGrpTA»=="
    },
    "node_modules/stripe": {
      "version": "16.12.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.12.0.tgz",
      "integrity": "sha512-«L:hash|H0TW8TeI1Tc3Bmo7LTq7oqmcqp7GRmYlqYhHaNrFIPOXG6kUSd8vTcmVG2cvSyEzs0p8aNmHxvrApaHtV2PU8Yg»=="
    },
    "node_modules/openai": {
      "version": "4.67.3",
      "integrity": "sha512-«L:hash|HT2tZgjLgRqbLQNKmYtjdF/4TQuiBvg1oGvTDhwpSEQzxo6/oM1us8VQ53vBK2BiKvCxFuq6gKGG70qfwrNhKg»=="
    }
  }
}
""")

t("rust-bot/Cargo.lock", "lockfile", """
[[package]]
name = "serenity"
version = "0.12.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "«L:hash|d72ec4323681bf9a3cabe40fd080abc2435859b502a1b5aa9bf693f125bfa76d»"

[[package]]
name = "reqwest"
version = "0.12.8"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "«L:hash|f713147fbe92361e52392c73b8c9e48c04c6625bce969ef54dc901e58e042a7b»"
""")

t("CHANGELOG.md", "changelog", """
# Changelog

## 1.42.0
* Rotate the Stripe key (commit «L:git-sha|9c1e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a3f7a»); the old `sk_live_…` is revoked.
* Image digest: `ghcr.io/acme/api@sha256:«L:hash|4b6d8f0a3f7a9c1e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a3f7a9c1e5b2d4f6a»`
* Git LFS object «L:hash|oid sha256:1e3d5a7b9c2e4f6a8d0b1c9f3b1c7e2d4a6f8b0c1e3d5a7b9c2e4f6a8d0b1c2d»
* Key rotation ids: Twilio `«D:twilio.api-key-sid»`, Scaleway `«D:scaleway.key-id»`, Mailjet `«D:mailjet.key-id»`.
* The `GOOGLE_CLIENT_ID` is now `«D:google.client-id»` (public).
* Datadog RUM client token `«D:datadog.client-token»` (public, browser).
* NewRelic browser key `«D:newrelic.browser-key»`; LaunchDarkly client-side id `«D:launchdarkly.client-side-id»`.
* Placeholder in docs changed from `«L:placeholder|AKIAXXXXXXXXXXXXXXXX»` to `«L:placeholder|<AWS_ACCESS_KEY_ID>»`.
* Sealed secret: `«L:encrypted|AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq»` (encrypted, safe).
* Ansible vault header `«L:encrypted|$ANSIBLE_VAULT;1.1;AES256»`.
""")

# ---------------------------------------------------------------- renderer
def gen_positive(spec):
    prov, _, fmt = spec.partition(".")
    p = BY_NAME[prov]
    for name, g in p.formats:
        if not fmt or name == fmt:
            return prov, "%s-%s" % (prov, name), g()
    raise KeyError(spec)


def gen_decoy(spec):
    prov, _, kind = spec.partition(".")
    p = BY_NAME[prov]
    for name, g in p.decoys:
        if not kind or name == kind:
            return prov, name, g()
    raise KeyError(spec)


EXTRA = {
    ("rails", "master-key"): lambda: hx(32),
    ("rails", "secret-key-base"): lambda: hx(128),
    ("okta", "client-secret"): lambda: b64u(40),
    ("azure", "sas-key"): lambda: b64(43) + "=",
    ("generic", "django-secret-key"): lambda: "django-insecure-" + pick(string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50),
}


def render(labels, rel, shape, text):
    out = []
    pos = 0
    hub = dict(hubspot_formats())
    for m in re.finditer("«([^»]*)»", text):
        out.append(text[pos:m.start()])
        pos = m.end()
        tok = m.group(1)
        tshape = shape
        if "@" in tok and not tok.startswith(("L:", "PW:", "PCT:")):
            tok, tshape = tok.rsplit("@", 1)
        line = "".join(out).count("\n") + 1
        kind, _, arg = tok.partition(":")
        if kind == "P":
            prov, fmt = arg.split(".")[0], arg
            if tuple(arg.split(".")) in EXTRA:
                value, fmt = EXTRA[tuple(arg.split("."))](), arg.replace(".", "-")
            else:
                prov, fmt, value = gen_positive(arg)
            secret, extra = split_value(value)
            labels.pos("repos", rel, line, prov, fmt, secret, tshape, **extra)
        elif kind == "HS":
            value = hub[arg]()
            labels.pos("repos", rel, line, "hubspot", "hubspot-" + arg, value, tshape)
        elif kind == "D":
            prov, dk, value = gen_decoy(arg)
            labels.decoy("repos", rel, line, prov, dk, value, tshape)
        elif kind == "L":
            dk, _, value = arg.partition("|")
            if value:
                labels.decoy("repos", rel, line, "none", dk, value, tshape)
        elif kind in ("PWD", "PWDA"):
            value = password() if kind == "PWD" else an(R.randrange(16, 29))
            labels.pos("repos", rel, line, arg, arg + "-password", value, tshape)
        elif kind in ("PW", "PCT"):
            prov, _, url = arg.partition("|")
            if kind == "PW":
                pw = an(R.randrange(14, 25))
                shown = pw
            else:
                pw = an(8) + R.choice("@:/") + an(8)
                shown = urllib.parse.quote(pw, safe="")
            value = url.replace(":@", ":" + shown + "@", 1)
            at = value.index("@") + 1
            host_end = at + re.match(r"[^/:?]*", value[at:]).end()
            port_end = at + re.match(r"[^/?]*", value[at:]).end()
            accept = sorted({value, value[:host_end], value[:port_end]} | ({shown} if shown != pw else set()))
            labels.pos("repos", rel, line, prov, prov + "-url-password", pw, tshape, accept=accept)
        elif kind == "B64":
            if arg == "generic":
                prov, fmt, raw = "generic", "generic-password", password()
            else:
                prov, fmt, raw = gen_positive(arg)
            value = base64.b64encode(raw.encode()).decode()
            labels.pos("repos", rel, line, prov, fmt, raw, tshape, encoded="base64", encoded_value=value)
        elif kind == "BASIC":
            prov, _, user = arg.partition("|")
            pw = an(R.randrange(16, 29)) if prov != "github" else gen_positive("github.ghp")[2]
            raw = "%s:%s" % (user, pw)
            value = base64.b64encode(raw.encode()).decode()
            labels.pos("repos", rel, line, prov, prov + "-basic-auth", pw, tshape, encoded="base64",
                       encoded_value=value, accept=[raw])
        elif kind in ("PEM", "PEMJ"):
            prov, k = arg.split(".")
            block = pem(k)
            value = block.replace("\n", "\\n") + "\\n" if kind == "PEMJ" else block
            labels.pos("repos", rel, line, prov, "%s-pem-%s" % (prov, k.lower()), block, tshape, match="pem")
        else:
            raise ValueError(tok)
        out.append(value)
    out.append(text[pos:])
    return "".join(out)


def render_all(labels, write):
    for rel, shape, text in T:
        write(rel, render(labels, rel, shape, text))
