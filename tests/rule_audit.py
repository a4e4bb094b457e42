#!/usr/bin/env python3
"""Precision audit of the rules in patterns/ (make rule-audit).

usage: rule_audit.py [--keyhound BIN] [--patterns DIR] [--max-flagged N] [-v]

Lists the rules that give no negative example, and the rules that take a
filler in place of their own example's secret: each example that names
its secret ({"text", "path", "secret"}) is written again with the body of
that secret (what follows a fixed prefix the regex spells, `ghp_`,
`kit_`) replaced, at its length and in its letter case, by
  repeat      one character repeated (aaaa…)
  sequence    the alphabet climbing (abcdef…, 012345…, 0123…cdef for hex)
  word        lower-case English words (one word, or words joined when
              no word is that long)
and the files are scanned with BIN. A rule that reports any of them is
listed. Rules for passwords people choose (`placeholder_check`:
"passwords") are listed apart for `word`: a password of joined words is
what they are there to find. Exits 1 when more rules are flagged than
--max-flagged (default: no limit).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

# English words by length, the audit's own list: a value made of one of
# them (or of several joined) is no key
WORDS = ["orchard", "lantern", "harvest", "whistle", "painting", "mountain",
         "umbrella", "sandwich", "carpenter", "telescope", "waterfall",
         "blackboard", "strawberry", "photography", "grandmother",
         "thunderstorm", "refrigerator", "neighborhood", "constellation",
         "understanding", "international", "responsibility",
         "administration", "characteristics"]
LOWER = "abcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"


def word_of(n):
    for w in WORDS:
        if len(w) == n:
            return w
    out = ""
    i = 0
    while len(out) < n:
        out += WORDS[i % len(WORDS)]
        i += 1
    return out[:n]


def prefix_of(secret, regex):
    """The fixed text the secret starts with, when the regex spells it."""
    m = re.match(r"^[A-Za-z0-9]{1,12}[_.-](?:[A-Za-z0-9]{1,8}[_.-])?", secret)
    while m:
        p = m.group(0)
        if re.escape(p) in regex or p in regex or p.replace("-", "\\-") in regex:
            return p
        # one part less (sk_live_ → sk_)
        m = re.match(r"^[A-Za-z0-9]{1,12}[_.-]", p) if p.count("_") + p.count("-") + p.count(".") > 1 else None
        if m and m.group(0) == p:
            break
    return ""


def fill(kind, body):
    n = len(body)
    if kind == "repeat":
        c = next((ch for ch in body if ch.isalnum()), "a")
        return c * n
    if kind == "sequence":
        if re.fullmatch(r"[0-9]+", body):
            alpha = "0123456789"
        elif re.fullmatch(r"[0-9a-f]+", body):
            alpha = HEX
        elif re.fullmatch(r"[0-9A-F]+", body):
            alpha = HEX.upper()
        elif not re.search(r"[a-z]", body):
            alpha = LOWER.upper() + "234567"
        else:
            alpha = LOWER + "0123456789"
        return "".join(alpha[i % len(alpha)] for i in range(n))
    if re.search(r"[a-z]", body) is None:
        return None  # an alphabet without lower case takes no word
    return word_of(n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keyhound", default="./keyhound")
    ap.add_argument("--patterns", default="patterns")
    ap.add_argument("--max-flagged", type=int, default=-1)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()

    rules = []
    for f in sorted(os.listdir(a.patterns)):
        if f.endswith(".json"):
            d = json.load(open(os.path.join(a.patterns, f)))
            for r in d.get("rules", []):
                rules.append((f, r))

    no_neg = [r["id"] for f, r in rules if not r.get("negative_examples")]
    cases = {}  # dir name -> (rule id, kind)
    audited = set()
    with tempfile.TemporaryDirectory(prefix="rule-audit.") as tmp:
        k = 0
        for f, r in rules:
            for ex in r.get("examples", []):
                if not isinstance(ex, dict) or not ex.get("secret") or ex["secret"] not in ex["text"]:
                    continue
                secret = ex["secret"]
                pre = prefix_of(secret, r["regex"])
                body = secret[len(pre):]
                if len(body) < 6:
                    continue
                audited.add(r["id"])
                for kind in ("repeat", "sequence", "word"):
                    fake = fill(kind, body)
                    if fake is None or fake == body:
                        continue
                    d = os.path.join(tmp, "c%05d" % k)
                    k += 1
                    path = os.path.join(d, ex.get("path") or "example.txt")
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    with open(path, "w") as out:
                        out.write(ex["text"].replace(secret, pre + fake))
                    cases[os.path.basename(d)] = (r["id"], kind, pre + fake)
        rep = os.path.join(tmp, "report.json")
        p = subprocess.run([a.keyhound, "scan", tmp, "-q", "-f", "json", "-o", rep,
                            "--show-secrets"], capture_output=True)
        if p.returncode > 1:
            sys.stderr.write(p.stderr.decode())
            return 2
        found = json.load(open(rep))
        for x in found:
            x["file"] = os.path.relpath(x["file"], tmp) if os.path.isabs(x["file"]) else x["file"]
    chosen = {r["id"] for f, r in rules if r.get("placeholder_check") == "passwords"}
    flagged, by_design = {}, {}
    for x in found:
        case = x["file"].split("/")[0]
        # the filler itself, not another secret of the example's text
        if case not in cases or cases[case][0] != x["rule_id"] or cases[case][2] not in x["secret"]:
            continue
        rid, kind, _ = cases[case]
        target = by_design if kind == "word" and rid in chosen else flagged
        target.setdefault(rid, set()).add(kind)
    print("rules: %d; with no negative example: %d; audited by their examples: %d"
          % (len(rules), len(no_neg), len(audited)))
    for kind in ("repeat", "sequence", "word"):
        print("take a %-8s filler: %d" % (kind, sum(kind in v for v in flagged.values())))
    print("flagged rules: %d (passwords rules taking joined words, by design: %d)"
          % (len(flagged), len(by_design)))
    if a.v:
        for rid in no_neg:
            print("no negative example: %s" % rid)
        for rid in sorted(flagged):
            print("takes filler: %-50s %s" % (rid, ",".join(sorted(flagged[rid]))))
    if a.max_flagged >= 0 and len(flagged) + len(no_neg) > a.max_flagged:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
