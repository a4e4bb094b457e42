#!/usr/bin/env python3
"""Measures the password judge on generated values (seeded, fresh words).

    passwords17_judge.py KEYHOUND DIR [SEED]

Writes hundreds of passwords people and password policies make, in
several styles (wave 20 added a season and a name, words backwards,
chunks of words, digits for every letter, a mark before a word, a word said
twice, PINs, initials and dates, shouted words, words and marks without a
digit, a name and a year; wave 18 added glued lower-case words, substituted words
with a year, numbers inside words and words with blanks; wave 19 a season
and its year, words led by `$` or `!`, dotted words in two cases, `@`
inside words and a trailing `%`), and as many identifier-like decoys, each under a
password's name in a .env file and a YAML file, scans DIR with KEYHOUND
and prints one line per style: found/total. The last two lines are the
rates: `positives R` and `decoys R`.
"""
import json
import os
import random
import subprocess
import sys

WORDS = (
    "amber anvil aspen basalt beacon birch bramble canyon cedar cinder clover cobalt copper "
    "coral cosmos cricket crimson dahlia delta drift ember falcon fennel fern fjord flint "
    "garnet glacier granite gravel harbor hazel heron indigo island jasper juniper kestrel "
    "lagoon lantern larch lupin magnet maple marble meadow mesa mistral nectar nimbus oak "
    "ochre olive onyx orchid osprey otter paddle pebble pepper pine plume quartz quill raven "
    "reef river saffron sage salmon sequoia sierra slate sorrel spruce summit tamarind "
    "thistle thimble timber topaz tulip tundra velvet walnut willow yarrow zephyr"
).split()
LEET = {"a": "@4", "o": "0", "e": "3", "i": "1!", "s": "$5"}
MARKS = "!#$%&*?@+^~"


def leet(rnd, w):
    cand = [i for i, ch in enumerate(w) if ch in LEET and 0 < i < len(w) - 1]
    i = rnd.choice(cand) if cand else None
    return w if i is None else w[:i] + rnd.choice(LEET[w[i]]) + w[i + 1:]


def drawers(rnd):
    """words(k), year() and num(lo, hi), drawn from rnd."""
    def words(k):
        return rnd.sample(WORDS, k)

    def year():
        return str(rnd.randrange(1970, 2030))

    def num(lo=2, hi=4):
        return str(rnd.randrange(10 ** (lo - 1), 10 ** rnd.randint(lo, hi)))

    return words, year, num


def positives(rnd):
    """(style, value) pairs."""
    words, year, num = drawers(rnd)
    styles = {
        # Lantern_basalt2025, Copper.gravel86
        "joined": lambda: "%s%s%s%s" % (words(1)[0].capitalize(), rnd.choice("_.-"), words(1)[0], year()),
        # L@ntern_basalt2025, H@rb0r_quartz2017
        "substituted": lambda: "%s%s%s%s" % (leet(rnd, words(1)[0].capitalize()), rnd.choice("_.-!"),
                                              words(1)[0], year()),
        # Qu4rtz-Harb0r!, Me@d0w!saffron2008
        "substituted-words": lambda: "%s%s%s%s" % (leet(rnd, words(1)[0].capitalize()), rnd.choice("-_."),
                                                    leet(rnd, words(1)[0].capitalize()), rnd.choice("!?#*")),
        # Otter!copper2023
        "mark-inside": lambda: "%s%s%s%s" % (words(1)[0].capitalize(), rnd.choice(MARKS), words(1)[0], year()),
        # !Orchid.walnut7, #Quartz_river42
        "mark-around": lambda: "%s%s%s%s%s" % (rnd.choice("!*@%&+?~^"), words(1)[0].capitalize(), rnd.choice("._-"),
                                               words(1)[0], num(1, 3)),
        # 42Orchid-walnut!, Orchid42-walnut!
        "digits-first": lambda: "%s%s-%s%s" % (num(2, 3), words(1)[0].capitalize(), words(1)[0],
                                               rnd.choice(MARKS)),
        "digits-between": lambda: "%s%s%s%s%s" % (words(1)[0].capitalize(), num(2, 3), rnd.choice("-_.!"),
                                                   words(1)[0], rnd.choice(MARKS)),
        # OrchidJuniper98!, SaffronGlacier71?
        "glued": lambda: "%s%s%s%s" % ("".join(w.capitalize() for w in words(2)), num(2, 2),
                                       rnd.choice("!?#*@"), ""),
        # orchid-glacier-ember-101
        "passphrase": lambda: "%s-%s" % ("-".join(words(rnd.choice((3, 4)))), num(3, 3)),
        # Tulip#2024
        "short-policy": lambda: "%s%s%s" % (words(1)[0].capitalize(), rnd.choice(MARKS), year()),
        # qIAkMr@dptppyz: letters and one mark, as generators make them
        "generated-letters": lambda: gen_letters(rnd),
        # wave 18: quartzwillowmaple, c0pp3r1998, violet37willow., Otter willow maple 7
        "glued-lower": lambda: "".join(words(3)),
        "leet-year": lambda: "%s%s" % (leet(rnd, words(1)[0]), year()),
        "number-inside": lambda: "%s%s%s%s" % (words(1)[0], num(2, 2), words(1)[0], rnd.choice(".&!")),
        "blanks-number": lambda: "%s %s %s" % (words(1)[0].capitalize(), " ".join(words(2)), num(1, 1)),
    }
    out = draw(styles)
    # wave 19, drawn after the others so that theirs stay as they were: the
    # most sprayed password (Summer2019!vel, October2023!, Wint3r24#); words
    # led by a mark ($juniper_thistle737, !quartz_thistle699); dotted words
    # in two cases (ROCKET.lantern.41); a substitution inside words
    # (tundr@M@rbl32006); a trailing %
    styles19 = {
        "season-year": lambda: "%s%s%s%s" % (rnd.choice(SEASONS).capitalize(),
                                             rnd.choice((year(), year()[2:])), rnd.choice(("", "!", "#", "@", "$")),
                                             rnd.choice(("", words(1)[0][:3], num(1, 2)))),
        "mark-led": lambda: "%s%s_%s%s" % (rnd.choice("$!"), words(1)[0], words(1)[0], num(3, 3)),
        "dotted-shout": lambda: "%s.%s.%s" % (words(1)[0].upper(), words(1)[0], num(2, 2)),
        "at-inside": lambda: "%s%s" % (at_words(rnd, words(2)), year()),
        "percent-tail": lambda: "%s%s%%" % ("".join(w.capitalize() for w in words(2)), num(2, 2)),
    }
    return out + draw(styles19)


def positives20(rnd):
    """Wave 20's styles, from a generator of their own so that the older
    styles and decoys stay as they were: styles the blind corpora wrote and
    the judge refused, and their neighbours no corpus wrote yet."""
    words, year, num = drawers(rnd)
    styles20 = {
        # SummerKofi80!!, October-Ines1999#: a season or a month, a name
        "season-name": lambda: "%s%s%s%s" % (rnd.choice(SEASONS[:5]).capitalize(), rnd.choice(NAMES),
                                             rnd.choice((num(2, 2), year())), rnd.choice(("!!", "!", "#", "$$", "?"))),
        # ognamrevolc79: words written backwards, glued, a number
        "backwards": lambda: "%s%s%s" % ("".join(w[::-1] for w in words(2)), num(2, 2), rnd.choice(("", "!", "."))),
        # will62MAPL22: chunks of words, one shouted, numbers between
        "chunked": lambda: "%s%s%s%s" % (words(1)[0][:4], num(2, 2), words(1)[0][:4].upper(), num(2, 2)),
        # f4lc0ngr4n173*: two words, every letter that can be a digit one
        "full-leet": lambda: "%s%s" % (full_leet("".join(words(2))), rnd.choice(("*", "!", "", "#"))),
        # ~Pepper5226, @Maple3566: a mark leads a Capitalized word
        "mark-word": lambda: "%s%s%s" % (rnd.choice("~@#%^&*!+="), words(1)[0].capitalize(), num(4, 4)),
        # orchid.orchid.marble.4: a word said twice
        "repeated-word": lambda: rnd.choice((
            "%s.%s.%s.%d" % ((lambda a, b: (a, a, b))(*words(2)) + (rnd.randrange(1, 9),)),
            "%s%s%s" % (lambda a: (a.capitalize(), a, num(2, 3)))(words(1)[0]))),
        # 47987829: a PIN of 8 digits or more under a password's own name
        "digits-only": lambda: pin(rnd),
        # JKm-03.11.1987, rb1406!88: initials and a date
        "initials-date": lambda: "%s%s%02d%s%02d%s" % ("".join(rnd.sample("ABCDEFGHJKLMNPRSTW", rnd.choice((2, 3)))),
                                                     rnd.choice(("", "-", "_")), rnd.randrange(1, 29),
                                                     rnd.choice((".", "", "/")), rnd.randrange(1, 13),
                                                     rnd.choice((year(), "!" + year()[2:]))),
        # MAPLE-RIVER-42, CEDAR_OTTER_2019!: shouted words and a number
        "shouted-words": lambda: "%s%s%s" % (rnd.choice("-_.").join(w.upper() for w in words(2)),
                                             rnd.choice("-_."), rnd.choice((num(2, 2), year() + "!"))),
        # Falcon&Tundra, Otter+Meadow!: Capitalized words and marks, no digit
        "words-marks": lambda: "%s%s%s%s" % (words(1)[0].capitalize(), rnd.choice("&+#@*~"), words(1)[0].capitalize(),
                                             rnd.choice(("!", "?", "", "#"))),
        # Kofi1987!, Ines*2003: a person's name and a year
        "name-year": lambda: "%s%s%s%s" % (rnd.choice(NAMES), rnd.choice(("", "*", ".", "@")), year(),
                                           rnd.choice(("!", "", "?", "#"))),
    }
    return draw(styles20)


NAMES = ("Kofi", "Yusuf", "Ines", "Priya", "Mateo", "Olga", "Tariq", "Noor", "Sven", "Aiko", "Bruno", "Leila",
         "Dario", "Femi", "Hana", "Ivan", "Jonas", "Kira", "Lucia", "Milan", "Nadia", "Omar", "Pavel", "Rosa")


def full_leet(w):
    """Every a, e, i, o, s, t written as a digit (granite: gr4n173)."""
    return w.translate(str.maketrans("aeiost", "431057"))


def pin(rnd):
    """8 to 10 digits, no run of 3 climbing or falling, 5 distinct digits."""
    while True:
        v = "".join(rnd.choice("0123456789") for _ in range(rnd.choice((8, 9, 10))))
        if len(set(v)) >= 5 and not any(abs(int(v[i + 1]) - int(v[i])) == 1 == abs(int(v[i + 2]) - int(v[i + 1]))
                                        for i in range(len(v) - 2)):
            return v


def draw(styles):
    out = []
    for style, make in sorted(styles.items()):
        seen = set()
        while len(seen) < 40:
            v = make()
            if 8 <= len(v) <= 40 and v not in seen:
                seen.add(v)
                out.append((style, v))
    return out


SEASONS = ("spring", "summer", "autumn", "winter", "fall", "january", "march", "april", "june", "july",
           "august", "september", "october", "november", "december")


def at_words(rnd, ws):
    """Two words, the first cut short and the second Capitalized, an 'a'
    of each written '@' (tundr@M@rbl)."""
    a, b = ws[0], ws[1].capitalize()
    a = a[:-1] if len(a) > 5 else a
    a = (a.replace("a", "@", 1) if "a" in a[1:] else a) + "@"
    return a + (b[:1] + b[1:].replace("a", "@", 1))


def gen_letters(rnd):
    letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
    v = [rnd.choice(letters) for _ in range(13)]
    v.insert(rnd.randrange(1, 12), rnd.choice(MARKS))
    return "".join(v)


def decoys(rnd):
    """(style, value) pairs: what stands under a password's name and is none."""
    fixed = {
        # wave 19: a season and its year is a password (positives'
        # season-year); with a sample word after it, a sample
        "sample": ["P@ssw0rd", "changeme", "Password1", "letmein", "hunter2", "Welcome1", "Summer24!admin",
                   "Passw0rd!", "admin123", "Secret123!", "qwerty123", "Ch@ngeMe1", "Adm1n!2024",
                   "Test1234!", "Welcome@2023", "Default#1", "Winter2025Test", "root1234", "Spring2024demo"],
        "filler": ["qwertyuiop", "asdfghjkl1", "1qaz2wsx", "abc12345", "xxxxxxxx", "********",
                   "zaq1xsw2", "12345678", "aaaaaaaa1", "qwerty!23"],
        "template": ["${DB_PASSWORD}", "%(db_password)s", "<password>", "{{ db_password }}",
                     "$(cat /run/secrets/db)", "$DB_PASS", "%DB_PASS%", "{password}"],
    }
    out = [(style, v) for style, vs in sorted(fixed.items()) for v in vs]

    def w():
        return rnd.choice(WORDS)

    def cw():
        return rnd.choice(("client", "session", "token", "handler", "cache", "request", "service", "store"))

    makers = {
        "env-name": lambda: "%s_%s_%s" % (w().upper(), w().upper(), rnd.choice(("PASSWORD", "PASS", "PWD"))),
        "identifier": lambda: "%s_%s%02d" % (w(), w(), rnd.randrange(1, 99)),
        "code-reference": lambda: "%s.%s%s" % (w().capitalize(), w(), w().capitalize()),
        # names of code: words programs name things with (wave 18: a config
        # file's Capitalized words and a number, any words, are a password)
        "camel-case": lambda: "%s%s%d" % (w(), cw().capitalize(), rnd.randrange(1, 9)),
        "path": lambda: "/etc/%s/%s.%s" % (w(), w(), rnd.choice(("pass", "txt", "key"))),
        "hostname": lambda: "%s-%s-%02d.%s" % (w(), w(), rnd.randrange(1, 20), rnd.choice(("internal", "lan", "prod"))),
        "type-name": lambda: "%s%s%s" % (w().capitalize(), w().capitalize(), rnd.choice(("Factory", "Provider", "Client"))),
        # PascalCase and lower-case pairs with a number: names of code and hosts
        "pascal-number": lambda: "%s%s%d" % (w().capitalize(), cw().capitalize(), rnd.randrange(10, 99)),
        "lower-pair": lambda: "%s%s%s%d" % (w(), rnd.choice("_.-"), w(), rnd.randrange(10, 9999)),
        "version": lambda: "%s-%d.%d.%d" % (w(), rnd.randrange(1, 9), rnd.randrange(0, 20), rnd.randrange(0, 9)),
        # wave 18: what a strong place holds and is no password
        "setting-word": lambda: rnd.choice(("authentication", "required", "disabled", "interactive",
                                            "unencrypted", "configurable", "respectively", "mandatory")),
        "label": lambda: rnd.choice(("Mot de passe", "Your password is too short", "Enter new password",
                                     "Confirm %s password" % w(), "Kata sandi", "Must contain %s" % w())),
        "reference": lambda: rnd.choice(("env:%s_PASS" % w().upper(), ":%s" % w(), "@%s_pw" % w(),
                                         "file:/run/secrets/%s" % w(), "vault:%s/%s#pw" % (w(), w()))),
        "three-words": lambda: "%s %s %s" % (w().capitalize(), w(), w()),
    }
    out += pick(makers)
    # wave 19: what the new styles' neighbours are when they are names: a
    # `$name` of code's words, dotted names of one case, a package or a
    # version, an address, a season with no year. Wave 26: three spoken
    # words dotted (fjord.ember.falcon) were a decoy here and are a
    # passphrase now: in 5 GB of real trees no value of three spoken words
    # stands under a password's name outside a program's source, and the
    # dotted ones inside one are references through a word of code
    # (connection.config.password, this.base.password), which this decoy
    # is now.
    makers19 = {
        "dollar-name": lambda: "$%s_%s_%d" % (cw(), w(), rnd.randrange(100, 999)),
        "dotted-name": lambda: rnd.choice(("%s.config.%s" % (w(), w()),
                                           "%s.%s.%d" % (w(), w(), rnd.randrange(10, 99)),
                                           "com.%s.%s" % (w(), w().capitalize()),
                                           "v%d.%d.%d" % (rnd.randrange(1, 9), rnd.randrange(10, 99), rnd.randrange(1, 9)))),
        "address": lambda: "%s.%s@%s.lan" % (w(), w(), w()),
        "season-name": lambda: "%s%s" % (rnd.choice(SEASONS).capitalize(), rnd.choice(("Sale", "Release", "Theme", "Banner"))),
    }
    return out + pick(makers19)


def decoys20(rnd):
    """Wave 20: what stands beside the new styles and is none: a hash
    labelled as one, a run of digits, words of a form in other tongues,
    names of code, placeholders and references in more syntaxes."""
    fixed20 = {
        "stored-hash": ["$2y$10$" + "".join(rnd.choice("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                                             for _ in range(53)),
                        "{SSHA}" + "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                                           for _ in range(32)),
                        "".join(rnd.choice("0123456789abcdef") for _ in range(64))],
        "digit-decoy": ["12345678", "00000000", "11111111", "87654321", "123456789", "12121212", "11223344",
                        "20242024"],
        "i18n": ["Mot de passe", "Passwort", "Contrasena", "Wachtwoord", "Salasana", "Haslo", "Parola"],
        "code-name": ["passwordField", "PasswordEncoder", "passwordInput", "PasswordHasher", "newPasswordConfirm",
                      "password_hash", "PASSWORD_FIELD"],
        "placeholder20": ["your-password-here", "<db-password>", "********", "xxxxxxxxxx", "CHANGE_ME",
                          "replace-me", "__PASSWORD__", "TODO-set-me"],
        "env-ref20": ["${env:DB_PASS}", "#{ENV['DB_PASS']}", "%env(DB_PASS)%", "$ENV{DB_PASS}", "{{ .Env.DB_PASS }}",
                      "((db_password))", "$__file{/run/db}", "${{ secrets.DB }}"],
    }
    return [(style, v) for style, vs in sorted(fixed20.items()) for v in vs]


def pick(makers):
    out = []
    for style, make in sorted(makers.items()):
        seen = set()
        for _ in range(400):
            if len(seen) == 25:
                break
            seen.add(make())
        out += [(style, v) for v in sorted(seen)]
    return out


def write(dirname, kind, values):
    os.makedirs(os.path.join(dirname, kind), exist_ok=True)
    for i, (_, v) in enumerate(values):
        sub = os.path.join(dirname, kind, "%04d" % i)
        os.makedirs(sub)
        with open(os.path.join(sub, ".env"), "w") as f:
            f.write("APP_HOST=app.internal\nDB_PASSWORD=%s\n" % v)
        with open(os.path.join(sub, "settings.yml"), "w") as f:
            f.write("smtp:\n  user: mailer\n  password: \"%s\"\n" % v.replace("\\", "\\\\").replace('"', '\\"'))


def main():
    kh, out = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 17017
    rnd = random.Random(seed)
    pos, dec = positives(rnd), decoys(rnd)
    rnd20 = random.Random(seed + 20)
    pos, dec = pos + positives20(rnd20), dec + decoys20(rnd20)
    write(out, "pos", pos)
    write(out, "dec", dec)
    res = os.path.join(out, "r.json")
    subprocess.run([kh, "scan", out, "-q", "-j1", "-f", "json", "-o", res], check=False)
    found = set()
    for f in json.load(open(res)):
        found.add((os.path.dirname(f["file"]), f["line"]))
    for kind, values in (("pos", pos), ("dec", dec)):
        per = {}
        for i, (style, _) in enumerate(values):
            sub = os.path.join(out, kind, "%04d" % i)
            got = ((sub, 2) in found) + ((sub, 3) in found)
            t = per.setdefault(style, [0, 0])
            t[0] += got
            t[1] += 2
        for style, (got, tot) in sorted(per.items()):
            print("%s %-18s %3d/%d" % (kind, style, got, tot))
        got = sum(g for g, _ in per.values())
        tot = sum(t for _, t in per.values())
        print("%s %.3f" % ("positives" if kind == "pos" else "decoys", got / tot))


if __name__ == "__main__":
    main()
