"""repos/ half, part 3: database tooling, build/package configs, test tooling, ops daemons (company: fernhollow)."""
from vals23 import R, rs, hexs, uuid, digits, b64, b64bytes, password, urlsafe_password, AN, LAN, UAN, LO
from keys23 import key, raw, twilio_sid, stripe_pk, gcp_project

FILES = []


def f(fn):
    FILES.append(fn)
    return fn


def pw(d, shape=None, no_space=True):
    return d.pos("password", "password", password(no_space=no_space).replace('"', "").replace("'", "").replace("\\", ""), shape=shape)


def apw(d, shape=None):
    """A generated alphanumeric password (for places where marks would need quoting)."""
    return d.pos("password", "password", rs(AN, R.randrange(16, 28)), shape=shape)


def U(d, template, shape=None):
    return d.secret("password", "url-password", template % urlsafe_password(), shape=shape)


@f
def appsettings_staging(Doc):
    d = Doc("repos/portal/Portal.Web/appsettings.Staging.json", "repos", "dotnet-appsettings")
    t = ('{\n  "Serilog": {\n    "WriteTo": [\n      {\n        "Name": "Seq",\n        "Args": {\n          "serverUrl": "https://seq.fernhollow.io",\n          "apiKey": "%s"\n        }\n      }\n    ]\n  },\n' % d.pos("seq", "api-key", rs(AN, 20)) +
         '  "Smtp": {\n    "Host": "smtp.office365.com",\n    "User": "portal@fernhollow.io",\n    "Password": "%s"\n  },\n' % pw(d) +
         '  "Twilio": {\n    "AccountSid": "%s",\n    "AuthToken": "%s"\n  }\n}\n' % (d.dec("twilio", "account_sid", twilio_sid()), key(d, "twilio-token")))
    return [(d, t)]


@f
def kotlin_props(Doc):
    d = Doc("repos/rides-backend/src/main/kotlin/io/fernhollow/rides/config/PaymentsProperties.kt", "repos", "kotlin-source")
    t = ('@ConfigurationProperties(prefix = "payments")\ndata class PaymentsProperties(\n    val provider: String = "adyen",\n'
         '    val apiKey: String = "%s",\n' % d.pos("adyen", "api-key", "AQE" + rs(AN + "+/", 40) + "=" + "-" + rs(AN + "+/", 44) + "=-" + rs(AN, 16)) +
         '    val merchantAccount: String = "%s",\n' % d.dec("adyen", "merchant_account", "FernhollowECOM") +
         '    val clientKey: String = "%s",\n)\n' % d.dec("adyen", "client_key_public", "live_" + rs(UAN, 32)))
    return [(d, t)]


@f
def hanami(Doc):
    d = Doc("repos/booking-ruby/config/settings.rb", "repos", "ruby-source")
    t = ("module Booking\n  class Settings < Hanami::Settings\n    setting :database_url, default: \"%s\"\n" % U(d, "postgres://booking:%s@db.internal/booking") +
         "    setting :mailgun_api_key, default: ENV.fetch(\"MAILGUN_API_KEY\", \"%s\")\n" % key(d, "mailgun", shape="ruby-source:fetch-default") +
         "    setting :session_secret, default: \"%s\"\n  end\nend\n" % d.pos("generic", "session-secret", hexs(64)))
    return [(d, t)]


@f
def deno_fresh(Doc):
    d = Doc("repos/status-page/main.ts", "repos", "deno-source")
    t = ('import { start } from "$fresh/server.ts";\n\nconst UPSTASH_TOKEN = Deno.env.get("UPSTASH_REDIS_REST_TOKEN") ??\n  "%s";\n' % d.pos("upstash", "redis-rest-token", "A" + rs(AN, 3) + "AAIjcDE" + rs(AN, 32)) +
         'const RESEND = Deno.env.get("RESEND_API_KEY") ?? "%s";\n' % d.pos("resend", "api-key", "re_" + rs(AN, 8) + "_" + rs(AN, 24)) +
         'await start(manifest, { plugins: [] });\n')
    return [(d, t)]


@f
def bunfig(Doc):
    d = Doc("repos/design-system/bunfig.toml", "repos", "bunfig")
    t = ('[install]\nregistry = "https://registry.npmjs.org"\n\n[install.scopes]\n"@fernhollow" = { token = "%s", url = "https://npm.pkg.github.com/" }\n' % key(d, "github") +
         '"@vendor" = { username = "ci", password = "%s", url = "https://npm.vendor.example/" }\n' % apw(d))
    return [(d, t)]


@f
def persistence_xml(Doc):
    d = Doc("repos/legacy-erp/src/main/resources/META-INF/persistence.xml", "repos", "jpa-xml")
    t = ('<persistence-unit name="erp" transaction-type="RESOURCE_LOCAL">\n  <properties>\n    <property name="jakarta.persistence.jdbc.url" value="jdbc:oracle:thin:@erp-db:1521/ERP"/>\n'
         '    <property name="jakarta.persistence.jdbc.user" value="ERP_APP"/>\n    <property name="jakarta.persistence.jdbc.password" value="%s"/>\n' % pw(d) +
         '  </properties>\n</persistence-unit>\n')
    return [(d, t)]


@f
def liquibase_flyway(Doc):
    d = Doc("repos/ledger-service/liquibase.properties", "repos", "liquibase")
    t = "changeLogFile=db/changelog/master.xml\nurl=jdbc:postgresql://ledger-db:5432/ledger\nusername=ledger_owner\npassword=%s\nliquibase.hub.mode=off\n" % pw(d)
    d2 = Doc("repos/inventory-svc/flyway.conf", "repos", "flyway")
    t2 = "flyway.url=jdbc:mysql://inventory-db:3306/inventory\nflyway.user=flyway\nflyway.password=%s\nflyway.locations=filesystem:sql\n" % pw(d2)
    return [(d, t), (d2, t2)]


@f
def knex_sequelize(Doc):
    d = Doc("repos/community-web/knexfile.js", "repos", "knexfile")
    t = ("module.exports = {\n  production: {\n    client: 'pg',\n    connection: {\n      host: 'community-db.internal',\n      user: 'community',\n"
         "      password: '%s',\n      database: 'community',\n    },\n  },\n};\n" % pw(d))
    d2 = Doc("repos/legacy-portal/config/config.json", "repos", "sequelize-config")
    t2 = ('{\n  "development": {"username": "root", "password": null, "database": "portal_dev", "dialect": "mysql"},\n'
          '  "production": {"username": "portal", "password": "%s", "database": "portal", "host": "10.0.4.12", "dialect": "mysql"}\n}\n' % pw(d2))
    return [(d, t), (d2, t2)]


@f
def alembic(Doc):
    d = Doc("repos/checkout-api/alembic.ini", "repos", "alembic-ini")
    t = "[alembic]\nscript_location = migrations\nsqlalchemy.url = %s\n\n[loggers]\nkeys = root\n" % U(d, "postgresql://checkout_migrator:%s@pg-primary.internal/checkout")
    return [(d, t)]


@f
def cypress_fixture(Doc):
    d = Doc("repos/community-web/cypress/fixtures/users.json", "repos", "test-fixture")
    t = ('{\n  "_comment": "staging accounts used by the nightly suite",\n  "admin": {"email": "qa-admin@fernhollow.io", "password": "%s"},\n' % pw(d) +
         '  "fake": {"email": "nobody@example.com", "password": "%s"},\n' % d.dec("password", "test_fixture_fake", "fake-password-for-tests") +
         '  "invalid": {"email": "bad@example.com", "password": "%s"}\n}\n' % d.dec("password", "test_fixture_invalid", "wrong-password"))
    return [(d, t)]


@f
def pgpass(Doc):
    d = Doc("repos/notes/home/.pgpass", "repos", "pgpass")
    t = ("ledger-db:5432:ledger:ledger_owner:%s\n" % apw(d) + "*:*:*:readonly:%s\n" % pw(d))
    return [(d, t)]


@f
def redis_conf(Doc):
    d = Doc("repos/ops-ansible/roles/redis/files/redis.conf", "repos", "redis-conf")
    t = "bind 0.0.0.0\nport 6379\nrequirepass %s\nmasterauth %s\nmaxmemory 2gb\n" % (apw(d), apw(d))
    return [(d, t)]


@f
def keepalived(Doc):
    d = Doc("repos/ops-ansible/roles/lb/templates/keepalived.conf", "repos", "keepalived-conf")
    t = ("vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n    priority 150\n    authentication {\n        auth_type PASS\n"
         "        auth_pass %s\n    }\n    virtual_ipaddress {\n        10.0.0.100\n    }\n}\n" % d.pos("password", "password", rs(AN, 8)))
    return [(d, t)]


@f
def icinga(Doc):
    d = Doc("repos/selfhosted/icinga2/conf.d/api-users.conf", "repos", "icinga2-conf")
    t = ('object ApiUser "root" {\n  password = "%s"\n  permissions = [ "*" ]\n}\n\nobject ApiUser "grafana" {\n  password = "%s"\n  permissions = [ "objects/query/*" ]\n}\n' % (pw(d), pw(d)))
    return [(d, t)]


@f
def zabbix(Doc):
    d = Doc("repos/selfhosted/zabbix/zabbix_server.conf", "repos", "zabbix-conf")
    t = "LogFile=/var/log/zabbix/zabbix_server.log\nDBHost=zabbix-db\nDBName=zabbix\nDBUser=zabbix\nDBPassword=%s\nStartPollers=10\n" % pw(d)
    return [(d, t)]


@f
def graylog(Doc):
    d = Doc("repos/selfhosted/graylog/server.conf", "repos", "graylog-conf")
    t = ("is_leader = true\nnode_id_file = /usr/share/graylog/data/node-id\npassword_secret = %s\n" % d.pos("graylog", "password-secret", rs(AN, 96)) +
         "root_password_sha2 = %s\n" % d.dec("password", "sha256_hash", hexs(64)) + "http_bind_address = 0.0.0.0:9000\n")
    return [(d, t)]


@f
def jenkins_casc(Doc):
    d = Doc("repos/ci-jenkins/casc/jenkins.yaml", "repos", "jenkins-casc")
    t = ("jenkins:\n  securityRealm:\n    local:\n      users:\n        - id: admin\n          password: %s\n" % pw(d) +
         "credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - string:\n              id: slack-token\n              secret: %s\n" % key(d, "slack-bot") +
         "          - usernamePassword:\n              id: nexus\n              username: jenkins\n              password: \"%s\"\n" % pw(d) +
         "          - string:\n              id: sonar\n              secret: \"${SONAR_TOKEN}\"\n")
    return [(d, t)]


@f
def sonar_props(Doc):
    d = Doc("repos/selfhosted/sonarqube/sonar.properties", "repos", "sonar-properties")
    t = "sonar.jdbc.username=sonar\nsonar.jdbc.password=%s\nsonar.jdbc.url=jdbc:postgresql://sonar-db/sonar\nsonar.web.port=9000\n" % pw(d)
    return [(d, t)]


@f
def concourse(Doc):
    d = Doc("repos/ci-concourse/credentials.yml", "repos", "concourse-vars")
    t = ("git-private-key-path: ~/.ssh/ci\ngithub-access-token: %s\ndocker-password: %s\ns3-access-key-id: %s\ns3-secret-access-key: %s\n"
         % (key(d, "github"), key(d, "dockerhub"), key(d, "aws-id"), key(d, "aws-secret")) +
         "slack-channel: \"#deploys\"\n")
    return [(d, t)]


@f
def drone(Doc):
    d = Doc("repos/selfhosted/drone/server.env", "repos", "drone-env")
    t = ("DRONE_GITEA_SERVER=https://code.fernhollow.io\nDRONE_GITEA_CLIENT_ID=%s\nDRONE_GITEA_CLIENT_SECRET=%s\n" % (d.dec("gitea", "oauth_client_id", uuid()), d.pos("gitea", "oauth-client-secret", "gto_" + rs("abcdefghijklmnopqrstuvwxyz234567", 52))) +
         "DRONE_RPC_SECRET=%s\nDRONE_SERVER_HOST=drone.fernhollow.io\n" % d.pos("drone", "rpc-secret", hexs(32)))
    return [(d, t)]


@f
def codebuild(Doc):
    d = Doc("repos/webhooks-fn/buildspec.yml", "repos", "aws-codebuild")
    t = ("version: 0.2\nenv:\n  variables:\n    SNYK_TOKEN: %s\n  parameter-store:\n    DB_PASSWORD: /webhooks/prod/db-password\n" % d.pos("snyk", "api-token", uuid()) +
         "phases:\n  build:\n    commands:\n      - snyk test --severity-threshold=high\n      - npx codecov -t %s\n" % d.pos("codecov", "upload-token", uuid()))
    return [(d, t)]


@f
def cloud_init(Doc):
    d = Doc("repos/ops-images/cloud-init/user-data.yaml", "repos", "cloud-init")
    t = ("#cloud-config\nusers:\n  - name: ops\n    groups: sudo\n    shell: /bin/bash\nchpasswd:\n  expire: false\n  users:\n    - name: ops\n      password: %s\n      type: text\n" % pw(d) +
         "runcmd:\n  - tailscale up --authkey=%s --ssh\n" % key(d, "tailscale"))
    return [(d, t)]


@f
def vagrantfile(Doc):
    d = Doc("repos/legacy-erp/Vagrantfile", "repos", "vagrantfile")
    t = ('Vagrant.configure("2") do |config|\n  config.vm.box = "generic/ubuntu2204"\n  config.vm.provision "shell", inline: <<-SHELL\n'
         "    debconf-set-selections <<< 'mysql-server mysql-server/root_password password %s'\n  SHELL\nend\n" % pw(d))
    return [(d, t)]


@f
def web_config(Doc):
    d = Doc("repos/legacy-erp/web/Web.config", "repos", "aspnet-webconfig")
    t = ('<configuration>\n  <connectionStrings>\n    <add name="ErpDb" connectionString="Data Source=erp-sql01;Initial Catalog=ERP;User ID=erp_web;Password=%s" providerName="System.Data.SqlClient" />\n' % apw(d) +
         '  </connectionStrings>\n  <appSettings>\n    <add key="SendGridKey" value="%s" />\n    <add key="GoogleAnalyticsId" value="%s" />\n  </appSettings>\n</configuration>\n' % (key(d, "sendgrid"), d.dec("google", "analytics_id", "G-" + rs(UAN, 10))))
    return [(d, t)]


@f
def kubeconfig(Doc):
    d = Doc("repos/notes/home/.kube/config", "repos", "kubeconfig")
    t = ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://k8s.fernhollow.io:6443\n  name: prod\n" % d.dec("kubernetes", "ca_cert_public", b64bytes(300)) +
         "users:\n- name: ci-deployer\n  user:\n    token: %s\n" % d.pos("kubernetes", "kubeconfig-token", "eyJhbGciOiJSUzI1NiIsImtpZCI6Ik" + rs(AN, 40) + "." + b64('{"iss":"kubernetes/serviceaccount","sub":"system:serviceaccount:ci:deployer"}').rstrip("=") + "." + rs(AN + "-_", 342)) +
         "contexts:\n- context: {cluster: prod, user: ci-deployer}\n  name: prod\ncurrent-context: prod\n")
    return [(d, t)]


@f
def apps_script(Doc):
    d = Doc("repos/marketing-scripts/Code.gs", "repos", "apps-script")
    t = ("function sendDigest() {\n  var options = {\n    method: 'post',\n    headers: {\n      Authorization: 'Bearer ' +\n        '%s',\n    },\n" % key(d, "sendgrid", shape="apps-script:concat-next-line") +
         "    contentType: 'application/json',\n  };\n  UrlFetchApp.fetch('https://api.sendgrid.com/v3/mail/send', options);\n}\n")
    return [(d, t)]


@f
def vba(Doc):
    d = Doc("repos/finance-reports/macros/RefreshData.bas", "repos", "vba")
    t = ('Attribute VB_Name = "RefreshData"\nSub Refresh()\n    Dim conn As New ADODB.Connection\n'
         '    conn.Open "Provider=SQLOLEDB;Data Source=erp-sql01;Initial Catalog=ERP;User Id=excel_ro;Password=%s;"\n' % apw(d) +
         '    Sheets("Data").Range("A2").CopyFromRecordset conn.Execute("exec dbo.MonthlySales")\nEnd Sub\n')
    return [(d, t)]


@f
def bruno(Doc):
    d = Doc("repos/checkout-api/bruno/environments/staging.bru", "repos", "bruno-env")
    t = ("vars {\n  baseUrl: https://staging.fernhollow.io\n  stripeKey: %s\n  adminPassword: %s\n}\nvars:secret [\n  prodToken\n]\n" % (key(d, "stripe"), pw(d)))
    return [(d, t)]


@f
def k6(Doc):
    d = Doc("repos/checkout-api/loadtest/checkout.js", "repos", "k6-script")
    t = ("import http from 'k6/http';\n\nexport const options = { vus: 50, duration: '5m' };\nconst TOKEN = __ENV.API_TOKEN || '%s';\n\n" % d.pos("fernhollow", "internal-api-token", "fh_live_" + rs(AN, 32)) +
         "export default function () {\n  http.post('https://staging.fernhollow.io/api/checkout', JSON.stringify({ sku: 'A-1' }), {\n    headers: { Authorization: `Bearer ${TOKEN}` },\n  });\n}\n")
    return [(d, t)]


@f
def locust(Doc):
    d = Doc("repos/rides-backend/loadtest/locustfile.py", "repos", "locust")
    t = ('from locust import HttpUser, task\n\nUSERS = [\n    ("driver1@fernhollow.io", "%s"),\n    ("driver2@fernhollow.io", "%s"),\n]\n\n' % (pw(d), pw(d)) +
         'class Rider(HttpUser):\n    @task\n    def book(self):\n        self.client.post("/rides", json={"from": "A", "to": "B"})\n')
    return [(d, t)]


@f
def salt_pillar(Doc):
    d = Doc("repos/ops-salt/pillar/db.sls", "repos", "salt-pillar")
    t = ("postgres:\n  users:\n    app:\n      password: '%s'\n    replicator:\n      password: '%s'\n" % (pw(d), pw(d)) +
         "  backup:\n    s3_key_id: %s\n    s3_secret: %s\n" % (key(d, "aws-id"), key(d, "aws-secret")))
    return [(d, t)]


@f
def hiera(Doc):
    d = Doc("repos/ops-puppet/data/common.yaml", "repos", "hiera")
    t = ("---\nprofile::mysql::root_password: '%s'\nprofile::monitoring::newrelic_key: '%s'\n" % (pw(d), key(d, "newrelic")) +
         "profile::base::motd_checksum: '%s'\nprofile::ldap::bind_pw: >\n  ENC[PKCS7,%s]\n" % (d.dec("puppet", "sha1", hexs(40)), d.dec("hiera", "eyaml_encrypted", b64bytes(120))))
    return [(d, t)]


@f
def chef_databag(Doc):
    d = Doc("repos/ops-chef/data_bags/apps/checkout.json", "repos", "chef-databag")
    t = ('{\n  "id": "checkout",\n  "db_password": "%s",\n  "datadog": {"api_key": "%s", "app_key": "%s"}\n}\n' % (pw(d), key(d, "datadog-api"), key(d, "datadog-app")))
    return [(d, t)]


@f
def bazelrc(Doc):
    d = Doc("repos/monorepo/.bazelrc", "repos", "bazelrc")
    t = ("build --remote_cache=grpcs://remote.buildbuddy.io\nbuild --remote_header=x-buildbuddy-api-key=%s\n" % d.pos("buildbuddy", "api-key", rs(AN, 20)) +
         "build --bes_results_url=https://app.buildbuddy.io/invocation/\nbuild --workspace_status_command=tools/status.sh\n")
    return [(d, t)]


@f
def gradle_props(Doc):
    d = Doc("repos/android-sdk/gradle.properties", "repos", "gradle-properties")
    t = ("org.gradle.jvmargs=-Xmx4g\nsigning.keyId=%s\nsigning.password=%s\n" % (d.dec("gpg", "key_id", rs("0123456789ABCDEF", 8)), pw(d)) +
         "mavenCentralUsername=%s\nmavenCentralPassword=%s\n" % (d.dec("sonatype", "token_username", rs(AN, 8)), d.pos("sonatype", "user-token-password", rs(AN + "+/", 44))))
    return [(d, t)]


@f
def cargo_creds(Doc):
    d = Doc("repos/notes/home/.cargo/credentials.toml", "repos", "cargo-credentials")
    t = '[registry]\ntoken = "%s"\n\n[registries.fernhollow]\ntoken = "Bearer %s"\n' % (d.pos("cratesio", "api-token", "cio" + rs(AN, 32)), d.pos("cloudsmith", "api-key", hexs(40)))
    return [(d, t)]


@f
def pip_conf(Doc):
    d = Doc("repos/notes/home/.config/pip/pip.conf", "repos", "pip-conf")
    t = "[global]\nindex-url = %s\ntimeout = 60\n" % U(d, "https://pypi-reader:%s@nexus.fernhollow.io/repository/pypi-all/simple")
    return [(d, t)]


@f
def yarnrc(Doc):
    d = Doc("repos/design-system/.yarnrc.yml", "repos", "yarnrc")
    t = ('nodeLinker: node-modules\nnpmScopes:\n  fernhollow:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAuthToken: "%s"\n' % key(d, "github") +
         'npmRegistries:\n  "https://registry.npmjs.org":\n    npmAuthToken: "${NPM_TOKEN}"\n')
    return [(d, t)]


@f
def nuget_config(Doc):
    d = Doc("repos/portal/NuGet.Config", "repos", "nuget-config")
    t = ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSourceCredentials>\n    <fernhollow>\n      <add key="Username" value="ci" />\n'
         '      <add key="ClearTextPassword" value="%s" />\n    </fernhollow>\n  </packageSourceCredentials>\n' % key(d, "github") +
         '  <apikeys>\n    <add key="https://api.nuget.org/v3/index.json" value="%s" />\n  </apikeys>\n</configuration>\n' % d.pos("nuget", "api-key", "oy2" + rs(LAN, 43)))
    return [(d, t)]


@f
def postman_env(Doc):
    d = Doc("repos/partner-api/postman/prod.postman_environment.json", "repos", "postman-environment")
    t = ('{\n  "id": "%s",\n  "name": "prod",\n  "values": [\n' % d.dec("postman", "environment_id", uuid()) +
         '    {"key": "baseUrl", "value": "https://api.fernhollow.io", "enabled": true},\n    {"key": "clientSecret", "value": "%s", "type": "secret", "enabled": true},\n' % d.pos("auth0", "client-secret", rs(AN + "-_", 64)) +
         '    {"key": "clientId", "value": "%s", "enabled": true},\n    {"key": "adminPassword", "value": "%s", "type": "secret", "enabled": true}\n  ]\n}\n' % (d.dec("auth0", "client_id", rs(AN, 32)), pw(d)))
    return [(d, t)]


@f
def rundeck(Doc):
    d = Doc("repos/selfhosted/rundeck/realm.properties", "repos", "jetty-realm")
    t = "admin:%s,user,admin\nops:%s,user\nauditor:%s,user\n" % (pw(d), pw(d), d.dec("password", "md5_hash", "MD5:" + hexs(32)))
    return [(d, t)]


@f
def awx(Doc):
    d = Doc("repos/selfhosted/awx/awx-secret.yaml", "repos", "k8s-secret-stringdata")
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: awx-admin-password\nstringData:\n  password: %s\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: awx-secret-key\nstringData:\n  secret_key: %s\n"
         % (pw(d), d.pos("awx", "secret-key", rs(AN, 40))))
    return [(d, t)]


@f
def wifi_note(Doc):
    d = Doc("repos/notes/office/network.txt", "repos", "prose-note")
    t = ("Office network\n--------------\nStaff SSID: FH-Staff   key: %s\nGuest SSID: FH-Guest   key: %s\n" % (pw(d), pw(d, no_space=False)) +
         "Switch admin (HPE 1920): admin / %s\nPrinter PIN %s\n" % (pw(d), d.dec("printer", "pin", digits(4))))
    return [(d, t)]


@f
def ticket_csv(Doc):
    d = Doc("repos/notes/exports/it-tickets.csv", "repos", "csv")
    t = ('ticket,opened_by,comment\nIT-902,leona,"Laptop setup done. BIOS password set to %s, BitLocker key in the vault."\n' % pw(d) +
         'IT-903,kofi,"Reset Jira password for ines to %s (temp)"\n' % pw(d) +
         'IT-904,ramon,"VPN cert serial %s revoked"\n' % d.dec("vpn", "cert_serial", hexs(16)))
    return [(d, t)]


@f
def bash_history(Doc):
    d = Doc("repos/notes/home/.bash_history", "repos", "bash-history")
    t = ("cd /srv/app\nsudo systemctl restart app\nredis-cli -a '%s' info replication\n" % pw(d) +
         "mongosh \"%s\"\n" % U(d, "mongodb://admin:%s@mongo-0.internal:27017/?authSource=admin") +
         "export ANTHROPIC_API_KEY=%s\nhtpasswd -b /etc/nginx/.htpasswd ops '%s'\nhistory -c\n" % (key(d, "anthropic"), pw(d)))
    return [(d, t)]


def build(Doc):
    out = []
    for fn in FILES:
        out += fn(Doc)
    return out
