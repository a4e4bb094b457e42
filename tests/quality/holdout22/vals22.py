"""Value makers for holdout22: one random.Random(22) for the whole corpus."""
import base64
import random
import string
import urllib.parse

R = random.Random(22)
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
AN = LOW + UP + DIG
HEX = "0123456789abcdef"
B64U = AN + "-_"


def pick(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def an(n):
    return pick(AN, n)


def hx(n):
    return pick(HEX, n)


def HX(n):
    return pick(HEX.upper(), n)


def lan(n):
    return pick(LOW + DIG, n)


def uan(n):
    return pick(UP + DIG, n)


def b64u(n):
    return pick(B64U, n)


def uuid():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64raw(n):
    """n random bytes, base64 (what openssl rand -base64 n prints)."""
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def urlq(s):
    return urllib.parse.quote(s, safe="")


def digits(n):
    return str(R.randrange(1, 10)) + pick(DIG, n - 1)


WORDS = ["harbor", "copper", "kettle", "walnut", "meadow", "lantern", "pebble", "thistle", "granite",
         "saffron", "orchid", "glacier", "cobalt", "juniper", "falcon", "marble", "tundra", "velvet",
         "biscuit", "pepper", "mango", "otter", "willow", "cinder", "quartz", "ember", "fjord", "nectar",
         "parsnip", "bramble", "citadel", "zephyr", "gondola", "truffle", "basalt", "plover"]
NAMES = ["Lotte", "Bruno", "Ingrid", "Mateo", "Yusuf", "Freya", "Oskar", "Amara", "Tobias", "Nadia"]
FOREIGN = ["sauerkraut", "mantequilla", "fromage", "kanelbulle", "pierogi", "azulejo", "schnitzel"]
MARKS = "!#$%&*?@+=~"


def W():
    return R.choice(WORDS)


def pw_styles():
    """Human and tool password styles not in holdout21's README list (one maker per style)."""
    return [
        lambda: W().capitalize() + W().capitalize() + W().capitalize() + pick(DIG, 2),          # CamelThreeWords88
        lambda: "_".join([W(), R.choice(DIG), W(), W()]),                                      # copper_7_kettle_moon
        lambda: R.choice(MARKS) + R.choice(UP) + R.choice(LOW) + pick(DIG, 1) + W(),             # !Qw7harbor
        lambda: W().upper() + R.choice("$%&") + W(),                                           # WINTER$garden
        lambda: W() + "%02d%02d%02d" % (R.randrange(1, 29), R.randrange(1, 13), R.randrange(60, 100)),  # pet + DDMMYY
        lambda: b64raw(18),                                                                   # openssl rand -base64 18
        lambda: hx(32),                                                                       # openssl rand -hex 16
        lambda: "".join(R.choice(["ae", "oh", "ei", "uu", "ah", "ie"]) + R.choice("bcdfghkmnpqrstvxz") for _ in range(3)) + R.choice(DIG) + R.choice(LOW),  # pwgen-like
        lambda: "I" + R.choice(["like", "hate", "miss"]) + W().capitalize() + "At" + str(R.randrange(1, 12)) + R.choice(["am", "pm"]) + ".",  # short sentence
        lambda: W().replace("a", "4").replace("e", "3").replace("o", "0").capitalize() + "&" + R.choice(DIG),  # full leet + &
        lambda: R.choice(["Northwind", "Contoso", "Fabrikam", "Initech"]) + "-" + R.choice(["Spring", "Summer", "Autumn", "Winter"]) + str(R.randrange(2019, 2027)),
        lambda: "".join(c.upper() if i % 2 else c for i, c in enumerate(W() + W())) + pick(DIG, 2),  # aLtErNaTiNg
        lambda: (lambda w: w + w + pick(DIG, 2) + R.choice(MARKS))(W()),                       # doubled word
        lambda: "".join(R.choice(AN + "#$%@!") for _ in range(16)),                             # vault generator, 16 w/ marks
        lambda: R.choice(FOREIGN) + "_" + R.choice(["Mit", "Con", "Avec", "Med"]) + "_" + W().capitalize() + R.choice(DIG),
        lambda: "0" + pick(DIG, 3) + "-" + W().capitalize() + "-" + pick(DIG, 4),               # phone-ish
        lambda: "".join(R.choice(UP) + R.choice(LOW) for _ in range(3)) + pick(DIG, 1) + R.choice("y!?") + R.choice(MARKS),  # initials of a sentence
        lambda: R.choice(NAMES) + "s" + R.choice(["Bike", "Boat", "Garden", "Attic"]) + "#" + pick(DIG, 3),
        lambda: W() + " " + W() + " " + str(R.randrange(10, 99)) + " " + W(),                      # spaced with a number
        lambda: pick(LOW, 4) + "-" + pick(DIG, 4) + "-" + pick(UP, 4),                          # segmented mixed
    ]


_STYLES = pw_styles()
_n = [0]


def password():
    f = _STYLES[_n[0] % len(_STYLES)]
    _n[0] += 1
    return f()


def urlsafe_password():
    while True:
        p = password()
        if all(c in AN + "-_." for c in p):
            return p


def aws_pair():
    return "AKIA" + uan(16), pick(AN + "/+", 40)
