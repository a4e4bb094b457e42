"""Value generation for holdout25: one random.Random(25) drives every fake value.

gen(spec): spec is literal text with {kindN} fields: an (mixed alnum), lo (lowercase+digits),
up (uppercase+digits), hex, HEX, b64 (base64 alphabet), url (base64url alphabet), dig,
b32 (lowercase base32), bytesN (base64 of N random bytes, padded), uuid, UUID, pw (a password
in a random style), word, user, host."""
import base64
import random
import re
import string

R = random.Random(25)
ALNUM = string.ascii_letters + string.digits
SETS = {
    "an": ALNUM, "lo": string.ascii_lowercase + string.digits, "up": string.ascii_uppercase + string.digits,
    "hex": "0123456789abcdef", "HEX": "0123456789ABCDEF", "b64": ALNUM + "+/", "url": ALNUM + "-_",
    "dig": string.digits, "b32": "abcdefghijklmnopqrstuvwxyz234567", "al": string.ascii_letters,
}
WORDS = ("harbor lantern quartz meadow falcon copper willow ember tundra saffron orbit cedar glacier "
         "pepper maple drizzle canyon velvet thistle marble raven juniper pebble sorrel cobalt "
         "hazel nimbus otter kestrel basalt fennel mango lupine garnet prairie tinder walrus "
         "barley comet dune fjord gravel heron iris jasper kelp lilac mosaic nectar oyster").split()
NAMES = "priya tomasz okafor lindqvist mbeki haruto svetla diego noor casimir ines yusuf greta".split()
PETS = "biscuit pickles mochi rufus luna ziggy pepper noodle waffles"
TEAMS = "arsenal celtic ajax boca benfica galaxy sounders"
SEASONS = "Spring Summer Autumn Winter".split()
SYMS = "!%*+-.:=?@^_~,"
UMLAUT = "Kaffeebohne Größe Straße Müsli Fähre Jäger Brötchen Kürbis Ölfass".split()


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def b64(s):
    return base64.b64encode(s.encode()).decode()


def uuid():
    h = rs(SETS["hex"], 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pw():
    """A password in one of 18 styles, so no style repeats often."""
    s = R.randrange(18)
    w = lambda: R.choice(WORDS)
    if s == 0:  # human: Word + digits + mark
        return w().capitalize() + str(R.randrange(10, 9999)) + R.choice("!?*.")
    if s == 1:  # spaced passphrase
        return " ".join(w() for _ in range(4))
    if s == 2:  # generator with symbols
        return rs(ALNUM + SYMS, R.randrange(18, 30))
    if s == 3:  # manager word style Word7-Word-Word
        return "-".join([w().capitalize() + str(R.randrange(10)), w().capitalize(), w().capitalize()])
    if s == 4:  # policy-shaped: exactly one of each class, 12-14 chars
        core = [R.choice(string.ascii_uppercase), R.choice(string.digits), R.choice(SYMS)] + \
               [R.choice(string.ascii_lowercase) for _ in range(R.randrange(9, 12))]
        R.shuffle(core)
        return "".join(core)
    if s == 5:  # leet
        t = w() + w()
        return t.replace("a", "4").replace("e", "3").replace("o", "0").capitalize() + "!" + str(R.randrange(1990, 2027))
    if s == 6:  # pet + date
        return R.choice(PETS.split()).capitalize() + "%02d%02d" % (R.randrange(1, 29), R.randrange(1, 13)) + R.choice("#!&")
    if s == 7:  # season + year
        return R.choice(SEASONS) + str(R.randrange(2019, 2027)) + R.choice("!?@")
    if s == 8:  # 1Password-like hyphenated random
        return "-".join(rs(string.ascii_lowercase + string.digits, 6) for _ in range(3))
    if s == 9:  # pwgen pronounceable
        return "".join(R.choice("bcdfghkmnprstvz") + R.choice("aeiou") for _ in range(4)) + str(R.randrange(10, 99))
    if s == 10:  # openssl rand -base64 18
        return base64.b64encode(bytes(R.randrange(256) for _ in range(18))).decode()
    if s == 11:  # openssl rand -hex 16
        return rs(SETS["hex"], 32)
    if s == 12:  # umlaut passphrase
        return "-".join(R.sample(UMLAUT, 3)) + str(R.randrange(10, 99))
    if s == 13:  # team + number
        return R.choice(TEAMS.split()).capitalize() + "_" + str(R.randrange(1, 99)) + "_" + R.choice(WORDS)
    if s == 14:  # name + birth year
        return R.choice(NAMES) + "." + str(R.randrange(1961, 2004)) + R.choice("!*")
    if s == 15:  # dotted lowercase words
        return ".".join(w() for _ in range(3)) + str(R.randrange(10))
    if s == 16:  # alnum 16-24
        return rs(ALNUM, R.randrange(16, 25))
    return w().upper() + "^" + str(R.randrange(100, 999)) + w()  # upper word caret digits


def one(m):
    kind, n = m.group(1), m.group(2)
    if kind == "uuid":
        return uuid()
    if kind == "UUID":
        return uuid().upper()
    if kind == "pw":
        return pw()
    if kind == "pwu":  # safe unencoded in a URL's userinfo
        v = pw()
        while any(c not in ALNUM + "-._~!*" for c in v):
            v = pw()
        return v
    if kind == "pwn":  # no space, colon or comma: for colon- or space-separated files
        v = pw()
        while any(c in v for c in " :,"):
            v = pw()
        return v
    if kind == "aws":
        return rs(SETS["b64"], 40)
    if kind == "elastic":  # an encoded Elasticsearch API key: base64("<id>:<api_key>")
        return b64(rs(SETS["url"], 20) + ":" + rs(SETS["url"], 22))
    if kind == "word":
        return R.choice(WORDS)
    if kind == "user":
        return R.choice(NAMES)
    if kind == "bytes":
        return base64.b64encode(bytes(R.randrange(256) for _ in range(int(n)))).decode()
    if kind == "ubytes":
        return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(int(n)))).decode()
    return rs(SETS[kind], int(n or 26))


def gen(spec):
    return re.sub(r"\{(uuid|UUID|pwu|pwn|pw|aws|elastic|word|user|ubytes|bytes|an|lo|up|hex|HEX|b64|url|dig|b32|al)(\d*)\}", one, spec)
