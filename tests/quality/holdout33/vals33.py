"""Every value of holdout33, drawn from one random.Random(33) in the order the generators ask.

gen(spec) fills a template: {aN} alphanumerics, {hN} lowercase hex, {HN} uppercase hex,
{uN} uppercase+digits, {lN} lowercase+digits, {dN} digits, {bN} base64 characters,
{xN} base64url characters, {uuid}, {pw} a password a person chose; all else is literal."""
import random
import re
import string

R = random.Random(33)
ALPH = {
    "a": string.ascii_letters + string.digits,
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "u": string.ascii_uppercase + string.digits,
    "l": string.ascii_lowercase + string.digits,
    "d": string.digits,
    "b": string.ascii_letters + string.digits + "+/",
    "x": string.ascii_letters + string.digits + "_-",
}
WORDS = ["Spaniel", "Tabby", "Gerbil", "Heron", "Ferret", "Collie", "Marmot", "Otter", "Beagle",
         "Puffin", "Lurcher", "Maine", "Badger", "Corgi", "Whippet", "Siamese"]


def chars(kind, n):
    return "".join(R.choice(ALPH[kind]) for _ in range(n))


def uuid():
    return "-".join(chars("h", n) for n in (8, 4, 4, 4, 12))


def pw():
    return R.choice(WORDS) + R.choice("!*_.-") + chars("d", 2) + chars("a", R.randint(5, 9))


def gen(spec):
    def one(m):
        k = m.group(1)
        if k == "uuid":
            return uuid()
        if k == "pw":
            return pw()
        return chars(k[0], int(k[1:]))
    return re.sub(r"\{(uuid|pw|[ahHuldbx]\d+)\}", one, spec)
