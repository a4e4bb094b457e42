#!/usr/bin/env bash
# tests/e2e_inputs.sh - hostile and odd inputs: zip bombs, multi-member
# gzip, ZIP64, nesting, UTF-16, symlinks, long paths, binary probes and
# stdin in chunks. Sources tests/lib.sh; zips are made by tests/make_zip.py.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND
MKZIP="python3 $ROOT/tests/make_zip.py"

# fake tokens detected by built-in rules without context
PAT=pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f
GH=ghp_R4nd0mT0k3nV4lu3F0rT3st1ng0001Mxk9zQ

# count_in FILE REGEX: lines of FILE matching REGEX
count_in() { grep -c -- "$2" "$1" || true; }

# --- zip bomb: every entry points at one member ---------------------------------
mkdir -p "$T/bomb"
{ printf 'k=%s\n' "$PAT"; head -c 300000 /dev/zero | tr '\0' 'a'; echo; } >"$T/member.txt"
$MKZIP bomb "$T/bomb/bomb.zip" 2000 "$T/member.txt"
expect_exit 1 "overlapping zip entries" -- "$KH" scan -f json --show-secrets "$T/bomb"
check "the shared member is scanned once" jq -e 'length == 1' "$T/out"
check "one warning for the overlapping entries" \
	test "$(count_in "$T/err" '1999 zip entries overlap')" = 1 -a "$(count_in "$T/err" warning)" = 1

# the same archive committed to a repository: archive.c serves every source
git init -q "$T/bombrepo"
cp "$T/bomb/bomb.zip" "$T/bombrepo/"
git -C "$T/bombrepo" add bomb.zip
git -C "$T/bombrepo" -c user.name=t -c user.email=t@example.com commit -qm bomb
expect_exit 1 "overlapping zip entries in git history" -- "$KH" git -f json "$T/bombrepo"
check "git: the shared member is scanned once" jq -e 'length == 1' "$T/out"
check "git: one warning for the overlapping entries" \
	test "$(count_in "$T/err" 'zip entries overlap')" = 1

# --- the per-archive budget: 100 x --max-file-size, charged while inflating -----
mkdir -p "$T/budget"
$MKZIP many "$T/budget/many.zip" 110 19990 "$PAT" "$GH"
expect_exit 1 "archive over its budget" -- "$KH" scan -f json --show-secrets --max-file-size 20000 "$T/budget"
check "members before the budget is spent are scanned" \
	jq -e 'length == 1 and (.[0].file | endswith("many.zip!f0000.env"))' "$T/out"
check "one warning when the budget is spent" \
	test "$(count_in "$T/err" 'many.zip: archive stopped: it decompresses to more than 2000000 bytes')" = 1 \
	-a "$(count_in "$T/err" warning)" = 1
expect_exit 1 "archive within its budget" -- "$KH" scan -f json --show-secrets --max-file-size 30000 "$T/budget"
check "every member within the budget is scanned" jq -e 'length == 2' "$T/out"

# --- multi-member gzip ------------------------------------------------------------
mkdir -p "$T/gz"
{ printf 'first member\n' | gzip -c; printf 'k=%s\n' "$PAT" | gzip -c; } >"$T/gz/two.env.gz"
expect_exit 1 "multi-member gzip" -- "$KH" scan -f json --show-secrets "$T/gz"
check "the second gzip member is read" \
	jq -e 'length == 1 and (.[0].file | endswith("two.env.gz!two.env")) and .[0].line == 2' "$T/out"

# --- ZIP64: more than 65,535 entries, sizes and offsets in extra fields -----------
mkdir -p "$T/z64"
printf 'k=%s\n' "$PAT" >"$T/last.env"
$MKZIP zip64 "$T/z64/big.zip" 65600 "$T/last.env"
expect_exit 1 "ZIP64 archive" -- "$KH" scan -f json --show-secrets "$T/z64"
check "the entry past 65,535 is read" \
	jq -e 'length == 1 and (.[0].file | endswith("big.zip!last.env"))' "$T/out"

# --- nesting: three archive levels, a .tar.gz being one ---------------------------
mkdir -p "$T/nest/w" "$T/nest4"
printf 'k=%s\n' "$PAT" >"$T/nest/w/s.env"
(cd "$T/nest/w" && python3 -c "import zipfile; z=zipfile.ZipFile('inner.zip','w'); z.write('s.env'); z.close()" &&
	tar czf mid.tar.gz inner.zip &&
	python3 -c "import zipfile; z=zipfile.ZipFile('../outer.zip','w'); z.write('mid.tar.gz'); z.close()" &&
	python3 -c "import zipfile; z=zipfile.ZipFile('../../nest4/four.zip','w'); z.write('../outer.zip','outer.zip'); z.close()")
rm -r "$T/nest/w"
expect_exit 1 "zip in tar.gz in zip" -- "$KH" scan -f json --show-secrets "$T/nest"
check "three archive levels are opened" \
	jq -e 'length == 1 and (.[0].file | endswith("outer.zip!mid.tar.gz!inner.zip!s.env"))' "$T/out"
expect_exit 0 "four archive levels" -- "$KH" scan -f json --show-secrets "$T/nest4"
check "the fourth level is refused with a note" \
	grep -q 'four.zip!outer.zip!mid.tar.gz!inner.zip: archive nested more than 3 levels deep' "$T/err"

# --- UTF-16 text ------------------------------------------------------------------
mkdir -p "$T/u16"
python3 - "$T/u16" "$PAT" <<'PY'
import sys
d, pat = sys.argv[1], sys.argv[2]
text = "# setup\r\n$name = 'd\u00e9j\u00e0 vu \U0001F600'\r\n$key = '%s'\r\n" % pat
open(d + "/bom-le.ps1", "wb").write(text.encode("utf-16"))  # BOM, little-endian
open(d + "/plain-be.config", "wb").write(text.encode("utf-16-be"))  # no BOM
PY
# bytes FF FE before text without a NUL: not UTF-16, scanned as they are
printf '\377\376k=%s\n' "$PAT" >"$T/u16/not-utf16.txt"
expect_exit 1 "UTF-16 files" -- "$KH" scan -f json --show-secrets "$T/u16"
check "UTF-16 LE with a BOM and BE without one are both scanned" \
	jq -e '[.[] | select(.file | test("bom-le|plain-be"))] | length == 2 and all(.[]; .line == 3 and .column == 9 and .secret == "'"$PAT"'")' "$T/out"
check "a file without NULs is not taken for UTF-16" \
	jq -e '[.[] | select(.file | endswith("not-utf16.txt"))] | length == 1 and .[0].column == 5' "$T/out"

# --- symlinks: followed when named, never while walking ---------------------------
mkdir -p "$T/ln"
printf 'k=%s\n' "$PAT" >"$T/ln/real.env"
ln -s real.env "$T/ln/link.env"
expect_exit 1 "a symlink to a file named on the command line" -- "$KH" scan -f json --show-secrets "$T/ln/link.env"
check "is scanned under the name given" jq -e 'length == 1 and (.[0].file | endswith("ln/link.env"))' "$T/out"
expect_exit 1 "symlinks below a named directory" -- "$KH" scan -f json --show-secrets "$T/ln"
check "are not followed" jq -e 'length == 1 and (.[0].file | endswith("ln/real.env"))' "$T/out"

# --- paths longer than PATH_MAX ----------------------------------------------------
mkdir -p "$T/long"
deep=$(python3 - "$T/long" "$PAT" <<'PY2'
import os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
path = sys.argv[1]
for i in range(20):
    name = "%02d" % i + "d" * 248
    os.mkdir(name, dir_fd=fd)
    sub = os.open(name, os.O_RDONLY, dir_fd=fd)
    os.close(fd)
    fd, path = sub, path + "/" + name
for name, data in (("s.env", b"k=" + sys.argv[2].encode() + b"\n"),
                   ("bad.gz", b"\x1f\x8b\x08\x00" + b"\x07" * 64)):
    f = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(f, data)
    os.close(f)
print(path)
PY2
)
expect_exit 1 "a tree deeper than PATH_MAX" -- "$KH" scan -f json --show-secrets "$T/long"
check "the file at its bottom is read" \
	jq -e 'length == 1 and (.[0].file | length > 5000) and (.[0].file | endswith("/s.env"))' "$T/out"
check "a warning about a long path keeps its reason" \
	grep -q '^keyhound: warning: .*\.\.\..*/bad\.gz: corrupt or truncated gzip data, skipped$' "$T/err"
check "and stays one line of at most 1 KiB" \
	test "$(grep -c 'bad.gz' "$T/err")" = 1 -a "$(grep 'bad.gz' "$T/err" | wc -c)" -le 1100
expect_exit 1 "a file deeper than PATH_MAX named on the command line" -- "$KH" scan -f json --show-secrets "$deep/s.env"
check "is read" jq -e 'length == 1' "$T/out"

# --- a binary file is read no further than its first read (64 KiB) ---------------
mkdir -p "$T/bin"
{ printf 'x\0y'; head -c 3000000 /dev/zero | tr '\0' 'x'; } >"$T/bin/blob.bin"
if command -v strace >/dev/null; then
	# read() itself (through io_uring no read is a system call of its
	# own: tests/e2e_uring40.sh)
	ASAN_OPTIONS=detect_leaks=0 KEYHOUND_NO_IO_URING=1 strace -ff -y -e trace=read -o "$T/strace" \
		"$KH" scan -q --max-file-size 100M "$T/bin" >/dev/null 2>&1
	read_bytes=$(cat "$T"/strace.* | grep 'blob.bin>' | sed -n 's/.*= \([0-9]*\)$/\1/p' |
		awk '{ s += $1 } END { print s + 0 }')
	check "a 3 MB binary file: only its first 64 KiB are read ($read_bytes bytes)" \
		test "$read_bytes" -gt 0 -a "$read_bytes" -le 65536
else
	bad "strace" "not installed (make deps installs TEST_PACKAGES)"
fi
expect_exit 0 "a binary file" -- "$KH" scan -f json --show-secrets --max-file-size 100M "$T/bin"
check "is counted as skipped binary" grep -q 'skipped 1 binary' "$T/err"
{ printf 'x\0y'; head -c 20000 /dev/zero | tr '\0' 'x'; } >"$T/bin/small.bin"
printf 'k=%s\n' "$PAT" >"$T/bin/note.txt"
expect_exit 1 "a 20 KB binary file, read whole" -- "$KH" scan -f json --show-secrets "$T/bin"
check "is skipped by its first 8 KiB too" grep -q 'skipped 2 binary' "$T/err"

# --- the walk's cost per file: what ripgrep pays, no more --------------------------
# Each file is opened by its name in the directory the walk holds open (no
# lookup of its whole path), its size is not asked when the first read
# ends it, and -j1 scans in the walking thread (no thread, no hand-off).
walk_tree "$T/many" "k=$PAT"
if command -v strace >/dev/null; then
	# the read() path's system calls (the ring's: tests/e2e_uring40.sh)
	ASAN_OPTIONS=detect_leaks=0 KEYHOUND_NO_IO_URING=1 strace -f -y -e trace=openat,open,newfstatat,fstat,statx,clone,clone3,futex \
		-o "$T/walk.strace" "$KH" scan -q -j1 -f json --show-secrets -o "$T/walk.json" "$T/many" >/dev/null 2>&1
	check "-j1 finds the key" jq -e 'length == 1' "$T/walk.json"
	check "each of the 42 files opened once, by its name in its directory" \
		test "$(grep -cE '^[0-9]+ +openat\([0-9]+<[^>]*/many/[a-d](/sub)?>, "(f[0-9]+\.txt|key\.env|big\.txt)"' "$T/walk.strace")" = 42
	check "no file opened by its whole path" \
		test "$(grep -cE 'openat\(AT_FDCWD[^,]*, "[^"]*/many/.*\.(txt|env)"' "$T/walk.strace")" = 0
	check "only the file longer than one read is stated" \
		test "$(grep -E 'stat.*<[^>]*/many/[^>]*\.(txt|env)>' "$T/walk.strace" | grep -vc 'big\.txt>')" = 0
	check "-j1 starts no thread" test "$(grep -cE 'clone3?\(' "$T/walk.strace")" = 0
	check "our own files opened with O_NOATIME (no access time check a read)" \
		test "$(grep -E '^[0-9]+ +openat\([0-9]+<[^>]*/many/[a-d](/sub)?>, "(f[0-9]+\.txt|key\.env|big\.txt)"' "$T/walk.strace" | grep -c O_NOATIME)" = 42
else
	bad "strace" "not installed (make deps installs TEST_PACKAGES)"
fi
expect_exit 1 "-j8 over the same tree" -- "$KH" scan -j8 -f json --show-secrets "$T/many"
check "finds what -j1 does" cmp -s "$T/out" "$T/walk.json"
# files of another owner cannot be opened with O_NOATIME (EPERM): opened
# without it, every one read
nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups env ASAN_OPTIONS=detect_leaks=0 "$@"; }
chmod 755 "$T"
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null &&
	nobody "$KH" --version >/dev/null 2>&1 && nobody test -r "$T/many/a/big.txt"; then
	mkdir -m 777 "$T/other"
	expect_exit 1 "another user's tree (O_NOATIME refused)" -- nobody "$KH" scan -j1 -f json \
		--show-secrets -o "$T/other/walk.json" "$T/many"
	check "finds what the owner does" cmp -s "$T/other/walk.json" "$T/walk.json"
fi
chmod 700 "$T"
expect_exit 1 "-j1 over ../.. (a path that is not .)" -- bash -c "cd '$T/many/c/sub' && exec '$KH' scan -j1 -f json ../.."
check "reports the path as walked" jq -e '.[0].file == "../../c/sub/key.env"' "$T/out"
expect_exit 1 "-j1 over ." -- bash -c "cd '$T/many' && exec '$KH' scan -j1 -f json ."
check "reports c/sub/key.env, not ./c/sub/key.env" jq -e '.[0].file == "c/sub/key.env"' "$T/out"
# directories held open for queued files never starve the files: with
# few descriptors (ulimit -n) and many directories, every file is read
mkdir -p "$T/dirs"
for i in $(seq 300); do mkdir "$T/dirs/d$i" && printf 'x = %s\n' "$i" >"$T/dirs/d$i/f.txt"; done
printf 'k=%s\n' "$PAT" >"$T/dirs/d150/key.env"
expect_exit 1 "-j8, 300 directories, 80 descriptors" -- bash -c "ulimit -n 80 && exec '$KH' scan -j8 -f json '$T/dirs'"
check "every file read, none unreadable" grep -q ' in 301 sources .*0 unreadable\| in 301 sources ([0-9.]* MB) in [0-9.]* s$' "$T/err"

# --- stdin in chunks (--max-file-size is the chunk) --------------------------------
# a secret across the edge of the first 2000-byte chunk, on one long line
{ printf '%1980s' ''; printf 'k=%s ' "$PAT"; printf '%500s' ''; } >"$T/edge.txt"
expect_exit 1 "stdin: a secret across a chunk edge" -- \
	bash -c "'$KH' scan -f json --show-secrets --max-file-size 2000 - <'$T/edge.txt'"
check "is found once, at its line and column" \
	jq -e 'length == 1 and .[0].line == 1 and .[0].column == 1983' "$T/out"

# a key of variable length cut short by the end of a chunk is reported
# once, whole, wherever it falls (the border between chunks is mid-overlap)
KEY=sk-proj-$(python3 -c "import random; r = random.Random(7); a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'; h = lambda: ''.join(r.choice(a) for _ in range(46)); print(h() + 'T3BlbkFJ' + h())")
for at in 1400 1496 1497 1498 1500 1880 1900 1990 2000; do
	{ printf "%${at}s" ''; printf '%s ' "$KEY"; printf '%500s' ''; } >"$T/cut.txt"
	expect_exit 1 "stdin: a long key at $at" -- \
		bash -c "'$KH' scan -f json --show-secrets --max-file-size 2000 - <'$T/cut.txt'"
	check "is reported once, whole, at column $((at + 1))" \
		jq -e "length == 1 and .[0].secret == \"$KEY\" and .[0].column == $((at + 1))" "$T/out"
done

# text, then NULs right where a chunk used to start, then a secret
python3 - "$T/nul.txt" "$PAT" <<'PY2'
import sys
out, pat = sys.argv[1], sys.argv[2]
body = b"".join(b"filler line %04d ..................\n" % i for i in range(100000))
body = body[:19950]
body = body[: body.rindex(b"\n") + 1]
body += b"\0" * 200 + b"\n" + b"k=" + pat.encode() + b"\n" + b"tail\n" * 10
open(out, "wb").write(body)
PY2
want_line=$(python3 -c "import sys; d=open('$T/nul.txt','rb').read(); print(d[:d.index(b'k=pat')].count(b'\n') + 1)")
expect_exit 1 "stdin: a chunk starting with NULs" -- \
	bash -c "'$KH' scan -f json --show-secrets --max-file-size 20000 - <'$T/nul.txt'"
check "is still text, and its secret is on the right line ($want_line)" \
	jq -e "length == 1 and .[0].line == $want_line" "$T/out"

# binary or not is decided once, from the start of the stream
{ head -c 30000 /dev/zero; printf '\nk=%s\n' "$PAT"; } >"$T/binstream"
expect_exit 0 "stdin: a binary stream longer than a chunk" -- \
	bash -c "'$KH' scan -f json --show-secrets --max-file-size 20000 - <'$T/binstream'"
check "is skipped whole, with a warning" grep -q 'skipped: binary, zip or UTF-16 data longer' "$T/err"

# many chunks: the same findings, lines and columns as the file read whole
python3 - "$T/many.txt" "$PAT" "$GH" <<'PY2'
import sys
out, pat, gh = sys.argv[1:4]
with open(out, "w") as f:
    for i in range(6000):
        if i % 97 == 0:
            f.write("key_%d = '%s'\n" % (i, pat if i % 2 else gh))
        else:
            f.write("x" * (i % 120) + "\n")
PY2
"$KH" scan -q -f json --show-secrets "$T/many.txt" | jq -c '[.[] | [.line, .column, .secret]]' >"$T/whole.json"
expect_exit 1 "stdin: many chunks" -- \
	bash -c "'$KH' scan -f json --show-secrets --max-file-size 40000 - <'$T/many.txt'"
jq -c '[.[] | [.line, .column, .secret]]' "$T/out" >"$T/chunked.json"
check "stdin in chunks reports what the whole file does, once each" cmp -s "$T/whole.json" "$T/chunked.json"
check "and that is 62 findings" jq -e 'length == 62' "$T/whole.json"

finish e2e_inputs
