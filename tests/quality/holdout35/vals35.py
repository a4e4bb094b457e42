"""Every random value of holdout35 comes from R = random.Random(35), drawn in a fixed order.

gen(spec) expands the classes written ‹xN› in spec (all other text is literal):
  a alnum, l lower alnum, A upper alnum, h lower hex, H upper hex, d digits,
  b base64url body [A-Za-z0-9_-], B base64 body [A-Za-z0-9+/], u a UUID (N ignored),
  w a password a person chose (words, digits, a symbol), g a generated password
  (N characters with symbols, a letter first), k a random token (N alnum), x a generic credential:
  one of w, g, k in turn (the three in equal measure).
"""
import random
import re
import string
import uuid

R = random.Random(35)

CLS = {
    "a": string.ascii_letters + string.digits,
    "l": string.ascii_lowercase + string.digits,
    "A": string.ascii_uppercase + string.digits,
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "d": string.digits,
    "b": string.ascii_letters + string.digits + "_-",
    "B": string.ascii_letters + string.digits + "+/",
}
WORDS = ["herring", "Trawler", "mackerel", "Bluefin", "anchor", "Harbour", "seagull", "Kelp", "Lobster",
         "tidewater", "Skipper", "barnacle", "Netmender", "saltmarsh", "Pilot", "Dory", "Crabpot", "Lighthouse",
         "Marlin", "winch", "Galley", "Sextant", "oyster", "Puffin", "Gannet", "driftwood", "Keel", "Moorings"]
SYMS = "!#%&*+-=?@^_~."
URL_SYMS = "!._-~*"
URL_ALPHA = string.ascii_letters + string.digits + "-_.~!*"
_url = [False]
GEN_ALPHA = string.ascii_letters + string.digits + "!#%&*+-=?@^_"
_x = [0]


def human():
    w = R.choice(WORDS)
    form = R.randrange(5)
    if form == 0:
        return w + str(R.randrange(1960, 2025)) + R.choice("!." if _url[0] else "!#?.")
    if form == 1:
        return w.capitalize() + R.choice(URL_SYMS if _url[0] else SYMS) + str(R.randrange(10, 999))
    if form == 2:
        return R.choice(WORDS).lower() + "-" + R.choice(WORDS).lower() + "-" + str(R.randrange(1, 99))
    if form == 3:
        return w.capitalize() + R.choice(WORDS).capitalize() + str(R.randrange(1, 99)) + R.choice("!*" if _url[0] else "!?*")
    w = w.lower()
    return w[0] + w[1:].replace("a", "4" if _url[0] else "@").replace("o", "0") + str(R.randrange(100, 9999))


def generated(n):
    alpha = URL_ALPHA if _url[0] else GEN_ALPHA
    while True:
        s = R.choice(string.ascii_letters) + "".join(R.choice(alpha) for _ in range(n - 1))
        if any(not c.isalnum() for c in s) and any(c.isdigit() for c in s):
            return s


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def one(c, n):
    if c == "u":
        return uid()
    if c == "w":
        return human()
    if c == "g":
        return generated(n or 20)
    if c == "k":
        return "".join(R.choice(CLS["a"]) for _ in range(n or 32))
    if c == "x":
        _x[0] += 1
        return one("wgk"[_x[0] % 3], n)
    return "".join(R.choice(CLS[c]) for _ in range(n))


def gen(spec):
    """In a URL (spec holds '://') passwords avoid the characters a URL would need encoded."""
    _url[0] = "://" in spec
    return re.sub("‹([a-zA-Z])(\\d*)›", lambda m: one(m.group(1), int(m.group(2) or 0)), spec)
