#!/usr/bin/env python3
"""Checks score.py's rule on a tiny labelled report (run by make quality-holdout
before it scores): an equal secret is found, a PEM key matches across
escaped newlines, an encoded form counts neither way, an "accept" form
counts, a Laravel key labelled with its base64: tag is found without it, a decoy and a fragment are false positives with their cause, and
misses get theirs."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PEM = "-----BEGIN PRIVATE KEY-----\nQUJD\nREVG\n-----END PRIVATE KEY-----"
LABELS = [
    {"kind": "positive", "file": "a.env", "provider": "acme", "format": "acme.key", "secret": "acme_1234567890abcdef", "shape": "dotenv"},
    {"kind": "positive", "file": "a.env", "provider": "acme", "format": "acme.key", "secret": "acme_fedcba0987654321", "shape": "dotenv"},
    {"kind": "positive", "file": "k.json", "provider": "privatekey", "format": "pk.pem", "secret": PEM, "shape": "json", "match": "pem"},
    {"kind": "positive", "file": "s.yaml", "provider": "acme", "format": "acme.key", "secret": "acme_00112233445566778899",
     "shape": "k8s", "encoded": "b64", "encoded_value": "YWNtZV8wMDExMjIzMzQ0NTU2Njc3ODg5OQ=="},
    {"kind": "positive", "file": "b.txt", "provider": "other", "format": "other.key", "secret": "zz-abcdefghijklmnop", "shape": "text"},
    {"kind": "positive", "file": "c.env", "provider": "generic", "format": "generic.password", "secret": "hunter2hunter2",
     "shape": "url-password", "accept": ["postgres://u:hunter2hunter2@db:5432/app", "postgres://u:hunter2hunter2@db:5432"]},
    {"kind": "positive", "file": "d.env", "provider": "laravel", "format": "app-key",
     "secret": "base64:Q2xlYXJseUZha2VLZXlGb3JUZXN0c09ubHkxMjM0NTY=", "shape": "dotenv"},
    {"kind": "decoy", "file": "a.env", "decoy": "placeholder", "value": "acme_xxxxxxxxxxxxxxxx", "shape": "dotenv"},
]
REPORT = [
    {"file": "a.env", "rule_id": "acme-key", "secret": "acme_1234567890abcdef"},
    {"file": "a.env", "rule_id": "generic-secret", "secret": "acme_xxxxxxxxxxxxxxxx"},
    {"file": "a.env", "rule_id": "generic-secret", "secret": "fedcba0987654321"},
    {"file": "k.json", "rule_id": "privatekey-pem", "secret": PEM.replace("\n", "\\n")},
    {"file": "s.yaml", "rule_id": "acme-key", "secret": "YWNtZV8wMDExMjIzMzQ0NTU2Njc3ODg5OQ=="},
    {"file": "c.env", "rule_id": "url-password", "secret": "postgres://u:hunter2hunter2@db:5432/app"},
    {"file": "d.env", "rule_id": "laravel-app-key", "secret": "Q2xlYXJseUZha2VLZXlGb3JUZXN0c09ubHkxMjM0NTY="},
]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        labels, report = os.path.join(tmp, "labels.jsonl"), os.path.join(tmp, "report.json")
        with open(labels, "w") as f:
            f.writelines(json.dumps(l) + "\n" for l in LABELS)
        with open(report, "w") as f:
            json.dump(REPORT, f)
        out = subprocess.run([sys.executable, os.path.join(HERE, "score.py"), labels, report, "-v",
                              "--floor-recall", "0.9"], capture_output=True, text=True)
    want = [
        "all                                      recall    4/7    0.571   precision    4/6    0.667",
        "miss: boundary acme.key",
        "miss: shape    acme.key",
        "miss: format   other.key",
        "false positive: decoy:placeholder        generic-secret",
        "false positive: fragment                 generic-secret",
        "quality-holdout: precision 0.667 (floor 0.000), recall 0.571 (floor 0.900): BELOW FLOOR",
    ]
    missing = [w for w in want if w not in out.stdout]
    if missing or out.returncode != 1:
        print(out.stdout + out.stderr)
        print("test_score: FAILED (exit %d), missing: %s" % (out.returncode, missing))
        return 1
    print("test_score: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
