"""gen(spec): the value behind a «P/D/B/Q provider format spec» token (holdout_gen.template_filler)."""
import base64
import json
import hashlib
import re
from vals36 import R, s, hexs, alnum, uuid, b64of, generic, pw_person, pw_gen, token, bcrypt_like, ALNUM, B64U, LOW, DIG, UP
from provs36 import P


def url_pw():
    """A password that stays legal unencoded in a URL's userinfo."""
    while True:
        v = R.choice([pw_person, lambda: token(24)])()
        if re.fullmatch(r"[A-Za-z0-9._~!*-]+", v):
            return v


def _b64j(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")


def k8s_jwt():
    """A Kubernetes service-account token: a signed JWT (RS256), random signature."""
    head = _b64j({"alg": "RS256", "kid": s(B64U, 43)})
    body = _b64j({"aud": ["https://kubernetes.default.svc"], "exp": 1893456000 + R.randrange(10 ** 6),
                  "iss": "https://kubernetes.default.svc", "kubernetes.io": {"namespace": "ci",
                  "serviceaccount": {"name": "ci-deployer", "uid": uuid()}}, "sub": "system:serviceaccount:ci:ci-deployer"})
    return head + "." + body + "." + s(B64U, 342)


def gen(spec):
    if spec.startswith("lit:"):
        return spec[4:]
    if spec.startswith("url:"):
        return spec[4:].replace("{}", url_pw())
    if spec.startswith("urlp:"):  # urlp:PROVIDER:URL with {} where that provider's key goes
        _, prov, url = spec.split(":", 2)
        return url.replace("{}", P[prov][2]())
    if spec.startswith("pair:"):
        _, user, rest = spec.split(":", 2)
        return user + ":" + gen(rest)
    if spec.startswith("prov@"):  # for «B …» tokens, where a ':' in the spec means a user:secret pair
        spec = "prov:" + spec[5:]
    if spec.startswith("prov:"):
        return P[spec[5:]][2]()
    if spec.startswith("prov2:"):
        return P[spec[6:]][3][2]()
    if spec.startswith("pre:"):  # pre:PREFIX:SPEC
        pre, rest = spec[4:].rsplit(":", 1)
        return pre + gen(rest)
    m = re.fullmatch(r"(hex|alnum|b64|b64u|dig|up|low)(\d+)", spec)
    if m:
        n = int(m.group(2))
        return {"hex": hexs, "alnum": alnum, "b64": b64of, "b64u": lambda k: s(B64U, k), "dig": lambda k: s(DIG, k),
                "up": lambda k: s(UP + DIG, k), "low": lambda k: s(LOW + DIG, k)}[m.group(1)](n)
    return {
        "gen": generic, "pwp": pw_person, "pwg": pw_gen, "tok": token, "uuid": uuid, "urlpw": url_pw,
        "bcrypt": bcrypt_like,
        "sha256": lambda: hexs(64), "sha1": lambda: hexs(40), "gitsha": lambda: hexs(40),
        "sri": lambda: "sha512-" + b64of(64),
        "digest": lambda: "sha256:" + hexs(64),
        "laravel": lambda: b64of(32),
        "akia": lambda: P["aws"][2](), "awssecret": lambda: P["aws"][3][2](),
        "jwtsecret": lambda: s(B64U, 64),
        "railsmaster": lambda: hexs(32),
        "djangokey": lambda: s(LOW + DIG + "!@%^*(-_=+)", 50),
        "k8sjwt": k8s_jwt,
        "totp": lambda: s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32),
        "influx": lambda: b64of(64),
        "mapboxpk": lambda: P["mapbox"][4][0][2](),
        "pin": lambda: s(DIG, 4),
        "vpnpsk": lambda: pw_gen(28),
    }[spec]()
