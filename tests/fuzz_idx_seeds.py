#!/usr/bin/env python3
"""Writes the seed indexes of tests/fuzz_idx.c's fixed pack: its ENTRIES
(8) blobs, ENTRY (19) bytes apart from offset 12, under made-up ids;
`plain` with 32-bit offsets, `wide` with every offset in the 64-bit
table. Run from tests/fuzz-seeds/idx."""
import hashlib
import struct


def idx(wide):
    ents = sorted((hashlib.sha1(b"blob %d" % k).digest(), 12 + 19 * k) for k in range(8))
    fan = [0] * 256
    for i, _ in ents:
        fan[i[0]] += 1
    out = b"\377tOc" + struct.pack(">I", 2)
    acc = 0
    for c in fan:
        acc += c
        out += struct.pack(">I", acc)
    out += b"".join(i for i, _ in ents) + b"\0" * 4 * len(ents)
    if wide:
        out += b"".join(struct.pack(">I", 0x80000000 | k) for k in range(len(ents)))
        out += b"".join(struct.pack(">Q", o) for _, o in ents)
    else:
        out += b"".join(struct.pack(">I", o) for _, o in ents)
    return out + b"\0" * 40


for name, wide in (("plain", False), ("wide", True)):
    with open(name, "wb") as f:
        f.write(idx(wide))
