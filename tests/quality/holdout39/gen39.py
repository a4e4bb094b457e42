"""Values for holdout39: one random.Random(39) and a small spec language.

A spec is parts joined by '+': '=text' is literal text; a class letter and a count draws that
many characters ('a' alnum, 'h' lower hex, 'H' upper hex, 'U' upper+digits, 'l' lower+digits,
'L' lower letters, 'b' base64 body, 'u' base64url, 'd' digits, 'z' base32 lower, 'Z' base32
upper, 'B' / 'c' bech32 upper / lower); the words below draw whole values (passwords, uuids, hashes, PEM keys).
"""
import base64
import hashlib
import random
import re
import string

R = random.Random(39)

CLS = {
    "a": string.ascii_letters + string.digits,
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "U": string.ascii_uppercase + string.digits,
    "l": string.ascii_lowercase + string.digits,
    "L": string.ascii_lowercase,
    "b": string.ascii_letters + string.digits + "+/",
    "u": string.ascii_letters + string.digits + "_-",
    "d": string.digits,
    "z": "abcdefghijklmnopqrstuvwxyz234567",
    "Z": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    "B": "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
    "c": "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
}

WORDS = ["Heron", "candidate", "Interview", "offer", "Shortlist", "quillon", "Pipeline", "ladder",
         "Saffron", "orchid", "Tiller", "copper", "Lantern", "meadow", "Quartz", "juniper",
         "Harbor", "thistle", "Falcon", "walnut", "Cobalt", "sparrow", "Granite", "pebble",
         "Marble", "clover", "Ember", "willow", "Basil", "tundra", "Velvet", "bramble"]
SYMS = "!%*-.?_"
GSYMS = "!%*+-=?^_~."


def draw(cls, n):
    return "".join(R.choice(CLS[cls]) for _ in range(n))


def human_pw():
    """A password a person chose: words, a year or digits, a symbol."""
    k = R.randrange(5)
    w1, w2 = R.choice(WORDS), R.choice(WORDS).lower()
    if k == 0:
        return "%s%d%s" % (w1, R.randrange(1975, 2026), R.choice(SYMS))
    if k == 1:
        return "%s-%s-%d" % (w1.lower(), w2, R.randrange(10, 99))
    if k == 2:
        return "%s%s%d" % (w1[:3].lower(), w2.replace("e", "3").replace("a", "4"), R.randrange(100, 9999))
    if k == 3:
        return "%s%s.%d" % (w1, w2.capitalize(), R.randrange(100, 999))
    return "%s!%s%d" % (w1.upper()[:4], w2, R.randrange(1000, 9999))


def gen_pw():
    """A generated password: 20 characters, letters, digits and symbols, starting with a letter."""
    s = R.choice(string.ascii_letters) + "".join(R.choice(CLS["a"] + GSYMS) for _ in range(19))
    if not any(c in GSYMS for c in s):
        s = s[:10] + R.choice(GSYMS) + s[11:]
    return s


_cycle = [0]


def generic():
    """Generic credentials cycle: chosen password, generated password, random 32 token."""
    _cycle[0] += 1
    return [human_pw, gen_pw, lambda: draw("a", 32)][_cycle[0] % 3]()


def uuid():
    h = draw("h", 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pem(kind="RSA PRIVATE KEY", lines=12):
    body = [draw("b", 64) for _ in range(lines)]
    body[0] = "MIIEow" + body[0][6:] if "RSA" in kind else "MIIEvQ" + body[0][6:]
    return "-----BEGIN %s-----\n%s\n%s-----END %s-----" % (kind, "\n".join(body), draw("b", 20) + "==\n", kind)


def openssh():
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + draw("b", 2)]
    body += [draw("b", 70) for _ in range(5)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n%s\n-----END OPENSSH PRIVATE KEY-----" % (
        "\n".join(body), draw("b", 16) + "=")


def bcrypt():
    return "$2b$12$" + draw("a", 53).replace("+", ".")


def jwt(payload='{"iss":"quillon","sub":"%s","iat":%d}'):
    def enc(s):
        return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
    p = payload % (draw("l", 10), R.randrange(1700000000, 1790000000)) if "%" in payload else payload
    return enc('{"alg":"HS256","typ":"JWT"}') + "." + enc(p) + "." + draw("u", 43)


def ovpn_static():
    """An OpenVPN static key: its comment header and 16 lines of 32 hex digits."""
    lines = "\n".join(draw("h", 32) for _ in range(16))
    return "-----BEGIN OpenVPN Static key V1-----\n%s\n-----END OpenVPN Static key V1-----" % lines


def k8s_jwt():
    """A Kubernetes service-account token (RS256 JWT, 342-character signature)."""
    def enc(s):
        return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
    payload = ('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"ci",'
               '"kubernetes.io/serviceaccount/secret.name":"ci-deployer-token-%s","sub":"system:serviceaccount:ci:ci-deployer"}' % draw("l", 5))
    return enc('{"alg":"RS256","kid":"%s"}' % draw("u", 43)) + "." + enc(payload) + "." + draw("u", 342)


WORDFN = {
    "ovpn": ovpn_static, "k8sjwt": k8s_jwt,
    "hpw": human_pw, "gpw": gen_pw, "rtok": lambda: draw("a", 32), "gen": generic, "uuid": uuid,
    "pem": pem, "ecpem": lambda: pem("EC PRIVATE KEY", 4), "pkcs8": lambda: pem("PRIVATE KEY", 16),
    "openssh": openssh, "bcrypt": bcrypt, "jwt": jwt,
    "sha256": lambda: hashlib.sha256(draw("a", 20).encode()).hexdigest(),
    "sha1": lambda: hashlib.sha1(draw("a", 20).encode()).hexdigest(),
    "sri": lambda: "sha384-" + draw("b", 64),
    "sshpub": lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw("b", 43) + " deploy@quillon",
    "zerouuid": lambda: "00000000-0000-0000-0000-000000000000",
}


def gen(spec):
    """A value drawn by spec (see the module docstring)."""
    spec = spec.strip()
    out = []
    for part in spec.split("+"):
        if part.startswith("="):
            out.append(part[1:])
        elif part in WORDFN:
            out.append(WORDFN[part]())
        else:
            m = re.fullmatch(r"([a-zA-Z])(\d+)", part)
            assert m, spec
            out.append(draw(m.group(1), int(m.group(2))))
    return "".join(out)
