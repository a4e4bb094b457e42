#!/usr/bin/env python3
"""Writes the seventeenth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

Written blind (no scanner rules read, keyhound never run on it). Values come from
one random.Random(17) (vals17.R); every value is a fake of the format the provider
documents (SOURCES.md) or, where marked there, the format as remembered.

snippets/: one short file per provider for the 90 providers drawn with
random.Random(17).sample(sorted(providers), 90) (SAMPLE below); the syntax rotates
over syntax17.SYNTAXES (38); providers with a file format of their own are written
in it (native17.py).  repos/: files as committed in other project kinds
(repos17.py) and repos/hubspot/ (hubspot17.py).
Labels: holdout16's format: kind, file, line (1-based), provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half.
The Doc class and the label writing are ../holdout/holdout_gen.py's.
"""
import hashlib
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
from holdout_gen import Doc, print_counts, write_corpus  # noqa: E402
from vals17 import prefix_of  # noqa: E402
from provs17 import PROV, value  # noqa: E402
from syntax17 import SYNTAXES  # noqa: E402
from native17 import NATIVE  # noqa: E402


# random.Random(17).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient,
# daemonconf, netrc, hubspot (drawn once, written here so no scanner is needed)
SAMPLE = ['pusher', 'msmtp', 'infobip', 'magento', 'honeybadger', 'deepseek', 'webflow', 'webex', 'rclone', 'travisci',
          'heroku', 'cifs', 'alibabacloud', 'gitbook', 'matrix', 'neptune', 'github', 'postgres', 'jenkins', 'teamcity',
          'vaultinit', 'midtrans', 'conda', 'resend', 'azure', 'confluent', 'duo', 'cratesio', 'railway', 'rootly',
          'elevenlabs', 'kaggle', 'xata', 'coda', 'wakatime', 'binance', 'inngest', 'mollie', 'braze', 'postmark',
          'paystack', 'twitter', 'slack', 'consul', 'triggerdev', 'xai', 'kraken', 'aiven', 'npm', 'mailgun', 'sbt',
          'atlassian', 'linkedin', 'astra', 'persona', 'mailjet', 'selfhosted', 'adafruit', 'mixpanel', 'freeradius',
          'clojars', 'rollbar', 'ethereum', 'windows', 'pypi', 'llamacloud', 'aws', 'grafana', 'backblaze', 'helicone',
          'dub', 'roblox', 'vault', 'riotgames', 'coinbase', 'gitea', 'infura', 'lftp', 'jenkinshome', 'deepgram',
          'klaviyo', 'bundler', 'scalingo', 'harness', 'kong', 'adyen', 'supabase', 'sentry', 'tenable', 'papertrail']


PLACEHOLDERS = ["<your-%s>", "${%s}", "****************", "change-me", "REPLACE_WITH_%s", "{{ .Values.%s }}",
                "%%%s%%", "TBD", "insert-key-here", "dummy", "XXXXXXXXXXXXXXXXXXXX", "<%s>"]
FILLER = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def lookalike(i, spec, v):
    """A decoy derived from the positive: masked, truncated, its SHA-256, or the provider's prefix
    followed by a sequential filler (docs-style)."""
    kinds = ["masked", "truncated", "sha256_of_key", "sequential_filler"]
    lk = kinds[i % 4]
    pre = prefix_of(spec) if isinstance(spec, str) else ""
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
    vals = [(fmt, spec, value(spec), env) for fmt, spec, env in positives]
    name, fname, head, foot, named, weak, envref = SYNTAXES[k % len(SYNTAXES)]
    doc = Doc("snippets/%s/%s" % (provider, fname), "snippets", name)
    body = list(head)
    for j, (fmt, spec, v, env) in enumerate(vals):
        shown = v.replace("&", "&amp;") if name == "xml" else None
        if (i + j) % 2 == 0:
            body.append(named(env, doc.secret(provider, fmt, v, shape=name + ":named", shown=shown)))
        else:
            wshape, wf = weak[(i // 2 + j) % len(weak)]
            body.append(wf(provider, env, doc.secret(provider, fmt, v, shape=name + ":" + wshape, shown=shown)))
    for kind, spec in decoys:
        body.append(named("%s_%s" % (env_prefix, kind.upper()), doc.dec(provider, kind, value(spec), shape=name + ":named")))
    fmt0, spec0, v0, env0 = vals[0]
    lk, look = lookalike(i, spec0, v0)
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
    for i, p in enumerate(SAMPLE):
        if p in NATIVE:
            docs.append(NATIVE[p](Doc))
        else:
            doc, text, k = snippet(i, p, k)
            docs.append((doc, text))
    import hubspot17
    docs += hubspot17.build(Doc)
    import repos17
    docs += repos17.build(Doc)
    print_counts(write_corpus(outdir, docs))


if __name__ == "__main__":
    main()
