#!/usr/bin/env python3
"""Writes the sixteenth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

Written blind (no scanner rules read, keyhound never run on it). Values come
from one random.Random(16) (vals16.R); every value is a fake of the format the
provider documents (SOURCES.md).

snippets/: one short file per provider for the 90 providers drawn with
random.Random(16).sample(sorted(providers), 90) (SAMPLE below); the syntax
rotates over syntax16.SYNTAXES (40), providers with a file format of their own
are written in it (native16.py).  repos/: files as committed in other project
kinds (repos16.py), and repos/hubspot/ (hubspot16.py).
Labels: holdout12's format: kind, file, line (1-based), provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half.
"""
import base64
import hashlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vals16 import expand  # noqa: E402
from provs16 import PROV  # noqa: E402
from syntax16 import SYNTAXES  # noqa: E402
from native16 import NATIVE  # noqa: E402

URL_PW = re.compile(r"^([a-z][a-z0-9+.-]*://)([^:/@\s]+):([^@/\s]+)@([^/?#\s]+)")

# random.Random(16).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient,
# daemonconf, netrc, hubspot (drawn once, written here so no scanner is needed)
SAMPLE = ['lob', 'paypal', 'pinata', 'hiera', 'neon', 'filezilla', 'onesignal', 'adafruit', 'mollie', 'togetherai',
          'windows', 'gocardless', 'flyio', 'tailscale', 'fauna', 'age', 'ibmcloud', 'influxdb', 'kong', 'twilio',
          'consul', 'smartsheet', 'inngest', 'alchemy', 'fastly', 'voyageai', 'github', 'akamai', 'crowdstrike',
          'snowflake', 'wakatime', 'sumologic', 'amplitude', 'paddle', 'openweathermap', 'sidekiq', 'steam', 'webflow',
          'fetchmail', 'vonage', 'zuplo', 'woocommerce', 'netlify', 'browserbase', 'lftp', 'plivo', 'newrelic',
          'proxysql', 'telnyx', 'deepl', 'runpod', 'huggingface', 'selfhosted', 'aspnet', 'hexpm', 'brevo', 'adobe',
          'pusher', 'mailjet', 'flutterwave', 'plaid', 'customerio', 'travisci', 'infobip', 'jenkins', 'oraclecloud',
          'openshift', 'backuppass', 'datadog', 'zoom', 'agora', 'onepassword', 'planetscale', 'airflow', 'perplexity',
          'cloudsmith', 'snyk', 'braintree', 'postfix', 'voiceflow', 'contentful', 'fireworks', 'mixpanel', 'mailersend',
          'anyscale', 'rclone', 'supabase', 'microsoftteams', 'jenkinshome', 'persona']


class Doc:
    """One corpus file: text with markers where labelled values go (holdout12's structure)."""

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
        its host) accepted; a FlyV1 header value's macaroons accepted without the scheme word."""
        m = URL_PW.match(value)
        if m:
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value, accept=sorted({value, m.group(0)}))
        if value.startswith("FlyV1 "):
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value[6:], value[6:].split(",")[0]])
        if "/receiver/v1/http/" in value:
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value.rsplit("/", 1)[1]])
        return self.pos(provider, fmt, value, shape=shape, shown=shown)

    def b64(self, provider, fmt, value, shape=None):
        enc = base64.b64encode(value.encode()).decode()
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


PLACEHOLDERS = ["<YOUR_%s>", "${%s}", "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "REPLACE_ME_%s", "%%(%s)s", "{{ %s }}",
                "TODO-%s", "your-api-key-here", "sk-REDACTED", "0000000000000000", "<redacted>"]
DOLLAR_UNSAFE = {"shell", "kotlin", "dart", "groovy", "makefile", "dockerfile", "dotenv", "fish", "github-actions"}


def snippet(i, provider, k):
    """k: the rotation index over SYNTAXES for this provider (natives do not advance it)."""
    env_prefix, positives, decoys = PROV[provider]
    vals = [(fmt, expand(spec), env) for fmt, spec, env in positives]
    while True:
        name, ext, head, foot, named, weak, envref = SYNTAXES[k % len(SYNTAXES)]
        if not any("$" in v for _, v, _ in vals) or name not in DOLLAR_UNSAFE:
            break
        k += 1
    doc = Doc("snippets/%s/%s%s" % (provider, "config" if ext.startswith(".") and ext != ".env" else "", ext), "snippets", name)
    special = {"dotenv": ".env", "dockerfile": "Dockerfile", "github-actions": ".github/workflows/deploy.yml",
               "kubernetes": "k8s/configmap.yaml", "makefile": "Makefile", "starlark": "defs.bzl"}
    if name in special:
        doc.path = "snippets/%s/%s" % (provider, special[name])
    body, used = list(head), set()
    for j, (fmt, v, env) in enumerate(vals):
        shown = v.replace("&", "&amp;") if name == "xml" else None
        extra_accept = None
        if shown and shown != v:
            extra_accept = [shown]
        wshape, wf = weak[(i + j) // 2 % len(weak)]
        if (i + j) % 2 == 0 or wshape in used:
            shape = name + ":named"
            m = doc.secret(provider, fmt, v, shape=shape, shown=shown)
            body.append(named(env, m))
        else:
            used.add(wshape)
            shape = name + ":" + wshape
            m = doc.secret(provider, fmt, v, shape=shape, shown=shown)
            body.append(wf(provider, env, m))
        if extra_accept:
            doc.labels[-1].setdefault("accept", []).extend(extra_accept)
    for kind, spec in decoys:
        v = expand(spec)
        dname = "%s_%s" % (env_prefix, kind.upper())
        body.append(named(dname, doc.dec(provider, kind, v, shape=name + ":named")))
    v0, env0 = vals[0][1], positives[0][2]
    lk = ["masked", "truncated", "sha256_fingerprint", "request_id"][i % 4]
    if lk == "masked":
        look = v0[:4] + "*" * (len(v0) - 8) + v0[-4:]
    elif lk == "truncated":
        look = v0[:8] + "..."
    elif lk == "sha256_fingerprint":
        look = hashlib.sha256(v0.encode()).hexdigest()
    else:
        look = expand("uuid")
    body.append(named(env0 + "_" + lk.split("_")[0].upper(), doc.dec(provider, lk, look, shape=name + ":named")))
    ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
    ph = ph % positives[0][2] if "%s" in ph else ph
    body.append(named(positives[0][2] + "_EXAMPLE", doc.dec(provider, "placeholder", ph, shape=name + ":named")))
    body.append(envref(positives[0][2]))
    body += foot
    return doc, "\n".join(body) + "\n", k + 1


def main():
    outdir = sys.argv[1]
    docs, k = [], 0
    for i, p in enumerate(SAMPLE):
        if p in NATIVE:
            docs.append(NATIVE[p](Doc))
        else:
            doc, text, k = snippet(i, p, k)
            docs.append((doc, text))
    import hubspot16
    docs += hubspot16.build(Doc)
    import repos16
    docs += repos16.build(Doc)
    labels, seen = [], set()
    for doc, text in docs:
        assert doc.path not in seen, doc.path
        seen.add(doc.path)
        body, ls = doc.render(text)
        path = os.path.join(outdir, "corpus", doc.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
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
