#!/usr/bin/env python3
"""tests/make_history.py SRC COMMITS - writes a `git fast-import` stream of a
project history built from real text to stdout.

SRC is a tree of real source and documentation (by default tests/make_history.sh
uses the Linux kernel's fs/, net/ and Documentation/). The history evolves it
the way a project grows: it starts from a fifth of the files and adds the rest
over time; each commit edits one to a few files with small changes (lines
replaced, inserted or deleted, with lines taken from other real files), bigger
files edited more often; now and then files are renamed or deleted; feature
branches of a few commits fork from main and are merged back (some are left
unmerged), and releases are tagged. A few fake HubSpot tokens (random, never
real) are added and later removed, so the scan has findings to attribute.
The output is deterministic for a given SRC and COMMITS."""

import os
import random
import sys

src, commits = sys.argv[1], int(sys.argv[2])
rnd = random.Random(12)
out = sys.stdout.buffer

# ---- the real text -------------------------------------------------------------
pool = []  # (relative path, list of lines)
for root, dirs, names in os.walk(src):
    dirs.sort()
    for name in sorted(names):
        p = os.path.join(root, name)
        try:
            with open(p, "rb") as f:
                data = f.read()
        except OSError:
            continue
        if not data or len(data) > 400_000 or b"\0" in data[:8000]:
            continue
        pool.append((os.path.relpath(p, src), data.splitlines(keepends=True)))
if not pool:
    sys.exit("make_history.py: no text files under %s" % src)
rnd.shuffle(pool)
donor_lines = [l for _, ls in pool[:2000] for l in ls[:200]]

# ---- the project's state ----------------------------------------------------------
files = {}      # path -> list of lines (the tree of main)
weights = {}    # path -> how often it is edited (bigger files, more often)
start = max(50, len(pool) // 5)
to_add = pool[start:]
for path, lines in pool[:start]:
    files[path] = lines[:]
mark = 0
when = 1_300_000_000
secrets = []    # paths holding a fake token


def new_mark():
    global mark
    mark += 1
    return mark


def blob(lines):
    m = new_mark()
    data = b"".join(lines)
    out.write(b"blob\nmark :%d\ndata %d\n" % (m, len(data)))
    out.write(data)
    out.write(b"\n")
    return m


AUTHORS = [("Ada Lovelace", "ada"), ("Brian Kernighan", "bwk"), ("Grace Hopper", "grace"),
           ("Linus Example", "linus"), ("Margaret Hamilton", "mh"), ("Ken Thompson", "ken"),
           ("Barbara Liskov", "liskov"), ("Dennis Ritchie", "dmr")]


def commit(ref, msg, changes, parent=None, merge=None):
    global when
    when += rnd.randrange(60, 5400)
    name, user = rnd.choice(AUTHORS)
    m = new_mark()
    body = msg.encode()
    out.write(b"commit %s\nmark :%d\n" % (ref.encode(), m))
    who = ("%s <%s@example.com> %d +0000\n" % (name, user, when)).encode()
    out.write(b"author " + who + b"committer " + who)
    out.write(b"data %d\n%s\n" % (len(body), body))
    if parent:
        out.write(b"from :%d\n" % parent)
    if merge:
        out.write(b"merge :%d\n" % merge)
    for c in changes:
        out.write(c.encode() + b"\n")
    out.write(b"\n")
    return m


def fake_secret():
    h = "%032x" % rnd.getrandbits(128)
    return ("hs = \"pat-na1-%s-%s-4%s-a%s-%s\"\n" %
            (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])).encode()


def edit(lines):
    """A small change: a few lines replaced, inserted or deleted."""
    for _ in range(rnd.choice((1, 1, 2, 3, 5))):
        at = rnd.randrange(len(lines) + 1)
        r = rnd.random()
        if r < 0.45 and at < len(lines):
            lines[at] = rnd.choice(donor_lines)
        elif r < 0.85:
            k = rnd.choice((1, 1, 2, 4, 10))
            lines[at:at] = [rnd.choice(donor_lines) for _ in range(k)]
        elif at < len(lines):
            del lines[at:at + rnd.choice((1, 2, 6))]
    if not lines:
        lines.append(b"\n")


def pick():
    """A path to edit; sampled by size, as big files change more often."""
    while True:
        p = rnd.choice(paths)
        if rnd.random() < min(1.0, len(files[p]) / 1000 + 0.05):
            return p


def quote(path):
    return '"%s"' % path.replace("\\", "\\\\").replace('"', '\\"') if (" " in path or '"' in path) else path


paths = sorted(files)
head = commit("refs/heads/main", "Initial import",
              ["M 100644 :%d %s" % (blob(files[p]), quote(p)) for p in paths])
pending = []    # unmerged feature branches: (merge at commit, tip, {path: lines})
i = 1
while i < commits:
    # a feature branch: a few commits on copies of a few files, merged later
    if rnd.random() < 0.03 and i + 12 < commits:
        ref = "refs/heads/topic/%d" % i
        own = {}
        tip, first = head, True
        for k in range(rnd.randrange(2, 8)):
            p = rnd.choice(list(own) or [pick()]) if rnd.random() < 0.6 else pick()
            ls = own.setdefault(p, files[p][:])
            edit(ls)
            tip = commit(ref, "topic %d: step %d" % (i, k), ["M 100644 :%d %s" % (blob(ls), quote(p))],
                         parent=tip if first else None)
            first = False
            i += 1
        if rnd.random() < 0.85:
            pending.append((i + rnd.randrange(1, 40), tip, own, i))
        continue
    # merge the branches whose time has come
    ready = [b for b in pending if b[0] <= i]
    for b in ready:
        pending.remove(b)
        _, tip, own, born = b
        changes = []
        for p, ls in own.items():
            if p in files:
                files[p] = ls
                changes.append("M 100644 :%d %s" % (blob(ls), quote(p)))
        head = commit("refs/heads/main", "Merge branch 'topic/%d'" % born, changes, parent=head, merge=tip)
        i += 1
    changes = []
    touched = set()
    for _ in range(rnd.choice((1, 1, 1, 2, 2, 3, 5))):
        p = pick()
        if p in touched:
            continue
        touched.add(p)
        ls = files[p]
        edit(ls)
        if rnd.random() < 0.004:
            ls.insert(rnd.randrange(len(ls) + 1), fake_secret())
            secrets.append(p)
        elif secrets and rnd.random() < 0.004:
            q = secrets.pop(0)
            if q in files and q not in touched:
                files[q] = [l for l in files[q] if b"pat-na1-" not in l]
                touched.add(q)
                changes.append("M 100644 :%d %s" % (blob(files[q]), quote(q)))
        changes.append("M 100644 :%d %s" % (blob(ls), quote(p)))
    r = rnd.random()
    if r < 0.01 and to_add:
        # new files, a few at a time
        for _ in range(rnd.randrange(1, 6)):
            if not to_add:
                break
            p, ls = to_add.pop()
            files[p] = ls[:]
            paths.append(p)
            changes.append("M 100644 :%d %s" % (blob(files[p]), quote(p)))
    elif r < 0.013:
        old = rnd.choice(paths)
        if old not in touched:
            d, b = os.path.split(old)
            new = os.path.join(d, "%s_%d%s" % (os.path.splitext(b)[0], i, os.path.splitext(b)[1]))
            changes.append("R %s %s" % (quote(old), quote(new)))
            files[new] = files.pop(old)
            paths[paths.index(old)] = new
            secrets = [new if s == old else s for s in secrets]
    elif r < 0.016:
        gone = rnd.choice(paths)
        if gone not in touched and gone not in secrets and len(paths) > 100:
            changes.append("D %s" % quote(gone))
            paths.remove(gone)
            del files[gone]
    if changes:
        head = commit("refs/heads/main", "Change %d: %s" % (i, os.path.basename(sorted(touched or ["tree"])[0])),
                      changes, parent=head)
    if i % 1000 == 0:
        out.write(b"reset refs/tags/v%d.0\nfrom :%d\n\n" % (i // 1000, head))
    i += 1
