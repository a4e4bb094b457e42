#!/usr/bin/env python3
"""Writes holdout34 (corpus/ and labels.jsonl) into OUTDIR; byte-reproducible: every value from
vals34's random.Random(34), drawn in a fixed order (snippets, HubSpot, repos)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "holdout"))
sys.path.insert(0, HERE)
from holdout_gen import write_corpus, print_counts  # noqa: E402
import vals34  # noqa: E402
from provs34 import P  # noqa: E402
from snip34 import snippet_docs  # noqa: E402
from hubspot34 import hubspot_docs  # noqa: E402
from repos34 import repo_docs  # noqa: E402


def sample():
    """The 90 providers: random.Random(34).sample over the sorted first words of v0.31.0's rule
    ids, as kept in providers34.txt (the rule list is not read at generation time)."""
    with open(os.path.join(HERE, "providers34.txt")) as f:
        return f.read().split()


def main():
    out = sys.argv[1]
    docs = snippet_docs(vals34.gen, sample(), P)
    docs += hubspot_docs(vals34)
    docs += repo_docs(vals34.gen)
    labels = write_corpus(out, docs)
    print_counts(labels, total=True)


if __name__ == "__main__":
    main()
