#!/usr/bin/env python3
"""Scores a keyhound JSON report of the quality corpus against its labels.

usage: score.py LABELS.jsonl REPORT.json [--floor-precision P] [--floor-recall R] [-v]

A finding is a true positive when its file holds a labelled secret equal to
the finding's secret (whichever rule found it), or one whose base64 holds
it (a PEM key in base64); the still-encoded form of a labelled secret
counts neither way, and so does the partner placed beside a paired
secret (an AWS access key id is a finding of its own), and the generic rule on a provider rule's
negative example (a near-miss of that provider's format is still a
secret-shaped value under a secret's name); every other finding is a false
positive. A labelled secret is found when some finding in its file has
it. Prints precision and recall overall, per shape and per rule; exits 1
below a floor.
"""
import argparse
import base64
import binascii
import collections
import json
import sys


def decoded(secret):
    """The text a labelled secret decodes to (base64 or base64url, after a
    token prefix), for secrets found inside it: a PEM key in base64, the
    Secret Key inside a 1Password service account token."""
    body = secret.split("_", 1)[-1] if secret[:4].isalpha() and "_" in secret[:8] else secret
    body = body.replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(body + "=" * (-len(body) % 4)).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return ""


def ratio(a, b):
    return a / b if b else 1.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("labels")
    ap.add_argument("report")
    ap.add_argument("--floor-precision", type=float, default=0.0)
    ap.add_argument("--floor-recall", type=float, default=0.0)
    ap.add_argument("-v", action="store_true", help="list misses and false positives")
    a = ap.parse_args()

    labels = [json.loads(l) for l in open(a.labels)]
    findings = json.load(open(a.report))
    by_file = collections.defaultdict(list)
    for f in findings:
        by_file[f["file"]].append(f)
    pos_by_file = collections.defaultdict(list)
    shape_of = {}
    for l in labels:
        shape_of[l["file"]] = (l["kind"], l["shape"])
        if l["kind"] == "positive":
            pos_by_file[l["file"]].append(l)

    found = collections.Counter()  # per (rule) and (shape)
    total = collections.Counter()
    misses = []
    attributed = 0
    for l in labels:
        if l["kind"] != "positive":
            continue
        hits = [f for f in by_file.get(l["file"], []) if f.get("secret") == l["secret"]]
        for key in ("rule:" + l["rule"], "shape:" + l["shape"], "all"):
            total[key] += 1
            if hits:
                found[key] += 1
        if hits and any(f["rule_id"] == l["rule"] for f in hits):
            attributed += 1
        if not hits:
            misses.append(l)

    tp = collections.Counter()
    reported = collections.Counter()
    fps = []
    for f in findings:
        kind, shape = shape_of.get(f["file"], ("unlabelled", "unlabelled"))
        here = pos_by_file.get(f["file"], [])
        ok = any(l["secret"] == f.get("secret") or
                 (len(f.get("secret", "")) >= 16 and f["secret"] in decoded(l["secret"]))
                 for l in here)
        if not ok and kind == "decoy" and shape == "negative-example" and \
                f["rule_id"].startswith("generic-"):
            continue  # a near-miss of a provider's format is still a secret-shaped value
        if not ok and any(l.get("partner") == f.get("secret") for l in here):
            continue  # a paired secret's partner placed beside it: not what is measured
        if not ok and any(l.get("encoded") == f.get("secret") for l in here):
            continue  # the encoded form at the right place: not noise, not a find
        for key in ("rule:" + f["rule_id"], "shape:" + shape, "all"):
            reported[key] += 1
            if ok:
                tp[key] += 1
        if not ok:
            fps.append((f, kind, shape))

    def row(key):
        return "%-48s recall %4d/%-4d %.3f   precision %4d/%-4d %.3f" % (
            key, found[key], total[key], ratio(found[key], total[key]),
            tp[key], reported[key], ratio(tp[key], reported[key]))

    keys = sorted(set(total) | set(reported))
    print("== per shape")
    for k in keys:
        if k.startswith("shape:"):
            print(row(k))
    print("== per rule")
    for k in keys:
        if k.startswith("rule:"):
            print(row(k))
    p = ratio(tp["all"], reported["all"])
    r = ratio(found["all"], total["all"])
    print("== overall")
    print(row("all"))
    print("attributed to the labelled rule: %d/%d" % (attributed, total["all"]))
    if a.v:
        for l in misses:
            print("miss: %s %s %s" % (l["rule"], l["shape"], l["file"]))
        for f, kind, shape in fps:
            print("false positive: %s in %s %s (%s)" % (f["rule_id"], kind, shape, f["file"]))
    ok = p >= a.floor_precision and r >= a.floor_recall
    print("quality: precision %.3f (floor %.3f), recall %.3f (floor %.3f): %s" % (
        p, a.floor_precision, r, a.floor_recall, "ok" if ok else "BELOW FLOOR"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
