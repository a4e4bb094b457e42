"""Token formats for the fourth held-out corpus: random values in each provider's documented shape.

PROVIDERS[name] = (ENV_BASE, positives, decoys); positives are (format, env name, generator),
decoys (kind, env name, generator). Generators take the seeded Random R.
Written blind (SOURCES.md says what was checked per provider).
"""
import base64
import random
import string
import struct
import uuid as _uuid
import zlib

R = random.Random(0x4B4F4834)  # seeded so make_corpus.py regenerates the committed corpus
AL = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HX = "0123456789abcdef"
B64 = AL + "+/"
B64U = AL + "-_"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def an(n):
    return rs(AL, n)


def hx(n):
    return rs(HX, n)


def HX_(n):
    return rs("0123456789ABCDEF", n)


def up(n):
    return rs(UP, n)


def lo(n):
    return rs(LO, n)


def dg(n):
    return str(R.randint(1, 9)) + rs(string.digits, n - 1)


def b64u(n):
    return rs(B64U, n)


def uid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64url_bytes(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def base62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def crc_token(prefix, n=30):
    body = an(n)
    return prefix + body + base62(zlib.crc32(body.encode()), 6)


def jwt(payload):
    enc = lambda d: base64.urlsafe_b64encode(d.encode()).decode().rstrip("=")
    return enc('{"alg":"HS256","typ":"JWT"}') + "." + enc(payload) + "." + b64url_bytes(32)


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def hubspot_pak(hublet="na1"):
    h = hublet.encode()
    f1 = h + b"-" + "-".join(hx(k) for k in (4, 4, 4, 4, 12)).encode()
    sig = b"\x00\x05" + bytes(R.getrandbits(8) for _ in range(23))
    raw = (b"\x0a\x24" + f1 + b"\x10" + varint(R.randint(10**7, 2 * 10**8)) + b"\x18" + varint(R.randint(10**6, 9 * 10**7))
           + b"\x2a\x19" + sig + b"\x4a" + bytes([len(h)]) + h)
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def hubspot_oauth():
    raw = b"\x08" + varint(R.randint(1764000000000, 1790000000000)) + b"\x12" + bytes([70]) + bytes(R.getrandbits(8) for _ in range(70))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def hublet_uuid(h="na1"):
    return h + "-" + "-".join(hx(k) for k in (4, 4, 4, 4, 12))


def pypi_token():
    body = b"\x02\x01\x08pypi.org\x02\x25\x00" + bytes(R.getrandbits(8) for _ in range(110))
    return "pypi-" + base64.urlsafe_b64encode(body).decode().rstrip("=")


def pem(kind, nbytes=900):
    body = b64(nbytes)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def tel_bot():
    return dg(10) + ":AA" + b64u(33)


def discord_bot():
    uid_ = base64.b64encode(dg(18).encode()).decode().rstrip("=")
    return uid_ + "." + b64u(6) + "." + b64u(38)


def P(fmt, env, gen):
    return (fmt, env, gen)


def D(kind, env, gen):
    return (kind, env, gen)


def ph(s):
    return lambda: s


PROVIDERS = {
    "stripe": ("STRIPE", [
        P("secret-live", "STRIPE_SECRET_KEY", lambda: "sk_live_51" + an(97)),
        P("restricted-live", "STRIPE_RESTRICTED_KEY", lambda: "rk_live_51" + an(97)),
        P("secret-test", "STRIPE_TEST_SECRET_KEY", lambda: "sk_test_" + an(24)),
        P("webhook-secret", "STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + an(32)),
    ], [D("publishable-key", "STRIPE_PUBLISHABLE_KEY", lambda: "pk_live_51" + an(97)),
        D("truncated", "STRIPE_SECRET_KEY", lambda: "sk_live_..." + an(4))]),
    "github": ("GITHUB", [
        P("classic-pat", "GITHUB_TOKEN", lambda: crc_token("ghp_")),
        P("fine-grained-pat", "GH_PAT", lambda: "github_pat_11" + up(20) + "_" + an(59)),
        P("oauth-token", "GITHUB_OAUTH_TOKEN", lambda: crc_token("gho_")),
        P("app-installation", "GITHUB_APP_TOKEN", lambda: crc_token("ghs_")),
        P("refresh-token", "GITHUB_REFRESH_TOKEN", lambda: "ghr_" + an(76)),
    ], [D("client-id", "GITHUB_CLIENT_ID", lambda: "Iv1." + hx(16)),
        D("placeholder", "GITHUB_TOKEN", ph("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))]),
    "gitlab": ("GITLAB", [
        P("pat", "GITLAB_TOKEN", lambda: "glpat-" + b64u(20)),
        P("pipeline-trigger", "GITLAB_TRIGGER_TOKEN", lambda: "glptt-" + hx(40)),
        P("runner-token", "RUNNER_TOKEN", lambda: "glrt-" + b64u(20)),
        P("deploy-token", "GITLAB_DEPLOY_TOKEN", lambda: "gldt-" + b64u(20)),
    ], [D("placeholder", "GITLAB_TOKEN", ph("glpat-XXXXXXXXXXXXXXXXXXXX")),
        D("truncated", "GITLAB_TOKEN", lambda: "glpat-" + b64u(6))]),
    "aws": ("AWS", [
        P("access-key-id", "AWS_ACCESS_KEY_ID", lambda: "AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
        P("secret-access-key", "AWS_SECRET_ACCESS_KEY", lambda: rs(B64, 40)),
        P("session-key-id", "AWS_SESSION_KEY_ID", lambda: "ASIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
    ], [D("docs-example", "AWS_ACCESS_KEY_ID", ph("AKIAIOSFODNN7EXAMPLE")),
        D("docs-example", "AWS_SECRET_ACCESS_KEY", ph("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")),
        D("account-id", "AWS_ACCOUNT_ID", lambda: dg(12))]),
    "google": ("GOOGLE", [
        P("api-key", "GOOGLE_API_KEY", lambda: "AIza" + b64u(35)),
        P("oauth-client-secret", "GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + b64u(28)),
        P("oauth-access-token", "GOOGLE_ACCESS_TOKEN", lambda: "ya29.a0" + b64u(150)),
    ], [D("client-id", "GOOGLE_CLIENT_ID", lambda: dg(12) + "-" + lo(32) + ".apps.googleusercontent.com"),
        D("project-id", "GOOGLE_CLOUD_PROJECT", lambda: "acme-prod-" + dg(6))]),
    "openai": ("OPENAI", [
        P("project-key", "OPENAI_API_KEY", lambda: "sk-proj-" + b64u(74) + "T3BlbkFJ" + b64u(74)),
        P("legacy-key", "OPENAI_KEY", lambda: "sk-" + an(20) + "T3BlbkFJ" + an(20)),
        P("service-account-key", "OPENAI_SVC_KEY", lambda: "sk-svcacct-" + b64u(74) + "T3BlbkFJ" + b64u(74)),
        P("admin-key", "OPENAI_ADMIN_KEY", lambda: "sk-admin-" + b64u(74) + "T3BlbkFJ" + b64u(74)),
    ], [D("org-id", "OPENAI_ORG_ID", lambda: "org-" + an(24)),
        D("placeholder", "OPENAI_API_KEY", ph("sk-...your-key-here"))]),
    "anthropic": ("ANTHROPIC", [
        P("api-key", "ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + b64u(93) + "AA"),
        P("admin-key", "ANTHROPIC_ADMIN_KEY", lambda: "sk-ant-admin01-" + b64u(93) + "AA"),
    ], [D("truncated", "ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + b64u(8) + "..."),
        D("placeholder", "ANTHROPIC_API_KEY", ph("sk-ant-xxxxxxxx"))]),
    "sendgrid": ("SENDGRID", [
        P("api-key", "SENDGRID_API_KEY", lambda: "SG." + b64u(22) + "." + b64u(43)),
    ], [D("template-id", "SENDGRID_TEMPLATE_ID", lambda: "d-" + hx(32)),
        D("placeholder", "SENDGRID_API_KEY", ph("SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))]),
    "slack": ("SLACK", [
        P("bot-token", "SLACK_BOT_TOKEN", lambda: "xoxb-" + dg(12) + "-" + dg(13) + "-" + an(24)),
        P("user-token", "SLACK_USER_TOKEN", lambda: "xoxp-" + dg(12) + "-" + dg(12) + "-" + dg(13) + "-" + hx(32)),
        P("app-token", "SLACK_APP_TOKEN", lambda: "xapp-1-A" + up(10) + "-" + dg(13) + "-" + hx(64)),
        P("webhook-url", "SLACK_WEBHOOK_URL", lambda: "https://hooks.slack.com/services/T" + up(10) + "/B" + up(10) + "/" + an(24)),
    ], [D("channel-id", "SLACK_CHANNEL", lambda: "C" + up(10)),
        D("placeholder", "SLACK_BOT_TOKEN", ph("xoxb-your-bot-token"))]),
    "twilio": ("TWILIO", [
        P("auth-token", "TWILIO_AUTH_TOKEN", lambda: hx(32)),
        P("api-key-secret", "TWILIO_API_SECRET", lambda: an(32)),
    ], [D("account-sid", "TWILIO_ACCOUNT_SID", lambda: "AC" + hx(32)),
        D("api-key-sid", "TWILIO_API_KEY", lambda: "SK" + hx(32))]),
    "mailgun": ("MAILGUN", [
        P("private-key", "MAILGUN_API_KEY", lambda: hx(32) + "-" + hx(8) + "-" + hx(8)),
        P("legacy-key", "MAILGUN_KEY", lambda: "key-" + hx(32)),
    ], [D("domain", "MAILGUN_DOMAIN", ph("mg.acme-mail.example")),
        D("public-key", "MAILGUN_PUBLIC_KEY", lambda: "pubkey-" + hx(32))]),
    "mailchimp": ("MAILCHIMP", [
        P("api-key", "MAILCHIMP_API_KEY", lambda: hx(32) + "-us" + str(R.randint(1, 21))),
    ], [D("list-id", "MAILCHIMP_LIST_ID", lambda: hx(10)),
        D("placeholder", "MAILCHIMP_API_KEY", ph("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1"))]),
    "npm": ("NPM", [
        P("access-token", "NPM_TOKEN", lambda: crc_token("npm_")),
    ], [D("env-ref", "NPM_TOKEN", ph("${NPM_TOKEN}")),
        D("integrity", "NPM_INTEGRITY", lambda: "sha512-" + b64(64))]),
    "pypi": ("PYPI", [
        P("api-token", "PYPI_API_TOKEN", pypi_token),
    ], [D("truncated", "PYPI_API_TOKEN", ph("pypi-AgEIcHlwaS5vcmc...")),
        D("env-ref", "TWINE_PASSWORD", ph("$PYPI_TOKEN"))]),
    "shopify": ("SHOPIFY", [
        P("admin-access-token", "SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + hx(32)),
        P("shared-secret", "SHOPIFY_API_SECRET", lambda: "shpss_" + hx(32)),
        P("custom-app-token", "SHOPIFY_CUSTOM_APP_TOKEN", lambda: "shpca_" + hx(32)),
    ], [D("api-key", "SHOPIFY_API_KEY", lambda: hx(32)),
        D("shop-domain", "SHOPIFY_SHOP", ph("acme-store.myshopify.com"))]),
    "datadog": ("DATADOG", [
        P("api-key", "DD_API_KEY", lambda: hx(32)),
        P("app-key", "DD_APP_KEY", lambda: hx(40)),
    ], [D("site", "DD_SITE", ph("datadoghq.eu")),
        D("client-token", "DD_CLIENT_TOKEN", lambda: "pub" + hx(32))]),
    "newrelic": ("NEW_RELIC", [
        P("user-key", "NEW_RELIC_API_KEY", lambda: "NRAK-" + up(27)),
        P("license-key", "NEW_RELIC_LICENSE_KEY", lambda: hx(36) + "NRAL"),
        P("insights-insert", "NEW_RELIC_INSERT_KEY", lambda: "NRII-" + b64u(32)),
    ], [D("account-id", "NEW_RELIC_ACCOUNT_ID", lambda: dg(7)),
        D("browser-key", "NEW_RELIC_BROWSER_KEY", lambda: "NRJS-" + hx(19))]),
    "sentry": ("SENTRY", [
        P("user-auth-token", "SENTRY_AUTH_TOKEN", lambda: "sntryu_" + hx(64)),
        P("org-auth-token", "SENTRY_ORG_TOKEN", lambda: "sntrys_" + base64.b64encode(('{"iat":%d,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"acme"}' % R.randint(1700000000, 1760000000)).encode()).decode().rstrip("=") + "_" + b64(32).rstrip("=")),
    ], [D("dsn", "SENTRY_DSN", lambda: "https://" + hx(32) + "@o" + dg(6) + ".ingest.sentry.io/" + dg(7)),
        D("placeholder", "SENTRY_AUTH_TOKEN", ph("sntrys_YOUR_TOKEN_HERE"))]),
    "digitalocean": ("DIGITALOCEAN", [
        P("pat", "DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + hx(64)),
        P("oauth-token", "DO_OAUTH_TOKEN", lambda: "doo_v1_" + hx(64)),
        P("refresh-token", "DO_REFRESH_TOKEN", lambda: "dor_v1_" + hx(64)),
    ], [D("spaces-key-id", "SPACES_ACCESS_KEY_ID", lambda: "DO00" + up(16)),
        D("truncated", "DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + hx(10))]),
    "discord": ("DISCORD", [
        P("bot-token", "DISCORD_BOT_TOKEN", discord_bot),
        P("webhook-url", "DISCORD_WEBHOOK", lambda: "https://discord.com/api/webhooks/" + dg(19) + "/" + b64u(68)),
    ], [D("application-id", "DISCORD_APPLICATION_ID", lambda: dg(19)),
        D("public-key", "DISCORD_PUBLIC_KEY", lambda: hx(64))]),
    "telegram": ("TELEGRAM", [
        P("bot-token", "TELEGRAM_BOT_TOKEN", tel_bot),
    ], [D("chat-id", "TELEGRAM_CHAT_ID", lambda: "-100" + dg(10)),
        D("placeholder", "TELEGRAM_BOT_TOKEN", ph("123456789:YOUR_BOT_TOKEN"))]),
    "heroku": ("HEROKU", [
        P("api-key-new", "HEROKU_API_KEY", lambda: "HRKU-AA" + b64u(58)),
        P("api-key-uuid", "HEROKU_API_TOKEN", uid),
    ], [D("app-name", "HEROKU_APP_NAME", ph("acme-api-prod")),
        D("env-ref", "HEROKU_API_KEY", ph("${{ secrets.HEROKU_API_KEY }}"))]),
    "huggingface": ("HF", [
        P("user-token", "HF_TOKEN", lambda: "hf_" + rs(string.ascii_letters, 34)),
        P("org-token", "HUGGINGFACE_API_TOKEN", lambda: "api_org_" + rs(string.ascii_letters, 34)),
    ], [D("model-id", "HF_MODEL", ph("meta-llama/Llama-3.1-8B-Instruct")),
        D("placeholder", "HF_TOKEN", ph("hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))]),
    "replicate": ("REPLICATE", [
        P("api-token", "REPLICATE_API_TOKEN", lambda: "r8_" + an(37)),
    ], [D("model-version", "REPLICATE_VERSION", lambda: hx(64)), D("truncated", "REPLICATE_API_TOKEN", ph("r8_****"))]),
    "groq": ("GROQ", [P("api-key", "GROQ_API_KEY", lambda: "gsk_" + an(52))],
             [D("model", "GROQ_MODEL", ph("llama-3.3-70b-versatile")), D("placeholder", "GROQ_API_KEY", ph("gsk_your_api_key"))]),
    "perplexity": ("PERPLEXITY", [P("api-key", "PERPLEXITY_API_KEY", lambda: "pplx-" + an(48))],
                   [D("model", "PPLX_MODEL", ph("sonar-pro")), D("truncated", "PERPLEXITY_API_KEY", ph("pplx-abc..."))]),
    "xai": ("XAI", [P("api-key", "XAI_API_KEY", lambda: "xai-" + an(80))],
            [D("model", "XAI_MODEL", ph("grok-2-latest")), D("env-ref", "XAI_API_KEY", ph("${XAI_API_KEY}"))]),
    "deepseek": ("DEEPSEEK", [P("api-key", "DEEPSEEK_API_KEY", lambda: "sk-" + hx(32))],
                 [D("base-url", "DEEPSEEK_BASE_URL", ph("https://api.deepseek.com/v1")), D("placeholder", "DEEPSEEK_API_KEY", ph("sk-<your-key>"))]),
    "mistral": ("MISTRAL", [P("api-key", "MISTRAL_API_KEY", lambda: an(32))],
                [D("model", "MISTRAL_MODEL", ph("mistral-large-latest")), D("env-ref", "MISTRAL_API_KEY", ph("$MISTRAL_API_KEY"))]),
    "cohere": ("COHERE", [P("api-key", "COHERE_API_KEY", lambda: an(40))],
               [D("model", "COHERE_MODEL", ph("command-r-plus")), D("placeholder", "CO_API_KEY", ph("<COHERE_API_KEY>"))]),
    "openrouter": ("OPENROUTER", [P("api-key", "OPENROUTER_API_KEY", lambda: "sk-or-v1-" + hx(64))],
                   [D("referer", "OPENROUTER_REFERER", ph("https://acme.example")), D("truncated", "OPENROUTER_API_KEY", ph("sk-or-v1-..."))]),
    "linear": ("LINEAR", [P("api-key", "LINEAR_API_KEY", lambda: "lin_api_" + an(40)),
                          P("oauth-token", "LINEAR_OAUTH_TOKEN", lambda: "lin_oauth_" + hx(64))],
               [D("team-id", "LINEAR_TEAM_ID", uid), D("placeholder", "LINEAR_API_KEY", ph("lin_api_xxxx"))]),
    "notion": ("NOTION", [P("integration-secret", "NOTION_TOKEN", lambda: "secret_" + an(43)),
                          P("integration-ntn", "NOTION_API_KEY", lambda: "ntn_" + dg(11) + an(35))],
               [D("database-id", "NOTION_DATABASE_ID", lambda: hx(32)), D("env-ref", "NOTION_TOKEN", ph("process.env.NOTION_TOKEN"))]),
    "airtable": ("AIRTABLE", [P("pat", "AIRTABLE_TOKEN", lambda: "pat" + an(14) + "." + hx(64)),
                              P("legacy-key", "AIRTABLE_API_KEY", lambda: "key" + an(14))],
                 [D("base-id", "AIRTABLE_BASE_ID", lambda: "app" + an(14)), D("table-id", "AIRTABLE_TABLE", lambda: "tbl" + an(14))]),
    "figma": ("FIGMA", [P("pat", "FIGMA_TOKEN", lambda: "figd_" + b64u(40))],
              [D("file-key", "FIGMA_FILE_KEY", lambda: an(22)), D("placeholder", "FIGMA_TOKEN", ph("figd_..."))]),
    "postman": ("POSTMAN", [P("api-key", "POSTMAN_API_KEY", lambda: "PMAK-" + hx(24) + "-" + hx(34))],
                [D("collection-id", "POSTMAN_COLLECTION", lambda: dg(8) + "-" + uid()), D("env-ref", "POSTMAN_API_KEY", ph("{{postman_api_key}}"))]),
    "pulumi": ("PULUMI", [P("access-token", "PULUMI_ACCESS_TOKEN", lambda: "pul-" + hx(40))],
               [D("stack", "PULUMI_STACK", ph("acme/infra/prod")), D("truncated", "PULUMI_ACCESS_TOKEN", ph("pul-0000..."))]),
    "doppler": ("DOPPLER", [P("service-token", "DOPPLER_TOKEN", lambda: "dp.st.prd." + an(40)),
                            P("personal-token", "DOPPLER_PERSONAL_TOKEN", lambda: "dp.pt." + an(43))],
                [D("project", "DOPPLER_PROJECT", ph("backend")), D("env-ref", "DOPPLER_TOKEN", ph("${DOPPLER_TOKEN}"))]),
    "vault": ("VAULT", [P("service-token", "VAULT_TOKEN", lambda: "hvs." + b64u(24)),
                        P("batch-token", "VAULT_BATCH_TOKEN", lambda: "hvb.AAAAAQ" + b64u(130))],
              [D("addr", "VAULT_ADDR", ph("https://vault.internal:8200")), D("accessor", "VAULT_ACCESSOR", lambda: an(24))]),
    "terraform": ("TFE", [P("api-token", "TFE_TOKEN", lambda: an(14) + ".atlasv1." + b64u(67))],
                  [D("org", "TFE_ORG", ph("acme")), D("workspace-id", "TFE_WORKSPACE_ID", lambda: "ws-" + an(16))]),
    "atlassian": ("ATLASSIAN", [P("api-token", "JIRA_API_TOKEN", lambda: "ATATT3xFfGF0" + b64u(171) + "=" + HX_(8)),
                                P("confluence-token", "CONFLUENCE_API_TOKEN", lambda: "ATATT3xFfGF0" + b64u(171) + "=" + HX_(8))],
                  [D("email", "JIRA_USER", ph("ci-bot@acme.example")), D("site", "JIRA_URL", ph("https://acme.atlassian.net"))]),
    "databricks": ("DATABRICKS", [P("pat", "DATABRICKS_TOKEN", lambda: "dapi" + hx(32) + R.choice(["", "-2", "-3"]))],
                   [D("host", "DATABRICKS_HOST", lambda: "https://adb-" + dg(16) + "." + str(R.randint(1, 19)) + ".azuredatabricks.net"),
                    D("cluster-id", "DATABRICKS_CLUSTER_ID", lambda: "%s-%s-%s" % (dg(4), dg(6), lo(8)))]),
    "grafana": ("GRAFANA", [P("service-account", "GRAFANA_SA_TOKEN", lambda: "glsa_" + an(32) + "_" + hx(8)),
                            P("cloud-token", "GRAFANA_CLOUD_TOKEN", lambda: "glc_" + base64.b64encode(('{"o":"%s","n":"stack-%s","k":"%s","m":{"r":"prod-eu-west-2"}}' % (dg(6), dg(6), an(24))).encode()).decode().rstrip("="))],
                ([D("url", "GRAFANA_URL", ph("https://acme.grafana.net")), D("dashboard-uid", "GRAFANA_DASHBOARD", lambda: an(9))])),
    "dynatrace": ("DYNATRACE", [P("api-token", "DT_API_TOKEN", lambda: "dt0c01." + up(24) + "." + up(64))],
                  [D("env-id", "DT_ENV", lambda: lo(8)), D("truncated", "DT_API_TOKEN", ph("dt0c01.ABC..."))]),
    "planetscale": ("PLANETSCALE", [P("service-token", "PLANETSCALE_SERVICE_TOKEN", lambda: "pscale_tkn_" + b64u(43)),
                                    P("password", "PLANETSCALE_PASSWORD", lambda: "pscale_pw_" + b64u(43))],
                    [D("token-id", "PLANETSCALE_SERVICE_TOKEN_ID", lambda: lo(12)), D("org", "PLANETSCALE_ORG", ph("acme"))]),
    "supabase": ("SUPABASE", [P("access-token", "SUPABASE_ACCESS_TOKEN", lambda: "sbp_" + hx(40)),
                              P("secret-key", "SUPABASE_SECRET_KEY", lambda: "sb_secret_" + b64u(31)),
                              P("service-role-jwt", "SUPABASE_SERVICE_ROLE_KEY", lambda: jwt('{"iss":"supabase","ref":"%s","role":"service_role","iat":1716000000,"exp":2031576000}' % lo(20)))],
                  [D("publishable-key", "SUPABASE_PUBLISHABLE_KEY", lambda: "sb_publishable_" + b64u(31)),
                   D("anon-jwt", "SUPABASE_ANON_KEY", lambda: jwt('{"iss":"supabase","ref":"%s","role":"anon","iat":1716000000,"exp":2031576000}' % lo(20)))]),
    "vercel": ("VERCEL", [P("token", "VERCEL_TOKEN", lambda: an(24))],
               [D("project-id", "VERCEL_PROJECT_ID", lambda: "prj_" + an(28)), D("org-id", "VERCEL_ORG_ID", lambda: "team_" + an(24))]),
    "netlify": ("NETLIFY", [P("pat", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + an(36))],
                [D("site-id", "NETLIFY_SITE_ID", uid), D("env-ref", "NETLIFY_AUTH_TOKEN", ph("${NETLIFY_AUTH_TOKEN}"))]),
    "flyio": ("FLY", [P("api-token", "FLY_API_TOKEN", lambda: "FlyV1 fm2_" + b64(180).rstrip("=")),
                      P("legacy-token", "FLY_ACCESS_TOKEN", lambda: "fo1_" + b64u(43))],
              [D("app", "FLY_APP", ph("acme-api")), D("region", "FLY_REGION", ph("ams"))]),
    "render": ("RENDER", [P("api-key", "RENDER_API_KEY", lambda: "rnd_" + an(32))],
               [D("service-id", "RENDER_SERVICE_ID", lambda: "srv-" + lo(20)), D("deploy-hook-placeholder", "RENDER_API_KEY", ph("rnd_XXXXXXXX"))]),
    "cloudflare": ("CLOUDFLARE", [P("api-token", "CLOUDFLARE_API_TOKEN", lambda: b64u(40)),
                                  P("global-api-key", "CLOUDFLARE_API_KEY", lambda: hx(37)),
                                  P("origin-ca-key", "CF_ORIGIN_CA_KEY", lambda: "v1.0-" + hx(24) + "-" + hx(146))],
                   [D("zone-id", "CLOUDFLARE_ZONE_ID", lambda: hx(32)), D("account-id", "CLOUDFLARE_ACCOUNT_ID", lambda: hx(32))]),
    "fastly": ("FASTLY", [P("api-token", "FASTLY_API_TOKEN", lambda: b64u(32))],
               [D("service-id", "FASTLY_SERVICE_ID", lambda: an(22)), D("env-ref", "FASTLY_API_TOKEN", ph("$FASTLY_API_TOKEN"))]),
    "algolia": ("ALGOLIA", [P("admin-key", "ALGOLIA_ADMIN_KEY", lambda: hx(32)),
                            P("write-key", "ALGOLIA_WRITE_API_KEY", lambda: hx(32))],
                [D("app-id", "ALGOLIA_APP_ID", lambda: up(10)), D("search-key", "ALGOLIA_SEARCH_KEY", lambda: hx(32))]),
    "mapbox": ("MAPBOX", [P("secret-token", "MAPBOX_SECRET_TOKEN", lambda: "sk.eyJ1IjoiYWNtZS" + b64u(50) + "." + b64u(22))],
               [D("public-token", "MAPBOX_ACCESS_TOKEN", lambda: "pk.eyJ1IjoiYWNtZS" + b64u(50) + "." + b64u(22)),
                D("style-url", "MAPBOX_STYLE", ph("mapbox://styles/mapbox/streets-v12"))]),
    "square": ("SQUARE", [P("access-token", "SQUARE_ACCESS_TOKEN", lambda: "EAAA" + b64u(60)),
                          P("oauth-secret", "SQUARE_APP_SECRET", lambda: "sq0csp-" + b64u(43)),
                          P("legacy-token", "SQUARE_LEGACY_TOKEN", lambda: "sq0atp-" + b64u(22))],
               [D("application-id", "SQUARE_APPLICATION_ID", lambda: "sq0idp-" + b64u(22)), D("location-id", "SQUARE_LOCATION_ID", lambda: "L" + up(12))]),
    "paypal": ("PAYPAL", [P("client-secret", "PAYPAL_CLIENT_SECRET", lambda: "E" + b64u(79))],
               [D("client-id", "PAYPAL_CLIENT_ID", lambda: "A" + b64u(79)), D("mode", "PAYPAL_MODE", ph("live"))]),
    "braintree": ("BRAINTREE", [P("access-token", "BRAINTREE_ACCESS_TOKEN", lambda: "access_token$production$" + lo(16) + "$" + hx(32)),
                                P("private-key", "BRAINTREE_PRIVATE_KEY", lambda: hx(32))],
                  [D("merchant-id", "BRAINTREE_MERCHANT_ID", lambda: lo(16)), D("public-key", "BRAINTREE_PUBLIC_KEY", lambda: lo(16))]),
    "adyen": ("ADYEN", [P("api-key", "ADYEN_API_KEY", lambda: "AQE" + b64u(20) + "+" + b64u(30) + "/" + b64u(50) + "=-" + b64u(43) + "=-" + b64u(10))],
             [D("client-key", "ADYEN_CLIENT_KEY", lambda: "live_" + up(32)), D("merchant-account", "ADYEN_MERCHANT_ACCOUNT", ph("AcmeECOM"))]),
    "plaid": ("PLAID", [P("secret", "PLAID_SECRET", lambda: hx(30)),
                        P("access-token", "PLAID_ACCESS_TOKEN", lambda: "access-production-" + uid())],
              [D("client-id", "PLAID_CLIENT_ID", lambda: hx(24)), D("public-token", "PLAID_PUBLIC_TOKEN", lambda: "public-sandbox-" + uid())]),
    "shippo": ("SHIPPO", [P("live-token", "SHIPPO_API_TOKEN", lambda: "shippo_live_" + hx(40)),
                          P("test-token", "SHIPPO_TEST_TOKEN", lambda: "shippo_test_" + hx(40))],
               [D("object-id", "SHIPPO_RATE", lambda: hx(32)), D("placeholder", "SHIPPO_API_TOKEN", ph("shippo_live_<token>"))]),
    "easypost": ("EASYPOST", [P("prod-key", "EASYPOST_API_KEY", lambda: "EZAK" + hx(54)),
                              P("test-key", "EASYPOST_TEST_KEY", lambda: "EZTK" + hx(54))],
                 [D("shipment-id", "EASYPOST_SHIPMENT", lambda: "shp_" + hx(32)), D("truncated", "EASYPOST_API_KEY", ph("EZAK..."))]),
    "paystack": ("PAYSTACK", [P("secret-live", "PAYSTACK_SECRET_KEY", lambda: "sk_live_" + hx(40)),
                              P("secret-test", "PAYSTACK_TEST_SECRET", lambda: "sk_test_" + hx(40))],
                 [D("public-key", "PAYSTACK_PUBLIC_KEY", lambda: "pk_live_" + hx(40)), D("env-ref", "PAYSTACK_SECRET_KEY", ph("${PAYSTACK_SECRET_KEY}"))]),
    "flutterwave": ("FLW", [P("secret-key", "FLW_SECRET_KEY", lambda: "FLWSECK-" + hx(32) + "-X"),
                            P("secret-test", "FLW_TEST_SECRET", lambda: "FLWSECK_TEST-" + hx(32) + "-X"),
                            P("encryption-key", "FLW_ENCRYPTION_KEY", lambda: "FLWSECK" + hx(12))],
                    [D("public-key", "FLW_PUBLIC_KEY", lambda: "FLWPUBK-" + hx(32) + "-X"), D("placeholder", "FLW_SECRET_KEY", ph("FLWSECK-xxxxxxxx-X"))]),
    "razorpay": ("RAZORPAY", [P("key-secret", "RAZORPAY_KEY_SECRET", lambda: an(24))],
                 [D("key-id", "RAZORPAY_KEY_ID", lambda: "rzp_live_" + an(14)), D("order-id", "RAZORPAY_ORDER", lambda: "order_" + an(14))]),
    "mollie": ("MOLLIE", [P("live-key", "MOLLIE_API_KEY", lambda: "live_" + an(30)),
                          P("org-token", "MOLLIE_ACCESS_TOKEN", lambda: "access_" + an(40))],
               [D("profile-id", "MOLLIE_PROFILE_ID", lambda: "pfl_" + an(10)), D("payment-id", "MOLLIE_PAYMENT", lambda: "tr_" + an(10))]),
    "gocardless": ("GOCARDLESS", [P("live-token", "GOCARDLESS_ACCESS_TOKEN", lambda: "live_" + b64u(40)),
                                  P("sandbox-token", "GOCARDLESS_SANDBOX_TOKEN", lambda: "sandbox_" + b64u(40))],
                   [D("creditor-id", "GOCARDLESS_CREDITOR", lambda: "CR" + up(12)), D("env", "GOCARDLESS_ENV", ph("live"))]),
    "duffel": ("DUFFEL", [P("live-token", "DUFFEL_ACCESS_TOKEN", lambda: "duffel_live_" + b64u(43)),
                          P("test-token", "DUFFEL_TEST_TOKEN", lambda: "duffel_test_" + b64u(43))],
               [D("offer-id", "DUFFEL_OFFER", lambda: "off_" + an(22)), D("placeholder", "DUFFEL_ACCESS_TOKEN", ph("duffel_test_YOUR_TOKEN"))]),
    "checkoutcom": ("CKO", [P("secret-sandbox", "CKO_SECRET_KEY", lambda: "sk_sbox_" + lo(26)),
                            P("secret-live", "CKO_LIVE_SECRET_KEY", lambda: "sk_" + lo(26))],
                    [D("public-key", "CKO_PUBLIC_KEY", lambda: "pk_sbox_" + lo(26)), D("processing-channel", "CKO_CHANNEL", lambda: "pc_" + lo(26))]),
    "paddle": ("PADDLE", [P("api-key", "PADDLE_API_KEY", lambda: "pdl_live_apikey_01" + lo(24) + "_" + b64u(22) + "_" + an(3))],
               [D("client-token", "PADDLE_CLIENT_TOKEN", lambda: "live_" + hx(27)), D("price-id", "PADDLE_PRICE", lambda: "pri_01" + lo(24))]),
    "anyscale": ("ANYSCALE", [P("api-key", "ANYSCALE_API_KEY", lambda: "esecret_" + lo(24))],
                 [D("base-url", "ANYSCALE_BASE_URL", ph("https://api.endpoints.anyscale.com/v1")), D("placeholder", "ANYSCALE_API_KEY", ph("esecret_..."))]),
    "togetherai": ("TOGETHER", [P("api-key", "TOGETHER_API_KEY", lambda: hx(64)), P("api-key-v1", "TOGETHER_KEY", lambda: "tgp_v1_" + b64u(43))],
                   [D("model", "TOGETHER_MODEL", ph("meta-llama/Llama-3-70b-chat-hf")), D("env-ref", "TOGETHER_API_KEY", ph("$TOGETHER_API_KEY"))]),
    "fireworks": ("FIREWORKS", [P("api-key", "FIREWORKS_API_KEY", lambda: "fw_" + an(24))],
                  [D("account", "FIREWORKS_ACCOUNT", ph("accounts/fireworks/models/llama-v3p1-70b-instruct")), D("truncated", "FIREWORKS_API_KEY", ph("fw_3Z..."))]),
    "cerebras": ("CEREBRAS", [P("api-key", "CEREBRAS_API_KEY", lambda: "csk-" + lo(48))],
                 [D("model", "CEREBRAS_MODEL", ph("llama3.1-8b")), D("placeholder", "CEREBRAS_API_KEY", ph("csk-********"))]),
    "voyageai": ("VOYAGE", [P("api-key", "VOYAGE_API_KEY", lambda: "pa-" + b64u(43))],
                 [D("model", "VOYAGE_MODEL", ph("voyage-3")), D("env-ref", "VOYAGE_API_KEY", ph("os.environ['VOYAGE_API_KEY']"))]),
    "jina": ("JINA", [P("api-key", "JINA_API_KEY", lambda: "jina_" + hx(32) + b64u(28))],
             [D("model", "JINA_MODEL", ph("jina-embeddings-v3")), D("placeholder", "JINA_API_KEY", ph("jina_xxx"))]),
    "elevenlabs": ("ELEVENLABS", [P("api-key", "ELEVENLABS_API_KEY", lambda: "sk_" + hx(48)), P("legacy-key", "XI_API_KEY", lambda: hx(32))],
                   [D("voice-id", "ELEVENLABS_VOICE_ID", lambda: an(20)), D("agent-id", "ELEVENLABS_AGENT", lambda: "agent_" + lo(26))]),
    "deepgram": ("DEEPGRAM", [P("api-key", "DEEPGRAM_API_KEY", lambda: hx(40))],
                 [D("project-id", "DEEPGRAM_PROJECT_ID", uid), D("model", "DEEPGRAM_MODEL", ph("nova-2"))]),
    "assemblyai": ("ASSEMBLYAI", [P("api-key", "ASSEMBLYAI_API_KEY", lambda: hx(32))],
                   [D("transcript-id", "ASSEMBLYAI_TRANSCRIPT", uid), D("env-ref", "ASSEMBLYAI_API_KEY", ph("${ASSEMBLYAI_API_KEY}"))]),
    "tavily": ("TAVILY", [P("api-key", "TAVILY_API_KEY", lambda: "tvly-" + an(32)), P("dev-key", "TAVILY_DEV_KEY", lambda: "tvly-dev-" + an(32))],
               [D("placeholder", "TAVILY_API_KEY", ph("tvly-YOUR_API_KEY")), D("truncated", "TAVILY_API_KEY", ph("tvly-abc"))]),
    "firecrawl": ("FIRECRAWL", [P("api-key", "FIRECRAWL_API_KEY", lambda: "fc-" + hx(32))],
                  [D("url", "FIRECRAWL_API_URL", ph("https://api.firecrawl.dev")), D("placeholder", "FIRECRAWL_API_KEY", ph("fc-YOUR_API_KEY"))]),
    "serpapi": ("SERPAPI", [P("api-key", "SERPAPI_API_KEY", lambda: hx(64))],
                [D("engine", "SERPAPI_ENGINE", ph("google")), D("env-ref", "SERPAPI_API_KEY", ph("$SERPAPI_API_KEY"))]),
    "e2b": ("E2B", [P("api-key", "E2B_API_KEY", lambda: "e2b_" + hx(40)), P("access-token", "E2B_ACCESS_TOKEN", lambda: "sk_e2b_" + hx(40))],
            [D("template-id", "E2B_TEMPLATE", lambda: lo(20)), D("sandbox-id", "E2B_SANDBOX", lambda: lo(20))]),
    "modal": ("MODAL", [P("token-secret", "MODAL_TOKEN_SECRET", lambda: "as-" + an(22))],
              [D("token-id", "MODAL_TOKEN_ID", lambda: "ak-" + an(22)), D("app", "MODAL_APP", ph("acme-inference"))]),
    "langsmith": ("LANGSMITH", [P("personal-token", "LANGSMITH_API_KEY", lambda: "lsv2_pt_" + hx(32) + "_" + hx(10)),
                                P("service-key", "LANGCHAIN_API_KEY", lambda: "lsv2_sk_" + hx(32) + "_" + hx(10))],
                  [D("project", "LANGSMITH_PROJECT", ph("acme-agents")), D("endpoint", "LANGSMITH_ENDPOINT", ph("https://api.smith.langchain.com"))]),
    "langfuse": ("LANGFUSE", [P("secret-key", "LANGFUSE_SECRET_KEY", lambda: "sk-lf-" + uid())],
                 [D("public-key", "LANGFUSE_PUBLIC_KEY", lambda: "pk-lf-" + uid()), D("host", "LANGFUSE_HOST", ph("https://cloud.langfuse.com"))]),
    "helicone": ("HELICONE", [P("api-key", "HELICONE_API_KEY", lambda: "sk-helicone-" + "-".join(lo(7) for _ in range(4)))],
                 [D("base-url", "HELICONE_BASE_URL", ph("https://oai.helicone.ai/v1")), D("placeholder", "HELICONE_API_KEY", ph("sk-helicone-xxxxxxx"))]),
    "llamacloud": ("LLAMA_CLOUD", [P("api-key", "LLAMA_CLOUD_API_KEY", lambda: "llx-" + an(48))],
                   [D("project", "LLAMA_CLOUD_PROJECT", ph("Default")), D("truncated", "LLAMA_CLOUD_API_KEY", ph("llx-..."))]),
    "pinecone": ("PINECONE", [P("api-key", "PINECONE_API_KEY", lambda: "pcsk_" + an(5) + "_" + an(63)), P("legacy-key", "PINECONE_KEY", uid)],
                 [D("index", "PINECONE_INDEX", ph("acme-docs")), D("environment", "PINECONE_ENVIRONMENT", ph("us-east-1-aws"))]),
    "wandb": ("WANDB", [P("api-key", "WANDB_API_KEY", lambda: hx(40))],
              [D("entity", "WANDB_ENTITY", ph("acme-ml")), D("run-id", "WANDB_RUN_ID", lambda: lo(8))]),
    "nvidia": ("NVIDIA", [P("api-key", "NVIDIA_API_KEY", lambda: "nvapi-" + b64u(64))],
               [D("model", "NVIDIA_MODEL", ph("nvidia/llama-3.1-nemotron-70b-instruct")), D("placeholder", "NGC_API_KEY", ph("nvapi-****"))]),
    "posthog": ("POSTHOG", [P("personal-key", "POSTHOG_PERSONAL_API_KEY", lambda: "phx_" + an(43))],
                [D("project-key", "POSTHOG_KEY", lambda: "phc_" + an(43)), D("host", "POSTHOG_HOST", ph("https://eu.i.posthog.com"))]),
    "mixpanel": ("MIXPANEL", [P("api-secret", "MIXPANEL_API_SECRET", lambda: hx(32)), P("service-account-secret", "MIXPANEL_SA_SECRET", lambda: an(32))],
                 [D("project-token", "MIXPANEL_TOKEN", lambda: hx(32)), D("project-id", "MIXPANEL_PROJECT_ID", lambda: dg(7))]),
    "amplitude": ("AMPLITUDE", [P("secret-key", "AMPLITUDE_SECRET_KEY", lambda: hx(32))],
                  [D("api-key", "AMPLITUDE_API_KEY", lambda: hx(32)), D("env-ref", "AMPLITUDE_SECRET_KEY", ph("${AMPLITUDE_SECRET_KEY}"))]),
    "segment": ("SEGMENT", [P("write-key", "SEGMENT_WRITE_KEY", lambda: an(32)), P("public-api-token", "SEGMENT_API_TOKEN", lambda: "sgp_" + an(64))],
                [D("source-id", "SEGMENT_SOURCE", lambda: an(22)), D("placeholder", "SEGMENT_WRITE_KEY", ph("YOUR_WRITE_KEY"))]),
    "braze": ("BRAZE", [P("rest-key", "BRAZE_REST_API_KEY", uid)],
              [D("app-id", "BRAZE_APP_ID", uid), D("endpoint", "BRAZE_REST_ENDPOINT", ph("https://rest.fra-01.braze.eu"))]),
    "customerio": ("CUSTOMERIO", [P("track-api-key", "CUSTOMERIO_API_KEY", lambda: hx(20)), P("app-api-key", "CUSTOMERIO_APP_API_KEY", lambda: hx(32))],
                   [D("site-id", "CUSTOMERIO_SITE_ID", lambda: hx(20)), D("region", "CUSTOMERIO_REGION", ph("eu"))]),
    "klaviyo": ("KLAVIYO", [P("private-key", "KLAVIYO_PRIVATE_API_KEY", lambda: "pk_" + hx(34))],
                [D("public-key", "KLAVIYO_PUBLIC_KEY", lambda: up(6)), D("list-id", "KLAVIYO_LIST", lambda: an(6))]),
    "intercom": ("INTERCOM", [P("access-token", "INTERCOM_ACCESS_TOKEN", lambda: base64.b64encode(("tok:" + uid()).encode()).decode().rstrip("=") + "AQ")],
                 [D("app-id", "INTERCOM_APP_ID", lambda: lo(8)), D("placeholder", "INTERCOM_ACCESS_TOKEN", ph("<your-access-token>"))]),
    "zendesk": ("ZENDESK", [P("api-token", "ZENDESK_API_TOKEN", lambda: an(40))],
                [D("subdomain", "ZENDESK_SUBDOMAIN", ph("acmehelp")), D("email", "ZENDESK_EMAIL", ph("support@acme.example/token"))]),
    "freshdesk": ("FRESHDESK", [P("api-key", "FRESHDESK_API_KEY", lambda: an(20))],
                  [D("domain", "FRESHDESK_DOMAIN", ph("acme.freshdesk.com")), D("env-ref", "FRESHDESK_API_KEY", ph("%FRESHDESK_API_KEY%"))]),
    "pipedrive": ("PIPEDRIVE", [P("api-token", "PIPEDRIVE_API_TOKEN", lambda: hx(40))],
                  [D("company-domain", "PIPEDRIVE_DOMAIN", ph("acme")), D("pipeline-id", "PIPEDRIVE_PIPELINE", lambda: dg(3))]),
    "zoho": ("ZOHO", [P("refresh-token", "ZOHO_REFRESH_TOKEN", lambda: "1000." + hx(32) + "." + hx(32)),
                      P("client-secret", "ZOHO_CLIENT_SECRET", lambda: hx(42))],
             [D("client-id", "ZOHO_CLIENT_ID", lambda: "1000." + up(30)), D("dc", "ZOHO_DC", ph("eu"))]),
    "salesforce": ("SF", [P("access-token", "SF_ACCESS_TOKEN", lambda: "00D" + an(12) + "!" + an(96)),
                          P("consumer-secret", "SF_CONSUMER_SECRET", lambda: HX_(64)),
                          P("sfdx-auth-url", "SFDX_AUTH_URL", lambda: "force://PlatformCLI::5Aep861" + b64u(80).replace("-", ".").replace("_", ".") + "@acme.my.salesforce.com")],
                   [D("org-id", "SF_ORG_ID", lambda: "00D" + an(15)), D("consumer-key", "SF_CONSUMER_KEY", lambda: "3MVG9" + b64u(80).replace("-", ".").replace("_", "."))]),
    "asana": ("ASANA", [P("pat", "ASANA_ACCESS_TOKEN", lambda: "2/" + dg(16) + "/" + dg(16) + ":" + hx(32)),
                        P("legacy-pat", "ASANA_PAT", lambda: "1/" + dg(16) + ":" + hx(32))],
              [D("workspace-id", "ASANA_WORKSPACE", lambda: dg(16)), D("project-gid", "ASANA_PROJECT", lambda: dg(16))]),
    "clickup": ("CLICKUP", [P("personal-token", "CLICKUP_API_TOKEN", lambda: "pk_" + dg(8) + "_" + up(32))],
                [D("team-id", "CLICKUP_TEAM_ID", lambda: dg(8)), D("list-id", "CLICKUP_LIST_ID", lambda: dg(9))]),
    "trello": ("TRELLO", [P("token", "TRELLO_TOKEN", lambda: "ATTA" + hx(64) + HX_(8)), P("legacy-token", "TRELLO_API_TOKEN", lambda: hx(64))],
               [D("api-key", "TRELLO_API_KEY", lambda: hx(32)), D("board-id", "TRELLO_BOARD", lambda: hx(24))]),
    "todoist": ("TODOIST", [P("api-token", "TODOIST_API_TOKEN", lambda: hx(40))],
                [D("project-id", "TODOIST_PROJECT", lambda: dg(10)), D("env-ref", "TODOIST_API_TOKEN", ph("${TODOIST_API_TOKEN}"))]),
    "typeform": ("TYPEFORM", [P("pat", "TYPEFORM_TOKEN", lambda: "tfp_" + b64u(44) + "_" + b64u(14))],
                 [D("form-id", "TYPEFORM_FORM_ID", lambda: an(8)), D("placeholder", "TYPEFORM_TOKEN", ph("tfp_YOUR_TOKEN"))]),
    "calcom": ("CALCOM", [P("live-key", "CAL_API_KEY", lambda: "cal_live_" + hx(32)), P("test-key", "CAL_TEST_KEY", lambda: "cal_test_" + hx(32))],
               [D("event-type", "CAL_EVENT_TYPE_ID", lambda: dg(6)), D("username", "CAL_USERNAME", ph("acme-sales"))]),
    "calendly": ("CALENDLY", [P("pat", "CALENDLY_TOKEN", lambda: jwt('{"kid":"1ce1e136","typ":"PAT","alg":"ES512","iss":"https://auth.calendly.com","sub":"%s","jti":"%s","user_uuid":"%s"}' % (dg(8), uid(), uid())))],
                  [D("user-uri", "CALENDLY_USER", lambda: "https://api.calendly.com/users/" + uid()), D("event-url", "CALENDLY_LINK", ph("https://calendly.com/acme/30min"))]),
    "jotform": ("JOTFORM", [P("api-key", "JOTFORM_API_KEY", lambda: hx(32))],
                [D("form-id", "JOTFORM_FORM", lambda: dg(15)), D("env-ref", "JOTFORM_API_KEY", ph("$JOTFORM_API_KEY"))]),
    "smartsheet": ("SMARTSHEET", [P("access-token", "SMARTSHEET_ACCESS_TOKEN", lambda: an(37))],
                   [D("sheet-id", "SMARTSHEET_SHEET_ID", lambda: dg(16)), D("placeholder", "SMARTSHEET_ACCESS_TOKEN", ph("<ACCESS_TOKEN>"))]),
    "coda": ("CODA", [P("api-token", "CODA_API_TOKEN", uid)],
             [D("doc-id", "CODA_DOC_ID", lambda: an(10)), D("table", "CODA_TABLE", lambda: "grid-" + an(10))]),
    "webflow": ("WEBFLOW", [P("api-token", "WEBFLOW_API_TOKEN", lambda: hx(64))],
                [D("site-id", "WEBFLOW_SITE_ID", lambda: hx(24)), D("collection-id", "WEBFLOW_COLLECTION_ID", lambda: hx(24))]),
    "contentful": ("CONTENTFUL", [P("management-token", "CONTENTFUL_MANAGEMENT_TOKEN", lambda: "CFPAT-" + b64u(43)),
                                  P("delivery-token", "CONTENTFUL_DELIVERY_TOKEN", lambda: b64u(43))],
                   [D("space-id", "CONTENTFUL_SPACE_ID", lambda: lo(12)), D("environment", "CONTENTFUL_ENVIRONMENT", ph("master"))]),
    "sanity": ("SANITY", [P("api-token", "SANITY_API_TOKEN", lambda: "sk" + an(180))],
               [D("project-id", "SANITY_PROJECT_ID", lambda: lo(8)), D("dataset", "SANITY_DATASET", ph("production"))]),
    "gitbook": ("GITBOOK", [P("api-token", "GITBOOK_API_TOKEN", lambda: "gb_api_" + an(40))],
                [D("space-id", "GITBOOK_SPACE", lambda: an(20)), D("org-id", "GITBOOK_ORG", lambda: an(20))]),
    "ghost": ("GHOST", [P("admin-key", "GHOST_ADMIN_API_KEY", lambda: hx(24) + ":" + hx(64))],
              [D("content-key", "GHOST_CONTENT_API_KEY", lambda: hx(26)), D("url", "GHOST_API_URL", ph("https://blog.acme.example"))]),
    "mailjet": ("MAILJET", [P("secret-key", "MJ_APIKEY_PRIVATE", lambda: hx(32))],
                [D("api-key", "MJ_APIKEY_PUBLIC", lambda: hx(32)), D("sender", "MJ_SENDER", ph("noreply@acme.example"))]),
    "mandrill": ("MANDRILL", [P("api-key", "MANDRILL_API_KEY", lambda: "md-" + b64u(22))],
                 [D("template", "MANDRILL_TEMPLATE", ph("welcome-v2")), D("placeholder", "MANDRILL_API_KEY", ph("md-XXXXXXXXXXXXXXXX"))]),
    "postmark": ("POSTMARK", [P("server-token", "POSTMARK_SERVER_TOKEN", uid), P("account-token", "POSTMARK_ACCOUNT_TOKEN", uid)],
                 [D("message-stream", "POSTMARK_STREAM", ph("outbound")), D("test-token", "POSTMARK_SERVER_TOKEN", ph("POSTMARK_API_TEST"))]),
    "sparkpost": ("SPARKPOST", [P("api-key", "SPARKPOST_API_KEY", lambda: hx(40))],
                  [D("endpoint", "SPARKPOST_API_URL", ph("https://api.eu.sparkpost.com/api/v1")), D("env-ref", "SPARKPOST_API_KEY", ph("${SPARKPOST_API_KEY}"))]),
    "resend": ("RESEND", [P("api-key", "RESEND_API_KEY", lambda: "re_" + an(8) + "_" + an(24))],
               [D("audience-id", "RESEND_AUDIENCE", uid), D("placeholder", "RESEND_API_KEY", ph("re_123456789"))]),
    "mailersend": ("MAILERSEND", [P("api-token", "MAILERSEND_API_KEY", lambda: "mlsn." + hx(64))],
                   [D("domain-id", "MAILERSEND_DOMAIN", lambda: lo(15)), D("placeholder", "MAILERSEND_API_KEY", ph("mlsn.xxxxx"))]),
    "brevo": ("BREVO", [P("api-key", "BREVO_API_KEY", lambda: "xkeysib-" + hx(64) + "-" + an(16)),
                        P("smtp-key", "BREVO_SMTP_KEY", lambda: "xsmtpsib-" + hx(64) + "-" + an(16))],
              [D("smtp-login", "BREVO_SMTP_USER", lambda: hx(8) + "@smtp-brevo.com"), D("truncated", "BREVO_API_KEY", ph("xkeysib-abc123..."))]),
    "smtp2go": ("SMTP2GO", [P("api-key", "SMTP2GO_API_KEY", lambda: "api-" + HX_(32))],
                [D("sender", "SMTP2GO_SENDER", ph("alerts@acme.example")), D("placeholder", "SMTP2GO_API_KEY", ph("api-XXXXXXXXXXXXXXXX"))]),
    "convertkit": ("CONVERTKIT", [P("api-secret", "CONVERTKIT_API_SECRET", lambda: b64u(43)), P("v4-key", "KIT_API_KEY", lambda: "kit_" + hx(32))],
                   [D("api-key", "CONVERTKIT_API_KEY", lambda: b64u(22)), D("form-id", "CONVERTKIT_FORM", lambda: dg(7))]),
    "activecampaign": ("ACTIVECAMPAIGN", [P("api-key", "ACTIVECAMPAIGN_API_KEY", lambda: hx(72))],
                       [D("url", "ACTIVECAMPAIGN_URL", ph("https://acme.api-us1.com")), D("list-id", "ACTIVECAMPAIGN_LIST", lambda: dg(2))]),
    "infobip": ("INFOBIP", [P("api-key", "INFOBIP_API_KEY", lambda: hx(32) + "-" + uid())],
                [D("base-url", "INFOBIP_BASE_URL", lambda: lo(6) + ".api.infobip.com"), D("sender", "INFOBIP_SENDER", ph("AcmeSMS"))]),
    "messagebird": ("MESSAGEBIRD", [P("access-key", "MESSAGEBIRD_ACCESS_KEY", lambda: an(25))],
                    [D("originator", "MESSAGEBIRD_ORIGINATOR", ph("Acme")), D("test-key", "MESSAGEBIRD_TEST_KEY", ph("test_XXXXXXXXXXXXXXXXXXXXX"))]),
    "vonage": ("VONAGE", [P("api-secret", "VONAGE_API_SECRET", lambda: an(16))],
               [D("api-key", "VONAGE_API_KEY", lambda: hx(8)), D("application-id", "VONAGE_APPLICATION_ID", uid)]),
    "plivo": ("PLIVO", [P("auth-token", "PLIVO_AUTH_TOKEN", lambda: an(40))],
              [D("auth-id", "PLIVO_AUTH_ID", lambda: "MA" + up(18)), D("number", "PLIVO_NUMBER", lambda: "+1415" + dg(7))]),
    "telnyx": ("TELNYX", [P("api-key", "TELNYX_API_KEY", lambda: "KEY" + HX_(32) + "_" + an(22))],
               [D("public-key", "TELNYX_PUBLIC_KEY", lambda: b64(32)), D("connection-id", "TELNYX_CONNECTION_ID", lambda: dg(19))]),
    "sendbird": ("SENDBIRD", [P("api-token", "SENDBIRD_API_TOKEN", lambda: hx(40))],
                 [D("app-id", "SENDBIRD_APP_ID", lambda: uid().upper()), D("env-ref", "SENDBIRD_API_TOKEN", ph("${SENDBIRD_API_TOKEN}"))]),
    "pusher": ("PUSHER", [P("app-secret", "PUSHER_APP_SECRET", lambda: hx(20))],
               [D("app-key", "PUSHER_APP_KEY", lambda: hx(20)), D("app-id", "PUSHER_APP_ID", lambda: dg(7))]),
    "pubnub": ("PUBNUB", [P("secret-key", "PUBNUB_SECRET_KEY", lambda: "sec-c-" + b64(36).rstrip("="))],
               [D("publish-key", "PUBNUB_PUBLISH_KEY", lambda: "pub-c-" + uid()), D("subscribe-key", "PUBNUB_SUBSCRIBE_KEY", lambda: "sub-c-" + uid())]),
    "ably": ("ABLY", [P("api-key", "ABLY_API_KEY", lambda: an(6) + "." + b64u(6) + ":" + b64u(43))],
             [D("client-id", "ABLY_CLIENT_ID", ph("web-client")), D("app-id", "ABLY_APP_ID", lambda: an(6))]),
    "onesignal": ("ONESIGNAL", [P("rest-key-v2", "ONESIGNAL_REST_API_KEY", lambda: "os_v2_app_" + rs("abcdefghijklmnopqrstuvwxyz234567", 113)),
                                P("legacy-rest-key", "ONESIGNAL_API_KEY", lambda: b64(36))],
                  [D("app-id", "ONESIGNAL_APP_ID", uid), D("placeholder", "ONESIGNAL_REST_API_KEY", ph("YOUR_REST_API_KEY"))]),
    "twitter": ("TWITTER", [P("bearer-token", "TWITTER_BEARER_TOKEN", lambda: "AAAAAAAAAAAAAAAAAAAAA" + an(25) + "%3D" + an(50)),
                            P("consumer-secret", "TWITTER_API_SECRET", lambda: an(50))],
                [D("consumer-key", "TWITTER_API_KEY", lambda: an(25)), D("handle", "TWITTER_HANDLE", ph("@acme"))]),
    "facebook": ("FACEBOOK", [P("access-token", "FACEBOOK_ACCESS_TOKEN", lambda: "EAAB" + an(180)), P("app-secret", "FACEBOOK_APP_SECRET", lambda: hx(32))],
                 [D("app-id", "FACEBOOK_APP_ID", lambda: dg(15)), D("pixel-id", "FB_PIXEL_ID", lambda: dg(16))]),
    "instagram": ("INSTAGRAM", [P("access-token", "INSTAGRAM_ACCESS_TOKEN", lambda: "IGQV" + b64u(180))],
                  [D("user-id", "INSTAGRAM_USER_ID", lambda: dg(17)), D("placeholder", "INSTAGRAM_ACCESS_TOKEN", ph("IGQV..."))]),
    "linkedin": ("LINKEDIN", [P("client-secret", "LINKEDIN_CLIENT_SECRET", lambda: "WPL_AP1." + an(16) + "." + b64(6).rstrip("=") + "=="),
                              P("access-token", "LINKEDIN_ACCESS_TOKEN", lambda: "AQ" + b64u(150))],
                 [D("client-id", "LINKEDIN_CLIENT_ID", lambda: lo(14)), D("org-urn", "LINKEDIN_ORG", lambda: "urn:li:organization:" + dg(8))]),
    "reddit": ("REDDIT", [P("client-secret", "REDDIT_CLIENT_SECRET", lambda: b64u(30))],
               [D("client-id", "REDDIT_CLIENT_ID", lambda: b64u(22)), D("user-agent", "REDDIT_USER_AGENT", ph("acme-bot/1.0 by u/acme"))]),
    "spotify": ("SPOTIFY", [P("client-secret", "SPOTIFY_CLIENT_SECRET", lambda: hx(32))],
                [D("client-id", "SPOTIFY_CLIENT_ID", lambda: hx(32)), D("redirect", "SPOTIFY_REDIRECT_URI", ph("http://127.0.0.1:8888/callback"))]),
    "twitch": ("TWITCH", [P("client-secret", "TWITCH_CLIENT_SECRET", lambda: lo(30)), P("oauth-token", "TWITCH_OAUTH", lambda: "oauth:" + lo(30))],
               [D("client-id", "TWITCH_CLIENT_ID", lambda: lo(30)), D("channel", "TWITCH_CHANNEL", ph("acme_live"))]),
    "steam": ("STEAM", [P("web-api-key", "STEAM_API_KEY", lambda: HX_(32))],
              [D("app-id", "STEAM_APP_ID", lambda: dg(6)), D("steam-id", "STEAM_ID", lambda: "7656119" + dg(10))]),
    "line": ("LINE", [P("channel-access-token", "LINE_CHANNEL_ACCESS_TOKEN", lambda: b64(129).rstrip("=") + "="),
                      P("channel-secret", "LINE_CHANNEL_SECRET", lambda: hx(32))],
             [D("channel-id", "LINE_CHANNEL_ID", lambda: dg(10)), D("liff-id", "LIFF_ID", lambda: dg(10) + "-" + an(8))]),
    "microsoftteams": ("TEAMS", [P("incoming-webhook", "TEAMS_WEBHOOK_URL", lambda: "https://acme.webhook.office.com/webhookb2/" + uid() + "@" + uid() + "/IncomingWebhook/" + hx(32) + "/" + uid())],
                       [D("tenant-id", "TEAMS_TENANT_ID", uid), D("placeholder", "TEAMS_WEBHOOK_URL", ph("https://outlook.office.com/webhook/..."))]),
    "googlechat": ("GOOGLE_CHAT", [P("webhook-url", "GOOGLE_CHAT_WEBHOOK", lambda: "https://chat.googleapis.com/v1/spaces/AAAA" + b64u(7) + "/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=" + b64u(43) + "%3D")],
                   [D("space", "GOOGLE_CHAT_SPACE", lambda: "spaces/AAAA" + b64u(7)), D("env-ref", "GOOGLE_CHAT_WEBHOOK", ph("${GOOGLE_CHAT_WEBHOOK}"))]),
    "webex": ("WEBEX", [P("bot-token", "WEBEX_BOT_TOKEN", lambda: an(64) + "_" + up(4) + "_" + uid())],
              [D("room-id", "WEBEX_ROOM_ID", lambda: "Y2lzY29zcGFyazovL3VzL1JPT00v" + b64u(48)), D("placeholder", "WEBEX_BOT_TOKEN", ph("<bot-access-token>"))]),
    "zoom": ("ZOOM", [P("client-secret", "ZOOM_CLIENT_SECRET", lambda: an(32)), P("secret-token", "ZOOM_WEBHOOK_SECRET_TOKEN", lambda: b64u(22))],
             [D("client-id", "ZOOM_CLIENT_ID", lambda: b64u(22)), D("account-id", "ZOOM_ACCOUNT_ID", lambda: b64u(22))]),
    "box": ("BOX", [P("client-secret", "BOX_CLIENT_SECRET", lambda: an(32)), P("developer-token", "BOX_DEVELOPER_TOKEN", lambda: an(32))],
            [D("client-id", "BOX_CLIENT_ID", lambda: lo(32)), D("enterprise-id", "BOX_ENTERPRISE_ID", lambda: dg(9))]),
    "dropbox": ("DROPBOX", [P("short-lived-token", "DROPBOX_ACCESS_TOKEN", lambda: "sl.B" + b64u(135)), P("long-lived-token", "DROPBOX_TOKEN", lambda: b64u(11) + "AAAAAAAAAA" + b64u(43))],
                [D("app-key", "DROPBOX_APP_KEY", lambda: lo(15)), D("placeholder", "DROPBOX_ACCESS_TOKEN", ph("sl.XXXXXXXX"))]),
    "bitly": ("BITLY", [P("access-token", "BITLY_ACCESS_TOKEN", lambda: hx(40))],
              [D("group-guid", "BITLY_GROUP", lambda: "B" + an(10)), D("domain", "BITLY_DOMAIN", ph("bit.ly"))]),
    "ifttt": ("IFTTT", [P("webhook-key", "IFTTT_WEBHOOK_KEY", lambda: b64u(22))],
              [D("event", "IFTTT_EVENT", ph("door_opened")), D("placeholder", "IFTTT_WEBHOOK_KEY", ph("{your_key}"))]),
    "zapier": ("ZAPIER", [P("webhook-url", "ZAPIER_WEBHOOK_URL", lambda: "https://hooks.zapier.com/hooks/catch/" + dg(8) + "/" + lo(7) + "/")],
               [D("zap-id", "ZAPIER_ZAP_ID", lambda: dg(9)), D("env-ref", "ZAPIER_WEBHOOK_URL", ph("${ZAPIER_WEBHOOK_URL}"))]),
    "okta": ("OKTA", [P("api-token", "OKTA_API_TOKEN", lambda: "00" + b64u(40))],
             [D("org-url", "OKTA_ORG_URL", ph("https://acme.okta.com")), D("client-id", "OKTA_CLIENT_ID", lambda: "0oa" + an(17))]),
    "auth0": ("AUTH0", [P("client-secret", "AUTH0_CLIENT_SECRET", lambda: b64u(64))],
              [D("client-id", "AUTH0_CLIENT_ID", lambda: an(32)), D("domain", "AUTH0_DOMAIN", ph("acme.eu.auth0.com"))]),
    "duo": ("DUO", [P("secret-key", "DUO_SECRET_KEY", lambda: an(40))],
            [D("integration-key", "DUO_INTEGRATION_KEY", lambda: "DI" + up(18)), D("api-host", "DUO_API_HOST", lambda: "api-" + hx(8) + ".duosecurity.com")]),
    "jumpcloud": ("JUMPCLOUD", [P("api-key", "JUMPCLOUD_API_KEY", lambda: "jca_" + an(36))],
                  [D("org-id", "JUMPCLOUD_ORG_ID", lambda: hx(24)), D("placeholder", "JUMPCLOUD_API_KEY", ph("jca_XXXX"))]),
    "onepassword": ("OP", [P("service-account-token", "OP_SERVICE_ACCOUNT_TOKEN", lambda: "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIs" + b64u(300))],
                    [D("vault-ref", "DB_PASSWORD", ph("op://prod/db/password")), D("connect-host", "OP_CONNECT_HOST", ph("http://localhost:8080"))]),
    "bitwarden": ("BWS", [P("access-token", "BWS_ACCESS_TOKEN", lambda: "0." + uid() + "." + an(30) + ":" + b64(16).rstrip("="))],
                  [D("project-id", "BWS_PROJECT_ID", uid), D("server", "BWS_SERVER_URL", ph("https://vault.bitwarden.eu"))]),
    "infisical": ("INFISICAL", [P("service-token", "INFISICAL_TOKEN", lambda: "st." + uid() + "." + hx(32) + "." + hx(32))],
                  [D("project-id", "INFISICAL_PROJECT_ID", uid), D("client-id", "INFISICAL_CLIENT_ID", uid)]),
    "tailscale": ("TAILSCALE", [P("auth-key", "TS_AUTHKEY", lambda: "tskey-auth-k" + an(10) + "CNTRL-" + an(33)),
                                P("api-key", "TAILSCALE_API_KEY", lambda: "tskey-api-k" + an(10) + "CNTRL-" + an(33))],
                  [D("tailnet", "TAILSCALE_TAILNET", ph("acme.org.github")), D("placeholder", "TS_AUTHKEY", ph("tskey-auth-XXXX"))]),
    "ngrok": ("NGROK", [P("authtoken", "NGROK_AUTHTOKEN", lambda: dg(1) + an(26) + "_" + an(21)), P("api-key", "NGROK_API_KEY", lambda: dg(1) + an(26) + "_" + an(21))],
              [D("domain", "NGROK_DOMAIN", ph("acme-dev.ngrok.app")), D("env-ref", "NGROK_AUTHTOKEN", ph("$NGROK_AUTHTOKEN"))]),
    "hetzner": ("HCLOUD", [P("api-token", "HCLOUD_TOKEN", lambda: an(64))],
                [D("location", "HCLOUD_LOCATION", ph("fsn1")), D("ssh-key-name", "HCLOUD_SSH_KEY", ph("deploy@ci"))]),
    "linode": ("LINODE", [P("pat", "LINODE_TOKEN", lambda: hx(64))],
               [D("region", "LINODE_REGION", ph("eu-central")), D("env-ref", "LINODE_TOKEN", ph("${LINODE_TOKEN}"))]),
    "vultr": ("VULTR", [P("api-key", "VULTR_API_KEY", lambda: rs(string.ascii_uppercase + string.digits, 36))],
              [D("region", "VULTR_REGION", ph("ams")), D("plan", "VULTR_PLAN", ph("vc2-1c-1gb"))]),
    "scaleway": ("SCW", [P("secret-key", "SCW_SECRET_KEY", uid)],
                 [D("access-key", "SCW_ACCESS_KEY", lambda: "SCW" + up(17)), D("org-id", "SCW_DEFAULT_ORGANIZATION_ID", uid)]),
    "ibmcloud": ("IBMCLOUD", [P("api-key", "IBMCLOUD_API_KEY", lambda: b64u(44))],
                 [D("region", "IBMCLOUD_REGION", ph("eu-de")), D("resource-group", "IBMCLOUD_RG", lambda: hx(32))]),
    "alibabacloud": ("ALIBABA_CLOUD", [P("access-key-id", "ALIBABA_CLOUD_ACCESS_KEY_ID", lambda: "LTAI5t" + an(18)),
                                       P("access-key-secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda: an(30))],
                     [D("region", "ALIBABA_CLOUD_REGION_ID", ph("cn-hangzhou")), D("bucket", "OSS_BUCKET", ph("acme-assets"))]),
    "tencentcloud": ("TENCENTCLOUD", [P("secret-id", "TENCENTCLOUD_SECRET_ID", lambda: "AKID" + an(32)),
                                      P("secret-key", "TENCENTCLOUD_SECRET_KEY", lambda: an(32))],
                     [D("region", "TENCENTCLOUD_REGION", ph("ap-guangzhou")), D("app-id", "TENCENTCLOUD_APPID", lambda: dg(10))]),
    "yandexcloud": ("YC", [P("static-key-secret", "YC_SECRET_KEY", lambda: "YCM" + b64u(37)),
                           P("api-key", "YC_API_KEY", lambda: "AQVN" + b64u(36)), P("iam-token", "YC_TOKEN", lambda: "t1.9euelZq" + b64u(150))],
                    [D("static-key-id", "YC_ACCESS_KEY_ID", lambda: "YCAJ" + b64u(21)), D("folder-id", "YC_FOLDER_ID", lambda: "b1g" + lo(17))]),
    "docker": ("DOCKER", [P("pat", "DOCKERHUB_TOKEN", lambda: "dckr_pat_" + b64u(27)), P("org-token", "DOCKER_OAT", lambda: "dckr_oat_" + b64u(32))],
               [D("username", "DOCKERHUB_USERNAME", ph("acmebuild")), D("image", "IMAGE", ph("acme/api:1.4.2"))]),
    "jfrog": ("JFROG", [P("api-key", "ARTIFACTORY_API_KEY", lambda: "AKCp8" + an(68)), P("reference-token", "JFROG_ACCESS_TOKEN", lambda: "cmVmdGtuOjAxOjE3" + an(48))],
              [D("url", "ARTIFACTORY_URL", ph("https://acme.jfrog.io/artifactory")), D("repo", "ARTIFACTORY_REPO", ph("libs-release"))]),
    "nuget": ("NUGET", [P("api-key", "NUGET_API_KEY", lambda: "oy2" + lo(43))],
              [D("source", "NUGET_SOURCE", ph("https://api.nuget.org/v3/index.json")), D("env-ref", "NUGET_API_KEY", ph("%NUGET_API_KEY%"))]),
    "rubygems": ("RUBYGEMS", [P("api-key", "GEM_HOST_API_KEY", lambda: "rubygems_" + hx(48))],
                 [D("host", "RUBYGEMS_HOST", ph("https://rubygems.org")), D("placeholder", "GEM_HOST_API_KEY", ph("rubygems_xxxxxxxx"))]),
    "cratesio": ("CARGO", [P("api-token", "CARGO_REGISTRY_TOKEN", lambda: "cio" + an(32))],
                 [D("registry", "CARGO_REGISTRY", ph("crates-io")), D("env-ref", "CARGO_REGISTRY_TOKEN", ph("${{ secrets.CARGO_REGISTRY_TOKEN }}"))]),
    "hexpm": ("HEX", [P("api-key", "HEX_API_KEY", lambda: hx(32))],
              [D("org", "HEX_ORGANIZATION", ph("acme")), D("env-ref", "HEX_API_KEY", ph("${HEX_API_KEY}"))]),
    "clojars": ("CLOJARS", [P("deploy-token", "CLOJARS_PASSWORD", lambda: "CLOJARS_" + hx(60))],
                [D("username", "CLOJARS_USERNAME", ph("acme")), D("placeholder", "CLOJARS_PASSWORD", ph("CLOJARS_xxxxxxxx"))]),
    "circleci": ("CIRCLECI", [P("personal-token", "CIRCLECI_TOKEN", lambda: "CCIPAT_" + an(22) + "_" + hx(40)), P("project-token", "CIRCLE_PROJECT_TOKEN", lambda: "CCIPRJ_" + an(22) + "_" + hx(40))],
                 [D("org-id", "CIRCLECI_ORG_ID", uid), D("context", "CIRCLECI_CONTEXT", ph("org-global"))]),
    "travisci": ("TRAVIS", [P("api-token", "TRAVIS_API_TOKEN", lambda: b64u(22))],
                 [D("repo", "TRAVIS_REPO_SLUG", ph("acme/api")), D("env-ref", "TRAVIS_API_TOKEN", ph("$TRAVIS_API_TOKEN"))]),
    "buildkite": ("BUILDKITE", [P("api-token", "BUILDKITE_API_TOKEN", lambda: "bkua_" + hx(40)), P("agent-token", "BUILDKITE_AGENT_TOKEN", lambda: hx(50))],
                  [D("org", "BUILDKITE_ORG", ph("acme")), D("pipeline", "BUILDKITE_PIPELINE", ph("api-deploy"))]),
    "drone": ("DRONE", [P("token", "DRONE_TOKEN", lambda: an(32))],
              [D("server", "DRONE_SERVER", ph("https://drone.acme.example")), D("env-ref", "DRONE_TOKEN", ph("${DRONE_TOKEN}"))]),
    "codecov": ("CODECOV", [P("upload-token", "CODECOV_TOKEN", uid)],
                [D("flags", "CODECOV_FLAGS", ph("unittests")), D("env-ref", "CODECOV_TOKEN", ph("${{ secrets.CODECOV_TOKEN }}"))]),
    "coveralls": ("COVERALLS", [P("repo-token", "COVERALLS_REPO_TOKEN", lambda: an(32))],
                  [D("service", "COVERALLS_SERVICE_NAME", ph("github")), D("placeholder", "COVERALLS_REPO_TOKEN", ph("<repo_token>"))]),
    "snyk": ("SNYK", [P("api-token", "SNYK_TOKEN", uid), P("service-token", "SNYK_SA_TOKEN", lambda: "snyk_uat." + hx(8) + "." + b64u(43))],
             [D("org-id", "SNYK_ORG", uid), D("env-ref", "SNYK_TOKEN", ph("$SNYK_TOKEN"))]),
    "sonarcloud": ("SONAR", [P("user-token", "SONAR_TOKEN", lambda: "squ_" + hx(40))],
                   [D("project-key", "SONAR_PROJECT_KEY", ph("acme_api")), D("org", "SONAR_ORGANIZATION", ph("acme"))]),
    "sonarqube": ("SONARQUBE", [P("project-token", "SONARQUBE_TOKEN", lambda: "sqp_" + hx(40)), P("global-token", "SONARQUBE_GLOBAL_TOKEN", lambda: "sqa_" + hx(40))],
                  [D("host", "SONAR_HOST_URL", ph("https://sonar.acme.example")), D("placeholder", "SONARQUBE_TOKEN", ph("sqp_XXXXXXXX"))]),
    "sourcegraph": ("SRC", [P("access-token", "SRC_ACCESS_TOKEN", lambda: "sgp_" + hx(16) + "_" + hx(40))],
                    [D("endpoint", "SRC_ENDPOINT", ph("https://sourcegraph.acme.example")), D("truncated", "SRC_ACCESS_TOKEN", ph("sgp_abc..."))]),
    "harness": ("HARNESS", [P("pat", "HARNESS_API_KEY", lambda: "pat." + b64u(22) + "." + hx(24) + "." + an(20))],
                [D("account-id", "HARNESS_ACCOUNT_ID", lambda: b64u(22)), D("org", "HARNESS_ORG", ph("default"))]),
    "octopusdeploy": ("OCTOPUS", [P("api-key", "OCTOPUS_API_KEY", lambda: "API-" + up(30))],
                      [D("server", "OCTOPUS_URL", ph("https://acme.octopus.app")), D("space", "OCTOPUS_SPACE", lambda: "Spaces-" + dg(2))]),
    "teamcity": ("TEAMCITY", [P("access-token", "TEAMCITY_TOKEN", lambda: "eyJ0eXAiOiAiVENWMiJ9." + b64u(36) + "." + b64u(48))],
                 [D("server", "TEAMCITY_URL", ph("https://ci.acme.example")), D("build-id", "TEAMCITY_BUILDCONF", ph("Api_Build"))]),
    "jenkins": ("JENKINS", [P("api-token", "JENKINS_API_TOKEN", lambda: "11" + hx(32))],
                [D("user", "JENKINS_USER", ph("deploy-bot")), D("url", "JENKINS_URL", ph("https://jenkins.acme.example"))]),
    "portainer": ("PORTAINER", [P("access-token", "PORTAINER_API_KEY", lambda: "ptr_" + b64(32).rstrip("="))],
                  [D("endpoint-id", "PORTAINER_ENDPOINT", lambda: dg(1)), D("url", "PORTAINER_URL", ph("https://portainer.acme.example"))]),
    "rancher": ("RANCHER", [P("api-token", "RANCHER_TOKEN", lambda: "token-" + lo(5) + ":" + lo(54))],
                [D("url", "RANCHER_URL", ph("https://rancher.acme.example")), D("cluster-id", "RANCHER_CLUSTER", lambda: "c-" + lo(5))]),
    "openshift": ("OPENSHIFT", [P("user-token", "OPENSHIFT_TOKEN", lambda: "sha256~" + b64u(43))],
                  [D("server", "OPENSHIFT_SERVER", ph("https://api.ocp.acme.example:6443")), D("namespace", "OPENSHIFT_NAMESPACE", ph("acme-prod"))]),
    "consul": ("CONSUL", [P("acl-token", "CONSUL_HTTP_TOKEN", uid)],
               [D("addr", "CONSUL_HTTP_ADDR", ph("127.0.0.1:8500")), D("accessor-id", "CONSUL_ACCESSOR", uid)]),
    "nomad": ("NOMAD", [P("acl-token", "NOMAD_TOKEN", uid)],
              [D("addr", "NOMAD_ADDR", ph("https://nomad.acme.example:4646")), D("region", "NOMAD_REGION", ph("global"))]),
    "kong": ("KONG", [P("konnect-pat", "KONNECT_TOKEN", lambda: "kpat_" + an(49)), P("system-token", "KONG_SPAT", lambda: "spat_" + an(49))],
             [D("cp-id", "KONNECT_CP_ID", uid), D("region", "KONNECT_REGION", ph("eu"))]),
    "elastic": ("ELASTIC", [P("api-key", "ELASTIC_API_KEY", lambda: base64.b64encode((b64u(20) + ":" + b64u(22)).encode()).decode()),
                            P("password", "ELASTIC_PASSWORD", lambda: an(24))],
                [D("cloud-id", "ELASTIC_CLOUD_ID", lambda: "acme:" + base64.b64encode(("europe-west1.gcp.cloud.es.io$" + hx(32) + "$" + hx(32)).encode()).decode()),
                 D("username", "ELASTIC_USERNAME", ph("elastic"))]),
    "splunk": ("SPLUNK", [P("hec-token", "SPLUNK_HEC_TOKEN", uid)],
               [D("index", "SPLUNK_INDEX", ph("main")), D("url", "SPLUNK_HEC_URL", ph("https://http-inputs-acme.splunkcloud.com:443"))]),
    "sumologic": ("SUMOLOGIC", [P("access-key", "SUMOLOGIC_ACCESSKEY", lambda: an(64))],
                  [D("access-id", "SUMOLOGIC_ACCESSID", lambda: "su" + an(12)), D("endpoint", "SUMOLOGIC_ENDPOINT", ph("https://api.eu.sumologic.com/api/"))]),
    "honeycomb": ("HONEYCOMB", [P("api-key", "HONEYCOMB_API_KEY", lambda: an(22)), P("ingest-key", "HONEYCOMB_INGEST_KEY", lambda: "hcaik_01" + lo(24) + lo(32))],
                  [D("dataset", "HONEYCOMB_DATASET", ph("acme-api")), D("endpoint", "OTEL_EXPORTER_OTLP_ENDPOINT", ph("https://api.eu1.honeycomb.io"))]),
    "papertrail": ("PAPERTRAIL", [P("api-token", "PAPERTRAIL_API_TOKEN", lambda: an(20))],
                   [D("destination", "PAPERTRAIL_HOST", lambda: "logs" + dg(1) + ".papertrailapp.com:" + dg(5)), D("env-ref", "PAPERTRAIL_API_TOKEN", ph("$PAPERTRAIL_API_TOKEN"))]),
    "pagerduty": ("PAGERDUTY", [P("api-key", "PAGERDUTY_API_KEY", lambda: "u+" + b64u(18)), P("integration-key", "PAGERDUTY_ROUTING_KEY", lambda: hx(32))],
                  [D("service-id", "PAGERDUTY_SERVICE", lambda: "P" + up(6)), D("escalation", "PAGERDUTY_ESCALATION", lambda: "P" + up(6))]),
    "opsgenie": ("OPSGENIE", [P("api-key", "OPSGENIE_API_KEY", uid)],
                 [D("team", "OPSGENIE_TEAM", ph("platform")), D("api-url", "OPSGENIE_API_URL", ph("https://api.eu.opsgenie.com"))]),
    "rollbar": ("ROLLBAR", [P("server-token", "ROLLBAR_ACCESS_TOKEN", lambda: hx(32))],
                [D("client-token", "ROLLBAR_CLIENT_TOKEN", lambda: hx(32)), D("environment", "ROLLBAR_ENV", ph("production"))]),
    "bugsnag": ("BUGSNAG", [P("auth-token", "BUGSNAG_AUTH_TOKEN", uid)],
                [D("notifier-key", "BUGSNAG_API_KEY", lambda: hx(32)), D("release-stage", "BUGSNAG_RELEASE_STAGE", ph("production"))]),
    "launchdarkly": ("LAUNCHDARKLY", [P("sdk-key", "LAUNCHDARKLY_SDK_KEY", lambda: "sdk-" + uid()), P("api-token", "LD_API_KEY", lambda: "api-" + uid())],
                     [D("mobile-key", "LAUNCHDARKLY_MOBILE_KEY", lambda: "mob-" + uid()), D("client-side-id", "LAUNCHDARKLY_CLIENT_ID", lambda: hx(24))]),
    "uptimerobot": ("UPTIMEROBOT", [P("main-api-key", "UPTIMEROBOT_API_KEY", lambda: "u" + dg(7) + "-" + hx(24))],
                    [D("monitor-key", "UPTIMEROBOT_MONITOR_KEY", lambda: "m" + dg(9) + "-" + hx(24)), D("status-page", "UPTIMEROBOT_STATUS", ph("https://stats.uptimerobot.com/abc"))]),
    "crowdstrike": ("FALCON", [P("client-secret", "FALCON_CLIENT_SECRET", lambda: an(40))],
                    [D("client-id", "FALCON_CLIENT_ID", lambda: hx(32)), D("cloud", "FALCON_CLOUD", ph("us-2"))]),
    "tenable": ("TENABLE", [P("secret-key", "TENABLE_SECRET_KEY", lambda: hx(64))],
                [D("access-key", "TENABLE_ACCESS_KEY", lambda: hx(64)), D("url", "TENABLE_URL", ph("https://cloud.tenable.com"))]),
    "virustotal": ("VT", [P("api-key", "VT_API_KEY", lambda: hx(64))],
                   [D("file-hash", "VT_SAMPLE_SHA256", lambda: hx(64)), D("env-ref", "VT_API_KEY", ph("$VT_API_KEY"))]),
    "shodan": ("SHODAN", [P("api-key", "SHODAN_API_KEY", lambda: an(32))],
               [D("query", "SHODAN_QUERY", ph("org:acme port:443")), D("placeholder", "SHODAN_API_KEY", ph("YOUR_API_KEY"))]),
    "akamai": ("AKAMAI", [P("client-secret", "AKAMAI_CLIENT_SECRET", lambda: b64(32)), P("client-token", "AKAMAI_CLIENT_TOKEN", lambda: "akab-" + lo(16) + "-" + lo(16)),
                          P("access-token", "AKAMAI_ACCESS_TOKEN", lambda: "akab-" + lo(16) + "-" + lo(16))],
               [D("host", "AKAMAI_HOST", lambda: "akab-" + lo(16) + "-" + lo(16) + ".luna.akamaiapis.net"), D("account-switch", "AKAMAI_ACCOUNT", lambda: "1-" + up(6))]),
    "influxdb": ("INFLUX", [P("api-token", "INFLUX_TOKEN", lambda: b64u(86) + "==")],
                [D("org", "INFLUX_ORG", ph("acme")), D("bucket", "INFLUX_BUCKET", ph("telemetry"))]),
    "confluent": ("CONFLUENT", [P("api-secret", "CONFLUENT_CLOUD_API_SECRET", lambda: rs(AL + "+/", 64))],
                  [D("api-key", "CONFLUENT_CLOUD_API_KEY", lambda: up(16)), D("bootstrap", "KAFKA_BOOTSTRAP", ph("pkc-4r087.europe-west1.gcp.confluent.cloud:9092"))]),
    "neon": ("NEON", [P("api-key", "NEON_API_KEY", lambda: "napi_" + lo(64))],
             [D("project-id", "NEON_PROJECT_ID", lambda: "%s-%s-%s" % (R.choice(["cool", "red", "quiet"]), R.choice(["river", "sun", "leaf"]), dg(8))), D("branch", "NEON_BRANCH", lambda: "br-" + lo(8))]),
    "upstash": ("UPSTASH", [P("rest-token", "UPSTASH_REDIS_REST_TOKEN", lambda: "AX" + b64u(4) + "AAIjcDE" + b64u(60))],
                [D("rest-url", "UPSTASH_REDIS_REST_URL", lambda: "https://" + lo(10) + "-" + dg(5) + ".upstash.io"), D("readonly-placeholder", "UPSTASH_REDIS_REST_TOKEN", ph("AX...your-token"))]),
    "xata": ("XATA", [P("api-key", "XATA_API_KEY", lambda: "xau_" + an(40))],
             [D("db-url", "XATA_DATABASE_URL", ph("https://acme-abc123.eu-central-1.xata.sh/db/app")), D("branch", "XATA_BRANCH", ph("main"))]),
    "convex": ("CONVEX", [P("deploy-key", "CONVEX_DEPLOY_KEY", lambda: "prod:" + lo(6) + "-" + lo(8) + "-" + dg(3) + "|" + b64u(100))],
               [D("url", "CONVEX_URL", ph("https://happy-otter-123.convex.cloud")), D("deployment", "CONVEX_DEPLOYMENT", ph("dev:happy-otter-123"))]),
    "tinybird": ("TINYBIRD", [P("token", "TINYBIRD_TOKEN", lambda: "p." + base64.urlsafe_b64encode(('{"u": "%s", "id": "%s", "host": "gcp-europe-west3"}' % (uid(), uid())).encode()).decode().rstrip("=") + "." + b64u(43))],
                 [D("host", "TINYBIRD_HOST", ph("https://api.tinybird.co")), D("workspace", "TINYBIRD_WORKSPACE", ph("acme_prod"))]),
    "backblaze": ("B2", [P("application-key", "B2_APPLICATION_KEY", lambda: "K00" + b64u(28).replace("-", "a").replace("_", "b"))],
                  [D("key-id", "B2_APPLICATION_KEY_ID", lambda: "00" + hx(23)), D("bucket", "B2_BUCKET", ph("acme-backups"))]),
    "cloudinary": ("CLOUDINARY", [P("url", "CLOUDINARY_URL", lambda: "cloudinary://" + dg(15) + ":" + b64u(27) + "@acme-media"),
                                  P("api-secret", "CLOUDINARY_API_SECRET", lambda: b64u(27))],
                   [D("api-key", "CLOUDINARY_API_KEY", lambda: dg(15)), D("cloud-name", "CLOUDINARY_CLOUD_NAME", ph("acme-media"))]),
    "age": ("SOPS_AGE", [P("secret-key", "SOPS_AGE_KEY", lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58))],
            [D("recipient", "SOPS_AGE_RECIPIENTS", lambda: "age1" + rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)), D("key-file", "SOPS_AGE_KEY_FILE", ph("~/.config/sops/age/keys.txt"))]),
    "laravel": ("APP", [P("app-key", "APP_KEY", lambda: "base64:" + b64(32))],
                [D("app-name", "APP_NAME", ph("AcmeShop")), D("empty", "APP_KEY", ph("base64:"))]),
    "rails": ("RAILS", [P("master-key", "RAILS_MASTER_KEY", lambda: hx(32)), P("secret-key-base", "SECRET_KEY_BASE", lambda: hx(128))],
              [D("env", "RAILS_ENV", ph("production")), D("env-ref", "SECRET_KEY_BASE", ph("<%= ENV['SECRET_KEY_BASE'] %>"))]),
    "phoenix": ("PHX", [P("secret-key-base", "SECRET_KEY_BASE", lambda: b64(48))],
                [D("host", "PHX_HOST", ph("app.acme.example")), D("port", "PORT", ph("4000"))]),
    "airflow": ("AIRFLOW", [P("fernet-key", "AIRFLOW__CORE__FERNET_KEY", lambda: base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()),
                            P("webserver-secret", "AIRFLOW__WEBSERVER__SECRET_KEY", lambda: hx(32))],
                [D("executor", "AIRFLOW__CORE__EXECUTOR", ph("CeleryExecutor")), D("dag-folder", "AIRFLOW__CORE__DAGS_FOLDER", ph("/opt/airflow/dags"))]),
    "prefect": ("PREFECT", [P("api-key", "PREFECT_API_KEY", lambda: "pnu_" + an(36))],
                [D("api-url", "PREFECT_API_URL", lambda: "https://api.prefect.cloud/api/accounts/" + uid() + "/workspaces/" + uid()), D("work-pool", "PREFECT_POOL", ph("k8s-pool"))]),
    "dbtcloud": ("DBT_CLOUD", [P("service-token", "DBT_CLOUD_API_TOKEN", lambda: "dbtc_" + b64u(56)), P("user-token", "DBT_CLOUD_USER_TOKEN", lambda: "dbtu_" + b64u(56))],
                 [D("account-id", "DBT_CLOUD_ACCOUNT_ID", lambda: dg(5)), D("job-id", "DBT_CLOUD_JOB_ID", lambda: dg(6))]),
    "aiven": ("AIVEN", [P("api-token", "AIVEN_TOKEN", lambda: b64(279).replace("\n", ""))],
              [D("project", "AIVEN_PROJECT", ph("acme-prod")), D("service", "AIVEN_SERVICE", ph("pg-main"))]),
    "authorizenet": ("AUTHORIZENET", [P("transaction-key", "AUTHORIZENET_TRANSACTION_KEY", lambda: an(16))],
                     [D("login-id", "AUTHORIZENET_API_LOGIN_ID", lambda: an(10)), D("env", "AUTHORIZENET_ENV", ph("PRODUCTION"))]),
    "browserstack": ("BROWSERSTACK", [P("access-key", "BROWSERSTACK_ACCESS_KEY", lambda: an(20))],
                     [D("username", "BROWSERSTACK_USERNAME", lambda: "acmeqa_" + an(6)), D("build", "BROWSERSTACK_BUILD_NAME", ph("nightly"))]),
    "saucelabs": ("SAUCE", [P("access-key", "SAUCE_ACCESS_KEY", uid)],
                  [D("username", "SAUCE_USERNAME", ph("acme-qa")), D("region", "SAUCE_REGION", ph("eu-central-1"))]),
    "cypress": ("CYPRESS", [P("record-key", "CYPRESS_RECORD_KEY", uid)],
                [D("project-id", "CYPRESS_PROJECT_ID", lambda: lo(6)), D("base-url", "CYPRESS_BASE_URL", ph("http://localhost:3000"))]),
    "mercury": ("MERCURY", [P("api-token", "MERCURY_API_TOKEN", lambda: "secret-token:mercury_production_wma_" + an(40) + "_yrucrem")],
                [D("account-id", "MERCURY_ACCOUNT_ID", uid), D("placeholder", "MERCURY_API_TOKEN", ph("secret-token:mercury_production_..."))]),
    "roblox": ("ROBLOX", [P("open-cloud-key", "ROBLOX_API_KEY", lambda: b64(200).rstrip("="))],
               [D("universe-id", "ROBLOX_UNIVERSE_ID", lambda: dg(10)), D("place-id", "ROBLOX_PLACE_ID", lambda: dg(11))]),
    "pinterest": ("PINTEREST", [P("access-token", "PINTEREST_ACCESS_TOKEN", lambda: "pina_" + up(96))],
                  [D("ad-account", "PINTEREST_AD_ACCOUNT", lambda: dg(12)), D("app-id", "PINTEREST_APP_ID", lambda: dg(7))]),
    "gitea": ("GITEA", [P("access-token", "GITEA_TOKEN", lambda: hx(40))],
              [D("url", "GITEA_URL", ph("https://git.acme.example")), D("env-ref", "GITEA_TOKEN", ph("${{ secrets.GITEA_TOKEN }}"))]),
    "wordpress": ("WP", [P("application-password", "WP_APPLICATION_PASSWORD", lambda: " ".join(an(4) for _ in range(6)))],
                  [D("username", "WP_USERNAME", ph("editor")), D("site", "WP_URL", ph("https://blog.acme.example"))]),
    "wise": ("WISE", [P("api-token", "WISE_API_TOKEN", uid)],
             [D("profile-id", "WISE_PROFILE_ID", lambda: dg(8)), D("env", "WISE_ENV", ph("sandbox"))]),
    "woocommerce": ("WC", [P("consumer-secret", "WC_CONSUMER_SECRET", lambda: "cs_" + hx(40))],
                    [D("consumer-key", "WC_CONSUMER_KEY", lambda: "ck_" + hx(40)), D("store-url", "WC_STORE_URL", ph("https://shop.acme.example"))]),
    "chargebee": ("CHARGEBEE", [P("api-key", "CHARGEBEE_API_KEY", lambda: "live_" + an(34))],
                  [D("site", "CHARGEBEE_SITE", ph("acme")), D("publishable-key", "CHARGEBEE_PUBLISHABLE_KEY", lambda: "live_" + an(34) + "_pub")]),
    "recurly": ("RECURLY", [P("private-key", "RECURLY_API_KEY", lambda: hx(32))],
                [D("public-key", "RECURLY_PUBLIC_KEY", lambda: "ewr1-" + an(22)), D("subdomain", "RECURLY_SUBDOMAIN", ph("acme"))]),
    "coinbase": ("COINBASE", [P("cdp-api-key-secret", "CDP_API_KEY_SECRET", lambda: b64(64))],
                 [D("cdp-key-name", "CDP_API_KEY_NAME", lambda: "organizations/" + uid() + "/apiKeys/" + uid()), D("network", "CDP_NETWORK", ph("base-mainnet"))]),
    "binance": ("BINANCE", [P("secret-key", "BINANCE_API_SECRET", lambda: an(64))],
                [D("api-key", "BINANCE_API_KEY", lambda: an(64)), D("base-url", "BINANCE_BASE_URL", ph("https://api.binance.com"))]),
    "kraken": ("KRAKEN", [P("private-key", "KRAKEN_PRIVATE_KEY", lambda: b64(64))],
               [D("api-key", "KRAKEN_API_KEY", lambda: b64(42)), D("pair", "KRAKEN_PAIR", ph("XBTUSD"))]),
    "snowflake": ("SNOWFLAKE", [P("password", "SNOWFLAKE_PASSWORD", lambda: an(20) + "!")],
                  [D("account", "SNOWFLAKE_ACCOUNT", lambda: up(7) + "-" + up(7)), D("warehouse", "SNOWFLAKE_WAREHOUSE", ph("COMPUTE_WH"))]),
    "oraclecloud": ("OCI", [P("auth-token", "OCI_AUTH_TOKEN", lambda: rs(AL + "()<>;:.+-{}[]", 20))],
                    [D("fingerprint", "OCI_FINGERPRINT", lambda: ":".join(hx(2) for _ in range(16))), D("tenancy", "OCI_TENANCY", lambda: "ocid1.tenancy.oc1.." + lo(60))]),
    "kubernetes": ("KUBE", [P("sa-token", "KUBE_TOKEN", lambda: jwt('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"ci","kubernetes.io/serviceaccount/secret.name":"deployer-token-%s","kubernetes.io/serviceaccount/service-account.name":"deployer","sub":"system:serviceaccount:ci:deployer"}' % lo(5)))],
                   [D("ca-data", "KUBE_CA_FINGERPRINT", lambda: hx(64)), D("server", "KUBE_SERVER", ph("https://10.0.0.1:6443"))]),
    "openai_dummy": None,
}
del PROVIDERS["openai_dummy"]
