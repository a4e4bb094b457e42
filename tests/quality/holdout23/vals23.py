"""Random fake values for holdout23: one random.Random(23) for the whole corpus."""
import base64
import random
import string
import urllib.parse

R = random.Random(23)
LO = string.ascii_lowercase
UP = string.ascii_uppercase
DI = string.digits
AN = LO + UP + DI
LAN = LO + DI
UAN = UP + DI
HEX = "0123456789abcdef"
B64 = AN + "+/"
URLB64 = AN + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return rs(HEX, n)


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return R.choice("123456789") + rs(DI, n - 1)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64bytes(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def urlb64bytes(n):
    return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def urlenc(s):
    return urllib.parse.quote(s, safe="")


WORDS = ["lantern", "quarry", "mosaic", "pelican", "harbor", "juniper", "cobalt", "tundra", "saffron", "orbit",
         "walnut", "glacier", "meadow", "falcon", "cinder", "velvet", "prairie", "monsoon", "thistle", "anchor",
         "basalt", "copper", "fjord", "lilac", "raven", "summit", "timber", "vapor", "zephyr", "ember"]
NAMES = ["marta", "oskar", "priya", "dmitri", "leona", "kofi", "ines", "tobias", "yuki", "ramon"]
TEAMS = ["Arsenal", "Celtics", "Packers", "Ajax", "Dodgers", "Flyers", "Juventus", "Bulls"]
CITIES = ["Lisbon", "Oaxaca", "Tromso", "Kyoto", "Nairobi", "Quebec", "Tbilisi", "Perth"]


def W():
    return R.choice(WORDS)


def _walk():
    return R.choice(["Asdfgh", "Zxcvbn", "Qazwsx", "Poiuyt", "1qaz2wsx", "Mnbvcx"]) + R.choice("!#%*") + str(R.randrange(2015, 2027))


STYLES = [
    # keyboard walk + mark + year
    _walk,
    # sports team + number + player-ish surname
    lambda: "%s#%d%s" % (R.choice(TEAMS), R.randrange(2, 99), R.choice(["Henry", "Bird", "Favre", "Cruyff", "Kershaw"])),
    # reversed word + digits
    lambda: W()[::-1].capitalize() + str(R.randrange(100, 999)),
    # diceware joined by dots + number
    lambda: ".".join([W(), W(), W()]) + "." + str(R.randrange(10, 99)),
    # date first then word
    lambda: "%d-%s-%s" % (R.randrange(2019, 2027), R.choice(["Jan", "Mar", "Jun", "Sep", "Nov"]), W()),
    # digits woven inside
    lambda: "%s%d%s%d%s" % (W(), R.randrange(1, 9), W().capitalize(), R.randrange(1, 9), R.choice("!?")),
    # chemistry-ish formula
    lambda: R.choice(["H2SO4", "NaCl", "C6H12O6", "Fe2O3", "CaCO3"]) + "+" + W().capitalize() + "=" + str(R.randrange(10, 99)),
    # name + postcode
    lambda: R.choice(NAMES) + digits(5) + R.choice("!.#"),
    # bitwarden-like 20 alnum
    lambda: rs(AN, 20),
    # slogan with a hash inside
    lambda: W().capitalize() + "#" + R.choice(["4Ever", "Rules", "2Go", "Forever"]) + str(R.randrange(1, 99)),
    # word with a bracketed word
    lambda: "%s[%s]-%d" % (W(), W().capitalize(), R.randrange(1, 9)),
    # repeated marks at end
    lambda: W() + str(R.randrange(1, 9)) + R.choice(["!!!", "??", "***", "..."]),
    # city + colon + year
    lambda: "%s:%d:%s" % (R.choice(CITIES), R.randrange(1980, 2026), W()),
    # tilde-joined
    lambda: "%s~%s~%d" % (W(), R.choice(NAMES).upper(), R.randrange(10, 99)),
    # long lowercase passphrase with hyphens
    lambda: "-".join(W() for _ in range(5)),
    # mixed case consonant mash + digits
    lambda: rs("bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ", 9) + digits(3),
    # one capital in the middle + plus signs
    lambda: W() + "+" + W().upper() + "+" + str(R.randrange(1, 999)),
    # unix crypt-style 'salted' looking human: word@word.tld (email-as-password)
    lambda: "%s@%s%d" % (W(), R.choice(NAMES), R.randrange(10, 99)),
    # numeric-heavy PIN + word
    lambda: digits(6) + R.choice(NAMES).capitalize(),
    # xkcd with spaces
    lambda: " ".join(W() for _ in range(4)),
]
_pw_i = [0]


def password(no_space=False):
    while True:
        s = STYLES[_pw_i[0] % len(STYLES)]
        _pw_i[0] += 1
        v = s()
        if no_space and " " in v:
            continue
        return v


def urlsafe_password():
    return rs(AN, R.randrange(14, 22))
