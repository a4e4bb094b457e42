#!/usr/bin/env python3
"""Repacks a repository's loose objects into one pack whose entries lie.

usage: make_lying_pack.py GITDIR [OPTION=ID ...]

Every object of GITDIR/objects (loose, as `git init` + commits leave them)
goes into a new pack, whole, with a correct version-2 .idx and checksums,
and the loose files are removed. Then, per option:

  huge=ID      the entry of ID claims 1,200,000,000 bytes in its header
               (its zlib data is the object's own: a few bytes)
  delta=ID:BASE  ID is stored as an OFS_DELTA of BASE (one insert of its
               whole content) whose delta header claims 1,200,000,000 bytes
  offset=ID    the .idx gives ID an offset inside another entry's data

For tests/e2e_harden17.sh: keyhound must not allocate what a header claims.
"""
import hashlib
import os
import struct
import sys
import zlib

from varint import varint

TYPES = {b"commit": 1, b"tree": 2, b"blob": 3, b"tag": 4}
LIE = 1_200_000_000


def loose_objects(objects):
    for d in sorted(os.listdir(objects)):
        if len(d) != 2:
            continue
        for f in sorted(os.listdir(os.path.join(objects, d))):
            path = os.path.join(objects, d, f)
            raw = zlib.decompress(open(path, "rb").read())
            head, body = raw.split(b"\0", 1)
            kind = head.split(b" ")[0]
            yield d + f, TYPES[kind], body, path


def entry_header(kind, size):
    c = (kind << 4) | (size & 15)
    size >>= 4
    out = bytearray()
    while size:
        out.append(c | 0x80)
        c = size & 0x7F
        size >>= 7
    out.append(c)
    return bytes(out)


def ofs(n):
    out = bytearray([n & 0x7F])
    n >>= 7
    while n:
        n -= 1
        out.insert(0, 0x80 | (n & 0x7F))
        n >>= 7
    return bytes(out)


def main():
    gitdir = sys.argv[1]
    opts = dict(a.split("=", 1) for a in sys.argv[2:])
    objects = os.path.join(gitdir, "objects")
    objs = list(loose_objects(objects))
    # bases first, so an OFS_DELTA points back
    delta_of = {}
    if "delta" in opts:
        i, b = opts["delta"].split(":")
        delta_of[i] = b
    objs.sort(key=lambda o: o[0] in delta_of)
    pack = bytearray(b"PACK" + struct.pack(">II", 2, len(objs)))
    where, crcs = {}, {}
    for oid, kind, body, _ in objs:
        off = len(pack)
        if oid in delta_of:
            base = objs[[o[0] for o in objs].index(delta_of[oid])][2]
            d = varint(len(base)) + varint(LIE)
            for k in range(0, len(body), 127):
                chunk = body[k : k + 127]
                d += bytes([len(chunk)]) + chunk
            ent = entry_header(6, len(d)) + ofs(off - where[delta_of[oid]])
            ent += zlib.compress(d)
        else:
            size = LIE if opts.get("huge") == oid else len(body)
            ent = entry_header(kind, size) + zlib.compress(body)
        where[oid] = off
        crcs[oid] = zlib.crc32(ent)
        pack += ent
    pack += hashlib.sha1(pack).digest()
    ids = sorted(where)
    if "offset" in opts:  # inside the data of the entry that follows it
        victim = opts["offset"]
        where[victim] = sorted(where.values())[-1] + 3
    idx = bytearray(b"\377tOc" + struct.pack(">I", 2))
    for b in range(256):
        idx += struct.pack(">I", sum(1 for i in ids if int(i[:2], 16) <= b))
    for i in ids:
        idx += bytes.fromhex(i)
    for i in ids:
        idx += struct.pack(">I", crcs[i])
    for i in ids:
        idx += struct.pack(">I", where[i])
    idx += pack[-20:]
    idx += hashlib.sha1(idx).digest()
    name = os.path.join(objects, "pack", "pack-" + pack[-20:].hex())
    os.makedirs(os.path.dirname(name), exist_ok=True)
    open(name + ".pack", "wb").write(pack)
    open(name + ".idx", "wb").write(idx)
    for _, _, _, path in objs:
        os.remove(path)


main()
