"""Template filling for holdout28's hand-written files (holdout27's tmpl27 mechanics, copied).

«P provider format spec» marks a positive (Doc.secret: a URL's password is the secret),
«D provider kind spec» a decoy, «B provider format spec» a positive shown base64-encoded (a
"user:secret" pair labels the secret), «Q provider format spec» a positive shown URL-encoded.
spec is vals28.gen()'s. «P@k ...» also keeps the value as k; «=k» writes it again (unlabelled)."""
import re
from urllib.parse import quote

from vals28 import b64, gen

XML_FILES = (".xml", ".plist", ".mobileconfig", ".twb", ".dtsConfig", ".ovf", ".nessus")
TOKEN = re.compile("«([PDBQ=])(?:@(\\w+))?\\s*([^»]*)»")


def fill(doc, text):
    kept = {}

    def one(m):
        tag, keep, rest = m.group(1), m.group(2), m.group(3)
        if tag == "=":
            return kept[rest.strip()]
        prov, fmt, spec = rest.split(" ", 2)
        v = gen(spec)
        if keep:
            kept[keep] = v
        if tag == "P":
            # in XML a person's '&' is written &amp; (as make_corpus does for the XML snippet syntaxes)
            xml = doc.path.endswith(XML_FILES) and "&" in v
            return doc.secret(prov, fmt, v, shown=v.replace("&", "&amp;") if xml else None)
        if tag == "D":
            return doc.dec(prov, fmt, v)
        if tag == "B":
            if ":" in spec:
                user, _, sec = v.partition(":")
                enc = b64(v)
                return doc.pos(prov, fmt, sec, shown=enc, encoded="base64", encoded_value=enc, accept=[v])
            return doc.b64(prov, fmt, v)
        enc = quote(v, safe="")
        # inside a URL (scheme://user:«Q»@host) the URL up to its host is accepted too, as Doc.secret does
        head = re.search(r"[a-z][a-z0-9+.-]*://[^:/@\s\"']*:$", m.string[:m.start()])
        tail = re.match(r"@[^/?#\s\"']+", m.string[m.end():])
        if head and tail:
            return doc.pos(prov, fmt, v, shown=enc, encoded="url", encoded_value=enc, accept=[head.group(0) + enc + tail.group(0)])
        return doc.pos(prov, fmt, v, shown=enc, encoded="url", encoded_value=enc)

    return TOKEN.sub(one, text)


def files(Doc, half, specs):
    """specs: [(path, shape, text)] -> [(doc, text with markers)]."""
    out = []
    for path, shape, text in specs:
        d = Doc(path, half, shape)
        out.append((d, fill(d, text)))
    return out
