"""Key formats for holdout13, written blind (from memory unless SOURCES.md says a doc was checked).

A spec is a list of parts: a literal string, or (charset, n). expand(spec, rng) draws them."""
import string

HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
AN = string.ascii_letters + string.digits
ANL = string.ascii_lowercase + string.digits
ANU = string.ascii_uppercase + string.digits
B64 = AN + "+/"
URL = AN + "-_"


def expand(spec, rng):
    out = []
    for part in spec:
        if callable(part):
            out.append(part(rng))
        elif isinstance(part, str):
            out.append(part)
        else:
            cs, n = part
            out.append("".join(rng.choice(cs) for _ in range(n)))
    return "".join(out)


def uuid(rng):
    h = expand([(HEX, 32)], rng)
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])


# provider -> (ENV name, [(format, spec)], [(decoy kind, spec)])
KNOWN = {
    "aws": ("AWS_SECRET_ACCESS_KEY", [("secret-access-key", [(B64, 40)])], [("access-key-id", ["AKIA", (ANU, 16)])]),
    "github": ("GITHUB_TOKEN", [("pat-classic", ["ghp_", (AN, 36)]), ("fine-grained", ["github_pat_", (AN, 22), "_", (AN, 59)])], [("commit-sha", [(HEX, 40)])]),
    "gitlab": ("GITLAB_TOKEN", [("pat", ["glpat-", (URL, 20)])], [("project-id", [("0123456789", 8)])]),
    "slack": ("SLACK_BOT_TOKEN", [("bot-token", ["xoxb-", ("0123456789", 12), "-", ("0123456789", 13), "-", (AN, 24)])], [("channel-id", ["C0", (ANU, 9)])]),
    "stripe": ("STRIPE_SECRET_KEY", [("secret-key", ["sk_live_", (AN, 99)])], [("publishable-key", ["pk_live_", (AN, 99)])]),
    "openai": ("OPENAI_API_KEY", [("project-key", ["sk-proj-", (URL, 74), "T3BlbkFJ", (URL, 74)])], [("org-id", ["org-", (AN, 24)])]),
    "anthropic": ("ANTHROPIC_API_KEY", [("api-key", ["sk-ant-api03-", (URL, 93), "AA"])], [("request-id", ["req_", (AN, 24)])]),
    "google": ("GOOGLE_API_KEY", [("api-key", ["AIza", (URL, 35)])], [("client-id", [("0123456789", 12), "-", (ANL, 32), ".apps.googleusercontent.com"])]),
    "gcp": ("GOOGLE_API_KEY", [("api-key", ["AIza", (URL, 35)])], [("project-number", [("0123456789", 12)])]),
    "twilio": ("TWILIO_AUTH_TOKEN", [("api-key-secret", [(AN, 32)]), ("api-key-sid", ["SK", (HEX, 32)])], [("account-sid", ["AC", (HEX, 32)])]),
    "sendgrid": ("SENDGRID_API_KEY", [("api-key", ["SG.", (URL, 22), ".", (URL, 43)])], [("template-id", ["d-", (HEX, 32)])]),
    "npm": ("NPM_TOKEN", [("access-token", ["npm_", (AN, 36)])], [("integrity", ["sha512-", (B64, 86), "=="])]),
    "pypi": ("PYPI_TOKEN", [("upload-token", ["pypi-AgEIcHlwaS5vcmc", (URL, 70)])], [("sha256", [(HEX, 64)])]),
    "digitalocean": ("DIGITALOCEAN_TOKEN", [("pat", ["dop_v1_", (HEX, 64)])], [("droplet-id", [("0123456789", 9)])]),
    "shopify": ("SHOPIFY_ACCESS_TOKEN", [("admin-token", ["shpat_", (HEX, 32)])], [("shop-domain", ["acme-", (ANL, 6), ".myshopify.com"])]),
    "mailgun": ("MAILGUN_API_KEY", [("api-key", ["key-", (HEX, 32)])], [("domain", ["mg.", (ANL, 8), ".com"])]),
    "mailchimp": ("MAILCHIMP_API_KEY", [("api-key", [(HEX, 32), "-us", ("123456789", 2)])], [("list-id", [(HEX, 10)])]),
    "huggingface": ("HF_TOKEN", [("user-token", ["hf_", (string.ascii_letters, 34)])], [("revision", [(HEX, 40)])]),
    "doppler": ("DOPPLER_TOKEN", [("service-token", ["dp.st.prd.", (AN, 43)])], [("config", ["prd_", (ANL, 6)])]),
    "linear": ("LINEAR_API_KEY", [("api-key", ["lin_api_", (AN, 40)])], [("issue-id", [("0123456789", 4)])]),
    "postman": ("POSTMAN_API_KEY", [("api-key", ["PMAK-", (HEX, 24), "-", (HEX, 34)])], [("collection-uid", [uuid])]),
    "databricks": ("DATABRICKS_TOKEN", [("pat", ["dapi", (HEX, 32)])], [("workspace-id", [("0123456789", 16)])]),
    "grafana": ("GRAFANA_TOKEN", [("service-account", ["glsa_", (AN, 32), "_", (HEX, 8)])], [("dashboard-uid", [(ANL, 9)])]),
    "atlassian": ("ATLASSIAN_API_TOKEN", [("api-token", ["ATATT3xFfGF0", (URL, 170), "=", (HEXU, 8)])], [("cloud-id", [uuid])]),
    "sentry": ("SENTRY_AUTH_TOKEN", [("user-token", ["sntryu_", (HEX, 64)])], [("dsn-public", ["https://", (HEX, 32), "@o", ("0123456789", 6), ".ingest.sentry.io/", ("0123456789", 7)])]),
    "newrelic": ("NEW_RELIC_API_KEY", [("user-key", ["NRAK-", (ANU, 27)])], [("account-id", [("0123456789", 7)])]),
    "discord": ("DISCORD_BOT_TOKEN", [("bot-token", ["MT", (AN, 24), ".", (URL, 6), ".", (URL, 38)])], [("application-id", [("0123456789", 19)])]),
    "telegram": ("TELEGRAM_BOT_TOKEN", [("bot-token", [("0123456789", 10), ":AA", (URL, 33)])], [("chat-id", ["-100", ("0123456789", 10)])]),
    "heroku": ("HEROKU_API_KEY", [("api-key", ["HRKU-AA", (URL, 58)])], [("app-id", [uuid])]),
    "square": ("SQUARE_ACCESS_TOKEN", [("access-token", ["EAAA", (URL, 60)])], [("application-id", ["sq0idp-", (URL, 22)])]),
    "pulumi": ("PULUMI_ACCESS_TOKEN", [("access-token", ["pul-", (HEX, 40)])], [("stack", ["acme/prod"])]),
    "vault": ("VAULT_TOKEN", [("service-token", ["hvs.", (URL, 90)])], [("accessor", [(AN, 24)])]),
    "hashicorp": ("TFE_TOKEN", [("tfc-token", [(AN, 14), ".atlasv1.", (AN, 67)])], [("workspace-id", ["ws-", (AN, 16)])]),
    "dockerhub": ("DOCKERHUB_TOKEN", [("pat", ["dckr_pat_", (URL, 27)])], [("image-digest", ["sha256:", (HEX, 64)])]),
    "azure": ("AZURE_STORAGE_CONNECTION_STRING", [("storage-conn", ["DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=", (B64, 86), "==;EndpointSuffix=core.windows.net"])], [("tenant-id", [uuid])]),
    "cloudflare": ("CLOUDFLARE_API_TOKEN", [("api-token", [(URL, 40)])], [("zone-id", [(HEX, 32)])]),
    "datadog": ("DD_API_KEY", [("api-key", [(HEX, 32)]), ("app-key", [(HEX, 40)])], [("site", ["datadoghq.eu"])]),
    "figma": ("FIGMA_TOKEN", [("pat", ["figd_", (URL, 40)])], [("file-key", [(AN, 22)])]),
    "notion": ("NOTION_TOKEN", [("integration", ["ntn_", ("0123456789", 11), (AN, 35)])], [("page-id", [(HEX, 32)])]),
    "airtable": ("AIRTABLE_TOKEN", [("pat", ["pat", (AN, 14), ".", (HEX, 64)])], [("base-id", ["app", (AN, 14)])]),
    "groq": ("GROQ_API_KEY", [("api-key", ["gsk_", (AN, 52)])], [("model", ["llama-3.1-70b"])]),
    "replicate": ("REPLICATE_API_TOKEN", [("api-token", ["r8_", (AN, 37)])], [("version", [(HEX, 64)])]),
    "supabase": ("SUPABASE_SERVICE_KEY", [("secret-key", ["sb_secret_", (URL, 31)])], [("publishable-key", ["sb_publishable_", (URL, 31)])]),
    "planetscale": ("PLANETSCALE_PASSWORD", [("password", ["pscale_pw_", (URL, 43)])], [("branch", ["main"])]),
    "age": ("AGE_SECRET_KEY", [("identity", ["AGE-SECRET-KEY-1", ("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)])], [("recipient", ["age1", ("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)])]),
}


def fallback(provider, rng):
    """A provider whose format we do not know: a random key under its name."""
    env = provider.upper().replace(".", "_") + "_API_KEY"
    n = 32 + rng.randrange(0, 3) * 4
    cs = [HEX, AN, ANL][rng.randrange(3)]
    return (env, [("api-key", [(cs, n)])], [("key-id", [(ANL, 12)])])

DIG = "0123456789"
KNOWN.update({
    "virustotal": ("VT_API_KEY", [("api-key", [(HEX, 64)])], [("file-sha256", ["sha256:", (HEX, 64)])]),
    "sonarqube": ("SONAR_TOKEN", [("user-token", ["squ_", (HEX, 40)])], [("project-key", ["acme_orders"])]),
    "okta": ("OKTA_API_TOKEN", [("api-token", ["00", (URL, 40)])], [("client-id", ["0oa", (AN, 17)])]),
    "flutterwave": ("FLW_SECRET_KEY", [("secret-key", ["FLWSECK-", (HEX, 32), "-X"])], [("public-key", ["FLWPUBK-", (HEX, 32), "-X"])]),
    "razorpay": ("RAZORPAY_KEY_SECRET", [("key-secret", [(AN, 24)])], [("key-id", ["rzp_live_", (AN, 14)])]),
    "xai": ("XAI_API_KEY", [("api-key", ["xai-", (AN, 80)])], [("model", ["grok-2-latest"])]),
    "tailscale": ("TS_AUTHKEY", [("auth-key", ["tskey-auth-", (AN, 17), "CNTRL-", (AN, 33)])], [("node-id", ["n", (AN, 16)])]),
    "posthog": ("POSTHOG_PERSONAL_API_KEY", [("personal-key", ["phx_", (AN, 43)])], [("project-key", ["phc_", (AN, 43)])]),
    "resend": ("RESEND_API_KEY", [("api-key", ["re_", (AN, 8), "_", (AN, 24)])], [("email-id", [uuid])]),
    "nuget": ("NUGET_API_KEY", [("api-key", ["oy2", (ANL, 43)])], [("package-hash", [(B64, 86), "=="])]),
    "rubygems": ("GEM_HOST_API_KEY", [("api-key", ["rubygems_", (HEX, 48)])], [("gem-sha256", [(HEX, 64)])]),
    "contentful": ("CONTENTFUL_MANAGEMENT_TOKEN", [("cma-token", ["CFPAT-", (URL, 43)])], [("space-id", [(ANL, 12)])]),
    "perplexity": ("PERPLEXITY_API_KEY", [("api-key", ["pplx-", (AN, 48)])], [("model", ["sonar-pro"])]),
    "mailersend": ("MAILERSEND_API_KEY", [("api-token", ["mlsn.", (HEX, 64)])], [("domain-id", [(ANL, 15)])]),
    "easypost": ("EASYPOST_API_KEY", [("production-key", ["EZAK", (HEX, 54)])], [("shipment-id", ["shp_", (HEX, 32)])]),
    "launchdarkly": ("LD_SDK_KEY", [("sdk-key", ["sdk-", uuid])], [("client-side-id", [(HEX, 24)])]),
    "gocardless": ("GOCARDLESS_ACCESS_TOKEN", [("live-token", ["live_", (URL, 40)])], [("mandate-id", ["MD", (ANU, 12)])]),
    "duffel": ("DUFFEL_ACCESS_TOKEN", [("live-token", ["duffel_live_", (URL, 43)])], [("offer-id", ["off_", (AN, 22)])]),
    "tavily": ("TAVILY_API_KEY", [("api-key", ["tvly-", (AN, 32)])], [("request-id", [uuid])]),
    "prefect": ("PREFECT_API_KEY", [("api-key", ["pnu_", (AN, 36)])], [("workspace-id", [uuid])]),
    "sourcegraph": ("SRC_ACCESS_TOKEN", [("access-token", ["sgp_", (HEX, 16), "_", (HEX, 40)])], [("repo-id", [(DIG, 6)])]),
    "clickup": ("CLICKUP_API_TOKEN", [("personal-token", ["pk_", (DIG, 8), "_", (ANU, 32)])], [("list-id", [(DIG, 9)])]),
    "asana": ("ASANA_ACCESS_TOKEN", [("pat", ["2/", (DIG, 16), "/", (DIG, 16), ":", (HEX, 32)])], [("workspace-gid", [(DIG, 16)])]),
    "render": ("RENDER_API_KEY", [("api-key", ["rnd_", (AN, 32)])], [("service-id", ["srv-", (ANL, 20)])]),
    "infisical": ("INFISICAL_TOKEN", [("service-token", ["st.", uuid, ".", (HEX, 32), ".", (HEX, 32)])], [("project-id", [uuid])]),
    "cohere": ("COHERE_API_KEY", [("api-key", [(AN, 40)])], [("model", ["command-r-plus"])]),
    "vercel": ("VERCEL_TOKEN", [("access-token", [(AN, 24)])], [("project-id", ["prj_", (AN, 28)])]),
    "dropbox": ("DROPBOX_ACCESS_TOKEN", [("short-lived", ["sl.", (URL, 138)])], [("app-key", [(ANL, 15)])]),
    "gitea": ("GITEA_TOKEN", [("access-token", [(HEX, 40)])], [("commit-sha", [(HEX, 40)])]),
    "pagerduty": ("PAGERDUTY_API_KEY", [("api-key", ["u+", (URL, 18)])], [("service-id", ["P", (ANU, 6)])]),
})
