"""holdout37's encoded and split shapes (half "repos"): base64 in Kubernetes Secret data:, Docker
auth, Authorization: Basic; percent-encoded URL passwords; JSON-escaped strings; secrets continued
over lines; name and value apart (XML add key/value, Postman key/value, INI sections, .pgpass);
pairs (AWS profiles, Twilio, OAuth client id + secret, Azure AccountKey); PEM keys. SITE
templates are written per site (⟨site⟩), HQ ones once; CODE files are built in build()."""
from holdout_gen import Doc
from vals37 import alnum, hexs, b64body, pick, AL

SITE = [
    ("platform/k8s/secret-climate.yaml", "k8s_secret_data", """apiVersion: v1
kind: Secret
metadata:
  name: climate-api
  namespace: ⟨site⟩
type: Opaque
data:
  DB_USER: Y2xpbWF0ZQ==
  DB_PASSWORD: «B generic password gen»
  API_TOKEN: «B generic token tok»
  STRIPE_SECRET_KEY: «B stripe secret_key @stripe_sk»
  OPENAI_API_KEY: «B openai api_key @openai_legacy»
stringData:
  MQTT_PASSWORD: «P generic password gen»
"""),
    ("platform/k8s/sealed-shop.yaml", "sealed_secret", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shop
  namespace: ⟨site⟩
spec:
  encryptedData:
    DB_PASSWORD: «D generic sealed_ciphertext @sealed»
    MAIL_PASSWORD: «D generic sealed_ciphertext @sealed»
"""),
    ("platform/secrets.enc.yaml", "sops", """db_password: «D generic sops_ciphertext @sops»
api_token: «D generic sops_ciphertext @sops»
sops:
  age:
    - recipient: «D age public_key =age1kq7x2m9vt4nw8rj3lp5yhc6fgd0es2ua7wk4mz8xqv3tn9lr5sj2pyh6»
"""),
    ("platform/docker/config.json", "docker_auth", """{
  "auths": {
    "registry.tbg.internal": {
      "auth": "«B docker password user=ci-⟨site⟩:gen»"
    },
    "ghcr.io": {
      "auth": "«B github pat_classic user=tbg-bot:@gh_pat»"
    }
  },
  "credHelpers": { "123456789012.dkr.ecr.eu-west-2.amazonaws.com": "ecr-login" }
}
"""),
    ("platform/http/climate.http", "http_basic", """### readings (prod)
GET https://climate.⟨site⟩.tbg.internal/api/readings?since=2026-11-01
Authorization: Basic «B generic password user=ops:gen»

### example from the API docs
GET https://climate.example/api/readings
Authorization: Basic «D generic docs_example =dXNlcm5hbWU6cGFzc3dvcmQ=»
"""),
    ("platform/nginx/grafana.conf", "nginx_basic", """server {
  listen 443 ssl;
  server_name grafana.⟨site⟩.tbg.internal;
  location /api/ {
    proxy_pass http://127.0.0.1:3000;
    proxy_set_header Authorization "Basic «B grafana password user=viewer:gen»";
  }
}
"""),
    ("platform/airflow/airflow.env", "url_encoded", """AIRFLOW_CONN_CLIMATE_DB=postgres://airflow:«Q generic password genpw»@db.⟨site⟩.tbg.internal:5432/climate
AIRFLOW_CONN_BROKER=amqps://celery:«Q generic password human»@mq.⟨site⟩.tbg.internal:5671/airflow
AIRFLOW__CORE__FERNET_KEY=«P airflow fernet_key @fernet»
"""),
    ("platform/mongo/uri.txt", "url_encoded", """mongodb+srv://orders:«Q mongodb password genpw»@orders-⟨site⟩.x7k2q.mongodb.net/orders?retryWrites=true&w=majority
"""),
    ("platform/jobs/queued-job.json", "json_escaped", """{"id": 48213, "queue": "exports", "payload": "{\\"target\\":\\"https:\\/\\/sftp.⟨site⟩.tbg.internal\\/drop\\",\\"user\\":\\"exporter\\",\\"password\\":\\"«P generic password gen»\\",\\"api_key\\":\\"«P generic api_key tok»\\"}"}
"""),
    ("platform/web/Web.config", "xml_key_value", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SmtpUser" value="orders@thornbury-glasshouses.example" />
    <add key="SmtpPassword" value="«P generic password gen»" />
    <add key="CourierApiKey" value="«P generic api_key tok»" />
    <add key="CdnBase" value="https://cdn.thornbury-glasshouses.example" />
  </appSettings>
  <applicationSettings>
    <Tbg.Orders.Properties.Settings>
      <setting name="LabelPrinterPassword" serializeAs="String">
        <value>«P generic password gen»</value>
      </setting>
    </Tbg.Orders.Properties.Settings>
  </applicationSettings>
</configuration>
"""),
    ("platform/postman/prod.postman_environment.json", "postman_kv", """{
  "name": "⟨site⟩ prod",
  "values": [
    {"key": "base_url", "value": "https://climate.⟨site⟩.tbg.internal", "enabled": true},
    {"key": "api_token", "value": "«P generic token tok»", "type": "secret", "enabled": true},
    {"key": "admin_password", "value": "«P generic password gen»", "type": "secret", "enabled": true},
    {"key": "request_id", "value": "«D generic request_id @uuid»", "enabled": true}
  ]
}
"""),
    ("platform/sssd/sssd.conf", "ini_section", """[domain/tbg.internal]
id_provider = ldap
ldap_uri = ldaps://ldap.tbg.internal
ldap_default_bind_dn = cn=sssd-⟨site⟩,ou=services,dc=tbg,dc=internal
ldap_default_authtok = «P generic password gen»
"""),
    ("platform/aws/credentials", "aws_profiles", """[default]
aws_access_key_id = «P aws access_key_id @aws_id»
aws_secret_access_key = «P aws secret_access_key @aws_secret»

[⟨site⟩-readonly]
aws_access_key_id = «P aws access_key_id @aws_id»
aws_secret_access_key = «P aws secret_access_key @aws_secret»
region = eu-west-2
"""),
    ("platform/twilio/alerts.env", "pair", """# frost alarm SMS
TWILIO_ACCOUNT_SID=«D twilio account_sid @twilio_sid»
TWILIO_AUTH_TOKEN=«P twilio auth_token @twilio_token»
TWILIO_API_KEY=«D twilio key_id @twilio_sk»
TWILIO_API_SECRET=«P twilio api_key_secret @twilio_secret»
"""),
    ("platform/jenkins/credentials.xml", "jenkins_encrypted", """<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
  <id>nexus-⟨site⟩</id>
  <username>deploy</username>
  <password>«D jenkins encrypted_secret @jenkins_enc»</password>
</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
"""),
    ("platform/mosquitto/passwd", "mosquitto_hash", """valves:«D generic pbkdf2_hash @mosq_hash»
climate:«D generic pbkdf2_hash @mosq_hash»
"""),
    ("platform/k8s/secret-grafana.yaml", "k8s_secret_data", """apiVersion: v1
kind: Secret
metadata:
  name: grafana
  namespace: monitoring-⟨site⟩
type: Opaque
data:
  admin-user: YWRtaW4=
  admin-password: «B grafana password gen»
  smtp-password: «B generic password gen»
"""),
    ("platform/php/database.ini", "ini_section", """[development]
host = localhost
password = «D generic dev_default =secret»

[production]
host = mysql.⟨site⟩.tbg.internal
user = shop
password = «P generic password gen»
"""),
]

HQ = [
    ("repos/hq-platform/postman/orders.postman_collection.json", "postman_kv", """{
  "info": {"name": "Orders API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {
    "type": "bearer",
    "bearer": [{"key": "token", "value": "«P generic token tok»", "type": "string"}]
  },
  "variable": [
    {"key": "baseUrl", "value": "https://orders.tbg.internal"},
    {"key": "courierKey", "value": "«P generic api_key tok»"}
  ]
}
"""),
    ("repos/hq-platform/legacy/.dockercfg", "docker_auth", """{"registry.tbg.internal": {"auth": "«B docker password user=legacy-ci:gen»", "email": "ci@thornbury-glasshouses.example"}}
"""),
    ("repos/hq-analytics/warehouse.env", "url_encoded", """REDSHIFT_URL=postgresql://analyst:«Q generic password genpw»@redshift.tbg.internal:5439/greenhouse
"""),
    ("repos/hq-platform/alerts/sms.py", "pair", """from twilio.rest import Client

client = Client("«D twilio account_sid @twilio_sid»", "«P twilio auth_token @twilio_token»")
"""),
    ("repos/hq-platform/src/Tbg.Portal/Startup.cs", "pair", """services.AddAuthentication().AddGoogle(o =>
{
    o.ClientId = "«D google client_id @google_client_id»";
    o.ClientSecret = "«P google oauth_client_secret @google_secret»";
});
"""),

    ("repos/hq-platform/.gitlab-ci.yml", "docker_auth", """variables:
  DOCKER_AUTH_CONFIG: '{"auths":{"registry.tbg.internal":{"auth":"«B docker password user=gitlab-ci:gen»"}}}'
build:
  script:
    - docker build -t registry.tbg.internal/platform:$CI_COMMIT_SHORT_SHA .
"""),
    ("repos/hq-platform/mail/relay.env", "url_encoded", """SMTP_URL=smtps://relay%40tbg.internal:«Q generic password genpw»@smtp.tbg.internal:465
"""),
    ("repos/hq-platform/orders/application.properties", "url_encoded", """spring.rabbitmq.addresses=amqps://orders:«Q generic password genpw»@mq.tbg.internal:5671/orders
spring.datasource.url=jdbc:postgresql://db.tbg.internal:5432/orders
spring.datasource.password=«P generic password gen»
"""),
    ("repos/hq-platform/db/.my.cnf", "ini_section", """[client]
user = backup
password = «P generic password gen»
host = mysql.tbg.internal
"""),
    ("repos/hq-platform/db/.pgpass", "pgpass", """db.tbg.internal:5432:*:replicator:«P postgres password genu»
db.tbg.internal:5432:reporting:metabase:«P postgres password genu»
"""),
    ("repos/hq-platform/infra/users.tf", "hcl_list", """locals {
  service_users = [
    { name = "metabase", password = "«P generic password gen»" },
    { name = "exporter", password = "«P generic password gen»" },
  ]
}
"""),
    ("repos/hq-platform/oauth/clients.yml", "pair", """google:
  client_id: «D google client_id @google_client_id»
  client_secret: «P google oauth_client_secret @google_secret»
github_oauth_app:
  client_id: «D github client_id =Iv23liQ4xK9mT2vBn7cW»
  client_secret: «P github oauth_app_client_secret @gh_client_secret»
"""),
    ("repos/hq-platform/storage/connection.txt", "azure_conn", """DefaultEndpointsProtocol=https;AccountName=tbgclimate;AccountKey=«P azure storage_account_key @azure_storage»;EndpointSuffix=core.windows.net
"""),
    ("repos/hq-platform/legacy/config.ini", "ini_section", """[general]
site = hq

[ftp]
host = ftp.seedsupplier.example
user = thornbury
pass = «P generic password gen»

[api]
key = «P generic api_key tok»
"""),
]


def cont_files(r, gen):
    """Secrets continued over lines: labelled as the joined value on their first line."""
    out = []
    specs = [
        ("repos/hq-platform/scripts/push.sh", "continued_bash", "generic", "token", "tok",
         lambda a, b: 'curl -s -H "Authorization: Bearer %s\\\n%s" https://api.tbg.internal/v1/push\n' % (a, b)),
        ("repos/hq-platform/src/main/java/uk/thornbury/Courier.java", "continued_java", "generic", "api_key", "tok",
         lambda a, b: 'final class Courier {\n    static final String KEY = "%s"\n        + "%s";\n}\n' % (a, b)),
        ("repos/hq-platform/tools/feed.py", "continued_python", "openai", "project_key", "@openai_proj",
         lambda a, b: 'OPENAI_KEY = (\n    "%s"\n    "%s"\n)\n' % (a, b)),
        ("repos/hq-platform/cmd/feed/key.go", "continued_go", "generic", "secret", "genpw",
         lambda a, b: 'package main\n\nconst hmacSecret = "%s" +\n\t"%s"\n' % (a, b)),
        ("repos/hq-platform/src/Tbg.Feed/Keys.cs", "continued_csharp", "sendgrid", "api_key", "@sendgrid",
         lambda a, b: 'static class Keys\n{\n    public const string SendGrid = "%s" +\n        "%s";\n}\n' % (a, b)),
        ("repos/hq-platform/deploy/values.yaml", "continued_yaml", "generic", "token", "tok",
         lambda a, b: 'feed:\n  token: "%s\\\n    %s"\n' % (a, b)),
    ]
    for path, shape, prov, fmt, spec, tmpl in specs:
        d = Doc(path, "repos", shape)
        v = gen(spec)
        cut = len(v) // 2
        text = tmpl(v[:cut], v[cut:])
        first = text.index(v[:cut])
        # the label goes on the first piece's line; its shown text is the file's own text
        lab = d.pos(prov, fmt, v, shown=v[:cut])
        out.append((d, text[:first] + lab + text[first + cut:]))
    return out


def pem_body(r, nbytes):
    s = b64body(r, nbytes)
    return "\n".join(s[i:i + 70] for i in range(0, len(s), 70))


def pem_files(r):
    out = []
    d = Doc("repos/hq-platform/deploy/id_ed25519", "repos", "pem_openssh")
    key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + pem_body(r, 290) + "\n-----END OPENSSH PRIVATE KEY-----"
    out.append((d, d.pos("privatekey", "openssh", key) + "\n"))
    d = Doc("repos/hq-analytics/gcp/tbg-analytics-sa.json", "repos", "gcp_service_account")
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64body(r, 1180)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    pem = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"
    esc = pem.replace("\n", "\\n")
    t = """{
  "type": "service_account",
  "project_id": "tbg-analytics",
  "private_key_id": "%s",
  "private_key": "%s",
  "client_email": "yield-forecast@tbg-analytics.iam.gserviceaccount.com",
  "client_id": "%s",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""" % (d.dec("google", "key_id", hexs(r, 40)), d.pos("google", "service_account_key", pem, shown=esc),
       d.dec("google", "client_id", str(r.randrange(10**20, 10**21))))
    out.append((d, t))
    d = Doc("repos/hq-platform/tls/climate.key", "repos", "pem_rsa")
    body = "MIIEowIBAAKCAQEA" + b64body(r, 1160)
    key = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END RSA PRIVATE KEY-----"
    out.append((d, d.pos("privatekey", "rsa", key) + "\n"))
    return out
