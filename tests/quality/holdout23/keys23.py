"""Mainstream providers' fake keys for the repos half: key(doc, name) labels and returns a marker."""
from vals23 import R, rs, hexs, uuid, digits, b64, b64bytes, AN, LAN, UAN, LO, UP, DI

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

GEN = {
    "aws-id": ("aws", "access-key-id", lambda: "AKIA" + rs(B32, 16)),
    "aws-secret": ("aws", "secret-access-key", lambda: rs(AN + "+/", 40)),
    "gcp-key": ("google", "api-key", lambda: "AIza" + rs(AN + "-_", 35)),
    "azure-storage": ("azure", "storage-account-key", lambda: b64bytes(64)),
    "azure-client-secret": ("azure", "ad-client-secret", lambda: rs(AN, 3) + "8Q~" + rs(AN + "~._-", 31)),
    "github": ("github", "pat-classic", lambda: "ghp_" + rs(AN, 36)),
    "github-fg": ("github", "pat-fine-grained", lambda: "github_pat_11" + rs(UAN, 20) + "_" + rs(AN, 59)),
    "gitlab": ("gitlab", "pat", lambda: "glpat-" + rs(AN + "-_", 20)),
    "gitlab-runner": ("gitlab", "runner-token", lambda: "glrt-" + rs(AN + "-_", 20)),
    "slack-bot": ("slack", "bot-token", lambda: "xoxb-%s-%s-%s" % (digits(12), digits(13), rs(AN, 24))),
    "slack-webhook": ("slack", "webhook-url", lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UAN, 10), rs(UAN, 10), rs(AN, 24))),
    "stripe": ("stripe", "secret-key", lambda: "sk_live_" + rs(AN, 99)),
    "stripe-rk": ("stripe", "restricted-key", lambda: "rk_live_" + rs(AN, 99)),
    "stripe-whsec": ("stripe", "webhook-secret", lambda: "whsec_" + rs(AN, 32)),
    "openai": ("openai", "project-key", lambda: "sk-proj-" + rs(AN + "-_", 74) + "T3BlbkFJ" + rs(AN + "-_", 74)),
    "anthropic": ("anthropic", "api-key", lambda: "sk-ant-api03-" + rs(AN + "-_", 93) + "AA"),
    "twilio-token": ("twilio", "auth-token", lambda: hexs(32)),
    "sendgrid": ("sendgrid", "api-key", lambda: "SG." + rs(AN + "-_", 22) + "." + rs(AN + "-_", 43)),
    "datadog-api": ("datadog", "api-key", lambda: hexs(32)),
    "datadog-app": ("datadog", "app-key", lambda: hexs(40)),
    "npm": ("npm", "access-token", lambda: "npm_" + rs(AN, 36)),
    "dockerhub": ("docker", "hub-pat", lambda: "dckr_pat_" + rs(AN + "-_", 27)),
    "shopify": ("shopify", "admin-token", lambda: "shpat_" + hexs(32)),
    "mailgun": ("mailgun", "api-key", lambda: hexs(32) + "-" + hexs(8) + "-" + hexs(8)),
    "postmark": ("postmark", "server-token", uuid),
    "linear": ("linear", "api-key", lambda: "lin_api_" + rs(AN, 40)),
    "digitalocean": ("digitalocean", "pat", lambda: "dop_v1_" + hexs(64)),
    "cloudflare": ("cloudflare", "api-token", lambda: rs(AN + "-_", 40)),
    "heroku": ("heroku", "api-key", lambda: "HRKU-AA" + rs(AN + "-_", 58)),
    "sentry": ("sentry", "user-token", lambda: "sntryu_" + hexs(64)),
    "pinecone": ("pinecone", "api-key", lambda: "pcsk_" + rs(AN, 5) + "_" + rs(AN, 63)),
    "huggingface": ("huggingface", "user-token", lambda: "hf_" + rs(UP + LO, 34)),
    "mapbox-secret": ("mapbox", "secret-token", lambda: "sk.eyJ1IjoiYWNtZSIsImEiOiJ" + rs(AN, 20) + "." + rs(AN + "-_", 22)),
    "databricks": ("databricks", "token", lambda: "dapi" + hexs(32)),
    "supabase": ("supabase", "secret-key", lambda: "sb_secret_" + rs(AN + "-_", 31)),
    "vercel": ("vercel", "personal-token", lambda: "vcp_" + rs(AN, 56)),
    "newrelic": ("newrelic", "user-api-key", lambda: "NRAK-" + rs(UAN, 27)),
    "pagerduty": ("pagerduty", "api-key", lambda: "u+" + rs(AN + "_-", 18)),
    "mailchimp": ("mailchimp", "api-key", lambda: hexs(32) + "-us" + str(R.randrange(2, 21))),
    "groq": ("groq", "api-key", lambda: "gsk_" + rs(AN, 52)),
    "mistral": ("mistral", "api-key", lambda: rs(AN, 32)),
    "telegram": ("telegram", "bot-token", lambda: "%s:AA%s" % (digits(10), rs(AN + "-_", 33))),
    "tailscale": ("tailscale", "auth-key", lambda: "tskey-auth-k%s-%s" % (rs(AN, 16), rs(AN, 33))),
    "snowflake-pw": ("password", "snowflake-password", lambda: rs(AN, 18)),
    "terraform": ("terraform", "cloud-token", lambda: rs(AN, 14) + ".atlasv1." + rs(AN, 67)),
    "buildkite-agent": ("buildkite", "agent-token", lambda: "bkua_" + hexs(40)),
    "circleci": ("circleci", "personal-token", lambda: "CCIPAT_" + rs(AN, 22) + "_" + hexs(40)),
    "vault": ("vault", "service-token", lambda: "hvs." + rs(AN + "_-", 90)),
    "doppler": ("doppler", "service-token", lambda: "dp.st.prd." + rs(AN, 43)),
    "sonar": ("sonarqube", "user-token", lambda: "squ_" + hexs(40)),
    "pulumi": ("pulumi", "access-token", lambda: "pul-" + hexs(40)),
    "netlify": ("netlify", "personal-access-token", lambda: "nfp_" + rs(AN, 36)),
    "fly": ("flyio", "macaroon-token", lambda: "FlyV1 fm2_" + rs(AN + "+/", 180)),
    "okta": ("okta", "api-token", lambda: "00" + rs(AN + "-_", 40)),
    "algolia-admin": ("algolia", "admin-key", lambda: hexs(32)),
    "segment": ("segment", "write-key", lambda: rs(AN, 32)),
    "discord-webhook": ("discord", "webhook-url", lambda: "https://discord.com/api/webhooks/%s/%s" % (digits(19), rs(AN + "-_", 68))),
    "age": ("age", "secret-key", lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)),
}


def key(d, name, shape=None, **kw):
    prov, fmt, fn = GEN[name]
    return d.secret(prov, fmt, fn(), shape=shape)


def raw(name):
    """A fresh value of the kind (for callers that encode it themselves)."""
    return GEN[name][0], GEN[name][1], GEN[name][2]()


# decoys
def twilio_sid():
    return "AC" + hexs(32)


def stripe_pk():
    return "pk_live_" + rs(AN, 99)


def mapbox_pk():
    return "pk.eyJ1IjoiYWNtZSIsImEiOiJ" + rs(AN, 20) + "." + rs(AN + "-_", 22)


def gcp_project():
    return R.choice(["orders", "ledger", "atlas", "beacon"]) + "-prod-" + digits(6)
