#!/usr/bin/env python3
"""Writes holdout38 (the blind corpus of wave 38) into OUTDIR (default: this directory):
OUTDIR/corpus/ and OUTDIR/labels.jsonl. Deterministic: every value comes from gen38.R,
random.Random(38), drawn in the fixed order below.

usage: make_corpus.py [OUTDIR]
"""
import os
import re
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "holdout"))

from holdout_gen import Doc, b64, write_corpus  # noqa: E402
from gen38 import gen  # noqa: E402
import snip38  # noqa: E402
import repos38  # noqa: E402
import hubspot38  # noqa: E402
import enc38  # noqa: E402

SITES = [("hal", "Halbury"), ("wex", "Wexcombe")]
TOKEN = re.compile("«([PDBQ])\\s*([^»]*)»")
URL_HEAD = re.compile(r"[a-z][a-z0-9+.-]*://[^:/@\s\"']*:$")
URL_HOST = re.compile(r"@[^/?#\s\"'<>]+")
URL_REST = re.compile(r"[^\s\"'<>]*")


def fill(doc, text):
    """Replaces the «…» tokens by values and label markers (see repos38's docstring). A
    positive written inside scheme://user:…@host labels the password and accepts the URL (up to
    its host, or whole); a spec ending in _esc is written with its newlines as \\n."""

    def one(m):
        tag, rest = m.group(1), m.group(2)
        prov, fmt, spec = rest.split(" ", 2)
        esc = spec.endswith("_esc")
        v = gen(spec[:-4] if esc else spec)
        if tag == "D":
            return doc.dec(prov, fmt, v)
        if tag == "B":
            enc = b64(v)
            if ":" in spec.partition("|")[0]:
                sec = v.partition(":")[2]
                return doc.pos(prov, fmt, sec, shown=enc, encoded="base64", encoded_value=enc, accept=[v])
            return doc.b64(prov, fmt, v)
        shown = quote(v, safe="") if tag == "Q" else (v.replace("\n", "\\n") if esc else v)
        head = URL_HEAD.search(m.string[:m.start()])
        host = URL_HOST.match(m.string[m.end():])
        extra = {}
        if tag == "Q":
            extra = {"encoded": "url", "encoded_value": shown}
        if head and host:
            whole = head.group(0) + shown + m.string[m.end():][:host.end()]
            full = head.group(0) + shown + URL_REST.match(m.string[m.end():]).group(0)
            extra["accept"] = sorted({whole, full})
        return doc.pos(prov, fmt, v, shown=shown, **extra)

    return TOKEN.sub(one, text)


def from_templates(specs, half="repos", sites=None):
    out = []
    for code, city in (sites or [(None, None)]):
        for path, shape, text in specs:
            if code:
                path = path.replace("@S@", code)
                text = text.replace("@S@", code).replace("@CITY@", city)
            d = Doc(path, half, shape)
            out.append((d, fill(d, text)))
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    hubspot38.register()
    parts = []
    parts.append(("snippets (`corpus/snippets/`)", snip38.build()))
    parts.append(("organisation repos (`repos/hal-*`, `repos/wex-*` fleet/docks/ops, `repos/hq-*`)",
                  from_templates(repos38.SITE, sites=SITES) + from_templates(repos38.HQ)))
    parts.append(("HubSpot (`corpus/repos/hq-crm/`)", from_templates(hubspot38.FILES)))
    parts.append(("encoded and split (`repos/*-platform/`)",
                  from_templates(enc38.SITE, sites=SITES) + from_templates(enc38.HQ) + enc38.built([c for c, _ in SITES])))
    docs = [d for _, ds in parts for d in ds]
    labels = write_corpus(outdir, docs)
    print("| part | positives | providers | decoys | files |\n|---|---|---|---|---|")
    for name, ds in parts:
        files = {d.path for d, _ in ds}
        ls = [l for l in labels if l["file"] in files]
        pos = [l for l in ls if l["kind"] == "positive"]
        print("| %s | %d | %d | %d | %d |" % (name, len(pos), len({l["provider"] for l in pos}), len(ls) - len(pos), len(files)))
    pos = [l for l in labels if l["kind"] == "positive"]
    print("total: %d positives (%d passwords), %d decoys, %d files, %d providers, %d positive shapes" % (
        len(pos), sum(1 for l in pos if "password" in l["format"] or "psk" in l["format"]), len(labels) - len(pos),
        len({d.path for d in (x for x, _ in docs)}), len({l["provider"] for l in pos}), len({l["shape"] for l in pos})))


if __name__ == "__main__":
    main()
