#!/usr/bin/env python3
"""Writes the twenty-fourth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

Written blind (no scanner rules or code read, keyhound never run on it). Values come from
one random.Random(24) (vals24.R); every value is a fake of the format the provider
documents (SOURCES.md) or, where marked there, the format as remembered.

snippets/: one short file per provider for the 90 providers drawn with
random.Random(24).sample(sorted(providers), 90) (SAMPLE below); the syntax rotates
over syntax24.SYNTAXES (35, none of holdout23's); providers whose credential lives in a file
format of its own are written in it (native24.py). repos/: project files (repos24*.py, written
as templates filled by tmpl24.py) and repos/hubspot/ (hubspot24.py).
Labels: holdout23's format: kind, file, line (1-based), provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half.
The Doc class, lookalike decoys and snippet() are holdout23's, copied.
"""
import hashlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vals24 import b64, gen  # noqa: E402
from provs24 import PROV  # noqa: E402
from syntax24 import SYNTAXES, XMLISH, DOLLAR_UNSAFE  # noqa: E402
import native24  # noqa: E402

URL_PW = re.compile(r"^([a-z][a-z0-9+.-]*://)([^:/@\s]+):([^@/\s]+)@([^/?#\s]+)")

# random.Random(24).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient,
# daemonconf, netrc, hubspot (390; drawn once, written here so no scanner is needed)
SAMPLE = ['vercel', 'mailersend', 's3fs', 'deepseek', 'easypost', 'daemonfiles', 'docker', 'databricks', 'terraform', 'totp', 'browserstack', 'vault', 'convertkit', 'woocommerce', 'har', 'wakatime', 'agora', 'ngrok', 'openshift', 'vultr', 'sourcegraph', 'circleci', 'amplitude', 'postgres', 'xendit', 'persona', 'notion', 'xai', 'honeybadger', 'pinterest', 'brevo', 'trello', 'freshdesk', 'shodan', 'craft', 'toggl', 'intercom', 'honeycomb', 'bitwarden', 'pypi', 'stripe', 'linear', 'teamcity', 'apify', 'e2b', 'influxdb', 'jina', 'bacula', 'ifttt', 'bundler', 'fireworks', 'segment', 'convex', 'perplexity', 'wildfly', 'github', 'reddit', 'google', 'drone', 'bugsnag', 'rootly', 'pinata', 'tavily', 'conda', 'instagram', 'pagerduty', 'steam', 'sendmail', 'codesign', 'ovh', 'planetscale', 'gcore', 'plivo', 'esphome', 'proxysql', 'firecrawl', 'upstash', 'coinbase', 'ghost', 'infisical', 'travisci', 'etherscan', 'mailtrap', 'duffel', 'triggerdev', 'mbsync', 'backuppass', 'openweathermap', 'lftp', 'wifipsk']


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
    while any("$" in v for _, v, _ in vals) and SYNTAXES[k % len(SYNTAXES)][0] in DOLLAR_UNSAFE:
        k += 1
    name, fname, head, foot, named, weak, envref = SYNTAXES[k % len(SYNTAXES)]
    doc = Doc("snippets/%s/%s" % (provider, fname), "snippets", name)
    body = list(head)
    for j, (fmt, v, env) in enumerate(vals):
        shown = v.replace("&", "&amp;") if name in XMLISH else None
        if (i + j) % 2 == 0:
            body.append(named(env, doc.secret(provider, fmt, v, shape=name + ":named", shown=shown)))
        else:
            wshape, wf = weak[(i // 2 + j) % len(weak)]
            body.append(wf(provider, env, doc.secret(provider, fmt, v, shape=name + ":" + wshape, shown=shown)))
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
    native = native24.build(Doc)
    for i, p in enumerate(SAMPLE):
        if p in native:
            docs += native[p]
        else:
            doc, text, k = snippet(i, p, k)
            docs.append((doc, text))
    import repos24a
    import repos24b
    import repos24c
    import repos24d
    import hubspot24
    for m in (repos24a, repos24b, repos24c, repos24d, hubspot24):
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


if __name__ == "__main__":
    main()
