#!/usr/bin/env python3
"""Writes holdout35's corpus/ and labels.jsonl into OUTDIR (default: this directory).

usage: make_corpus.py [OUTDIR]

Deterministic: every value from vals35.R = random.Random(35), drawn in a fixed order
(snippets, HubSpot, organisation repos, encoded/split shapes); the provider sample from a
separate random.Random(35).sample over provs35's sorted names, written to providers35.txt."""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "holdout"))
sys.path.insert(0, HERE)

from holdout_gen import print_counts, template_filler, write_corpus  # noqa: E402
import enc35  # noqa: E402
import hubspot35  # noqa: E402
import provs35  # noqa: E402
import repos35  # noqa: E402
import snip35  # noqa: E402
from vals35 import gen  # noqa: E402

N_SNIPPETS = 100


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    provs = {p[0]: p for p in provs35.P}
    sample = random.Random(35).sample(sorted(provs), N_SNIPPETS)
    with open(os.path.join(HERE, "providers35.txt"), "w") as f:
        f.write("\n".join(sample) + "\n")
    raw_fill, _ = template_filler(gen, xml_files=(".config", ".xml"), url_accept=True)

    def fill(doc, text):
        # unlabelled random parts (ids, IMEIs, hosts) expanded first, outside the «» tokens, so
        # a URL's accepted forms hold the final host
        parts = re.split("(«[^»]*»)", text)
        return raw_fill(doc, "".join(p if p.startswith("«") else gen(p) for p in parts))

    docs = snip35.build(sample, provs)
    docs += hubspot35.build()
    docs += repos35.build(fill)
    docs += enc35.build(fill)
    labels = write_corpus(outdir, docs)
    print_counts(labels, total=True)


if __name__ == "__main__":
    main()
