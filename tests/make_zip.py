#!/usr/bin/env python3
"""make_zip.py - writes zip files that zipfile will not: entries sharing one
member (an overlap bomb), ZIP64 records for any archive, many entries.
Used by tests/e2e_inputs.sh and to make fuzz seeds. Test data only.

  make_zip.py bomb OUT N MEMBER_FILE    N entries, all pointing at one member
  make_zip.py zip64 OUT N LAST_FILE     N stored entries, the last one holds
                                        LAST_FILE; ZIP64 extras and end records
  make_zip.py many OUT N SIZE SECRET1 SECRET2
                                        N deflated members of SIZE bytes; the
                                        first holds SECRET1, the last SECRET2
"""
import struct
import sys
import zlib


def local(name, method, crc, csize, usize):
    return struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, method, 0, 0, crc,
                       csize, usize, len(name), 0) + name


def central(name, method, crc, csize, usize, off, zip64):
    extra = b""
    if zip64:
        extra = struct.pack("<HHQQQ", 1, 24, usize, csize, off)
        csize = usize = off = 0xFFFFFFFF
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, method, 0, 0,
                       crc, csize, usize, len(name), len(extra), 0, 0, 0, 0,
                       off) + name + extra


def end(n, cd_off, cd_size, zip64):
    out = b""
    if zip64:
        z = cd_off + cd_size
        out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, n, n,
                           cd_size, cd_off)
        out += struct.pack("<IIQI", 0x07064B50, 0, z, 1)
        n, cd_size, cd_off = 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF
    return out + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, cd_size,
                             cd_off, 0)


def write(path, members, refs, zip64=False):
    """members: [(name, data, deflate)]; refs: [(name, member index)]."""
    body, where = bytearray(), []
    for name, data, deflate in members:
        comp = zlib.compress(data, 9)[2:-4] if deflate else data
        crc = zlib.crc32(data)
        m = 8 if deflate else 0
        where.append((len(body), m, crc, len(comp), len(data)))
        body += local(name, m, crc, len(comp), len(data)) + comp
    cd = b"".join(central(n, w[1], w[2], w[3], w[4], w[0], zip64)
                  for n, w in ((n, where[i]) for n, i in refs))
    with open(path, "wb") as f:
        f.write(body)
        f.write(cd)
        f.write(end(len(refs), len(body), len(cd), zip64))


def main():
    kind, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if kind == "bomb":
        data = open(sys.argv[4], "rb").read()
        write(out, [(b"m", data, True)],
              [(b"m%05d" % i, 0) for i in range(n)])
    elif kind == "zip64":
        last = open(sys.argv[4], "rb").read()
        members = [(b"e%05d" % i, b"x\n", False) for i in range(n - 1)]
        members.append((b"last.env", last, False))
        write(out, members, [(m[0], i) for i, m in enumerate(members)], True)
    elif kind == "many":
        size, s1, s2 = int(sys.argv[4]), sys.argv[5], sys.argv[6]
        members = []
        for i in range(n):
            head = ("k=%s\n" % (s1 if i == 0 else s2 if i == n - 1 else "")).encode()
            members.append((b"f%04d.env" % i, head + b"x" * (size - len(head)), True))
        write(out, members, [(m[0], i) for i, m in enumerate(members)])
    else:
        sys.exit("unknown kind " + kind)


main()
