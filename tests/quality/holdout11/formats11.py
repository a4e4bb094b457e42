"""Formats of the 150 drawn providers (random.Random(11)), written blind from memory of the
providers' docs (SOURCES.md says which were checked). One line per provider:
ENV name, positives [(format, spec)], near-misses [(kind, spec)].
Spec: literal text with {aN} alnum, {lN} lower alnum, {uN} upper alnum, {hN} lower hex,
{HN} upper hex, {dN} digits, {bN} base64, {xN} base64url, {cN} bech32 upper, {wN} lowercase letters, {U} uuid,
{J} a JWT (HS256, random claims), {W12} twelve BIP-39-like words."""
import base64
import json
import random
import re
import string

R = random.Random(11)
SETS = {"a": string.ascii_letters + string.digits, "l": string.ascii_lowercase + string.digits,
        "u": string.ascii_uppercase + string.digits, "h": "0123456789abcdef", "H": "0123456789ABCDEF",
        "d": string.digits, "b": string.ascii_letters + string.digits + "+/",
        "x": string.ascii_letters + string.digits + "-_", "c": "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", "w": string.ascii_lowercase}
WORDS = ("orbit velvet canyon ladder ripple saddle timber quartz hollow ember falcon meadow lantern "
         "pigeon violin walnut garlic harbor jungle marble nectar oyster pepper rocket sunset tunnel").split()


def rs(cs, n):
    return "".join(R.choice(SETS[cs]) for _ in range(n))


def uuid():
    h = rs("h", 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(claims=None):
    head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = claims or {"sub": uuid(), "iat": 1760000000 + R.randrange(10 ** 6), "role": "service"}
    return "%s.%s.%s" % (head, b64u(json.dumps(body).encode()), rs("x", 43))


def ex(spec):
    def one(m):
        k = m.group(1)
        if k == "U":
            return uuid()
        if k == "J":
            return jwt()
        if k == "W12":
            return " ".join(R.choice(WORDS) for _ in range(12))
        return rs(k[0], int(k[1:]))
    return re.sub(r"\{(U|J|W12|[aluhHdbxcw]\d+)\}", one, spec)


P = {
 "ably": ("ABLY_API_KEY", [("api-key", "{a6}.{a6}:{x43}")], [("key-name-public", "{a6}.{a6}")]),
 "adafruit": ("ADAFRUIT_IO_KEY", [("aio-key", "aio_{a28}")], [("username", "maker_{l6}")]),
 "adobe": ("ADOBE_CLIENT_SECRET", [("client-secret", "p8e-{x32}")], [("client-id", "{h32}")]),
 "age": ("SOPS_AGE_KEY", [("secret-key", "AGE-SECRET-KEY-1{c58}")], [("public-recipient", "age1{l58}")]),
 "airflow": ("AIRFLOW__CORE__FERNET_KEY", [("fernet-key", "{x43}="), ("conn-uri", "postgres://etl_user:{a20}@warehouse.internal:5432/dw")],
             [("docs-default-conn", "postgresql+psycopg2://airflow:airflow@postgres/airflow")]),
 "airtable": ("AIRTABLE_TOKEN", [("pat", "pat{a14}.{h64}"), ("legacy-key", "key{a14}")], [("base-id", "app{a14}")]),
 "akamai": ("AKAMAI_CLIENT_SECRET", [("client-secret", "{b43}="), ("access-token", "akab-{l16}-{l16}")],
            [("host", "akab-{l16}-{l16}.luna.akamaiapis.net")]),
 "anthropic": ("ANTHROPIC_API_KEY", [("api-key", "sk-ant-api03-{x93}AA"), ("admin-key", "sk-ant-admin01-{x93}AA")],
               [("truncated", "sk-ant-api03-{x12}")]),
 "appcrypto": ("ENCRYPTION_KEY", [("hex-key", "{h64}"), ("b64-key", "{b43}=")], [("sha256-checksum", "{h64}")]),
 "apple": ("FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD", [("app-specific-password", "{w4}-{w4}-{w4}-{w4}")],
           [("team-id", "{u10}")]),
 "assemblyai": ("ASSEMBLYAI_API_KEY", [("api-key", "{h32}")], [("transcript-id", "{U}")]),
 "atlassian": ("ATLASSIAN_API_TOKEN", [("api-token", "ATATT3xFfGF0{x170}={H8}"), ("bitbucket-app-password", "ATBB{a28}{H8}")],
               [("cloud-id", "{U}")]),
 "authorizenet": ("AUTHORIZE_TRANSACTION_KEY", [("transaction-key", "{a16}")], [("api-login-id", "{a10}")]),
 "aws": ("AWS_SECRET_ACCESS_KEY", [("access-key-id", "AKIA{u16}"), ("secret-access-key", "{b40}")],
         [("docs-example-id", "AKIAIOSFODNN7EXAMPLE"), ("docs-example-secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]),
 "backblaze": ("B2_APPLICATION_KEY", [("application-key", "K005{a27}")], [("key-id", "005{h22}")]),
 "binance": ("BINANCE_API_SECRET", [("api-secret", "{a64}")], [("placeholder", "your_binance_secret_here")]),
 "bitwarden": ("BWS_ACCESS_TOKEN", [("sm-access-token", "0.{U}.{a30}:{b22}=="), ("client-secret", "{a30}")],
               [("client-id", "user.{U}")]),
 "blockfrost": ("BLOCKFROST_PROJECT_ID", [("project-id", "mainnet{a32}"), ("preprod-id", "preprod{a32}")],
                [("placeholder", "mainnetXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]),
 "box": ("BOX_CLIENT_SECRET", [("client-secret", "{a32}")], [("enterprise-id", "{d9}")]),
 "braintree": ("BRAINTREE_PRIVATE_KEY", [("access-token", "access_token$production${l16}${h32}"), ("private-key", "{h32}")],
               [("merchant-id", "{l16}")]),
 "brevo": ("BREVO_API_KEY", [("api-key", "xkeysib-{h64}-{a16}"), ("smtp-key", "xsmtpsib-{h64}-{a16}")],
           [("truncated", "xkeysib-{h10}")]),
 "bundler": ("BUNDLE_GEMS__CONTRIBSYS__COM", [("source-credentials", "{h8}:{h8}")], [("path", "vendor/bundle")]),
 "calcom": ("CAL_API_KEY", [("api-key", "cal_live_{h32}")], [("event-type-id", "{d6}")]),
 "calendly": ("CALENDLY_TOKEN", [("pat", "{J}")], [("event-uuid", "{U}")]),
 "cerebras": ("CEREBRAS_API_KEY", [("api-key", "csk-{l48}")], [("placeholder", "csk-...")]),
 "chargebee": ("CHARGEBEE_API_KEY", [("live-key", "live_{a34}")], [("site", "acme-test")]),
 "checkoutcom": ("CKO_SECRET_KEY", [("secret-key", "sk_sbox_{l26}"), ("old-secret", "sk_test_{U}")],
                 [("public-key", "pk_sbox_{l26}")]),
 "clojars": ("CLOJARS_PASSWORD", [("deploy-token", "CLOJARS_{h60}")], [("username", "dev{l5}")]),
 "cloudinary": ("CLOUDINARY_URL", [("url", "cloudinary://{d15}:{x27}@dx{l6}")], [("cloud-name", "dx{l6}")]),
 "cloudsmith": ("CLOUDSMITH_API_KEY", [("api-key", "{h40}")], [("commit-sha", "{h40}")]),
 "coda": ("CODA_API_TOKEN", [("api-token", "{U}")], [("doc-id", "{x10}")]),
 "coinmarketcap": ("CMC_PRO_API_KEY", [("api-key", "{U}")], [("docs-sandbox-key", "b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c")]),
 "conda": ("ANACONDA_TOKEN", [("channel-token-url", "https://conda.anaconda.org/t/{l2}-{U}/acme-internal")],
           [("public-channel", "https://conda.anaconda.org/conda-forge")]),
 "convertkit": ("KIT_API_SECRET", [("v4-key", "kit_{h32}"), ("api-secret", "{x43}")], [("form-id", "{d7}")]),
 "coveralls": ("COVERALLS_REPO_TOKEN", [("repo-token", "{a33}")], [("job-id", "{d9}")]),
 "cratesio": ("CARGO_REGISTRY_TOKEN", [("token", "cio{a32}")], [("checksum", "{h64}")]),
 "cypress": ("CYPRESS_RECORD_KEY", [("record-key", "{U}")], [("project-id", "{l6}")]),
 "dataconf": ("DB_DSN", [("mysql-go-dsn", "app:{a18}@tcp(db.internal:3306)/orders?parseTime=true")],
              [("env-dsn", "app:${DB_PASSWORD}@tcp(db.internal:3306)/orders")]),
 "dbtcloud": ("DBT_CLOUD_API_TOKEN", [("service-token", "dbtc_{x56}")], [("account-id", "{d6}")]),
 "deepseek": ("DEEPSEEK_API_KEY", [("api-key", "sk-{h32}")], [("placeholder", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]),
 "docker": ("DOCKERHUB_TOKEN", [("hub-pat", "dckr_pat_{x27}"), ("org-token", "dckr_oat_{x32}")],
            [("image-digest", "sha256:{h64}")]),
 "duffel": ("DUFFEL_ACCESS_TOKEN", [("live-token", "duffel_live_{x43}"), ("test-token", "duffel_test_{x43}")],
            [("offer-id", "off_{a22}")]),
 "e2b": ("E2B_API_KEY", [("api-key", "e2b_{h40}")], [("sandbox-id", "i{l19}")]),
 "e2e": ("E2E_PASSWORD", [("env-fallback-password", "Qa!{a14}")], [("fallback-placeholder", "changeme")]),
 "elastic": ("ELASTIC_API_KEY", [("encoded-api-key", "{b58}=="), ("cloud-api-key", "essu_{b80}==")],
             [("cloud-id", "deployment:{b60}")]),
 "elevenlabs": ("ELEVENLABS_API_KEY", [("api-key", "sk_{h48}"), ("legacy-key", "{h32}")], [("voice-id", "{a20}")]),
 "ethereum": ("DEPLOYER_PRIVATE_KEY", [("private-key", "0x{h64}"), ("mnemonic", "{W12}")],
              [("address", "0x{h40}"), ("tx-hash", "0x{h64}")]),
 "etherscan": ("ETHERSCAN_API_KEY", [("api-key", "{u34}")], [("contract-address", "0x{h40}")]),
 "firecrawl": ("FIRECRAWL_API_KEY", [("api-key", "fc-{h32}")], [("crawl-id", "{U}")]),
 "flagsmith": ("FLAGSMITH_SERVER_KEY", [("server-key", "ser.{a22}")], [("client-env-key", "{a22}")]),
 "gcore": ("GCORE_API_TOKEN", [("permanent-token", "{d5}${h128}"), ("permanent-token-v2", "{d5}_{h128}")], [("project-id", "{d6}")]),
 "ghost": ("GHOST_ADMIN_API_KEY", [("admin-key", "{h24}:{h64}")], [("content-key", "{h26}")]),
 "gitea": ("GITEA_TOKEN", [("access-token", "{h40}")], [("commit-sha", "{h40}")]),
 "github": ("GITHUB_TOKEN", [("pat-classic", "ghp_{a36}"), ("fine-grained", "github_pat_11{u9}0{a11}_{a59}")],
            [("commit-sha", "{h40}"), ("placeholder", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]),
 "gocardless": ("GOCARDLESS_ACCESS_TOKEN", [("live-token", "live_{x40}"), ("sandbox-token", "sandbox_{x40}")],
                [("creditor-id", "CR{u12}")]),
 "grafana": ("GRAFANA_TOKEN", [("service-account", "glsa_{a32}_{h8}"), ("cloud-token", "glc_{b100}==")],
             [("dashboard-uid", "{a9}")]),
 "hasura": ("HASURA_GRAPHQL_ADMIN_SECRET", [("admin-secret", "{a32}")], [("docs-example", "myadminsecretkey")]),
 "hexpm": ("HEX_API_KEY", [("api-key", "{h32}")], [("package-checksum", "{H64}")]),
 "influxdb": ("INFLUXDB_TOKEN", [("api-token", "{x86}==")], [("org-id", "{h16}")]),
 "inngest": ("INNGEST_SIGNING_KEY", [("signing-key", "signkey-prod-{h64}"), ("event-key", "{x86}")], [("app-id", "shop-{l6}")]),
 "instagram": ("INSTAGRAM_ACCESS_TOKEN", [("long-lived", "IGQWR{x180}"), ("graph-token", "IGAA{a150}")],
               [("app-id", "{d15}")]),
 "jfrog": ("ARTIFACTORY_TOKEN", [("reference-token", "cmVmdGtuOjAxOj{a51}"), ("api-key", "AKCp8{a68}")],
           [("placeholder", "AKCpXXXXXXXXXXXXXXXXXXXXXXXX")]),
 "jina": ("JINA_API_KEY", [("api-key", "jina_{h32}{x28}")], [("model-name", "jina-embeddings-v3")]),
 "jotform": ("JOTFORM_API_KEY", [("api-key", "{h32}")], [("form-id", "{d15}")]),
 "jumpcloud": ("JC_API_KEY", [("api-key", "{h40}")], [("org-id", "{h24}")]),
 "klaviyo": ("KLAVIYO_PRIVATE_KEY", [("private-key", "pk_{h34}")], [("public-site-id", "{u6}")]),
 "kraken": ("KRAKEN_PRIVATE_KEY", [("api-key", "{b56}"), ("private-key", "{b86}==")], [("ledger-id", "L{u5}-{u5}-{u6}")]),
 "kubernetes": ("K8S_BOOTSTRAP_TOKEN", [("bootstrap-token", "{l6}.{l16}")], [("docs-example", "abcdef.0123456789abcdef")]),
 "langfuse": ("LANGFUSE_SECRET_KEY", [("secret-key", "sk-lf-{U}")], [("public-key", "pk-lf-{U}")]),
 "langsmith": ("LANGSMITH_API_KEY", [("pat", "lsv2_pt_{h32}_{h10}"), ("service-key", "lsv2_sk_{h32}_{h10}")],
               [("project-id", "{U}")]),
 "line": ("LINE_CHANNEL_ACCESS_TOKEN", [("channel-access-token", "{b171}="), ("channel-secret", "{h32}")],
          [("channel-id", "{d10}")]),
 "linkedin": ("LINKEDIN_CLIENT_SECRET", [("client-secret", "WPL_AP1.{a16}.{b8}==")], [("client-id", "{l14}")]),
 "linode": ("LINODE_TOKEN", [("pat", "{h64}")], [("image-sha256", "{h64}")]),
 "llamacloud": ("LLAMA_CLOUD_API_KEY", [("api-key", "llx-{a48}")], [("pipeline-id", "{U}")]),
 "magento": ("MAGENTO_CRYPT_KEY", [("crypt-key", "{h32}")], [("static-version", "{d10}")]),
 "mailgun": ("MAILGUN_API_KEY", [("legacy-key", "key-{h32}"), ("api-key", "{h32}-{h8}-{h8}")],
             [("domain", "mg.{l8}.com")]),
 "mailosaur": ("MAILOSAUR_API_KEY", [("api-key", "{a16}")], [("server-id", "{l8}")]),
 "mandrill": ("MANDRILL_API_KEY", [("api-key", "md-{x22}")], [("template", "welcome-v2")]),
 "mollie": ("MOLLIE_API_KEY", [("live-key", "live_{a30}"), ("access-token", "access_{a40}")], [("profile-id", "pfl_{a10}")]),
 "netlify": ("NETLIFY_AUTH_TOKEN", [("pat", "nfp_{a36}{h4}")], [("site-id", "{U}")]),
 "notion": ("NOTION_TOKEN", [("integration-secret", "secret_{a43}"), ("new-token", "ntn_{d11}{a35}")],
            [("database-id", "{h32}")]),
 "npm": ("NPM_TOKEN", [("granular-token", "npm_{a36}")], [("integrity", "sha512-{b86}==")]),
 "okta": ("OKTA_API_TOKEN", [("ssws-token", "00{x40}")], [("client-id", "0oa{a17}")]),
 "onepassword": ("OP_SERVICE_ACCOUNT_TOKEN", [("service-account", "ops_eyJ{b200}"), ("secret-key", "A3-{u6}-{u6}-{u5}-{u5}-{u5}-{u5}")],
                 [("secret-reference", "op://Production/Stripe/credential")]),
 "onfido": ("ONFIDO_API_TOKEN", [("live-token", "api_live.{x11}.{x32}"), ("sandbox-token", "api_sandbox.{x11}.{x32}")],
            [("applicant-id", "{U}")]),
 "openshift": ("OPENSHIFT_TOKEN", [("oauth-token", "sha256~{x43}")], [("image-digest", "sha256:{h64}")]),
 "openweathermap": ("OWM_API_KEY", [("appid", "{h32}")], [("city-id", "{d7}")]),
 "ovh": ("OVH_APPLICATION_SECRET", [("application-secret", "{a32}"), ("consumer-key", "{a32}")],
         [("application-key", "{a16}")]),
 "pagerduty": ("PAGERDUTY_TOKEN", [("api-token", "u+{x18}"), ("routing-key", "R0{h30}")], [("service-id", "P{u6}")]),
 "paystack": ("PAYSTACK_SECRET_KEY", [("secret-key", "sk_live_{h40}")], [("public-key", "pk_live_{h40}")]),
 "phoenix": ("SECRET_KEY_BASE", [("secret-key-base", "{b64}")], [("signing-salt", "{a8}")]),
 "pipedrive": ("PIPEDRIVE_API_TOKEN", [("api-token", "{h40}")], [("company-domain", "acme-{l4}")]),
 "plaid": ("PLAID_SECRET", [("secret", "{h30}"), ("access-token", "access-production-{U}")], [("client-id", "{h24}")]),
 "playwright": ("STORAGE_STATE", [("session-cookie", "{x64}")], [("ga-cookie", "GA1.1.{d10}.{d10}")]),
 "portainer": ("PORTAINER_TOKEN", [("access-token", "ptr_{x43}")], [("endpoint-id", "{d1}")]),
 "postfix": ("SASL_PASSWD", [("sasl-password", "{a20}")], [("relayhost", "[smtp.sendgrid.net]:587")]),
 "postman": ("POSTMAN_API_KEY", [("api-key", "PMAK-{h24}-{h34}")], [("collection-uid", "{d8}-{U}")]),
 "prisma": ("DATABASE_URL", [("accelerate-url", "prisma://accelerate.prisma-data.net/?api_key={J}")],
            [("env-url", "env(\"DATABASE_URL\")")]),
 "promptlayer": ("PROMPTLAYER_API_KEY", [("api-key", "pl_{h32}")], [("request-id", "{d9}")]),
 "proxmox": ("PROXMOX_TOKEN_SECRET", [("token-secret", "{U}")], [("token-id", "terraform@pve!provider")]),
 "pubnub": ("PUBNUB_SECRET_KEY", [("secret-key", "sec-c-{b48}")], [("subscribe-key", "sub-c-{U}")]),
 "pushover": ("PUSHOVER_TOKEN", [("app-token", "a{l29}")], [("user-key-group", "g{l29}")]),
 "pypi": ("PYPI_TOKEN", [("api-token", "pypi-AgEIcHlwaS5vcmc{x150}")], [("placeholder", "pypi-XXXXXXXX")]),
 "quicknode": ("QUICKNODE_URL", [("endpoint-url", "https://{l6}-{l5}-{l4}.quiknode.pro/{h40}/")],
               [("public-rpc", "https://cloudflare-eth.com")]),
 "rapidapi": ("RAPIDAPI_KEY", [("api-key", "{a50}")], [("host", "weatherapi-com.p.rapidapi.com")]),
 "recurly": ("RECURLY_API_KEY", [("private-key", "{h32}")], [("public-key", "ewr1-{a22}")]),
 "replicate": ("REPLICATE_API_TOKEN", [("api-token", "r8_{a37}")], [("model-version", "{h64}")]),
 "rollbar": ("ROLLBAR_ACCESS_TOKEN", [("server-token", "{h32}")], [("item-uuid", "{U}")]),
 "rootly": ("ROOTLY_API_TOKEN", [("api-token", "rootly_{h64}")], [("incident-id", "{U}")]),
 "runpod": ("RUNPOD_API_KEY", [("api-key", "rpa_{u36}{l4}")], [("pod-id", "{l14}")]),
 "saucelabs": ("SAUCE_ACCESS_KEY", [("access-key", "{U}")], [("username", "oauth-qa-{l5}")]),
 "scaleway": ("SCW_SECRET_KEY", [("secret-key", "{U}")], [("access-key", "SCW{u17}")]),
 "selfhosted": ("WG_SECRET_KEY", [("mediawiki-key", "{h64}"), ("gmail-app-password", "{w4} {w4} {w4} {w4}")],
                [("upgrade-key", "{h16}")]),
 "sendbird": ("SENDBIRD_API_TOKEN", [("api-token", "{h40}")], [("app-id", "{U}")]),
 "sendgrid": ("SENDGRID_API_KEY", [("api-key", "SG.{x22}.{x43}")], [("truncated", "SG.{x10}")]),
 "shippo": ("SHIPPO_API_TOKEN", [("live-token", "shippo_live_{h40}"), ("test-token", "shippo_test_{h40}")],
            [("object-id", "{h32}")]),
 "shortcut": ("SHORTCUT_API_TOKEN", [("api-token", "{U}")], [("workspace", "acme-eng")]),
 "slack": ("SLACK_BOT_TOKEN", [("bot-token", "xoxb-{d11}-{d13}-{a24}"), ("webhook", "https://hooks.slack.com/services/T{u8}/B{u10}/{a24}"),
                               ("app-token", "xapp-1-A{u10}-{d13}-{h64}")],
           [("channel-id", "C{u10}"), ("placeholder", "xoxb-your-token")]),
 "smtp2go": ("SMTP2GO_API_KEY", [("api-key", "api-{H32}")], [("sender", "noreply@{l6}.io")]),
 "snowflake": ("SNOWFLAKE_PASSWORD", [("password", "{a20}"), ("url", "snowflake://etl:{a18}@xy{l5}.eu-west-1/analytics")],
               [("account", "xy{l5}.eu-west-1")]),
 "sonarqube": ("SONAR_TOKEN", [("project-token", "sqp_{h40}"), ("user-token", "squ_{h40}")], [("project-key", "acme:{l8}")]),
 "sourcegraph": ("SRC_ACCESS_TOKEN", [("access-token", "sgp_{h16}_{h40}")], [("commit", "{h40}")]),
 "sparkpost": ("SPARKPOST_API_KEY", [("api-key", "{h40}")], [("template-id", "{l10}")]),
 "square": ("SQUARE_ACCESS_TOKEN", [("access-token", "EAAA{x60}"), ("oauth-secret", "sq0csp-{x43}")],
            [("application-id", "sq0idp-{x22}")]),
 "sumologic": ("SUMO_ACCESS_KEY", [("access-key", "{a64}")], [("access-id", "su{a12}")]),
 "telegram": ("TELEGRAM_BOT_TOKEN", [("bot-token", "{d10}:AA{x33}")], [("chat-id", "-100{d10}")]),
 "tenable": ("TENABLE_SECRET_KEY", [("secret-key", "{h64}")], [("scan-uuid", "{U}")]),
 "terraform": ("TF_TOKEN_app_terraform_io", [("api-token", "{a14}.atlasv1.{a67}")], [("workspace-id", "ws-{a16}")]),
 "todoist": ("TODOIST_API_TOKEN", [("api-token", "{h40}")], [("project-id", "{d10}")]),
 "togetherai": ("TOGETHER_API_KEY", [("api-key", "tgp_v1_{x43}"), ("legacy-key", "{h64}")], [("model", "meta-llama/Llama-3-70b")]),
 "triggerdev": ("TRIGGER_SECRET_KEY", [("prod-key", "tr_prod_{a20}"), ("staging-key", "tr_stg_{a20}")], [("project-ref", "proj_{l20}")]),
 "twilio": ("TWILIO_AUTH_TOKEN", [("auth-token", "{h32}"), ("api-key-secret", "{a32}")],
            [("account-sid", "AC{h32}"), ("api-key-sid", "SK{h32}")]),
 "twitch": ("TWITCH_CLIENT_SECRET", [("client-secret", "{l30}"), ("chat-oauth", "oauth:{l30}")], [("client-id", "{l30}")]),
 "twitter": ("TWITTER_BEARER_TOKEN", [("bearer", "AAAAAAAAAAAAAAAAAAAAA{a20}%3D{a50}"), ("consumer-secret", "{a50}")],
             [("consumer-key", "{a25}")]),
 "typeform": ("TYPEFORM_TOKEN", [("pat", "tfp_{x44}_{x14}")], [("form-id", "{a8}")]),
 "ubidots": ("UBIDOTS_TOKEN", [("token", "BBUS-{a30}"), ("legacy-token", "BBFF-{a30}")], [("device-label", "esp32-{l4}")]),
 "upstash": ("UPSTASH_REDIS_REST_TOKEN", [("rest-token", "A{a5}AAIjcD{x50}"), ("redis-url", "rediss://default:{a32}@{l6}-{l6}-1234.upstash.io:6379")],
             [("rest-url", "https://{l6}-{l6}-1234.upstash.io")]),
 "uptimerobot": ("UPTIMEROBOT_API_KEY", [("main-key", "u{d7}-{h24}"), ("monitor-key", "m{d9}-{h24}")], [("monitor-id", "{d9}")]),
 "vectara": ("VECTARA_API_KEY", [("query-key", "zqt_{x38}"), ("index-key", "zwt_{x38}"), ("personal-key", "zut_{x38}")], [("corpus-key", "docs-{l6}")]),
 "virustotal": ("VT_API_KEY", [("api-key", "{h64}")], [("file-sha256", "{h64}")]),
 "windows": ("ADMIN_PASSWORD", [("securestring-plaintext", "{a12}!9")], [("encrypted-securestring", "01000000d08c9ddf0115d1118c7a00c04fc297eb{h80}")]),
 "wise": ("WISE_API_TOKEN", [("api-token", "{U}")], [("profile-id", "{d8}")]),
 "xai": ("XAI_API_KEY", [("api-key", "xai-{a80}")], [("placeholder", "xai-...")]),
 "xata": ("XATA_API_KEY", [("api-key", "xau_{a32}")], [("workspace", "acme-{l6}")]),
 "xendit": ("XENDIT_SECRET_KEY", [("production-key", "xnd_production_{a70}"), ("development-key", "xnd_development_{a70}")],
            [("public-key", "xnd_public_production_{a60}")]),
 "yandexcloud": ("YC_API_KEY", [("api-key", "AQVN{x36}"), ("static-key-secret", "YCP{x37}")], [("key-id", "YCAJ{x21}")]),
 "zoho": ("ZOHO_REFRESH_TOKEN", [("refresh-token", "1000.{h32}.{h32}")], [("client-id", "1000.{u30}")]),
 "zoom": ("ZOOM_CLIENT_SECRET", [("client-secret", "{a32}")], [("account-id", "{x22}")]),
 "zulip": ("ZULIP_API_KEY", [("api-key", "{a32}")], [("email", "bot-bot@{l6}.zulipchat.com")]),
 "zuplo": ("ZUPLO_API_KEY", [("api-key", "zpka_{h32}_{h8}")], [("bucket", "zprt_{l12}")]),
}
