#!/usr/bin/env bash
# End-to-end tests of wave 26's hardening: what a finding holds in memory.
# The findings of a file share its path, the findings of a commit its
# description, and the fields few findings set (partner, verification,
# SARIF's head place) sit in a record of their own; a finding's secret and
# match live in its own block. The peak RSS (/usr/bin/time -f %M) of a
# scan of N and of 10 N findings is compared: what each finding adds must
# stay under a bound about 1.35 times what was measured, which v0.24.0
# fails, for a file scan and for a history whose every commit adds
# findings (at a million findings, v0.24.0 paid about 456 and 1,026
# bytes, wave 26 about 281 and 555; under ASan, whose redzones grow every
# block, more). A bound on memory, not a timing. That the reports stay
# byte for byte what they were is the format suites' to check; here, that
# the shared strings hold (paths, commits, repositories).
. "$(dirname "$0")/lib.sh"

LIMIT=600
# ASan's quarantine keeps what is freed: not ours to measure
export ASAN_OPTIONS="$ASAN_OPTIONS:quarantine_size_mb=0"
# bytes a finding may add at these sizes (5,000 then 50,000 findings):
# v0.24.0 paid 543 and 1,113, wave 26 368 and 649
if ldd "$KEYHOUND" 2>/dev/null | grep -q libasan; then
	MAX_SCAN=540 MAX_GIT=1200 # measured 395 and 889
else
	MAX_SCAN=500 MAX_GIT=880
fi
A=$T/a
mkdir -p "$A"

# history DIR COMMITS: a repository whose each commit adds a file of 500 keys
history() {
	git init -q "$1"
	python3 -c 'import random, sys
r = random.Random(26)
a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
out = sys.stdout.buffer
for c in range(int(sys.argv[1])):
    data = "".join("aws_id=AKIA%s\n" % "".join(r.choice(a) for _ in range(16))
                   for _ in range(500)).encode()
    msg = b"batch %d" % c
    out.write(b"commit refs/heads/main\ncommitter Dev <dev@example.org> %d +0000\n" % (1600000000 + 60 * c))
    out.write(b"data %d\n%s\n" % (len(msg), msg))
    out.write(b"M 100644 inline d%d/batch_%d.env\ndata %d\n%s\n" % (c % 10, c, len(data), data))' "$2" |
		git -C "$1" fast-import --quiet
	git -C "$1" symbolic-ref HEAD refs/heads/main
}

# peak CMD TARGET: peak RSS in KB of `keyhound CMD TARGET` into $T/peak,
# its findings into $T/n, its exit code into $T/rc
peak() {
	/usr/bin/time -f %M -o "$T/peak" timeout "$LIMIT" "$KEYHOUND" "$1" "$2" \
		-q -f json -o "$A/report" --max-file-size 64M 2>"$T/err"
	echo $? >"$T/rc"
	tail -1 "$T/peak" >"$T/peak.kb"
	mv "$T/peak.kb" "$T/peak"
	jq length "$A/report" >"$T/n"
}

aws_key_lines 5000 1 >"$A/small.env"
aws_key_lines 50000 2 >"$A/large.env"
bytes_per_finding scan "$MAX_SCAN" scan "$A/small.env" "$A/large.env"
history "$A/h1" 10
history "$A/h2" 100
bytes_per_finding "git history" "$MAX_GIT" git "$A/h1" "$A/h2"

# the shared strings: two files' findings, each under its own path, in a
# history where the same blob is introduced at two paths and two commits
# (copies of one blob's findings, each with its path and commit), every
# format; read back by --baseline and by `verify`, which load a report
mkdir -p "$A/two/x" "$A/two/y"
aws_key_lines 3 3 >"$A/two/x/a.env"
aws_key_lines 3 4 >"$A/two/y/b.env"
expect_exit 1 "two files" -- "$KEYHOUND" scan "$A/two" -q -f json --show-secrets -o "$T/two.json"
check "two files: each finding its own file" jq -e '[.[].file | sub(".*/two/"; "")] ==
	["x/a.env", "x/a.env", "x/a.env", "y/b.env", "y/b.env", "y/b.env"]' "$T/two.json"
git init -q "$A/h3"
cp "$A/two/x/a.env" "$A/h3/a.env"
git -C "$A/h3" add a.env
git -C "$A/h3" -c user.name=Dev -c user.email=dev@example.org commit -qm one
mkdir -p "$A/h3/sub"
cp "$A/two/x/a.env" "$A/h3/sub/copy.env"
git -C "$A/h3" add sub
git -C "$A/h3" -c user.name=Dev -c user.email=dev@example.org commit -qm two
for fmt in json jsonl sarif text baseline; do
	expect_exit 1 "history, $fmt" -- "$KEYHOUND" git "$A/h3" -q -f "$fmt" --show-secrets -o "$T/h3.$fmt"
done
check "history: 6 findings, each its path and commit" jq -e '
	(map(.file) | sort) == ["a.env", "a.env", "a.env", "sub/copy.env", "sub/copy.env", "sub/copy.env"] and
	(map(.commit.message) | sort) == ["one", "one", "one", "two", "two", "two"] and
	all(.[]; .repository.path | endswith("h3"))' "$T/h3.json"
check "history sarif: 6 results" jq -e '.runs[0].results | length == 6' "$T/h3.sarif"
check "history text: both paths" sh -c "grep -c 'sub/copy.env' '$T/h3.text' | grep -qx 3"
expect_exit 0 "--baseline of that report" -- "$KEYHOUND" git "$A/h3" -q -f json --baseline "$T/h3.json"
check "--baseline: nothing left" jq -e 'length == 0' "$T/out"
expect_exit 1 "merge reads it back" -- "$KEYHOUND" merge "$T/h3.json" -f json --show-secrets -o "$T/merged.json"
check "merge: the same report" cmp "$T/h3.json" "$T/merged.json"

finish e2e_mem26
