"""Credential formats of the third held-out corpus, written blind.

Each provider: the environment-style name its docs use, its credential
formats (positives) and provider-specific near-misses (decoys). Every value
comes from the seeded generator R, so the corpus is reproducible; none is a
real secret. Sources per provider: SOURCES.md.
"""
import base64
import binascii
import json
import random
import string

R = random.Random(884449094)  # drawn once from secrets.randbits(32)

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
B62 = DIG + UP + LOW
B64 = UP + LOW + DIG + "+/"
B64U = UP + LOW + DIG + "-_"
HEX = "0123456789abcdef"


def pick(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def an(n):
    return pick(B62, n)


def al(n):
    return pick(LOW + DIG, n)


def au(n):
    return pick(UP + DIG, n)


def hx(n):
    return pick(HEX, n)


def HX(n):
    return pick(HEX.upper(), n)


def dg(n):
    return R.choice("123456789") + pick(DIG, n - 1)


def b64(n):
    return pick(B64, n)


def b64u(n):
    return pick(B64U, n)


def uuid():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def enc_b64(s):
    return base64.b64encode(s.encode()).decode()


def enc_b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix, n=30):
    """GitHub / npm style: random part + CRC32 of it in base62 (6 chars)."""
    body = an(n)
    return prefix + body + base62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def jwt(payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = enc_b64u(json.dumps(header, separators=(",", ":")).encode())
    p = enc_b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(43)


def pem(kind):
    if kind == "OPENSSH":
        body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                "QyNTUxOQAAACA" + b64(300) + "AAAAEHJvb3RAYnVpbGQtaG9zdAECAwQF")
        width = 70
    elif kind == "EC":
        body = "MHcCAQEEI" + b64(103) + "AoGCCqGSM49AwEHoUQDQgAE" + b64(86) + "=="
        width = 64
    elif kind == "RSA":
        body = "MIIEowIBAAKCAQEA" + b64(1572) + "="
        width = 64
    else:
        kind = ""
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64(1570) + "=="
        width = 64
    label = (kind + " PRIVATE KEY").strip()
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def hublet():
    return R.choice(["na1", "na2", "eu1", "na1", "ap1"])


def hub_pak():
    hub = hublet()
    f1 = "%s-%s-%s-%s-%s" % (hub, hx(4), hx(4), hx(4), hx(12))
    raw = (b"\x0a\x24" + f1.encode() + b"\x10" + bytes(R.randrange(128, 256) for _ in range(3)) + b"\x13"
           + b"\x18" + bytes(R.randrange(128, 256) for _ in range(3)) + b"\x22" + b"\x2a\x19\x00\x05"
           + bytes(R.randrange(256) for _ in range(23)) + b"\x4a\x03" + hub.encode())
    return enc_b64u(raw)


def hub_oauth(n=131):
    # 0x08 + varint of an expiry in epoch ms (2026): base64 starts "C" + [I-P]
    return "C" + R.choice("IJKLMNOP") + b64u(n - 2)


def pypi_token():
    raw = (b"\x02\x01\x08pypi.org\x02\x24" + uuid().encode() + b"\x00\x02\x2a\x08\x03"
           + b'[1,["upload"]]' + b"\x00\x00\x06\x20" + bytes(R.randrange(256) for _ in range(32)))
    return "pypi-" + enc_b64u(raw)


def openai_proj():
    return "sk-proj-" + b64u(74) + "T3BlbkFJ" + b64u(74)


def stripe_long(prefix):
    return prefix + "51" + an(98)


def password(n=18):
    return an(n - 3) + R.choice("!#%*-_.") + dg(2)


def split_value(value):
    """A value whose first word is a scheme the provider prints with it ("FlyV1 fm2_…"): the token is the secret."""
    if value.startswith("FlyV1 "):
        return value[len("FlyV1 "):], {"accept": [value]}
    return value, {}


class P:
    def __init__(self, name, env, formats, decoys=(), api="https://api.example.com/v1/"):
        self.name, self.env, self.formats, self.decoys, self.api = name, env, formats, list(decoys), api


F = lambda fmt, gen: (fmt, gen)  # noqa: E731
D = lambda kind, gen: (kind, gen)  # noqa: E731
lit = lambda s: (lambda: s)  # noqa: E731

PROVIDERS = [
    P("ably", "ABLY_API_KEY", [F("key", lambda: "%s.%s:%s" % (b64u(6), b64u(6), b64u(43)))],
      [D("key-id", lambda: "%s.%s" % (b64u(6), b64u(6)))]),
    P("activecampaign", "ACTIVECAMPAIGN_API_KEY", [F("key", lambda: hx(72))],
      [D("public-url", lit("https://acme4821.api-us1.com"))]),
    P("adobe", "ADOBE_CLIENT_SECRET", [F("p8e", lambda: "p8e-" + an(32))],
      [D("client-id", lambda: hx(32))]),
    P("adyen", "ADYEN_API_KEY", [F("aqe", lambda: "AQE" + b64(98) + "==-" + b64(43) + "=-" + an(16))],
      [D("client-key", lambda: "live_" + au(32))]),
    P("age", "AGE_SECRET_KEY", [F("secret", lambda: "AGE-SECRET-KEY-1" + pick("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58))],
      [D("public-key", lambda: "age1" + pick("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))]),
    P("airflow", "AIRFLOW__CORE__FERNET_KEY", [F("fernet", lambda: b64u(43) + "=")],
      [D("template", lit("{FERNET_KEY}"))]),
    P("airtable", "AIRTABLE_API_KEY", [F("pat", lambda: "pat" + an(14) + "." + hx(64)),
                                        F("legacy-key", lambda: "key" + an(14))],
      [D("base-id", lambda: "app" + an(14)), D("table-id", lambda: "tbl" + an(14))]),
    P("akamai", "AKAMAI_CLIENT_SECRET", [F("client-secret", lambda: b64(43) + "=")],
      [D("host", lambda: "akab-%s-%s.luna.akamaiapis.net" % (al(16), al(16)))]),
    P("algolia", "ALGOLIA_ADMIN_API_KEY", [F("admin-key", lambda: hx(32))],
      [D("app-id", lambda: au(10)), D("search-key", lambda: hx(32))]),
    P("alibabacloud", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", [F("access-key-secret", lambda: an(30)),
                                                          F("access-key-id", lambda: "LTAI5t" + an(18))],
      [D("docs-sample", lit("LTAI4xxxxxxxxxxxxxxxxxxx"))]),
    P("amplitude", "AMPLITUDE_SECRET_KEY", [F("secret-key", lambda: hx(32))],
      [D("api-key-public", lambda: hx(32))]),
    P("anthropic", "ANTHROPIC_API_KEY", [F("api03", lambda: "sk-ant-api03-" + b64u(93) + "AA"),
                                          F("admin01", lambda: "sk-ant-admin01-" + b64u(93) + "AA")],
      [D("elided", lambda: "sk-ant-api03-" + b64u(6) + "...")]),
    P("anyscale", "ANYSCALE_API_KEY", [F("esecret", lambda: "esecret_" + al(26))]),
    P("asana", "ASANA_ACCESS_TOKEN", [F("pat-v1", lambda: "1/%s:%s" % (dg(16), hx(32))),
                                       F("pat-v2", lambda: "2/%s/%s:%s" % (dg(16), dg(16), hx(32)))],
      [D("workspace-id", lambda: dg(16))]),
    P("assemblyai", "ASSEMBLYAI_API_KEY", [F("key", lambda: hx(32))]),
    P("atlassian", "JIRA_API_TOKEN", [F("atatt", lambda: "ATATT3xFfGF0" + b64u(171) + "=" + HX(8))],
      [D("email", lit("dev.ops@acme-corp.example"))]),
    P("auth0", "AUTH0_CLIENT_SECRET", [F("client-secret", lambda: b64u(64))],
      [D("client-id", lambda: an(32)), D("domain", lambda: "dev-%s.us.auth0.com" % al(16))]),
    P("authorizenet", "AUTHORIZE_NET_TRANSACTION_KEY", [F("transaction-key", lambda: an(16))],
      [D("login-id", lambda: an(12))]),
    P("aws", "AWS_SECRET_ACCESS_KEY", [F("secret-key", lambda: b64(40)),
                                        F("akia", lambda: "AKIA" + pick(UP + "234567", 16)),
                                        F("asia", lambda: "ASIA" + pick(UP + "234567", 16))],
      [D("docs-sample", lit("AKIAIOSFODNN7EXAMPLE")), D("docs-sample", lit("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")),
       D("account-id", lambda: dg(12))]),
    P("azure", "AZURE_CLIENT_SECRET", [F("client-secret", lambda: an(3) + "8Q~" + pick(B62 + "_~.-", 34)),
                                        F("storage-key", lambda: b64(86) + "==")],
      [D("tenant-id", uuid), D("client-id", uuid)]),
    P("backblaze", "B2_APPLICATION_KEY", [F("app-key", lambda: "K00" + dg(1) + pick(B62 + "+/", 27))],
      [D("key-id", lambda: "00" + hx(23))]),
    P("binance", "BINANCE_API_SECRET", [F("secret", lambda: an(64))],
      [D("key-id", lambda: an(64))]),
    P("bitly", "BITLY_ACCESS_TOKEN", [F("token", lambda: hx(40))]),
    P("bitwarden", "BWS_ACCESS_TOKEN", [F("sm-token", lambda: "0.%s.%s:%s==" % (uuid(), an(30), b64(22)))],
      [D("org-id", uuid)]),
    P("box", "BOX_CLIENT_SECRET", [F("client-secret", lambda: an(32))],
      [D("client-id", lambda: al(32))]),
    P("braintree", "BRAINTREE_PRIVATE_KEY", [F("private-key", lambda: hx(32)),
                                              F("access-token", lambda: "access_token$production$%s$%s" % (al(16), hx(32)))],
      [D("public-key", lambda: al(16)), D("merchant-id", lambda: al(16))]),
    P("braze", "BRAZE_REST_API_KEY", [F("rest-key", uuid)], [D("app-id", uuid)]),
    P("brevo", "BREVO_API_KEY", [F("xkeysib", lambda: "xkeysib-%s-%s" % (hx(64), an(16))),
                                  F("xsmtpsib", lambda: "xsmtpsib-%s-%s" % (hx(64), an(16)))],
      [D("elided", lambda: "xkeysib-" + hx(8) + "****")]),
    P("browserstack", "BROWSERSTACK_ACCESS_KEY", [F("access-key", lambda: an(20))],
      [D("username", lambda: "jdoe_" + al(6))]),
    P("bugsnag", "BUGSNAG_AUTH_TOKEN", [F("auth-token", uuid)]),
    P("buildkite", "BUILDKITE_API_TOKEN", [F("bkua", lambda: "bkua_" + hx(40))],
      [D("org-slug", lit("acme-engineering"))]),
    P("calcom", "CAL_API_KEY", [F("live", lambda: "cal_live_" + hx(32)), F("test", lambda: "cal_test_" + hx(32))]),
    P("calendly", "CALENDLY_PERSONAL_ACCESS_TOKEN",
      [F("pat-jwt", lambda: jwt({"iss": "https://auth.calendly.com", "iat": 1760000000, "jti": uuid(),
                                 "user_uuid": uuid()}, {"kid": hx(8), "typ": "PAT", "alg": "ES256"}))],
      [D("event-url", lit("https://calendly.com/acme-sales/30min"))]),
    P("cerebras", "CEREBRAS_API_KEY", [F("csk", lambda: "csk-" + al(48))]),
    P("chargebee", "CHARGEBEE_API_KEY", [F("live", lambda: "live_" + an(34)), F("test", lambda: "test_" + an(34))],
      [D("site", lit("acme-test"))]),
    P("checkoutcom", "CHECKOUT_SECRET_KEY", [F("sk-sbox", lambda: "sk_sbox_" + al(27)),
                                             F("sk-uuid", lambda: "sk_" + uuid())],
      [D("publishable", lambda: "pk_sbox_" + al(27))]),
    P("circleci", "CIRCLECI_TOKEN", [F("ccipat", lambda: "CCIPAT_" + an(22) + "_" + hx(40)),
                                      F("legacy", lambda: hx(40))]),
    P("clickup", "CLICKUP_API_TOKEN", [F("pk", lambda: "pk_%s_%s" % (dg(8), au(32)))]),
    P("clojars", "CLOJARS_DEPLOY_TOKEN", [F("token", lambda: "CLOJARS_" + hx(60))]),
    P("cloudflare", "CLOUDFLARE_API_TOKEN", [F("api-token", lambda: b64u(40)),
                                              F("global-key", lambda: hx(37)),
                                              F("origin-ca", lambda: "v1.0-%s-%s" % (hx(24), hx(146)))],
      [D("zone-id", lambda: hx(32)), D("account-id", lambda: hx(32))]),
    P("cloudinary", "CLOUDINARY_API_SECRET", [F("api-secret", lambda: b64u(27))],
      [D("api-key-id", lambda: dg(15)), D("cloud-name", lit("acme-media"))]),
    P("cloudsmith", "CLOUDSMITH_API_KEY", [F("key", lambda: hx(40))]),
    P("coda", "CODA_API_TOKEN", [F("token", uuid)], [D("doc-id", lambda: b64u(10))]),
    P("codecov", "CODECOV_TOKEN", [F("upload-token", uuid)]),
    P("cohere", "COHERE_API_KEY", [F("key", lambda: an(40))]),
    P("coinbase", "COINBASE_API_SECRET", [F("legacy-secret", lambda: an(32))],
      [D("key-name", lambda: "organizations/%s/apiKeys/%s" % (uuid(), uuid()))]),
    P("confluent", "CONFLUENT_CLOUD_API_SECRET", [F("secret", lambda: pick(B62 + "+/", 64))],
      [D("key-id", lambda: au(16))]),
    P("consul", "CONSUL_HTTP_TOKEN", [F("acl-token", uuid)], [D("zero-uuid", lit("00000000-0000-0000-0000-000000000002"))]),
    P("contentful", "CONTENTFUL_MANAGEMENT_TOKEN", [F("cfpat", lambda: "CFPAT-" + b64u(43))],
      [D("space-id", lambda: al(12))]),
    P("convertkit", "CONVERTKIT_API_SECRET", [F("secret", lambda: b64u(43))]),
    P("convex", "CONVEX_DEPLOY_KEY", [F("deploy-key", lambda: "prod:%s-%s-%s|%s" % (
        R.choice(["happy", "brave", "quiet"]), R.choice(["otter", "lynx", "heron"]), dg(3), "ey" + b64u(94)))],
      [D("deployment-url", lit("https://happy-otter-123.convex.cloud"))]),
    P("coveralls", "COVERALLS_REPO_TOKEN", [F("repo-token", lambda: an(32))]),
    P("cratesio", "CARGO_REGISTRY_TOKEN", [F("cio", lambda: "cio" + an(32))]),
    P("crowdstrike", "FALCON_CLIENT_SECRET", [F("client-secret", lambda: an(40))],
      [D("client-id", lambda: hx(32))]),
    P("customerio", "CUSTOMERIO_APP_API_KEY", [F("app-key", lambda: hx(32))], [D("site-id", lambda: hx(20))]),
    P("cypress", "CYPRESS_RECORD_KEY", [F("record-key", uuid)], [D("project-id", lambda: al(6))]),
    P("databricks", "DATABRICKS_TOKEN", [F("dapi", lambda: "dapi" + hx(32)), F("dapi-suffix", lambda: "dapi" + hx(32) + "-2")],
      [D("host", lambda: "https://adb-%s.%s.azuredatabricks.net" % (dg(16), dg(2)))]),
    P("datadog", "DD_API_KEY", [F("api-key", lambda: hx(32))],
      [D("client-token", lambda: "pub" + hx(32))]),
    P("dbtcloud", "DBT_CLOUD_API_TOKEN", [F("dbtc", lambda: "dbtc_" + b64u(56))], [D("account-id", lambda: dg(6))]),
    P("deepgram", "DEEPGRAM_API_KEY", [F("key", lambda: hx(40))]),
    P("deepseek", "DEEPSEEK_API_KEY", [F("sk", lambda: "sk-" + hx(32))]),
    P("deno", "DENO_DEPLOY_TOKEN", [F("ddp", lambda: "ddp_" + an(36)), F("ddw", lambda: "ddw_" + an(36))]),
    P("digitalocean", "DIGITALOCEAN_TOKEN", [F("dop", lambda: "dop_v1_" + hx(64)), F("doo", lambda: "doo_v1_" + hx(64)),
                                              F("dor", lambda: "dor_v1_" + hx(64))],
      [D("spaces-key-id", lambda: "DO" + au(18))]),
    P("discord", "DISCORD_BOT_TOKEN", [F("bot-token", lambda: "%s.%s.%s" % (enc_b64(dg(18)).rstrip("="), b64u(6), b64u(38)))],
      [D("client-id", lambda: dg(18)), D("public-key", lambda: hx(64))]),
    P("docker", "DOCKERHUB_TOKEN", [F("dckr-pat", lambda: "dckr_pat_" + b64u(27))], [D("username", lit("acmebuild"))]),
    P("doppler", "DOPPLER_TOKEN", [F("service", lambda: "dp.st.prd." + an(40)), F("personal", lambda: "dp.pt." + an(43)),
                                    F("service-account", lambda: "dp.sa." + an(43))]),
    P("drone", "DRONE_TOKEN", [F("token", lambda: an(32))], [D("server", lit("https://drone.acme.example"))]),
    P("dropbox", "DROPBOX_ACCESS_TOKEN", [F("sl", lambda: "sl." + b64u(136))],
      [D("app-key", lambda: al(15))]),
    P("duffel", "DUFFEL_ACCESS_TOKEN", [F("live", lambda: "duffel_live_" + b64u(43)), F("test", lambda: "duffel_test_" + b64u(43))]),
    P("duo", "DUO_SECRET_KEY", [F("skey", lambda: an(40))],
      [D("ikey", lambda: "DI" + au(18)), D("host", lambda: "api-%s.duosecurity.com" % hx(8))]),
    P("dynatrace", "DT_API_TOKEN", [F("dt0c01", lambda: "dt0c01.%s.%s" % (au(24), au(64)))],
      [D("env-url", lambda: "https://%s.live.dynatrace.com" % al(8))]),
    P("e2b", "E2B_API_KEY", [F("e2b", lambda: "e2b_" + hx(40))]),
    P("easypost", "EASYPOST_API_KEY", [F("prod", lambda: "EZAK" + hx(54)), F("test", lambda: "EZTK" + hx(54))]),
    P("elastic", "ELASTIC_API_KEY", [F("api-key", lambda: enc_b64(b64u(20) + ":" + b64u(22)))],
      [D("cloud-id", lambda: "prod:" + enc_b64("us-east-1.aws.found.io$%s$%s" % (hx(32), hx(32))))]),
    P("elevenlabs", "ELEVENLABS_API_KEY", [F("sk", lambda: "sk_" + hx(48))], [D("voice-id", lambda: an(20))]),
    P("facebook", "FACEBOOK_APP_SECRET", [F("app-secret", lambda: hx(32)), F("access-token", lambda: "EAA" + an(177))],
      [D("app-id", lambda: dg(15))]),
    P("fastly", "FASTLY_API_TOKEN", [F("token", lambda: b64u(32))], [D("service-id", lambda: an(22))]),
    P("figma", "FIGMA_ACCESS_TOKEN", [F("figd", lambda: "figd_" + b64u(40))], [D("file-key", lambda: an(22))]),
    P("firecrawl", "FIRECRAWL_API_KEY", [F("fc", lambda: "fc-" + hx(32))]),
    P("fireworks", "FIREWORKS_API_KEY", [F("fw", lambda: "fw_" + an(24))]),
    P("flutterwave", "FLW_SECRET_KEY", [F("live", lambda: "FLWSECK-" + hx(32) + "-X"),
                                         F("test", lambda: "FLWSECK_TEST-" + hx(32) + "-X")],
      [D("publishable", lambda: "FLWPUBK-" + hx(32) + "-X")]),
    P("flyio", "FLY_API_TOKEN", [F("fm2", lambda: "FlyV1 fm2_" + b64(300)), F("fo1", lambda: "fo1_" + b64u(43))]),
    P("freshdesk", "FRESHDESK_API_KEY", [F("key", lambda: an(20))], [D("domain", lit("acme.freshdesk.com"))]),
    P("ghost", "GHOST_ADMIN_API_KEY", [F("admin-key", lambda: hx(24) + ":" + hx(64))],
      [D("content-key", lambda: hx(26))]),
    P("gitbook", "GITBOOK_API_TOKEN", [F("gb-api", lambda: "gb_api_" + an(40))]),
    P("gitea", "GITEA_TOKEN", [F("token", lambda: hx(40))]),
    P("github", "GITHUB_TOKEN", [F("ghp", lambda: crc_token("ghp_")), F("gho", lambda: crc_token("gho_")),
                                  F("ghs", lambda: crc_token("ghs_")), F("ghu", lambda: crc_token("ghu_")),
                                  F("ghr", lambda: crc_token("ghr_", 70)),
                                  F("fine-grained", lambda: "github_pat_11" + au(20) + "_" + an(59))],
      [D("client-id", lambda: "Iv1." + hx(16)), D("app-id", lambda: dg(6)), D("placeholder", lit("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))]),
    P("gitlab", "GITLAB_TOKEN", [F("glpat", lambda: "glpat-" + b64u(20)), F("glrt", lambda: "glrt-" + b64u(20)),
                                  F("gldt", lambda: "gldt-" + b64u(20)), F("glptt", lambda: "glptt-" + hx(40)),
                                  F("runner-reg", lambda: "GR1348941" + b64u(20))],
      [D("project-id", lambda: dg(8)), D("elided", lambda: "glpat-" + b64u(4) + "…")]),
    P("gocardless", "GOCARDLESS_ACCESS_TOKEN", [F("live", lambda: "live_" + b64u(40)), F("sandbox", lambda: "sandbox_" + b64u(40))]),
    P("google", "GOOGLE_API_KEY", [F("aiza", lambda: "AIza" + b64u(35)),
                                    F("gocspx", lambda: "GOCSPX-" + b64u(28)),
                                    F("refresh-token", lambda: "1//0" + b64u(99))],
      [D("client-id", lambda: "%s-%s.apps.googleusercontent.com" % (dg(12), al(32))),
       D("project-id", lit("acme-prod-482113"))]),
    P("grafana", "GRAFANA_SERVICE_ACCOUNT_TOKEN", [F("glsa", lambda: "glsa_" + an(32) + "_" + hx(8)),
                                                    F("glc", lambda: "glc_" + enc_b64(json.dumps({"o": dg(6), "n": "stack-" + dg(6) + "-hm-read", "k": an(24), "m": {"r": "prod-us-east-0"}})).rstrip("="))],
      [D("stack-url", lit("https://acme.grafana.net"))]),
    P("groq", "GROQ_API_KEY", [F("gsk", lambda: "gsk_" + an(52))]),
    P("harness", "HARNESS_API_KEY", [F("pat", lambda: "pat.%s.%s.%s" % (b64u(22), hx(24), an(20))),
                                      F("sat", lambda: "sat.%s.%s.%s" % (b64u(22), hx(24), an(20)))],
      [D("account-id", lambda: b64u(22))]),
    P("helicone", "HELICONE_API_KEY", [F("sk-helicone", lambda: "sk-helicone-%s-%s-%s-%s" % (al(7), al(7), al(7), al(7)))]),
    P("heroku", "HEROKU_API_KEY", [F("hrku", lambda: "HRKU-AA" + b64u(58)), F("legacy-uuid", uuid)],
      [D("app-name", lit("acme-staging-api"))]),
    P("hetzner", "HCLOUD_TOKEN", [F("token", lambda: an(64))]),
    P("hexpm", "HEX_API_KEY", [F("key", lambda: hx(32))]),
    P("honeycomb", "HONEYCOMB_API_KEY", [F("config-key", lambda: an(22)), F("classic", lambda: hx(32))],
      [D("dataset", lit("production-traces"))]),
    P("huggingface", "HF_TOKEN", [F("hf", lambda: "hf_" + pick(UP + LOW, 34)), F("api-org", lambda: "api_org_" + pick(UP + LOW, 34))],
      [D("model-id", lit("meta-llama/Llama-3.1-8B-Instruct"))]),
    P("ibmcloud", "IBMCLOUD_API_KEY", [F("key", lambda: b64u(44))]),
    P("ifttt", "IFTTT_WEBHOOK_KEY", [F("maker-key", lambda: b64u(22))]),
    P("infisical", "INFISICAL_TOKEN", [F("service-token", lambda: "st.%s.%s.%s" % (uuid(), hx(32), hx(32)))]),
    P("influxdb", "INFLUX_TOKEN", [F("token", lambda: b64u(86) + "==")], [D("org-id", lambda: hx(16))]),
    P("infobip", "INFOBIP_API_KEY", [F("key", lambda: hx(32) + "-" + uuid())], [D("base-url", lambda: "https://%s.api.infobip.com" % al(6))]),
    P("instagram", "INSTAGRAM_ACCESS_TOKEN", [F("igqv", lambda: "IGQVJ" + b64u(180))], [D("user-id", lambda: dg(17))]),
    P("intercom", "INTERCOM_ACCESS_TOKEN", [F("tok", lambda: enc_b64("tok:%s:1:0" % uuid().replace("-", "_")))],
      [D("app-id", lambda: al(8))]),
    P("jenkins", "JENKINS_API_TOKEN", [F("api-token", lambda: "11" + hx(32))], [D("user", lit("ci-bot"))]),
    P("jfrog", "JFROG_ACCESS_TOKEN", [F("reference", lambda: "cmVmdGtuOjAxOj" + an(50)), F("api-key", lambda: "AKCp" + an(69))]),
    P("jina", "JINA_API_KEY", [F("jina", lambda: "jina_" + hx(32) + b64u(28))]),
    P("jotform", "JOTFORM_API_KEY", [F("key", lambda: al(32))]),
    P("jumpcloud", "JUMPCLOUD_API_KEY", [F("legacy", lambda: hx(40)), F("jca", lambda: "jca_" + an(36))]),
    P("klaviyo", "KLAVIYO_PRIVATE_API_KEY", [F("pk", lambda: "pk_" + hx(34))], [D("site-id", lambda: an(6))]),
    P("kong", "KONNECT_TOKEN", [F("kpat", lambda: "kpat_" + an(49)), F("spat", lambda: "spat_" + an(49))]),
    P("kraken", "KRAKEN_PRIVATE_KEY", [F("private", lambda: b64(86) + "==")], [D("key-id", lambda: b64(56))]),
    P("langfuse", "LANGFUSE_SECRET_KEY", [F("sk-lf", lambda: "sk-lf-" + uuid())], [D("public-key", lambda: "pk-lf-" + uuid())]),
    P("langsmith", "LANGSMITH_API_KEY", [F("lsv2-pt", lambda: "lsv2_pt_%s_%s" % (hx(32), hx(10))),
                                          F("lsv2-sk", lambda: "lsv2_sk_%s_%s" % (hx(32), hx(10)))]),
    P("laravel", "APP_KEY", [F("app-key", lambda: "base64:" + b64(43) + "=")],
      [D("empty", lit("base64:"))]),
    P("launchdarkly", "LAUNCHDARKLY_SDK_KEY", [F("sdk", lambda: "sdk-" + uuid()), F("api", lambda: "api-" + uuid())],
      [D("mobile-key", lambda: "mob-" + uuid()), D("client-side-id", lambda: hx(24))]),
    P("line", "LINE_CHANNEL_ACCESS_TOKEN", [F("channel-token", lambda: b64(171) + "="), F("channel-secret", lambda: hx(32))],
      [D("channel-id", lambda: dg(10))]),
    P("linear", "LINEAR_API_KEY", [F("lin-api", lambda: "lin_api_" + an(40)), F("lin-oauth", lambda: "lin_oauth_" + hx(64))]),
    P("linkedin", "LINKEDIN_CLIENT_SECRET", [F("client-secret", lambda: an(16))], [D("client-id", lambda: al(14))]),
    P("linode", "LINODE_TOKEN", [F("token", lambda: hx(64))]),
    P("llamacloud", "LLAMA_CLOUD_API_KEY", [F("llx", lambda: "llx-" + an(48))]),
    P("mailchimp", "MAILCHIMP_API_KEY", [F("key-dc", lambda: hx(32) + "-us" + str(R.randrange(1, 21)))],
      [D("list-id", lambda: hx(10))]),
    P("mailersend", "MAILERSEND_API_KEY", [F("mlsn", lambda: "mlsn." + hx(64))]),
    P("mailgun", "MAILGUN_API_KEY", [F("key-prefix", lambda: "key-" + hx(32)), F("private", lambda: "%s-%s-%s" % (hx(32), hx(8), hx(8)))],
      [D("domain", lit("mg.acme-mail.example"))]),
    P("mailjet", "MAILJET_API_SECRET", [F("secret", lambda: hx(32))], [D("key-id", lambda: hx(32))]),
    P("mandrill", "MANDRILL_API_KEY", [F("md", lambda: "md-" + b64u(22))]),
    P("mapbox", "MAPBOX_SECRET_TOKEN", [F("sk", lambda: "sk.eyJ1Ijoi" + b64u(40) + "." + b64u(22))],
      [D("publishable", lambda: "pk.eyJ1Ijoi" + b64u(40) + "." + b64u(22))]),
    P("mercury", "MERCURY_API_TOKEN", [F("secret-token", lambda: "secret-token:mercury_production_rma_" + b64u(40) + "_yrucrem")]),
    P("messagebird", "MESSAGEBIRD_API_KEY", [F("live", lambda: an(25))]),
    P("microsoftteams", "TEAMS_WEBHOOK_URL", [F("webhook", lambda: "https://acme.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (uuid(), uuid(), hx(32), uuid()))]),
    P("mistral", "MISTRAL_API_KEY", [F("key", lambda: an(32))]),
    P("mixpanel", "MIXPANEL_API_SECRET", [F("api-secret", lambda: hx(32)), F("sa-secret", lambda: an(32))],
      [D("project-token", lambda: hx(32))]),
    P("modal", "MODAL_TOKEN_SECRET", [F("as", lambda: "as-" + an(22))], [D("token-id", lambda: "ak-" + an(22))]),
    P("mollie", "MOLLIE_API_KEY", [F("live", lambda: "live_" + an(30)), F("test", lambda: "test_" + an(30)),
                                    F("access", lambda: "access_" + an(40))],
      [D("profile-id", lambda: "pfl_" + an(10))]),
    P("mongodb", "MONGODB_ATLAS_PRIVATE_KEY", [F("atlas-private", uuid)], [D("public-key", lambda: al(8))]),
    P("neon", "NEON_API_KEY", [F("napi", lambda: "napi_" + al(64))]),
    P("netlify", "NETLIFY_AUTH_TOKEN", [F("nfp", lambda: "nfp_" + an(36)), F("legacy", lambda: b64u(43))],
      [D("site-id", uuid)]),
    P("newrelic", "NEW_RELIC_API_KEY", [F("nrak", lambda: "NRAK-" + au(27)), F("license", lambda: hx(36) + "NRAL"),
                                         F("insert", lambda: "NRII-" + b64u(32))],
      [D("browser-key", lambda: "NRJS-" + hx(19)), D("account-id", lambda: dg(7))]),
    P("ngrok", "NGROK_AUTHTOKEN", [F("authtoken", lambda: dg(1) + an(26) + "_" + an(21))]),
    P("notion", "NOTION_TOKEN", [F("secret", lambda: "secret_" + an(43)), F("ntn", lambda: "ntn_" + dg(11) + an(35))],
      [D("page-id", lambda: hx(32))]),
    P("npm", "NPM_TOKEN", [F("npm", lambda: crc_token("npm_"))], [D("elided", lit("npm_****************"))]),
    P("nuget", "NUGET_API_KEY", [F("oy2", lambda: "oy2" + al(43))]),
    P("nvidia", "NVIDIA_API_KEY", [F("nvapi", lambda: "nvapi-" + b64u(64))]),
    P("octopusdeploy", "OCTOPUS_API_KEY", [F("api", lambda: "API-" + au(26))], [D("space-id", lit("Spaces-1"))]),
    P("okta", "OKTA_API_TOKEN", [F("ssws", lambda: "00" + b64u(40))], [D("org-url", lit("https://acme.okta.com"))]),
    P("onepassword", "OP_SERVICE_ACCOUNT_TOKEN", [F("ops", lambda: "ops_" + enc_b64u(json.dumps({"signInAddress": "acme.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u(22)}, "email": al(10) + "@1passwordserviceaccounts.com", "srpX": hx(64), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(43), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + au(6) + "-" + au(11) + "-" + au(5) + "-" + au(5) + "-" + au(5), "throttleSecret": {"seed": hx(64), "uuid": uuid()}, "deviceUuid": al(26)}).encode())),
                                                    F("secret-key", lambda: "A3-%s-%s-%s-%s-%s-%s" % (au(6), au(6), au(5), au(5), au(5), au(5)))],
      [D("op-ref", lit("op://Engineering/Stripe/credential"))]),
    P("onesignal", "ONESIGNAL_REST_API_KEY", [F("os-v2", lambda: "os_v2_app_" + pick("abcdefghijklmnopqrstuvwxyz234567", 113)),
                                               F("legacy", lambda: b64(48))],
      [D("app-id", uuid)]),
    P("openai", "OPENAI_API_KEY", [F("proj", openai_proj), F("legacy", lambda: "sk-" + an(20) + "T3BlbkFJ" + an(20)),
                                    F("svcacct", lambda: "sk-svcacct-" + b64u(74) + "T3BlbkFJ" + b64u(74)),
                                    F("admin", lambda: "sk-admin-" + b64u(74) + "T3BlbkFJ" + b64u(74))],
      [D("org-id", lambda: "org-" + an(24)), D("elided", lit("sk-...abcd"))]),
    P("openrouter", "OPENROUTER_API_KEY", [F("sk-or", lambda: "sk-or-v1-" + hx(64))]),
    P("openshift", "OPENSHIFT_TOKEN", [F("sha256", lambda: "sha256~" + b64u(43))],
      [D("image-digest", lambda: "sha256:" + hx(64))]),
    P("opsgenie", "OPSGENIE_API_KEY", [F("key", uuid)]),
    P("paddle", "PADDLE_API_KEY", [F("live", lambda: "pdl_live_apikey_01" + pick("0123456789abcdefghjkmnpqrstvwxyz", 24) + "_" + an(22) + "_" + an(3)),
                                    F("sandbox", lambda: "pdl_sdbx_apikey_01" + pick("0123456789abcdefghjkmnpqrstvwxyz", 24) + "_" + an(22) + "_" + an(3))],
      [D("client-token", lambda: "live_" + hx(27))]),
    P("pagerduty", "PAGERDUTY_API_TOKEN", [F("api-token", lambda: "u+" + b64u(18)), F("routing-key", lambda: hx(32))],
      [D("service-id", lambda: "P" + au(6))]),
    P("papertrail", "PAPERTRAIL_API_TOKEN", [F("token", lambda: an(20))]),
    P("paypal", "PAYPAL_CLIENT_SECRET", [F("client-secret", lambda: b64u(80)),
                                          F("access-token", lambda: "access_token$production$%s$%s" % (al(16), hx(32)))],
      [D("client-id", lambda: "A" + b64u(79))]),
    P("paystack", "PAYSTACK_SECRET_KEY", [F("live", lambda: "sk_live_" + hx(40)), F("test", lambda: "sk_test_" + hx(40))],
      [D("publishable", lambda: "pk_live_" + hx(40))]),
    P("perplexity", "PERPLEXITY_API_KEY", [F("pplx", lambda: "pplx-" + an(48))]),
    P("phoenix", "SECRET_KEY_BASE", [F("secret-key-base", lambda: b64(64))]),
    P("pinecone", "PINECONE_API_KEY", [F("pcsk", lambda: "pcsk_%s_%s" % (an(5), an(63))), F("legacy", uuid)],
      [D("index-host", lambda: "https://docs-%s.svc.us-east1-aws.pinecone.io" % hx(7))]),
    P("pipedrive", "PIPEDRIVE_API_TOKEN", [F("token", lambda: hx(40))]),
    P("plaid", "PLAID_SECRET", [F("secret", lambda: hx(30)), F("access-token", lambda: "access-production-" + uuid())],
      [D("client-id", lambda: hx(24)), D("public-token", lambda: "public-sandbox-" + uuid())]),
    P("planetscale", "PLANETSCALE_PASSWORD", [F("pw", lambda: "pscale_pw_" + b64u(43)), F("tkn", lambda: "pscale_tkn_" + b64u(43)),
                                               F("oauth", lambda: "pscale_oauth_" + b64u(43))]),
    P("plivo", "PLIVO_AUTH_TOKEN", [F("auth-token", lambda: an(40))], [D("auth-id", lambda: "MA" + au(18))]),
    P("portainer", "PORTAINER_API_KEY", [F("ptr", lambda: "ptr_" + b64(43))]),
    P("posthog", "POSTHOG_PERSONAL_API_KEY", [F("phx", lambda: "phx_" + an(43))], [D("project-key", lambda: "phc_" + an(43))]),
    P("postman", "POSTMAN_API_KEY", [F("pmak", lambda: "PMAK-%s-%s" % (hx(24), hx(34)))]),
    P("postmark", "POSTMARK_SERVER_TOKEN", [F("server-token", uuid)], [D("message-id", uuid)]),
    P("prefect", "PREFECT_API_KEY", [F("pnu", lambda: "pnu_" + an(36))]),
    P("pubnub", "PUBNUB_SECRET_KEY", [F("sec-c", lambda: "sec-c-" + b64(48))], [D("subscribe-key", lambda: "sub-c-" + uuid())]),
    P("pulumi", "PULUMI_ACCESS_TOKEN", [F("pul", lambda: "pul-" + hx(40))]),
    P("pusher", "PUSHER_APP_SECRET", [F("app-secret", lambda: hx(20))], [D("app-key", lambda: hx(20)), D("app-id", lambda: dg(7))]),
    P("pypi", "PYPI_API_TOKEN", [F("macaroon", pypi_token)]),
    P("railway", "RAILWAY_TOKEN", [F("token", uuid)], [D("project-id", uuid)]),
    P("rancher", "RANCHER_TOKEN", [F("token", lambda: "token-%s:%s" % (al(5), al(54)))]),
    P("razorpay", "RAZORPAY_KEY_SECRET", [F("key-secret", lambda: an(24))], [D("key-id", lambda: "rzp_live_" + an(14))]),
    P("recurly", "RECURLY_API_KEY", [F("key", lambda: hx(32))], [D("subdomain", lit("acme-billing"))]),
    P("reddit", "REDDIT_CLIENT_SECRET", [F("client-secret", lambda: b64u(30))], [D("client-id", lambda: b64u(22))]),
    P("render", "RENDER_API_KEY", [F("rnd", lambda: "rnd_" + an(32))], [D("service-id", lambda: "srv-" + al(20))]),
    P("replicate", "REPLICATE_API_TOKEN", [F("r8", lambda: "r8_" + an(37))]),
    P("resend", "RESEND_API_KEY", [F("re", lambda: "re_%s_%s" % (an(8), an(24)))]),
    P("rollbar", "ROLLBAR_ACCESS_TOKEN", [F("server-token", lambda: hx(32))], [D("project-id", lambda: dg(6))]),
    P("rubygems", "GEM_HOST_API_KEY", [F("rubygems", lambda: "rubygems_" + hx(48))]),
    P("salesforce", "SALESFORCE_ACCESS_TOKEN", [F("access-token", lambda: "00D%s!%s" % (an(12), pick(B62 + ".", 96))),
                                                F("consumer-secret", lambda: HX(64))],
      [D("consumer-key", lambda: "3MVG9" + pick(B62 + "._", 80)), D("org-id", lambda: "00D" + an(15))]),
    P("sanity", "SANITY_API_TOKEN", [F("sk", lambda: "sk" + an(180))], [D("project-id", lambda: al(8))]),
    P("saucelabs", "SAUCE_ACCESS_KEY", [F("access-key", uuid)], [D("username", lit("acme-qa"))]),
    P("scaleway", "SCW_SECRET_KEY", [F("secret", uuid)], [D("key-id", lambda: "SCW" + au(17))]),
    P("scalingo", "SCALINGO_API_TOKEN", [F("tk-us", lambda: "tk-us-" + b64u(48))]),
    P("segment", "SEGMENT_PUBLIC_API_TOKEN", [F("sgp", lambda: "sgp_" + an(64))], [D("write-key", lambda: an(32))]),
    P("sendbird", "SENDBIRD_API_TOKEN", [F("token", lambda: hx(40))], [D("app-id", lambda: uuid().upper())]),
    P("sendgrid", "SENDGRID_API_KEY", [F("sg", lambda: "SG.%s.%s" % (b64u(22), b64u(43)))],
      [D("template-id", lambda: "d-" + hx(32)), D("placeholder", lit("SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))]),
    P("sentry", "SENTRY_AUTH_TOKEN", [F("sntrys", lambda: "sntrys_" + enc_b64(json.dumps({"iat": 1760000000.1, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "acme"})).rstrip("=") + "_" + b64(43)),
                                       F("sntryu", lambda: "sntryu_" + hx(64)), F("legacy", lambda: hx(64))],
      [D("dsn", lambda: "https://%s@o%s.ingest.sentry.io/%s" % (hx(32), dg(6), dg(7)))]),
    P("serpapi", "SERPAPI_API_KEY", [F("key", lambda: hx(64))]),
    P("shippo", "SHIPPO_API_TOKEN", [F("live", lambda: "shippo_live_" + hx(40)), F("test", lambda: "shippo_test_" + hx(40))]),
    P("shodan", "SHODAN_API_KEY", [F("key", lambda: an(32))]),
    P("shopify", "SHOPIFY_ACCESS_TOKEN", [F("shpat", lambda: "shpat_" + hx(32)), F("shpss", lambda: "shpss_" + hx(32)),
                                           F("shpca", lambda: "shpca_" + hx(32)), F("shppa", lambda: "shppa_" + hx(32))],
      [D("shop-domain", lit("acme-outlet.myshopify.com")), D("api-key-id", lambda: hx(32))]),
    P("shortcut", "SHORTCUT_API_TOKEN", [F("token", uuid)]),
    P("slack", "SLACK_BOT_TOKEN", [F("xoxb", lambda: "xoxb-%s-%s-%s" % (dg(12), dg(13), an(24))),
                                    F("xoxp", lambda: "xoxp-%s-%s-%s-%s" % (dg(12), dg(12), dg(13), hx(32))),
                                    F("xapp", lambda: "xapp-1-A%s-%s-%s" % (au(10), dg(13), hx(64))),
                                    F("webhook", lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (au(10), au(10), an(24))),
                                    F("xoxe", lambda: "xoxe.xoxp-1-" + an(150))],
      [D("channel-id", lambda: "C" + au(10)), D("signing-elided", lit("xoxb-your-bot-token"))]),
    P("smartsheet", "SMARTSHEET_ACCESS_TOKEN", [F("token", lambda: an(37))]),
    P("smtp2go", "SMTP2GO_API_KEY", [F("api", lambda: "api-" + HX(32))]),
    P("snyk", "SNYK_TOKEN", [F("token", uuid)], [D("org-id", uuid)]),
    P("sonarqube", "SONAR_TOKEN", [F("sqp", lambda: "sqp_" + hx(40)), F("squ", lambda: "squ_" + hx(40)), F("sqa", lambda: "sqa_" + hx(40))],
      [D("project-key", lit("acme_payments-api"))]),
    P("sonarcloud", "SONARCLOUD_TOKEN", [F("token", lambda: hx(40))], [D("organization", lit("acme-gh"))]),
    P("sourcegraph", "SRC_ACCESS_TOKEN", [F("sgp-new", lambda: "sgp_%s_%s" % (hx(16), hx(40))), F("sgp-old", lambda: "sgp_" + hx(40))]),
    P("sparkpost", "SPARKPOST_API_KEY", [F("key", lambda: hx(40))]),
    P("splunk", "SPLUNK_HEC_TOKEN", [F("hec", uuid)], [D("index", lit("main"))]),
    P("spotify", "SPOTIFY_CLIENT_SECRET", [F("client-secret", lambda: hx(32))], [D("client-id", lambda: hx(32))]),
    P("square", "SQUARE_ACCESS_TOKEN", [F("eaaa", lambda: "EAAA" + b64u(60)), F("sq0csp", lambda: "sq0csp-" + b64u(43)),
                                         F("sq0atp", lambda: "sq0atp-" + b64u(22))],
      [D("app-id", lambda: "sq0idp-" + b64u(22)), D("location-id", lambda: "L" + au(12))]),
    P("steam", "STEAM_API_KEY", [F("key", lambda: HX(32))], [D("steam-id", lambda: "7656119" + dg(10))]),
    P("stripe", "STRIPE_SECRET_KEY", [F("sk-live", lambda: stripe_long("sk_live_")), F("sk-test", lambda: "sk_test_" + an(24)),
                                       F("rk-live", lambda: stripe_long("rk_live_")), F("whsec", lambda: "whsec_" + an(32))],
      [D("publishable", lambda: "pk_live_" + "51" + an(98)), D("docs-sample", lit("sk_test_4eC39HqLyjWDarjtT1zdp7dc")),
       D("price-id", lambda: "price_1" + an(23))]),
    P("sumologic", "SUMO_ACCESS_KEY", [F("access-key", lambda: an(64))], [D("access-id", lambda: "su" + an(12))]),
    P("supabase", "SUPABASE_SERVICE_ROLE_KEY", [
        F("service-role-jwt", lambda: jwt({"iss": "supabase", "ref": al(20), "role": "service_role", "iat": 1730000000, "exp": 2045576000})),
        F("sbp", lambda: "sbp_" + hx(40)), F("sb-secret", lambda: "sb_secret_" + b64u(22) + "_" + hx(8))],
      [D("anon-jwt", lambda: jwt({"iss": "supabase", "ref": al(20), "role": "anon", "iat": 1730000000, "exp": 2045576000})),
       D("publishable", lambda: "sb_publishable_" + b64u(22) + "_" + hx(8))]),
    P("tailscale", "TS_AUTHKEY", [F("auth", lambda: "tskey-auth-%s-%s" % (an(12), an(32))), F("api", lambda: "tskey-api-%s-%s" % (an(12), an(32))),
                                   F("client", lambda: "tskey-client-%s-%s" % (an(12), an(32)))],
      [D("tailnet", lit("acme.ts.net"))]),
    P("tavily", "TAVILY_API_KEY", [F("tvly", lambda: "tvly-" + an(32)), F("tvly-dev", lambda: "tvly-dev-" + an(32))]),
    P("telegram", "TELEGRAM_BOT_TOKEN", [F("bot", lambda: "%s:AA%s" % (dg(10), b64u(33)))], [D("chat-id", lambda: "-100" + dg(10))]),
    P("telnyx", "TELNYX_API_KEY", [F("key", lambda: "KEY" + HX(32) + "_" + b64u(22))], [D("public-key", lambda: b64(43) + "=")]),
    P("tenable", "TENABLE_SECRET_KEY", [F("secret-key", lambda: hx(64))], [D("access-key", lambda: hx(64))]),
    P("tencentcloud", "TENCENTCLOUD_SECRET_KEY", [F("secret-key", lambda: an(32)), F("secret-id", lambda: "AKID" + an(32))]),
    P("terraform", "TFE_TOKEN", [F("atlasv1", lambda: "%s.atlasv1.%s" % (an(14), b64u(67)))], [D("workspace-id", lambda: "ws-" + an(16))]),
    P("todoist", "TODOIST_API_TOKEN", [F("token", lambda: hx(40))]),
    P("togetherai", "TOGETHER_API_KEY", [F("hex", lambda: hx(64)), F("tgp", lambda: "tgp_v1_" + b64u(43))]),
    P("toggl", "TOGGL_API_TOKEN", [F("token", lambda: hx(32))], [D("workspace-id", lambda: dg(7))]),
    P("travisci", "TRAVIS_API_TOKEN", [F("token", lambda: b64u(22))]),
    P("trello", "TRELLO_TOKEN", [F("token", lambda: hx(64)), F("atta", lambda: "ATTA" + hx(64) + HX(8))],
      [D("api-key-id", lambda: hx(32)), D("board-id", lambda: hx(24))]),
    P("twilio", "TWILIO_AUTH_TOKEN", [F("auth-token", lambda: hx(32)), F("api-key-secret", lambda: an(32))],
      [D("account-sid", lambda: "AC" + hx(32)), D("api-key-sid", lambda: "SK" + hx(32))]),
    P("twitch", "TWITCH_CLIENT_SECRET", [F("client-secret", lambda: al(30)), F("access-token", lambda: al(30))],
      [D("client-id", lambda: al(30))]),
    P("twitter", "TWITTER_BEARER_TOKEN", [F("bearer", lambda: "AAAAAAAAAAAAAAAAAAAAA" + an(19) + "%3D" + an(50)),
                                           F("consumer-secret", lambda: an(50)),
                                           F("access-token", lambda: "%s-%s" % (dg(19), an(40)))],
      [D("consumer-key", lambda: an(25))]),
    P("typeform", "TYPEFORM_TOKEN", [F("tfp", lambda: "tfp_" + b64u(44) + "_" + an(14))], [D("form-id", lambda: an(8))]),
    P("upstash", "UPSTASH_REDIS_REST_TOKEN", [F("rest-token", lambda: "A" + b64u(3) + "AAIncDE" + b64u(60))],
      [D("rest-url", lambda: "https://%s-%s-%s.upstash.io" % (R.choice(["clever", "tender"]), R.choice(["bat", "gull"]), dg(5)))]),
    P("uptimerobot", "UPTIMEROBOT_API_KEY", [F("main", lambda: "u%s-%s" % (dg(7), hx(24))), F("monitor", lambda: "m%s-%s" % (dg(9), hx(24)))]),
    P("vault", "VAULT_TOKEN", [F("hvs", lambda: "hvs." + b64u(24)), F("hvs-long", lambda: "hvs.CAESI" + b64u(86)), F("hvb", lambda: "hvb." + b64u(138))],
      [D("accessor", lambda: an(24))]),
    P("vercel", "VERCEL_TOKEN", [F("token", lambda: an(24))], [D("project-id", lambda: "prj_" + an(28)), D("team-id", lambda: "team_" + an(24))]),
    P("virustotal", "VT_API_KEY", [F("key", lambda: hx(64))], [D("file-sha256", lambda: hx(64))]),
    P("vonage", "VONAGE_API_SECRET", [F("secret", lambda: an(16))], [D("key-id", lambda: hx(8))]),
    P("voyageai", "VOYAGE_API_KEY", [F("pa", lambda: "pa-" + b64u(43))]),
    P("vultr", "VULTR_API_KEY", [F("key", lambda: au(36))]),
    P("wandb", "WANDB_API_KEY", [F("key", lambda: hx(40))], [D("run-id", lambda: al(8))]),
    P("webex", "WEBEX_BOT_TOKEN", [F("bot", lambda: "%s_%s_%s" % (an(64), al(4), uuid()))]),
    P("webflow", "WEBFLOW_API_TOKEN", [F("token", lambda: hx(64))], [D("site-id", lambda: hx(24))]),
    P("wise", "WISE_API_TOKEN", [F("token", uuid)], [D("profile-id", lambda: dg(8))]),
    P("woocommerce", "WOOCOMMERCE_CONSUMER_SECRET", [F("cs", lambda: "cs_" + hx(40))], [D("consumer-key", lambda: "ck_" + hx(40))]),
    P("xai", "XAI_API_KEY", [F("xai", lambda: "xai-" + an(80))]),
    P("xata", "XATA_API_KEY", [F("xau", lambda: "xau_" + an(36))], [D("db-url", lit("https://acme-a1b2c3.us-east-1.xata.sh/db/shop"))]),
    P("yandexcloud", "YC_API_KEY", [F("aqvn", lambda: "AQVN" + b64u(36)), F("static-secret", lambda: "YCM" + b64u(37)),
                                     F("iam", lambda: "t1.9euelZ" + b64u(150) + "." + b64u(86))],
      [D("static-key-id", lambda: "YCAJ" + b64u(21)), D("folder-id", lambda: "b1g" + al(17))]),
    P("zapier", "ZAPIER_WEBHOOK_URL", [F("catch-hook", lambda: "https://hooks.zapier.com/hooks/catch/%s/%s/" % (dg(7), al(7)))]),
    P("zendesk", "ZENDESK_API_TOKEN", [F("token", lambda: an(40))], [D("subdomain", lit("acmehelp"))]),
    P("zoho", "ZOHO_REFRESH_TOKEN", [F("refresh", lambda: "1000.%s.%s" % (hx(32), hx(32)))], [D("client-id", lambda: "1000." + au(30))]),
    P("zoom", "ZOOM_CLIENT_SECRET", [F("client-secret", lambda: an(32))], [D("account-id", lambda: b64u(22)), D("client-id", lambda: b64u(22))]),
]

BY_NAME = {p.name: p for p in PROVIDERS}


def hubspot_formats():
    return [
        ("pak", hub_pak), ("pak-2020", lambda: hub_oauth(131)), ("pat", lambda: "pat-%s-%s" % (hublet(), uuid())),
        ("oauth-access", lambda: hub_oauth(R.randrange(90, 132))), ("refresh", lambda: "%s-%s" % (hublet(), uuid()[4:])),
        ("refresh-uuid", uuid), ("developer-key", lambda: "%s-%s" % (hublet(), uuid()[4:])), ("hapikey", uuid),
        ("client-secret", uuid), ("smtp-password", lambda: an(R.randrange(20, 41))),
    ]
