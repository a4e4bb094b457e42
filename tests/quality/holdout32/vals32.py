"""Every value of holdout32, drawn from one random.Random(32) in a fixed order.

gen(spec) reads a small spec language: parts joined by '+', each a literal ('text) or
KIND=N (an alphanumerics, lo lowercase alnum, up uppercase alnum, hex, HEX, b64, b64u,
dig digits) or a bare KIND (pw password, upw URL-safe password, uuid, user, pak-<hublet>,
oauth, hubrefresh-<hublet>)."""
import base64
import random
import string

from holdout_gen import varint, b64u

R = random.Random(32)
AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
B64 = AN + "+/"
B64U = AN + "-_"
WORDS = ("press plate ink folio masthead column byline gutter kicker dateline proof spike "
         "tabloid broadsheet galley edition deadline scoop leader obit splash strap "
         "web roller reel newsprint harbour moor heather granite lantern").split()
SYMS = "!*+-=?@^_~"


def pick(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def uuid():
    h = pick("0123456789abcdef", 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def password(urlsafe=False):
    style = R.randrange(8)
    if style == 0:
        v = R.choice(WORDS).capitalize() + str(R.randrange(2019, 2027)) + R.choice(SYMS)
    elif style == 1:
        v = pick(AN, 16)
    elif style == 2:
        v = pick(AN + SYMS, 20)
    elif style == 3:
        v = "-".join(R.choice(WORDS) for _ in range(4))
    elif style == 4:
        v = "".join(R.choice(WORDS).capitalize() for _ in range(2)) + str(R.randrange(10, 999))
    elif style == 5:
        v = pick(B64, 24)
    elif style == 6:
        v = R.choice(WORDS) + R.choice(SYMS) + str(R.randrange(1000, 9999)) + R.choice(WORDS).upper()
    else:
        v = pick(LO, 12)
    if urlsafe and any(c in v for c in "!#%*+=?@^/~"):
        return password(True)
    return v


def pak(hublet):
    f1 = ("%s-%s-%s-%s-%s-%s" % (hublet, pick("0123456789abcdef", 4), pick("0123456789abcdef", 4),
                                 pick("0123456789abcdef", 4), pick("0123456789abcdef", 4), pick("0123456789abcdef", 12))).encode()
    sig = b"\x00\x05" + bytes(R.randrange(256) for _ in range(23))
    msg = (b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(R.randrange(1 << 21, 1 << 28)) +
           b"\x18" + varint(R.randrange(1 << 21, 1 << 28)) + b"\x2a" + bytes([len(sig)]) + sig +
           b"\x4a" + bytes([len(hublet)]) + hublet.encode())
    return b64u(msg)


def oauth():
    ms = R.randrange(1_780_000_000_000, 1_800_000_000_000)
    rest = bytes(R.randrange(256) for _ in range(R.randrange(60, 90)))
    return b64u(b"\x08" + varint(ms) + b"\x12" + rest)


def hubrefresh(hublet):
    h = pick("0123456789abcdef", 28)
    return "%s-%s-%s-%s-%s-%s" % (hublet, h[:4], h[4:8], h[8:12], h[12:16], h[16:28])


KINDS = {"an": AN, "lo": LO, "up": UP, "hex": "0123456789abcdef", "HEX": "0123456789ABCDEF",
         "b64": B64, "b64u": B64U, "dig": string.digits}


def gen(spec):
    out = []
    for part in spec.split("|")[0].split("+"):
        if part.startswith("'"):
            out.append(part[1:])
        elif "=" in part:
            k, n = part.split("=")
            out.append(pick(KINDS[k], int(n)))
        elif part == "pw":
            out.append(password())
        elif part == "upw":
            out.append(password(True))
        elif part == "uuid":
            out.append(uuid())
        elif part == "user":
            out.append(R.choice(["jmcleod", "a.rennie", "svc_press", "kfraser", "ops", "night.desk", "mhay"]))
        elif part.startswith("pak-"):
            out.append(pak(part[4:]))
        elif part == "tok":  # Intercom access tokens: base64 of "tok:<uuid>:1:0"
            out.append(b64enc("tok:%s:1:0" % uuid()))
        elif part == "oauth":
            out.append(oauth())
        elif part.startswith("hubrefresh-"):
            out.append(hubrefresh(part[11:]))
        else:
            raise ValueError(part)
    return "".join(out)


def b64enc(s):
    return base64.b64encode(s.encode()).decode()
