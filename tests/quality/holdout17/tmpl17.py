"""Template slots of holdout17's hand-written files.

«p|provider|format|spec»  positive (a URL's password via Doc.secret)
«b|provider|format|spec»  positive written base64 (labelled decoded)
«a|provider|format|user|spec»  docker/Basic auth: base64 of user:secret, labelled decoded, the secret accepted
«d|provider|kind|spec»    decoy
«u|provider|format|user|spec»  a user:secret pair written plain, the secret alone accepted
«c|provider|kind|spec»    decoy written base64 (a username in a k8s Secret)
«e|provider|format|spec»  positive written with escaped newlines (PEM in a JSON string)
«s|name|spec»             an unlabelled filler value (ids nobody would call secret are decoys instead)
"""
import re
from vals17 import b64, expand

SLOT = re.compile(r"«([pbadescu])\|([^«»]*)»")


def fill(doc, text):
    def one(m):
        k, parts = m.group(1), m.group(2).split("|")
        if k == "p":
            return doc.secret(parts[0], parts[1], expand(parts[2]))
        if k == "b":
            return doc.b64(parts[0], parts[1], expand(parts[2]))
        if k == "a":
            v = expand(parts[3])
            pair = "%s:%s" % (expand(parts[2]), v)
            enc = b64(pair)
            return doc.pos(parts[0], parts[1], pair, shown=enc, encoded="base64", encoded_value=enc, accept=[v])
        if k == "e":
            v = expand(parts[2])
            return doc.pos(parts[0], parts[1], v, shown=v.replace("\n", "\\n"))
        if k == "u":
            v = expand(parts[3])
            return doc.pos(parts[0], parts[1], "%s:%s" % (expand(parts[2]), v), accept=[v])
        if k == "c":
            return doc.dec(parts[0], parts[1], b64(expand(parts[2])))
        if k == "d":
            return doc.dec(parts[0], parts[1], expand(parts[2]))
        return expand(parts[0])
    return SLOT.sub(one, text)


def pem(kind, n):
    """A fake PEM block: n base64 lines of 64 characters."""
    body = "\n".join(expand("<b64>") for _ in range(n)) + "\n" + expand("<b20>") + "=="
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, body, kind)
