"""Value generators for holdout27: one random.Random(27) for every value in the corpus.

gen(spec): spec is parts joined by '|'; a part is CLASS:N (N characters of that alphabet),
'uuid', 'pw' (the next password style in the rotation), 'pw:STYLE', 'fn:NAME' (a function
below), or literal text. Alphabets are the providers' documented ones (SOURCES.md)."""
import base64
import random
import string

R = random.Random(27)

ALPHA = {
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "an": string.ascii_letters + string.digits,
    "lo": string.ascii_lowercase + string.digits,
    "up": string.ascii_uppercase + string.digits,
    "al": string.ascii_letters,
    "lower": string.ascii_lowercase,
    "b64": string.ascii_letters + string.digits + "+/",
    "b64u": string.ascii_letters + string.digits + "-_",
    "b32": string.ascii_uppercase + "234567",
    "dig": string.digits,
    "crock": "0123456789abcdefghjkmnpqrstvwxyz",
    "b32l": "abcdefghijklmnopqrstuvwxyz234567",
    "b58": "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
}
EDGE_SAFE = string.ascii_letters + string.digits


def run(cls, n):
    a = ALPHA[cls]
    while True:
        s = "".join(R.choice(a) for _ in range(n))
        if cls in ("b64", "b64u") and n > 2:
            s = R.choice(EDGE_SAFE) + s[1:-1] + R.choice(EDGE_SAFE)
        # a random value of a mixed alphabet has both letters and digits; re-draw the rare one without
        if n >= 8 and cls not in ("hex", "HEX", "dig", "lower", "al", "b32") and (
                not any(c.isdigit() for c in s) or not any(c.isalpha() for c in s)):
            continue
        if n >= 12 and cls in ("hex", "HEX") and not any(c.isalpha() for c in s):
            continue
        return s


def uuid4():
    h = run("hex", 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64(s):
    return base64.b64encode(s.encode()).decode()


# Invented words for passphrases (ropeway, weather and kitchen words; no dictionary list copied)
WORDS = """anchor basalt bramble cable chalet cirrus cobble cornice drift ember fjord gantry glacier gravel
harbor heron juniper kestrel lantern larch ledger lichen marmot meadow moraine nettle orchard pulley
quarry rafter ridge saddle scree sheave shingle sledge spruce summit talus thistle timber tundra umber
valley vesper walnut willow yarrow zephyr alpine birch copper dune ferry granite hazel iris jasper
kettle lupine mallow nimbus oxbow pepper quince rowan sorrel tansy upland violet wren yodel beacon
""".split()

PW_STYLES = ["human", "random16", "symbols24", "dashwords", "camelwords", "leet", "b64rand", "hexrand",
             "pwgen", "policy", "dotwords", "season", "underscorewords", "mixed20"]
_pw_turn = [0]


def password(style=None):
    if style is None:
        style = PW_STYLES[_pw_turn[0] % len(PW_STYLES)]
        _pw_turn[0] += 1
    w = lambda: R.choice(WORDS)  # noqa: E731
    if style == "human":
        return w().capitalize() + R.choice(["19", "20", ""]) + run("dig", 2) + R.choice("!?#$")
    if style == "random16":
        return run("an", 16)
    if style == "symbols24":
        return R.choice(EDGE_SAFE) + "".join(R.choice(string.ascii_letters + string.digits + "!#%^*()-+=[]{}.,") for _ in range(23))
    if style == "dashwords":
        return "-".join(w() for _ in range(4))
    if style == "camelwords":
        return "".join(w().capitalize() for _ in range(3)) + run("dig", 1)
    if style == "leet":
        base = w() + w()
        return base.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + R.choice("!$%")
    if style == "b64rand":
        return base64.b64encode(bytes(R.randrange(256) for _ in range(24))).decode()
    if style == "hexrand":
        return run("hex", 32)
    if style == "pwgen":
        v = "".join(R.choice("bcdfghjkmnprstvz") + R.choice("aeiou") for _ in range(3)) + run("dig", 1) + R.choice("ahiu") + R.choice("BCDFGHK")
        return v
    if style == "policy":
        return R.choice(string.ascii_uppercase) + run("an", 6) + R.choice("#@%&*") + run("dig", 2) + R.choice(string.ascii_lowercase) + R.choice("!?")
    if style == "spacewords":
        return " ".join(w() for _ in range(4))
    if style == "dotwords":
        return ".".join(w() for _ in range(3))
    if style == "season":
        return R.choice(["Winter", "Summer", "Autumn", "Spring"]) + R.choice(["2025", "2026"]) + R.choice(["!", "#", "$"]) + w()
    if style == "underscorewords":
        return "_".join(w() for _ in range(3)) + "_" + run("dig", 3)
    if style == "mixed20":
        return run("b64u", 20)
    raise ValueError(style)


def jfrog_reference():
    return b64("reftkn:01:%d:%s" % (R.randrange(1790000000, 1890000000), run("an", 32))).rstrip("=")


def teamcity():
    return "eyJ0eXAiOiAiVENWMiJ9." + run("b64u", 36) + "." + run("b64u", 48)


def telegram():
    return "%d:AA%s" % (R.randrange(5000000000, 7999999999), run("b64u", 33))


def fernet():
    return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(32))).decode()


def b64bytes64():
    return base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()


def k8s_bootstrap():
    return run("lo", 6) + "." + run("lo", 16)


def eth_key():
    return "0x" + run("hex", 64)


def apple_asp():
    return "-".join(run("lower", 4) for _ in range(4))


def ulid():
    return run("dig", 1).replace("9", "0").replace("8", "0") + run("crock", 25)


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def b64url(bs):
    return base64.urlsafe_b64encode(bs).decode().rstrip("=")


def hs_hublet_uuid(hublet="na1"):
    h = run("hex", 28)
    return "%s-%s-%s-%s-%s-%s" % (hublet, h[:4], h[4:8], h[8:12], h[12:16], h[16:28])


def hs_pak(hublet="na1"):
    """HubSpot personal access key as the design note describes it: protobuf field 1 the
    hublet-uuid (36 bytes), 2 and 3 account and user ids, 5 a 25-byte signature (00 05 ...),
    9 the hublet; base64url without padding (107 characters)."""
    body = b"\x0a\x24" + hs_hublet_uuid(hublet).encode()
    body += b"\x10" + varint(R.randrange(20000000, 149999999)) + b"\x18" + varint(R.randrange(2000000, 89999999))
    body += b"\x2a\x19\x00\x05" + bytes(R.randrange(256) for _ in range(23))
    body += b"\x4a\x03" + hublet.encode()
    return b64url(body)


def hs_oauth_access(_=None):
    """HubSpot OAuth access token: protobuf, field 1 the expiry in epoch ms (so 'C' + I-P)."""
    body = b"\x08" + varint(R.randrange(1764000000000, 1800000000000)) + b"\x12\x02\x00\x11\x18"
    body += varint(R.randrange(20000000, 149999999)) + b"\x22\x18" + bytes(R.randrange(256) for _ in range(24))
    body += b"\x2a\x14" + bytes(R.randrange(256) for _ in range(20)) + b"\x32\x0a" + bytes(R.randrange(256) for _ in range(10))
    return b64url(body)


def roblox_cookie():
    # the spec language splits on '|', so the cookie's fixed warning is written here
    return "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_" + run("HEX", 600)


def b64key32():
    return base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()


FN = {"b64key32": b64key32, "roblox": roblox_cookie, "hspak": hs_pak, "hsaccess": hs_oauth_access, "hsuuid": hs_hublet_uuid, "jfrogref": jfrog_reference, "teamcity": teamcity, "telegram": telegram, "fernet": fernet,
      "b64bytes64": b64bytes64, "k8sboot": k8s_bootstrap, "ethkey": eth_key, "appleasp": apple_asp,
      "ulid": ulid, "uuid": uuid4}


def gen(spec):
    out = []
    for part in spec.split("|"):
        cls, _, n = part.partition(":")
        if part == "uuid":
            out.append(uuid4())
        elif part == "pw":
            out.append(password())
        elif cls == "pw" and n:
            out.append(password(n))
        elif cls == "fn":
            name, _, arg = n.partition(":")
            out.append(FN[name](arg) if arg else FN[name]())
        elif cls in ALPHA and n.isdigit():
            out.append(run(cls, int(n)))
        else:
            out.append(part)
    return "".join(out)
