#!/usr/bin/env python3
"""kwcost_fdr.py - where Vectorscan's keyword pass spends its instructions.

Reads a callgrind profile taken with --dump-instr=yes (of build/kwcost or
of keyhound itself) and splits the costliest function of libhs (FDR's
scan, with its confirm code inlined) into basic blocks: runs of
consecutive instructions executed equally often. Prints the costliest
blocks with how often each ran and its instructions a run, and the
functions FDR calls with their call counts (Rose's literal handler: one
call for each literal FDR confirms, including the tails of keywords
longer than 8 bytes whose whole keyword Rose then fails to find).

    valgrind --tool=callgrind --dump-instr=yes --toggle-collect='*hs_scan' \\
        --callgrind-out-file=/tmp/kw.cg build/kwcost LITS < FILELIST
    python3 tools/kwcost_fdr.py /tmp/kw.cg [--bytes N]

With --bytes (the bytes scanned), a block that ran once every B bytes is
labelled with B: FDR's main loop runs once every 16 bytes, 114
instructions at stride 1 and 58 at stride 2 on Debian's Vectorscan 5.4.9
(doc/performance.md, "Wave 36: prefilter36").
"""
import collections
import sys


def parse(path):
    """Returns (cost by (object, function, address), calls by (caller, callee))."""
    names = {}
    cost = collections.Counter()
    calls = collections.Counter()
    obj = fn = callee = None
    addr = 0
    skip = False

    def name(v, table):
        v = v.strip()
        if v.startswith("("):
            i = v.index(")")
            key, text = v[: i + 1], v[i + 1 :].strip()
            if text:
                table[key] = text
            return table.get(key, key)
        return v

    objs = {}
    for line in open(path, errors="replace"):
        line = line.rstrip("\n")
        if not line:
            continue
        if line.startswith("ob="):
            obj = name(line[3:], objs)
            continue
        if line.startswith("cob="):  # names an object for later ob= lines
            name(line[4:], objs)
            continue
        if line.startswith("fn="):
            fn = name(line[3:], names)
            continue
        if line.startswith("cfn="):
            callee = name(line[4:], names)
            continue
        if line.startswith("calls="):
            calls[(fn, callee)] += int(line[6:].split()[0])
            skip = True
            continue
        if line[0] not in "0123456789+-*":
            continue
        parts = line.split()
        p = parts[0]
        if p.startswith("0x"):
            a = int(p, 16)
        elif p[0] == "+":
            a = addr + int(p[1:], 0)
        elif p[0] == "-":
            a = addr - int(p[1:], 0)
        elif p == "*":
            a = addr
        else:
            a = int(p, 0)
        addr = a
        if skip:  # the inclusive cost of a call, not this function's
            skip = False
            continue
        if len(parts) > 2:
            cost[(obj, fn, a)] += int(parts[2])
    return cost, calls


def main():
    args = sys.argv[1:]
    nbytes = 0
    if "--bytes" in args:
        i = args.index("--bytes")
        nbytes = int(args[i + 1])
        del args[i : i + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    cost, calls = parse(args[0])
    by_fn = collections.Counter()
    for (obj, fn, _), c in cost.items():
        if obj and "libhs" in obj:
            by_fn[fn] += c
    if not by_fn:
        sys.exit("kwcost_fdr: no libhs instructions in the profile")
    total = sum(cost.values())
    fdr, fdr_cost = by_fn.most_common(1)[0]
    print("profile %s instructions, libhs %s, its costliest function %s: %s"
          % (f"{total:,}", f"{sum(by_fn.values()):,}", fdr, f"{fdr_cost:,}"))
    rows = sorted((a, c) for (obj, fn, a), c in cost.items() if fn == fdr)
    blocks, cur = [], None
    for a, c in rows:
        if cur and c == cur[2] and a - cur[1] < 16:
            cur[1], cur[3], cur[4] = a, cur[3] + c, cur[4] + 1
        else:
            if cur:
                blocks.append(cur)
            cur = [a, a, c, c, 1]
    blocks.append(cur)
    print("%-10s %12s %7s %14s %6s %s" % ("block", "runs", "instrs", "cost", "share", ""))
    for b in sorted(blocks, key=lambda b: -b[3])[:12]:
        every = " every %.1f bytes" % (nbytes / b[2]) if nbytes and b[2] else ""
        print("%#-10x %12s %7d %14s %5.1f%%%s"
              % (b[0], f"{b[2]:,}", b[4], f"{b[3]:,}", 100.0 * b[3] / fdr_cost, every))
    for (caller, callee), n in sorted(calls.items(), key=lambda x: -x[1]):
        if caller == fdr:
            print("calls %s -> %s: %s" % (caller, callee, f"{n:,}"))


if __name__ == "__main__":
    main()
