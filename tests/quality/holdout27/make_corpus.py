#!/usr/bin/env python3
"""Writes the twenty-seventh held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

Written blind (no scanner rules or code read, keyhound never run on it). Values come from
one random.Random(27) (vals27.R); every value is a fake of the format the provider
documents (SOURCES.md) or, where marked there, the format as remembered.

snippets/: one short file per provider for the 90 providers drawn with
random.Random(27).sample(sorted(providers), 90) (SAMPLE below); the syntax rotates over
syntax27.SYNTAXES (40, none named in holdout12..26's READMEs); providers whose credential lives
in a file format of its own are written in it (native27.py). repos/: one company's project
files and notes (repos27*.py, templates filled by tmpl27.py) and repos/.../hubspot/ (hubspot27.py).
The Doc class, lookalike decoys and the label writing are ../holdout/holdout_gen.py's.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
import holdout_gen  # noqa: E402
from holdout_gen import Doc, PLACEHOLDERS, print_counts, write_corpus  # noqa: E402
from vals27 import gen  # noqa: E402
from provs27 import PROV  # noqa: E402
from syntax27 import SYNTAXES, XMLISH  # noqa: E402
import native27  # noqa: E402


# random.Random(27).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient, daemonconf, netrc,
# hubspot (390 with the v0.24.0 build /work/bin/kh-w26base; drawn once, written here so no
# scanner is needed)
SAMPLE = ['stripe', 'pagerduty', 'upstash', 'googlechat', 'harness', 'doppler', 'bitly', 'backblaze', 'freshdesk', 'pushover', 'jenkinshome', 'freeradius', 'livekit', 'mbsync', 'deepseek', 'flagsmith', 'figma', 'persona', 'binance', 'sparkpost', 'roblox', 'sumologic', 'box', 'shippo', 'mongodb', 'mistral', 'astra', 'tailscale', 'ngrok', 'kraken', 'agora', 'square', 'paddle', 'woocommerce', 'coingecko', 'shodan', 'jfrog', 'voiceflow', 'zuplo', 'ethereum', 'prefect', 'composer', 'cakephp', 'mailtrap', 'homepage', 'apple', 'proxmox', 'brevo', 'dataconf', 'onesignal', 'convertkit', 'gitea', 'xai', 'vectara', 'datadog', 'trello', 'airflow', 'nvidia', 'telegram', 'klaviyo', 'vultr', 'rollbar', 'midtrans', 'xendit', 'huggingface', 'nexusfiles', 'openshift', 'kubernetes', 'zoom', 'launchdarkly', 'craft', 'teamcity', 'dbtcloud', 'paypal', 'langsmith', 'postgres', 'axiom', 'shopify', 'flutterwave', 'tenable', 'duo', 'perplexity', 'rclone', 'browserstack', 'jettyrealm', 'jina', 'authorizenet', 'mandrill', 'jumpcloud', 'cifs']


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
    docs += native27.build(Doc)
    native = {d.path.split("/")[1] for d, _ in docs}
    for i, p in enumerate(SAMPLE):
        if p not in native:
            doc, text, k = snippet(i, p, k)
            docs.append((doc, text))
    import repos27a
    import repos27b
    import repos27c
    import hubspot27
    for m in (repos27a, repos27b, repos27c, hubspot27):
        docs += m.build(Doc)
    print_counts(write_corpus(outdir, docs), total=True)


if __name__ == "__main__":
    main()
