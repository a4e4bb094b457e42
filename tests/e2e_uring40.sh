#!/usr/bin/env bash
# End-to-end tests of wave 40's batch reads (uring40): a tree's files are
# opened, read and closed through io_uring, a directory's files a batch,
# and read() is the fallback (KEYHOUND_NO_IO_URING=1, or io_uring refused).
# Every case runs both ways and the two must give the same exit code, the
# same report and the same stderr (timings aside): a file that fills the
# first read (64 KiB) or not, one over --max-file-size, a binary one, a
# FIFO said to be a file (a test library rewrites the directory entry:
# io_uring waits on a FIFO with a writer where read() says EAGAIN), a file
# removed between the listing and the open, a file of another user, 5,000
# files in one directory, a low `ulimit -n`. New here (failing on
# kh-w40base, which has no ring): io_uring is used by default and not
# with the variable set, and a refused io_uring is a note under -v only.
. "$(dirname "$0")/lib.sh"
unset KEYHOUND_NO_IO_URING # this suite runs each case both ways itself

LIMIT=60
S=pat-na1-3f8b2c71-9d4e-4a06-b5c3-7e1f2a9d6c48 # a fake HubSpot private-app token
kh() { timeout "$LIMIT" "$KEYHOUND" "$@"; }
norm() { sed -E 's/ in [0-9.]+ s(;|$)/\1/' "$1"; }

# both NAME WANT ARGS...: `scan ARGS` through the ring (its output in
# $T/u.out, $T/u.err) and by read() ($T/n.*): exit WANT both times, the
# same stdout and the same stderr
both() {
	local name=$1 want=$2 got
	shift 2
	kh scan "$@" >"$T/u.out" 2>"$T/u.err"
	got=$?
	check "$name: exit $want through the ring (got $got)" test "$got" = "$want"
	KEYHOUND_NO_IO_URING=1 kh scan "$@" >"$T/n.out" 2>"$T/n.err"
	got=$?
	check "$name: exit $want by read() (got $got)" test "$got" = "$want"
	check "$name: the same report both ways" cmp "$T/u.out" "$T/n.out"
	check "$name: the same stderr both ways" cmp <(norm "$T/u.err") <(norm "$T/n.err")
}
# count NAME N: the ring's JSON report holds N findings
count() { check "$1: $2 findings" test "$(jq length "$T/u.out")" = "$2"; }
said() { check "$1" grep -q -- "$2" "$T/u.err"; }

# ---- sizes around the first read (64 KiB) and --max-file-size -------------------
D=$T/sizes
mkdir -p "$D"
python3 - "$D" "$S" <<'PY'
import os, sys
d, s = sys.argv[1], ("HUBSPOT_TOKEN=%s\n" % sys.argv[2]).encode()
def mk(name, size):  # text of `size` bytes, the secret on its last line
    body = b"x" * 63 + b"\n"
    fill = (body * (size // 64 + 1))[: size - len(s)]
    open(os.path.join(d, name), "wb").write(fill + s)
for n, size in (("first-1.txt", 65535), ("first.txt", 65536), ("first+1.txt", 65537),
                ("three-mb.txt", 3 << 20), ("small.txt", 200), ("probe+1.txt", 8193)):
    mk(n, size)
open(os.path.join(d, "empty.txt"), "wb").close()
# binary: a NUL in the first 8 KiB, longer than 8 KiB, shorter than 64 KiB
open(os.path.join(d, "bin.dat"), "wb").write(b"\0" * 100 + b"y" * 20000 + s)
PY
both "sizes" 1 "$D" -j1 -f json --show-secrets
count "sizes" 6
said "sizes: the binary one counted" "skipped 1 binary"
both "sizes, -j2" 1 "$D" -j2 -f json --show-secrets
count "sizes, -j2" 6
# --max-file-size at and around a file's size and the first read's
for m in 200:1 65535:3 65536:4 65537:5; do
	both "--max-file-size ${m%:*}" 1 "$D" -j1 -f json --show-secrets --max-file-size "${m%:*}"
	count "--max-file-size ${m%:*}" "${m#*:}"
done
said "--max-file-size 65537: three-mb over it" "three-mb.txt: skipped: 3145728 bytes is over --max-file-size"
both "--max-file-size 65535" 1 "$D" -j1 -f json --show-secrets --max-file-size 65535
said "--max-file-size 65535: first over it" "first.txt: skipped: 65536 bytes is over --max-file-size"
both "--max-file-size 199" 0 "$D" -j1 -f json --show-secrets --max-file-size 199
count "--max-file-size 199" 0
# a gzip over --max-file-size: streamed from the ring's descriptor
(printf 'HUBSPOT_TOKEN=%s\n' "$S"; head -c 200000 /dev/urandom | od -An -tx1) | gzip >"$D/z.gz"
both "a gzip over --max-file-size" 1 "$D" -j1 -f json --show-secrets --max-file-size 70000
check "a gzip over --max-file-size: streamed, its secret found" \
	jq -e 'any(.[]; .file | test("z.gz"))' "$T/u.out"

# ---- a FIFO said to be a file, a file gone before its open ------------------------
# The library gives names fifo-* the type of a regular file and removes
# gone-* once they are listed (getdents64, and readdir for the base).
L=$T/lib
mkdir -p "$L"
cat >"$L/ents.c" <<'C'
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
static void fix(int dfd, unsigned char *type, const char *name)
{
	if (!strncmp(name, "fifo-", 5))
		*type = DT_REG;
	else if (!strncmp(name, "gone-", 5))
		unlinkat(dfd, name, 0);
}
ssize_t getdents64(int fd, void *buf, size_t n)
{
	ssize_t (*real)(int, void *, size_t) = dlsym(RTLD_NEXT, "getdents64");
	ssize_t r = real(fd, buf, n), off;
	for (off = 0; off < r;) {
		struct dirent64 *d = (struct dirent64 *)((char *)buf + off);
		fix(fd, &d->d_type, d->d_name);
		off += d->d_reclen;
	}
	return r;
}
struct dirent *readdir(DIR *dir)
{
	struct dirent *(*real)(DIR *) = dlsym(RTLD_NEXT, "readdir");
	struct dirent *d = real(dir);
	if (d)
		fix(dirfd(dir), &d->d_type, d->d_name);
	return d;
}
C
if cc -shared -fPIC -o "$L/ents.so" "$L/ents.c" -ldl 2>"$T/cc.err"; then
	pre() { env ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0" LD_PRELOAD="$L/ents.so" "$@"; }
	F=$T/fifo
	mkdir -p "$F"
	printf 'HUBSPOT_TOKEN=%s\n' "$S" >"$F/a.env"
	mkfifo "$F/fifo-quiet"
	kh() { pre timeout "$LIMIT" "$KEYHOUND" "$@"; }
	# no writer: read() says its end at once, an empty file
	both "a FIFO for a file, no writer" 1 "$F" -j1 -f json --show-secrets
	count "a FIFO for a file, no writer" 1
	# a writer and no data: read() says EAGAIN; the ring's read is cancelled
	mkfifo "$F/fifo-held"
	(exec 3<>"$F/fifo-held"; sleep 30) &
	holder=$!
	both "a FIFO for a file, held open" 1 "$F" -j1 -f json --show-secrets
	count "a FIFO for a file, held open" 1
	said "a FIFO for a file, held open: named" "fifo-held: read error: Resource temporarily unavailable"
	both "a FIFO for a file, held open, -j2" 1 "$F" -j2 -f json --show-secrets
	kill "$holder" 2>/dev/null
	wait "$holder" 2>/dev/null
	# gone between the listing and the open
	G=$T/gone
	mkdir -p "$G"
	printf 'HUBSPOT_TOKEN=%s\n' "$S" >"$G/a.env"
	for i in 1 2 3; do printf 'x\n' >"$G/gone-$i"; done
	kh scan "$G" -j1 -f json --show-secrets >"$T/u.out" 2>"$T/u.err"
	for i in 1 2 3; do printf 'x\n' >"$G/gone-$i"; done
	KEYHOUND_NO_IO_URING=1 kh scan "$G" -j1 -f json --show-secrets >"$T/n.out" 2>"$T/n.err"
	check "files gone before their open: the same report" cmp "$T/u.out" "$T/n.out"
	check "files gone before their open: the same stderr" cmp <(norm "$T/u.err") <(norm "$T/n.err")
	check "files gone before their open: three warnings" \
		test "$(grep -c 'gone-[123]: cannot open: No such file or directory' "$T/u.err")" = 3
	kh() { timeout "$LIMIT" "$KEYHOUND" "$@"; }
else
	bad "build the directory-entry library (cc)" "$(head -c 300 "$T/cc.err")"
fi

# ---- another user: a file it may not read, files opened without O_NOATIME -------
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	P=$T/perm
	mkdir -p "$P"
	for i in 1 2 3; do printf 'HUBSPOT_TOKEN=%s\n' "$S" >"$P/r$i.env"; done
	printf 'HUBSPOT_TOKEN=%s\n' "$S" >"$P/locked.env"
	chmod 000 "$P/locked.env"
	chmod 755 "$T"
	kh() { timeout "$LIMIT" setpriv --reuid=65534 --regid=65534 --clear-groups "$KEYHOUND" "$@"; }
	both "another user's files" 1 "$P" -j1 -f json --show-secrets
	count "another user's files (O_NOATIME refused, opened again)" 3
	said "a file we may not read: named" "locked.env: cannot open: Permission denied"
	kh() { timeout "$LIMIT" "$KEYHOUND" "$@"; }
	chmod 700 "$T"
fi

# ---- many files in one directory, few descriptors --------------------------------
M=$T/many
mkdir -p "$M/one" "$M/sub"
python3 - "$M" "$S" <<'PY'
import os, sys
d, s = sys.argv[1], sys.argv[2]
for i in range(5000):
    with open(os.path.join(d, "one", "f%04d.env" % i), "w") as f:
        f.write("HUBSPOT_TOKEN=%s%04d\n" % (s[:-4], i))
for j in range(40):
    os.makedirs(os.path.join(d, "sub", "d%02d" % j))
    for i in range(40):
        with open(os.path.join(d, "sub", "d%02d" % j, "g%02d.env" % i), "w") as f:
            f.write("HUBSPOT_TOKEN=%s%02d%02d\n" % (s[:-4], j, i))
PY
both "5,000 files in one directory" 1 "$M/one" -j1 -f json -q
count "5,000 files in one directory" 5000
both "5,000 files in one directory, -j2" 1 "$M/one" -j2 -f json -q
count "5,000 files in one directory, -j2" 5000
for n in 32 100; do
	kh() { bash -c "ulimit -n $n && exec timeout $LIMIT '$KEYHOUND' \"\$@\"" kh "$@"; }
	both "ulimit -n $n" 1 "$M" -j1 -f json
	count "ulimit -n $n" 6600
	check "ulimit -n $n: no warning" bash -c "! grep -q warning '$T/u.err'"
	both "ulimit -n $n, -j2" 1 "$M" -j2 -f json
	count "ulimit -n $n, -j2" 6600
done
kh() { timeout "$LIMIT" "$KEYHOUND" "$@"; }

# ---- the switch: io_uring by default, read() with the variable, quiet fallback ---
# Where this machine refuses io_uring (a container's seccomp profile,
# kernel.io_uring_disabled), keyhound falls back as designed: the checks
# that need the ring are skipped, said on stderr; the rest ran both ways.
RING=1
if kh scan "$D" -j1 -v -f json -o "$T/probe.json" 2>&1 | grep -q 'io_uring not available'; then
	RING=0
	echo "e2e_uring40: io_uring refused on this machine: the ring's own checks skipped" >&2
fi
if [ "$RING" = 1 ] && command -v strace >/dev/null; then
	st() { ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" strace -f -qq -o "$T/st" -e trace=io_uring_setup,io_uring_enter "$@"; }
	st "$KEYHOUND" scan "$D" -j1 -f json -o "$T/r.json" 2>"$T/err"
	check "io_uring used by default" grep -q io_uring_enter "$T/st"
	st env KEYHOUND_NO_IO_URING=1 "$KEYHOUND" scan "$D" -j1 -f json -o "$T/r2.json" 2>"$T/err"
	check "KEYHOUND_NO_IO_URING=1: no ring" bash -c "! grep -q io_uring_setup '$T/st'"
	check "KEYHOUND_NO_IO_URING=1: the same report" cmp "$T/r.json" "$T/r2.json"
	# refused (as seccomp in a container would): read(), silent without -v
	refused() { ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" strace -f -qq -o "$T/st2" -e inject=io_uring_setup:error=EPERM "$@"; }
	refused "$KEYHOUND" scan "$D" -j2 -f json -o "$T/r3.json" 2>"$T/err"
	check "io_uring refused: the same report" cmp "$T/r.json" "$T/r3.json"
	check "io_uring refused: not said without -v" bash -c "! grep -q io_uring '$T/err'"
	refused "$KEYHOUND" scan "$D" -j2 -v -f json -o "$T/r4.json" 2>"$T/err"
	check "io_uring refused: -v says so once" \
		test "$(grep -c 'io_uring not available (Operation not permitted)' "$T/err")" = 1
	check "io_uring refused, -v: the same report" cmp "$T/r.json" "$T/r4.json"
fi

# ---- the ring's system calls: two a batch, a stat only for a long file -----------
# (the read() path's own are checked by tests/e2e_inputs.sh)
W=$T/walk
walk_tree "$W" "HUBSPOT_TOKEN=$S"
if [ "$RING" = 1 ] && command -v strace >/dev/null; then
	ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" strace -f -y -o "$T/walk.st" \
		-e trace=openat,read,close,newfstatat,fstat,statx,fstatfs,fcntl,io_uring_enter,clone,clone3 \
		"$KEYHOUND" scan -q -j1 -f json --show-secrets -o "$T/walk.json" "$W" 2>"$T/err"
	check "ring walk: the key found" jq -e 'length == 1' "$T/walk.json"
	check "ring walk: no file opened by a system call of its own" \
		bash -c "! grep -qE 'openat\\([^)]*\"(f[0-9]+\\.txt|key\\.env|big\\.txt)\"' '$T/walk.st'"
	check "ring walk: two io_uring_enter a directory that holds files (5)" \
		test "$(grep -c 'io_uring_enter(' "$T/walk.st")" = 10
	check "ring walk: only the file longer than the first read is stated or read()" \
		test "$(grep -E '(stat|read)[a-z]*\([0-9]+<[^>]*/walk/[^>]*\.(txt|env)>' "$T/walk.st" | grep -vc 'big\.txt>')" = 0
	check "ring walk: one fstatfs for the one file system" test "$(grep -c '^[0-9]* *fstatfs(' "$T/walk.st")" = 1
	check "ring walk: no fcntl of a directory (no fdopendir)" test "$(grep -cE 'fcntl\([0-9]+<[^>]*/walk' "$T/walk.st")" = 0
	check "ring walk: -j1 starts no thread" test "$(grep -cE 'clone3?\(' "$T/walk.st")" = 0
fi

finish e2e_uring40
