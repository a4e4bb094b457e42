"""Value generators for holdout31: every random value comes from R = random.Random(31), drawn in
corpus order, so the corpus is byte-reproducible."""
import random
import re
import string
import uuid as _uuid

R = random.Random(31)
LOW = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
WORDS = ("reefer pallet chiller forklift ambient frozen dockside harbour tundra glacier polar cobalt "
         "marmot walrus penguin juniper thistle bramble kestrel falcon lantern copper anchor biscuit "
         "mango pepper tractor diesel convoy ferry lighthouse turnip cabbage parsnip blizzard icicle "
         "frosty mitten sledge yeti compass orbit rocket velvet saffron cinder ember quartz").split()
SYMS = "!@#$%&*?+=._-"


def s(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def uuid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


_STYLE = [0]


def password():
    """A human-chosen or generated password; 14 styles in rotation."""
    k = _STYLE[0] % 14
    _STYLE[0] += 1
    w = lambda: R.choice(WORDS)
    if k == 0:
        return w().capitalize() + str(R.randint(2015, 2026)) + R.choice("!#$?")
    if k == 1:
        return s(AN, 16)
    if k == 2:
        return s(AN + "!#%&*+-=?@^_~", 22)
    if k == 3:
        return "-".join(w() for _ in range(4))
    if k == 4:
        return w().capitalize() + w().capitalize() + str(R.randint(10, 999))
    if k == 5:
        t = w() + w()
        return t.translate(str.maketrans("aeiost", "4310$7")).capitalize() + R.choice("!?")
    if k == 6:
        return s(B64, 24)
    if k == 7:
        return s(AN, 12)
    if k == 8:
        cv = lambda: R.choice("bcdfghjklmnprstvwz") + R.choice("aeiou")
        return "".join(cv() for _ in range(4)) + str(R.randint(0, 9)) + "".join(cv() for _ in range(2)).upper()
    if k == 9:
        return R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + s(LOW, 9) + R.choice(SYMS[:8]) + str(R.randint(10, 99))
    if k == 10:
        return R.choice(["Winter", "Spring", "Summer", "Autumn"]) + str(R.randint(2023, 2026)) + R.choice("!$#") + w()
    if k == 11:
        return "_".join(w() for _ in range(3)) + "_" + str(R.randint(1, 99))
    if k == 12:
        return s(HEX, 20)
    return R.choice(["Kelvin", "Frost", "Coldbay", "Northgate", "Rimedge"]) + str(R.randint(100, 9999)) + w()


TOK = re.compile(r"\{(hex|HEX|an|low|up|UPK|b64u|b64_|b64|dig|uuid|upw|pw|word|wpapp|discord)(\d*)\}")


def url_password():
    """A password with no character that would need quoting in a URL or a shell word."""
    while True:
        p = password()
        if re.fullmatch(r"[A-Za-z0-9._~-]+", p):
            return p


def gen(spec):
    """'{hex32}', 'sk-or-v1-{hex64}', '{uuid}', '{pw}', '{an12}'... : literal text with fields."""
    def one(m):
        k, n = m.group(1), int(m.group(2) or 0)
        if k == "uuid":
            return uuid()
        if k == "pw":
            return password()
        if k == "upw":
            return url_password()
        if k == "word":
            return R.choice(WORDS)
        if k == "wpapp":
            return " ".join(s(AN, 4) for _ in range(6))
        if k == "discord":
            return R.choice("MN") + s(B64U, 25) + "." + s(B64U, 6) + "." + s(B64U, 38)
        if k == "UPK":
            return s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", n)
        return s({"hex": HEX, "HEX": HEX.upper(), "an": AN, "low": LOW, "up": UP, "b64": B64, "b64_": B64,
                  "b64u": B64U, "dig": string.digits}[k], n)
    return TOK.sub(one, spec)
