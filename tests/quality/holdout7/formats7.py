"""Credential formats for the seventh held-out corpus, written blind from providers' docs
(SOURCES.md says per provider what was checked). Values are random fakes, seeded."""
import base64
import json
import random
import string
import uuid as _uuid
import zlib

R = random.Random(7)
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DG
B62 = DG + UP + LO
HEX = "0123456789abcdef"
B64U = AN + "-_"
B64 = AN + "+/"


def s(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def an(n):
    return s(AN, n)


def hx(n):
    return s(HEX, n)


def HX(n):
    return s(HEX.upper(), n)


def lo(n):
    return s(LO + DG, n)


def uu():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64u(n):
    return s(B64U, n)


def crc_b62(body):
    c, out = zlib.crc32(body.encode()), ""
    while c:
        c, r = divmod(c, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def gh(prefix):
    body = an(30)
    return prefix + body + crc_b62(body)


def jwt(payload):
    e = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    return e({"alg": "HS256", "typ": "JWT"}) + "." + e(payload) + "." + b64u(43)


def pem(kind="PRIVATE KEY", nbytes=1190):
    body = b64(nbytes)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def password():
    return s(AN, 6) + R.choice("!#%^*-_+") + s(AN, 8) + R.choice("!#%*-_") + s(DG, 2)


def hublet():
    return R.choice(["na1", "na2", "eu1", "ap1", "na3"])


def hs_pak():
    h = hublet()
    body = b"\x0a\x24" + ("%s-%s-%s-%s-%s-%s" % (h, hx(4), hx(4), hx(4), hx(4), hx(12))).encode() + b"\x10" + bytes(R.getrandbits(8) | 0x80 for _ in range(3)) + b"\x01\x18" + bytes(R.getrandbits(8) | 0x80 for _ in range(3)) + b"\x02*\x19\x00\x05" + bytes(R.getrandbits(8) for _ in range(23)) + b"J\x03" + h.encode()
    return base64.urlsafe_b64encode(body).decode().rstrip("=")


def intercom():
    return base64.b64encode(("tok:%s:1:0" % uu()).encode()).decode()


def neptune():
    d = {"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uu()}
    return base64.b64encode(json.dumps(d).encode()).decode()


def onepassword_sa():
    d = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u(22)}, "email": "%s@%s.1password.com" % (lo(12), lo(13)), "srpX": hx(64), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(43), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (s(UP + DG, 6), s(UP + DG, 6), s(UP + DG, 5), s(UP + DG, 5), s(UP + DG, 5), s(UP + DG, 5)), "throttleSecret": {"seed": hx(64), "deviceUuid": lo(26)}, "deviceUuid": lo(26)}
    return "ops_" + base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


def sentry_org():
    d = {"iat": 1718000000.0, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": lo(10)}
    return "sntrys_" + base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + b64u(43)


def teams_hook():
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (lo(8), uu(), uu(), hx(32), uu(), b64u(43))


def gchat_hook():
    return "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=%s%%3D" % (b64u(7), b64u(43))


def cloudinary_url():
    return "cloudinary://%s:%s@%s" % (s(DG, 15), b64u(27), lo(9))


def twitter_bearer():
    return "A" * 22 + s(AN, 19) + "%3D" + s(AN, 50)


def E(env, *pos, dec=()):
    return (env, list(pos), list(dec))


# provider: (ENV base, [(format, env name, generator)] positives, [(decoy kind, env name, generator)] decoys)
PROVIDERS = {
    "adobe": E("ADOBE", ("client-secret", "ADOBE_CLIENT_SECRET", lambda: "p8e-" + an(32)),
               dec=[("public-client-id", "ADOBE_CLIENT_ID", lambda: hx(32)), ("placeholder", "ADOBE_CLIENT_SECRET", lambda: "p8e-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]),
    "age": E("SOPS_AGE", ("secret-key", "SOPS_AGE_KEY", lambda: "AGE-SECRET-KEY-1" + s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)),
             dec=[("public-key", "SOPS_AGE_RECIPIENTS", lambda: "age1" + s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)), ("truncated", "SOPS_AGE_KEY", lambda: "AGE-SECRET-KEY-1" + s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 12) + "...")]),
    "algolia": E("ALGOLIA", ("admin-key", "ALGOLIA_ADMIN_API_KEY", lambda: hx(32)),
                 dec=[("public-app-id", "ALGOLIA_APP_ID", lambda: s(UP + DG, 10)), ("placeholder", "ALGOLIA_ADMIN_API_KEY", lambda: "YourAdminAPIKey")]),
    "apify": E("APIFY", ("api-token", "APIFY_TOKEN", lambda: "apify_api_" + an(36)),
               dec=[("placeholder", "APIFY_TOKEN", lambda: "apify_api_<your-token>"), ("public-user-id", "APIFY_USER_ID", lambda: an(17))]),
    "apple": E("APPLE", ("app-specific-password", "FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD", lambda: "-".join(s(LO, 4) for _ in range(4))),
               dec=[("public-key-id", "APP_STORE_CONNECT_KEY_ID", lambda: s(UP + DG, 10)), ("public-issuer-id", "APP_STORE_CONNECT_ISSUER_ID", uu)]),
    "asana": E("ASANA", ("pat-v1", "ASANA_ACCESS_TOKEN", lambda: "1/%s:%s" % (s(DG, 16), hx(32))),
               ("pat-v2", "ASANA_PAT", lambda: "2/%s/%s:%s" % (s(DG, 16), s(DG, 16), hx(32))),
               dec=[("public-workspace-gid", "ASANA_WORKSPACE_GID", lambda: s(DG, 16)), ("truncated", "ASANA_PAT", lambda: "2/" + s(DG, 16) + "/...")]),
    "assemblyai": E("ASSEMBLYAI", ("api-key", "ASSEMBLYAI_API_KEY", lambda: hx(32)),
                    dec=[("placeholder", "ASSEMBLYAI_API_KEY", lambda: "<YOUR_API_KEY>"), ("transcript-id", "ASSEMBLYAI_TRANSCRIPT_ID", uu)]),
    "astra": E("ASTRA_DB", ("application-token", "ASTRA_DB_APPLICATION_TOKEN", lambda: "AstraCS:%s:%s" % (an(24), hx(64))),
               dec=[("public-db-id", "ASTRA_DB_ID", uu), ("placeholder", "ASTRA_DB_APPLICATION_TOKEN", lambda: "AstraCS:...")]),
    "atlassian": E("JIRA", ("api-token", "JIRA_API_TOKEN", lambda: "ATATT3xFfGF0" + b64u(171) + "=" + HX(8)),
                   ("api-token-legacy", "CONFLUENCE_API_TOKEN", lambda: an(24)),
                   dec=[("public-email", "JIRA_USER_EMAIL", lambda: "ci-bot@example.com"), ("placeholder", "JIRA_API_TOKEN", lambda: "ATATT3xFfGF0...")]),
    "auth0": E("AUTH0", ("client-secret", "AUTH0_CLIENT_SECRET", lambda: b64u(64)),
               dec=[("public-client-id", "AUTH0_CLIENT_ID", lambda: an(32)), ("public-domain", "AUTH0_DOMAIN", lambda: "dev-%s.us.auth0.com" % lo(16))]),
    "aws": E("AWS", ("access-key-id", "AWS_ACCESS_KEY_ID", lambda: "AKIA" + s(UP + "234567", 16)),
             ("secret-access-key", "AWS_SECRET_ACCESS_KEY", lambda: s(AN + "+/", 40)),
             dec=[("docs-example", "AWS_SECRET_ACCESS_KEY", lambda: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), ("docs-example-id", "AWS_ACCESS_KEY_ID", lambda: "AKIAIOSFODNN7EXAMPLE")]),
    "axiom": E("AXIOM", ("api-token", "AXIOM_TOKEN", lambda: "xaat-" + uu()), ("personal-token", "AXIOM_PERSONAL_TOKEN", lambda: "xapt-" + uu()),
               dec=[("public-org-id", "AXIOM_ORG_ID", lambda: "acme-" + lo(4)), ("placeholder", "AXIOM_TOKEN", lambda: "xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")]),
    "azure": E("AZURE", ("client-secret", "AZURE_CLIENT_SECRET", lambda: s(AN, 3) + R.choice(DG) + "Q~" + s(AN + "_~.-", 34)),
               ("storage-connection-string", "AZURE_STORAGE_CONNECTION_STRING", lambda: "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (lo(12), b64(64))),
               dec=[("public-tenant-id", "AZURE_TENANT_ID", uu), ("docs-example", "AZURE_STORAGE_CONNECTION_STRING", lambda: "UseDevelopmentStorage=true")]),
    "bitwarden": E("BWS", ("access-token", "BWS_ACCESS_TOKEN", lambda: "0.%s.%s:%s" % (uu(), an(30), b64(16))),
                   dec=[("public-org-id", "BW_ORGANIZATION_ID", uu), ("placeholder", "BWS_ACCESS_TOKEN", lambda: "0.<uuid>.<secret>:<key>")]),
    "box": E("BOX", ("client-secret", "BOX_CLIENT_SECRET", lambda: an(32)), ("developer-token", "BOX_DEVELOPER_TOKEN", lambda: an(32)),
             dec=[("public-client-id", "BOX_CLIENT_ID", lambda: lo(32)), ("public-enterprise-id", "BOX_ENTERPRISE_ID", lambda: s(DG, 9))]),
    "braintree": E("BRAINTREE", ("access-token", "BRAINTREE_ACCESS_TOKEN", lambda: "access_token$production$%s$%s" % (lo(16), hx(32))),
                   ("private-key", "BRAINTREE_PRIVATE_KEY", lambda: hx(32)),
                   dec=[("public-key", "BRAINTREE_PUBLIC_KEY", lambda: lo(16)), ("public-merchant-id", "BRAINTREE_MERCHANT_ID", lambda: lo(16))]),
    "braze": E("BRAZE", ("rest-api-key", "BRAZE_REST_API_KEY", uu),
               dec=[("public-app-id", "BRAZE_APP_ID", uu), ("public-endpoint", "BRAZE_REST_ENDPOINT", lambda: "https://rest.iad-01.braze.com")]),
    "brevo": E("BREVO", ("api-key", "BREVO_API_KEY", lambda: "xkeysib-%s-%s" % (hx(64), an(16))), ("smtp-key", "BREVO_SMTP_KEY", lambda: "xsmtpsib-%s-%s" % (hx(64), an(16))),
               dec=[("truncated", "BREVO_API_KEY", lambda: "xkeysib-" + hx(10) + "****"), ("placeholder", "BREVO_API_KEY", lambda: "xkeysib-YOUR_API_KEY")]),
    "browserstack": E("BROWSERSTACK", ("access-key", "BROWSERSTACK_ACCESS_KEY", lambda: an(20)),
                      dec=[("public-username", "BROWSERSTACK_USERNAME", lambda: lo(8) + "_" + an(6)), ("placeholder", "BROWSERSTACK_ACCESS_KEY", lambda: "YOUR_ACCESS_KEY")]),
    "buildkite": E("BUILDKITE", ("api-token", "BUILDKITE_API_TOKEN", lambda: "bkua_" + hx(40)), ("agent-token", "BUILDKITE_AGENT_TOKEN", lambda: lo(50)),
                   dec=[("public-org-slug", "BUILDKITE_ORGANIZATION_SLUG", lambda: "acme-" + lo(5)), ("hash", "BUILDKITE_COMMIT", lambda: hx(40))]),
    "calcom": E("CAL", ("api-key", "CAL_API_KEY", lambda: "cal_live_" + hx(32)),
                dec=[("placeholder", "CAL_API_KEY", lambda: "cal_live_xxxxxxxxxxxxxxxx"), ("public-event-type-id", "CAL_EVENT_TYPE_ID", lambda: s(DG, 6))]),
    "cerebras": E("CEREBRAS", ("api-key", "CEREBRAS_API_KEY", lambda: "csk-" + lo(48)),
                  dec=[("placeholder", "CEREBRAS_API_KEY", lambda: "csk-********"), ("model-id", "CEREBRAS_MODEL", lambda: "llama3.1-8b")]),
    "chargebee": E("CHARGEBEE", ("api-key", "CHARGEBEE_API_KEY", lambda: "live_" + an(34)),
                   dec=[("public-site", "CHARGEBEE_SITE", lambda: "acme-" + lo(6) + "-test"), ("placeholder", "CHARGEBEE_API_KEY", lambda: "live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]),
    "checkoutcom": E("CKO", ("secret-key", "CKO_SECRET_KEY", lambda: "sk_" + lo(27)), ("sandbox-secret-key", "CKO_SANDBOX_SECRET_KEY", lambda: "sk_sbox_" + lo(27)),
                     dec=[("public-key", "CKO_PUBLIC_KEY", lambda: "pk_sbox_" + lo(27)), ("placeholder", "CKO_SECRET_KEY", lambda: "sk_sbox_xxxxxxxxxxxxxxxxxxxxxxxxxxx")]),
    "circleci": E("CIRCLECI", ("personal-token", "CIRCLECI_TOKEN", lambda: "CCIPAT_%s_%s" % (an(22), hx(40))), ("project-token", "CIRCLE_TOKEN", lambda: "CCIPRJ_%s_%s" % (an(22), hx(40))),
                  dec=[("hash", "CIRCLE_SHA1", lambda: hx(40)), ("env-ref", "CIRCLECI_TOKEN", lambda: "${CIRCLECI_TOKEN}")]),
    "clickup": E("CLICKUP", ("api-token", "CLICKUP_API_TOKEN", lambda: "pk_%s_%s" % (s(DG, 8), s(UP + DG, 32))),
                 dec=[("public-team-id", "CLICKUP_TEAM_ID", lambda: s(DG, 8)), ("placeholder", "CLICKUP_API_TOKEN", lambda: "pk_XXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]),
    "clojars": E("CLOJARS", ("deploy-token", "CLOJARS_PASSWORD", lambda: "CLOJARS_" + hx(60)),
                 dec=[("public-username", "CLOJARS_USERNAME", lambda: lo(9)), ("truncated", "CLOJARS_PASSWORD", lambda: "CLOJARS_" + hx(8))]),
    "cloudinary": E("CLOUDINARY", ("url", "CLOUDINARY_URL", cloudinary_url), ("api-secret", "CLOUDINARY_API_SECRET", lambda: b64u(27)),
                    dec=[("public-api-key", "CLOUDINARY_API_KEY", lambda: s(DG, 15)), ("docs-example", "CLOUDINARY_URL", lambda: "cloudinary://<api_key>:<api_secret>@<cloud_name>")]),
    "cloudsmith": E("CLOUDSMITH", ("api-key", "CLOUDSMITH_API_KEY", lambda: hx(40)),
                    dec=[("public-repo", "CLOUDSMITH_REPOSITORY", lambda: "acme/" + lo(7)), ("hash", "CLOUDSMITH_PACKAGE_SHA", lambda: hx(40))]),
    "cohere": E("CO", ("api-key", "CO_API_KEY", lambda: an(40)),
                dec=[("placeholder", "CO_API_KEY", lambda: "<<apiKey>>"), ("model-id", "COHERE_MODEL", lambda: "command-r-plus-08-2024")]),
    "consul": E("CONSUL", ("acl-token", "CONSUL_HTTP_TOKEN", uu),
                dec=[("public-accessor-id", "CONSUL_ACCESSOR_ID", uu), ("docs-example", "CONSUL_HTTP_TOKEN", lambda: "00000000-0000-0000-0000-000000000002")]),
    "coveralls": E("COVERALLS", ("repo-token", "COVERALLS_REPO_TOKEN", lambda: an(33)),
                   dec=[("public-service-name", "COVERALLS_SERVICE_NAME", lambda: "github-actions"), ("hash", "COVERALLS_GIT_COMMIT", lambda: hx(40))]),
    "cratesio": E("CARGO_REGISTRY", ("api-token", "CARGO_REGISTRY_TOKEN", lambda: "cio" + an(32)),
                  dec=[("checksum", "CRATE_CHECKSUM", lambda: hx(64)), ("placeholder", "CARGO_REGISTRY_TOKEN", lambda: "cioXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]),
    "cypress": E("CYPRESS", ("record-key", "CYPRESS_RECORD_KEY", uu),
                 dec=[("public-project-id", "CYPRESS_PROJECT_ID", lambda: lo(6)), ("placeholder", "CYPRESS_RECORD_KEY", lambda: "<record-key>")]),
    "dbtcloud": E("DBT_CLOUD", ("service-token", "DBT_CLOUD_API_TOKEN", lambda: "dbtc_" + b64u(50)), ("personal-token", "DBT_CLOUD_PERSONAL_TOKEN", lambda: "dbtu_" + b64u(50)),
                  dec=[("public-account-id", "DBT_CLOUD_ACCOUNT_ID", lambda: s(DG, 5)), ("placeholder", "DBT_CLOUD_API_TOKEN", lambda: "dbtc_<token>")]),
    "deepgram": E("DEEPGRAM", ("api-key", "DEEPGRAM_API_KEY", lambda: hx(40)),
                  dec=[("public-project-id", "DEEPGRAM_PROJECT_ID", uu), ("placeholder", "DEEPGRAM_API_KEY", lambda: "YOUR_DEEPGRAM_API_KEY")]),
    "deepseek": E("DEEPSEEK", ("api-key", "DEEPSEEK_API_KEY", lambda: "sk-" + hx(32)),
                  dec=[("placeholder", "DEEPSEEK_API_KEY", lambda: "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), ("model-id", "DEEPSEEK_MODEL", lambda: "deepseek-chat")]),
    "deno": E("DENO_DEPLOY", ("access-token", "DENO_DEPLOY_TOKEN", lambda: "ddp_" + an(36)), ("org-token", "DENO_DEPLOY_ORG_TOKEN", lambda: "ddo_" + an(36)),
              dec=[("public-project", "DENO_DEPLOY_PROJECT", lambda: lo(8) + "-api"), ("truncated", "DENO_DEPLOY_TOKEN", lambda: "ddp_" + an(6) + "…")]),
    "digitalocean": E("DIGITALOCEAN", ("pat", "DIGITALOCEAN_ACCESS_TOKEN", lambda: "dop_v1_" + hx(64)), ("oauth-token", "DO_OAUTH_TOKEN", lambda: "doo_v1_" + hx(64)),
                      dec=[("placeholder", "DIGITALOCEAN_ACCESS_TOKEN", lambda: "dop_v1_" + "0" * 64), ("public-droplet-id", "DO_DROPLET_ID", lambda: s(DG, 9))]),
    "doppler": E("DOPPLER", ("personal-token", "DOPPLER_TOKEN", lambda: "dp.pt." + an(43)), ("service-token", "DOPPLER_SERVICE_TOKEN", lambda: "dp.st.prd." + an(40)),
                 dec=[("public-project", "DOPPLER_PROJECT", lambda: "backend"), ("placeholder", "DOPPLER_TOKEN", lambda: "dp.st.xxxx")]),
    "drone": E("DRONE", ("token", "DRONE_TOKEN", lambda: an(32)),
               dec=[("public-server", "DRONE_SERVER", lambda: "https://drone.example.com"), ("hash", "DRONE_COMMIT_SHA", lambda: hx(40))]),
    "drupal": E("DRUPAL", ("hash-salt", "DRUPAL_HASH_SALT", lambda: b64u(74)),
                dec=[("public-config-dir", "DRUPAL_CONFIG_SYNC", lambda: "../config/sync"), ("hash", "DRUPAL_CORE_SHA", lambda: hx(64))]),
    "dub": E("DUB", ("api-key", "DUB_API_KEY", lambda: "dub_" + an(24)),
             dec=[("public-domain", "DUB_DOMAIN", lambda: "go.example.com"), ("placeholder", "DUB_API_KEY", lambda: "dub_xxxxxxxx")]),
    "elevenlabs": E("ELEVENLABS", ("api-key", "ELEVENLABS_API_KEY", lambda: "sk_" + hx(48)), ("api-key-legacy", "XI_API_KEY", lambda: hx(32)),
                    dec=[("public-voice-id", "ELEVENLABS_VOICE_ID", lambda: an(20)), ("placeholder", "ELEVENLABS_API_KEY", lambda: "<your_api_key>")]),
    "facebook": E("FACEBOOK", ("app-secret", "FACEBOOK_APP_SECRET", lambda: hx(32)), ("access-token", "FB_ACCESS_TOKEN", lambda: "EAA" + an(160)),
                  dec=[("public-app-id", "FACEBOOK_APP_ID", lambda: s(DG, 16)), ("public-pixel-id", "FB_PIXEL_ID", lambda: s(DG, 15))]),
    "fastly": E("FASTLY", ("api-token", "FASTLY_API_TOKEN", lambda: b64u(32)),
                dec=[("public-service-id", "FASTLY_SERVICE_ID", lambda: an(22)), ("placeholder", "FASTLY_API_TOKEN", lambda: "YOUR_FASTLY_TOKEN")]),
    "fetchmail": E("FETCHMAIL", ("password", "FETCHMAIL_PASSWORD", password),
                   dec=[("public-user", "FETCHMAIL_USER", lambda: "ops@example.com"), ("placeholder", "FETCHMAIL_PASSWORD", lambda: "changeme")]),
    "figma": E("FIGMA", ("pat", "FIGMA_ACCESS_TOKEN", lambda: "figd_" + b64u(40)),
               dec=[("public-file-key", "FIGMA_FILE_KEY", lambda: an(22)), ("placeholder", "FIGMA_ACCESS_TOKEN", lambda: "figd_...")]),
    "firecrawl": E("FIRECRAWL", ("api-key", "FIRECRAWL_API_KEY", lambda: "fc-" + hx(32)),
                   dec=[("placeholder", "FIRECRAWL_API_KEY", lambda: "fc-YOUR_API_KEY"), ("job-id", "FIRECRAWL_JOB_ID", uu)]),
    "flyio": E("FLY", ("deploy-token", "FLY_API_TOKEN", lambda: "FlyV1 fm2_" + b64(180).replace("/", "_").replace("+", "-")), ("legacy-token", "FLY_ACCESS_TOKEN", lambda: "fo1_" + b64u(43)),
               dec=[("public-app", "FLY_APP", lambda: "acme-" + lo(5)), ("public-machine-id", "FLY_MACHINE_ID", lambda: hx(14))]),
    "freshdesk": E("FRESHDESK", ("api-key", "FRESHDESK_API_KEY", lambda: an(20)),
                   dec=[("public-domain", "FRESHDESK_DOMAIN", lambda: "acme.freshdesk.com"), ("placeholder", "FRESHDESK_API_KEY", lambda: "YOUR_API_KEY")]),
    "ghost": E("GHOST", ("admin-api-key", "GHOST_ADMIN_API_KEY", lambda: "%s:%s" % (hx(24), hx(64))),
               dec=[("public-content-key", "GHOST_CONTENT_API_KEY", lambda: hx(26)), ("public-url", "GHOST_API_URL", lambda: "https://blog.example.com")]),
    "gitea": E("GITEA", ("access-token", "GITEA_TOKEN", lambda: hx(40)), ("runner-token", "GITEA_RUNNER_REGISTRATION_TOKEN", lambda: an(40)),
               dec=[("hash", "GITEA_COMMIT", lambda: hx(40)), ("placeholder", "GITEA_TOKEN", lambda: "<gitea-token>")]),
    "github": E("GITHUB", ("pat-classic", "GITHUB_TOKEN", lambda: gh("ghp_")), ("pat-fine-grained", "GH_TOKEN", lambda: "github_pat_%s_%s" % (an(22), an(59))), ("app-token", "GITHUB_APP_TOKEN", lambda: gh("ghs_")),
                dec=[("placeholder", "GITHUB_TOKEN", lambda: "ghp_" + "x" * 36), ("env-ref", "GITHUB_TOKEN", lambda: "${{ secrets.GITHUB_TOKEN }}")]),
    "gitlab": E("GITLAB", ("pat", "GITLAB_TOKEN", lambda: "glpat-" + b64u(20)), ("runner-token", "CI_RUNNER_TOKEN", lambda: "glrt-" + b64u(20)), ("deploy-token", "GITLAB_DEPLOY_TOKEN", lambda: "gldt-" + b64u(20)),
                dec=[("placeholder", "GITLAB_TOKEN", lambda: "glpat-xxxxxxxxxxxxxxxxxxxx"), ("hash", "CI_COMMIT_SHA", lambda: hx(40))]),
    "googlechat": E("GOOGLE_CHAT", ("webhook", "GOOGLE_CHAT_WEBHOOK", gchat_hook),
                    dec=[("public-space", "GOOGLE_CHAT_SPACE", lambda: "spaces/AAAA" + b64u(7)), ("placeholder", "GOOGLE_CHAT_WEBHOOK", lambda: "https://chat.googleapis.com/v1/spaces/SPACE/messages?key=KEY&token=TOKEN")]),
    "grafana": E("GRAFANA", ("service-account-token", "GRAFANA_SA_TOKEN", lambda: "glsa_%s_%s" % (an(32), hx(8))), ("cloud-token", "GRAFANA_CLOUD_TOKEN", lambda: "glc_" + base64.b64encode(json.dumps({"o": s(DG, 6), "n": "stack-" + lo(5), "k": an(24), "m": {"r": "prod-us-east-0"}}, separators=(",", ":")).encode()).decode().rstrip("=")),
                 dec=[("public-org-id", "GRAFANA_ORG_ID", lambda: s(DG, 6)), ("placeholder", "GRAFANA_SA_TOKEN", lambda: "glsa_********")]),
    "groq": E("GROQ", ("api-key", "GROQ_API_KEY", lambda: "gsk_" + an(52)),
              dec=[("placeholder", "GROQ_API_KEY", lambda: "gsk_..."), ("model-id", "GROQ_MODEL", lambda: "llama-3.3-70b-versatile")]),
    "helicone": E("HELICONE", ("api-key", "HELICONE_API_KEY", lambda: "sk-helicone-%s-%s-%s-%s" % (lo(7), lo(7), lo(7), lo(7))),
                  dec=[("public-base-url", "HELICONE_BASE_URL", lambda: "https://oai.helicone.ai/v1"), ("placeholder", "HELICONE_API_KEY", lambda: "sk-helicone-<key>")]),
    "heroku": E("HEROKU", ("api-key", "HEROKU_API_KEY", uu), ("api-key-new", "HEROKU_API_TOKEN", lambda: "HRKU-AA" + b64u(58)),
                dec=[("public-app-id", "HEROKU_APP_ID", uu), ("public-app-name", "HEROKU_APP_NAME", lambda: "acme-" + lo(5))]),
    "honeybadger": E("HONEYBADGER", ("personal-token", "HONEYBADGER_PERSONAL_AUTH_TOKEN", lambda: "hbp_" + an(36)), ("project-key", "HONEYBADGER_API_KEY", lambda: "hbp_" + an(36)),
                     dec=[("public-project-id", "HONEYBADGER_PROJECT_ID", lambda: s(DG, 6)), ("placeholder", "HONEYBADGER_API_KEY", lambda: "PROJECT_API_KEY")]),
    "honeycomb": E("HONEYCOMB", ("ingest-key", "HONEYCOMB_API_KEY", lambda: "hcaik_01" + lo(56)), ("classic-key", "HONEYCOMB_WRITEKEY", lambda: hx(32)),
                   dec=[("public-dataset", "HONEYCOMB_DATASET", lambda: "prod-api"), ("placeholder", "HONEYCOMB_API_KEY", lambda: "your-api-key")]),
    "ibmcloud": E("IBMCLOUD", ("api-key", "IBMCLOUD_API_KEY", lambda: b64u(44)),
                  dec=[("public-account-id", "IBMCLOUD_ACCOUNT_ID", lambda: hx(32)), ("placeholder", "IBMCLOUD_API_KEY", lambda: "<IBM_CLOUD_API_KEY>")]),
    "infisical": E("INFISICAL", ("service-token", "INFISICAL_TOKEN", lambda: "st.%s.%s.%s" % (hx(24), hx(32), hx(32))), ("client-secret", "INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET", lambda: hx(64)),
                   dec=[("public-client-id", "INFISICAL_UNIVERSAL_AUTH_CLIENT_ID", uu), ("public-project-id", "INFISICAL_PROJECT_ID", uu)]),
    "infracost": E("INFRACOST", ("api-key", "INFRACOST_API_KEY", lambda: "ico-" + an(32)),
                   dec=[("placeholder", "INFRACOST_API_KEY", lambda: "ico-xxxx"), ("env-ref", "INFRACOST_API_KEY", lambda: "${{ secrets.INFRACOST_API_KEY }}")]),
    "instagram": E("INSTAGRAM", ("access-token", "INSTAGRAM_ACCESS_TOKEN", lambda: "IGQVJ" + b64u(180)), ("graph-token", "IG_USER_TOKEN", lambda: "IGAA" + an(150)),
                   dec=[("public-user-id", "INSTAGRAM_USER_ID", lambda: s(DG, 17)), ("public-app-id", "INSTAGRAM_APP_ID", lambda: s(DG, 16))]),
    "intercom": E("INTERCOM", ("access-token", "INTERCOM_ACCESS_TOKEN", intercom),
                  dec=[("public-app-id", "INTERCOM_APP_ID", lambda: lo(8)), ("placeholder", "INTERCOM_ACCESS_TOKEN", lambda: "<Your access token>")]),
    "jenkins": E("JENKINS", ("api-token", "JENKINS_API_TOKEN", lambda: "11" + hx(32)),
                 dec=[("public-user", "JENKINS_USER", lambda: "deploy-bot"), ("hash", "GIT_COMMIT", lambda: hx(40))]),
    "jfrog": E("JFROG", ("reference-token", "JFROG_ACCESS_TOKEN", lambda: "cmVmdGtuOjAxOjE3" + b64u(48)), ("api-key", "ARTIFACTORY_API_KEY", lambda: "AKCp8" + an(68)),
               dec=[("public-url", "JFROG_URL", lambda: "https://acme.jfrog.io"), ("checksum", "ARTIFACT_SHA256", lambda: hx(64))]),
    "jina": E("JINA", ("api-key", "JINA_API_KEY", lambda: "jina_" + an(60)),
              dec=[("placeholder", "JINA_API_KEY", lambda: "jina_*****"), ("model-id", "JINA_MODEL", lambda: "jina-embeddings-v3")]),
    "kong": E("KONNECT", ("pat", "KONNECT_TOKEN", lambda: "kpat_" + an(49)), ("system-token", "KONNECT_SYSTEM_TOKEN", lambda: "spat_" + an(49)),
              dec=[("public-control-plane-id", "KONNECT_CONTROL_PLANE_ID", uu), ("placeholder", "KONNECT_TOKEN", lambda: "kpat_xxxxx")]),
    "langfuse": E("LANGFUSE", ("secret-key", "LANGFUSE_SECRET_KEY", lambda: "sk-lf-" + uu()),
                  dec=[("public-key", "LANGFUSE_PUBLIC_KEY", lambda: "pk-lf-" + uu()), ("public-host", "LANGFUSE_HOST", lambda: "https://cloud.langfuse.com")]),
    "linkedin": E("LINKEDIN", ("client-secret", "LINKEDIN_CLIENT_SECRET", lambda: an(16)),
                  dec=[("public-client-id", "LINKEDIN_CLIENT_ID", lambda: lo(14)), ("placeholder", "LINKEDIN_CLIENT_SECRET", lambda: "your_client_secret")]),
    "llamacloud": E("LLAMA_CLOUD", ("api-key", "LLAMA_CLOUD_API_KEY", lambda: "llx-" + an(48)),
                    dec=[("placeholder", "LLAMA_CLOUD_API_KEY", lambda: "llx-..."), ("public-project-id", "LLAMA_CLOUD_PROJECT_ID", uu)]),
    "mailersend": E("MAILERSEND", ("api-token", "MAILERSEND_API_KEY", lambda: "mlsn." + hx(64)),
                    dec=[("public-domain-id", "MAILERSEND_DOMAIN_ID", lambda: lo(15)), ("placeholder", "MAILERSEND_API_KEY", lambda: "mlsn.xxxxxxxx")]),
    "mailgun": E("MAILGUN", ("api-key-legacy", "MAILGUN_API_KEY", lambda: "key-" + hx(32)), ("api-key", "MAILGUN_PRIVATE_KEY", lambda: "%s-%s-%s" % (hx(32), hx(8), hx(8))),
                 dec=[("public-domain", "MAILGUN_DOMAIN", lambda: "mg.example.com"), ("public-validation-key", "MAILGUN_PUBLIC_KEY", lambda: "pubkey-" + hx(32))]),
    "mailjet": E("MJ", ("api-secret", "MJ_APIKEY_PRIVATE", lambda: hx(32)),
                 dec=[("public-api-key", "MJ_APIKEY_PUBLIC", lambda: hx(32)), ("placeholder", "MJ_APIKEY_PRIVATE", lambda: "your-secret-key")]),
    "maxmind": E("MAXMIND", ("license-key", "MAXMIND_LICENSE_KEY", lambda: "%s_%s_mmk" % (an(6), an(29))), ("license-key-legacy", "GEOIPUPDATE_LICENSE_KEY", lambda: an(16)),
                 dec=[("public-account-id", "MAXMIND_ACCOUNT_ID", lambda: s(DG, 6)), ("placeholder", "MAXMIND_LICENSE_KEY", lambda: "YOUR_LICENSE_KEY")]),
    "meraki": E("MERAKI", ("api-key", "MERAKI_DASHBOARD_API_KEY", lambda: hx(40)),
                dec=[("public-org-id", "MERAKI_ORG_ID", lambda: s(DG, 6)), ("docs-example", "MERAKI_DASHBOARD_API_KEY", lambda: "6bec40cf957de430a6f1f2baa056b99a4fac9ea0")]),
    "mercury": E("MERCURY", ("api-token", "MERCURY_API_TOKEN", lambda: "secret-token:mercury_production_wma_%s_yrucrem" % s("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 44)),
                 dec=[("public-account-id", "MERCURY_ACCOUNT_ID", uu), ("placeholder", "MERCURY_API_TOKEN", lambda: "secret-token:mercury_production_...")]),
    "messagebird": E("MESSAGEBIRD", ("access-key", "MESSAGEBIRD_ACCESS_KEY", lambda: an(25)),
                     dec=[("public-channel-id", "MESSAGEBIRD_CHANNEL_ID", lambda: hx(32)), ("placeholder", "MESSAGEBIRD_ACCESS_KEY", lambda: "YOUR_ACCESS_KEY")]),
    "microsoftteams": E("TEAMS", ("webhook", "TEAMS_WEBHOOK_URL", teams_hook),
                        dec=[("placeholder", "TEAMS_WEBHOOK_URL", lambda: "https://example.webhook.office.com/webhookb2/..."), ("public-tenant-id", "TEAMS_TENANT_ID", uu)]),
    "mixpanel": E("MIXPANEL", ("api-secret", "MIXPANEL_API_SECRET", lambda: hx(32)), ("service-account-secret", "MIXPANEL_SERVICE_ACCOUNT_SECRET", lambda: an(32)),
                  dec=[("public-project-token", "MIXPANEL_TOKEN", lambda: hx(32)), ("public-sa-username", "MIXPANEL_SERVICE_ACCOUNT_USERNAME", lambda: "ci.%s.mp-service-account" % lo(6))]),
    "mollie": E("MOLLIE", ("live-key", "MOLLIE_API_KEY", lambda: "live_" + an(30)), ("org-token", "MOLLIE_ACCESS_TOKEN", lambda: "access_" + an(40)),
                dec=[("public-profile-id", "MOLLIE_PROFILE_ID", lambda: "pfl_" + an(10)), ("placeholder", "MOLLIE_API_KEY", lambda: "test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]),
    "neon": E("NEON", ("api-key", "NEON_API_KEY", lambda: "napi_" + lo(64)),
              dec=[("public-project-id", "NEON_PROJECT_ID", lambda: "%s-%s-%s" % (lo(5), lo(5), lo(8))), ("placeholder", "NEON_API_KEY", lambda: "napi_...")]),
    "neptune": E("NEPTUNE", ("api-token", "NEPTUNE_API_TOKEN", neptune),
                 dec=[("public-project", "NEPTUNE_PROJECT", lambda: "acme/" + lo(6)), ("docs-example", "NEPTUNE_API_TOKEN", lambda: "ANONYMOUS")]),
    "netlify": E("NETLIFY", ("pat", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + an(36)), ("pat-legacy", "NETLIFY_TOKEN", lambda: b64u(43)),
                 dec=[("public-site-id", "NETLIFY_SITE_ID", uu), ("placeholder", "NETLIFY_AUTH_TOKEN", lambda: "nfp_...")]),
    "ngrok": E("NGROK", ("authtoken", "NGROK_AUTHTOKEN", lambda: "2" + an(26) + "_" + an(21)), ("api-key", "NGROK_API_KEY", lambda: "2" + an(26) + "_" + an(21)),
               dec=[("public-domain", "NGROK_DOMAIN", lambda: lo(8) + ".ngrok.app"), ("placeholder", "NGROK_AUTHTOKEN", lambda: "<your-authtoken>")]),
    "nomad": E("NOMAD", ("acl-token", "NOMAD_TOKEN", uu),
               dec=[("public-accessor-id", "NOMAD_ACCESSOR_ID", uu), ("public-addr", "NOMAD_ADDR", lambda: "https://nomad.service.consul:4646")]),
    "nuget": E("NUGET", ("api-key", "NUGET_API_KEY", lambda: "oy2" + lo(43)),
               dec=[("public-source", "NUGET_SOURCE", lambda: "https://api.nuget.org/v3/index.json"), ("placeholder", "NUGET_API_KEY", lambda: "oy2xxxxxxxx")]),
    "nvidia": E("NVIDIA", ("api-key", "NVIDIA_API_KEY", lambda: "nvapi-" + b64u(64)), ("ngc-key", "NGC_API_KEY", lambda: "nvapi-" + b64u(64)),
                dec=[("placeholder", "NVIDIA_API_KEY", lambda: "nvapi-$API_KEY_REQUIRED_IF_EXECUTING_OUTSIDE_NGC"), ("model-id", "NIM_MODEL", lambda: "meta/llama-3.1-8b-instruct")]),
    "octopusdeploy": E("OCTOPUS", ("api-key", "OCTOPUS_API_KEY", lambda: "API-" + s(UP + DG, 30)),
                       dec=[("public-space-id", "OCTOPUS_SPACE_ID", lambda: "Spaces-" + s(DG, 3)), ("placeholder", "OCTOPUS_API_KEY", lambda: "API-XXXXXXXXXXXXXXXXXXXXXXXXXX")]),
    "okta": E("OKTA", ("api-token", "OKTA_API_TOKEN", lambda: "00" + b64u(40)),
              dec=[("public-org-url", "OKTA_ORG_URL", lambda: "https://dev-%s.okta.com" % s(DG, 8)), ("public-client-id", "OKTA_CLIENT_ID", lambda: "0oa" + an(17))]),
    "onepassword": E("OP", ("service-account-token", "OP_SERVICE_ACCOUNT_TOKEN", onepassword_sa),
                     dec=[("secret-reference", "DB_PASSWORD_REF", lambda: "op://prod/postgres/password"), ("public-vault-id", "OP_VAULT", lambda: lo(26))]),
    "onesignal": E("ONESIGNAL", ("rest-api-key", "ONESIGNAL_REST_API_KEY", lambda: "os_v2_app_" + lo(113)), ("rest-api-key-legacy", "ONESIGNAL_API_KEY", lambda: b64(36)),
                   dec=[("public-app-id", "ONESIGNAL_APP_ID", uu), ("placeholder", "ONESIGNAL_REST_API_KEY", lambda: "YOUR_REST_API_KEY")]),
    "openshift": E("OPENSHIFT", ("oauth-token", "OPENSHIFT_TOKEN", lambda: "sha256~" + b64u(43)),
                   dec=[("public-server", "OPENSHIFT_SERVER", lambda: "https://api.crc.testing:6443"), ("checksum", "IMAGE_DIGEST", lambda: "sha256:" + hx(64))]),
    "oraclecloud": E("OCI", ("auth-token", "OCI_AUTH_TOKEN", lambda: s(AN + "()<>;:_+-.[]{}", 20)),
                     dec=[("public-fingerprint", "OCI_FINGERPRINT", lambda: ":".join(hx(2) for _ in range(16))), ("public-tenancy-ocid", "OCI_TENANCY", lambda: "ocid1.tenancy.oc1.." + lo(60))]),
    "paddle": E("PADDLE", ("api-key", "PADDLE_API_KEY", lambda: "pdl_live_apikey_01%s_%s_A%s" % (lo(24), an(22), an(2))), ("sandbox-api-key", "PADDLE_SANDBOX_API_KEY", lambda: "pdl_sdbx_apikey_01%s_%s_A%s" % (lo(24), an(22), an(2))),
                dec=[("public-client-token", "PADDLE_CLIENT_TOKEN", lambda: "live_" + hx(27)), ("public-vendor-id", "PADDLE_VENDOR_ID", lambda: s(DG, 6))]),
    "pagerduty": E("PAGERDUTY", ("api-token", "PAGERDUTY_TOKEN", lambda: "u+" + b64u(18)), ("routing-key", "PAGERDUTY_ROUTING_KEY", lambda: hx(32)),
                   dec=[("public-service-id", "PAGERDUTY_SERVICE_ID", lambda: "P" + s(UP + DG, 6)), ("docs-example", "PAGERDUTY_TOKEN", lambda: "y_NbAkKc66ryYTWUXYEu")]),
    "paystack": E("PAYSTACK", ("secret-key", "PAYSTACK_SECRET_KEY", lambda: "sk_live_" + hx(40)), ("test-secret-key", "PAYSTACK_TEST_SECRET_KEY", lambda: "sk_test_" + hx(40)),
                  dec=[("public-key", "PAYSTACK_PUBLIC_KEY", lambda: "pk_live_" + hx(40)), ("placeholder", "PAYSTACK_SECRET_KEY", lambda: "sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]),
    "phoenix": E("PHOENIX", ("secret-key-base", "SECRET_KEY_BASE", lambda: b64(48)),
                 dec=[("public-host", "PHX_HOST", lambda: "app.example.com"), ("placeholder", "SECRET_KEY_BASE", lambda: "REPLACE_WITH_mix_phx.gen.secret")]),
    "pinterest": E("PINTEREST", ("access-token", "PINTEREST_ACCESS_TOKEN", lambda: "pina_" + s(UP + DG, 96)), ("app-secret", "PINTEREST_APP_SECRET", lambda: hx(40)),
                   dec=[("public-app-id", "PINTEREST_APP_ID", lambda: s(DG, 7)), ("public-tag-id", "PINTEREST_TAG_ID", lambda: s(DG, 13))]),
    "postfix": E("POSTFIX", ("sasl-password", "SMTP_RELAY_PASSWORD", password),
                 dec=[("public-relay", "RELAYHOST", lambda: "[smtp.example.net]:587"), ("placeholder", "SMTP_RELAY_PASSWORD", lambda: "<password>")]),
    "postgres": E("DATABASE", ("url", "DATABASE_URL", lambda: "postgresql://app_%s:%s@db.%s.internal:5432/app" % (lo(4), password(), lo(6))), ("password", "PGPASSWORD", password),
                  dec=[("docs-example", "DATABASE_URL", lambda: "postgresql://user:password@localhost:5432/dbname"), ("env-ref", "DATABASE_URL", lambda: "postgres://app:${DB_PASSWORD}@db:5432/app")]),
    "posthog": E("POSTHOG", ("personal-api-key", "POSTHOG_PERSONAL_API_KEY", lambda: "phx_" + an(43)),
                 dec=[("public-project-key", "POSTHOG_KEY", lambda: "phc_" + an(43)), ("public-host", "POSTHOG_HOST", lambda: "https://eu.i.posthog.com")]),
    "postman": E("POSTMAN", ("api-key", "POSTMAN_API_KEY", lambda: "PMAK-%s-%s" % (hx(24), hx(34))),
                 dec=[("public-collection-id", "POSTMAN_COLLECTION_UID", lambda: "%s-%s" % (s(DG, 8), uu())), ("placeholder", "POSTMAN_API_KEY", lambda: "PMAK-XXXXXXXXXXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]),
    "promptlayer": E("PROMPTLAYER", ("api-key", "PROMPTLAYER_API_KEY", lambda: "pl_" + hx(32)),
                     dec=[("placeholder", "PROMPTLAYER_API_KEY", lambda: "pl_****"), ("request-id", "PROMPTLAYER_REQUEST_ID", lambda: s(DG, 8))]),
    "pubnub": E("PUBNUB", ("secret-key", "PUBNUB_SECRET_KEY", lambda: "sec-c-" + b64(36)),
                dec=[("public-publish-key", "PUBNUB_PUBLISH_KEY", lambda: "pub-c-" + uu()), ("public-subscribe-key", "PUBNUB_SUBSCRIBE_KEY", lambda: "sub-c-" + uu())]),
    "railway": E("RAILWAY", ("api-token", "RAILWAY_API_TOKEN", uu), ("project-token", "RAILWAY_TOKEN", uu),
                 dec=[("public-project-id", "RAILWAY_PROJECT_ID", uu), ("public-service-id", "RAILWAY_SERVICE_ID", uu)]),
    "rancher": E("RANCHER", ("api-token", "RANCHER_TOKEN", lambda: "token-%s:%s" % (lo(5), lo(54))),
                 dec=[("public-access-key", "RANCHER_ACCESS_KEY", lambda: "token-" + lo(5)), ("public-url", "RANCHER_URL", lambda: "https://rancher.example.com/v3")]),
    "razorpay": E("RAZORPAY", ("key-secret", "RAZORPAY_KEY_SECRET", lambda: an(24)),
                  dec=[("public-key-id", "RAZORPAY_KEY_ID", lambda: "rzp_live_" + an(14)), ("public-test-key-id", "RAZORPAY_TEST_KEY_ID", lambda: "rzp_test_" + an(14))]),
    "rclone": E("RCLONE", ("obscured-pass", "RCLONE_CONFIG_REMOTE_PASS", lambda: b64u(46)),
                dec=[("public-remote", "RCLONE_REMOTE", lambda: "b2:backups/host1"), ("placeholder", "RCLONE_CONFIG_REMOTE_PASS", lambda: "*** ENCRYPTED ***")]),
    "reddit": E("REDDIT", ("client-secret", "REDDIT_CLIENT_SECRET", lambda: b64u(30)),
                dec=[("public-client-id", "REDDIT_CLIENT_ID", lambda: b64u(22)), ("public-user-agent", "REDDIT_USER_AGENT", lambda: "script:acme-bot:v1.2 (by /u/acme)")]),
    "replicate": E("REPLICATE", ("api-token", "REPLICATE_API_TOKEN", lambda: "r8_" + an(37)),
                   dec=[("placeholder", "REPLICATE_API_TOKEN", lambda: "r8_******"), ("model-version", "REPLICATE_MODEL_VERSION", lambda: hx(64))]),
    "riotgames": E("RIOT", ("api-key", "RIOT_API_KEY", lambda: "RGAPI-" + uu()),
                   dec=[("placeholder", "RIOT_API_KEY", lambda: "RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"), ("public-puuid", "RIOT_PUUID", lambda: b64u(78))]),
    "saucelabs": E("SAUCE", ("access-key", "SAUCE_ACCESS_KEY", uu),
                   dec=[("public-username", "SAUCE_USERNAME", lambda: "oauth-" + lo(8) + "-" + hx(5)), ("public-tunnel", "SAUCE_TUNNEL_NAME", lambda: "ci-" + lo(6))]),
    "scaleway": E("SCW", ("secret-key", "SCW_SECRET_KEY", uu),
                  dec=[("public-access-key", "SCW_ACCESS_KEY", lambda: "SCW" + s(UP + DG, 17)), ("public-project-id", "SCW_DEFAULT_PROJECT_ID", uu)]),
    "sendgrid": E("SENDGRID", ("api-key", "SENDGRID_API_KEY", lambda: "SG.%s.%s" % (b64u(22), b64u(43))),
                  dec=[("placeholder", "SENDGRID_API_KEY", lambda: "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), ("public-template-id", "SENDGRID_TEMPLATE_ID", lambda: "d-" + hx(32))]),
    "sentry": E("SENTRY", ("org-token", "SENTRY_AUTH_TOKEN", sentry_org), ("user-token", "SENTRY_USER_TOKEN", lambda: "sntryu_" + hx(64)),
                dec=[("public-dsn", "SENTRY_DSN", lambda: "https://%s@o%s.ingest.sentry.io/%s" % (hx(32), s(DG, 6), s(DG, 7))), ("public-org", "SENTRY_ORG", lambda: "acme")]),
    "shippo": E("SHIPPO", ("live-token", "SHIPPO_API_TOKEN", lambda: "shippo_live_" + hx(40)), ("test-token", "SHIPPO_TEST_TOKEN", lambda: "shippo_test_" + hx(40)),
                dec=[("placeholder", "SHIPPO_API_TOKEN", lambda: "shippo_live_<token>"), ("public-object-id", "SHIPPO_CARRIER_ACCOUNT", lambda: hx(32))]),
    "shodan": E("SHODAN", ("api-key", "SHODAN_API_KEY", lambda: an(32)),
                dec=[("placeholder", "SHODAN_API_KEY", lambda: "YOUR_API_KEY"), ("hash", "SHODAN_FAVICON_HASH", lambda: "-" + s(DG, 9))]),
    "smtp2go": E("SMTP2GO", ("api-key", "SMTP2GO_API_KEY", lambda: "api-" + HX(32)),
                 dec=[("placeholder", "SMTP2GO_API_KEY", lambda: "api-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), ("public-sender", "SMTP2GO_SENDER", lambda: "noreply@example.com")]),
    "snowflake": E("SNOWFLAKE", ("password", "SNOWFLAKE_PASSWORD", password), ("url", "SNOWFLAKE_URL", lambda: "snowflake://etl_user:%s@xy%s.us-east-1/analytics/public?warehouse=etl_wh" % (password(), s(DG, 5)))),
    "sonarcloud": E("SONAR", ("token", "SONAR_TOKEN", lambda: hx(40)),
                    dec=[("public-project-key", "SONAR_PROJECT_KEY", lambda: "acme_" + lo(8)), ("public-organization", "SONAR_ORGANIZATION", lambda: "acme-gh")]),
    "sonarqube": E("SONARQUBE", ("user-token", "SONARQUBE_TOKEN", lambda: "squ_" + hx(40)), ("global-token", "SONAR_GLOBAL_TOKEN", lambda: "sqa_" + hx(40)),
                   dec=[("placeholder", "SONARQUBE_TOKEN", lambda: "squ_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), ("public-host", "SONAR_HOST_URL", lambda: "https://sonar.example.com")]),
    "sourcegraph": E("SRC", ("access-token", "SRC_ACCESS_TOKEN", lambda: "sgp_%s_%s" % (hx(16), hx(40))), ("access-token-legacy", "SOURCEGRAPH_TOKEN", lambda: "sgp_" + hx(40)),
                     dec=[("public-endpoint", "SRC_ENDPOINT", lambda: "https://sourcegraph.com"), ("hash", "SRC_REV", lambda: hx(40))]),
    "spotify": E("SPOTIFY", ("client-secret", "SPOTIFY_CLIENT_SECRET", lambda: hx(32)),
                 dec=[("public-client-id", "SPOTIFY_CLIENT_ID", lambda: hx(32)), ("public-redirect", "SPOTIFY_REDIRECT_URI", lambda: "http://127.0.0.1:8888/callback")]),
    "stytch": E("STYTCH", ("secret", "STYTCH_SECRET", lambda: "secret-live-" + b64u(36)), ("test-secret", "STYTCH_TEST_SECRET", lambda: "secret-test-" + b64u(36)),
                dec=[("public-project-id", "STYTCH_PROJECT_ID", lambda: "project-live-" + uu()), ("public-token", "STYTCH_PUBLIC_TOKEN", lambda: "public-token-live-" + uu())]),
    "sumologic": E("SUMO", ("access-key", "SUMO_ACCESS_KEY", lambda: an(64)),
                   dec=[("public-access-id", "SUMO_ACCESS_ID", lambda: "su" + an(12)), ("public-endpoint", "SUMO_API_ENDPOINT", lambda: "https://api.us2.sumologic.com/api/")]),
    "tavily": E("TAVILY", ("api-key", "TAVILY_API_KEY", lambda: "tvly-" + an(32)), ("dev-key", "TAVILY_DEV_KEY", lambda: "tvly-dev-" + an(32)),
                dec=[("placeholder", "TAVILY_API_KEY", lambda: "tvly-YOUR_API_KEY"), ("request-id", "TAVILY_REQUEST_ID", uu)]),
    "telnyx": E("TELNYX", ("api-key", "TELNYX_API_KEY", lambda: "KEY%s_%s" % (HX(32), an(22))),
                dec=[("public-key", "TELNYX_PUBLIC_KEY", lambda: b64(32)), ("public-connection-id", "TELNYX_CONNECTION_ID", lambda: s(DG, 19))]),
    "tencentcloud": E("TENCENTCLOUD", ("secret-id", "TENCENTCLOUD_SECRET_ID", lambda: "AKID" + an(32)), ("secret-key", "TENCENTCLOUD_SECRET_KEY", lambda: an(32)),
                      dec=[("public-appid", "TENCENTCLOUD_APPID", lambda: "125" + s(DG, 7)), ("public-region", "TENCENTCLOUD_REGION", lambda: "ap-guangzhou")]),
    "toggl": E("TOGGL", ("api-token", "TOGGL_API_TOKEN", lambda: hx(32)),
               dec=[("public-workspace-id", "TOGGL_WORKSPACE_ID", lambda: s(DG, 7)), ("placeholder", "TOGGL_API_TOKEN", lambda: "<your_api_token>")]),
    "travisci": E("TRAVIS", ("api-token", "TRAVIS_API_TOKEN", lambda: b64u(22)),
                  dec=[("hash", "TRAVIS_COMMIT", lambda: hx(40)), ("encrypted-secure", "TRAVIS_SECURE", lambda: b64(256))]),
    "triggerdev": E("TRIGGER", ("secret-key", "TRIGGER_SECRET_KEY", lambda: "tr_prod_" + an(20)), ("pat", "TRIGGER_ACCESS_TOKEN", lambda: "tr_pat_" + an(40)),
                    dec=[("public-project-ref", "TRIGGER_PROJECT_REF", lambda: "proj_" + lo(20)), ("placeholder", "TRIGGER_SECRET_KEY", lambda: "tr_dev_xxxxxxxxxxxxxxxxxxxx")]),
    "twilio": E("TWILIO", ("auth-token", "TWILIO_AUTH_TOKEN", lambda: hx(32)), ("api-key-secret", "TWILIO_API_SECRET", lambda: an(32)),
                dec=[("public-account-sid", "TWILIO_ACCOUNT_SID", lambda: "AC" + hx(32)), ("public-api-key-sid", "TWILIO_API_KEY", lambda: "SK" + hx(32))]),
    "twitter": E("TWITTER", ("bearer-token", "TWITTER_BEARER_TOKEN", twitter_bearer), ("consumer-secret", "TWITTER_API_SECRET", lambda: an(50)),
                 dec=[("public-consumer-key", "TWITTER_API_KEY", lambda: an(25)), ("public-user-id", "TWITTER_USER_ID", lambda: s(DG, 19))]),
    "ubidots": E("UBIDOTS", ("token", "UBIDOTS_TOKEN", lambda: "BBUS-" + an(30)), ("token-legacy", "UBIDOTS_TOKEN_OLD", lambda: "BBFF-" + an(30)),
                 dec=[("public-device-label", "UBIDOTS_DEVICE", lambda: "esp32-" + lo(4)), ("placeholder", "UBIDOTS_TOKEN", lambda: "BBUS-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]),
    "unkey": E("UNKEY", ("root-key", "UNKEY_ROOT_KEY", lambda: "unkey_" + an(24)),
               dec=[("public-api-id", "UNKEY_API_ID", lambda: "api_" + an(22)), ("placeholder", "UNKEY_ROOT_KEY", lambda: "unkey_xxx")]),
    "vectara": E("VECTARA", ("personal-key", "VECTARA_API_KEY", lambda: "zwt_" + b64u(46)), ("index-key", "VECTARA_INDEX_KEY", lambda: "zwt_" + b64u(46)),
                 dec=[("public-customer-id", "VECTARA_CUSTOMER_ID", lambda: s(DG, 10)), ("public-corpus-key", "VECTARA_CORPUS_KEY", lambda: "docs-" + lo(6))]),
    "vercel": E("VERCEL", ("token", "VERCEL_TOKEN", lambda: an(24)), ("token-prefixed", "VERCEL_ACCESS_TOKEN", lambda: "vcp_" + an(56)),
                dec=[("public-project-id", "VERCEL_PROJECT_ID", lambda: "prj_" + an(28)), ("public-org-id", "VERCEL_ORG_ID", lambda: "team_" + an(24))]),
    "virustotal": E("VT", ("api-key", "VT_API_KEY", lambda: hx(64)),
                    dec=[("hash", "SAMPLE_SHA256", lambda: hx(64)), ("placeholder", "VT_API_KEY", lambda: "<apikey>")]),
    "wakatime": E("WAKATIME", ("api-key", "WAKATIME_API_KEY", lambda: "waka_" + uu()),
                  dec=[("public-user-id", "WAKATIME_USER_ID", uu), ("placeholder", "WAKATIME_API_KEY", lambda: "waka_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")]),
    "wandb": E("WANDB", ("api-key", "WANDB_API_KEY", lambda: hx(40)),
               dec=[("public-entity", "WANDB_ENTITY", lambda: "acme-ml"), ("hash", "WANDB_RUN_COMMIT", lambda: hx(40))]),
    "wildfly": E("WILDFLY", ("admin-password", "WILDFLY_ADMIN_PASSWORD", password),
                 dec=[("hash", "WILDFLY_MGMT_USER_HASH", lambda: hx(32)), ("vault-reference", "WILDFLY_VAULT_PASSWORD", lambda: "${VAULT::ds_ExampleDS::password::1}")]),
    "wise": E("WISE", ("api-token", "WISE_API_TOKEN", uu),
              dec=[("public-profile-id", "WISE_PROFILE_ID", lambda: s(DG, 8)), ("public-key", "WISE_WEBHOOK_PUBLIC_KEY", lambda: "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(40))]),
    "wordpress": E("WORDPRESS", ("auth-key", "WORDPRESS_AUTH_KEY", lambda: s(AN + "!#%&()*+,-.:;<=>?@[]^_{|}~", 64)), ("db-password", "WORDPRESS_DB_PASSWORD", password),
                   dec=[("placeholder", "WORDPRESS_AUTH_KEY", lambda: "put your unique phrase here"), ("public-db-user", "WORDPRESS_DB_USER", lambda: "wp_" + lo(5))]),
    "xata": E("XATA", ("api-key", "XATA_API_KEY", lambda: "xau_" + an(36)),
              dec=[("public-branch", "XATA_BRANCH", lambda: "main"), ("placeholder", "XATA_API_KEY", lambda: "xau_<api-key>")]),
    "zoho": E("ZOHO", ("refresh-token", "ZOHO_REFRESH_TOKEN", lambda: "1000.%s.%s" % (hx(32), hx(32))), ("client-secret", "ZOHO_CLIENT_SECRET", lambda: hx(42)),
              dec=[("public-client-id", "ZOHO_CLIENT_ID", lambda: "1000." + s(UP + DG, 30)), ("public-org-id", "ZOHO_ORG_ID", lambda: s(DG, 9))]),
    "zuplo": E("ZUPLO", ("api-key", "ZUPLO_API_KEY", lambda: "zpka_%s_%s" % (hx(32), hx(8))),
               dec=[("public-bucket", "ZUPLO_BUCKET", lambda: "zprj-" + lo(20)), ("placeholder", "ZUPLO_API_KEY", lambda: "zpka_YOUR_KEY")]),
}
PROVIDERS["snowflake"] = E("SNOWFLAKE", *PROVIDERS["snowflake"][1], dec=[("public-account", "SNOWFLAKE_ACCOUNT", lambda: "xy%s.us-east-1" % s(DG, 5)), ("placeholder", "SNOWFLAKE_PASSWORD", lambda: "<password>")])
