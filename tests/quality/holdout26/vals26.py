"""Value generators for holdout26: every fake is drawn from one random.Random(26).

gen(spec): spec is literal text with fields in braces:
  {a:N} [A-Za-z0-9]   {l:N} [a-z0-9]   {u:N} [A-Z0-9]   {L:N} [a-z]   {U:N} [A-Z]
  {h:N} lower hex     {H:N} upper hex  {d:N} digits     {b:N} base32 (A-Z, 2-7: AWS ids, TOTP seeds)
  {s:N} base64url alphabet            {S:N} base64 alphabet (+/)
  {c:N} Crockford base32, lower (ULIDs)
  {B64:N} standard base64 of N random bytes (with its padding)
  {uuid} a random v4 UUID             {uuidU} the same, upper case
  {pw:STYLE} a password (see PW below) {word} one word
  {b64json:api_address} neptune.ai token (base64 of its JSON)
  {intercom} Intercom token (base64 of tok:uuid:1:0)
  {esk} Elasticsearch encoded API key (base64 of id:key)
Every format is checked against its alphabet by check() below (run as a script).
"""
import base64
import json
import random
import re
import string

R = random.Random(26)

ALPHA = {
    "a": string.ascii_letters + string.digits,
    "l": string.ascii_lowercase + string.digits,
    "u": string.ascii_uppercase + string.digits,
    "L": string.ascii_lowercase,
    "U": string.ascii_uppercase,
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "d": string.digits,
    "b": string.ascii_uppercase + "234567",
    "s": string.ascii_letters + string.digits + "-_",
    "S": string.ascii_letters + string.digits + "+/",
    "c": "0123456789abcdefghjkmnpqrstvwxyz",
}

WORDS = ("harbour velvet lantern curtain encore matinee ballad foyer aria rehearsal usher balcony "
         "prompter overture cadence sonata marquee gallery chorus tenor quartet timpani libretto "
         "spotlight intermezzo dressing rigging orchestra stagehand program chandelier plaster "
         "cobalt walnut meadow thistle copper ember saffron glacier juniper pepper falcon otter "
         "harvest pebble violet marble cinder kestrel").split()
SYMS = "!*-=@^_~$"  # nothing a URL, XML or shell-in-quotes would mangle (&, #, ?, %, +)


def rnd(cls, n):
    return "".join(R.choice(ALPHA[cls]) for _ in range(n))


def uuid4():
    h = rnd("h", 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def password(style):
    w = lambda: R.choice(WORDS)
    if style == "human":  # a word, capitalised, a year or number, a symbol
        return w().capitalize() + R.choice(["19", "20", "", "7", "42"]) + rnd("d", 2) + R.choice("!.$*")
    if style == "gen":  # a password manager's output
        pool = ALPHA["a"] + "!*-=@^_~"
        while True:
            v = "".join(R.choice(pool) for _ in range(R.choice([16, 20, 24])))
            if re.search("[a-z]", v) and re.search("[A-Z]", v) and re.search("[0-9]", v):
                return v
    if style == "phrase":  # diceware with separators
        sep = R.choice("-._")
        return sep.join(w() for _ in range(R.choice([3, 4, 5])))
    if style == "policy":  # exactly what a 12-char policy asks: Upper, lower, digit, symbol
        v = [R.choice(ALPHA["U"]), R.choice(ALPHA["L"]), R.choice(ALPHA["d"]), R.choice(SYMS)]
        v += [R.choice(ALPHA["a"]) for _ in range(8)]
        R.shuffle(v)
        return "".join(v)
    if style == "leet":
        t = w() + w()
        t = t.translate(str.maketrans("aeiost", "4310$7"))
        return t[:1].upper() + t[1:] + rnd("d", 2)
    if style == "pin":  # short, digits-and-letters service password
        return rnd("L", 4) + rnd("d", 4) + rnd("U", 2)
    if style == "hex":  # openssl rand -hex
        return rnd("h", 32)
    if style == "b64":  # openssl rand -base64 24
        return base64.b64encode(bytes(R.getrandbits(8) for _ in range(24))).decode()
    if style == "season":  # company-policy rotation style
        return R.choice(["Spring", "Summer", "Autumn", "Winter"]) + "-Marrowgate" + rnd("d", 4) + R.choice("!#")
    raise ValueError(style)


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def hubspot_pak(hublet):
    """Personal access key: protobuf, field 1 '<hublet>-xxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    2 and 3 varints, 5 a 25-byte signature starting 00 05, 9 the hublet again."""
    f1 = ("%s-%s-%s-%s-%s-%s" % (hublet, rnd("h", 4), rnd("h", 4), rnd("h", 4), rnd("h", 4), rnd("h", 12))).encode()
    sig = b"\x00\x05" + rbytes(23)
    pb = (b"\x0a" + bytes([len(f1)]) + f1 + b"\x10" + varint(R.randrange(20000000, 149999999)) +
          b"\x18" + varint(R.randrange(1000000, 79999999)) + b"\x2a" + bytes([len(sig)]) + sig +
          b"\x4a" + bytes([len(hublet)]) + hublet.encode())
    return b64url(pb)


def hubspot_oauth():
    """OAuth access token: protobuf starting with field 1 = expiry in epoch ms (so 'C' + [I-P])."""
    exp = R.randrange(1764000000000, 1767000000000)
    pb = b"\x08" + varint(exp) + b"\x12" + bytes([16]) + rbytes(16) + b"\x18" + varint(R.randrange(10 ** 7, 10 ** 8))
    pb += b"\x22" + bytes([25]) + b"\x00\x05" + rbytes(23) + b"\x2a" + bytes([20]) + rbytes(20) + b"\x32\x03na1"
    return b64url(pb)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(s):
    return base64.b64encode(s.encode()).decode()


def field(m):
    k = m.group(1)
    if k == "uuid":
        return uuid4()
    if k == "uuidU":
        return uuid4().upper()
    if k == "word":
        return R.choice(WORDS)
    if k == "intercom":
        return base64.b64encode(("tok:%s:1:0" % uuid4().replace("-", "_")).encode()).decode()
    if k == "esk":
        return b64("%s:%s" % (rnd("s", 20), rnd("s", 22)))
    if k == "opsjson":  # 1Password service account token: ops_ + base64 of its JSON
        d = {"signInAddress": "marrowgate.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
             "iterations": 650000, "salt": rnd("s", 22)}, "email": rnd("l", 12) + "@1passwordserviceaccounts.eu",
             "srpX": rnd("h", 64), "muk": {"alg": "A256GCM", "ext": True, "k": rnd("s", 43), "key_ops": ["encrypt", "decrypt"],
             "kty": "oct", "kid": "mp"}, "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (rnd("u", 6), rnd("u", 6), rnd("u", 5), rnd("u", 5), rnd("u", 5), rnd("u", 5)),
             "throttleSecret": {"seed": rnd("h", 64), "deviceUuid": rnd("l", 26)}, "deviceUuid": rnd("l", 26)}
        return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    if k == "SSHA":  # the literal scheme tag of an LDAP password hash
        return "{SSHA}"
    if k == "mapbox":  # base64url of {"u":user,"a":id} . 22-char signature
        body = b64url(json.dumps({"u": "marrowgate", "a": rnd("l", 25)}, separators=(",", ":")).encode())
        return body + "." + rnd("s", 22)
    if k.startswith("hs"):  # HubSpot shapes (hubspot-credentials.md)
        kind, _, hublet = k.partition("_")
        if kind == "hspak":
            return hubspot_pak(hublet)
        if kind == "hsoauth":
            return hubspot_oauth()
        return "%s-%s-%s-%s-%s-%s" % (hublet, rnd("h", 4), rnd("h", 4), rnd("h", 4), rnd("h", 4), rnd("h", 12))
    if k.startswith("b64json"):
        d = {"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid4()}
        return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    cls, _, arg = k.partition(":")
    if cls == "pw":
        return password(arg)
    if cls == "B64":
        return base64.b64encode(rbytes(int(arg))).decode()
    return rnd(cls, int(arg))


def gen(spec):
    return re.sub(r"\{([A-Za-z0-9_]+(?::[A-Za-z0-9_]+)?)\}", field, spec)


if __name__ == "__main__":  # self-check of the alphabets
    assert re.fullmatch("AKIA[A-Z2-7]{16}", gen("AKIA{b:16}"))
    assert re.fullmatch("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", gen("{uuid}"))
    for st in ("human", "gen", "phrase", "policy", "leet", "pin", "hex", "b64", "season"):
        print(st, password(st))
