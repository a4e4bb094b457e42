"""Provider formats for holdout15, written blind (SOURCES.md says where each was checked).

expand(spec) fills {CLASS:N} slots from one seeded Random(15); {u} is a UUID, {d:N} digits.
PROVIDERS maps a provider to (ENV name, [(format, spec)], [(decoy kind, spec)]).
"""
import base64
import random

R = random.Random(15)
CLASSES = {
    "A": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "a": "abcdefghijklmnopqrstuvwxyz0123456789",
    "U": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "l": "abcdefghijklmnopqrstuvwxyz",
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "d": "0123456789",
    "b": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
    "B": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
    "z": "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
    "y": "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
    "5": "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
}


def rnd(cls, n):
    return "".join(R.choice(CLASSES[cls]) for _ in range(n))


def uuid():
    h = rnd("h", 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64(s):
    return base64.b64encode(s.encode()).decode()


def expand(spec):
    if callable(spec):
        return spec()
    out, i = [], 0
    while i < len(spec):
        if spec[i] == "{":
            j = spec.index("}", i)
            body = spec[i + 1:j]
            if body == "u":
                out.append(uuid())
            else:
                c, n = body.split(":")
                out.append(rnd(c, int(n)))
            i = j + 1
        else:
            out.append(spec[i])
            i += 1
    return "".join(out)


def discord_bot():
    uid = str(R.randint(10 ** 17, 10 ** 18 - 1))
    return b64(uid).rstrip("=") + "." + rnd("B", 6) + "." + rnd("B", 38)


def intercom():
    return b64("tok:%s:1:0" % uuid())


def elastic_api_key():
    return b64("%s:%s" % (rnd("B", 20), rnd("B", 22)))


def onepassword():
    body = '{"signInAddress":"my.1password.com","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256","iterations":650000,"salt":"%s"},"email":"%s@1passwordserviceaccounts.com","srpX":"%s","muk":{"alg":"A256GCM","ext":true,"k":"%s","key_ops":["encrypt","decrypt"],"kty":"oct","kid":"mp"},"secretKey":"A3-%s-%s-%s-%s-%s-%s","throttleSecret":{"seed":"%s","deviceUuid":"%s"},"deviceUuid":"%s"}' % (
        rnd("B", 22), rnd("l", 13), rnd("h", 64), rnd("B", 43), rnd("U", 6), rnd("U", 6), rnd("U", 5), rnd("U", 5), rnd("U", 5), rnd("U", 5), rnd("h", 64), rnd("a", 26), rnd("a", 26))
    return "ops_" + base64.b64encode(body.encode()).decode().rstrip("=")


def jwt(payload):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return h + "." + p + "." + rnd("B", 43)


def pinata_jwt():
    return jwt('{"userInformation":{"id":"%s","email":"ops@example.org","email_verified":true},"authenticationType":"scopedKey","scopedKeyKey":"%s","scopedKeyExp":%d}' % (uuid(), rnd("h", 20), R.randint(1750000000, 1790000000)))


def tinybird():
    p = base64.b64encode(('{"u": "%s", "id": "%s", "host": "gcp-europe-west3"}' % (uuid(), uuid())).encode()).decode().rstrip("=")
    return "p." + p + "." + rnd("B", 43)


def teamcity():
    return "eyJ0eXAiOiAiVENWMiJ9." + rnd("B", 36) + "." + rnd("B", 48)


def mercadopago(prefix):
    return "%s-%s-%s-%s-%s" % (prefix, rnd("d", 16), rnd("d", 6), rnd("h", 32), rnd("d", 9))


def rapidapi():
    return rnd("h", 10) + "msh" + rnd("h", 14) + "p1" + rnd("h", 6) + "jsn" + rnd("h", 12)


def pypi():
    return "pypi-AgEIcHlwaS5vcmc" + rnd("B", 160)


def upstash_rest():
    return "A" + R.choice("XY") + rnd("B", 2) + "ASQg" + b64(uuid()).rstrip("=")[:48] + rnd("B", 12)


def flyio():
    return "FlyV1 fm2_" + rnd("b", 260) + ",fm2_" + rnd("b", 120)


def win_unattend():
    pw = "Adm!n" + rnd("A", 9)
    return base64.b64encode((pw + "AdministratorPassword").encode("utf-16-le")).decode()


def bitwarden():
    return "0.%s.%s:%s==" % (uuid(), rnd("A", 30), rnd("b", 22))


PROVIDERS = {
    "age": ("SOPS_AGE_KEY", [("age-secret-key", "AGE-SECRET-KEY-1{z:58}")], [("age-recipient", "age1{y:58}")]),
    "airflow": ("AIRFLOW__CORE__FERNET_KEY", [("airflow-fernet-key", "{B:43}="), ("airflow-conn-uri", "postgresql://airflow:{A:18}@warehouse-db.internal:5432/analytics")], [("dag-run-id", "scheduled__2026-11-30T00:00:00+00:00")]),
    "airtable": ("AIRTABLE_TOKEN", [("airtable-pat", "pat{A:14}.{h:64}")], [("airtable-base-id", "app{A:14}")]),
    "aiven": ("AIVEN_PG_URI", [("aiven-service-uri", "postgres://avnadmin:AVNS_{B:19}@pg-ledger-acme.a.aivencloud.com:21045/defaultdb?sslmode=require")], [("aiven-project", "acme-ledger-{d:4}")]),
    "appcrypto": ("APP_KEY", [("laravel-app-key", "base64:{b:43}=")], [("sha256-digest", "{h:64}")]),
    "asana": ("ASANA_ACCESS_TOKEN", [("asana-pat", "2/{d:16}/{d:16}:{h:32}")], [("asana-workspace-gid", "{d:16}")]),
    "aspnet": ("MACHINE_KEY", [("aspnet-validation-key", "{H:128}"), ("aspnet-decryption-key", "{H:64}")], [("aspnet-viewstate-generator", "{H:8}")]),
    "asterisk": ("ASTERISK_AMI_SECRET", [("asterisk-secret", "{A:16}")], [("asterisk-md5secret", "{h:32}")]),
    "authorizenet": ("AUTHNET_TRANSACTION_KEY", [("authorizenet-transaction-key", "{A:16}")], [("authorizenet-login-id", "{A:10}")]),
    "axiom": ("AXIOM_TOKEN", [("axiom-api-token", "xaat-{u}"), ("axiom-personal-token", "xapt-{u}")], [("axiom-org-id", "acme-{a:4}")]),
    "azure": ("AZURE_CLIENT_SECRET", [("azure-client-secret", "{A:3}8Q~{B:34}"), ("azure-storage-key", "{b:86}==")], [("azure-tenant-id", "{u}")]),
    "backblaze": ("B2_APPLICATION_KEY", [("b2-application-key", "K005{b:27}")], [("b2-key-id", "005{h:22}")]),
    "backuppass": ("RESTIC_PASSWORD", [("restic-password", "{A:24}")], [("restic-repo-id", "{h:64}")]),
    "bitwarden": ("BWS_ACCESS_TOKEN", [("bws-access-token", bitwarden)], [("bws-project-id", "{u}")]),
    "braintree": ("BRAINTREE_PRIVATE_KEY", [("braintree-private-key", "{h:32}"), ("braintree-access-token", "access_token$production${a:16}${h:32}")], [("braintree-public-key", "{a:16}")]),
    "braze": ("BRAZE_REST_API_KEY", [("braze-rest-key", "{u}")], [("braze-app-id", "{u}")]),
    "bundler": ("BUNDLE_GEMS__PKG__EXAMPLE__COM", [("bundler-source-credential", "deploy:{A:32}")], [("gem-sha256", "{h:64}")]),
    "cerebras": ("CEREBRAS_API_KEY", [("cerebras-api-key", "csk-{a:48}")], [("cerebras-model", "llama3.1-8b")]),
    "cloudflare": ("CLOUDFLARE_API_TOKEN", [("cloudflare-api-token", "{B:40}"), ("cloudflare-global-key", "{h:37}")], [("cloudflare-zone-id", "{h:32}")]),
    "consul": ("CONSUL_HTTP_TOKEN", [("consul-acl-token", "{u}"), ("consul-gossip-key", "{b:43}=")], [("consul-node-id", "{u}")]),
    "contentful": ("CONTENTFUL_MANAGEMENT_TOKEN", [("contentful-cma-token", "CFPAT-{B:43}")], [("contentful-space-id", "{a:12}")]),
    "coveralls": ("COVERALLS_REPO_TOKEN", [("coveralls-repo-token", "{A:33}")], [("coveralls-badge-sha", "{h:40}")]),
    "crowdstrike": ("FALCON_CLIENT_SECRET", [("crowdstrike-client-secret", "{A:40}")], [("crowdstrike-client-id", "{h:32}")]),
    "daemonfiles": ("RSYNC_PASSWORD", [("rsyncd-secret", "{A:20}")], [("rsync-module", "backups")]),
    "databricks": ("DATABRICKS_TOKEN", [("databricks-pat", "dapi{h:32}")], [("databricks-cluster-id", "{d:4}-{d:6}-{a:8}")]),
    "davfs2": ("DAVFS_PASSWORD", [("davfs2-password", "{A:20}")], [("davfs2-cert-fingerprint", "{H:40}")]),
    "deepseek": ("DEEPSEEK_API_KEY", [("deepseek-api-key", "sk-{h:32}")], [("deepseek-request-id", "{u}")]),
    "discord": ("DISCORD_BOT_TOKEN", [("discord-bot-token", discord_bot), ("discord-webhook", "https://discord.com/api/webhooks/{d:19}/{B:68}")], [("discord-public-key", "{h:64}")]),
    "dvc": ("AWS_SECRET_ACCESS_KEY", [("dvc-remote-secret", "{b:40}")], [("dvc-md5", "{h:32}")]),
    "elastic": ("ELASTIC_API_KEY", [("elastic-api-key", elastic_api_key), ("elastic-password", "{A:20}")], [("elastic-cloud-id", lambda: "prod-search:" + b64("europe-west1.gcp.cloud.es.io$%s$%s" % (rnd("h", 32), rnd("h", 32))))]),
    "elevenlabs": ("ELEVENLABS_API_KEY", [("elevenlabs-api-key", "sk_{h:48}")], [("elevenlabs-voice-id", "{A:20}")]),
    "figma": ("FIGMA_TOKEN", [("figma-pat", "figd_{B:40}")], [("figma-file-key", "{A:22}")]),
    "fireworks": ("FIREWORKS_API_KEY", [("fireworks-api-key", "fw_{A:24}")], [("fireworks-account", "accounts/fireworks/models/llama-v3p1-8b-instruct")]),
    "flagsmith": ("FLAGSMITH_SERVER_KEY", [("flagsmith-server-key", "ser.{A:22}")], [("flagsmith-client-env-key", "{A:22}")]),
    "flyio": ("FLY_API_TOKEN", [("flyio-macaroon", flyio), ("flyio-legacy-token", "fo1_{B:43}")], [("fly-machine-id", "{h:14}")]),
    "freshdesk": ("FRESHDESK_API_KEY", [("freshdesk-api-key", "{A:20}")], [("freshdesk-ticket-id", "{d:6}")]),
    "gitlabsecrets": ("GITLAB_DB_KEY_BASE", [("gitlab-db-key-base", "{h:128}")], [("gitlab-commit-sha", "{h:40}")]),
    "googlechat": ("GOOGLE_CHAT_WEBHOOK", [("googlechat-webhook", "https://chat.googleapis.com/v1/spaces/AAAA{B:7}/messages?key=AIzaSy{B:33}&token={B:43}")], [("googlechat-space", "spaces/AAAA{B:7}")]),
    "gotify": ("GOTIFY_APP_TOKEN", [("gotify-app-token", "A{B:14}")], [("gotify-app-id", "{d:2}")]),
    "helicone": ("HELICONE_API_KEY", [("helicone-api-key", "sk-helicone-{a:7}-{a:7}-{a:7}-{a:7}")], [("helicone-request-id", "{u}")]),
    "hiera": ("HIERA_DB_PASSWORD", [("hiera-plaintext-password", "{A:22}")], [("hiera-eyaml", lambda: "ENC[PKCS7," + rnd("b", 180) + "]")]),
    "honeybadger": ("HONEYBADGER_AUTH_TOKEN", [("honeybadger-user-token", "hbu_{A:32}")], [("honeybadger-project-id", "{d:6}")]),
    "honeycomb": ("HONEYCOMB_API_KEY", [("honeycomb-config-key", "{A:22}")], [("honeycomb-trace-id", "{h:32}")]),
    "infisical": ("INFISICAL_TOKEN", [("infisical-service-token", "st.{h:24}.{h:32}.{h:32}"), ("infisical-client-secret", "{h:64}")], [("infisical-client-id", "{u}")]),
    "inngest": ("INNGEST_SIGNING_KEY", [("inngest-signing-key", "signkey-prod-{h:64}")], [("inngest-app-id", "billing-worker")]),
    "intercom": ("INTERCOM_ACCESS_TOKEN", [("intercom-access-token", intercom)], [("intercom-app-id", "{a:8}")]),
    "jellyfin": ("JELLYFIN_API_KEY", [("jellyfin-api-key", "{h:32}")], [("jellyfin-item-id", "{h:32}")]),
    "jenkins": ("JENKINS_API_TOKEN", [("jenkins-api-token", "11{h:32}")], [("jenkins-build-sha", "{h:40}")]),
    "jenkinshome": ("JENKINS_ADMIN_PASSWORD", [("jenkins-initial-admin-password", "{h:32}")], [("jenkins-instance-id", "{h:32}")]),
    "jettyrealm": ("JETTY_REALM_PASSWORD", [("jetty-realm-password", "{A:18}")], [("jetty-md5", "MD5:{h:32}")]),
    "langfuse": ("LANGFUSE_SECRET_KEY", [("langfuse-secret-key", "sk-lf-{u}")], [("langfuse-public-key", "pk-lf-{u}")]),
    "langsmith": ("LANGSMITH_API_KEY", [("langsmith-pat", "lsv2_pt_{h:32}_{h:10}"), ("langsmith-service-key", "lsv2_sk_{h:32}_{h:10}")], [("langsmith-run-id", "{u}")]),
    "lftp": ("LFTP_PASSWORD", [("lftp-bookmark-password", "{A:16}")], [("lftp-host-key", "SHA256:{b:43}")]),
    "livekit": ("LIVEKIT_API_SECRET", [("livekit-api-secret", "{A:43}")], [("livekit-api-key", "API{A:12}")]),
    "llamacloud": ("LLAMA_CLOUD_API_KEY", [("llamacloud-api-key", "llx-{A:48}")], [("llamacloud-project-id", "{u}")]),
    "logfire": ("LOGFIRE_TOKEN", [("logfire-write-token", "pylf_v1_us_{A:48}")], [("logfire-project", "acme/checkout")]),
    "mailgun": ("MAILGUN_API_KEY", [("mailgun-private-key", "{h:32}-{h:8}-{h:8}"), ("mailgun-legacy-key", "key-{h:32}")], [("mailgun-public-key", "pubkey-{h:32}")]),
    "mandrill": ("MANDRILL_API_KEY", [("mandrill-api-key", "md-{B:22}")], [("mandrill-message-id", "{h:32}")]),
    "mercadopago": ("MERCADOPAGO_ACCESS_TOKEN", [("mercadopago-access-token", lambda: mercadopago("APP_USR")), ("mercadopago-test-token", lambda: mercadopago("TEST"))], [("mercadopago-public-key", "APP_USR-{u}")]),
    "mercury": ("MERCURY_API_TOKEN", [("mercury-api-token", "secret-token:mercury_production_wma_{5:44}_yrucrem")], [("mercury-account-id", "{u}")]),
    "messagebird": ("MESSAGEBIRD_ACCESS_KEY", [("messagebird-access-key", "{A:25}")], [("messagebird-message-id", "{h:32}")]),
    "midtrans": ("MIDTRANS_SERVER_KEY", [("midtrans-server-key", "Mid-server-{B:24}"), ("midtrans-sandbox-key", "SB-Mid-server-{B:24}")], [("midtrans-client-key", "Mid-client-{B:16}")]),
    "modal": ("MODAL_TOKEN_SECRET", [("modal-token-secret", "as-{A:22}")], [("modal-token-id", "ak-{A:22}")]),
    "mongodb": ("MONGODB_URI", [("mongodb-srv-uri", "mongodb+srv://svc-orders:{A:20}@cluster0.{a:5}.mongodb.net/orders?retryWrites=true&w=majority")], [("mongodb-object-id", "{h:24}")]),
    "nexusfiles": ("NEXUS_ADMIN_PASSWORD", [("nexus-admin-password", "{u}")], [("nexus-node-id", "{H:8}-{H:8}-{H:8}-{H:8}-{H:8}")]),
    "ngrok": ("NGROK_AUTHTOKEN", [("ngrok-authtoken", "2{A:26}_{A:21}")], [("ngrok-tunnel-id", "tn_2{A:26}")]),
    "onepassword": ("OP_SERVICE_ACCOUNT_TOKEN", [("1password-service-account", onepassword)], [("1password-vault-id", "{a:26}")]),
    "onfido": ("ONFIDO_API_TOKEN", [("onfido-live-token", "api_live.{B:11}.{B:32}"), ("onfido-sandbox-token", "api_sandbox.{B:11}.{B:32}")], [("onfido-applicant-id", "{u}")]),
    "openweathermap": ("OWM_API_KEY", [("openweathermap-key", "{h:32}")], [("openweathermap-city-id", "{d:7}")]),
    "ovh": ("OVH_APPLICATION_SECRET", [("ovh-application-secret", "{A:32}"), ("ovh-consumer-key", "{A:32}")], [("ovh-application-key", "{A:16}")]),
    "papertrail": ("PAPERTRAIL_API_TOKEN", [("papertrail-api-token", "{A:20}")], [("papertrail-destination", "logs{d:1}.papertrailapp.com:{d:5}")]),
    "paypalnvp": ("PAYPAL_API_SIGNATURE", [("paypal-nvp-signature", "A{A:24}.{A:5}-{A:24}"), ("paypal-nvp-password", "{U:16}")], [("paypal-nvp-username", "sb-{a:8}_api1.business.example.com")]),
    "paystack": ("PAYSTACK_SECRET_KEY", [("paystack-live-secret", "sk_live_{h:40}"), ("paystack-test-secret", "sk_test_{h:40}")], [("paystack-public-key", "pk_live_{h:40}")]),
    "phoenix": ("SECRET_KEY_BASE", [("phoenix-secret-key-base", "{B:64}")], [("phoenix-signing-salt", "{A:8}")]),
    "pinata": ("PINATA_JWT", [("pinata-jwt", pinata_jwt), ("pinata-api-secret", "{h:64}")], [("pinata-api-key", "{h:20}")]),
    "pipedrive": ("PIPEDRIVE_API_TOKEN", [("pipedrive-api-token", "{h:40}")], [("pipedrive-company-id", "{d:7}")]),
    "plivo": ("PLIVO_AUTH_TOKEN", [("plivo-auth-token", "{A:40}")], [("plivo-auth-id", "MA{U:18}")]),
    "portainer": ("PORTAINER_API_KEY", [("portainer-api-key", "ptr_{b:43}")], [("portainer-endpoint-id", "{d:1}")]),
    "postfix": ("SMTP_RELAY_PASSWORD", [("postfix-sasl-password", "{A:24}")], [("postfix-queue-id", "{H:10}")]),
    "postgres": ("PGPASSWORD", [("pgpass-password", "{A:20}"), ("postgres-url", "postgresql://app_rw:{A:22}@db-primary.prod.internal:5432/app")], [("postgres-scram", "SCRAM-SHA-256$4096:{b:22}==${b:43}=:{b:43}=")]),
    "postman": ("POSTMAN_API_KEY", [("postman-api-key", "PMAK-{h:24}-{h:34}")], [("postman-collection-id", "{d:8}-{u}")]),
    "postmark": ("POSTMARK_SERVER_TOKEN", [("postmark-server-token", "{u}")], [("postmark-message-id", "{u}")]),
    "prefect": ("PREFECT_API_KEY", [("prefect-user-key", "pnu_{A:36}"), ("prefect-service-key", "pnb_{A:36}")], [("prefect-workspace-id", "{u}")]),
    "proxysql": ("PROXYSQL_ADMIN_PASSWORD", [("proxysql-admin-password", "{A:18}")], [("mysql-native-hash", "*{H:40}")]),
    "pypi": ("TWINE_PASSWORD", [("pypi-token", pypi)], [("pypi-sha256", "{h:64}")]),
    "rapidapi": ("RAPIDAPI_KEY", [("rapidapi-key", rapidapi)], [("rapidapi-host", "weatherapi-com.p.rapidapi.com")]),
    "rclone": ("RCLONE_CONFIG_PASS", [("rclone-obscured-pass", "{B:43}"), ("rclone-s3-secret", "{b:40}")], [("rclone-s3-access-key-id", "AKIA{U:16}")]),
    "replicate": ("REPLICATE_API_TOKEN", [("replicate-token", "r8_{A:37}")], [("replicate-model-version", "{h:64}")]),
    "rubygems": ("GEM_HOST_API_KEY", [("rubygems-api-key", "rubygems_{h:48}")], [("gem-checksum", "{h:64}")]),
    "sbt": ("SBT_CREDENTIALS_PASSWORD", [("sbt-credentials-password", "{A:20}")], [("sbt-artifact-sha1", "{h:40}")]),
    "scalingo": ("SCALINGO_API_TOKEN", [("scalingo-api-token", "tk-us-{B:48}")], [("scalingo-app-id", "{h:24}")]),
    "sendgrid": ("SENDGRID_API_KEY", [("sendgrid-api-key", "SG.{B:22}.{B:43}")], [("sendgrid-template-id", "d-{h:32}")]),
    "sidekiq": ("BUNDLE_ENTERPRISE__CONTRIBSYS__COM", [("sidekiq-enterprise-credential", "{h:8}:{h:8}")], [("sidekiq-jid", "{h:24}")]),
    "smtp2go": ("SMTP2GO_API_KEY", [("smtp2go-api-key", "api-{H:32}")], [("smtp2go-email-id", "1t{A:4}-{A:7}-{A:2}")]),
    "sourcegraph": ("SRC_ACCESS_TOKEN", [("sourcegraph-token", "sgp_{h:16}_{h:40}"), ("sourcegraph-legacy-token", "sgp_{h:40}")], [("sourcegraph-commit", "{h:40}")]),
    "splunk": ("SPLUNK_HEC_TOKEN", [("splunk-hec-token", "{u}")], [("splunk-search-id", "scheduler__admin__search__RMD5{h:16}_at_{d:10}_{d:3}")]),
    "spotify": ("SPOTIFY_CLIENT_SECRET", [("spotify-client-secret", "{h:32}")], [("spotify-client-id", "{h:32}")]),
    "teamcity": ("TEAMCITY_TOKEN", [("teamcity-access-token", teamcity)], [("teamcity-build-id", "{d:6}")]),
    "tigris": ("TIGRIS_SECRET_ACCESS_KEY", [("tigris-secret", "tsec_{B:43}")], [("tigris-key-id", "tid_{A:30}")]),
    "tinybird": ("TINYBIRD_TOKEN", [("tinybird-token", tinybird)], [("tinybird-workspace-id", "{u}")]),
    "triggerdev": ("TRIGGER_SECRET_KEY", [("trigger-prod-key", "tr_prod_{A:20}"), ("trigger-pat", "tr_pat_{a:40}")], [("trigger-public-key", "pk_prod_{A:20}")]),
    "twilio": ("TWILIO_AUTH_TOKEN", [("twilio-auth-token", "{h:32}"), ("twilio-api-key-secret", "{A:32}")], [("twilio-account-sid", "AC{h:32}")]),
    "twitch": ("TWITCH_CLIENT_SECRET", [("twitch-client-secret", "{a:30}"), ("twitch-oauth", "oauth:{a:30}")], [("twitch-client-id", "{a:30}")]),
    "upstash": ("UPSTASH_REDIS_REST_TOKEN", [("upstash-rest-token", upstash_rest), ("upstash-redis-url", "rediss://default:{h:32}@eu1-brave-lark-{d:5}.upstash.io:6379")], [("upstash-db-id", "{u}")]),
    "vectara": ("VECTARA_API_KEY", [("vectara-index-key", "zwt_{B:38}"), ("vectara-query-key", "zqt_{B:38}")], [("vectara-corpus-key", "support-docs")]),
    "virustotal": ("VT_API_KEY", [("virustotal-api-key", "{h:64}")], [("file-sha256", "{h:64}")]),
    "wakatime": ("WAKATIME_API_KEY", [("wakatime-api-key", "waka_{u}")], [("wakatime-user-id", "{u}")]),
    "windows": ("WIN_ADMIN_PASSWORD", [("unattend-password", win_unattend)], [("windows-product-key-sample", "VK7JG-NPHTM-C97JM-9MPGT-3V66T")]),
    "yandexcloud": ("YC_API_KEY", [("yandexcloud-api-key", "AQVN{B:36}"), ("yandexcloud-iam-token", "t1.9euelZq{B:76}.{B:86}")], [("yandexcloud-folder-id", "b1g{a:17}")]),
    "zapier": ("ZAPIER_HOOK_URL", [("zapier-catch-hook", "https://hooks.zapier.com/hooks/catch/{d:8}/{a:7}/")], [("zapier-zap-id", "{d:9}")]),
}
