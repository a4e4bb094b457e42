#!/bin/bash
# tests/e2e_docs.sh - the documentation's relative links and #anchors resolve.
#
# README.md, doc/*.md and the other READMEs link to each other's sections;
# a renamed heading or a moved file must not leave a dead link behind.
# Anchors are GitHub's: the heading lowercased, punctuation other than
# '-' and '_' dropped, blanks turned into '-', '-1', '-2'... for repeats.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cat >"$T/links.py" <<'PY'
import os, re, sys

FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
LINK = re.compile(r"!?\[(?:[^\]`]|`[^`]*`)*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def prose(text):
    """The lines outside code fences, inline code spans blanked."""
    fenced = False
    for line in text.split("\n"):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            yield re.sub(r"(`+)(.+?)\1", lambda m: " " * len(m.group(0)), line)


def slug(heading):
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


def anchors(path, cache={}):
    if path not in cache:
        seen, out = {}, set()
        fenced = False
        for line in open(path, encoding="utf-8").read().split("\n"):
            if FENCE.match(line):
                fenced = not fenced
                continue
            m = None if fenced else HEADING.match(line)
            if m:
                base = slug(m.group(2))
                n = seen.get(base, 0)
                seen[base] = n + 1
                out.add(base if n == 0 else "%s-%d" % (base, n))
        cache[path] = out
    return cache[path]


bad = 0
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    for line in prose(text):
        for target in LINK.findall(line):
            if re.match(r"[a-z][a-z0-9+.-]*:", target, re.I):
                continue  # http:, https:, mailto:
            file, _, frag = target.partition("#")
            dest = os.path.normpath(os.path.join(os.path.dirname(path), file)) if file else path
            if not os.path.exists(dest):
                print("%s: %s: no such file" % (path, target))
                bad += 1
            elif frag and dest.endswith(".md") and frag not in anchors(dest):
                print("%s: %s: no heading gives #%s" % (path, target, frag))
                bad += 1
sys.exit(1 if bad else 0)
PY

DOCS=("$ROOT/README.md" "$ROOT"/doc/*.md "$ROOT/tests/README.md" "$ROOT/tests/quality/README.md"
	"$ROOT/patterns/README.md")
check "every relative link and #anchor resolves" python3 "$T/links.py" "${DOCS[@]}"

# the check can fail: a dead file, a dead anchor, an anchor of a repeated heading
mkdir -p "$T/d/doc"
printf '# Top\n\n## Same\n\n## Same\n\n```\n# not a heading\n```\n' >"$T/d/doc/a.md"
printf '[ok](doc/a.md#same-1) [ok](#x-y_z) [web](https://example.invalid/#nope)\n\n## X, `y_z`!\n' >"$T/d/ok.md"
check "links that resolve pass" python3 "$T/links.py" "$T/d/ok.md" "$T/d/doc/a.md"
printf '[gone](doc/missing.md)\n' >"$T/d/deadfile.md"
expect_exit 1 "a link to a missing file fails" -- python3 "$T/links.py" "$T/d/deadfile.md"
check "it names the link" grep -q "doc/missing.md: no such file" "$T/out"
printf '[gone](doc/a.md#same-2) [fenced](doc/a.md#not-a-heading)\n' >"$T/d/deadanchor.md"
expect_exit 1 "a link to a missing anchor fails" -- python3 "$T/links.py" "$T/d/deadanchor.md"
check "both dead anchors are named" test "$(grep -c 'no heading gives' "$T/out")" = 2
printf '`[code](nowhere.md)`\n\n```\n[code](nowhere.md)\n```\n' >"$T/d/code.md"
check "links in code are not links" python3 "$T/links.py" "$T/d/code.md"
# README's sections stay short: the catalogues live in doc/ and tests/
lines() { awk -v h="$2" '$0 == h { on = 1; next } on && /^## / { exit } on { n++ } END { print n + 0 }' "$ROOT/README.md"; }
check "README's Rules section is at most 60 lines" test "$(lines x '## Rules')" -le 60
check "README's Tests section is at most 25 lines" test "$(lines x '## Tests')" -le 25

finish e2e_docs
