"""Per provider: (setting prefix, positives [(format, generator, setting name)], decoys [(kind, generator)]).

Formats as the provider documents them where SOURCES.md says so, else as remembered."""
import base64
import json

from vals20 import R, rs, hx, HX, uuid, b64u_bytes, b64_bytes, password, AN, ANL, ANU, B64U, UP, DIG, LOW


def jwtish(header, payload, siglen=86):
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(header) + "." + enc(payload) + "." + rs(siglen, B64U)


def convex_key():
    name = "%s-%s-%d" % (R.choice(["brave", "quiet", "tidy", "lucky", "fluent"]), R.choice(["otter", "heron", "lynx", "ibis"]), R.randrange(100, 999))
    return "prod:%s|%s" % (name, b64u_bytes(60))


def paddle(env):
    return "pdl_%s_apikey_01%s_%s_%s" % (env, rs(24, "0123456789abcdefghjkmnpqrstvwxyz"), rs(22, AN), rs(3, AN))


def nr(pre, n):
    return pre + rs(n, ANU)


def tunnel_token():
    o = {"a": hx(32), "t": uuid(), "s": b64_bytes(32)}
    return base64.b64encode(json.dumps(o, separators=(",", ":")).encode()).decode()


PROV = {
    "webex": ("WEBEX", [("bot-access-token", lambda: rs(64, AN) + "_" + rs(4, ANU) + "_" + uuid(), "WEBEX_BOT_TOKEN"),
                        ("incoming-webhook-url", lambda: "https://webexapis.com/v1/webhooks/incoming/" + base64.b64encode(("ciscospark://us/WEBHOOK/" + uuid()).encode()).decode().rstrip("="), "WEBEX_HOOK")],
              [("room_id", lambda: base64.b64encode(("ciscospark://us/ROOM/" + uuid()).encode()).decode().rstrip("="))]),
    "twilio": ("TWILIO", [("auth-token", lambda: hx(32), "TWILIO_AUTH_TOKEN"), ("api-key-secret", lambda: rs(32, AN), "TWILIO_API_SECRET")],
               [("account_sid", lambda: "AC" + hx(32)), ("api_key_sid", lambda: "SK" + hx(32)), ("messaging_service_sid", lambda: "MG" + hx(32))]),
    "convex": ("CONVEX", [("deploy-key", convex_key, "CONVEX_DEPLOY_KEY")],
               [("deployment_url", lambda: "https://%s-%s-%d.convex.cloud" % (R.choice(["calm", "bold"]), R.choice(["wren", "puma"]), R.randrange(100, 999)))]),
    "gitea": ("GITEA", [("access-token", lambda: hx(40), "GITEA_TOKEN")], [("commit_sha", lambda: hx(40))]),
    "togetherai": ("TOGETHER", [("api-key-v1", lambda: "tgp_v1_" + rs(43, B64U), "TOGETHER_API_KEY"), ("api-key-hex", lambda: hx(64), "TOGETHER_API_KEY_OLD")],
                   [("model", lambda: "meta-llama/Llama-3.3-70B-Instruct-Turbo")]),
    "splunk": ("SPLUNK", [("hec-token", uuid, "SPLUNK_HEC_TOKEN"), ("observability-token", lambda: rs(22, B64U), "SPLUNK_ACCESS_TOKEN")],
               [("index", lambda: "main"), ("channel_uuid", uuid)]),
    "calendly": ("CALENDLY", [("personal-access-token", lambda: jwtish({"kid": hx(8), "typ": "PAT", "alg": "ES512"}, {"iss": "https://auth.calendly.com", "iat": R.randrange(1.6e9, 1.75e9), "jti": uuid(), "user_uuid": uuid()}), "CALENDLY_TOKEN")],
                 [("organization_uri", lambda: "https://api.calendly.com/organizations/" + uuid())]),
    "jenkins": ("JENKINS", [("api-token", lambda: "11" + hx(32), "JENKINS_API_TOKEN"), ("agent-secret", lambda: hx(64), "JENKINS_AGENT_SECRET")],
                [("build_tag", lambda: "jenkins-deploy-%d" % R.randrange(100, 999))]),
    "rootly": ("ROOTLY", [("api-key", lambda: "rootly_" + hx(64), "ROOTLY_API_TOKEN")], [("team_id", uuid)]),
    "alibabacloud": ("ALIBABA_CLOUD", [("access-key-id", lambda: "LTAI5t" + rs(18, AN), "ALIBABA_CLOUD_ACCESS_KEY_ID"), ("access-key-secret", lambda: rs(30, AN), "ALIBABA_CLOUD_ACCESS_KEY_SECRET")],
                      [("role_arn", lambda: "acs:ram::%d:role/ossreader" % R.randrange(10 ** 15, 10 ** 16))]),
    "midtrans": ("MIDTRANS", [("server-key", lambda: "Mid-server-" + rs(24, B64U), "MIDTRANS_SERVER_KEY"), ("sandbox-server-key", lambda: "SB-Mid-server-" + rs(24, B64U), "MIDTRANS_SANDBOX_SERVER_KEY")],
                 [("client_key", lambda: "Mid-client-" + rs(16, AN)), ("merchant_id", lambda: "G%09d" % R.randrange(10 ** 8, 10 ** 9))]),
    "messagebird": ("MESSAGEBIRD", [("access-key", lambda: rs(25, AN), "MESSAGEBIRD_ACCESS_KEY")], [("channel_id", lambda: hx(32))]),
    "blockfrost": ("BLOCKFROST", [("project-id", lambda: "mainnet" + rs(32, AN), "BLOCKFROST_PROJECT_ID"), ("project-id-preprod", lambda: "preprod" + rs(32, AN), "BLOCKFROST_PREPROD_ID")],
                   [("policy_id", lambda: hx(56))]),
    "cartesia": ("CARTESIA", [("api-key", lambda: "sk_car_" + rs(22, AN), "CARTESIA_API_KEY")], [("voice_id", uuid)]),
    "coda": ("CODA", [("api-token", uuid, "CODA_API_TOKEN")], [("doc_id", lambda: rs(10, AN))]),
    "inngest": ("INNGEST", [("signing-key", lambda: "signkey-prod-" + hx(64), "INNGEST_SIGNING_KEY"), ("event-key", lambda: rs(86, B64U), "INNGEST_EVENT_KEY")],
                [("app_id", lambda: "billing-worker")]),
    "paddle": ("PADDLE", [("live-api-key", lambda: paddle("live"), "PADDLE_API_KEY"), ("sandbox-api-key", lambda: paddle("sdbx"), "PADDLE_SANDBOX_API_KEY"), ("classic-vendor-auth-code", lambda: hx(50), "PADDLE_VENDOR_AUTH_CODE")],
               [("client_side_token", lambda: "live_" + hx(27)), ("vendor_id", lambda: str(R.randrange(100000, 999999)))]),
    "salesforce": ("SF", [("access-token", lambda: "00D" + rs(12, AN) + "!" + "AQ" + rs(94, AN + "._"), "SF_ACCESS_TOKEN"), ("refresh-token", lambda: "5Aep861" + rs(80, AN + "._"), "SF_REFRESH_TOKEN"),
                          ("consumer-secret", lambda: HX(64), "SF_CONSUMER_SECRET")],
                   [("consumer_key", lambda: "3MVG9" + rs(80, AN + "._")), ("org_id", lambda: "00D" + rs(15, AN))]),
    "octopusdeploy": ("OCTOPUS", [("api-key", lambda: "API-" + rs(27, ANU), "OCTOPUS_API_KEY")], [("space_id", lambda: "Spaces-%d" % R.randrange(1, 40))]),
    "woocommerce": ("WOOCOMMERCE", [("consumer-secret", lambda: "cs_" + hx(40), "WOOCOMMERCE_CONSUMER_SECRET")], [("consumer_key", lambda: "ck_" + hx(40))]),
    "dynatrace": ("DT", [("api-token", lambda: "dt0c01." + rs(24, ANU) + "." + rs(64, ANU), "DT_API_TOKEN"), ("platform-token", lambda: "dt0s16." + rs(24, ANU) + "." + rs(64, ANU), "DT_PLATFORM_TOKEN")],
                     [("token_identifier", lambda: "dt0c01." + rs(24, ANU)), ("environment_id", lambda: rs(8, ANL))]),
    "dub": ("DUB", [("api-key", lambda: "dub_" + rs(24, AN), "DUB_API_KEY")], [("workspace_id", lambda: "ws_" + rs(24, AN))]),
    "infura": ("INFURA", [("rpc-url", lambda: "https://mainnet.infura.io/v3/" + hx(32), "INFURA_RPC_URL")], [("tx_hash", lambda: "0x" + hx(64))]),
    "sonarcloud": ("SONAR", [("token-legacy", lambda: hx(40), "SONAR_TOKEN"), ("scoped-org-token", lambda: "sqco_" + hx(40), "SONAR_ORG_TOKEN")],
                   [("project_key", lambda: "acme_" + R.choice(["ledger", "relay"]))]),
    "travisci": ("TRAVIS", [("api-token", lambda: rs(22, AN), "TRAVIS_API_TOKEN")], [("build_id", lambda: str(R.randrange(10 ** 8, 10 ** 9)))]),
    "jina": ("JINA", [("api-key", lambda: "jina_" + hx(32) + rs(28, AN), "JINA_API_KEY")], [("model", lambda: "jina-embeddings-v3")]),
    "neon": ("NEON", [("api-key", lambda: "napi_" + rs(64, ANL), "NEON_API_KEY")], [("endpoint_id", lambda: "ep-%s-%s-%s" % (R.choice(["cool", "wild"]), R.choice(["sun", "leaf"]), rs(8, ANL)))]),
    "buildkite": ("BUILDKITE", [("api-access-token", lambda: "bkua_" + hx(40), "BUILDKITE_API_TOKEN"), ("agent-token", lambda: rs(50, ANL), "BUILDKITE_AGENT_TOKEN")],
                  [("pipeline_uuid", uuid)]),
    "postmark": ("POSTMARK", [("server-token", uuid, "POSTMARK_SERVER_TOKEN")], [("docs_test_token", lambda: "POSTMARK_API_TEST"), ("message_id", uuid)]),
    "pinata": ("PINATA", [("api-secret", lambda: hx(64), "PINATA_SECRET_API_KEY")], [("api_key", lambda: hx(20))]),
    "mercury": ("MERCURY", [("api-token", lambda: "secret-token:mercury_production_rma_" + rs(60, AN) + "_yrucrem", "MERCURY_API_TOKEN")], [("account_id", uuid)]),
    "braze": ("BRAZE", [("rest-api-key", uuid, "BRAZE_REST_API_KEY")], [("sdk_api_key", uuid), ("rest_endpoint", lambda: "https://rest.iad-05.braze.com")]),
    "xata": ("XATA", [("api-key", lambda: "xau_" + rs(36, AN), "XATA_API_KEY")], [("workspace_slug", lambda: "acme-" + rs(6, ANL))]),
    "flagsmith": ("FLAGSMITH", [("server-key", lambda: "ser." + rs(22, AN), "FLAGSMITH_SERVER_KEY")], [("client_env_key", lambda: rs(22, AN))]),
    "apify": ("APIFY", [("api-token", lambda: "apify_api_" + rs(36, AN), "APIFY_TOKEN")], [("actor_id", lambda: "apify/website-content-crawler")]),
    "duffel": ("DUFFEL", [("live-token", lambda: "duffel_live_" + rs(43, B64U), "DUFFEL_ACCESS_TOKEN"), ("test-token", lambda: "duffel_test_" + rs(43, B64U), "DUFFEL_TEST_TOKEN")],
               [("offer_id", lambda: "off_0000" + rs(18, AN))]),
    "brevo": ("BREVO", [("api-key", lambda: "xkeysib-" + hx(64) + "-" + rs(16, AN), "BREVO_API_KEY"), ("smtp-key", lambda: "xsmtpsib-" + hx(64) + "-" + rs(16, AN), "BREVO_SMTP_KEY")],
              [("smtp_login", lambda: "%s@smtp-brevo.com" % hx(8))]),
    "gameanalytics": ("GA", [("secret-key", lambda: hx(40), "GAMEANALYTICS_SECRET_KEY")], [("game_key", lambda: hx(32))]),
    "hasura": ("HASURA", [("admin-secret", lambda: password(), "HASURA_GRAPHQL_ADMIN_SECRET")], [("graphql_endpoint", lambda: "https://hasura.internal:8080/v1/graphql")]),
    "ibmcloud": ("IBMCLOUD", [("api-key", lambda: rs(44, B64U), "IBMCLOUD_API_KEY")], [("crn", lambda: "crn:v1:bluemix:public:cloud-object-storage:global:a/%s::" % hx(32))]),
    "ghost": ("GHOST", [("admin-api-key", lambda: hx(24) + ":" + hx(64), "GHOST_ADMIN_API_KEY")], [("content_api_key", lambda: hx(26))]),
    "cypress": ("CYPRESS", [("record-key", uuid, "CYPRESS_RECORD_KEY")], [("project_id", lambda: rs(6, ANL))]),
    "snyk": ("SNYK", [("api-token", uuid, "SNYK_TOKEN"), ("personal-access-token", lambda: "snyk_uat." + hx(8) + "." + rs(43, B64U), "SNYK_PAT")], [("org_id", uuid)]),
    "clojars": ("CLOJARS", [("deploy-token", lambda: "CLOJARS_" + hx(60), "CLOJARS_PASSWORD")], [("group", lambda: "org.clojars.acme")]),
    "alchemy": ("ALCHEMY", [("rpc-url", lambda: "https://eth-mainnet.g.alchemy.com/v2/" + rs(32, AN + "_-"), "ALCHEMY_RPC_URL")], [("contract", lambda: "0x" + hx(40))]),
    "elevenlabs": ("ELEVENLABS", [("api-key", lambda: "sk_" + hx(48), "ELEVENLABS_API_KEY"), ("api-key-legacy", lambda: hx(32), "ELEVENLABS_API_KEY_OLD")], [("voice_id", lambda: rs(20, AN))]),
    "authorizenet": ("AUTHNET", [("transaction-key", lambda: rs(16, AN), "AUTHNET_TRANSACTION_KEY"), ("signature-key", lambda: HX(128), "AUTHNET_SIGNATURE_KEY")],
                     [("api_login_id", lambda: rs(10, AN))]),
    "agora": ("AGORA", [("app-certificate", lambda: hx(32), "AGORA_APP_CERTIFICATE")], [("app_id", lambda: hx(32))]),
    "smartsheet": ("SMARTSHEET", [("access-token", lambda: rs(37, AN), "SMARTSHEET_ACCESS_TOKEN")], [("sheet_id", lambda: str(R.randrange(10 ** 15, 10 ** 16)))]),
    "honeybadger": ("HONEYBADGER", [("user-token", lambda: "hbu_" + rs(36, AN), "HONEYBADGER_AUTH_TOKEN"), ("account-token", lambda: "hba_" + rs(36, AN), "HONEYBADGER_ACCOUNT_TOKEN")],
                    [("project_id", lambda: str(R.randrange(10000, 99999)))]),
    "coinmarketcap": ("CMC", [("pro-api-key", uuid, "CMC_PRO_API_KEY")], [("docs_sandbox_key", lambda: "b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c")]),
    "vectara": ("VECTARA", [("index-key", lambda: "zwt_" + rs(38, B64U), "VECTARA_API_KEY"), ("query-key", lambda: "zqt_" + rs(38, B64U), "VECTARA_QUERY_KEY")],
                [("corpus_key", lambda: "support-docs")]),
    "nvidia": ("NVIDIA", [("api-key", lambda: "nvapi-" + rs(64, B64U), "NVIDIA_API_KEY")], [("model", lambda: "nvidia/llama-3.1-nemotron-70b-instruct")]),
    "coveralls": ("COVERALLS", [("repo-token", lambda: rs(33, AN), "COVERALLS_REPO_TOKEN")], [("service_job_id", lambda: str(R.randrange(10 ** 9, 10 ** 10)))]),
    "gotify": ("GOTIFY", [("app-token", lambda: "A" + rs(14, AN + ".-_"), "GOTIFY_APP_TOKEN"), ("client-token", lambda: "C" + rs(14, AN + ".-_"), "GOTIFY_CLIENT_TOKEN")],
               [("app_id", lambda: str(R.randrange(1, 40)))]),
    "recurly": ("RECURLY", [("private-api-key", lambda: hx(32), "RECURLY_API_KEY")], [("public_key", lambda: "ewr1-" + rs(22, AN))]),
    "newrelic": ("NEW_RELIC", [("user-api-key", lambda: nr("NRAK-", 27), "NEW_RELIC_API_KEY"), ("license-key", lambda: hx(36) + "NRAL", "NEW_RELIC_LICENSE_KEY"),
                               ("insights-insert-key", lambda: "NRII-" + rs(32, B64U), "NEW_RELIC_INSERT_KEY"), ("license-key-eu", lambda: "eu01xx" + hx(30) + "NRAL", "NEW_RELIC_EU_LICENSE_KEY")],
                  [("browser_key", lambda: "NRJS-" + hx(19)), ("account_id", lambda: str(R.randrange(10 ** 6, 10 ** 7)))]),
    "cratesio": ("CARGO_REGISTRY", [("api-token", lambda: "cio" + rs(32, AN), "CARGO_REGISTRY_TOKEN")], [("crate", lambda: "tallyho-core")]),
    "typeform": ("TYPEFORM", [("personal-access-token", lambda: "tfp_" + rs(44, AN) + "_" + rs(14, AN), "TYPEFORM_TOKEN")], [("form_id", lambda: rs(8, AN))]),
    "cloudflare": ("CLOUDFLARE", [("api-token", lambda: rs(40, B64U), "CLOUDFLARE_API_TOKEN"), ("global-api-key", lambda: hx(37), "CLOUDFLARE_API_KEY"),
                                  ("origin-ca-key", lambda: "v1.0-" + hx(24) + "-" + hx(146), "CLOUDFLARE_ORIGIN_CA_KEY"), ("tunnel-token", tunnel_token, "TUNNEL_TOKEN")],
                    [("zone_id", lambda: hx(32)), ("account_id", lambda: hx(32))]),
    "wandb": ("WANDB", [("api-key", lambda: hx(40), "WANDB_API_KEY")], [("run_id", lambda: rs(8, ANL))]),
    "kong": ("KONNECT", [("personal-token", lambda: "kpat_" + rs(46, AN), "KONNECT_TOKEN"), ("system-token", lambda: "spat_" + rs(46, AN), "KONNECT_SYSTEM_TOKEN")],
             [("control_plane_id", uuid)]),
    "clickup": ("CLICKUP", [("personal-token", lambda: "pk_%d_%s" % (R.randrange(10 ** 7, 10 ** 8), rs(32, ANU)), "CLICKUP_API_TOKEN")], [("team_id", lambda: str(R.randrange(10 ** 7, 10 ** 8)))]),
    "atlassian": ("JIRA", [("cloud-api-token", lambda: "ATATT3xFfGF0" + rs(170, B64U) + "=" + HX(8), "JIRA_API_TOKEN"), ("bitbucket-app-password", lambda: "ATBB" + rs(32, AN), "BITBUCKET_APP_PASSWORD"),
                           ("datacenter-pat", lambda: rs(44, AN + "+/"), "CONFLUENCE_PAT")],
                  [("cloud_id", uuid), ("oauth_client_id", lambda: rs(32, AN))]),
    "unkey": ("UNKEY", [("root-key", lambda: "unkey_" + rs(24, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"), "UNKEY_ROOT_KEY")], [("api_id", lambda: "api_" + rs(16, AN))]),
    "drone": ("DRONE", [("token", lambda: rs(32, AN), "DRONE_TOKEN"), ("rpc-secret", lambda: hx(32), "DRONE_RPC_SECRET")], [("build_number", lambda: str(R.randrange(100, 9999)))]),
    "ngrok": ("NGROK", [("authtoken", lambda: "2" + rs(26, AN) + "_" + rs(21, AN), "NGROK_AUTHTOKEN")], [("domain", lambda: "%s-%s.ngrok-free.app" % (R.choice(["fuzzy", "mellow"]), rs(6, ANL)))]),
    "twitter": ("TWITTER", [("bearer-token", lambda: "AAAAAAAAAAAAAAAAAAAAA" + rs(25, AN) + "%3D" + rs(50, AN), "TWITTER_BEARER_TOKEN"), ("consumer-secret", lambda: rs(50, AN), "TWITTER_API_SECRET")],
                [("consumer_key", lambda: rs(25, AN))]),
    "circleci": ("CIRCLECI", [("personal-token", lambda: "CCIPAT_" + rs(22, AN) + "_" + hx(40), "CIRCLECI_TOKEN"), ("project-token", lambda: "CCIPRJ_" + rs(22, AN) + "_" + hx(40), "CIRCLE_PROJECT_TOKEN"),
                              ("api-token-legacy", lambda: hx(40), "CIRCLECI_API_TOKEN")],
                 [("pipeline_id", uuid)]),
    "activecampaign": ("ACTIVECAMPAIGN", [("api-key", lambda: hx(72), "ACTIVECAMPAIGN_API_KEY")], [("api_url", lambda: "https://%s.api-us1.com" % rs(8, ANL))]),
    "infracost": ("INFRACOST", [("api-key", lambda: "ico-" + rs(32, AN), "INFRACOST_API_KEY")], [("pricing_endpoint", lambda: "https://pricing.api.infracost.io")]),
    "neptune": ("NEPTUNE", [("api-token", lambda: base64.b64encode(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid()}).encode()).decode(), "NEPTUNE_API_TOKEN")],
                [("project", lambda: "acme/churn-model")]),
    "docker": ("DOCKER", [("hub-pat", lambda: "dckr_pat_" + rs(27, B64U), "DOCKERHUB_TOKEN"), ("hub-org-token", lambda: "dckr_oat_" + rs(32, B64U), "DOCKERHUB_ORG_TOKEN")],
               [("image_digest", lambda: "sha256:" + hx(64))]),
}
