"""Value generators for the fifth held-out corpus: one entry per provider.

PROVIDERS[name] = (ENV_BASE, [(format, ENV_NAME, gen)...positives], [(decoy kind, ENV_NAME, gen)...decoys])
Formats were written from the providers' documentation where SOURCES.md says
so, otherwise from memory. Values come from one seeded generator (R) so the
corpus is reproducible; none is a real secret.
"""
import base64
import random
import string
import uuid
import zlib

R = random.Random(5)
A62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64U = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def pk(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def an(n): return pk(string.ascii_letters + string.digits, n)
def hx(n): return pk(HEX, n)
def HXU(n): return pk(HEX.upper(), n)
def lo(n): return pk(string.ascii_lowercase + string.digits, n)
def up(n): return pk(string.ascii_uppercase + string.digits, n)
def dg(n): return str(R.randint(1, 9)) + pk(string.digits, n - 1)
def bu(n): return pk(B64U, n)
def b64(n): return pk(B64, n)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64bytes(n, url=False, pad=True):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = A62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix, n=30):
    """GitHub/npm style: random base62 then a 6-char base62 CRC32 of it."""
    body = an(n)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def fernet():
    return b64bytes(32, url=True)


def slack(kind):
    return "%s-%s-%s-%s" % (kind, dg(11), dg(13), an(24)) if kind == "xoxb" else "%s-%s-%s-%s-%s" % (kind, dg(11), dg(12), dg(13), hx(32))


def jwt(payload):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return "%s.%s.%s" % (h, p, bu(43))


def hubspot_pak(hublet):
    """Protobuf shape of the design note: field 1 = '<hublet>-uuidish', varints, signature, hublet."""
    u = uid().split("-")
    f1 = ("%s-%s-%s-%s-%s" % (hublet, u[1], u[2], u[3], u[4] if len(u[4]) == 12 else hx(12))).encode()
    f1 = (hublet + "-" + hx(4) + "-" + hx(4) + "-" + hx(4) + "-" + hx(4) + "-" + hx(12)).encode()
    def varint(v):
        b = b""
        while True:
            x = v & 0x7F
            v >>= 7
            if v:
                b += bytes([x | 0x80])
            else:
                return b + bytes([x])
    raw = b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(R.randint(10**7, 10**8)) + b"\x18" + varint(R.randint(10**6, 10**7))
    raw += b"\x2a\x19\x00\x05" + bytes(R.getrandbits(8) for _ in range(23)) + b"\x4a\x03" + hublet.encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def hubspot_oauth():
    """0x08 + varint expiry in ms, then random protobuf-ish bytes."""
    ms = 1796000000000 + R.randint(0, 10**10)
    v = b""
    while True:
        x = ms & 0x7F
        ms >>= 7
        if ms:
            v += bytes([x | 0x80])
        else:
            v += bytes([x])
            break
    raw = b"\x08" + v + b"\x12\x02\x00\x01\x18" + bytes(R.getrandbits(8) for _ in range(70))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def hublet_uuid(h):
    return "%s-%s-%s-%s-%s-%s" % (h, hx(4), hx(4), hx(4), hx(4), hx(12))


def atlas_name():
    return "%s-%s-%s" % (R.choice(["happy", "brave", "quiet", "giddy", "tidy", "lucky"]), R.choice(["otter", "lynx", "heron", "bison", "koala"]), dg(3))


def intercom():
    return base64.b64encode(("tok:" + uid() + ":1:0").encode()).decode()


def elastic_key():
    return base64.b64encode(("%s:%s" % (bu(20), bu(22))).encode()).decode()


def telnyx():
    return "KEY0" + HXU(32) + "_" + an(22)


def roblox():
    return "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_" + HXU(560)


def pypi(test=False):
    head = "pypi-AgENdGVzdC5weXBpLm9yZw" if test else "pypi-AgEIcHlwaS5vcmc"
    return head + "CJ" + bu(150)


def twitter_bearer():
    return "A" * 22 + dg(19) + "%3D" + an(38) + "%2B" + an(10)


def openai_proj():
    return "sk-proj-" + bu(74) + "T3BlbkFJ" + bu(74)


def anthropic(kind):
    return "sk-ant-%s-%sAA" % (kind, bu(93))


def ms_teams():
    return "https://acme%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (lo(4), uid(), uid(), hx(32), uid(), bu(45))


def logic_app():
    return "https://prod-%s.westeurope.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (dg(2), hx(32), bu(43))


def discord_bot():
    i = base64.b64encode(dg(19).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (i, bu(6), bu(38))


def gchat():
    return "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s%%3D" % (bu(7), bu(33), bu(43))


def sumo_url():
    return "https://endpoint%s.collection.us2.sumologic.com/receiver/v1/http/ZaVnC4dhaV%s==" % (dg(1), b64(90))


def webex_hook():
    return "https://webexapis.com/v1/webhooks/incoming/" + base64.b64encode(("ciscospark://us/WEBHOOK/" + uid()).encode()).decode().rstrip("=")


def webex_token():
    return "%s_%s_%s" % (an(64), up(4), uid())


def cloudinary_url():
    return "cloudinary://%s:%s@%s" % (dg(15), bu(27), lo(8))


def mongo_url(pw):
    return "mongodb+srv://app_rw:%s@cluster0.%s.mongodb.net/prod?retryWrites=true&w=majority" % (pw, lo(5))


def P(base, pos, dec):
    return (base, pos, dec)


PROVIDERS = {
    "ably": P("ABLY", [("root-key", "ABLY_API_KEY", lambda: "%s.%s:%s" % (bu(6), bu(6), bu(43))),
                       ("subscribe-key", "ABLY_KEY", lambda: "%s.%s:%s" % (an(6), an(6), bu(43)))],
              [("key-name", "ABLY_KEY_NAME", lambda: "%s.%s" % (an(6), an(6))), ("placeholder", "ABLY_API_KEY", lambda: "<app-id>.<key-id>:<key-secret>")]),
    "activecampaign": P("ACTIVECAMPAIGN", [("api-key", "ACTIVECAMPAIGN_API_KEY", lambda: hx(72)), ("api-key", "AC_API_KEY", lambda: hx(72))],
                        [("account-url", "ACTIVECAMPAIGN_URL", lambda: "https://%s.api-us1.com" % lo(8)), ("placeholder", "ACTIVECAMPAIGN_API_KEY", lambda: "YOUR_ACTIVECAMPAIGN_API_KEY")]),
    "adobe": P("ADOBE", [("client-secret", "ADOBE_CLIENT_SECRET", lambda: "p8e-" + bu(32)), ("client-secret", "IMS_CLIENT_SECRET", lambda: "p8e-" + an(32))],
               [("client-id", "ADOBE_CLIENT_ID", lambda: hx(32)), ("org-id", "ADOBE_ORG_ID", lambda: HXU(24) + "@AdobeOrg")]),
    "age": P("AGE", [("secret-key", "AGE_SECRET_KEY", lambda: "AGE-SECRET-KEY-1" + pk(BECH, 58).upper()), ("secret-key", "SOPS_AGE_KEY", lambda: "AGE-SECRET-KEY-1" + pk(BECH, 58).upper())],
             [("public-key", "AGE_RECIPIENT", lambda: "age1" + pk(BECH, 58)), ("truncated", "AGE_SECRET_KEY", lambda: "AGE-SECRET-KEY-1" + pk(BECH, 20).upper())]),
    "airflow": P("AIRFLOW", [("fernet-key", "AIRFLOW__CORE__FERNET_KEY", fernet), ("fernet-key", "FERNET_KEY", fernet)],
                 [("placeholder", "AIRFLOW__CORE__FERNET_KEY", lambda: "{FERNET_KEY}"), ("dag-id", "DAG_ID", lambda: "daily_sync_" + lo(6))]),
    "airtable": P("AIRTABLE", [("pat", "AIRTABLE_TOKEN", lambda: "pat%s.%s" % (an(14), hx(64))), ("legacy-api-key", "AIRTABLE_API_KEY", lambda: "key" + an(14))],
                  [("base-id", "AIRTABLE_BASE_ID", lambda: "app" + an(14)), ("table-id", "AIRTABLE_TABLE", lambda: "tbl" + an(14))]),
    "aiven": P("AIVEN", [("api-token", "AIVEN_TOKEN", lambda: b64(372)), ("api-token", "AIVEN_API_TOKEN", lambda: b64(372))],
               [("project", "AIVEN_PROJECT", lambda: "acme-" + lo(6)), ("service-uri-no-pw", "AIVEN_SERVICE_HOST", lambda: "pg-%s-acme.aivencloud.com" % lo(6))]),
    "akamai": P("AKAMAI", [("client-secret", "AKAMAI_CLIENT_SECRET", lambda: b64bytes(32)), ("client-secret", "EDGEGRID_CLIENT_SECRET", lambda: b64bytes(32))],
                [("client-token", "AKAMAI_CLIENT_TOKEN", lambda: "akab-%s-%s" % (lo(16), lo(16))), ("host", "AKAMAI_HOST", lambda: "akab-%s-%s.luna.akamaiapis.net" % (lo(16), lo(16)))]),
    "algolia": P("ALGOLIA", [("admin-key", "ALGOLIA_ADMIN_KEY", lambda: hx(32)), ("write-key", "ALGOLIA_API_KEY", lambda: hx(32))],
                 [("search-only-key", "ALGOLIA_SEARCH_KEY", lambda: hx(32)), ("app-id", "ALGOLIA_APP_ID", lambda: up(10))]),
    "amplitude": P("AMPLITUDE", [("secret-key", "AMPLITUDE_SECRET_KEY", lambda: hx(32)), ("secret-key", "AMPLITUDE_API_SECRET", lambda: hx(32))],
                   [("api-key-public", "AMPLITUDE_API_KEY", lambda: hx(32)), ("placeholder", "AMPLITUDE_SECRET_KEY", lambda: "your-secret-key-here")]),
    "anthropic": P("ANTHROPIC", [("api-key", "ANTHROPIC_API_KEY", lambda: anthropic("api03")), ("admin-key", "ANTHROPIC_ADMIN_KEY", lambda: anthropic("admin01")),
                                 ("oauth-token", "CLAUDE_CODE_OAUTH_TOKEN", lambda: anthropic("oat01"))],
                   [("truncated", "ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + bu(12) + "..."), ("placeholder", "ANTHROPIC_API_KEY", lambda: "sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx")]),
    "apple": P("APPLE", [("app-specific-password", "APPLE_APP_SPECIFIC_PASSWORD", lambda: "-".join(pk(string.ascii_lowercase, 4) for _ in range(4))),
                         ("app-specific-password", "FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD", lambda: "-".join(pk(string.ascii_lowercase, 4) for _ in range(4)))],
               [("team-id", "APPLE_TEAM_ID", lambda: up(10)), ("key-id", "APP_STORE_KEY_ID", lambda: up(10))]),
    "assemblyai": P("ASSEMBLYAI", [("api-key", "ASSEMBLYAI_API_KEY", lambda: hx(32)), ("api-key", "ASSEMBLY_AI_KEY", lambda: hx(32))],
                    [("transcript-id", "TRANSCRIPT_ID", lambda: uid()), ("placeholder", "ASSEMBLYAI_API_KEY", lambda: "<YOUR_API_KEY>")]),
    "auth0": P("AUTH0", [("client-secret", "AUTH0_CLIENT_SECRET", lambda: bu(64)), ("client-secret", "AUTH0_SECRET_M2M", lambda: bu(64))],
               [("client-id", "AUTH0_CLIENT_ID", lambda: an(32)), ("domain", "AUTH0_DOMAIN", lambda: "acme-%s.us.auth0.com" % lo(5))]),
    "aws": P("AWS", [("access-key-id", "AWS_ACCESS_KEY_ID", lambda: "AKIA" + pk(B32, 16)), ("secret-access-key", "AWS_SECRET_ACCESS_KEY", lambda: b64(40)),
                     ("session-key-id", "AWS_ACCESS_KEY_ID", lambda: "ASIA" + pk(B32, 16))],
             [("docs-example", "AWS_ACCESS_KEY_ID", lambda: "AKIAIOSFODNN7EXAMPLE"), ("docs-example", "AWS_SECRET_ACCESS_KEY", lambda: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]),
    "binance": P("BINANCE", [("api-secret", "BINANCE_API_SECRET", lambda: an(64)), ("api-secret", "BINANCE_SECRET_KEY", lambda: an(64))],
                 [("api-key-id", "BINANCE_API_KEY", lambda: an(64)), ("placeholder", "BINANCE_API_SECRET", lambda: "your_api_secret")]),
    "box": P("BOX", [("client-secret", "BOX_CLIENT_SECRET", lambda: an(32)), ("developer-token", "BOX_DEVELOPER_TOKEN", lambda: an(32))],
             [("client-id", "BOX_CLIENT_ID", lambda: lo(32)), ("enterprise-id", "BOX_ENTERPRISE_ID", lambda: dg(9))]),
    "braintree": P("BRAINTREE", [("access-token", "BRAINTREE_ACCESS_TOKEN", lambda: "access_token$production$%s$%s" % (lo(16), hx(32))),
                                 ("private-key", "BRAINTREE_PRIVATE_KEY", lambda: hx(32))],
                   [("public-key", "BRAINTREE_PUBLIC_KEY", lambda: lo(16)), ("merchant-id", "BRAINTREE_MERCHANT_ID", lambda: lo(16))]),
    "browserstack": P("BROWSERSTACK", [("access-key", "BROWSERSTACK_ACCESS_KEY", lambda: an(20)), ("access-key", "BROWSERSTACK_KEY", lambda: an(20))],
                      [("username", "BROWSERSTACK_USERNAME", lambda: "jdoe_" + an(5)), ("placeholder", "BROWSERSTACK_ACCESS_KEY", lambda: "YOUR_ACCESS_KEY")]),
    "buildkite": P("BUILDKITE", [("api-token", "BUILDKITE_API_TOKEN", lambda: "bkua_" + hx(40)), ("agent-token", "BUILDKITE_AGENT_TOKEN", lambda: an(50))],
                   [("org-slug", "BUILDKITE_ORG", lambda: "acme-" + lo(4)), ("placeholder", "BUILDKITE_API_TOKEN", lambda: "bkua_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]),
    "calcom": P("CALCOM", [("live-key", "CALCOM_API_KEY", lambda: "cal_live_" + hx(32)), ("test-key", "CAL_API_KEY", lambda: "cal_test_" + hx(32))],
                [("event-type-id", "CAL_EVENT_TYPE", lambda: dg(6)), ("placeholder", "CALCOM_API_KEY", lambda: "cal_live_<your key>")]),
    "cerebras": P("CEREBRAS", [("api-key", "CEREBRAS_API_KEY", lambda: "csk-" + lo(48)), ("api-key", "CEREBRAS_KEY", lambda: "csk-" + lo(48))],
                  [("model", "CEREBRAS_MODEL", lambda: "llama3.1-8b"), ("truncated", "CEREBRAS_API_KEY", lambda: "csk-" + lo(6) + "****")]),
    "checkoutcom": P("CHECKOUT", [("secret-key", "CKO_SECRET_KEY", lambda: "sk_sbox_" + pk("abcdefghijklmnopqrstuvwxyz234567", 26)),
                                  ("secret-key-legacy", "CHECKOUT_SECRET_KEY", lambda: "sk_test_" + uid())],
                     [("public-key", "CKO_PUBLIC_KEY", lambda: "pk_sbox_" + pk("abcdefghijklmnopqrstuvwxyz234567", 26)), ("public-key", "CHECKOUT_PUBLIC_KEY", lambda: "pk_test_" + uid())]),
    "circleci": P("CIRCLECI", [("personal-token", "CIRCLECI_TOKEN", lambda: "CCIPAT_%s_%s" % (an(22), hx(40))), ("project-token", "CIRCLE_PROJECT_TOKEN", lambda: "CCIPRJ_%s_%s" % (an(22), hx(40))),
                               ("legacy-token", "CIRCLE_TOKEN", lambda: hx(40))],
                  [("project-slug", "CIRCLE_PROJECT", lambda: "gh/acme/" + lo(8)), ("placeholder", "CIRCLECI_TOKEN", lambda: "CCIPAT_xxxx")]),
    "clojars": P("CLOJARS", [("deploy-token", "CLOJARS_PASSWORD", lambda: "CLOJARS_" + hx(60)), ("deploy-token", "CLOJARS_DEPLOY_TOKEN", lambda: "CLOJARS_" + hx(60))],
                 [("username", "CLOJARS_USERNAME", lambda: "jdoe"), ("placeholder", "CLOJARS_PASSWORD", lambda: "CLOJARS_<token>")]),
    "cloudflare": P("CLOUDFLARE", [("api-token", "CLOUDFLARE_API_TOKEN", lambda: bu(40)), ("global-api-key", "CLOUDFLARE_API_KEY", lambda: hx(37)),
                                   ("origin-ca-key", "CF_ORIGIN_CA_KEY", lambda: "v1.0-%s-%s" % (hx(24), hx(146)))],
                    [("zone-id", "CLOUDFLARE_ZONE_ID", lambda: hx(32)), ("account-id", "CLOUDFLARE_ACCOUNT_ID", lambda: hx(32))]),
    "cloudinary": P("CLOUDINARY", [("url", "CLOUDINARY_URL", cloudinary_url), ("api-secret", "CLOUDINARY_API_SECRET", lambda: bu(27))],
                    [("api-key", "CLOUDINARY_API_KEY", lambda: dg(15)), ("cloud-name", "CLOUDINARY_CLOUD_NAME", lambda: lo(8))]),
    "codecov": P("CODECOV", [("upload-token", "CODECOV_TOKEN", uid), ("upload-token", "CODECOV_UPLOAD_TOKEN", uid)],
                 [("badge-token", "CODECOV_BADGE", lambda: up(10)), ("placeholder", "CODECOV_TOKEN", lambda: "00000000-0000-0000-0000-000000000000")]),
    "cohere": P("COHERE", [("api-key", "COHERE_API_KEY", lambda: an(40)), ("api-key", "CO_API_KEY", lambda: an(40))],
                [("model", "COHERE_MODEL", lambda: "command-r-plus"), ("placeholder", "CO_API_KEY", lambda: "<<apiKey>>")]),
    "coinbase": P("COINBASE", [("cdp-secret", "CDP_API_KEY_SECRET", lambda: b64bytes(64)), ("cdp-secret", "COINBASE_API_SECRET", lambda: b64bytes(64))],
                  [("key-name", "CDP_API_KEY_NAME", lambda: "organizations/%s/apiKeys/%s" % (uid(), uid())), ("key-id", "CDP_API_KEY_ID", uid)]),
    "contentful": P("CONTENTFUL", [("pat", "CONTENTFUL_MANAGEMENT_TOKEN", lambda: "CFPAT-" + bu(43)), ("pat", "CONTENTFUL_CMA_TOKEN", lambda: "CFPAT-" + bu(43))],
                    [("space-id", "CONTENTFUL_SPACE_ID", lambda: lo(12)), ("environment", "CONTENTFUL_ENVIRONMENT", lambda: "master")]),
    "convex": P("CONVEX", [("deploy-key", "CONVEX_DEPLOY_KEY", lambda: "prod:%s|%s" % (atlas_name(), bu(96))), ("preview-key", "CONVEX_DEPLOY_KEY", lambda: "preview:acme:%s|%s" % (lo(8), bu(96)))],
                [("deployment-url", "CONVEX_URL", lambda: "https://%s.convex.cloud" % atlas_name()), ("deployment", "CONVEX_DEPLOYMENT", lambda: "dev:" + atlas_name())]),
    "coveralls": P("COVERALLS", [("repo-token", "COVERALLS_REPO_TOKEN", lambda: an(32)), ("repo-token", "COVERALLS_TOKEN", lambda: an(35))],
                   [("service-name", "COVERALLS_SERVICE_NAME", lambda: "github"), ("placeholder", "COVERALLS_REPO_TOKEN", lambda: "${{ secrets.COVERALLS_REPO_TOKEN }}")]),
    "crowdstrike": P("FALCON", [("client-secret", "FALCON_CLIENT_SECRET", lambda: an(40)), ("client-secret", "CROWDSTRIKE_CLIENT_SECRET", lambda: an(40))],
                     [("client-id", "FALCON_CLIENT_ID", lambda: hx(32)), ("cid", "FALCON_CID", lambda: HXU(32) + "-" + HXU(2))]),
    "cypress": P("CYPRESS", [("record-key", "CYPRESS_RECORD_KEY", uid), ("record-key", "CYPRESS_KEY", uid)],
                 [("project-id", "CYPRESS_PROJECT_ID", lambda: lo(6)), ("placeholder", "CYPRESS_RECORD_KEY", lambda: "<record-key>")]),
    "dbtcloud": P("DBT_CLOUD", [("service-token", "DBT_CLOUD_API_TOKEN", lambda: "dbtc_" + bu(56)), ("personal-token", "DBT_CLOUD_TOKEN", lambda: "dbtu_" + bu(56))],
                  [("account-id", "DBT_CLOUD_ACCOUNT_ID", lambda: dg(5)), ("job-id", "DBT_CLOUD_JOB_ID", lambda: dg(6))]),
    "deepseek": P("DEEPSEEK", [("api-key", "DEEPSEEK_API_KEY", lambda: "sk-" + hx(32)), ("api-key", "DEEPSEEK_KEY", lambda: "sk-" + hx(32))],
                  [("base-url", "DEEPSEEK_BASE_URL", lambda: "https://api.deepseek.com"), ("placeholder", "DEEPSEEK_API_KEY", lambda: "sk-xxxxxxxxxxxxxxxx")]),
    "deno": P("DENO", [("deploy-token", "DENO_DEPLOY_TOKEN", lambda: "ddp_" + an(36)), ("org-token", "DENO_DEPLOY_ORG_TOKEN", lambda: "ddo_" + an(36))],
              [("project", "DENO_PROJECT", lambda: "acme-" + lo(6)), ("placeholder", "DENO_DEPLOY_TOKEN", lambda: "ddp_...")]),
    "digitalocean": P("DIGITALOCEAN", [("pat", "DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + hx(64)), ("oauth", "DO_OAUTH_TOKEN", lambda: "doo_v1_" + hx(64)),
                                       ("refresh", "DO_REFRESH_TOKEN", lambda: "dor_v1_" + hx(64))],
                      [("spaces-key-id", "SPACES_ACCESS_KEY_ID", lambda: "DO00" + up(16)), ("droplet-id", "DROPLET_ID", lambda: dg(9))]),
    "discord": P("DISCORD", [("bot-token", "DISCORD_TOKEN", discord_bot), ("webhook-url", "DISCORD_WEBHOOK_URL", lambda: "https://discord.com/api/webhooks/%s/%s" % (dg(19), bu(68)))],
                 [("application-id", "DISCORD_APPLICATION_ID", lambda: dg(19)), ("public-key", "DISCORD_PUBLIC_KEY", lambda: hx(64))]),
    "doppler": P("DOPPLER", [("service-token", "DOPPLER_TOKEN", lambda: "dp.st.prd." + an(40)), ("personal-token", "DOPPLER_TOKEN", lambda: "dp.pt." + an(43))],
                 [("project", "DOPPLER_PROJECT", lambda: "backend"), ("placeholder", "DOPPLER_TOKEN", lambda: "dp.st.xxxx")]),
    "drupal": P("DRUPAL", [("hash-salt", "DRUPAL_HASH_SALT", lambda: bu(74)), ("hash-salt", "HASH_SALT", lambda: bu(55))],
                [("config-sync", "CONFIG_SYNC_DIRECTORY", lambda: "../config/sync"), ("placeholder", "DRUPAL_HASH_SALT", lambda: "CHANGE-ME-TO-A-RANDOM-HASH-SALT")]),
    "duffel": P("DUFFEL", [("live-token", "DUFFEL_ACCESS_TOKEN", lambda: "duffel_live_" + bu(43)), ("test-token", "DUFFEL_TOKEN", lambda: "duffel_test_" + bu(43))],
                [("offer-id", "OFFER_ID", lambda: "off_" + an(26)), ("placeholder", "DUFFEL_ACCESS_TOKEN", lambda: "duffel_test_...")]),
    "e2b": P("E2B", [("api-key", "E2B_API_KEY", lambda: "e2b_" + hx(40)), ("api-key", "E2B_KEY", lambda: "e2b_" + hx(40))],
             [("template-id", "E2B_TEMPLATE", lambda: lo(20)), ("placeholder", "E2B_API_KEY", lambda: "e2b_***")]),
    "easypost": P("EASYPOST", [("prod-key", "EASYPOST_API_KEY", lambda: "EZAK" + hx(54)), ("test-key", "EASYPOST_TEST_API_KEY", lambda: "EZTK" + hx(54))],
                  [("shipment-id", "SHIPMENT_ID", lambda: "shp_" + hx(32)), ("placeholder", "EASYPOST_API_KEY", lambda: "EZAK_YOUR_KEY")]),
    "elastic": P("ELASTIC", [("api-key", "ELASTIC_API_KEY", elastic_key), ("cloud-api-key", "EC_API_KEY", lambda: "essu_" + b64bytes(66, pad=False))],
                 [("cloud-id", "ELASTIC_CLOUD_ID", lambda: "acme:" + base64.b64encode(("us-east-1.aws.found.io$%s$%s" % (hx(32), hx(32))).encode()).decode()), ("username", "ELASTIC_USER", lambda: "elastic")]),
    "elevenlabs": P("ELEVENLABS", [("api-key", "ELEVENLABS_API_KEY", lambda: "sk_" + hx(48)), ("legacy-key", "XI_API_KEY", lambda: hx(32))],
                    [("voice-id", "ELEVENLABS_VOICE_ID", lambda: an(20)), ("placeholder", "ELEVENLABS_API_KEY", lambda: "sk_...")]),
    "facebook": P("FACEBOOK", [("app-secret", "FACEBOOK_APP_SECRET", lambda: hx(32)), ("access-token", "FB_ACCESS_TOKEN", lambda: "EAA" + an(190))],
                  [("app-id", "FACEBOOK_APP_ID", lambda: dg(16)), ("pixel-id", "FB_PIXEL_ID", lambda: dg(15))]),
    "fastly": P("FASTLY", [("api-token", "FASTLY_API_TOKEN", lambda: bu(32)), ("api-token", "FASTLY_KEY", lambda: bu(32))],
                [("service-id", "FASTLY_SERVICE_ID", lambda: an(22)), ("placeholder", "FASTLY_API_TOKEN", lambda: "YOUR_FASTLY_TOKEN")]),
    "fetchmail": P("FETCHMAIL", [("password", "FETCHMAIL_PASSWORD", lambda: an(18)), ("password", "MAIL_PASSWORD", lambda: an(14) + "!" + dg(3))],
                   [("user", "FETCHMAIL_USER", lambda: "jdoe@acme.example"), ("masked", "FETCHMAIL_PASSWORD", lambda: "********")]),
    "figma": P("FIGMA", [("pat", "FIGMA_TOKEN", lambda: "figd_" + bu(40)), ("oauth", "FIGMA_OAUTH_TOKEN", lambda: "figu_" + bu(40))],
               [("file-key", "FIGMA_FILE_KEY", lambda: an(22)), ("node-id", "FIGMA_NODE", lambda: "%s:%s" % (dg(3), dg(4)))]),
    "flutterwave": P("FLW", [("secret-key", "FLW_SECRET_KEY", lambda: "FLWSECK-%s-X" % hx(32)), ("test-secret", "FLUTTERWAVE_SECRET_KEY", lambda: "FLWSECK_TEST-%s-X" % hx(32))],
                     [("public-key", "FLW_PUBLIC_KEY", lambda: "FLWPUBK-%s-X" % hx(32)), ("public-key", "FLW_PUBLIC_KEY_TEST", lambda: "FLWPUBK_TEST-%s-X" % hx(32))]),
    "freshdesk": P("FRESHDESK", [("api-key", "FRESHDESK_API_KEY", lambda: an(20)), ("api-key", "FRESHDESK_KEY", lambda: an(20))],
                   [("domain", "FRESHDESK_DOMAIN", lambda: "acme%s.freshdesk.com" % lo(3)), ("ticket-id", "TICKET_ID", lambda: dg(5))]),
    "ghost": P("GHOST", [("admin-key", "GHOST_ADMIN_API_KEY", lambda: "%s:%s" % (hx(24), hx(64))), ("admin-key", "GHOST_ADMIN_KEY", lambda: "%s:%s" % (hx(24), hx(64)))],
               [("content-key", "GHOST_CONTENT_API_KEY", lambda: hx(26)), ("url", "GHOST_URL", lambda: "https://blog.acme.example")]),
    "gitbook": P("GITBOOK", [("api-token", "GITBOOK_API_TOKEN", lambda: "gb_api_" + an(40)), ("api-token", "GITBOOK_TOKEN", lambda: "gb_api_" + an(40))],
                 [("space-id", "GITBOOK_SPACE_ID", lambda: an(20)), ("placeholder", "GITBOOK_API_TOKEN", lambda: "gb_api_XXXXXXXX")]),
    "github": P("GITHUB", [("pat-classic", "GITHUB_TOKEN", lambda: crc_token("ghp_")), ("pat-fine-grained", "GH_TOKEN", lambda: "github_pat_%s_%s" % (an(22), an(59))),
                           ("app-installation", "GITHUB_APP_TOKEN", lambda: crc_token("ghs_"))],
                [("placeholder", "GITHUB_TOKEN", lambda: "ghp_" + "x" * 36), ("commit-sha", "GITHUB_SHA", lambda: hx(40))]),
    "gitlab": P("GITLAB", [("pat", "GITLAB_TOKEN", lambda: "glpat-" + bu(20)), ("trigger-token", "GITLAB_TRIGGER_TOKEN", lambda: "glptt-" + hx(40)),
                           ("runner-token", "CI_RUNNER_TOKEN", lambda: "glrt-" + bu(20))],
                [("placeholder", "GITLAB_TOKEN", lambda: "glpat-xxxxxxxxxxxxxxxxxxxx"), ("project-id", "CI_PROJECT_ID", lambda: dg(8))]),
    "gocardless": P("GOCARDLESS", [("live-token", "GOCARDLESS_ACCESS_TOKEN", lambda: "live_" + bu(40)), ("sandbox-token", "GC_ACCESS_TOKEN", lambda: "sandbox_" + bu(40))],
                    [("creditor-id", "GC_CREDITOR", lambda: "CR" + up(12)), ("placeholder", "GOCARDLESS_ACCESS_TOKEN", lambda: "sandbox_xxx")]),
    "google": P("GOOGLE", [("api-key", "GOOGLE_API_KEY", lambda: "AIza" + bu(35)), ("oauth-client-secret", "GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + bu(28)),
                           ("refresh-token", "GOOGLE_REFRESH_TOKEN", lambda: "1//0" + bu(99))],
                [("client-id", "GOOGLE_CLIENT_ID", lambda: "%s-%s.apps.googleusercontent.com" % (dg(12), lo(32))), ("recaptcha-site-key", "RECAPTCHA_SITE_KEY", lambda: "6L" + bu(38))]),
    "googlechat": P("GOOGLE_CHAT", [("webhook-url", "GOOGLE_CHAT_WEBHOOK", gchat), ("webhook-url", "GCHAT_WEBHOOK_URL", gchat)],
                    [("space", "GCHAT_SPACE", lambda: "spaces/AAAA" + bu(7)), ("placeholder", "GOOGLE_CHAT_WEBHOOK", lambda: "https://chat.googleapis.com/v1/spaces/SPACE/messages?key=KEY&token=TOKEN")]),
    "groq": P("GROQ", [("api-key", "GROQ_API_KEY", lambda: "gsk_" + an(52)), ("api-key", "GROQ_KEY", lambda: "gsk_" + an(52))],
              [("model", "GROQ_MODEL", lambda: "llama-3.3-70b-versatile"), ("placeholder", "GROQ_API_KEY", lambda: "gsk_...")]),
    "helicone": P("HELICONE", [("api-key", "HELICONE_API_KEY", lambda: "sk-helicone-%s-%s-%s-%s" % (lo(7), lo(7), lo(7), lo(7))), ("eu-api-key", "HELICONE_KEY", lambda: "sk-helicone-eu-%s-%s-%s-%s" % (lo(7), lo(7), lo(7), lo(7)))],
                  [("write-only-public-key", "HELICONE_PUBLIC_KEY", lambda: "pk-helicone-%s-%s-%s-%s" % (lo(7), lo(7), lo(7), lo(7))), ("placeholder", "HELICONE_API_KEY", lambda: "sk-helicone-<key>")]),
    "heroku": P("HEROKU", [("api-key", "HEROKU_API_KEY", lambda: "HRKU-AA" + bu(58)), ("legacy-key", "HEROKU_API_TOKEN", uid)],
                [("app-name", "HEROKU_APP_NAME", lambda: "acme-" + lo(6)), ("placeholder", "HEROKU_API_KEY", lambda: "HRKU-XXXXXXXX")]),
    "honeycomb": P("HONEYCOMB", [("ingest-key", "HONEYCOMB_API_KEY", lambda: "hcaik_01" + lo(58)), ("classic-key", "HONEYCOMB_WRITEKEY", lambda: hx(32))],
                   [("dataset", "HONEYCOMB_DATASET", lambda: "prod-api"), ("endpoint", "OTEL_EXPORTER_OTLP_ENDPOINT", lambda: "https://api.honeycomb.io")]),
    "huggingface": P("HF", [("user-token", "HF_TOKEN", lambda: "hf_" + pk(string.ascii_letters, 34)), ("org-token", "HUGGINGFACE_ORG_TOKEN", lambda: "api_org_" + pk(string.ascii_letters, 34))],
                     [("model-id", "HF_MODEL", lambda: "acme/%s-7b" % lo(6)), ("placeholder", "HF_TOKEN", lambda: "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]),
    "ibmcloud": P("IBMCLOUD", [("api-key", "IBMCLOUD_API_KEY", lambda: bu(44)), ("api-key", "IC_API_KEY", lambda: bu(44))],
                  [("region", "IBMCLOUD_REGION", lambda: "us-south"), ("account-id", "IBMCLOUD_ACCOUNT", lambda: hx(32))]),
    "infisical": P("INFISICAL", [("service-token", "INFISICAL_TOKEN", lambda: "st.%s.%s.%s" % (hx(24), hx(32), hx(32))), ("client-secret", "INFISICAL_CLIENT_SECRET", lambda: hx(64))],
                   [("client-id", "INFISICAL_CLIENT_ID", uid), ("project-id", "INFISICAL_PROJECT_ID", uid)]),
    "influxdb": P("INFLUX", [("api-token", "INFLUX_TOKEN", lambda: bu(86) + "=="), ("api-token", "INFLUXDB_TOKEN", lambda: bu(86) + "==")],
                  [("org", "INFLUX_ORG", lambda: "acme"), ("bucket", "INFLUX_BUCKET", lambda: "metrics")]),
    "intercom": P("INTERCOM", [("access-token", "INTERCOM_ACCESS_TOKEN", intercom), ("access-token", "INTERCOM_TOKEN", intercom)],
                  [("app-id", "INTERCOM_APP_ID", lambda: lo(8)), ("placeholder", "INTERCOM_ACCESS_TOKEN", lambda: "<access_token>")]),
    "jina": P("JINA", [("api-key", "JINA_API_KEY", lambda: "jina_" + hx(32) + bu(28)), ("api-key", "JINA_KEY", lambda: "jina_" + hx(32) + bu(28))],
              [("model", "JINA_MODEL", lambda: "jina-embeddings-v3"), ("placeholder", "JINA_API_KEY", lambda: "jina_*****")]),
    "jumpcloud": P("JUMPCLOUD", [("api-key", "JUMPCLOUD_API_KEY", lambda: hx(40)), ("api-key", "JC_API_KEY", lambda: hx(40))],
                   [("org-id", "JUMPCLOUD_ORG_ID", lambda: hx(24)), ("placeholder", "JUMPCLOUD_API_KEY", lambda: "YOUR_API_KEY")]),
    "klaviyo": P("KLAVIYO", [("private-key", "KLAVIYO_PRIVATE_API_KEY", lambda: "pk_" + hx(34)), ("private-key", "KLAVIYO_API_KEY", lambda: "pk_" + hx(34))],
                 [("site-id", "KLAVIYO_PUBLIC_KEY", lambda: an(6)), ("list-id", "KLAVIYO_LIST_ID", lambda: an(6))]),
    "kong": P("KONNECT", [("personal-token", "KONNECT_TOKEN", lambda: "kpat_" + an(49)), ("system-token", "KONNECT_SYSTEM_TOKEN", lambda: "spat_" + an(49))],
              [("control-plane", "KONNECT_CONTROL_PLANE", lambda: uid()), ("region", "KONNECT_REGION", lambda: "eu")]),
    "kraken": P("KRAKEN", [("private-key", "KRAKEN_PRIVATE_KEY", lambda: b64bytes(64)), ("private-key", "KRAKEN_API_SECRET", lambda: b64bytes(64))],
                [("api-key-id", "KRAKEN_API_KEY", lambda: b64(56)), ("pair", "KRAKEN_PAIR", lambda: "XBTUSD")]),
    "langfuse": P("LANGFUSE", [("secret-key", "LANGFUSE_SECRET_KEY", lambda: "sk-lf-" + uid()), ("secret-key", "LANGFUSE_SK", lambda: "sk-lf-" + uid())],
                  [("public-key", "LANGFUSE_PUBLIC_KEY", lambda: "pk-lf-" + uid()), ("host", "LANGFUSE_HOST", lambda: "https://cloud.langfuse.com")]),
    "launchdarkly": P("LAUNCHDARKLY", [("access-token", "LD_ACCESS_TOKEN", lambda: "api-" + uid()), ("sdk-key", "LAUNCHDARKLY_SDK_KEY", lambda: "sdk-" + uid())],
                      [("mobile-key", "LD_MOBILE_KEY", lambda: "mob-" + uid()), ("client-side-id", "LD_CLIENT_SIDE_ID", lambda: hx(24))]),
    "linkedin": P("LINKEDIN", [("client-secret", "LINKEDIN_CLIENT_SECRET", lambda: an(16)), ("client-secret", "LINKEDIN_SECRET", lambda: "WPL_AP1.%s.%s==" % (an(16), b64(6)))],
                  [("client-id", "LINKEDIN_CLIENT_ID", lambda: lo(14)), ("redirect", "LINKEDIN_REDIRECT_URI", lambda: "https://acme.example/auth/linkedin/callback")]),
    "linode": P("LINODE", [("pat", "LINODE_TOKEN", lambda: hx(64)), ("pat", "LINODE_CLI_TOKEN", lambda: hx(64))],
                [("region", "LINODE_REGION", lambda: "eu-central"), ("instance-id", "LINODE_ID", lambda: dg(8))]),
    "mailchimp": P("MAILCHIMP", [("api-key", "MAILCHIMP_API_KEY", lambda: "%s-us%d" % (hx(32), R.randint(1, 21))), ("api-key", "MC_API_KEY", lambda: "%s-us%d" % (hx(32), R.randint(1, 21)))],
                   [("audience-id", "MAILCHIMP_LIST_ID", lambda: hx(10)), ("server", "MAILCHIMP_SERVER_PREFIX", lambda: "us6")]),
    "mailersend": P("MAILERSEND", [("api-token", "MAILERSEND_API_KEY", lambda: "mlsn." + hx(64)), ("api-token", "MAILERSEND_TOKEN", lambda: "mlsn." + hx(64))],
                    [("domain-id", "MAILERSEND_DOMAIN_ID", lambda: lo(15)), ("placeholder", "MAILERSEND_API_KEY", lambda: "mlsn.xxxx")]),
    "mandrill": P("MANDRILL", [("api-key", "MANDRILL_API_KEY", lambda: "md-" + bu(22)), ("api-key", "MANDRILL_KEY", lambda: bu(22))],
                  [("subaccount", "MANDRILL_SUBACCOUNT", lambda: "acme-tx"), ("placeholder", "MANDRILL_API_KEY", lambda: "md-XXXXXXXX")]),
    "microsoftteams": P("TEAMS", [("webhook-url", "TEAMS_WEBHOOK_URL", ms_teams), ("workflow-url", "TEAMS_WORKFLOW_URL", logic_app)],
                        [("tenant-id", "TEAMS_TENANT_ID", uid), ("placeholder", "TEAMS_WEBHOOK_URL", lambda: "https://outlook.office.com/webhook/...")]),
    "mistral": P("MISTRAL", [("api-key", "MISTRAL_API_KEY", lambda: an(32)), ("api-key", "MISTRAL_KEY", lambda: an(32))],
                 [("model", "MISTRAL_MODEL", lambda: "mistral-large-latest"), ("placeholder", "MISTRAL_API_KEY", lambda: "your_api_key")]),
    "mixpanel": P("MIXPANEL", [("api-secret", "MIXPANEL_API_SECRET", lambda: hx(32)), ("service-account-secret", "MIXPANEL_SERVICE_ACCOUNT_SECRET", lambda: an(32))],
                  [("project-token", "MIXPANEL_TOKEN", lambda: hx(32)), ("service-account-user", "MIXPANEL_SERVICE_ACCOUNT", lambda: "ci-bot.%s.mp-service-account" % dg(6))]),
    "mongodb": P("MONGODB", [("atlas-sa-secret", "MONGODB_ATLAS_CLIENT_SECRET", lambda: "mdb_sa_sk_" + an(40)), ("atlas-private-key", "MONGODB_ATLAS_PRIVATE_KEY", uid)],
                 [("sa-client-id", "MONGODB_ATLAS_CLIENT_ID", lambda: "mdb_sa_id_" + hx(24)), ("public-key", "MONGODB_ATLAS_PUBLIC_KEY", lambda: lo(8))]),
    "msmtp": P("MSMTP", [("password", "MSMTP_PASSWORD", lambda: an(20)), ("password", "SMTP_PASSWORD", lambda: an(16))],
               [("user", "MSMTP_USER", lambda: "alerts@acme.example"), ("passwordeval", "MSMTP_PASSWORDEVAL", lambda: "gpg -q --decrypt ~/.msmtp.gpg")]),
    "newrelic": P("NEW_RELIC", [("user-key", "NEW_RELIC_API_KEY", lambda: "NRAK-" + up(27)), ("license-key", "NEW_RELIC_LICENSE_KEY", lambda: hx(36) + "NRAL"),
                                ("insert-key", "NEW_RELIC_INSERT_KEY", lambda: "NRII-" + bu(32))],
                  [("browser-key", "NEW_RELIC_BROWSER_KEY", lambda: "NRJS-" + hx(19)), ("account-id", "NEW_RELIC_ACCOUNT_ID", lambda: dg(7))]),
    "nomad": P("NOMAD", [("acl-token", "NOMAD_TOKEN", uid), ("acl-token", "NOMAD_ACL_TOKEN", uid)],
               [("accessor-id", "NOMAD_ACCESSOR_ID", uid), ("addr", "NOMAD_ADDR", lambda: "https://nomad.acme.internal:4646")]),
    "npm": P("NPM", [("access-token", "NPM_TOKEN", lambda: crc_token("npm_")), ("access-token", "NODE_AUTH_TOKEN", lambda: crc_token("npm_"))],
             [("integrity", "NPM_INTEGRITY", lambda: "sha512-" + b64bytes(64)), ("placeholder", "NPM_TOKEN", lambda: "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]),
    "nvidia": P("NVIDIA", [("api-key", "NVIDIA_API_KEY", lambda: "nvapi-" + bu(64)), ("api-key", "NGC_API_KEY", lambda: "nvapi-" + bu(64))],
                [("model", "NIM_MODEL", lambda: "meta/llama-3.1-70b-instruct"), ("placeholder", "NVIDIA_API_KEY", lambda: "nvapi-$API_KEY")]),
    "onesignal": P("ONESIGNAL", [("rest-key", "ONESIGNAL_REST_API_KEY", lambda: "os_v2_app_" + pk("abcdefghijklmnopqrstuvwxyz234567", 113)), ("legacy-rest-key", "ONESIGNAL_API_KEY", lambda: b64(48))],
                     [("app-id", "ONESIGNAL_APP_ID", uid), ("safari-web-id", "ONESIGNAL_SAFARI_ID", lambda: "web.onesignal.auto." + uid())]),
    "openai": P("OPENAI", [("project-key", "OPENAI_API_KEY", openai_proj), ("legacy-key", "OPENAI_KEY", lambda: "sk-" + an(20) + "T3BlbkFJ" + an(20)),
                           ("service-account", "OPENAI_SVC_KEY", lambda: "sk-svcacct-" + bu(74) + "T3BlbkFJ" + bu(74))],
                [("org-id", "OPENAI_ORG_ID", lambda: "org-" + an(24)), ("project-id", "OPENAI_PROJECT", lambda: "proj_" + an(24))]),
    "openrouter": P("OPENROUTER", [("api-key", "OPENROUTER_API_KEY", lambda: "sk-or-v1-" + hx(64)), ("api-key", "OR_KEY", lambda: "sk-or-v1-" + hx(64))],
                    [("model", "OPENROUTER_MODEL", lambda: "anthropic/claude-3.5-sonnet"), ("placeholder", "OPENROUTER_API_KEY", lambda: "sk-or-v1-...")]),
    "opsgenie": P("OPSGENIE", [("api-key", "OPSGENIE_API_KEY", uid), ("api-key", "GENIE_KEY", uid)],
                  [("team-id", "OPSGENIE_TEAM_ID", uid), ("api-url", "OPSGENIE_API_URL", lambda: "https://api.eu.opsgenie.com")]),
    "pagerduty": P("PAGERDUTY", [("api-key", "PAGERDUTY_TOKEN", lambda: "u+" + bu(18)), ("integration-key", "PAGERDUTY_ROUTING_KEY", lambda: hx(32))],
                   [("service-id", "PAGERDUTY_SERVICE_ID", lambda: "P" + up(6)), ("schedule-id", "PD_SCHEDULE", lambda: "P" + up(6))]),
    "papertrail": P("PAPERTRAIL", [("api-token", "PAPERTRAIL_API_TOKEN", lambda: an(20)), ("api-token", "PAPERTRAIL_TOKEN", lambda: an(20))],
                    [("host", "PAPERTRAIL_HOST", lambda: "logs%d.papertrailapp.com" % R.randint(2, 9)), ("port", "PAPERTRAIL_PORT", lambda: dg(5))]),
    "paypal": P("PAYPAL", [("client-secret", "PAYPAL_CLIENT_SECRET", lambda: "E" + bu(79)), ("access-token", "PAYPAL_ACCESS_TOKEN", lambda: "A21AA" + bu(92))],
                [("client-id", "PAYPAL_CLIENT_ID", lambda: "A" + bu(79)), ("merchant-id", "PAYPAL_MERCHANT_ID", lambda: up(13))]),
    "pipedrive": P("PIPEDRIVE", [("api-token", "PIPEDRIVE_API_TOKEN", lambda: hx(40)), ("api-token", "PIPEDRIVE_TOKEN", lambda: hx(40))],
                   [("company-domain", "PIPEDRIVE_DOMAIN", lambda: "acme-" + lo(4)), ("deal-id", "DEAL_ID", lambda: dg(4))]),
    "plivo": P("PLIVO", [("auth-token", "PLIVO_AUTH_TOKEN", lambda: an(40)), ("auth-token", "PLIVO_TOKEN", lambda: an(40))],
               [("auth-id", "PLIVO_AUTH_ID", lambda: "MA" + up(18)), ("number", "PLIVO_NUMBER", lambda: "+1415" + dg(7))]),
    "postfix": P("POSTFIX", [("sasl-password", "RELAY_PASSWORD", lambda: an(24)), ("sasl-password", "SASL_PASSWD", lambda: an(18))],
                 [("relayhost", "RELAYHOST", lambda: "[smtp.acme.example]:587"), ("user", "SASL_USER", lambda: "relay@acme.example")]),
    "postgres": P("PG", [("password", "PGPASSWORD", lambda: an(22)), ("password", "POSTGRES_PASSWORD", lambda: an(16))],
                  [("user", "PGUSER", lambda: "app"), ("empty-pw", "PGPASSWORD", lambda: "*")]),
    "posthog": P("POSTHOG", [("personal-key", "POSTHOG_PERSONAL_API_KEY", lambda: "phx_" + an(47)), ("secure-flag-key", "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", lambda: "phs_" + an(47))],
                 [("project-key", "POSTHOG_KEY", lambda: "phc_" + an(43)), ("host", "POSTHOG_HOST", lambda: "https://eu.i.posthog.com")]),
    "postman": P("POSTMAN", [("api-key", "POSTMAN_API_KEY", lambda: "PMAK-%s-%s" % (hx(24), hx(34))), ("api-key", "POSTMAN_KEY", lambda: "PMAK-%s-%s" % (hx(24), hx(34)))],
                 [("collection-uid", "POSTMAN_COLLECTION", lambda: "%s-%s" % (dg(8), uid())), ("placeholder", "POSTMAN_API_KEY", lambda: "PMAK-{{apiKey}}")]),
    "postmark": P("POSTMARK", [("server-token", "POSTMARK_SERVER_TOKEN", uid), ("account-token", "POSTMARK_ACCOUNT_TOKEN", uid)],
                  [("test-token", "POSTMARK_API_TEST", lambda: "POSTMARK_API_TEST"), ("message-stream", "POSTMARK_STREAM", lambda: "outbound")]),
    "prefect": P("PREFECT", [("api-key", "PREFECT_API_KEY", lambda: "pnu_" + an(36)), ("service-account", "PREFECT_SA_KEY", lambda: "pnb_" + an(36))],
                 [("api-url", "PREFECT_API_URL", lambda: "https://api.prefect.cloud/api/accounts/%s/workspaces/%s" % (uid(), uid())), ("placeholder", "PREFECT_API_KEY", lambda: "pnu_...")]),
    "pypi": P("PYPI", [("upload-token", "PYPI_TOKEN", pypi), ("test-token", "TEST_PYPI_TOKEN", lambda: pypi(True))],
              [("username", "TWINE_USERNAME", lambda: "__token__"), ("placeholder", "PYPI_TOKEN", lambda: "pypi-AgEIcHlwaS5vcmc...")]),
    "rails": P("RAILS", [("secret-key-base", "SECRET_KEY_BASE", lambda: hx(128)), ("master-key", "RAILS_MASTER_KEY", lambda: hx(32))],
               [("env", "RAILS_ENV", lambda: "production"), ("sha256", "ASSET_DIGEST", lambda: hx(64))]),
    "rancher": P("RANCHER", [("api-token", "RANCHER_TOKEN", lambda: "token-%s:%s" % (lo(5), lo(54))), ("api-token", "CATTLE_TOKEN", lambda: "token-%s:%s" % (lo(5), lo(54)))],
                 [("url", "RANCHER_URL", lambda: "https://rancher.acme.example/v3"), ("access-key", "RANCHER_ACCESS_KEY", lambda: "token-" + lo(5))]),
    "reddit": P("REDDIT", [("client-secret", "REDDIT_CLIENT_SECRET", lambda: bu(30)), ("client-secret", "REDDIT_SECRET", lambda: bu(27))],
                [("client-id", "REDDIT_CLIENT_ID", lambda: bu(22)), ("user-agent", "REDDIT_USER_AGENT", lambda: "acme-bot/0.1 by u/acme")]),
    "render": P("RENDER", [("api-key", "RENDER_API_KEY", lambda: "rnd_" + an(32)), ("api-key", "RENDER_TOKEN", lambda: "rnd_" + an(32))],
                [("service-id", "RENDER_SERVICE_ID", lambda: "srv-" + lo(20)), ("deploy-hook", "RENDER_DEPLOY_HOOK_ID", lambda: "srv-" + lo(20))]),
    "replicate": P("REPLICATE", [("api-token", "REPLICATE_API_TOKEN", lambda: "r8_" + an(37)), ("api-token", "REPLICATE_TOKEN", lambda: "r8_" + an(37))],
                   [("model-version", "REPLICATE_VERSION", lambda: hx(64)), ("placeholder", "REPLICATE_API_TOKEN", lambda: "r8_******")]),
    "resend": P("RESEND", [("api-key", "RESEND_API_KEY", lambda: "re_%s_%s" % (an(8), an(24))), ("api-key", "RESEND_KEY", lambda: "re_%s_%s" % (an(8), an(24)))],
                [("audience-id", "RESEND_AUDIENCE_ID", uid), ("placeholder", "RESEND_API_KEY", lambda: "re_123456789")]),
    "roblox": P("ROBLOX", [("security-cookie", "ROBLOSECURITY", roblox), ("security-cookie", "ROBLOX_COOKIE", roblox)],
                [("universe-id", "ROBLOX_UNIVERSE_ID", lambda: dg(10)), ("place-id", "ROBLOX_PLACE_ID", lambda: dg(11))]),
    "rubygems": P("RUBYGEMS", [("api-key", "GEM_HOST_API_KEY", lambda: "rubygems_" + hx(48)), ("legacy-key", "RUBYGEMS_API_KEY", lambda: hx(32))],
                  [("gem-sha", "GEM_CHECKSUM", lambda: hx(64)), ("placeholder", "GEM_HOST_API_KEY", lambda: "rubygems_<key>")]),
    "sanity": P("SANITY", [("api-token", "SANITY_API_TOKEN", lambda: "sk" + an(180)), ("api-token", "SANITY_AUTH_TOKEN", lambda: "sk" + an(180))],
                [("project-id", "SANITY_PROJECT_ID", lambda: lo(8)), ("dataset", "SANITY_DATASET", lambda: "production")]),
    "scaleway": P("SCW", [("secret-key", "SCW_SECRET_KEY", uid), ("secret-key", "SCALEWAY_SECRET_KEY", uid)],
                  [("access-key", "SCW_ACCESS_KEY", lambda: "SCW" + up(17)), ("project-id", "SCW_DEFAULT_PROJECT_ID", uid)]),
    "scalingo": P("SCALINGO", [("api-token", "SCALINGO_API_TOKEN", lambda: "tk-us-" + bu(48)), ("api-token", "SCALINGO_TOKEN", lambda: "tk-us-" + bu(48))],
                  [("region", "SCALINGO_REGION", lambda: "osc-fr1"), ("app", "SCALINGO_APP", lambda: "acme-" + lo(5))]),
    "sendgrid": P("SENDGRID", [("api-key", "SENDGRID_API_KEY", lambda: "SG.%s.%s" % (bu(22), bu(43))), ("api-key", "SG_KEY", lambda: "SG.%s.%s" % (bu(22), bu(43)))],
                  [("template-id", "SENDGRID_TEMPLATE_ID", lambda: "d-" + hx(32)), ("placeholder", "SENDGRID_API_KEY", lambda: "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]),
    "serpapi": P("SERPAPI", [("api-key", "SERPAPI_API_KEY", lambda: hx(64)), ("api-key", "SERP_API_KEY", lambda: hx(64))],
                 [("engine", "SERPAPI_ENGINE", lambda: "google"), ("placeholder", "SERPAPI_API_KEY", lambda: "secret_api_key")]),
    "shopify": P("SHOPIFY", [("admin-token", "SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + hx(32)), ("shared-secret", "SHOPIFY_API_SECRET", lambda: "shpss_" + hx(32)),
                             ("custom-app", "SHOPIFY_CUSTOM_APP_TOKEN", lambda: "shpca_" + hx(32))],
                 [("api-key", "SHOPIFY_API_KEY", lambda: hx(32)), ("store", "SHOPIFY_STORE_DOMAIN", lambda: "acme-%s.myshopify.com" % lo(4))]),
    "shortcut": P("SHORTCUT", [("api-token", "SHORTCUT_API_TOKEN", uid), ("api-token", "SHORTCUT_TOKEN", uid)],
                  [("workspace", "SHORTCUT_WORKSPACE", lambda: "acme"), ("story-id", "STORY_ID", lambda: dg(5))]),
    "smtp2go": P("SMTP2GO", [("api-key", "SMTP2GO_API_KEY", lambda: "api-" + HXU(32)), ("api-key", "SMTP2GO_KEY", lambda: "api-" + HXU(32))],
                 [("sender", "SMTP2GO_SENDER", lambda: "noreply@acme.example"), ("placeholder", "SMTP2GO_API_KEY", lambda: "api-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]),
    "snyk": P("SNYK", [("api-token", "SNYK_TOKEN", uid), ("api-token", "SNYK_API_TOKEN", uid)],
              [("org-id", "SNYK_ORG_ID", uid), ("integration-id", "SNYK_INTEGRATION_ID", uid)]),
    "sourcegraph": P("SRC", [("access-token", "SRC_ACCESS_TOKEN", lambda: "sgp_%s_%s" % (hx(16), hx(40))), ("legacy-token", "SOURCEGRAPH_TOKEN", lambda: "sgp_" + hx(40))],
                     [("endpoint", "SRC_ENDPOINT", lambda: "https://sourcegraph.acme.example"), ("placeholder", "SRC_ACCESS_TOKEN", lambda: "sgp_...")]),
    "sparkpost": P("SPARKPOST", [("api-key", "SPARKPOST_API_KEY", lambda: hx(40)), ("api-key", "SPARKPOST_KEY", lambda: hx(40))],
                   [("endpoint", "SPARKPOST_ENDPOINT", lambda: "https://api.eu.sparkpost.com"), ("campaign", "SPARKPOST_CAMPAIGN", lambda: "welcome-" + lo(4))]),
    "splunk": P("SPLUNK", [("hec-token", "SPLUNK_HEC_TOKEN", uid), ("observability-token", "SPLUNK_ACCESS_TOKEN", lambda: bu(22))],
                [("index", "SPLUNK_INDEX", lambda: "main"), ("realm", "SPLUNK_REALM", lambda: "us1")]),
    "spotify": P("SPOTIFY", [("client-secret", "SPOTIFY_CLIENT_SECRET", lambda: hx(32)), ("client-secret", "SPOTIPY_CLIENT_SECRET", lambda: hx(32))],
                 [("client-id", "SPOTIFY_CLIENT_ID", lambda: hx(32)), ("playlist", "SPOTIFY_PLAYLIST", lambda: an(22))]),
    "steam": P("STEAM", [("web-api-key", "STEAM_API_KEY", lambda: HXU(32)), ("web-api-key", "STEAM_WEB_API_KEY", lambda: HXU(32))],
               [("steam-id", "STEAM_ID", lambda: "7656119" + dg(10)), ("app-id", "STEAM_APP_ID", lambda: dg(6))]),
    "sumologic": P("SUMO", [("access-key", "SUMO_ACCESS_KEY", lambda: an(64)), ("http-source-url", "SUMO_HTTP_URL", sumo_url)],
                   [("access-id", "SUMO_ACCESS_ID", lambda: "su" + an(12)), ("endpoint", "SUMO_ENDPOINT", lambda: "https://api.us2.sumologic.com/api")]),
    "tavily": P("TAVILY", [("api-key", "TAVILY_API_KEY", lambda: "tvly-" + an(32)), ("dev-key", "TAVILY_KEY", lambda: "tvly-dev-" + an(32))],
                [("search-depth", "TAVILY_DEPTH", lambda: "advanced"), ("placeholder", "TAVILY_API_KEY", lambda: "tvly-YOUR_API_KEY")]),
    "telegram": P("TELEGRAM", [("bot-token", "TELEGRAM_BOT_TOKEN", lambda: "%s:AA%s" % (dg(10), bu(33))), ("bot-token", "TG_TOKEN", lambda: "%s:AA%s" % (dg(9), bu(33)))],
                  [("chat-id", "TELEGRAM_CHAT_ID", lambda: "-100" + dg(10)), ("docs-example", "TELEGRAM_BOT_TOKEN", lambda: "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11")]),
    "telnyx": P("TELNYX", [("api-key", "TELNYX_API_KEY", telnyx), ("api-key", "TELNYX_KEY", telnyx)],
                [("public-key", "TELNYX_PUBLIC_KEY", lambda: b64bytes(32)), ("connection-id", "TELNYX_CONNECTION_ID", lambda: dg(19))]),
    "terraform": P("TFC", [("api-token", "TFE_TOKEN", lambda: "%s.atlasv1.%s" % (an(14), bu(67))), ("api-token", "TF_TOKEN_app_terraform_io", lambda: "%s.atlasv1.%s" % (an(14), bu(67)))],
                   [("workspace-id", "TFC_WORKSPACE_ID", lambda: "ws-" + an(16)), ("org", "TFC_ORG", lambda: "acme")]),
    "todoist": P("TODOIST", [("api-token", "TODOIST_API_TOKEN", lambda: hx(40)), ("api-token", "TODOIST_TOKEN", lambda: hx(40))],
                 [("project-id", "TODOIST_PROJECT", lambda: dg(10)), ("placeholder", "TODOIST_API_TOKEN", lambda: "0123456789abcdef0123456789abcdef01234567")]),
    "toggl": P("TOGGL", [("api-token", "TOGGL_API_TOKEN", lambda: hx(32)), ("api-token", "TOGGL_TOKEN", lambda: hx(32))],
               [("workspace-id", "TOGGL_WORKSPACE_ID", lambda: dg(7)), ("api-token-literal", "TOGGL_PASSWORD", lambda: "api_token")]),
    "travisci": P("TRAVIS", [("api-token", "TRAVIS_API_TOKEN", lambda: bu(22)), ("api-token", "TRAVIS_TOKEN", lambda: bu(22))],
                  [("repo-slug", "TRAVIS_REPO_SLUG", lambda: "acme/" + lo(6)), ("build-id", "TRAVIS_BUILD_ID", lambda: dg(9))]),
    "trello": P("TRELLO", [("token", "TRELLO_TOKEN", lambda: "ATTA" + hx(64) + HXU(8)), ("legacy-token", "TRELLO_API_TOKEN", lambda: hx(64))],
                [("api-key", "TRELLO_API_KEY", lambda: hx(32)), ("board-id", "TRELLO_BOARD_ID", lambda: hx(24))]),
    "twitter": P("TWITTER", [("bearer-token", "TWITTER_BEARER_TOKEN", twitter_bearer), ("consumer-secret", "TWITTER_API_SECRET", lambda: an(50))],
                 [("consumer-key", "TWITTER_API_KEY", lambda: an(25)), ("user-id", "TWITTER_USER_ID", lambda: dg(19))]),
    "typeform": P("TYPEFORM", [("pat", "TYPEFORM_TOKEN", lambda: "tfp_%s_%s" % (bu(44), an(14))), ("pat", "TYPEFORM_API_TOKEN", lambda: "tfp_%s_%s" % (bu(44), an(14)))],
                  [("form-id", "TYPEFORM_FORM_ID", lambda: an(8)), ("placeholder", "TYPEFORM_TOKEN", lambda: "tfp_{your_token}")]),
    "upstash": P("UPSTASH", [("redis-rest-token", "UPSTASH_REDIS_REST_TOKEN", lambda: "AX" + bu(2) + "ASQgN" + bu(55) + "="), ("qstash-token", "QSTASH_TOKEN", lambda: base64.b64encode(('{"UserID":"%s","Password":"%s"}' % (uid(), hx(32))).encode()).decode()),
                             ("qstash-signing-key", "QSTASH_CURRENT_SIGNING_KEY", lambda: "sig_" + an(28))],
                 [("rest-url", "UPSTASH_REDIS_REST_URL", lambda: "https://%s-%s-%s.upstash.io" % (R.choice(["eu1", "us1"]), R.choice(["lucky", "noble"]), dg(5))), ("readonly-placeholder", "UPSTASH_REDIS_REST_TOKEN", lambda: "********")]),
    "uptimerobot": P("UPTIMEROBOT", [("main-key", "UPTIMEROBOT_API_KEY", lambda: "u%s-%s" % (dg(7), hx(24))), ("monitor-key", "UPTIMEROBOT_MONITOR_KEY", lambda: "m%s-%s" % (dg(9), hx(24)))],
                     [("monitor-id", "UPTIMEROBOT_MONITOR_ID", lambda: dg(9)), ("status-page", "UPTIMEROBOT_STATUS", lambda: "https://stats.uptimerobot.com/" + an(10))]),
    "virustotal": P("VT", [("api-key", "VT_API_KEY", lambda: hx(64)), ("api-key", "VIRUSTOTAL_API_KEY", lambda: hx(64))],
                    [("file-sha256", "SAMPLE_SHA256", lambda: hx(64)), ("placeholder", "VT_API_KEY", lambda: "<your API key>")]),
    "vonage": P("VONAGE", [("api-secret", "VONAGE_API_SECRET", lambda: an(16)), ("api-secret", "NEXMO_API_SECRET", lambda: an(16))],
                [("api-key", "VONAGE_API_KEY", lambda: hx(8)), ("application-id", "VONAGE_APPLICATION_ID", uid)]),
    "wandb": P("WANDB", [("api-key", "WANDB_API_KEY", lambda: hx(40)), ("api-key", "WANDB_KEY", lambda: hx(40))],
               [("entity", "WANDB_ENTITY", lambda: "acme-ml"), ("run-id", "WANDB_RUN_ID", lambda: lo(8))]),
    "webex": P("WEBEX", [("access-token", "WEBEX_ACCESS_TOKEN", webex_token), ("incoming-webhook", "WEBEX_WEBHOOK_URL", webex_hook)],
               [("room-id", "WEBEX_ROOM_ID", lambda: base64.b64encode(("ciscospark://us/ROOM/" + uid()).encode()).decode().rstrip("=")), ("person-email", "WEBEX_BOT_EMAIL", lambda: "acme-bot@webex.bot")]),
    "wise": P("WISE", [("api-token", "WISE_API_TOKEN", uid), ("api-token", "TRANSFERWISE_TOKEN", uid)],
              [("profile-id", "WISE_PROFILE_ID", lambda: dg(8)), ("sandbox-url", "WISE_API_URL", lambda: "https://api.sandbox.transferwise.tech")]),
    "woocommerce": P("WC", [("consumer-secret", "WC_CONSUMER_SECRET", lambda: "cs_" + hx(40)), ("consumer-secret", "WOOCOMMERCE_SECRET", lambda: "cs_" + hx(40))],
                     [("consumer-key", "WC_CONSUMER_KEY", lambda: "ck_" + hx(40)), ("store-url", "WC_STORE_URL", lambda: "https://shop.acme.example")]),
    "xai": P("XAI", [("api-key", "XAI_API_KEY", lambda: "xai-" + an(80)), ("api-key", "GROK_API_KEY", lambda: "xai-" + an(80))],
             [("model", "XAI_MODEL", lambda: "grok-2-latest"), ("placeholder", "XAI_API_KEY", lambda: "xai-...")]),
    "yandexcloud": P("YC", [("api-key", "YC_API_KEY", lambda: "AQVN" + bu(36)), ("static-secret", "YC_SECRET_ACCESS_KEY", lambda: "YC" + bu(38)),
                            ("iam-token", "YC_IAM_TOKEN", lambda: "t1." + bu(40) + "." + bu(86))],
                   [("static-key-id", "YC_ACCESS_KEY_ID", lambda: "YCAJ" + bu(21)), ("folder-id", "YC_FOLDER_ID", lambda: "b1g" + lo(17))]),
    "zendesk": P("ZENDESK", [("api-token", "ZENDESK_API_TOKEN", lambda: an(40)), ("api-token", "ZENDESK_TOKEN", lambda: an(40))],
                 [("subdomain", "ZENDESK_SUBDOMAIN", lambda: "acme" + lo(3)), ("email", "ZENDESK_EMAIL", lambda: "support@acme.example/token")]),
}

# Providers used only in repos/ (outside the seeded snippet sample).
EXTRA = {
    "stripe": [("secret-key", lambda: "sk_live_" + an(99)), ("restricted-key", lambda: "rk_live_" + an(99)), ("test-key", lambda: "sk_test_" + an(99)),
               ("webhook-secret", lambda: "whsec_" + an(32))],
    "slack": [("bot-token", lambda: slack("xoxb")), ("user-token", lambda: slack("xoxp")),
              ("webhook-url", lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (up(10), up(10), an(24)))],
    "twilio": [("auth-token", lambda: hx(32)), ("api-key-secret", lambda: an(32))],
    "datadog": [("api-key", lambda: hx(32)), ("app-key", lambda: hx(40))],
    "sentry": [("org-token", lambda: "sntrys_" + base64.b64encode(('{"iat":1732000000.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"acme"}').encode()).decode().rstrip("=") + "_" + bu(43)),
               ("user-token", lambda: "sntryu_" + hx(64))],
    "mapbox": [("secret-token", lambda: "sk.eyJ1IjoiYWNtZSIsImEiOiJ" + bu(20) + "." + bu(22))],
    "netlify": [("pat", lambda: "nfp_" + an(36))],
    "vercel": [("token", lambda: "vcp_" + an(56)), ("legacy-token", lambda: an(24))],
    "segment": [("write-key", lambda: an(32))],
    "bugsnag": [("api-key", lambda: hx(32))],
    "rollbar": [("server-token", lambda: hx(32))],
    "pusher": [("app-secret", lambda: hx(20))],
    "expo": [],
    "firebase": [],
    "datadog-client": [],
    "azure": [("storage-key", lambda: b64bytes(64)), ("sas-token", lambda: "sv=2022-11-02&ss=b&srt=sco&sp=rwdlacx&se=2027-06-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=" + b64bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))],
    "jwt": [],
    "privatekey": [],
}
