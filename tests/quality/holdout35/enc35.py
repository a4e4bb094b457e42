"""Encoded and split shapes (repos/<harbour>/platform/, repos/hq/platform/): base64 in Secret
`data:`, Docker `auth`, `Authorization: Basic`, JSON-escaped strings, percent-encoded URL
passwords, a secret continued over lines, name and value apart (XML, Postman, INI sections,
properties), and credential pairs."""
import base64
import textwrap

from holdout_gen import Doc
from vals35 import R, gen
from repos35 import HARBOURS

SITE = [
("platform/k8s/secrets.yaml", "k8s_secret_data", """apiVersion: v1
kind: Secret
metadata:
  name: auction-secrets
  namespace: HBR-auction
type: Opaque
data:
  DB_PASSWORD: «B postgres password ‹x›»
  STRIPE_SECRET_KEY: «B stripe secret_key sk_live_51‹a97›»
  SMTP_PASSWORD: «B smtp password ‹x›»
  DB_USER: ‹DBUSER›
---
apiVersion: v1
kind: Secret
metadata:
  name: auction-redis
stringData:
  password: «P redis password ‹x›»
"""),
("platform/docker/config.json", "docker_auth", """{
  "auths": {
    "registry.smfc.internal": {
      "auth": "«B docker password deploy-HBR:‹x›»"
    },
    "https://index.docker.io/v1/": {
      "auth": "«B docker pat smfcbot:dckr_pat_‹b27›»"
    },
    "ghcr.io": {}
  },
  "credsStore": "desktop"
}
"""),
("platform/scripts/scale-sync.sh", "basic_auth", """#!/bin/sh
# pulls tare weights from the scale-house API
curl -fsS https://scale.HBR.smfc.internal/api/v2/tare \\
  -H "Authorization: Basic «B generic password scalesync:‹x›»" \\
  -H "Accept: application/json"
curl -fsS "https://reports.HBR.smfc.internal/export?fmt=csv" -H 'Authorization: Basic «B generic password reports:‹x›»'
"""),
("platform/ingest/feeds.yaml", "url_encoded", """feeds:
  - name: ais
    url: "amqp://ais-ingest:«Q rabbitmq password ‹g20›»@mq.HBR.smfc.internal:5672/ais"
  - name: landing-db
    url: "postgresql://landings:«Q postgres password ‹w›»@db.HBR.smfc.internal/landings?sslmode=require"
  - name: weather
    url: "https://api.weather.example/v1/marine?lat=51.2&lon=-4.1&key=${WEATHER_KEY}"
"""),
("platform/legacy/Web.config", "xml_name_value", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SmtpUser" value="auction-mailer" />
    <add key="SmtpPassword" value="«P smtp password ‹x›»" />
    <add key="ScaleHouseApiKey" value="«P generic api_key ‹k32›»" />
    <add key="BuildHash" value="«D git commit_sha ‹h40›»" />
  </appSettings>
  <applicationSettings>
    <Auction.Properties.Settings>
      <setting name="ClockPassword" serializeAs="String">
        <value>«P generic password ‹x›»</value>
      </setting>
    </Auction.Properties.Settings>
  </applicationSettings>
</configuration>
"""),
("platform/legacy/gateway.ini", "ini_section", """[general]
harbour = HNAME
log_level = info

[database]
host = db.HBR.smfc.internal
user = gateway
password = «P postgres password ‹x›»

[marinetraffic]
key = «P generic api_key ‹k40›»

[ftp]
host = ftp.HBR.smfc.internal
user = landing
pass = «P ftp password ‹x›»
"""),
("platform/aws/credentials", "aws_pair", """[default]
aws_access_key_id = «P aws access_key_id AKIA‹A16›»
aws_secret_access_key = «P aws secret_access_key ‹B40›»

[HBR-backup]
aws_access_key_id = «P aws access_key_id AKIA‹A16›»
aws_secret_access_key = «P aws secret_access_key ‹B40›»
region = eu-west-1
"""),
("platform/notify/sms.py", "twilio_pair", """from twilio.rest import Client

ACCOUNT_SID = "«D twilio account_sid AC‹h32›»"
AUTH_TOKEN = "«P twilio auth_token ‹h32›»"
client = Client(ACCOUNT_SID, AUTH_TOKEN)


def text_skipper(number, body):
    client.messages.create(to=number, from_="+44‹d10›", body=body)
"""),
("platform/http/ledger.http", "basic_auth", """### ledger health (REST Client)
GET https://ledger.HBR.smfc.internal/api/health
Authorization: Basic «B generic password ops:‹x›»

### quota export
GET https://ledger.HBR.smfc.internal/api/quota?year=2025
X-Api-Key: «P generic api_key ‹k32›»

### template for new staff (fill in your own)
GET https://ledger.HBR.smfc.internal/api/me
Authorization: Basic «D generic placeholder <base64 of user:password>»
"""),
("platform/env/.env.production", "url_encoded", """MONGO_URL=mongodb+srv://auction:«Q mongodb password ‹g18›»@cluster0.‹l5›.mongodb.net/auction?retryWrites=true
SMTP_URL=smtp://mailer:«Q smtp password ‹w›»@smtp.saltmarsh-fish.example:587
SENTRY_DSN=«D sentry dsn_public_key https://‹h32›@o‹d6›.ingest.sentry.io/‹d7›»
"""),
("platform/oauth/application-oauth.yml", "client_pair", """spring:
  security:
    oauth2:
      client:
        registration:
          authority:
            client-id: «D generic client_id smfc-HBR-‹l8›»
            client-secret: «P generic client_secret ‹k40›»
            authorization-grant-type: client_credentials
"""),
("platform/ci/gitlab-vars.env", "docker_auth", """DOCKER_AUTH_CONFIG={"auths":{"registry.smfc.internal":{"auth":"«B docker password ci-HBR:‹x›»"}}}
CI_REGISTRY_IMAGE=registry.smfc.internal/HBR/auction
"""),
("platform/k8s/sealed-secrets.yaml", "k8s_secret_data", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ledger-db
spec:
  encryptedData:
    password: «D kubernetes sealed_ciphertext AgB‹B300›==»
    username: «D kubernetes sealed_ciphertext AgA‹B200›==»
"""),
]

HQ = [
("hq/platform/ldap/sssd.conf", "ini_section", """[sssd]
domains = smfc.internal

[domain/smfc.internal]
id_provider = ldap
ldap_uri = ldaps://ldap.smfc.internal
ldap_default_bind_dn = cn=sssd,ou=services,dc=smfc,dc=internal
ldap_default_authtok = «P ldap password ‹x›»
"""),
("hq/platform/jenkins/credentials.xml", "xml_name_value", """<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider>
  <domainCredentialsMap>
    <entry>
      <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <id>nexus-deploy</id>
        <username>deploy</username>
        <password>«D jenkins encrypted {AQAAABAAAAAQ‹B64›=}»</password>
      </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
        <id>slack-token</id>
        <secret>«D jenkins encrypted {AQAAABAAAAAw‹B86›=}»</secret>
      </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
("hq/platform/airflow/connections.env", "url_encoded", """AIRFLOW_CONN_WAREHOUSE='postgres://etl:«Q postgres password ‹g24›»@warehouse.smfc.internal:5432/dw'
AIRFLOW_CONN_AUTHORITY_SFTP='sftp://smfc:«Q sftp password ‹w›»@sftp.fisheries.example:22'
AIRFLOW__CORE__FERNET_KEY=«P airflow fernet_key ‹b43›=»
"""),
("hq/platform/mqtt/passwd", "hashes", """coldstore-khv:«D mosquitto pbkdf2_hash $7$101$‹B16›$‹B86›==»
coldstore-dnm:«D mosquitto pbkdf2_hash $7$101$‹B16›$‹B86›==»
"""),
("hq/platform/nginx/ledger-proxy.conf", "basic_auth", """server {
    listen 443 ssl;
    server_name ledger.smfc.internal;
    location /authority/ {
        proxy_pass https://api.fisheries.example/;
        proxy_set_header Authorization "Basic «B generic password smfc-ledger:‹x›»";
    }
    location /weather/ {
        proxy_pass https://api.weather.example/;
        proxy_set_header Authorization "Basic «B generic password smfc:‹x›»";
    }
}
"""),
("hq/platform/k8s/warehouse-secret.yaml", "k8s_secret_data", """apiVersion: v1
kind: Secret
metadata:
  name: warehouse
  namespace: analytics
data:
  SNOWFLAKE_PASSWORD: «B snowflake password ‹x›»
  OPENAI_API_KEY: «B openai project_key sk-proj-‹b64›T3BlbkFJ‹b64›»
  LOOKER_CLIENT_SECRET: «B generic client_secret ‹k24›»
  FERNET_KEY: «B airflow fernet_key ‹b43›=»
  SNOWFLAKE_ACCOUNT: ‹ACCT›
"""),
("hq/platform/postman/auction-api.postman_collection.json", "postman_key_value", """{
  "info": {"name": "Auction API", "_postman_id": "«D postman collection_id ‹u›»"},
  "auth": {
    "type": "bearer",
    "bearer": [{"key": "token", "value": "«P generic api_token ‹k40›»", "type": "string"}]
  },
  "variable": [
    {"key": "baseUrl", "value": "https://auction.smfc.internal/api"},
    {"key": "apiKey", "value": "«P generic api_key ‹k32›»"},
    {"key": "clientSecret", "value": "«P generic client_secret ‹k48›»"},
    {"key": "buyerId", "value": "«D generic buyer_id ‹u›»"},
    {"key": "password", "value": "«P generic password ‹x›»"}
  ]
}
"""),
("hq/platform/postman/ledger.postman_environment.json", "postman_key_value", """{
  "name": "ledger prod",
  "values": [
    {"key": "ledger_user", "value": "ops", "enabled": true},
    {"key": "ledger_password", "value": "«P generic password ‹x›»", "enabled": true},
    {"key": "stripe_key", "value": "«P stripe restricted_key rk_live_51‹a97›»", "enabled": true},
    {"key": "db_password", "value": "«D postgres placeholder {{db_password}}»", "enabled": true}
  ]
}
"""),
("hq/platform/oauth/clients.properties", "properties_pair", """# OAuth clients of the buyers' portal
oauth.clients[0].name=buyers-web
oauth.clients[0].client-id=«D generic client_id ‹u›»
oauth.clients[0].client-secret=«P generic client_secret ‹k40›»
oauth.clients[1].name=auction-tablet
oauth.clients[1].client-id=«D generic client_id ‹u›»
oauth.clients[1].client-secret=«P generic client_secret ‹g32›»
azure.storage.connection-string=DefaultEndpointsProtocol=https;AccountName=smfcphotos;AccountKey=«P azure storage_key ‹B86›==»;EndpointSuffix=core.windows.net
"""),
("hq/platform/terraform/secrets.tf", "hcl_map", """locals {
  vendor_keys = [
    { name = "fisheries-authority", value = "«P generic api_key ‹k32›»" },
    { name = "weather", value = "«P generic api_key ‹k32›»" },
    { name = "chart-tiles", value = "«D mapbox public_token pk.eyJ1IjoiY29vcGZpc2giLCJhIjoi‹b25›In0.‹b22›»" },
  ]
}
"""),
]


def jsonesc(v):
    return v.replace("/", "\\/")


def build(fill):
    docs = []
    for code, name in HARBOURS:
        for path, shape, text in SITE:
            d = Doc("repos/%s/%s" % (code, path), "repos", shape)
            t = text.replace("HBR", code).replace("HNAME", name).replace("‹DBUSER›", base64.b64encode(b"auction").decode())
            docs.append((d, fill(d, t)))
        docs += by_hand(code)
    for path, shape, text in HQ:
        d = Doc("repos/" + path, "repos", shape)
        docs.append((d, fill(d, text.replace("‹ACCT›", base64.b64encode(b"smfc-eu1").decode()))))
    docs += hq_by_hand()
    return docs


def pem(kind, n):
    body = base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (kind, "\n".join(textwrap.wrap(body, 64)), kind)


def by_hand(code):
    """Shapes fill() has no token for: JSON-escaped, continued over lines, PEM."""
    out = []
    # JSON-escaped: a JSON document stored as a string (PHP json_encode escapes '/')
    d = Doc("repos/%s/platform/queue/job-payload.json" % code, "repos", "json_escaped")
    pw = gen("‹w›/‹d4›")
    tok = gen("‹k24›/‹k16›")
    t = ('{"job": "sync-landings", "attempts": 3,\n "payload": "{\\"db\\":{\\"user\\":\\"sync\\",\\"password\\":\\"%s\\"},'
         '\\"api\\":{\\"token\\":\\"%s\\",\\"request_id\\":\\"%s\\"}}"}\n' % (
             d.pos("generic", "password", pw, shown=jsonesc(pw), encoded="json", encoded_value=jsonesc(pw), accept=[jsonesc(pw)]),
             d.pos("generic", "api_token", tok, shown=jsonesc(tok), encoded="json", encoded_value=jsonesc(tok), accept=[jsonesc(tok)]),
             d.dec("generic", "request_id", gen("‹u›"))))
    out.append((d, t))
    # continued over lines
    d = Doc("repos/%s/platform/scripts/export-ledger.sh" % code, "split_lines", "split_lines")
    v = gen("‹k64›")
    t = ('#!/bin/bash\n# long token split for the 80-column rule\nLEDGER_TOKEN="%s\\\n%s"\n'
         'curl -H "Authorization: Bearer $LEDGER_TOKEN" https://ledger.%s.smfc.internal/export\n' % (
             d.pos("generic", "api_token", v, shown=v[:40]), v[40:], code))
    out.append((d, t))
    d = Doc("repos/%s/quota-ledger/src/main/java/fish/smfc/ledger/AuthorityClient.java" % code, "repos", "split_lines")
    v = gen("‹k56›")
    t = ('package fish.smfc.ledger;\n\nclass AuthorityClient {\n    // issued by the fisheries authority, 2025\n'
         '    private static final String API_KEY = "%s"\n        + "%s";\n    private static final String CLIENT_ID = "%s";\n}\n' % (
             d.pos("generic", "api_key", v, shown=v[:28]), v[28:], d.dec("generic", "client_id", gen("‹u›"))))
    out.append((d, t))
    d = Doc("repos/%s/platform/ssh/deploy_ed25519" % code, "repos", "pem")
    out.append((d, d.pos("ssh", "private_key", pem("OPENSSH PRIVATE KEY", 300))))
    return out


def hq_by_hand():
    out = []
    d = Doc("repos/hq/platform/gcp/smfc-warehouse-sa.json", "repos", "pem_json_escaped")
    key = pem("PRIVATE KEY", 900)
    t = ('{\n  "type": "service_account",\n  "project_id": "smfc-warehouse",\n  "private_key_id": "%s",\n'
         '  "private_key": "%s",\n  "client_email": "loader@smfc-warehouse.iam.gserviceaccount.com",\n  "client_id": "%s"\n}\n' % (
             d.dec("google", "private_key_id", gen("‹h40›")),
             d.pos("google", "service_account_key", key, shown=key.replace("\n", "\\n")),
             d.dec("google", "client_id", gen("‹d21›"))))
    out.append((d, t))
    d = Doc("repos/hq/platform/python/settings.py", "repos", "split_lines")
    v = gen("‹k72›")
    t = ('SCALE_HOUSE_TOKEN = (\n    "%s"\n    "%s"\n)\nSCALE_HOUSE_URL = "https://scale.hq.smfc.internal"\n' % (
        d.pos("generic", "api_token", v, shown=v[:36]), v[36:]))
    out.append((d, t))
    d = Doc("repos/hq/platform/k8s/values-secret.yaml", "repos", "split_lines")
    v = gen("‹k80›")
    t = ('gateway:\n  upstreamToken: "%s\\\n    %s"\n  upstreamUrl: https://upstream.smfc.internal\n' % (
        d.pos("generic", "api_token", v, shown=v[:44]), v[44:]))
    out.append((d, t))
    d = Doc("repos/hq/platform/go/authority.go", "repos", "split_lines")
    v = gen("‹k64›")
    t = ('package authority\n\n// token of the fisheries authority reporting API\nconst token = "%s" +\n\t"%s"\n' % (
        d.pos("generic", "api_token", v, shown=v[:32]), v[32:]))
    out.append((d, t))
    d = Doc("repos/hq/platform/dotnet/Secrets.cs", "repos", "split_lines")
    v = gen("‹g40›")
    t = ('namespace Smfc.Payroll\n{\n    static class Secrets\n    {\n        public const string PayrollApiSecret =\n'
         '            "%s" +\n            "%s";\n    }\n}\n' % (d.pos("generic", "client_secret", v, shown=v[:20]), v[20:]))
    out.append((d, t))
    return out
