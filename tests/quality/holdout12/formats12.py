"""Provider formats of the twelfth held-out corpus: one line per provider.

P(name, ENV, positives, decoys): positives and decoys are (format, spec) pairs.
A spec is literal text with slots: {a:N} mixed alnum, {l:N} lower alnum, {u:N}
upper alnum, {h:N} lower hex, {H:N} upper hex, {d:N} digits, {b:N} base64
characters, {w:N} base64url characters, {L:N} lowercase letters, {B:N} base32
upper, {bech:N} bech32 upper, {bechl:N} bech32 lower, {uuid}, {jwt}, {pem}.
Values come from one seeded random.Random(12): never real.
"""
import base64
import json
import random
import re

R = random.Random(12)
CH = {
    "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "l": "abcdefghijklmnopqrstuvwxyz0123456789",
    "u": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "d": "0123456789",
    "b": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
    "w": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
    "L": "abcdefghijklmnopqrstuvwxyz",
    "B": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    "bech": "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
    "bechl": "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
}


def rs(kind, n):
    return "".join(R.choice(CH[kind]) for _ in range(n))


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (rs("h", 8), rs("h", 4), rs("h", 3), R.choice("89ab"), rs("h", 3), rs("h", 12))


def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(claims=None):
    c = claims or {"sub": rs("l", 12), "iat": 1760000000 + R.randrange(10**6), "role": R.choice(["service", "admin", "ci"])}
    return "%s.%s.%s" % (b64u({"alg": "HS256", "typ": "JWT"}), b64u(c), rs("w", 43))


def pem(kind="RSA PRIVATE KEY"):
    body = base64.b64encode(bytes(R.randrange(256) for _ in range(R.choice([600, 900])))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


SLOT = re.compile(r"\{(uuid|jwt|pem8?|[A-Za-z]+:\d+)\}")


def expand(spec):
    """Fills every slot of spec; any other brace text is literal."""
    def one(m):
        tok = m.group(1)
        if tok == "uuid":
            return uuid()
        if tok == "jwt":
            return jwt()
        if tok == "pem":
            return pem()
        if tok == "pem8":
            return pem("PRIVATE KEY")
        k, n = tok.split(":")
        return rs(k, int(n))
    return SLOT.sub(one, spec)


PROVIDERS = {}


def P(name, env, pos, dec):
    PROVIDERS[name] = (env, pos, dec)


P("ably", "ABLY_API_KEY", [("root-key", "{a:6}.{a:6}:{w:43}")], [("key-name", "{a:6}.{a:6}")])
P("activecampaign", "ACTIVECAMPAIGN_API_KEY", [("api-key", "{h:72}")], [("account-url", "https://{L:8}.api-us1.com")])
P("adafruit", "ADAFRUIT_IO_KEY", [("aio-key", "aio_{a:28}")], [("feed-key", "{L:7}-temperature")])
P("age", "SOPS_AGE_KEY", [("secret-key", "AGE-SECRET-KEY-1{bech:58}")], [("recipient", "age1{bechl:58}")])
P("agora", "AGORA_APP_CERTIFICATE", [("app-certificate", "{h:32}"), ("customer-secret", "{h:32}")], [("app-id", "{h:32}")])
P("aiven", "AIVEN_TOKEN", [("auth-token", "{b:96}{a:24}==")], [("project", "{L:6}-prod")])
P("akamai", "AKAMAI_CLIENT_SECRET", [("client-secret", "{b:43}="), ("access-token", "akab-{l:16}-{l:16}")],
  [("host", "akab-{l:16}-{l:16}.luna.akamaiapis.net")])
P("alibabacloud", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", [("access-key-secret", "{a:30}")], [("placeholder-id", "LTAIxxxxxxxxxxxxxxxxxxxx")])
P("amplitude", "AMPLITUDE_SECRET_KEY", [("secret-key", "{h:32}")], [("browser-api-key", "{h:32}")])
P("anthropic", "ANTHROPIC_API_KEY", [("api-key", "sk-ant-api03-{w:93}AA"), ("admin-key", "sk-ant-admin01-{w:93}AA")],
  [("truncated", "sk-ant-api03-{w:12}...")])
P("anyscale", "ANYSCALE_API_KEY", [("endpoint-key", "esecret_{l:26}")], [("cluster-id", "ses_{l:24}")])
P("appcrypto", "APP_ENCRYPTION_KEY", [("aes-key-b64", "{b:43}="), ("aes-key-hex", "{h:64}")], [("sha256", "{h:64}")])
P("aspnet", "MACHINE_VALIDATION_KEY", [("validation-key", "{H:128}"), ("decryption-key", "{H:64}")], [("autogenerate", "AutoGenerate,IsolateApps")])
P("atlassian", "JIRA_API_TOKEN", [("api-token", "ATATT3xFfGF0{w:170}={H:8}"), ("legacy-token", "{a:24}")], [("cloud-id", "{uuid}")])
P("aws", "AWS_SECRET_ACCESS_KEY", [("access-key-id", "AKIA{B:16}"), ("secret-key", "{a:20}/{b:19}")],
  [("docs-example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")])
P("axiom", "AXIOM_TOKEN", [("api-token", "xaat-{uuid}"), ("personal-token", "xapt-{uuid}")], [("org-id", "{L:6}-{l:4}")])
P("azure", "AZURE_CLIENT_SECRET", [("client-secret", "{a:3}8Q~{w:31}"),
                                   ("storage-conn", "DefaultEndpointsProtocol=https;AccountName={l:12};AccountKey={b:86}==;EndpointSuffix=core.windows.net")],
  [("tenant-id", "{uuid}")])
P("blockfrost", "BLOCKFROST_PROJECT_ID", [("mainnet", "mainnet{a:32}"), ("preprod", "preprod{a:32}")], [("truncated", "mainnet{a:6}")])
P("box", "BOX_DEVELOPER_TOKEN", [("developer-token", "{a:32}")], [("client-id", "{l:32}")])
P("brevo", "BREVO_API_KEY", [("api-key", "xkeysib-{h:64}-{a:16}"), ("smtp-key", "xsmtpsib-{h:64}-{a:16}")], [("masked", "xkeysib-****************")])
P("browserstack", "BROWSERSTACK_ACCESS_KEY", [("access-key", "{a:20}")], [("username", "{L:8}_{a:7}")])
P("bugsnag", "BUGSNAG_API_KEY", [("notifier-key", "{h:32}")], [("build-uuid", "{uuid}")])
P("buildkite", "BUILDKITE_AGENT_TOKEN", [("api-token", "bkua_{h:40}"), ("agent-token", "{l:50}")], [("build-id", "{uuid}")])
P("calcom", "CAL_API_KEY", [("live-key", "cal_live_{h:32}"), ("test-key", "cal_test_{h:32}")], [("placeholder", "cal_live_<your-key>")])
P("cfnparams", "DB_MASTER_PASSWORD", [("parameter-value", "{a:12}!{a:8}")], [("dynamic-ref", "{{resolve:secretsmanager:prod/db:SecretString:password}}")])
P("clickup", "CLICKUP_API_TOKEN", [("personal-token", "pk_{d:8}_{u:32}")], [("team-id", "{d:8}")])
P("clojars", "CLOJARS_DEPLOY_TOKEN", [("deploy-token", "CLOJARS_{h:60}")], [("username", "{L:9}")])
P("cloudflare", "CLOUDFLARE_API_TOKEN", [("api-token", "{w:40}"), ("global-key", "{h:37}")], [("zone-id", "{h:32}")])
P("coda", "CODA_API_TOKEN", [("api-token", "{uuid}")], [("doc-id", "{w:10}")])
P("cohere", "CO_API_KEY", [("api-key", "{a:40}")], [("model", "command-r-plus-08-2024")])
P("conda", "ANACONDA_TOKEN", [("channel-token", "{l:2}-{uuid}")], [("channel", "conda-forge")])
P("confluent", "CONFLUENT_API_SECRET", [("api-secret", "{b:64}")], [("api-key-id", "{u:16}")])
P("contentful", "CONTENTFUL_MANAGEMENT_TOKEN", [("cma-token", "CFPAT-{w:43}"), ("delivery-token", "{w:43}")], [("space-id", "{l:12}")])
P("convex", "CONVEX_DEPLOY_KEY", [("deploy-key", "prod:{L:6}-{L:7}-{d:3}|{w:100}"), ("dev-deploy-key", "dev:{L:6}-{L:7}-{d:3}|{w:100}")], [("deployment-url", "https://{L:6}-{L:7}-{d:3}.convex.cloud")])
P("coveralls", "COVERALLS_REPO_TOKEN", [("repo-token", "{a:33}")], [("service", "github-actions")])
P("datadog", "DD_API_KEY", [("api-key", "{h:32}"), ("app-key", "{h:40}")], [("rum-client-token", "pub{h:32}")])
P("dbtcloud", "DBT_CLOUD_API_TOKEN", [("service-token", "dbtc_{w:40}"), ("personal-token", "dbtu_{w:40}")], [("account-id", "{d:6}")])
P("deepl", "DEEPL_AUTH_KEY", [("free-key", "{uuid}:fx"), ("pro-key", "{uuid}")], [("glossary-id", "{uuid}")])
P("deno", "DENO_DEPLOY_TOKEN", [("personal-token", "ddp_{a:36}"), ("org-token", "ddo_{a:36}")], [("project", "{L:7}-{L:5}-{d:2}")])
P("doppler", "DOPPLER_TOKEN", [("service-token", "dp.st.prd.{a:43}"), ("personal-token", "dp.pt.{a:43}")], [("truncated", "dp.st.prd.{a:5}")])
P("drone", "DRONE_RPC_SECRET", [("rpc-secret", "{h:32}"), ("user-token", "{a:32}")], [("server-host", "drone.{L:6}.internal")])
P("dropbox", "DROPBOX_ACCESS_TOKEN", [("short-lived", "sl.{w:135}"), ("app-secret", "{l:15}")], [("app-key", "{l:15}")])
P("dvc", "DVC_REMOTE_SECRET", [("s3-secret", "{b:40}"), ("ssh-password", "{a:14}")], [("remote-url", "s3://{L:6}-dvc-store/cache")])
P("easypost", "EASYPOST_API_KEY", [("production", "EZAK{h:54}"), ("test", "EZTK{h:54}")], [("truncated", "EZAK{h:8}")])
P("elevenlabs", "ELEVENLABS_API_KEY", [("api-key", "sk_{h:48}"), ("legacy", "{h:32}")], [("voice-id", "{a:20}")])
P("ethereum", "DEPLOYER_PRIVATE_KEY", [("private-key", "0x{h:64}")], [("address", "0x{h:40}"), ("tx-hash", "0x{h:64}")])
P("etherscan", "ETHERSCAN_API_KEY", [("api-key", "{u:34}")], [("contract", "0x{h:40}")])
P("figma", "FIGMA_TOKEN", [("pat", "figd_{w:40}")], [("file-key", "{a:22}")])
P("filezilla", "FILEZILLA_PASS", [("site-pass", "{a:16}")], [("host", "ftp.{L:8}.example")])
P("firecrawl", "FIRECRAWL_API_KEY", [("api-key", "fc-{h:32}")], [("placeholder", "fc-YOUR_API_KEY")])
P("flagsmith", "FLAGSMITH_SERVER_KEY", [("server-key", "ser.{a:22}")], [("client-env-key", "{a:22}")])
P("flyio", "FLY_API_TOKEN", [("org-token", "fo1_{w:43}"), ("macaroon", "FlyV1 fm2_lJPECAAAAAAAA{w:180}")], [("app-name", "{L:6}-api")])
P("freshdesk", "FRESHDESK_API_KEY", [("api-key", "{a:20}")], [("domain", "{L:8}.freshdesk.com")])
P("ghost", "GHOST_ADMIN_API_KEY", [("admin-key", "{h:24}:{h:64}")], [("content-key", "{h:26}")])
P("gocardless", "GOCARDLESS_ACCESS_TOKEN", [("live", "live_{w:40}"), ("sandbox", "sandbox_{w:40}")], [("creditor-id", "CR{u:12}")])
P("google", "GOOGLE_API_KEY", [("api-key", "AIza{w:35}"), ("oauth-secret", "GOCSPX-{w:28}")],
  [("client-id", "{d:12}-{l:32}.apps.googleusercontent.com")])
P("groq", "GROQ_API_KEY", [("api-key", "gsk_{a:52}")], [("truncated", "gsk_{a:6}")])
P("heroku", "HEROKU_API_KEY", [("new-token", "HRKU-AA{w:58}"), ("legacy-uuid", "{uuid}")], [("app-id", "{uuid}")])
P("hexpm", "HEX_API_KEY", [("api-key", "{h:32}")], [("package-checksum", "{h:64}")])
P("hiera", "HIERA_DB_PASSWORD", [("plain-password", "{a:18}")], [("eyaml", "ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAxggEhMIIBHQIBADAFMAACAQEw{b:80}]")])
P("homepage", "HOMEPAGE_VAR_SONARR_KEY", [("widget-key", "{h:32}")], [("template", "{{HOMEPAGE_VAR_SONARR_KEY}}")])
P("huggingface", "HF_TOKEN", [("user-token", "hf_{a:34}"), ("org-token", "api_org_{a:34}")], [("model-sha", "{h:40}")])
P("jellyfin", "JELLYFIN_API_KEY", [("api-key", "{h:32}")], [("item-id", "{h:32}")])
P("jettyrealm", "JETTY_ADMIN_PASSWORD", [("realm-password", "{a:14}")], [("obfuscated", "OBF:1{l:3}1{l:3}1{l:3}1{l:3}")])
P("jina", "JINA_API_KEY", [("api-key", "jina_{a:60}")], [("model", "jina-embeddings-v3")])
P("launchdarkly", "LAUNCHDARKLY_SDK_KEY", [("sdk-key", "sdk-{uuid}"), ("api-token", "api-{uuid}")], [("client-side-id", "{h:24}")])
P("lftp", "LFTP_PASSWORD", [("bookmark-password", "{a:12}")], [("host", "sftp.{L:6}.example")])
P("line", "LINE_CHANNEL_ACCESS_TOKEN", [("channel-token", "{b:171}="), ("channel-secret", "{h:32}")], [("channel-id", "{d:10}")])
P("linode", "LINODE_TOKEN", [("pat", "{h:64}")], [("linode-id", "{d:8}")])
P("lob", "LOB_API_KEY", [("live", "live_{h:35}"), ("test", "test_{h:35}")], [("publishable", "live_pub_{h:31}")])
P("mailchimp", "MAILCHIMP_API_KEY", [("api-key", "{h:32}-us{d:2}")], [("list-id", "{h:10}")])
P("mailjet", "MJ_APIKEY_PRIVATE", [("secret-key", "{h:32}")], [("public-key", "{h:32}")])
P("mailosaur", "MAILOSAUR_API_KEY", [("api-key", "{a:32}")], [("server-id", "{l:8}")])
P("mandrill", "MANDRILL_API_KEY", [("api-key", "md-{w:22}")], [("template", "welcome-{L:5}")])
P("matrix", "MATRIX_ACCESS_TOKEN", [("access-token", "syt_{w:8}_{a:20}_{a:6}")], [("room-id", "!{a:18}:matrix.org")])
P("maxmind", "MAXMIND_LICENSE_KEY", [("license-key", "{a:6}_{a:29}_mmk"), ("legacy-license-key", "{a:12}")], [("account-id", "{d:6}")])
P("messagebird", "MESSAGEBIRD_ACCESS_KEY", [("live-key", "{a:25}")], [("originator", "ACMESHOP")])
P("microsoftteams", "TEAMS_WEBHOOK_URL", [("incoming-webhook", "https://{L:8}.webhook.office.com/webhookb2/{uuid}@{uuid}/IncomingWebhook/{h:32}/{uuid}")],
  [("docs-webhook", "https://outlook.office.com/webhook/...")])
P("midtrans", "MIDTRANS_SERVER_KEY", [("server-key", "Mid-server-{w:24}"), ("sandbox-server-key", "SB-Mid-server-{w:24}")], [("client-key", "Mid-client-{w:16}")])
P("mistral", "MISTRAL_API_KEY", [("api-key", "{a:32}")], [("model", "mistral-large-latest")])
P("mollie", "MOLLIE_API_KEY", [("live", "live_{a:30}"), ("org-token", "access_{a:40}")], [("profile-id", "pfl_{a:10}")])
P("mongodbkeyfile", "MONGO_KEYFILE", [("keyfile", "{b:120}")], [("replset", "rs0")])
P("neon", "NEON_API_KEY", [("api-key", "napi_{l:64}")], [("project-id", "{L:5}-{L:5}-{d:8}")])
P("netlify", "NETLIFY_AUTH_TOKEN", [("pat", "nfp_{a:36}"), ("legacy", "{w:43}")], [("site-id", "{uuid}")])
P("notion", "NOTION_TOKEN", [("internal-secret", "secret_{a:43}"), ("ntn-token", "ntn_{d:11}{a:35}")], [("page-id", "{h:32}")])
P("ntfy", "NTFY_TOKEN", [("access-token", "tk_{l:29}")], [("topic", "{L:8}-alerts")])
P("nvidia", "NVIDIA_API_KEY", [("api-key", "nvapi-{w:64}")], [("truncated", "nvapi-{w:6}")])
P("okta", "OKTA_API_TOKEN", [("api-token", "00{w:40}")], [("client-id", "0oa{a:17}")])
P("onesignal", "ONESIGNAL_REST_API_KEY", [("v2-key", "os_v2_app_{l:100}"), ("legacy", "{b:48}")], [("app-id", "{uuid}")])
P("onfido", "ONFIDO_API_TOKEN", [("live", "api_live.{w:11}.{w:32}"), ("sandbox", "api_sandbox.{w:11}.{w:32}")], [("applicant-id", "{uuid}")])
P("openweathermap", "OWM_API_KEY", [("api-key", "{h:32}")], [("city-id", "{d:7}")])
P("oraclecloud", "OCI_CLI_KEY_CONTENT", [("api-signing-key", "{pem}"), ("auth-token", "{a:8}({a:6};{a:5}")],
  [("fingerprint", "{h:2}:{h:2}:{h:2}:{h:2}:{h:2}:{h:2}:{h:2}:{h:2}:{h:2}:{h:2}:{h:2}:{h:2}:{h:2}:{h:2}:{h:2}:{h:2}")])
P("paypal", "PAYPAL_CLIENT_SECRET", [("client-secret", "E{w:79}"), ("access-token", "A21AA{w:92}")], [("client-id", "A{w:79}")])
P("paypalnvp", "PAYPAL_API_SIGNATURE", [("signature", "{a:56}"), ("api-password", "{u:16}")], [("api-username", "{L:8}_api1.{L:6}.com")])
P("paystack", "PAYSTACK_SECRET_KEY", [("live", "sk_live_{h:40}"), ("test", "sk_test_{h:40}")], [("public", "pk_live_{h:40}")])
P("perplexity", "PERPLEXITY_API_KEY", [("api-key", "pplx-{a:48}")], [("placeholder", "pplx-xxxxxxxxxxxxxxxxxxxxxxxx")])
P("persona", "PERSONA_API_KEY", [("production", "persona_production_{uuid}"), ("sandbox", "persona_sandbox_{uuid}")], [("template-id", "itmpl_{a:24}")])
P("pinterest", "PINTEREST_ACCESS_TOKEN", [("access-token", "pina_{u:96}")], [("app-id", "{d:7}")])
P("plaid", "PLAID_SECRET", [("secret", "{h:30}"), ("access-token", "access-production-{uuid}")], [("client-id", "{h:24}")])
P("planetscale", "PLANETSCALE_SERVICE_TOKEN", [("service-token", "pscale_tkn_{w:43}"), ("db-password", "pscale_pw_{w:43}")], [("token-id", "{l:12}")])
P("playwright", "PLAYWRIGHT_SERVICE_ACCESS_TOKEN", [("access-token", "{jwt}")], [("service-url", "wss://eastus.api.playwright.microsoft.com/accounts/{uuid}/browsers")])
P("portainer", "PORTAINER_API_KEY", [("access-token", "ptr_{w:43}")], [("endpoint-id", "{d:1}")])
P("postfix", "SASL_PASSWORD", [("sasl-password", "{a:16}")], [("relayhost", "[smtp.{L:6}.example]:587")])
P("proxysql", "PROXYSQL_ADMIN_PASSWORD", [("admin-password", "{a:16}")], [("docs-default", "admin")])
P("pusher", "PUSHER_APP_SECRET", [("app-secret", "{h:20}")], [("app-key", "{h:20}")])
P("pushover", "PUSHOVER_APP_TOKEN", [("app-token", "a{l:29}")], [("placeholder", "azGDORePK8gMaC0QOYAMyEEuzJnyUi")])
P("pypi", "PYPI_API_TOKEN", [("upload-token", "pypi-AgEIcHlwaS5vcmc{w:70}"), ("test-token", "pypi-AgENdGVzdC5weXBpLm9yZw{w:70}")], [("truncated", "pypi-AgEIcHlwaS5vcmc...")])
P("quicknode", "QUICKNODE_RPC", [("endpoint-token", "https://{L:5}-{L:6}-{L:5}.quiknode.pro/{h:40}/")], [("public-rpc", "https://cloudflare-eth.com")])
P("rails", "SECRET_KEY_BASE", [("secret-key-base", "{h:128}"), ("master-key", "{h:32}")], [("asset-digest", "{h:64}")])
P("render", "RENDER_API_KEY", [("api-key", "rnd_{a:32}")], [("service-id", "srv-{l:20}")])
P("replicate", "REPLICATE_API_TOKEN", [("api-token", "r8_{a:37}")], [("model-version", "{h:64}")])
P("roblox", "ROBLOX_OPEN_CLOUD_KEY", [("open-cloud-key", "{b:64}"), ("roblosecurity",
  "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_{H:320}")],
  [("universe-id", "{d:10}")])
P("rollbar", "ROLLBAR_ACCESS_TOKEN", [("server-token", "{h:32}"), ("account-read-token", "{h:32}")], [("client-token-public", "{h:32}")])
P("sbt", "SBT_CREDENTIALS_PASSWORD", [("credentials-password", "{a:20}")], [("realm", "Sonatype Nexus Repository Manager")])
P("scaleway", "SCW_SECRET_KEY", [("secret-key", "{uuid}")], [("access-key", "SCW{u:17}")])
P("selfhosted", "ADMIN_TOKEN", [("admin-token", "{w:48}")], [("argon2-hash", "$argon2id$v=19$m=65540,t=3,p=4${b:22}${b:43}")])
P("shippo", "SHIPPO_API_TOKEN", [("live", "shippo_live_{h:40}"), ("test", "shippo_test_{h:40}")], [("object-id", "{h:32}")])
P("shopify", "SHOPIFY_ACCESS_TOKEN", [("admin-token", "shpat_{h:32}"), ("shared-secret", "shpss_{h:32}")], [("api-key", "{h:32}")])
P("sidekiq", "BUNDLE_ENTERPRISE__CONTRIBSYS__COM", [("license", "{h:8}:{h:8}")], [("version", "7.3.2")])
P("slack", "SLACK_BOT_TOKEN", [("bot-token", "xoxb-{d:12}-{d:13}-{a:24}"), ("webhook", "https://hooks.slack.com/services/T{u:10}/B{u:10}/{a:24}")],
  [("channel-id", "C{u:10}")])
P("sonarqube", "SONAR_TOKEN", [("user-token", "squ_{h:40}"), ("project-token", "sqp_{h:40}")], [("project-key", "{L:5}:{L:7}")])
P("sourcegraph", "SRC_ACCESS_TOKEN", [("new-token", "sgp_{h:16}_{h:40}"), ("old-token", "sgp_{h:40}")], [("commit", "{h:40}")])
P("sparkpost", "SPARKPOST_API_KEY", [("api-key", "{h:40}")], [("transmission-id", "{d:17}")])
P("steam", "STEAM_WEB_API_KEY", [("web-api-key", "{H:32}")], [("steam-id", "7656119{d:10}")])
P("stripe", "STRIPE_SECRET_KEY", [("secret-live", "sk_live_{a:99}"), ("webhook-secret", "whsec_{a:32}")], [("publishable", "pk_live_{a:99}")])
P("stytch", "STYTCH_SECRET", [("secret", "secret-live-{w:36}="), ("test-secret", "secret-test-{w:36}=")], [("project-id", "project-live-{uuid}")])
P("sumologic", "SUMO_ACCESS_KEY", [("access-key", "{a:64}")], [("access-id", "su{a:12}")])
P("supabase", "SUPABASE_SECRET_KEY", [("secret-key", "sb_secret_{w:31}"), ("access-token", "sbp_{h:40}")], [("publishable", "sb_publishable_{w:31}")])
P("tavily", "TAVILY_API_KEY", [("api-key", "tvly-{a:32}"), ("dev-key", "tvly-dev-{a:32}")], [("placeholder", "tvly-YOUR_API_KEY")])
P("teamcity", "TEAMCITY_TOKEN", [("access-token", "eyJ0eXAiOiAiVENWMiJ9.{w:36}.{w:48}")], [("build-id", "{d:6}")])
P("telegram", "TELEGRAM_BOT_TOKEN", [("bot-token", "{d:10}:AA{w:33}")], [("chat-id", "-100{d:10}")])
P("togetherai", "TOGETHER_API_KEY", [("legacy", "{h:64}"), ("tgp", "tgp_v1_{w:43}")], [("model", "meta-llama/Llama-3.3-70B-Instruct-Turbo")])
P("toggl", "TOGGL_API_TOKEN", [("api-token", "{h:32}")], [("workspace-id", "{d:7}")])
P("travisci", "TRAVIS_API_TOKEN", [("api-token", "{w:22}")], [("secure-blob", "{b:88}")])
P("ubidots", "UBIDOTS_TOKEN", [("token", "BBUS-{a:30}"), ("legacy", "BBFF-{a:30}")], [("device-label", "{L:6}-sensor")])
P("upstash", "UPSTASH_REDIS_REST_TOKEN", [("rest-token", "AX{w:68}=")], [("rest-url", "https://{L:6}-{L:5}-{d:5}.upstash.io")])
P("vaultinit", "VAULT_ROOT_TOKEN", [("root-token", "hvs.{w:24}"), ("unseal-key", "{b:44}")], [("accessor", "{a:24}")])
P("vectara", "VECTARA_API_KEY", [("index-key", "zwt_{w:48}"), ("query-key", "zqt_{w:48}")], [("customer-id", "{d:10}")])
P("vercel", "VERCEL_TOKEN", [("token", "{a:24}")], [("project-id", "prj_{a:28}")])
P("virustotal", "VT_API_KEY", [("api-key", "{h:64}")], [("file-sha256", "{h:64}")])
P("wandb", "WANDB_API_KEY", [("api-key", "{h:40}")], [("run-id", "{l:8}")])
P("wildfly", "WILDFLY_DS_PASSWORD", [("datasource-password", "{a:16}")], [("mgmt-user-hash", "{h:32}")])
P("windows", "AUTOLOGON_PASSWORD", [("autologon-password", "{a:10}#{d:3}")], [("sid", "S-1-5-21-{d:10}-{d:10}-{d:10}-1001")])
P("woocommerce", "WOOCOMMERCE_CONSUMER_SECRET", [("consumer-secret", "cs_{h:40}"), ("consumer-key", "ck_{h:40}")], [("truncated", "cs_{h:6}")])
P("xai", "XAI_API_KEY", [("api-key", "xai-{a:80}")], [("model", "grok-4")])
P("xendit", "XENDIT_SECRET_KEY", [("production", "xnd_production_{w:60}"), ("development", "xnd_development_{w:60}")], [("public", "xnd_public_production_{w:60}")])
P("zuplo", "ZUPLO_API_KEY", [("consumer-key", "zpka_{h:32}_{h:8}")], [("bucket", "{L:8}-prod")])
P("proxmox", "PROXMOX_TOKEN_SECRET", [("api-token-secret", "{uuid}"), ("api-token-header", "PVEAPIToken=root@pam!ci={uuid}")], [("token-id", "root@pam!ci")])
P("rancher", "RANCHER_TOKEN", [("bearer-token", "token-{l:5}:{l:54}")], [("cluster-id", "c-m-{l:8}")])
P("reddit", "REDDIT_CLIENT_SECRET", [("client-secret", "{w:30}")], [("client-id", "{w:22}")])
