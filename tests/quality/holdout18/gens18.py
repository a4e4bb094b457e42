"""Value generators named in repos18 templates: «p|provider|format|GEN», GEN = name or name:arg."""
import base64

from vals18 import AN, B64U, DG, HEX, LO, UP, R, an, b64raw, digits, hx, password, s, uuid

_pw = [0]


def pw(arg=None, spaces=False):
    """A chosen password; the passphrase style keeps its spaces only where the file quotes it (pwq)."""
    if arg is None or arg == "":
        _pw[0] += 1
        v = password(_pw[0] % 9)
    else:
        v = password(int(arg))
    return v if spaces else v.replace(" ", ".")


def url(arg):
    scheme, user, host = arg.split(",")
    p = password(_pw[0] % 9).replace(" ", "") if scheme != "redis" else an(24)
    _pw[0] += 1
    for c in "@:/?#%":
        p = p.replace(c, "x")
    return "%s://%s:%s@%s" % (scheme, user, p, host)


G = {
    "pw": pw, "pwq": lambda a: pw("7", spaces=True), "url": url,
    "an": lambda a: an(int(a)), "hex": lambda a: hx(int(a)), "uuid": lambda a: uuid(), "digits": lambda a: digits(int(a)),
    "lit": lambda a: a, "b64raw": lambda a: b64raw(int(a)),
    "aws_id": lambda a: "AKIA" + s(UP + "234567", 16), "aws_secret": lambda a: s(AN + "+/", 40),
    "aws_asia": lambda a: "ASIA" + s(UP + "234567", 16),
    "twilio_sid": lambda a: "AC" + hx(32), "twilio_token": lambda a: hx(32), "twilio_sk": lambda a: "SK" + hx(32),
    "stripe_sk": lambda a: "sk_live_51" + an(96), "stripe_rk": lambda a: "rk_live_51" + an(96), "stripe_pk": lambda a: "pk_live_51" + an(96),
    "stripe_whsec": lambda a: "whsec_" + an(32), "stripe_test_pk": lambda a: "pk_test_51" + an(96),
    "ghp": lambda a: "ghp_" + an(36), "github_pat": lambda a: "github_pat_11" + s(UP + DG, 22) + "_" + an(59), "gho": lambda a: "gho_" + an(36),
    "slack_bot": lambda a: "xoxb-%s-%s-%s" % (digits(12), digits(13), an(24)),
    "slack_hook": lambda a: "https://hooks.slack.com/services/T%s/B%s/%s" % (s(UP + DG, 10), s(UP + DG, 10), an(24)),
    "sendgrid": lambda a: "SG.%s.%s" % (s(B64U, 22), s(B64U, 43)),
    "openai": lambda a: "sk-proj-" + s(B64U, 74) + "T3BlbkFJ" + s(B64U, 74),
    "anthropic": lambda a: "sk-ant-api03-" + s(B64U, 93) + "AA",
    "hf": lambda a: "hf_" + s(UP + LO, 34), "mailgun": lambda a: "key-" + hx(32),
    "sentry_token": lambda a: "sntryu_" + hx(64), "sentry_dsn": lambda a: "https://%s@o%s.ingest.sentry.io/%s" % (hx(32), digits(6), digits(7)),
    "dapi": lambda a: "dapi" + hx(32), "eth_pk": lambda a: "0x" + hx(64), "eth_addr": lambda a: "0x" + hx(40),
    "telegram": lambda a: "%s:AA%s" % (digits(10), s(B64U, 33)), "cio": lambda a: "cio" + an(32),
    "pypi": lambda a: "pypi-AgEIcHlwaS5vcmc" + s(B64U, 120), "dckr": lambda a: "dckr_pat_" + s(B64U, 27),
    "gcp_sa_key": lambda a: "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(s(AN + "+/", 64) for _ in range(16)) + "\\n-----END PRIVATE KEY-----\\n",
    "azure_secret": lambda a: s(AN, 3) + "8Q~" + s(B64U + ".~", 34), "azure_conn": lambda a: b64raw(64),
    "datadog_api": lambda a: hx(32), "datadog_app": lambda a: hx(40), "newrelic": lambda a: "NRAK-" + s(UP + DG, 27),
    "mapbox_sk": lambda a: "sk.eyJ1Ijoi" + s(AN, 20) + "." + s(B64U, 22), "mapbox_pk": lambda a: "pk.eyJ1Ijoi" + s(AN, 20) + "." + s(B64U, 22),
    "algolia_admin": lambda a: hx(32), "algolia_app": lambda a: s(UP + DG, 10),
    "octoprint": lambda a: s(UP + DG, 32) if False else s(AN, 43), "fernet": lambda a: base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode(),
    "django": lambda a: s(LO + DG + "!@#$%^&*(-_=+)", 50), "laravel_key": lambda a: "base64:" + b64raw(32),
    "upan": lambda a: s(UP + DG, int(a)), "g_refresh": lambda a: "1//0" + s(B64U, 99),
    "shpat": lambda a: "shpat_" + hx(32), "linear": lambda a: "lin_api_" + an(40), "gapi": lambda a: "AIza" + s(B64U, 35),
    "resend": lambda a: "re_" + an(8) + "_" + an(24),
    "phc": lambda a: "phc_" + an(43),
    # decoys
    "bcrypt": lambda a: "$2b$12$" + s(AN + "./", 53), "argon2": lambda a: "$argon2id$v=19$m=65536,t=3,p=4$" + s(AN + "+/", 22) + "$" + s(AN + "+/", 43),
    "sha512crypt": lambda a: "$6$" + s(AN + "./", 16) + "$" + s(AN + "./", 86), "md5": lambda a: hx(32), "sha256": lambda a: hx(64),
    "scram": lambda a: "SCRAM-SHA-256$4096:%s$%s:%s" % (b64raw(16), b64raw(32), b64raw(32)), "md5pg": lambda a: "md5" + hx(32),
    "sha1": lambda a: hx(40), "apr1": lambda a: "$apr1$" + s(AN, 8) + "$" + s(AN + "./", 22),
}


def gen(spec):
    name, _, arg = spec.partition(":")
    return G[name](arg)
