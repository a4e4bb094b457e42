#!/usr/bin/env python3
"""Scores a keyhound JSON report of the held-out corpus against labels.jsonl.

usage: score.py LABELS.jsonl REPORT.json [--floor-precision P] [--floor-recall R] [-v]

The scoring rule is tests/quality/score.py's: a finding is a true positive
when its file holds a labelled secret equal to it, whichever rule found it;
every other finding is a false positive; a labelled secret is found when
some finding in its file equals it. One adaptation: multi-line values (PEM
keys, label "match": "pem") are compared without white space and escaped
newlines, since a key inside a JSON string is written with \\n. Another,
used by holdout2/: a label may list in "accept" other findings that count
as finding it (a password in a URL: the whole URL, or the URL up to its host).
A Laravel key labelled with its base64: tag is found without it (later
holdouts label it without).

Prints precision and recall overall, per provider and per shape, and with
-v every miss and false positive with a first guess at its cause:
  boundary       a finding in the file holds the secret with more or less
                 text around it (or the secret holds the finding)
  shape          the same format is found in other files, not in this one
  format         no secret of this format is found anywhere in the corpus
  decoy:KIND     (false positive) the finding is a labelled decoy
  fragment       (false positive) the finding is part of a labelled secret
  unlabelled     (false positive) anything else
"""
import argparse
import collections
import json
import re
import sys


def norm(s):
    return re.sub(r"\s+|\\n", "", s)


LARAVEL_TAG = "base64:"


def same(label, secret):
    if label["secret"] == secret or secret in label.get("accept", ()):
        return True
    # Laravel's APP_KEY: holdouts up to 25 label it with its base64: tag,
    # later ones (16, 21-33) without; the key is the same either way
    if label["secret"].startswith(LARAVEL_TAG) and label["secret"][len(LARAVEL_TAG):] == secret:
        return True
    return label.get("match") == "pem" and norm(label["secret"]) == norm(secret)


def overlaps(a, b):
    """One holds the other (after PEM normalisation), and they differ."""
    a, b = norm(a), norm(b)
    return a != b and min(len(a), len(b)) >= 8 and (a in b or b in a)


def ratio(a, b):
    return a / b if b else 1.0


def short(s):
    s = s.replace("\n", "\\n")
    return s if len(s) <= 24 else s[:20] + "..(%d)" % len(s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("labels")
    ap.add_argument("report")
    ap.add_argument("--floor-precision", type=float, default=0.0)
    ap.add_argument("--floor-recall", type=float, default=0.0)
    ap.add_argument("-v", action="store_true", help="list misses and false positives")
    a = ap.parse_args()

    labels = [json.loads(l) for l in open(a.labels)]
    findings = [f for f in json.load(open(a.report)) if "secret" in f]
    pos = [l for l in labels if l["kind"] == "positive"]
    pos_in = collections.defaultdict(list)
    decoys_in = collections.defaultdict(list)
    shape_of_file = {}
    for l in labels:
        (pos_in if l["kind"] == "positive" else decoys_in)[l["file"]].append(l)
    for file in set(pos_in) | set(decoys_in):  # its decoys' shape, which none overrides
        shape_of_file[file] = (decoys_in[file] or pos_in[file])[0]["shape"]
    found_in = collections.defaultdict(list)
    for f in findings:
        found_in[f["file"]].append(f)

    total, found = collections.Counter(), collections.Counter()
    misses = []
    found_formats = set()
    hit = {}
    for l in pos:
        hit[id(l)] = any(same(l, f["secret"]) for f in found_in[l["file"]])
        if hit[id(l)]:
            found_formats.add(l["format"])
    for l in pos:
        for key in ("provider:" + l["provider"], "shape:" + l["shape"], "all"):
            total[key] += 1
            found[key] += hit[id(l)]
        if not hit[id(l)]:
            if any(overlaps(l["secret"], f["secret"]) for f in found_in[l["file"]]):
                cause = "boundary"
            elif l["format"] in found_formats:
                cause = "shape"
            else:
                cause = "format"
            misses.append((cause, l))

    tp, reported = collections.Counter(), collections.Counter()
    fps = []
    for f in findings:
        here = [l for l in pos_in[f["file"]] if same(l, f["secret"])]
        if here:
            keys = ("provider:" + here[0]["provider"], "shape:" + here[0]["shape"], "all")
        else:
            keys = ("provider:" + f["rule_id"].split("-")[0], "shape:" + shape_of_file.get(f["file"], "unlabelled"), "all")
            d = [l for l in decoys_in[f["file"]] if l["value"] == f["secret"] or overlaps(l["value"], f["secret"])]
            if any(l.get("encoded_value") == f["secret"] for l in pos_in[f["file"]]):
                continue  # the still-encoded form of a labelled secret counts neither way
            if d:
                cause = "decoy:" + d[0]["decoy"]
            elif any(overlaps(l["secret"], f["secret"]) for l in pos_in[f["file"]]):
                cause = "fragment"
            else:
                cause = "unlabelled"
            fps.append((cause, f))
        for key in keys:
            reported[key] += 1
            tp[key] += bool(here)

    def row(key):
        return "%-40s recall %4d/%-4d %.3f   precision %4d/%-4d %.3f" % (
            key, found[key], total[key], ratio(found[key], total[key]),
            tp[key], reported[key], ratio(tp[key], reported[key]))

    keys = sorted(set(total) | set(reported))
    for group in ("provider", "shape"):
        print("== per %s" % group)
        for k in keys:
            if k.startswith(group + ":"):
                print(row(k))
    p = ratio(tp["all"], reported["all"])
    r = ratio(found["all"], total["all"])
    print("== overall")
    print(row("all"))
    print("%d positives over %d providers, %d decoys, %d findings" % (
        len(pos), len({l["provider"] for l in pos}), len(labels) - len(pos), len(findings)))
    print("misses by cause: %s" % dict(collections.Counter(c for c, _ in misses)))
    print("false positives by cause: %s" % dict(collections.Counter(c.split(":")[0] for c, _ in fps)))
    if a.v:
        for cause, l in sorted(misses, key=lambda m: (m[0], m[1]["format"], m[1]["file"])):
            print("miss: %-8s %-26s %-22s %s%s" % (cause, l["format"], l["shape"], l["file"],
                                                   " (encoded %s)" % l["encoded"] if "encoded" in l else ""))
        for cause, f in sorted(fps, key=lambda x: (x[0], x[1]["rule_id"], x[1]["file"])):
            print("false positive: %-24s %-34s %s:%s %s" % (cause, f["rule_id"], f["file"], f.get("line", "?"),
                                                           short(f["secret"])))
    ok = p >= a.floor_precision and r >= a.floor_recall
    print("quality-holdout: precision %.3f (floor %.3f), recall %.3f (floor %.3f): %s" % (
        p, a.floor_precision, r, a.floor_recall, "ok" if ok else "BELOW FLOOR"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
