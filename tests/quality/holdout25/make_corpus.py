#!/usr/bin/env python3
"""Writes the twenty-fifth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

Written blind (no scanner rules or code read, keyhound never run on it). Values come from
one random.Random(25) (vals25.R); every value is a fake of the format the provider
documents (SOURCES.md) or, where marked there, the format as remembered.

snippets/: one short file per provider for the 90 providers drawn with
random.Random(25).sample(sorted(providers), 90) (SAMPLE below); the syntax rotates over
syntax25.SYNTAXES (38, none named in holdout12..24's READMEs); providers whose credential lives
in a file format of its own are written in it (native25.py). repos/: one company's project
files and notes (repos25*.py, templates filled by tmpl25.py) and repos/.../hubspot/ (hubspot25.py).
The Doc class, lookalike decoys and the label writing are ../holdout/holdout_gen.py's.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
from holdout_gen import Doc, PLACEHOLDERS, lookalike, print_counts, write_corpus  # noqa: E402
from vals25 import gen  # noqa: E402
from provs25 import PROV  # noqa: E402
from syntax25 import SYNTAXES, XMLISH  # noqa: E402
import native25  # noqa: E402


# random.Random(25).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient, daemonconf, netrc,
# hubspot (390 with the v0.22.0 build; drawn once, written here so no scanner is needed)
SAMPLE = ['logfire', 'airflow', 'e2b', 'honeycomb', 'sourcegraph', 'oraclecloud', 'armparams', 'freshdesk', 'apify', 'zoho', 'render', 'mongodb', 'bundler', 'saucelabs', 'cloudinary', 'rollbar', 'trello', 'doppler', 'portainer', 'smtp2go', 'influxdb', 'deepl', 'railway', 'laravel', 'postfix', 'openweathermap', 'prefect', 'cartesia', 'zendesk', 'togetherai', 'cakephp', 'sendbird', 's3fs', 'langsmith', 'midtrans', 'kubernetes', 'deno', 'todoist', 'crowdstrike', 'sidekiq', 'onesignal', 'bitly', 'binance', 'mbsync', 'redissentinel', 'bacula', 'virustotal', 'vault', 'coda', 'appsecrets', 'pypi', 'datadog', 'blockfrost', 'runpod', 'elastic', 'woocommerce', 'recurly', 'npm', 'newrelic', 'phoenix', 'shodan', 'planetscale', 'paypal', 'nomad', 'authorizenet', 'pinata', 'groq', 'databricks', 'assemblyai', 'mercury', 'lob', 'onepassword', 'aiven', 'paddle', 'easyship', 'msmtp', 'rootly', 'kraken', 'azure', 'codecov', 'wildfly', 'bugsnag', 'fastly', 'deluge', 'coinbase', 'shortcut', 'consul', 'llamacloud', 'dvc', 'daemonfiles']


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
    native = {d.path.split("/")[1] for d, _ in native25.build(Doc)}
    docs += native25.build(Doc)
    for i, p in enumerate(SAMPLE):
        if p not in native:
            doc, text, k = snippet(i, p, k)
            docs.append((doc, text))
    import repos25a
    import repos25b
    import repos25c
    import repos25d
    import repos25e
    import repos25f
    import hubspot25
    for m in (repos25a, repos25b, repos25c, repos25d, repos25e, repos25f, hubspot25):
        docs += m.build(Doc)
    print_counts(write_corpus(outdir, docs), total=True)


if __name__ == "__main__":
    main()
