#!/usr/bin/env python3
"""holdout36: a blind corpus written without reading keyhound's rules (see README.md).

usage: make_corpus.py OUTDIR   — writes OUTDIR/corpus/ and OUTDIR/labels.jsonl (deterministic:
every value comes from random.Random(36) in vals36.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "holdout"))

from holdout_gen import template_filler, write_corpus, print_counts  # noqa: E402
import gen36  # noqa: E402
import snip36  # noqa: E402
import repos36  # noqa: E402
import hubspot36  # noqa: E402
import enc36  # noqa: E402

XML = (".config", ".xml")


def main():
    outdir = sys.argv[1]
    docs = []
    snip36.build(docs)
    _, files = template_filler(gen36.gen, xml_files=XML, url_accept=True)
    repos36.build(docs, files)
    hubspot36.build(docs, lambda g: template_filler(g, xml_files=XML, url_accept=True))
    enc36.build(docs, files, repos36.SITES)
    labels = write_corpus(outdir, docs)
    print_counts(labels, total=True)


if __name__ == "__main__":
    main()
