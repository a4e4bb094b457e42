#!/usr/bin/env python3
"""Writes holdout33 (corpus/ and labels.jsonl) into OUTDIR: `python3 make_corpus.py OUTDIR`.
Every value comes from vals33's random.Random(33), drawn in the order below; the provider
sample (providers33.txt) is random.Random(33).sample of the rule ids' first words."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "holdout")]

from holdout_gen import write_corpus, print_counts  # noqa: E402
import snip33  # noqa: E402
import repos33  # noqa: E402
import hubspot33  # noqa: E402


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_corpus.py OUTDIR")
    with open(os.path.join(HERE, "providers33.txt")) as f:
        providers = [l.strip() for l in f if l.strip()]
    docs = snip33.build(providers) + repos33.build() + hubspot33.build()
    print_counts(write_corpus(sys.argv[1], docs), total=True)


if __name__ == "__main__":
    main()
