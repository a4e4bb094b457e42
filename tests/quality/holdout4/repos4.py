"""Templates for the repos/ half of the fourth held-out corpus: files as committed."""
import base64

import formats4 as F
from formats4 import PROVIDERS


def build(Doc, gen):
    out = []

    def mk(path, shape):
        d = Doc("repos/" + path, "repos", shape)
        P = lambda prov, fmt, shape=None: d.pos(prov, fmt, gen(prov, fmt), shape)  # noqa: E731
        X = lambda prov, i=0, shape=None: (lambda k: d.dec(prov, k[0], k[2](), shape))(PROVIDERS[prov][2][i])  # noqa: E731
        V = lambda prov, kind, val, shape=None: d.dec(prov, kind, val, shape)  # noqa: E731
        return d, P, X, V

    def url(d, prov, scheme, user, host, tail="", shape=None, pw=None):
        pw = pw or F.an(20)
        full = "%s://%s:%s@%s%s" % (scheme, user, pw, host, tail)
        return d.pos(prov, "url-password", pw, shape, shown=full, accept=[full, "%s://%s:%s@%s" % (scheme, user, pw, host)])

    def enc(d, prov, fmt, val=None, shape=None):
        val = val or gen(prov, fmt)
        e = base64.b64encode(val.encode()).decode()
        return d.pos(prov, fmt, val, shape, shown=e, encoded="base64", encoded_value=e)

    def npm_auth(d):
        """An .npmrc _auth value: base64 of user:password; the password is the secret."""
        p = F.an(20)
        e = base64.b64encode(("ci:" + p).encode()).decode()
        return d.pos("generic", "password", p, "npmrc-auth", shown=e, encoded="base64", encoded_value=e, accept=["ci:" + p])

    def pw(d, fmt="password", shape=None, n=18, prov="generic"):
        return d.pos(prov, fmt, F.an(n - 2) + F.rs("!#%*+-", 1) + F.an(1), shape)

    def pem(d, kind, prov="privatekey", shape=None, indent=""):
        v = F.pem(kind)
        shown = v.replace("\n", "\n" + indent)
        return d.pos(prov, kind.lower().replace(" ", "-"), v, shape, shown=shown, match="pem")

    # --- Salesforce -------------------------------------------------------------
    d, P, X, V = mk("salesforce-erp/force-app/main/default/classes/ErpCallout.cls", "apex-string")
    t = """public with sharing class ErpCallout {
    // TODO move to a Named Credential before the security review
    private static final String STRIPE_KEY = '%s';
    private static final String SLACK_HOOK = '%s';
    private static final String ACCOUNT_ID = '%s'; // record id, not a secret
    private static final String TWILIO_SID = '%s';

    public static HttpResponse charge(Decimal amount) {
        HttpRequest req = new HttpRequest();
        req.setEndpoint('https://api.stripe.com/v1/payment_intents');
        req.setHeader('Authorization', 'Bearer ' + STRIPE_KEY);
        req.setHeader('X-Erp-Token', '%s');
        String auth = EncodingUtil.base64Encode(Blob.valueOf(TWILIO_SID + ':' + '%s'));
        return new Http().send(req);
    }
    // named credential callout: 'callout:Erp_API/orders' (no secret here)
    static String docsKey = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
}
""" % (P("stripe", "restricted-live"), P("slack", "webhook-url"), V("salesforce", "record-id", "001" + F.an(15)),
       X("twilio", 0), P("sendgrid", "api-key", "apex-header"), P("twilio", "auth-token", "apex-concat"))
    # the last line is Stripe's published docs test key: a decoy
    t = t.replace("sk_test_4eC39HqLyjWDarjtT1zdp7dc", V("stripe", "docs-example", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"))
    out.append((d, t))

    d, P, X, V = mk("salesforce-erp/.sfdx/sfdx-config.json", "json-pair")
    t = """{
  "defaultusername": "acme-prod",
  "defaultdevhubusername": "acme-devhub",
  "instanceUrl": "https://acme.my.salesforce.com",
  "orgId": "%s",
  "accessToken": "%s",
  "consumerKey": "%s",
  "clientSecret": "%s"
}
""" % (X("salesforce", 0), P("salesforce", "access-token"), X("salesforce", 1), P("salesforce", "consumer-secret"))
    out.append((d, t))

    d, P, X, V = mk("salesforce-erp/scripts/ci-auth.sh", "sh-echo-file")
    t = """#!/bin/sh
# CI: authorise the org from a stored auth URL
echo "%s" > authurl.txt
sf org login sfdx-url --sfdx-url-file authurl.txt --alias ci
sf org display --target-org ci --verbose  # prints the access token, do not paste
# SFDX_AUTH_URL=force://PlatformCLI::<refresh token>@<instance>
""" % (P("salesforce", "sfdx-auth-url"),)
    out.append((d, t))

    # --- Drupal / Symfony / Magento --------------------------------------------
    d, P, X, V = mk("drupal-site/web/sites/default/settings.php", "php-array-item")
    t = """<?php

$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => '%s',
  'host' => 'db.internal',
  'port' => '3306',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '%s';
$settings['config_sync_directory'] = '../config/sync';
$config['geolocation_google_maps.settings']['google_map_api_key'] = '%s';
$config['mailchimp.settings']['api_key'] = '%s';
$config['smtp.settings']['smtp_password'] = '%s';
$config['recaptcha.settings']['site_key'] = '%s';
$settings['trusted_host_patterns'] = ['^www\\.acme\\.example$'];
// $settings['hash_salt'] = file_get_contents('/run/secrets/hash_salt');
$config['s3fs.settings']['access_key'] = '%s';
$config['s3fs.settings']['secret_key'] = '%s';
$settings['file_private_path'] = '/var/private';
""" % (pw(d), d.pos("generic", "drupal-hash-salt", F.b64u(74)), P("google", "api-key"), P("mailchimp", "api-key"),
       P("sendgrid", "api-key"), V("google", "recaptcha-site-key", "6L" + F.b64u(38)), P("aws", "access-key-id"), P("aws", "secret-access-key"))
    out.append((d, t))

    d, P, X, V = mk("drupal-site/web/sites/default/settings.local.php", "php-array-item")
    t = """<?php
// Local overrides: these values are placeholders, copy from 1Password.
$databases['default']['default']['password'] = 'changeme';
$config['mailchimp.settings']['api_key'] = '%s';
$settings['hash_salt'] = '%s';
$config['stripe.settings']['apikey']['test']['secret'] = '%s';
$config['stripe.settings']['apikey']['test']['public'] = '%s';
""" % (X("mailchimp", 1), V("generic", "placeholder", "REPLACE_WITH_RANDOM_HASH_SALT"), P("stripe", "secret-test"), X("stripe", 0))
    out.append((d, t))

    d, P, X, V = mk("symfony-shop/.env.local.php", "php-array-item")
    t = """<?php

// This file was generated by running "composer dump-env prod"

return array (
  'APP_ENV' => 'prod',
  'APP_SECRET' => '%s',
  'DATABASE_URL' => '%s',
  'MESSENGER_TRANSPORT_DSN' => '%s',
  'MAILER_DSN' => 'sendgrid+api://%s@default',
  'STRIPE_SECRET_KEY' => '%s',
  'STRIPE_PUBLIC_KEY' => '%s',
  'SENTRY_DSN' => '%s',
  'ALGOLIA_APP_ID' => '%s',
  'ALGOLIA_API_KEY' => '%s',
  'OAUTH_GOOGLE_CLIENT_ID' => '%s',
  'OAUTH_GOOGLE_CLIENT_SECRET' => '%s',
  'LOCK_DSN' => 'flock',
);
""" % (d.pos("generic", "symfony-app-secret", F.hx(32)), url(d, "postgres", "postgresql", "shop", "db.internal:5432", "/shop?serverVersion=16&charset=utf8"),
       url(d, "url", "amqp", "shop", "rabbitmq.internal:5672", "/%2f/messages"), P("sendgrid", "api-key", "url-userinfo"), P("stripe", "secret-live"), X("stripe", 0),
       X("sentry", 0), X("algolia", 0), P("algolia", "admin-key"), X("google", 0), P("google", "oauth-client-secret"))
    out.append((d, t))

    d, P, X, V = mk("symfony-shop/.env", "dotenv")
    t = """# In all environments, the following files are loaded if they exist,
# the latter taking precedence over the former:
#  * .env                contains default values for the environment variables needed by the app
APP_ENV=dev
APP_SECRET=%s
DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"
MAILER_DSN=null://null
STRIPE_SECRET_KEY=%s
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
""" % (V("generic", "dev-default", "ChangeThisSecret"), X("stripe", 1))
    out.append((d, t))

    d, P, X, V = mk("magento-store/app/etc/env.php", "php-array-item")
    t = """<?php
return [
    'backend' => [
        'frontName' => 'admin_1q2w3e'
    ],
    'crypt' => [
        'key' => '%s'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql.internal',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '%s',
                'model' => 'mysql4',
                'active' => '1'
            ]
        ]
    ],
    'queue' => [
        'amqp' => [
            'host' => 'rabbitmq',
            'port' => '5672',
            'user' => 'magento',
            'password' => '%s',
            'virtualhost' => '/'
        ]
    ],
    'system' => [
        'default' => [
            'payment' => [
                'braintree' => [
                    'merchant_id' => '%s',
                    'public_key' => '%s',
                    'private_key' => '%s'
                ]
            ],
            'carriers' => [
                'fedex' => ['account' => '%s']
            ],
            'klaviyo_reclaim_general' => ['general' => ['private_api_key' => '%s', 'public_api_key' => '%s']]
        ]
    ],
    'install' => [
        'date' => 'Tue, 04 Mar 2025 10:12:44 +0000'
    ]
];
""" % (d.pos("generic", "magento-crypt-key", F.hx(32)), pw(d), pw(d), X("braintree", 0), X("braintree", 1), P("braintree", "private-key"),
       V("generic", "account-number", F.dg(9)), P("klaviyo", "private-key"), X("klaviyo", 0))
    out.append((d, t))

    # --- Puppet / Chef / Salt ---------------------------------------------------
    d, P, X, V = mk("puppet-control/data/common.yaml", "yaml-hiera")
    t = """---
profile::monitoring::datadog_api_key: '%s'
profile::monitoring::datadog_site: 'datadoghq.eu'
profile::db::postgres_password: '%s'
profile::backup::aws_access_key_id: %s
profile::backup::aws_secret_access_key: %s
profile::backup::bucket: 'acme-backups-eu'
profile::ci::gitlab_runner_token: %s
profile::app::secret_key_base: ENC[PKCS7,%s]
profile::app::sentry_dsn: '%s'
profile::mail::relay_password: >
  %s
lookup_options:
  '^profile::.*_password$':
    convert_to: Sensitive
""" % (P("datadog", "api-key"), pw(d), P("aws", "access-key-id"), P("aws", "secret-access-key"), P("gitlab", "runner-token"),
       V("generic", "eyaml-ciphertext", F.b64(180)), X("sentry", 0), pw(d, shape="yaml-folded"))
    out.append((d, t))

    d, P, X, V = mk("puppet-control/data/nodes/web01.acme.example.yaml", "yaml-hiera")
    t = """---
classes:
  - role::web
nginx::ssl_key_passphrase: '%s'
profile::web::newrelic_license_key: '%s'
profile::web::newrelic_account_id: '%s'
profile::web::cloudflare_api_token: '%s'
profile::web::cloudflare_zone_id: '%s'
""" % (pw(d), P("newrelic", "license-key"), X("newrelic", 0), P("cloudflare", "api-token"), X("cloudflare", 0))
    out.append((d, t))

    d, P, X, V = mk("chef-repo/data_bags/credentials/production.json", "json-pair")
    t = """{
  "id": "production",
  "github_deploy_token": "%s",
  "npm_token": "%s",
  "slack_bot_token": "%s",
  "slack_channel": "%s",
  "pagerduty_routing_key": "%s",
  "pagerduty_service": "%s",
  "rabbitmq": {
    "user": "chef",
    "password": "%s"
  },
  "encrypted_data": {"encrypted_data": "%s", "iv": "%s", "version": 3, "cipher": "aes-256-gcm"}
}
""" % (P("github", "classic-pat"), P("npm", "access-token"), P("slack", "bot-token"), X("slack", 0), P("pagerduty", "integration-key"),
       X("pagerduty", 0), pw(d), V("generic", "chef-encrypted-data", F.b64(96)), V("generic", "iv", F.b64(12)))
    out.append((d, t))

    d, P, X, V = mk("chef-repo/.chef/config.rb", "ruby-config")
    t = """current_dir = File.dirname(__FILE__)
log_level                :info
node_name                'deploy'
client_key               "#{current_dir}/deploy.pem"
chef_server_url          'https://chef.acme.example/organizations/acme'
knife[:aws_access_key_id] = '%s'
knife[:aws_secret_access_key] = '%s'
knife[:digital_ocean_access_token] = '%s'
knife[:vault_mode] = 'client'
""" % (P("aws", "access-key-id"), P("aws", "secret-access-key"), P("digitalocean", "pat"))
    out.append((d, t))

    d, P, X, V = mk("chef-repo/.chef/deploy.pem", "pem-file")
    t = pem(d, "RSA PRIVATE KEY") + "\n"
    out.append((d, t))

    d, P, X, V = mk("salt/pillar/app/init.sls", "yaml-nested")
    t = """app:
  env: production
  mailgun:
    domain: mg.acme.example
    api_key: %s
  sentry:
    dsn: %s
    auth_token: %s
  redis_url: %s
  rabbitmq_password: {{ salt['vault'].read_secret('secret/app/rabbit')['password'] }}
  openai:
    key: "%s"
  hf_token: %s
  stripe:
    secret: %s
    publishable: %s
""" % (P("mailgun", "private-key"), X("sentry", 0), P("sentry", "user-auth-token"), url(d, "url", "redis", "default", "redis.internal:6379", "/0"),
       P("openai", "project-key"), P("huggingface", "user-token"), P("stripe", "secret-live"), X("stripe", 0))
    out.append((d, t))

    d, P, X, V = mk("salt/pillar/users.sls", "yaml-nested")
    t = """users:
  deploy:
    fullname: Deploy Bot
    # salted SHA-512 crypt hash, not a password
    password: '%s'
    ssh_auth:
      - %s
  backup:
    restic_password: %s
    b2_account_id: %s
    b2_account_key: %s
""" % (V("generic", "password-hash", "$6$" + F.b64u(16).replace("-", ".").replace("_", "/") + "$" + F.b64u(86).replace("-", ".").replace("_", "/")),
       V("generic", "ssh-public-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + F.b64(32)[:43] + " deploy@ci"), pw(d), X("backblaze", 0), P("backblaze", "application-key"))
    out.append((d, t))

    # --- Go k8s operator ----------------------------------------------------------
    d, P, X, V = mk("db-operator/config/manager/manager.yaml", "k8s-env-value")
    t = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: controller-manager
  namespace: system
spec:
  template:
    spec:
      containers:
      - command:
        - /manager
        args:
        - --leader-elect
        - --health-probe-bind-address=:8081
        image: controller:latest
        name: manager
        env:
        - name: CLOUD_API_TOKEN
          value: "%s"
        - name: SLACK_WEBHOOK_URL
          value: %s
        - name: DD_API_KEY
          valueFrom:
            secretKeyRef:
              name: datadog
              key: api-key
        - name: OPERATOR_NAMESPACE
          value: db-system
        - name: VAULT_TOKEN
          value: %s
        - name: WATCH_LABEL
          value: "%s"
""" % (P("digitalocean", "pat"), P("slack", "webhook-url"), P("vault", "service-token"), V("generic", "uuid-label", F.uid()))
    out.append((d, t))

    d, P, X, V = mk("db-operator/config/default/kustomization.yaml", "kustomize-literal")
    t = """namespace: db-system
namePrefix: db-operator-
resources:
- ../crd
- ../rbac
- ../manager
secretGenerator:
- name: cloud-credentials
  literals:
  - AWS_ACCESS_KEY_ID=%s
  - AWS_SECRET_ACCESS_KEY=%s
  - LINODE_TOKEN=%s
  - REGION=eu-central-1
- name: registry
  type: kubernetes.io/dockerconfigjson
  files:
  - .dockerconfigjson=registry.json
configMapGenerator:
- name: manager-config
  literals:
  - CLUSTER_ID=%s
images:
- name: controller
  newName: ghcr.io/acme/db-operator
  newTag: v0.7.2
  digest: sha256:%s
""" % (P("aws", "access-key-id"), P("aws", "secret-access-key"), P("linode", "pat"), V("generic", "cluster-id", F.uid()), V("generic", "image-digest", F.hx(64)))
    out.append((d, t))

    d, P, X, V = mk("db-operator/config/default/registry.json", "docker-auth")
    user = "acme-bot"
    tok = F.crc_token("ghp_")
    a = base64.b64encode((user + ":" + tok).encode()).decode()
    t = '{"auths":{"ghcr.io":{"auth":"%s"}}}\n' % d.pos("github", "classic-pat", tok, shown=a, encoded="base64", encoded_value=a, accept=[user + ":" + tok])
    out.append((d, t))

    d, P, X, V = mk("db-operator/config/samples/secret.yaml", "k8s-secret-data")
    t = """apiVersion: v1
kind: Secret
metadata:
  name: postgres-admin
type: Opaque
data:
  username: %s
  password: %s
  api-token: %s
stringData:
  sendgrid-key: %s
  note: "rotate quarterly"
""" % (V("generic", "base64-username", base64.b64encode(b"postgres").decode()), enc(d, "generic", "password", F.an(22)),
       enc(d, "planetscale", "service-token"), P("sendgrid", "api-key", "k8s-stringdata"))
    out.append((d, t))

    d, P, X, V = mk("db-operator/internal/controller/cloud_client.go", "go-const")
    t = """package controller

import (
	"net/http"
	"os"
)

// defaultToken is used by the e2e suite when CLOUD_API_TOKEN is unset.
const defaultToken = "%s"

var hetznerToken = os.Getenv("HCLOUD_TOKEN")

func newRequest(url string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Authorization", "Bearer %s")
	req.Header.Set("X-Request-Id", "%s")
	return req
}
""" % (P("hetzner", "api-token"), P("digitalocean", "oauth-token", "go-header"), V("generic", "request-id", F.uid()))
    out.append((d, t))

    # --- Elixir -----------------------------------------------------------------
    d, P, X, V = mk("phoenix-app/config/runtime.exs", "elixir-env-default")
    t = """import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      "%s"

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      "%s"

  config :my_app, MyAppWeb.Endpoint,
    url: [host: "app.acme.example", port: 443, scheme: "https"],
    secret_key_base: secret_key_base

  config :my_app, MyApp.Mailer,
    adapter: Swoosh.Adapters.Postmark,
    api_key: System.get_env("POSTMARK_API_KEY", "%s")

  config :stripity_stripe, api_key: "%s"
  config :ex_aws, access_key_id: "%s", secret_access_key: "%s"
  config :my_app, :signing_salt, "%s"
  config :sentry, dsn: "%s"
  config :my_app, :github_app_id, %s
end
""" % (url(d, "postgres", "ecto", "my_app", "db.internal", "/my_app_prod"), P("phoenix", "secret-key-base"), P("postmark", "server-token"),
       P("stripe", "restricted-live", "elixir-keyword"), P("aws", "access-key-id", "elixir-keyword"), P("aws", "secret-access-key", "elixir-keyword"),
       V("generic", "signing-salt", F.an(8)), X("sentry", 0), V("github", "app-id", F.dg(6)))
    out.append((d, t))

    d, P, X, V = mk("phoenix-app/config/dev.exs", "elixir-keyword")
    t = """import Config

config :my_app, MyApp.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "my_app_dev"

config :my_app, MyAppWeb.Endpoint,
  secret_key_base: "%s",
  live_view: [signing_salt: "%s"]

config :my_app, :openai_api_key, "%s"
""" % (P("phoenix", "secret-key-base"), V("generic", "signing-salt", F.an(8)), P("openai", "legacy-key"))
    out.append((d, t))

    # --- Deno / Bun ---------------------------------------------------------------
    d, P, X, V = mk("deno-api/deno.json", "json-task-env")
    t = """{
  "tasks": {
    "dev": "DENO_KV_ACCESS_TOKEN=%s deno run -A --watch main.ts",
    "deploy": "deployctl deploy --project=acme-api --token=%s main.ts",
    "test": "deno test -A"
  },
  "imports": {
    "@std/assert": "jsr:@std/assert@^1.0.0",
    "hono": "jsr:@hono/hono@^4.6.0"
  },
  "deploy": {"project": "%s", "entrypoint": "main.ts"}
}
""" % (d.pos("deno", "deploy-token", "ddp_" + F.an(36)), d.pos("deno", "deploy-token", "ddp_" + F.an(36), "cli-flag"), V("deno", "project-id", F.uid()))
    out.append((d, t))

    d, P, X, V = mk("deno-api/main.ts", "ts-const")
    t = """import { Hono } from "hono";

const app = new Hono();
const OPENAI_KEY = Deno.env.get("OPENAI_API_KEY") ?? "%s";
const upstashToken = "%s";
const upstashUrl = "%s";

app.get("/", (c) => c.text("ok"));
app.post("/chat", async (c) => {
  const r = await fetch("https://api.groq.com/openai/v1/chat/completions", {
    headers: { Authorization: "Bearer %s" },
  });
  return c.json(await r.json());
});
Deno.serve(app.fetch);
""" % (P("openai", "project-key", "ts-env-fallback"), P("upstash", "rest-token"), X("upstash", 0), P("groq", "api-key", "ts-header"))
    out.append((d, t))

    d, P, X, V = mk("bun-worker/bunfig.toml", "toml-registry")
    t = """[install]
# private scope on the company registry
registry = "https://registry.npmjs.org"

[install.scopes]
acme = { token = "%s", url = "https://registry.npmjs.org/" }
internal = { username = "ci", password = "%s", url = "https://npm.acme.example/" }
jsr = { url = "https://npm.jsr.io/", token = "$JSR_TOKEN" }

[test]
coverage = true
""" % (P("npm", "access-token"), pw(d))
    out.append((d, t))

    d, P, X, V = mk("bun-worker/.npmrc", "npmrc")
    t = """@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=%s
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
//npm.acme.example/:_auth=%s
always-auth=true
""" % (P("github", "classic-pat"), npm_auth(d))
    out.append((d, t))

    # --- Cloudflare Workers --------------------------------------------------------
    d, P, X, V = mk("edge-worker/wrangler.toml", "toml-vars")
    t = """name = "edge-worker"
main = "src/index.ts"
compatibility_date = "2025-09-01"
account_id = "%s"

[vars]
ENVIRONMENT = "production"
RESEND_API_KEY = "%s"
TURNSTILE_SITE_KEY = "%s"
TURNSTILE_SECRET_KEY = "%s"
POSTHOG_KEY = "%s"

[[kv_namespaces]]
binding = "CACHE"
id = "%s"

[[d1_databases]]
binding = "DB"
database_name = "prod"
database_id = "%s"

[env.staging.vars]
ANTHROPIC_API_KEY = "%s"
""" % (X("cloudflare", 1), P("resend", "api-key"), V("cloudflare", "turnstile-site-key", "0x4AAAAAAA" + F.b64u(14)),
       d.pos("cloudflare", "turnstile-secret", "0x4AAAAAAA" + F.b64u(24)), X("posthog", 0), V("cloudflare", "kv-id", F.hx(32)),
       V("cloudflare", "d1-id", F.uid()), P("anthropic", "api-key"))
    out.append((d, t))

    d, P, X, V = mk("edge-worker/.dev.vars", "dotenv")
    t = """CLOUDFLARE_API_TOKEN=%s
STRIPE_WEBHOOK_SECRET=%s
JWT_SECRET=%s
DISCORD_PUBLIC_KEY=%s
DISCORD_TOKEN=%s
""" % (P("cloudflare", "api-token"), P("stripe", "webhook-secret"), pw(d, "jwt-secret", n=40), X("discord", 1), P("discord", "bot-token"))
    out.append((d, t))

    # --- Supabase / Firebase -----------------------------------------------------
    d, P, X, V = mk("supabase-app/supabase/functions/notify/index.ts", "ts-const")
    t = """import { createClient } from "jsr:@supabase/supabase-js@2";

const supabase = createClient(
  "https://%s.supabase.co",
  "%s",
);
const anon = "%s";
const TWILIO_AUTH_TOKEN = "%s";
const TWILIO_ACCOUNT_SID = "%s";
const expoToken = "%s";

Deno.serve(async (req) => {
  const body = await req.json();
  return new Response(JSON.stringify({ ok: true, id: body.id }));
});
""" % (F.lo(20), P("supabase", "service-role-jwt", "ts-sdk-positional"), X("supabase", 1), P("twilio", "auth-token"), X("twilio", 0),
       d.pos("expo", "access-token", F.b64u(40)))
    out.append((d, t))

    d, P, X, V = mk("supabase-app/supabase/.env", "dotenv")
    t = """SUPABASE_AUTH_EXTERNAL_GITHUB_CLIENT_ID=%s
SUPABASE_AUTH_EXTERNAL_GITHUB_SECRET=%s
SUPABASE_ACCESS_TOKEN=%s
SUPABASE_DB_PASSWORD=%s
SUPABASE_PUBLISHABLE_KEY=%s
SUPABASE_SECRET_KEY=%s
OPENAI_API_KEY=%s
""" % (X("github", 0), d.pos("github", "oauth-client-secret", F.hx(40)), P("supabase", "access-token"), pw(d), X("supabase", 0),
       P("supabase", "secret-key"), P("openai", "service-account-key"))
    out.append((d, t))

    d, P, X, V = mk("firebase-app/functions/.runtimeconfig.json", "json-nested")
    t = """{
  "stripe": {"secret": "%s", "webhook_secret": "%s"},
  "mailchimp": {"key": "%s", "list": "%s"},
  "slack": {"webhook": "%s"},
  "algolia": {"app_id": "%s", "admin_key": "%s", "search_key": "%s"}
}
""" % (P("stripe", "secret-live"), P("stripe", "webhook-secret"), P("mailchimp", "api-key"), X("mailchimp", 0), P("slack", "webhook-url"),
       X("algolia", 0), P("algolia", "admin-key"), X("algolia", 1))
    out.append((d, t))

    d, P, X, V = mk("firebase-app/functions/service-account.json", "gcp-service-account")
    t = """{
  "type": "service_account",
  "project_id": "acme-app-%s",
  "private_key_id": "%s",
  "private_key": "%s",
  "client_email": "firebase-adminsdk-x1y2z@acme-app.iam.gserviceaccount.com",
  "client_id": "%s",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""" % (F.dg(5), V("google", "private-key-id", F.hx(40)), "PEMPLACE", V("google", "client-id-number", F.dg(21)))
    k = F.pem("PRIVATE KEY")
    t = t.replace("PEMPLACE", d.pos("google", "service-account-private-key", k, shown=k.replace("\n", "\\n") + "\\n", match="pem"))
    out.append((d, t))

    d, P, X, V = mk("firebase-app/android/app/google-services.json", "json-pair")
    t = """{
  "project_info": {"project_number": "%s", "project_id": "acme-app", "storage_bucket": "acme-app.appspot.com"},
  "client": [{
    "client_info": {"mobilesdk_app_id": "1:%s:android:%s"},
    "api_key": [{"current_key": "%s"}]
  }]
}
""" % (V("google", "project-number", F.dg(12)), F.dg(12), F.hx(16), P("google", "api-key"))
    out.append((d, t))

    # --- Fastlane -----------------------------------------------------------------
    d, P, X, V = mk("ios-app/fastlane/Appfile", "ruby-dsl")
    t = """app_identifier("com.acme.app")
apple_id("release@acme.example")
itc_team_id("%s")
team_id("%s")
""" % (V("generic", "team-id", F.dg(9)), V("generic", "team-id", F.up(10)))
    out.append((d, t))

    d, P, X, V = mk("ios-app/fastlane/Matchfile", "ruby-dsl")
    t = """git_url("%s")
storage_mode("git")
type("appstore")
app_identifier(["com.acme.app"])
username("release@acme.example")
""" % (url(d, "github", "https", "x-access-token", "github.com", "/acme/certificates.git", pw=F.crc_token("ghp_")),)
    # the URL's password is a GitHub token
    d.labels[-1]["format"] = "classic-pat"
    out.append((d, t))

    d, P, X, V = mk("ios-app/fastlane/.env.default", "dotenv")
    t = """FASTLANE_USER=release@acme.example
FASTLANE_PASSWORD=%s
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=%s
MATCH_PASSWORD=%s
SLACK_URL=%s
FIREBASE_TOKEN=%s
APP_STORE_CONNECT_API_KEY_KEY_ID=%s
APP_STORE_CONNECT_API_KEY_ISSUER_ID=%s
SENTRY_AUTH_TOKEN=%s
""" % (pw(d), d.pos("generic", "apple-app-specific-password", "-".join(F.rs("abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4))), pw(d),
       P("slack", "webhook-url"), d.pos("google", "firebase-ci-token", "1//0" + F.b64u(99)), V("generic", "key-id", F.up(10)), V("generic", "issuer-id", F.uid()),
       P("sentry", "org-auth-token"))
    out.append((d, t))

    d, P, X, V = mk("ios-app/fastlane/AuthKey_ABC123XYZ9.p8", "pem-file")
    t = pem(d, "PRIVATE KEY") + "\n"
    out.append((d, t))

    # --- Unreal / Godot -----------------------------------------------------------
    d, P, X, V = mk("unreal-game/Config/DefaultEngine.ini", "ini-pair")
    t = """[/Script/Engine.Engine]
+ActiveGameNameRedirects=(OldGameName="TP_Blank",NewGameName="/Script/Acme")

[OnlineSubsystemSteam]
bEnabled=true
SteamDevAppId=%s
SteamWebApiKey=%s

[/Script/OnlineSubsystemEOS.EOSSettings]
ClientId=%s
ClientSecret=%s
ProductId=%s

[CrashReportClient]
DataRouterUrl="https://o%s.ingest.sentry.io/api/%s/unreal/%s/"

[/Script/Acme.Analytics]
ApiKey=%s
""" % (X("steam", 0), P("steam", "web-api-key"), V("generic", "client-id", "xyza" + F.an(28)), d.pos("generic", "eos-client-secret", F.b64(32).rstrip("=")),
       V("generic", "product-id", F.hx(32)), F.dg(6), F.dg(7), F.hx(32), P("amplitude", "secret-key"))
    out.append((d, t))

    d, P, X, V = mk("godot-game/export_presets.cfg", "ini-pair")
    t = """[preset.0]

name="Android"
platform="Android"
export_path="build/acme.aab"

[preset.0.options]

keystore/release="res://release.keystore"
keystore/release_user="acme"
keystore/release_password="%s"
package/unique_name="com.acme.game"
gradle_build/use_gradle_build=true

[preset.1.options]
codesign/apple_team_id="%s"
notarization/api_uuid="%s"
notarization/apple_id_password="%s"
""" % (pw(d), V("generic", "team-id", F.up(10)), V("generic", "issuer-id", F.uid()),
       d.pos("generic", "apple-app-specific-password", "-".join(F.rs("abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4))))
    out.append((d, t))

    d, P, X, V = mk("godot-game/project.godot", "ini-pair")
    t = """config_version=5

[application]
config/name="Acme Quest"
run/main_scene="res://main.tscn"

[autoload]
Backend="*res://backend.gd"

[backend]
nakama/server_key="%s"
playfab/title_id="%s"
playfab/developer_secret_key="%s"
sentry/dsn="%s"
""" % (V("generic", "default-server-key", "defaultkey"), V("generic", "title-id", F.HX_(5)), d.pos("generic", "playfab-secret", F.up(40)), X("sentry", 0))
    out.append((d, t))

    # --- R / Julia / MATLAB -------------------------------------------------------
    d, P, X, V = mk("analysis-r/scripts/fetch_data.R", "r-setenv")
    t = """library(httr2)
library(DBI)

Sys.setenv(OPENAI_API_KEY = "%s")
Sys.setenv(CENSUS_KEY = "%s")
con <- dbConnect(RPostgres::Postgres(), host = "warehouse.internal", user = "analyst",
                 password = "%s", dbname = "dw")
req <- request("https://api.github.com/user") |>
  req_auth_bearer_token("%s")
aws.signature::use_credentials(profile = "analytics")
Sys.setenv("AWS_ACCESS_KEY_ID" = "%s", "AWS_SECRET_ACCESS_KEY" = "%s")
seed <- "%s"
""" % (P("openai", "project-key"), V("generic", "public-api-key", F.hx(40)), pw(d, shape="r-named-arg"), P("github", "fine-grained-pat", "r-sdk-arg"),
       P("aws", "access-key-id"), P("aws", "secret-access-key"), V("generic", "seed", F.hx(32)))
    out.append((d, t))

    d, P, X, V = mk("analysis-r/.Renviron", "dotenv")
    t = """R_LIBS_USER=~/R/library
GITHUB_PAT=%s
MAPBOX_PUBLIC_TOKEN=%s
MAPBOX_SECRET_TOKEN=%s
TWITTER_BEARER=%s
""" % (P("github", "classic-pat"), X("mapbox", 0), P("mapbox", "secret-token"), P("twitter", "bearer-token"))
    out.append((d, t))

    d, P, X, V = mk("models-jl/scripts/train.jl", "julia-env")
    t = """using HTTP, JSON3

ENV["WANDB_API_KEY"] = "%s"
const HF_TOKEN = "%s"
const DATASET = "%s"
headers = ["Authorization" => "Bearer %s"]
r = HTTP.get("https://api.replicate.com/v1/models"; headers)
""" % (P("wandb", "api-key"), P("huggingface", "user-token", "julia-const"), X("huggingface", 0), P("replicate", "api-token", "julia-header"))
    out.append((d, t))

    d, P, X, V = mk("signal-matlab/fetchQuotes.m", "matlab-assign")
    t = """function data = fetchQuotes(symbol)
%% FETCHQUOTES pulls daily prices
apiKey = '%s'; %% polygon.io free tier
opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' '%s']});
data = webread(['https://api.example-market.com/v2/aggs/' symbol], opts);
conn = database('trades', 'quant', '%s');
uuid = '%s';
end
""" % (d.pos("generic", "api-key", F.an(32)), P("mistral", "api-key", "matlab-header"), pw(d, shape="matlab-positional"), V("generic", "uuid", F.uid()))
    out.append((d, t))

    # --- data pipelines -----------------------------------------------------------
    d, P, X, V = mk("data-platform/meltano.yml", "yaml-nested")
    t = """version: 1
default_environment: prod
project_id: %s
plugins:
  extractors:
  - name: tap-github
    variant: meltanolabs
    config:
      auth_token: %s
      repositories: [acme/api, acme/web]
  - name: tap-stripe
    config:
      client_secret: %s
      start_date: '2024-01-01T00:00:00Z'
  - name: tap-hubspot
    config:
      access_token: %s
  - name: tap-salesforce
    config:
      client_id: %s
      client_secret: %s
      refresh_token: %s
  loaders:
  - name: target-snowflake
    config:
      account: %s
      user: MELTANO
      password: %s
      warehouse: LOADING
""" % (V("generic", "project-uuid", F.uid()), P("github", "fine-grained-pat"), P("stripe", "restricted-live"),
       d.pos("hubspot", "private-app-token", "pat-eu1-" + F.uid()), X("salesforce", 1), P("salesforce", "consumer-secret"),
       d.pos("salesforce", "refresh-token", "5Aep861" + F.b64u(80).replace("-", ".").replace("_", ".")), X("snowflake", 0), P("snowflake", "password"))
    out.append((d, t))

    d, P, X, V = mk("data-platform/taps/tap-zendesk.config.json", "json-pair")
    t = """{
  "start_date": "2024-01-01T00:00:00Z",
  "subdomain": "acmehelp",
  "email": "data@acme.example",
  "api_token": "%s",
  "access_token": "%s"
}
""" % (P("zendesk", "api-token"), d.pos("zendesk", "oauth-token", F.hx(64)))
    out.append((d, t))

    d, P, X, V = mk("data-platform/taps/tap-shopify.config.json", "json-pair")
    t = """{"shop": "acme-store", "api_key": "%s", "access_token": "%s", "start_date": "2024-06-01"}
""" % (X("shopify", 0), P("shopify", "admin-access-token"))
    out.append((d, t))

    d, P, X, V = mk("data-platform/orchestration/definitions.py", "py-resource-arg")
    t = '''from dagster import Definitions, EnvVar
from dagster_snowflake import SnowflakeResource
from dagster_dbt import DbtCliResource
from dagster_slack import SlackResource

defs = Definitions(
    resources={
        "snowflake": SnowflakeResource(account="%s", user="DAGSTER", password=EnvVar("SNOWFLAKE_PASSWORD")),
        "slack": SlackResource(token="%s"),
        "dbt": DbtCliResource(project_dir="dbt"),
        "fivetran_api_secret": "%s",
        "openai": {"api_key": "%s"},
    },
)
''' % (X("snowflake", 0), P("slack", "bot-token"), d.pos("generic", "api-secret", F.an(32)), P("openai", "admin-key"))
    out.append((d, t))

    d, P, X, V = mk("data-platform/prefect.yaml", "yaml-nested")
    t = """name: data-platform
prefect-version: 3.1.0
pull:
- prefect.deployments.steps.git_clone:
    repository: https://github.com/acme/data-platform.git
    access_token: %s
deployments:
- name: nightly
  entrypoint: flows/nightly.py:run
  work_pool:
    name: %s
    job_variables:
      env:
        PREFECT_API_KEY: %s
        DBT_CLOUD_API_TOKEN: %s
        DBT_CLOUD_ACCOUNT_ID: "%s"
        AIRFLOW_CONN_WAREHOUSE: %s
""" % (P("github", "classic-pat"), X("prefect", 1), P("prefect", "api-key"), P("dbtcloud", "service-token"), X("dbtcloud", 0),
       url(d, "postgres", "postgresql", "airflow", "warehouse.internal:5432", "/dw"))
    out.append((d, t))

    d, P, X, V = mk("data-platform/airflow/airflow.cfg", "ini-pair")
    t = """[core]
executor = CeleryExecutor
fernet_key = %s
dags_folder = /opt/airflow/dags

[database]
sql_alchemy_conn = %s

[celery]
broker_url = %s
result_backend = db+postgresql://airflow:airflow@localhost/airflow

[webserver]
secret_key = %s
base_url = https://airflow.acme.example
""" % (P("airflow", "fernet-key"), url(d, "postgres", "postgresql+psycopg2", "airflow", "pg.internal:5432", "/airflow"),
       url(d, "url", "redis", "", "redis.internal:6379", "/1"), P("airflow", "webserver-secret"))
    out.append((d, t))

    # --- Home Assistant -----------------------------------------------------------
    d, P, X, V = mk("homeassistant/secrets.yaml", "yaml-pair")
    t = """# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
some_password: welcome
latitude: 52.3731
longitude: 4.8922
mqtt_password: %s
telegram_bot_token: %s
telegram_chat_id: %s
openweathermap_api_key: %s
google_assistant_key: %s
spotify_client_id: %s
spotify_client_secret: %s
pushover_api_key: %s
influxdb_token: %s
alexa_client_secret: %s
""" % (pw(d), P("telegram", "bot-token"), X("telegram", 0), d.pos("generic", "api-key", F.hx(32)), P("google", "api-key"),
       X("spotify", 0), P("spotify", "client-secret"), d.pos("generic", "api-key", F.lo(30)), P("influxdb", "api-token"),
       d.pos("generic", "client-secret", F.hx(64)))
    out.append((d, t))

    d, P, X, V = mk("homeassistant/configuration.yaml", "yaml-pair")
    t = """homeassistant:
  name: Home
  latitude: !secret latitude
mqtt:
  broker: 192.168.1.10
  password: !secret mqtt_password
notify:
  - platform: discord
    token: %s
  - name: slack_ops
    platform: slack
    api_key: %s
    default_channel: '#home'
octoprint:
  host: 192.168.1.30
  api_key: %s
"""  % (P("discord", "bot-token"), P("slack", "bot-token"), V("generic", "placeholder", "!secret octoprint_key"))
    out.append((d, t))

    # --- OpenVPN / WireGuard -------------------------------------------------------
    d, P, X, V = mk("vpn/client-office.ovpn", "pem-inline")
    t = """client
dev tun
proto udp
remote vpn.acme.example 1194
resolv-retry infinite
nobind
remote-cert-tls server
cipher AES-256-GCM
auth-user-pass
<ca>
-----BEGIN CERTIFICATE-----
%s
-----END CERTIFICATE-----
</ca>
<key>
%s
</key>
key-direction 1
<tls-auth>
%s
</tls-auth>
""" % ("\n".join(F.b64(48) for _ in range(6)), pem(d, "PRIVATE KEY"), "TLSPLACE")
    hexlines = "\n".join(F.hx(32) for _ in range(16))
    st = "-----BEGIN OpenVPN Static key V1-----\n" + hexlines + "\n-----END OpenVPN Static key V1-----"
    t = t.replace("TLSPLACE", d.pos("privatekey", "openvpn-static-key", st, match="pem"))
    out.append((d, t))

    d, P, X, V = mk("vpn/wg0.conf", "ini-pair")
    t = """[Interface]
Address = 10.8.0.2/24
PrivateKey = %s
DNS = 10.8.0.1

[Peer]
PublicKey = %s
PresharedKey = %s
Endpoint = vpn.acme.example:51820
AllowedIPs = 0.0.0.0/0
""" % (d.pos("generic", "wireguard-private-key", F.b64(32)), V("generic", "wireguard-public-key", F.b64(32)), d.pos("generic", "wireguard-preshared-key", F.b64(32)))
    out.append((d, t))

    d, P, X, V = mk("vpn/auth.txt", "plain-lines")
    t = "vpn-user-jdoe\n%s\n" % pw(d)
    out.append((d, t))

    # --- Postfix / Dovecot ---------------------------------------------------------
    d, P, X, V = mk("mailserver/postfix/sasl_passwd", "postfix-map")
    t = """[smtp.sendgrid.net]:587 apikey:%s
[smtp.mailgun.org]:587 postmaster@mg.acme.example:%s
[email-smtp.eu-west-1.amazonaws.com]:587 %s:%s
""" % (P("sendgrid", "api-key"), pw(d, "smtp-password", n=32), X("aws", 0), d.pos("aws", "ses-smtp-password", "BL" + F.b64(30)[:42]))
    out.append((d, t))

    d, P, X, V = mk("mailserver/dovecot/dovecot-ldap.conf.ext", "ini-pair")
    t = """hosts = ldap.acme.example
dn = cn=dovecot,ou=services,dc=acme,dc=example
dnpass = %s
auth_bind = yes
base = ou=people,dc=acme,dc=example
default_pass_scheme = SSHA512
# admin's hashed password for reference: {SSHA512}%s
""" % (pw(d), V("generic", "password-hash", F.b64(72)))
    out.append((d, t))

    d, P, X, V = mk("mailserver/postfix/mysql-virtual-mailbox-maps.cf", "ini-pair")
    t = """user = mailuser
password = %s
hosts = 127.0.0.1
dbname = mailserver
query = SELECT 1 FROM virtual_users WHERE email='%%s'
""" % (pw(d),)
    out.append((d, t))

    # --- PowerShell / Windows registry -----------------------------------------
    d, P, X, V = mk("dotfiles/Documents/PowerShell/Microsoft.PowerShell_profile.ps1", "powershell-env")
    t = """Import-Module posh-git
$env:GITHUB_TOKEN = "%s"
$env:AZURE_DEVOPS_EXT_PAT = '%s'
$env:OPENAI_API_KEY = "%s"
[Environment]::SetEnvironmentVariable("ANTHROPIC_API_KEY", "%s", "User")
$cred = New-Object System.Management.Automation.PSCredential("svc-deploy", (ConvertTo-SecureString "%s" -AsPlainText -Force))
$env:AZURE_TENANT_ID = "%s"
$env:AZURE_CLIENT_SECRET = "%s"
function Connect-Prod { Connect-AzAccount -ServicePrincipal -Tenant $env:AZURE_TENANT_ID }
Set-Alias k kubectl
""" % (P("github", "classic-pat"), d.pos("azure", "devops-pat", F.lo(52)), P("openai", "project-key"), P("anthropic", "api-key", "powershell-setenv"),
       pw(d, shape="powershell-securestring"), V("azure", "tenant-id", F.uid()), d.pos("azure", "client-secret", F.an(3) + "8Q~" + F.b64u(31).replace("-", ".")))
    out.append((d, t))

    d, P, X, V = mk("windows/acme-agent.reg", "reg-value")
    t = """Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\Agent]
"ServerUrl"="https://agent.acme.example"
"ApiKey"="%s"
"TenantId"="%s"
"ProxyPassword"="%s"

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\prod-bastion]
"HostName"="bastion.acme.example"
"UserName"="ops"
"ProxyPassword"="%s"
"PublicKeyFile"="C:\\\\Users\\\\ops\\\\.ssh\\\\bastion.ppk"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Datadog\\Datadog Agent]
"api_key"="%s"
"site"="datadoghq.eu"
"hostname"="%s"
""" % (d.pos("generic", "api-key", F.an(40)), V("generic", "tenant-id", F.uid()), pw(d), pw(d), P("datadog", "api-key"), V("generic", "hostname", "WIN-" + F.up(11)))
    out.append((d, t))

    # --- IDE settings --------------------------------------------------------------
    d, P, X, V = mk("backend-kt/.idea/dataSources.xml", "xml-attribute")
    t = """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="prod@db" uuid="%s">
      <driver-ref>postgresql</driver-ref>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://db.acme.example:5432/prod?user=app&amp;password=%s</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
    <data-source source="LOCAL" name="analytics" uuid="%s">
      <jdbc-url>%s</jdbc-url>
    </data-source>
  </component>
</project>
""" % (V("generic", "uuid", F.uid()), pw(d, shape="jdbc-query"), V("generic", "uuid", F.uid()),
       url(d, "mongodb", "mongodb+srv", "analytics", "cluster0." + F.lo(5) + ".mongodb.net", "/events?retryWrites=true&amp;w=majority"))
    out.append((d, t))

    d, P, X, V = mk("backend-kt/.idea/workspace.xml", "xml-attribute")
    t = """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="RunManager">
    <configuration name="Application" type="SpringBootApplicationConfigurationType">
      <envs>
        <env name="SPRING_PROFILES_ACTIVE" value="local" />
        <env name="STRIPE_API_KEY" value="%s" />
        <env name="SENDGRID_API_KEY" value="%s" />
        <env name="GOOGLE_MAPS_KEY" value="%s" />
        <env name="JWT_SECRET" value="%s" />
        <env name="BUILD_ID" value="%s" />
      </envs>
    </configuration>
  </component>
  <component name="PropertiesComponent">{"keyToString": {"last_opened_file_path": "/home/dev/acme"}}</component>
</project>
""" % (P("stripe", "secret-test"), P("sendgrid", "api-key"), P("google", "api-key"), pw(d, "jwt-secret", n=48), V("generic", "commit-sha", F.hx(40)))
    out.append((d, t))

    d, P, X, V = mk("web-app/.vscode/settings.json", "json-pair")
    t = """{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {"name": "prod", "driver": "PostgreSQL", "server": "db.acme.example", "port": 5432, "username": "app", "password": "%s", "database": "prod"}
  ],
  "rest-client.environmentVariables": {
    "prod": {"baseUrl": "https://api.acme.example", "token": "%s"},
    "local": {"baseUrl": "http://localhost:3000", "token": "{{$dotenv API_TOKEN}}"}
  },
  "github.copilot.advanced": {"authProvider": "github"},
  "sonarlint.connectedMode.connections.sonarcloud": [{"organizationKey": "acme", "token": "%s"}],
  "gitlens.remotes": [{"domain": "git.acme.example", "type": "GitLab"}],
  "workbench.colorTheme": "%s"
}
""" % (pw(d), P("linear", "api-key"), P("sonarcloud", "user-token"), V("generic", "theme", "Default Dark Modern"))
    out.append((d, t))

    d, P, X, V = mk("web-app/.vscode/launch.json", "json-env")
    t = """{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "API",
      "program": "${workspaceFolder}/src/server.ts",
      "env": {
        "NODE_ENV": "development",
        "DATABASE_URL": "%s",
        "CLERK_SECRET_KEY": "%s",
        "CLERK_PUBLISHABLE_KEY": "%s",
        "RESEND_API_KEY": "%s",
        "PINECONE_API_KEY": "%s",
        "OTEL_TRACE_ID": "%s"
      },
      "args": ["--token", "%s"]
    }
  ]
}
""" % (url(d, "neon", "postgresql", "neondb_owner", "ep-" + F.lo(6) + "-" + F.lo(6) + "-a" + F.lo(6) + ".eu-central-1.aws.neon.tech", "/neondb?sslmode=require"),
       d.pos("clerk", "secret-key", "sk_live_" + F.an(40)), V("clerk", "publishable-key", "pk_live_" + base64.b64encode(b"clerk.acme.example$").decode()),
       P("resend", "api-key"), P("pinecone", "api-key"), V("generic", "trace-id", F.hx(32)), P("tailscale", "auth-key", "cli-flag"))
    out.append((d, t))

    # --- issue-template markdown / pasted sessions ----------------------------------
    d, P, X, V = mk("cli-tool/.github/ISSUE_TEMPLATE/bug_report.md", "markdown-code")
    t = """---
name: Bug report
about: Create a report to help us improve
---

**Describe the bug**
`acme deploy` fails with 401 after upgrading to 2.3.

**To Reproduce**
Paste the output of `acme doctor` (remove tokens first!):

```
$ acme doctor
acme 2.3.0 (linux/amd64)
config: /home/user/.config/acme/config.toml
token: <redacted>
```
"""
    out.append((d, t + "\n"))

    d, P, X, V = mk("cli-tool/docs/issues/1287-deploy-401.md", "markdown-terminal")
    t = """### acme deploy returns 401 since 2.3.0

I ran it with debug logging:

```console
$ export ACME_TOKEN=%s
$ ACME_LOG=debug acme deploy --project web
DEBUG request POST https://api.acme.example/v2/deploys
DEBUG header Authorization: Bearer %s
DEBUG header X-Request-Id: %s
DEBUG response 401 {"error":"invalid_token","request_id":"%s"}
$ env | grep -i key
AWS_ACCESS_KEY_ID=%s
AWS_SECRET_ACCESS_KEY=%s
OPENROUTER_API_KEY=%s
GPG_KEY_ID=%s
$ cat ~/.netrc
machine api.heroku.com
  login me@acme.example
  password %s
```

Same with 2.2.9 and `--token %s`.
""" % (P("vercel", "token", "markdown-export"), P("netlify", "pat"), V("generic", "request-id", F.uid()), V("generic", "request-id", F.uid()),
       P("aws", "access-key-id"), P("aws", "secret-access-key"), P("openrouter", "api-key"), V("generic", "gpg-key-id", F.HX_(16)),
       P("heroku", "api-key-uuid", "netrc"), V("generic", "placeholder", "<YOUR_TOKEN>"))
    out.append((d, t))

    d, P, X, V = mk("cli-tool/docs/issues/1301-sync-fails.md", "markdown-terminal")
    t = """Steps:

1. `acme login`
2. `acme sync --all`

Log:

    $ acme sync --all
    using credentials from ~/.acme/credentials:
      [default]
      aws_access_key_id = %s
      aws_secret_access_key = %s
      region = eu-west-1
    error: bucket acme-sync-%s not found

Workaround from @maintainer: set `ACME_SYNC_TOKEN=%s` and retry.
The stripe key in our sample (`%s`) is the one from the docs, ignore it.
""" % (P("aws", "access-key-id"), P("aws", "secret-access-key"), F.lo(6), P("doppler", "service-token", "markdown-inline"),
       X("aws", 1, ))
    out.append((d, t))

    # --- diff / patch ------------------------------------------------------------------
    d, P, X, V = mk("cli-tool/patches/0003-use-env-for-keys.diff", "diff-minus-plus")
    t = """diff --git a/src/config.ts b/src/config.ts
index 3f2a1c4..9b8e7d2 100644
--- a/src/config.ts
+++ b/src/config.ts
@@ -1,9 +1,9 @@
 export const config = {
-  mailgunKey: "%s",
-  brevoKey: "%s",
+  mailgunKey: process.env.MAILGUN_API_KEY,
+  brevoKey: process.env.BREVO_API_KEY,
   region: "eu",
-  postmarkToken: "%s",
+  postmarkToken: process.env.POSTMARK_SERVER_TOKEN ?? "%s",
+  mapboxPublic: "%s",
 };
""" % (P("mailgun", "private-key"), P("brevo", "api-key"), P("postmark", "server-token"), V("postmark", "test-token", "POSTMARK_API_TEST"), X("mapbox", 0))
    out.append((d, t))

    # --- more project kinds to widen providers ----------------------------------------
    d, P, X, V = mk("salt/pillar/monitoring.sls", "yaml-nested")
    t = """monitoring:
  grafana:
    admin_password: %s
    sa_token: %s
  honeycomb:
    api_key: %s
  opsgenie:
    api_key: %s
  pagerduty:
    token: %s
  rollbar_token: %s
  bugsnag_api_key: %s
  dynatrace:
    api_token: %s
    env: %s
  sumologic:
    access_id: %s
    access_key: %s
""" % (pw(d), P("grafana", "service-account"), P("honeycomb", "ingest-key"), P("opsgenie", "api-key"), P("pagerduty", "api-key"),
       P("rollbar", "server-token"), X("bugsnag", 0), P("dynatrace", "api-token"), X("dynatrace", 0), X("sumologic", 0), P("sumologic", "access-key"))
    out.append((d, t))

    d, P, X, V = mk("puppet-control/site/profile/templates/netrc.erb", "netrc")
    t = """machine github.com
  login acme-ci
  password %s
machine api.bitbucket.org login acme password %s
machine <%%= @artifact_host %%>
  login <%%= @artifact_user %%>
  password <%%= @artifact_password %%>
""" % (P("github", "classic-pat"), pw(d))
    out.append((d, t))

    d, P, X, V = mk("db-operator/hack/e2e.env", "dotenv")
    t = """KIND_CLUSTER=db-e2e
SCW_ACCESS_KEY=%s
SCW_SECRET_KEY=%s
SCW_DEFAULT_ORGANIZATION_ID=%s
VULTR_API_KEY=%s
OCI_FINGERPRINT=%s
TENCENTCLOUD_SECRET_ID=%s
TENCENTCLOUD_SECRET_KEY=%s
ALIBABA_CLOUD_ACCESS_KEY_ID=%s
ALIBABA_CLOUD_ACCESS_KEY_SECRET=%s
IBMCLOUD_API_KEY=%s
""" % (X("scaleway", 0), P("scaleway", "secret-key"), X("scaleway", 1), P("vultr", "api-key"), X("oraclecloud", 0), P("tencentcloud", "secret-id"),
       P("tencentcloud", "secret-key"), P("alibabacloud", "access-key-id"), P("alibabacloud", "access-key-secret"), P("ibmcloud", "api-key"))
    out.append((d, t))

    d, P, X, V = mk("edge-worker/src/integrations.ts", "ts-const")
    t = """export const integrations = {
  cohere: { apiKey: "%s" },
  voyage: { apiKey: "%s", model: "voyage-3" },
  tavily: "%s",
  firecrawl: "%s",
  langfuse: { publicKey: "%s", secretKey: "%s" },
  posthogProjectKey: "%s",
  posthogPersonal: "%s",
  launchdarklySdk: "%s",
  launchdarklyClientId: "%s",
  segmentWriteKey: "%s",
  mixpanelToken: "%s",
};
""" % (P("cohere", "api-key"), P("voyageai", "api-key"), P("tavily", "api-key"), P("firecrawl", "api-key"), X("langfuse", 0),
       P("langfuse", "secret-key"), X("posthog", 0), P("posthog", "personal-key"), P("launchdarkly", "sdk-key"), X("launchdarkly", 1),
       P("segment", "write-key"), X("mixpanel", 0))
    out.append((d, t))

    d, P, X, V = mk("salesforce-erp/force-app/main/default/customMetadata/Integration.Shipping.md-meta.xml", "xml-element")
    t = """<?xml version="1.0" encoding="UTF-8"?>
<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <label>Shipping</label>
    <protected>false</protected>
    <values>
        <field>Shippo_Token__c</field>
        <value xsi:type="xsd:string">%s</value>
    </values>
    <values>
        <field>EasyPost_Key__c</field>
        <value xsi:type="xsd:string">%s</value>
    </values>
    <values>
        <field>Docusign_Account__c</field>
        <value xsi:type="xsd:string">%s</value>
    </values>
    <values>
        <field>Mollie_Key__c</field>
        <value xsi:type="xsd:string">%s</value>
    </values>
    <values>
        <field>Square_Token__c</field>
        <value xsi:type="xsd:string">%s</value>
    </values>
    <values>
        <field>Square_App__c</field>
        <value xsi:type="xsd:string">%s</value>
    </values>
</CustomMetadata>
""" % (P("shippo", "live-token"), P("easypost", "prod-key"), V("generic", "account-id", F.uid()), P("mollie", "live-key"), P("square", "access-token"), X("square", 0))
    out.append((d, t))

    d, P, X, V = mk("phoenix-app/config/prod.secret.exs", "elixir-keyword")
    t = """use Mix.Config

config :my_app, MyApp.Repo,
  url: "%s",
  pool_size: 10

config :ex_twilio, account_sid: "%s", auth_token: "%s"
config :pigeon, :fcm, key: "%s"
config :my_app, :paystack, secret_key: "%s", public_key: "%s"
config :my_app, :mailjet, api_key: "%s", secret_key: "%s"
config :my_app, :honeybadger, api_key: "%s"
""" % (url(d, "postgres", "ecto", "app", "prod-db.internal:5432", "/app"), X("twilio", 0), P("twilio", "auth-token"), P("google", "api-key"),
       P("paystack", "secret-live"), X("paystack", 0), X("mailjet", 0), P("mailjet", "secret-key"), d.pos("honeybadger", "api-key", "hbp_" + F.an(30)))
    out.append((d, t))

    d, P, X, V = mk("homeassistant/custom_components/energy/const.py", "py-assign")
    t = """DOMAIN = "energy_prices"
ENTSOE_TOKEN = "%s"
TIBBER_TOKEN = "%s"
DEFAULT_AREA = "NL"
NORDPOOL_UUID = "%s"
""" % (d.pos("generic", "api-token", F.uid()), d.pos("generic", "api-token", F.b64u(43)), V("generic", "uuid", F.uid()))
    out.append((d, t))

    d, P, X, V = mk("ios-app/fastlane/Pluginfile.lock.env", "dotenv")
    t = """FIREBASE_APP_ID=1:%s:ios:%s
FIREBASEAPPDISTRO_APP=1:%s:ios:%s
CRASHLYTICS_API_TOKEN=%s
BROWSERSTACK_USERNAME=%s
BROWSERSTACK_ACCESS_KEY=%s
SAUCE_USERNAME=acme-qa
SAUCE_ACCESS_KEY=%s
""" % (F.dg(12), F.hx(16), F.dg(12), F.hx(22), d.pos("generic", "api-token", F.hx(40)), X("browserstack", 0), P("browserstack", "access-key"), P("saucelabs", "access-key"))
    out.append((d, t))

    d, P, X, V = mk("data-platform/dbt/profiles.yml", "yaml-nested")
    t = """acme:
  target: prod
  outputs:
    prod:
      type: databricks
      host: %s
      http_path: /sql/1.0/warehouses/%s
      token: %s
      schema: analytics
    bq:
      type: bigquery
      method: service-account-json
      project: acme-dw
      keyfile_json:
        type: service_account
        private_key_id: %s
        private_key: "%s"
""" % (X("databricks", 0), F.hx(16), P("databricks", "pat"), V("google", "private-key-id", F.hx(40)), "PEMPLACE")
    k = F.pem("PRIVATE KEY")
    t = t.replace("PEMPLACE", d.pos("google", "service-account-private-key", k, shown=k.replace("\n", "\\n") + "\\n", match="pem"))
    out.append((d, t))

    d, P, X, V = mk("deno-api/.github/workflows/deploy.yml", "yaml-nested")
    t = """name: deploy
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DENO_DEPLOY_TOKEN: ${{ secrets.DENO_DEPLOY_TOKEN }}
      FLY_API_TOKEN: %s
      RENDER_API_KEY: %s
      RAILWAY_TOKEN: %s
      CODECOV_TOKEN: %s
      SNYK_TOKEN: ${{ secrets.SNYK_TOKEN }}
    steps:
      - uses: actions/checkout@%s
      - run: curl -fsS -X POST "https://api.render.com/deploy/srv-%s?key=%s"
""" % (P("flyio", "legacy-token"), P("render", "api-key"), d.pos("railway", "project-token", F.uid()), P("codecov", "upload-token"),
       V("generic", "commit-sha", F.hx(40)), F.lo(20), d.pos("render", "deploy-hook-key", F.b64u(11)))
    out.append((d, t))

    # --- decoy-heavy files as committed: examples, lockfiles, sums ------------------
    provs = sorted(PROVIDERS)
    d, P, X, V = mk("symfony-shop/.env.dist", "dotenv")
    lines = ["# Copy to .env.local and fill in. Public ids are safe to commit."]
    for p in provs[0:60:2]:
        kind, env, g = PROVIDERS[p][2][0]
        lines.append("%s=%s" % (env, d.dec(p, kind, g())))
        lines.append("%s=" % PROVIDERS[p][1][0][1])
    t = "\n".join(lines) + "\n"
    out.append((d, t))

    d, P, X, V = mk("edge-worker/wrangler.example.toml", "toml-vars")
    lines = ['name = "edge-worker"', "", "[vars]"]
    for p in provs[60:120:2]:
        kind, env, g = PROVIDERS[p][2][1]
        lines.append('%s = "%s"' % (env, d.dec(p, kind, g())))
    t = "\n".join(lines) + "\n"
    out.append((d, t))

    d, P, X, V = mk("homeassistant/secrets.example.yaml", "yaml-pair")
    lines = ["# example values only; the real file is not committed"]
    for p in provs[120:200:2]:
        kind, env, g = PROVIDERS[p][2][0]
        lines.append("%s: %s" % (env.lower(), d.dec(p, kind, g())))
    t = "\n".join(lines) + "\n"
    out.append((d, t))

    d, P, X, V = mk("db-operator/go.sum", "go-sum")
    mods = ["github.com/go-logr/logr v1.4.2", "github.com/onsi/ginkgo/v2 v2.21.0", "github.com/onsi/gomega v1.35.1",
            "k8s.io/api v0.31.2", "k8s.io/apimachinery v0.31.2", "k8s.io/client-go v0.31.2", "sigs.k8s.io/controller-runtime v0.19.1",
            "github.com/prometheus/client_golang v1.20.5", "go.uber.org/zap v1.27.0", "golang.org/x/oauth2 v0.23.0",
            "github.com/google/uuid v1.6.0", "github.com/stripe/stripe-go/v81 v81.0.0"]
    lines = []
    for m in mods:
        lines.append("%s h1:%s" % (m, d.dec("generic", "module-hash", F.b64(32))))
        lines.append("%s/go.mod h1:%s" % (m, d.dec("generic", "module-hash", F.b64(32))))
    t = "\n".join(lines) + "\n"
    out.append((d, t))

    d, P, X, V = mk("magento-store/composer.lock", "json-lock")
    pk = ["magento/framework", "stripe/stripe-php", "braintree/braintree_php", "klaviyo/magento2-extension", "guzzlehttp/guzzle",
          "symfony/console", "monolog/monolog", "laminas/laminas-http", "paypal/module-braintree", "sentry/sentry"]
    lines = ['{', '    "content-hash": "%s",' % d.dec("generic", "content-hash", F.hx(32)), '    "packages": [']
    for i, n in enumerate(pk):
        lines.append('        {"name": "%s", "version": "%d.%d.%d", "dist": {"type": "zip", "reference": "%s", "shasum": "%s"}}%s' % (
            n, R_int(1, 9), R_int(0, 20), R_int(0, 9), d.dec("generic", "commit-sha", F.hx(40)), d.dec("generic", "shasum", F.hx(40)), "," if i < len(pk) - 1 else ""))
    lines += ["    ]", "}"]
    t = "\n".join(lines) + "\n"
    out.append((d, t))

    d, P, X, V = mk("cli-tool/CHANGELOG.md", "markdown-text")
    lines = ["# Changelog", ""]
    for i in range(12):
        lines.append("- %s fix token refresh race (#%d), build %s" % (d.dec("generic", "commit-sha", F.hx(40)), 1200 + i, d.dec("generic", "build-uuid", F.uid())))
    t = "\n".join(lines) + "\n"
    out.append((d, t))

    d, P, X, V = mk("db-operator/config/manager/secret-refs.yaml", "k8s-env-value")
    lines = ["env:"]
    for p in provs[200:250:2]:
        env = PROVIDERS[p][1][0][1]
        lines.append("- name: %s" % env)
        lines.append("  value: %s" % d.dec(p, "env-ref", "$(%s)" % env))
    t = "\n".join(lines) + "\n"
    out.append((d, t))

    return out


def R_int(a, b):
    return F.R.randint(a, b)
