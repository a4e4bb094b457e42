#!/usr/bin/env python3
"""Writes the twenty-sixth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

Written blind (no scanner rules or code read, keyhound never run on it). Values come from
one random.Random(26) (vals26.R); every value is a fake of the format the provider
documents (SOURCES.md) or, where marked there, the format as remembered.

snippets/: one short file per provider for the 90 providers drawn with
random.Random(26).sample(sorted(providers), 90) (SAMPLE below); the syntax rotates over
syntax26.SYNTAXES (39, none named in holdout12..25's READMEs); providers whose credential lives
in a file format of its own are written in it (native26.py). repos/: one company's project
files and notes (repos26*.py, templates filled by tmpl26.py) and repos/.../hubspot/ (hubspot26.py).
The Doc class, lookalike decoys and the label writing are ../holdout/holdout_gen.py's.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
from holdout_gen import Doc, PLACEHOLDERS, lookalike, print_counts, write_corpus  # noqa: E402
from vals26 import gen  # noqa: E402
from provs26 import PROV  # noqa: E402
from syntax26 import SYNTAXES, XMLISH  # noqa: E402
import native26  # noqa: E402


# random.Random(26).sample(sorted(providers), 90), providers = first words of
# `keyhound rules` ids without cli, generic, privatekey, url, jwt, dbclient, daemonconf, netrc,
# hubspot (390 with the v0.23.0 build /work/bin/kh-w25base; drawn once, written here so no
# scanner is needed)
SAMPLE = ['xendit', 'drupal', 'tavily', 'duffel', 'neptune', 'sendbird', 'quicknode', 'authorizenet', 'coda', 'paddle', 'armparams', 'webflow', 'totp', 'smtp2go', 'plaid', 'dataconf', 'sourcegraph', 'msmtp', 'firecrawl', 'mercury', 'vonage', 'zulip', 'twitch', 'amplitude', 'tenable', 'elastic', 'conda', 'codecov', 'e2e', 'segment', 'paypal', 'mailosaur', 'line', 'wandb', 'salesforce', 'anthropic', 'vultr', 'hetzner', 'yandexcloud', 'pulumi', 'cloudinary', 'plivo', 'asana', 'square', 'adobe', 'openai', 'zapier', 'tailscale', 'reddit', 'infisical', 'infracost', 'mollie', 'zendesk', 'dropbox', 'auth0', 'flyio', 'drone', 'windows', 'mailersend', 'webex', 'sentry', 'posthog', 'coveralls', 'aws', 'cakephp', 'bitwarden', 'cloudsmith', 'rails', 'railway', 'togetherai', 'assemblyai', 'mercadopago', 'easypost', 'linode', 'uptimerobot', 'browserstack', 'trello', 'intercom', 'cartesia', 'smartsheet', 'aspnet', 'modal', 'onepassword', 'runpod', 'sonarqube', 'appsecrets', 'kubernetes', 'bundler', 'figma', 'braintree']


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
    docs += native26.build(Doc)
    native = {d.path.split("/")[1] for d, _ in docs}
    for i, p in enumerate(SAMPLE):
        if p not in native:
            doc, text, k = snippet(i, p, k)
            docs.append((doc, text))
    import repos26a
    import repos26b
    import repos26c
    import repos26d
    import repos26e
    import repos26f
    import hubspot26
    for m in (repos26a, repos26b, repos26c, repos26d, repos26e, repos26f, hubspot26):
        docs += m.build(Doc)
    print_counts(write_corpus(outdir, docs), total=True)


if __name__ == "__main__":
    main()
