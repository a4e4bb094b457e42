"""Per-provider key kinds for snippets/: PROV[p] = (env prefix, [(format, make, env name)],
[(decoy kind, make)]). Formats: SOURCES.md (docs looked up, or from memory where marked)."""
from vals21 import R, alnum, low, up, hexs, digits, uuid, b64, b64bytes, pick, ALNUM, B64U, UPPER, LOWER


def ngrok():
    return "2" + alnum(26) + "_" + alnum(21)


def asana():
    return "2/%s/%s:%s" % (digits(16), digits(16), hexs(32))


def neptune():
    return b64('{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai","api_key":"%s"}' % uuid())


def convex():
    return "prod:%s-%s-%d|%s" % (R.choice(["brave", "quiet", "lucky"]), R.choice(["heron", "lynx", "koala"]),
                                 R.randint(100, 999), b64bytes(60, url=True).rstrip("="))


def ops():
    return "ops_" + b64('{"signInAddress":"my.1password.com","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256","iterations":650000,"salt":"%s"},"email":"%s@1passwordserviceaccounts.com","srpX":"%s","muk":{"alg":"A256GCM","ext":true,"k":"%s","key_ops":["encrypt","decrypt"],"kty":"oct","kid":"mp"},"secretKey":"A3-%s-%s-%s-%s-%s-%s","throttleSecret":{"seed":"%s","deviceUuid":"%s"},"deviceUuid":"%s"}' % (
        b64bytes(16, url=True).rstrip("="), low(26), hexs(64), b64bytes(32, url=True).rstrip("="), up(6), up(6), up(5), up(5), up(5), up(5),
        hexs(64), low(26), low(26))).rstrip("=")


def twitter_bearer():
    return "A" * 22 + alnum(24) + "%2F" + alnum(8) + "%3D" + alnum(50)


def sf_token():
    return "00D" + alnum(12) + "!" + pick(ALNUM + ".", 96)


def pat_harness():
    return "pat.%s.%s.%s" % (pick(ALNUM + "-_", 22), hexs(24), alnum(20))


def teams_hook():
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (
        low(8), uuid(), uuid(), hexs(32), uuid(), pick(ALNUM + "-_", 43))


def tf_token():
    return alnum(14) + ".atlasv1." + alnum(67)


PROV = {
    "mollie": ("MOLLIE", [("live_api_key", lambda: "live_" + alnum(30), "MOLLIE_API_KEY"),
                          ("test_api_key", lambda: "test_" + alnum(30), "MOLLIE_TEST_KEY"),
                          ("organization_token", lambda: "access_" + alnum(40), "MOLLIE_ACCESS_TOKEN")],
               [("profile_id", lambda: "pfl_" + alnum(10)), ("payment_id", lambda: "tr_" + alnum(10))]),
    "twitter": ("TWITTER", [("bearer_token", twitter_bearer, "TWITTER_BEARER_TOKEN"),
                            ("api_secret", lambda: alnum(50), "TWITTER_API_SECRET")],
                [("consumer_key", lambda: alnum(25)), ("user_id", lambda: digits(19))]),
    "splunk": ("SPLUNK", [("hec_token", uuid, "SPLUNK_HEC_TOKEN")],
               [("index", lambda: "main"), ("source_type", lambda: "_json")]),
    "harness": ("HARNESS", [("pat", pat_harness, "HARNESS_PLATFORM_API_KEY")],
                [("account_id", lambda: pick(ALNUM + "-_", 22))]),
    "paypal": ("PAYPAL", [("client_secret", lambda: "E" + pick(B64U, 79), "PAYPAL_CLIENT_SECRET")],
               [("client_id", lambda: "A" + pick(B64U, 79)), ("merchant_id", lambda: up(13))]),
    "easyship": ("EASYSHIP", [("prod_token", lambda: "prod_" + pick(ALNUM + "+/", 43) + "=", "EASYSHIP_API_TOKEN")],
                 [("sandbox_url", lambda: "https://public-api.easyship.com/2024-09")]),
    "pagerduty": ("PAGERDUTY", [("user_token", lambda: "u+" + pick(ALNUM + "_-", 18), "PAGERDUTY_TOKEN"),
                                ("routing_key", lambda: hexs(32), "PAGERDUTY_ROUTING_KEY")],
                  [("service_id", lambda: "P" + up(6)), ("escalation_policy", lambda: "P" + up(6))]),
    "plivo": ("PLIVO", [("auth_token", lambda: alnum(40), "PLIVO_AUTH_TOKEN")],
              [("auth_id", lambda: "MA" + up(18))]),
    "figma": ("FIGMA", [("pat", lambda: "figd_" + pick(B64U, 40), "FIGMA_TOKEN")],
              [("file_key", lambda: alnum(22)), ("node_id", lambda: "%d:%d" % (R.randint(1, 999), R.randint(1, 999)))]),
    "activecampaign": ("ACTIVECAMPAIGN", [("api_key", lambda: hexs(72), "ACTIVECAMPAIGN_API_KEY")],
                       [("api_url", lambda: "https://%s.api-us1.com" % low(8))]),
    "llamacloud": ("LLAMA_CLOUD", [("api_key", lambda: "llx-" + alnum(48), "LLAMA_CLOUD_API_KEY")],
                   [("project_id", uuid)]),
    "saucelabs": ("SAUCE", [("access_key", uuid, "SAUCE_ACCESS_KEY")],
                  [("username", lambda: "oauth-%s-%s" % (low(6), hexs(5))), ("tunnel_name", lambda: "ci-tunnel-%d" % R.randint(1, 99))]),
    "neptune": ("NEPTUNE", [("api_token", neptune, "NEPTUNE_API_TOKEN")],
                [("project", lambda: "acme/%s" % low(7))]),
    "binance": ("BINANCE", [("api_secret", lambda: alnum(64), "BINANCE_API_SECRET"),
                            ("api_key", lambda: alnum(64), "BINANCE_API_KEY")],
                [("symbol", lambda: "BTCUSDT")]),
    "consul": ("CONSUL", [("acl_token", uuid, "CONSUL_HTTP_TOKEN")],
               [("accessor_id", uuid), ("datacenter", lambda: "dc1")]),
    "fauna": ("FAUNA", [("secret", lambda: "fnA" + pick(B64U, 37), "FAUNA_SECRET")],
              [("database", lambda: "prod-orders")]),
    "ubidots": ("UBIDOTS", [("token", lambda: "BBFF-" + alnum(30), "UBIDOTS_TOKEN")],
                [("device_label", lambda: "greenhouse-%d" % R.randint(1, 9))]),
    "asana": ("ASANA", [("pat", asana, "ASANA_ACCESS_TOKEN")],
              [("workspace_gid", lambda: digits(16)), ("project_gid", lambda: digits(16))]),
    "ngrok": ("NGROK", [("authtoken", ngrok, "NGROK_AUTHTOKEN"), ("api_key", ngrok, "NGROK_API_KEY")],
              [("domain", lambda: "%s.ngrok-free.app" % low(10))]),
    "messagebird": ("MESSAGEBIRD", [("access_key", lambda: alnum(25), "MESSAGEBIRD_ACCESS_KEY")],
                    [("originator", lambda: "ACMEINFO"), ("workspace_id", uuid)]),
    "slack": ("SLACK", [("bot_token", lambda: "xoxb-%s-%s-%s" % (digits(12), digits(13), alnum(24)), "SLACK_BOT_TOKEN"),
                        ("webhook", lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (up(10), up(10), alnum(24)), "SLACK_WEBHOOK_URL"),
                        ("app_token", lambda: "xapp-1-A%s-%s-%s" % (up(10), digits(13), hexs(64)), "SLACK_APP_TOKEN")],
              [("channel_id", lambda: "C0" + up(9)), ("team_id", lambda: "T0" + up(9)), ("signing_secret_hash", lambda: hexs(64))]),
    "npm": ("NPM", [("automation_token", lambda: "npm_" + alnum(36), "NPM_TOKEN")],
            [("integrity", lambda: "sha512-" + b64bytes(64))]),
    "apify": ("APIFY", [("api_token", lambda: "apify_api_" + alnum(36), "APIFY_TOKEN")],
              [("actor_id", lambda: alnum(17))]),
    "quicknode": ("QUICKNODE", [("endpoint_token", lambda: hexs(40), "QUICKNODE_TOKEN")],
                  [("endpoint_name", lambda: "%s-%s-%s" % (R.choice(["icy", "wispy", "solemn"]), R.choice(["frosty", "dark", "late"]), R.choice(["pond", "dew", "sky"])))]),
    "pipedrive": ("PIPEDRIVE", [("api_token", lambda: hexs(40), "PIPEDRIVE_API_TOKEN")],
                  [("company_domain", lambda: low(8)), ("pipeline_id", lambda: str(R.randint(1, 40)))]),
    "clickup": ("CLICKUP", [("pat", lambda: "pk_%s_%s" % (digits(8), up(32)), "CLICKUP_API_TOKEN")],
                [("list_id", lambda: digits(9)), ("team_id", lambda: digits(8))]),
    "sumologic": ("SUMO", [("access_key", lambda: alnum(64), "SUMO_ACCESS_KEY")],
                  [("access_id", lambda: "su" + alnum(12))]),
    "livekit": ("LIVEKIT", [("api_secret", lambda: alnum(43), "LIVEKIT_API_SECRET")],
                [("api_key", lambda: "API" + alnum(12)), ("room", lambda: "standup-%d" % R.randint(1, 9))]),
    "alchemy": ("ALCHEMY", [("api_key", lambda: pick(ALNUM + "_-", 32), "ALCHEMY_API_KEY")],
                [("network", lambda: "eth-mainnet")]),
    "browserstack": ("BROWSERSTACK", [("access_key", lambda: alnum(20), "BROWSERSTACK_ACCESS_KEY")],
                     [("username", lambda: "%s_%s" % (low(6), alnum(5)))]),
    "cloudsmith": ("CLOUDSMITH", [("api_key", lambda: hexs(40), "CLOUDSMITH_API_KEY")],
                   [("repo", lambda: "acme/internal")]),
    "customerio": ("CUSTOMERIO", [("track_api_key", lambda: hexs(20), "CUSTOMERIO_API_KEY"),
                                  ("app_api_key", lambda: hexs(32), "CUSTOMERIO_APP_API_KEY")],
                   [("site_id", lambda: hexs(20))]),
    "klaviyo": ("KLAVIYO", [("private_key", lambda: "pk_" + hexs(34), "KLAVIYO_PRIVATE_KEY")],
                [("public_key", lambda: alnum(6)), ("list_id", lambda: alnum(6))]),
    "meraki": ("MERAKI", [("api_key", lambda: hexs(40), "MERAKI_DASHBOARD_API_KEY")],
               [("org_id", lambda: digits(6)), ("network_id", lambda: "L_" + digits(18))]),
    "perplexity": ("PERPLEXITY", [("api_key", lambda: "pplx-" + alnum(48), "PERPLEXITY_API_KEY")],
                   [("model", lambda: "sonar-pro")]),
    "convex": ("CONVEX", [("deploy_key", convex, "CONVEX_DEPLOY_KEY")],
               [("deployment_url", lambda: "https://%s-%s-%d.convex.cloud" % (R.choice(["happy", "tidy"]), R.choice(["otter", "finch"]), R.randint(100, 999)))]),
    "digitalocean": ("DIGITALOCEAN", [("pat", lambda: "dop_v1_" + hexs(64), "DIGITALOCEAN_TOKEN"),
                                      ("oauth", lambda: "doo_v1_" + hexs(64), "DO_OAUTH_TOKEN"),
                                      ("spaces_secret", lambda: pick(ALNUM + "+/", 43), "SPACES_SECRET_ACCESS_KEY")],
                     [("spaces_key", lambda: "DO00" + up(16)), ("droplet_id", lambda: digits(9))]),
    "oraclecloud": ("OCI", [("customer_secret_key", lambda: pick(ALNUM + "+/", 43) + "=", "OCI_S3_SECRET_KEY"),
                            ("auth_token", lambda: pick(ALNUM + "()<>;:.+-_[]", 20), "OCI_AUTH_TOKEN")],
                    [("fingerprint", lambda: ":".join(hexs(2) for _ in range(16))), ("tenancy_ocid", lambda: "ocid1.tenancy.oc1.." + low(60))]),
    "blockfrost": ("BLOCKFROST", [("project_id", lambda: "mainnet" + alnum(32), "BLOCKFROST_PROJECT_ID")],
                   [("network", lambda: "cardano-mainnet")]),
    "dynatrace": ("DT", [("api_token", lambda: "dt0c01.%s.%s" % (up(24), up(64)), "DT_API_TOKEN")],
                  [("environment_id", lambda: low(8)), ("token_id", lambda: "dt0c01." + up(24))]),
    "salesforce": ("SF", [("access_token", sf_token, "SF_ACCESS_TOKEN"),
                          ("consumer_secret", lambda: hexs(64).upper(), "SF_CONSUMER_SECRET")],
                   [("org_id", lambda: "00D" + alnum(15)), ("consumer_key", lambda: "3MVG9" + pick(ALNUM + "._", 80))]),
    "bitly": ("BITLY", [("access_token", lambda: hexs(40), "BITLY_ACCESS_TOKEN")],
              [("group_guid", lambda: "B" + alnum(10))]),
    "cloudinary": ("CLOUDINARY", [("url", lambda: "cloudinary://%s:%s@%s" % (digits(15), pick(B64U, 27), low(8)), "CLOUDINARY_URL"),
                                  ("api_secret", lambda: pick(B64U, 27), "CLOUDINARY_API_SECRET")],
                   [("api_key", lambda: digits(15)), ("cloud_name", lambda: low(9))]),
    "xata": ("XATA", [("api_key", lambda: "xau_" + alnum(32), "XATA_API_KEY")],
             [("branch", lambda: "main"), ("workspace", lambda: "acme-%s" % low(6))]),
    "steam": ("STEAM", [("web_api_key", lambda: hexs(32).upper(), "STEAM_API_KEY")],
              [("steam_id", lambda: "7656119" + digits(10)), ("app_id", lambda: digits(6))]),
    "mailtrap": ("MAILTRAP", [("api_token", lambda: hexs(32), "MAILTRAP_API_TOKEN")],
                 [("inbox_id", lambda: digits(7))]),
    "dub": ("DUB", [("api_key", lambda: "dub_" + alnum(24), "DUB_API_KEY")],
            [("workspace_id", lambda: "ws_" + alnum(24))]),
    "vultr": ("VULTR", [("api_key", lambda: up(36), "VULTR_API_KEY")],
              [("instance_id", uuid), ("region", lambda: "ams")]),
    "pushover": ("PUSHOVER", [("app_token", lambda: "a" + low(29), "PUSHOVER_TOKEN")],
                 [("device", lambda: "pixel8"), ("sound", lambda: "cosmic")]),
    "microsoftteams": ("TEAMS", [("incoming_webhook", teams_hook, "TEAMS_WEBHOOK_URL")],
                       [("tenant_id", uuid), ("channel_name", lambda: "deploys")]),
    "hexpm": ("HEX", [("api_key", lambda: hexs(32), "HEX_API_KEY")],
              [("organization", lambda: "acme")]),
    "linkedin": ("LINKEDIN", [("client_secret", lambda: "WPL_AP1." + alnum(16) + "." + pick(ALNUM + "=", 8), "LINKEDIN_CLIENT_SECRET")],
                 [("client_id", lambda: low(14)), ("org_urn", lambda: "urn:li:organization:" + digits(8))]),
    "okta": ("OKTA", [("api_token", lambda: "00" + pick(B64U, 40), "OKTA_API_TOKEN")],
             [("org_url", lambda: "https://dev-%s.okta.com" % digits(8)), ("client_id", lambda: "0oa" + alnum(17))]),
    "planetscale": ("PLANETSCALE", [("service_token", lambda: "pscale_tkn_" + pick(B64U, 43), "PLANETSCALE_SERVICE_TOKEN"),
                                    ("password", lambda: "pscale_pw_" + pick(B64U, 43), "DATABASE_PASSWORD")],
                    [("service_token_id", lambda: low(12)), ("org", lambda: "acme")]),
    "mailosaur": ("MAILOSAUR", [("api_key", lambda: alnum(16), "MAILOSAUR_API_KEY")],
                  [("server_id", lambda: low(8))]),
    "infura": ("INFURA", [("api_key_secret", lambda: hexs(32), "INFURA_API_KEY_SECRET")],
               [("chain_id", lambda: "11155111")]),
    "smartsheet": ("SMARTSHEET", [("access_token", lambda: alnum(37), "SMARTSHEET_ACCESS_TOKEN")],
                   [("sheet_id", lambda: digits(16))]),
    "alibabacloud": ("ALIBABA_CLOUD", [("access_key_id", lambda: "LTAI5t" + alnum(18), "ALIBABA_CLOUD_ACCESS_KEY_ID"),
                                       ("access_key_secret", lambda: alnum(30), "ALIBABA_CLOUD_ACCESS_KEY_SECRET")],
                      [("region", lambda: "cn-hangzhou"), ("oss_bucket", lambda: "acme-assets")]),
    "buildkite": ("BUILDKITE", [("api_token", lambda: "bkua_" + hexs(40), "BUILDKITE_API_TOKEN"),
                                ("agent_token", lambda: low(50), "BUILDKITE_AGENT_TOKEN")],
                  [("org_slug", lambda: "acme-inc"), ("pipeline", lambda: "deploy")]),
    "crowdstrike": ("FALCON", [("client_secret", lambda: alnum(40), "FALCON_CLIENT_SECRET")],
                    [("client_id", lambda: hexs(32)), ("cid", lambda: hexs(32).upper() + "-" + up(2))]),
    "pinterest": ("PINTEREST", [("access_token", lambda: "pina_" + up(96), "PINTEREST_ACCESS_TOKEN")],
                  [("ad_account_id", lambda: digits(12))]),
    "pinata": ("PINATA", [("api_secret", lambda: hexs(64), "PINATA_API_SECRET")],
               [("api_key", lambda: hexs(20)), ("gateway", lambda: "%s.mypinata.cloud" % low(10))]),
    "wakatime": ("WAKATIME", [("api_key", lambda: "waka_" + uuid(), "WAKATIME_API_KEY")],
                 [("username", lambda: "@" + low(7))]),
    "razorpay": ("RAZORPAY", [("key_secret", lambda: alnum(24), "RAZORPAY_KEY_SECRET")],
                 [("key_id", lambda: "rzp_live_" + alnum(14)), ("test_key_id", lambda: "rzp_test_" + alnum(14))]),
    "prisma": ("PRISMA", [("accelerate_api_key", lambda: b64('{"alg":"HS256","typ":"KEY"}').rstrip("=") + "." + b64('{"tenant_id":"%s","secure_key":"sk_%s","api_key":"01J%s"}' % (hexs(64), alnum(24), up(23))).rstrip("=") + "." + pick(B64U, 43), "PRISMA_ACCELERATE_API_KEY")],
               [("schema_path", lambda: "prisma/schema.prisma")]),
    "rollbar": ("ROLLBAR", [("server_token", lambda: hexs(32), "ROLLBAR_ACCESS_TOKEN")],
                [("client_token", lambda: hexs(32)), ("environment", lambda: "production")]),
    "inngest": ("INNGEST", [("signing_key", lambda: "signkey-prod-" + hexs(64), "INNGEST_SIGNING_KEY"),
                            ("event_key", lambda: pick(B64U, 86), "INNGEST_EVENT_KEY")],
                [("app_id", lambda: "acme-worker")]),
    "recurly": ("RECURLY", [("api_key", lambda: hexs(32), "RECURLY_API_KEY")],
                [("public_key", lambda: "ewr1-" + alnum(22)), ("subdomain", lambda: "acme")]),
    "craft": ("CRAFT", [("security_key", lambda: pick(B64U, 32), "CRAFT_SECURITY_KEY")],
              [("app_id", lambda: "CraftCMS--" + uuid())]),
    "drupal": ("DRUPAL", [("hash_salt", lambda: pick(B64U, 74), "DRUPAL_HASH_SALT")],
               [("config_sync", lambda: "../config/sync")]),
    "defuse": ("DEFUSE", [("encryption_key", lambda: "def00000" + hexs(128), "ENCRYPTION_KEY")],
               [("cipher", lambda: "aes-256-ctr")]),
    "apple": ("APPLE", [("app_specific_password", lambda: "-".join(pick("abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4)), "FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD")],
              [("team_id", lambda: up(10)), ("apple_id", lambda: "release@acme.example")]),
    "onepassword": ("OP", [("service_account_token", ops, "OP_SERVICE_ACCOUNT_TOKEN")],
                    [("vault_id", lambda: low(26)), ("item_ref", lambda: "op://Deploy/Stripe/credential")]),
}
