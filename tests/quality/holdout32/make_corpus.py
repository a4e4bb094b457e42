#!/usr/bin/env python3
"""Writes holdout32 (corpus/ and labels.jsonl) to OUTDIR, byte-reproducibly: every value from
vals32's random.Random(32), drawn in a fixed order; the provider sample from a separate
random.Random(32).sample (providers32.txt holds its result).

usage: make_corpus.py OUTDIR"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "holdout")]

from holdout_gen import Doc, template_filler, write_corpus, print_counts  # noqa: E402
from vals32 import gen  # noqa: E402
from snip32 import snippets  # noqa: E402
from repos32 import SITE, HQ  # noqa: E402
from hubspot32 import HUB  # noqa: E402

SITES = ["kvn", "ash", "fel"]


def main():
    outdir = sys.argv[1]
    providers = open(os.path.join(HERE, "providers32.txt")).read().split()
    docs = snippets(providers)
    fill, files = template_filler(gen, url_accept=True)
    specs = []
    for path, shape, text in SITE:
        for s in SITES:
            specs.append(("repos/" + path.replace("@S@", s), shape, text.replace("@S@", s)))
    specs += [("repos/" + p, sh, t) for p, sh, t in HQ]
    specs += HUB
    docs += files(Doc, "repos", specs)
    labels = write_corpus(outdir, docs)
    print_counts(labels, total=True)


if __name__ == "__main__":
    main()
