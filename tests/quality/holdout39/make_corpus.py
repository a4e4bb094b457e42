#!/usr/bin/env python3
"""Writes holdout39's corpus/ and labels.jsonl into OUTDIR (default: this directory).

Deterministic: every value is drawn from gen39.R = random.Random(39), in a fixed order.
Parts: snip39 (provider snippets), org39 (Quillon Talent's repositories), hub39 (HubSpot),
enc39 (encoded and split shapes). Prints the contents table of README.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "holdout"))
sys.path.insert(0, HERE)

from holdout_gen import write_corpus, print_counts  # noqa: E402
import snip39  # noqa: E402
import org39  # noqa: E402
import hub39  # noqa: E402
import enc39  # noqa: E402


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    parts = [("snippets", snip39.snippets()[0]), ("organisation repos", org39.docs()),
             ("HubSpot", hub39.docs()), ("encoded and split", enc39.docs())]
    docs = [d for _, ds in parts for d in ds]
    labels = write_corpus(out, docs)
    print("| part | positives | providers | decoys | files |")
    print("|---|---|---|---|---|")
    for name, ds in parts:
        files = {d.path for d, _ in ds}
        ls = [l for l in labels if l["file"] in files]
        pos = [l for l in ls if l["kind"] == "positive"]
        print("| %s | %d | %d | %d | %d |" % (name, len(pos), len({l["provider"] for l in pos}),
                                             len(ls) - len(pos), len(files)))
    pos = [l for l in labels if l["kind"] == "positive"]
    print("total: %d positives, %d decoys, %d files, %d providers, %d positive shapes" % (
        len(pos), len(labels) - len(pos), len({d.path for d, _ in docs}), len({l["provider"] for l in pos}),
        len({l["shape"] for l in pos})))
    print_counts(labels, total=True)


if __name__ == "__main__":
    main()
