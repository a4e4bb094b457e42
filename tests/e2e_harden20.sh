#!/usr/bin/env bash
# End-to-end tests of wave 20's hardening, failure paths as a user meets
# them: FIFOs where a settings file or a repository's file should be (a
# copied repository, a hostile one: libgit2 blocked opening them), a
# closed stdout (the report went to /dev/null), a report read back whose
# names hold bad UTF-8; and, kept from breaking, a full disk for the
# report, permission-denied trees and reports, files that vanish, fail or
# shrink as they are read, archive bombs. Each: no hang (every run under
# `timeout`), the exit code, one clear line naming the file, nothing lost
# silently, no secret on stderr.
. "$(dirname "$0")/lib.sh"

LIMIT=60 # seconds: a hang fails instead of blocking CI
S=pat-na1-7c3e9a51-2b4d-4f86-9e1a-5d8c2b7f4a06 # a fake HubSpot private-app token

kh() { timeout "$LIMIT" "$KEYHOUND" "$@"; }
check_msg() { check "$1" grep -q -- "$2" "$T/err"; }
no_secret() {
	if grep -qF "$S" "$T/err"; then bad "$1: the secret on stderr" "$(head -c 300 "$T/err")"; else ok; fi
}
# lines NAME N PATTERN: stderr has N lines matching PATTERN
lines() { check "$1: $2 line(s)" test "$(grep -c -- "$3" "$T/err")" = "$2"; }
no_tmp() { check "$1: no temporary file left" bash -c "! ls '$2' | grep -q '\\.tmp\\.'"; }

D=$T/tree
mkdir -p "$D"
printf 'HUBSPOT_TOKEN=%s\n' "$S" >"$D/app.env"

# ---- a closed stdout ------------------------------------------------------------
# it was given /dev/null (so no file opened later takes descriptor 1), and
# the report went there: exit 1, not a word
expect_exit 2 "stdout closed" -- bash -c "exec timeout $LIMIT '$KEYHOUND' scan '$D' -f json >&-"
check_msg "stdout closed: said" "standard output is closed: the report has nowhere to go"
lines "stdout closed" 1 "error:"
expect_exit 1 "stdout closed, -o FILE: the report written" -- bash -c \
	"exec timeout $LIMIT '$KEYHOUND' scan '$D' -f json -q -o '$T/closed.json' >&-"
check "stdout closed, -o FILE: the finding in it" jq -e 'length == 1' "$T/closed.json"

# ---- FIFOs where a file is read whole ------------------------------------------
# a FIFO no one writes to blocked the open() for ever; a pipe that is
# written (process substitution) is still read
mkfifo "$T/fifo"
for opt in --baseline --config --rules; do
	expect_exit 2 "$opt a FIFO" -- kh scan "$D" $opt "$T/fifo" -f json -o "$T/out"
	lines "$opt a FIFO" 1 "error: $T/fifo"
done
expect_exit 1 "--ignore-file a FIFO: read as empty" -- kh scan "$D" --ignore-file "$T/fifo" -f json -o "$T/out"
kh scan "$D" -f baseline -q -o "$T/base.json"
expect_exit 0 "--baseline <(cat ...): read whole" -- bash -c \
	"timeout $LIMIT '$KEYHOUND' scan '$D' --baseline <(cat '$T/base.json') -f json -o '$T/out'"

# ---- FIFOs in a repository ---------------------------------------------------------
G=$T/repo
git init -q -b main "$G"
git -C "$G" config user.name t && git -C "$G" config user.email t@example.com
cp "$D/app.env" "$G/app.env"
git -C "$G" add app.env && git -C "$G" commit -qm one
printf 'x\n' >"$G/b.txt"
git -C "$G" add b.txt && git -C "$G" commit -qm two
git -C "$G" gc -q
printf 'y\n' >"$G/c.txt"
git -C "$G" add c.txt && git -C "$G" commit -qm three
PACKIDX=$(cd "$G" && ls .git/objects/pack/*.idx)
# fifo_in WHAT FILE CMD...: FILE of the repository (below $G) made a FIFO:
# CMD ends with exit 2 and one error naming it
fifo_in() {
	local what=$1 file=$2 r=$T/r-$1
	shift 2
	rm -rf "$r"
	cp -a "$G" "$r"
	rm -f "$r/$file"
	mkfifo "$r/$file"
	expect_exit 2 "$* in a repository whose $what is a FIFO" -- kh "$@" "$r" -f json -o "$T/out"
	check_msg "$* with a FIFO $what: named" "error: $r/$file: a FIFO, not a file git writes: the repository is not read"
	lines "$* with a FIFO $what" 1 "FIFO"
}
fifo_in config .git/config git
fifo_in packed-refs .git/packed-refs git
fifo_in branch .git/refs/heads/main git
fifo_in branch .git/refs/heads/main staged
fifo_in alternates .git/objects/info/alternates git
fifo_in alternates .git/objects/info/alternates staged
fifo_in index .git/index staged
fifo_in pack-index "$PACKIDX" git
# our own readers of packs, the commit graph and loose objects: a FIFO is
# refused there too (never opened to block)
expect_exit 1 "git: the repository without FIFOs" -- kh git "$G" -f json --show-secrets -o "$T/out"
reports "git: the repository without FIFOs" "$S"

# ---- a report read back: names in bad UTF-8 --------------------------------------------
# a "validation" key of bad UTF-8 was written as Latin-1 escapes, then read
# back as other characters: merging a merged report changed it
kh scan "$D" -f json --show-secrets -q -o "$T/r1.json"
python3 - "$T/r1.json" "$T/r2.json" <<'EOF'
import sys
t = open(sys.argv[1], "rb").read().replace(b'"structure"', b'"stru\xcf\xcfcture"')
open(sys.argv[2], "wb").write(t)
EOF
expect_exit 1 "merge: a validation key of bad UTF-8" -- kh merge "$T/r2.json" -f json -o "$T/m1.json"
expect_exit 1 "merge: the merged report again" -- kh merge "$T/m1.json" -f json -o "$T/m2.json"
check "merge: a merged report merges to the same bytes" cmp "$T/m1.json" "$T/m2.json"
check "merge: valid UTF-8 JSON" python3 -c 'import json, sys; json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))' "$T/m1.json"

# ---- a full disk ---------------------------------------------------------------------
O=$T/outdir
mkdir -p "$O"
printf '{"old": true}\n' >"$O/old.json"
# stdout: the error and exit 2 (jq's rule: a full disk is an error)
expect_exit 2 "stdout onto /dev/full" -- bash -c "exec timeout $LIMIT '$KEYHOUND' scan '$D' -f json >/dev/full"
check_msg "stdout onto /dev/full: said" "standard output: cannot write report: No space left on device"
# a small tmpfs, when we may mount one: the old report survives whole
if unshare -m true 2>/dev/null; then
	M=$T/mnt
	mkdir -p "$M"
	python3 - "$O/in" <<'EOF'
import os, random, sys
os.makedirs(sys.argv[1])
r = random.Random(20)
h = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
with open(os.path.join(sys.argv[1], "many.env"), "w") as f:
    for i in range(400):
        f.write("t%d=pat-na1-%s-%s-4%s-a%s-%s\n" % (i, h(8), h(4), h(3), h(3), h(12)))
EOF
	expect_exit 2 "-o onto a full tmpfs" -- unshare -m bash -c "mount -t tmpfs -o size=64k tmpfs '$M' &&
		head -c 40960 /dev/zero >'$M/fill' && printf '{\"old\": true}\n' >'$M/old.json' &&
		timeout $LIMIT '$KEYHOUND' scan '$O/in' -f json -o '$M/old.json'; rc=\$?;
		grep -q '\"old\": true' '$M/old.json' || rc=98; ls '$M' | grep -q '\\.tmp\\.' && rc=97; exit \$rc"
	check_msg "-o onto a full tmpfs: said" "old.json: cannot write report: No space left on device"
	lines "-o onto a full tmpfs" 1 "error:"
	no_secret "-o onto a full tmpfs"
else
	echo "e2e_harden20: no tmpfs (unshare -m refused): full-disk test skipped" >&2
fi

# ---- permissions (as another user: root reads everything) --------------------------
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	P=$T/perm
	mkdir -p "$P/tree/locked" "$P/ro"
	cp "$D/app.env" "$P/tree/a.env"
	cp "$D/app.env" "$P/tree/locked/b.env"
	printf 'k=%s\n' "${S%?}7" >"$P/tree/c.env"
	printf '{"old": true}\n' >"$P/ro/r.json"
	chmod 000 "$P/tree/locked" "$P/tree/c.env"
	chmod 555 "$P/ro"
	chmod 755 "$T"
	chmod 644 "$P/ro/r.json"
	nobody() { timeout "$LIMIT" setpriv --reuid=65534 --regid=65534 --clear-groups "$KEYHOUND" "$@"; }
	expect_exit 1 "a directory and a file we may not read" -- nobody scan "$P/tree" -f jsonl
	check "a directory and a file we may not read: the rest reported" grep -q '"file":"[^"]*a.env"' "$T/out"
	check_msg "a directory we may not read: named" "locked: cannot open directory: Permission denied"
	check_msg "a file we may not read: named" "c.env: cannot open: Permission denied"
	expect_exit 2 "-o in a read-only directory" -- nobody scan "$P/tree" -f json -o "$P/ro/r.json"
	check_msg "-o in a read-only directory: said" "r.json: cannot write report: Permission denied"
	lines "-o in a read-only directory" 1 "error:"
	check "-o in a read-only directory: the old report intact" grep -q '"old": true' "$P/ro/r.json"
	chmod 700 "$P/tree/locked" "$T"
fi

# ---- files that vanish, fail or shrink as they are read ----------------------------
V=$T/vanish
mkdir -p "$V"
cp "$D/app.env" "$V/a.env"
cp "$D/app.env" "$V/b.env"
if command -v strace >/dev/null; then
	# strace injects into read(): files are read with it, not through
	# io_uring (whose failed read is done again by read(): uring40)
	# a read error (EIO) on one file: a warning naming it, the other found
	expect_exit 1 "a read error on one file" -- env ASAN_OPTIONS=detect_leaks=0 KEYHOUND_NO_IO_URING=1 strace -f -qq -o /dev/null \
		-P "$V/b.env" -e trace=read -e inject=read:error=EIO "$KEYHOUND" scan "$V" -f json --show-secrets -o "$T/out"
	check_msg "a read error on one file: named" "b.env: read error: Input/output error"
	reports "a read error on one file" "$S"
	# a file emptied (its first read at the end): scanned as it is now
	expect_exit 1 "a file emptied as it is read" -- env ASAN_OPTIONS=detect_leaks=0 KEYHOUND_NO_IO_URING=1 strace -f -qq -o /dev/null \
		-P "$V/b.env" -e trace=read -e inject=read:retval=0 "$KEYHOUND" scan "$V" -f json --show-secrets -o "$T/out"
	check "a file emptied as it is read: the other found" jq -e 'length == 1' "$T/out"
fi
# files removed while the walk lists them: each a warning at most, no crash
for i in $(seq 400); do printf 'HUBSPOT_TOKEN=%s\n' "$S" >"$V/f$i.env"; done
(for i in $(seq 400); do rm -f "$V/f$i.env"; done) &
kh scan "$V" -j2 -f json -o "$T/out" 2>"$T/err"
got=$?
wait
check "files removed during the walk: exit 1 (got $got)" test "$got" = 1
check "files removed during the walk: only 'cannot open' warnings" \
	bash -c "! grep -v 'keyhound: warning: .*: cannot open: No such file or directory' '$T/err' | grep -q warning"

# ---- archive bombs: bounded, one line each ------------------------------------------
A=$T/arch
mkdir -p "$A"
python3 - "$A" "$S" <<'EOF'
import io, os, sys, tarfile, zipfile
d, s = sys.argv[1], ("HUBSPOT_TOKEN=%s\n" % sys.argv[2]).encode()
with zipfile.ZipFile(os.path.join(d, "member.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("zeros.txt", b"\0" * (64 << 20))
    z.writestr("after.env", s)
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w:gz") as t:
    i = tarfile.TarInfo("big.txt")
    i.size = 12 << 20
    t.addfile(i, io.BytesIO(b"x" * i.size))
    i = tarfile.TarInfo("after.env")
    i.size = len(s)
    t.addfile(i, io.BytesIO(s))
open(os.path.join(d, "whole.tar.gz"), "wb").write(b.getvalue())
EOF
# a zip member of zeros over --max-file-size: binary, not streamed, one
# line; the next read
expect_exit 1 "a zip member bomb" -- kh scan "$A/member.zip" -f json --show-secrets -o "$T/out"
reports "a zip member bomb: the member after it" "$S"
lines "a zip member bomb" 1 "member.zip!zeros.txt: skipped: binary, zip or UTF-16 data longer than --max-file-size"
# a .tar.gz over --max-file-size is read as a stream (wave 21): the text
# member over it in chunks, the member after it found, nothing said
expect_exit 1 "a tar.gz over --max-file-size" -- kh scan "$A/whole.tar.gz" -f json -o "$T/out"
lines "a tar.gz over --max-file-size: nothing said" 0 "warning"
check "a tar.gz over --max-file-size: the member after the long one" \
	jq -e 'length == 1 and (.[0].file | endswith("whole.tar.gz!after.env"))' "$T/out"
expect_exit 1 "a tar.gz, --max-file-size 16M: read" -- kh scan "$A/whole.tar.gz" --max-file-size 16M -f json -o "$T/out"
# the limits are the man page's
check "man page: the archive limits" grep -q "100 times" "$ROOT/doc/keyhound.1"

finish e2e_harden20
