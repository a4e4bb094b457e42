"""Provider keys used across repos/ (formats as remembered unless SOURCES.md says otherwise)."""
from vals20 import R, rs, hx, HX, uuid, b64, b64_bytes, AN, ANL, ANU, B64U

A32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def aws_id():
    return "AKIA" + rs(16, A32)


def aws_secret():
    return rs(40, AN + "+/")


def github():
    return "ghp_" + rs(36, AN)


def github_fine():
    return "github_pat_11" + rs(20, ANU) + "0" + rs(1, ANU) + "_" + rs(59, AN)


def gitlab():
    return "glpat-" + rs(20, AN + "-_")


def slack_bot():
    return "xoxb-%d-%d-%s" % (R.randrange(10 ** 10, 10 ** 12), R.randrange(10 ** 12, 10 ** 13), rs(24, AN))


def slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, ANU), rs(10, ANU), rs(24, AN))


def stripe_live():
    return "sk_live_51" + rs(97, AN)


def stripe_pk():
    return "pk_live_51" + rs(97, AN)


def stripe_whsec():
    return "whsec_" + rs(32, AN)


def openai():
    return "sk-proj-" + rs(74, AN + "-_") + "T3BlbkFJ" + rs(74, AN + "-_")


def anthropic():
    return "sk-ant-api03-" + rs(93, AN + "-_") + "AA"


def sendgrid():
    return "SG." + rs(22, AN + "-_") + "." + rs(43, AN + "-_")


def mailgun():
    return hx(32) + "-" + hx(8) + "-" + hx(8)


def discord():
    return "M" + rs(23, AN) + "." + rs(6, AN + "-_") + "." + rs(38, AN + "-_")


def telegram():
    return "%d:AA%s" % (R.randrange(10 ** 9, 8 * 10 ** 9), rs(33, AN + "-_"))


def npm():
    return "npm_" + rs(36, AN)


def google_api():
    return "AIza" + rs(35, AN + "-_")


def datadog_api():
    return hx(32)


def sentry_token():
    return "sntryu_" + hx(64)


def tailscale():
    return "tskey-auth-k" + rs(10, AN) + "CNTRL-" + rs(33, AN)


def vault_token():
    return "hvs." + rs(24, AN)


def digitalocean():
    return "dop_v1_" + hx(64)


def linear():
    return "lin_api_" + rs(40, AN)


def shopify():
    return "shpat_" + hx(32)


def hf():
    return "hf_" + rs(34, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def groq():
    return "gsk_" + rs(52, AN)


def grafana_sa():
    return "glsa_" + rs(32, AN) + "_" + hx(8)


def pulumi():
    return "pul-" + hx(40)


def tfc():
    return rs(14, AN) + ".atlasv1." + rs(67, AN)


def azure_storage_key():
    return b64_bytes(64)


def twilio_sid():
    return "AC" + hx(32)


def mapbox_pk():
    return "pk.eyJ1Ijoi" + rs(40, AN) + "." + rs(22, AN + "-_")


def google_client_id():
    return "%d-%s.apps.googleusercontent.com" % (R.randrange(10 ** 11, 10 ** 12), rs(32, ANL))


def sha256():
    return hx(64)


def bcrypt():
    return "$2y$12$" + rs(53, AN + "./")


def sentry_dsn():
    return "https://%s@o%d.ingest.sentry.io/%d" % (hx(32), R.randrange(10 ** 5, 10 ** 6), R.randrange(10 ** 6, 10 ** 7))


def ga_id():
    return "G-" + rs(10, ANU)


def laravel_key():
    return "base64:" + b64_bytes(32)


def django_key():
    return rs(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")
