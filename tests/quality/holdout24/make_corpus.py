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
snippet() is holdout23's, copied, the Doc class, lookalike decoys and the label writing
../holdout/holdout_gen.py's.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
from holdout_gen import Doc, PLACEHOLDERS, lookalike, print_counts, write_corpus  # noqa: E402
from vals24 import gen  # noqa: E402
from provs24 import PROV  # noqa: E402
from syntax24 import SYNTAXES, XMLISH, DOLLAR_UNSAFE  # noqa: E402
import native24  # noqa: E402


# random.Random(24).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient,
# daemonconf, netrc, hubspot (390; drawn once, written here so no scanner is needed)
SAMPLE = ['vercel', 'mailersend', 's3fs', 'deepseek', 'easypost', 'daemonfiles', 'docker', 'databricks', 'terraform', 'totp', 'browserstack', 'vault', 'convertkit', 'woocommerce', 'har', 'wakatime', 'agora', 'ngrok', 'openshift', 'vultr', 'sourcegraph', 'circleci', 'amplitude', 'postgres', 'xendit', 'persona', 'notion', 'xai', 'honeybadger', 'pinterest', 'brevo', 'trello', 'freshdesk', 'shodan', 'craft', 'toggl', 'intercom', 'honeycomb', 'bitwarden', 'pypi', 'stripe', 'linear', 'teamcity', 'apify', 'e2b', 'influxdb', 'jina', 'bacula', 'ifttt', 'bundler', 'fireworks', 'segment', 'convex', 'perplexity', 'wildfly', 'github', 'reddit', 'google', 'drone', 'bugsnag', 'rootly', 'pinata', 'tavily', 'conda', 'instagram', 'pagerduty', 'steam', 'sendmail', 'codesign', 'ovh', 'planetscale', 'gcore', 'plivo', 'esphome', 'proxysql', 'firecrawl', 'upstash', 'coinbase', 'ghost', 'infisical', 'travisci', 'etherscan', 'mailtrap', 'duffel', 'triggerdev', 'mbsync', 'backuppass', 'openweathermap', 'lftp', 'wifipsk']


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
    print_counts(write_corpus(outdir, docs))


if __name__ == "__main__":
    main()
