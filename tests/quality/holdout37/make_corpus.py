#!/usr/bin/env python3
"""Writes holdout37's corpus/ and labels.jsonl into OUTDIR (default: this directory).

usage: make_corpus.py [OUTDIR]

Deterministic: one random.Random(37) draws every value, in a fixed order. Parts (README.md):
snippets (snip37, provs37: 100 sampled providers), the organisation's repositories (repos37),
HubSpot (hubspot37) and encoded/split shapes (enc37)."""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "holdout"))

from holdout_gen import Doc, template_filler, write_corpus, print_counts  # noqa: E402
from gen37 import make_gen  # noqa: E402
import enc37  # noqa: E402
import hubspot37  # noqa: E402
import provs37  # noqa: E402
import repos37  # noqa: E402
import snip37  # noqa: E402

SITES = [("ash", "Ashcombe"), ("sel", "Selworth")]
REPOS = ("climate-api", "orders", "shop", "irrigation", "ops", "infra", "platform")


def site_path(site, path):
    top, _, rest = path.partition("/")
    if top in REPOS:
        return "repos/%s-%s/%s" % (site, top, rest)
    return "repos/%s-climate-api/%s" % (site, path)


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    r = random.Random(37)
    gen, F = make_gen(r)
    fill, files = template_filler(gen, xml_files=(".config", ".xml"), url_accept=True)

    # the providers whose key ids / public halves the brief asks about are always in the sample
    forced = ["aws", "mailjet", "razorpay", "scaleway", "stripe", "twilio", "woocommerce"]
    names = forced + r.sample(sorted(set(provs37.P) - set(forced)), 100 - len(forced))
    docs = snip37.build(r, F, provs37.P, names)

    def site_specs(templates):
        specs = []
        for site, Site in SITES:
            for path, shape, text in templates:
                path = site_path(site, path.replace("⟨site⟩", site))
                specs.append((path, shape, text.replace("⟨site⟩", site).replace("⟨Site⟩", Site)))
        return specs

    parts = {"snippets": [d.path for d, _ in docs]}
    n = len(docs)
    docs += files(Doc, "repos", site_specs(repos37.SITE) + repos37.HQ)
    parts["organisation"], n = [d.path for d, _ in docs[n:]], len(docs)
    docs += hubspot37.build(r)
    parts["hubspot"], n = [d.path for d, _ in docs[n:]], len(docs)
    docs += files(Doc, "repos", site_specs(enc37.SITE) + enc37.HQ)
    docs += enc37.cont_files(r, gen)
    docs += enc37.pem_files(r)
    parts["encoded_split"] = [d.path for d, _ in docs[n:]]

    for d, text in docs:
        assert "«" not in text and "»" not in text and "⟨" not in text, d.path
    labels = write_corpus(outdir, docs)
    with open(os.path.join(outdir, "providers37.txt"), "w") as f:
        f.write("\n".join(sorted(names)) + "\n")
    print_counts(labels, total=True)
    for part, paths in parts.items():
        ps = set(paths)
        ls = [l for l in labels if l["file"] in ps]
        pos = [l for l in ls if l["kind"] == "positive"]
        print("%s: %d positives, %d providers, %d decoys, %d files" % (
            part, len(pos), len({l["provider"] for l in pos}), len(ls) - len(pos), len(ps)))


if __name__ == "__main__":
    main()
