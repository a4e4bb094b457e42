"""Encoded and split shapes (holdout39): base64 in Secrets / Docker auth / Basic headers,
percent-encoded URL passwords, JSON-escaped values, values continued over lines, names and values
apart (XML, Postman, HAR, INI, user-secrets, unattend), and pairs (AWS, Twilio, OAuth, Azure).
REGION templates are written once per region (eu, us); BUILT files are assembled in code.
"""
import json
from urllib.parse import quote

from holdout_gen import Doc, template_filler, b64
from gen39 import gen

fill, files = template_filler(gen, xml_files=(".xml", ".config"), url_accept=True)

REGION = [
("repos/{r}-platform/k8s/secrets/ats-db.yaml", "k8s_secret_data", """apiVersion: v1
kind: Secret
metadata:
  name: ats-db
  namespace: ats-{r}
type: Opaque
data:
  username: YXRzX2FwcA==
  password: «B postgres password gen»
  replication-password: «B postgres password gen»
"""),
("repos/{r}-platform/k8s/secrets/integrations.yaml", "k8s_secret_data", """apiVersion: v1
kind: Secret
metadata:
  name: integrations
type: Opaque
data:
  SENDGRID_API_KEY: «B sendgrid api_key =SG.+u22+=.+u43»
  OPENAI_API_KEY: «B openai project_key =sk-proj-+u74+=T3BlbkFJ+u74»
  LOG_LEVEL: aW5mbw==
stringData:
  GREENHOUSE_HARVEST_KEY: «P greenhouse api_key h32»
"""),
("repos/{r}-platform/k8s/sealed/ats-db-sealed.yaml", "sealed_secret", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ats-db
spec:
  encryptedData:
    password: «D sealedsecrets ciphertext =AgB+b120»
"""),
("repos/{r}-platform/registry/dockerconfig.json", "docker_auth", """{"auths":{"registry.quillon.example":{"username":"ci","auth":"«B harbor password =ci:+gen»"},"https://index.docker.io/v1/":{"auth":"«B dockerhub pat =qtlbuild:dckr_pat_+u27»"}}}
"""),
("repos/{r}-platform/nginx/admin-proxy.conf", "basic_header", """location /admin/ {
    proxy_pass http://ats-web.ats-{r}.svc:8000;
    proxy_set_header Authorization "Basic «B generic password =ops:+gen»";
}
"""),
("repos/{r}-platform/airflow/airflow.cfg", "url_encoded_password", """[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:«Q postgres password gpw»@db-{r}.qtl.internal:5432/airflow

[celery]
broker_url = amqp://airflow:«Q rabbitmq password gpw»@mq-{r}.qtl.internal:5672/airflow
result_backend = db+postgresql://airflow:«Q postgres password gpw»@db-{r}.qtl.internal/airflow

[webserver]
secret_key = «P airflow webserver_secret_key b24»
"""),
("repos/{r}-platform/mongo/connection.env", "url_encoded_password", """MONGODB_URI=mongodb+srv://reporting:«Q mongodb password gpw»@analytics-{r}.mxq2p.mongodb.net/ats?retryWrites=true
"""),
("repos/{r}-platform/web.config", "xml_key_value", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Environment" value="production-{r}" />
    <add key="SmtpPassword" value="«P smtp password gen»" />
    <add key="StorageConnection" value="DefaultEndpointsProtocol=https;AccountName=qtl{r}docs;AccountKey=«P azure storage_account_key b86+===»;EndpointSuffix=core.windows.net" />
    <add key="ClientId" value="«D azure client_id uuid»" />
  </appSettings>
</configuration>
"""),
("repos/{r}-platform/ansible/inventory.ini", "ini_section", """[windows]
win-build-{r}.qtl.internal

[windows:vars]
ansible_user=QTL\\svc-ansible
ansible_password=«P windows password gen»
ansible_connection=winrm

[db]
db-{r}.qtl.internal ansible_become_pass=«P linux sudo_password hpw»
"""),
("repos/{r}-platform/aws/credentials", "aws_pair", """[default]
aws_access_key_id = «P aws access_key_id =AKIA+U16»
aws_secret_access_key = «P aws secret_access_key b40»

[qtl-{r}-readonly]
aws_access_key_id = «P aws access_key_id =AKIA+U16»
aws_secret_access_key = «P aws secret_access_key b40»
region = {r}-west-1
"""),
("repos/{r}-platform/sms/notify.py", "twilio_pair", """from twilio.rest import Client

client = Client("«D twilio account_sid =AC+h32»", "«P twilio auth_token h32»")
client.messages.create(to=CANDIDATE_PHONE, from_="+442038801931", body="Your interview is confirmed")
"""),
("repos/{r}-platform/deploy/helm-upgrade.sh", "continued_helm_set", """#!/usr/bin/env bash
helm upgrade --install ats charts/ats -n ats-{r} \\
  --set image.tag=4.18.2 \\
  --set postgresql.auth.password=«P postgres password gen» \\
  --set smtp.password='«P smtp password gen»' \\
  --wait
"""),
("repos/{r}-platform/kustomize/kustomization.yaml", "kustomize_literals", """resources:
  - ../base
secretGenerator:
  - name: ats-integrations
    literals:
      - SENTRY_AUTH_TOKEN=«P sentry user_token =sntryu_+h64»
      - CONTENTFUL_TOKEN=«P contentful pat =CFPAT-+u43»
      - FEATURE_FLAGS=search,ranking
"""),
("repos/{r}-platform/secrets/ats.enc.yaml", "sops_decoys", """db_password: ENC[AES256_GCM,data:«D sops ciphertext b24»,iv:«D sops iv b43+==»,tag:«D sops tag b22+==»,type:str]
sops:
  age:
    - recipient: «D age public_key =age1+c58»
"""),
("repos/{r}-platform/http/smoke.http", "basic_header_http", """### health with admin basic auth
GET https://app-{r}.quillon.example/admin/health
Authorization: Basic «B generic password =ops-admin:+rtok»

### docs example (RFC 7617), not ours
GET https://example.com/
Authorization: Basic «D generic docs_example =QWxhZGRpbjpvcGVuIHNlc2FtZQ==»
"""),
("repos/{r}-platform/jenkins/credentials.xml", "jenkins_encrypted", """<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
  <id>nexus-deployer</id>
  <username>deployer</username>
  <password>{«D jenkins encrypted_secret =AQAAABAAAAAQ+b43+==»}</password>
</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
"""),
("repos/{r}-platform/notify/mailer.js", "url_encoded_password", """const nodemailer = require('nodemailer');
module.exports = nodemailer.createTransport('smtps://noreply%40quillon.example:«Q smtp password gpw»@smtp-{r}.quillon.example:465');
"""),
("repos/{r}-platform/.pgpass", "pgpass", """db-{r}.qtl.internal:5432:ats:ats_app:«P postgres password gen»
db-{r}.qtl.internal:5432:*:readonly:«P postgres password rtok»
"""),
("repos/{r}-platform/build.gradle", "gradle_credentials", """publishing {
    repositories {
        maven {
            url = uri("https://nexus.qtl.internal/repository/releases-{r}/")
            credentials {
                username = "gradle-ci"
                password = "«P nexus password gen»"
            }
        }
    }
}
"""),
]


def json_escaped(d, prov, fmt, v):
    esc = json.dumps(v)[1:-1].replace("/", "\\/")
    if esc == v:
        return d.pos(prov, fmt, v)
    return d.pos(prov, fmt, v, shown=esc, encoded="json", encoded_value=esc, accept=[esc])


def continued(d, prov, fmt, v, parts_fmt, n=3):
    k = len(v) // n
    parts = [v[i * k:(i + 1) * k] if i < n - 1 else v[i * k:] for i in range(n)]
    return d.pos(prov, fmt, v, shown=parts_fmt(parts), continued=True)


def built():
    out = []
    # a job payload in JSON with '/' escaped
    d = Doc("repos/hq-platform/jobs/payload-sync-resumes.json", "repos", "json_escaped")
    t = '{"job":"sync_resumes","target":"s3:\\/\\/qtl-resumes\\/in","aws_access_key_id":"%s","aws_secret_access_key":"%s","note":"run nightly"}\n' % (
        d.pos("aws", "access_key_id", gen("=AKIA+U16")), json_escaped(d, "aws", "secret_access_key", gen("b18+=/+b21")))
    out.append((d, t))
    d = Doc("repos/hq-platform/jobs/webhook-replay.json", "repos", "json_escaped")
    t = '{"url":"https:\\/\\/hooks.quillon.example\\/replay","headers":{"X-Signing-Secret":"%s"},"body":"{\\"event\\":\\"candidate.created\\"}"}\n' % (
        json_escaped(d, "generic", "signing_secret", gen("b14+=/+b14+=/+b12")))
    out.append((d, t))
    # continued over lines
    d = Doc("repos/hq-platform/scripts/bootstrap.sh", "repos", "continued_bash")
    t = '#!/usr/bin/env bash\nexport DATADOG_API_KEY="%s"\n' % continued(d, "datadog", "api_key", gen("h32"), lambda p: "\\\n".join(p), 2)
    out.append((d, t))
    d = Doc("repos/hq-platform/tools/reindex.py", "repos", "continued_python")
    t = 'import os\n\nOPENSEARCH_PASSWORD = (\n    %s\n)\n' % continued(d, "opensearch", "password", gen("a36"), lambda p: '"' + '"\n    "'.join(p) + '"')
    out.append((d, t))
    d = Doc("repos/hq-platform/crm/src/Keys.java", "repos", "continued_java")
    t = 'class Keys {\n    static final String SLACK_BOT = %s;\n}\n' % continued(
        d, "slack", "bot_token", gen("=xoxb-+d12+=-+d13+=-+a24"), lambda p: '"' + '"\n        + "'.join(p) + '"')
    out.append((d, t))
    d = Doc("repos/hq-platform/mobile/Config.kt", "repos", "continued_kotlin")
    t = 'object Config {\n    val stripeKey = %s\n}\n' % continued(
        d, "stripe", "secret_key", gen("=sk_live_51+a97"), lambda p: '"' + '" +\n        "'.join(p) + '"')
    out.append((d, t))
    d = Doc("repos/hq-platform/ci/values-override.yaml", "repos", "continued_yaml_quoted")
    t = 'githubToken: %s\n' % continued(d, "github", "pat_classic", gen("=ghp_+a36"), lambda p: '"' + "\\\n  ".join(p) + '"', 2)
    out.append((d, t))
    # name and value apart
    d = Doc("repos/hq-platform/postman/ATS.postman_collection.json", "repos", "postman_key_value")
    t = ('{\n  "info": {"name": "ATS admin"},\n  "auth": {\n    "type": "apikey",\n    "apikey": [\n'
         '      {"key": "value", "value": "%s", "type": "string"},\n      {"key": "key", "value": "X-Admin-Key", "type": "string"}\n    ]\n  },\n'
         '  "variable": [\n    {"key": "baseUrl", "value": "https://api.quillon.example"},\n    {"key": "sendgridKey", "value": "%s"},\n'
         '    {"key": "tenantId", "value": "%s"}\n  ]\n}\n') % (
        d.pos("quillon", "admin_api_key", gen("=qtl_admin_+a40")), d.pos("sendgrid", "api_key", gen("=SG.+u22+=.+u43")), d.dec("quillon", "tenant_id", gen("uuid")))
    out.append((d, t))
    d = Doc("repos/hq-platform/qa/checkout-flow.har", "repos", "har_header")
    t = ('{"log": {"version": "1.2", "entries": [{"request": {"method": "POST", "url": "https://api.quillon.example/v2/jobs",\n'
         ' "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "X-Api-Key", "value": "%s"}],\n'
         ' "cookies": [{"name": "csrftoken", "value": "%s"}]}, "response": {"status": 201}}]}}\n') % (
        d.pos("quillon", "customer_api_key", gen("=qtl_live_+a40")), d.dec("django", "csrf_token", gen("a32")))
    out.append((d, t))
    d = Doc("repos/hq-ats-dotnet/Connectors/secrets.json", "repos", "dotnet_user_secrets")
    t = '{\n  "Indeed:ClientSecret": "%s",\n  "Indeed:ClientId": "%s",\n  "Smtp:Password": "%s"\n}\n' % (
        d.pos("indeed", "client_secret", gen("a64")), d.dec("indeed", "client_id", gen("h32")), d.pos("smtp", "password", gen("gen")))
    out.append((d, t))
    d = Doc("repos/hq-platform/windows/unattend.xml", "repos", "unattend_xml")
    t = ('<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="oobeSystem">\n    <UserAccounts>\n      <AdministratorPassword>\n'
         '        <Value>%s</Value>\n        <PlainText>true</PlainText>\n      </AdministratorPassword>\n    </UserAccounts>\n  </settings>\n</unattend>\n') % (
        d.pos("windows", "password", gen("hpw")))
    out.append((d, t))
    d = Doc("repos/hq-platform/odbc/odbc.ini", "repos", "ini_section")
    t = '[QuillonReporting]\nDriver=ODBC Driver 18 for SQL Server\nServer=sql-eu.qtl.internal\nUID=report_reader\nPWD=%s\n\n[LocalDev]\nDriver=ODBC Driver 18 for SQL Server\nServer=localhost\nUID=sa\nPWD=%s\n' % (
        d.pos("mssql", "password", gen("gen")), d.dec("mssql", "dev_default", "yourStrong(!)Password"))
    out.append((d, t))
    # pairs
    d = Doc("repos/hq-platform/auth/oauth_clients.py", "repos", "oauth_pair")
    t = ('GOOGLE = {\n    "client_id": "%s",\n    "client_secret": "%s",\n}\nMICROSOFT = {\n    "client_id": "%s",\n    "client_secret": "%s",\n}\n') % (
        d.dec("google", "client_id", gen("d12+=-+l32+=.apps.googleusercontent.com")), d.pos("google", "oauth_client_secret", gen("=GOCSPX-+u28")),
        d.dec("azure", "client_id", gen("uuid")), d.pos("azure", "client_secret", gen("u3+=8Q~+u34")))
    out.append((d, t))
    d = Doc("repos/hq-platform/gcp/sa-bigquery.json", "repos", "gcp_sa_escaped_pem")
    pemv = gen("pkcs8")
    t = ('{\n  "type": "service_account",\n  "project_id": "quillon-analytics",\n  "private_key_id": "%s",\n  "private_key": "%s",\n'
         '  "client_email": "bq-loader@quillon-analytics.iam.gserviceaccount.com",\n  "client_id": "%s"\n}\n') % (
        d.dec("google", "private_key_id", gen("h40")), d.pos("google", "service_account_key", pemv, shown=pemv.replace("\n", "\\n") + "\\n"),
        d.dec("google", "client_id", gen("d21")))
    out.append((d, t))
    d = Doc("repos/hq-platform/filezilla/sitemanager.xml", "repos", "filezilla_base64")
    t = ('<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3>\n  <Servers>\n    <Server>\n      <Host>sftp.partner-jobboard.example</Host>\n'
         '      <User>quillon</User>\n      <Pass encoding="base64">%s</Pass>\n    </Server>\n  </Servers>\n</FileZilla3>\n') % d.b64("sftp", "password", gen("hpw"))
    out.append((d, t))
    # more name/value-apart and pair shapes
    d = Doc("repos/hq-platform/dotfiles/.s3cfg", "repos", "ini_section")
    t = "[default]\naccess_key = %s\nsecret_key = %s\nhost_base = s3.eu-west-1.amazonaws.com\nuse_https = True\n" % (
        d.pos("aws", "access_key_id", gen("=AKIA+U16")), d.pos("aws", "secret_access_key", gen("b40")))
    out.append((d, t))
    d = Doc("repos/hq-platform/dotfiles/.my.cnf", "repos", "ini_section")
    t = "[client]\nuser = analyst\npassword = %s\nhost = legacy-db.qtl.internal\n\n[mysqldump]\nsingle-transaction\n" % d.pos("mysql", "password", gen("hpw"))
    out.append((d, t))
    d = Doc("repos/hq-ats-dotnet/NuGet.Config", "repos", "xml_key_value")
    t = ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="qtl" value="https://nuget.quillon.example/v3/index.json" />\n'
         '  </packageSources>\n  <packageSourceCredentials>\n    <qtl>\n      <add key="Username" value="nuget-ci" />\n'
         '      <add key="ClearTextPassword" value="%s" />\n    </qtl>\n  </packageSourceCredentials>\n</configuration>\n') % d.pos("nuget", "feed_password", gen("gpw"))
    out.append((d, t))
    d = Doc("repos/hq-platform/ci/gitconfig", "repos", "git_extraheader_basic")
    user, pw = "x-token-auth", gen("=ATCTT3xFfGN0+u170+==+H8")
    enc = b64(user + ":" + pw)
    t = '[http "https://bitbucket.org/quillon-talent/"]\n\textraheader = Authorization: Basic %s\n' % d.pos(
        "atlassian", "bitbucket_access_token", pw, shown=enc, encoded="base64", encoded_value=enc, accept=[user + ":" + pw])
    out.append((d, t))
    d = Doc("repos/hq-platform/terraform/ecs-task.tf", "repos", "hcl_name_value")
    t = ('resource "aws_ecs_task_definition" "parser" {\n  family = "resume-parser"\n  container_definitions = jsonencode([{\n    name  = "parser"\n'
         '    image = "registry.quillon.example/parser:3.2"\n    environment = [\n      { name = "LOG_LEVEL", value = "info" },\n'
         '      { name = "TEXTRACT_SECRET", value = "%s" },\n      { name = "DB_PASSWORD", value = "%s" },\n    ]\n  }])\n}\n') % (
        d.pos("aws", "secret_access_key", gen("b40")), d.pos("postgres", "password", gen("gen")))
    out.append((d, t))
    d = Doc("repos/hq-platform/qa/login-flow.har", "repos", "har_post_data")
    pw = gen("gpw")
    enc = quote(pw, safe="")
    t = ('{"log": {"entries": [{"request": {"method": "POST", "url": "https://app.quillon.example/accounts/login/",\n'
         ' "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "username=qa.lead%%40quillon.example&password=%s&next=%%2Fdashboard"}}}]}}\n') % (
        d.pos("quillon", "user_password", pw, shown=enc, encoded="url", encoded_value=enc))
    out.append((d, t))
    d = Doc("repos/hq-platform/sms/verify.py", "repos", "twilio_positional")
    t = 'from twilio.rest import Client\n\nclient = Client("%s", "%s", "%s")\n' % (
        d.dec("twilio", "key_id", gen("=SK+h32")), d.pos("twilio", "api_key_secret", gen("a32")), d.dec("twilio", "account_sid", gen("=AC+h32")))
    out.append((d, t))
    return out


def docs():
    out = []
    for r in ("eu", "us"):
        out += files(Doc, "repos", [(p.replace("{r}", r), s, t.replace("{r}", r)) for p, s, t in REGION])
    return out + built()
