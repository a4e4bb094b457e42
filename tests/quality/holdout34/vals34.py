"""Every value of holdout34 from one random.Random(34), drawn in a fixed order.

gen(spec): parts joined by '+'; a part is a 'literal' or a class and a length:
hex, HEX, an (alphanumeric), up (upper+digits), lo (lower+digits), bu (base64url),
b (base64), dig, pw (password), plus uuid, words12 (mnemonic), ip."""
import random
import string

R = random.Random(34)
CLASSES = {
    "hex": "0123456789abcdef", "HEX": "0123456789ABCDEF", "an": string.ascii_letters + string.digits,
    "up": string.ascii_uppercase + string.digits, "lo": string.ascii_lowercase + string.digits,
    "bu": string.ascii_letters + string.digits + "-_", "b": string.ascii_letters + string.digits + "+/",
    "dig": string.digits, "pw": string.ascii_letters + string.digits + "!#%+-=_.",
}
WORDS = ("glacier summit powder chalet gondola piste avalanche cornice couloir moraine serac "
         "edelweiss marmot ibex lantern orchard velvet copper harbor ribbon anchor cradle meadow").split()


def draw(cls, n):
    s = "".join(R.choice(CLASSES[cls]) for _ in range(n))
    if cls == "pw":  # a person's password: starts with a letter
        s = R.choice(string.ascii_letters) + s[1:]
    return s


def uuid():
    h = draw("hex", 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def gen(spec):
    out = []
    for part in spec.split("+"):
        if part.startswith("'"):
            out.append(part.strip("'"))
        elif part == "uuid":
            out.append(uuid())
        elif part == "words12":
            out.append(" ".join(R.choice(WORDS) for _ in range(12)))
        elif part == "ip":
            out.append("10.%d.%d.%d" % (R.randrange(20, 60), R.randrange(256), R.randrange(2, 250)))
        else:
            cls = part.rstrip("0123456789")
            out.append(draw(cls, int(part[len(cls):])))
    return "".join(out)
