"""repos/: files as committed in project kinds the earlier holdouts did not centre on.

Java EE (persistence.xml, Tomcat context.xml/tomcat-users.xml, WildFly standalone.xml,
web.xml, Spring Cloud bootstrap.properties), Kafka/Hadoop/Trino configs, PHP
(CodeIgniter, Yii2, CakePHP), Node (pm2 ecosystem.config.js, nodemon.json,
node-config, knexfile, Sequelize), Python (alembic.ini, Scrapy, Celery,
Superset, gunicorn), Ruby (Capistrano, newrelic.yml, sidekiq), Go viper YAML
and config.toml, Rocket.toml, infrastructure (tfvars, Pulumi plaintext config,
Ansible INI/YAML inventories, Packer HCL, cloud-init user-data, systemd drop-in,
supervisord, Nomad job, Vault/Consul agent HCL), database tools (DBeaver
data-sources.json, Liquibase, Flyway, .pgpass, my.cnf, pgbouncer userlist,
redis.conf), monitoring and logging (prometheus.yml, grafana.ini, datadog.yaml,
telegraf.conf, filebeat.yml, fluent-bit, fluentd, vector.toml, OTel collector,
logstash, Sentry self-hosted).
"""
import base64

import formats6 as F

PW = F.AL + "!#%^*-_+=."
JINJA_LOOKUP = '"{{ lookup(\'hashi_vault\', \'secret=kv/data/mon:token\') }}"'


def password():
    return F.rs(F.string.ascii_uppercase, 2) + F.rs(PW, 14) + F.dg(2) + F.rs("!#%^*", 1)


# providers the snippets half did not draw, written here for the repos half only
EXTRA = {
    ("generic", "password"): password,
    ("generic", "secret-key"): lambda: F.b64u(50),
    ("generic", "hex-secret"): lambda: F.hx(64),
    ("postgres", "password"): lambda: F.an(24),
    ("aws", "access-key-id"): lambda: "AKIA" + F.rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    ("aws", "secret-access-key"): lambda: F.rs(F.AL + "+/", 40),
    ("datadog", "api-key"): lambda: F.hx(32),
    ("datadog", "app-key"): lambda: F.hx(40),
    ("gitlab", "pat"): lambda: "glpat-" + F.b64u(20),
    ("gitlab", "runner-token"): lambda: "glrt-" + F.b64u(20),
    ("vault", "token"): lambda: "hvs." + F.b64u(90),
    ("cloudflare", "api-token"): lambda: F.b64u(40),
    ("tailscale", "auth-key"): lambda: "tskey-auth-k%s-%s" % (F.an(10), F.an(33)),
    ("huggingface", "token"): lambda: "hf_" + F.rs(F.string.ascii_letters, 34),
    ("anthropic", "api-key"): lambda: "sk-ant-api03-" + F.b64u(93) + "AA",
    ("telegram", "bot-token"): lambda: "%s:AA%s" % (F.dg(10), F.b64u(33)),
    ("mailgun", "api-key"): lambda: "key-" + F.hx(32),
    ("npm", "token"): lambda: F.gh("npm_"),
    ("docker", "pat"): lambda: "dckr_pat_" + F.b64u(27),
    ("okta", "api-token"): lambda: "00" + F.b64u(40),
    ("privatekey", "rsa"): lambda: F.pem_rsa(),
    ("jwt", "hs256"): lambda: F.jwt({"sub": "svc-reporting", "role": "admin", "iat": 1760000000}),
    ("laravel", "app-key"): lambda: "base64:" + F.b64(32),
}


def build(Doc, gen):
    docs = []

    def G(prov, fmt):
        return EXTRA[(prov, fmt)]() if (prov, fmt) in EXTRA else gen(prov, fmt)

    def doc(path, shape):
        d = Doc("repos/" + path, "repos", shape)
        d.P = lambda prov, fmt, shape=None: d.secret(prov, fmt, G(prov, fmt), shape=shape)
        d.V = lambda prov, fmt, value, shape=None: d.secret(prov, fmt, value, shape=shape)
        d.X = lambda prov, kind, value, shape=None: d.dec(prov, kind, value, shape=shape)
        d.XG = lambda prov, kind, fmt, shape=None: d.dec(prov, kind, G(prov, fmt), shape=shape)
        d.B = lambda prov, fmt, shape=None: d.b64(prov, fmt, G(prov, fmt), shape=shape)
        return d

    def add(d, t):
        docs.append((d, t))

    # ---- Java EE billing monolith -------------------------------------------------
    d = doc("billing-javaee/src/main/resources/META-INF/persistence.xml", "xml-property-value")
    add(d, f"""<?xml version="1.0" encoding="UTF-8"?>
<persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
  <persistence-unit name="billingPU" transaction-type="RESOURCE_LOCAL">
    <provider>org.hibernate.jpa.HibernatePersistenceProvider</provider>
    <class>com.acme.billing.Invoice</class>
    <properties>
      <property name="jakarta.persistence.jdbc.driver" value="org.postgresql.Driver"/>
      <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://billing-db.prod.internal:5432/billing"/>
      <property name="jakarta.persistence.jdbc.user" value="{d.X('generic', 'username', 'billing_app')}"/>
      <property name="jakarta.persistence.jdbc.password" value="{d.P('generic', 'password')}"/>
      <property name="hibernate.hikari.dataSource.password" value="{d.X('generic', 'property-placeholder', '${{db.password}}')}"/>
    </properties>
  </persistence-unit>
  <persistence-unit name="reportingPU">
    <properties>
      <property name="javax.persistence.jdbc.url" value="jdbc:mysql://reports.prod.internal:3306/reports?user=reporter&amp;password={d.P('generic', 'password', shape='jdbc-url-param')}"/>
      <property name="javax.persistence.jdbc.password" value="{d.X('generic', 'empty-dev', 'sa')}"/>
    </properties>
  </persistence-unit>
</persistence>
""")

    d = doc("billing-javaee/tomcat/conf/context.xml", "xml-attribute")
    add(d, f"""<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/BillingDS" auth="Container" type="javax.sql.DataSource"
              maxTotal="50" maxIdle="10" maxWaitMillis="10000"
              username="{d.X('generic', 'username', 'billing')}" password="{d.P('generic', 'password')}"
              driverClassName="org.postgresql.Driver"
              url="jdbc:postgresql://billing-db.prod.internal:5432/billing"/>
    <Resource name="mail/Session" auth="Container" type="jakarta.mail.Session"
              mail.smtp.host="smtp.sendgrid.net" mail.smtp.port="587" mail.smtp.user="{d.X('sendgrid', 'smtp-username', 'apikey')}"
              password="{d.P('sendgrid', 'api-key')}"/>
    <Environment name="stripe/secretKey" value="{d.P('stripe', 'secret-key-live')}" type="java.lang.String" override="false"/>
    <Environment name="stripe/publishableKey" value="{d.XG('stripe', 'publishable-key', 'publishable-key')}" type="java.lang.String"/>
    <Manager pathname="" />
    <!-- session cookie signing uses the key below; rotated 2025-09 -->
    <Parameter name="sessionSecret" value="{d.P('generic', 'hex-secret')}" override="false"/>
    <Parameter name="buildChecksum" value="{d.X('generic', 'sha256-checksum', F.hx(64))}" override="false"/>
</Context>
""")

    d = doc("billing-javaee/tomcat/conf/tomcat-users.xml", "xml-attribute")
    add(d, f"""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="deployer" password="{d.P('generic', 'password')}" roles="manager-script"/>
  <user username="ops" password="{d.P('generic', 'password')}" roles="manager-gui"/>
  <!-- digest-hashed entry (sha-256, realm CredentialHandler) -->
  <user username="audit" password="{d.X('generic', 'password-hash', F.hx(32) + '$1$' + F.hx(64))}" roles="manager-status"/>
  <user username="tomcat" password="{d.X('generic', 'docs-placeholder', '<must-be-changed>')}" roles="tomcat"/>
</tomcat-users>
""")

    d = doc("billing-javaee/wildfly/standalone.xml", "xml-element")
    add(d, f"""<?xml version='1.0' encoding='UTF-8'?>
<server xmlns="urn:jboss:domain:20.0">
    <profile>
        <subsystem xmlns="urn:jboss:domain:datasources:7.0">
            <datasources>
                <datasource jndi-name="java:jboss/datasources/BillingDS" pool-name="BillingDS">
                    <connection-url>jdbc:oracle:thin:@//ora-prod.internal:1521/BILLING</connection-url>
                    <driver>oracle</driver>
                    <security>
                        <user-name>{d.X('generic', 'username', 'BILLING_OWNER')}</user-name>
                        <password>{d.P('generic', 'password')}</password>
                    </security>
                </datasource>
                <datasource jndi-name="java:jboss/datasources/AuditDS" pool-name="AuditDS">
                    <connection-url>jdbc:postgresql://audit-db.internal:5432/audit</connection-url>
                    <security>
                        <user-name>audit</user-name>
                        <password>{d.X('generic', 'vault-expression', '${{VAULT::ds_AuditDS::password::1}}')}</password>
                    </security>
                </datasource>
            </datasources>
        </subsystem>
        <subsystem xmlns="urn:jboss:domain:mail:4.0">
            <mail-session name="default" jndi-name="java:jboss/mail/Default">
                <smtp-server outbound-socket-binding-ref="mail-smtp" username="postmaster@mg.acme.example" password="{d.P('mailgun', 'api-key', shape='xml-attribute')}"/>
            </mail-session>
        </subsystem>
        <subsystem xmlns="urn:jboss:domain:elytron:18.0">
            <credential-stores>
                <credential-store name="cs" location="cs.jceks">
                    <credential-reference clear-text="{d.P('generic', 'password', shape='xml-attribute')}"/>
                </credential-store>
            </credential-stores>
            <key-stores>
                <key-store name="httpsKS">
                    <credential-reference clear-text="{d.X('generic', 'default-password', 'changeit')}"/>
                </key-store>
            </key-stores>
        </subsystem>
    </profile>
</server>
""")

    d = doc("billing-javaee/src/main/webapp/WEB-INF/web.xml", "xml-context-param")
    add(d, f"""<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
  <display-name>billing</display-name>
  <context-param>
    <param-name>twilio.accountSid</param-name>
    <param-value>{d.XG('twilio', 'account-sid', 'account-sid')}</param-value>
  </context-param>
  <context-param>
    <param-name>twilio.authToken</param-name>
    <param-value>{d.P('twilio', 'auth-token')}</param-value>
  </context-param>
  <context-param>
    <param-name>paypal.clientId</param-name>
    <param-value>{d.XG('paypal', 'client-id', 'client-id')}</param-value>
  </context-param>
  <context-param>
    <param-name>paypal.clientSecret</param-name>
    <param-value>{d.P('paypal', 'client-secret')}</param-value>
  </context-param>
  <context-param>
    <param-name>plaid.secret</param-name>
    <param-value>
        {d.P('plaid', 'secret', shape='xml-element-multiline')}
    </param-value>
  </context-param>
  <context-param>
    <param-name>plaid.clientId</param-name>
    <param-value>{d.XG('plaid', 'client-id', 'client-id')}</param-value>
  </context-param>
</web-app>
""")

    d = doc("billing-javaee/config-client/src/main/resources/bootstrap.properties", "properties")
    add(d, f"""spring.application.name=billing
spring.cloud.config.uri=https://config.prod.internal
spring.cloud.config.username=billing
spring.cloud.config.password={d.P('generic', 'password')}
spring.cloud.vault.token={d.P('vault', 'token')}
spring.cloud.consul.config.acl-token={d.P('consul', 'acl-token')}
encrypt.key={d.P('generic', 'secret-key')}
# encrypted by the config server, safe to commit
billing.stripe.secret={d.X('generic', 'cipher-value', '{cipher}' + F.hx(96))}
billing.db.password={d.X('generic', 'jasypt-encrypted', 'ENC(' + F.b64(48) + ')')}
billing.datadog.api-key=${{DD_API_KEY:}}
management.endpoints.web.exposure.include=health,info
""")

    d = doc("billing-javaee/kafka/client-ssl.properties", "properties")
    ck = F.up(16)
    add(d, f"""bootstrap.servers={d.XG('confluent', 'bootstrap', 'bootstrap')}
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{d.X('confluent', 'api-key-id', ck)}" password="{d.P('confluent', 'api-secret', shape='jaas-config')}";
ssl.truststore.location=/etc/kafka/secrets/truststore.jks
ssl.truststore.password={d.P('generic', 'password')}
ssl.keystore.password={d.X('generic', 'default-password', 'changeit')}
schema.registry.url=https://psrc-{F.lo(5)}.eu-central-1.aws.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info={d.X('confluent', 'sr-key-id', F.up(16))}:{d.P('confluent', 'api-secret-cflt', shape='properties-user-info')}
""")

    d = doc("billing-javaee/hadoop/core-site.xml", "xml-hadoop-property")
    add(d, f"""<?xml version="1.0"?>
<configuration>
  <property>
    <name>fs.s3a.access.key</name>
    <value>{d.P('aws', 'access-key-id')}</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>{d.P('aws', 'secret-access-key')}</value>
  </property>
  <property>
    <name>fs.azure.account.key.acmelake.dfs.core.windows.net</name>
    <value>{d.V('azure', 'storage-account-key', F.b64(64))}</value>
  </property>
  <property>
    <name>fs.s3a.bucket.archive.endpoint</name>
    <value>{d.X('aws', 'endpoint', 's3.eu-west-1.amazonaws.com')}</value>
  </property>
  <property>
    <name>fs.gs.auth.service.account.private.key.id</name>
    <value>{d.X('google', 'private-key-id', F.hx(40))}</value>
  </property>
</configuration>
""")

    d = doc("billing-javaee/trino/catalog/warehouse.properties", "properties")
    add(d, f"""connector.name=postgresql
connection-url=jdbc:postgresql://warehouse.internal:5432/dw
connection-user={d.X('generic', 'username', 'trino_ro')}
connection-password={d.P('postgres', 'password')}
case-insensitive-name-matching=true
""")

    # ---- PHP: CodeIgniter, Yii2, CakePHP --------------------------------------------
    d = doc("crm-codeigniter/application/config/database.php", "php-array-item")
    add(d, f"""<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => 'mysql-prod.internal',
	'username' => '{d.X('generic', 'username', 'crm_app')}',
	'password' => '{d.P('generic', 'password')}',
	'database' => 'crm',
	'dbdriver' => 'mysqli',
	'db_debug' => (ENVIRONMENT !== 'production'),
);

$db['legacy'] = array(
	'hostname' => 'localhost',
	'username' => 'root',
	'password' => '{d.X('generic', 'empty-password', '')}',
	'database' => 'crm_legacy',
);
""")

    d = doc("crm-codeigniter/application/config/config.php", "php-array-item")
    add(d, f"""<?php
$config['base_url'] = 'https://crm.acme.example/';
$config['index_page'] = '';
$config['encryption_key'] = '{d.P('generic', 'hex-secret')}';
$config['sess_driver'] = 'database';
$config['cookie_prefix'] = '';
$config['csrf_token_name'] = 'csrf_test_name';
$config['mailchimp_api_key'] = "{d.P('mailchimp', 'api-key')}";
$config['mailchimp_list_id'] = '{d.XG('mailchimp', 'list-id', 'list-id')}';
$config['recaptcha_site_key'] = '{d.X('google', 'recaptcha-site-key', '6L' + F.b64u(38))}';
$config['recaptcha_secret'] = '{d.V('google', 'recaptcha-secret', '6L' + F.b64u(38))}';
""")

    d = doc("crm-codeigniter/.env", "dotenv-dotted")
    add(d, f"""#--------------------------------------------------------------------
# CodeIgniter 4 environment
#--------------------------------------------------------------------
CI_ENVIRONMENT = production
app.baseURL = 'https://crm.acme.example/'
database.default.hostname = mysql-prod.internal
database.default.database = crm
database.default.username = {d.X('generic', 'username', 'crm_app')}
database.default.password = {d.P('generic', 'password')}
database.default.DBDriver = MySQLi
encryption.key = hex2bin:{d.P('generic', 'hex-secret')}
# database.tests.password = {d.X('generic', 'commented-placeholder', 'root')}
email.SMTPUser = {d.X('brevo', 'smtp-login', 'apps@acme.example')}
email.SMTPPass = {d.P('brevo', 'smtp-key')}
""")

    d = doc("shop-yii2/config/db.php", "php-return-array")
    add(d, f"""<?php

return [
    'class' => 'yii\\db\\Connection',
    'dsn' => 'pgsql:host=shop-db.internal;port=5432;dbname=shop',
    'username' => '{d.X('generic', 'username', 'shop')}',
    'password' => '{d.P('postgres', 'password')}',
    'charset' => 'utf8',
    'enableSchemaCache' => true,
];
""")

    d = doc("shop-yii2/config/params-local.php", "php-return-array")
    add(d, f"""<?php
return [
    'adminEmail' => 'admin@acme.example',
    'razorpay' => [
        'keyId' => '{d.XG('razorpay', 'key-id', 'key-id')}',
        'keySecret' => '{d.P('razorpay', 'key-secret')}',
    ],
    'flutterwave' => [
        'publicKey' => '{d.XG('flutterwave', 'public-key', 'public-key')}',
        'secretKey' => '{d.P('flutterwave', 'secret-key-live')}',
        'encryptionKey' => '{d.X('flutterwave', 'encryption-key-test-docs', 'FLWSECK_TEST' + F.hx(12))}',
    ],
    'shippo.token' => '{d.P('shippo', 'live-token')}',
    'woocommerce' => ['ck' => '{d.XG('woocommerce', 'consumer-key-id', 'consumer-key-id')}', 'cs' => '{d.P('woocommerce', 'consumer-secret')}'],
    'user.passwordResetTokenExpire' => 3600,
];
""")

    d = doc("shop-yii2/config/web.php", "php-array-item")
    add(d, f"""<?php
$params = require __DIR__ . '/params.php';
$config = [
    'id' => 'shop',
    'components' => [
        'request' => [
            // !!! insert a secret key in the following (if it is empty) - this is required by cookie validation
            'cookieValidationKey' => '{d.P('generic', 'secret-key')}',
        ],
        'mailer' => [
            'class' => \\yii\\symfonymailer\\Mailer::class,
            'transport' => ['dsn' => 'smtp://{d.X('mailersend', 'smtp-username', 'MS_' + F.an(6) + '@acme.mlsender.net')}:{d.P('mailersend', 'api-token', shape='php-dsn-password')}@smtp.mailersend.net:587'],
        ],
        'cache' => ['class' => 'yii\\redis\\Cache', 'redis' => ['hostname' => 'redis.internal', 'password' => '{d.P('generic', 'password')}']],
    ],
];
return $config;
""")

    d = doc("events-cakephp/config/app_local.php", "php-array-item")
    add(d, f"""<?php
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),
    'Security' => [
        'salt' => env('SECURITY_SALT', '{d.P('generic', 'hex-secret', shape='php-env-default')}'),
    ],
    'Datasources' => [
        'default' => [
            'host' => 'events-db.internal',
            'username' => '{d.X('generic', 'username', 'events')}',
            'password' => '{d.P('generic', 'password')}',
            'database' => 'events',
            'url' => env('DATABASE_URL', null),
        ],
        'test' => [
            'username' => 'my_app',
            'password' => '{d.X('generic', 'docs-placeholder', 'secret')}',
        ],
    ],
    'EmailTransport' => [
        'default' => [
            'host' => 'smtp.postmarkapp.com',
            'username' => '{d.X('generic', 'smtp-username-uuid', F.uid())}',
            'password' => env('EMAIL_TRANSPORT_PASSWORD', null),
        ],
    ],
    'Stripe' => ['secret' => '{d.P('stripe', 'restricted-key')}', 'webhook' => '{d.P('stripe', 'webhook-secret')}'],
];
""")

    # ---- Node services -----------------------------------------------------------------
    d = doc("node-platform/ecosystem.config.js", "js-pm2-env")
    add(d, f"""module.exports = {{
  apps: [
    {{
      name: 'api',
      script: './dist/server.js',
      instances: 'max',
      exec_mode: 'cluster',
      env: {{
        NODE_ENV: 'development',
        DATABASE_URL: '{d.X('url', 'url-placeholder', 'postgres://postgres:postgres@localhost:5432/api_dev')}',
      }},
      env_production: {{
        NODE_ENV: 'production',
        DATABASE_URL: '{d.P('url', 'postgres-url')}',
        REDIS_URL: 'redis://:{d.P('generic', 'password', shape='js-pm2-redis-url')}@redis-prod.internal:6379/0',
        OPENAI_API_KEY: '{d.P('openai', 'project-key')}',
        SENTRY_AUTH_TOKEN: '{d.P('sentry', 'org-auth-token')}',
        SENTRY_DSN: '{d.XG('sentry', 'dsn', 'dsn')}',
        RESEND_API_KEY: '{d.P('resend', 'api-key')}',
      }},
    }},
    {{
      name: 'worker',
      script: './dist/worker.js',
      env_production: {{ ANTHROPIC_API_KEY: '{d.P('anthropic', 'api-key')}', CONCURRENCY: 4 }},
    }},
  ],
  deploy: {{
    production: {{
      user: 'deploy',
      host: ['10.20.0.11', '10.20.0.12'],
      ref: 'origin/main',
      repo: 'git@github.com:acme/node-platform.git',
      path: '/srv/node-platform',
      key: '{d.X('generic', 'key-path', '~/.ssh/deploy_ed25519')}',
      'post-deploy': 'npm ci && pm2 reload ecosystem.config.js --env production',
    }},
  }},
}};
""")

    d = doc("node-platform/nodemon.json", "json-env-object")
    add(d, f"""{{
  "watch": ["src"],
  "ext": "ts,json",
  "ignore": ["src/**/*.spec.ts"],
  "exec": "ts-node ./src/index.ts",
  "env": {{
    "NODE_ENV": "development",
    "PORT": "{d.X('generic', 'port', '3000')}",
    "GITHUB_TOKEN": "{d.P('github', 'fine-grained-pat')}",
    "SLACK_BOT_TOKEN": "{d.P('slack', 'bot-token')}",
    "SLACK_SIGNING_SECRET": "{d.P('generic', 'hex-secret', shape='json-env-object')}",
    "POSTHOG_KEY": "{d.XG('posthog', 'project-api-key', 'project-api-key')}",
    "STRIPE_SECRET_KEY": "{d.X('stripe', 'test-placeholder', 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx')}"
  }}
}}
""")

    d = doc("node-platform/config/production.json", "json-nested")
    add(d, f"""{{
  "server": {{ "port": 8080, "trustProxy": true }},
  "mongo": {{
    "uri": "{d.P('mongodb', 'connection-string')}",
    "options": {{ "maxPoolSize": 20 }}
  }},
  "twilio": {{
    "accountSid": "{d.XG('twilio', 'account-sid', 'account-sid')}",
    "apiKeySid": "{d.XG('twilio', 'api-key-sid', 'api-key-sid')}",
    "apiKeySecret": "{d.P('twilio', 'api-key-secret')}"
  }},
  "algolia": {{ "appId": "{d.X('generic', 'app-id', F.up(10))}" }},
  "sendbird": {{ "appId": "{d.XG('sendbird', 'app-id', 'app-id')}", "apiToken": "{d.P('sendbird', 'api-token')}" }},
  "pusher": {{ "appId": "{d.XG('pusher', 'app-id', 'app-id')}", "key": "{d.XG('pusher', 'app-key', 'app-key')}", "secret": "{d.P('pusher', 'app-secret')}", "cluster": "eu" }},
  "jwt": {{ "secret": "{d.P('generic', 'secret-key', shape='json-nested')}", "expiresIn": "15m" }}
}}
""")

    d = doc("node-platform/knexfile.js", "js-object")
    add(d, f"""// Update with your config settings.
module.exports = {{
  development: {{
    client: 'postgresql',
    connection: {{ database: 'api_dev', user: 'postgres', password: '{d.X('generic', 'dev-default', 'postgres')}' }},
  }},
  staging: {{
    client: 'postgresql',
    connection: {{
      host: 'staging-db.internal',
      database: 'api',
      user: 'api',
      password: '{d.P('postgres', 'password')}',
    }},
  }},
  production: {{
    client: 'postgresql',
    connection: process.env.DATABASE_URL || '{d.P('url', 'postgres-url', shape='js-env-or')}',
    pool: {{ min: 2, max: 10 }},
  }},
}};
""")

    d = doc("node-platform/db/config/config.json", "json-nested")
    add(d, f"""{{
  "development": {{
    "username": "root",
    "password": null,
    "database": "database_development",
    "host": "127.0.0.1",
    "dialect": "mysql"
  }},
  "test": {{
    "username": "ci",
    "password": "{d.X('generic', 'ci-default', 'ci')}",
    "database": "database_test",
    "host": "127.0.0.1",
    "dialect": "mysql"
  }},
  "production": {{
    "username": "orders",
    "password": "{d.P('generic', 'password')}",
    "database": "orders",
    "host": "orders-db.internal",
    "dialect": "mysql"
  }},
  "reporting": {{ "use_env_variable": "{d.X('generic', 'env-variable-name', 'REPORTING_DATABASE_URL')}" }}
}}
""")

    # ---- Python services ---------------------------------------------------------------
    d = doc("py-etl/alembic.ini", "ini")
    add(d, f"""# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
# sqlalchemy.url = {d.X('url', 'alembic-template', 'driver://user:pass@localhost/dbname')}
sqlalchemy.url = postgresql+psycopg2://etl:{d.P('postgres', 'password', shape='ini-url-password')}@etl-db.internal:5432/etl

[post_write_hooks]
hooks = black
black.type = console_scripts

[loggers]
keys = root,sqlalchemy,alembic
""")

    d = doc("py-etl/crawler/settings.py", "py-scrapy-settings")
    proxy = "http://%s:%s@proxy.zyte.com:8011" % (F.hx(32), "")
    add(d, f"""# Scrapy settings for crawler project
BOT_NAME = "crawler"
SPIDER_MODULES = ["crawler.spiders"]
USER_AGENT = "{d.X('generic', 'user-agent', 'crawler (+https://acme.example/bot)')}"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16

AWS_ACCESS_KEY_ID = "{d.P('aws', 'access-key-id')}"
AWS_SECRET_ACCESS_KEY = "{d.P('aws', 'secret-access-key')}"
FEEDS = {{
    "s3://acme-crawl/%(name)s/%(time)s.jsonl": {{"format": "jsonlines"}},
}}
HTTPPROXY_URL = "http://scraper:{d.P('generic', 'password', shape='py-proxy-url')}@proxy.acme.example:3128"
ZYTE_API_KEY = "{d.P('generic', 'hex-secret', shape='py-assign')}"
SHODAN_API_KEY = "{d.P('shodan', 'api-key')}"
VIRUSTOTAL_KEY = "{d.P('virustotal', 'api-key')}"
HTTPCACHE_ENABLED = True
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
SAMPLE_SHA256 = "{d.X('virustotal', 'file-sha256', F.hx(64))}"
""")

    d = doc("py-etl/celeryconfig.py", "py-assign")
    add(d, f"""broker_url = "{d.P('url', 'amqp-url')}"
result_backend = "redis://:{d.P('generic', 'password', shape='py-redis-url')}@redis-results.internal:6379/1"
task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Berlin"
beat_schedule = {{
    "nightly": {{"task": "etl.tasks.nightly", "schedule": 86400.0}},
}}
# flower basic auth (user:password)
flower_basic_auth = ["admin:{d.P('generic', 'password', shape='py-list-user-pass')}"]
sentry_dsn = "{d.XG('sentry', 'dsn', 'dsn')}"
""")

    d = doc("py-etl/superset/superset_config.py", "py-assign")
    add(d, f"""import os

ROW_LIMIT = 5000
SECRET_KEY = "{d.P('generic', 'secret-key')}"
# SECRET_KEY = "{d.X('generic', 'docs-placeholder', 'YOUR_OWN_RANDOM_GENERATED_SECRET_KEY')}"
SQLALCHEMY_DATABASE_URI = "postgresql://superset:{d.P('postgres', 'password', shape='py-url-password')}@superset-db.internal/superset"
MAPBOX_API_KEY = "{d.XG('mapbox', 'public-token', 'public-token')}"
SMTP_HOST = "smtp.sendgrid.net"
SMTP_USER = "apikey"
SMTP_PASSWORD = "{d.P('sendgrid', 'api-key')}"
SLACK_API_TOKEN = "{d.P('slack', 'bot-token')}"
GUEST_TOKEN_JWT_SECRET = "{d.X('generic', 'docs-default', 'test-guest-secret-change-me')}"
WEBDRIVER_BASEURL = "http://superset:8088/"
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "{d.P('openai', 'legacy-key', shape='py-getenv-default')}")
""")

    d = doc("py-etl/gunicorn.conf.py", "py-raw-env")
    add(d, f"""bind = "0.0.0.0:8000"
workers = 4
timeout = 60
raw_env = [
    "DJANGO_SETTINGS_MODULE=etl.settings.production",
    "HUGGINGFACE_HUB_TOKEN={d.P('huggingface', 'token')}",
    "WANDB_API_KEY={d.P('wandb', 'api-key')}",
    "LANGFUSE_SECRET_KEY={d.P('langfuse', 'secret-key')}",
    "LANGFUSE_PUBLIC_KEY={d.XG('langfuse', 'public-key', 'public-key')}",
    "COHERE_API_KEY={d.P('cohere', 'api-key')}",
]
""")

    # ---- Ruby: Capistrano, newrelic, sidekiq -------------------------------------------
    d = doc("rails-shop/config/deploy.rb", "ruby-capistrano-set")
    ghtok = F.gh("ghp_")
    add(d, f"""# config valid for current version and patch releases of Capistrano
lock "~> 3.19.1"

set :application, "shop"
set :repo_url, "https://x-access-token:{d.pos('github', 'classic-pat', ghtok, shape='git-url-userinfo', accept=['https://x-access-token:' + ghtok + '@github.com'])}@github.com/acme/shop.git"
set :deploy_to, "/var/www/shop"
set :linked_files, %w[config/master.key config/database.yml]
set :default_env, {{
  "RAILS_MASTER_KEY" => "{d.P('rails', 'master-key')}",
  "BUNDLE_GITHUB__COM" => "x-access-token:{d.P('github', 'oauth-token', shape='ruby-hash-rocket')}",
  "NEW_RELIC_LICENSE_KEY" => ENV["NEW_RELIC_LICENSE_KEY"]
}}
set :slack_url, "{d.P('slack', 'webhook')}"
set :ssh_options, {{
  user: "deploy",
  keys: %w[~/.ssh/id_ed25519],
  forward_agent: true,
  password: "{d.P('generic', 'password', shape='ruby-hash-symbol')}"
}}
set :sidekiq_pro_token, "{d.X('generic', 'erb-reference', '<%= ENV.fetch("SIDEKIQ_PRO_TOKEN") %>')}"
""")

    d = doc("rails-shop/config/deploy/production.rb", "ruby-capistrano-server")
    add(d, f"""server "10.30.1.21", user: "deploy", roles: %w[app web]
server "10.30.1.22", user: "deploy", roles: %w[app db], primary: true

set :rails_env, "production"
set :branch, "main"
set :default_env, fetch(:default_env).merge("DATABASE_URL" => "{d.P('url', 'postgres-url', shape='ruby-hash-rocket')}")
set :honeybadger_api_key, "{d.X('generic', 'placeholder', 'xxxxxxxx')}"
set :rollbar_token, "{d.P('rollbar', 'server-token')}"
set :rollbar_env, "production"
""")

    d = doc("rails-shop/config/newrelic.yml", "yaml-anchor")
    add(d, f"""common: &default_settings
  license_key: '{d.P('newrelic', 'license-key')}'
  app_name: Shop
  distributed_tracing:
    enabled: true
  log_level: info

development:
  <<: *default_settings
  app_name: Shop (Development)
  license_key: <%= ENV["NEW_RELIC_LICENSE_KEY"] %>

production:
  <<: *default_settings
  browser_monitoring:
    auto_instrument: true
  # browser key is public, it ships in every page
  browser_key: {d.XG('newrelic', 'browser-key', 'browser-key')}
""")

    d = doc("rails-shop/config/sidekiq.yml", "yaml-erb")
    add(d, f""":concurrency: 10
:queues:
  - critical
  - default
:redis:
  url: "rediss://default:{d.P('upstash', 'redis-rest-token', shape='yaml-redis-url')}@eu1-{F.la(6)}-{F.dg(5)}.upstash.io:6379"
:scheduler:
  :schedule:
    klaviyo_sync:
      cron: '0 * * * *'
      class: KlaviyoSyncJob
      args: ['{d.P('klaviyo', 'private-key')}']
    public_site:
      cron: '15 3 * * *'
      class: SiteJob
      args: ['{d.XG('klaviyo', 'public-key-site-id', 'public-key-site-id')}']
""")

    # ---- Go / Rust services --------------------------------------------------------------
    d = doc("go-ledger/config/config.yaml", "yaml-viper")
    add(d, f"""server:
  addr: ":8080"
  read_timeout: 5s
database:
  dsn: "host=ledger-db.internal user=ledger password={d.P('postgres', 'password', shape='yaml-libpq-dsn')} dbname=ledger sslmode=require"
  max_open_conns: 25
redis:
  addr: redis.internal:6379
  password: {d.P('generic', 'password')}
auth:
  jwt_secret: {d.P('generic', 'secret-key')}
  issuer: ledger
  public_key_id: {d.X('generic', 'key-id', F.hx(16))}
payments:
  stripe:
    secret_key: {d.P('stripe', 'secret-key-live')}
    publishable_key: {d.XG('stripe', 'publishable-key', 'publishable-key')}
  square:
    access_token: {d.P('square', 'access-token')}
    application_id: {d.XG('square', 'application-id', 'application-id')}
    location_id: {d.XG('square', 'location-id', 'location-id')}
notifications:
  telegram_bot_token: "{d.P('telegram', 'bot-token')}"
  telegram_chat_id: {d.X('telegram', 'chat-id', '-100' + F.dg(10))}
""")

    d = doc("go-ledger/deploy/config.toml", "toml")
    add(d, f"""title = "ledger"

[database]
host = "ledger-db.internal"
user = "ledger"
password = "{d.P('generic', 'password')}"
password_file = "{d.X('generic', 'file-path', '/run/secrets/db_password')}"

[nats]
url = "nats://nats.internal:4222"
token = "{d.P('generic', 'secret-key')}"

[observability]
sentry_dsn = "{d.XG('sentry', 'dsn', 'dsn')}"
honeycomb_key = "{d.P('honeycomb', 'ingest-key')}"
honeycomb_dataset = "{d.XG('honeycomb', 'dataset', 'dataset')}"

[ai]
groq_api_key = "{d.P('groq', 'api-key')}"
deepseek_api_key = "{d.P('deepseek', 'api-key')}"
""")

    d = doc("rust-gateway/Rocket.toml", "toml-rocket")
    add(d, f"""[default]
address = "0.0.0.0"
port = 8000

[release]
secret_key = "{d.V('generic', 'rocket-secret-key', F.b64(32))}"

[release.databases.main]
url = "postgres://gateway:{d.P('postgres', 'password', shape='toml-url-password')}@gateway-db.internal/gateway"
pool_size = 20

[debug]
# generated with: openssl rand -base64 32 (dev only, never deployed)
secret_key = "{d.X('generic', 'docs-placeholder', 'hPRYyVRiMyxpw5sBB1XeCMN1kFsDCqKvBi2QJxBVHQk=')}"
""")

    d = doc("rust-gateway/config/production.yaml", "yaml-nested")
    add(d, f"""gateway:
  upstreams:
    - name: billing
      url: http://billing.internal:8080
  auth:
    mode: bearer
    static_tokens:
      - name: partner-a
        token: {d.P('jwt', 'hs256')}
      - name: partner-b
        token: "{d.X('generic', 'redacted', '[REDACTED]')}"
  llm:
    xai_api_key: {d.P('xai', 'api-key')}
    perplexity_api_key: {d.P('perplexity', 'api-key')}
    voyage_api_key: {d.P('voyageai', 'api-key')}
    fireworks_api_key: {d.P('fireworks', 'api-key')}
    model: {d.X('generic', 'model-name', 'accounts/fireworks/models/llama-v3p1-70b-instruct')}
""")

    # ---- Infrastructure ------------------------------------------------------------------
    d = doc("infra/terraform/envs/prod/prod.auto.tfvars", "hcl-tfvars")
    add(d, f"""region              = "eu-central-1"
environment         = "prod"
cloudflare_api_token = "{d.P('cloudflare', 'api-token')}"
cloudflare_zone_id  = "{d.X('cloudflare', 'zone-id', F.hx(32))}"
do_token            = "{d.P('digitalocean', 'pat')}"
datadog_api_key     = "{d.P('datadog', 'api-key')}"
datadog_app_key     = "{d.P('datadog', 'app-key')}"
db_master_password  = "{d.P('generic', 'password')}"
ssh_public_key      = "{d.X('generic', 'ssh-public-key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + F.b64u(43) + ' ops@acme')}"
pagerduty_token     = "{d.P('pagerduty', 'user-api-token')}"
linode_token        = "{d.P('linode', 'pat')}"
vultr_api_key       = "{d.P('vultr', 'api-key')}"
ami_id              = "{d.X('aws', 'ami-id', 'ami-' + F.hx(17))}"
""")

    d = doc("infra/pulumi/Pulumi.production.yaml", "yaml-pulumi-config")
    add(d, f"""encryptionsalt: {d.X('pulumi', 'encryption-salt', 'v1:' + F.b64(8) + ':v1:' + F.b64(12) + ':' + F.b64(16))}
config:
  aws:region: eu-west-1
  acme:dbPassword:
    secure: {d.X('pulumi', 'secure-ciphertext', 'v1:' + F.b64(12) + ':' + F.b64(40))}
  acme:mongodbAtlasPrivateKey: {d.P('mongodb', 'atlas-private-key')}
  acme:mongodbAtlasPublicKey: {d.XG('mongodb', 'atlas-public-key', 'atlas-public-key')}
  acme:planetscaleServiceToken: {d.P('planetscale', 'service-token')}
  acme:planetscaleServiceTokenId: {d.XG('planetscale', 'service-token-id', 'service-token-id')}
  acme:renderApiKey: {d.P('render', 'api-key')}
""")

    d = doc("infra/ansible/inventories/production/hosts.ini", "ini-inventory")
    add(d, f"""[web]
web01.prod.internal ansible_host=10.40.0.11
web02.prod.internal ansible_host=10.40.0.12

[db]
db01.prod.internal ansible_host=10.40.1.10 ansible_user=admin ansible_password={d.P('generic', 'password')}

[windows]
ad01.corp.internal ansible_connection=winrm ansible_user=Administrator ansible_password='{d.P('generic', 'password', shape='ini-inventory-quoted')}'

[all:vars]
ansible_become_pass={d.P('generic', 'password')}
ansible_ssh_private_key_file={d.X('generic', 'key-path', '~/.ssh/ansible_prod')}
ansible_python_interpreter=/usr/bin/python3
""")

    d = doc("infra/ansible/inventories/staging/inventory.yml", "yaml-inventory")
    add(d, f"""all:
  vars:
    ansible_user: deploy
    ansible_become_password: "{{{{ vault_become_password }}}}"
  children:
    app:
      hosts:
        app01.staging.internal:
          ansible_password: {d.P('generic', 'password')}
    monitoring:
      hosts:
        mon01.staging.internal:
          grafana_admin_password: {d.P('generic', 'password')}
          grafana_api_key: {d.P('grafana', 'service-account-token')}
          vault_ref: {d.X('generic', 'jinja-reference', JINJA_LOOKUP)}
""")

    d = doc("infra/ansible/group_vars/all/vault.yml", "ansible-vault")
    add(d, f"""{d.X('generic', 'ansible-vault-ciphertext', '$ANSIBLE_VAULT;1.1;AES256')}
{F.hx(80)}
{F.hx(80)}
{F.hx(80)}
{F.hx(40)}
""")

    d = doc("infra/packer/ubuntu-base.pkr.hcl", "hcl-packer")
    add(d, f"""packer {{
  required_plugins {{
    digitalocean = {{ source = "github.com/digitalocean/digitalocean", version = ">= 1.1.0" }}
  }}
}}

variable "do_token" {{
  type      = string
  default   = "{d.P('digitalocean', 'pat')}"
  sensitive = true
}}

variable "ssh_password" {{
  type    = string
  default = "{d.P('generic', 'password')}"
}}

source "digitalocean" "base" {{
  api_token    = var.do_token
  image        = "ubuntu-24-04-x64"
  region       = "fra1"
  size         = "s-1vcpu-1gb"
  ssh_username = "root"
}}

build {{
  sources = ["source.digitalocean.base"]
  provisioner "shell" {{
    environment_vars = [
      "TAILSCALE_AUTHKEY={d.P('tailscale', 'auth-key')}",
      "NR_LICENSE={d.P('newrelic', 'license-key')}",
      "IMAGE_CHECKSUM={d.X('generic', 'sha256-checksum', F.hx(64))}",
    ]
    script = "scripts/bootstrap.sh"
  }}
}}
""")

    d = doc("infra/cloud-init/user-data.yaml", "cloud-init")
    add(d, f"""#cloud-config
hostname: edge-01
users:
  - name: ops
    groups: sudo
    shell: /bin/bash
    passwd: {d.X('generic', 'sha512-crypt-hash', '$6$rounds=4096$' + F.an(16) + '$' + F.rs(F.AL + './', 86))}
    ssh_authorized_keys:
      - {d.X('generic', 'ssh-public-key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + F.b64u(43) + ' ops@laptop')}
chpasswd:
  expire: false
  users:
    - name: root
      password: {d.P('generic', 'password', shape='cloud-init-chpasswd')}
      type: text
write_files:
  - path: /etc/edge/agent.env
    permissions: '0600'
    content: |
      DD_API_KEY={d.P('datadog', 'api-key', shape='cloud-init-write-files')}
      INFISICAL_TOKEN={d.P('infisical', 'service-token', shape='cloud-init-write-files')}
      DOPPLER_TOKEN={d.P('doppler', 'service-token', shape='cloud-init-write-files')}
  - path: /etc/edge/registry.json
    encoding: b64
    content: {d.B('docker', 'pat', shape='cloud-init-b64-content')}
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey={d.P('tailscale', 'auth-key', shape='cli-flag-equals')} --ssh
  - [ sh, -c, "echo {d.X('generic', 'uuid-instance', F.uid())} > /etc/edge/instance-id" ]
""")

    d = doc("infra/systemd/ledger.service.d/override.conf", "systemd-environment")
    add(d, f"""[Service]
Environment="DATABASE_URL={d.P('url', 'postgres-url', shape='systemd-environment-quoted')}"
Environment=PAPERTRAIL_API_TOKEN={d.P('papertrail', 'api-token')}
Environment="BUGSNAG_API_KEY={d.P('bugsnag', 'api-key', shape='systemd-environment-quoted')}" "LOG_LEVEL=info"
EnvironmentFile=-{d.X('generic', 'file-path', '/etc/ledger/ledger.env')}
""")

    d = doc("infra/supervisor/conf.d/workers.conf", "supervisord-environment")
    add(d, f"""[program:mailer]
command=/srv/app/venv/bin/python -m app.mailer
autostart=true
autorestart=true
environment=POSTMARK_TOKEN="{d.X('generic', 'uuid-server-token-placeholder', '00000000-0000-0000-0000-000000000000')}",MAILJET_SECRET="{d.P('mailjet', 'api-secret')}",MAILJET_KEY="{d.XG('mailjet', 'api-key-id', 'api-key-id')}"

[program:indexer]
command=/srv/app/venv/bin/python -m app.indexer
environment=ELASTIC_API_KEY="{d.P('elastic', 'es-api-key-encoded')}",ELASTIC_CLOUD_ID="{d.XG('elastic', 'cloud-id', 'cloud-id')}"

[inet_http_server]
port=127.0.0.1:9001
username=supervisor
password={d.P('generic', 'password', shape='ini')}
""")

    d = doc("infra/nomad/jobs/api.nomad.hcl", "hcl-nomad")
    add(d, f"""job "api" {{
  datacenters = ["dc1"]
  group "api" {{
    count = 3
    task "server" {{
      driver = "docker"
      config {{
        image = "registry.acme.example/api:1.42.0"
        auth {{
          username = "robot$api"
          password = "{d.P('generic', 'password')}"
        }}
      }}
      env {{
        NOMAD_TOKEN_FOR_JOBS = "{d.P('nomad', 'acl-token')}"
        TYPEFORM_TOKEN       = "{d.P('typeform', 'pat')}"
        TODOIST_API_TOKEN    = "{d.P('todoist', 'api-token')}"
      }}
      template {{
        destination = "secrets/db.env"
        env         = true
        data        = <<EOH
DATABASE_PASSWORD={{{{ with secret "database/creds/api" }}}}{{{{ .Data.password }}}}{{{{ end }}}}
CONVEX_DEPLOY_KEY={d.P('convex', 'deploy-key', shape='hcl-heredoc')}
EOH
      }}
    }}
  }}
}}
""")

    d = doc("infra/vault-agent/agent.hcl", "hcl-block")
    add(d, f"""pid_file = "/run/vault-agent.pid"

vault {{
  address = "https://vault.internal:8200"
}}

auto_auth {{
  method "approle" {{
    config = {{
      role_id_file_path   = "/etc/vault/role_id"
      secret_id_file_path = "/etc/vault/secret_id"
    }}
  }}
  sink "file" {{
    config = {{ path = "/run/vault/token" }}
  }}
}}

# bootstrap token used before approle was configured; revoke!
# token = "{d.P('vault', 'token', shape='hcl-comment')}"
role_id = "{d.X('vault', 'role-id', F.uid())}"
""")

    d = doc("infra/consul/config/agent.hcl", "hcl-block")
    add(d, f"""datacenter = "dc1"
data_dir   = "/opt/consul"
encrypt    = "{d.V('consul', 'gossip-key', F.b64(32))}"
acl {{
  enabled        = true
  default_policy = "deny"
  tokens {{
    agent   = "{d.P('consul', 'acl-token')}"
    default = "{d.X('consul', 'anonymous-token-id', '00000000-0000-0000-0000-000000000002')}"
  }}
}}
ui_config {{ enabled = true }}
""")

    d = doc("infra/azure/Properties/PublishProfiles/portal-prod.pubxml", "xml-msbuild")
    add(d, f"""<?xml version="1.0" encoding="utf-8"?>
<Project>
  <PropertyGroup>
    <WebPublishMethod>MSDeploy</WebPublishMethod>
    <MSDeployServiceURL>portal-prod.scm.azurewebsites.net:443</MSDeployServiceURL>
    <DeployIisAppPath>portal-prod</DeployIisAppPath>
    <UserName>$portal-prod</UserName>
    <Password>{d.P('generic', 'password')}</Password>
    <_SavePWD>True</_SavePWD>
    <AzureClientSecret>{d.P('azure', 'client-secret')}</AzureClientSecret>
    <AzureTenantId>{d.XG('azure', 'tenant-id', 'tenant-id')}</AzureTenantId>
    <AzureSubscriptionId>{d.X('azure', 'subscription-id', F.uid())}</AzureSubscriptionId>
  </PropertyGroup>
</Project>
""")

    # ---- Database tools --------------------------------------------------------------------
    d = doc("db-tools/.dbeaver/data-sources.json", "json-nested")
    add(d, f"""{{
	"folders": {{}},
	"connections": {{
		"postgres-jdbc-18f2a": {{
			"provider": "postgresql",
			"driver": "postgres-jdbc",
			"name": "billing prod (read-only)",
			"save-password": true,
			"configuration": {{
				"host": "billing-db.prod.internal",
				"port": "5432",
				"database": "billing",
				"url": "jdbc:postgresql://billing-db.prod.internal:5432/billing",
				"user": "readonly",
				"password": "{d.P('postgres', 'password')}",
				"auth-model": "native"
			}}
		}},
		"snowflake-7c1d0": {{
			"provider": "snowflake",
			"name": "warehouse",
			"configuration": {{
				"host": "{d.XG('snowflake', 'account', 'account')}.snowflakecomputing.com",
				"user": "ANALYST",
				"password": "{d.P('generic', 'password')}",
				"auth-model": "native"
			}}
		}},
		"mysql8-3b9e": {{
			"provider": "mysql",
			"name": "crm",
			"configuration": {{ "host": "localhost", "user": "root", "password": "{d.X('generic', 'dev-default', 'root')}" }}
		}}
	}}
}}
""")

    d = doc("db-tools/liquibase.properties", "properties")
    add(d, f"""changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:postgresql://orders-db.internal:5432/orders
username=liquibase
password={d.P('generic', 'password')}
referenceUrl=jdbc:postgresql://localhost:5432/orders_ref
referenceUsername=postgres
referencePassword={d.X('generic', 'dev-default', 'postgres')}
liquibase.hub.mode=off
liquibase.licenseKey={d.X('generic', 'license-key-placeholder', '<paste your pro license key>')}
""")

    d = doc("db-tools/flyway.conf", "properties")
    add(d, f"""flyway.url=jdbc:sqlserver://mssql-prod.internal:1433;databaseName=Ledger;user=flyway;password={d.P('generic', 'password', shape='jdbc-sqlserver-param')}
flyway.user=flyway
flyway.password={d.P('generic', 'password')}
flyway.schemas=dbo
flyway.locations=filesystem:sql
flyway.placeholders.reportingPassword={d.X('generic', 'flyway-placeholder', '${{env.REPORTING_PASSWORD}}')}
""")

    d = doc("db-tools/.pgpass", "pgpass")
    add(d, f"""# hostname:port:database:username:password
billing-db.prod.internal:5432:billing:billing_app:{d.P('postgres', 'password')}
warehouse.internal:5432:*:analyst:{d.P('postgres', 'password')}
localhost:5432:*:postgres:{d.X('postgres', 'dev-default', 'postgres')}
""")

    d = doc("db-tools/my.cnf", "ini")
    add(d, f"""[client]
user=backup
password={d.P('generic', 'password')}
host=mysql-prod.internal

[mysqldump]
password="{d.P('generic', 'password', shape='ini-quoted')}"
single-transaction

[mysqld]
# validate_password policy test string, not a credential
# example: {d.X('generic', 'docs-example', 'P@ssw0rd')}
""")

    d = doc("db-tools/pgbouncer/userlist.txt", "pgbouncer-userlist")
    add(d, f""""billing_app" "{d.P('postgres', 'password')}"
"reporting" "{d.X('postgres', 'md5-hash', 'md5' + F.hx(32))}"
"admin" "{d.X('postgres', 'scram-hash', 'SCRAM-SHA-256$4096:' + F.b64(16) + '$' + F.b64(32) + ':' + F.b64(32))}"
""")

    d = doc("db-tools/redis/redis.conf", "redis-conf")
    add(d, f"""bind 0.0.0.0
port 6379
protected-mode yes
requirepass {d.P('generic', 'password')}
masterauth {d.P('generic', 'password')}
user default on nopass ~* +@all
user worker on >{d.P('generic', 'password', shape='redis-acl')} ~jobs:* +@list
user auditor on #{d.X('generic', 'sha256-acl-hash', F.hx(64))} ~* +@read
maxmemory 2gb
""")

    # ---- Monitoring and logging ------------------------------------------------------------
    d = doc("observability/prometheus/prometheus.yml", "yaml-prometheus")
    add(d, f"""global:
  scrape_interval: 30s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['10.40.0.11:9100', '10.40.0.12:9100']
  - job_name: rabbitmq
    basic_auth:
      username: monitoring
      password: {d.P('generic', 'password')}
    static_configs:
      - targets: ['rabbit.internal:15692']
  - job_name: federate-eu
    authorization:
      credentials: {d.P('generic', 'secret-key', shape='yaml-prometheus-credentials')}
  - job_name: blackbox
    basic_auth:
      username: probe
      password_file: {d.X('generic', 'file-path', '/etc/prometheus/secrets/probe')}
remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: {d.X('grafana', 'instance-id', F.dg(7))}
      password: {d.P('grafana', 'cloud-token')}
""")

    d = doc("observability/grafana/grafana.ini", "ini")
    ghsec = F.hx(40)
    add(d, f"""[server]
domain = grafana.acme.example
root_url = https://grafana.acme.example/

[security]
admin_user = admin
admin_password = {d.P('generic', 'password')}
secret_key = {d.P('generic', 'secret-key')}
;secret_key = {d.X('generic', 'docs-default', 'SW2YcwTIb9zpOOhoPsMm')}

[smtp]
enabled = true
host = smtp.sendgrid.net:587
user = apikey
password = {d.P('sendgrid', 'api-key')}

[auth.github]
enabled = true
client_id = {d.X('github', 'oauth-client-id', 'Ov23li' + F.an(14))}
client_secret = {d.V('github', 'oauth-app-client-secret', ghsec)}
allowed_organizations = acme

[database]
type = postgres
url = postgres://grafana:{d.P('postgres', 'password', shape='ini-url-password')}@grafana-db.internal:5432/grafana
""")

    d = doc("observability/datadog/datadog.yaml", "yaml-agent")
    add(d, f"""api_key: {d.P('datadog', 'api-key')}
site: datadoghq.eu
hostname_fqdn: true
proxy:
  https: http://dd-proxy:{d.P('generic', 'password', shape='yaml-proxy-url')}@proxy.internal:3128
  no_proxy:
    - 169.254.169.254
logs_enabled: true
apm_config:
  enabled: true
  additional_endpoints:
    "https://trace.agent.datadoghq.com":
      - {d.P('datadog', 'api-key', shape='yaml-list-under-map')}
tags:
  - env:prod
  - team:{d.X('generic', 'tag', 'payments')}
# app key lives in the vault, see runbook
# app_key: {d.X('datadog', 'placeholder', '<DATADOG_APP_KEY>')}
""")

    d = doc("observability/telegraf/telegraf.conf", "toml-telegraf")
    add(d, f"""[agent]
  interval = "10s"
  hostname = ""

[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "{d.P('influxdb', 'api-token')}"
  organization = "acme"
  bucket = "{d.XG('influxdb', 'bucket', 'bucket')}"

[[outputs.datadog]]
  apikey = "{d.P('datadog', 'api-key')}"

[[inputs.postgresql]]
  address = "host=ledger-db.internal user=telegraf password={d.P('postgres', 'password', shape='toml-libpq-dsn')} sslmode=require"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.internal:8883"]
  username = "telegraf"
  password = "{d.P('generic', 'password')}"
  topics = ["sensors/#"]

[[inputs.http]]
  urls = ["https://status.internal/metrics"]
  headers = {{"Authorization" = "Bearer {d.P('generic', 'secret-key', shape='toml-inline-header')}"}}
  token_file = "{d.X('generic', 'file-path', '/etc/telegraf/token')}"
""")

    d = doc("observability/filebeat/filebeat.yml", "yaml-beats")
    add(d, f"""filebeat.inputs:
  - type: filestream
    id: app-logs
    paths:
      - /var/log/app/*.log
cloud.id: "{d.XG('elastic', 'cloud-id', 'cloud-id')}"
cloud.auth: "elastic:{d.P('generic', 'password', shape='yaml-user-colon-password')}"
output.elasticsearch:
  hosts: ["https://es.internal:9200"]
  api_key: "{d.X('elastic', 'api-key-id', F.b64u(20))}:{d.P('generic', 'secret-key', shape='yaml-beats-api-key')}"
output.kafka.password: "{d.X('generic', 'keystore-reference', '${{KAFKA_PASSWORD}}')}"
setup.kibana:
  host: "https://kibana.internal:5601"
  password: {d.P('generic', 'password')}
""")

    d = doc("observability/fluent-bit/fluent-bit.conf", "fluent-bit")
    add(d, f"""[SERVICE]
    Flush        5
    Log_Level    info

[INPUT]
    Name   tail
    Path   /var/log/containers/*.log

[OUTPUT]
    Name         splunk
    Match        app.*
    Host         http-inputs-acme.splunkcloud.com
    Port         443
    Splunk_Token {d.P('splunk', 'hec-token')}
    TLS          On

[OUTPUT]
    Name         nrlogs
    Match        *
    license_key  {d.P('newrelic', 'license-key')}

[OUTPUT]
    Name         datadog
    Match        kube.*
    apikey       {d.P('datadog', 'api-key')}

[OUTPUT]
    Name         http
    Match        audit.*
    Host         logs.internal
    http_User    fluent
    http_Passwd  {d.P('generic', 'password')}
    Header       X-Request-Id {d.X('generic', 'uuid-request-id', F.uid())}
""")

    d = doc("observability/fluentd/td-agent.conf", "fluentd")
    add(d, f"""<source>
  @type forward
  port 24224
  <security>
    self_hostname fluentd-aggregator
    shared_key {d.P('generic', 'secret-key')}
  </security>
</source>

<match app.**>
  @type s3
  aws_key_id {d.P('aws', 'access-key-id')}
  aws_sec_key {d.P('aws', 'secret-access-key')}
  s3_bucket acme-logs
  s3_region eu-west-1
</match>

<match alert.**>
  @type slack
  webhook_url {d.P('slack', 'webhook')}
  channel {d.XG('slack', 'channel-id', 'channel-id')}
</match>

<match metrics.**>
  @type logzio_buffered
  endpoint_url https://listener-eu.logz.io:8071?token={d.X('generic', 'placeholder', 'YOUR-LOGZIO-TOKEN')}&type=fluentd
</match>
""")

    d = doc("observability/vector/vector.toml", "toml-vector")
    add(d, f"""[sources.app]
type = "file"
include = ["/var/log/app/*.log"]

[sinks.datadog]
type = "datadog_logs"
inputs = ["app"]
default_api_key = "{d.P('datadog', 'api-key')}"

[sinks.honeycomb]
type = "honeycomb"
inputs = ["app"]
api_key = "{d.P('honeycomb', 'configuration-key')}"
dataset = "app"

[sinks.newrelic]
type = "new_relic"
inputs = ["app"]
account_id = "{d.XG('newrelic', 'account-id', 'account-id')}"
license_key = "{d.P('newrelic', 'license-key')}"

[sinks.archive]
type = "elasticsearch"
inputs = ["app"]
endpoints = ["https://es.internal:9200"]
auth.strategy = "basic"
auth.user = "vector"
auth.password = "{d.P('generic', 'password')}"
api_key_env = "{d.X('generic', 'env-reference', '${{ES_API_KEY}}')}"
""")

    d = doc("observability/otel/otel-collector-config.yaml", "yaml-otel-headers")
    add(d, f"""receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
exporters:
  otlp/honeycomb:
    endpoint: api.honeycomb.io:443
    headers:
      x-honeycomb-team: {d.P('honeycomb', 'ingest-key')}
  otlphttp/newrelic:
    endpoint: https://otlp.eu01.nr-data.net
    headers:
      api-key: {d.P('newrelic', 'license-key')}
  otlphttp/dynatrace:
    endpoint: https://{F.la(8)}.live.dynatrace.com/api/v2/otlp
    headers:
      Authorization: "Api-Token {d.P('dynatrace', 'api-token', shape='yaml-otel-scheme-header')}"
  splunk_hec:
    token: "{d.P('splunk', 'hec-token')}"
    endpoint: https://http-inputs-acme.splunkcloud.com/services/collector
  otlp/grafana:
    endpoint: otlp-gateway-prod-eu-west-2.grafana.net:443
    headers:
      authorization: Basic {d.B('grafana', 'cloud-token', shape='yaml-otel-basic-b64')}
  debug:
    verbosity: {d.X('generic', 'setting', 'detailed')}
""")

    d = doc("observability/logstash/pipeline/jdbc.conf", "logstash")
    add(d, f"""input {{
  jdbc {{
    jdbc_driver_library => "/usr/share/logstash/drivers/postgresql.jar"
    jdbc_connection_string => "jdbc:postgresql://orders-db.internal:5432/orders"
    jdbc_user => "logstash"
    jdbc_password => "{d.P('generic', 'password')}"
    schedule => "*/5 * * * *"
    statement => "SELECT * FROM orders WHERE updated_at > :sql_last_value"
  }}
}}
output {{
  elasticsearch {{
    hosts => ["https://es.internal:9200"]
    user => "logstash_writer"
    password => "{d.X('generic', 'keystore-reference', '${{LOGSTASH_WRITER_PW}}')}"
    api_key => "{d.X('elastic', 'api-key-id', F.b64u(20))}:{d.P('generic', 'secret-key', shape='logstash-api-key')}"
  }}
  http {{
    url => "{d.P('microsoftteams', 'workflow-url')}"
    http_method => "post"
  }}
}}
""")

    d = doc("observability/sentry/config.yml", "yaml-sentry")
    add(d, f"""# Sentry self-hosted
mail.backend: 'smtp'
mail.host: 'smtp.eu.mailgun.org'
mail.port: 587
mail.username: 'sentry@mg.acme.example'
mail.password: '{d.P('mailgun', 'api-key')}'
mail.use-tls: true
system.secret-key: '{d.P('generic', 'secret-key')}'
# system.secret-key: '{d.X('generic', 'docs-placeholder', '!!changeme!!')}'
github-app.id: {d.X('github', 'app-id', F.dg(6))}
github-app.client-id: '{d.X('github', 'app-client-id', 'Iv1.' + F.hx(16))}'
github-app.client-secret: '{d.V('github', 'app-client-secret', F.hx(40))}'
github-app.webhook-secret: '{d.P('generic', 'hex-secret')}'
github-app.private-key: |
{chr(10).join('  ' + l for l in d.P('privatekey', 'rsa', shape='yaml-block-pem').split(chr(10)))}
slack.client-secret: '{d.P('generic', 'hex-secret')}'
slack.signing-secret: '{d.P('generic', 'hex-secret')}'
""")

    # ---- more enterprise / infra files: mostly what must not be reported ------------------
    d = doc("billing-javaee/wildfly/mgmt-users.properties", "properties-hash")
    add(d, f"""#
# Properties declaration of users for the realm 'ManagementRealm' (HEX( MD5( username ':' realm ':' password)))
#
admin={d.X('generic', 'md5-realm-hash', F.hx(32))}
monitor={d.X('generic', 'md5-realm-hash', F.hx(32))}
deployer={d.X('generic', 'md5-realm-hash', F.hx(32))}
""")

    d = doc("billing-javaee/tomcat/conf/server.xml", "xml-attribute")
    add(d, f"""<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="{d.X('generic', 'shutdown-command', 'SHUTDOWN')}">
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="conf/billing.p12" certificateKeystorePassword="{d.P('generic', 'password')}" type="RSA"/>
      </SSLHostConfig>
    </Connector>
    <Connector port="8009" protocol="AJP/1.3" secretRequired="true" secret="{d.P('generic', 'hex-secret', shape='xml-attribute')}"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="{d.X('generic', 'route-id', 'node' + F.dg(2))}">
      <Realm className="org.apache.catalina.realm.LockOutRealm">
        <Realm className="org.apache.catalina.realm.UserDatabaseRealm" resourceName="UserDatabase">
          <CredentialHandler className="org.apache.catalina.realm.MessageDigestCredentialHandler" algorithm="sha-256" salt="{d.X('generic', 'salt-length', '16')}"/>
        </Realm>
      </Realm>
      <Host name="localhost" appBase="webapps">
        <Valve className="org.apache.catalina.valves.AccessLogValve" pattern="{d.X('generic', 'log-pattern', '%h %l %u %t &quot;%r&quot; %s %b')}"/>
      </Host>
    </Engine>
  </Service>
</Server>
""")

    d = doc("billing-javaee/keycloak/realm-export.json", "json-keycloak")
    add(d, f"""{{
  "id": "{d.X('generic', 'uuid-realm-id', F.uid())}",
  "realm": "billing",
  "enabled": true,
  "clients": [
    {{
      "id": "{d.X('generic', 'uuid-client-uuid', F.uid())}",
      "clientId": "billing-backend",
      "clientAuthenticatorType": "client-secret",
      "secret": "{d.V('generic', 'keycloak-client-secret', F.an(32))}",
      "redirectUris": ["https://billing.acme.example/*"],
      "publicClient": false
    }},
    {{
      "id": "{d.X('generic', 'uuid-client-uuid', F.uid())}",
      "clientId": "billing-spa",
      "publicClient": true,
      "secret": "{d.X('generic', 'masked-secret', '**********')}"
    }}
  ],
  "components": {{
    "org.keycloak.keys.KeyProvider": [
      {{
        "id": "{d.X('generic', 'uuid-component-id', F.uid())}",
        "name": "rsa-generated",
        "config": {{
          "kid": ["{d.X('generic', 'key-id', F.b64u(43))}"],
          "certificate": ["{d.X('generic', 'certificate-base64', F.b64(600))}"],
          "priority": ["100"]
        }}
      }}
    ]
  }},
  "smtpServer": {{ "host": "smtp.sendgrid.net", "user": "apikey", "password": "{d.P('sendgrid', 'api-key')}", "auth": "true" }},
  "identityProviders": [
    {{ "alias": "google", "config": {{ "clientId": "{d.XG('google', 'oauth-client-id', 'oauth-client-id')}", "clientSecret": "{d.P('google', 'oauth-client-secret')}" }} }}
  ]
}}
""")

    d = doc("play-catalog/conf/application.conf", "hocon")
    add(d, f"""# https://www.playframework.com/documentation/latest/ConfigFile
play.http.secret.key = "{d.P('generic', 'secret-key')}"
play.http.secret.key = ${{?APPLICATION_SECRET}}
play.filters.hosts.allowed = ["catalog.acme.example", "localhost:9000"]

db.default {{
  driver = org.postgresql.Driver
  url = "jdbc:postgresql://catalog-db.internal/catalog"
  username = catalog
  password = "{d.P('postgres', 'password')}"
  password = ${{?DB_PASSWORD}}
}}

akka.persistence.cassandra.journal.authentication {{
  username = "akka"
  password = "{d.P('generic', 'password')}"
}}

catalog.algolia {{
  app-id = "{d.X('generic', 'app-id', F.up(10))}"
  search-only-key = "{d.X('generic', 'search-only-key', F.hx(32))}"
}}
catalog.contentful {{
  space-id = "{d.XG('contentful', 'space-id', 'space-id')}"
  management-token = "{d.P('contentful', 'management-token')}"
  delivery-token = ${{?CONTENTFUL_DELIVERY_TOKEN}}
}}
catalog.zoho.refresh-token = "{d.P('zoho', 'refresh-token')}"
catalog.zoho.client-id = "{d.XG('zoho', 'client-id', 'client-id')}"
""")

    d = doc("node-platform/.env.example", "dotenv")
    add(d, f"""# Copy to .env and fill in. Never commit the real .env.
NODE_ENV=development
DATABASE_URL={d.X('url', 'url-placeholder', 'postgres://USER:PASSWORD@HOST:5432/DB')}
OPENAI_API_KEY={d.X('openai', 'placeholder', 'sk-...')}
ANTHROPIC_API_KEY={d.X('anthropic', 'placeholder', 'sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}
SENTRY_AUTH_TOKEN={d.X('sentry', 'placeholder', 'sntrys_YOUR_TOKEN_HERE')}
SLACK_BOT_TOKEN={d.X('slack', 'placeholder', 'xoxb-your-token')}
GITHUB_TOKEN={d.X('github', 'placeholder', 'github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}
RESEND_API_KEY={d.X('resend', 'placeholder', 're_xxxxxxxxx')}
STRIPE_SECRET_KEY={d.X('stripe', 'placeholder', 'sk_test_...')}
STRIPE_WEBHOOK_SECRET={d.X('stripe', 'placeholder', 'whsec_...')}
REDIS_URL={d.X('url', 'url-no-password', 'redis://localhost:6379')}
JWT_SECRET={d.X('generic', 'placeholder', 'change-me-to-a-long-random-string')}
MONGO_URI={d.X('mongodb', 'local-uri', 'mongodb://localhost:27017/app')}
""")

    d = doc("rails-shop/config/cable.yml", "yaml-erb")
    add(d, f"""development:
  adapter: redis
  url: redis://localhost:6379/1

test:
  adapter: test

production:
  adapter: redis
  url: <%= ENV.fetch("REDIS_URL") {{ "redis://:{d.P('generic', 'password', shape='erb-fetch-default-url')}@redis-cable.internal:6379/1" }} %>
  channel_prefix: shop_production
""")

    d = doc("rails-shop/config/credentials/production.yml.enc", "encrypted-blob")
    add(d, f"""{d.X('rails', 'encrypted-credentials', F.b64(180).rstrip('=') + '--' + F.b64(12).rstrip('=') + '--' + F.b64(16))}
""")

    d = doc("infra/haproxy/haproxy.cfg", "haproxy")
    add(d, f"""global
    log /dev/log local0
    stats socket /run/haproxy/admin.sock mode 660 level admin

userlist ops
    user admin insecure-password {d.P('generic', 'password')}
    user viewer password {d.X('generic', 'sha512-crypt-hash', '$6$' + F.an(16) + '$' + F.rs(F.AL + './', 86))}

frontend stats
    bind *:8404
    stats enable
    stats uri /stats
    stats auth admin:{d.P('generic', 'password', shape='haproxy-stats-auth')}

backend api
    http-request set-header X-Api-Key {d.P('generic', 'hex-secret', shape='haproxy-set-header')}
    http-request set-header X-Request-ID %[uuid()]
    server api1 10.40.0.11:8080 check cookie {d.X('generic', 'cookie-value', 's1')}
""")

    d = doc("infra/traefik/traefik.yml", "yaml-traefik")
    add(d, f"""entryPoints:
  websecure:
    address: ":443"
certificatesResolvers:
  le:
    acme:
      email: ops@acme.example
      storage: /data/acme.json
      dnsChallenge:
        provider: cloudflare
providers:
  file:
    filename: /etc/traefik/dynamic.yml
# env for the DNS challenge (moved to compose secrets in PR #412)
# CF_DNS_API_TOKEN: {d.P('cloudflare', 'api-token', shape='yaml-comment')}
""")

    d = doc("infra/traefik/dynamic.yml", "yaml-traefik")
    add(d, f"""http:
  middlewares:
    dashboard-auth:
      basicAuth:
        users:
          - "admin:{d.X('generic', 'apr1-hash', '$apr1$' + F.an(8) + '$' + F.rs(F.AL + './', 22))}"
          - "ops:{d.X('generic', 'bcrypt-hash', '$2y$05$' + F.rs(F.AL + './', 53))}"
    api-key:
      headers:
        customRequestHeaders:
          X-Upstream-Token: "{d.P('generic', 'secret-key', shape='yaml-headers-map')}"
  routers:
    dashboard:
      rule: Host(`traefik.acme.example`)
      service: api@internal
      middlewares: [dashboard-auth]
""")

    d = doc("infra/k8s/external-secrets.yaml", "yaml-k8s")
    add(d, f"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: api-secrets
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: api-secrets
  data:
    - secretKey: {d.X('generic', 'secret-key-name', 'STRIPE_SECRET_KEY')}
      remoteRef:
        key: {d.X('generic', 'vault-path', 'kv/data/api/stripe')}
        property: secret_key
    - secretKey: OPENAI_API_KEY
      remoteRef:
        key: {d.X('generic', 'vault-path', 'kv/data/api/openai')}
---
apiVersion: v1
kind: Secret
metadata:
  name: registry-pull
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: {d.X('generic', 'placeholder-base64', base64.b64encode(b'{"auths":{"registry.acme.example":{"auth":"PLACEHOLDER"}}}').decode())}
---
apiVersion: v1
kind: Secret
metadata:
  name: legacy-api
type: Opaque
data:
  SHOPIFY_ACCESS_TOKEN: {d.B('shopify', 'admin-access-token', shape='k8s-secret-data')}
  WEBEX_BOT_TOKEN: {d.B('webex', 'bot-token', shape='k8s-secret-data')}
  HARNESS_API_KEY: {d.B('harness', 'pat', shape='k8s-secret-data')}
""")

    d = doc("infra/ansible/roles/db/defaults/main.yml", "yaml-ansible-defaults")
    add(d, f"""---
postgres_version: 16
postgres_admin_password: "{d.X('generic', 'jinja-reference', '{{ vault_postgres_admin_password }}')}"
postgres_replication_password: "{d.X('generic', 'jinja-reference', '{{ vault_replication_password }}')}"
postgres_exporter_password: {d.P('postgres', 'password')}
pgbackrest_repo1_s3_key: {d.P('aws', 'access-key-id')}
pgbackrest_repo1_s3_key_secret: {d.P('aws', 'secret-access-key')}
pgbackrest_cipher_pass: {d.X('generic', 'lookup', "{{ lookup('env', 'PGBACKREST_CIPHER') }}")}
postgres_hba_md5_example: {d.X('postgres', 'md5-hash', 'md5' + F.hx(32))}
""")

    d = doc("go-ledger/release/SHA256SUMS", "checksums")
    add(d, "".join(f"{d.X('generic', 'sha256-checksum', F.hx(64))}  ledger_{v}_{o}.tar.gz\n"
                   for v in ("1.41.0", "1.42.0") for o in ("linux_amd64", "linux_arm64", "darwin_arm64", "windows_amd64")))

    d = doc("go-ledger/internal/auth/testdata/tokens_test.go", "go-test-fixtures")
    add(d, f"""package auth

// Fixtures: none of these are live credentials.
var fixtures = []struct{{ name, token string; valid bool }}{{
	{{"empty", "", false}},
	{{"truncated", "{d.X('stripe', 'truncated', 'sk_live_' + F.an(6))}", false}},
	{{"masked", "{d.X('stripe', 'masked', 'sk_live_' + '*' * 24)}", false}},
	{{"wrong-charset", "{d.X('github', 'wrong-charset', 'ghp_' + F.an(20) + '!!' + F.an(14))}", false}},
	{{"uuid-not-a-key", "{d.X('generic', 'uuid', F.uid())}", false}},
	{{"sha1", "{d.X('generic', 'git-sha', F.hx(40))}", false}},
	{{"example-doc", "{d.X('aws', 'docs-example', 'AKIAIOSFODNN7EXAMPLE')}", false}},
	{{"example-doc-secret", "{d.X('aws', 'docs-example', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}", false}},
}}
""")

    d = doc("observability/grafana/provisioning/datasources/datasources.yaml", "yaml-grafana-provisioning")
    add(d, f"""apiVersion: 1
datasources:
  - name: Prometheus
    uid: {d.X('grafana', 'datasource-uid', F.b64u(9))}
    type: prometheus
    url: http://prometheus:9090
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: {d.P('generic', 'password')}
  - name: Loki
    uid: {d.X('grafana', 'datasource-uid', F.b64u(9))}
    type: loki
    url: https://logs-prod-eu-west-0.grafana.net
    basicAuthUser: "{d.X('grafana', 'instance-id', F.dg(6))}"
    secureJsonData:
      basicAuthPassword: {d.P('grafana', 'cloud-token')}
  - name: InfluxDB
    uid: {d.X('grafana', 'datasource-uid', F.b64u(9))}
    type: influxdb
    jsonData:
      version: Flux
      organization: acme
    secureJsonData:
      token: $INFLUX_TOKEN
""")

    d = doc("observability/loki/loki-config.yaml", "yaml-nested")
    add(d, f"""auth_enabled: false
common:
  storage:
    s3:
      endpoint: s3.eu-west-1.amazonaws.com
      bucketnames: acme-loki-chunks
      access_key_id: {d.P('aws', 'access-key-id')}
      secret_access_key: {d.P('aws', 'secret-access-key')}
schema_config:
  configs:
    - from: "2024-04-01"
      store: tsdb
      object_store: s3
      schema: v13
ruler:
  alertmanager_url: http://alertmanager:9093
  alertmanager_client:
    basic_auth_username: ruler
    basic_auth_password: {d.P('generic', 'password')}
limits_config:
  per_tenant_override_config: /etc/loki/overrides.yaml
""")

    d = doc("observability/README.md", "markdown")
    add(d, f"""# Observability stack

Agents read their keys from `/etc/<agent>/*.env` (see the vault paths in
`infra/k8s/external-secrets.yaml`). The values below are the vendors'
documentation examples, kept here to show the format only:

| agent | key | example |
|---|---|---|
| Datadog | `DD_API_KEY` | `{d.X('datadog', 'placeholder', '<DATADOG_API_KEY>')}` |
| New Relic | `NEW_RELIC_LICENSE_KEY` | `{d.X('newrelic', 'placeholder', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNRAL')}` |
| Honeycomb | `HONEYCOMB_API_KEY` | `{d.X('honeycomb', 'placeholder', 'hcaik_01xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}` |
| Splunk HEC | `SPLUNK_HEC_TOKEN` | `{d.X('splunk', 'placeholder', '00000000-0000-0000-0000-000000000000')}` |
| Dynatrace | `DT_API_TOKEN` | `{d.X('dynatrace', 'docs-example', 'dt0c01.ABC123EXAMPLE.XYZ789EXAMPLE')}` |

The dashboards' UIDs ({d.X('grafana', 'dashboard-uid', F.b64u(9))}, {d.X('grafana', 'dashboard-uid', F.b64u(9))}) are stable across stacks.

The ingest key used by staging (rotated after the incident on 2026-10-02):

```
HONEYCOMB_API_KEY={d.P('honeycomb', 'ingest-key', shape='markdown-fenced')}
```
""")

    d = doc("devtools/.jfrog/jfrog-cli.conf.v6", "json-jfrog-cli")
    add(d, f"""{{
  "servers": [
    {{
      "url": "https://acme.jfrog.io/",
      "artifactoryUrl": "https://acme.jfrog.io/artifactory/",
      "user": "ci-bot",
      "accessToken": "{d.P('jfrog', 'reference-token')}",
      "refreshToken": "{d.X('generic', 'uuid-refresh-token', F.uid())}",
      "serverId": "acme",
      "isDefault": true
    }}
  ],
  "version": "6"
}}
""")

    d = doc("devtools/sonar-project.properties", "properties")
    add(d, f"""sonar.projectKey=acme_ledger
sonar.organization=acme
sonar.host.url=https://sonar.acme.example
sonar.token={d.P('sonarqube', 'project-analysis-token')}
# old analysis token kept for the nightly job on the legacy server
sonar.login={d.P('sonarqube', 'user-token')}
sonar.sources=.
sonar.exclusions=**/*_test.go,**/vendor/**
sonar.coverage.jacoco.xmlReportPaths={d.X('generic', 'file-path', 'target/site/jacoco/jacoco.xml')}
""")

    d = doc("devtools/kong/kong.yaml", "yaml-deck")
    add(d, f"""_format_version: "3.0"
_konnect:
  control_plane_name: {d.X('kong', 'control-plane-name', 'prod-gateway')}
services:
  - name: ledger
    url: http://ledger.internal:8080
    routes:
      - name: ledger
        paths: [/ledger]
    plugins:
      - name: key-auth
consumers:
  - username: partner-a
    keyauth_credentials:
      - key: {d.P('generic', 'secret-key', shape='yaml-deck-keyauth')}
  - username: partner-b
    jwt_secrets:
      - key: {d.X('kong', 'jwt-issuer-key', 'partner-b-issuer')}
        algorithm: HS256
        secret: {d.P('generic', 'hex-secret', shape='yaml-deck-jwt-secret')}
""")

    d = doc("devtools/kong/.deck.yaml", "yaml-flat")
    add(d, f"""konnect-addr: https://eu.api.konghq.com
konnect-token: {d.P('kong', 'pat')}
konnect-control-plane-name: {d.X('kong', 'control-plane-name', 'prod-gateway')}
""")

    d = doc("devtools/octopus/cli-config.json", "json-flat")
    add(d, f"""{{
  "Url": "https://acme.octopus.app",
  "ApiKey": "{d.P('octopusdeploy', 'api-key')}",
  "Space": "{d.XG('octopusdeploy', 'space-id', 'space-id')}",
  "Environment": "Production",
  "ProjectId": "{d.X('octopusdeploy', 'project-id', 'Projects-' + F.dg(3))}"
}}
""")

    d = doc("devtools/uptime/monitors.tf", "hcl-provider")
    add(d, f"""provider "uptimerobot" {{
  api_key = "{d.P('uptimerobot', 'main-api-key')}"
}}

resource "uptimerobot_monitor" "ledger" {{
  friendly_name = "ledger"
  type          = "http"
  url           = "https://ledger.acme.example/health"
  interval      = 300
}}

resource "uptimerobot_alert_contact" "slack" {{
  friendly_name = "ops-slack"
  type          = "slack"
  value         = "{d.P('slack', 'webhook')}"
}}

output "status_page" {{
  value = "{d.XG('uptimerobot', 'status-page', 'status-page')}"
}}
""")

    d = doc("billing-javaee/target/META-INF/MANIFEST.MF", "jar-manifest")
    body = "Manifest-Version: 1.0\nCreated-By: Maven JAR Plugin 3.4.1\nBuild-Jdk-Spec: 21\n\n"
    for cls in ("Invoice", "InvoiceLine", "Customer", "TaxRule", "PaymentGateway", "LedgerClient", "AuditEvent", "ReportJob"):
        body += f"Name: com/acme/billing/{cls}.class\nSHA-256-Digest: {d.X('generic', 'jar-digest-base64', F.b64(32))}\n\n"
    add(d, body)

    d = doc("db-tools/liquibase/databasechangelog.csv", "csv")
    rows = "ID,AUTHOR,FILENAME,DATEEXECUTED,ORDEREXECUTED,EXECTYPE,MD5SUM,DEPLOYMENT_ID\n"
    for i in range(1, 11):
        rows += f"{i:03d}-create,ops,db/changelog/{i:03d}.yaml,2026-0{1 + i % 9}-1{i % 10} 10:00:00,{i},EXECUTED,{d.X('generic', 'liquibase-checksum', '9:' + F.hx(32))},{F.dg(10)}\n"
    add(d, rows)

    d = doc("infra/pulumi/Pulumi.staging.yaml", "yaml-pulumi-config")
    add(d, f"""config:
  aws:region: eu-west-1
  acme:stripeSecretKey:
    secure: {d.X('pulumi', 'secure-ciphertext', 'v1:' + F.b64(12) + ':' + F.b64(60))}
  acme:openaiApiKey:
    secure: {d.X('pulumi', 'secure-ciphertext', 'v1:' + F.b64(12) + ':' + F.b64(70))}
  acme:datadogApiKey:
    secure: {d.X('pulumi', 'secure-ciphertext', 'v1:' + F.b64(12) + ':' + F.b64(48))}
  acme:sendgridApiKey:
    secure: {d.X('pulumi', 'secure-ciphertext', 'v1:' + F.b64(12) + ':' + F.b64(66))}
  acme:dbPassword:
    secure: {d.X('pulumi', 'secure-ciphertext', 'v1:' + F.b64(12) + ':' + F.b64(30))}
  acme:certificateArn: {d.X('aws', 'arn', 'arn:aws:acm:eu-west-1:' + F.dg(12) + ':certificate/' + F.uid())}
  acme:kmsKeyId: {d.X('aws', 'kms-key-id', F.uid())}
""")

    d = doc("observability/grafana/dashboards/ledger.json", "json-dashboard")
    panels = ",\n".join(f"""    {{ "id": {i}, "type": "timeseries", "datasource": {{ "type": "prometheus", "uid": "{d.X('grafana', 'datasource-uid', F.b64u(9))}" }}, "libraryPanel": {{ "uid": "{d.X('grafana', 'library-panel-uid', F.b64u(14))}" }} }}""" for i in range(1, 7))
    add(d, f"""{{
  "uid": "{d.X('grafana', 'dashboard-uid', F.b64u(9))}",
  "title": "Ledger",
  "version": 42,
  "panels": [
{panels}
  ]
}}
""")

    d = doc("db-tools/metabase/metabase.env", "dotenv")
    add(d, f"""MB_DB_TYPE=postgres
MB_DB_HOST=metabase-db.internal
MB_DB_USER=metabase
MB_DB_PASS={d.P('postgres', 'password')}
MB_ENCRYPTION_SECRET_KEY={d.P('generic', 'secret-key')}
MB_EMAIL_SMTP_PASSWORD={d.P('brevo', 'smtp-key')}
MB_SITE_UUID={d.X('generic', 'uuid-site', F.uid())}
MB_PREMIUM_EMBEDDING_TOKEN={d.X('generic', 'placeholder', 'your-token-goes-here')}
""")

    d = doc("py-etl/scrapyd.conf", "ini")
    add(d, f"""[scrapyd]
eggs_dir    = eggs
logs_dir    = logs
bind_address = 0.0.0.0
http_port   = 6800
username    = scrapyd
password    = {d.P('generic', 'password')}
jobs_to_keep = {d.X('generic', 'setting', '5')}
""")
    return docs
