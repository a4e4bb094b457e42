#!/usr/bin/env python3
"""Writes the twenty-second held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

Written blind (no scanner rules or code read, keyhound never run on it). Values come from
one random.Random(22) (vals22.R); every value is a fake of the format the provider
documents (SOURCES.md) or, where marked there, the format as remembered.

snippets/: one short file per provider for the 90 providers drawn with
random.Random(22).sample(sorted(providers), 90) (SAMPLE below); the syntax rotates
over syntax22.SYNTAXES (34); providers whose credential lives in a file format of
its own are written in it (native22.py). repos/: project files (repos22*.py) and
repos/hubspot/ (hubspot22.py).
Labels: holdout21's format: kind, file, line (1-based), provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half.
snippet() is holdout21's, copied, the Doc class, lookalike decoys and the label writing
../holdout/holdout_gen.py's (snippet() skips
syntaxes that would expand a '$' inside a value).
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
from holdout_gen import Doc, PLACEHOLDERS, lookalike, print_counts, write_corpus  # noqa: E402
from provs22 import PROV  # noqa: E402
from syntax22 import SYNTAXES, XMLISH, DOLLAR_UNSAFE  # noqa: E402
from native22 import NATIVE  # noqa: E402


# random.Random(22).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient,
# daemonconf, netrc, hubspot (388; drawn once, written here so no scanner is needed)
SAMPLE = ['composer', 'flagsmith', 'algolia', 'shortcut', 'nuget', 'deno', 'vault', 'cloudflare', 'xai', 'supabase', 'kong', 'braintree', 'fauna', 'gocardless', 'astra', 'inngest', 'sendmail', 'deepl', 'rclone', 'triggerdev', 'netlify', 'vercel', 'asterisk', 'runpod', 'akamai', 'scaleway', 'gitlab', 'influxdb', 'mongodb', 'docker', 'deepseek', 'cifs', 'sanity', 'pubnub', 'resend', 'azure', 'jenkins', 'zoho', 'jina', 'gitbook', 'zapier', 'matrix', 'vaultinit', 'xata', 'posthog', 'conda', 'har', 'google', 'totp', 'newrelic', 'wildfly', 'klaviyo', 'pulumi', 'anyscale', 'mollie', 'freshdesk', 'polar', 'hasura', 'postman', 'microsoftteams', 'maxmind', 'tenable', 'ifttt', 'replicate', 'logfire', 'square', 'ubidots', 'zoom', 'homepage', 'rubygems', 'selfhosted', 'render', 'railway', 'proxmox', 'telnyx', 'proxysql', 'neon', 'browserstack', 'bugsnag', 'ntfy', 'launchdarkly', 'calcom', 'wakatime', 'mercadopago', 'aws', 'dropbox', 'postgres', 'firecrawl', 'meraki', 'adobe']


def snippet(i, provider, k):
    env_prefix, positives, decoys = PROV[provider]
    vals = [(fmt, fn(), env) for fmt, fn, env in positives]
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
            for f in NATIVE[p]:
                docs += f(Doc)
        else:
            doc, text, k = snippet(i, p, k)
            docs.append((doc, text))
    import repos22
    import repos22b
    import hubspot22
    docs += repos22.build(Doc)
    docs += repos22b.build(Doc)
    docs += hubspot22.build(Doc)
    print_counts(write_corpus(outdir, docs))


if __name__ == "__main__":
    main()
