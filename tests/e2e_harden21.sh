#!/usr/bin/env bash
# End-to-end tests of wave 21's streamed archives: gzip data and tar
# archives past --max-file-size are read as streams, in chunks of it, not
# skipped. A secret at the start, across a chunk's edge and at the end of
# a member of more than 64 MB is found once each, on its line and column,
# from a .tar.gz held whole, from a file streamed and from stdin; bombs
# stop with one line; truncated gzip is one line, what came before the cut
# kept. Every run under `timeout`; no secret on stderr.
. "$(dirname "$0")/lib.sh"

LIMIT=300 # seconds (ASan, 67 MB a run): a hang fails instead of blocking CI
S1=pat-na1-1b6e4c2a-9d3f-4a71-8e5c-0f2d7b9a6c31 # fake HubSpot private-app tokens
S2=pat-na1-5e2a8d47-3c1b-4f90-a6d8-7b4e1c9f2a05
S3=pat-na1-9c4f1e63-7a2d-4b58-b3e9-2d6a0c8f5e17

kh() { timeout "$LIMIT" "$KEYHOUND" "$@"; }
check_msg() { check "$1" grep -q -- "$2" "$T/err"; }
lines() { check "$1: $2 line(s)" test "$(grep -c -- "$3" "$T/err")" = "$2"; }
no_secret() {
	if grep -qE "$S1|$S2|$S3" "$T/err"; then bad "$1: a secret on stderr" "$(head -c 300 "$T/err")"; else ok; fi
}

A=$T/a
mkdir -p "$A"
# big.log (67 MB): S1 on line 1; S2 in a line with no line end from 5 MB to
# 11 MB, starting 20 bytes before 10 MiB (the edge of the first chunk of
# the default --max-file-size); S3 at the very end, with no line end.
# want.txt: LINE COLUMN of each.
python3 - "$A" "$S1" "$S2" "$S3" <<'PY'
import io, os, sys, tarfile
d, s1, s2, s3 = sys.argv[1:]
out = io.BytesIO()
out.write(b"start k=" + s1.encode() + b"\n")
n = 2
def filler(upto):
    global n
    while out.tell() < upto:
        out.write(b"2026-01-01T00:00:%02dZ INFO request %07d served in %d ms\n" % (n % 60, n, n % 97))
        n += 1
filler(5_000_000)
edge_line, start = n, out.tell()
edge = 10 << 20
out.write(b"x " * ((edge - 20 - 2 - start) // 2))
out.write(b"k=")
col2 = out.tell() - start + 1
out.write(s2.encode())
out.write(b" y" * 300_000 + b"\n")
n += 1
filler(67 << 20)
end_line, start = n, out.tell()
out.write(b"end k=" + s3.encode())
data = out.getvalue()
with tarfile.open(os.path.join(d, "rel.tar.gz"), "w:gz", compresslevel=1) as t:
    i = tarfile.TarInfo("rel/big.log")
    i.size = len(data)
    t.addfile(i, io.BytesIO(data))
with open(os.path.join(d, "want.txt"), "w") as f:
    f.write("%s 1 9\n%s %d %d\n%s %d 7\n" % (s1, s2, edge_line, col2, s3, end_line))
PY
# want NAME FILE: the report holds S1, S2, S3 once each, where want.txt says
want() {
	local s l c
	check "$1: three findings" jq -e 'length == 3' "$T/out"
	while read -r s l c; do
		check "$1: ${s:0:12}... once, at $l:$c" jq -e --arg s "$s" --arg f "$2" \
			--argjson l "$l" --argjson c "$c" \
			'[.[] | select(.secret == $s)] | length == 1 and .[0].line == $l and
			 .[0].column == $c and .[0].file == $f' "$T/out"
	done <"$A/want.txt"
}

# ---- a .tar.gz of 4 MB held whole, its 67 MB member streamed ------------------
expect_exit 1 "a 67 MB member" -- kh scan "$A/rel.tar.gz" -f json --show-secrets -o "$T/out"
want "a 67 MB member" "$A/rel.tar.gz!rel/big.log"
lines "a 67 MB member: nothing said" 0 "warning"
no_secret "a 67 MB member"

# ---- the file itself over --max-file-size: read as a stream -------------------
expect_exit 1 "a .tar.gz over --max-file-size" -- \
	kh scan "$A/rel.tar.gz" --max-file-size 1M -f json --show-secrets -o "$T/out"
want "a .tar.gz over --max-file-size" "$A/rel.tar.gz!rel/big.log"
lines "a .tar.gz over --max-file-size: nothing said" 0 "warning"

# ---- stdin that is gzip -------------------------------------------------------
expect_exit 1 "a .tar.gz on stdin" -- bash -c \
	"timeout $LIMIT '$KEYHOUND' scan - --max-file-size 1M -f json --show-secrets <'$A/rel.tar.gz'"
want "a .tar.gz on stdin" "-!rel/big.log"

# ---- truncated: one line, what came before the cut kept -----------------------
head -c 2000000 "$A/rel.tar.gz" >"$A/cut.tar.gz"
expect_exit 1 "a truncated .tar.gz" -- \
	kh scan "$A/cut.tar.gz" --max-file-size 1M -f json --show-secrets -o "$T/out"
reports "a truncated .tar.gz: the secrets before the cut" "$S1" "$S2"
lines "a truncated .tar.gz: one line" 1 "cut.tar.gz: corrupt or truncated gzip data after [0-9]* bytes; scanned up to there"
lines "a truncated .tar.gz: nothing else said" 1 "warning"
no_secret "a truncated .tar.gz"
# a plain .gz cut, on stdin
printf 'k=%s\n' "$S1" >"$A/one.env"
{ cat "$A/one.env"; head -c 3000000 /dev/urandom | base64; } | gzip -1 | head -c 1500000 >"$A/cut.env.gz"
expect_exit 1 "a truncated .gz on stdin" -- bash -c \
	"timeout $LIMIT '$KEYHOUND' scan - --max-file-size 64K -f json --show-secrets <'$A/cut.env.gz'"
reports "a truncated .gz on stdin: the secret before the cut" "$S1"
lines "a truncated .gz on stdin: one line" 1 "warning"

# ---- bombs: one line each, bounded ---------------------------------------------
# 64 MB of short text lines in 64 KB: past 100 x --max-file-size
python3 -c 'import sys, zlib
c = zlib.compressobj(9, zlib.DEFLATED, 31)
sys.stdout.buffer.write(b"".join(c.compress(b"a=1\n" * (1 << 18)) for _ in range(64)) + c.flush())' >"$A/bomb.gz"
expect_exit 0 "a gzip bomb held whole" -- kh scan "$A/bomb.gz" --max-file-size 64K -f json -o "$T/out"
lines "a gzip bomb held whole: one line" 1 "bomb.gz: archive stopped: it decompresses to more than 6553600 bytes (100 x --max-file-size) and 100 times its own size"
lines "a gzip bomb held whole: nothing else" 1 "warning"
expect_exit 0 "a gzip bomb streamed" -- kh scan "$A/bomb.gz" --max-file-size 16K -f json -o "$T/out"
lines "a gzip bomb streamed: one line" 1 "bomb.gz: archive stopped: .* and 100 times its own size"
lines "a gzip bomb streamed: nothing else" 1 "warning"
# past 10,000 x --max-file-size, whatever the ratio (a 1 KiB limit: 10 MB)
# (seeded, not /dev/urandom: 12 MB of random base64 holds a token's shape,
# ATBB and 28 letters, about once in a hundred runs)
python3 -c 'import base64, random, sys
sys.stdout.buffer.write(base64.encodebytes(random.Random(21).randbytes(9000000)))' | gzip -1 >"$A/long.gz"
expect_exit 0 "10,000 x --max-file-size" -- kh scan "$A/long.gz" --max-file-size 1K -f json -o "$T/out"
lines "10,000 x --max-file-size: one line" 1 "long.gz: archive stopped: it decompresses to more than 10240000 bytes (10,000 x --max-file-size)"

# ---- what cannot be streamed: one line ----------------------------------------
head -c 300000 /dev/zero | gzip >"$A/zeros.gz"
expect_exit 0 "binary content over --max-file-size" -- kh scan "$A/zeros.gz" --max-file-size 64K -f json -o "$T/out"
lines "binary content over --max-file-size: one line" 1 "zeros.gz!zeros: skipped: binary, zip or UTF-16 data longer than --max-file-size"

# the man page says it
check "man page: streamed" grep -q "read as streams" "$ROOT/doc/keyhound.1"
check "man page: the bomb ratio" grep -q "100 times its own size" "$ROOT/doc/keyhound.1"

finish e2e_harden21
