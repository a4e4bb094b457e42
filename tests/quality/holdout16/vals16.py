"""Fake credential values for holdout16, all drawn from one random.Random(16).

expand(spec) builds a value from a spec: parts joined by '+', each part either a
generator (hex32, HEX32, alnum40, lower26, upper27, b64u43, b64_44 (standard
alphabet), digit7, b32l113, uuid, ...), a named generator (ghp, gho, ..., age,
pw, fernet, gossip) or literal text.
"""
import base64
import random
import re
import string
import zlib

R = random.Random(16)

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALPH = {
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "alnum": string.ascii_letters + string.digits,
    "ALNUM": string.ascii_uppercase + string.digits,
    "lower": string.ascii_lowercase + string.digits,
    "upper": string.ascii_uppercase,
    "letters": string.ascii_letters,
    "b64u": string.ascii_letters + string.digits + "-_",
    "b64s": string.ascii_letters + string.digits + "+/",
    "digit": string.digits,
    "b32l": "abcdefghijklmnopqrstuvwxyz234567",
}
PART = re.compile(r"^(hex|HEX|alnum|ALNUM|lower|upper|letters|b64u|b64s|digit|b32l)(\d+)$")


def rand(alpha, n):
    s = "".join(R.choice(ALPH[alpha]) for _ in range(n))
    if alpha == "digit" and s[0] == "0":
        s = "1" + s[1:]
    return s


def uuid4():
    h = rand("hex", 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github(prefix):
    body = "".join(R.choice(B62) for _ in range(30))
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data8):
    acc, bits, data = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(hv + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


WORDS = ["harbor", "tulip", "gravel", "orbit", "maple", "quartz", "lantern", "copper", "meadow", "falcon",
         "ember", "juniper", "sierra", "velvet", "canyon", "walnut", "cobalt", "prairie", "saffron", "thistle"]


def password():
    w = R.sample(WORDS, 2)
    return "%s%s%s%s" % (w[0].capitalize(), R.choice("!*-_."), w[1], rand("digit", R.choice([2, 3, 4])))


def gmail_app():
    return " ".join(rand("upper", 4).lower() for _ in range(4))


def onepassword_sa():
    body = '{"signInAddress":"my.1password.com","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256","iterations":650000,"salt":"%s"},"email":"%s@1passwordserviceaccounts.com","srpX":"%s","muk":{"alg":"A256GCM","ext":true,"k":"%s","key_ops":["encrypt","decrypt"],"kty":"oct","kid":"mp"},"secretKey":"A3-%s-%s-%s-%s-%s-%s","throttleSecret":{"seed":"%s","deviceUuid":"%s"},"deviceUuid":"%s"}' % (
        rand("b64u", 22), rand("lower", 13), rand("hex", 64), rand("b64u", 43), rand("ALNUM", 6), rand("ALNUM", 6),
        rand("ALNUM", 5), rand("ALNUM", 5), rand("ALNUM", 5), rand("ALNUM", 5), rand("hex", 64), rand("lower", 26),
        rand("lower", 26))
    return "ops_" + base64.b64encode(body.encode()).decode().rstrip("=")


def unattend_b64(pw, suffix="Password"):
    return base64.b64encode((pw + suffix).encode("utf-16-le")).decode()


NAMED = {
    "uuid": uuid4,
    "ghp": lambda: github("ghp_"), "gho": lambda: github("gho_"), "ghu": lambda: github("ghu_"),
    "ghs": lambda: github("ghs_"), "ghr": lambda: github("ghr_"),
    "ghpat": lambda: "github_pat_" + rand("ALNUM", 2) + rand("alnum", 20) + "_" + rand("alnum", 59),
    "age": lambda: bech32("age-secret-key-", rbytes(32)).upper(),
    "agepub": lambda: bech32("age", rbytes(32)),
    "pw": password,
    "gmailapp": gmail_app,
    "fernet": lambda: base64.urlsafe_b64encode(rbytes(32)).decode(),
    "gossip": lambda: base64.b64encode(rbytes(32)).decode(),
    "gossip16": lambda: base64.b64encode(rbytes(16)).decode(),
    "b64_32": lambda: base64.b64encode(rbytes(32)).decode(),
    "b64_30": lambda: base64.b64encode(rbytes(30)).decode(),
    "ops": onepassword_sa,
    "opskey": lambda: "A3-%s-%s-%s-%s-%s-%s" % (rand("ALNUM", 6), rand("ALNUM", 6), rand("ALNUM", 5), rand("ALNUM", 5), rand("ALNUM", 5), rand("ALNUM", 5)),
    "flyio": lambda: "fm2_" + base64.b64encode(rbytes(180)).decode().rstrip("=") + ",fm2_" + base64.b64encode(rbytes(96)).decode().rstrip("="),
    "sumourl": lambda: "https://endpoint%d.collection.us2.sumologic.com/receiver/v1/http/%s" % (R.randrange(1, 9), base64.b64encode(rbytes(84)).decode().replace("+", "A").replace("/", "Z").rstrip("=") + "=="),
    "teams": lambda: "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (rand("lower", 8), uuid4(), uuid4(), rand("hex", 32), uuid4(), rand("b64u", 43)),
    "teamsflow": lambda: "https://prod-%02d.westeurope.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (R.randrange(0, 99), rand("hex", 32), rand("b64u", 43)),
    "slug": lambda: "-".join(R.sample(WORDS, 2)) + "-" + rand("digit", 6),
    "ethaddr": lambda: "0x" + rand("hex", 40),
    "bcrypt": lambda: "$2b$12$" + rand("b64u", 53).replace("-", ".").replace("_", "/"),
    "sha256": lambda: rand("hex", 64),
    "md5": lambda: rand("hex", 32),
    "ipfs": lambda: "bafybei" + rand("b32l", 52),
    "pem": lambda: "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(
        base64.b64encode(rbytes(52)).decode() for _ in range(6)) + "\n" + base64.b64encode(rbytes(20)).decode() + "\n-----END OPENSSH PRIVATE KEY-----",
    "rsapem": lambda: "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(
        base64.b64encode(rbytes(48)).decode() for _ in range(12)) + "\n" + base64.b64encode(rbytes(30)).decode() + "\n-----END RSA PRIVATE KEY-----",
    "sshpub": lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(rbytes(32)).decode().rstrip("=") + " deploy@build",
}


def expand(spec):
    out = []
    for part in spec.split("+"):
        m = PART.match(part)
        if m:
            out.append(rand(m.group(1), int(m.group(2))))
        elif part in NAMED:
            out.append(NAMED[part]())
        else:
            out.append(part)
    return "".join(out)
