"""repos/ half, part 4: identity/network/self-hosted apps, web frameworks and deployment tools none of holdout12-22 named."""
from vals23 import R, rs, hexs, uuid, digits, b64, b64bytes, password, urlsafe_password, AN, LAN, UAN, LO
from keys23 import key, raw, stripe_pk, gcp_project

FILES = []


def f(fn):
    FILES.append(fn)
    return fn


def pw(d, shape=None, no_space=True):
    return d.pos("password", "password", password(no_space=no_space).replace('"', "").replace("'", "").replace("\\", ""), shape=shape)


def apw(d, n=None):
    return d.pos("password", "password", rs(AN, n or R.randrange(16, 28)))


def U(d, template, shape=None):
    return d.secret("password", "url-password", template % urlsafe_password(), shape=shape)


def one(path, shape, body):
    @f
    def _mk(Doc):
        d = Doc(path, "repos", shape)
        return [(d, body(d))]
    return _mk


one("repos/selfhosted/zitadel/steps.yaml", "zitadel-steps", lambda d:
    "FirstInstance:\n  Org:\n    Human:\n      UserName: zitadel-admin\n      Password: %s\n" % pw(d) +
    "  Smtp:\n    Host: smtp.fernhollow.io:587\n    User: zitadel\n    Password: %s\n" % pw(d) +
    "ExternalDomain: id.fernhollow.io\n")
one("repos/selfhosted/zitadel/zitadel.env", "zitadel-env", lambda d:
    "ZITADEL_MASTERKEY=%s\nZITADEL_DATABASE_POSTGRES_USER_PASSWORD=%s\nZITADEL_EXTERNALDOMAIN=id.fernhollow.io\n" % (d.pos("zitadel", "masterkey", rs(AN, 32)), apw(d)))
one("repos/selfhosted/kanidm/server.toml", "kanidm-toml", lambda d:
    'bindaddress = "[::]:8443"\ndomain = "idm.fernhollow.io"\norigin = "https://idm.fernhollow.io"\ndb_path = "/data/kanidm.db"\n'
    '# admin recovered with `kanidmd recover-account admin`: %s\n' % d.pos("password", "recovered-password", rs(AN, 48)) +
    'tls_chain = "/data/chain.pem"\n')
one("repos/selfhosted/lldap/lldap_config.toml", "lldap-toml", lambda d:
    'ldap_base_dn = "dc=fernhollow,dc=io"\nldap_user_dn = "admin"\nldap_user_pass = "%s"\njwt_secret = "%s"\n' % (pw(d), d.pos("lldap", "jwt-secret", rs(AN, 32))) +
    'key_seed = "%s"\ndatabase_url = "sqlite:///data/users.db?mode=rwc"\n' % d.pos("lldap", "key-seed", rs(AN, 32)))
one("repos/selfhosted/casdoor/conf/app.conf", "casdoor-conf", lambda d:
    "appname = casdoor\nhttpport = 8000\ndriverName = mysql\ndataSourceName = casdoor:%s@tcp(casdoor-db:3306)/\n" % pw(d) +
    "dbName = casdoor\nredisEndpoint =\ndefaultStorageProvider =\nauthState = \"%s\"\n" % d.dec("casdoor", "default_auth_state", "casdoor"))
one("repos/selfhosted/pomerium/config.yaml", "pomerium-yaml", lambda d:
    "authenticate_service_url: https://authenticate.fernhollow.io\nidp_provider: oidc\nidp_provider_url: https://id.fernhollow.io\n"
    "idp_client_id: %s\nidp_client_secret: %s\n" % (d.dec("pomerium", "client_id", digits(18) + "@fernhollow"), d.pos("pomerium", "idp-client-secret", rs(AN, 64))) +
    "shared_secret: %s\ncookie_secret: %s\n" % (d.pos("pomerium", "shared-secret", b64bytes(32)), d.pos("pomerium", "cookie-secret", b64bytes(32))) +
    "routes:\n  - from: https://grafana.fernhollow.io\n    to: http://grafana:3000\n")
one("repos/selfhosted/oauth2-proxy/oauth2-proxy.cfg", "oauth2-proxy-cfg", lambda d:
    'provider = "github"\ngithub_org = "fernhollow"\nclient_id = "%s"\nclient_secret = "%s"\ncookie_secret = "%s"\n' % (
        d.dec("github", "oauth_client_id", "Ov23li" + rs(AN, 14)), d.pos("github", "oauth-app-client-secret", hexs(40)), d.pos("oauth2-proxy", "cookie-secret", b64bytes(24).replace("+", "-").replace("/", "_"))) +
    'upstreams = ["http://prometheus:9090"]\n')
one("repos/selfhosted/teleport/teleport.yaml", "teleport-yaml", lambda d:
    "version: v3\nteleport:\n  nodename: bastion-1\n  join_params:\n    token_name: %s\n    method: token\n" % d.pos("teleport", "join-token", hexs(32)) +
    "  ca_pin: %s\n" % d.dec("teleport", "ca_pin", "sha256:" + hexs(64)) + "ssh_service:\n  enabled: true\n")
one("repos/selfhosted/netbird/management.json", "netbird-json", lambda d:
    '{\n  "Stuns": [{"Proto": "udp", "URI": "stun:vpn.fernhollow.io:3478"}],\n  "TURNConfig": {"Turns": [{"Proto": "udp", "URI": "turn:vpn.fernhollow.io:3478", "Username": "self", "Password": "%s"}],\n' % apw(d) +
    '    "Secret": "%s"},\n  "DataStoreEncryptionKey": "%s",\n' % (d.pos("netbird", "turn-secret", rs(AN, 32)), d.pos("netbird", "datastore-encryption-key", b64bytes(32))) +
    '  "HttpConfig": {"AuthAudience": "%s"}\n}\n' % d.dec("netbird", "auth_audience_client_id", rs(AN, 18)))
one("repos/selfhosted/firezone/.env", "firezone-env", lambda d:
    "EXTERNAL_URL=https://vpn.fernhollow.io\nDEFAULT_ADMIN_EMAIL=ops@fernhollow.io\nDEFAULT_ADMIN_PASSWORD=%s\n" % pw(d) +
    "GUARDIAN_SECRET_KEY=%s\nDATABASE_ENCRYPTION_KEY=%s\nSECRET_KEY_BASE=%s\n" % (d.pos("firezone", "guardian-secret", b64bytes(48)), d.pos("firezone", "database-encryption-key", b64bytes(32)), d.pos("phoenix", "secret-key-base", b64bytes(48))))
one("repos/selfhosted/technitium/dns.env", "technitium-env", lambda d:
    "DNS_SERVER_DOMAIN=dns.home.fernhollow.io\nDNS_SERVER_ADMIN_PASSWORD=%s\nDNS_SERVER_FORWARDERS=1.1.1.1,9.9.9.9\n" % pw(d) +
    "# api token for the cert-manager webhook\nTECHNITIUM_TOKEN=%s\n" % d.pos("technitium", "api-token", hexs(64)))
one("repos/selfhosted/kea/kea-dhcp-ddns.conf", "kea-json", lambda d:
    '{\n"DhcpDdns": {\n  "tsig-keys": [\n    {\n      "name": "ddns-key",\n      "algorithm": "HMAC-SHA256",\n      "secret": "%s"\n    }\n  ],\n' % d.pos("kea", "tsig-secret", b64bytes(32)) +
    '  "forward-ddns": {"ddns-domains": [{"name": "lan.fernhollow.io.", "key-name": "ddns-key"}]}\n}\n}\n')
one("repos/selfhosted/kea/kea-ctrl-agent.conf", "kea-json", lambda d:
    '{\n"Control-agent": {\n  "http-host": "127.0.0.1",\n  "authentication": {\n    "type": "basic",\n    "clients": [ { "user": "kea-api", "password": "%s" } ]\n  }\n}\n}\n' % pw(d))
one("repos/selfhosted/coder/coder.env", "coder-env", lambda d:
    "CODER_ACCESS_URL=https://dev.fernhollow.io\nCODER_PG_CONNECTION_URL=%s\n" % U(d, "postgres://coder:%s@coder-db/coder?sslmode=disable") +
    "CODER_OIDC_CLIENT_ID=%s\nCODER_OIDC_CLIENT_SECRET=%s\n" % (d.dec("coder", "oidc_client_id", "coder"), d.pos("coder", "oidc-client-secret", rs(AN, 40))))
one("repos/selfhosted/filebrowser/settings.json", "filebrowser-json", lambda d:
    '{\n  "port": 8080,\n  "baseURL": "/files",\n  "database": "/database/filebrowser.db",\n  "root": "/srv",\n  "username": "admin",\n  "password": "%s"\n}\n' % d.dec("password", "bcrypt_hash", "$2a$10$" + rs(AN + "./", 53)))
one("repos/selfhosted/stirling-pdf/settings.yml", "stirling-yml", lambda d:
    "security:\n  enableLogin: true\n  initialLogin:\n    username: admin\n    password: %s\n" % pw(d) +
    "  oauth2:\n    client:\n      keycloak:\n        clientId: stirling\n        clientSecret: %s\n" % d.pos("keycloak", "client-secret", rs(AN, 32)))
one("repos/selfhosted/komga/application.yml", "komga-yml", lambda d:
    "komga:\n  remember-me:\n    key: %s\n    validity: 2592000\n" % d.pos("komga", "remember-me-key", rs(AN, 32)) +
    "spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          google:\n            client-id: %s.apps.googleusercontent.com\n            client-secret: %s\n" % (
        d.dec("google", "oauth_client_id", digits(12) + "-" + rs(LAN, 32)), d.pos("google", "oauth-client-secret", "GOCSPX-" + rs(AN + "-_", 28))))
one("repos/selfhosted/kimai/.env", "kimai-env", lambda d:
    "APP_SECRET=%s\nDATABASE_URL=%s\nMAILER_URL=null://localhost\n" % (d.pos("symfony", "app-secret", hexs(32)), U(d, "mysql://kimai:%s@kimai-db:3306/kimai?charset=utf8mb4&serverVersion=8.0")))
one("repos/selfhosted/akaunting/.env", "akaunting-env", lambda d:
    "APP_NAME=Akaunting\nAPP_KEY=%s\nDB_HOST=akaunting-db\nDB_DATABASE=akaunting\nDB_USERNAME=akaunting\nDB_PASSWORD=%s\n" % (d.pos("laravel", "app-key", "base64:" + b64bytes(32)), pw(d)) +
    "MAIL_PASSWORD=%s\n" % key(d, "sendgrid"))
one("repos/selfhosted/freescout/.env", "freescout-env", lambda d:
    "APP_URL=https://help.fernhollow.io\nAPP_KEY=%s\nDB_PASSWORD=%s\nAPP_FORCE_HTTPS=true\n" % (d.pos("laravel", "app-key", "base64:" + b64bytes(32)), pw(d)))
one("repos/selfhosted/rallly/.env", "rallly-env", lambda d:
    "NEXT_PUBLIC_BASE_URL=https://meet.fernhollow.io\nSECRET_PASSWORD=%s\nDATABASE_URL=%s\nSMTP_PWD=%s\n" % (d.pos("rallly", "secret-password", rs(AN, 32)), U(d, "postgres://rallly:%s@rallly-db:5432/rallly"), pw(d)))
one("repos/selfhosted/twenty/.env", "twenty-env", lambda d:
    "SERVER_URL=https://crm.fernhollow.io\nAPP_SECRET=%s\nPG_DATABASE_PASSWORD=%s\n" % (d.pos("twenty", "app-secret", b64bytes(32)), apw(d)) +
    "MESSAGING_PROVIDER_GMAIL_ENABLED=true\nAUTH_GOOGLE_CLIENT_SECRET=%s\n" % d.pos("google", "oauth-client-secret", "GOCSPX-" + rs(AN + "-_", 28)))
one("repos/selfhosted/tooljet/.env", "tooljet-env", lambda d:
    "TOOLJET_HOST=https://tools.fernhollow.io\nLOCKBOX_MASTER_KEY=%s\nSECRET_KEY_BASE=%s\nPG_PASS=%s\n" % (d.pos("tooljet", "lockbox-master-key", hexs(64)), d.pos("tooljet", "secret-key-base", hexs(128)), pw(d)))


# ---- web frameworks ----
one("repos/rides-edge/src/index.ts", "elysia-source", lambda d:
    "import { Elysia } from 'elysia';\nimport { jwt } from '@elysiajs/jwt';\n\nnew Elysia()\n  .use(jwt({\n    name: 'jwt',\n    secret: Bun.env.JWT_SECRET ?? '%s',\n  }))\n" % d.pos("generic", "jwt-signing-secret", rs(AN, 48)) +
    "  .decorate('openai', new OpenAI({ apiKey: '%s' }))\n  .listen(3000);\n" % key(d, "openai"))
one("repos/price-crawler/api/server.py", "sanic-source", lambda d:
    'from sanic import Sanic\n\napp = Sanic("prices")\napp.config.update({\n    "DB_PASSWORD": "%s",\n    "ZYTE_KEY": "%s",\n    "CORS_ORIGINS": "https://fernhollow.io",\n})\n' % (pw(d), d.pos("zyte", "api-key", hexs(32))))
one("repos/legacy-api/app.py", "falcon-source", lambda d:
    'import falcon\n\nclass Auth:\n    def process_request(self, req, resp):\n        if req.get_header("X-Api-Key") != "%s":\n            raise falcon.HTTPUnauthorized()\n\n' % d.pos("fernhollow", "internal-api-key", rs(AN, 40)) +
    'app = falcon.App(middleware=[Auth()])\n')
one("repos/ledger-javalin/src/main/java/io/fernhollow/ledger/App.java", "javalin-source", lambda d:
    'public class App {\n    public static void main(String[] args) {\n        var ds = new HikariDataSource();\n        ds.setJdbcUrl("jdbc:postgresql://ledger-db/ledger");\n        ds.setUsername("ledger");\n'
    '        ds.setPassword("%s");\n        var stripe = new StripeClient("%s");\n        Javalin.create().start(7070);\n    }\n}\n' % (pw(d), key(d, "stripe")))
one("repos/rides-http4k/src/main/kotlin/Main.kt", "http4k-source", lambda d:
    'val SENDGRID_KEY = EnvironmentKey.required("SENDGRID_KEY")\nval env = Environment.defaults(\n    SENDGRID_KEY of "%s",\n' % key(d, "sendgrid", shape="http4k-source:environment-defaults") +
    '    EnvironmentKey.required("DB_PASSWORD") of "%s",\n)\n' % pw(d))
one("repos/storefront-qwik/src/routes/plugin@auth.ts", "qwik-source", lambda d:
    "export const { onRequest, useSession } = QwikAuth$(() => ({\n  secret: '%s',\n  providers: [\n    GitHub({\n      clientId: '%s',\n      clientSecret: '%s',\n    }),\n  ],\n}));\n" % (
        d.pos("authjs", "secret", b64bytes(32)), d.dec("github", "oauth_client_id", "Ov23li" + rs(AN, 14)), d.pos("github", "oauth-app-client-secret", hexs(40))))
one("repos/storefront-hydrogen/.env", "hydrogen-env", lambda d:
    "SESSION_SECRET=%s\nPUBLIC_STOREFRONT_API_TOKEN=%s\nPRIVATE_STOREFRONT_API_TOKEN=%s\nPUBLIC_STORE_DOMAIN=fernhollow.myshopify.com\n" % (
        d.pos("generic", "session-secret", rs(AN, 40)), d.dec("shopify", "public_storefront_token", hexs(32)), d.pos("shopify", "private-storefront-token", "shpat_" + hexs(32))))
one("repos/admin-angular/src/environments/environment.prod.ts", "angular-environment", lambda d:
    "export const environment = {\n  production: true,\n  apiUrl: 'https://api.fernhollow.io',\n  firebase: {\n    apiKey: '%s',\n    projectId: '%s',\n  },\n" % (
        d.dec("google", "firebase_web_api_key", "AIza" + rs(AN + "-_", 35)), d.dec("google", "project_id", gcp_project())) +
    "  // FIXME: admin-only, move behind the API\n  mapboxSecret: '%s',\n};\n" % key(d, "mapbox-secret"))


# ---- deployment tools ----
one("repos/infra-tanka/environments/prod/main.jsonnet", "tanka-jsonnet", lambda d:
    "local app = import 'app.libsonnet';\n{\n  app: app.new('checkout') + app.withEnv({\n    STRIPE_SECRET_KEY: '%s',\n    LOG_LEVEL: 'info',\n  }),\n  grafana: { adminPassword: '%s' },\n}\n" % (key(d, "stripe"), pw(d)))
one("repos/infra-kapitan/inventory/targets/prod.yml", "kapitan-inventory", lambda d:
    "parameters:\n  target_name: prod\n  checkout:\n    db_password: ?{plain:targets/prod/db_password}\n    sendgrid_key: %s\n" % key(d, "sendgrid") +
    "    smtp_password: %s\n" % pw(d) + "    image_digest: sha256:%s\n" % d.dec("docker", "image_digest", hexs(64)))
one("repos/infra-timoni/bundles/prod.cue", "timoni-cue", lambda d:
    'bundle: {\n\tapiVersion: "v1alpha1"\n\tname:       "checkout"\n\tinstances: checkout: {\n\t\tmodule: url: "oci://ghcr.io/fernhollow/modules/app"\n\t\tvalues: env: {\n'
    '\t\t\tDATADOG_API_KEY: "%s"\n\t\t\tREDIS_PASSWORD:  "%s"\n\t\t}\n\t}\n}\n' % (key(d, "datadog-api"), apw(d)))
one("repos/infra-ytt/values-prod.yml", "ytt-values", lambda d:
    "#@data/values\n---\nenv: prod\npostgres:\n  password: %s\nslack:\n  webhook: %s\nregistry:\n  password: %s\n" % (pw(d), key(d, "slack-webhook"), key(d, "dockerhub")))
one("repos/checkout-api/codefresh.yml", "codefresh-yaml", lambda d:
    "version: '1.0'\nsteps:\n  build:\n    type: build\n    image_name: fernhollow/checkout\n  push:\n    type: push\n    candidate: ${{build}}\n    registry: dockerhub\n"
    "  deploy:\n    image: alpine/k8s:1.30.2\n    environment:\n      - KUBE_TOKEN=%s\n      - CF_TOKEN=${{CF_API_KEY}}\n" % d.pos("kubernetes", "service-account-token", "eyJhbGciOiJSUzI1NiIsImtpZCI6Ik" + rs(AN, 40) + "." + b64('{"iss":"kubernetes/serviceaccount","sub":"system:serviceaccount:ci:codefresh"}').rstrip("=") + "." + rs(AN + "-_", 342)))
one("repos/booking-php/deploy.php", "deployer-php", lambda d:
    "<?php\nnamespace Deployer;\n\nrequire 'recipe/laravel.php';\n\nset('repository', 'git@github.com:fernhollow/booking.git');\nhost('booking-1.fernhollow.io')\n    ->set('remote_user', 'deploy')\n    ->set('deploy_path', '/var/www/booking');\n\n"
    "set('slack_webhook', '%s');\nset('db_password', '%s');\nafter('deploy:failed', 'deploy:unlock');\n" % (key(d, "slack-webhook"), pw(d)))


def build(Doc):
    out = []
    for fn in FILES:
        out += fn(Doc)
    return out
