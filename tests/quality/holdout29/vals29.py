"""Values for holdout29: one seeded generator (random.Random(29)) and a small spec language.

A spec is literal text with {tN} fields: t = h (lower hex), H (upper hex), a (alphanumerics),
l (lower alnum), u (upper alnum), d (digits), b (base64url chars), B (base64 chars), s (base32), k/K (base64/base64url of N random bytes, padded);
{uuid}, {UUID}, {pw} (a password, rotating over styles), {word}, {user}.
"""
import base64
import random
import re
import string

R = random.Random(29)
CH = {
    "h": "0123456789abcdef", "H": "0123456789ABCDEF", "a": string.ascii_letters + string.digits,
    "l": string.ascii_lowercase + string.digits, "u": string.ascii_uppercase + string.digits,
    "d": string.digits, "b": string.ascii_letters + string.digits + "-_",
    "B": string.ascii_letters + string.digits + "+/", "s": string.ascii_uppercase + "234567",
}
WORDS = ("heron culvert sluice weir aquifer basin filter chlorine reservoir turbid siphon valve "
         "otter kingfisher meadow granite copper lantern harbour thistle bramble falcon willow "
         "marble cobalt saffron tundra orchid pepper walnut glacier ember").split()
USERS = "svc_historian scada_ro opsadmin kvw_billing gisadmin labtech fieldtab rtu_poll ci_deploy backup".split()
_style = [0]


def rs(t, n):
    return "".join(R.choice(CH[t]) for _ in range(n))


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (rs("h", 8), rs("h", 4), rs("h", 3), R.choice("89ab"), rs("h", 3), rs("h", 12))


def password():
    """Rotates over 12 styles people and generators use."""
    i = _style[0] % 12
    _style[0] += 1
    w = lambda: R.choice(WORDS)
    if i == 0:
        return w().capitalize() + str(R.randint(2019, 2026)) + R.choice("!#$%&*?")
    if i == 1:
        return rs("a", 18)
    if i == 2:
        return rs("a", 1) + "".join(R.choice(CH["a"] + "!#%^*()-_=+.?~@") for _ in range(23))
    if i == 3:
        return "-".join(w() for _ in range(4))
    if i == 4:
        return "".join(w().capitalize() for _ in range(3)) + str(R.randint(1, 99))
    if i == 5:
        return w().replace("e", "3").replace("a", "@").replace("o", "0").capitalize() + str(R.randint(10, 99)) + "!"
    if i == 6:
        return rs("B", 24)
    if i == 7:
        return rs("a", 12)
    if i == 8:
        return "".join(R.choice("bcdfghjkmnprstvz") + R.choice("aeiou") for _ in range(4)) + str(R.randint(10, 99)) + R.choice("bcdfghjkmnprstvz").upper() + R.choice("aeiou")
    if i == 9:
        return "%s%s!%d%s" % (rs("u", 1), rs("l", 4).lower(), R.randint(100, 999), w().capitalize())
    if i == 10:
        return R.choice(["Spring", "Summer", "Autumn", "Winter"]) + str(R.randint(2021, 2026)) + R.choice("!@#") + w()
    return "_".join(w() for _ in range(2)) + "_" + str(R.randint(100, 9999))


def gen(spec):
    def one(m):
        f = m.group(1)
        if f == "uuid":
            return uuid()
        if f == "UUID":
            return uuid().upper()
        if f == "pw":
            return password()
        if f == "word":
            return R.choice(WORDS)
        if f == "user":
            return R.choice(USERS)
        if f[0] in "kK":  # base64 (k) or base64url (K) of n random bytes, padded
            raw = bytes(R.randrange(256) for _ in range(int(f[1:])))
            return (base64.b64encode if f[0] == "k" else base64.urlsafe_b64encode)(raw).decode()
        return rs(f[0], int(f[1:]))
    return re.sub(r"\{(uuid|UUID|pw|word|user|[hHalubBsdkK]\d+)\}", one, spec)
