"""Random values for holdout36: one random.Random(36) shared by every module, so the corpus is
the same on every run. Formats are written from the providers' public documentation."""
import base64
import hashlib
import random
import string

R = random.Random(36)
LOW, UP, DIG = string.ascii_lowercase, string.ascii_uppercase, string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64U = ALNUM + "_-"
B64 = ALNUM + "+/"
SYM = "!%*+-=?^_~."

WORDS = ["turbine", "kestrel", "nacelle", "heron", "carrow", "hollins", "bracken", "gusty", "sunfield",
         "rotor", "pylon", "inverter", "meadow", "skylark", "granite", "bramble", "yaw", "pitch",
         "anemo", "solstice", "breeze", "copper", "torque", "lantern", "moorland", "harrier"]


def s(alph, n):
    return "".join(R.choice(alph) for _ in range(n))


def hexs(n):
    return s(HEX, n)


def alnum(n):
    return s(ALNUM, n)


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64of(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def pw_person():
    """A password a person chose: words, digits, a symbol."""
    w = R.choice(WORDS)
    k = R.randrange(5)
    if k == 0:
        return w.capitalize() + str(R.randrange(1970, 2026)) + R.choice("!?.*")
    if k == 1:
        return "%s-%s-%d" % (w, R.choice(WORDS), R.randrange(10, 99))
    if k == 2:
        return w.replace("o", "0").replace("e", "3").replace("i", "1") + str(R.randrange(100, 9999))
    if k == 3:
        return w.capitalize() + R.choice(WORDS).capitalize() + "!" + str(R.randrange(1, 99))
    return R.choice(WORDS) + "_" + R.choice(WORDS) + str(R.randrange(1, 9)) + "%"


def pw_gen(n=20):
    """A generated password: letters, digits and symbols, each class present."""
    while True:
        v = s(ALNUM + SYM * 2, n)
        if any(c in SYM for c in v) and any(c in DIG for c in v) and any(c in UP for c in v) and any(c in LOW for c in v):
            return v


def token(n=32):
    while True:
        v = alnum(n)
        if any(c in DIG for c in v) and any(c in UP for c in v):
            return v


_cycle = [0]


def generic():
    """Generic credentials cycle through a chosen password, a generated one and a random token."""
    _cycle[0] += 1
    return [pw_person, pw_gen, token][_cycle[0] % 3]()


def sha256(x):
    return hashlib.sha256(x.encode()).hexdigest()


def bcrypt_like():
    return "$2b$12$" + s(ALNUM + "./", 53)
