"""The spec language of holdout37's templates (the «P/D/B/Q provider format SPEC» tokens of
holdout_gen.template_filler):

  gen            a generic credential: a chosen password, a generated password, a random token in turn
  genu           the same, drawn again until it needs no escaping in a URL or a shell
  human | genpw | tok   one of the three kinds
  @KEY           a provider format of vals37.FORMATS (or a decoy shape: @bcrypt, @sha256, ...)
  =TEXT          TEXT itself (decoys: placeholders, references, docs samples)
  user=NAME:SPEC "NAME:" + SPEC (a user:secret pair, for «B»)
  url=PREFIX:SPEC@REST  a URL with SPEC as its password (Doc.secret labels the password and
                 accepts the URL)
"""
import base64
import re

from holdout_gen import b64u
from vals37 import Creds, make_formats, pick, hexs, b64body, alnum, urlsafe, AL, LOW, DIG, B32

URL_BAD = set("@:/#?%&\"'\\ $`!")


def make_gen(r):
    F = make_formats()
    F["bcrypt"] = lambda r: "$2b$12$" + pick(r, AL + "./", 53)
    F["apr1"] = lambda r: "$apr1$" + pick(r, AL, 8) + "$" + pick(r, AL + "./", 22)
    F["sha256"] = lambda r: hexs(r, 64)
    F["sha1"] = lambda r: hexs(r, 40)
    F["sri"] = lambda r: "sha384-" + b64body(r, 48)
    F["sri512"] = lambda r: "sha512-" + b64body(r, 64)
    F["digest"] = lambda r: "sha256:" + hexs(r, 64)
    F["gosum"] = lambda r: "h1:" + b64body(r, 32)
    F["influx"] = lambda r: b64body(r, 64).rstrip("=")[:86] + "=="
    F["k8s_sa_jwt"] = lambda r: (b64u(('{"alg":"RS256","kid":"%s"}' % urlsafe(r, 43)).encode()) + "."
                                 + b64u(('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"ci",'
                                         '"kubernetes.io/serviceaccount/secret.name":"ci-deployer-token-%s",'
                                         '"sub":"system:serviceaccount:ci:ci-deployer"}' % pick(r, LOW + DIG, 5)).encode())
                                 + "." + urlsafe(r, 342))
    F["fernet"] = lambda r: base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    F["totp"] = lambda r: pick(r, B32, 32)
    F["sealed"] = lambda r: "AgB" + b64body(r, 270)
    F["sops"] = lambda r: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64body(r, 24), b64body(r, 32), b64body(r, 16))
    F["jenkins_enc"] = lambda r: "{AQAAABAAAAAQ" + b64body(r, 48) + "}"
    F["mosq_hash"] = lambda r: "$7$101$" + b64body(r, 12) + "$" + b64body(r, 64)
    creds = Creds(r)

    def gen(spec):
        if spec.startswith("="):
            return spec[1:]
        if spec.startswith("user="):
            user, _, rest = spec[5:].partition(":")
            return user + ":" + gen(rest)
        if spec.startswith("url="):
            m = re.match(r"url=(.*?):(@?[^:@]+)@(.*)$", spec)
            return "%s:%s@%s" % (m.group(1), gen(m.group(2)), m.group(3))
        if spec.startswith("@"):
            return F[spec[1:]](r)
        if spec == "gen":
            return creds.next()
        if spec == "genu":
            kind = creds.i
            while True:
                creds.i = kind
                v = creds.next()
                if not URL_BAD & set(v):
                    return v
        if spec == "human":
            return creds.human()
        if spec == "genpw":
            return creds.generated()
        if spec == "tok":
            return creds.token()
        raise ValueError(spec)

    return gen, F
