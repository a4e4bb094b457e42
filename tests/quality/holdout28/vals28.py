"""Value generators for holdout28: one random.Random(28), a small spec language per format.

gen(spec): spec is parts joined by '+'; a part is CLASS:N (N characters of the class), uuid,
pw (the next password style), pwS (style S), b64r:N (standard base64 of N random bytes),
b64ur:N (base64url, no padding), digits range dR:A-B, or a literal."""
import base64
import random
import re
import string

R = random.Random(28)

CLASSES = {
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "an": string.ascii_letters + string.digits,
    "lc": string.ascii_lowercase + string.digits,
    "uc": string.ascii_uppercase + string.digits,
    "b32": string.ascii_uppercase + "234567",
    "b64": string.ascii_letters + string.digits + "+/",
    "b64u": string.ascii_letters + string.digits + "_-",
    "dig": string.digits,
    "low": string.ascii_lowercase,
    "up": string.ascii_uppercase,
    "alpha": string.ascii_letters,
    "crypt": "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase,
}
PART = re.compile(r"^(%s):(\d+)$" % "|".join(CLASSES))

WORDS = ("linen towel sheet pillow tunnel dryer press folder steam drum cart barrow hamper route van depot "
         "harbour pennine moor heather gritstone canal lock mill chimney loom bobbin shuttle weaver spindle "
         "tallow copper amber juniper rowan alder bracken curlew lapwing plover heron kestrel badger otter "
         "thistle clover meadow orchard quarry beacon lantern compass anchor rudder ferry barge wharf slate "
         "cobble viaduct tramway signal junction pylon turbine kettle teapot biscuit crumpet marmalade").split()
SYMS = "!#$%&*?@^+=~"
SEASONS = ["Spring", "Summer", "Autumn", "Winter"]
_pw_count = [0]


def rnd(cls, n):
    return "".join(R.choice(CLASSES[cls]) for _ in range(n))


def uuid4():
    h = rnd("hex", 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(s):
    return base64.b64encode(s.encode()).decode()


def pronounceable(n):
    c, v, out = "bcdfghjkmnprstvwz", "aeiou", []
    while len("".join(out)) < n:
        out.append(R.choice(c) + R.choice(v))
    s = "".join(out)[:n]
    i = R.randrange(1, n - 1)
    return s[:i] + R.choice("23456789") + s[i + 1:]


def password(style=None):
    """Fourteen styles in rotation, so no style makes more than a tenth of the passwords."""
    if style is None:
        style = _pw_count[0] % 14
        _pw_count[0] += 1
    w = lambda: R.choice(WORDS)  # noqa: E731
    if style == 0:
        return w().capitalize() + str(R.choice([2019, 2021, 2022, 2023, 2024, 2025, 2026])) + R.choice(SYMS)
    if style == 1:
        return rnd("an", 16)
    if style == 2:
        return "".join(R.choice(CLASSES["an"] + "!#%&*()-_=+[]{};:,.?") for _ in range(22))
    if style == 3:
        return "-".join(w() for _ in range(4))
    if style == 4:
        return "".join(w().capitalize() for _ in range(3)) + str(R.randrange(10))
    if style == 5:
        t = str.maketrans("aeiost", "4310$7")
        return (w() + w()).translate(t).capitalize() + R.choice(SYMS)
    if style == 6:
        return base64.b64encode(bytes(R.randrange(256) for _ in range(18))).decode()
    if style == 7:
        return rnd("an", 11)  # short generated
    if style == 8:
        return pronounceable(10)
    if style == 9:
        return rnd("up", 1) + rnd("low", 4) + R.choice(SYMS) + rnd("dig", 3) + rnd("up", 1) + rnd("low", 2) + R.choice(SYMS)
    if style == 10:
        return ".".join(w() for _ in range(3))
    if style == 11:
        return R.choice(SEASONS) + str(R.choice([2024, 2025, 2026])) + R.choice(SYMS) + w()
    if style == 12:
        return w() + "_" + w() + "_" + rnd("dig", 2)
    return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(15))).decode()


def gen(spec):
    out = []
    for part in spec.split("+"):
        m = PART.match(part)
        if m:
            out.append(rnd(m.group(1), int(m.group(2))))
        elif part == "uuid":
            out.append(uuid4())
        elif part == "pw":
            out.append(password())
        elif re.fullmatch(r"pw\d+", part):
            out.append(password(int(part[2:])))
        elif part.startswith("b64r:"):
            out.append(base64.b64encode(bytes(R.randrange(256) for _ in range(int(part[5:])))).decode())
        elif part.startswith("b64ur:"):
            out.append(base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(int(part[6:])))).decode().rstrip("="))
        elif re.fullmatch(r"d\d+-\d+", part):
            a, b = part[1:].split("-")
            out.append(str(R.randrange(int(a), int(b))))
        elif part == "word":
            out.append(R.choice(WORDS))
        else:
            out.append(part)
    return "".join(out)
