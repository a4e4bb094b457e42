#!/usr/bin/env bash
# End-to-end tests of wave 18's adversarial sweep outside git: inputs that
# block or never end (a FIFO, a socket, a device, endless stdin, a sparse
# 20 GB file, 200,000 entries, 10,000-deep directories, a link to /, a file
# that grows while read), archives that lie (nesting, ../ and absolute
# member names, a truncated gzip, base64 nested too deep), reports that
# cannot be written whole (the file size limit, a signal, a closed pipe)
# and names that would drive a terminal. Each: no hang (every run under
# `timeout`), the exit code, one clear line, no partial report or
# temporary file left, no secret on stderr.
. "$(dirname "$0")/lib.sh"

LIMIT=120 # seconds: a hang fails instead of blocking CI
S=pat-na1-4d2a9c61-8e3f-4b07-a5d1-3c9e7f20b486 # a fake HubSpot private-app token

kh() { timeout "$LIMIT" "$KEYHOUND" "$@"; }
check_msg() { check "$1" grep -q -- "$2" "$T/err"; }
no_secret() {
	if grep -qF "$S" "$T/err"; then bad "$1: the secret on stderr" "$(head -c 300 "$T/err")"; else ok; fi
}
# lines NAME N PATTERN: stderr has N lines matching PATTERN
lines() { check "$1: $2 line(s)" test "$(grep -c -- "$3" "$T/err")" = "$2"; }
# no_tmp NAME DIR: no temporary report file left in DIR
no_tmp() { check "$1: no temporary file left" bash -c "! ls '$2' | grep -q '\\.tmp\\.'"; }

# ---- inputs that block or never end --------------------------------------------
D=$T/tree
mkdir -p "$D"
printf 'token = "%s"\n' "$S" >"$D/app.env"
mkfifo "$D/fifo"
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$D/sock"
ln -s /dev/zero "$D/zero"
ln -s / "$D/root"
expect_exit 1 "a FIFO, a socket, links to a device and to / in a tree" -- \
	kh scan "$D" -f json --show-secrets -o "$T/out"
reports "a tree of specials" "$S"
check_msg "a tree of specials: the link to / not followed" "root: symbolic link, not followed"
expect_exit 0 "scan /dev/zero" -- kh scan /dev/zero -f json -o "$T/out"
check_msg "scan /dev/zero: said" "/dev/zero: not a regular file or directory, skipped"
expect_exit 0 "scan <(yes)" -- kh scan <(yes) -f json -o "$T/out"
check_msg "scan <(yes): said" "not a regular file or directory, skipped"

# endless text on stdin is scanned in chunks of --max-file-size, in
# bounded memory: a secret late in the stream is still found
{
	yes 'filler line of text' | head -c 3000000
	printf 'token = "%s"\n' "$S"
	yes 'filler line of text' | head -c 3000000
} >"$T/stream.txt"
expect_exit 1 "6 MB of stdin in 1 MB chunks" -- \
	kh scan - --max-file-size 1M -f json --show-secrets -o "$T/out" <"$T/stream.txt"
reports "6 MB of stdin in 1 MB chunks" "$S"
# one 40 MB line, no newline: scanned in chunks, memory bounded by them
head -c 40000000 /dev/zero | tr '\0' 'q' >"$T/line.txt"
/usr/bin/time -f '%M' -o "$T/rss" timeout "$LIMIT" "$KEYHOUND" scan - --max-file-size 4M \
	-f json -o "$T/out" <"$T/line.txt" 2>"$T/err"
check "a 40 MB line on stdin: ends, exit 0" test $? = 0
check "a 40 MB line on stdin: peak RSS under 400 MB ($(tail -1 "$T/rss") KB)" \
	test "$(tail -1 "$T/rss")" -lt 400000
rm -f "$T/line.txt" "$T/stream.txt"

truncate -s 20G "$T/sparse.txt"
expect_exit 0 "a sparse 20 GB file" -- kh scan "$T/sparse.txt" -f json -o "$T/out"
check_msg "a sparse 20 GB file: said" "sparse.txt: skipped: 21474836480 bytes is over --max-file-size"
rm -f "$T/sparse.txt"

mkdir "$T/wide"
(cd "$T/wide" && seq 1 200000 | xargs touch)
printf 'token = "%s"\n' "$S" >"$T/wide/zz.env"
expect_exit 1 "200,000 entries in one directory" -- kh scan "$T/wide" -f json --show-secrets -o "$T/out"
reports "200,000 entries" "$S"
rm -rf "$T/wide"

# 10,000 directories deep: not entered past 256, one warning, the rest scanned
python3 - "$T/deep" <<'EOF'
import os, sys
os.makedirs(sys.argv[1])
fd = os.open(sys.argv[1], os.O_RDONLY)
for _ in range(10000):
    os.mkdir("d", dir_fd=fd)
    sub = os.open("d", os.O_RDONLY, dir_fd=fd)
    os.close(fd)
    fd = sub
EOF
printf 'token = "%s"\n' "$S" >"$T/deep/top.env"
expect_exit 1 "10,000-deep directories" -- kh scan "$T/deep" -f json --show-secrets -o "$T/out"
reports "10,000-deep directories" "$S"
lines "10,000-deep directories: one warning" 1 "deeper than 256 directories, not entered"
rm -rf "$T/deep" 2>/dev/null || find "$T/deep" -depth -delete

# a file that grows while it is read (64 MB appended as it is) ends at
# --max-file-size
mkdir "$T/grow"
: >"$T/grow/g.txt"
(yes 'growing line' | head -c 64000000 >>"$T/grow/g.txt") &
writer=$!
expect_exit 0 "a file that grows while read" -- kh scan "$T/grow" --max-file-size 1M -f json -o "$T/out"
wait "$writer"
rm -rf "$T/grow"

# ---- archives ------------------------------------------------------------------
A=$T/arch
mkdir -p "$A"
python3 - "$A" "$S" <<'EOF'
import gzip, io, sys, tarfile, zipfile
d, s = sys.argv[1], sys.argv[2].encode()
def zipped(members):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in members:
            z.writestr(n, data)
    return b.getvalue()
leaf = zipped([("s.env", b"t=" + s + b"\n")])
level2 = zipped([("l%d.zip" % i, leaf) for i in range(40)])
level1 = zipped([("m%d.zip" % i, level2) for i in range(10)])
open(d + "/nest.zip", "wb").write(zipped([("n.zip", level1)]))
with tarfile.open(d + "/names.tar", "w") as t:
    for n in ["../../escape\x1b[2J.env", "/etc/absolute\n.env"]:
        b = b"token = " + s + b"\n"
        i = tarfile.TarInfo(n)
        i.size = len(b)
        t.addfile(i, io.BytesIO(b))
g = gzip.compress(b"token = " + s + b"\n" * 5000)
open(d + "/cut.env.gz", "wb").write(g[: len(g) // 2])
EOF
# 400 archives nested too deep: one note for the whole archive
expect_exit 0 "400 archives nested too deep" -- kh scan "$A/nest.zip" -f json -o "$T/out"
lines "400 archives nested too deep: one note" 1 "nested more than 3 levels deep"
check_msg "400 archives nested too deep: counted" \
	"nest.zip!n.zip!m0.zip!l0.zip: archive nested more than 3 levels deep, skipped, and 399 more in .*nest.zip"
# ../ and absolute member names: reported as names, escaped; nothing written
# (the list's own file made first: find and the redirect of sort race)
: >"$T/before"
find "$T" | sort >"$T/before"
expect_exit 1 "a tar of ../ and absolute names" -- kh scan "$A/names.tar" -f json --show-secrets -o "$T/out"
check "../ and absolute names: named inside the tar, escaped" jq -e \
	'[.[].file | sub(".*/names.tar!"; "")] | sort == ["../../escape\u001b[2J.env", "/etc/absolute\n.env"]' "$T/out"
check "../ and absolute names: nothing written but the report" \
	bash -c "find '$T' | sort | diff - '$T/before'"
no_secret "a tar of ../ and absolute names"
# (wave 21: what inflates before the cut is scanned, so this is no longer
# "nothing scanned", exit 2)
expect_exit 0 "a truncated gzip" -- kh scan "$A/cut.env.gz" -f json -o "$T/out"
lines "a truncated gzip: one warning" 1 "cut.env.gz: corrupt or truncated gzip data after [0-9]* bytes; scanned up to there"
# base64 twice is read; five times is past the limit, quietly
printf 'token = "%s"\n' "$S" >"$A/b64.txt"
for i in 1 2 3 4 5; do
	printf 'v = %s\n' "$(base64 -w0 <"$A/b64.txt")" >"$A/b64.next" && mv "$A/b64.next" "$A/b64.txt"
done
expect_exit 0 "base64 five times over" -- kh scan "$A/b64.txt" -f json -o "$T/out"
check "base64 five times over: no warning" bash -c "! grep -q warning '$T/err'"

# ---- reports that cannot be written whole ----------------------------------------
O=$T/outdir
mkdir -p "$O/in"
python3 - "$O/in/many.env" <<'EOF'
import random, sys
r = random.Random(18)
h = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
with open(sys.argv[1], "w") as f:
    for i in range(300):
        f.write("t%d=pat-na1-%s-%s-4%s-a%s-%s\n" % (i, h(8), h(4), h(3), h(3), h(12)))
EOF
printf '{"old": true}\n' >"$O/old.json"
# over the file size limit (ulimit -f, 8 KiB): exit 2, one line, the old
# report intact, no temporary file; not killed by SIGXFSZ
expect_exit 2 "-o over ulimit -f" -- bash -c \
	"ulimit -f 8 && exec timeout $LIMIT '$KEYHOUND' scan '$O/in' -f json -o '$O/old.json'"
check_msg "-o over ulimit -f: said" "old.json: cannot write report: File too large"
check "-o over ulimit -f: the old report intact" grep -q '"old": true' "$O/old.json"
no_tmp "-o over ulimit -f" "$O"
no_secret "-o over ulimit -f"
expect_exit 2 "stdout over ulimit -f" -- bash -c \
	"ulimit -f 8 && exec timeout $LIMIT '$KEYHOUND' scan '$O/in' -f json >'$O/stdout.json'"
check_msg "stdout over ulimit -f: said" "standard output: cannot write report: File too large"

# a signal during the scan (stdin held open): dies by it, no report, the
# old one intact, no temporary file
rm -f "$O"/*.tmp.*
mkfifo "$T/stdin"
for sig in INT TERM; do
	want=$((128 + $(kill -l "$sig")))
	timeout -s KILL "$LIMIT" "$KEYHOUND" scan - -f json -o "$O/old.json" <"$T/stdin" 2>"$T/err" &
	exec 3>"$T/stdin"
	printf 'token = "%s"\n' "$S" >&3
	for _ in $(seq 100); do ls "$O" | grep -q '\.tmp\.' && break; sleep 0.1; done
	kill -s "$sig" "$(pgrep -P $!)"
	wait $!
	got=$?
	exec 3>&-
	check "SIG$sig during a scan: exit $want (got $got)" test "$got" = "$want"
	check "SIG$sig during a scan: the old report intact" grep -q '"old": true' "$O/old.json"
	no_tmp "SIG$sig during a scan" "$O"
done

# a closed pipe (| head -1): dies by SIGPIPE, quietly
timeout "$LIMIT" "$KEYHOUND" scan "$O/in" -f jsonl 2>"$T/err" | head -1 >/dev/null
check "| head -1: exit 141 (SIGPIPE) (got ${PIPESTATUS[0]})" test "${PIPESTATUS[0]}" = 141
check "| head -1: nothing on stderr" test ! -s "$T/err"

# ---- names that would drive a terminal ------------------------------------------
N=$T/names
mkdir -p "$N"
for n in $'new\nline.env' $'esc\e[31mred.env' $'osc\e]0;title\a.env' $'bad\xff\xfe.env' $'bidi\u202egnp.env' $'csi\u009b2J.env'; do
	printf 'token = "%s"\n' "$S" >"$N/$n"
done
mkfifo "$N/"$'fifo\e[2J'
for fmt in json jsonl sarif; do
	expect_exit 1 "names in $fmt" -- kh scan "$N" -f "$fmt" -o "$T/r.$fmt"
	check "names in $fmt: valid JSON" python3 -c '
import json, sys
t = open(sys.argv[1], encoding="utf-8").read()
[json.loads(l) for l in t.splitlines()] if sys.argv[2] == "jsonl" else json.loads(t)' "$T/r.$fmt" "$fmt"
	check "names in $fmt: no raw control character" bash -c "! LC_ALL=C grep -qP '[\\x00-\\x08\\x0b-\\x1f\\x7f]|\\xc2[\\x80-\\x9f]' '$T/r.$fmt'"
done
expect_exit 1 "names in text" -- kh scan "$N" -f text -o "$T/r.txt"
check "names in text: no raw escape or bidi control" bash -c \
	"! LC_ALL=C grep -qP '[\\x00-\\x08\\x0b-\\x1f\\x7f]|\\xc2[\\x80-\\x9f]|\\xe2\\x80[\\xaa-\\xae]|\\xe2\\x81[\\xa6-\\xa9]' '$T/r.txt'"
expect_exit 0 "names in an error line" -- kh scan "$N/"$'fifo\e[2J' -f json -o "$T/out"
check "a FIFO's name in a warning: no raw escape" bash -c "! LC_ALL=C grep -qP '\\x1b' '$T/err'"
expect_exit 2 "a missing name in an error line" -- kh scan "$N/"$'gone\u009b2J\u202e\xff' -f json -o "$T/out"
check "names in error lines: no raw escape, C1 or bidi control, no bad UTF-8" bash -c \
	"! LC_ALL=C grep -qP '\\x1b|\\xc2[\\x80-\\x9f]|\\xe2\\x80[\\xaa-\\xae]|\\xff' '$T/err'"

finish e2e_harden18
