"""repos/ templates, part 2: k8s add-ons, tooling, chat servers, scripts in unusual languages, records."""
import json

from vals20 import xpw, upw, R, rs, hx, HX, uuid, b64, b64_bytes, password, passphrase, AN, ANL, ANU, B64U, w, NAMES
import keys20 as K


def velero(d, p):
    kid, sec = K.aws_id(), K.aws_secret()
    creds = "[default]\naws_access_key_id=%s\naws_secret_access_key=%s\n" % (kid, sec)
    enc = b64(creds)
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: cloud-credentials\n  namespace: velero\ntype: Opaque\ndata:\n"
            "  cloud: %s%s\n" % (d.pos("aws", "access-key-id", kid, shown="", encoded="base64", encoded_value=enc, accept=[enc]),
                                 d.pos("aws", "secret-access-key", sec, shown=enc, encoded="base64", encoded_value=enc, accept=[enc])) +
            "---\napiVersion: velero.io/v1\nkind: BackupStorageLocation\nmetadata:\n  name: default\n  namespace: velero\nspec:\n  provider: aws\n"
            "  objectStorage:\n    bucket: %s-velero\n  config:\n    region: eu-central-1\n    checksumAlgorithm: \"%s\"\n" % (p, d.dec("velero", "algorithm_name", "CRC32")))


def cert_manager(d, p):
    tok = rs(40, B64U)
    enc = b64(tok)
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: cloudflare-api-token\n  namespace: cert-manager\ntype: Opaque\ndata:\n"
            "  api-token: %s\n" % d.pos("cloudflare", "api-token", tok, shown=enc, encoded="base64", encoded_value=enc, accept=[enc]) +
            "---\napiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata:\n  name: letsencrypt\nspec:\n  acme:\n    email: ops@%s.io\n" % p +
            "    server: https://acme-v02.api.letsencrypt.org/directory\n    privateKeySecretRef:\n      name: %s\n" % d.dec("cert-manager", "secret_name", "letsencrypt-account-key") +
            "    solvers:\n    - dns01:\n        cloudflare:\n          apiTokenSecretRef:\n            name: cloudflare-api-token\n            key: api-token\n")


def longhorn(d, p):
    kid, sec = "GK" + hx(24), hx(64)
    e1, e2 = b64(kid), b64(sec)
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: longhorn-backup-target\n  namespace: longhorn-system\ntype: Opaque\ndata:\n"
            "  AWS_ACCESS_KEY_ID: %s\n" % d.dec("garage", "access_key_id_base64", e1) +
            "  AWS_SECRET_ACCESS_KEY: %s\n" % d.pos("garage", "s3-secret-key", sec, shown=e2, encoded="base64", encoded_value=e2, accept=[e2]) +
            "  AWS_ENDPOINTS: %s\n" % d.dec("garage", "endpoint_base64", b64("https://s3.garage.%s.lan" % p)))


def kaniko(d, p):
    user, pw = "%s-ci" % p, password()
    auth = b64(user + ":" + pw)
    return ("{\n  \"auths\": {\n    \"registry.%s.dev\": {\n" % p +
            "      \"auth\": \"%s\"\n    },\n" % d.pos("docker", "config-auth", pw, shown=auth, encoded="base64", encoded_value=auth, accept=[auth, user + ":" + pw]) +
            "    \"ghcr.io\": {\n      \"identitytoken\": \"%s\"\n    }\n  },\n" % d.dec("docker", "env_reference", "${GHCR_TOKEN}") +
            "  \"credHelpers\": {\"%d.dkr.ecr.eu-west-1.amazonaws.com\": \"ecr-login\"}\n}\n" % R.randrange(10 ** 11, 10 ** 12))


def dokku(d, p):
    return ("# dokku config:show %s (pasted into the migration ticket)\n=====> %s env vars\n" % (p, p) +
            "DATABASE_URL:             %s\n" % d.secret("postgres", "url-password", "postgres://postgres:%s@dokku-postgres-%s:5432/%s" % (hx(32), p, p)) +
            "DOKKU_APP_RESTORE:        1\nDOKKU_PROXY_PORT:         %s\n" % d.dec("dokku", "number", "80") +
            "GIT_REV:                  %s\n" % d.dec("dokku", "commit_sha", hx(40)) +
            "SECRET_KEY_BASE:          %s\n" % d.pos("generic", "secret-key", hx(128)) +
            "SENTRY_DSN:               %s\n" % d.dec("sentry", "dsn", K.sentry_dsn()))


def caprover(d, p):
    return ("{\n  \"schemaVersion\": 2,\n  \"dockerfileLines\": [\"FROM node:20-alpine\", \"COPY . .\", \"CMD node server.js\"],\n"
            "  \"envVars\": {\n    \"SMTP_PASS\": \"%s\",\n" % d.pos("generic", "password", password()) +
            "    \"LINEAR_API_KEY\": \"%s\",\n" % d.pos("linear", "api-key", K.linear()) +
            "    \"PUBLIC_GA_ID\": \"%s\"\n  }\n}\n" % d.dec("google", "measurement_id", K.ga_id()))


def bunfig(d, p):
    return ("[install]\nexact = true\n\n[install.scopes]\n"
            "\"@%s\" = { token = \"%s\", url = \"https://npm.pkg.github.com/\" }\n" % (p, d.pos("github", "personal-access-token", K.github())) +
            "\"@vendor\" = { username = \"ci\", password = \"%s\", url = \"https://nexus.%s.dev/repository/npm/\" }\n" % (d.pos("generic", "password", password()), p) +
            "\"@public\" = { token = \"%s\", url = \"https://registry.npmjs.org/\" }\n" % d.dec("bun", "env_reference", "$NPM_TOKEN"))


def conan(d, p):
    return json.dumps({"credentials": [{"remote": "%s-artifactory" % p, "user": "ci", "password": "\x00A"},
                                       {"remote": "conancenter", "user": "anon", "password": "\x00B"}]}, indent=4).replace(
        '"\\u0000A"', '"%s"' % d.pos("jfrog", "reference-token", "cmVmdGtuOjAxOjE3" + rs(48, AN))).replace(
        '"\\u0000B"', '"%s"' % d.dec("conan", "env_reference", "${CONAN_PASSWORD}")) + "\n"


def truffle(d, p):
    return ("const HDWalletProvider = require('@truffle/hdwallet-provider');\n\n"
            "const mnemonic = '%s';\n" % d.pos("ethereum", "mnemonic", " ".join(R.choice(__import__("vals20").BIP39) for _ in range(12))) +
            "module.exports = {\n  networks: {\n    sepolia: {\n"
            "      provider: () => new HDWalletProvider(mnemonic, '%s'),\n" % d.pos("infura", "rpc-url", "https://sepolia.infura.io/v3/" + hx(32)) +
            "      network_id: 11155111,\n      from: '%s',\n    },\n  },\n};\n" % d.dec("ethereum", "address", "0x" + hx(40)))


def circuitpython(d, p):
    return ("# settings.toml on the CIRCUITPY drive\nCIRCUITPY_WIFI_SSID = \"%s-lab\"\n" % p +
            "CIRCUITPY_WIFI_PASSWORD = \"%s\"\n" % d.pos("wifipsk", "passphrase", password()) +
            "ADAFRUIT_AIO_USERNAME = \"%s\"\n" % d.dec("adafruit", "username", R.choice(NAMES).lower()) +
            "ADAFRUIT_AIO_KEY = \"%s\"\n" % d.pos("adafruit", "io-key", "aio_" + rs(28, AN)))


def jcl(d, p):
    return ("//%sFTP  JOB (ACCT),'NIGHTLY PUSH',CLASS=A,MSGCLASS=X\n" % p.upper()[:4] +
            "//STEP1    EXEC PGM=FTP,PARM='(EXIT'\n//SYSPRINT DD SYSOUT=*\n//INPUT    DD *\nftp.partner.example.com\n"
            "%sXFR\n%s\n" % (p.upper()[:4], d.pos("generic", "password", rs(8, ANU))) +
            "PUT 'PROD.DAILY.EXTRACT' extract.dat\nQUIT\n/*\n//* RACF ID %s\n" % d.dec("jcl", "userid", "OPS%03d" % R.randrange(1000)))


def stata(d, p):
    return ("* pull survey wave from the API\nclear all\nlocal token \"%s\"\n" % d.pos("generic", "api-token", hx(32)) +
            "odbc load, exec(\"SELECT * FROM wave3\") conn(\"DRIVER={PostgreSQL};SERVER=db.%s.edu;UID=stata;PWD=%s\")\n" % (p, d.pos("generic", "password", password())) +
            "* codebook checksum %s\n" % d.dec("stata", "md5_checksum", hx(32)))


def irssi(d, p):
    return ("servers = (\n  {\n    address = \"irc.libera.chat\";\n    chatnet = \"Libera\";\n    port = \"6697\";\n    use_tls = \"yes\";\n"
            "    password = \"%s/libera:%s\";\n" % (R.choice(NAMES).lower(), d.pos("generic", "password", password())) +
            "    autoconnect = \"yes\";\n  }\n);\nchatnets = {\n  Libera = {\n    type = \"IRC\";\n"
            "    autosendcmd = \"/msg NickServ IDENTIFY %s; wait 2000\";\n" % d.pos("generic", "password", password()) +
            "  };\n};\nsettings = { core = { real_name = \"%s\"; }; };\n" % d.dec("irssi", "name", "Marek"))


def weechat(d, p):
    return ("# weechat sec.conf (passphrase not set: data below is plain)\n[crypt]\ncipher = aes256\nhash_algo = sha256\npassphrase_command = \"\"\n\n[data]\n"
            "libera_sasl = \"%s\"\n" % d.pos("generic", "password", password()) +
            "znc_pass = \"%s\"\n" % d.pos("generic", "password", password()) +
            "__passphrase__ = %s\n" % d.dec("weechat", "boolean", "off"))


def znc(d, p):
    return ("Version = 1.9.0\n<Listener l>\n\tPort = 6697\n\tSSL = true\n</Listener>\n<User %s>\n\t<Pass password>\n" % p +
            "\t\tMethod = sha256\n\t\tHash = %s\n\t\tSalt = %s\n\t</Pass>\n" % (d.dec("znc", "sha256_password_hash", K.sha256()), d.dec("znc", "salt", rs(20, AN + "!?;:-_"))) +
            "\t<Network libera>\n\t\tServer = irc.libera.chat +6697 %s\n" % d.pos("generic", "password", password()) +
            "\t\tLoadModule = nickserv\n\t</Network>\n</User>\n")


def tfrc(d, p):
    return json.dumps({"credentials": {"app.terraform.io": {"token": "\x00T"}, "tfe.%s.internal" % p: {"token": "\x00U"}}}, indent=2).replace(
        '"\\u0000T"', '"%s"' % d.pos("terraform", "cloud-token", K.tfc())).replace(
        '"\\u0000U"', '"%s"' % d.dec("terraform", "placeholder", "REPLACE_WITH_TEAM_TOKEN")) + "\n"


def proxmox(d, p):
    return ("terraform {\n  required_providers {\n    proxmox = { source = \"bpg/proxmox\" }\n  }\n}\n\n"
            "provider \"proxmox\" {\n  endpoint  = \"https://pve.%s.lan:8006/\"\n" % p +
            "  api_token = \"terraform@pve!provider=%s\"\n" % d.pos("proxmox", "api-token", uuid()) +
            "  insecure  = true\n  ssh {\n    username = \"root\"\n    password = \"%s\"\n  }\n}\n" % d.pos("generic", "password", password()) +
            "# template vm id %s\n" % d.dec("proxmox", "number", "9000"))


def autohotkey(d, p):
    return ("; login helper for the legacy ERP client\n#Requires AutoHotkey v2.0\n^!l:: {\n    Send \"jdoe{Tab}\"\n"
            "    Send \"%s{Enter}\"\n}\n" % d.pos("generic", "password", password()) +
            "^!v:: Run \"https://vpn.%s.com/?realm=%s\"\n" % (p, d.dec("autohotkey", "realm_name", "Employees")))


def applescript(d, p):
    return ("-- mount the studio share at login\nset sharePass to \"%s\"\n" % d.pos("generic", "password", password()) +
            "mount volume \"smb://studio.%s.lan/projects\" as user name \"editor\" with password sharePass\n" % p +
            "display notification \"mounted\" with title \"%s\"\n" % d.dec("applescript", "title", "Studio"))


def vba(d, p):
    return ("Attribute VB_Name = \"ModReport\"\nOption Explicit\n\nPublic Sub RefreshSales()\n    Dim cn As Object\n"
            "    Set cn = CreateObject(\"ADODB.Connection\")\n"
            "    cn.Open \"Provider=MSOLEDBSQL;Server=sql01.%s.local;Database=Sales;User ID=excel_ro;Password=%s;\"\n" % (p, d.pos("generic", "password", password())) +
            "    ' sheet guid %s\n    cn.Close\nEnd Sub\n" % d.dec("vba", "guid", "{" + uuid().upper() + "}"))


def apps_script(d, p):
    return ("const SHEET_ID = '%s';\n" % d.dec("google", "sheet_id", "1" + rs(43, AN + "-_")) +
            "const OPENWEATHER_KEY = '%s';\n\n" % d.pos("openweather", "api-key", hx(32)) +
            "function pull() {\n  const res = UrlFetchApp.fetch('https://api.airtable.com/v0/app%s/Orders', {\n" % rs(14, AN) +
            "    headers: { Authorization: 'Bearer %s' },\n  });\n" % d.pos("airtable", "personal-access-token", "pat" + rs(14, AN) + "." + hx(64)) +
            "  SpreadsheetApp.openById(SHEET_ID).getSheetByName('raw').appendRow([res.getContentText()]);\n}\n")


def thunder(d, p):
    return json.dumps({"_id": uuid(), "name": "%s-staging" % p, "default": False,
                       "data": [{"name": "baseUrl", "value": "https://staging.%s.io" % p},
                                {"name": "adminPassword", "value": "\x00P"},
                                {"name": "hfToken", "value": "\x00H"},
                                {"name": "tenantId", "value": "\x00T"}]}, indent=2).replace(
        '"\\u0000P"', '"%s"' % d.pos("generic", "password", password())).replace(
        '"\\u0000H"', '"%s"' % d.pos("huggingface", "access-token", K.hf())).replace(
        '"\\u0000T"', '"%s"' % d.dec("thunder", "tenant_uuid", uuid())) + "\n"


def artillery(d, p):
    return ("config:\n  target: \"https://api.%s.io\"\n  phases:\n    - duration: 120\n      arrivalRate: 20\n" % p +
            "  variables:\n    apiKey: \"%s\"\n" % d.pos("groq", "api-key", K.groq()) +
            "scenarios:\n  - flow:\n      - post:\n          url: \"/login\"\n          json:\n            username: \"loadtest\"\n"
            "            password: \"%s\"\n" % d.pos("generic", "password", password()) +
            "      - get:\n          url: \"/items/%s\"\n" % d.dec("artillery", "item_uuid", uuid()))


def gatling(d, p):
    return ("import io.gatling.core.Predef._\nimport io.gatling.http.Predef._\n\nclass CheckoutSimulation extends Simulation {\n"
            "  val httpProtocol = http.baseUrl(\"https://shop.%s.com\")\n" % p +
            "    .header(\"X-Api-Key\", \"%s\")\n" % d.pos("generic", "api-key", rs(40, AN)) +
            "    .basicAuth(\"perf\", \"%s\")\n" % d.pos("generic", "password", password()) +
            "  val scn = scenario(\"checkout\").exec(http(\"cart\").get(\"/cart/%s\"))\n" % d.dec("gatling", "cart_uuid", uuid()) +
            "  setUp(scn.inject(rampUsers(200).during(60))).protocols(httpProtocol)\n}\n")


def cucumber(d, p):
    return ("Feature: Admin login\n\n  Background:\n    Given the admin portal at \"https://admin.staging.%s.io\"\n\n" % p +
            "  Scenario: admin signs in\n    When I sign in as \"qa-admin\" with password \"%s\"\n" % d.pos("generic", "password", password()) +
            "    Then I see the dashboard\n\n  Scenario: wrong password is refused\n"
            "    When I sign in as \"qa-admin\" with password \"%s\"\n    Then I see \"Invalid credentials\"\n" % d.dec("cucumber", "test_fixture_wrong_password", "not-the-password"))


def sqitch(d, p):
    return ("[core]\n\tengine = pg\n\ttop_dir = db\n[engine \"pg\"]\n\ttarget = prod\n"
            "[target \"prod\"]\n\turi = %s\n" % d.secret("postgres", "url-password", "db:pg://sqitch:%s@db.%s.internal/%s" % (upw(), p, p)) +
            "[target \"local\"]\n\turi = %s\n" % d.dec("sqitch", "url_without_password", "db:pg:///%s_dev" % p))


def dbeaver(d, p):
    return json.dumps({"folders": {}, "connections": {"postgres-jdbc-%s" % hx(12): {
        "provider": "postgresql", "driver": "postgres-jdbc", "name": "%s prod (read only)" % p, "save-password": True,
        "configuration": {"host": "db.%s.internal" % p, "port": "5432", "database": p, "user": "analyst", "password": "\x00P",
                          "auth-model": "native"}}}}, indent=1).replace(
        '"\\u0000P"', '"%s"' % d.pos("generic", "password", password())) + "\n"


def ejabberd(d, p):
    return ("hosts:\n  - chat.%s.org\nsql_type: pgsql\nsql_server: localhost\nsql_database: ejabberd\nsql_username: ejabberd\n" % p +
            "sql_password: \"%s\"\n" % d.pos("generic", "password", password()) +
            "auth_method: [sql]\nauth_password_format: scram\nacl:\n  admin:\n    user: admin@chat.%s.org\n" % p +
            "modules:\n  mod_push: {}\n  mod_http_upload:\n    put_url: https://chat.%s.org:5443/upload\n    secret_length: %s\n" % (p, d.dec("ejabberd", "number", "40")))


def prosody(d, p):
    return ("admins = { \"admin@%s.chat\" }\nmodules_enabled = { \"roster\"; \"saslauth\"; \"tls\"; \"turn_external\" }\n" % p +
            "turn_external_secret = \"%s\"\n" % d.pos("generic", "shared-secret", rs(32, AN)) +
            "VirtualHost \"%s.chat\"\n\nComponent \"conference.%s.chat\" \"muc\"\n" % (p, p) +
            "Component \"bridge.%s.chat\"\n    component_secret = \"%s\"\n" % (p, d.pos("generic", "component-secret", password())) +
            "-- certificate sha1 %s\n" % d.dec("prosody", "sha1_fingerprint", hx(40)))


def coturn(d, p):
    return ("listening-port=3478\ntls-listening-port=5349\nfingerprint\nuse-auth-secret\n"
            "static-auth-secret=%s\n" % d.pos("generic", "shared-secret", hx(64)) +
            "realm=turn.%s.net\nuser=guest:%s\n" % (p, d.pos("generic", "password", password())) +
            "# user=demo:0x%s (key form, from the docs)\n" % d.dec("coturn", "docs_example_key", "bc807ee29df3c9ffa736523fb2c4e8ee") +
            "no-cli\n")


def jitsi(d, p):
    return ("CONFIG=~/.jitsi-meet-cfg\nPUBLIC_URL=https://meet.%s.org\nENABLE_AUTH=1\n" % p +
            "JICOFO_AUTH_PASSWORD=%s\n" % d.pos("generic", "password", hx(32)) +
            "JVB_AUTH_PASSWORD=%s\n" % d.pos("generic", "password", hx(32)) +
            "JIBRI_RECORDER_PASSWORD=%s\n" % d.pos("generic", "password", hx(32)) +
            "JIBRI_XMPP_PASSWORD=\n" +
            "JWT_APP_ID=%s\n" % d.dec("jitsi", "app_id", "%s_meet" % p))


def freeswitch(d, p):
    return ("<include>\n  <X-PRE-PROCESS cmd=\"set\" data=\"default_password=%s\"/>\n" % d.pos("generic", "password", str(R.randrange(10 ** 7, 10 ** 8))) +
            "  <X-PRE-PROCESS cmd=\"set\" data=\"domain=pbx.%s.lan\"/>\n" % p +
            "  <X-PRE-PROCESS cmd=\"set\" data=\"external_sip_ip=stun:stun.freeswitch.org\"/>\n"
            "  <!-- gateway to the SIP trunk -->\n  <X-PRE-PROCESS cmd=\"set\" data=\"trunk_password=%s\"/>\n" % d.pos("generic", "password", xpw()) +
            "  <X-PRE-PROCESS cmd=\"set\" data=\"sound_prefix=%s\"/>\n</include>\n" % d.dec("freeswitch", "path", "$${sounds_dir}/en/us/callie"))


def eml(d, p):
    return ("From: Anouk <anouk@%s.nl>\nTo: ops@%s.nl\nSubject: handover staging box\nDate: Tue, 03 Nov 2026 09:12:44 +0100\n" % (p, p) +
            "Message-ID: <%s@%s.nl>\nContent-Type: text/plain; charset=utf-8\n\n" % (d.dec("email", "message_id", uuid()), p) +
            "Hi all,\n\nbefore I leave: the staging admin is admin / %s\n" % d.pos("generic", "password", password()) +
            "and the Mailgun key for the test domain is %s\n" % d.pos("mailgun", "api-key", K.mailgun()) +
            "Please rotate both after the launch.\n\nAnouk\n")


def zsh_history(d, p):
    return (": 1762161101:0;cd ~/src/%s\n" % p +
            ": 1762161140:0;export GITLAB_TOKEN=%s\n" % d.pos("gitlab", "personal-access-token", K.gitlab()) +
            ": 1762161188:0;mysql -h db.%s.internal -u root -p'%s' shop\n" % (p, d.pos("generic", "password", password())) +
            ": 1762161250:0;git log -1 --format=%%H  # %s\n" % d.dec("git", "commit_sha", hx(40)) +
            ": 1762161302:0;curl -s -H 'Authorization: Bearer %s' https://api.digitalocean.com/v2/droplets\n" % d.pos("digitalocean", "token", K.digitalocean()) +
            ": 1762161340:0;redis-cli -a %s --no-auth-warning info\n" % d.pos("generic", "password", rs(24, AN)))


def psql_history(d, p):
    return ("\\dt\nALTER ROLE reporting WITH PASSWORD '%s';\n" % d.pos("generic", "password", password()) +
            "CREATE USER grafana WITH ENCRYPTED PASSWORD '%s';\n" % d.pos("generic", "password", password()) +
            "SELECT md5('%s');\n" % d.dec("postgres", "test_string", "hello") +
            "ALTER ROLE app PASSWORD '%s';\n" % d.dec("postgres", "scram_hash", "SCRAM-SHA-256$4096:" + b64_bytes(16) + "$" + b64_bytes(32) + ":" + b64_bytes(32)))


def mysql_history(d, p):
    return ("_HiStOrY_V2_\nshow\\040databases;\n"
            "CREATE\\040USER\\040'backup'@'localhost'\\040IDENTIFIED\\040BY\\040'%s';\n" % d.pos("generic", "password", password()) +
            "SET\\040PASSWORD\\040FOR\\040'wp'@'%%'\\040=\\040'%s';\n" % d.pos("generic", "password", password()) +
            "select\\040*\\040from\\040wp_users\\040where\\040user_pass='%s';\n" % d.dec("wordpress", "phpass_hash", "$P$B" + rs(30, AN + "./")))


def python_history(d, p):
    return ("import boto3\n"
            "s3 = boto3.client('s3', aws_access_key_id='%s', aws_secret_access_key='%s')\n" % (d.pos("aws", "access-key-id", K.aws_id()), d.pos("aws", "secret-access-key", K.aws_secret())) +
            "s3.list_buckets()\nimport uuid; uuid.uuid4()\n'%s'\n" % d.dec("python", "uuid", uuid()) +
            "from anthropic import Anthropic\nc = Anthropic(api_key='%s')\n" % d.pos("anthropic", "api-key", K.anthropic()))


def node_repl(d, p):
    return ("const { Client } = require('pg')\n"
            "const c = new Client({ host: 'db.%s.internal', user: 'admin', password: '%s' })\n" % (p, d.pos("generic", "password", password())) +
            "await c.connect()\nconst Stripe = require('stripe')\n"
            "const stripe = Stripe('%s')\n" % d.pos("stripe", "secret-key", K.stripe_live()) +
            "await stripe.customers.retrieve('%s')\n" % d.dec("stripe", "customer_id", "cus_" + rs(14, AN)) +
            "const tw = require('twilio')('%s', '%s')\n" % (d.dec("twilio", "account_sid", K.twilio_sid()), d.pos("twilio", "auth-token", hx(32))) +
            "await tw.messages.create({ from: '+4915%d', to: '+4917%d', body: 'test' })\n" % (R.randrange(10 ** 7, 10 ** 8), R.randrange(10 ** 7, 10 ** 8)))


def docker_inspect(d, p):
    return ("[\n    {\n        \"Id\": \"%s\",\n        \"Name\": \"/%s-worker-1\",\n        \"Config\": {\n            \"Env\": [\n" % (d.dec("docker", "container_id", hx(64)), p) +
            "                \"QUEUE_URL=%s\",\n" % d.secret("rabbitmq", "url-password", "amqp://worker:%s@rabbitmq:5672/%s" % (upw(), p)) +
            "                \"SENDGRID_API_KEY=%s\",\n" % d.pos("sendgrid", "api-key", K.sendgrid()) +
            "                \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\n"
            "                \"NODE_VERSION=20.18.0\"\n            ],\n"
            "            \"Image\": \"%s\"\n        }\n    }\n]\n" % d.dec("docker", "image_digest", "sha256:" + hx(64)))


def ps_notes(d, p):
    return ("# Incident 2026-11-02: runaway backup job\n\nOutput of `ps auxww | grep dump` on db02:\n\n```\n"
            "postgres 21877  3.1  0.4 pg_dump --dbname=postgresql://backup:%s@localhost/%s -Fc -f /backup/%s.dump\n" % (d.pos("generic", "password", password()), p, p) +
            "root     21880  0.0  0.0 mysqldump -uroot --password=%s --all-databases\n" % d.pos("generic", "password", password()) +
            "root     21911  0.0  0.0 grep dump\n```\n\nBoth passwords rotated on 2026-11-03 (ticket %s).\n" % d.dec("ticket", "ticket_id", "OPS-%d" % R.randrange(1000, 9999)))


def heroku_config(d, p):
    return ("$ heroku config -a %s\n=== %s Config Vars\n" % (p, p) +
            "DATABASE_URL:        %s\n" % d.secret("postgres", "url-password", "postgres://u%s:p%s@ec2-3-%d-%d-%d.compute-1.amazonaws.com:5432/d%s" % (rs(13, ANL), hx(64), R.randrange(255), R.randrange(255), R.randrange(255), rs(13, ANL))) +
            "NEW_RELIC_LICENSE_KEY: %s\n" % d.pos("newrelic", "license-key", hx(36) + "NRAL") +
            "PAPERTRAIL_API_TOKEN: %s\n" % d.pos("papertrail", "api-token", rs(20, AN)) +
            "WEB_CONCURRENCY:     %s\n" % d.dec("heroku", "number", "2"))


def slack_export(d, p):
    msgs = [{"type": "message", "user": "U%s" % rs(10, ANU), "text": "\x00A", "ts": "1762161101.000200"},
            {"type": "message", "user": "U%s" % rs(10, ANU), "text": "\x00B", "ts": "1762161188.000300"},
            {"type": "message", "user": "U%s" % rs(10, ANU), "text": "\x00C", "ts": "1762161250.000400"}]
    t = json.dumps(msgs, indent=4)
    pw = password()
    t = t.replace('"\\u0000A"', '"the wifi in the new office is %s"' % d.pos("generic", "password", pw))
    t = t.replace('"\\u0000B"', '"staging grafana: admin \\/ %s"' % d.pos("generic", "password", password()))
    t = t.replace('"\\u0000C"', '"build %s is green"' % d.dec("slack", "build_uuid", uuid()))
    return t + "\n"


def jira_csv(d, p):
    return ("Issue key,Summary,Description,Created\n"
            "%s-101,\"SFTP for vendor\",\"Account created: user vendor_upload, password %s - please send over Signal\",2026-10-01 10:12\n" % (p.upper()[:3], d.pos("generic", "password", password())) +
            "%s-102,\"Rotate HF token\",\"Old token %s leaked in a notebook; revoked\",2026-10-02 09:00\n" % (p.upper()[:3], d.dec("huggingface", "truncated", K.hf()[:10] + "...")) +
            "%s-103,\"CI token\",\"New CircleCI token for the release job: %s\",2026-10-03 15:41\n" % (p.upper()[:3], d.pos("circleci", "personal-token", "CCIPAT_" + rs(22, AN) + "_" + hx(40))))


def escaped_json_log(d, p):
    inner = json.dumps({"provider": "openai", "api_key": "\x00K", "model": "gpt-4o-mini"})
    line = json.dumps({"level": "error", "msg": "llm call failed", "request": inner, "trace_id": "\x00T"})
    line = line.replace("\\\\u0000K", d.pos("openai", "project-key", K.openai()))
    line = line.replace("\\u0000T", d.dec("otel", "trace_id", hx(32)))
    return line + "\n" + json.dumps({"level": "info", "msg": "retrying", "attempt": 2}) + "\n"


TEMPLATES_B = [
    ("velero", "k8s/velero-credentials.yaml", velero, 2), ("cert-manager", "k8s/cert-manager/issuer.yaml", cert_manager, 2), ("longhorn", "k8s/longhorn-backup.yaml", longhorn, 1),
    ("kaniko", "ci/kaniko-config.json", kaniko, 2), ("dokku", "docs/dokku-config-show.txt", dokku, 1), ("caprover", "captain-definition", caprover, 2),
    ("bunfig", "bunfig.toml", bunfig, 2), ("conan", ".conan2/credentials.json", conan, 1), ("truffle", "truffle-config.js", truffle, 2),
    ("circuitpython", "device/settings.toml", circuitpython, 2), ("zos-jcl", "jcl/NIGHTFTP.jcl", jcl, 1), ("stata", "analysis/pull_wave.do", stata, 1),
    ("irssi", "dotfiles/irssi/config", irssi, 1), ("weechat", "dotfiles/weechat/sec.conf", weechat, 1), ("znc", "znc/configs/znc.conf", znc, 1),
    ("terraform-credentials", "dotfiles/terraform.d/credentials.tfrc.json", tfrc, 2), ("proxmox-terraform", "infra/proxmox/provider.tf", proxmox, 2),
    ("autohotkey", "scripts/erp-login.ahk", autohotkey, 1), ("applescript", "scripts/mount-studio.applescript", applescript, 1), ("excel-vba", "reports/ModReport.bas", vba, 2),
    ("apps-script", "apps-script/Code.gs", apps_script, 2), ("thunder-client", "thunder-tests/thunderEnvironment.json", thunder, 2), ("artillery", "load/artillery.yml", artillery, 2),
    ("gatling", "src/test/scala/CheckoutSimulation.scala", gatling, 2), ("cucumber", "features/admin_login.feature", cucumber, 2), ("sqitch", "sqitch.conf", sqitch, 2),
    ("dbeaver", ".dbeaver/data-sources.json", dbeaver, 2), ("ejabberd", "ejabberd/ejabberd.yml", ejabberd, 1), ("prosody", "prosody/prosody.cfg.lua", prosody, 2),
    ("coturn", "coturn/turnserver.conf", coturn, 2), ("jitsi", "jitsi/.env", jitsi, 1), ("freeswitch", "freeswitch/conf/vars.xml", freeswitch, 2),
    ("email-handover", "notes/handover.eml", eml, 2), ("zsh-history", "home/.zsh_history", zsh_history, 2), ("psql-history", "home/.psql_history", psql_history, 1),
    ("mysql-history", "home/.mysql_history", mysql_history, 1), ("python-history", "home/.python_history", python_history, 2), ("node-repl-history", "home/.node_repl_history", node_repl, 1),
    ("docker-inspect", "debug/docker-inspect-worker.json", docker_inspect, 2), ("incident-ps", "incidents/2026-11-02-backup.md", ps_notes, 2), ("heroku-config", "docs/heroku-config.txt", heroku_config, 2),
    ("slack-export", "export/general/2026-11-03.json", slack_export, 2), ("jira-csv", "export/jira-issues.csv", jira_csv, 2), ("escaped-json-log", "logs/llm-gateway.jsonl", escaped_json_log, 2),
]
