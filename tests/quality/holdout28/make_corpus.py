#!/usr/bin/env python3
"""Writes the twenty-eighth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

Written blind (no scanner rules or code read, keyhound never run on it). Values come from
one random.Random(28) (vals28.R); every value is a fake of the format the provider
documents (SOURCES.md) or, where marked there, the format as remembered.

snippets/: one short file per provider for the 90 providers drawn with
random.Random(28).sample(sorted(providers), 90) (SAMPLE below); the syntax rotates over
syntax28.SYNTAXES (30, none named in holdout12..27's READMEs); providers whose credential lives
in a file format of its own are written in it (native28.py). repos/: one company's project
files and notes (repos28*.py, templates filled by tmpl28.py) and repos/.../hubspot/ (hubspot28.py).
The Doc class, lookalike decoys and the label writing are holdout27's make_corpus.py, copied.
"""
import hashlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vals28 import b64, gen  # noqa: E402
from provs28 import PROV  # noqa: E402
from syntax28 import SYNTAXES, XMLISH  # noqa: E402
import native28  # noqa: E402

URL_PW = re.compile(r"^([a-z][a-z0-9+.-]*://)([^:/@\s]+):([^@/\s]+)@([^/?#\s]+)")

# random.Random(28).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient, daemonconf, netrc,
# hubspot (391 with the v0.25.0 build /work/bin/kh-w27base; drawn once, written here so no
# scanner is needed)
SAMPLE = ['checkoutcom', 'wordpress', 'codecov', 'rails', 'segment', 'vectara', 'deepgram', 'esphome', 'codesign', 'sparkpost', 'openai', 'mistral', 'dvc', 'e2b', 'conda', 'mailtrap', 'customerio', 'xata', 'sentry', 'deno', 'drupal', 'amplitude', 'mercadopago', 'figma', 'bacula', 'buildkite', 'modal', 'influxdb', 'twitter', 'zoom', 'dbtcloud', 'playwright', 'postman', 'triggerdev', 'telegram', 'gitlabsecrets', 'shodan', 'fastly', 'todoist', 'ntfy', 'webex', 'dropbox', 'agora', 'har', 'sonarqube', 'tigris', 'ghost', 'box', 'ubidots', 'pubnub', 'gotify', 'cloudinary', 'rollbar', 'woocommerce', 'daemonfiles', 'vultr', 'linkedin', 'virustotal', 'anyscale', 'msmtp', 'paystack', 'llamacloud', 'cratesio', 'logfire', 'gameanalytics', 'mailgun', 'planetscale', 'davfs2', 'etherscan', 'datadog', 'ibmcloud', 'sanity', 'digitalocean', 'pulumi', 'zapier', 'anthropic', 'elastic', 'drone', 'axiom', 'inngest', 'laravel', 'maven', 'cerebras', 'pinterest', 'contentful', 'sendbird', 'tencentcloud', 'duffel', 'quicknode', 'travisci']


class Doc:
    """One corpus file: text with markers where labelled values go (holdout18's, copied)."""

    def __init__(self, path, half, shape):
        self.path, self.half, self.shape = path, half, shape
        self.labels = []

    def _mark(self, label, value):
        label["_value"] = value
        self.labels.append(label)
        return "\x01%d\x01" % (len(self.labels) - 1)

    def pos(self, provider, fmt, value, shape=None, shown=None, **extra):
        l = {"kind": "positive", "provider": provider, "format": fmt, "secret": value, "shape": shape or self.shape}
        if "-----BEGIN" in value:
            l["match"] = "pem"
        l.update(extra)
        return self._mark(l, value if shown is None else shown)

    def secret(self, provider, fmt, value, shape=None, shown=None):
        """pos() with the label policy: a URL's password is the secret, the URL (whole or up to
        its host) accepted."""
        m = URL_PW.match(value)
        if m:
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value, accept=sorted({value, m.group(0)}))
        return self.pos(provider, fmt, value, shape=shape, shown=shown)

    def b64(self, provider, fmt, value, shape=None):
        enc = b64(value)
        return self.pos(provider, fmt, value, shape=shape, shown=enc, encoded="base64", encoded_value=enc)

    def dec(self, provider, kind, value, shape=None):
        l = {"kind": "decoy", "provider": provider, "format": kind, "value": value, "decoy": kind, "shape": shape or self.shape}
        return self._mark(l, value)

    def render(self, text):
        out, labels, pos = [], [], 0
        for m in re.finditer("\x01(\\d+)\x01", text):
            out.append(text[pos:m.start()])
            l = dict(self.labels[int(m.group(1))])
            shown = l.pop("_value")
            l["file"] = self.path
            l["line"] = "".join(out).count("\n") + 1
            l["half"] = self.half
            out.append(shown)
            labels.append(l)
            pos = m.end()
        out.append(text[pos:])
        return "".join(out), labels


PLACEHOLDERS = ["<%s>", "${%s}", "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "YOUR_%s_HERE", "{{ secrets.%s }}",
                "$(%s)", "not-set", "paste-your-key", "sample", "************", "[REDACTED]"]
FILLER = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def prefix_of(v):
    """The provider prefix of a value: up to its last '_', '-' or '.' within the first 16 characters."""
    m = re.match(r"^[A-Za-z0-9]*(?:[_.-][A-Za-z0-9]*)*?[_.-]", v[:16])
    cut = max(v[:16].rfind(c) for c in "_-.")
    return v[:cut + 1] if cut > 0 and m else ""


def lookalike(i, v):
    """A decoy derived from the positive: masked, truncated, its SHA-256, or the provider's prefix
    followed by a sequential filler (docs-style)."""
    kinds = ["masked", "truncated", "sha256_of_key", "sequential_filler"]
    lk = kinds[i % 4]
    if lk == "sha256_of_key" and re.fullmatch("[0-9a-fA-F]+", v):
        lk = "masked"  # a SHA-256 beside a hex key would be a hex key's twin, not a decoy a reader could tell
    pre = prefix_of(v)
    if lk == "sequential_filler" and len(pre) < 3:
        lk = "masked"
    if lk == "masked":
        return lk, v[:4] + "*" * 12 + v[-4:]
    if lk == "truncated":
        return lk, v[:min(10, len(v) // 2)] + "..."
    if lk == "sha256_of_key":
        return lk, hashlib.sha256(v.encode()).hexdigest()
    n = len(v) - len(pre)
    return lk, pre + (FILLER * 4)[:n]


def snippet(i, provider, k):
    env_prefix, positives, decoys = PROV[provider]
    vals = [(fmt, gen(spec), env) for fmt, spec, env in positives]
    name, fname, head, foot, named, weak, envref = SYNTAXES[k % len(SYNTAXES)]
    doc = Doc("snippets/%s/%s" % (provider, fname), "snippets", name)
    body = list(head)
    for j, (fmt, v, env) in enumerate(vals):
        shown = v.replace("&", "&amp;") if name in XMLISH else None
        if (i + j) % 3 != 2:
            body.append(named(env, doc.secret(provider, fmt, v, shape=name + ":named", shown=shown)))
        else:
            body.append(weak(provider, env, doc.secret(provider, fmt, v, shape=name + ":weak", shown=shown)))
    for kind, spec in decoys:
        body.append(named("%s_%s" % (env_prefix, kind.upper()), doc.dec(provider, kind, gen(spec), shape=name + ":named")))
    fmt0, v0, env0 = vals[0]
    lk, look = lookalike(i, v0)
    body.append(named(env0 + "_" + lk.split("_")[0].upper(), doc.dec(provider, lk, look, shape=name + ":named")))
    ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
    ph = ph % env0 if "%s" in ph else ph
    body.append(named(env0 + "_EXAMPLE", doc.dec(provider, "placeholder", ph, shape=name + ":named")))
    body.append(envref(env0))
    body += foot
    return doc, "\n".join(body) + "\n", k + 1


def main():
    outdir = sys.argv[1]
    docs, k = [], 0
    docs += native28.build(Doc)
    native = {d.path.split("/")[1] for d, _ in docs}
    for i, p in enumerate(SAMPLE):
        if p not in native:
            doc, text, k = snippet(i, p, k)
            docs.append((doc, text))
    import repos28a
    import repos28b
    import repos28c
    import repos28d
    import hubspot28
    for m in (repos28a, repos28b, repos28c, repos28d, hubspot28):
        docs += m.build(Doc)
    labels, seen = [], set()
    for doc, text in docs:
        assert doc.path not in seen, doc.path
        seen.add(doc.path)
        body, ls = doc.render(text)
        path = os.path.join(outdir, "corpus", doc.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(body)
        labels += ls
    labels.sort(key=lambda l: (l["file"], l["line"], l.get("secret", l.get("value"))))
    with open(os.path.join(outdir, "labels.jsonl"), "w") as f:
        for l in labels:
            f.write(json.dumps(l, sort_keys=True) + "\n")
    for half in ("snippets", "repos"):
        pos = [l for l in labels if l["half"] == half and l["kind"] == "positive"]
        print("%s: %d positives over %d providers in %d shapes, %d decoys, %d files" % (
            half, len(pos), len({l["provider"] for l in pos}), len({l["shape"] for l in pos}),
            sum(1 for l in labels if l["half"] == half and l["kind"] == "decoy"),
            len({l["file"] for l in labels if l["half"] == half})))
    pos = [l for l in labels if l["kind"] == "positive"]
    print("total: %d positives (%d passwords), %d decoys, %d files, %d providers" % (
        len(pos), sum(1 for l in pos if "password" in l["format"] or "passphrase" in l["format"]),
        len(labels) - len(pos), len({l["file"] for l in labels}), len({l["provider"] for l in pos})))


if __name__ == "__main__":
    main()
