#!/usr/bin/env python3
"""Writes holdout29 (keyhound's blind corpus of wave 28): make_corpus.py OUTDIR -> OUTDIR/corpus,
OUTDIR/labels.jsonl. Seeded (random.Random(29) in vals29.py), byte-reproducible."""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "holdout"))
sys.path.insert(0, HERE)

from holdout_gen import PLACEHOLDERS, Doc, lookalike, print_counts, write_corpus  # noqa: E402
import vals29  # noqa: E402
from vals29 import R, gen  # noqa: E402
from provs29 import PROVS  # noqa: E402
from syntax29 import KINDS, style  # noqa: E402

# random.Random(29).sample(sorted(first words of `keyhound rules` ids minus cli, generic,
# privatekey, url, jwt, dbclient, daemonconf, netrc, hubspot), 90): 391 words in v0.26.0.
SAMPLE = ("railway bitwarden klaviyo selfhosted sentry hasura browserauto polar kaggle mandrill midtrans "
          "aiven anyscale cartesia notion stytch esphome kong brevo pinecone jellyfin serpapi pypi mixpanel "
          "dropbox npm dataconf easyship netlify mercadopago tigris totp redissentinel prefect doppler "
          "quicknode upstash mollie hiera gotify portainer vaultinit messagebird opsgenie postgres conda "
          "huggingface himalaya sanity statuspage todoist matrix sidekiq cakephp linkedin coinmarketcap gitea "
          "contentful jotform bacula rapidapi telegram customerio wordpress snowflake mongodbkeyfile openrouter "
          "groq teamcity coveralls infura duffel travisci airflow alchemy maven splunk zuplo coinbase newrelic "
          "convertkit helicone adyen assemblyai appsecrets thethingsstack clojars adobe posthog authorizenet").split()
HUMAN = ["svc_key", "prod_token", "the_secret", "int_cred", "upstream_auth", "remote_key", "main_token", "acct_secret"]


def snippets():
    out = []
    for i, prov in enumerate(SAMPLE):
        name, path, header, line, comment, footer, naming = KINDS[i % len(KINDS)]
        pos, decs = PROVS[prov]
        d = Doc("snippets/" + path.format(p=prov), "snippets", name)
        body = [header.format(p=prov)]
        first = None
        for j, (fmt, env, spec) in enumerate(pos):
            v = gen(spec)
            first = first or v
            if i % 3 == 2:
                body.append(comment.format(p=prov, c="%s %s (rotate via the vendor console)" % (prov, fmt.replace("_", " "))))
                k = style(HUMAN[(i + j) % len(HUMAN)], naming)
            else:
                k = style(env, naming)
            body.append(line.format(p=prov, k=k, v=d.secret(prov, fmt, v)))
        for kind, env, spec in decs:
            body.append(line.format(p=prov, k=style(env, naming), v=d.dec(prov, kind, gen(spec))))
        lk, lv = lookalike(i, first)
        body.append(comment.format(p=prov, c="old value kept for reference (%s, not in use)" % lk))
        body.append(line.format(p=prov, k=style(pos[0][1] + "_old", naming), v=d.dec(prov, lk, lv)))
        ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
        ph = ph % pos[0][1] if "%s" in ph else ph
        body.append(line.format(p=prov, k=style(pos[0][1] + "_staging", naming), v=d.dec(prov, "placeholder", ph)))
        body.append(line.format(p=prov, k=style(pos[0][1] + "_ci", naming), v="${%s}" % pos[0][1]))
        body.append(footer.format(p=prov))
        out.append((d, "".join(body)))
    return out


def main():
    outdir = sys.argv[1]
    docs = snippets()
    import repos29a, repos29b, repos29c, repos29d, hubspot29  # noqa: E401,E402
    for m in (repos29a, repos29b, repos29c, repos29d, hubspot29):
        docs += m.docs(Doc)
    labels = write_corpus(outdir, docs)
    print_counts(labels, total=True)


if __name__ == "__main__":
    main()
