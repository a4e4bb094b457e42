"""repos/: project files from the templates of tmpl18a–e, each kind written for two or three projects
(larkspur, basalt, pinion) with fresh values. Slots: «p|provider|format|GEN» positive (a URL's password
is the secret), «b|…» positive written base64, «a|provider|format|GEN|user» registry auth
base64(user:password), «d|provider|kind|GEN» decoy; GEN is gens18.G."""
import re

from gens18 import gen
from vals18 import b64
import tmpl18a
import tmpl18b
import tmpl18c
import tmpl18d
import tmpl18e

PROJECTS = ["larkspur", "basalt", "pinion"]
SLOT = re.compile("«([pbad])\\|([^|»]+)\\|([^|»]+)\\|([^|»]*)(?:\\|([^»]+))?»")


def fill(doc, text, proj):
    def one(m):
        k, prov, fmt, spec, user = m.groups()
        v = gen(spec)
        if k == "p":
            return doc.secret(prov, fmt, v)
        if k == "b":
            return doc.b64(prov, fmt, v)
        if k == "d":
            return doc.dec(prov, fmt, v)
        user = user.replace("@P@", proj)
        enc = b64(user + ":" + v)
        return doc.pos(prov, fmt, v, shown=enc, encoded="base64", encoded_value=enc, accept=[user + ":" + v])
    return SLOT.sub(one, text.replace("@P@", proj))


def build(Doc):
    out = []
    for kind, path, n, text in tmpl18a.T + tmpl18b.T + tmpl18c.T + tmpl18d.T + tmpl18e.T:
        for proj in PROJECTS[:n]:
            d = Doc(path.replace("@P@", proj), "repos", kind)
            out.append((d, fill(d, text, proj)))
    return out
