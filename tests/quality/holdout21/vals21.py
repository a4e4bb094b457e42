"""Random fake values for holdout21: one random.Random(21) shared by every module."""
import base64
import random
import string
import uuid as _uuid

R = random.Random(21)
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
UPPER = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64U = ALNUM + "-_"
B64 = ALNUM + "+/"


def pick(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def alnum(n):
    return pick(ALNUM, n)


def low(n):
    return pick(LOWER, n)


def up(n):
    return pick(UPPER, n)


def hexs(n):
    return pick(HEX, n)


def digits(n):
    return str(R.randint(1, 9)) + pick(string.digits, n - 1)


def uuid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def b64bytes(n, url=False):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()


WORDS = ["harbor", "quince", "lantern", "sparrow", "granite", "velvet", "cobalt", "thistle", "mango", "orbit",
         "saffron", "juniper", "falcon", "meadow", "pebble", "walrus", "tundra", "cinder", "hazel", "otter",
         "blizzard", "copper", "dahlia", "ember", "fjord", "gecko", "hollow", "indigo", "kestrel", "lilac",
         "marble", "nectar", "oyster", "prairie", "quarry", "raven", "summit", "tulip", "umber", "violet"]
NAMES = ["olga", "tomas", "priya", "kenji", "amara", "lucas", "ines", "farid", "greta", "ravi", "noor", "bjorn"]
TEAMS = ["arsenal", "celtic", "packers", "lakers", "ajax", "benfica", "galaxy", "yankees"]
SUBS = str.maketrans({"a": "@", "o": "0", "e": "3", "s": "$"})


def word():
    return R.choice(WORDS)


def password(k=None):
    """Human-chosen passwords in styles holdout20's list did not name (cycled by k)."""
    styles = [
        lambda: "%s%s%d" % (R.choice(TEAMS).capitalize(), R.choice(["#", "!", "*"]), R.randint(1990, 2024)),
        lambda: "%s-%s-%s-%s" % (word(), word(), word(), word()),          # diceware with dashes
        lambda: "%s%02d%s" % (word()[:4].upper(), R.randint(1, 99), word()[:4]),
        lambda: "%s&%s" % (R.choice(NAMES).capitalize(), R.choice(NAMES).capitalize()) + str(R.randint(10, 99)),
        lambda: "%s%s" % (word().capitalize(), R.choice(["2023!", "2024?", "@99", "#1", "_77"])),
        lambda: "%d%s%s" % (R.randint(100, 999), word(), word().upper()),  # digits first
        lambda: pick(ALNUM + "!#%*+=", 20),                                 # generator with marks
        lambda: "%s.%s@%d" % (R.choice(NAMES), word(), R.randint(1, 9)),
        lambda: ("%s%s" % (word(), word())).translate(SUBS) + "!",          # partial substitutions
        lambda: "%s %s %s %s" % (word(), word(), word(), word()),          # spaced passphrase
        lambda: "Q%s1qaz@WSX" % R.choice(["!", ""]),                       # keyboard walk
        lambda: "%s_%s_%s" % (word().upper(), pick(string.digits, 4), R.choice(NAMES)),
        lambda: low(6) + "-" + low(6) + "-" + low(6),                       # Apple-style generated groups
        lambda: "%s%s%s" % (word()[::-1].capitalize(), R.randint(10, 99), R.choice("!?$")),
        lambda: "%sLove%s%d" % (R.choice(NAMES).capitalize(), R.choice(NAMES).capitalize(), R.randint(1, 31)),
        lambda: pick(ALNUM, 12) + pick(string.digits, 2),
    ]
    if k is None:
        k = R.randrange(len(styles))
    return styles[k % len(styles)]()


_pk = [0]


def pw(url_safe=False, spaced_ok=True):
    """The next password style in turn; url_safe ones avoid characters a URL would escape."""
    while True:
        v = password(_pk[0])
        _pk[0] += 1
        if url_safe and any(c in v for c in " @#%&?/:+=!*$"):
            continue
        if not spaced_ok and " " in v:
            continue
        return v
