#!/usr/bin/env python3
"""Writes holdout31 (wave 30's blind corpus): make_corpus.py OUTDIR -> OUTDIR/corpus, OUTDIR/labels.jsonl.
All values come from random.Random(31) (vals31.R), drawn in a fixed order: byte-reproducible."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "holdout"))
sys.path.insert(0, HERE)

from holdout_gen import write_corpus, print_counts  # noqa: E402
import snip31  # noqa: E402
import repos31  # noqa: E402
import hubspot31  # noqa: E402


def main():
    out = sys.argv[1]
    docs = snip31.build()
    docs += repos31.build()
    docs += hubspot31.build()
    labels = write_corpus(out, docs)
    print_counts(labels, total=True)


if __name__ == "__main__":
    main()
