#!/usr/bin/env python3
"""Writes the second held-out corpus and its labels (README.md).

usage: make_corpus.py OUTDIR    (writes OUTDIR/corpus/ and OUTDIR/labels.jsonl)

Seeded, so a rerun writes the same files: the committed corpus is what is
scored, and `make quality-holdout2` checks it is still this script's output.
New files go at the end of templates.py so earlier values stay the same."""
import base64
import json
import os
import random
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import formats  # noqa: E402
import templates  # noqa: E402

SEED = 3998193833530754073  # drawn once from secrets.randbits(64)

ENCODINGS = {
    "b64": lambda v: base64.b64encode(v.encode()).decode(),
    "percent": lambda v: urllib.parse.quote(v, safe=""),
    "jsesc": lambda v: v.replace("-", "\\u002d").replace("_", "\\u005f"),
    "html": lambda v: v.replace("&", "&amp;").replace("=", "&#61;").replace("+", "&#43;"),
}


class Corpus:
    def __init__(self, seed):
        self.r = formats.Rand(random.Random(seed))
        self.files = {}
        self.labels = []
        self.pending = []
        self.path = self.shape = None

    def f(self, path, shape):
        """Starts a file: labels from here to w() belong to it."""
        assert not self.pending, self.path
        self.path, self.shape = path, shape

    def p(self, fmt, shape=None, value=None, enc=None, wrap=None, accept=None, pem=False):
        """A fake secret of format fmt; returns the text to write (encoded if enc)."""
        provider, gen = formats.FORMATS[fmt]
        value = value if value is not None else gen(self.r)
        label = {"kind": "positive", "file": self.path, "provider": provider, "format": fmt,
                 "secret": value, "shape": shape or self.shape}
        written = value
        if pem or "-----BEGIN" in value:
            label["match"] = "pem"
        if enc:
            written = ENCODINGS[enc](wrap(value) if wrap else value)
            label["encoded"] = enc
            label["encoded_value"] = written
        if accept:
            label["accept"] = accept
        self.pending.append((label, written))
        return written

    def d(self, kind, value, shape=None):
        """A decoy: a value that looks like a secret and is not one."""
        label = {"kind": "decoy", "file": self.path, "decoy": kind, "value": value, "shape": shape or self.shape}
        self.pending.append((label, value))
        return value

    def w(self, text):
        """Writes the file and gives each label its line."""
        assert self.path not in self.files, self.path
        self.files[self.path] = text
        for label, written in self.pending:
            line = None
            for probe in (written, written.replace("\n", "\\n"), written.split("\n")[0]):
                at = text.find(probe)
                if at >= 0:
                    line = text.count("\n", 0, at) + 1
                    break
            if line is None:
                raise SystemExit("%s: label %s not written" % (self.path, label.get("format", label.get("decoy"))))
            label["line"] = line
            self.labels.append(label)
        self.pending = []

    # decoy values
    def uuid(self):
        return self.r.uuid()

    def sha(self, n=64):
        return self.r.hex(n)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    c = Corpus(SEED)
    for t in templates.TEMPLATES:
        t(c)
    for path, text in c.files.items():
        full = os.path.join(out, "corpus", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        # Windows PowerShell scripts are saved as UTF-16 with a byte-order mark
        with open(full, "w", encoding="utf-16" if path.endswith(".ps1") else "utf-8", newline="") as fh:
            fh.write(text)
    with open(os.path.join(out, "labels.jsonl"), "w") as fh:
        for l in c.labels:
            fh.write(json.dumps(l, sort_keys=True) + "\n")
    pos = [l for l in c.labels if l["kind"] == "positive"]
    print("%d files, %d positives over %d providers, %d decoys, %d shapes" % (
        len(c.files), len(pos), len({l["provider"] for l in pos}), len(c.labels) - len(pos),
        len({l["shape"] for l in c.labels})))


if __name__ == "__main__":
    main()
