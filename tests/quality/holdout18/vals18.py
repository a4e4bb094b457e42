"""Random fake values for holdout18: one random.Random(18), drawn in a fixed order."""
import base64
import random
import string

R = random.Random(18)
LO = string.ascii_lowercase
UP = string.ascii_uppercase
DG = string.digits
HEX = "0123456789abcdef"
AN = LO + UP + DG
B64U = AN + "-_"
B32 = UP + "234567"


def s(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def an(n):
    return s(AN, n)


def hx(n):
    return s(HEX, n)


def uuid():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return str(R.randint(1, 9)) + s(DG, n - 1)


def b64(v):
    return base64.b64encode(v.encode()).decode()


def b64raw(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def pem(kind="PRIVATE KEY", n=1190):
    body = b64raw(n)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


WORDS = ["harbor", "maple", "quartz", "lantern", "otter", "cobalt", "saffron", "thistle", "granite", "meadow",
         "falcon", "ember", "violet", "juniper", "copper", "willow", "tundra", "marble", "pepper", "orchid"]


def password(style):
    """Human-chosen passwords in many styles."""
    w = lambda: R.choice(WORDS)
    if style == 0:
        return w().capitalize() + w().capitalize() + digits(2) + R.choice("!#$%")
    if style == 1:
        return "-".join(w() for _ in range(4))
    if style == 2:
        return w().replace("a", "@").replace("o", "0").replace("e", "3") + str(R.randint(1990, 2024))
    if style == 3:
        return an(R.choice([16, 20, 24]))
    if style == 4:
        return w().upper() + "_" + digits(3) + w() + R.choice("!*")
    if style == 5:
        return w() + str(R.randint(10, 99)) + w() + R.choice("?.&")
    if style == 6:
        return an(1) + s(AN + "!@#%^&*", 13)
    if style == 7:
        return w().capitalize() + " " + w() + " " + w() + " " + str(R.randint(2, 9))
    return w() + w() + w()
