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
The Doc class, lookalike decoys and the label writing are ../holdout/holdout_gen.py's.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
import holdout_gen  # noqa: E402
from holdout_gen import Doc, PLACEHOLDERS, print_counts, write_corpus  # noqa: E402
from vals28 import gen  # noqa: E402
from provs28 import PROV  # noqa: E402
from syntax28 import SYNTAXES, XMLISH  # noqa: E402
import native28  # noqa: E402


# random.Random(28).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient, daemonconf, netrc,
# hubspot (391 with the v0.25.0 build /work/bin/kh-w27base; drawn once, written here so no
# scanner is needed)
SAMPLE = ['checkoutcom', 'wordpress', 'codecov', 'rails', 'segment', 'vectara', 'deepgram', 'esphome', 'codesign', 'sparkpost', 'openai', 'mistral', 'dvc', 'e2b', 'conda', 'mailtrap', 'customerio', 'xata', 'sentry', 'deno', 'drupal', 'amplitude', 'mercadopago', 'figma', 'bacula', 'buildkite', 'modal', 'influxdb', 'twitter', 'zoom', 'dbtcloud', 'playwright', 'postman', 'triggerdev', 'telegram', 'gitlabsecrets', 'shodan', 'fastly', 'todoist', 'ntfy', 'webex', 'dropbox', 'agora', 'har', 'sonarqube', 'tigris', 'ghost', 'box', 'ubidots', 'pubnub', 'gotify', 'cloudinary', 'rollbar', 'woocommerce', 'daemonfiles', 'vultr', 'linkedin', 'virustotal', 'anyscale', 'msmtp', 'paystack', 'llamacloud', 'cratesio', 'logfire', 'gameanalytics', 'mailgun', 'planetscale', 'davfs2', 'etherscan', 'datadog', 'ibmcloud', 'sanity', 'digitalocean', 'pulumi', 'zapier', 'anthropic', 'elastic', 'drone', 'axiom', 'inngest', 'laravel', 'maven', 'cerebras', 'pinterest', 'contentful', 'sendbird', 'tencentcloud', 'duffel', 'quicknode', 'travisci']


def lookalike(i, v):
    return holdout_gen.lookalike(i, v, hex_twin_masked=True)


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
    print_counts(write_corpus(outdir, docs), total=True)


if __name__ == "__main__":
    main()
