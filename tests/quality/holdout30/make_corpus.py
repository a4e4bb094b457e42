#!/usr/bin/env python3
"""holdout30: keyhound's blind corpus of wave 29 (see README.md).

usage: make_corpus.py OUTDIR   writes OUTDIR/corpus/ and OUTDIR/labels.jsonl, byte-identical on
every run (all randomness from random.Random(30) in vals30.py, and the provider sample from
random.Random(30).sample)."""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "holdout"))
sys.path.insert(0, HERE)

from holdout_gen import write_corpus, print_counts  # noqa: E402

# First words of /work/bin/kh-v027 rules' ids (393), without cli, generic, privatekey, url, jwt,
# dbclient, daemonconf, netrc, hubspot.
PROVIDERS = open(os.path.join(HERE, "providers30.txt")).read().split()


def main():
    outdir = sys.argv[1]
    sample = random.Random(30).sample(sorted(PROVIDERS), 90)
    import snip30
    import repos30a
    import repos30b
    import repos30c
    import hubspot30
    docs = snip30.files(sample)
    docs += repos30a.files() + repos30b.files() + repos30c.files() + hubspot30.files()
    labels = write_corpus(outdir, docs)
    print_counts(labels, total=True)


if __name__ == "__main__":
    main()
