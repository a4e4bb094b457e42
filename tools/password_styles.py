#!/usr/bin/env python3
"""Rate at which the password judge reports generated passwords.

Writes one file per (style, carrier, sample) with a generated password (or a
decoy) under an unmistakable name, scans the lot with one keyhound run and
prints the rate reported per style and per carrier.  Measurement only, not a
CI test:  python3 tools/password_styles.py ./keyhound [N] [SEED] [-v: list
misses and reported decoys] [-vv: rate per style and carrier]

Styles `h:*` (wave 35) are passwords people choose: a word and digits, a
reversed word, a month or a season and a year, leetspeak, words and a
number, a SHOUTED word and a lower one around a mark, a name and a birth
year, runs of both cases and a number. Carriers php-key, php-var and
xml-pass put them under `$db['pass']`, `$smtppass` and `<pass>`.
"""
import json, os, random, string, subprocess, sys, tempfile

PUNCT = "!@#$%^&*-_=+."

def letters_digits(r):
    a = string.ascii_letters + string.digits
    return "".join(r.choice(a) for _ in range(r.randint(10, 20)))

def with_punct(r):
    a = string.ascii_letters + string.digits + PUNCT
    return "".join(r.choice(a) for _ in range(r.randint(10, 20)))

def urlsafe(r):
    a = string.ascii_letters + string.digits + "-_"
    return "".join(r.choice(a) for _ in range(r.randint(12, 22)))

def groups(r):
    a = string.ascii_letters + string.digits
    return "-".join("".join(r.choice(a) for _ in range(r.randint(3, 4)))
                    for _ in range(r.randint(3, 4)))

def letters_seps(r):
    s = [r.choice(string.ascii_letters) for _ in range(r.randint(10, 16))]
    for _ in range(r.randint(1, 2)):
        s[r.randint(1, len(s) - 2)] = r.choice("-_.")
    return "".join(s)

def vault(r):
    # 1Password / Bitwarden default: letters, digits and a few symbols, 20 long
    a = string.ascii_letters + string.digits + "!@#$%^&*"
    return "".join(r.choice(a) for _ in range(20))

STYLES = [("letters+digits", letters_digits), ("+punct", with_punct),
          ("urlsafe", urlsafe), ("groups", groups),
          ("letters+seps", letters_seps), ("vault", vault)]

# Passwords people choose (wave 35): words they know, bent the usual ways.
WORDS = ("harbor lantern thistle cobalt marble orchid falcon saffron tundra "
         "juniper walnut meadow copper granite willow pepper quartz violet "
         "ember parsnip cinder raven otter heron maple velvet monsoon fjord "
         "gondola zephyr kestrel bramble sorrel hazel").split()
NAMES = "marek kofi greta noor omar priya yusuf ingrid tomas farid".split()
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
SEASONS = "Spring Summer Autumn Winter".split()
MARKS = "!@#$%&*?"

def h_word_digits(r):   # ognamrevolc79's plain sister: thistle2291
    return r.choice(WORDS) + r.choice(WORDS)[:r.randint(3, 5)] + str(r.randint(10, 9999))

def h_cap_digits_mark(r):  # Harvest718*
    return r.choice(WORDS).capitalize() + str(r.randint(10, 9999)) + r.choice(MARKS)

def h_month_year(r):    # May6@2022, Spring2026?
    if r.random() < 0.5:
        return r.choice(MONTHS) + str(r.randint(1, 28)) + r.choice("@#!.") + str(r.randint(2015, 2027))
    return r.choice(SEASONS) + str(r.randint(2015, 2027)) + r.choice(MARKS)

def h_reversed(r):      # ognamrevolc79, dihcroelbram77
    return (r.choice(WORDS) + r.choice(WORDS))[::-1] + str(r.randint(10, 99))

def h_leet(r):          # 73n0rm4rqu33, Gr4n1t3!
    t = str.maketrans("aeiost", "4310$7")
    w = (r.choice(WORDS) + r.choice(WORDS)).translate(t)
    return w + str(r.randint(1, 99)) + r.choice(["", "!", "?"])

def h_words_sep_number(r):  # Lantern-harbor49, EMBER_1307_noor, obit-5648BROADSHEET
    a, b = r.sample(WORDS, 2)
    k = r.randint(0, 2)
    if k == 0:
        return a.capitalize() + r.choice("-_.") + b + str(r.randint(10, 999))
    if k == 1:
        return a.upper() + r.choice("-_") + str(r.randint(100, 9999)) + r.choice("-_") + b
    return a + "-" + str(r.randint(100, 9999)) + b.upper()

def h_shouted_mark(r):  # PARSNIP&cinder, TUNDRA$tundra
    a, b = r.sample(WORDS, 2)
    return a.upper() + r.choice("&$#@!+") + b

def h_name_year(r):     # marek1991, Kofi1969!
    n = r.choice(NAMES)
    return (n.capitalize() if r.random() < 0.5 else n) + str(r.randint(1950, 2010)) + r.choice(["", "!", "."])

def h_case_runs(r):     # saff65MARB23, cfpa-8370-CUDN
    a, b = r.sample(WORDS, 2)
    if r.random() < 0.5:
        return a[:4] + str(r.randint(10, 99)) + b[:4].upper() + str(r.randint(10, 99))
    lo = "".join(r.choice(string.ascii_lowercase) for _ in range(4))
    up = "".join(r.choice(string.ascii_uppercase) for _ in range(4))
    return lo + "-" + str(r.randint(1000, 9999)) + "-" + up

HUMAN = [("h:word+digits", h_word_digits), ("h:Cap+digits+mark", h_cap_digits_mark),
         ("h:month/season+year", h_month_year), ("h:reversed", h_reversed),
         ("h:leet", h_leet), ("h:words+sep+number", h_words_sep_number),
         ("h:SHOUT+mark+word", h_shouted_mark), ("h:name+year", h_name_year),
         ("h:case-runs", h_case_runs)]

# Decoys: every one must stay refused.
DECOYS = ["config.DbPass", "settings.db_password", "$DB_PASSWORD", "${DB_PASS}",
          "%DB_PASSWORD%", "%s", "%(password)s", "my-db-pass", "SOME_CONST",
          "DB_PASSWORD_ENV", "changeme1", "password123", "Welcome2024",
          "<your-password>", "{{ db_password }}", "os.environ.get",
          "getPassword", "self.password", "secret-name", "example-pass",
          "process.env.DB_PASS", "YOUR_PASSWORD_HERE", "xxxxxxxxxx", "admin1234",
          "userIDToDB.value", "MyApp.UI.Views", "getStreamById", "$USER@example",
          "$HOME+suffix", "$DB_PASS#fragment", "$*$@$#$!",
          # under the same names, what is no password (wave 35)
          "password_hash", "mysql_native_password", "changeme", "password",
          "secret", "hunter2", "Password", "Enter password", "user_password",
          "********", "<password>", "null", "none", "false",
          "PasswordAuthentication", "/etc/app/db.pass", "getDbPassword",
          "utf8mb4_unicode_ci", "Latin1_General_CI_AS", "API_key_v10",
          "DEBUG_level_20", "FooBar&BazQux", "XMLHttpRequest#sendAsync",
          "%APPDATA%", "sha256sum", "P@ssw0rd", "Welcome1!", "admin123",
          "qwerty123", "letmein1", "Password1!", "Passw0rd2024", "test1234",
          "changeme123", "%(password)s", "{0}", "%-20s", "your_password_here",
          "SMTP_PASS", "dbPassword2", "passwordInput2", "pass_through",
          "HTTP.status.404", "HTTP_status_404", "LOG_info_10"]

def carriers(name, v):
    q = v.replace("\\", "\\\\").replace('"', '\\"')
    return {
        "py": ("settings.py", f'{name} = "{q}"\n'),
        "js": ("config.js", f'const {name} = "{q}";\n'),
        "yaml": ("config.yaml", f'database:\n  {name}: "{q}"\n'),
        "env": (".env", f"{name.upper()}={v}\n"),
        "properties": ("app.properties", f"db.{name}={v}\n"),
        "shell": ("deploy.sh", f"export {name.upper()}='{v}'\n"),
        "csv": ("accounts.csv", f"user,{name}\nalice,{v}\n"),
        "xml": ("config.xml", f"<config>\n  <{name}>{v.replace('&', '&amp;').replace('<', '&lt;')}</{name}>\n</config>\n"),
        # wave 35: PHP's keyed and glued names, a login's <pass> element
        "php-key": ("config.php", "<?php\n$db['user'] = 'app';\n$db['pass'] = '%s';\n" % v.replace("\\", "\\\\").replace("'", "\\'")),
        "php-var": ("configuration.php", "<?php\nclass JConfig {\n\tpublic $smtpuser = 'mailer';\n\tpublic $smtppass = '%s';\n}\n" % v.replace("\\", "\\\\").replace("'", "\\'")),
        "xml-pass": ("advancedsettings.xml", "<advancedsettings>\n  <videodatabase>\n    <user>kodi</user>\n    <pass>%s</pass>\n  </videodatabase>\n</advancedsettings>\n" % v.replace('&', '&amp;').replace('<', '&lt;')),
    }

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    kh = args[0]
    n = int(args[1]) if len(args) > 1 else 20
    r = random.Random(int(args[2]) if len(args) > 2 else 34)
    tmp = tempfile.mkdtemp(prefix="kh-pwstyles-")
    planted = {}  # dir -> (style, carrier, value)
    k = 0
    def plant(style, v):
        nonlocal k
        for carrier, (fname, text) in carriers(r.choice(["db_password", "api_password", "password"]), v).items():
            d = os.path.join(tmp, str(k)); k += 1
            os.mkdir(d)
            with open(os.path.join(d, fname), "w") as f:
                f.write(text)
            planted[d] = (style, carrier, v)
    for style, gen in STYLES + HUMAN:
        for _ in range(n):
            plant(style, gen(r))
    for v in DECOYS:
        plant("decoy", v)
    out = subprocess.run([kh, "scan", "-q", "-j2", "--no-config", "-f", "json", tmp],
                         capture_output=True, text=True).stdout
    hit = set()
    for f in json.loads(out or "[]"):
        hit.add(os.path.dirname(f.get("path") or f.get("file")))
    rate = {}
    for d, (style, carrier, v) in planted.items():
        for key in (style, style + "/" + carrier, "carrier:" + carrier if style != "decoy" else "decoy:" + carrier):
            t = rate.setdefault(key, [0, 0])
            t[0] += d in hit; t[1] += 1
        if "-v" in sys.argv and (d in hit) == (style == "decoy"):
            print("  %s %-10s %s" % ("FP" if style == "decoy" else "miss", carrier, v))
    for key in sorted(rate):
        if "/" in key:
            continue
        a, b = rate[key]
        print("%-18s %4d/%-4d %5.1f%%" % (key, a, b, 100.0 * a / b))
    if "-vv" in sys.argv:
        for key in sorted(rate):
            if "/" in key:
                a, b = rate[key]
                print("  %-28s %4d/%-4d" % (key, a, b))

if __name__ == "__main__":
    main()
