#!/usr/bin/env python3
"""Scores each half of a held-out corpus on its own (run by make quality-holdout3/4 after the total).

usage: halves.py CORPUS_DIR BUILD_DIR   (reads CORPUS_DIR/labels.jsonl and BUILD_DIR/report.json,
                                          writes BUILD_DIR/score-<half>.txt)

A half is the top directory of a labelled file: snippets/ (other scanners'
rule-example style) and repos/ (files as committed). Prints each half's
overall line; the per-provider, per-shape and miss lists are in the files.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    corpus, build = sys.argv[1], sys.argv[2]
    labels = [json.loads(l) for l in open(os.path.join(corpus, "labels.jsonl"))]
    report = json.load(open(os.path.join(build, "report.json")))
    for half in ("snippets", "repos"):
        lpath = os.path.join(build, "labels-%s.jsonl" % half)
        rpath = os.path.join(build, "report-%s.json" % half)
        with open(lpath, "w") as f:
            for l in labels:
                if l["half"] == half:
                    f.write(json.dumps(l) + "\n")
        with open(rpath, "w") as f:
            json.dump([x for x in report if x.get("file", "").startswith(half + "/")], f)
        out = subprocess.run([sys.executable, os.path.join(HERE, "score.py"), lpath, rpath, "-v"],
                             capture_output=True, text=True).stdout
        with open(os.path.join(build, "score-%s.txt" % half), "w") as f:
            f.write(out)
        lines = out.splitlines()
        at = lines.index("== overall")
        print("== %s half" % half)
        print("\n".join(l for l in lines[at + 1:at + 5] if not l.startswith("quality-holdout")))


if __name__ == "__main__":
    main()
