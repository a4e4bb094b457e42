#!/usr/bin/env python3
"""Rate at which the password judge reports generated passwords.

Writes one file per (style, carrier, sample) with a generated password (or a
decoy) under an unmistakable name, scans the lot with one keyhound run and
prints the rate reported per style and per carrier.  Measurement only, not a
CI test:  python3 tools/password_styles.py ./keyhound [N] [SEED] [-v: list
misses and reported decoys] [-vv: rate per style and carrier]
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

# Decoys: every one must stay refused.
DECOYS = ["config.DbPass", "settings.db_password", "$DB_PASSWORD", "${DB_PASS}",
          "%DB_PASSWORD%", "%s", "%(password)s", "my-db-pass", "SOME_CONST",
          "DB_PASSWORD_ENV", "changeme1", "password123", "Welcome2024",
          "<your-password>", "{{ db_password }}", "os.environ.get",
          "getPassword", "self.password", "secret-name", "example-pass",
          "process.env.DB_PASS", "YOUR_PASSWORD_HERE", "xxxxxxxxxx", "admin1234",
          "userIDToDB.value", "MyApp.UI.Views", "getStreamById", "$USER@example",
          "$HOME+suffix", "$DB_PASS#fragment", "$*$@$#$!"]

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
    for style, gen in STYLES:
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
