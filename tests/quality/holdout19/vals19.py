"""Random fake values for holdout19: one random.Random(19), shapes as documented (SOURCES.md)."""
import base64
import random
import string
import uuid as _uuid

R = random.Random(19)
LO, UP, DG = string.ascii_lowercase, string.ascii_uppercase, string.digits
AN = LO + UP + DG
HEX = "0123456789abcdef"
B64U = AN + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def an(n):
    return rs(AN, n)


def hx(n):
    return rs(HEX, n)


def uid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def b64u(n):
    return rs(B64U, n)


def jwtish(payload):
    enc = lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
    return enc('{"alg":"HS256","typ":"JWT"}') + "." + enc(payload) + "." + b64u(43)


WORDS = ["harbor", "maple", "orbit", "copper", "lantern", "violet", "gravel", "summit", "falcon", "thistle",
         "marble", "cobalt", "juniper", "tundra", "saffron", "pepper", "quartz", "willow", "ember", "rocket",
         "biscuit", "meadow", "anchor", "pickle", "zephyr", "badger", "cactus", "velvet", "nectar", "pixel"]
LEET = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})


def password():
    """A human-chosen or generated password, in one of many styles."""
    w = R.sample(WORDS, 4)
    style = R.randrange(12)
    if style == 0:
        return w[0].capitalize() + w[1].capitalize() + str(R.randrange(10, 99)) + R.choice("!#?%")
    if style == 1:
        return "-".join(w)
    if style == 2:
        return w[0].translate(LEET) + w[1].capitalize().translate(LEET) + str(R.randrange(1990, 2026))
    if style == 3:
        return rs(AN + "!@#%^&*", R.randrange(14, 24))
    if style == 4:
        return "".join(x.capitalize() for x in w[:3]) + str(R.randrange(2, 9))
    if style == 5:
        return R.choice("!$%") + w[0] + "_" + w[1] + str(R.randrange(100, 999))
    if style == 6:
        return w[0].upper() + "." + w[1] + "." + str(R.randrange(10, 99))
    if style == 7:
        return rs(AN, 32)
    if style == 8:
        return w[0] + str(R.randrange(1, 9)) + w[1] + str(R.randrange(1, 9)) + "X"
    if style == 9:
        return "Summer" + str(R.randrange(2019, 2026)) + "!" + w[2][:3]
    if style == 10:
        return w[0].capitalize() + "&" + w[1].capitalize() + "#" + str(R.randrange(1, 99))
    return b64(bytes(R.getrandbits(8) for _ in range(18)))


def phrase():
    """A passphrase with spaces (only written where the file quotes it)."""
    return " ".join(R.sample(WORDS, 4)) + " " + str(R.randrange(2, 99))


def urlpass():
    """A password as people put it into a URL (no characters that need escaping)."""
    w = R.sample(WORDS, 2)
    return R.choice([w[0] + w[1].capitalize() + str(R.randrange(10, 9999)), an(R.randrange(12, 28)), w[0] + "-" + w[1] + "-" + str(R.randrange(1, 99))])
