"""repos/: project files of 60+ kinds (none named in holdout12-20's READMEs), each written
for two or three projects with fresh values. K(...) keys are from memory (SOURCES.md)."""
import urllib.parse
from vals21 import R, alnum, low, up, hexs, digits, uuid, b64, b64bytes, pick, pw, ALNUM, B64U

PROJECTS = ["larkspur", "tinderbox", "marlin"]


def aws_id():
    return "AKIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret():
    return pick(ALNUM + "+/", 40)


KEYS = {
    "openai": ("project_key", lambda: "sk-proj-" + pick(B64U, 74) + "T3BlbkFJ" + pick(B64U, 74)),
    "anthropic": ("api_key", lambda: "sk-ant-api03-" + pick(B64U, 93) + "AA"),
    "stripe": ("secret_key", lambda: "sk_live_51" + alnum(97)),
    "github": ("pat_classic", lambda: "ghp_" + alnum(36)),
    "githubfg": ("pat_fine_grained", lambda: "github_pat_11" + up(22) + "_" + alnum(59)),
    "gitlab": ("pat", lambda: "glpat-" + pick(B64U, 20)),
    "sendgrid": ("api_key", lambda: "SG." + pick(B64U, 22) + "." + pick(B64U, 43)),
    "google": ("api_key", lambda: "AIza" + pick(B64U, 35)),
    "mailgun": ("api_key", lambda: "key-" + hexs(32)),
    "datadog": ("api_key", lambda: hexs(32)),
    "telegram": ("bot_token", lambda: "%s:AA%s" % (digits(10), pick(B64U, 33))),
    "huggingface": ("token", lambda: "hf_" + alnum(34)),
    "groq": ("api_key", lambda: "gsk_" + alnum(52)),
    "doppler": ("service_token", lambda: "dp.st.prd." + alnum(43)),
    "tailscale": ("auth_key", lambda: "tskey-auth-k" + alnum(10) + "CNTRL-" + alnum(33)),
    "shopify": ("admin_token", lambda: "shpat_" + hexs(32)),
    "linear": ("api_key", lambda: "lin_api_" + alnum(40)),
    "notion": ("integration_token", lambda: "ntn_" + digits(11) + alnum(35)),
    "resend": ("api_key", lambda: "re_" + alnum(8) + "_" + alnum(24)),
    "sentry": ("auth_token", lambda: "sntrys_" + b64('{"iat":1733011200.1,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"acme"}').rstrip("=") + "_" + pick(ALNUM + "+/", 43)),
}
KNAMES = sorted(KEYS)
_k = [0]


def key(d, prov=None, shape=None):
    """The next provider key (rotating) as a positive; returns (provider, marker, raw value)."""
    if prov is None:
        prov = KNAMES[_k[0] % len(KNAMES)]
        _k[0] += 1
    fmt, fn = KEYS[prov]
    v = fn()
    name = "github" if prov == "githubfg" else prov
    return name, d.pos(name, fmt, v, shape=shape), v


def P(d, v=None, fmt="password", url_safe=False):
    return d.pos("generic", fmt, v if v is not None else pw(url_safe=url_safe, spaced_ok=not url_safe))


def U(d, scheme, user, host, fmt="url_password", path=""):
    return d.secret("generic", fmt, "%s://%s:%s@%s%s" % (scheme, user, pw(url_safe=True), host, path))


def D(d, kind, v):
    return d.dec("generic", kind, v)


# ---- kinds: (path, shape, fn(d, proj) -> text) --------------------------------------------
def woodpecker(d, j):
    return "steps:\n  - name: migrate\n    image: flyway/flyway:10\n    environment:\n      FLYWAY_URL: jdbc:postgresql://db:5432/%s\n      FLYWAY_USER: %s\n      FLYWAY_PASSWORD: %s\n      FLYWAY_PLACEHOLDERS_ADMIN_PASSWORD: ${ADMIN_PASSWORD}\n  - name: notify\n    image: plugins/webhook\n    settings:\n      urls:\n        from_secret: notify_url\n" % (j, j, P(d))


def concourse(d, j):
    return "# fly -t ci set-pipeline -p %s -c pipeline.yml -l credentials.yml\ngit-private-key-passphrase: %s\nregistry-password: %s\nregistry-username: ci-bot\nslack-channel: \"#%s-builds\"\nimage-digest: %s\n" % (
        j, P(d), P(d), j, D(d, "image_digest", "sha256:" + hexs(64)))


def tekton_secret(d, j):
    a, s = aws_id(), aws_secret()
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-s3-cache\n  annotations:\n    tekton.dev/docker-0: https://index.docker.io\ntype: Opaque\ndata:\n  AWS_ACCESS_KEY_ID: %s\n  AWS_SECRET_ACCESS_KEY: %s\n  bucket: %s\n" % (
        j, d.b64("aws", "access_key_id", a), d.b64("aws", "secret_access_key", s), D(d, "base64_bucket_name", b64("%s-cache" % j)))


def argocd_repo(d, j):
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: repo-%s\n  labels:\n    argocd.argoproj.io/secret-type: repository\nstringData:\n  type: git\n  url: https://git.acme.example/platform/%s.git\n  username: argocd\n  password: %s\n" % (j, j, key(d, "gitlab")[1])


def pulumi_stack(d, j):
    return "encryptionsalt: %s\nconfig:\n  aws:region: eu-west-1\n  %s:dbPassword:\n    secure: %s\n  %s:adminPassword: %s\n  %s:instanceType: t3.small\n" % (
        D(d, "pulumi_encryption_salt", "v1:" + b64bytes(8) + ":v1:" + b64bytes(12) + ":" + b64bytes(16)), j,
        D(d, "pulumi_secure_value", "v1:" + b64bytes(12) + ":" + b64bytes(30)), j, P(d), j)


def ansible_inv(d, j):
    return "[web]\nweb1.%s.lan ansible_host=10.1.0.11\nweb2.%s.lan ansible_host=10.1.0.12\n\n[web:vars]\nansible_user=deploy\nansible_password=%s\nansible_become_pass=%s\n\n[winhosts]\nbuild01 ansible_connection=winrm ansible_user=Administrator ansible_password='%s'\n" % (
        j, j, P(d, url_safe=True), P(d, url_safe=True), P(d, url_safe=True))


def chef_bag(d, j):
    return '{\n  "id": "%s_mysql",\n  "root_password": "%s",\n  "replication": {\n    "user": "repl",\n    "password": "%s"\n  },\n  "checksum": "%s"\n}\n' % (
        j, P(d), P(d), D(d, "md5", hexs(32)))


def nomad_job(d, j):
    return 'job "%s-api" {\n  group "api" {\n    task "server" {\n      driver = "docker"\n      env {\n        DB_PASS      = "%s"\n        OPENAI_API_KEY = "%s"\n        NOMAD_ALLOC  = "${NOMAD_ALLOC_ID}"\n      }\n      template {\n        data = <<EOT\nSMTP_PASSWORD={{ with secret "kv/smtp" }}{{ .Data.password }}{{ end }}\nEOT\n        destination = "secrets/env"\n        env = true\n      }\n    }\n  }\n}\n' % (
        j, P(d, url_safe=True), key(d, "openai")[1])


def vagrant(d, j):
    return 'Vagrant.configure("2") do |config|\n  config.vm.box = "generic/debian12"\n  config.vm.provision "shell", inline: <<-SHELL\n    echo "vagrant:%s" | chpasswd\n    mysql -uroot -e "CREATE USER \'%s\'@\'%%\' IDENTIFIED BY \'%s\';"\n  SHELL\n  config.vm.provider "virtualbox" do |vb|\n    vb.name = "%s-dev"\n  end\nend\n' % (
        P(d, url_safe=True), j, P(d, url_safe=True), j)


def cloudinit(d, j):
    return "#cloud-config\nhostname: %s-edge\nchpasswd:\n  expire: false\n  users:\n    - name: ops\n      password: %s\n      type: text\n    - name: legacy\n      password: %s\n      type: hash\nssh_authorized_keys:\n  - %s ops@laptop\n" % (
        j, P(d, url_safe=True), D(d, "sha512crypt", "$6$" + pick(ALNUM + "./", 16) + "$" + pick(ALNUM + "./", 86)), D(d, "ssh_public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64bytes(24).rstrip("=")))


def kickstart(d, j):
    return "lang en_US.UTF-8\nkeyboard us\ntimezone Europe/Berlin --utc\nrootpw --plaintext %s\nuser --name=builder --password=%s --plaintext --groups=wheel\nuser --name=audit --iscrypted --password=%s\nbootloader --location=mbr\n" % (
        P(d, url_safe=True), P(d, url_safe=True), D(d, "sha512crypt", "$6$" + pick(ALNUM + "./", 16) + "$" + pick(ALNUM + "./", 86)))


def preseed(d, j):
    p = pw(spaced_ok=False)
    return "d-i passwd/root-login boolean true\nd-i passwd/root-password password %s\nd-i passwd/root-password-again password %s\nd-i passwd/user-fullname string %s operator\nd-i passwd/username string operator\nd-i passwd/user-password-crypted password %s\n" % (
        P(d, p), P(d, p), j, D(d, "md5crypt", "$1$" + pick(ALNUM, 8) + "$" + pick(ALNUM + "./", 22)))


def mattermost(d, j):
    return "services:\n  mattermost:\n    image: mattermost/mattermost-team-edition:9.11\n    environment:\n      MM_SQLSETTINGS_DRIVERNAME: postgres\n      MM_SQLSETTINGS_DATASOURCE: %s\n      MM_EMAILSETTINGS_SMTPPASSWORD: \"%s\"\n      MM_SERVICESETTINGS_SITEURL: https://chat.%s.example\n" % (
        U(d, "postgres", "mmuser", "db:5432", path="/mattermost?sslmode=disable"), P(d), j)


def keycloak(d, j):
    return '{\n  "realm": "%s",\n  "smtpServer": {\n    "host": "smtp.%s.example",\n    "user": "noreply",\n    "password": "%s",\n    "auth": "true"\n  },\n  "clients": [\n    {\n      "clientId": "%s-web",\n      "publicClient": true\n    },\n    {\n      "clientId": "%s-backend",\n      "secret": "%s",\n      "id": "%s"\n    }\n  ]\n}\n' % (
        j, j, P(d), j, j, d.pos("generic", "oidc_client_secret", alnum(32)), D(d, "client_uuid", uuid()))


def authentik(d, j):
    return "PG_PASS=%s\nAUTHENTIK_SECRET_KEY=%s\nAUTHENTIK_ERROR_REPORTING__ENABLED=false\nAUTHENTIK_EMAIL__PASSWORD=%s\nAUTHENTIK_TAG=2024.10.4\nCOMPOSE_PORT_HTTP=9000\n" % (
        P(d, pick(ALNUM, 40), "db_password"), d.pos("generic", "app_secret_key", pick(ALNUM + "+/", 60)), P(d))


def vaultwarden(d, j):
    return "DOMAIN=https://vault.%s.example\nSIGNUPS_ALLOWED=false\nADMIN_TOKEN=%s\nSMTP_HOST=smtp.fastmail.com\nSMTP_USERNAME=vault@%s.example\nSMTP_PASSWORD=%s\n# argon2 form recommended instead:\n# ADMIN_TOKEN='%s'\n" % (
        j, d.pos("generic", "admin_token", pick(B64U, 48)), j, P(d), D(d, "argon2_hash", "$argon2id$v=19$m=65540,t=3,p=4$" + b64bytes(32).rstrip("=") + "$" + b64bytes(32).rstrip("=")))


def paperless(d, j):
    return "PAPERLESS_SECRET_KEY=%s\nPAPERLESS_DBPASS=%s\nPAPERLESS_ADMIN_USER=admin\nPAPERLESS_ADMIN_PASSWORD=%s\nPAPERLESS_OCR_LANGUAGE=deu+eng\nPAPERLESS_EMAIL_TASK_CRON=\"*/10 * * * *\"\n" % (
        d.pos("generic", "django_secret_key", pick(ALNUM + "!@#%^*(-_=+)", 50)), P(d, url_safe=True), P(d))


def gatus(d, j):
    return "alerting:\n  slack:\n    webhook-url: \"%s\"\n  pagerduty:\n    integration-key: \"%s\"\nendpoints:\n  - name: %s-api\n    url: https://api.%s.example/health\n    interval: 60s\n    headers:\n      Authorization: \"Bearer %s\"\n" % (
        d.pos("slack", "webhook", "https://hooks.slack.com/services/T%s/B%s/%s" % (up(10), up(10), alnum(24))),
        d.pos("pagerduty", "routing_key", hexs(32)), j, j, key(d)[1])


def ha_secrets(d, j):
    return "# Home Assistant secrets.yaml\nlatitude: %s\nmqtt_password: %s\nunifi_password: \"%s\"\nopenweathermap_key: %s\ntelegram_bot: %s\n" % (
        D(d, "coordinate", "52.%s" % digits(4)), P(d, url_safe=True), P(d), d.pos("openweathermap", "api_key", hexs(32)), key(d, "telegram")[1])


def zigbee2mqtt(d, j):
    return "homeassistant: true\nmqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://broker.lan\n  user: z2m\n  password: %s\nserial:\n  port: /dev/ttyUSB0\nadvanced:\n  pan_id: %s\n  ext_pan_id: [%s]\n" % (
        P(d, url_safe=True), D(d, "pan_id", "0x%s" % hexs(4)), ", ".join("0x%s" % hexs(2) for _ in range(8)))


def traefik(d, j):
    return "services:\n  traefik:\n    image: traefik:v3.1\n    environment:\n      CF_DNS_API_TOKEN: %s\n    labels:\n      - \"traefik.http.middlewares.auth.basicauth.users=admin:%s\"\n      - \"traefik.http.routers.dash.rule=Host(`traefik.%s.example`)\"\n" % (
        d.pos("cloudflare", "api_token", pick(B64U, 40)), D(d, "apr1_hash", "$$apr1$$" + pick(ALNUM, 8) + "$$" + pick(ALNUM + "./", 22)), j)


def caddy(d, j):
    return "{\n\temail ops@%s.example\n\tacme_dns cloudflare %s\n}\n\nstatus.%s.example {\n\tbasic_auth {\n\t\tops %s\n\t}\n\treverse_proxy 127.0.0.1:3001\n}\n" % (
        j, d.pos("cloudflare", "api_token", pick(B64U, 40)), j, D(d, "bcrypt_hash", "$2a$14$" + pick(ALNUM + "./", 53)))


def nginx(d, j):
    u = "jenkins:" + pw(url_safe=True)
    e = b64(u)
    return "location /legacy-api/ {\n    proxy_pass http://10.0.3.7:8080/;\n    proxy_set_header Authorization \"Basic %s\";\n    proxy_set_header X-Request-Id $request_id;\n}\n" % d.pos(
        "generic", "basic_auth", u.split(":", 1)[1], shown=e, encoded="base64", encoded_value=e, accept=[e, u])


def haproxy(d, j):
    return "listen stats\n    bind :8404\n    stats enable\n    stats uri /stats\n    stats auth admin:%s\n    stats refresh 10s\n\nuserlist ops\n    user alice password %s\n    user bob insecure-password %s\n" % (
        P(d, url_safe=True), D(d, "sha512crypt", "$6$" + pick(ALNUM + "./", 16) + "$" + pick(ALNUM + "./", 86)), P(d, url_safe=True))


def icinga(d, j):
    return 'object ApiUser "root" {\n  password = "%s"\n  permissions = [ "*" ]\n}\n\nobject ApiUser "%s-dashboard" {\n  password = "%s"\n  permissions = [ "objects/query/*", "status/query" ]\n}\n' % (
        P(d), j, P(d))


def zabbix(d, j):
    return "LogFile=/var/log/zabbix/zabbix_server.log\nDBHost=localhost\nDBName=zabbix\nDBUser=zabbix\nDBPassword=%s\nTLSPSKIdentity=%s-psk\nVaultToken=%s\nStartPollers=5\n" % (P(d), j, D(d, "placeholder", "<vault token here>"))


def nagios(d, j):
    return "# resource.cfg\n$USER1$=/usr/lib/nagios/plugins\n$USER3$=monitor\n$USER4$=%s\n$USER5$=%s\n" % (P(d, url_safe=True), D(d, "path", "/etc/nagios/private"))


def telegraf(d, j):
    return '[[outputs.influxdb_v2]]\n  urls = ["https://influx.%s.example"]\n  token = "%s"\n  organization = "%s"\n  bucket = "metrics"\n\n[[inputs.mqtt_consumer]]\n  servers = ["tcp://broker.lan:1883"]\n  username = "telegraf"\n  password = "%s"\n' % (
        j, d.pos("influxdb", "api_token", pick(B64U, 86) + "=="), j, P(d))


def alertmanager(d, j):
    return "global:\n  smtp_smarthost: smtp.office365.com:587\n  smtp_auth_username: alerts@%s.example\n  smtp_auth_password: '%s'\n  slack_api_url: '%s'\nreceivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: %s\n" % (
        j, P(d), d.pos("slack", "webhook", "https://hooks.slack.com/services/T%s/B%s/%s" % (up(10), up(10), alnum(24))), d.pos("pagerduty", "routing_key", hexs(32)))


def grafana_ds(d, j):
    return "apiVersion: 1\ndatasources:\n  - name: Warehouse\n    type: postgres\n    url: pg.%s.internal:5432\n    user: grafana_ro\n    jsonData:\n      database: warehouse\n      sslmode: require\n    secureJsonData:\n      password: %s\n  - name: Loki\n    type: loki\n    uid: %s\n" % (
        j, P(d), D(d, "datasource_uid", low(14)))


def fluentbit(d, j):
    return "[OUTPUT]\n    Name        http\n    Match       *\n    Host        logs.%s.example\n    Port        443\n    tls         On\n    HTTP_User   fluent\n    HTTP_Passwd %s\n\n[OUTPUT]\n    Name        datadog\n    Match       app.*\n    apikey      %s\n" % (
        j, P(d, url_safe=True), key(d, "datadog")[1])


def vector(d, j):
    return '[sinks.es]\ntype = "elasticsearch"\nendpoints = ["https://es.%s.internal:9200"]\nauth.strategy = "basic"\nauth.user = "vector"\nauth.password = "%s"\n\n[sinks.hf]\ntype = "http"\nuri = "https://api-inference.huggingface.co"\nrequest.headers.Authorization = "Bearer %s"\n' % (
        j, P(d), key(d, "huggingface")[1])


def logstash(d, j):
    return 'output {\n  elasticsearch {\n    hosts => ["https://es01:9200"]\n    user => "logstash_writer"\n    password => "%s"\n    ssl_certificate_authorities => ["/etc/logstash/ca.pem"]\n    # api_key => "${ES_API_KEY}"\n    index => "%s-%%{+YYYY.MM.dd}"\n  }\n}\n' % (P(d), j)


def springboot(d, j):
    return "spring:\n  datasource:\n    url: jdbc:mariadb://db:3306/%s\n    username: %s\n    password: %s\n  mail:\n    host: smtp.sendgrid.net\n    username: apikey\n    password: %s\n  security:\n    user:\n      password: %s\nmanagement:\n  endpoints.web.exposure.include: health,info\n" % (
        j, j, P(d), key(d, "sendgrid")[1], D(d, "spring_placeholder", "${ADMIN_PASSWORD:}"))


def quarkus(d, j):
    return "quarkus.datasource.db-kind=postgresql\nquarkus.http.auth.form.cookie-name=%s\nquarkus.datasource.username=%s\nquarkus.datasource.password=%s\n%%prod.quarkus.oidc.credentials.secret=%s\n%%dev.quarkus.datasource.password=${DEV_DB_PASSWORD:devpass}\nquarkus.oidc.client-id=%s-backend\n" % (
        D(d, "cookie_name", "quarkus-credential"), j, P(d, url_safe=True), d.pos("generic", "oidc_client_secret", alnum(32)), j)


def micronaut(d, j):
    return "micronaut:\n  application:\n    name: %s\n  security:\n    token:\n      jwt:\n        signatures:\n          secret:\n            generator:\n              secret: '%s'\nr2dbc:\n  datasources:\n    default:\n      url: r2dbc:mysql://db/%s\n      password: '%s'\n" % (
        j, d.pos("generic", "jwt_signing_secret", pick(ALNUM, 48)), j, P(d))


def symfony(d, j):
    return "###> doctrine/doctrine-bundle ###\nDATABASE_URL=\"%s\"\n###< doctrine/doctrine-bundle ###\n###> symfony/mailer ###\nMAILER_DSN=%s\n###< symfony/mailer ###\nAPP_SECRET=%s\n" % (
        U(d, "mysql", j, "127.0.0.1:3306", path="/%s?serverVersion=8.0" % j), U(d, "smtp", "mailer%40" + j + ".example", "smtp.mailbox.org:587"), d.pos("generic", "app_secret", hexs(32)))


def phoenix(d, j):
    return "import Config\n\nconfig :%s, %s.Repo,\n  username: \"%s\",\n  password: \"%s\",\n  hostname: \"db\",\n  pool_size: 10\n\nconfig :%s, %sWeb.Endpoint,\n  secret_key_base: \"%s\"\n\nconfig :stripity_stripe, api_key: System.get_env(\"STRIPE_SECRET\", \"%s\")\n" % (
        j, j.capitalize(), j, P(d), j, j.capitalize(), d.pos("generic", "secret_key_base", pick(ALNUM + "+/", 64)), key(d, "stripe")[1])


def django(d, j):
    return "from .base import *  # noqa\n\nDEBUG = False\nEMAIL_HOST = 'smtp.zoho.eu'\nEMAIL_HOST_USER = 'noreply@%s.example'\nEMAIL_HOST_PASSWORD = '%s'\nDATABASES['default']['PASSWORD'] = '%s'\nSECRET_KEY_FALLBACKS = []\nEMAIL_BACKUP_PASSWORD = os.environ.get('EMAIL_BACKUP_PASSWORD', '%s')\nCSRF_TRUSTED_ORIGINS = ['https://%s.example']\n" % (j, P(d), P(d), D(d, "placeholder", "CHANGE_ME"), j)


def fastapi(d, j):
    return "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    app_name: str = \"%s\"\n    redis_password: str = \"%s\"\n    anthropic_api_key: str = (\n        \"%s\"\n    )\n    model: str = \"claude-sonnet-4-5\"\n" % (
        j, P(d), key(d, "anthropic")[1])


def typeorm(d, j):
    return '{\n  "type": "postgres",\n  "host": "localhost",\n  "port": 5432,\n  "username": "%s",\n  "password": "%s",\n  "database": "%s",\n  "synchronize": false,\n  "migrations": ["dist/migrations/*.js"]\n}\n' % (j, P(d), j)


def denojson(d, j):
    return '{\n  "tasks": {\n    "dev": "deno run -A --watch main.ts",\n    "seed": "GROQ_API_KEY=%s deno run -A seed.ts"\n  },\n  "imports": { "@std/assert": "jsr:@std/assert@1" },\n  "lock": { "integrity": "%s" }\n}\n' % (
        key(d, "groq")[1], D(d, "sha256", hexs(64)))


def godot(d, j):
    return '[preset.0]\n\nname="Android"\nplatform="Android"\nexport_path="build/%s.apk"\n\n[preset.0.options]\n\nkeystore/release="res://release.keystore"\nkeystore/release_user="%s"\nkeystore/release_password="%s"\npackage/unique_name="com.acme.%s"\n' % (j, j, P(d), j)


def gradle_props(d, j):
    return "org.gradle.jvmargs=-Xmx4g\nandroid.useAndroidX=true\nRELEASE_STORE_FILE=../keys/%s.jks\nRELEASE_STORE_PASSWORD=%s\nRELEASE_KEY_ALIAS=upload\nRELEASE_KEY_PASSWORD=%s\nsonatypeUsername=%s\nsonatypePassword=%s\n" % (
        j, P(d), P(d), j, P(d))


def fastlane(d, j):
    return "# Matchfile / env for fastlane\ngit_url(\"git@git.acme.example:mobile/certs.git\")\nENV[\"MATCH_PASSWORD\"] ||= \"%s\"\nENV[\"FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD\"] ||= \"%s\"\nteam_id(\"%s\")\n" % (
        P(d), d.pos("apple", "app_specific_password", "-".join(pick("abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4))), D(d, "team_id", up(10)))


def makefile(d, j):
    return "ARTIFACTORY ?= https://repo.%s.example/artifactory\n\npublish:\n\tcurl -fsS -u ci-publisher:%s -T dist/%s.tar.gz $(ARTIFACTORY)/generic-local/\n\ncheck:\n\tsha256sum -c %s\n" % (
        j, P(d, url_safe=True), j, D(d, "filename", "SHA256SUMS"))


def systemd(d, j):
    return "[Unit]\nDescription=%s worker\n\n[Service]\nEnvironment=\"QUEUE_PASSWORD=%s\"\nEnvironment=\"LINEAR_API_KEY=%s\"\nEnvironment=\"INVOCATION=%%i\"\nExecStart=/opt/%s/bin/worker\n\n[Install]\nWantedBy=multi-user.target\n" % (
        j, P(d), key(d, "linear")[1], j)


def crontab(d, j):
    return "MAILTO=ops@%s.example\n15 2 * * * mysqldump -u backup -p'%s' --all-databases | gzip > /srv/backup/db-$(date +\\%%F).sql.gz\n30 2 * * * restic -r s3:s3.amazonaws.com/%s-restic backup /srv --password-file /root/.restic\n" % (
        j, P(d, url_safe=True), j)


def notebook(d, j):
    a, s = aws_id(), aws_secret()
    return '{\n "cells": [\n  {\n   "cell_type": "code",\n   "metadata": {},\n   "source": [\n    "import boto3\\n",\n    "s3 = boto3.client(\\n",\n    "    \\"s3\\",\\n",\n    "    aws_access_key_id=\\"%s\\",\\n",\n    "    aws_secret_access_key=\\"%s\\",\\n",\n    ")\\n"\n   ]\n  }\n ],\n "metadata": {"kernelspec": {"name": "python3"}},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n' % (
        d.pos("aws", "access_key_id", a), d.pos("aws", "secret_access_key", s))


def rmarkdown(d, j):
    return "---\ntitle: \"%s weekly\"\noutput: html_document\n---\n\n```{r setup}\ncon <- DBI::dbConnect(RPostgres::Postgres(),\n  host = \"warehouse.internal\", dbname = \"%s\",\n  user = \"analyst\", password = \"%s\")\n```\n" % (j, j, P(d))


def sqldump(d, j):
    return "-- MySQL dump 10.13\nCREATE USER '%s_app'@'%%' IDENTIFIED BY '%s';\nGRANT ALL ON `%s`.* TO '%s_app'@'%%';\nCREATE USER 'legacy'@'localhost' IDENTIFIED WITH mysql_native_password AS '%s';\nINSERT INTO `settings` VALUES ('smtp_password','%s'),('theme','dark');\n" % (
        j, P(d, url_safe=True), j, j, D(d, "mysql_native_hash", "*" + hexs(40).upper()), P(d, url_safe=True))


def liquibase(d, j):
    return "changeLogFile=db/changelog/master.xml\nurl=jdbc:oracle:thin:@//ora.%s.internal:1521/ORCL\nusername=%s_owner\npassword=%s\nliquibase.hub.mode=off\n" % (j, j, P(d))


def flyway(d, j):
    return "[environments.prod]\nurl = \"jdbc:sqlserver://mssql.%s.internal;databaseName=%s\"\nuser = \"flyway\"\npassword = \"%s\"\n\n[flyway]\nlocations = [\"filesystem:sql\"]\n" % (j, j, P(d))


def pgbouncer(d, j):
    return '"%s" "%s"\n"stats" "%s"\n"legacy" "%s"\n' % (j, P(d, url_safe=True), P(d, url_safe=True), D(d, "md5_password_hash", "md5" + hexs(32)))


def kafka_jaas(d, j):
    return "bootstrap.servers=pkc-%s.eu-west-1.aws.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"%s\";\n" % (
        low(5), D(d, "confluent_api_key_id", up(16)), d.pos("confluent", "api_secret", pick(ALNUM + "+/", 64)))


def rabbitmq(d, j):
    return "default_user = %s\ndefault_pass = %s\n# definitions.json carries the hashed form: %s\nlisteners.tcp.default = 5672\nmanagement.tcp.port = 15672\n" % (j, P(d), D(d, "rabbitmq_password_hash", b64bytes(36)))


def cqlshrc(d, j):
    return "[authentication]\nusername = %s_ops\npassword = %s\n; keyspace id %s\n\n[connection]\nhostname = cass1.%s.internal\nport = 9042\n" % (j, P(d), D(d, "table_uuid", uuid()), j)


def postfix_sasl(d, j):
    return "# postmap /etc/postfix/sasl_passwd\n[smtp.eu.mailgun.org]:587 postmaster@mg.%s.example:%s\n[email-smtp.eu-west-1.amazonaws.com]:587 %s:%s\n" % (
        j, P(d, url_safe=True), D(d, "ses_smtp_username", aws_id()), d.pos("aws", "ses_smtp_password", "B" + pick(ALNUM + "+/", 43)))


def wireguard(d, j):
    return "[Interface]\nAddress = 10.66.0.2/32\nPrivateKey = %s\nDNS = 10.66.0.1\n\n[Peer]\nPublicKey = %s\nPresharedKey = %s\nEndpoint = vpn.%s.example:51820\nAllowedIPs = 0.0.0.0/0\n" % (
        d.pos("generic", "wireguard_private_key", b64bytes(32)), D(d, "wireguard_public_key", b64bytes(32)), d.pos("generic", "wireguard_psk", b64bytes(32)), j)


def openvpn_auth(d, j):
    return "client\ndev tun\nremote vpn.%s.example 1194 udp\nauth-user-pass creds.txt\n<connection>\n</connection>\n# creds.txt:\n#   %s-ops\n#   %s\n" % (j, j, P(d))


def chat_export(d, j):
    return '[\n  {"user": "mira", "ts": "1732870000.1200", "text": "who has the staging admin login?"},\n  {"user": "dev-ops", "ts": "1732870042.1300", "text": "admin / %s - please rotate after the demo"},\n  {"user": "mira", "ts": "1732870099.1400", "text": "thx! ticket id is %s"}\n]\n' % (
        P(d), D(d, "ticket_uuid", uuid()))


def ticket_csv(d, j):
    return 'Id,Subject,Requester,Comment\n%s,"VPN broken","k.ito","tried again with my password %s, still 403"\n%d,"Printer","p.lopez","no secrets here, asset tag %s"\n' % (
        R.randint(1000, 9999), P(d, url_safe=True), R.randint(1000, 9999), D(d, "asset_tag", "AT-" + digits(8)))


def bash_history(d, j):
    a, s = aws_id(), aws_secret()
    return "cd ~/src/%s\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\naws s3 ls\nmysql -h db.%s.internal -u root -p'%s' -e 'show databases'\ngit log --oneline | head\ndocker login -u %s -p %s registry.%s.example\n" % (
        j, d.pos("aws", "access_key_id", a), d.pos("aws", "secret_access_key", s), j, P(d, url_safe=True), j, P(d, url_safe=True), j)


def fish_history(d, j):
    return "- cmd: set -Ux GITHUB_TOKEN %s\n  when: 1732800000\n- cmd: psql \"%s\"\n  when: 1732800100\n- cmd: git status\n  when: 1732800200\n" % (
        key(d, "github")[1], U(d, "postgresql", "report", "pg.%s.internal/warehouse" % j))


def git_credentials(d, j):
    return "https://%s-bot:%s@github.com\nhttps://oauth2:%s@gitlab.%s.example\n" % (
        j, key(d, "githubfg")[1], key(d, "gitlab")[1], j)


def pipconf(d, j):
    return "[global]\nindex-url = %s\ntimeout = 60\n" % U(d, "https", "ci", "pypi.%s.example" % j, path="/simple/")


def pypirc(d, j):
    return "[distutils]\nindex-servers =\n    internal\n\n[internal]\nrepository = https://nexus.%s.example/repository/pypi-internal/\nusername = deployer\npassword = %s\n" % (j, P(d))


def maven_settings(d, j):
    return "<settings>\n  <servers>\n    <server>\n      <id>%s-releases</id>\n      <username>deployer</username>\n      <password>%s</password>\n    </server>\n    <server>\n      <id>encrypted</id>\n      <password>%s</password>\n    </server>\n  </servers>\n</settings>\n" % (
        j, P(d, url_safe=True), D(d, "maven_encrypted", "{" + b64bytes(32) + "}"))


def nuget(d, j):
    return '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSourceCredentials>\n    <%s>\n      <add key="Username" value="ci" />\n      <add key="ClearTextPassword" value="%s" />\n    </%s>\n  </packageSourceCredentials>\n</configuration>\n' % (j, P(d, url_safe=True), j)


def composer_auth(d, j):
    return '{\n    "http-basic": {\n        "repo.%s.example": {\n            "username": "composer",\n            "password": "%s"\n        }\n    },\n    "github-oauth": {\n        "github.com": "%s"\n    }\n}\n' % (j, P(d), key(d, "github")[1])


def docker_config(d, j):
    u = "%s-ci:%s" % (j, pw(url_safe=True))
    e = b64(u)
    return '{\n  "auths": {\n    "registry.%s.example": {\n      "auth": "%s"\n    }\n  },\n  "credsStore": "desktop"\n}\n' % (
        j, d.pos("generic", "docker_auth", u.split(":", 1)[1], shown=e, encoded="base64", encoded_value=e, accept=[e, u]))


def escaped_log(d, j):
    _, m, v = key(d)
    return '{"ts":"2026-11-29T08:14:02Z","level":"debug","msg":"outbound","body":"{\\"model\\":\\"x\\",\\"api_key\\":\\"%s\\"}","trace":"%s"}\n' % (
        m, D(d, "trace_id", hexs(32)))


def urlencoded_log(d, j):
    p = pw()
    e = urllib.parse.quote_plus(p)
    return '10.0.0.5 - - [29/Nov/2026:10:01:22 +0000] "POST /login HTTP/1.1" 302 0\nDEBUG form body: username=admin&password=%s&csrf=%s\n' % (
        d.pos("generic", "password_urlencoded", p, shown=e, encoded="url", encoded_value=e, accept=[e]), D(d, "csrf_token_hash", hexs(40)))


def shell_default(d, j):
    return '#!/usr/bin/env bash\nset -euo pipefail\n: "${OPENAI_API_KEY:=%s}"\nSTRIPE_KEY="${STRIPE_KEY:-%s}"\nRELEASE="${RELEASE:-%s}"\nexec python -m %s.worker\n' % (
        key(d, "openai")[1], key(d, "stripe")[1], D(d, "git_sha", hexs(40)), j)


def multiline_yaml(d, j):
    return "integrations:\n  - provider: notion\n    scopes: [read]\n    credentials:\n      token: >-\n        %s\n  - provider: resend\n    credentials:\n      -\n        %s\n" % (
        key(d, "notion")[1], key(d, "resend")[1])


def py_dict_multiline(d, j):
    return "PROVIDERS = {\n    \"tailscale\": {\n        \"tailnet\": \"%s.ts.net\",\n        \"authkey\":\n            \"%s\",\n    },\n    \"doppler\": dict(\n        project=\"%s\",\n        token=\"%s\",\n    ),\n}\n" % (
        j, key(d, "tailscale")[1], j, key(d, "doppler")[1])


def twilio_pair(d, j):
    return "const twilio = require('twilio')(\n  '%s',\n  '%s'\n);\nconst FROM = '+1415555%s';\n" % (
        d.dec("twilio", "account_sid", "AC" + hexs(32)), d.pos("twilio", "auth_token", hexs(32)), digits(4))


def k8s_secret_env(d, j):
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-env\ndata:\n  SHOPIFY_ADMIN_TOKEN: %s\n  SENTRY_AUTH_TOKEN: %s\n  LOG_LEVEL: %s\n" % (
        j, d.b64("shopify", "admin_token", KEYS["shopify"][1]()), d.b64("sentry", "auth_token", KEYS["sentry"][1]()), D(d, "base64_plain", b64("info")))


def env_example(d, j):
    return "# copy to .env and fill in\nDATABASE_PASSWORD=%s\nSTRIPE_SECRET_KEY=%s\nSTRIPE_PUBLISHABLE_KEY=%s\nOPENAI_API_KEY=%s\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nGITHUB_TOKEN=%s\nSENDGRID_API_KEY=%s\n" % (
        D(d, "placeholder", "changeme"), D(d, "sequential_filler", "sk_live_" + "0123456789abcdefghijklmn"), D(d, "publishable_key", "pk_live_51" + alnum(97)),
        D(d, "placeholder", "sk-proj-..."), D(d, "aws_docs_example", "AKIAIOSFODNN7EXAMPLE"), D(d, "aws_docs_example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        D(d, "masked", "ghp_" + "*" * 32 + alnum(4)), D(d, "env_ref", "${SENDGRID_API_KEY}"))


def test_fixture(d, j):
    return "# tests/fixtures/auth_test.py -- fake values for the parser tests\nFAKE_PASSWORD = \"%s\"\nEXAMPLE_TOKEN = \"%s\"\nWRONG_PASSWORD = \"%s\"\n\n\ndef test_rejects_wrong_password(client):\n    assert client.login(\"alice\", WRONG_PASSWORD).status_code == 401\n" % (
        D(d, "test_fixture", "not-the-real-password"), D(d, "test_fixture", "test-token-0000000000"), D(d, "test_fixture", "wrong-password-123"))


def lockfile(d, j):
    return "# yarn lockfile v1\n\n\"left-pad@^1.3.0\":\n  version \"1.3.0\"\n  resolved \"https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#%s\"\n  integrity %s\n" % (
        D(d, "sha1", hexs(40)), D(d, "sri_hash", "sha512-" + b64bytes(64)))


def readme_note(d, j):
    return "# %s ops notes\n\nStaging admin: `admin` / `%s` (rotate quarterly).\nThe wiki's service account password is %s - it lives in the vault too.\nBuild id for the last good deploy: %s\n" % (
        j, P(d, url_safe=True), P(d, url_safe=True), D(d, "build_uuid", uuid()))


def mongo_script(d, j):
    return "// mongosh script\nconst conn = new Mongo(\"%s\");\nconst db = conn.getDB(\"%s\");\ndb.users.updateOne({ _id: ObjectId(\"%s\") }, { $set: { role: \"admin\" } });\n" % (
        U(d, "mongodb+srv", j + "_rw", "cluster0.%s.mongodb.net" % low(5), path="/?retryWrites=true"), j, D(d, "object_id", hexs(24)))


def hocon_akka(d, j):
    return 'akka.persistence.jdbc {\n  slick.db {\n    url = "jdbc:postgresql://db/%s"\n    user = "%s"\n    password = "%s"\n    password = ${?DB_PASSWORD}\n  }\n}\n' % (j, j, P(d))


def cargo_config(d, j):
    return '[registries.%s]\nindex = "sparse+https://cargo.%s.example/index/"\ntoken = "%s"\n' % (j, j, d.pos("cratesio", "api_token", "cio" + alnum(32)))


def helm_values(d, j):
    return "postgresql:\n  auth:\n    username: %s\n    password: \"%s\"\n    existingSecret: \"\"\nredis:\n  auth:\n    password: %s\nimage:\n  digest: %s\n" % (
        j, P(d), P(d, url_safe=True), D(d, "image_digest", "sha256:" + hexs(64)))


def jupyter_server(d, j):
    return "c.ServerApp.ip = '0.0.0.0'\nc.ServerApp.token = '%s'\nc.PasswordIdentityProvider.hashed_password = '%s'\n" % (
        d.pos("generic", "jupyter_token", hexs(48)), D(d, "argon2_hash", "argon2:$argon2id$v=19$m=10240,t=10,p=8$" + b64bytes(16).rstrip("=") + "$" + b64bytes(32).rstrip("=")))


KINDS = [
    ("ci/.woodpecker.yml", "woodpecker-yaml", woodpecker), ("ci/concourse/credentials.yml", "concourse-vars", concourse),
    ("tekton/s3-cache-secret.yaml", "k8s-secret-base64", tekton_secret), ("argocd/repo-secret.yaml", "argocd-secret", argocd_repo),
    ("infra/Pulumi.prod.yaml", "pulumi-stack", pulumi_stack), ("ansible/inventory.ini", "ansible-ini", ansible_inv),
    ("chef/data_bags/db/mysql.json", "chef-data-bag", chef_bag), ("nomad/api.nomad.hcl", "nomad-hcl", nomad_job),
    ("Vagrantfile", "vagrantfile", vagrant), ("cloud-init/user-data", "cloud-init", cloudinit), ("pxe/ks.cfg", "kickstart", kickstart),
    ("pxe/preseed.cfg", "preseed", preseed), ("mattermost/compose.yaml", "compose-env", mattermost),
    ("keycloak/realm-export.json", "keycloak-json", keycloak), ("authentik/.env", "dotenv", authentik), ("vaultwarden/.env", "dotenv", vaultwarden),
    ("paperless/docker-compose.env", "dotenv", paperless), ("gatus/config.yaml", "gatus-yaml", gatus), ("homeassistant/secrets.yaml", "ha-secrets", ha_secrets),
    ("zigbee2mqtt/configuration.yaml", "z2m-yaml", zigbee2mqtt), ("traefik/compose.yml", "compose-labels", traefik), ("caddy/Caddyfile", "caddyfile", caddy),
    ("nginx/legacy.conf", "nginx-conf", nginx), ("haproxy/haproxy.cfg", "haproxy-cfg", haproxy), ("icinga2/api-users.conf", "icinga-conf", icinga),
    ("zabbix/zabbix_server.conf", "zabbix-conf", zabbix), ("nagios/resource.cfg", "nagios-cfg", nagios), ("telegraf/telegraf.conf", "telegraf-toml", telegraf),
    ("alertmanager/alertmanager.yml", "alertmanager-yaml", alertmanager), ("grafana/provisioning/datasources/pg.yaml", "grafana-ds", grafana_ds),
    ("fluent-bit/outputs.conf", "fluentbit-conf", fluentbit), ("vector/vector.toml", "vector-toml", vector), ("logstash/pipeline/out.conf", "logstash-conf", logstash),
    ("src/main/resources/application.yml", "spring-yaml", springboot), ("src/main/resources/application.properties", "quarkus-properties", quarkus),
    ("micronaut/application.yml", "micronaut-yaml", micronaut), ("symfony/.env.local", "symfony-env", symfony), ("config/runtime.exs", "elixir-config", phoenix),
    ("settings/production.py", "django-settings", django), ("app/settings.py", "pydantic-settings", fastapi), ("ormconfig.json", "typeorm-json", typeorm),
    ("deno.json", "deno-json", denojson), ("godot/export_presets.cfg", "godot-cfg", godot), ("android/gradle.properties", "gradle-properties", gradle_props),
    ("fastlane/Matchfile", "fastlane-ruby", fastlane), ("Makefile", "makefile", makefile), ("deploy/worker@.service", "systemd-unit", systemd),
    ("ops/crontab", "crontab", crontab), ("notebooks/s3_export.ipynb", "notebook", notebook), ("reports/weekly.Rmd", "rmarkdown", rmarkdown),
    ("db/dump.sql", "sql-dump", sqldump), ("db/liquibase.properties", "liquibase-properties", liquibase), ("db/flyway.toml", "flyway-toml", flyway),
    ("pgbouncer/userlist.txt", "pgbouncer-userlist", pgbouncer), ("kafka/client.properties", "kafka-properties", kafka_jaas), ("rabbitmq/rabbitmq.conf", "rabbitmq-conf", rabbitmq),
    ("cassandra/cqlshrc", "cqlshrc", cqlshrc), ("postfix/sasl_passwd", "postfix-sasl", postfix_sasl), ("wireguard/wg0.conf", "wireguard-conf", wireguard),
    ("openvpn/client.ovpn", "openvpn-notes", openvpn_auth), ("exports/chat.json", "chat-export", chat_export), ("exports/tickets.csv", "ticket-csv", ticket_csv),
    ("home/.bash_history", "bash-history", bash_history), ("home/.local/share/fish/fish_history", "fish-history", fish_history),
    ("home/.git-credentials", "git-credentials", git_credentials), ("home/.config/pip/pip.conf", "pip-conf", pipconf), ("home/.pypirc", "pypirc", pypirc),
    ("home/.m2/settings.xml", "maven-settings", maven_settings), ("NuGet.Config", "nuget-config", nuget), ("auth.json", "composer-auth", composer_auth),
    ("home/.docker/config.json", "docker-auth", docker_config), ("logs/app.jsonl", "escaped-json-log", escaped_log), ("logs/access-debug.log", "urlencoded-log", urlencoded_log),
    ("bin/run-worker.sh", "shell-default", shell_default), ("config/integrations.yaml", "multiline-yaml", multiline_yaml), ("config/providers.py", "python-multiline", py_dict_multiline),
    ("scripts/sms.js", "positional-pair", twilio_pair), ("k8s/env-secret.yaml", "k8s-secret-base64", k8s_secret_env), (".env.example", "env-example", env_example),
    ("tests/fixtures/auth_test.py", "test-fixture", test_fixture), ("yarn.lock", "lockfile", lockfile), ("docs/OPS.md", "markdown-notes", readme_note),
    ("scripts/promote.mongo.js", "mongosh", mongo_script), ("conf/persistence.conf", "hocon", hocon_akka), (".cargo/config.toml", "cargo-config", cargo_config),
    ("charts/app/values.yaml", "helm-values", helm_values), ("jupyter_server_config.py", "jupyter-config", jupyter_server),
]


def build(Doc):
    out = []
    for i, (path, shape, fn) in enumerate(KINDS):
        for proj in PROJECTS[: 1 if i % 4 == 0 else 2]:
            d = Doc("repos/%s/%s" % (proj, path), "repos", shape)
            out.append((d, fn(d, proj)))
    return out
