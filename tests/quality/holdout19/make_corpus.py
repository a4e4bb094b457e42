#!/usr/bin/env python3
"""Writes the nineteenth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

Written blind (no scanner rules or code read, keyhound never run on it). Values come from
one random.Random(19) (vals19.R); every value is a fake of the format the provider
documents (SOURCES.md) or, where marked there, the format as remembered.

snippets/: one short file per provider for the 90 providers drawn with
random.Random(19).sample(sorted(providers), 90) (SAMPLE below); the syntax rotates
over syntax19.SYNTAXES (31); providers whose credential lives in a file format of
its own are written in it (native19.py). repos/: project files (repos19.py over
tmpl19a/b/c.py) and repos/hubspot/ (hubspot19.py).
Labels: holdout18's format: kind, file, line (1-based), provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half.
snippet() is holdout18's, copied, the Doc class, lookalike decoys and the label writing
../holdout/holdout_gen.py's.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
from holdout_gen import Doc, PLACEHOLDERS, lookalike, print_counts, write_corpus  # noqa: E402
from provs19 import PROV  # noqa: E402
from syntax19 import SYNTAXES  # noqa: E402
from native19 import NATIVE  # noqa: E402


# random.Random(19).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient,
# daemonconf, netrc, hubspot (drawn once, written here so no scanner is needed)
SAMPLE = ['trello', 'aspnet', 'prisma', 'cloudinary', 'postgres', 'duffel', 'maven', 'kubernetes', 'pubnub', 'hexpm', 'scalingo', 'convertkit', 'sendmail', 'github', 'checkoutcom', 'windows', 'mistral', 'jenkinshome', 'google', 'wildfly', 'jenkins', 'infobip', 'alchemy', 'rootly', 'snyk', 'duo', 'bitly', 'vercel', 'clickup', 'railway', 'onfido', 'mandrill', 'bitwarden', 'calendly', 'modal', 'airtable', 'typeform', 'saucelabs', 'msmtp', 'maxmind', 'npm', 'tencentcloud', 'honeycomb', 'rubygems', 'plivo', 'customerio', 'steam', 'microsoftteams', 'figma', 'rapidapi', 'sanity', 'wakatime', 'e2b', 'mapbox', 'drone', 'composer', 'coingecko', 'sourcegraph', 'pinterest', 'cfnparams', 'razorpay', 'openai', 'adobe', 'onesignal', 'paypalnvp', 'wise', 'zoho', 'zoom', 'stripe', 'playwright', 'terraform', 'llamacloud', 'netlify', 'uptimerobot', 'deno', 'activecampaign', 'flyio', 'bugsnag', 'alibabacloud', 'opsgenie', 'mailchimp', 'onepassword', 'vault', 'gitlab', 'codesign', 'papertrail', 'helicone', 'okta', 'mercury', 'himalaya']


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
    import repos19
    docs += repos19.build(Doc)
    print_counts(write_corpus(outdir, docs))


if __name__ == "__main__":
    main()
