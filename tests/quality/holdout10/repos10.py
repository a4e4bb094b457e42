"""repos/ of the tenth held-out corpus: files as committed in enterprise Java servers,
database operations, configuration management, backup and sync tools, self-hosted
platforms and desktop clients. Each template writes its own secrets and decoys; a
rotation over the provider table adds provider tokens where such files hold them."""
import itertools


def build(Doc, F):
    docs = []
    R = F.R
    order = sorted(F.PROVIDERS)
    R.shuffle(order)
    rot = itertools.cycle(order)

    def pw(n=18):
        return F.rs("a", n - 4) + R.choice("-_.!") + F.rs("a", 3)

    def upw(n=18):  # safe inside URLs
        return F.rs("a", n)

    class File:
        def __init__(self, path, shape):
            self.d = Doc("repos/" + path, "repos", shape)

        def P(self, provider, fmt, shape=None):
            return self.d.secret(provider, fmt, F.value(provider, fmt), shape=shape)

        def G(self, fmt, value, shape=None, provider="generic"):
            return self.d.secret(provider, fmt, value, shape=shape)

        def B(self, fmt, value, provider="generic", shape=None):
            return self.d.b64(provider, fmt, value, shape=shape)

        def D(self, kind, value, provider="generic", shape=None):
            return self.d.dec(provider, kind, value, shape=shape)

        def DP(self, provider, kind, shape=None):
            return self.d.dec(provider, kind, F.value(provider, kind), shape=shape)

        def rot(self, n, line, shape=None, dec=None):
            """n provider tokens from the rotation (line: format with {K} name and {v}), then dec decoys."""
            dec = n if dec is None else dec
            out, got = [], 0
            while got < n:
                p = next(rot)
                env, poss, decs = F.PROVIDERS[p]
                fmt = poss[0][0]
                v = F.value(p, fmt)
                if "\n" in v:
                    continue
                got += 1
                out.append(line.format(K=env, k=env.lower(), v=self.d.secret(p, fmt, v, shape=shape)))
                if dec:
                    kind = decs[0][0]
                    out.append(line.format(K="%s_%s" % (p.upper(), kind.upper()), k="%s_%s" % (p, kind),
                                           v=self.d.dec(p, kind, F.value(p, kind), shape=shape)))
                    dec -= 1
            return "\n".join(out)

        def done(self, text):
            docs.append((self.d, text.lstrip("\n")))

    # ---------------- enterprise Java and app servers ----------------
    f = File("billing-api/src/main/resources/application-prod.yml", "spring-yaml")
    f.done(f"""
spring:
  datasource:
    url: jdbc:postgresql://pg-prod.internal:5432/billing
    username: billing_app
    password: {f.G("datasource-password", pw())}
  mail:
    host: smtp.sendgrid.net
    username: apikey
    password: {f.P("sendgrid", "key")}
  security:
    oauth2:
      client:
        registration:
          google:
            client-id: {f.DP("google", "client_id")}
            client-secret: {f.P("google", "client_secret")}
jasypt:
  encryptor:
    password: {f.G("jasypt-master-password", pw(24))}
billing:
  stripe:
    secret-key: {f.P("stripe", "live")}
    publishable-key: {f.DP("stripe", "publishable")}
  legacy-db-password: {f.D("jasypt-encrypted", "ENC(" + F.rs("B", 44) + "==)")}
  reports-password: {f.D("env-reference", "${{REPORTS_DB_PASSWORD}}")}
  webhook-signing: {f.D("config-server-cipher", "'{cipher}" + F.rs("h", 96) + "'")}
jwt:
  secret: {f.G("jwt-signing-secret", F.rs("B", 64))}
""")

    f = File("billing-api/src/main/resources/bootstrap.yml", "spring-yaml")
    f.done(f"""
spring:
  application:
    name: billing-api
  cloud:
    config:
      uri: https://config.internal:8888
      username: config-client
      password: {f.G("config-server-password", pw())}
    vault:
      host: vault.internal
      authentication: TOKEN
      token: {f.P("vault", "service")}
      kv:
        backend: secret
  rabbitmq:
    addresses: {f.G("amqp-url", "amqps://billing:" + upw() + "@mq.internal:5671/prod", provider="url")}
management:
  info:
    git:
      commit-id: {f.D("git-sha", F.rs("h", 40))}
encrypt:
  key: {f.D("env-reference", "${{ENCRYPT_KEY}}")}
""")

    f = File("billing-api/src/main/resources/application.properties", "properties")
    f.done(f"""
# shared defaults; prod values come from bootstrap.yml
server.ssl.key-store=classpath:keystore.p12
server.ssl.key-store-password={f.G("keystore-password", pw())}
server.ssl.key-store-type=PKCS12
spring.datasource.password={f.D("env-default", "${{DB_PASSWORD:}}")}
spring.redis.password={f.G("redis-password", pw(24))}
app.crypto.aes-key={f.G("aes-key", F.rs("B", 43) + "=")}
{f.rot(3, "app.integrations.{k}={v}", shape="properties")}
app.build.checksum={f.D("sha256", F.rs("h", 64))}
""")

    f = File("weblogic-domain/servers/AdminServer/security/boot.properties", "properties")
    f.done(f"""
# plain text until the first start; WebLogic encrypts it then
username=weblogic
password={f.G("weblogic-boot-password", pw(16))}
""")

    f = File("weblogic-domain/config/config.xml", "xml-element")
    f.done(f"""
<?xml version='1.0' encoding='UTF-8'?>
<domain xmlns="http://xmlns.oracle.com/weblogic/domain">
  <name>billing_domain</name>
  <security-configuration>
    <credential-encrypted>{f.D("weblogic-aes", "{AES256}" + F.rs("B", 88) + "=")}</credential-encrypted>
    <node-manager-username>nodemgr</node-manager-username>
    <node-manager-password-encrypted>{f.D("weblogic-aes", "{AES256}" + F.rs("B", 44))}</node-manager-password-encrypted>
  </security-configuration>
  <server>
    <name>AdminServer</name>
    <custom-identity-key-store-pass-phrase-encrypted>{f.D("weblogic-aes", "{AES256}" + F.rs("B", 44))}</custom-identity-key-store-pass-phrase-encrypted>
  </server>
  <foreign-jndi-provider>
    <name>LegacyJms</name>
    <user>jmsbridge</user>
    <password>{f.G("jndi-password", pw())}</password>
  </foreign-jndi-provider>
</domain>
""")

    f = File("weblogic-domain/config/jdbc/BillingDS-jdbc.xml", "xml-element")
    f.done(f"""
<jdbc-data-source xmlns="http://xmlns.oracle.com/weblogic/jdbc-data-source">
  <name>BillingDS</name>
  <jdbc-driver-params>
    <url>jdbc:oracle:thin:@//ora-prod.internal:1521/BILL</url>
    <password-encrypted>{f.D("weblogic-aes", "{AES256}" + F.rs("B", 44))}</password-encrypted>
    <properties>
      <property><name>user</name><value>BILLING</value></property>
      <property><name>password</name><value>{f.G("oracle-password", pw())}</value></property>
    </properties>
  </jdbc-driver-params>
</jdbc-data-source>
""")

    f = File("liberty-app/src/main/liberty/config/server.xml", "xml-attribute")
    f.done(f"""
<server description="orders">
  <featureManager><feature>jakartaee-10.0</feature></featureManager>
  <keyStore id="defaultKeyStore" password="{f.G("keystore-password", pw())}"/>
  <basicRegistry id="basic">
    <user name="admin" password="{f.G("registry-password", pw(14))}"/>
    <user name="reader" password="{f.D("liberty-aes", "{aes}" + F.rs("B", 64))}"/>
  </basicRegistry>
  <dataSource jndiName="jdbc/orders">
    <properties.db2.jcc databaseName="ORDERS" user="db2inst1" password="{f.G("db2-password", pw())}"/>
  </dataSource>
  <variable name="db.password" defaultValue="{f.D("env-reference", "${env.DB_PASSWORD}")}"/>
  <openidConnectClient id="sso" clientId="{f.D("client-id", "orders-" + F.rs("l", 8))}" clientSecret="{f.G("oidc-client-secret", F.rs("a", 32))}"/>
</server>
""")

    f = File("quarkus-shipping/src/main/resources/application.properties", "properties")
    f.done(f"""
quarkus.http.port=8080
%prod.quarkus.datasource.username=shipping
%prod.quarkus.datasource.password={f.G("datasource-password", pw())}
%dev.quarkus.datasource.password={f.D("docs-default", "quarkus")}
quarkus.oidc.client-id={f.D("client-id", "shipping-" + F.rs("l", 6))}
quarkus.oidc.credentials.secret={f.G("oidc-client-secret", F.rs("a", 32))}
quarkus.mailer.password={f.D("env-default", "${{MAILER_PASSWORD:changeme}}")}
quarkus.rest-client.easypost.api-key={f.P("easypost", "live")}
quarkus.rest-client.shippo.token={f.D("placeholder", "shippo_live_<token>")}
smallrye.jwt.encrypt.key={f.G("jwt-encryption-key", F.rs("b", 43))}
""")

    f = File("micronaut-gateway/src/main/resources/application-prod.yml", "yaml-nested")
    f.done(f"""
micronaut:
  security:
    token:
      jwt:
        signatures:
          secret:
            generator:
              secret: {f.G("jwt-signing-secret", F.rs("a", 48))}
aws:
  access-key-id: {f.P("aws", "key_id")}
  secret-key: {f.P("aws", "secret")}
  region: eu-west-1
datasources:
  default:
    url: jdbc:mysql://mysql-prod:3306/gateway
    password: {f.G("datasource-password", pw())}
redis:
  uri: {f.G("redis-url", "redis://:" + upw(24) + "@redis-prod:6379/0", provider="url")}
  cache-uri: {f.D("url-without-password", "redis://redis-cache:6379/1")}
""")

    f = File("legacy-portal/WEB-INF/glassfish-resources.xml", "xml-attribute")
    f.done(f"""
<!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN" "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
<resources>
  <jdbc-connection-pool name="portalPool" datasource-classname="org.postgresql.ds.PGSimpleDataSource">
    <property name="User" value="portal"/>
    <property name="Password" value="{f.G("jdbc-password", pw())}"/>
    <property name="ssl" value="true"/>
  </jdbc-connection-pool>
  <jdbc-connection-pool name="auditPool" datasource-classname="org.postgresql.ds.PGSimpleDataSource">
    <property name="Password" value="{f.D("password-alias", "${ALIAS=audit_db_password}")}"/>
  </jdbc-connection-pool>
</resources>
""")

    f = File("legacy-portal/WEB-INF/jetty-env.xml", "xml-element")
    f.done(f"""
<Configure id="wac" class="org.eclipse.jetty.webapp.WebAppContext">
  <New id="mail" class="org.eclipse.jetty.plus.jndi.Resource">
    <Arg>mail/Session</Arg>
    <Arg>
      <New class="org.eclipse.jetty.jndi.factories.MailSessionReference">
        <Set name="user">noreply@acme.example</Set>
        <Set name="password">{f.G("smtp-password", pw())}</Set>
        <Set name="password">{f.D("obfuscated-jetty", "OBF:" + "".join(R.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(24)))}</Set>
      </New>
    </Arg>
  </New>
</Configure>
""")

    f = File("legacy-portal/conf/tomee.xml", "tomee-resource")
    f.done(f"""
<tomee>
  <Resource id="jdbc/portal" type="DataSource">
    JdbcDriver = org.mariadb.jdbc.Driver
    JdbcUrl = jdbc:mariadb://maria-prod:3306/portal
    UserName = portal
    Password = {f.G("datasource-password", pw())}
  </Resource>
  <Resource id="jms/broker" type="ActiveMQResourceAdapter">
    ServerUrl = tcp://amq:61616
    Password = {f.D("placeholder", "********")}
  </Resource>
</tomee>
""")

    # ---------------- database operations ----------------
    f = File("db-ops/proxysql/proxysql.cnf", "proxysql")
    a1, a2 = pw(16), pw(16)
    f.done(f"""
datadir="/var/lib/proxysql"
admin_variables=
{{
    admin_credentials="admin:{f.G("proxysql-admin-password", a1)}"
    mysql_ifaces="0.0.0.0:6032"
}}
mysql_variables=
{{
    monitor_username="monitor"
    monitor_password="{f.G("mysql-monitor-password", a2)}"
}}
mysql_users=
(
    {{ username="app", password="{f.G("mysql-password", pw())}", default_hostgroup=0 }},
    {{ username="report", password="{f.D("mysql-native-hash", "*" + F.rs("H", 40))}", default_hostgroup=1 }}
)
""")

    f = File("db-ops/mongo/mongod.conf", "yaml-nested")
    f.done(f"""
net:
  port: 27017
  tls:
    mode: requireTLS
    certificateKeyFile: /etc/ssl/mongo.pem
    certificateKeyFilePassword: {f.G("tls-key-password", pw())}
security:
  keyFile: /etc/mongo/keyfile
  authorization: enabled
  ldap:
    servers: ldap.internal
    bind:
      queryUser: "cn=mongo,ou=svc,dc=acme,dc=example"
      queryPassword: {f.G("ldap-bind-password", pw())}
replication:
  replSetName: rs0
""")

    f = File("db-ops/mongo/keyfile", "raw-keyfile")
    f.done(f.G("mongodb-keyfile", F.rs("B", 756)) + "\n")

    f = File("db-ops/mongo/backup.sh", "shell")
    f.done(f"""
#!/bin/sh
mongodump --uri "{f.P("mongodb", "uri")}" --archive | gzip > /backup/prod.gz
mongodump --uri "{f.DP("mongodb", "nopw_uri")}" --username "$MONGO_USER" --password "$MONGO_PASS"
atlas config set private_api_key {f.P("mongodb", "atlas_private")}
atlas config set public_api_key {f.DP("mongodb", "atlas_public")}
""")

    f = File("db-ops/redis/sentinel.conf", "redis-directive")
    f.done(f"""
port 26379
sentinel monitor mymaster 10.0.4.11 6379 2
sentinel auth-pass mymaster {f.G("redis-password", pw(24))}
sentinel auth-user mymaster sentinel
requirepass {f.G("sentinel-password", pw(24))}
sentinel myid {f.D("sentinel-id", F.rs("h", 40))}
sentinel known-replica mymaster 10.0.4.12 6379
""")

    f = File("db-ops/cassandra/cqlshrc", "ini")
    f.done(f"""
[authentication]
username = ops_admin
password = {f.G("cassandra-password", pw())}

[connection]
hostname = cass-prod-1.internal
ssl = true
""")

    f = File("db-ops/cassandra/cassandra.yaml", "yaml-nested")
    f.done(f"""
cluster_name: 'prod'
authenticator: PasswordAuthenticator
server_encryption_options:
  internode_encryption: all
  keystore: conf/.keystore
  keystore_password: {f.D("docs-default", "cassandra")}
  truststore_password: {f.G("truststore-password", pw())}
client_encryption_options:
  keystore_password: {f.G("keystore-password", pw())}
""")

    f = File("db-ops/clickhouse/users.xml", "xml-element")
    f.done(f"""
<clickhouse>
  <users>
    <default>
      <password>{f.G("clickhouse-password", pw())}</password>
      <networks><ip>::1</ip></networks>
    </default>
    <grafana>
      <password_sha256_hex>{f.D("sha256", F.rs("h", 64))}</password_sha256_hex>
    </grafana>
    <etl>
      <password_double_sha1_hex>{f.D("double-sha1", F.rs("h", 40))}</password_double_sha1_hex>
    </etl>
  </users>
</clickhouse>
""")

    f = File("db-ops/clickhouse/config.d/s3.xml", "xml-element")
    f.done(f"""
<clickhouse>
  <s3>
    <backups>
      <endpoint>https://s3.eu-west-1.amazonaws.com/acme-ch-backups/</endpoint>
      <access_key_id>{f.P("aws", "key_id")}</access_key_id>
      <secret_access_key>{f.P("aws", "secret")}</secret_access_key>
    </backups>
    <docs>
      <access_key_id>{f.DP("aws", "docs_example")}</access_key_id>
      <secret_access_key>{f.DP("aws", "docs_secret")}</secret_access_key>
    </docs>
  </s3>
</clickhouse>
""")

    f = File("db-ops/patroni/patroni.yml", "yaml-nested")
    f.done(f"""
scope: pg-prod
restapi:
  listen: 0.0.0.0:8008
  authentication:
    username: patroni
    password: {f.G("patroni-rest-password", pw())}
postgresql:
  authentication:
    superuser:
      username: postgres
      password: {f.G("postgres-superuser-password", pw(), provider="postgres")}
    replication:
      username: replicator
      password: {f.G("replication-password", pw(), provider="postgres")}
  pg_hba:
    - host all all 10.0.0.0/8 scram-sha-256
  parameters:
    password_encryption: scram-sha-256
bootstrap:
  users:
    app:
      password: {f.D("scram-verifier", "SCRAM-SHA-256$4096:" + F.rs("B", 22) + "==$" + F.rs("B", 43) + "=:" + F.rs("B", 43) + "=")}
""")

    f = File("db-ops/pgbackrest/pgbackrest.conf", "ini")
    f.done(f"""
[global]
repo1-type=s3
repo1-s3-bucket=acme-pg-backups
repo1-s3-key={f.P("aws", "key_id")}
repo1-s3-key-secret={f.P("aws", "secret")}
repo1-cipher-type=aes-256-cbc
repo1-cipher-pass={f.G("backup-cipher-pass", F.rs("B", 64))}

[prod]
pg1-path=/var/lib/postgresql/16/main
""")

    f = File("db-ops/odbc/odbc.ini", "ini")
    f.done(f"""
[SnowflakeProd]
Driver=/usr/lib/snowflake/odbc/lib/libSnowflake.so
Server={f.DP("snowflake", "account")}.snowflakecomputing.com
uid=SVC_BI
pwd={f.P("snowflake", "password")}

[MSSQLReports]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:sql-reports.internal,1433
UID=reports
PWD={f.G("mssql-password", pw())}
""")

    f = File("db-ops/debezium/register-orders.json", "json")
    f.done(f"""
{{
  "name": "orders-connector",
  "config": {{
    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
    "database.hostname": "pg-prod.internal",
    "database.user": "debezium",
    "database.password": "{f.G("postgres-password", pw(), provider="postgres")}",
    "schema.history.internal.kafka.bootstrap.servers": "kafka:9092",
    "database.ssl.password": "{f.D("config-provider-reference", "${file:/opt/secrets/db.properties:ssl_password}")}",
    "topic.prefix": "orders"
  }}
}}
""")

    f = File("db-ops/kafka-connect/connect-distributed.properties", "properties")
    f.done(f"""
bootstrap.servers=pkc-{F.rs("l", 5)}.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{f.D("confluent-api-key", F.rs("U", 16))}" password="{f.G("confluent-api-secret", F.rs("B", 64), provider="confluent")}";
ssl.truststore.password={f.G("truststore-password", pw())}
""")

    # ---------------- configuration management ----------------
    f = File("ops-ansible/group_vars/prod/vars.yml", "yaml-flat")
    f.done(f"""
---
ansible_become_password: {f.G("become-password", pw())}
db_password: "{f.D("jinja-reference", "{{ vault_db_password }}")}"
grafana_admin_password: {f.G("grafana-admin-password", pw())}
slack_webhook: {f.P("slack", "webhook")}
{f.rot(4, "{k}: {v}", shape="yaml-flat")}
node_exporter_checksum: "sha256:{f.D("sha256", F.rs("h", 64))}"
""")

    f = File("ops-ansible/group_vars/prod/vault.yml", "ansible-vault")
    lines = "\n".join(F.rs("h", 80) for _ in range(6))
    f.done(f"""
$ANSIBLE_VAULT;1.1;AES256
{f.D("ansible-vault", lines.split(chr(10))[0])}
{lines.split(chr(10), 1)[1]}
""")

    f = File("ops-ansible/inventories/prod/hosts.ini", "ini-inline")
    f.done(f"""
[web]
web-1.prod ansible_host=10.0.1.11 ansible_user=deploy ansible_password={f.G("ssh-password", pw())}
web-2.prod ansible_host=10.0.1.12 ansible_user=deploy ansible_ssh_pass={f.D("jinja-reference", "'{{ vault_ssh_pass }}'")}

[db:vars]
ansible_become_pass={f.G("become-password", pw())}
""")

    f = File("ops-ansible/host_vars/backup-1.yml", "yaml-flat")
    f.done(f"""
restic_repository: s3:s3.amazonaws.com/acme-restic
restic_password: {f.G("restic-password", pw(24))}
{f.rot(3, '{k}: "{v}"', shape="yaml-flat")}
""")

    f = File("infra-cfn/params/prod.json", "cfn-parameters")
    f.done(f"""
[
  {{ "ParameterKey": "Environment", "ParameterValue": "prod" }},
  {{ "ParameterKey": "DBMasterPassword", "ParameterValue": "{f.G("db-master-password", pw())}" }},
  {{ "ParameterKey": "GitHubOAuthToken", "ParameterValue": "{f.P("github", "classic")}" }},
  {{ "ParameterKey": "DatadogApiKey", "ParameterValue": "{f.P("datadog", "api_key")}" }},
  {{ "ParameterKey": "ImageId", "ParameterValue": "{f.D("ami-id", "ami-" + F.rs("h", 17))}" }},
  {{ "ParameterKey": "SlackSigningSecret", "ParameterValue": "{f.D("ssm-reference", "{{resolve:secretsmanager:prod/slack:SecretString:signing}}")}" }}
]
""")

    f = File("infra-azure/azuredeploy.parameters.prod.json", "arm-parameters")
    f.done(f"""
{{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {{
    "adminUsername": {{ "value": "azureadmin" }},
    "adminPassword": {{ "value": "{f.G("vm-admin-password", pw())}" }},
    "storageConnection": {{ "value": "{f.P("azure", "conn")}" }},
    "sqlPassword": {{
      "reference": {{
        "keyVault": {{ "id": "/subscriptions/{f.D("subscription-id", F.uuid())}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-prod" }},
        "secretName": "sqlPassword"
      }}
    }}
  }}
}}
""")

    f = File("infra-azure/main.prod.bicepparam", "bicepparam")
    f.done(f"""
using './main.bicep'

param location = 'westeurope'
param sqlAdminPassword = '{f.G("sql-admin-password", pw())}'
param spClientSecret = '{f.P("azure", "client_secret")}'
param tenantId = '{f.DP("azure", "tenant")}'
param storageKey = {f.D("keyvault-reference", "az.getSecret('sub', 'rg', 'kv-prod', 'storageKey')")}
""")

    f = File("infra-live/prod/terragrunt.hcl", "hcl-inputs")
    f.done(f"""
include "root" {{
  path = find_in_parent_folders()
}}

inputs = {{
  cloudflare_api_token = "{f.P("cloudflare", "token")}"
  db_password          = "{f.G("db-password", pw())}"
  pagerduty_token      = {f.D('env-function', 'get_env("PAGERDUTY_TOKEN")')}
{f.rot(4, '  {k} = "{v}"', shape="hcl-inputs")}
}}
""")

    f = File("infra-pulumi/Pulumi.prod.yaml", "pulumi-config")
    f.done(f"""
config:
  aws:region: eu-central-1
  acme:dbPassword: {f.G("db-password", pw())}
  acme:sentryToken: {f.P("sentry", "user_token")}
  acme:stripeKey:
    secure: {f.D("pulumi-secure", "v1:" + F.rs("B", 16) + ":" + F.rs("B", 64))}
  acme:okta:
    orgUrl: https://acme.okta.com
    apiToken: {f.P("okta", "token")}
""")

    # ---------------- backup and sync ----------------
    f = File("backup/borgmatic/config.yaml", "yaml-flat")
    f.done(f"""
source_directories:
  - /srv
repositories:
  - path: ssh://u{F.rs("d", 6)}@u{F.rs("d", 6)}.your-storagebox.de:23/./borg
    label: storagebox
encryption_passphrase: "{f.G("borg-passphrase", pw(28))}"
encryption_passcommand: {f.D("passcommand", "cat /root/.borg-passphrase")}
keep_daily: 7
healthchecks:
  ping_url: https://hc-ping.com/{f.D("uuid", F.uuid())}
""")

    f = File("backup/duplicity/nightly.sh", "shell-export")
    f.done(f"""
#!/bin/bash
export PASSPHRASE='{f.G("gpg-passphrase", pw(24))}'
export AWS_ACCESS_KEY_ID={f.P("aws", "key_id")}
export AWS_SECRET_ACCESS_KEY={f.P("aws", "secret")}
duplicity --encrypt-key {f.D("gpg-fingerprint", F.rs("H", 40))} /srv s3://s3.amazonaws.com/acme-dup
unset PASSPHRASE
""")

    f = File("backup/kopia/repository.config", "json")
    f.done(f"""
{{
  "storage": {{
    "type": "s3",
    "config": {{
      "bucket": "acme-kopia",
      "endpoint": "s3.us-west-002.backblazeb2.com",
      "accessKeyID": "{f.D("b2-key-id", "002" + F.rs("h", 22))}",
      "secretAccessKey": "{f.G("b2-application-key", "K002" + F.rs("a", 27), provider="backblaze")}",
      "sessionToken": ""
    }}
  }},
  "caching": {{ "cacheDirectory": "../../cache/{f.D("hash", F.rs("h", 16))}" }},
  "hostname": "nas",
  "uniqueID": "{f.D("base64-id", F.rs("B", 43) + "=")}"
}}
""")

    f = File("backup/kopia/kopia.env", "dotenv")
    f.done(f"""
KOPIA_PASSWORD={f.G("kopia-password", pw(24))}
KOPIA_SERVER_CONTROL_PASSWORD={f.G("kopia-control-password", pw())}
KOPIA_CHECK_FOR_UPDATES=false
{f.rot(2, "{K}={v}", shape="dotenv")}
""")

    f = File("backup/syncthing/config.xml", "xml-element")
    dev = "-".join(F.rs("Z", 7) for _ in range(8))
    f.done(f"""
<configuration version="37">
  <device id="{f.D("syncthing-device-id", dev)}" name="nas" compression="metadata"/>
  <gui enabled="true" tls="true">
    <address>0.0.0.0:8384</address>
    <user>admin</user>
    <password>{f.D("bcrypt", "$2a$10$" + F.rs("b", 53).replace("-", ".").replace("_", "/"))}</password>
    <apikey>{f.G("syncthing-api-key", F.rs("a", 32))}</apikey>
  </gui>
</configuration>
""")

    f = File("backup/velero/credentials-velero", "ini")
    f.done(f"""
[default]
aws_access_key_id = {f.P("aws", "key_id")}
aws_secret_access_key = {f.P("aws", "secret")}
""")

    f = File("backup/velero/secret.yaml", "k8s-secret-data")
    f.done(f"""
apiVersion: v1
kind: Secret
metadata:
  name: velero-azure
  namespace: velero
type: Opaque
data:
  AZURE_CLIENT_SECRET: {f.d.b64("azure", "client_secret", F.value("azure", "client_secret"))}
  AZURE_TENANT_ID: {f.D("base64-tenant-id", "ZGVmYXVsdA==")}
  RESTIC_PASSWORD: {f.B("restic-password", pw(24))}
""")

    f = File("backup/bacula/bacula-dir.conf", "bacula")
    f.done(f"""
Director {{
  Name = backup-dir
  Password = "{f.G("bacula-director-password", F.rs("B", 44))}"
  Messages = Daemon
}}
Catalog {{
  Name = MyCatalog
  dbname = "bacula"; dbuser = "bacula"; dbpassword = "{f.G("bacula-db-password", pw())}"
}}
Storage {{
  Name = File1
  Password = "{f.D("template-placeholder", "@@SD_PASSWORD@@")}"
}}
Client {{
  Name = web-fd
  Password = "{f.G("bacula-fd-password", F.rs("B", 44))}"
}}
""")

    # ---------------- self-hosted platforms ----------------
    f = File("gitlab-omnibus/gitlab.rb", "ruby-hash-index")
    f.done(f"""
external_url 'https://git.acme.example'
gitlab_rails['initial_root_password'] = "{f.G("initial-root-password", pw())}"
gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_user_name'] = "postmaster@mg.acme.example"
gitlab_rails['smtp_password'] = "{f.G("smtp-password", pw())}"
gitlab_rails['db_password'] = "{f.G("db-password", pw())}"
# gitlab_rails['ldap_servers'] = {{ 'main' => {{ 'password' => '{f.D("placeholder", "<bind-password>")}' }} }}
gitlab_rails['omniauth_providers'] = [
  {{ name: "github", app_id: "{f.D("oauth-client-id", "Iv1." + F.rs("h", 16))}", app_secret: "{f.G("github-oauth-client-secret", F.rs("h", 40), provider="github")}" }}
]
gitlab_rails['initial_shared_runners_registration_token'] = "{f.P("gitlab", "runner")}"
registry['notifications'] = [{{ 'headers' => {{ 'Authorization' => ['Bearer {f.G("registry-notify-secret", F.rs("a", 32))}'] }} }}]
""")

    f = File("harbor/harbor.yml", "yaml-nested")
    f.done(f"""
hostname: registry.acme.example
harbor_admin_password: {f.G("harbor-admin-password", pw())}
database:
  password: {f.G("harbor-db-password", pw())}
  max_idle_conns: 100
# defaults from harbor.yml.tmpl, kept for reference
# harbor_admin_password: {f.D("docs-default", "Harbor12345")}
# database.password: {f.D("docs-default", "root123")}
""")

    f = File("harbor/robot-ci.json", "json")
    f.done(f"""
{{"id": 14, "name": "robot$ci+push", "secret": "{f.G("harbor-robot-secret", F.rs("a", 32))}", "creation_time": "2026-10-02T09:11:40Z", "expires_at": -1}}
""")

    f = File("sonarqube/conf/sonar.properties", "properties")
    f.done(f"""
sonar.jdbc.username=sonar
sonar.jdbc.password={f.G("db-password", pw())}
sonar.jdbc.url=jdbc:postgresql://pg.internal/sonar
sonar.web.systemPasscode={f.G("system-passcode", pw(24))}
sonar.auth.github.clientId.secured={f.D("oauth-client-id", "Iv1." + F.rs("h", 16))}
sonar.auth.github.clientSecret.secured={f.G("github-oauth-client-secret", F.rs("h", 40), provider="github")}
sonar.core.serverBaseURL=https://sonar.acme.example
""")

    f = File("sonarqube/scan.sh", "cli-flag")
    f.done(f"""
#!/bin/sh
sonar-scanner -Dsonar.projectKey=acme_api -Dsonar.host.url=https://sonar.acme.example -Dsonar.token={f.P("sonarqube", "project")}
mvn sonar:sonar -Dsonar.login={f.P("sonarqube", "user")}
sonar-scanner -Dsonar.token={f.D("env-reference", "$SONAR_TOKEN")}
""")

    f = File("jenkins/credentials.xml", "xml-element")
    f.done(f"""
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <id>nexus-deploy</id>
          <username>deployer</username>
          <password>{f.D("jenkins-encrypted", "{AQAAABAAAAAQ" + F.rs("B", 40) + "=}")}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <id>sonar-token</id>
          <secret>{f.D("jenkins-encrypted", "{AQAAABAAAAAw" + F.rs("B", 64) + "=}")}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""")

    f = File("jenkins/casc/jenkins.yaml", "yaml-nested")
    f.done(f"""
jenkins:
  securityRealm:
    local:
      users:
        - id: admin
          password: {f.G("jenkins-admin-password", pw())}
        - id: viewer
          password: {f.D("env-reference", "${{VIEWER_PASSWORD}}")}
credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              id: github-token
              secret: {f.P("github", "fine")}
          - usernamePassword:
              id: dockerhub
              username: acmeci
              password: {f.G("dockerhub-password", pw())}
unclassified:
  slackNotifier:
    tokenCredentialId: slack
    teamDomain: acme
  location:
    url: https://ci.acme.example/
jenkins_api_token: {f.P("jenkins", "token")}
""")

    f = File("drone/docker-compose.yml", "compose-env")
    f.done(f"""
services:
  drone:
    image: drone/drone:2
    environment:
      - DRONE_GITHUB_CLIENT_ID={f.D("oauth-client-id", "Iv1." + F.rs("h", 16))}
      - DRONE_GITHUB_CLIENT_SECRET={f.G("github-oauth-client-secret", F.rs("h", 40), provider="github")}
      - DRONE_RPC_SECRET={f.G("drone-rpc-secret", F.rs("h", 32), provider="drone")}
      - DRONE_SERVER_HOST=drone.acme.example
  runner:
    image: drone/drone-runner-docker:1
    environment:
      DRONE_RPC_SECRET: {f.D("compose-reference", "${{DRONE_RPC_SECRET}}")}
""")

    f = File("buildkite/hooks/environment", "shell-export")
    f.done(f"""
#!/bin/bash
set -euo pipefail
export BUILDKITE_API_TOKEN="{f.P("buildkite", "user_token")}"
{f.rot(4, 'export {K}="{v}"', shape="shell-export")}
if [[ "$BUILDKITE_PIPELINE_SLUG" == "deploy" ]]; then
  export DEPLOY_KEY_PASSPHRASE='{f.G("ssh-key-passphrase", pw())}'
fi
""")

    f = File("teamcity/config/database.properties", "properties")
    f.done(f"""
connectionUrl=jdbc:postgresql://pg.internal:5432/teamcity
connectionProperties.user=teamcity
connectionProperties.password={f.G("db-password", pw())}
maxConnections=50
""")

    f = File("teamcity/buildAgent/conf/buildAgent.properties", "properties")
    f.done(f"""
serverUrl=https://teamcity.acme.example
name=agent-linux-03
authorizationToken={f.G("teamcity-agent-token", F.rs("h", 32), provider="teamcity")}
env.NUGET_API_KEY={f.D("teamcity-reference", "%env.NUGET_KEY%")}
system.teamcity.build.checkoutDir.hash={f.D("md5", F.rs("h", 32))}
""")

    f = File("rundeck/server/config/realm.properties", "realm")
    f.done(f"""
admin:{f.D("jetty-md5", "MD5:" + F.rs("h", 32))},user,admin
ops:{f.G("rundeck-password", pw())},user,ops
deploy:{f.D("jetty-crypt", "CRYPT:" + F.rs("a", 13))},user
""")

    f = File("rundeck/server/config/rundeck-config.properties", "properties")
    f.done(f"""
grails.serverURL=https://rundeck.acme.example
dataSource.url=jdbc:mysql://mysql.internal/rundeck?autoReconnect=true
dataSource.username=rundeck
dataSource.password={f.G("db-password", pw())}
rundeck.storage.converter.1.config.password={f.G("storage-converter-password", pw(24))}
{f.rot(2, "rundeck.plugin.{k}={v}", shape="properties")}
""")

    f = File("concourse/credentials.yml", "yaml-flat")
    f.done(f"""
github-access-token: {f.P("github", "classic")}
docker-password: {f.G("docker-password", pw())}
{f.rot(8, "{k}: {v}", shape="yaml-flat")}
git-commit: {f.D("git-sha", F.rs("h", 40))}
""")

    f = File("helm-platform/values-prod.yaml", "helm-values")
    f.done(f"""
global:
  imageRegistry: registry.acme.example
  imagePullSecrets:
    - regcred
image:
  digest: sha256:{f.D("image-digest", F.rs("h", 64))}
secrets:
{f.rot(10, "  {k}: {v}", shape="helm-values")}
postgresql:
  auth:
    password: {f.G("postgres-password", pw(), provider="postgres")}
    existingSecret: {f.D("secret-name", "pg-credentials")}
""")

    f = File("argocd/argocd-secret.yaml", "k8s-secret-stringdata")
    f.done(f"""
apiVersion: v1
kind: Secret
metadata:
  name: argocd-secret
type: Opaque
stringData:
  admin.password: {f.D("bcrypt", "$2a$10$" + F.rs("b", 53).replace("-", ".").replace("_", "/"))}
  server.secretkey: {f.G("argocd-server-secretkey", F.rs("B", 44))}
  webhook.github.secret: {f.G("webhook-secret", F.rs("a", 32))}
  dex.github.clientSecret: {f.G("github-oauth-client-secret", F.rs("h", 40), provider="github")}
""")

    # ---------------- desktop clients ----------------
    f = File("dotfiles/filezilla/sitemanager.xml", "xml-base64")
    u1, u2 = pw(14), pw(14)
    f.done(f"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.acme-media.example</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Logontype>1</Logontype>
      <User>media</User>
      <Pass encoding="base64">{f.B("ftp-password", u1)}</Pass>
      <Name>media ftp</Name>
    </Server>
    <Server>
      <Host>sftp.partner.example</Host>
      <Protocol>1</Protocol>
      <Logontype>2</Logontype>
      <User>acme</User>
      <Name>partner (ask for password)</Name>
    </Server>
  </Servers>
</FileZilla3>
""")

    f = File("dotfiles/filezilla/recentservers.xml", "xml-base64")
    f.done(f"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <RecentServers>
    <Server>
      <Host>files.acme.example</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>deploy</User>
      <Pass encoding="base64">{f.B("sftp-password", u2)}</Pass>
    </Server>
  </RecentServers>
</FileZilla3>
""")

    f = File("dotfiles/winscp/WinSCP.ini", "ini")
    f.done(f"""
[Sessions\\deploy@files.acme.example]
HostName=files.acme.example
UserName=deploy
Password={f.D("winscp-obfuscated", "A35C" + F.rs("H", 60))}
[SshHostKeys]
ssh-ed25519@22:files.acme.example={f.D("host-key-fingerprint", "0x" + F.rs("h", 64))}
""")

    f = File("dotfiles/.gitconfig", "gitconfig")
    f.done(f"""
[user]
  name = Dana Ops
  email = dana@acme.example
  signingkey = {f.D("gpg-key-id", F.rs("H", 16))}
[url "https://oauth2:{f.G("gitlab-token-in-url", "glpat-" + F.rs("b", 20), provider="gitlab")}@gitlab.com/"]
  insteadOf = https://gitlab.com/
[credential "https://github.com"]
  helper = "!f() {{ echo username=dana; echo password={f.P("github", "classic")}; }}; f"
[credential]
  helper = {f.D("credential-helper", "osxkeychain")}
""")

    f = File("dotfiles/thunderbird/prefs.js", "js-user-pref")
    f.done(f"""
// Mozilla User Preferences
user_pref("mail.smtpserver.smtp1.hostname", "smtp.acme.example");
user_pref("mail.smtpserver.smtp1.username", "{f.D("username", "dana@acme.example")}");
user_pref("calendar.registry.{F.uuid()}.uri", "{f.G("caldav-url", "https://dana:" + upw(16) + "@dav.acme.example/cal/dana/", provider="url")}");
user_pref("extensions.mailmerge.smtp_token", "{f.G("smtp-token", F.rs("a", 32))}");
user_pref("mail.openpgp.fetch_pubkeys_from_gnupg", true);
""")

    f = File("dotfiles/thunderbird/logins.json", "json")
    f.done(f"""
{{"nextId":3,"logins":[{{"id":1,"hostname":"imap://mail.acme.example","encryptedUsername":"{f.D("nss-encrypted", "MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcE" + F.rs("B", 24) + "==")}","encryptedPassword":"{f.D("nss-encrypted", "MEIEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcE" + F.rs("B", 40) + "=")}","guid":"{{{F.uuid()}}}","encType":1}}]}}
""")

    f = File("dotfiles/_netrc", "netrc")
    f.done(f"""
machine api.heroku.com
  login dana@acme.example
  password {f.P("heroku", "new")}
machine git.heroku.com login dana@acme.example password {f.P("heroku", "legacy")}
machine github.com login dana password {f.P("github", "fine")}
default login anonymous password {f.D("anonymous-ftp", "guest@")}
""")

    f = File("dotfiles/putty-sessions.reg", "reg")
    f.done(f"""
Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\bastion]
"HostName"="bastion.acme.example"
"ProxyMethod"=dword:00000003
"ProxyUsername"="dana"
"ProxyPassword"="{f.G("proxy-password", pw())}"
"PublicKeyFile"="C:\\\\Users\\\\dana\\\\.ssh\\\\bastion.ppk"

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\SshHostKeys]
"ssh-ed25519@22:bastion.acme.example"="{f.D("host-key", "0x" + F.rs("h", 64) + ",0x" + F.rs("h", 64))}"
""")

    f = File("dotfiles/.lftprc", "lftp")
    f.done(f"""
set ssl:verify-certificate yes
set ftp:ssl-force true
bookmark edit
open -u media,{f.G("ftp-password", pw())} ftps://ftp.acme-media.example
""")

    f = File("dotfiles/.zshenv", "shell-export")
    f.done(f"""
export EDITOR=nvim
{f.rot(10, 'export {K}="{v}"', shape="shell-export")}
export HOMEBREW_GITHUB_API_TOKEN={f.P("github", "fine")}
""")

    f = File("dotfiles/dbeaver-projects/.dbeaver/credentials-config.json.txt", "json")
    f.done(f"""
{{"postgres-jdbc-18f3a":{{"#connection":{{"user":"analyst","password":"{f.G("postgres-password", pw(), provider="postgres")}"}}}},"mysql8-1a22":{{"#connection":{{"user":"ro","password":"{f.D("masked", "********")}"}}}}}}
""")

    f = File("metabase/metabase.env", "dotenv")
    f.done(f"""
MB_DB_TYPE=postgres
MB_DB_PASS={f.G("db-password", pw())}
MB_ENCRYPTION_SECRET_KEY={f.G("encryption-key", F.rs("B", 44))}
MB_PREMIUM_EMBEDDING_TOKEN={f.G("embedding-token", F.rs("h", 64))}
{f.rot(3, "{K}={v}", shape="dotenv")}
""")

    f = File("superset/docker/.env-prod", "dotenv")
    f.done(f"""
SUPERSET_SECRET_KEY={f.G("flask-secret-key", F.rs("B", 42))}
DATABASE_PASSWORD={f.G("db-password", pw())}
MAPBOX_API_KEY={f.DP("mapbox", "public")}
{f.rot(3, "{K}={v}", shape="dotenv")}
""")

    f = File("ops-ansible/roles/app/defaults/main.yml", "yaml-flat")
    f.done(f"""
---
app_db_password: {f.D("docs-default", "changeme")}
app_secret_key: {f.D("placeholder", "CHANGE_ME_IN_VAULT")}
app_sentry_dsn: {f.DP("sentry", "dsn")}
app_api_base: https://api.acme.example
app_build_id: {f.D("uuid", F.uuid())}
{f.rot(3, "{k}: {v}", shape="yaml-flat")}
""")

    f = File("salt-like/cloud.providers.d/hetzner.conf", "yaml-flat")
    f.done(f"""
hetzner-prod:
  driver: hetzner
  key: {f.G("hetzner-api-token", F.rs("a", 64), provider="hetzner")}
  ssh_keyfile: /etc/salt/pki/cloud/hetzner.pem
linode-prod:
  driver: linode
  apikey: {f.P("linode", "token")}
  password: {f.G("root-password", pw())}
""")
    f = File("puppet-control/data/env/prod.yaml", "hiera-yaml")
    f.done(f"""
---
profile::db::password: {f.G("db-password", pw())}
profile::db::password_hash: {f.D("postgres-md5", "md5" + F.rs("h", 32))}
profile::app::secret: {f.D("eyaml-encrypted", "ENC[PKCS7," + F.rs("B", 120) + "]")}
{f.rot(12, "profile::integrations::{k}: '{v}'", shape="hiera-yaml")}
""")

    f = File("chef-repo/.chef/knife.rb", "ruby-knife")
    f.done(f"""
current_dir = File.dirname(__FILE__)
node_name 'dana'
client_key "#{{current_dir}}/dana.pem"
chef_server_url 'https://chef.acme.example/organizations/acme'
knife[:aws_access_key_id] = '{f.P("aws", "key_id")}'
knife[:aws_secret_access_key] = '{f.P("aws", "secret")}'
knife[:vault_mode] = 'client'
{f.rot(4, "knife[:{k}] = '{v}'", shape="ruby-knife")}
knife[:secret] = {f.D("env-reference", "ENV['KNIFE_SECRET']")}
""")

    f = File("salt/pillar/prod/secrets.sls", "salt-pillar")
    f.done(f"""
# rendered by gpg renderer in staging; plain here (prod migration pending)
mysql:
  server:
    root_password: {f.G("mysql-root-password", pw())}
  replication_password: {f.D("gpg-armored", "-----BEGIN PGP MESSAGE----- " + F.rs("B", 60))}
apis:
{f.rot(6, "  {k}: {v}", shape="salt-pillar")}
""")

    f = File("gitlab-omnibus/gitlab-secrets.json", "json")
    f.done(f"""
{{
  "gitlab_workhorse": {{ "secret_token": "{f.G("workhorse-secret", F.rs("B", 44))}" }},
  "gitlab_shell": {{ "secret_token": "{f.G("shell-secret-token", F.rs("h", 128))}" }},
  "gitlab_rails": {{
    "secret_key_base": "{f.G("rails-secret-key-base", F.rs("h", 128), provider="rails")}",
    "db_key_base": "{f.G("rails-db-key-base", F.rs("h", 128))}",
    "otp_key_base": "{f.G("otp-key-base", F.rs("h", 128))}"
  }},
  "registry": {{ "http_secret": "{f.G("registry-http-secret", F.rs("h", 128))}" }},
  "letsencrypt": {{ "auto_enabled": null }},
  "pages": {{ "gitlab_id": "{f.D("oauth-app-id", F.rs("h", 64))}", "api_secret_key": "{f.G("pages-api-secret", F.rs("B", 44))}" }}
}}
""")

    f = File("jenkins/Jenkinsfile", "groovy-environment")
    f.done(f"""
pipeline {{
  agent any
  environment {{
    NEXUS_PASSWORD = credentials('nexus-deploy')
    SONAR_TOKEN = {f.D("jenkins-credentials-call", "credentials('sonar-token')")}
{f.rot(5, "    {K} = '{v}'", shape="groovy-environment")}
  }}
  stages {{
    stage('Deploy') {{ steps {{ sh 'make deploy' }} }}
  }}
}}
""")

    f = File("gitlab-platform/.gitlab-ci.yml", "gitlab-variables")
    f.done(f"""
variables:
  DOCKER_DRIVER: overlay2
{f.rot(6, '  {K}: "{v}"', shape="gitlab-variables")}
  CI_DEBUG_TRACE: "false"
  DEPLOY_TOKEN: {f.D("ci-reference", "$CI_DEPLOY_PASSWORD")}
""")

    f = File("harbor/harbor.yml.tmpl", "yaml-nested")
    f.done(f"""
hostname: reg.mydomain.com
harbor_admin_password: {f.D("docs-default", "Harbor12345")}
database:
  password: {f.D("docs-default", "root123")}
external_redis:
  password: {f.D("placeholder", "<redis-password>")}
uaa:
  client_secret: {f.D("placeholder", "your-uaa-client-secret")}
""")

    f = File("backup/restic/snapshots.json", "json")
    snaps = ",\n".join('  {"time":"2026-11-%02dT03:00:00Z","tree":"%s","paths":["/srv"],"hostname":"nas","id":"%s","short_id":"%s"}' % (
        day, f.D("restic-tree-id", F.rs("h", 64)), f.D("restic-snapshot-id", F.rs("h", 64)), F.rs("h", 8)) for day in (27, 28, 29))
    f.done("[\n" + snaps + "\n]\n")

    f = File("outline/.env.sample", "dotenv")
    f.done(f"""
# Generate a hex-encoded 32-byte random key: `openssl rand -hex 32`
SECRET_KEY={f.D("placeholder", "generate_a_new_key")}
UTILS_SECRET={f.D("placeholder", "generate_a_new_key")}
DATABASE_URL={f.D("docs-url", "postgres://user:pass@localhost:5432/outline")}
SLACK_CLIENT_SECRET={f.D("empty-placeholder", "get_a_key_from_slack")}
AWS_SECRET_ACCESS_KEY={f.D("placeholder", "get_a_key_from_aws")}
""")

    f = File("sonarqube/sonar-project.properties", "properties")
    f.done(f"""
sonar.projectKey=acme_billing
sonar.organization={f.D("org-slug", "acme-" + F.rs("l", 6))}
sonar.login={f.D("env-reference", "${{env.SONAR_TOKEN}}")}
sonar.sources=src
""")
    f = File("db-ops/redis/users.acl", "redis-acl")
    f.done(f"""
user default off
user app on >{f.G("redis-acl-password", pw(24))} ~app:* +@all -@dangerous
user metrics on #{f.D("sha256", F.rs("h", 64))} ~* +info +ping
user backup on >{f.G("redis-acl-password", pw(24))} ~* +@read
""")

    f = File("db-ops/proxysql/proxysql-sample.cnf", "proxysql")
    f.done(f"""
# sample shipped with the package; real values in proxysql.cnf
admin_variables=
{{
    admin_credentials="{f.D("docs-default", "admin:admin")}"
}}
mysql_variables=
{{
    monitor_password="{f.D("docs-default", "monitor")}"
}}
""")

    f = File("jenkins/plugins.lock", "checksums")
    f.done("".join("%s:%s sha256=%s\n" % (n, v, f.D("sha256", F.rs("h", 64))) for n, v in (
        ("credentials", "1337.v60b_d7b_c7b_c9f"), ("git", "5.6.0"), ("configuration-as-code", "1909.vb_b_f59a_27d013"),
        ("workflow-aggregator", "600.vb_57cdd26fdd7"), ("sonar", "2.17.3"), ("slack", "751.v0b_0b_f7b_2b_2b_a"))))

    f = File("harbor/docker-compose.yml", "compose-image")
    f.done("services:\n" + "".join("  %s:\n    image: goharbor/%s@sha256:%s\n" % (n, n, f.D("image-digest", F.rs("h", 64)))
                                    for n in ("harbor-core", "harbor-db", "registry-photon", "harbor-jobservice")))

    f = File("dotfiles/.ssh/known_hosts", "known-hosts")
    f.done("".join("%s ssh-ed25519 %s\n" % (h, f.D("ssh-host-public-key", "AAAAC3NzaC1lZDI1NTE5AAAAI" + F.rs("B", 43)))
                   for h in ("bastion.acme.example", "git.acme.example", "files.acme.example", "|1|" + F.rs("B", 27) + "=|" + F.rs("B", 27) + "=")))

    f = File("dotfiles/mRemoteNG/confCons.xml", "xml-attribute")
    f.done(f"""
<?xml version="1.0" encoding="utf-8"?>
<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="10000" Protected="{f.D("mremoteng-encrypted", F.rs("B", 88))}" ConfVersion="2.6">
  <Node Name="dc01" Type="Connection" Username="Administrator" Domain="ACME" Password="{f.D("mremoteng-encrypted", F.rs("B", 64))}" Hostname="10.0.0.5" Protocol="RDP" />
  <Node Name="web-1" Type="Connection" Username="deploy" Password="{f.D("mremoteng-encrypted", F.rs("B", 64))}" Hostname="10.0.1.11" Protocol="SSH2" />
</mrng:Connections>
""")

    f = File("gitlab-omnibus/gitlab.rb.template", "ruby-hash-index")
    f.done(f"""
# gitlab_rails['smtp_password'] = "{f.D("placeholder", "smtp password")}"
# gitlab_rails['db_password'] = {f.D("nil-default", "nil")}
# gitlab_rails['initial_root_password'] = "{f.D("placeholder", "<my_strong_password>")}"
# gitlab_rails['incoming_email_password'] = "{f.D("docs-default", "[REDACTED]")}"
# registry['http_secret'] = {f.D("ruby-reference", "ENV['REGISTRY_HTTP_SECRET']")}
""")
    f = File("infra-cfn/params/staging.json", "cfn-parameters")
    f.done(f"""
[
  {{ "ParameterKey": "DBMasterPassword", "ParameterValue": "{f.D("ssm-reference", "{{resolve:ssm-secure:/staging/db/master:3}}")}" }},
  {{ "ParameterKey": "GitHubOAuthToken", "ParameterValue": "{f.D("placeholder", "REPLACE_WITH_GITHUB_TOKEN")}" }},
  {{ "ParameterKey": "DatadogApiKey", "ParameterValue": "{f.D("ssm-reference", "{{resolve:secretsmanager:staging/datadog}}")}" }},
  {{ "ParameterKey": "VpcId", "ParameterValue": "{f.D("vpc-id", "vpc-" + F.rs("h", 17))}" }},
  {{ "ParameterKey": "CertificateArn", "ParameterValue": "{f.D("arn", "arn:aws:acm:eu-west-1:" + F.rs("d", 12) + ":certificate/" + F.uuid())}" }},
  {{ "ParameterKey": "ReportsDbPassword", "ParameterValue": "{f.G("db-password", pw())}" }},
  {{ "ParameterKey": "NewRelicLicense", "ParameterValue": "{f.P("newrelic", "license")}" }}
]
""")

    f = File("infra-azure/main.dev.bicepparam", "bicepparam")
    f.done(f"""
using './main.bicep'

param sqlAdminPassword = {f.D("env-function", "readEnvironmentVariable('SQL_ADMIN_PASSWORD')")}
param spClientSecret = {f.D("env-function", "readEnvironmentVariable('AZURE_CLIENT_SECRET', '')")}
param storageKey = {f.D("keyvault-reference", "az.getSecret('0000', 'rg-dev', 'kv-dev', 'storageKey')")}
param adminObjectId = '{f.D("object-id", F.uuid())}'
""")

    f = File("db-ops/clickhouse/users.d/readonly.xml", "xml-element")
    f.done(f"""
<clickhouse>
  <users>
    <bi><password_sha256_hex>{f.D("sha256", F.rs("h", 64))}</password_sha256_hex></bi>
    <superset><password_sha256_hex>{f.D("sha256", F.rs("h", 64))}</password_sha256_hex></superset>
    <ingest><password>{f.G("clickhouse-password", pw())}</password></ingest>
    <probe><password></password></probe>
  </users>
</clickhouse>
""")

    f = File("dotfiles/.netrc.example", "netrc")
    f.done(f"""
machine api.heroku.com login you@example.com password {f.D("placeholder", "<heroku-api-key>")}
machine github.com login you password {f.D("placeholder", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")}
machine uploads.example.com login ci password {f.D("env-reference", "$UPLOAD_PASSWORD")}
""")
    f = File("backup/borgmatic/config.example.yaml", "yaml-flat")
    f.done(f"""
# copy to config.yaml and fill in
encryption_passphrase: "{f.D("placeholder", "your-passphrase-here")}"
encryption_passcommand: {f.D("passcommand", "secret-tool lookup borg-repository repo-name")}
healthchecks:
  ping_url: https://hc-ping.com/{f.D("placeholder", "your-uuid-here")}
ntfy:
  access_token: {f.D("placeholder", "tk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx")}
cronitor:
  ping_url: https://cronitor.link/p/{f.D("placeholder", "YOUR_KEY")}/borgmatic
""")
    return docs
