"""Token formats for the sixth held-out corpus: random values in each provider's documented shape.

PROVIDERS[name] = (ENV_BASE, positives, decoys); positives are (format, env name, generator),
decoys (kind, env name, generator). Generators draw from the seeded Random R.
Written blind (SOURCES.md says per provider what was checked and what was written from memory).
"""
import base64
import hashlib
import json
import random
import string
import uuid as _uuid
import zlib

R = random.Random(0x484F4836)  # seeded so make_corpus.py regenerates the committed corpus
AL = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HX = "0123456789abcdef"
B64U = AL + "-_"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def la(n):
    return rs(string.ascii_lowercase, n)


def dg(n):
    return str(R.randint(1, 9)) + rs(string.digits, n - 1)


def b64u(n):
    return rs(B64U, n)


def uid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(nbytes):
    return base64.b64encode(rbytes(nbytes)).decode()


def b64url(nbytes):
    return base64.urlsafe_b64encode(rbytes(nbytes)).decode().rstrip("=")


def enc64(s):
    return base64.b64encode(s.encode()).decode()


def enc64u(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def base62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh(prefix):
    """GitHub-style token: 30 random base62 characters and a base62 CRC32 of them."""
    body = an(30)
    return prefix + body + base62(zlib.crc32(body.encode()), 6)


def github_pat():
    return "github_pat_11" + up(20) + "_" + an(59)


def jwt(payload, alg="HS256"):
    h = enc64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    p = enc64u(json.dumps(payload, separators=(",", ":")))
    return h + "." + p + "." + b64url(32 if alg == "HS256" else 256)


def lines64(der):
    s = base64.b64encode(der).decode()
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def pem_rsa(kind="RSA PRIVATE KEY"):
    der = bytes([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]) + rbytes(1180)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, lines64(der), kind)


def pem_ec():
    """A SEC1 EC private key on prime256v1, structured as OpenSSL writes it."""
    oid = bytes([0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07])
    der = (bytes([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]) + rbytes(32) + bytes([0xa0, 0x0a]) + oid
           + bytes([0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]) + rbytes(64))
    return "-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----" % lines64(der)


def pem_cert():
    der = bytes([0x30, 0x82, 0x03, 0x10, 0x30, 0x82, 0x01, 0xf8, 0xa0, 0x03, 0x02, 0x01, 0x02]) + rbytes(760)
    return "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % lines64(der)


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def hublet_uuid(h="na1"):
    return "%s-%s-%s-%s-%s-%s" % (h, hx(4), hx(4), hx(4), hx(4), hx(12))


def hubspot_pak(h="na1"):
    """Current PAK (design note §1): protobuf, field 1 = '<hublet>-uuidish', varints, signature, hublet."""
    f1 = hublet_uuid(h).encode()
    body = (b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(R.randint(10 ** 7, 10 ** 9))
            + b"\x18" + varint(R.randint(10 ** 6, 10 ** 8)) + b"\x2a\x19\x00\x05" + rbytes(23)
            + b"\x4a" + bytes([len(h)]) + h.encode())
    return base64.urlsafe_b64encode(body).decode().rstrip("=")


def hubspot_oauth():
    """OAuth access token (§3): 0x08 + varint expiry in epoch ms, then opaque protobuf bytes."""
    body = b"\x08" + varint(1795000000000 + R.randint(0, 10 ** 9)) + b"\x12\x02\x00\x01" + rbytes(70)
    return base64.urlsafe_b64encode(body).decode().rstrip("=")


def slack_bot():
    return "xoxb-%s-%s-%s" % (dg(12), dg(13), an(24))


def slack_user():
    return "xoxp-%s-%s-%s-%s" % (dg(12), dg(12), dg(13), hx(32))


def ph(s):
    return lambda: s


def trunc(gen, keep=10):
    return lambda: gen()[:keep] + "..."


def SALT(n):
    return rs(AL + "-_=+.,:@%^!~", n)


def P(fmt, env, gen):
    return (fmt, env, gen)


def D(kind, env, gen):
    return (kind, env, gen)


def azure_secret():
    return "%s%dQ~%s" % (rs(AL + "_-.~", 3), R.randint(0, 9), rs(AL + "_-.~", 34))


def mapbox(kind):
    p = enc64u(json.dumps({"u": la(8), "a": lo(25)}, separators=(",", ":")))
    return "%s.%s.%s" % (kind, p, b64u(22))


def intercom():
    return enc64("tok:%s_%s_%s_%s_%s:1:0" % (hx(8), hx(4), hx(4), hx(4), hx(12)))


def jfrog_ref():
    return enc64("reftkn:01:%s:%s" % (dg(10), an(32))).rstrip("=")


def grafana_sa():
    body = an(32)
    return "glsa_%s_%08x" % (body, zlib.crc32(("glsa_" + body).encode()))


def grafana_cloud():
    return "glc_" + enc64(json.dumps({"o": dg(6), "n": "stack-%s-token" % dg(6), "k": an(24), "m": {"r": "prod-us-east-0"}}, separators=(",", ":"))).rstrip("=")


def grafana_legacy():
    return enc64(json.dumps({"k": an(32), "n": "ci", "id": R.randint(1, 99)}, separators=(",", ":")))


def openai_proj():
    return "sk-proj-" + b64u(74) + "T3BlbkFJ" + b64u(74)


def openai_legacy():
    return "sk-" + an(20) + "T3BlbkFJ" + an(20)


def sentry_org():
    payload = enc64(json.dumps({"iat": 1760000000 + R.randint(0, 10 ** 7), "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": la(8)}, separators=(",", ":"))).rstrip("=")
    return "sntrys_" + payload + "_" + an(43)


def teamcity():
    return "eyJ0eXAiOiAiVENWMiJ9." + b64u(36) + "." + b64u(48)


def supabase_jwt(role):
    return jwt({"iss": "supabase", "ref": la(20), "role": role, "iat": 1700000000, "exp": 2015000000})


def k8s_sa():
    return jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                "kubernetes.io/serviceaccount/secret.name": "deployer-token-%s" % lo(5),
                "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:ci:deployer"}, "RS256")


def auth0_mgmt():
    return jwt({"iss": "https://%s.eu.auth0.com/" % la(8), "sub": "%s@clients" % an(32), "aud": "https://%s.eu.auth0.com/api/v2/" % la(8),
                "iat": 1760000000, "exp": 1760086400, "scope": "read:users update:users", "gty": "client-credentials"}, "RS256")


def roblox_cookie():
    return "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_" + HX_(600)


def age_key():
    return "AGE-SECRET-KEY-1" + rs(BECH, 58).upper()


def twitter_bearer():
    return "A" * 22 + an(18) + "%3D" + an(50)


def cloudinary_url():
    return "cloudinary://%s:%s@%s" % (dg(15), b64u(27), la(9))


def ibm_cos_pair():
    return hx(48)


def gchat_url():
    return "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s%%3D" % (b64u(7), b64u(33), b64u(43))


def teams_url():
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (la(7), uid(), uid(), hx(32), uid(), b64u(46))


def teams_workflow():
    return ("https://prod-%02d.westeurope.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s"
            % (R.randint(1, 99), hx(32), b64u(43)))


def slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (up(10), up(10), an(24))


def mongo_url():
    return "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (la(6), an(16), lo(5), la(5))


def pg_url():
    return "postgresql://%s:%s@db-%s.internal:5432/%s" % (la(6), an(20), lo(4), la(6))


PROVIDERS = {
    "ably": ("ABLY", [P("api-key", "ABLY_API_KEY", lambda: "%s.%s:%s" % (b64u(6), b64u(6), b64u(43)))],
             [D("app-id", "ABLY_APP_ID", lambda: b64u(6)), D("key-name", "ABLY_KEY_NAME", lambda: "%s.%s" % (b64u(6), b64u(6)))]),
    "adyen": ("ADYEN", [P("api-key", "ADYEN_API_KEY", lambda: "AQE" + b64(72).rstrip("=") + "-" + b64(32) + "-" + rs(AL + "{}=,?()[]", 16))],
              [D("client-key", "ADYEN_CLIENT_KEY", lambda: "test_" + up(32)), D("merchant-account", "ADYEN_MERCHANT_ACCOUNT", lambda: "AcmeShop%sECOM" % dg(3))]),
    "age": ("AGE", [P("secret-key", "SOPS_AGE_KEY", age_key)],
            [D("public-key", "AGE_RECIPIENT", lambda: "age1" + rs(BECH, 58)), D("placeholder", "AGE_KEY", ph("AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"))]),
    "airflow": ("AIRFLOW", [P("fernet-key", "AIRFLOW__CORE__FERNET_KEY", lambda: b64url(32) + "="),
                            P("webserver-secret-key", "AIRFLOW__WEBSERVER__SECRET_KEY", lambda: hx(32))],
                [D("jinja-variable", "AIRFLOW_VAR_REF", ph("{{ var.value.api_key }}")), D("dag-id", "AIRFLOW_DAG_ID", lambda: "etl_%s_daily" % la(6))]),
    "aiven": ("AIVEN", [P("token", "AIVEN_TOKEN", lambda: b64(279))],
              [D("project-name", "AIVEN_PROJECT", lambda: "acme-%s" % la(5)), D("truncated", "AIVEN_TOKEN", lambda: b64(12) + "...")]),
    "amplitude": ("AMPLITUDE", [P("secret-key", "AMPLITUDE_SECRET_KEY", lambda: hx(32))],
                  [D("api-key-public", "AMPLITUDE_API_KEY", lambda: hx(32)), D("placeholder", "AMPLITUDE_SECRET_KEY", ph("<your-secret-key>"))]),
    "anyscale": ("ANYSCALE", [P("cli-token", "ANYSCALE_CLI_TOKEN", lambda: "aph0_" + b64u(110)), P("endpoints-key", "ANYSCALE_API_KEY", lambda: "esecret_" + lo(26))],
                 [D("cloud-id", "ANYSCALE_CLOUD_ID", lambda: "cld_" + lo(24)), D("placeholder", "ANYSCALE_API_KEY", ph("esecret_..."))]),
    "auth0": ("AUTH0", [P("client-secret", "AUTH0_CLIENT_SECRET", lambda: b64u(64)), P("management-token", "AUTH0_MGMT_TOKEN", auth0_mgmt)],
              [D("client-id", "AUTH0_CLIENT_ID", lambda: an(32)), D("domain", "AUTH0_DOMAIN", lambda: "%s.eu.auth0.com" % la(8))]),
    "authorizenet": ("AUTHORIZE_NET", [P("transaction-key", "AUTHORIZE_NET_TRANSACTION_KEY", lambda: an(16)), P("signature-key", "AUTHORIZE_NET_SIGNATURE_KEY", lambda: HX_(128))],
                     [D("api-login-id", "AUTHORIZE_NET_API_LOGIN_ID", lambda: an(10)), D("client-key-public", "AUTHORIZE_NET_CLIENT_KEY", lambda: an(80))]),
    "azure": ("AZURE", [P("client-secret", "AZURE_CLIENT_SECRET", azure_secret),
                        P("storage-connection-string", "AZURE_STORAGE_CONNECTION_STRING", lambda: "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (lo(12), b64(64)))],
              [D("tenant-id", "AZURE_TENANT_ID", uid), D("client-id", "AZURE_CLIENT_ID", uid)]),
    "backblaze": ("B2", [P("application-key", "B2_APPLICATION_KEY", lambda: "K00" + str(R.randint(1, 9)) + an(27))],
                  [D("key-id", "B2_APPLICATION_KEY_ID", lambda: "00" + hx(10) + "000000000" + dg(4)), D("bucket-name", "B2_BUCKET", lambda: "acme-%s" % la(6))]),
    "bitly": ("BITLY", [P("access-token", "BITLY_ACCESS_TOKEN", lambda: hx(40))],
              [D("group-guid", "BITLY_GROUP_GUID", lambda: "B" + an(10)), D("short-link", "BITLY_LINK", lambda: "https://bit.ly/" + an(7))]),
    "brevo": ("BREVO", [P("api-key", "BREVO_API_KEY", lambda: "xkeysib-" + hx(64) + "-" + an(16)), P("smtp-key", "BREVO_SMTP_KEY", lambda: "xsmtpsib-" + hx(64) + "-" + an(16))],
              [D("truncated", "BREVO_API_KEY", lambda: "xkeysib-" + hx(12)), D("smtp-login", "BREVO_SMTP_USER", lambda: "%s@smtp-brevo.com" % hx(8))]),
    "browserstack": ("BROWSERSTACK", [P("access-key", "BROWSERSTACK_ACCESS_KEY", lambda: an(20))],
                     [D("username", "BROWSERSTACK_USERNAME", lambda: "%s_%s" % (la(6), an(6))), D("placeholder", "BROWSERSTACK_ACCESS_KEY", ph("YOUR_ACCESS_KEY"))]),
    "bugsnag": ("BUGSNAG", [P("api-key", "BUGSNAG_API_KEY", lambda: hx(32))],
                [D("build-uuid", "BUGSNAG_BUILD_UUID", uid), D("app-version", "BUGSNAG_APP_VERSION", ph("4.12.0"))]),
    "buildkite": ("BUILDKITE", [P("api-access-token", "BUILDKITE_API_TOKEN", lambda: "bkua_" + hx(40)), P("agent-token", "BUILDKITE_AGENT_TOKEN", lambda: lo(50))],
                  [D("org-slug", "BUILDKITE_ORGANIZATION_SLUG", lambda: "acme-" + la(5)), D("placeholder", "BUILDKITE_API_TOKEN", ph("bkua_<token>"))]),
    "cerebras": ("CEREBRAS", [P("api-key", "CEREBRAS_API_KEY", lambda: "csk-" + lo(48))],
                 [D("model-name", "CEREBRAS_MODEL", ph("llama3.1-8b")), D("truncated", "CEREBRAS_API_KEY", lambda: "csk-" + lo(6) + "...")]),
    "chargebee": ("CHARGEBEE", [P("api-key", "CHARGEBEE_API_KEY", lambda: "live_" + an(34)), P("test-api-key", "CHARGEBEE_TEST_KEY", lambda: "test_" + an(34))],
                  [D("site", "CHARGEBEE_SITE", lambda: "acme-%s-test" % la(4)), D("placeholder", "CHARGEBEE_API_KEY", ph("live_xxxxxxxxxxxxxxxxxxxxxxxxxx"))]),
    "clojars": ("CLOJARS", [P("deploy-token", "CLOJARS_PASSWORD", lambda: "CLOJARS_" + hx(60))],
                [D("username", "CLOJARS_USERNAME", lambda: la(8)), D("group-id", "CLOJARS_GROUP", lambda: "org.%s" % la(6))]),
    "cloudinary": ("CLOUDINARY", [P("url", "CLOUDINARY_URL", cloudinary_url), P("api-secret", "CLOUDINARY_API_SECRET", lambda: b64u(27))],
                   [D("api-key-id", "CLOUDINARY_API_KEY", lambda: dg(15)), D("cloud-name", "CLOUDINARY_CLOUD_NAME", lambda: la(9))]),
    "cloudsmith": ("CLOUDSMITH", [P("api-key", "CLOUDSMITH_API_KEY", lambda: hx(40)), P("entitlement-url", "CLOUDSMITH_PIP_INDEX", lambda: "https://dl.cloudsmith.io/%s/acme/private/python/simple/" % an(16))],
                   [D("repo-slug", "CLOUDSMITH_REPO", ph("acme/private")), D("public-repo-url", "CLOUDSMITH_PUBLIC_INDEX", ph("https://dl.cloudsmith.io/public/acme/oss/python/simple/"))]),
    "coda": ("CODA", [P("api-token", "CODA_API_TOKEN", uid)],
             [D("doc-id", "CODA_DOC_ID", lambda: b64u(10)), D("table-id", "CODA_TABLE_ID", lambda: "grid-" + b64u(10))]),
    "cohere": ("COHERE", [P("api-key", "COHERE_API_KEY", lambda: an(40))],
               [D("model", "COHERE_MODEL", ph("command-r-plus")), D("placeholder", "CO_API_KEY", ph("<<YOUR_COHERE_KEY>>"))]),
    "coinbase": ("COINBASE", [P("cdp-private-key", "COINBASE_API_PRIVATE_KEY", pem_ec), P("legacy-api-secret", "COINBASE_API_SECRET", lambda: an(32))],
                 [D("cdp-key-name", "COINBASE_API_KEY_NAME", lambda: "organizations/%s/apiKeys/%s" % (uid(), uid())), D("legacy-api-key-id", "COINBASE_API_KEY", lambda: an(16))]),
    "confluent": ("CONFLUENT", [P("api-secret", "CONFLUENT_API_SECRET", lambda: b64(48).replace("+", "").replace("/", "")[:64]),
                                P("api-secret-cflt", "CONFLUENT_CLOUD_API_SECRET", lambda: "cflt" + b64(45).replace("=", "")[:60])],
                  [D("api-key-id", "CONFLUENT_API_KEY", lambda: up(16)), D("bootstrap", "CONFLUENT_BOOTSTRAP", lambda: "pkc-%s.eu-west-1.aws.confluent.cloud:9092" % lo(5))]),
    "consul": ("CONSUL", [P("acl-token", "CONSUL_HTTP_TOKEN", uid)],
               [D("accessor-id", "CONSUL_ACCESSOR_ID", uid), D("anonymous-token", "CONSUL_ANON", ph("anonymous"))]),
    "contentful": ("CONTENTFUL", [P("management-token", "CONTENTFUL_MANAGEMENT_TOKEN", lambda: "CFPAT-" + b64u(43)), P("delivery-token", "CONTENTFUL_DELIVERY_TOKEN", lambda: b64u(43))],
                   [D("space-id", "CONTENTFUL_SPACE_ID", lambda: lo(12)), D("environment", "CONTENTFUL_ENVIRONMENT", ph("master"))]),
    "convex": ("CONVEX", [P("deploy-key", "CONVEX_DEPLOY_KEY", lambda: "prod:%s-%s-%s|%s" % (la(6), la(7), dg(3), enc64u(json.dumps({"v2": hx(32)})))),
                          P("preview-deploy-key", "CONVEX_PREVIEW_DEPLOY_KEY", lambda: "preview:%s:%s|%s" % (la(6), la(8), enc64u(json.dumps({"v2": hx(32)}))))],
               [D("deployment-url", "CONVEX_URL", lambda: "https://%s-%s-%s.convex.cloud" % (la(6), la(7), dg(3))), D("deployment-name", "CONVEX_DEPLOYMENT", lambda: "dev:%s-%s-%s" % (la(6), la(7), dg(3)))]),
    "customerio": ("CUSTOMERIO", [P("tracking-api-key", "CUSTOMERIO_TRACKING_API_KEY", lambda: hx(20)), P("app-api-key", "CUSTOMERIO_APP_API_KEY", lambda: hx(32))],
                   [D("site-id", "CUSTOMERIO_SITE_ID", lambda: hx(20)), D("region", "CUSTOMERIO_REGION", ph("eu"))]),
    "deepgram": ("DEEPGRAM", [P("api-key", "DEEPGRAM_API_KEY", lambda: hx(40))],
                 [D("project-id", "DEEPGRAM_PROJECT_ID", uid), D("placeholder", "DEEPGRAM_API_KEY", ph("DEEPGRAM_API_KEY_HERE"))]),
    "deepseek": ("DEEPSEEK", [P("api-key", "DEEPSEEK_API_KEY", lambda: "sk-" + hx(32))],
                 [D("base-url", "DEEPSEEK_BASE_URL", ph("https://api.deepseek.com/v1")), D("truncated", "DEEPSEEK_API_KEY", lambda: "sk-" + hx(8) + "...")]),
    "deno": ("DENO", [P("deploy-token", "DENO_DEPLOY_TOKEN", lambda: "ddp_" + an(36)), P("org-token", "DENO_ORG_TOKEN", lambda: "ddo_" + an(36))],
             [D("project-id", "DENO_PROJECT", uid), D("placeholder", "DENO_DEPLOY_TOKEN", ph("ddp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"))]),
    "digitalocean": ("DIGITALOCEAN", [P("pat", "DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + hx(64)), P("oauth-token", "DO_OAUTH_TOKEN", lambda: "doo_v1_" + hx(64)),
                                      P("spaces-secret", "SPACES_SECRET_ACCESS_KEY", lambda: b64(32).rstrip("="))],
                     [D("spaces-key-id", "SPACES_ACCESS_KEY_ID", lambda: "DO00" + up(16)), D("droplet-id", "DROPLET_ID", lambda: dg(9))]),
    "doppler": ("DOPPLER", [P("service-token", "DOPPLER_TOKEN", lambda: "dp.st.prd." + an(40)), P("personal-token", "DOPPLER_PERSONAL_TOKEN", lambda: "dp.pt." + an(43)),
                            P("service-account-token", "DOPPLER_SA_TOKEN", lambda: "dp.sa." + an(43))],
                [D("project", "DOPPLER_PROJECT", ph("backend")), D("config", "DOPPLER_CONFIG", ph("prd"))]),
    "dynatrace": ("DT", [P("api-token", "DT_API_TOKEN", lambda: "dt0c01.%s.%s" % (up(24), up(64)))],
                  [D("token-id-public-part", "DT_TOKEN_ID", lambda: "dt0c01." + up(24)), D("environment-url", "DT_ENV_URL", lambda: "https://%s.live.dynatrace.com" % la(8))]),
    "elastic": ("ELASTIC", [P("cloud-api-key", "EC_API_KEY", lambda: "essu_" + enc64("%s:%s" % (b64u(20), b64u(22))).rstrip("=") + an(40)),
                            P("es-api-key-encoded", "ELASTIC_API_KEY", lambda: enc64("%s:%s" % (b64u(20), b64u(22))))],
                [D("cloud-id", "ELASTIC_CLOUD_ID", lambda: "prod:" + enc64("eu-west-1.aws.found.io$%s$%s" % (hx(32), hx(32)))), D("api-key-id", "ELASTIC_API_KEY_ID", lambda: b64u(20))]),
    "elevenlabs": ("ELEVENLABS", [P("api-key", "ELEVENLABS_API_KEY", lambda: "sk_" + hx(48)), P("legacy-api-key", "XI_API_KEY", lambda: hx(32))],
                   [D("voice-id", "ELEVENLABS_VOICE_ID", lambda: an(20)), D("model-id", "ELEVENLABS_MODEL", ph("eleven_multilingual_v2"))]),
    "facebook": ("FACEBOOK", [P("app-secret", "FACEBOOK_APP_SECRET", lambda: hx(32)), P("access-token", "FACEBOOK_ACCESS_TOKEN", lambda: "EAA" + R.choice("BGIJ") + an(180))],
                 [D("app-id", "FACEBOOK_APP_ID", lambda: dg(16)), D("pixel-id", "FACEBOOK_PIXEL_ID", lambda: dg(15))]),
    "fireworks": ("FIREWORKS", [P("api-key", "FIREWORKS_API_KEY", lambda: "fw_" + an(24))],
                  [D("account-id", "FIREWORKS_ACCOUNT", lambda: la(8)), D("model", "FIREWORKS_MODEL", ph("accounts/fireworks/models/llama-v3p1-8b-instruct"))]),
    "flutterwave": ("FLW", [P("secret-key-live", "FLW_SECRET_KEY", lambda: "FLWSECK-" + hx(32) + "-X"), P("secret-key-test", "FLW_TEST_SECRET_KEY", lambda: "FLWSECK_TEST-" + hx(32) + "-X")],
                    [D("public-key", "FLW_PUBLIC_KEY", lambda: "FLWPUBK-" + hx(32) + "-X"), D("public-key-test", "FLW_TEST_PUBLIC_KEY", lambda: "FLWPUBK_TEST-" + hx(32) + "-X")]),
    "gitea": ("GITEA", [P("access-token", "GITEA_TOKEN", lambda: hx(40))],
              [D("commit-sha", "GITEA_SHA", lambda: hx(40)), D("instance-url", "GITEA_URL", ph("https://git.acme.example"))]),
    "github": ("GITHUB", [P("classic-pat", "GITHUB_TOKEN", lambda: gh("ghp_")), P("fine-grained-pat", "GH_TOKEN", github_pat), P("oauth-token", "GITHUB_OAUTH_TOKEN", lambda: gh("gho_"))],
               [D("app-client-id", "GITHUB_CLIENT_ID", lambda: "Iv1." + hx(16)), D("placeholder", "GITHUB_TOKEN", ph("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))]),
    "google": ("GOOGLE", [P("api-key", "GOOGLE_API_KEY", lambda: "AIza" + b64u(35)), P("oauth-client-secret", "GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + b64u(28))],
               [D("oauth-client-id", "GOOGLE_CLIENT_ID", lambda: "%s-%s.apps.googleusercontent.com" % (dg(12), lo(32))), D("truncated", "GOOGLE_API_KEY", lambda: "AIza" + b64u(8) + "...")]),
    "googlechat": ("GOOGLE_CHAT", [P("webhook-url", "GOOGLE_CHAT_WEBHOOK", gchat_url)],
                   [D("space-name", "GOOGLE_CHAT_SPACE", lambda: "spaces/AAAA" + b64u(7)), D("placeholder", "GOOGLE_CHAT_WEBHOOK", ph("https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN"))]),
    "grafana": ("GRAFANA", [P("service-account-token", "GRAFANA_SA_TOKEN", grafana_sa), P("cloud-token", "GRAFANA_CLOUD_TOKEN", grafana_cloud), P("legacy-api-key", "GRAFANA_API_KEY", grafana_legacy)],
                [D("stack-url", "GRAFANA_URL", lambda: "https://%s.grafana.net" % la(8)), D("dashboard-uid", "GRAFANA_DASHBOARD_UID", lambda: b64u(9))]),
    "groq": ("GROQ", [P("api-key", "GROQ_API_KEY", lambda: "gsk_" + an(52))],
             [D("model", "GROQ_MODEL", ph("llama-3.3-70b-versatile")), D("placeholder", "GROQ_API_KEY", ph("gsk_..."))]),
    "harness": ("HARNESS", [P("pat", "HARNESS_API_KEY", lambda: "pat.%s.%s.%s" % (b64u(22), hx(24), an(20))), P("sat", "HARNESS_SAT", lambda: "sat.%s.%s.%s" % (b64u(22), hx(24), an(20)))],
                [D("account-id", "HARNESS_ACCOUNT_ID", lambda: b64u(22)), D("org-id", "HARNESS_ORG_ID", ph("default"))]),
    "heroku": ("HEROKU", [P("api-key", "HEROKU_API_KEY", uid)],
               [D("app-name", "HEROKU_APP_NAME", lambda: "acme-%s-%s" % (la(5), dg(5))), D("authorization-id", "HEROKU_AUTHORIZATION_ID", uid)]),
    "honeycomb": ("HONEYCOMB", [P("ingest-key", "HONEYCOMB_API_KEY", lambda: "hcaik_01" + lo(56)), P("configuration-key", "HONEYCOMB_WRITEKEY", lambda: an(22))],
                  [D("dataset", "HONEYCOMB_DATASET", ph("production-api")), D("key-id", "HONEYCOMB_KEY_ID", lambda: "hcxik_01" + lo(24))]),
    "ibmcloud": ("IBMCLOUD", [P("api-key", "IBMCLOUD_API_KEY", lambda: b64u(44)), P("cos-hmac-secret", "COS_HMAC_SECRET_ACCESS_KEY", lambda: hx(48))],
                 [D("cos-hmac-key-id", "COS_HMAC_ACCESS_KEY_ID", lambda: hx(32)), D("crn", "IBM_CRN", lambda: "crn:v1:bluemix:public:cloud-object-storage:global:a/%s:%s::" % (hx(32), uid()))]),
    "ifttt": ("IFTTT", [P("webhooks-key", "IFTTT_KEY", lambda: b64u(22)), P("webhooks-url", "IFTTT_WEBHOOK_URL", lambda: "https://maker.ifttt.com/trigger/door_open/with/key/" + b64u(22))],
              [D("event-name", "IFTTT_EVENT", ph("door_open")), D("placeholder", "IFTTT_KEY", ph("{your_key}"))]),
    "infisical": ("INFISICAL", [P("service-token", "INFISICAL_TOKEN", lambda: "st.%s.%s.%s" % (hx(24), hx(32), hx(32))), P("universal-auth-client-secret", "INFISICAL_CLIENT_SECRET", lambda: hx(64))],
                  [D("client-id", "INFISICAL_CLIENT_ID", uid), D("project-id", "INFISICAL_PROJECT_ID", uid)]),
    "influxdb": ("INFLUX", [P("api-token", "INFLUX_TOKEN", lambda: b64url(64) + "==")],
                 [D("org-id", "INFLUX_ORG_ID", lambda: hx(16)), D("bucket", "INFLUX_BUCKET", ph("telemetry"))]),
    "instagram": ("INSTAGRAM", [P("access-token", "INSTAGRAM_ACCESS_TOKEN", lambda: "IGQV" + b64u(180))],
                  [D("user-id", "INSTAGRAM_USER_ID", lambda: dg(17)), D("app-id", "INSTAGRAM_APP_ID", lambda: dg(15))]),
    "intercom": ("INTERCOM", [P("access-token", "INTERCOM_ACCESS_TOKEN", intercom)],
                 [D("app-id", "INTERCOM_APP_ID", lambda: lo(8)), D("identity-hash", "INTERCOM_USER_HASH", lambda: hx(64))]),
    "jenkins": ("JENKINS", [P("api-token", "JENKINS_API_TOKEN", lambda: "11" + hx(32))],
                [D("crumb", "JENKINS_CRUMB", lambda: hx(64)), D("build-url", "JENKINS_URL", ph("https://ci.acme.example/job/backend/"))]),
    "jfrog": ("JFROG", [P("reference-token", "JFROG_ACCESS_TOKEN", jfrog_ref), P("api-key-legacy", "ARTIFACTORY_API_KEY", lambda: "AKCp" + an(69))],
              [D("platform-url", "JFROG_URL", lambda: "https://%s.jfrog.io" % la(6)), D("repo-key", "ARTIFACTORY_REPO", ph("libs-release-local"))]),
    "klaviyo": ("KLAVIYO", [P("private-key", "KLAVIYO_PRIVATE_KEY", lambda: "pk_" + hx(34))],
                [D("public-key-site-id", "KLAVIYO_PUBLIC_KEY", lambda: an(6)), D("list-id", "KLAVIYO_LIST_ID", lambda: an(6))]),
    "kong": ("KONNECT", [P("pat", "KONNECT_TOKEN", lambda: "kpat_" + an(49)), P("system-account-token", "KONNECT_SPAT", lambda: "spat_" + an(49))],
             [D("control-plane-id", "KONNECT_CP_ID", uid), D("admin-api-url", "KONG_ADMIN_URL", ph("http://localhost:8001"))]),
    "kraken": ("KRAKEN", [P("private-key", "KRAKEN_PRIVATE_KEY", lambda: b64(64))],
               [D("api-key-id", "KRAKEN_API_KEY", lambda: b64(42)), D("pair", "KRAKEN_PAIR", ph("XXBTZUSD"))]),
    "kubernetes": ("KUBE", [P("service-account-token", "KUBE_TOKEN", k8s_sa), P("bootstrap-token", "KUBEADM_TOKEN", lambda: "%s.%s" % (lo(6), lo(16)))],
                   [D("ca-certificate-data", "KUBE_CA_DATA", lambda: enc64(pem_cert())[:120]), D("cluster-server", "KUBE_SERVER", ph("https://10.0.0.1:6443"))]),
    "langfuse": ("LANGFUSE", [P("secret-key", "LANGFUSE_SECRET_KEY", lambda: "sk-lf-" + uid())],
                 [D("public-key", "LANGFUSE_PUBLIC_KEY", lambda: "pk-lf-" + uid()), D("host", "LANGFUSE_HOST", ph("https://cloud.langfuse.com"))]),
    "langsmith": ("LANGSMITH", [P("personal-token", "LANGSMITH_API_KEY", lambda: "lsv2_pt_" + hx(32) + "_" + hx(10)), P("service-key", "LANGCHAIN_API_KEY", lambda: "lsv2_sk_" + hx(32) + "_" + hx(10))],
                  [D("project", "LANGSMITH_PROJECT", ph("default")), D("tenant-id", "LANGSMITH_TENANT", uid)]),
    "line": ("LINE", [P("channel-access-token", "LINE_CHANNEL_ACCESS_TOKEN", lambda: rs(AL + "+/", 171) + "="), P("channel-secret", "LINE_CHANNEL_SECRET", lambda: hx(32))],
             [D("channel-id", "LINE_CHANNEL_ID", lambda: dg(10)), D("user-id", "LINE_USER_ID", lambda: "U" + hx(32))]),
    "linode": ("LINODE", [P("pat", "LINODE_TOKEN", lambda: hx(64))],
               [D("image-digest", "LINODE_IMAGE_SHA256", lambda: hx(64)), D("region", "LINODE_REGION", ph("eu-central"))]),
    "llamacloud": ("LLAMA_CLOUD", [P("api-key", "LLAMA_CLOUD_API_KEY", lambda: "llx-" + an(48))],
                   [D("project-id", "LLAMA_CLOUD_PROJECT_ID", uid), D("placeholder", "LLAMA_CLOUD_API_KEY", ph("llx-..."))]),
    "magento": ("MAGENTO", [P("integration-access-token", "MAGENTO_ACCESS_TOKEN", lambda: lo(32)), P("marketplace-private-key", "MAGENTO_PRIVATE_KEY", lambda: hx(32))],
                [D("marketplace-public-key", "MAGENTO_PUBLIC_KEY", lambda: hx(32)), D("store-code", "MAGENTO_STORE", ph("default"))]),
    "mailchimp": ("MAILCHIMP", [P("api-key", "MAILCHIMP_API_KEY", lambda: hx(32) + "-us" + str(R.randint(1, 21))), P("mandrill-key", "MANDRILL_API_KEY", lambda: "md-" + b64u(22))],
                 [D("list-id", "MAILCHIMP_LIST_ID", lambda: hx(10)), D("server-prefix", "MAILCHIMP_SERVER", ph("us21"))]),
    "mailersend": ("MAILERSEND", [P("api-token", "MAILERSEND_API_KEY", lambda: "mlsn." + hx(64))],
                   [D("smtp-username", "MAILERSEND_SMTP_USER", lambda: "MS_%s@%s.mlsender.net" % (an(6), la(8))), D("domain-id", "MAILERSEND_DOMAIN_ID", lambda: lo(15))]),
    "mailjet": ("MJ", [P("api-secret", "MJ_APIKEY_PRIVATE", lambda: hx(32)), P("v4-token", "MJ_API_TOKEN", lambda: hx(32))],
                [D("api-key-id", "MJ_APIKEY_PUBLIC", lambda: hx(32)), D("sender", "MJ_SENDER", ph("noreply@acme.example"))]),
    "mapbox": ("MAPBOX", [P("secret-token", "MAPBOX_SECRET_TOKEN", lambda: mapbox("sk"))],
               [D("public-token", "MAPBOX_ACCESS_TOKEN", lambda: mapbox("pk")), D("style-url", "MAPBOX_STYLE", ph("mapbox://styles/mapbox/streets-v12"))]),
    "messagebird": ("MESSAGEBIRD", [P("access-key", "MESSAGEBIRD_ACCESS_KEY", lambda: an(25))],
                    [D("originator", "MESSAGEBIRD_ORIGINATOR", ph("AcmeShop")), D("channel-id", "MESSAGEBIRD_CHANNEL_ID", lambda: hx(32))]),
    "microsoftteams": ("TEAMS", [P("incoming-webhook", "TEAMS_WEBHOOK_URL", teams_url), P("workflow-url", "TEAMS_WORKFLOW_URL", teams_workflow)],
                       [D("tenant-id", "TEAMS_TENANT_ID", uid), D("placeholder", "TEAMS_WEBHOOK_URL", ph("https://example.webhook.office.com/webhookb2/..."))]),
    "mongodb": ("MONGODB", [P("connection-string", "MONGODB_URI", mongo_url), P("atlas-private-key", "MONGODB_ATLAS_PRIVATE_KEY", uid)],
                [D("atlas-public-key", "MONGODB_ATLAS_PUBLIC_KEY", lambda: la(8)), D("local-uri", "MONGODB_LOCAL_URI", ph("mongodb://localhost:27017/test"))]),
    "netlify": ("NETLIFY", [P("pat", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + an(36)), P("legacy-token", "NETLIFY_TOKEN", lambda: b64u(43))],
                [D("site-id", "NETLIFY_SITE_ID", uid), D("deploy-url", "NETLIFY_URL", lambda: "https://%s--acme.netlify.app" % hx(24))]),
    "netrc": ("NETRC", [P("password", "NETRC_PASSWORD", lambda: an(24))],
              [D("login", "NETRC_LOGIN", lambda: la(8)), D("machine", "NETRC_MACHINE", ph("api.acme.example"))]),
    "newrelic": ("NEW_RELIC", [P("user-key", "NEW_RELIC_API_KEY", lambda: "NRAK-" + up(27)), P("license-key", "NEW_RELIC_LICENSE_KEY", lambda: hx(36) + "NRAL"),
                               P("insights-insert-key", "NEW_RELIC_INSERT_KEY", lambda: "NRII-" + b64u(32))],
                  [D("browser-key", "NEW_RELIC_BROWSER_KEY", lambda: "NRJS-" + hx(19)), D("account-id", "NEW_RELIC_ACCOUNT_ID", lambda: dg(7))]),
    "nomad": ("NOMAD", [P("acl-token", "NOMAD_TOKEN", uid)],
              [D("accessor-id", "NOMAD_ACCESSOR", uid), D("address", "NOMAD_ADDR", ph("http://127.0.0.1:4646"))]),
    "notion": ("NOTION", [P("integration-token", "NOTION_TOKEN", lambda: "ntn_" + dg(11) + an(35)), P("legacy-token", "NOTION_API_KEY", lambda: "secret_" + an(43))],
               [D("database-id", "NOTION_DATABASE_ID", lambda: hx(32)), D("page-id", "NOTION_PAGE_ID", uid)]),
    "nvidia": ("NVIDIA", [P("api-key", "NVIDIA_API_KEY", lambda: "nvapi-" + b64u(64))],
               [D("org-id", "NGC_ORG", lambda: lo(12)), D("truncated", "NVIDIA_API_KEY", lambda: "nvapi-" + b64u(6) + "...")]),
    "octopusdeploy": ("OCTOPUS", [P("api-key", "OCTOPUS_API_KEY", lambda: "API-" + up(27))],
                      [D("space-id", "OCTOPUS_SPACE", ph("Spaces-1")), D("placeholder", "OCTOPUS_API_KEY", ph("API-XXXXXXXXXXXXXXXXXXXXXXXXXX"))]),
    "onesignal": ("ONESIGNAL", [P("rest-api-key-v2", "ONESIGNAL_REST_API_KEY", lambda: "os_v2_app_" + rs("abcdefghijklmnopqrstuvwxyz234567", 113)),
                                P("rest-api-key-legacy", "ONESIGNAL_API_KEY", lambda: b64(36))],
                  [D("app-id", "ONESIGNAL_APP_ID", uid), D("safari-web-id", "ONESIGNAL_SAFARI_ID", lambda: "web.onesignal.auto." + uid())]),
    "openai": ("OPENAI", [P("project-key", "OPENAI_API_KEY", openai_proj), P("legacy-key", "OPENAI_KEY", openai_legacy),
                          P("service-account-key", "OPENAI_SVC_KEY", lambda: "sk-svcacct-" + b64u(74) + "T3BlbkFJ" + b64u(74))],
               [D("org-id", "OPENAI_ORG_ID", lambda: "org-" + an(24)), D("project-id", "OPENAI_PROJECT_ID", lambda: "proj_" + an(24))]),
    "openshift": ("OPENSHIFT", [P("oauth-token", "OPENSHIFT_TOKEN", lambda: "sha256~" + b64u(43))],
                  [D("image-digest", "OPENSHIFT_IMAGE", lambda: "quay.io/acme/api@sha256:" + hx(64)), D("server", "OPENSHIFT_SERVER", ph("https://api.ocp.acme.example:6443"))]),
    "oraclecloud": ("OCI", [P("api-signing-key", "OCI_PRIVATE_KEY", lambda: pem_rsa("PRIVATE KEY")), P("customer-secret-key", "OCI_SECRET_KEY", lambda: b64(32))],
                    [D("fingerprint", "OCI_FINGERPRINT", lambda: ":".join(hx(2) for _ in range(16))), D("tenancy-ocid", "OCI_TENANCY", lambda: "ocid1.tenancy.oc1.." + la(60))]),
    "pagerduty": ("PAGERDUTY", [P("user-api-token", "PAGERDUTY_TOKEN", lambda: "u+" + b64u(18)), P("integration-key", "PAGERDUTY_ROUTING_KEY", lambda: hx(32))],
                  [D("service-id", "PAGERDUTY_SERVICE_ID", lambda: "P" + up(6)), D("escalation-policy-id", "PAGERDUTY_EP_ID", lambda: "P" + up(6))]),
    "papertrail": ("PAPERTRAIL", [P("api-token", "PAPERTRAIL_API_TOKEN", lambda: an(20))],
                   [D("log-destination", "PAPERTRAIL_HOST", lambda: "logs%d.papertrailapp.com:%s" % (R.randint(2, 9), dg(5))), D("system-id", "PAPERTRAIL_SYSTEM", lambda: dg(10))]),
    "paypal": ("PAYPAL", [P("client-secret", "PAYPAL_CLIENT_SECRET", lambda: "E" + b64u(79)), P("braintree-access-token", "PAYPAL_ACCESS_TOKEN", lambda: "access_token$production$%s$%s" % (lo(16), hx(32)))],
               [D("client-id", "PAYPAL_CLIENT_ID", lambda: "A" + b64u(79)), D("merchant-id", "PAYPAL_MERCHANT_ID", lambda: up(13))]),
    "perplexity": ("PERPLEXITY", [P("api-key", "PERPLEXITY_API_KEY", lambda: "pplx-" + an(48))],
                   [D("model", "PERPLEXITY_MODEL", ph("sonar-pro")), D("placeholder", "PPLX_API_KEY", ph("pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))]),
    "phoenix": ("PHOENIX", [P("secret-key-base", "SECRET_KEY_BASE", lambda: rs(AL + "+/", 64))],
                [D("signing-salt", "LIVE_VIEW_SIGNING_SALT", lambda: an(8)), D("placeholder", "SECRET_KEY_BASE", ph("<run mix phx.gen.secret>"))]),
    "plaid": ("PLAID", [P("secret", "PLAID_SECRET", lambda: hx(30)), P("access-token", "PLAID_ACCESS_TOKEN", lambda: "access-production-" + uid())],
              [D("client-id", "PLAID_CLIENT_ID", lambda: hx(24)), D("public-token", "PLAID_PUBLIC_TOKEN", lambda: "public-sandbox-" + uid())]),
    "planetscale": ("PLANETSCALE", [P("service-token", "PLANETSCALE_SERVICE_TOKEN", lambda: "pscale_tkn_" + b64u(43)), P("password", "DATABASE_PASSWORD", lambda: "pscale_pw_" + b64u(43))],
                    [D("service-token-id", "PLANETSCALE_SERVICE_TOKEN_ID", lambda: lo(12)), D("username", "DATABASE_USERNAME", lambda: lo(12))]),
    "plivo": ("PLIVO", [P("auth-token", "PLIVO_AUTH_TOKEN", lambda: an(40))],
              [D("auth-id", "PLIVO_AUTH_ID", lambda: "MA" + up(18)), D("phone-number", "PLIVO_NUMBER", lambda: "+1415" + dg(7))]),
    "posthog": ("POSTHOG", [P("personal-api-key", "POSTHOG_PERSONAL_API_KEY", lambda: "phx_" + an(43))],
                [D("project-api-key", "POSTHOG_API_KEY", lambda: "phc_" + an(43)), D("host", "POSTHOG_HOST", ph("https://eu.i.posthog.com"))]),
    "pubnub": ("PUBNUB", [P("secret-key", "PUBNUB_SECRET_KEY", lambda: "sec-c-" + b64(36))],
               [D("subscribe-key", "PUBNUB_SUBSCRIBE_KEY", lambda: "sub-c-" + uid()), D("publish-key", "PUBNUB_PUBLISH_KEY", lambda: "pub-c-" + uid())]),
    "pusher": ("PUSHER", [P("app-secret", "PUSHER_APP_SECRET", lambda: hx(20))],
               [D("app-key", "PUSHER_APP_KEY", lambda: hx(20)), D("app-id", "PUSHER_APP_ID", lambda: dg(7))]),
    "rails": ("RAILS", [P("master-key", "RAILS_MASTER_KEY", lambda: hx(32)), P("secret-key-base", "SECRET_KEY_BASE", lambda: hx(128))],
              [D("asset-digest", "ASSET_DIGEST", lambda: hx(64)), D("placeholder", "RAILS_MASTER_KEY", ph("<contents of config/master.key>"))]),
    "razorpay": ("RAZORPAY", [P("key-secret", "RAZORPAY_KEY_SECRET", lambda: an(24))],
                 [D("key-id", "RAZORPAY_KEY_ID", lambda: "rzp_live_" + an(14)), D("test-key-id", "RAZORPAY_TEST_KEY_ID", lambda: "rzp_test_" + an(14))]),
    "render": ("RENDER", [P("api-key", "RENDER_API_KEY", lambda: "rnd_" + an(32))],
               [D("service-id", "RENDER_SERVICE_ID", lambda: "srv-" + lo(20)), D("deploy-hook-placeholder", "RENDER_DEPLOY_HOOK", ph("https://api.render.com/deploy/srv-xxxxxxxx?key=xxxxxxxx"))]),
    "resend": ("RESEND", [P("api-key", "RESEND_API_KEY", lambda: "re_" + an(8) + "_" + an(24))],
               [D("audience-id", "RESEND_AUDIENCE_ID", uid), D("placeholder", "RESEND_API_KEY", ph("re_123456789"))]),
    "roblox": ("ROBLOX", [P("roblosecurity-cookie", "ROBLOSECURITY", roblox_cookie), P("open-cloud-key", "ROBLOX_API_KEY", lambda: b64(60))],
               [D("universe-id", "ROBLOX_UNIVERSE_ID", lambda: dg(10)), D("place-id", "ROBLOX_PLACE_ID", lambda: dg(11))]),
    "rollbar": ("ROLLBAR", [P("server-token", "ROLLBAR_ACCESS_TOKEN", lambda: hx(32)), P("read-token", "ROLLBAR_READ_TOKEN", lambda: hx(32))],
                [D("code-version", "ROLLBAR_CODE_VERSION", lambda: hx(40)), D("environment", "ROLLBAR_ENV", ph("production"))]),
    "salesforce": ("SALESFORCE", [P("access-token", "SF_ACCESS_TOKEN", lambda: "00D%s!%s" % (an(12), b64u(96).replace("-", ".").replace("_", "."))),
                                  P("consumer-secret", "SF_CONSUMER_SECRET", lambda: HX_(64)), P("refresh-token", "SF_REFRESH_TOKEN", lambda: "5Aep861" + an(80))],
                   [D("consumer-key", "SF_CONSUMER_KEY", lambda: "3MVG9" + b64u(80).replace("-", ".").replace("_", "_")), D("org-id", "SF_ORG_ID", lambda: "00D" + an(15))]),
    "saucelabs": ("SAUCE", [P("access-key", "SAUCE_ACCESS_KEY", uid), P("hub-url", "SAUCE_HUB", lambda: "https://%s:%s@ondemand.eu-central-1.saucelabs.com:443/wd/hub" % (la(8), uid()))],
                 [D("username", "SAUCE_USERNAME", lambda: "oauth-%s-%s" % (la(6), hx(5))), D("tunnel-name", "SAUCE_TUNNEL", lambda: "ci-" + hx(8))]),
    "scalingo": ("SCALINGO", [P("api-token", "SCALINGO_API_TOKEN", lambda: "tk-us-" + b64u(48))],
                 [D("app-name", "SCALINGO_APP", ph("acme-api")), D("region", "SCALINGO_REGION", ph("osc-fr1"))]),
    "segment": ("SEGMENT", [P("public-api-token", "SEGMENT_API_TOKEN", lambda: "sgp_" + an(64)), P("server-write-key", "SEGMENT_WRITE_KEY", lambda: an(32))],
                [D("source-id", "SEGMENT_SOURCE_ID", lambda: an(22)), D("workspace", "SEGMENT_WORKSPACE", ph("acme-analytics"))]),
    "sendbird": ("SENDBIRD", [P("api-token", "SENDBIRD_API_TOKEN", lambda: hx(40))],
                 [D("app-id", "SENDBIRD_APP_ID", lambda: uid().upper()), D("user-id", "SENDBIRD_USER", ph("support-bot"))]),
    "sendgrid": ("SENDGRID", [P("api-key", "SENDGRID_API_KEY", lambda: "SG.%s.%s" % (b64u(22), b64u(43)))],
                 [D("template-id", "SENDGRID_TEMPLATE_ID", lambda: "d-" + hx(32)), D("truncated", "SENDGRID_API_KEY", lambda: "SG." + b64u(6) + "...")]),
    "sentry": ("SENTRY", [P("org-auth-token", "SENTRY_AUTH_TOKEN", sentry_org), P("user-auth-token", "SENTRY_USER_TOKEN", lambda: "sntryu_" + hx(64)), P("legacy-auth-token", "SENTRY_TOKEN", lambda: hx(64))],
               [D("dsn", "SENTRY_DSN", lambda: "https://%s@o%s.ingest.sentry.io/%s" % (hx(32), dg(6), dg(7))), D("release", "SENTRY_RELEASE", lambda: hx(40))]),
    "shippo": ("SHIPPO", [P("live-token", "SHIPPO_API_TOKEN", lambda: "shippo_live_" + hx(40)), P("test-token", "SHIPPO_TEST_TOKEN", lambda: "shippo_test_" + hx(40))],
               [D("carrier-account", "SHIPPO_CARRIER_ACCOUNT", lambda: hx(32)), D("placeholder", "SHIPPO_API_TOKEN", ph("shippo_live_<token>"))]),
    "shodan": ("SHODAN", [P("api-key", "SHODAN_API_KEY", lambda: an(32))],
               [D("query", "SHODAN_QUERY", ph("org:acme port:22")), D("placeholder", "SHODAN_API_KEY", ph("YOUR_SHODAN_API_KEY"))]),
    "shopify": ("SHOPIFY", [P("admin-access-token", "SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + hx(32)), P("shared-secret", "SHOPIFY_API_SECRET", lambda: "shpss_" + hx(32)),
                            P("custom-app-token", "SHOPIFY_CUSTOM_APP_TOKEN", lambda: "shpca_" + hx(32))],
                [D("storefront-token", "SHOPIFY_STOREFRONT_TOKEN", lambda: hx(32)), D("api-key-client-id", "SHOPIFY_API_KEY", lambda: hx(32))]),
    "shortcut": ("SHORTCUT", [P("api-token", "SHORTCUT_API_TOKEN", uid)],
                 [D("workspace", "SHORTCUT_WORKSPACE", ph("acme")), D("story-id", "SHORTCUT_STORY", lambda: "sc-" + dg(5))]),
    "slack": ("SLACK", [P("bot-token", "SLACK_BOT_TOKEN", slack_bot), P("user-token", "SLACK_USER_TOKEN", slack_user), P("webhook", "SLACK_WEBHOOK_URL", slack_webhook),
                        P("app-token", "SLACK_APP_TOKEN", lambda: "xapp-1-A%s-%s-%s" % (up(10), dg(13), hx(64)))],
              [D("channel-id", "SLACK_CHANNEL", lambda: "C" + up(10)), D("signing-placeholder", "SLACK_BOT_TOKEN", ph("xoxb-your-bot-token"))]),
    "snowflake": ("SNOWFLAKE", [P("password-url", "SNOWFLAKE_URL", lambda: "snowflake://%s:%s@%s-%s/analytics/public?warehouse=etl" % (la(6), an(18), la(6), la(7))),
                                P("private-key", "SNOWFLAKE_PRIVATE_KEY", lambda: pem_rsa("PRIVATE KEY"))],
                  [D("account", "SNOWFLAKE_ACCOUNT", lambda: "%s-%s" % (la(6), la(7))), D("public-key-fp", "SNOWFLAKE_PUBKEY_FP", lambda: "SHA256:" + b64(32))]),
    "sonarcloud": ("SONARCLOUD", [P("token", "SONAR_TOKEN", lambda: hx(40))],
                   [D("project-key", "SONAR_PROJECT_KEY", ph("acme_backend")), D("organization", "SONAR_ORGANIZATION", ph("acme"))]),
    "sonarqube": ("SONARQUBE", [P("user-token", "SONARQUBE_TOKEN", lambda: "squ_" + hx(40)), P("project-analysis-token", "SONAR_PROJECT_TOKEN", lambda: "sqp_" + hx(40)),
                                P("global-analysis-token", "SONAR_GLOBAL_TOKEN", lambda: "sqa_" + hx(40))],
                  [D("host-url", "SONAR_HOST_URL", ph("https://sonar.acme.example")), D("placeholder", "SONARQUBE_TOKEN", ph("squ_<generated>"))]),
    "splunk": ("SPLUNK", [P("hec-token", "SPLUNK_HEC_TOKEN", uid), P("observability-token", "SFX_ACCESS_TOKEN", lambda: b64u(22))],
               [D("index", "SPLUNK_INDEX", ph("main")), D("hec-url", "SPLUNK_HEC_URL", ph("https://http-inputs-acme.splunkcloud.com:443/services/collector"))]),
    "square": ("SQUARE", [P("access-token", "SQUARE_ACCESS_TOKEN", lambda: "EAAA" + b64u(60)), P("legacy-token", "SQUARE_LEGACY_TOKEN", lambda: "sq0atp-" + b64u(22)),
                          P("application-secret", "SQUARE_APP_SECRET", lambda: "sq0csp-" + b64u(43))],
               [D("application-id", "SQUARE_APPLICATION_ID", lambda: "sq0idp-" + b64u(22)), D("location-id", "SQUARE_LOCATION_ID", lambda: "L" + up(12))]),
    "steam": ("STEAM", [P("web-api-key", "STEAM_API_KEY", lambda: HX_(32))],
              [D("app-id", "STEAM_APP_ID", lambda: dg(6)), D("steam-id", "STEAM_ID", lambda: "7656119" + dg(10))]),
    "stripe": ("STRIPE", [P("secret-key-live", "STRIPE_SECRET_KEY", lambda: "sk_live_" + an(99)), P("restricted-key", "STRIPE_RESTRICTED_KEY", lambda: "rk_live_" + an(99)),
                          P("webhook-secret", "STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + an(32))],
               [D("publishable-key", "STRIPE_PUBLISHABLE_KEY", lambda: "pk_live_" + an(99)), D("price-id", "STRIPE_PRICE_ID", lambda: "price_" + an(24))]),
    "supabase": ("SUPABASE", [P("service-role-jwt", "SUPABASE_SERVICE_ROLE_KEY", lambda: supabase_jwt("service_role")), P("management-pat", "SUPABASE_ACCESS_TOKEN", lambda: "sbp_" + hx(40)),
                              P("secret-key", "SUPABASE_SECRET_KEY", lambda: "sb_secret_" + b64u(31))],
                 [D("anon-jwt", "SUPABASE_ANON_KEY", lambda: supabase_jwt("anon")), D("publishable-key", "SUPABASE_PUBLISHABLE_KEY", lambda: "sb_publishable_" + b64u(31))]),
    "tavily": ("TAVILY", [P("api-key", "TAVILY_API_KEY", lambda: "tvly-" + an(32)), P("dev-key", "TAVILY_DEV_KEY", lambda: "tvly-dev-" + an(32))],
               [D("placeholder", "TAVILY_API_KEY", ph("tvly-YOUR_API_KEY")), D("search-depth", "TAVILY_DEPTH", ph("advanced"))]),
    "teamcity": ("TEAMCITY", [P("access-token", "TEAMCITY_TOKEN", teamcity)],
                 [D("build-type", "TEAMCITY_BUILD_TYPE", ph("Backend_Build")), D("server-url", "TEAMCITY_URL", ph("https://tc.acme.example"))]),
    "telnyx": ("TELNYX", [P("api-key-v2", "TELNYX_API_KEY", lambda: "KEY" + HX_(32) + "_" + b64u(22))],
               [D("public-key", "TELNYX_PUBLIC_KEY", lambda: b64(32)), D("docs-placeholder", "TELNYX_API_KEY", ph("KEY_xxxxxxxxxxxxx"))]),
    "tenable": ("TENABLE", [P("secret-key", "TENABLE_SECRET_KEY", lambda: hx(64))],
                [D("access-key-id", "TENABLE_ACCESS_KEY", lambda: hx(64)), D("scan-id", "TENABLE_SCAN_ID", lambda: dg(4))]),
    "terraform": ("TFE", [P("api-token", "TFE_TOKEN", lambda: "%s.atlasv1.%s" % (an(14), an(67)))],
                  [D("organization", "TFE_ORG", ph("acme")), D("workspace-id", "TFE_WORKSPACE_ID", lambda: "ws-" + an(16))]),
    "todoist": ("TODOIST", [P("api-token", "TODOIST_API_TOKEN", lambda: hx(40))],
                [D("project-id", "TODOIST_PROJECT_ID", lambda: dg(10)), D("placeholder", "TODOIST_API_TOKEN", ph("0123456789abcdef0123456789abcdef01234567"))]),
    "toggl": ("TOGGL", [P("api-token", "TOGGL_API_TOKEN", lambda: hx(32))],
              [D("workspace-id", "TOGGL_WORKSPACE_ID", lambda: dg(7)), D("project-id", "TOGGL_PROJECT_ID", lambda: dg(9))]),
    "travisci": ("TRAVIS", [P("api-token", "TRAVIS_API_TOKEN", lambda: b64u(22))],
                 [D("repo-slug", "TRAVIS_REPO_SLUG", ph("acme/backend")), D("build-id", "TRAVIS_BUILD_ID", lambda: dg(9))]),
    "twilio": ("TWILIO", [P("auth-token", "TWILIO_AUTH_TOKEN", lambda: hx(32)), P("api-key-secret", "TWILIO_API_SECRET", lambda: an(32))],
               [D("account-sid", "TWILIO_ACCOUNT_SID", lambda: "AC" + hx(32)), D("api-key-sid", "TWILIO_API_KEY", lambda: "SK" + hx(32))]),
    "twitch": ("TWITCH", [P("oauth-token", "TWITCH_OAUTH_TOKEN", lambda: lo(30)), P("chat-oauth", "TWITCH_CHAT_TOKEN", lambda: "oauth:" + lo(30)), P("client-secret", "TWITCH_CLIENT_SECRET", lambda: lo(30))],
               [D("client-id", "TWITCH_CLIENT_ID", lambda: lo(30)), D("channel", "TWITCH_CHANNEL", ph("acmestream"))]),
    "twitter": ("TWITTER", [P("bearer-token", "TWITTER_BEARER_TOKEN", twitter_bearer), P("consumer-secret", "TWITTER_CONSUMER_SECRET", lambda: an(50)),
                            P("access-token", "TWITTER_ACCESS_TOKEN", lambda: dg(19) + "-" + an(40))],
                [D("consumer-key", "TWITTER_CONSUMER_KEY", lambda: an(25)), D("user-id", "TWITTER_USER_ID", lambda: dg(19))]),
    "typeform": ("TYPEFORM", [P("pat", "TYPEFORM_TOKEN", lambda: "tfp_" + b64u(44) + "_" + an(14)), P("pat-docs-shape", "TYPEFORM_ACCESS_TOKEN", lambda: "tfp_" + hx(40))],
                 [D("form-id", "TYPEFORM_FORM_ID", lambda: an(8)), D("docs-example", "TYPEFORM_EXAMPLE_TOKEN", ph("tfp_943af478d3ff3d4d760020c11af102b79c440513"))]),
    "upstash": ("UPSTASH", [P("redis-rest-token", "UPSTASH_REDIS_REST_TOKEN", lambda: "A" + b64u(4) + "ASQg" + b64u(70)),
                            P("qstash-token", "QSTASH_TOKEN", lambda: enc64(json.dumps({"UserID": uid(), "Password": hx(32)}, separators=(",", ":"))).rstrip("="))],
                [D("rest-url", "UPSTASH_REDIS_REST_URL", lambda: "https://%s-%s-%s.upstash.io" % (la(6), la(6), dg(5))), D("read-only-placeholder", "UPSTASH_READONLY", ph("********"))]),
    "uptimerobot": ("UPTIMEROBOT", [P("main-api-key", "UPTIMEROBOT_API_KEY", lambda: "u%s-%s" % (dg(7), hx(24))), P("monitor-api-key", "UPTIMEROBOT_MONITOR_KEY", lambda: "m%s-%s" % (dg(9), hx(24)))],
                    [D("monitor-id", "UPTIMEROBOT_MONITOR_ID", lambda: dg(9)), D("status-page", "UPTIMEROBOT_STATUS", lambda: "https://stats.uptimerobot.com/" + an(10))]),
    "url": ("DATABASE", [P("postgres-url", "DATABASE_URL", pg_url), P("amqp-url", "AMQP_URL", lambda: "amqps://%s:%s@rabbit-%s.internal:5671/prod" % (la(6), an(22), lo(4)))],
            [D("url-placeholder", "DATABASE_URL", ph("postgres://user:password@localhost:5432/app")), D("url-no-password", "REDIS_URL", ph("redis://cache.internal:6379/0"))]),
    "virustotal": ("VT", [P("api-key", "VT_API_KEY", lambda: hx(64))],
                   [D("file-sha256", "VT_SAMPLE_SHA256", lambda: hx(64)), D("placeholder", "VT_API_KEY", ph("<apikey>"))]),
    "voyageai": ("VOYAGE", [P("api-key", "VOYAGE_API_KEY", lambda: "pa-" + b64u(43))],
                 [D("model", "VOYAGE_MODEL", ph("voyage-3-large")), D("truncated", "VOYAGE_API_KEY", lambda: "pa-" + b64u(5) + "...")]),
    "vultr": ("VULTR", [P("api-key", "VULTR_API_KEY", lambda: up(36))],
              [D("instance-id", "VULTR_INSTANCE_ID", uid), D("region", "VULTR_REGION", ph("ams"))]),
    "wandb": ("WANDB", [P("api-key", "WANDB_API_KEY", lambda: hx(40))],
              [D("entity", "WANDB_ENTITY", ph("acme-ml")), D("run-id", "WANDB_RUN_ID", lambda: lo(8))]),
    "webex": ("WEBEX", [P("bot-token", "WEBEX_BOT_TOKEN", lambda: "%s_%s_%s" % (an(64), R.choice(["PF84", "P0A1", "PE93"]), uid())),
                        P("incoming-webhook", "WEBEX_WEBHOOK_URL", lambda: "https://webexapis.com/v1/webhooks/incoming/" + enc64u("ciscospark://us/WEBHOOK/" + uid()))],
              [D("room-id", "WEBEX_ROOM_ID", lambda: enc64u("ciscospark://us/ROOM/" + uid())), D("person-email", "WEBEX_BOT_EMAIL", ph("acme-bot@webex.bot"))]),
    "wise": ("WISE", [P("api-token", "WISE_API_TOKEN", uid)],
             [D("profile-id", "WISE_PROFILE_ID", lambda: dg(8)), D("sandbox-url", "WISE_API_URL", ph("https://api.sandbox.transferwise.tech"))]),
    "woocommerce": ("WOOCOMMERCE", [P("consumer-secret", "WOOCOMMERCE_CONSUMER_SECRET", lambda: "cs_" + hx(40))],
                    [D("consumer-key-id", "WOOCOMMERCE_CONSUMER_KEY", lambda: "ck_" + hx(40)), D("store-url", "WOOCOMMERCE_URL", ph("https://shop.acme.example"))]),
    "wordpress": ("WORDPRESS", [P("application-password", "WP_APP_PASSWORD", lambda: " ".join(an(4) for _ in range(6))), P("auth-key-salt", "AUTH_KEY", lambda: SALT(64))],
                  [D("salt-placeholder", "SECURE_AUTH_KEY", ph("put your unique phrase here")), D("username", "WP_USER", ph("editor"))]),
    "xai": ("XAI", [P("api-key", "XAI_API_KEY", lambda: "xai-" + an(80))],
            [D("model", "XAI_MODEL", ph("grok-4")), D("truncated", "XAI_API_KEY", lambda: "xai-" + an(6) + "...")]),
    "xata": ("XATA", [P("api-key", "XATA_API_KEY", lambda: "xau_" + an(36))],
             [D("database-url", "XATA_DATABASE_URL", lambda: "https://acme-%s.eu-central-1.xata.sh/db/app:main" % lo(6)), D("branch", "XATA_BRANCH", ph("main"))]),
    "zendesk": ("ZENDESK", [P("api-token", "ZENDESK_API_TOKEN", lambda: an(40))],
                [D("subdomain", "ZENDESK_SUBDOMAIN", ph("acme")), D("email", "ZENDESK_EMAIL", ph("ops@acme.example"))]),
    "zoho": ("ZOHO", [P("refresh-token", "ZOHO_REFRESH_TOKEN", lambda: "1000.%s.%s" % (hx(32), hx(32))), P("client-secret", "ZOHO_CLIENT_SECRET", lambda: hx(42))],
             [D("client-id", "ZOHO_CLIENT_ID", lambda: "1000." + up(30)), D("org-id", "ZOHO_ORG_ID", lambda: dg(9))]),
}


def camel_title(provider):
    return "".join(x.title() for x in provider.replace("-", "_").split("_"))
