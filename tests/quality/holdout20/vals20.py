"""Value generators for holdout20: one random.Random(20) for every value (fake, never real)."""
import base64
import random
import string

R = random.Random(20)
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
HEX = "0123456789abcdef"
AN = LOW + UP + DIG
ANL = LOW + DIG
ANU = UP + DIG
B64U = AN + "-_"


def rs(n, alpha=AN):
    """n random characters of alpha, at least one digit and one letter when the alphabet has both."""
    while True:
        s = "".join(R.choice(alpha) for _ in range(n))
        if n < 8 or not (set(alpha) & set(DIG)) or not (set(alpha) - set(DIG)):
            return s
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def hx(n):
    return rs(n, HEX)


def HX(n):
    return rs(n, HEX.upper())


def uuid():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64u_bytes(n):
    return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(n))).decode().rstrip("=")


def b64_bytes(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


WORDS = ["harbor", "maple", "cobalt", "lantern", "quartz", "meadow", "falcon", "ember", "juniper", "walnut",
         "saffron", "thistle", "granite", "willow", "copper", "orchid", "tundra", "biscuit", "pelican", "marble",
         "velvet", "cactus", "summit", "pepper", "glacier", "nutmeg", "raven", "clover", "tango", "mango"]
NAMES = ["Greta", "Tobias", "Ingrid", "Marek", "Priya", "Anouk", "Kofi", "Lucia", "Henrik", "Yusuf"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Fall"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MARKS = "!#%*+?@^~"
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"}


def w():
    return R.choice(WORDS)


def password(style=None):
    """A password a person chose or a generator made; 14 styles not in holdout19's list."""
    styles = [
        lambda: "%s%s%d%s" % (w().upper(), w(), R.randrange(10, 99), R.choice(MARKS)),       # SHOUTlower42!
        lambda: "%s.%s.%s.%d" % (w(), w(), w(), R.randrange(1, 9)),                          # dotted words
        lambda: "%s_%s_%d" % (R.choice(NAMES), w(), R.randrange(1960, 2010)),                 # name_word_birthyear
        lambda: "%s%s%s" % (R.choice(MARKS), w().capitalize(), R.randrange(1000, 9999)),      # !Word1234
        lambda: "".join(LEET.get(c, c) for c in w() + w()) + R.choice(MARKS),                 # full leet
        lambda: "%s%s@%s" % (R.choice(MONTHS), R.randrange(1, 28), R.randrange(2019, 2026)),  # Mar14@2024
        lambda: "%s%d%s%d" % (w()[:4], R.randrange(10, 99), w()[:4].upper(), R.randrange(10, 99)),
        lambda: rs(4, LOW) + "-" + rs(4, LOW) + "-" + rs(4, LOW) + "-" + rs(4, LOW),           # grouped generator
        lambda: rs(20, AN + "!@#%^&*"),                                                        # manager-generated
        lambda: "%s%s%s" % (w().capitalize(), R.randrange(100, 999), w().capitalize()),       # Word123Word
        lambda: "%s+%s=%s" % (w(), w(), R.randrange(10, 99)),                                  # plus-equals
        lambda: (w() + w())[::-1] + str(R.randrange(10, 99)),                                  # reversed words
        lambda: "%s%s%s!!" % (R.choice(SEASONS), R.choice(NAMES), R.randrange(10, 99)),       # SummerGreta12!!
        lambda: rs(12, ANL) + rs(4, DIG),                                                      # lowercase random
    ]
    f = styles[R.randrange(len(styles))] if style is None else styles[style % len(styles)]
    return f()


def passphrase():
    return " ".join(w() for _ in range(4))


BIP39 = ["abandon", "ability", "able", "about", "above", "absent", "absorb", "abstract", "absurd", "abuse",
         "access", "accident", "account", "accuse", "achieve", "acid", "acoustic", "acquire", "across", "act",
         "action", "actor", "actress", "actual", "adapt", "add", "addict", "address", "adjust", "admit",
         "adult", "advance", "advice", "aerobic", "affair", "afford", "afraid", "again", "age", "agent",
         "agree", "ahead", "aim", "air", "airport", "aisle", "alarm", "album", "alcohol", "alert", "alien",
         "all", "alley", "allow", "almost", "alone", "alpha", "already", "also", "alter", "always", "amateur"]


def mnemonic(n=12):
    return " ".join(R.choice(BIP39) for _ in range(n))


def upw():
    """A password that can sit in a URL's userinfo unescaped (people pick those for connection strings)."""
    while True:
        p = password()
        if not any(c in p for c in "@/:#?%&+ $^"):
            return p


def xpw():
    """A password with no XML-special characters (for files people edit by hand as XML)."""
    while True:
        p = password()
        if not any(c in p for c in "&<>\"'"):
            return p
