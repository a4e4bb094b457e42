"""Key formats for holdout14 (written blind; see SOURCES.md for which were checked in docs).

Spec language: literal text with {X:N} runs, X one of
  h hex lower, H hex upper, a alphanumeric, U upper+digits,
  d digits, b base64url [A-Za-z0-9_-], s base64 [A-Za-z0-9+/], u a UUID (N ignored),
  L lower letters, c/C bech32 lower/upper, Z base32 upper.
PROVIDERS: provider -> (words for the setting name, [(format, spec)], [(decoy kind, spec)]).
"""
import re
import string

ALPH = {
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "a": string.ascii_letters + string.digits,
    "l": string.ascii_lowercase + string.digits,
    "U": string.ascii_uppercase + string.digits,
    "d": string.digits,
    "b": string.ascii_letters + string.digits + "_-",
    "s": string.ascii_letters + string.digits + "+/",
    "L": string.ascii_lowercase,
    "c": "qpzry9x8gf2tvdw0s3jn54khce6mua7l",  # bech32
    "C": "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
    "Z": string.ascii_uppercase + "234567",  # base32
}


def expand(spec, R):
    def one(m):
        x, n = m.group(1), int(m.group(2))
        if x == "u":
            h = "".join(R.choice(ALPH["h"]) for _ in range(32))
            return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])
        return "".join(R.choice(ALPH[x]) for _ in range(n))
    return re.sub(r"\{([hHalUdbsuLcCZ]):(\d+)\}", one, spec)


P = {}


def p(name, words, pos, dec):
    P[name] = (words, pos, dec)


p("ably", "ably", [("api-key", "{a:6}.{b:6}:{b:43}")], [("key-name", "{a:6}.{b:6}")])
p("age", "age identity", [("secret-key", "AGE-SECRET-KEY-1{C:58}")], [("recipient", "age1{c:58}")])
p("agora", "agora certificate", [("app-certificate", "{h:32}")], [("app-id", "{h:32}")])
p("airtable", "airtable", [("personal-access-token", "pat{a:14}.{h:64}")], [("base-id", "app{a:14}")])
p("aiven", "aiven", [("api-token", "{s:64}{s:64}{s:64}{s:28}==")], [("project", "acme-pg-{l:6}")])
p("akamai", "edgegrid", [("edgegrid-client-secret", "{s:43}=")], [("host", "akab-{l:16}-{l:16}.luna.akamaiapis.net")])
p("amplitude", "amplitude", [("secret-key", "{h:32}")], [("api-key-public", "{h:32}")])
p("apify", "apify", [("api-token", "apify_api_{a:36}")], [("user-id", "{a:17}")])
p("asana", "asana", [("personal-access-token", "2/{d:16}/{d:16}:{h:32}"), ("personal-access-token", "1/{d:16}:{h:32}")], [("workspace-gid", "{d:16}")])
p("aws", "aws", [("access-key-id", "AKIA{Z:16}"), ("secret-access-key", "{s:40}")], [("docs-example", "AKIAIOSFODNN7EXAMPLE"), ("account-id", "{d:12}")])
p("binance", "binance", [("api-secret", "{a:64}"), ("api-key", "{a:64}")], [("order-hash", "{h:64}")])
p("bitwarden", "bws", [("access-token", "0.{u:0}.{a:30}:{a:22}==")], [("project-id", "{u:0}")])
p("brevo", "brevo", [("api-key", "xkeysib-{h:64}-{a:16}"), ("smtp-key", "xsmtpsib-{h:64}-{a:16}")], [("masked", "xkeysib-****************{a:4}")])
p("bugsnag", "bugsnag", [("auth-token", "{u:0}")], [("project-id", "{h:24}")])
p("buildkite", "buildkite", [("api-access-token", "bkua_{h:40}")], [("org-slug", "acme-{l:5}")])
p("calcom", "calcom", [("api-key", "cal_live_{h:32}"), ("test-key", "cal_test_{h:32}")], [("event-type-id", "{d:7}")])
p("calendly", "calendly", [("personal-access-token", "eyJraWQiOiIx{b:40}.eyJpc3MiOi{b:160}.{b:86}")], [("user-uri", "https://api.calendly.com/users/{U:16}")])
p("cartesia", "cartesia", [("api-key", "sk_car_{a:24}")], [("voice-id", "{u:0}")])
p("chargebee", "chargebee", [("api-key", "live_{a:34}"), ("test-key", "test_{a:34}")], [("site", "acme-{l:6}-test")])
p("checkoutcom", "checkout", [("secret-key", "sk_sbox_{l:26}{L:1}"), ("secret-key", "sk_{l:26}{L:1}")], [("public-key", "pk_sbox_{l:26}{L:1}")])
p("clickup", "clickup", [("personal-token", "pk_{d:8}_{U:32}")], [("team-id", "{d:8}")])
p("clojars", "clojars deploy", [("deploy-token", "CLOJARS_{h:60}")], [("group", "org.clojars.{L:8}")])
p("cloudinary", "cloudinary", [("url", "cloudinary://{d:15}:{b:27}@{L:8}"), ("api-secret", "{b:27}")], [("api-key-public", "{d:15}")])
p("coda", "coda", [("api-token", "{u:0}")], [("doc-id", "{b:10}")])
p("codecov", "codecov", [("token", "{u:0}")], [("commit-sha", "{h:40}")])
p("cohere", "co", [("api-key", "{a:40}")], [("model", "command-r-plus-08-2024")])
p("coinmarketcap", "cmc pro", [("api-key", "{u:0}")], [("request-id", "{u:0}")])
p("contentful", "contentful management", [("personal-access-token", "CFPAT-{b:43}")], [("space-id", "{l:12}")])
p("convertkit", "kit", [("api-secret", "{b:43}")], [("api-key-public", "{b:22}")])
p("convex", "convex deploy", [("deploy-key", "prod:{L:6}-{L:6}-{d:3}|{s:80}")], [("deployment-url", "https://{L:6}-{L:7}-{d:3}.convex.cloud")])
p("cratesio", "cargo registry", [("api-token", "cio{a:32}")], [("checksum", "{h:64}")])
p("cypress", "cypress record", [("record-key", "{u:0}")], [("project-id", "{l:6}")])
p("deepgram", "deepgram", [("api-key", "{h:40}")], [("project-id", "{u:0}")])
p("discord", "discord", [("bot-token", "MT{b:24}.{b:6}.{b:38}"), ("webhook-url", "https://discord.com/api/webhooks/{d:19}/{b:68}")], [("public-key", "{h:64}"), ("application-id", "{d:19}")])
p("docker", "docker hub", [("hub-pat", "dckr_pat_{b:27}"), ("hub-org-token", "dckr_oat_{b:32}")], [("image-digest", "sha256:{h:64}")])
p("duo", "duo", [("secret-key", "{a:40}")], [("integration-key", "DI{U:18}")])
p("easypost", "easypost", [("api-key", "EZAK{h:54}"), ("test-api-key", "EZTK{h:54}")], [("shipment-id", "shp_{h:32}")])
p("fastly", "fastly", [("api-token", "{b:32}")], [("service-id", "{a:22}")])
p("figma", "figma", [("personal-access-token", "figd_{b:40}")], [("file-key", "{a:22}")])
p("flyio", "fly", [("macaroon-token", "FlyV1 fm2_{s:200}"), ("oauth-token", "fo1_{b:43}")], [("app-name", "acme-api-{l:4}")])
p("gitbook", "gitbook", [("api-token", "gb_api_{a:40}")], [("space-id", "{a:20}")])
p("github", "github", [("pat-classic", "ghp_{a:36}"), ("pat-fine-grained", "github_pat_11{U:20}_{a:59}")], [("client-id", "Iv23li{a:14}"), ("commit-sha", "{h:40}")])
p("gitlab", "gitlab", [("pat", "glpat-{b:20}"), ("runner-token", "glrt-{b:20}")], [("project-id", "{d:8}")])
p("gocardless", "gocardless", [("access-token", "live_{b:40}"), ("sandbox-token", "sandbox_{b:40}")], [("creditor-id", "CR{U:12}")])
p("googlechat", "chat webhook", [("webhook-url", "https://chat.googleapis.com/v1/spaces/AAAA{b:7}/messages?key=AIzaSy{b:33}&token={b:43}%3D")], [("space", "spaces/AAAA{b:7}")])
p("gotify", "gotify app", [("token", "A{b:14}")], [("client-id", "{d:3}")])
p("groq", "groq", [("api-key", "gsk_{a:52}")], [("model", "llama-3.3-70b-versatile")])
p("hasura", "hasura graphql admin", [("admin-secret", "{a:8}-{a:12}-{a:10}")], [("endpoint", "https://acme-{l:6}.hasura.app/v1/graphql")])
p("heroku", "heroku", [("api-key", "HRKU-AA{b:58}"), ("api-key-legacy", "{u:0}")], [("app-id", "{u:0}")])
p("hexpm", "hex", [("api-key", "{h:32}")], [("package-checksum", "{H:64}")])
p("ibmcloud", "ibmcloud", [("api-key", "{b:44}")], [("crn", "crn:v1:bluemix:public:iam-identity::a/{h:32}::apikey:ApiKey-{u:0}")])
p("ifttt", "maker", [("webhook-key", "{b:22}")], [("event", "door_open")])
p("infracost", "infracost", [("api-key", "ico-{a:32}")], [("run-id", "{u:0}")])
p("infura", "infura", [("api-key", "{h:32}")], [("contract", "0x{h:40}")])
p("intercom", "intercom", [("access-token", "dG9rOj{s:54}=")], [("app-id", "{l:8}")])
p("langfuse", "langfuse", [("secret-key", "sk-lf-{u:0}")], [("public-key", "pk-lf-{u:0}")])
p("line", "line channel", [("channel-access-token", "{s:171}=")], [("channel-id", "{d:10}")])
p("llamacloud", "llama cloud", [("api-key", "llx-{a:48}")], [("pipeline-id", "{u:0}")])
p("lob", "lob", [("live-secret-key", "live_{h:35}"), ("test-secret-key", "test_{h:35}")], [("publishable-key", "live_pub_{h:31}")])
p("logfire", "logfire", [("token", "pylf_v1_us_{a:48}")], [("project", "acme/{l:8}")])
p("mailchimp", "mailchimp", [("api-key", "{h:32}-us{d:2}")], [("list-id", "{h:10}")])
p("mailgun", "mailgun", [("api-key", "{h:32}-{h:8}-{h:8}"), ("api-key-legacy", "key-{h:32}")], [("webhook-signature", "{h:64}")])
p("maxmind", "maxmind license", [("license-key", "{a:6}_{a:29}_mmk")], [("account-id", "{d:6}")])
p("meraki", "meraki dashboard", [("api-key", "{h:40}")], [("org-id", "{d:6}")])
p("mercadopago", "mercadopago", [("access-token", "APP_USR-{d:16}-{d:6}-{h:32}-{d:9}")], [("public-key", "APP_USR-{u:0}")])
p("microsoftteams", "teams webhook", [("webhook-url", "https://acme{l:4}.webhook.office.com/webhookb2/{u:0}@{u:0}/IncomingWebhook/{h:32}/{u:0}/V2{b:40}")], [("tenant-id", "{u:0}")])
p("mistral", "mistral", [("api-key", "{a:32}")], [("model", "mistral-large-2411")])
p("modal", "modal", [("token-secret", "as-{a:22}")], [("token-id", "ak-{a:22}")])
p("mollie", "mollie", [("api-key", "live_{a:30}"), ("test-key", "test_{a:30}")], [("profile-id", "pfl_{a:10}")])
p("mongodb", "atlas", [("atlas-api-private-key", "{u:0}")], [("atlas-public-key", "{L:8}")])
p("neon", "neon", [("api-key", "napi_{l:64}")], [("project-id", "{L:5}-{L:5}-{d:8}")])
p("newrelic", "new relic", [("user-api-key", "NRAK-{U:27}"), ("license-key", "{h:36}NRAL")], [("browser-key", "NRJS-{h:19}"), ("account-id", "{d:7}")])
p("nomad", "nomad", [("acl-token", "{u:0}")], [("accessor-id", "{u:0}")])
p("notion", "notion", [("integration-token", "ntn_{d:11}{a:35}"), ("integration-token-legacy", "secret_{a:43}")], [("database-id", "{h:32}")])
p("okta", "okta", [("api-token", "00{b:40}")], [("client-id", "0oa{a:17}")])
p("onepassword", "op", [("service-account-token", "ops_eyJzaWduSW5BZGRyZXNzIjoi{s:300}"), ("secret-key", "A3-{U:6}-{U:6}-{U:5}-{U:5}-{U:5}-{U:5}")], [("vault-id", "{l:26}")])
p("onesignal", "onesignal rest", [("api-key", "os_v2_app_{l:100}")], [("app-id", "{u:0}")])
p("openweathermap", "owm", [("api-key", "{h:32}")], [("city-id", "{d:7}")])
p("opsgenie", "opsgenie", [("api-key", "{u:0}")], [("request-id", "{u:0}")])
p("ovh", "ovh", [("application-secret", "{a:32}")], [("application-key", "{a:16}")])
p("pagerduty", "pagerduty", [("api-key", "u+{b:18}"), ("integration-key", "{h:32}")], [("service-id", "P{U:6}")])
p("paypalnvp", "paypal nvp", [("api-signature", "A{b:55}")], [("api-username", "sb-{l:8}_api1.business.example.com")])
p("paystack", "paystack", [("secret-key", "sk_live_{h:40}"), ("secret-key", "sk_test_{h:40}")], [("public-key", "pk_live_{h:40}")])
p("perplexity", "pplx", [("api-key", "pplx-{a:48}")], [("model", "sonar-pro")])
p("persona", "persona", [("api-key", "persona_production_{u:0}")], [("template-id", "itmpl_{a:24}")])
p("pinterest", "pinterest", [("access-token", "pina_{U:32}{a:64}")], [("board-id", "{d:18}")])
p("planetscale", "planetscale", [("service-token", "pscale_tkn_{b:43}"), ("database-password", "pscale_pw_{b:43}")], [("branch", "main")])
p("plivo", "plivo", [("auth-token", "{a:40}")], [("auth-id", "MA{U:18}")])
p("portainer", "portainer", [("access-token", "ptr_{s:43}=")], [("endpoint-id", "{d:1}")])
p("postmark", "postmark server", [("api-token", "{u:0}")], [("message-id", "{u:0}")])
p("prefect", "prefect", [("api-key", "pnu_{a:36}"), ("service-account-key", "pnb_{a:36}")], [("workspace-id", "{u:0}")])
p("pulumi", "pulumi", [("access-token", "pul-{h:40}")], [("stack", "acme/infra/prod")])
p("pusher", "pusher", [("app-secret", "{h:20}")], [("app-key", "{h:20}")])
p("railway", "railway", [("api-token", "{u:0}")], [("project-id", "{u:0}")])
p("reddit", "reddit", [("client-secret", "{b:30}")], [("client-id", "{b:22}")])
p("replicate", "replicate", [("api-token", "r8_{a:37}")], [("version", "{h:64}")])
p("rollbar", "rollbar", [("access-token", "{h:32}")], [("item-uuid", "{u:0}")])
p("rootly", "rootly", [("api-key", "rootly_{h:64}")], [("incident-id", "{u:0}")])
p("rubygems", "gem host", [("api-key", "rubygems_{h:48}")], [("gem-sha", "{h:64}")])
p("salesforce", "salesforce", [("access-token", "00D{a:12}!{b:96}"), ("consumer-secret", "{H:64}")], [("consumer-key", "3MVG9{b:80}")])
p("serpapi", "serpapi", [("api-key", "{h:64}")], [("search-id", "{h:24}")])
p("shopify", "shopify", [("admin-token", "shpat_{h:32}"), ("shared-secret", "shpss_{h:32}")], [("api-key-client-id", "{h:32}")])
p("slack", "slack", [("bot-token", "xoxb-{d:11}-{d:13}-{a:24}"), ("webhook-url", "https://hooks.slack.com/services/T{U:8}/B{U:10}/{a:24}")], [("channel-id", "C{U:10}")])
p("sonarcloud", "sonar", [("token", "{h:40}")], [("project-key", "acme_{l:8}")])
p("sonarqube", "sonar", [("user-token", "squ_{h:40}"), ("global-analysis-token", "sqa_{h:40}")], [("project-key", "acme:{l:8}")])
p("spotify", "spotify", [("client-secret", "{h:32}")], [("client-id", "{h:32}")])
p("square", "square", [("access-token", "EAAA{b:60}"), ("oauth-secret", "sq0csp-{b:43}")], [("application-id", "sq0idp-{b:22}")])
p("stripe", "stripe", [("secret-key", "sk_live_51{a:97}"), ("test-key", "sk_test_51{a:97}"), ("webhook-secret", "whsec_{a:32}")], [("publishable-key", "pk_live_51{a:97}")])
p("tavily", "tavily", [("api-key", "tvly-dev-{a:32}")], [("request-id", "{u:0}")])
p("teamcity", "teamcity", [("access-token", "eyJ0eXAiOiAiVENWMiJ9.{b:36}.{b:48}")], [("build-id", "{d:6}")])
p("telegram", "telegram bot", [("bot-token", "{d:10}:AA{b:33}")], [("chat-id", "-100{d:10}")])
p("tenable", "tenable", [("api-secret-key", "{h:64}"), ("api-access-key", "{h:64}")], [("scan-uuid", "{u:0}")])
p("togetherai", "together", [("api-key", "tgp_v1_{b:43}")], [("model", "meta-llama/Llama-3.3-70B-Instruct-Turbo")])
p("trello", "trello", [("token", "ATTA{h:64}{H:8}")], [("api-key-public", "{h:32}")])
p("triggerdev", "trigger", [("secret-key", "tr_prod_{a:20}"), ("personal-access-token", "tr_pat_{a:40}")], [("project-ref", "proj_{l:20}")])
p("twilio", "twilio", [("auth-token", "{h:32}"), ("api-key-secret", "{a:32}")], [("account-sid", "AC{h:32}"), ("api-key-sid", "SK{h:32}")])
p("twitch", "twitch", [("client-secret", "{l:30}"), ("chat-oauth-token", "oauth:{l:30}")], [("client-id", "{l:30}")])
p("twitter", "twitter", [("bearer-token", "AAAAAAAAAAAAAAAAAAAAA{a:27}%3D{a:50}"), ("consumer-secret", "{a:50}")], [("consumer-key", "{a:25}")])
p("typeform", "typeform", [("personal-access-token", "tfp_{b:44}_{b:14}")], [("form-id", "{a:8}")])
p("unkey", "unkey root", [("root-key", "unkey_{a:24}")], [("api-id", "api_{a:16}")])
p("upstash", "upstash", [("redis-rest-token", "A{b:3}ASQgN{b:60}="), ("qstash-signing-key", "sig_{a:28}")], [("rest-url", "https://{L:6}-{L:6}-{d:5}.upstash.io")])
p("uptimerobot", "uptimerobot", [("api-key", "u{d:7}-{h:24}"), ("monitor-api-key", "m{d:9}-{h:24}")], [("monitor-id", "{d:9}")])
p("vercel", "vercel", [("personal-token", "{a:24}"), ("protection-bypass-secret", "{a:32}")], [("project-id", "prj_{a:28}")])
p("virustotal", "vt", [("api-key", "{h:64}")], [("file-sha256", "{h:64}")])
p("voiceflow", "voiceflow dm", [("api-key", "VF.DM.{h:24}.{a:16}")], [("project-id", "{h:24}")])
p("wakatime", "wakatime", [("api-key", "waka_{u:0}")], [("user-id", "{u:0}")])
p("wandb", "wandb", [("api-key", "{h:40}")], [("run-id", "{l:8}")])
p("webex", "webex", [("access-token", "{a:64}_{a:4}_{u:0}"), ("incoming-webhook-url", "https://webexapis.com/v1/webhooks/incoming/Y2lzY29zcGFyazovL3VzL1dFQkhPT0sv{b:48}")], [("room-id", "Y2lzY29zcGFyazovL3VzL1JPT00v{b:48}")])
p("woocommerce", "woocommerce", [("consumer-secret", "cs_{h:40}"), ("consumer-key", "ck_{h:40}")], [("order-key", "wc_order_{a:13}")])
p("xai", "xai", [("api-key", "xai-{a:80}")], [("model", "grok-2-1212")])
p("xendit", "xendit", [("secret-key", "xnd_production_{a:60}"), ("secret-key", "xnd_development_{a:60}")], [("public-key", "xnd_public_production_{a:60}")])
p("yandexcloud", "yc", [("api-key", "AQVN{b:36}"), ("static-access-key-secret", "YC{b:38}")], [("key-id", "YCAJE{b:20}")])
p("zendesk", "zendesk", [("api-token", "{a:40}")], [("ticket-id", "{d:6}")])
p("zoho", "zoho", [("oauth-token", "1000.{h:32}.{h:32}")], [("client-id", "1000.{U:30}")])
p("bugsnag", "bugsnag", [("auth-token", "{u:0}")], [("project-id", "{h:24}")])

# Providers whose secret lives in a file format of its own: the snippet is that file.
NATIVE = {
    "bacula": ("bacula-dir.conf", """Director {
  Name = backup-dir
  DIRport = 9101
  QueryFile = "/etc/bacula/scripts/query.sql"
  WorkingDirectory = "/var/lib/bacula"
  Password = "«p|password|{s:44}»"
  Messages = Daemon
}

Storage {
  Name = File1
  Address = «d|hostname|backup-{l:4}.internal»
  SDPort = 9103
  Password = "«d|placeholder|@@SD_PASSWORD@@»"
  Device = FileChgr1
  Media Type = File1
}

Client {
  Name = web01-fd
  Address = web01.internal
  Catalog = MyCatalog
  Password = "«p|password|{a:32}»"
}
"""),
    "bundler": ("config", """---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_JOBS: "4"
BUNDLE_GEMS__CONTRIBSYS__COM: "«p|source-credentials|{h:8}:{h:8}»"
BUNDLE_ENTERPRISE__KARAFKA__IO: "«d|env-ref|${KARAFKA_LICENSE}»"
BUNDLE_WITHOUT: "development:test"
# fingerprint of the private source's cert: «d|fingerprint|{H:40}»
"""),
    "cfnparams": ("params-prod.json", """[
  { "ParameterKey": "Environment", "ParameterValue": "prod" },
  { "ParameterKey": "VpcId", "ParameterValue": "«d|vpc-id|vpc-{h:17}»" },
  { "ParameterKey": "DBMasterUsername", "ParameterValue": "app_admin" },
  { "ParameterKey": "DBMasterUserPassword", "ParameterValue": "«p|parameter-value|{a:12}#{a:6}»" },
  { "ParameterKey": "ImageDigest", "ParameterValue": "«d|digest|sha256:{h:64}»" },
  { "ParameterKey": "SlackSigningKey", "ParameterValue": "«d|placeholder|{{resolve:secretsmanager:prod/slack:SecretString:key}}»" }
]
"""),
    "dataconf": ("airflow.env", """AIRFLOW__CORE__EXECUTOR=CeleryExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW_CONN_WAREHOUSE=«p|airflow-conn-password|postgres://etl_user:{a:18}@warehouse.internal:5432/analytics»
AIRFLOW_CONN_METRICS_DB='«p|mysql-go-dsn-password|metrics:{a:16}@tcp(mysql.internal:3306)/metrics?parseTime=true»'
AIRFLOW_CONN_S3_DEFAULT=aws://?region_name=eu-west-1
AIRFLOW_CONN_LOCAL=«d|placeholder|postgres://user:password@localhost:5432/dev»
AIRFLOW__WEBSERVER__INSTANCE_NAME=«d|instance|etl-{l:6}»
"""),
    "davfs2": ("secrets", """# davfs2 secrets file - mode 600
# mount point / URL           username        password
/mnt/nextcloud                backup          «p|secrets-password|{a:10}-{a:10}»
https://dav.example.org/remote.php/dav/files/ci/   ci-bot   "«p|secrets-password|{a:24}»"
# proxy.internal              proxyuser       «d|placeholder|<password>»
"""),
    "drupal": ("settings.php", """<?php

$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => getenv('DRUPAL_DB_PASSWORD'),
  'host' => 'db',
  'driver' => 'mysql',
];
$settings['config_sync_directory'] = '../config/sync';
$settings['hash_salt'] = '«p|hash-salt|{b:74}»';
$settings['file_private_path'] = '/var/www/private';
$settings['trusted_host_patterns'] = ['^www\\.example\\.org$'];
// $settings['hash_salt'] = file_get_contents('/var/www/salt.txt');
$config['system.site']['uuid'] = '«d|site-uuid|{u:0}»';
"""),
    "gitlabsecrets": ("gitlab-secrets.json", """{
  "gitlab_workhorse": { "secret_token": "«p|key-base|{s:43}=»" },
  "gitlab_rails": {
    "secret_key_base": "«p|key-base|{h:128}»",
    "db_key_base": "«p|key-base|{h:128}»",
    "otp_key_base": "«p|key-base|{h:128}»"
  },
  "registry": { "http_secret": "«d|placeholder|CHANGE_ME»" },
  "package_checksum": "«d|checksum|{h:64}»"
}
"""),
    "hiera": ("common.yaml", """---
profile::base::ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
profile::db::user: 'app'
profile::db::password: '«p|credential|{a:20}»'
profile::ldap::bind_pw: >
  «d|eyaml-encrypted|ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw{s:120}]»
profile::monitoring::api_token: "«p|credential|{h:40}»"
profile::web::session_secret: "%{lookup('vault_session')}"
profile::web::checksum: '«d|sha1|{h:40}»'
"""),
    "himalaya": ("config.toml", """display-name = "Dana Ops"
downloads-dir = "~/Downloads"

[accounts.work]
default = true
email = "dana@example.org"
backend.type = "imap"
backend.host = "imap.example.org"
backend.port = 993
backend.login = "dana@example.org"
backend.auth.type = "password"
backend.auth.raw = "«p|password|{a:16}»"

[accounts.personal]
email = "dana@mail.example.net"
backend.type = "imap"
backend.host = "imap.mail.example.net"
backend.auth.type = "password"
backend.auth.cmd = "pass show mail/personal"
message.send.backend.type = "smtp"
message.send.backend.auth.raw = "«p|password|{a:8}!{a:8}»"
# message-id of last sync: «d|message-id|<{h:16}@mail.example.net>»
"""),
    "jenkinshome": ("casc-notes.md", """# Restoring the Jenkins controller

After `docker volume create jenkins_home`, the first boot prints the unlock
password. Ours, from the setup on the old host:

    $ cat /var/jenkins_home/secrets/initialAdminPassword
    «p|initial-admin-password|{h:32}»

The instance id (not secret) is «d|instance-id|{h:32}».
Configuration as code lives in `casc.yaml`; the admin password there is `${JENKINS_ADMIN_PASSWORD}`.
"""),
    "laravel": (".env.production", """APP_NAME=Storefront
APP_ENV=production
APP_KEY=«p|app-key|base64:{s:43}=»
APP_DEBUG=false
APP_URL=https://shop.example.org

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=10.0.4.12
DB_DATABASE=storefront
DB_USERNAME=storefront
DB_PASSWORD=«p|password|{a:22}»
CACHE_DRIVER=redis
# APP_PREVIOUS_KEYS=«d|placeholder|base64:...»
MIX_ASSET_HASH=«d|asset-hash|{h:20}»
"""),
    "phoenix": ("prod.secret.exs", """import Config

config :shop, Shop.Repo,
  username: "shop",
  password: System.get_env("DATABASE_PASSWORD"),
  database: "shop_prod",
  pool_size: 15

config :shop, ShopWeb.Endpoint,
  http: [port: 4000],
  secret_key_base: "«p|secret-key-base|{s:64}»"

config :shop, ShopWeb.Endpoint, live_view: [signing_salt: "«d|signing-salt|{a:8}»"]
"""),
    "playwright": ("storageState.json", """{
  "cookies": [
    {
      "name": "session_id",
      "value": "«p|storage-state-cookie|{b:48}»",
      "domain": "app.example.org",
      "path": "/",
      "expires": 1798761600,
      "httpOnly": true,
      "secure": true,
      "sameSite": "Lax"
    },
    { "name": "_ga", "value": "«d|analytics-cookie|GA1.1.{d:10}.{d:10}»", "domain": ".example.org", "path": "/", "expires": 1798761600, "httpOnly": false, "secure": false, "sameSite": "Lax" }
  ],
  "origins": [
    {
      "origin": "https://app.example.org",
      "localStorage": [
        { "name": "auth.access_token", "value": "«p|storage-state-token|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi{b:60}.{b:43}»" },
        { "name": "theme", "value": "dark" }
      ]
    }
  ]
}
"""),
    "rclone": ("rclone.conf", """[b2-backup]
type = b2
account = «d|account-id|{h:12}»
key = «p|config-key|K00{a:28}»
hard_delete = true

[nas]
type = sftp
host = nas.home.arpa
user = backup
pass = «p|obscured-password|{b:38}»
shell_type = unix
md5sum_command = md5sum
"""),
    "sendmail": ("authinfo", """# /etc/mail/authinfo -- makemap hash authinfo < authinfo
AuthInfo:smtp.relay.example.net "U:relay-user" "I:relay-user" "P:«p|authinfo-password|{a:18}»" "M:PLAIN"
AuthInfo:backup-relay.example.net "U:relay-user" "P:«d|placeholder|CHANGEME»" "M:LOGIN"
"""),
    "wildfly": ("standalone-ds.xml", """<subsystem xmlns="urn:jboss:domain:datasources:7.0">
    <datasources>
        <datasource jndi-name="java:jboss/datasources/OrdersDS" pool-name="OrdersDS">
            <connection-url>jdbc:postgresql://db.internal:5432/orders</connection-url>
            <driver>postgresql</driver>
            <security user-name="orders">
                <credential-reference clear-text="«p|credential-clear-text|{a:14}»"/>
            </security>
        </datasource>
        <datasource jndi-name="java:jboss/datasources/AuditDS" pool-name="AuditDS">
            <security user-name="audit">
                <credential-reference store="cs" alias="audit-pw"/>
            </security>
        </datasource>
    </datasources>
</subsystem>
<!-- store digest «d|digest|{h:64}» -->
"""),
}
