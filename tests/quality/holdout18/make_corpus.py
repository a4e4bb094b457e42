#!/usr/bin/env python3
"""Writes the eighteenth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

Written blind (no scanner rules read, keyhound never run on it). Values come from
one random.Random(18) (vals18.R); every value is a fake of the format the provider
documents (SOURCES.md) or, where marked there, the format as remembered.

snippets/: one short file per provider for the 90 providers drawn with
random.Random(18).sample(sorted(providers), 90) (SAMPLE below); the syntax rotates
over syntax18.SYNTAXES (34); providers whose credential lives in a file format of
its own are written in it (native18.py). repos/: project files (repos18.py over
tmpl18a/b/c.py) and repos/hubspot/ (hubspot18.py).
Labels: holdout17's format: kind, file, line (1-based), provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half.
The Doc class, lookalike decoys and the label writing are ../holdout/holdout_gen.py's.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
from holdout_gen import Doc, PLACEHOLDERS, lookalike, print_counts, write_corpus  # noqa: E402
from provs18 import PROV  # noqa: E402
from syntax18 import SYNTAXES  # noqa: E402
from native18 import NATIVE  # noqa: E402


# random.Random(18).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient,
# daemonconf, netrc, hubspot (drawn once, written here so no scanner is needed)
SAMPLE = ['digitalocean', 'cloudsmith', 'togetherai', 'onepassword', 'kaggle', 'flutterwave', 'duo', 'pinterest', 'square',
          'plaid', 'discord', 'perplexity', 'honeycomb', 'openshift', 'google', 'duffel', 'gitbook', 'vercel', 'cloudflare',
          'jettyrealm', 'pubnub', 'twitter', 'deepl', 'fireworks', 'davfs2', 'flagsmith', 'dvc', 'lob', 'sbt', 'posthog',
          'dynatrace', 'typeform', 'xai', 'esphome', 'ibmcloud', 'wildfly', 'adobe', 'kubernetes', 'midtrans', 'etherscan',
          'trello', 'rancher', 'langsmith', 'serpapi', 'saucelabs', 'pusher', 'groq', 'grafana', 'shortcut', 'infisical',
          'render', 'clickup', 'heroku', 'paystack', 'runpod', 'portainer', 'contentful', 'planetscale', 'daemonfiles',
          'dropbox', 'e2e', 'npm', 'coinbase', 'mistral', 'prefect', 'woocommerce', 'tigris', 'cartesia', 'upstash',
          'sendmail', 'gitlab', 'rails', 'kong', 'rclone', 'pagerduty', 'browserstack', 'pipedrive', 'convertkit',
          'supabase', 'coveralls', 'xendit', 'braintree', 'gcore', 'buildkite', 'shopify', 'lftp', 'e2b', 'mbsync',
          'quicknode', 'terraform']


def snippet(i, provider, k):
    env_prefix, positives, decoys = PROV[provider]
    vals = [(fmt, fn(), env) for fmt, fn, env in positives]
    name, fname, head, foot, named, weak, envref = SYNTAXES[k % len(SYNTAXES)]
    doc = Doc("snippets/%s/%s" % (provider, fname), "snippets", name)
    body = list(head)
    for j, (fmt, v, env) in enumerate(vals):
        shown = v.replace("&", "&amp;") if name == "xml" else None
        if (i + j) % 2 == 0:
            body.append(named(env, doc.secret(provider, fmt, v, shape=name + ":named", shown=shown)))
        else:
            wshape, wf = weak[(i // 2 + j) % len(weak)]
            body.append(wf(provider, env, doc.secret(provider, fmt, v, shape=name + ":" + wshape, shown=shown)))
    for kind, fn in decoys:
        body.append(named("%s_%s" % (env_prefix, kind.upper()), doc.dec(provider, kind, fn(), shape=name + ":named")))
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
    for i, p in enumerate(SAMPLE):
        if p in NATIVE:
            docs += [f(Doc) for f in NATIVE[p]]
        else:
            doc, text, k = snippet(i, p, k)
            docs.append((doc, text))
    import hubspot18
    docs += hubspot18.build(Doc)
    import repos18
    docs += repos18.build(Doc)
    print_counts(write_corpus(outdir, docs))


if __name__ == "__main__":
    main()
