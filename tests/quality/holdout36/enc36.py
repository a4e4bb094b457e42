"""Encoded and split shapes: base64 (Kubernetes Secret data, Docker auth, Authorization: Basic),
percent-encoded URL passwords, JSON-escaped strings, secrets continued over lines, name and value
apart (Web.config, Postman, INI, properties, HCL), pairs; PEM keys. Decoys: encrypted or hashed
forms, placeholders, ids."""
import base64
import json
from holdout_gen import Doc, b64
from vals36 import R, s, hexs, alnum, uuid, b64of, generic, pw_gen, token, B64U, UP, DIG, ALNUM
from gen36 import gen, url_pw

SITE_FILES = [
    ("repos/⟨s⟩-platform/k8s/secret-scada.yaml", "k8s_secret_data", """apiVersion: v1
kind: Secret
metadata:
  name: scada-api
  namespace: ⟨s⟩
type: Opaque
data:
  DB_USER: c2NhZGFfYXBw
  DB_PASSWORD: «B postgres password gen»
  HISTORIAN_TOKEN: «B generic api_token tok»
  SMTP_PASSWORD: «B smtp password gen»
stringData:
  MQTT_PASSWORD: «P mqtt password gen»
"""),
    ("repos/⟨s⟩-platform/k8s/sealed-secret.yaml", "sealed_secret", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: forecast
  namespace: ⟨s⟩
spec:
  encryptedData:
    DB_PASSWORD: «D kubernetes sealed_ciphertext pre:AgB:b64u400»
    API_KEY: «D kubernetes sealed_ciphertext pre:AgC:b64u400»
"""),
    ("repos/⟨s⟩-platform/docker/config.json", "docker_auth", """{
  "auths": {
    "registry.brackenfell.internal": {
      "auth": "«B docker password pair:deploy-⟨s⟩:gen»"
    },
    "ghcr.io": {
      "auth": "«B github pat_classic pair:bkr-bot:prov:github»"
    }
  },
  "credsStore": ""
}
"""),
    ("repos/⟨s⟩-platform/http/historian.http", "basic_auth", """### Latest readings
GET https://historian.⟨s⟩.brackenfell.internal/api/v2/points?tag=WTG01.ActivePower
Authorization: Basic «B historian password pair:ops:gen»
Accept: application/json

### Placeholder from the vendor docs
GET https://historian.example.com/api/v2/points
Authorization: Basic «D generic placeholder lit:dXNlcm5hbWU6cGFzc3dvcmQ=»
"""),
    ("repos/⟨s⟩-platform/nginx/forecast.conf", "basic_auth", """location /upstream/ {
    proxy_pass https://forecast-vendor.example.net/;
    proxy_set_header Authorization "Basic «B forecast_vendor password pair:bkr-⟨s⟩:gen»";
    proxy_set_header X-Request-Id $request_id;
}
"""),
    ("repos/⟨s⟩-platform/airflow/connections.env", "url_encoded", """AIRFLOW_CONN_HISTORIAN=postgresql://airflow:«Q postgres password pwg»@db.⟨s⟩.brackenfell.internal:5432/historian
AIRFLOW_CONN_BROKER=amqp://forecast:«Q rabbitmq password pwg»@mq.⟨s⟩.brackenfell.internal:5672/%2F
MONGO_URI=mongodb+srv://telemetry:«Q mongodb password pwg»@cluster0.x7kq2.mongodb.net/telemetry?retryWrites=true
ALERT_SMTP_URL=smtps://alerts%40brackenfell-energy.example:«Q smtp password pwg»@smtp.office365.com:465
"""),
    ("repos/⟨s⟩-billing/Web.config", "xml_add_key", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="MeterPortalUser" value="bkr-⟨s⟩" />
    <add key="MeterPortalPassword" value="«P meter_portal password pwg»" />
    <add key="TariffApiKey" value="«P generic api_key tok»" />
    <add key="Environment" value="Production" />
  </appSettings>
  <applicationSettings>
    <Brackenfell.Billing.Properties.Settings>
      <setting name="SettlementSftpPassword" serializeAs="String">
        <value>«P sftp password gen»</value>
      </setting>
    </Brackenfell.Billing.Properties.Settings>
  </applicationSettings>
</configuration>
"""),
    ("repos/⟨s⟩-platform/postman/prod.postman_environment.json", "postman", """{
  "id": "«D generic id uuid»",
  "name": "⟨s⟩ prod",
  "values": [
    {"key": "base_url", "value": "https://scada.⟨s⟩.brackenfell-energy.example/api", "enabled": true},
    {"key": "api_token", "value": "«P generic api_token tok»", "type": "secret", "enabled": true},
    {"key": "ops_password", "value": "«P generic password gen»", "type": "secret", "enabled": true},
    {"key": "client_secret", "value": "«P keycloak client_secret alnum32»", "type": "secret", "enabled": true},
    {"key": "client_id", "value": "scada-postman", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
"""),
    ("repos/⟨s⟩-ops/etc/historian.ini", "ini_sections", """[general]
site = ⟨s⟩
log_level = info

[database]
host = db.⟨s⟩.brackenfell.internal
user = historian
password = «P postgres password gen»

[opcua]
endpoint = opc.tcp://scada.⟨s⟩.brackenfell.internal:4840
username = historian
secret = «P opcua password gen»
"""),
    ("repos/⟨s⟩-ops/etc/sssd/sssd.conf", "ini_sections", """[domain/brackenfell.internal]
id_provider = ldap
ldap_uri = ldaps://ldap.brackenfell.internal
ldap_default_bind_dn = cn=sssd-⟨s⟩,ou=services,dc=brackenfell,dc=internal
ldap_default_authtok_type = password
ldap_default_authtok = «P ldap password gen»
"""),
    ("repos/⟨s⟩-ops/home/.aws/credentials", "aws_pair", """[default]
aws_access_key_id = «P aws access_key_id akia»
aws_secret_access_key = «P aws secret_access_key awssecret»

[bkr-backup]
aws_access_key_id = «P aws access_key_id akia»
aws_secret_access_key = «P aws secret_access_key awssecret»
region = eu-west-2
"""),
    ("repos/⟨s⟩-portal/src/main/resources/sms.properties", "twilio_pair", """twilio.account-sid=«D twilio account_sid pre:AC:hex32»
twilio.auth-token=«P twilio auth_token hex32»
twilio.api-key=«P twilio api_key_sid pre:SK:hex32»
twilio.api-secret=«P twilio api_key_secret alnum32»
twilio.from=+441632960123
"""),
    ("repos/⟨s⟩-platform/terraform/ssm.tf", "hcl_list", """locals {
  parameters = [
    { name = "/⟨s⟩/forecast/db_password", value = "«P postgres password gen»" },
    { name = "/⟨s⟩/forecast/met_api_key", value = "«P generic api_key hex32»" },
    { name = "/⟨s⟩/forecast/region", value = "eu-west-2" },
  ]
}
"""),
]

HQ_FILES = [
    ("repos/hq-platform/k8s/secret-integrations.yaml", "k8s_secret_data", """apiVersion: v1
kind: Secret
metadata:
  name: integrations
  namespace: hq
type: Opaque
data:
  OPENAI_API_KEY: «B openai api_key prov@openai»
  STRIPE_SECRET_KEY: «B stripe secret_key prov@stripe»
  DD_API_KEY: «B datadog api_key hex32»
  SENDGRID_API_KEY: «B sendgrid api_key prov@sendgrid»
"""),
    ("repos/hq-platform/secrets/prod.enc.yaml", "sops", """forecast:
    db_password: «D sops encrypted_value pre:ENC[AES256_GCM,data::b6418»,iv:«D sops iv b6432»,tag:«D sops tag b6416»,type:str]
    vendor_token: «D sops encrypted_value pre:ENC[AES256_GCM,data::b6430»,iv:«D sops iv b6432»,tag:«D sops tag b6416»,type:str]
sops:
    lastmodified: "2026-11-20T10:12:44Z"
    mac: «D sops mac pre:ENC[AES256_GCM,data::b6448»,type:str]
"""),
    ("repos/hq-tools/home/.my.cnf", "ini_sections", """[client]
user = reporting
password = «P mysql password gen»
host = mysql.hq.brackenfell.internal
"""),
    ("repos/hq-tools/home/.pgpass", "pgpass", """db.hlm.brackenfell.internal:5432:scada:reporting:«P postgres password urlpw»
db.crf.brackenfell.internal:5432:scada:reporting:«P postgres password urlpw»
*:*:*:postgres:«D postgres placeholder lit:changeme»
"""),
    ("repos/hq-tools/postman/assets.postman_collection.json", "postman", """{
  "info": {"name": "Assets", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {"type": "basic", "basic": [
    {"key": "password", "value": "«P generic password gen»", "type": "string"},
    {"key": "username", "value": "assets-api", "type": "string"}
  ]},
  "item": [{"name": "List", "request": {"method": "GET", "header": [
    {"key": "Authorization", "value": "Bearer «P generic api_token tok»"},
    {"key": "X-Correlation-Id", "value": "«D generic request_id uuid»"}
  ], "url": "{{base_url}}/assets"}}]
}
"""),
    ("repos/hq-tools/src/main/resources/application-prod.properties", "url_encoded", """spring.datasource.url=jdbc:postgresql://db.hq.brackenfell.internal:5432/assets
spring.datasource.username=assets
spring.datasource.password=«P postgres password gen»
app.ledger.url=https://ledger:«Q ledger password pwg»@ledger.brackenfell.internal/api
github.oauth.client-id=«D github oauth_client_id pre:Ov23li:alnum14»
github.oauth.client-secret=«P github oauth_client_secret hex40»
"""),
    ("repos/hq-platform/mosquitto/passwd", "hash_file", """ingest:«D mosquitto pbkdf2_hash pre:$7$101$:b64u90»
dashboard:«D mosquitto pbkdf2_hash pre:$7$101$:b64u90»
"""),
    ("repos/hq-platform/jenkins/credentials.xml", "jenkins_encrypted", """<com.cloudbees.plugins.credentials.SystemCredentialsProvider>
  <domainCredentialsMap>
    <entry>
      <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <id>nexus-deploy</id>
        <username>deploy</username>
        <password>«D jenkins encrypted_secret pre:{AQAAABAAAAAQ:b64u120»}</password>
      </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("repos/hq-platform/azure/storage.env", "azure_conn", """AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=bkrtelemetry;AccountKey=«P azure storage_account_key b6464»;EndpointSuffix=core.windows.net
AZURE_STORAGE_ACCOUNT=bkrtelemetry
"""),
    ("repos/hq-platform/gitlab/.gitlab-ci.yml", "docker_auth", """variables:
  DOCKER_AUTH_CONFIG: '{"auths":{"registry.brackenfell.internal":{"auth":"«B docker password pair:gitlab-ci:gen»"}}}'

build:
  image: docker:24
  script:
    - docker build -t registry.brackenfell.internal/hq/portal:$CI_COMMIT_SHORT_SHA .
"""),
    ("repos/hq-platform/auth/oauth-clients.yaml", "client_pair", """clients:
  - name: field-app
    client_id: «D generic client_id uuid»
    client_secret: «P keycloak client_secret alnum32»
  - name: grid-portal
    client_id: grid-portal-prod
    client_secret: «P keycloak client_secret alnum32»
"""),
]


def json_escaped(d, prov, fmt, v):
    """A value inside a JSON string stored in JSON: `/` is written `\\/`, `"` `\\"`."""
    esc = json.dumps(v)[1:-1].replace("/", "\\/")
    if esc == v:
        return d.pos(prov, fmt, v)
    return d.pos(prov, fmt, v, shown=esc, encoded="json", encoded_value=esc, accept=[esc])


def pem(kind):
    if kind == "openssh":
        raw = b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01" + bytes(R.randrange(256) for _ in range(360))
        head, foot = "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----"
    else:
        raw = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7") + bytes(R.randrange(256) for _ in range(1190))
        head, foot = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + (70 if kind == "openssh" else 64)] for i in range(0, len(body), 70 if kind == "openssh" else 64)]
    return head + "\n" + "\n".join(lines) + "\n" + foot + "\n"


def code_files():
    out = []
    # JSON-escaped: a job payload kept as a string inside JSON
    d = Doc("repos/hq-platform/queue/failed-jobs.json", "repos", "json_escaped")
    v1 = "https://hooks.slack.com/services/T%s/B%s/%s" % (s(UP + DIG, 8), s(UP + DIG, 10), alnum(24))
    v2 = pw_gen()
    while '"' in v2 or "\\" in v2:
        v2 = pw_gen()
    t = ('[\n  {"id": 8841, "queue": "alerts", "payload": "{\\"webhook\\":\\"%s\\",\\"text\\":\\"WTG07 yaw fault\\"}"},\n'
         '  {"id": 8842, "queue": "exports", "payload": "{\\"sftp_host\\":\\"sftp.elexon.example\\",\\"sftp_password\\":\\"%s\\"}"}\n]\n'
         % (json_escaped(d, "slack", "webhook", v1), json_escaped(d, "sftp", "password", v2)))
    out.append((d, t))

    # continued over lines
    def split(v, k):
        cut = len(v) // 2 + k
        return v[:cut], v[cut:]

    specs = [
        ("repos/hq-tools/scripts/register-site.sh", "continued_shell", "generic", "api_token",
         lambda a, b: 'curl -s https://assets.brackenfell.internal/api/sites \\\n  -H "X-Api-Token: %s\\\n%s" \\\n  -d @site.json\n' % (a, b)),
        ("repos/hq-tools/src/main/java/net/brackenfell/tools/Export.java", "continued_java", "generic", "password",
         lambda a, b: 'class Export {\n    static final String SFTP_PASSWORD = "%s"\n        + "%s";\n}\n' % (a, b)),
        ("repos/hq-tools/export/settlement.py", "continued_python", "generic", "api_key",
         lambda a, b: 'SETTLEMENT_API_KEY = (\n    "%s"\n    "%s"\n)\n' % (a, b)),
        ("repos/hq-tools/cmd/meter/main.go", "continued_go", "generic", "api_token",
         lambda a, b: 'package main\n\nvar meterToken = "%s" +\n\t"%s"\n' % (a, b)),
        ("repos/hq-tools/Billing/Keys.cs", "continued_csharp", "generic", "password",
         lambda a, b: 'static class Keys\n{\n    public const string LedgerPassword = "%s" +\n        "%s";\n}\n' % (a, b)),
        ("repos/hq-tools/deploy/values-secret.yaml", "continued_yaml", "generic", "api_token",
         lambda a, b: 'forecast:\n  vendorToken: "%s\\\n    %s"\n' % (a, b)),
    ]
    for i, (path, shape, prov, fmt, tmpl) in enumerate(specs):
        d = Doc(path, "repos", shape)
        v = R.choice([lambda: token(40), lambda: pw_gen(24)]) () if fmt != "password" else pw_gen(24)
        while '"' in v or "\\" in v:
            v = pw_gen(24)
        a, b = split(v, i % 3)
        shown = tmpl(a, b)
        # the marker stands where the value begins; the text around it comes from the template
        pre = shown[:shown.index(a)]
        post = shown[shown.index(a) + len(a):]
        post_b = post.index(b)
        mark = d.pos(prov, fmt, v, shown=a + post[:post_b] + b)
        out.append((d, pre + mark + post[post_b + len(b):]))

    # PEM keys
    d = Doc("repos/hq-platform/deploy/id_ed25519", "repos", "pem")
    out.append((d, d.pos("privatekey", "openssh_private_key", pem("openssh"))))
    d = Doc("repos/hq-analytics/gcp/bkr-forecast-sa.json", "repos", "pem_json")
    k = pem("pkcs8")
    t = ('{\n  "type": "service_account",\n  "project_id": "bkr-forecast",\n  "private_key_id": "%s",\n'
         '  "private_key": "%s",\n  "client_email": "forecast@bkr-forecast.iam.gserviceaccount.com",\n'
         '  "client_id": "%s",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n'
         % (d.dec("google", "key_id", hexs(40)), d.pos("google", "service_account_key", k, shown=k.replace("\n", "\\n")),
            d.dec("google", "client_id", s(DIG, 21))))
    out.append((d, t))
    return out


def build(outdocs, files_fn, sites):
    specs = []
    for code, name in sites:
        for path, shape, text in SITE_FILES:
            specs.append((path.replace("⟨s⟩", code), shape, text.replace("⟨s⟩", code).replace("⟨S⟩", name)))
    specs += HQ_FILES
    outdocs += files_fn(Doc, "repos", specs)
    outdocs += code_files()
