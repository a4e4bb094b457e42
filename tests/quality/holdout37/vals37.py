"""Random values for holdout37: character classes, generic credentials in equal measure, and the
providers' documented formats (FORMATS: name -> fn(r)). Everything is drawn from the one
random.Random(37) that make_corpus.py passes in, in a fixed order, so the corpus is deterministic."""
import base64
import string
import uuid as _uuid

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
AL = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = AL + "+/"
URLSAFE = AL + "_-"
B32 = UP + "234567"
SYM = "!%*+-=?^_~."


def pick(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def alnum(r, n):
    # every random token holds a digit, a lower and an upper letter (as real tokens of that
    # length almost always do); redraw otherwise
    while True:
        v = pick(r, AL, n)
        if n < 8 or (any(c.isdigit() for c in v) and any(c.islower() for c in v) and any(c.isupper() for c in v)):
            return v


def hexs(r, n):
    while True:
        v = pick(r, HEX, n)
        if n < 8 or (any(c.isdigit() for c in v) and any(c.isalpha() for c in v)):
            return v


def urlsafe(r, n):
    return alnum(r, n)[:-2] + pick(r, "_-", 1) + alnum(r, 1) if n > 6 else alnum(r, n)


def b64body(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def uuid4(r):
    return str(_uuid.UUID(int=r.getrandbits(128), version=4))


WORDS = ["greenhouse", "tomato", "basil", "heron", "copper", "maple", "Orchid", "Sunrise", "falcon", "Willow",
         "thistle", "Harbour", "pepper", "quartz", "Ember", "meadow", "lantern", "Marigold", "pebble", "Sparrow",
         "cobalt", "juniper", "Velvet", "river", "Saffron", "tundra", "walnut", "Fennel", "aurora", "badger"]


class Creds:
    """Generic credentials: a password a person chose, a generated password and a random
    token, in turn (equal measure)."""

    def __init__(self, r):
        self.r, self.i = r, 0

    def human(self):
        r = self.r
        w = r.choice(WORDS)
        k = r.randrange(4)
        if k == 0:
            return w.capitalize() + str(r.randrange(1970, 2026)) + r.choice("!#$@?")
        if k == 1:
            return "%s-%s-%d" % (w.lower(), r.choice(WORDS).lower(), r.randrange(10, 99))
        if k == 2:
            return w.lower().replace("e", "3").replace("a", "4") + str(r.randrange(100, 9999))
        return r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize() + r.choice("!.#*") + str(r.randrange(1, 99))

    def generated(self):
        r = self.r
        while True:
            v = pick(self.r, AL + SYM, 20)
            if sum(c in SYM for c in v) >= 2 and any(c.isdigit() for c in v) and any(c.isupper() for c in v):
                return v

    def token(self):
        return alnum(self.r, 32)

    def next(self):
        self.i += 1
        return (self.human, self.generated, self.token)[self.i % 3]()


def make_formats():
    """name -> fn(r): the providers' formats as their documentation describes them."""
    F = {}
    F["aws_id"] = lambda r: "AKIA" + pick(r, B32, 16)
    F["aws_asia"] = lambda r: "ASIA" + pick(r, B32, 16)
    F["aws_secret"] = lambda r: alnum(r, 30) + pick(r, "/+", 1) + alnum(r, 9)
    F["gh_pat"] = lambda r: "ghp_" + alnum(r, 36)
    F["gh_oauth"] = lambda r: "gho_" + alnum(r, 36)
    F["gh_s2s"] = lambda r: "ghs_" + alnum(r, 36)
    F["gh_fine"] = lambda r: "github_pat_11" + pick(r, UP + DIG, 20) + "_" + alnum(r, 59)
    F["gh_client_secret"] = lambda r: hexs(r, 40)
    F["glpat"] = lambda r: "glpat-" + urlsafe(r, 20)
    F["glptt"] = lambda r: "glptt-" + hexs(r, 40)
    F["gldt"] = lambda r: "gldt-" + urlsafe(r, 20)
    F["glrt"] = lambda r: "glrt-" + urlsafe(r, 20)
    F["slack_bot"] = lambda r: "xoxb-%d-%d-%s" % (r.randrange(10**10, 10**12), r.randrange(10**11, 10**13), alnum(r, 24))
    F["slack_user"] = lambda r: "xoxp-%d-%d-%d-%s" % (r.randrange(10**10, 10**12), r.randrange(10**10, 10**12), r.randrange(10**11, 10**13), hexs(r, 32))
    F["slack_app"] = lambda r: "xapp-1-A%s-%d-%s" % (pick(r, UP + DIG, 10), r.randrange(10**12, 10**13), hexs(r, 64))
    F["slack_hook"] = lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (pick(r, UP + DIG, 10), pick(r, UP + DIG, 10), alnum(r, 24))
    F["stripe_sk"] = lambda r: "sk_live_51" + alnum(r, 97)
    F["stripe_rk"] = lambda r: "rk_live_51" + alnum(r, 97)
    F["stripe_whsec"] = lambda r: "whsec_" + alnum(r, 32)
    F["stripe_pk"] = lambda r: "pk_live_51" + alnum(r, 97)
    F["stripe_test"] = lambda r: "sk_test_51" + alnum(r, 97)
    F["openai_proj"] = lambda r: "sk-proj-" + urlsafe(r, 74) + "T3BlbkFJ" + urlsafe(r, 74)
    F["openai_legacy"] = lambda r: "sk-" + alnum(r, 20) + "T3BlbkFJ" + alnum(r, 20)
    F["openai_svc"] = lambda r: "sk-svcacct-" + urlsafe(r, 74) + "T3BlbkFJ" + urlsafe(r, 74)
    F["anthropic"] = lambda r: "sk-ant-api03-" + urlsafe(r, 93) + "AA"
    F["anthropic_admin"] = lambda r: "sk-ant-admin01-" + urlsafe(r, 93) + "AA"
    F["google_api"] = lambda r: "AIza" + "Sy" + urlsafe(r, 33)
    F["google_secret"] = lambda r: "GOCSPX-" + urlsafe(r, 28)
    F["google_client_id"] = lambda r: "%d-%s.apps.googleusercontent.com" % (r.randrange(10**11, 10**12), pick(r, LOW + DIG, 32))
    F["google_refresh"] = lambda r: "1//0" + urlsafe(r, 99)
    F["sendgrid"] = lambda r: "SG." + urlsafe(r, 22) + "." + urlsafe(r, 43)
    F["twilio_sid"] = lambda r: "AC" + hexs(r, 32)
    F["twilio_token"] = lambda r: hexs(r, 32)
    F["twilio_sk"] = lambda r: "SK" + hexs(r, 32)
    F["twilio_secret"] = lambda r: alnum(r, 32)
    F["mailgun"] = lambda r: "key-" + hexs(r, 32)
    F["mailgun_new"] = lambda r: "%s-%s-%s" % (hexs(r, 32), hexs(r, 8), hexs(r, 8))
    F["mailchimp"] = lambda r: hexs(r, 32) + "-us" + str(r.randrange(2, 21))
    F["npm"] = lambda r: "npm_" + alnum(r, 36)
    F["pypi"] = lambda r: "pypi-AgEIcHlwaS5vcmc" + urlsafe(r, 140)
    F["dockerhub"] = lambda r: "dckr_pat_" + urlsafe(r, 27)
    F["do_pat"] = lambda r: "dop_v1_" + hexs(r, 64)
    F["do_oauth"] = lambda r: "doo_v1_" + hexs(r, 64)
    F["dd_api"] = lambda r: hexs(r, 32)
    F["dd_app"] = lambda r: hexs(r, 40)
    F["dd_client"] = lambda r: "pub" + hexs(r, 32)
    F["shpat"] = lambda r: "shpat_" + hexs(r, 32)
    F["shpss"] = lambda r: "shpss_" + hexs(r, 32)
    F["hf"] = lambda r: "hf_" + pick(r, LOW + UP, 34)
    F["sentry_user"] = lambda r: "sntryu_" + hexs(r, 64)
    F["telegram"] = lambda r: "%d:AA%s" % (r.randrange(10**9, 8 * 10**9), urlsafe(r, 33))
    F["discord_hook"] = lambda r: "https://discord.com/api/webhooks/%d/%s" % (r.randrange(10**18, 2 * 10**18), urlsafe(r, 68))
    F["discord_bot"] = lambda r: "M" + alnum(r, 25) + "." + urlsafe(r, 6) + "." + urlsafe(r, 38)
    F["azure_storage"] = lambda r: b64body(r, 64)
    F["azure_secret"] = lambda r: alnum(r, 3) + "8Q~" + pick(r, AL + "~._-", 34)
    F["azure_devops"] = lambda r: pick(r, LOW + "234567", 52)
    F["linear"] = lambda r: "lin_api_" + alnum(r, 40)
    F["notion"] = lambda r: "ntn_" + pick(r, DIG, 11) + alnum(r, 35)
    F["notion_legacy"] = lambda r: "secret_" + alnum(r, 43)
    F["postman"] = lambda r: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34)
    F["atlassian"] = lambda r: "ATATT3xFfGF0" + urlsafe(r, 171) + "=" + pick(r, UP + DIG, 8)
    F["grafana_sa"] = lambda r: "glsa_" + alnum(r, 32) + "_" + hexs(r, 8)
    F["vault"] = lambda r: "hvs." + urlsafe(r, 91)
    F["tfc"] = lambda r: alnum(r, 14) + ".atlasv1." + alnum(r, 67)
    F["pulumi"] = lambda r: "pul-" + hexs(r, 40)
    F["doppler"] = lambda r: "dp.st.prd." + alnum(r, 43)
    F["tailscale"] = lambda r: "tskey-auth-k" + alnum(r, 16) + "CNTRL-" + alnum(r, 33)
    F["nr_user"] = lambda r: "NRAK-" + pick(r, UP + DIG, 27)
    F["nr_license"] = lambda r: hexs(r, 36) + "NRAL"
    F["dynatrace"] = lambda r: "dt0c01." + pick(r, UP + DIG, 24) + "." + pick(r, UP + DIG, 64)
    F["databricks"] = lambda r: "dapi" + hexs(r, 32)
    F["figma"] = lambda r: "figd_" + urlsafe(r, 40)
    F["airtable"] = lambda r: "pat" + alnum(r, 14) + "." + hexs(r, 64)
    F["clickup"] = lambda r: "pk_%d_%s" % (r.randrange(10**7, 10**9), pick(r, UP + DIG, 32))
    F["buildkite"] = lambda r: "bkua_" + hexs(r, 40)
    F["cf_token"] = lambda r: urlsafe(r, 40)
    F["cf_global"] = lambda r: hexs(r, 37)
    F["groq"] = lambda r: "gsk_" + alnum(r, 52)
    F["perplexity"] = lambda r: "pplx-" + alnum(r, 48)
    F["xai"] = lambda r: "xai-" + alnum(r, 80)
    F["replicate"] = lambda r: "r8_" + alnum(r, 37)
    F["openrouter"] = lambda r: "sk-or-v1-" + hexs(r, 64)
    F["elevenlabs"] = lambda r: "sk_" + hexs(r, 48)
    F["langsmith"] = lambda r: "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10)
    F["langfuse_sk"] = lambda r: "sk-lf-" + uuid4(r)
    F["langfuse_pk"] = lambda r: "pk-lf-" + uuid4(r)
    F["supabase"] = lambda r: "sbp_" + hexs(r, 40)
    F["brevo"] = lambda r: "xkeysib-" + hexs(r, 64) + "-" + alnum(r, 16)
    F["mailersend"] = lambda r: "mlsn." + hexs(r, 64)
    F["square"] = lambda r: "EAAA" + urlsafe(r, 60)
    F["square_secret"] = lambda r: "sq0csp-" + urlsafe(r, 43)
    F["braintree"] = lambda r: "access_token$production$%s$%s" % (pick(r, LOW + DIG, 16), hexs(r, 32))
    F["rzp_id"] = lambda r: "rzp_live_" + alnum(r, 14)
    F["rzp_secret"] = lambda r: alnum(r, 24)
    F["paystack"] = lambda r: "sk_live_" + hexs(r, 40)
    F["flw"] = lambda r: "FLWSECK-" + hexs(r, 32) + "-X"
    F["mollie"] = lambda r: "live_" + alnum(r, 30)
    F["shippo"] = lambda r: "shippo_live_" + hexs(r, 40)
    F["easypost"] = lambda r: "EZAK" + hexs(r, 54)
    F["duffel"] = lambda r: "duffel_live_" + urlsafe(r, 43)
    F["lob"] = lambda r: "live_" + hexs(r, 35)
    F["okta"] = lambda r: "00" + urlsafe(r, 40)
    F["auth0_secret"] = lambda r: urlsafe(r, 64)
    F["jfrog"] = lambda r: "AKCp8" + alnum(r, 68)
    F["sonar"] = lambda r: "squ_" + hexs(r, 40)
    F["sonar_proj"] = lambda r: "sqp_" + hexs(r, 40)
    F["pd"] = lambda r: "u+" + urlsafe(r, 18)
    F["algolia_admin"] = lambda r: hexs(r, 32)
    F["mapbox_sk"] = lambda r: "sk.eyJ1IjoidGJnLW9wcyIsImEiOiJj" + alnum(r, 20) + "In0." + urlsafe(r, 22)
    F["mapbox_pk"] = lambda r: "pk.eyJ1IjoidGJnLW9wcyIsImEiOiJj" + alnum(r, 20) + "In0." + urlsafe(r, 22)
    F["contentful"] = lambda r: "CFPAT-" + urlsafe(r, 43)
    F["netlify"] = lambda r: "nfp_" + alnum(r, 36)
    F["render"] = lambda r: "rnd_" + alnum(r, 32)
    F["scw_id"] = lambda r: "SCW" + pick(r, UP + DIG, 17)
    F["ali_id"] = lambda r: "LTAI5t" + alnum(r, 18)
    F["ali_secret"] = lambda r: alnum(r, 30)
    F["tencent_id"] = lambda r: "AKID" + alnum(r, 32)
    F["tencent_secret"] = lambda r: alnum(r, 32)
    F["age"] = lambda r: "AGE-SECRET-KEY-1" + pick(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)
    F["eth_key"] = lambda r: "0x" + hexs(r, 64)
    F["rubygems"] = lambda r: "rubygems_" + hexs(r, 48)
    F["nuget"] = lambda r: "oy2" + pick(r, LOW + DIG, 43)
    F["cratesio"] = lambda r: "cio" + alnum(r, 32)
    F["clojars"] = lambda r: "CLOJARS_" + hexs(r, 60)
    F["facebook"] = lambda r: "EAA" + alnum(r, 180)
    F["fb_secret"] = lambda r: hexs(r, 32)
    F["posthog"] = lambda r: "phx_" + alnum(r, 43)
    F["posthog_pub"] = lambda r: "phc_" + alnum(r, 43)
    F["ld_api"] = lambda r: "api-" + uuid4(r)
    F["ld_sdk"] = lambda r: "sdk-" + uuid4(r)
    F["sourcegraph"] = lambda r: "sgp_" + hexs(r, 16) + "_" + hexs(r, 40)
    F["planetscale_pw"] = lambda r: "pscale_pw_" + urlsafe(r, 43)
    F["planetscale_tkn"] = lambda r: "pscale_tkn_" + urlsafe(r, 43)
    F["prefect"] = lambda r: "pnu_" + alnum(r, 36)
    F["woo_ck"] = lambda r: "ck_" + hexs(r, 40)
    F["woo_cs"] = lambda r: "cs_" + hexs(r, 40)
    F["trello_key"] = lambda r: hexs(r, 32)
    F["trello_token"] = lambda r: "ATTA" + hexs(r, 64) + pick(r, UP + DIG, 8)
    F["matrix"] = lambda r: "syt_" + base64.b64encode(b"tbg-bot").decode().rstrip("=") + "_" + alnum(r, 20) + "_" + alnum(r, 6)
    F["pubnub_sec"] = lambda r: "sec-c-" + pick(r, UP + DIG, 48)
    F["pubnub_pub"] = lambda r: "pub-c-" + uuid4(r)
    F["ably"] = lambda r: "%s.%s:%s" % (urlsafe(r, 6), urlsafe(r, 6), urlsafe(r, 43))
    F["pusher_secret"] = lambda r: hexs(r, 20)
    F["pusher_key"] = lambda r: hexs(r, 20)
    F["k8s_bootstrap"] = lambda r: pick(r, LOW + DIG, 6) + "." + pick(r, LOW + DIG, 16)
    F["laravel"] = lambda r: b64body(r, 32)
    F["rails_master"] = lambda r: hexs(r, 32)
    F["rails_skb"] = lambda r: hexs(r, 128)
    F["django"] = lambda r: pick(r, LOW + DIG + "!@#%^&*(-_=+)", 50)
    F["jwt_secret"] = lambda r: b64body(r, 48)
    F["ghost_admin"] = lambda r: hexs(r, 24) + ":" + hexs(r, 64)
    F["cloudinary_secret"] = lambda r: urlsafe(r, 27)
    F["sumo_id"] = lambda r: "su" + alnum(r, 12)
    F["sumo_key"] = lambda r: alnum(r, 64)
    F["confluent_key"] = lambda r: pick(r, UP + DIG, 16)
    F["confluent_secret"] = lambda r: alnum(r, 40) + pick(r, "+/", 1) + alnum(r, 23)
    F["harness"] = lambda r: "pat.%s.%s.%s" % (urlsafe(r, 22), hexs(r, 24), alnum(r, 20))
    F["mistral"] = lambda r: alnum(r, 32)
    F["cohere"] = lambda r: alnum(r, 40)
    F["deepseek"] = lambda r: "sk-" + hexs(r, 32)
    F["gocardless"] = lambda r: "live_" + urlsafe(r, 40)
    F["infracost"] = lambda r: "ico-" + alnum(r, 32)
    F["snyk"] = lambda r: uuid4(r)
    F["uuid"] = uuid4
    F["postmark"] = lambda r: uuid4(r)
    F["mailjet_key"] = lambda r: hexs(r, 32)
    F["mailjet_secret"] = lambda r: hexs(r, 32)
    F["pinecone"] = lambda r: "pcsk_" + alnum(r, 5) + "_" + alnum(r, 63)
    F["resend"] = lambda r: "re_" + alnum(r, 8) + "_" + alnum(r, 24)
    F["cerebras"] = lambda r: "csk-" + pick(r, LOW + DIG, 48)
    F["zoom_secret"] = lambda r: alnum(r, 32)
    F["gcp_sa_email"] = lambda r: "svc-%s@tbg-ops-%d.iam.gserviceaccount.com" % (pick(r, LOW, 5), r.randrange(100, 999))
    F["jenkins_token"] = lambda r: "11" + hexs(r, 32)
    F["splunk_hec"] = lambda r: uuid4(r)
    F["bugsnag"] = lambda r: hexs(r, 32)
    F["rollbar"] = lambda r: hexs(r, 32)
    F["segment"] = lambda r: alnum(r, 32)
    F["wandb"] = lambda r: hexs(r, 40)
    F["kaggle"] = lambda r: hexs(r, 32)
    F["linode"] = lambda r: hexs(r, 64)
    F["hetzner"] = lambda r: alnum(r, 64)
    F["vultr"] = lambda r: pick(r, UP + DIG, 36)
    F["deepgram"] = lambda r: hexs(r, 40)
    F["assemblyai"] = lambda r: hexs(r, 32)
    F["msteams_hook"] = lambda r: "https://thornbury.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (uuid4(r), uuid4(r), hexs(r, 32), uuid4(r))
    F["ifttt"] = lambda r: urlsafe(r, 22)
    F["flyio"] = lambda r: "FlyV1 fm2_" + urlsafe(r, 180)
    F["intercom"] = lambda r: "dG9rOj" + b64body(r, 45).rstrip("=")
    F["azure_apim"] = lambda r: hexs(r, 32)
    F["yc_api"] = lambda r: "AQVN" + urlsafe(r, 36)
    F["nvidia"] = lambda r: "nvapi-" + urlsafe(r, 64)
    F["hcp_tf_team"] = F["tfc"]
    F["gitea"] = lambda r: hexs(r, 40)
    F["npm_legacy_uuid"] = uuid4
    F["circleci"] = lambda r: "CCIPAT_" + alnum(r, 22) + "_" + hexs(r, 40)
    F["dbt"] = lambda r: "dbtc_" + urlsafe(r, 50)
    F["codecov"] = uuid4
    F["opsgenie"] = uuid4
    F["heroku"] = lambda r: "HRKU-AA" + urlsafe(r, 58)
    F["fastly"] = lambda r: urlsafe(r, 32)
    F["zendesk"] = lambda r: alnum(r, 40)
    F["plaid_secret"] = lambda r: hexs(r, 30)
    F["plaid_access"] = lambda r: "access-production-" + uuid4(r)
    F["vonage_secret"] = lambda r: alnum(r, 16)
    F["plivo_token"] = lambda r: alnum(r, 40)
    F["klaviyo"] = lambda r: "pk_" + hexs(r, 34)
    F["typeform"] = lambda r: "tfp_" + alnum(r, 44) + "_" + alnum(r, 14)
    F["togetherai"] = lambda r: "tgp_v1_" + urlsafe(r, 43)
    F["unkey"] = lambda r: "unkey_" + alnum(r, 24)
    F["upstash_qstash"] = lambda r: "eyJVc2VySUQiOi" + alnum(r, 80) + "=="
    for n in (24, 26, 32, 64):
        F["hexs%d" % n] = (lambda k: lambda r: hexs(r, k))(n)
    return F
