"""Per-provider fake key formats for the snippets half (formats: SOURCES.md)."""
from vals23 import R, rs, hexs, uuid, digits, b64, b64bytes, urlb64bytes, AN, LAN, UAN, LO, UP, DI, HEX, URLB64


def _discord_bot():
    uid = digits(18)
    return b64(uid).rstrip("=") + "." + rs(AN + "-_", 6) + "." + rs(AN + "-_", 38)


def _elastic_key():
    return b64(rs(AN, 20) + ":" + rs(AN + "-_", 22))


def _proxmox():
    return uuid()


def _telegram():
    return "%s:AA%s" % (digits(10), rs(AN + "-_", 33))


def _gcore():
    return "%s$%s" % (digits(5), hexs(128))


def _oracle_auth():
    return rs(AN + "+-_.:()<>;[]#", 20).replace(";", "x").replace("#", "p")


def _jenkins():
    return "11" + hexs(32)


P = lambda fmt, fn, env: (fmt, fn, env)  # noqa: E731
D = lambda kind, fn: (kind, fn)  # noqa: E731

PROV = {
    "helicone": ("HELICONE", [P("api-key", lambda: "sk-helicone-" + "-".join(rs(LAN, 7) for _ in range(4)), "HELICONE_API_KEY")],
                 [D("org_id", uuid)]),
    "braze": ("BRAZE", [P("rest-api-key", uuid, "BRAZE_REST_API_KEY")],
              [D("sdk_app_identifier", uuid), D("rest_endpoint", lambda: "https://rest.iad-0%d.braze.com" % R.randrange(1, 8))]),
    "airtable": ("AIRTABLE", [P("pat", lambda: "pat" + rs(AN, 14) + "." + hexs(64), "AIRTABLE_TOKEN")],
                 [D("base_id", lambda: "app" + rs(AN, 14)), D("table_id", lambda: "tbl" + rs(AN, 14))]),
    "scaleway": ("SCW", [P("secret-key", uuid, "SCW_SECRET_KEY")],
                 [D("project_id", uuid), D("zone", lambda: "fr-par-2")]),
    "huggingface": ("HF", [P("user-token", lambda: "hf_" + rs(UP + LO, 34), "HF_TOKEN")],
                    [D("model_id", lambda: "meta-llama/Llama-3.1-8B-Instruct"), D("commit_sha", lambda: hexs(40))]),
    "mollie": ("MOLLIE", [P("live-key", lambda: "live_" + rs(AN, 30), "MOLLIE_API_KEY"),
                          P("access-token", lambda: "access_" + rs(AN, 40), "MOLLIE_ACCESS_TOKEN")],
               [D("profile_id", lambda: "pfl_" + rs(AN, 10)), D("payment_id", lambda: "tr_" + rs(AN, 10))]),
    "magento": ("MAGENTO", [P("crypt-key", lambda: hexs(32), "MAGENTO_CRYPT_KEY")],
                [D("store_code", lambda: "default"), D("static_sign", lambda: hexs(10))]),
    "proxmox": ("PVE", [P("api-token-secret", _proxmox, "PVE_TOKEN_SECRET")],
                [D("token_id", lambda: "automation@pve!terraform"), D("node_fingerprint", lambda: ":".join(rs("0123456789ABCDEF", 2) for _ in range(32)))]),
    "laravel": ("APP", [P("app-key", lambda: "base64:" + b64bytes(32), "APP_KEY")],
               [D("app_url", lambda: "https://portal.example.org"), D("mix_pusher_key", lambda: hexs(20))]),
    "codecov": ("CODECOV", [P("upload-token", uuid, "CODECOV_TOKEN")],
                [D("commit_sha", lambda: hexs(40)), D("flag", lambda: "unittests")]),
    "wandb": ("WANDB", [P("api-key", lambda: hexs(40), "WANDB_API_KEY")],
              [D("run_id", lambda: rs(LAN, 8)), D("entity", lambda: "vision-team")]),
    "discord": ("DISCORD", [P("bot-token", _discord_bot, "DISCORD_BOT_TOKEN"),
                            P("webhook-url", lambda: "https://discord.com/api/webhooks/%s/%s" % (digits(19), rs(AN + "-_", 68)), "DISCORD_WEBHOOK_URL")],
                [D("application_id", lambda: digits(19)), D("public_key", lambda: hexs(64))]),
    "github": ("GH", [P("pat-fine-grained", lambda: "github_pat_11" + rs(UAN, 20) + "_" + rs(AN, 59), "GH_TOKEN"),
                      P("pat-classic", lambda: "ghp_" + rs(AN, 36), "GITHUB_PAT")],
               [D("app_client_id", lambda: "Iv23li" + rs(AN, 14)), D("installation_id", lambda: digits(8))]),
    "notion": ("NOTION", [P("integration-token", lambda: "ntn_" + digits(11) + rs(AN, 35), "NOTION_TOKEN")],
               [D("database_id", lambda: hexs(32)), D("page_id", uuid)]),
    "airflow": ("AIRFLOW", [P("fernet-key", lambda: urlb64bytes(32), "AIRFLOW__CORE__FERNET_KEY"),
                            P("webserver-secret-key", lambda: hexs(32), "AIRFLOW__WEBSERVER__SECRET_KEY")],
                [D("dag_id", lambda: "etl_orders_daily"), D("run_id", lambda: "scheduled__2026-11-30T00:00:00+00:00")]),
    "elastic": ("ELASTIC", [P("api-key", _elastic_key, "ELASTIC_API_KEY")],
                [D("cloud_id", lambda: "prod-search:" + b64("us-central1.gcp.cloud.es.io$" + hexs(32) + "$" + hexs(32))), D("index", lambda: "logs-app-default")]),
    "slack": ("SLACK", [P("bot-token", lambda: "xoxb-%s-%s-%s" % (digits(12), digits(13), rs(AN, 24)), "SLACK_BOT_TOKEN"),
                        P("webhook-url", lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UAN, 10), rs(UAN, 10), rs(AN, 24)), "SLACK_WEBHOOK_URL")],
              [D("channel_id", lambda: "C0" + rs(UAN, 9)), D("client_id", lambda: "%s.%s" % (digits(12), digits(13)))]),
    "octopusdeploy": ("OCTOPUS", [P("api-key", lambda: "API-" + rs(UAN, 27), "OCTOPUS_API_KEY")],
                      [D("space_id", lambda: "Spaces-%d" % R.randrange(1, 40)), D("thumbprint", lambda: rs("0123456789ABCDEF", 40))]),
    "algolia": ("ALGOLIA", [P("admin-key", lambda: hexs(32), "ALGOLIA_ADMIN_API_KEY")],
                [D("app_id", lambda: rs(UAN, 10)), D("search_only_key", lambda: hexs(32))]),
    "cerebras": ("CEREBRAS", [P("api-key", lambda: "csk-" + rs(LAN, 48), "CEREBRAS_API_KEY")],
                 [D("model", lambda: "llama-3.3-70b")]),
    "brevo": ("BREVO", [P("api-key", lambda: "xkeysib-%s-%s" % (hexs(64), rs(AN, 16)), "BREVO_API_KEY"),
                        P("smtp-key", lambda: "xsmtpsib-%s-%s" % (hexs(64), rs(AN, 16)), "BREVO_SMTP_KEY")],
              [D("smtp_login", lambda: "%s@smtp-brevo.com" % rs(LAN, 6)), D("template_id", lambda: str(R.randrange(10, 400)))]),
    "vectara": ("VECTARA", [P("personal-api-key", lambda: "zwt_" + rs(AN + "-_", 44), "VECTARA_API_KEY")],
                [D("customer_id", lambda: digits(10)), D("corpus_key", lambda: "support-kb")]),
    "pinterest": ("PINTEREST", [P("access-token", lambda: "pina_" + rs(UAN, 96), "PINTEREST_ACCESS_TOKEN")],
                  [D("ad_account_id", lambda: digits(12)), D("app_id", lambda: digits(7))]),
    "modal": ("MODAL", [P("token-secret", lambda: "as-" + rs(AN, 22), "MODAL_TOKEN_SECRET")],
              [D("environment", lambda: "main"), D("workspace", lambda: "ml-platform")]),
    "akamai": ("AKAMAI", [P("edgegrid-client-secret", lambda: b64bytes(32), "AKAMAI_CLIENT_SECRET"),
                          P("edgegrid-access-token", lambda: "akab-" + rs(LAN, 16) + "-" + rs(LAN, 16), "AKAMAI_ACCESS_TOKEN")],
               [D("host", lambda: "akab-%s-%s.luna.akamaiapis.net" % (rs(LAN, 16), rs(LAN, 16))), D("property_id", lambda: "prp_" + digits(6))]),
    "portainer": ("PORTAINER", [P("access-token", lambda: "ptr_" + rs(AN + "+/", 43) + "=", "PORTAINER_API_KEY")],
                  [D("endpoint_id", lambda: str(R.randrange(1, 9))), D("stack_id", lambda: str(R.randrange(10, 90)))]),
    "snyk": ("SNYK", [P("api-token", uuid, "SNYK_TOKEN")],
             [D("org_id", uuid), D("project_id", uuid)]),
    "neon": ("NEON", [P("api-key", lambda: "napi_" + rs(LAN, 64), "NEON_API_KEY")],
             [D("project_id", lambda: "%s-%s-%s" % (W2(), W2(), digits(8))), D("branch_id", lambda: "br-%s-%s-%s" % (W2(), W2(), rs(LAN, 8)))]),
    "xata": ("XATA", [P("api-key", lambda: "xau_" + rs(AN, 32), "XATA_API_KEY")],
             [D("workspace_id", lambda: rs(LAN, 6)), D("db_url", lambda: "https://acme-%s.eu-west-1.xata.sh/db/shop:main" % rs(LAN, 6))]),
    "authorizenet": ("AUTHNET", [P("transaction-key", lambda: rs(AN, 16), "AUTHNET_TRANSACTION_KEY")],
                     [D("api_login_id", lambda: rs(AN, 10)), D("client_key", lambda: rs(AN, 64))]),
    "duffel": ("DUFFEL", [P("live-token", lambda: "duffel_live_" + rs(AN + "-_", 43), "DUFFEL_ACCESS_TOKEN")],
               [D("offer_id", lambda: "off_" + rs(AN, 22)), D("version", lambda: "v2")]),
    "appcrypto": ("CRYPTO", [P("cipher-key", lambda: b64bytes(32), "DATA_ENCRYPTION_KEY")],
                  [D("iv_length", lambda: "16"), D("key_id", uuid)]),
    "saucelabs": ("SAUCE", [P("access-key", uuid, "SAUCE_ACCESS_KEY")],
                  [D("username", lambda: "oauth-qa-" + rs(LAN, 5)), D("tunnel_name", lambda: "ci-tunnel-%d" % R.randrange(1, 90))]),
    "linkedin": ("LINKEDIN", [P("client-secret", lambda: "WPL_AP1." + rs(AN, 16) + "." + rs(AN, 8) + "==", "LINKEDIN_CLIENT_SECRET")],
                 [D("client_id", lambda: rs(LAN, 14)), D("org_urn", lambda: "urn:li:organization:" + digits(8))]),
    "tailscale": ("TS", [P("auth-key", lambda: "tskey-auth-k%s-%s" % (rs(AN, 16), rs(AN, 33)), "TS_AUTHKEY")],
                  [D("tailnet", lambda: "example.com"), D("node_key", lambda: "nodekey:" + hexs(64))]),
    "datadog": ("DD", [P("api-key", lambda: hexs(32), "DD_API_KEY"), P("app-key", lambda: hexs(40), "DD_APP_KEY")],
                [D("site", lambda: "datadoghq.eu"), D("rum_client_token", lambda: "pub" + hexs(32))]),
    "webflow": ("WEBFLOW", [P("api-token", lambda: hexs(64), "WEBFLOW_API_TOKEN")],
                [D("site_id", lambda: hexs(24)), D("collection_id", lambda: hexs(24))]),
    "render": ("RENDER", [P("api-key", lambda: "rnd_" + rs(AN, 32), "RENDER_API_KEY")],
               [D("service_id", lambda: "srv-" + rs(LAN, 20)), D("owner_id", lambda: "tea-" + rs(LAN, 20))]),
    "typeform": ("TYPEFORM", [P("personal-token", lambda: "tfp_" + rs(AN, 44) + "_" + rs(AN, 14), "TYPEFORM_TOKEN")],
                 [D("form_id", lambda: rs(AN, 8)), D("workspace_id", lambda: rs(AN, 6))]),
    "riotgames": ("RIOT", [P("api-key", lambda: "RGAPI-" + uuid(), "RIOT_API_KEY")],
                  [D("puuid", lambda: rs(AN + "-_", 78)), D("region", lambda: "euw1")]),
    "groq": ("GROQ", [P("api-key", lambda: "gsk_" + rs(AN, 52), "GROQ_API_KEY")],
             [D("model", lambda: "llama-3.1-8b-instant")]),
    "teamcity": ("TEAMCITY", [P("access-token", lambda: "eyJ0eXAiOiAiVENWMiJ9." + rs(AN + "-_", 36) + "." + rs(AN + "-_", 48), "TEAMCITY_TOKEN")],
                 [D("build_type_id", lambda: "Backend_BuildAndTest"), D("agent_pool", lambda: "linux-large")]),
    "infisical": ("INFISICAL", [P("service-token", lambda: "st.%s.%s.%s" % (hexs(24), hexs(32), hexs(32)), "INFISICAL_TOKEN"),
                                P("client-secret", lambda: hexs(64), "INFISICAL_CLIENT_SECRET")],
                  [D("client_id", uuid), D("project_id", uuid)]),
    "roblox": ("ROBLOX", [P("open-cloud-key", lambda: b64bytes(120), "ROBLOX_API_KEY")],
               [D("universe_id", lambda: digits(10)), D("place_id", lambda: digits(11))]),
    "vultr": ("VULTR", [P("api-key", lambda: rs(UAN, 36), "VULTR_API_KEY")],
              [D("instance_id", uuid), D("region", lambda: "ams")]),
    "oraclecloud": ("OCI", [P("auth-token", lambda: rs(AN, 12) + R.choice("<>:;[]") + rs(AN, 7), "OCI_AUTH_TOKEN")],
                    [D("tenancy_ocid", lambda: "ocid1.tenancy.oc1.." + rs(LAN, 60)), D("fingerprint", lambda: ":".join(hexs(2) for _ in range(16)))]),
    "dbtcloud": ("DBT_CLOUD", [P("service-token", lambda: "dbtc_" + rs(AN + "-_", 56), "DBT_CLOUD_API_TOKEN")],
                 [D("account_id", lambda: digits(5)), D("job_id", lambda: digits(6))]),
    "paypal": ("PAYPAL", [P("client-secret", lambda: "E" + rs(AN + "-_", 79), "PAYPAL_CLIENT_SECRET")],
               [D("client_id", lambda: "A" + rs(AN + "-_", 79)), D("merchant_id", lambda: rs(UAN, 13))]),
    "ntfy": ("NTFY", [P("access-token", lambda: "tk_" + rs(LAN, 29), "NTFY_TOKEN")],
             [D("topic", lambda: "backups-" + rs(LAN, 6)), D("server", lambda: "https://ntfy.sh")]),
    "spotify": ("SPOTIFY", [P("client-secret", lambda: hexs(32), "SPOTIFY_CLIENT_SECRET")],
                [D("client_id", lambda: hexs(32)), D("playlist_id", lambda: rs(AN, 22))]),
    "customerio": ("CUSTOMERIO", [P("app-api-key", lambda: hexs(32), "CUSTOMERIO_APP_API_KEY")],
                   [D("site_id", lambda: hexs(20)), D("region", lambda: "eu")]),
    "deepseek": ("DEEPSEEK", [P("api-key", lambda: "sk-" + hexs(32), "DEEPSEEK_API_KEY")],
                 [D("model", lambda: "deepseek-chat")]),
    "deepgram": ("DEEPGRAM", [P("api-key", lambda: hexs(40), "DEEPGRAM_API_KEY")],
                 [D("project_id", uuid), D("request_id", uuid)]),
    "pubnub": ("PUBNUB", [P("secret-key", lambda: "sec-c-" + rs(AN, 48), "PUBNUB_SECRET_KEY")],
               [D("publish_key", lambda: "pub-c-" + uuid()), D("subscribe_key", lambda: "sub-c-" + uuid())]),
    "inngest": ("INNGEST", [P("signing-key", lambda: "signkey-prod-" + hexs(64), "INNGEST_SIGNING_KEY"),
                            P("event-key", lambda: rs(AN + "-_", 86), "INNGEST_EVENT_KEY")],
                [D("app_id", lambda: "orders-service")]),
    "postman": ("POSTMAN", [P("api-key", lambda: "PMAK-%s-%s" % (hexs(24), hexs(34)), "POSTMAN_API_KEY")],
                [D("collection_uid", lambda: digits(8) + "-" + uuid()), D("workspace_id", uuid)]),
    "doppler": ("DOPPLER", [P("service-token", lambda: "dp.st.prd." + rs(AN, 43), "DOPPLER_TOKEN")],
                [D("project", lambda: "checkout"), D("config", lambda: "prd")]),
    "zulip": ("ZULIP", [P("api-key", lambda: rs(AN, 32), "ZULIP_API_KEY")],
              [D("email", lambda: "deploy-bot@chat.example.org"), D("stream", lambda: "releases")]),
    "cakephp": ("SECURITY", [P("security-salt", lambda: hexs(64), "SECURITY_SALT")],
                [D("app_name", lambda: "bookings")]),
    "replicate": ("REPLICATE", [P("api-token", lambda: "r8_" + rs(AN, 37), "REPLICATE_API_TOKEN")],
                  [D("model_version", lambda: hexs(64)), D("prediction_id", lambda: rs(LAN, 26))]),
    "googlechat": ("GCHAT", [P("webhook-url", lambda: "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s" % (rs(AN, 7), rs(AN + "-_", 33), rs(AN + "-_", 43) + "%3D"), "GCHAT_WEBHOOK_URL")],
                    [D("space", lambda: "spaces/AAAA" + rs(AN, 7))]),
    "tigris": ("TIGRIS", [P("secret-access-key", lambda: "tsec_" + rs(AN + "+-_", 60), "AWS_SECRET_ACCESS_KEY")],
               [D("bucket", lambda: "fh-assets-prod"), D("endpoint", lambda: "https://fly.storage.tigris.dev")]),
    "grafana": ("GRAFANA", [P("service-account-token", lambda: "glsa_" + rs(AN, 32) + "_" + hexs(8), "GRAFANA_SA_TOKEN"),
                            P("cloud-token", lambda: "glc_" + b64('{"o":"%s","n":"stack-%s","k":"%s","m":{"r":"prod-eu-west-2"}}' % (digits(6), digits(6), rs(AN, 24))).rstrip("="), "GRAFANA_CLOUD_TOKEN")],
                [D("dashboard_uid", lambda: rs(AN, 9)), D("stack_id", lambda: digits(6))]),
    "telegram": ("TELEGRAM", [P("bot-token", _telegram, "TELEGRAM_BOT_TOKEN")],
                 [D("chat_id", lambda: "-100" + digits(10))]),
    "jenkins": ("JENKINS", [P("api-token", _jenkins, "JENKINS_API_TOKEN")],
                [D("crumb", lambda: hexs(64)), D("job", lambda: "release/pipeline")]),
    "linode": ("LINODE", [P("pat", lambda: hexs(64), "LINODE_TOKEN")],
               [D("linode_id", lambda: digits(8)), D("image", lambda: "linode/debian12")]),
    "hasura": ("HASURA", [P("admin-secret", lambda: rs(AN, 32), "HASURA_GRAPHQL_ADMIN_SECRET")],
               [D("project_id", uuid), D("endpoint", lambda: "https://api.example.io/v1/graphql")]),
    "pypi": ("PYPI", [P("upload-token", lambda: "pypi-AgEIcHlwaS5vcmc" + rs(AN + "-_", 150), "TWINE_PASSWORD")],
             [D("project", lambda: "acme-sdk"), D("sha256", lambda: hexs(64))]),
    "honeycomb": ("HONEYCOMB", [P("ingest-key", lambda: "hcaik_01" + rs(LAN, 24) + rs(LAN, 32), "HONEYCOMB_API_KEY")],
                  [D("dataset", lambda: "frontend"), D("trace_id", lambda: hexs(32))]),
    "webex": ("WEBEX", [P("access-token", lambda: rs(AN, 64) + "_" + rs(UAN, 4) + "_" + uuid(), "WEBEX_TOKEN")],
              [D("room_id", lambda: "Y2lzY29zcGFyazovL3VzL1JPT00v" + rs(AN, 48))]),
    "rancher": ("RANCHER", [P("api-token", lambda: "token-%s:%s" % (rs(LAN, 5), rs(LAN, 54)), "RANCHER_TOKEN")],
                [D("cluster_id", lambda: "c-m-" + rs(LAN, 8)), D("project_id", lambda: "p-" + rs(LAN, 5))]),
    "easypost": ("EASYPOST", [P("api-key", lambda: "EZAK" + hexs(54), "EASYPOST_API_KEY")],
                 [D("shipment_id", lambda: "shp_" + hexs(32)), D("carrier_account", lambda: "ca_" + hexs(32))]),
    "gcore": ("GCORE", [P("api-token", _gcore, "GCORE_API_KEY")],
              [D("project_id", lambda: digits(6)), D("region_id", lambda: str(R.randrange(1, 90)))]),
    "contentful": ("CONTENTFUL", [P("cma-token", lambda: "CFPAT-" + rs(AN + "-_", 43), "CONTENTFUL_MANAGEMENT_TOKEN")],
                   [D("space_id", lambda: rs(LAN, 12)), D("delivery_token", lambda: rs(AN + "-_", 43))]),
    "wakatime": ("WAKATIME", [P("api-key", lambda: "waka_" + uuid(), "WAKATIME_API_KEY")],
                 [D("user_id", uuid)]),
    "phoenix": ("SECRET_KEY", [P("secret-key-base", lambda: rs(AN + "+/", 64), "SECRET_KEY_BASE")],
                [D("signing_salt", lambda: rs(AN, 8)), D("live_view_salt", lambda: rs(AN, 8))]),
    "jellyfin": ("JELLYFIN", [P("api-key", lambda: hexs(32), "JELLYFIN_API_KEY")],
                 [D("server_id", lambda: hexs(32)), D("user_id", lambda: hexs(32))]),
    "rails": ("RAILS", [P("master-key", lambda: hexs(32), "RAILS_MASTER_KEY"), P("secret-key-base", lambda: hexs(128), "SECRET_KEY_BASE")],
              [D("asset_digest", lambda: hexs(64))]),
    "calcom": ("CALCOM", [P("api-key", lambda: "cal_live_" + hexs(32), "CALCOM_API_KEY")],
               [D("event_type_id", lambda: digits(6)), D("username", lambda: "sales-team")]),
}


def W2():
    return R.choice(["misty", "bold", "quiet", "late", "royal", "dry", "crimson", "silent"])
