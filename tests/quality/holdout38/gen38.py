"""Values for holdout38: one random.Random(38) drawn in a fixed order (make_corpus.py seeds it).

gen(spec) returns a fresh value of the named kind; a spec "user:KIND" returns "user:" + a value
of KIND (the «B» pairs of holdout_gen.template_filler); "lit|TEXT" returns TEXT unchanged.
"""
import base64
import hashlib
import random
import string
import uuid

R = random.Random(38)
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
URLSAFE = AN + "-_"
B32 = UP + "234567"


def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n):
    return rs(n, HEX)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n):
    return R.choice("123456789") + rs(n - 1, DG)


WORDS = ["saddle", "cadence", "sprocket", "derailleur", "pannier", "tandem", "spoke", "velodrome",
         "crank", "gravel", "headwind", "freewheel", "chainring", "kickstand", "bramble", "heron",
         "marigold", "copper", "juniper", "otter", "lantern", "harbour", "thistle", "meadow"]
SYMS = "!#$%&*+-=?@^_~."


def pw_human():
    """A password a person chose: words, digits, a symbol."""
    w1, w2 = R.sample(WORDS, 2)
    form = R.randrange(6)
    if form == 0:
        return w1.capitalize() + str(R.randint(1970, 2024)) + R.choice("!#$%*")
    if form == 1:
        return "%s-%s-%d" % (w1, w2, R.randint(10, 99))
    if form == 2:
        return w1.capitalize() + w2.capitalize() + "." + str(R.randint(10, 999))
    if form == 3:
        leet = w1.replace("e", "3").replace("a", "4").replace("o", "0")
        return leet + str(R.randint(100, 9999))
    if form == 4:
        return "%s%s%s%d" % (w1.capitalize(), R.choice("@#&_"), w2, R.randint(1, 99))
    return "%s!%s%d" % (w1.upper()[:4], w2, R.randint(1000, 9999))


def pw_gen(n=20):
    """A generated password: letters, digits and symbols (no quote, backslash or '@/:')."""
    while True:
        v = rs(n, AN + "!%*+-=?^_~.")
        if any(c in "!%*+-=?^_~." for c in v) and any(c in DG for c in v):
            return v


def tok(n=32):
    return rs(n)


_gen_cycle = [0]


def generic():
    """Generic credentials cycle: a person's password, a generated password, a random token."""
    k = _gen_cycle[0] % 3
    _gen_cycle[0] += 1
    return [pw_human, pw_gen, tok][k]()


def aws_id(pre="AKIA"):
    return pre + rs(16, B32)


def aws_secret():
    return rs(40, AN + "+/")


def b64s(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def jwt_like(payload):
    h = base64.urlsafe_b64encode(b'{"alg":"RS256","kid":"' + hx(16).encode() + b'"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return h + "." + p + "." + rs(86, URLSAFE)


def pem(kind="RSA PRIVATE KEY", n=24):
    body = "".join(b64s(48) for _ in range(n))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()


def bcrypt_like():
    return "$2b$12$" + rs(53, AN + "./")


SPECS = {
    "human": pw_human, "genpw": pw_gen, "tok32": tok, "gen": generic,
    "hex32": lambda: hx(32), "hex40": lambda: hx(40), "hex64": lambda: hx(64), "uuid": uid,
    "aws_id": aws_id, "aws_secret": aws_secret,
    "ghp": lambda: "ghp_" + rs(36), "gho": lambda: "gho_" + rs(36),
    "github_pat": lambda: "github_pat_11" + rs(20, UP + DG) + "_" + rs(59),
    "glpat": lambda: "glpat-" + rs(20, URLSAFE),
    "gltrig": lambda: "glptt-" + hx(40),
    "sk_live": lambda: "sk_live_" + rs(99), "rk_live": lambda: "rk_live_" + rs(99),
    "pk_live": lambda: "pk_live_" + rs(99), "sk_test": lambda: "sk_test_" + rs(99),
    "whsec": lambda: "whsec_" + rs(32),
    "openai": lambda: "sk-proj-" + rs(74, URLSAFE) + "T3BlbkFJ" + rs(74, URLSAFE),
    "anthropic": lambda: "sk-ant-api03-" + rs(93, URLSAFE) + "AA",
    "hf": lambda: "hf_" + rs(34, UP + LO),
    "slack_bot": lambda: "xoxb-%s-%s-%s" % (digits(12), digits(13), rs(24)),
    "slack_hook": lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DG), rs(10, UP + DG), rs(24)),
    "discord_hook": lambda: "https://discord.com/api/webhooks/%s/%s" % (digits(19), rs(68, URLSAFE)),
    "tg_bot": lambda: "%s:AA%s" % (digits(10), rs(33, URLSAFE)),
    "sendgrid": lambda: "SG.%s.%s" % (rs(22, URLSAFE), rs(43, URLSAFE)),
    "twilio_token": lambda: hx(32), "twilio_sid": lambda: "AC" + hx(32), "twilio_sk": lambda: "SK" + hx(32),
    "mailgun": lambda: "key-" + hx(32),
    "npm": lambda: "npm_" + rs(36), "pypi": lambda: "pypi-AgEIcHlwaS5vcmcCJD" + rs(150, URLSAFE),
    "dckr": lambda: "dckr_pat_" + rs(27, URLSAFE),
    "gcp_key": lambda: "AIza" + rs(35, URLSAFE),
    "gocspx": lambda: "GOCSPX-" + rs(28, URLSAFE),
    "az_secret": lambda: rs(3, AN) + "8Q~" + rs(34, AN + "~.-_"),
    "az_storage": lambda: b64s(64),
    "datadog_api": lambda: hx(32), "datadog_app": lambda: hx(40),
    "dd_pair": lambda: hx(32),
    "influx": lambda: b64s(64).replace("+", "-").replace("/", "_"),
    "django": lambda: "django-insecure-" + rs(50, LO + DG + "!@#%^&*(-_=+)"),
    "laravel": lambda: "base64:" + b64s(32),
    "rails_key": lambda: hx(32),
    "pusher_secret": lambda: hx(20), "pusher_key": lambda: hx(20),
    "pd_key": lambda: hx(32),
    "sha1": lambda: hx(40), "sha256": lambda: hx(64), "bcrypt": bcrypt_like,
    "digits6": lambda: digits(6), "digits9": lambda: digits(9), "digits12": lambda: digits(12),
    "ami": lambda: "ami-0" + hx(16), "digest": lambda: "sha256:" + hx(64),
    "sri": lambda: "sha384-" + b64s(48),
    "sk_rzp": lambda: rs(24), "rzp_id": lambda: "rzp_live_" + rs(14),
    "jwt_sa": lambda: jwt_like('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"fleet","sub":"system:serviceaccount:fleet:deployer"}'),
    "pem_rsa": lambda: pem(), "pem_ec": lambda: pem("EC PRIVATE KEY", 3),
    "pem_openssh": lambda: pem("OPENSSH PRIVATE KEY", 6),
    "pat_hub": lambda: "pat-na1-" + uid(), "pat_hub_eu": lambda: "pat-eu1-" + uid(),
    "dop": lambda: "dop_v1_" + hx(64),
    "vault": lambda: "hvs." + rs(24),
    "sentry_dsn_key": lambda: hx(32),
    "mapbox_sk": lambda: "sk.eyJ1IjoiYnJpbmRsZSIsImEiOiJj" + rs(20) + "." + rs(22, URLSAFE),
    "mapbox_pk": lambda: "pk.eyJ1IjoiYnJpbmRsZSIsImEiOiJj" + rs(20) + "." + rs(22, URLSAFE),
    "sumo": lambda: rs(64),
    "nr_license": lambda: hx(36) + "NRAL", "nr_user": lambda: "NRAK-" + rs(27, UP + DG),
    "grafana_sa": lambda: "glsa_" + rs(32) + "_" + hx(8),
    "snowflake_pw": pw_gen, "wandb": lambda: hx(40),
    "cf_token": lambda: rs(40, URLSAFE), "cf_zone": lambda: hx(32),
    "age_recipient": lambda: "age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    "ssh_pub": lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, AN + "+/"),
    "totp": lambda: rs(32, B32),
    "sealed": lambda: "AgB" + rs(300, AN + "+/") + "==",
    "sops": lambda: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]" % (rs(24, AN + "+/"), rs(43, AN + "+/") + "=", rs(22, AN + "+/")),
    "jenkins_enc": lambda: "{AQAAABAAAAAQ" + rs(40, AN + "+/") + "=}",
    "mosq_hash": lambda: "$7$101$" + rs(16, AN + "+/") + "$" + rs(86, AN + "+/") + "==",
    "expo_push": lambda: "ExponentPushToken[" + rs(22) + "]",
    "onesignal_app": uid,
    "mqtt_pw": pw_gen,
    "squ": lambda: "squ_" + hx(40), "gc_live": lambda: "live_" + rs(40, URLSAFE),
    "ado_pat": lambda: rs(52, "abcdefghijklmnopqrstuvwxyz234567"),
    "wp_salt": lambda: rs(64, AN + "!#%()*+,-.:;<=>?[]^_{|}~"),
    "b64_32": lambda: b64s(32), "b2_key": lambda: "K003" + rs(27, AN + "/+"),
    "o365_app": lambda: rs(16, LO), "apple_asp": lambda: "-".join(rs(4, LO) for _ in range(4)),
    "django_hash": lambda: "pbkdf2_sha256$870000$" + rs(22) + "$" + b64s(32),
    "packagist": lambda: "packagist_ort_" + hx(68),
    "cio": lambda: "cio" + rs(32), "encpw": lambda: _needs_encoding(), "gltok": lambda: "gldt-" + rs(20, URLSAFE),
    "urlgen": lambda: _urlsafe(generic), "urlgenpw": lambda: _urlsafe(pw_gen), "urlhuman": lambda: _urlsafe(pw_human),
}


def _needs_encoding():
    """A password whose URL form must be percent-encoded (a person's or a generated one)."""
    while True:
        v = R.choice([pw_human, pw_gen])()
        if any(ch in v for ch in "@#/:?%!$&*+=^ "):
            return v


def _urlsafe(f):
    """A password that can sit in a URL's userinfo unencoded."""
    while True:
        v = f()
        if not any(ch in v for ch in "@#/:?%[]"):
            return v


def gen(spec):
    head, _, lit = spec.partition("|")
    if head == "lit":
        return lit
    if ":" in head:
        user, _, kind = head.partition(":")
        return user + ":" + gen(kind)
    return SPECS[head]()
