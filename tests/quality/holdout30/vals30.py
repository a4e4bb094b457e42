"""Value generators for holdout30 (seeded random.Random(30); every value is invented here).

gen(spec): spec is pieces joined by '+'; a piece starting with '=' is literal text, otherwise
a generator name followed by a length: hex40, HEX8, an32 (alnum), lc22 (lowercase alnum),
uc16 (uppercase alnum), dg9 (digits), b64u43 (base64url chars), sb40 (standard base64 chars), b64s44 (standard base64 of
random bytes, padded, length = encoded length), uuid, pw (next password style), pw3 (style 3),
jwt (a JWT-shaped token), user (a login name)."""
import base64
import random
import string
import uuid as _uuid

R = random.Random(30)
AN = string.ascii_letters + string.digits
LC = string.ascii_lowercase + string.digits
UC = string.ascii_uppercase + string.digits
B64U = AN + "-_"

WORDS = ["runway", "apron", "taxi", "hangar", "beacon", "windsock", "gate", "pier", "stand", "jetway",
         "baggage", "carousel", "tower", "radar", "pilot", "cargo", "fuel", "bowser", "tug", "marshal",
         "falcon", "osprey", "heron", "gannet", "puffin", "curlew", "plover", "kestrel", "merlin", "swift",
         "granite", "harbour", "saltmarsh", "lighthouse", "copper", "velvet", "orchid", "thunder", "maple",
         "biscuit", "pickle", "walrus", "nimbus", "cirrus", "stratus", "zephyr", "squall", "drizzle"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter"]
NAMES = ["dbrennan", "kowusu", "lmarsh", "p.nowak", "sanjay.r", "t.ellery", "mfitzgerald", "jodie.h",
         "rkaur", "a.lindqvist", "gpatel", "chloe.w", "bmensah", "ivana.k", "owen.t", "fionnuala"]
_pw_i = [0]


def pick(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def password(style=None):
    if style is None:
        style = _pw_i[0] % 14
        _pw_i[0] += 1
    w = lambda: R.choice(WORDS)
    if style == 0:
        return w().capitalize() + str(R.randint(2019, 2026)) + R.choice("!#$%&*?")
    if style == 1:
        return pick(AN, 18)
    if style == 2:
        return pick(AN + "!#$%&()*+,-./:;<=>?@[]^_{|}~", 24)
    if style == 3:
        return "-".join(w() for _ in range(4))
    if style == 4:
        return w().capitalize() + w().capitalize() + str(R.randint(10, 999))
    if style == 5:
        t = str.maketrans("aeiost", "4310$7")
        return (w() + w()).translate(t).capitalize() + "!"
    if style == 6:
        return base64.b64encode(bytes(R.getrandbits(8) for _ in range(18))).decode()
    if style == 7:
        return pick(AN, 12)
    if style == 8:
        cons, vow = "bcdfghjkmnprstvz", "aeiou"
        s = "".join(R.choice(cons) + R.choice(vow) for _ in range(4))
        return s + str(R.randint(10, 99)) + R.choice(cons).upper() + R.choice(vow)
    if style == 9:
        return R.choice(string.ascii_uppercase) + pick(string.ascii_lowercase, 5) + R.choice("@#%!") + pick(string.digits, 4) + R.choice(string.ascii_uppercase)
    if style == 10:
        return R.choice(SEASONS) + str(R.randint(2023, 2026)) + R.choice("!#@") + w().capitalize()
    if style == 11:
        return "_".join(w() for _ in range(3)) + "_" + str(R.randint(1, 99))
    if style == 12:
        return pick(string.hexdigits.lower()[:16], 20)
    return R.choice(["Wyvern", "WCA", "Pellow", "Tarrant"]) + R.choice(["@", "#", "!", ""]) + str(R.randint(100, 9999)) + w()


def uuid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def jwt():
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = '{"sub":"%s","iat":%d,"jti":"%s"}' % (pick(LC, 12), R.randint(1700000000, 1790000000), pick(LC, 16))
    b = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return h + "." + b + "." + pick(B64U, 43)


def gen(spec):
    out = []
    for piece in spec.split("+"):
        if piece.startswith("="):
            out.append(piece[1:])
            continue
        name = piece.rstrip("0123456789")
        n = int(piece[len(name):] or 0)
        if name == "hex":
            out.append(pick("0123456789abcdef", n))
        elif name == "HEX":
            out.append(pick("0123456789ABCDEF", n))
        elif name == "an":
            out.append(pick(AN, n))
        elif name == "lc":
            out.append(pick(LC, n))
        elif name == "lw":
            out.append(pick(string.ascii_lowercase, n))
        elif name == "uc":
            out.append(pick(UC, n))
        elif name == "dg":
            out.append(pick(string.digits, n))
        elif name == "sb":
            out.append(pick(AN + "+/", n))
        elif name == "b64u":
            out.append(pick(B64U, n))
        elif name == "b64s":
            raw = bytes(R.getrandbits(8) for _ in range(n * 3 // 4))
            out.append(base64.b64encode(raw).decode())
        elif name == "uuid":
            out.append(uuid())
        elif name == "UUID":
            out.append(uuid().upper())
        elif name == "pw":
            out.append(password(n if piece != "pw" else None))
        elif name == "jwt":
            out.append(jwt())
        elif name == "user":
            out.append(R.choice(NAMES))
        else:
            raise ValueError(piece)
    return "".join(out)
