"""holdout38's encoded and split shapes: base64 (Kubernetes Secret data, Docker auth,
Authorization: Basic), percent-encoded URL passwords, JSON-escaped strings, secrets continued
over lines, name and value apart (XML, Postman, INI, HCL), and pairs.

SITE (per city, @S@), HQ (once) are templates; built() makes the files whose labels need code
(a value split over lines, a JSON-escaped value).
"""
import json

from holdout_gen import Doc
from gen38 import gen, aws_id, rs, AN, R

SITE = [
("repos/@S@-platform/k8s/secrets/fleet-db.yaml", "k8s_secret_data", """apiVersion: v1
kind: Secret
metadata:
  name: fleet-db
  namespace: fleet-@S@
type: Opaque
data:
  DB_USER: ZmxlZXRfYXBw
  DB_PASSWORD: «B postgres password gen»
  REDIS_PASSWORD: «B redis password genpw»
  STRIPE_SECRET_KEY: «B stripe secret_key sk_live»
"""),
("repos/@S@-platform/k8s/secrets/mqtt.yaml", "k8s_secret_stringdata", """apiVersion: v1
kind: Secret
metadata:
  name: mqtt
stringData:
  username: dock-gw
  password: "«P mosquitto password gen»"
"""),
("repos/@S@-platform/k8s/sealed/fleet-api.yaml", "sealed_secret", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: fleet-api
spec:
  encryptedData:
    DB_PASSWORD: «D sealedsecrets ciphertext sealed»
"""),
("repos/@S@-platform/secrets.enc.yaml", "sops", """db_password: «D sops ciphertext sops»
sops:
  age:
    - recipient: «D age public_key age_recipient»
"""),
("repos/@S@-platform/docker/config.json", "docker_config", """{
  "auths": {
    "registry.bbs.internal": {"auth": "«B nexus password ci-@S@:gen»"},
    "ghcr.io": {"auth": "«B github personal_access_token bbs-bot:ghp»"}
  },
  "credsStore": ""
}
"""),
("repos/@S@-platform/api/fleet.http", "rest_client", """### list docks
GET https://fleet.@S@.brindle-bikes.example/api/docks
Authorization: Basic «B fleet_api password ops:human»

### docs example (from the vendor's README)
GET https://httpbin.org/basic-auth/user/passwd
Authorization: Basic «D generic docs_example lit|dXNlcm5hbWU6cGFzc3dvcmQ=»
"""),
("repos/@S@-platform/nginx/kiosk.conf", "nginx", """location /upstream/ {
    proxy_pass https://partner-api.example.net/;
    proxy_set_header Authorization "Basic «B partner_api password bbs-@S@:genpw»";
}
"""),
("repos/@S@-platform/airflow/connections.env", "url_encoded", """AIRFLOW_CONN_FLEET_DB=postgresql://fleet:«Q postgres password encpw»@db.@S@.bbs.internal:5432/fleet
AIRFLOW_CONN_EVENTS=amqp://events:«Q rabbitmq password encpw»@mq.@S@.bbs.internal:5672/%2F
"""),
("repos/@S@-platform/config/mongo.properties", "url_encoded", """spring.data.mongodb.uri=mongodb+srv://trips:«Q mongodb password encpw»@trips-@S@.a1b2c.mongodb.net/trips?retryWrites=true
"""),
("repos/@S@-platform/web.config", "xml_key_value", """<?xml version="1.0"?>
<configuration>
  <appSettings>
    <add key="TwilioAccountSid" value="«D twilio account_sid twilio_sid»" />
    <add key="TwilioAuthToken" value="«P twilio auth_token twilio_token»" />
    <add key="SmtpPassword" value="«P office365 smtp_password tok32»" />
  </appSettings>
</configuration>
"""),
("repos/@S@-platform/postman/fleet.postman_environment.json", "postman_env", """{
  "name": "fleet-@S@-prod",
  "values": [
    {"key": "baseUrl", "value": "https://fleet.@S@.brindle-bikes.example", "enabled": true},
    {"key": "apiKey", "value": "«P fleet_api api_key tok32»", "type": "secret", "enabled": true},
    {"key": "adminPassword", "value": "«P fleet_api password human»", "type": "secret", "enabled": true},
    {"key": "dockId", "value": "«D generic dock_uuid uuid»", "enabled": true}
  ]
}
"""),
("repos/@S@-platform/odbc.ini", "ini_section", """[FleetDW]
Driver = PostgreSQL Unicode
Server = dw.@S@.bbs.internal
Database = fleet_dw
UserName = reporting
Password = «P postgres password gen»

[LocalDev]
Driver = PostgreSQL Unicode
Server = localhost
Password = «D postgres dev_default lit|postgres»
"""),
("repos/@S@-platform/.aws/credentials", "aws_credentials", """[default]
aws_access_key_id = «P aws access_key_id aws_id»
aws_secret_access_key = «P aws secret_access_key aws_secret»

[fleet-readonly]
aws_access_key_id = «P aws access_key_id aws_id»
aws_secret_access_key = «P aws secret_access_key aws_secret»
"""),
("repos/@S@-platform/sms/notify.py", "pair_twilio", """from twilio.rest import Client

client = Client("«D twilio account_sid twilio_sid»", "«P twilio auth_token twilio_token»")
api = Client("«D twilio key_id twilio_sk»", "«P twilio api_key_secret tok32»", "«D twilio account_sid twilio_sid»")
"""),
("repos/@S@-platform/.pgpass", "pgpass", """db.@S@.bbs.internal:5432:fleet:fleet_app:«P postgres password gen»
dw.@S@.bbs.internal:5432:*:reporting:«P postgres password tok32»
"""),
("repos/@S@-platform/jenkins/credentials.xml", "jenkins_credentials", """<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
  <id>nexus-deploy</id>
  <username>deploy</username>
  <password>«D jenkins encrypted_secret jenkins_enc»</password>
</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
"""),
]

HQ = [
("repos/hq-platform/gitlab/docker-auth.yml", "docker_auth_config", """variables:
  DOCKER_AUTH_CONFIG: '{"auths":{"registry.gitlab.com":{"auth":"«B gitlab deploy_token gitlab+deploy-token-118:gltok»"}}}'
"""),
("repos/hq-platform/.dockercfg", "dockercfg", """{"https://index.docker.io/v1/": {"auth": "«B dockerhub password bbsdeploy:human»", "email": "ops@brindle-bikes.example"}}
"""),
("repos/hq-platform/terraform/users.tf", "hcl_list", """locals {
  service_users = [
    { name = "grafana-reader", password = "«P postgres password genpw»" },
    { name = "metabase",       password = "«P postgres password human»" },
  ]
}
"""),
("repos/hq-platform/smtp/relay.env", "url_encoded", """SMTP_URL=smtps://alerts%40brindle-bikes.example:«Q office365 smtp_password encpw»@smtp.office365.com:465
REDSHIFT_URL=redshift://analyst:«Q aws redshift_password encpw»@bbs-dw.abc123xyz.eu-west-2.redshift.amazonaws.com:5439/dw
"""),
("repos/hq-platform/oauth/google.json", "pair_oauth", """{"web": {
  "client_id": "«D google client_id lit|555019283746-q1w2e3r4t5y6u7i8o9p0asdfghjklzx.apps.googleusercontent.com»",
  "project_id": "brindle-rider",
  "client_secret": "«P google oauth_client_secret gocspx»",
  "redirect_uris": ["https://rider.brindle-bikes.example/auth/callback"]
}}
"""),
("repos/hq-platform/oauth/github-app.env", "pair_oauth", """GITHUB_OAUTH_CLIENT_ID=«D github client_id lit|Ov23liQ7b9XkWm2Rt4Zp»
GITHUB_OAUTH_CLIENT_SECRET=«P github oauth_client_secret hex40»
"""),
("repos/hq-platform/storage/Program.cs", "azure_conn", """var blob = new BlobServiceClient(
    "DefaultEndpointsProtocol=https;AccountName=bbsarchive;AccountKey=«P azure storage_account_key az_storage»;EndpointSuffix=core.windows.net");
"""),
("repos/hq-platform/gcp/fleet-sa.json", "gcp_sa", """{
  "type": "service_account",
  "project_id": "brindle-fleet",
  "private_key_id": "«D google private_key_id hex40»",
  "private_key": "«P google service_account_key pem_rsa_esc»",
  "client_email": "fleet-exporter@brindle-fleet.iam.gserviceaccount.com",
  "client_id": "«D google client_id digits12»"
}
"""),
("repos/hq-platform/ssh/deploy_key", "pem", """«P ssh private_key pem_openssh»
"""),
("repos/hq-platform/legacy/config.ini", "ini_section", """[database]
host = mysql.bbs.internal
user = legacy
password = «P mysql password human»

[payments]
gateway = stripe
secret = «P stripe secret_key sk_live»
"""),
("repos/hq-platform/legacy/.my.cnf", "ini_section", """[client]
user=backup
password="«P mysql password genpw»"
"""),
("repos/hq-platform/postman/partners.postman_collection.json", "postman_collection", """{
  "info": {"name": "Partner API"},
  "auth": {"type": "apikey", "apikey": [
    {"key": "value", "value": "«P partner_api api_key tok32»", "type": "string"},
    {"key": "key", "value": "X-Api-Key", "type": "string"}
  ]},
  "item": []
}
"""),
("repos/hq-platform/ldap/sssd.conf", "ini_section", """[domain/bbs.internal]
id_provider = ldap
ldap_default_bind_dn = cn=sssd,ou=services,dc=bbs,dc=internal
ldap_default_authtok = «P ldap bind_password genpw»
"""),
]


def _split(v, n):
    k = max(4, len(v) // n)
    return [v[i:i + k] for i in range(0, len(v), k)]


def built(site_codes):
    """Files whose labels need code: continued lines and JSON-escaped values."""
    out = []
    for s in site_codes:
        # bash: a double-quoted value continued with backslash-newline
        d = Doc("repos/%s-platform/scripts/register-dock.sh" % s, "repos", "continued_shell")
        v = gen("tok32") + gen("tok32")
        a, b = v[:40], v[40:]
        out.append((d, '#!/bin/bash\nTOKEN="%s\\\n%s"\ncurl -H "X-Fleet-Token: $TOKEN" https://fleet.%s.brindle-bikes.example/api/register\n' % (
            d.pos("fleet_api", "api_token", v, shown=a), b, s)))
        # Java string concatenation
        d = Doc("repos/%s-platform/src/main/java/Keys.java" % s, "repos", "continued_java")
        v = gen("sk_live")
        p = _split(v, 3)
        out.append((d, 'class Keys {\n    static final String STRIPE = "%s"\n        + "%s"\n        + "%s";\n}\n' % (
            d.pos("stripe", "secret_key", v, shown=p[0]), p[1], "".join(p[2:]))))
        # Python implicit concatenation
        d = Doc("repos/%s-platform/fleet/keys.py" % s, "repos", "continued_python")
        v = gen("openai")
        p = _split(v, 3)
        out.append((d, 'OPENAI_API_KEY = (\n    "%s"\n    "%s"\n    "%s"\n)\n' % (d.pos("openai", "project_key", v, shown=p[0]), p[1], "".join(p[2:]))))
        # JSON-escaped job payload: '/' written '\/'
        d = Doc("repos/%s-platform/jobs/export-job.json" % s, "repos", "json_escaped")
        sec = gen("aws_secret")
        sec = sec[:10] + "/" + sec[11:]
        esc = sec.replace("/", "\\/")
        kid = gen("aws_id")
        out.append((d, '{"job":"export","env":"{\\"AWS_ACCESS_KEY_ID\\":\\"%s\\",\\"AWS_SECRET_ACCESS_KEY\\":\\"%s\\"}"}\n' % (
            d.pos("aws", "access_key_id", kid), d.pos("aws", "secret_access_key", sec, shown=esc, encoded="json", encoded_value=esc, accept=[esc]))))
    # Go string concatenation and a YAML double-quoted continuation (HQ)
    d = Doc("repos/hq-platform/go/slack.go", "repos", "continued_go")
    v = gen("slack_bot")
    p = _split(v, 2)
    out.append((d, 'package notify\n\nconst slackToken = "%s" +\n\t"%s"\n' % (d.pos("slack", "bot_token", v, shown=p[0]), "".join(p[1:]))))
    d = Doc("repos/hq-platform/helm/values-notify.yaml", "repos", "continued_yaml")
    v = gen("sendgrid")
    p = _split(v, 2)
    out.append((d, 'notify:\n  sendgridKey: "%s\\\n    %s"\n' % (d.pos("sendgrid", "api_key", v, shown=p[0]), "".join(p[1:]))))
    d = Doc("repos/hq-platform/dotnet/Keys.cs", "repos", "continued_csharp")
    v = gen("github_pat")
    p = _split(v, 2)
    out.append((d, 'static class Keys\n{\n    public const string GitHub = "%s" +\n        "%s";\n}\n' % (d.pos("github", "fine_grained_pat", v, shown=p[0]), "".join(p[1:]))))
    return out

SITE += [
("repos/@S@-platform/kustomize/kustomization.yaml", "kustomize_literals", """resources: [deployment.yaml]
secretGenerator:
  - name: dock-gw
    literals:
      - MQTT_PASSWORD=«P mosquitto password gen»
      - INFLUX_TOKEN=«P influxdb api_token influx»
"""),
("repos/@S@-platform/scripts/helm-upgrade.sh", "helm_set", """#!/bin/sh
helm upgrade --install fleet charts/fleet -n fleet-@S@ \\
  --set postgresql.auth.password=«P postgres password tok32» \\
  --set externalApis.weather.apiKey=«P openweathermap api_key hex32» \\
  --set image.tag=2026.11.3
"""),
]

HQ += [
("repos/hq-billing/dotnet/secrets.json", "dotnet_user_secrets", """{
  "Stripe:SecretKey": "«P stripe secret_key sk_live»",
  "Stripe:PublishableKey": "«D stripe public_key pk_live»",
  "ConnectionStrings:Ledger": "Server=localhost;Database=ledger;User Id=sa;Password=«P mssql password genpw»;"
}
"""),
("repos/hq-it/deploy/unattend.xml", "xml_key_value", """<UserAccounts>
  <AdministratorPassword>
    <Value>«P windows admin_password human»</Value>
    <PlainText>true</PlainText>
  </AdministratorPassword>
</UserAccounts>
"""),
("repos/hq-it/filezilla/sitemanager.xml", "filezilla_base64", """<FileZilla3>
  <Servers>
    <Server>
      <Host>sftp.partner-bank.example</Host>
      <User>bbs-payouts</User>
      <Pass encoding="base64">«B sftp password genpw»</Pass>
    </Server>
  </Servers>
</FileZilla3>
"""),
("repos/hq-rider-app/debug/checkout.har", "har", """{"log": {"entries": [{"request": {
  "method": "POST", "url": "https://api.brindle-bikes.example/v2/checkout",
  "headers": [
    {"name": "Authorization", "value": "Bearer «P rider_api access_token tok32»"},
    {"name": "X-Request-Id", "value": "«D generic request_id uuid»"}
  ]}}]}}
"""),
]
