"""Value formats of the eighth held-out corpus, one entry per provider.

PROVIDERS[name] = (ENV_BASE, positives, decoys): positives and decoys are
lists of (format, ENV_NAME, generator). Formats are written from the
providers' documentation where SOURCES.md says so, from memory otherwise.
Every value comes from the one seeded generator R, so the corpus is
reproducible; none is a real secret.
"""
import base64
import binascii
import json
import random
import string
import uuid as _uuid

R = random.Random(8)
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def pick(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def a(n):
    return pick(ALNUM, n)


def h(n):
    return pick("0123456789abcdef", n)


def H(n):
    return pick("0123456789ABCDEF", n)


def d(n):
    return str(R.randint(1, 9)) + pick(string.digits, n - 1)


def lo(n):
    return pick(LOWER_ALNUM, n)


def up(n):
    return pick(UPPER_ALNUM, n)


def bu(n):
    return pick(B64URL, n)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(nbytes):
    return base64.b64encode(rbytes(nbytes)).decode()


def b64u(nbytes):
    return base64.urlsafe_b64encode(rbytes(nbytes)).decode().rstrip("=")


def uuid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def jwt(claims):
    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (enc({"alg": "HS256", "typ": "JWT"}), enc(claims), b64u(32))


def jwt_rs(claims):
    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (enc({"alg": "RS256", "kid": h(16), "typ": "JWT"}), enc(claims), b64u(256))


def pem(kind, der_prefix, nbytes):
    body = base64.b64encode(der_prefix + rbytes(nbytes)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def ec_p8():
    """An App Store Connect style PKCS#8 P-256 key (the DER header is the real one, the key bytes random)."""
    head = bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420")
    return pem("PRIVATE KEY", head, 114)


def base62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = BASE62[r] + s
    return s.rjust(width, "0")


def gh(prefix):
    """A GitHub token with a valid CRC32 checksum (last 6 base62 characters)."""
    body = a(30)
    return prefix + body + base62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def word():
    return R.choice(["happy", "brave", "quiet", "amber", "lucky", "tidy", "swift", "calm", "noble", "rapid"])


def animal():
    return R.choice(["otter", "heron", "lynx", "panda", "moose", "gecko", "falcon", "bison", "koala", "raven"])


def zeros_uuid():
    return "00000000-0000-0000-0000-000000000000"


def ph(s):
    return lambda: s


P = {}


def prov(name, env, positives, decoys):
    P[name] = (env, positives, decoys)


prov("adobe", "ADOBE", [("client-secret", "ADOBE_CLIENT_SECRET", lambda: "p8e-" + bu(32)),
                        ("client-secret", "AIO_CLIENT_SECRET", lambda: "p8e-" + bu(32))],
     [("client-id", "ADOBE_CLIENT_ID", lambda: h(32)), ("placeholder", "ADOBE_CLIENT_SECRET", ph("p8e-YOUR-CLIENT-SECRET"))])
prov("adyen", "ADYEN", [("api-key", "ADYEN_API_KEY", lambda: "AQE" + b64(49) + "-" + b64(32) + "-" + a(16)),
                        ("hmac-key", "ADYEN_HMAC_KEY", lambda: H(64))],
     [("client-key", "ADYEN_CLIENT_KEY", lambda: "test_" + up(32)), ("merchant-account", "ADYEN_MERCHANT_ACCOUNT", ph("AcmeShopECOM"))])
prov("airflow", "AIRFLOW", [("fernet-key", "AIRFLOW__CORE__FERNET_KEY", lambda: b64u(32) + "="),
                            ("webserver-secret", "AIRFLOW__WEBSERVER__SECRET_KEY", lambda: h(32))],
     [("sentinel", "AIRFLOW__CORE__FERNET_KEY", ph("cryptography_not_found_storing_passwords_in_plain_text")),
      ("placeholder", "AIRFLOW__WEBSERVER__SECRET_KEY", ph("{SECRET_KEY}"))])
prov("aiven", "AIVEN", [("service-password", "AIVEN_SERVICE_PASSWORD", lambda: "AVNS_" + bu(19)),
                        ("service-uri", "AIVEN_PG_URI", lambda: "postgres://avnadmin:AVNS_%s@pg-%s-acme.aivencloud.com:%d/defaultdb?sslmode=require" % (bu(19), lo(6), R.randint(10000, 29999)))],
     [("project-name", "AIVEN_PROJECT", ph("acme-analytics")), ("truncated", "AIVEN_SERVICE_PASSWORD", ph("AVNS_****"))])
prov("algolia", "ALGOLIA", [("admin-key", "ALGOLIA_ADMIN_API_KEY", lambda: h(32)), ("write-key", "ALGOLIA_WRITE_API_KEY", lambda: h(32))],
     [("app-id", "ALGOLIA_APP_ID", lambda: up(10)), ("search-only-key", "ALGOLIA_SEARCH_KEY", lambda: h(32))])
prov("apify", "APIFY", [("api-token", "APIFY_TOKEN", lambda: "apify_api_" + a(36)), ("api-token", "APIFY_API_TOKEN", lambda: "apify_api_" + a(36))],
     [("user-id", "APIFY_USER_ID", lambda: a(17)), ("placeholder", "APIFY_TOKEN", ph("apify_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))])
prov("apple", "APPLE", [("p8-key", "APP_STORE_CONNECT_KEY", ec_p8),
                        ("app-specific-password", "FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD", lambda: "-".join(pick(string.ascii_lowercase, 4) for _ in range(4)))],
     [("key-id", "APP_STORE_CONNECT_KEY_ID", lambda: up(10)), ("issuer-id", "APP_STORE_CONNECT_ISSUER_ID", uuid)])
prov("asana", "ASANA", [("pat-v1", "ASANA_ACCESS_TOKEN", lambda: "1/%s:%s" % (d(16), h(32))),
                        ("pat-v2", "ASANA_PAT", lambda: "2/%s/%s:%s" % (d(16), d(16), h(32)))],
     [("workspace-gid", "ASANA_WORKSPACE_GID", lambda: d(16)), ("placeholder", "ASANA_PAT", ph("0/your-personal-access-token"))])
prov("assemblyai", "ASSEMBLYAI", [("api-key", "ASSEMBLYAI_API_KEY", lambda: h(32)), ("api-key", "ASSEMBLYAI_API_KEY", lambda: h(32))],
     [("transcript-id", "ASSEMBLYAI_TRANSCRIPT_ID", uuid), ("placeholder", "ASSEMBLYAI_API_KEY", ph("<YOUR_API_KEY>"))])
prov("astra", "ASTRA", [("application-token", "ASTRA_DB_APPLICATION_TOKEN", lambda: "AstraCS:%s:%s" % (a(24), h(64))),
                        ("application-token", "ASTRA_TOKEN", lambda: "AstraCS:%s:%s" % (a(24), h(64)))],
     [("database-id", "ASTRA_DB_ID", uuid), ("truncated", "ASTRA_DB_APPLICATION_TOKEN", ph("AstraCS:..."))])
prov("atlassian", "ATLASSIAN", [("api-token", "ATLASSIAN_API_TOKEN", lambda: "ATATT3xFfGF0" + bu(174) + "=" + H(8)),
                                ("api-token-legacy", "JIRA_API_TOKEN", lambda: a(24))],
     [("cloud-id", "ATLASSIAN_CLOUD_ID", uuid), ("email", "JIRA_USER_EMAIL", ph("ci-bot@acme.example"))])
prov("auth0", "AUTH0", [("client-secret", "AUTH0_CLIENT_SECRET", lambda: bu(64)),
                        ("management-token", "AUTH0_MANAGEMENT_API_TOKEN", lambda: jwt_rs({"iss": "https://acme.eu.auth0.com/", "sub": a(32) + "@clients", "aud": "https://acme.eu.auth0.com/api/v2/", "iat": 1764000000, "exp": 1764086400, "gty": "client-credentials"}))],
     [("client-id", "AUTH0_CLIENT_ID", lambda: a(32)), ("domain", "AUTH0_DOMAIN", ph("acme.eu.auth0.com"))])
prov("authorizenet", "AUTHORIZENET", [("transaction-key", "AUTHORIZE_NET_TRANSACTION_KEY", lambda: a(16)),
                                      ("signature-key", "AUTHORIZE_NET_SIGNATURE_KEY", lambda: H(128))],
     [("login-id", "AUTHORIZE_NET_API_LOGIN_ID", lambda: a(10)), ("public-client-key", "AUTHORIZE_NET_CLIENT_KEY", lambda: a(64))])
prov("axiom", "AXIOM", [("api-token", "AXIOM_TOKEN", lambda: "xaat-" + uuid()), ("personal-token", "AXIOM_PERSONAL_TOKEN", lambda: "xapt-" + uuid())],
     [("org-id", "AXIOM_ORG_ID", lambda: "acme-" + lo(4)), ("placeholder", "AXIOM_TOKEN", ph("xaat-00000000-0000-0000-0000-000000000000"))])
prov("binance", "BINANCE", [("secret-key", "BINANCE_SECRET_KEY", lambda: a(64)), ("secret-key", "BINANCE_API_SECRET", lambda: a(64))],
     [("api-key", "BINANCE_API_KEY", lambda: a(64)), ("placeholder", "BINANCE_API_SECRET", ph("your_binance_api_secret"))])
prov("bitwarden", "BITWARDEN", [("sm-access-token", "BWS_ACCESS_TOKEN", lambda: "0.%s.%s:%s==" % (uuid(), a(30), b64(16)[:22])),
                                ("cli-client-secret", "BW_CLIENTSECRET", lambda: a(30))],
     [("client-id", "BW_CLIENTID", lambda: "user." + uuid()), ("organization-id", "BWS_ORGANIZATION_ID", uuid)])
prov("braze", "BRAZE", [("rest-api-key", "BRAZE_REST_API_KEY", uuid), ("rest-api-key", "BRAZE_API_KEY", uuid)],
     [("sdk-app-id", "BRAZE_SDK_API_KEY", uuid), ("rest-endpoint", "BRAZE_REST_ENDPOINT", ph("https://rest.fra-02.braze.eu"))])
prov("browserbase", "BROWSERBASE", [("api-key", "BROWSERBASE_API_KEY", lambda: "bb_live_" + bu(27)), ("api-key", "BROWSERBASE_API_KEY", lambda: "bb_live_" + bu(27))],
     [("project-id", "BROWSERBASE_PROJECT_ID", uuid), ("placeholder", "BROWSERBASE_API_KEY", ph("bb_live_your_api_key"))])
prov("browserstack", "BROWSERSTACK", [("access-key", "BROWSERSTACK_ACCESS_KEY", lambda: a(20)),
                                      ("hub-url", "BROWSERSTACK_HUB_URL", lambda: "https://ci%s:%s@hub-cloud.browserstack.com/wd/hub" % (lo(6), a(20)))],
     [("username", "BROWSERSTACK_USERNAME", lambda: "acmeqa_" + a(8)), ("build-name", "BROWSERSTACK_BUILD_NAME", ph("nightly-2026-11-29"))])
prov("calcom", "CALCOM", [("api-key-live", "CAL_API_KEY", lambda: "cal_live_" + h(32)), ("api-key-test", "CALCOM_API_KEY", lambda: "cal_test_" + h(32))],
     [("event-type-id", "CAL_EVENT_TYPE_ID", lambda: d(6)), ("placeholder", "CAL_API_KEY", ph("cal_live_<your key>"))])
prov("calendly", "CALENDLY", [("pat", "CALENDLY_TOKEN", lambda: jwt({"iss": "https://auth.calendly.com", "iat": 1764000000, "jti": uuid(), "user_uuid": uuid(), "scope": "default"})),
                              ("webhook-signing-key", "CALENDLY_WEBHOOK_SIGNING_KEY", lambda: bu(43))],
     [("user-uri", "CALENDLY_USER_URI", lambda: "https://api.calendly.com/users/" + uuid()), ("placeholder", "CALENDLY_TOKEN", ph("YOUR_PERSONAL_ACCESS_TOKEN"))])
prov("cartesia", "CARTESIA", [("api-key", "CARTESIA_API_KEY", lambda: "sk_car_" + a(22)), ("api-key", "CARTESIA_API_KEY", lambda: "sk_car_" + a(22))],
     [("voice-id", "CARTESIA_VOICE_ID", uuid), ("placeholder", "CARTESIA_API_KEY", ph("sk_car_..."))])
prov("cerebras", "CEREBRAS", [("api-key", "CEREBRAS_API_KEY", lambda: "csk-" + lo(48)), ("api-key", "CEREBRAS_API_KEY", lambda: "csk-" + lo(48))],
     [("model", "CEREBRAS_MODEL", ph("llama-3.3-70b")), ("placeholder", "CEREBRAS_API_KEY", ph("csk-************************"))])
prov("chargebee", "CHARGEBEE", [("api-key-live", "CHARGEBEE_API_KEY", lambda: "live_" + a(32)), ("api-key-test", "CHARGEBEE_TEST_API_KEY", lambda: "test_" + a(32))],
     [("site", "CHARGEBEE_SITE", ph("acme-test")), ("placeholder", "CHARGEBEE_API_KEY", ph("live_YOUR_API_KEY"))])
prov("checkoutcom", "CHECKOUT", [("secret-key-sandbox", "CKO_SECRET_KEY", lambda: "sk_sbox_" + pick(string.ascii_lowercase + "234567", 26)),
                                 ("secret-key-legacy", "CHECKOUT_SECRET_KEY", lambda: "sk_test_" + uuid())],
     [("public-key", "CKO_PUBLIC_KEY", lambda: "pk_sbox_" + pick(string.ascii_lowercase + "234567", 26)), ("processing-channel", "CKO_PROCESSING_CHANNEL_ID", lambda: "pc_" + pick(string.ascii_lowercase + "234567", 26))])
prov("circleci", "CIRCLECI", [("personal-token", "CIRCLECI_TOKEN", lambda: "CCIPAT_%s_%s" % (a(22), h(40))), ("project-token", "CIRCLE_TOKEN", lambda: h(40))],
     [("pipeline-id", "CIRCLE_PIPELINE_ID", uuid), ("project-slug", "CIRCLE_PROJECT_SLUG", ph("gh/acme/storefront"))])
prov("clickup", "CLICKUP", [("personal-token", "CLICKUP_API_TOKEN", lambda: "pk_%s_%s" % (d(8), up(32))), ("personal-token", "CLICKUP_TOKEN", lambda: "pk_%s_%s" % (d(8), up(32)))],
     [("team-id", "CLICKUP_TEAM_ID", lambda: d(8)), ("list-id", "CLICKUP_LIST_ID", lambda: d(9))])
prov("cloudinary", "CLOUDINARY", [("url", "CLOUDINARY_URL", lambda: "cloudinary://%s:%s@acme-%s" % (d(15), bu(27), lo(5))), ("api-secret", "CLOUDINARY_API_SECRET", lambda: bu(27))],
     [("api-key", "CLOUDINARY_API_KEY", lambda: d(15)), ("cloud-name", "CLOUDINARY_CLOUD_NAME", ph("acme-media"))])
prov("cloudsmith", "CLOUDSMITH", [("api-key", "CLOUDSMITH_API_KEY", lambda: h(40)), ("api-key", "CLOUDSMITH_API_KEY", lambda: h(40))],
     [("repository", "CLOUDSMITH_REPO", ph("acme/internal-python")), ("placeholder", "CLOUDSMITH_API_KEY", ph("<cloudsmith-api-key>"))])
prov("coda", "CODA", [("api-token", "CODA_API_TOKEN", uuid), ("api-token", "CODA_API_KEY", uuid)],
     [("doc-id", "CODA_DOC_ID", lambda: a(10)), ("zero-uuid", "CODA_API_TOKEN", zeros_uuid)])
prov("codecov", "CODECOV", [("upload-token", "CODECOV_TOKEN", uuid), ("upload-token", "CODECOV_TOKEN", uuid)],
     [("commit-sha", "CODECOV_SHA", lambda: h(40)), ("reference", "CODECOV_TOKEN", ph("${{ secrets.CODECOV_TOKEN }}"))])
prov("consul", "CONSUL", [("acl-token", "CONSUL_HTTP_TOKEN", uuid), ("gossip-key", "CONSUL_ENCRYPT_KEY", lambda: b64(32))],
     [("accessor-id", "CONSUL_ACCESSOR_ID", uuid), ("node-id", "CONSUL_NODE_ID", uuid)])
prov("contentful", "CONTENTFUL", [("management-token", "CONTENTFUL_MANAGEMENT_TOKEN", lambda: "CFPAT-" + bu(43)), ("delivery-token", "CONTENTFUL_ACCESS_TOKEN", lambda: bu(43))],
     [("space-id", "CONTENTFUL_SPACE_ID", lambda: lo(12)), ("environment", "CONTENTFUL_ENVIRONMENT", ph("master"))])
prov("convex", "CONVEX", [("deploy-key-prod", "CONVEX_DEPLOY_KEY", lambda: "prod:%s-%s-%d|%s" % (word(), animal(), R.randint(100, 999), "eyJ2MiI6I" + b64u(60))),
                          ("deploy-key-preview", "CONVEX_DEPLOY_KEY", lambda: "preview:acme:storefront|" + "eyJ2MiI6I" + b64u(60))],
     [("deployment-url", "CONVEX_URL", lambda: "https://%s-%s-%d.convex.cloud" % (word(), animal(), R.randint(100, 999))), ("deployment-name", "CONVEX_DEPLOYMENT", lambda: "dev:%s-%s-%d" % (word(), animal(), R.randint(100, 999)))])
prov("coveralls", "COVERALLS", [("repo-token", "COVERALLS_REPO_TOKEN", lambda: a(33)), ("repo-token", "COVERALLS_REPO_TOKEN", lambda: a(35))],
     [("service-name", "COVERALLS_SERVICE_NAME", ph("github-actions")), ("reference", "COVERALLS_REPO_TOKEN", ph("$(COVERALLS_REPO_TOKEN)"))])
prov("customerio", "CUSTOMERIO", [("app-api-key", "CUSTOMERIO_APP_API_KEY", lambda: h(32)), ("tracking-api-key", "CUSTOMERIO_API_KEY", lambda: h(20))],
     [("site-id", "CUSTOMERIO_SITE_ID", lambda: h(20)), ("region", "CUSTOMERIO_REGION", ph("eu"))])
prov("databricks", "DATABRICKS", [("pat", "DATABRICKS_TOKEN", lambda: "dapi" + h(32)), ("pat-suffixed", "DATABRICKS_TOKEN", lambda: "dapi" + h(32) + "-2")],
     [("cluster-id", "DATABRICKS_CLUSTER_ID", lambda: "%s-%s-%s" % (d(4), d(6), lo(8))), ("host", "DATABRICKS_HOST", lambda: "https://adb-%s.%d.azuredatabricks.net" % (d(16), R.randint(1, 19)))])
prov("datadog", "DATADOG", [("api-key", "DD_API_KEY", lambda: h(32)), ("app-key", "DD_APP_KEY", lambda: h(40))],
     [("client-token", "DD_CLIENT_TOKEN", lambda: "pub" + h(32)), ("rum-app-id", "DD_RUM_APPLICATION_ID", uuid)])
prov("deepl", "DEEPL", [("auth-key-free", "DEEPL_AUTH_KEY", lambda: uuid() + ":fx"), ("auth-key-pro", "DEEPL_API_KEY", uuid)],
     [("placeholder", "DEEPL_AUTH_KEY", ph("your-auth-key:fx")), ("glossary-id", "DEEPL_GLOSSARY_ID", uuid)])
prov("deno", "DENO", [("deploy-token", "DENO_DEPLOY_TOKEN", lambda: "ddp_" + a(36)), ("org-token", "DENO_DEPLOY_TOKEN", lambda: "ddo_" + a(36))],
     [("project-id", "DENO_PROJECT_ID", uuid), ("placeholder", "DENO_DEPLOY_TOKEN", ph("ddp_..."))])


def discord_bot():
    uid = str(R.randint(10 ** 17, 10 ** 18))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + bu(6) + "." + bu(38)


prov("discord", "DISCORD", [("bot-token", "DISCORD_BOT_TOKEN", discord_bot),
                            ("webhook-url", "DISCORD_WEBHOOK_URL", lambda: "https://discord.com/api/webhooks/%d/%s" % (R.randint(10 ** 17, 10 ** 18), bu(68)))],
     [("application-id", "DISCORD_APPLICATION_ID", lambda: str(R.randint(10 ** 17, 10 ** 18))), ("public-key", "DISCORD_PUBLIC_KEY", lambda: h(64))])
prov("docker", "DOCKER", [("pat", "DOCKERHUB_TOKEN", lambda: "dckr_pat_" + bu(27)), ("org-token", "DOCKER_ORG_TOKEN", lambda: "dckr_oat_" + bu(32))],
     [("image-digest", "DOCKER_IMAGE_DIGEST", lambda: "sha256:" + h(64)), ("username", "DOCKERHUB_USERNAME", ph("acmebuild"))])
prov("drone", "DRONE", [("user-token", "DRONE_TOKEN", lambda: a(32)), ("rpc-secret", "DRONE_RPC_SECRET", lambda: h(32))],
     [("server", "DRONE_SERVER", ph("https://drone.acme.example")), ("reference", "DRONE_TOKEN", ph("${DRONE_TOKEN}"))])
prov("dropbox", "DROPBOX", [("short-lived-token", "DROPBOX_ACCESS_TOKEN", lambda: "sl." + bu(138)),
                            ("long-lived-token", "DROPBOX_TOKEN", lambda: bu(11) + "AAAAAAAAAA" + bu(43))],
     [("app-key", "DROPBOX_APP_KEY", lambda: lo(15)), ("placeholder", "DROPBOX_ACCESS_TOKEN", ph("sl.XXXXXXXXXXXXXXXX"))])
prov("duffel", "DUFFEL", [("live-token", "DUFFEL_ACCESS_TOKEN", lambda: "duffel_live_" + bu(43)), ("test-token", "DUFFEL_TEST_TOKEN", lambda: "duffel_test_" + bu(43))],
     [("offer-id", "DUFFEL_OFFER_ID", lambda: "off_" + a(22)), ("placeholder", "DUFFEL_ACCESS_TOKEN", ph("duffel_test_YOUR_TOKEN"))])
prov("duo", "DUO", [("secret-key", "DUO_SKEY", lambda: a(40)), ("admin-secret-key", "DUO_ADMIN_SKEY", lambda: a(40))],
     [("integration-key", "DUO_IKEY", lambda: "DI" + up(18)), ("api-host", "DUO_HOST", lambda: "api-%s.duosecurity.com" % h(8))])
prov("fastly", "FASTLY", [("api-token", "FASTLY_API_TOKEN", lambda: bu(32)), ("api-token", "FASTLY_API_KEY", lambda: bu(32))],
     [("service-id", "FASTLY_SERVICE_ID", lambda: a(22)), ("placeholder", "FASTLY_API_TOKEN", ph("<FASTLY_API_TOKEN>"))])
prov("fetchmail", "FETCHMAIL", [("password", "FETCHMAIL_PASSWORD", lambda: a(14)), ("password", "FETCHMAIL_PASSWORD", lambda: a(10) + "-" + a(6))],
     [("placeholder", "FETCHMAIL_PASSWORD", ph("PASSWORD")), ("username", "FETCHMAIL_USER", ph("archive@acme.example"))])
prov("fireworks", "FIREWORKS", [("api-key", "FIREWORKS_API_KEY", lambda: "fw_" + a(24)), ("api-key", "FIREWORKS_API_KEY", lambda: "fw_" + a(24))],
     [("model", "FIREWORKS_MODEL", ph("accounts/fireworks/models/llama-v3p1-8b-instruct")), ("placeholder", "FIREWORKS_API_KEY", ph("fw_your_api_key"))])
prov("flagsmith", "FLAGSMITH", [("server-key", "FLAGSMITH_SERVER_KEY", lambda: "ser." + a(22)), ("admin-token", "FLAGSMITH_API_TOKEN", lambda: h(40))],
     [("client-env-key", "FLAGSMITH_ENVIRONMENT_KEY", lambda: a(22)), ("placeholder", "FLAGSMITH_SERVER_KEY", ph("ser.xxxxxxxx"))])
prov("ghost", "GHOST", [("admin-api-key", "GHOST_ADMIN_API_KEY", lambda: h(24) + ":" + h(64)), ("admin-api-key", "GHOST_ADMIN_KEY", lambda: h(24) + ":" + h(64))],
     [("content-api-key", "GHOST_CONTENT_API_KEY", lambda: h(26)), ("url", "GHOST_API_URL", ph("https://blog.acme.example"))])
prov("gitbook", "GITBOOK", [("api-token", "GITBOOK_TOKEN", lambda: "gb_api_" + a(40)), ("api-token", "GITBOOK_API_TOKEN", lambda: "gb_api_" + a(40))],
     [("space-id", "GITBOOK_SPACE_ID", lambda: a(20)), ("placeholder", "GITBOOK_TOKEN", ph("gb_api_..."))])
prov("gitea", "GITEA", [("access-token", "GITEA_TOKEN", lambda: h(40)), ("runner-token", "GITEA_RUNNER_REGISTRATION_TOKEN", lambda: a(40))],
     [("commit-sha", "GITEA_SHA", lambda: h(40)), ("instance-url", "GITEA_INSTANCE_URL", ph("https://git.acme.example"))])
prov("github", "GITHUB", [("classic-pat", "GITHUB_TOKEN", lambda: gh("ghp_")),
                          ("fine-grained-pat", "GH_TOKEN", lambda: "github_pat_" + a(22) + "_" + a(59))],
     [("placeholder", "GITHUB_TOKEN", ph("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")), ("commit-sha", "GITHUB_SHA", lambda: h(40))])
prov("gocardless", "GOCARDLESS", [("live-token", "GOCARDLESS_ACCESS_TOKEN", lambda: "live_" + bu(40)), ("sandbox-token", "GOCARDLESS_SANDBOX_TOKEN", lambda: "sandbox_" + bu(40))],
     [("creditor-id", "GOCARDLESS_CREDITOR_ID", lambda: "CR" + up(12)), ("placeholder", "GOCARDLESS_ACCESS_TOKEN", ph("sandbox_your_access_token"))])
prov("grafana", "GRAFANA", [("service-account-token", "GRAFANA_SA_TOKEN", lambda: "glsa_%s_%s" % (a(32), h(8))),
                            ("cloud-token", "GRAFANA_CLOUD_TOKEN", lambda: "glc_" + base64.b64encode(json.dumps({"o": d(6), "n": "stack-" + d(6) + "-hm-write-ci", "k": a(24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":")).encode()).decode())],
     [("stack-id", "GRAFANA_STACK_ID", lambda: d(6)), ("instance-id", "GRAFANA_PROM_USER", lambda: d(7))])
prov("harness", "HARNESS", [("pat", "HARNESS_API_KEY", lambda: "pat.%s.%s.%s" % (bu(22), h(24), a(20))), ("sat", "HARNESS_PLATFORM_API_KEY", lambda: "sat.%s.%s.%s" % (bu(22), h(24), a(20)))],
     [("account-id", "HARNESS_ACCOUNT_ID", lambda: bu(22)), ("placeholder", "HARNESS_API_KEY", ph("pat.<account>.<id>.<secret>"))])
prov("helicone", "HELICONE", [("api-key", "HELICONE_API_KEY", lambda: "sk-helicone-" + "-".join(pick(string.ascii_lowercase + "234567", 7) for _ in range(4))),
                              ("api-key-eu", "HELICONE_API_KEY", lambda: "sk-helicone-eu-" + "-".join(pick(string.ascii_lowercase + "234567", 7) for _ in range(4)))],
     [("write-key", "HELICONE_WRITE_KEY", lambda: "pk-helicone-" + "-".join(pick(string.ascii_lowercase + "234567", 7) for _ in range(4))), ("placeholder", "HELICONE_API_KEY", ph("sk-helicone-xxxxxxx"))])
prov("heroku", "HEROKU", [("api-key", "HEROKU_API_KEY", uuid), ("platform-token", "HEROKU_API_KEY", lambda: "HRKU-AA" + bu(58))],
     [("app-id", "HEROKU_APP_ID", uuid), ("app-name", "HEROKU_APP_NAME", ph("acme-storefront-prod"))])
prov("hetzner", "HETZNER", [("cloud-token", "HCLOUD_TOKEN", lambda: a(64)), ("dns-token", "HETZNER_DNS_TOKEN", lambda: a(32))],
     [("ssh-fingerprint", "HCLOUD_SSH_KEY_FP", lambda: ":".join(h(2) for _ in range(16))), ("server-id", "HCLOUD_SERVER_ID", lambda: d(8))])
prov("honeybadger", "HONEYBADGER", [("project-key", "HONEYBADGER_API_KEY", lambda: "hbp_" + a(30)), ("personal-token", "HONEYBADGER_PERSONAL_AUTH_TOKEN", lambda: a(20))],
     [("project-id", "HONEYBADGER_PROJECT_ID", lambda: d(5)), ("placeholder", "HONEYBADGER_API_KEY", ph("hbp_PROJECT_API_KEY"))])
prov("ibmcloud", "IBMCLOUD", [("api-key", "IBMCLOUD_API_KEY", lambda: bu(44)), ("api-key", "IC_API_KEY", lambda: bu(44))],
     [("account-id", "IBMCLOUD_ACCOUNT_ID", lambda: h(32)), ("crn", "IBM_COS_CRN", lambda: "crn:v1:bluemix:public:cloud-object-storage:global:a/%s:%s::" % (h(32), uuid()))])
prov("infisical", "INFISICAL", [("service-token", "INFISICAL_TOKEN", lambda: "st.%s.%s.%s" % (uuid(), h(32), h(32))),
                                ("client-secret", "INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET", lambda: h(64))],
     [("client-id", "INFISICAL_UNIVERSAL_AUTH_CLIENT_ID", uuid), ("project-id", "INFISICAL_PROJECT_ID", uuid)])
prov("infracost", "INFRACOST", [("api-key", "INFRACOST_API_KEY", lambda: "ico-" + a(32)), ("api-key", "INFRACOST_API_KEY", lambda: "ico-" + a(32))],
     [("placeholder", "INFRACOST_API_KEY", ph("ico-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")), ("currency", "INFRACOST_CURRENCY", ph("EUR"))])
prov("inngest", "INNGEST", [("signing-key", "INNGEST_SIGNING_KEY", lambda: "signkey-prod-" + h(64)), ("event-key", "INNGEST_EVENT_KEY", lambda: bu(86))],
     [("app-id", "INNGEST_APP_ID", ph("acme-workers")), ("placeholder", "INNGEST_SIGNING_KEY", ph("signkey-prod-<hex>"))])
prov("jfrog", "JFROG", [("api-key", "ARTIFACTORY_API_KEY", lambda: "AKCp" + a(69)),
                        ("reference-token", "JFROG_ACCESS_TOKEN", lambda: "cmVmdGtuOjAxOj" + a(50))],
     [("server-id", "JFROG_SERVER_ID", ph("acme-artifactory")), ("url", "JFROG_URL", ph("https://acme.jfrog.io"))])
prov("jotform", "JOTFORM", [("api-key", "JOTFORM_API_KEY", lambda: h(32)), ("api-key", "JOTFORM_API_KEY", lambda: h(32))],
     [("form-id", "JOTFORM_FORM_ID", lambda: d(15)), ("placeholder", "JOTFORM_API_KEY", ph("YOUR_JOTFORM_API_KEY"))])
prov("klaviyo", "KLAVIYO", [("private-key", "KLAVIYO_PRIVATE_KEY", lambda: "pk_" + h(34)), ("private-key", "KLAVIYO_API_KEY", lambda: "pk_" + h(34))],
     [("site-id", "KLAVIYO_PUBLIC_KEY", lambda: up(6)), ("list-id", "KLAVIYO_LIST_ID", lambda: up(6))])
prov("kong", "KONG", [("konnect-pat", "KONNECT_TOKEN", lambda: "kpat_" + a(46)), ("konnect-system-token", "KONNECT_SPAT", lambda: "spat_" + a(46))],
     [("control-plane-id", "KONNECT_CONTROL_PLANE_ID", uuid), ("placeholder", "KONNECT_TOKEN", ph("kpat_xxx"))])
prov("kraken", "KRAKEN", [("private-key", "KRAKEN_PRIVATE_KEY", lambda: b64(64)), ("private-key", "KRAKEN_API_SECRET", lambda: b64(64))],
     [("api-key", "KRAKEN_API_KEY", lambda: b64(42)), ("placeholder", "KRAKEN_API_SECRET", ph("your-kraken-private-key"))])
prov("langfuse", "LANGFUSE", [("secret-key", "LANGFUSE_SECRET_KEY", lambda: "sk-lf-" + uuid()), ("secret-key", "LANGFUSE_SECRET_KEY", lambda: "sk-lf-" + uuid())],
     [("public-key", "LANGFUSE_PUBLIC_KEY", lambda: "pk-lf-" + uuid()), ("host", "LANGFUSE_HOST", ph("https://cloud.langfuse.com"))])
prov("langsmith", "LANGSMITH", [("personal-key", "LANGSMITH_API_KEY", lambda: "lsv2_pt_%s_%s" % (h(32), h(10))), ("service-key", "LANGCHAIN_API_KEY", lambda: "lsv2_sk_%s_%s" % (h(32), h(10)))],
     [("project", "LANGSMITH_PROJECT", ph("acme-support-bot")), ("placeholder", "LANGSMITH_API_KEY", ph("lsv2_pt_..."))])
prov("laravel", "LARAVEL", [("app-key", "APP_KEY", lambda: "base64:" + b64(32)), ("app-key", "APP_KEY", lambda: "base64:" + b64(32))],
     [("placeholder", "APP_KEY", ph("SomeRandomString")), ("empty-prefix", "APP_KEY", ph("base64:"))])
prov("launchdarkly", "LAUNCHDARKLY", [("sdk-key", "LAUNCHDARKLY_SDK_KEY", lambda: "sdk-" + uuid()), ("api-token", "LD_API_TOKEN", lambda: "api-" + uuid())],
     [("mobile-key", "LAUNCHDARKLY_MOBILE_KEY", lambda: "mob-" + uuid()), ("client-side-id", "LAUNCHDARKLY_CLIENT_ID", lambda: h(24))])
prov("line", "LINE", [("channel-access-token", "LINE_CHANNEL_ACCESS_TOKEN", lambda: b64(129)), ("channel-secret", "LINE_CHANNEL_SECRET", lambda: h(32))],
     [("channel-id", "LINE_CHANNEL_ID", lambda: d(10)), ("user-id", "LINE_USER_ID", lambda: "U" + h(32))])
prov("linode", "LINODE", [("pat", "LINODE_TOKEN", lambda: h(64)), ("pat", "LINODE_CLI_TOKEN", lambda: h(64))],
     [("sha256", "LINODE_IMAGE_SHA256", lambda: h(64)), ("linode-id", "LINODE_ID", lambda: d(8))])
prov("magento", "MAGENTO", [("crypt-key", "MAGENTO_CRYPT_KEY", lambda: h(32)), ("crypt-key-base64", "MAGENTO_CRYPT_KEY", lambda: "base64" + b64(32))],
     [("install-date", "MAGENTO_INSTALL_DATE", ph("Tue, 03 Jun 2025 10:12:44 +0000")), ("cache-prefix", "MAGENTO_CACHE_ID_PREFIX", lambda: h(3) + "_")])
prov("mailersend", "MAILERSEND", [("api-token", "MAILERSEND_API_KEY", lambda: "mlsn." + h(64)), ("api-token", "MAILERSEND_API_TOKEN", lambda: "mlsn." + h(64))],
     [("domain-id", "MAILERSEND_DOMAIN_ID", lambda: lo(15)), ("placeholder", "MAILERSEND_API_KEY", ph("mlsn.your_api_token"))])
prov("mailgun", "MAILGUN", [("private-key-legacy", "MAILGUN_API_KEY", lambda: "key-" + h(32)), ("private-key", "MAILGUN_PRIVATE_KEY", lambda: "%s-%s-%s" % (h(32), h(8), h(8)))],
     [("public-key", "MAILGUN_PUBLIC_KEY", lambda: "pubkey-" + h(32)), ("domain", "MAILGUN_DOMAIN", ph("mg.acme.example"))])
prov("mailjet", "MAILJET", [("secret-key", "MJ_APIKEY_PRIVATE", lambda: h(32)), ("sms-token", "MAILJET_SMS_TOKEN", lambda: h(32))],
     [("api-key", "MJ_APIKEY_PUBLIC", lambda: h(32)), ("sender", "MAILJET_SENDER", ph("noreply@acme.example"))])
prov("maxmind", "MAXMIND", [("license-key", "MAXMIND_LICENSE_KEY", lambda: "%s_%s_mmk" % (a(6), a(29))), ("license-key-legacy", "GEOIPUPDATE_LICENSE_KEY", lambda: a(16))],
     [("account-id", "MAXMIND_ACCOUNT_ID", lambda: d(6)), ("edition", "GEOIPUPDATE_EDITION_IDS", ph("GeoLite2-City GeoLite2-Country"))])
prov("mercury", "MERCURY", [("api-token", "MERCURY_API_TOKEN", lambda: "secret-token:mercury_production_wma_%s_yrucrem" % a(40)),
                            ("sandbox-token", "MERCURY_SANDBOX_TOKEN", lambda: "secret-token:mercury_sandbox_wma_%s_yrucrem" % a(40))],
     [("account-id", "MERCURY_ACCOUNT_ID", uuid), ("placeholder", "MERCURY_API_TOKEN", ph("secret-token:mercury_production_..."))])
prov("messagebird", "MESSAGEBIRD", [("access-key", "MESSAGEBIRD_ACCESS_KEY", lambda: a(25)), ("access-key", "MESSAGEBIRD_API_KEY", lambda: a(25))],
     [("channel-id", "MESSAGEBIRD_CHANNEL_ID", lambda: h(32)), ("originator", "MESSAGEBIRD_ORIGINATOR", ph("AcmeShop"))])
prov("modal", "MODAL", [("token-secret", "MODAL_TOKEN_SECRET", lambda: "as-" + a(22)), ("token-secret", "MODAL_TOKEN_SECRET", lambda: "as-" + a(22))],
     [("token-id", "MODAL_TOKEN_ID", lambda: "ak-" + a(22)), ("workspace", "MODAL_WORKSPACE", ph("acme-ml"))])
prov("neptune", "NEPTUNE", [("api-token", "NEPTUNE_API_TOKEN", lambda: base64.b64encode(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid()}).encode()).decode()),
                            ("api-token", "NEPTUNE_API_TOKEN", lambda: base64.b64encode(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid()}).encode()).decode())],
     [("project", "NEPTUNE_PROJECT", ph("acme/churn-model")), ("anonymous", "NEPTUNE_API_TOKEN", ph("ANONYMOUS"))])
prov("nomad", "NOMAD", [("acl-token", "NOMAD_TOKEN", uuid), ("gossip-key", "NOMAD_GOSSIP_KEY", lambda: b64(32))],
     [("accessor-id", "NOMAD_ACCESSOR_ID", uuid), ("address", "NOMAD_ADDR", ph("https://nomad.acme.internal:4646"))])
prov("notion", "NOTION", [("integration-secret-legacy", "NOTION_TOKEN", lambda: "secret_" + a(43)), ("integration-secret", "NOTION_API_KEY", lambda: "ntn_" + d(11) + a(35))],
     [("database-id", "NOTION_DATABASE_ID", lambda: h(32)), ("page-id", "NOTION_PAGE_ID", uuid)])
prov("octopusdeploy", "OCTOPUS", [("api-key", "OCTOPUS_API_KEY", lambda: "API-" + up(27)), ("api-key", "OCTOPUS_CLI_API_KEY", lambda: "API-" + up(27))],
     [("space-id", "OCTOPUS_SPACE", ph("Spaces-1")), ("placeholder", "OCTOPUS_API_KEY", ph("API-XXXXXXXXXXXXXXXXXXXXXXXXXX"))])
prov("onesignal", "ONESIGNAL", [("rest-api-key", "ONESIGNAL_REST_API_KEY", lambda: "os_v2_app_" + pick(string.ascii_lowercase + "234567", 113)),
                                ("rest-api-key-legacy", "ONESIGNAL_API_KEY", lambda: bu(48))],
     [("app-id", "ONESIGNAL_APP_ID", uuid), ("safari-web-id", "ONESIGNAL_SAFARI_WEB_ID", lambda: "web.onesignal.auto." + uuid())])
prov("openrouter", "OPENROUTER", [("api-key", "OPENROUTER_API_KEY", lambda: "sk-or-v1-" + h(64)), ("api-key", "OPENROUTER_API_KEY", lambda: "sk-or-v1-" + h(64))],
     [("placeholder", "OPENROUTER_API_KEY", ph("sk-or-v1-...")), ("model", "OPENROUTER_MODEL", ph("anthropic/claude-sonnet-4"))])
prov("openshift", "OPENSHIFT", [("oauth-token", "OPENSHIFT_TOKEN", lambda: "sha256~" + bu(43)), ("oauth-token", "OC_TOKEN", lambda: "sha256~" + bu(43))],
     [("image-digest", "OPENSHIFT_IMAGE", lambda: "sha256:" + h(64)), ("server", "OPENSHIFT_SERVER", ph("https://api.ocp.acme.example:6443"))])
prov("papertrail", "PAPERTRAIL", [("api-token", "PAPERTRAIL_API_TOKEN", lambda: a(20)), ("api-token", "PAPERTRAIL_TOKEN", lambda: a(20))],
     [("destination", "PAPERTRAIL_DESTINATION", lambda: "logs%d.papertrailapp.com:%s" % (R.randint(2, 9), d(5))), ("system", "PAPERTRAIL_SYSTEM", ph("web-1"))])
prov("paypal", "PAYPAL", [("client-secret", "PAYPAL_CLIENT_SECRET", lambda: "E" + bu(79)),
                          ("braintree-access-token", "BRAINTREE_ACCESS_TOKEN", lambda: "access_token$production$%s$%s" % (lo(16), h(32)))],
     [("client-id", "PAYPAL_CLIENT_ID", lambda: "A" + bu(79)), ("sandbox-account", "PAYPAL_SANDBOX_EMAIL", ph("sb-47abc12345678@business.example.com"))])
prov("persona", "PERSONA", [("api-key-live", "PERSONA_API_KEY", lambda: "persona_production_" + uuid()), ("api-key-sandbox", "PERSONA_SANDBOX_KEY", lambda: "persona_sandbox_" + uuid())],
     [("template-id", "PERSONA_TEMPLATE_ID", lambda: "itmpl_" + a(24)), ("environment-id", "PERSONA_ENVIRONMENT_ID", lambda: "env_" + a(24))])
prov("pinecone", "PINECONE", [("api-key", "PINECONE_API_KEY", lambda: "pcsk_%s_%s" % (a(6), a(63))), ("api-key-legacy", "PINECONE_API_KEY", uuid)],
     [("index-host", "PINECONE_HOST", lambda: "https://products-%s.svc.aped-4627-b74a.pinecone.io" % h(7)), ("environment", "PINECONE_ENVIRONMENT", ph("us-east-1-aws"))])
prov("pinterest", "PINTEREST", [("access-token", "PINTEREST_ACCESS_TOKEN", lambda: "pina_" + up(96)), ("app-secret", "PINTEREST_APP_SECRET", lambda: h(40))],
     [("app-id", "PINTEREST_APP_ID", lambda: d(7)), ("ad-account-id", "PINTEREST_AD_ACCOUNT_ID", lambda: d(12))])
prov("pipedrive", "PIPEDRIVE", [("api-token", "PIPEDRIVE_API_TOKEN", lambda: h(40)), ("api-token", "PIPEDRIVE_API_KEY", lambda: h(40))],
     [("company-domain", "PIPEDRIVE_DOMAIN", ph("acme-sales")), ("sha1", "PIPEDRIVE_EXPORT_SHA1", lambda: h(40))])
prov("plaid", "PLAID", [("secret", "PLAID_SECRET", lambda: h(30)), ("access-token", "PLAID_ACCESS_TOKEN", lambda: "access-production-" + uuid())],
     [("client-id", "PLAID_CLIENT_ID", lambda: h(24)), ("public-token", "PLAID_PUBLIC_TOKEN", lambda: "public-sandbox-" + uuid())])
prov("planetscale", "PLANETSCALE", [("service-token", "PLANETSCALE_SERVICE_TOKEN", lambda: "pscale_tkn_" + bu(43)), ("password", "DATABASE_PASSWORD", lambda: "pscale_pw_" + bu(43))],
     [("service-token-id", "PLANETSCALE_SERVICE_TOKEN_ID", lambda: lo(12)), ("username", "DATABASE_USERNAME", lambda: lo(12))])
prov("plivo", "PLIVO", [("auth-token", "PLIVO_AUTH_TOKEN", lambda: a(40)), ("auth-token", "PLIVO_AUTH_TOKEN", lambda: a(40))],
     [("auth-id", "PLIVO_AUTH_ID", lambda: "MA" + up(18)), ("number", "PLIVO_FROM_NUMBER", ph("+14155550123"))])
prov("portainer", "PORTAINER", [("api-key", "PORTAINER_API_KEY", lambda: "ptr_" + b64(33)), ("api-key", "PORTAINER_TOKEN", lambda: "ptr_" + b64(33))],
     [("endpoint-id", "PORTAINER_ENDPOINT_ID", ph("2")), ("placeholder", "PORTAINER_API_KEY", ph("ptr_XXXXXXXX"))])
prov("postgres", "PG", [("password", "PGPASSWORD", lambda: a(18)), ("uri", "DATABASE_URL", lambda: "postgresql://app_rw:%s@db.acme.internal:5432/orders" % a(20))],
     [("reference", "PGPASSWORD", ph("$DB_PASSWORD")), ("default-user", "PGUSER", ph("postgres"))])
prov("posthog", "POSTHOG", [("personal-api-key", "POSTHOG_PERSONAL_API_KEY", lambda: "phx_" + a(43)), ("personal-api-key", "POSTHOG_API_KEY", lambda: "phx_" + a(43))],
     [("project-key", "POSTHOG_PROJECT_KEY", lambda: "phc_" + a(43)), ("host", "POSTHOG_HOST", ph("https://eu.i.posthog.com"))])
prov("postmark", "POSTMARK", [("server-token", "POSTMARK_SERVER_TOKEN", uuid), ("account-token", "POSTMARK_ACCOUNT_TOKEN", uuid)],
     [("docs-test-token", "POSTMARK_SERVER_TOKEN", ph("POSTMARK_API_TEST")), ("message-stream", "POSTMARK_STREAM", ph("outbound"))])
prov("promptlayer", "PROMPTLAYER", [("api-key", "PROMPTLAYER_API_KEY", lambda: "pl_" + h(32)), ("api-key", "PROMPTLAYER_API_KEY", lambda: "pl_" + h(32))],
     [("placeholder", "PROMPTLAYER_API_KEY", ph("pl_****")), ("workspace", "PROMPTLAYER_WORKSPACE_ID", lambda: d(4))])
prov("pubnub", "PUBNUB", [("secret-key", "PUBNUB_SECRET_KEY", lambda: "sec-c-" + b64(36)), ("secret-key", "PUBNUB_SECRET_KEY", lambda: "sec-c-" + b64(36))],
     [("publish-key", "PUBNUB_PUBLISH_KEY", lambda: "pub-c-" + uuid()), ("subscribe-key", "PUBNUB_SUBSCRIBE_KEY", lambda: "sub-c-" + uuid())])
prov("pusher", "PUSHER", [("app-secret", "PUSHER_APP_SECRET", lambda: h(20)), ("app-secret", "PUSHER_SECRET", lambda: h(20))],
     [("app-key", "PUSHER_APP_KEY", lambda: h(20)), ("app-id", "PUSHER_APP_ID", lambda: d(7))])
prov("rancher", "RANCHER", [("api-token", "RANCHER_TOKEN", lambda: "token-%s:%s" % (lo(5), lo(54))), ("api-token", "CATTLE_TOKEN", lambda: "token-%s:%s" % (lo(5), lo(54)))],
     [("cluster-id", "RANCHER_CLUSTER_ID", lambda: "c-m-" + lo(8)), ("access-key", "RANCHER_ACCESS_KEY", lambda: "token-" + lo(5))])
prov("rclone", "RCLONE", [("b2-key", "RCLONE_CONFIG_B2_KEY", lambda: "K00" + a(28)), ("obscured-pass", "RCLONE_CONFIG_SFTP_PASS", lambda: bu(42))],
     [("b2-account", "RCLONE_CONFIG_B2_ACCOUNT", lambda: h(12) + "0000000001"), ("type", "RCLONE_CONFIG_B2_TYPE", ph("b2"))])
prov("reddit", "REDDIT", [("client-secret", "REDDIT_CLIENT_SECRET", lambda: bu(30)), ("refresh-token", "REDDIT_REFRESH_TOKEN", lambda: d(11) + "-" + bu(30))],
     [("client-id", "REDDIT_CLIENT_ID", lambda: bu(22)), ("user-agent", "REDDIT_USER_AGENT", ph("python:acme-modbot:v1.2 (by /u/acme)"))])
prov("render", "RENDER", [("api-key", "RENDER_API_KEY", lambda: "rnd_" + a(32)), ("deploy-hook", "RENDER_DEPLOY_HOOK_URL", lambda: "https://api.render.com/deploy/srv-%s?key=%s" % (lo(20), bu(11)))],
     [("service-id", "RENDER_SERVICE_ID", lambda: "srv-" + lo(20)), ("placeholder", "RENDER_API_KEY", ph("rnd_xxxxxxxxxxxxxxxx"))])
prov("replicate", "REPLICATE", [("api-token", "REPLICATE_API_TOKEN", lambda: "r8_" + a(37)), ("api-token", "REPLICATE_API_KEY", lambda: "r8_" + a(37))],
     [("model-version", "REPLICATE_MODEL_VERSION", lambda: h(64)), ("placeholder", "REPLICATE_API_TOKEN", ph("r8_******"))])
prov("resend", "RESEND", [("api-key", "RESEND_API_KEY", lambda: "re_%s_%s" % (a(8), a(24))), ("api-key", "RESEND_API_KEY", lambda: "re_%s_%s" % (a(8), a(24)))],
     [("placeholder", "RESEND_API_KEY", ph("re_123456789")), ("audience-id", "RESEND_AUDIENCE_ID", uuid)])
prov("rollbar", "ROLLBAR", [("server-token", "ROLLBAR_ACCESS_TOKEN", lambda: h(32)), ("server-token", "ROLLBAR_SERVER_TOKEN", lambda: h(32))],
     [("client-token", "ROLLBAR_CLIENT_TOKEN", lambda: h(32)), ("environment", "ROLLBAR_ENV", ph("production"))])
prov("rootly", "ROOTLY", [("api-key", "ROOTLY_API_TOKEN", lambda: "rootly_" + h(64)), ("api-key", "ROOTLY_API_KEY", lambda: "rootly_" + h(64))],
     [("placeholder", "ROOTLY_API_TOKEN", ph("rootly_<token>")), ("team-id", "ROOTLY_TEAM_ID", uuid)])
prov("rubygems", "RUBYGEMS", [("api-key", "GEM_HOST_API_KEY", lambda: "rubygems_" + h(48)), ("api-key", "RUBYGEMS_API_KEY", lambda: "rubygems_" + h(48))],
     [("otp", "GEM_HOST_OTP_CODE", lambda: d(6)), ("checksum", "GEM_SHA256", lambda: h(64))])
prov("salesforce", "SALESFORCE", [("access-token", "SF_ACCESS_TOKEN", lambda: "00D%s!AQ%s" % (a(12), bu(94).replace("-", ".").replace("_", "."))),
                                  ("consumer-secret", "SF_CONSUMER_SECRET", lambda: H(64))],
     [("consumer-key", "SF_CONSUMER_KEY", lambda: "3MVG9" + bu(80).replace("-", ".").replace("_", ".")), ("org-id", "SF_ORG_ID", lambda: "00D" + a(15))])
prov("segment", "SEGMENT", [("public-api-token", "SEGMENT_PUBLIC_API_TOKEN", lambda: "sgp_" + a(64)), ("write-key", "SEGMENT_WRITE_KEY", lambda: a(32))],
     [("source-id", "SEGMENT_SOURCE_ID", lambda: a(22)), ("placeholder", "SEGMENT_WRITE_KEY", ph("YOUR_WRITE_KEY"))])
prov("sendbird", "SENDBIRD", [("api-token", "SENDBIRD_API_TOKEN", lambda: h(40)), ("api-token", "SENDBIRD_MASTER_TOKEN", lambda: h(40))],
     [("app-id", "SENDBIRD_APP_ID", lambda: uuid().upper()), ("user-id", "SENDBIRD_BOT_USER", ph("support-bot"))])
prov("sentry", "SENTRY", [("org-token", "SENTRY_AUTH_TOKEN", lambda: "sntrys_" + base64.b64encode(json.dumps({"iat": 1764000000.1, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "acme"}, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + bu(43)),
                          ("user-token", "SENTRY_AUTH_TOKEN", lambda: "sntryu_" + h(64))],
     [("dsn", "SENTRY_DSN", lambda: "https://%s@o%s.ingest.de.sentry.io/%s" % (h(32), d(6), d(7))), ("org", "SENTRY_ORG", ph("acme"))])
prov("shodan", "SHODAN", [("api-key", "SHODAN_API_KEY", lambda: a(32)), ("api-key", "SHODAN_API_KEY", lambda: a(32))],
     [("placeholder", "SHODAN_API_KEY", ph("YOUR_API_KEY_HERE")), ("query", "SHODAN_QUERY", ph("org:Acme port:22"))])
prov("shortcut", "SHORTCUT", [("api-token", "SHORTCUT_API_TOKEN", uuid), ("api-token", "CLUBHOUSE_API_TOKEN", uuid)],
     [("workspace", "SHORTCUT_WORKSPACE", ph("acme")), ("story-id", "SHORTCUT_STORY_ID", lambda: d(5))])
prov("slack", "SLACK", [("bot-token", "SLACK_BOT_TOKEN", lambda: "xoxb-%s-%s-%s" % (d(12), d(13), a(24))),
                        ("webhook-url", "SLACK_WEBHOOK_URL", lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (up(10), up(10), a(24)))],
     [("channel-id", "SLACK_CHANNEL_ID", lambda: "C" + up(10)), ("placeholder", "SLACK_BOT_TOKEN", ph("xoxb-your-bot-token"))])
prov("smartsheet", "SMARTSHEET", [("access-token", "SMARTSHEET_ACCESS_TOKEN", lambda: a(37)), ("access-token-legacy", "SMARTSHEET_API_TOKEN", lambda: lo(26))],
     [("sheet-id", "SMARTSHEET_SHEET_ID", lambda: d(16)), ("placeholder", "SMARTSHEET_ACCESS_TOKEN", ph("<ACCESS_TOKEN>"))])
prov("snyk", "SNYK", [("api-token", "SNYK_TOKEN", uuid), ("api-token", "SNYK_API_TOKEN", uuid)],
     [("org-id", "SNYK_ORG_ID", uuid), ("reference", "SNYK_TOKEN", ph("${{ secrets.SNYK_TOKEN }}"))])
prov("sourcegraph", "SOURCEGRAPH", [("access-token", "SRC_ACCESS_TOKEN", lambda: "sgp_%s_%s" % (h(16), h(40))), ("access-token-legacy", "SOURCEGRAPH_TOKEN", lambda: "sgp_" + h(40))],
     [("endpoint", "SRC_ENDPOINT", ph("https://sourcegraph.acme.example")), ("placeholder", "SRC_ACCESS_TOKEN", ph("sgp_<token>"))])
prov("sparkpost", "SPARKPOST", [("api-key", "SPARKPOST_API_KEY", lambda: h(40)), ("api-key", "SPARKPOST_API_KEY", lambda: h(40))],
     [("template-id", "SPARKPOST_TEMPLATE", ph("order-confirmation")), ("sha1", "SPARKPOST_WEBHOOK_SHA1", lambda: h(40))])
prov("splunk", "SPLUNK", [("hec-token", "SPLUNK_HEC_TOKEN", uuid), ("hec-token", "SPLUNK_TOKEN", lambda: uuid().upper())],
     [("index", "SPLUNK_INDEX", ph("main")), ("request-id", "SPLUNK_REQUEST_ID", uuid)])
prov("steam", "STEAM", [("web-api-key", "STEAM_API_KEY", lambda: H(32)), ("web-api-key", "STEAM_WEB_API_KEY", lambda: H(32))],
     [("steam-id", "STEAM_ID", lambda: "7656119" + d(10)), ("app-id", "STEAM_APP_ID", lambda: d(6))])
prov("stripe", "STRIPE", [("secret-key-live", "STRIPE_SECRET_KEY", lambda: "sk_live_51" + a(97)), ("restricted-key", "STRIPE_RESTRICTED_KEY", lambda: "rk_live_51" + a(97))],
     [("publishable-key", "STRIPE_PUBLISHABLE_KEY", lambda: "pk_live_51" + a(97)), ("price-id", "STRIPE_PRICE_ID", lambda: "price_1" + a(23))])
prov("stytch", "STYTCH", [("secret-live", "STYTCH_SECRET", lambda: "secret-live-" + bu(36)), ("secret-test", "STYTCH_SECRET", lambda: "secret-test-" + bu(36))],
     [("project-id", "STYTCH_PROJECT_ID", lambda: "project-live-" + uuid()), ("public-token", "STYTCH_PUBLIC_TOKEN", lambda: "public-token-live-" + uuid())])
prov("sumologic", "SUMOLOGIC", [("access-key", "SUMO_ACCESS_KEY", lambda: a(64)), ("access-key", "SUMOLOGIC_ACCESSKEY", lambda: a(64))],
     [("access-id", "SUMO_ACCESS_ID", lambda: "su" + a(12)), ("endpoint", "SUMO_ENDPOINT", ph("https://api.eu.sumologic.com/api/"))])
prov("tailscale", "TAILSCALE", [("auth-key", "TS_AUTHKEY", lambda: "tskey-auth-%sCNTRL-%s" % (a(7), a(33))), ("api-key", "TS_API_KEY", lambda: "tskey-api-%sCNTRL-%s" % (a(7), a(33)))],
     [("node-key", "TS_NODE_KEY", lambda: "nodekey:" + h(64)), ("tailnet", "TS_TAILNET", ph("acme.org.github"))])
prov("tavily", "TAVILY", [("api-key", "TAVILY_API_KEY", lambda: "tvly-" + a(32)), ("api-key-dev", "TAVILY_API_KEY", lambda: "tvly-dev-" + a(32))],
     [("placeholder", "TAVILY_API_KEY", ph("tvly-YOUR_API_KEY")), ("depth", "TAVILY_SEARCH_DEPTH", ph("advanced"))])
prov("tenable", "TENABLE", [("secret-key", "TENABLE_SECRET_KEY", lambda: h(64)), ("secret-key", "TIO_SECRET_KEY", lambda: h(64))],
     [("access-key", "TENABLE_ACCESS_KEY", lambda: h(64)), ("scan-id", "TENABLE_SCAN_ID", lambda: d(3))])
prov("tencentcloud", "TENCENTCLOUD", [("secret-id", "TENCENTCLOUD_SECRET_ID", lambda: "AKID" + a(32)), ("secret-key", "TENCENTCLOUD_SECRET_KEY", lambda: a(32))],
     [("region", "TENCENTCLOUD_REGION", ph("ap-guangzhou")), ("app-id", "TENCENTCLOUD_APPID", lambda: d(10))])
prov("terraform", "TFE", [("api-token", "TFE_TOKEN", lambda: "%s.atlasv1.%s" % (a(14), a(67))), ("api-token", "TF_TOKEN_app_terraform_io", lambda: "%s.atlasv1.%s" % (a(14), a(67)))],
     [("organization", "TFE_ORGANIZATION", ph("acme")), ("workspace-id", "TFE_WORKSPACE_ID", lambda: "ws-" + a(16))])
prov("tigris", "TIGRIS", [("secret-key", "TIGRIS_SECRET_ACCESS_KEY", lambda: "tsec_" + bu(40)), ("secret-key", "AWS_SECRET_ACCESS_KEY", lambda: "tsec_" + bu(40))],
     [("access-key-id", "TIGRIS_ACCESS_KEY_ID", lambda: "tid_" + bu(30)), ("endpoint", "AWS_ENDPOINT_URL_S3", ph("https://fly.storage.tigris.dev"))])
prov("tinybird", "TINYBIRD", [("admin-token", "TB_TOKEN", lambda: "p.eyJ1IjogIj%s.%s" % (bu(90), bu(43))), ("admin-token", "TINYBIRD_TOKEN", lambda: "p.eyJ1IjogIj%s.%s" % (bu(90), bu(43)))],
     [("host", "TB_HOST", ph("https://api.europe-west2.gcp.tinybird.co")), ("placeholder", "TB_TOKEN", ph("p.XXXXXXXX"))])
prov("toggl", "TOGGL", [("api-token", "TOGGL_API_TOKEN", lambda: h(32)), ("api-token", "TOGGL_TOKEN", lambda: h(32))],
     [("workspace-id", "TOGGL_WORKSPACE_ID", lambda: d(7)), ("md5", "TOGGL_EXPORT_MD5", lambda: h(32))])
prov("twilio", "TWILIO", [("auth-token", "TWILIO_AUTH_TOKEN", lambda: h(32)), ("api-key-secret", "TWILIO_API_SECRET", lambda: a(32))],
     [("account-sid", "TWILIO_ACCOUNT_SID", lambda: "AC" + h(32)), ("api-key-sid", "TWILIO_API_KEY", lambda: "SK" + h(32))])
prov("upstash", "UPSTASH", [("redis-rest-token", "UPSTASH_REDIS_REST_TOKEN", lambda: "AX" + bu(4) + "AAIjcDE" + bu(48)),
                            ("qstash-signing-key", "QSTASH_CURRENT_SIGNING_KEY", lambda: "sig_" + a(28))],
     [("rest-url", "UPSTASH_REDIS_REST_URL", lambda: "https://%s-%s-%d.upstash.io" % (word(), animal(), R.randint(10000, 99999))), ("read-only-placeholder", "UPSTASH_REDIS_REST_TOKEN", ph("********"))])
prov("vault", "VAULT", [("service-token", "VAULT_TOKEN", lambda: "hvs.CAESI" + bu(86)), ("service-token-legacy", "VAULT_TOKEN", lambda: "s." + a(24))],
     [("accessor", "VAULT_TOKEN_ACCESSOR", lambda: a(24)), ("dev-root", "VAULT_DEV_ROOT_TOKEN_ID", ph("root"))])
prov("vonage", "VONAGE", [("api-secret", "VONAGE_API_SECRET", lambda: a(16)), ("signature-secret", "VONAGE_SIGNATURE_SECRET", lambda: a(48))],
     [("api-key", "VONAGE_API_KEY", lambda: h(8)), ("application-id", "VONAGE_APPLICATION_ID", uuid)])
prov("voyageai", "VOYAGE", [("api-key", "VOYAGE_API_KEY", lambda: "pa-" + bu(43)), ("api-key", "VOYAGE_API_KEY", lambda: "pa-" + bu(43))],
     [("model", "VOYAGE_MODEL", ph("voyage-3-large")), ("placeholder", "VOYAGE_API_KEY", ph("pa-..."))])
prov("vultr", "VULTR", [("api-key", "VULTR_API_KEY", lambda: up(36)), ("api-key", "VULTR_API_KEY", lambda: up(36))],
     [("instance-id", "VULTR_INSTANCE_ID", uuid), ("region", "VULTR_REGION", ph("fra"))])
prov("wandb", "WANDB", [("api-key", "WANDB_API_KEY", lambda: h(40)), ("api-key-local", "WANDB_API_KEY", lambda: "local-" + h(40))],
     [("run-id", "WANDB_RUN_ID", lambda: lo(8)), ("entity", "WANDB_ENTITY", ph("acme-ml"))])
prov("xai", "XAI", [("api-key", "XAI_API_KEY", lambda: "xai-" + a(80)), ("api-key", "XAI_API_KEY", lambda: "xai-" + a(80))],
     [("model", "XAI_MODEL", ph("grok-4")), ("placeholder", "XAI_API_KEY", ph("xai-..."))])
prov("xendit", "XENDIT", [("secret-key-live", "XENDIT_SECRET_KEY", lambda: "xnd_production_" + a(60)), ("secret-key-dev", "XENDIT_SECRET_KEY", lambda: "xnd_development_" + a(60))],
     [("public-key", "XENDIT_PUBLIC_KEY", lambda: "xnd_public_development_" + a(60)), ("callback-token-placeholder", "XENDIT_CALLBACK_TOKEN", ph("<callback verification token>"))])
prov("zapier", "ZAPIER", [("webhook-url", "ZAPIER_WEBHOOK_URL", lambda: "https://hooks.zapier.com/hooks/catch/%s/%s/" % (d(7), lo(7))), ("webhook-url", "ZAPIER_HOOK", lambda: "https://hooks.zapier.com/hooks/catch/%s/%s/" % (d(8), lo(7)))],
     [("zap-id", "ZAPIER_ZAP_ID", lambda: d(9)), ("placeholder", "ZAPIER_WEBHOOK_URL", ph("https://hooks.zapier.com/hooks/catch/XXXXXX/XXXXXX/"))])

# Providers used only in repos/ (not drawn for the snippets half).
EXTRA = {}


def extra(name, fmts):
    EXTRA[name] = fmts


extra("aws", {"access-key-id": lambda: "AKIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "secret-key": lambda: a(40)[:20] + "/" + a(19),
              "example-key-id": lambda: "AKIAIOSFODNN7EXAMPLE"})
extra("azure", {"storage-key": lambda: b64(64), "client-secret": lambda: a(3) + "8Q~" + bu(34), "sas-sig": lambda: b64(32)})
extra("google", {"api-key": lambda: "AIza" + bu(35), "oauth-client-secret": lambda: "GOCSPX-" + bu(28)})
extra("openai", {"project-key": lambda: "sk-proj-" + bu(74) + "T3BlbkFJ" + bu(74), "legacy-key": lambda: "sk-" + a(20) + "T3BlbkFJ" + a(20)})
extra("anthropic", {"api-key": lambda: "sk-ant-api03-" + bu(93) + "AA"})
extra("sendgrid", {"api-key": lambda: "SG." + bu(22) + "." + bu(43)})
extra("npm", {"token": lambda: gh("npm_")})
extra("pypi", {"token": lambda: "pypi-AgEIcHlwaS5vcmc" + bu(120)})
extra("nuget", {"api-key": lambda: "oy2" + lo(43)})
extra("gitlab", {"pat": lambda: "glpat-" + bu(20), "runner-token": lambda: "glrt-" + bu(20)})
extra("cratesio", {"token": lambda: "cio" + a(32)})
extra("clojars", {"token": lambda: "CLOJARS_" + h(60)})
extra("hexpm", {"api-key": lambda: h(32)})
extra("huggingface", {"token": lambda: "hf_" + pick(string.ascii_letters, 34)})
extra("cloudflare", {"api-token": lambda: bu(40), "origin-ca-key": lambda: "v1.0-" + h(24) + "-" + h(146)})
extra("digitalocean", {"pat": lambda: "dop_v1_" + h(64), "spaces-secret": lambda: b64(32).rstrip("=")[:43]})
extra("mongodb", {"uri": lambda: "mongodb+srv://app:%s@cluster0.%s.mongodb.net/shop" % (a(16), lo(5))})
extra("snowflake", {"password": lambda: a(20)})
extra("mysql", {"password": lambda: a(16)})
extra("generic", {"password": lambda: a(16), "secret": lambda: h(64), "hex32": lambda: h(32), "b64": lambda: b64(32)})
extra("gcp", {})
extra("mailchimp", {"api-key": lambda: h(32) + "-us%d" % R.randint(1, 21)})
extra("shopify", {"admin-token": lambda: "shpat_" + h(32), "shared-secret": lambda: "shpss_" + h(32)})
extra("square", {"access-token": lambda: "EAAA" + bu(60)})
extra("mollie", {"live-key": lambda: "live_" + a(30)})
extra("woocommerce", {"consumer-secret": lambda: "cs_" + h(40), "consumer-key": lambda: "ck_" + h(40)})
extra("okta", {"api-token": lambda: "00" + bu(40)})
extra("azuredevops", {})
extra("rapidapi", {"key": lambda: h(10) + "msh" + h(15) + "p1" + h(6) + "jsn" + h(12)})
extra("mapbox", {"secret": lambda: "sk.eyJ1IjoiYWNtZSIsImEiOiJ" + bu(30) + "." + bu(22), "public": lambda: "pk.eyJ1IjoiYWNtZSIsImEiOiJ" + bu(30) + "." + bu(22)})
extra("newrelic", {"license-key": lambda: h(36) + "NRAL", "user-key": lambda: "NRAK-" + up(27)})
extra("pagerduty", {"api-key": lambda: "u+" + bu(18)})
extra("opsgenie", {"api-key": uuid})
extra("zendesk", {"api-token": lambda: a(40)})
extra("telegram", {"bot-token": lambda: "%s:AA%s" % (d(10), bu(33))})
extra("microsoftteams", {"webhook": lambda: "https://acme.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (uuid(), uuid(), h(32), uuid(), bu(43))})
extra("hubspot", {"pat": lambda: "pat-na1-" + uuid()})
extra("dynatrace", {"api-token": lambda: "dt0c01.%s.%s" % (up(24), up(64))})
extra("elastic", {"api-key": lambda: b64(40)})
extra("kubernetes", {"bootstrap-token": lambda: "%s.%s" % (lo(6), lo(16))})
extra("rails", {"master-key": lambda: h(32), "secret-key-base": lambda: h(128)})
extra("drupal", {"hash-salt": lambda: bu(74)})
extra("wordpress", {"auth-key": lambda: pick(string.ascii_letters + string.digits + "!@#%^&*()-_[]{}<>~+=,.;:/?|", 64)})
extra("netlify", {"pat": lambda: "nfp_" + a(36)})
extra("vercel", {"token": lambda: a(24)})
extra("linear", {"api-key": lambda: "lin_api_" + a(40)})
extra("figma", {"pat": lambda: "figd_" + bu(40)})
extra("deepgram", {"api-key": lambda: h(40)})
extra("elevenlabs", {"api-key": lambda: "sk_" + h(48)})
extra("mistral", {"api-key": lambda: a(32)})
extra("groq", {"api-key": lambda: "gsk_" + a(52)})
extra("cohere", {"api-key": lambda: a(40)})
extra("ngrok", {"authtoken": lambda: a(27) + "_" + a(21)})
extra("doppler", {"service-token": lambda: "dp.st.prd." + a(43)})
extra("pulumi", {"access-token": lambda: "pul-" + h(40)})
extra("flyio", {"token": lambda: "FlyV1 fm2_" + b64(120)})
extra("supabase", {"secret": lambda: "sb_secret_" + bu(31), "publishable": lambda: "sb_publishable_" + bu(31)})
extra("neon", {"api-key": lambda: "napi_" + lo(64)})
extra("prefect", {"api-key": lambda: "pnu_" + a(36)})
extra("railway", {"token": uuid})
extra("sonarcloud", {"token": lambda: "squ_" + h(40)})
extra("snyk", {})
extra("jenkins", {"api-token": lambda: "11" + h(32)})
extra("buildkite", {"token": lambda: "bkua_" + h(40)})
extra("teamcity", {"token": lambda: "eyJ0eXAiOiAiVENWMiJ9." + bu(36) + "." + bu(48)})
extra("travisci", {"token": lambda: bu(22)})
extra("confluent", {"api-secret": lambda: a(64)})


def env_of(provider):
    return P[provider][0]
