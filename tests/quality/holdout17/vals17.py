"""Value generator of holdout17: one random.Random(17), a small spec language.

A spec is literal text with slots: <h32> lowercase hex, <H32> uppercase hex,
<a32> [A-Za-z0-9], <l32> [a-z0-9], <U32> [A-Z0-9], <L8> [a-z], <d8> digits,
<b40> base64 body, <B40> base64url body, <uuid>, <pw> a human-chosen password, <upw> one safe in a URL,
<gh:PREFIX> a GitHub token with its CRC32 checksum, <words> a mnemonic, <glc> a Grafana Cloud token.
"""
import base64
import random
import re
import zlib

R = random.Random(17)

ALPH = {
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "l": "abcdefghijklmnopqrstuvwxyz0123456789",
    "U": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "L": "abcdefghijklmnopqrstuvwxyz",
    "d": "0123456789",
    "b": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
    "B": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
}
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
WORDS = ["harbor", "falcon", "pickle", "orchid", "tundra", "velvet", "marble", "copper", "lantern", "meadow",
         "saffron", "glacier", "walnut", "cobalt", "thistle", "ember", "quartz", "juniper", "otter", "basalt"]
BIP = ["abandon", "ability", "absorb", "acoustic", "adapt", "afford", "agent", "alarm", "album", "alpha", "anchor",
       "answer", "arena", "artist", "august", "basket", "beach", "bitter", "blossom", "bracket", "cabin", "canal",
       "cargo", "chalk", "circle", "clinic", "coconut", "crystal", "dawn", "device", "dolphin", "eager"]
SLOT = re.compile(r"<([hHalULdbB])(\d+)>|<uuid>|<pw>|<upw>|<gh:([a-z_]+)>|<words>|<glc>")


def rnd(alpha, n):
    return "".join(R.choice(ALPH[alpha]) for _ in range(n))


def uuid4():
    h = rnd("h", 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def password():
    k = R.randrange(4)
    w1, w2 = R.choice(WORDS), R.choice(WORDS)
    if k == 0:
        return "%s%s%d%s" % (w1.capitalize(), w2.capitalize(), R.randrange(10, 99), R.choice("!*?@"))
    if k == 1:
        return "%s-%s-%s-%d" % (w1, w2, R.choice(WORDS), R.randrange(100, 999))
    if k == 2:
        return "%s%s%s%d" % (w1[0].upper() + w1[1:].replace("a", "@").replace("o", "0"), R.choice("._!"), w2, R.randrange(1990, 2026))
    return rnd("a", 6) + R.choice("!*?@") + rnd("a", 7)


def url_password():
    """A human-chosen password that needs no percent-encoding in a URL."""
    return "%s%s%s%d" % (R.choice(WORDS).capitalize(), R.choice("-_."), R.choice(WORDS), R.randrange(10, 9999))


def grafana_cloud():
    """A Grafana Cloud access-policy token: glc_ + base64 of a small JSON."""
    j = '{"o":"%s","n":"stack-%s-%s","k":"%s","m":{"r":"prod-eu-west-2"}}' % (
        rnd("d", 6), rnd("d", 6), R.choice(["hm-read", "logs-write", "metrics-write"]), rnd("a", 24))
    return "glc_" + base64.b64encode(j.encode()).decode()


def github(prefix):
    body = rnd("a", 30)
    c = zlib.crc32(body.encode()) & 0xFFFFFFFF
    s = ""
    while c:
        c, r = divmod(c, 62)
        s = B62[r] + s
    return prefix + "_" + body + s.rjust(6, "0")


def expand(spec):
    def one(m):
        if m.group(1):
            return rnd(m.group(1), int(m.group(2)))
        t = m.group(0)
        if t == "<uuid>":
            return uuid4()
        if t == "<pw>":
            return password()
        if t == "<upw>":
            return url_password()
        if t == "<glc>":
            return grafana_cloud()
        if t == "<words>":
            return " ".join(R.choice(BIP) for _ in range(12))
        return github(m.group(3))
    return SLOT.sub(one, spec)


def prefix_of(spec):
    """The literal text before the first slot (a provider's fixed prefix)."""
    m = SLOT.search(spec)
    return spec[:m.start()] if m else spec


def b64(s):
    return base64.b64encode(s.encode()).decode()
