#!/usr/bin/env bash
# End-to-end tests of wave 16's hardening against damaged git input and
# other bad inputs: a loose object cut short (libgit2 1.5 inflated it
# forever), with garbage after its zlib header, with a header claiming a
# huge size, or empty; a damaged pack and pack index; an object the index
# names that is missing — for `staged`, history and a range. Each: no
# hang (every run under `timeout`), the exit code, one warning naming the
# object, the other findings still reported, no secret on stderr. Then
# bad inputs outside git: symbolic link loops, a FIFO, endless stdin, a
# gzip bomb, report paths that cannot be written.
. "$(dirname "$0")/lib.sh"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com
LIMIT=60 # seconds: a hang fails instead of blocking CI

# fake HubSpot private-app tokens (pat-REGION-UUID)
S_KEPT=pat-na1-1f0c2b7e-5a3d-4c9e-8b21-6d4e0a9f3c17   # always readable
S_HIST=pat-na1-7c2e9d41-0b6a-4f3e-9d85-2a1c4e7b9f60   # in the blob damaged in history
S_STAGED=pat-eu1-3e8a1c52-7d94-4b0f-a6e3-9c12d5f08b74 # staged, readable
S_BROKEN=pat-eu1-b5d07e93-2c41-4a8f-9e16-0f7c3a2d58e1 # staged, damaged

kh() { timeout "$LIMIT" "$KEYHOUND" "$@"; }

# the repository: two commits, then two files staged (loose blobs)
R=$T/repo
git init -q "$R"
(
	cd "$R" || exit 1
	printf 'hubspot = "%s"\n' "$S_KEPT" >kept.env
	git add kept.env && git commit -qm one
	{ seq 1 300; printf 'token = "%s"\n' "$S_HIST"; } >hist.txt
	git add hist.txt && git commit -qm two
	printf 'staged = "%s"\n' "$S_STAGED" >staged.env
	{ seq 1 300; printf 'broken = "%s"\n' "$S_BROKEN"; } >broken.txt
	git add staged.env broken.txt
)
HIST=$(git -C "$R" rev-parse HEAD:hist.txt)
BROKEN=$(git -C "$R" rev-parse :broken.txt)
TWO=$(git -C "$R" rev-parse HEAD)

# damage REPO ID MODE: damages loose object ID of REPO
damage() {
	local p=$1/.git/objects/${2:0:2}/${2:2}
	chmod u+w "$p"
	case $3 in
	trunc:*) head -c "${3#trunc:}" "$p" >"$p.t" && mv "$p.t" "$p" ;;
	half) head -c $(($(stat -c %s "$p") / 2)) "$p" >"$p.t" && mv "$p.t" "$p" ;;
	# a valid zlib header, then bytes that are not deflate
	garbage) { head -c 2 "$p" && printf 'not deflate data %.0s' $(seq 20); } >"$p.t" && mv "$p.t" "$p" ;;
	# a whole zlib stream whose header claims 100 GB
	huge) python3 -c 'import sys, zlib; sys.stdout.buffer.write(zlib.compress(b"blob 99999999999\0" + b"x" * 10))' >"$p" ;;
	empty) : >"$p" ;;
	esac
}

# no_secret NAME: stderr names no secret of the repository
no_secret() {
	if grep -qE "$S_KEPT|$S_HIST|$S_STAGED|$S_BROKEN" "$T/err"; then
		bad "$1: a secret on stderr" "$(head -c 300 "$T/err")"
	else ok; fi
}

# one_warning NAME PATTERN: exactly one warning line, and it matches
one_warning() {
	local n
	n=$(grep -c '^keyhound: warning:' "$T/err")
	if [ "$n" = 1 ] && grep -q "^keyhound: warning: $2" "$T/err"; then ok; else
		bad "$1: one warning matching '$2'" "$n: $(head -c 400 "$T/err")"
	fi
}

has() { jq -e --arg s "$2" 'any(.[]; .secret == $s)' "$1" >/dev/null; }

# ---- staged: the staged blob damaged -----------------------------------------
# the hook fails closed (exit 2): a commit of content never checked must not
# pass; the other staged blobs are still scanned and reported
check_msg() { check "$1" grep -q "$2" "$T/err"; }
for mode in trunc:0 trunc:2 trunc:20 half garbage huge empty; do
	rm -rf "$T/r" && cp -r "$R" "$T/r" && damage "$T/r" "$BROKEN" "$mode"
	expect_exit 2 "staged, blob $mode" -- kh staged "$T/r" -f json --show-secrets
	reports "staged, blob $mode" "$S_STAGED"
	one_warning "staged, blob $mode" "broken.txt: cannot read blob $BROKEN: corrupt loose object: "
	check_msg "staged, blob $mode: not vouched for" "error: 1 staged blob could not be read"
	no_secret "staged, blob $mode"
done
rm -rf "$T/r" && cp -r "$R" "$T/r" && damage "$T/r" "$BROKEN" half
kh staged "$T/r" -f json >/dev/null 2>"$T/err"
check_msg "staged, truncated: says how" "truncated: the zlib stream stops before its end"
damage "$T/r" "$BROKEN" huge
kh staged "$T/r" -f json >/dev/null 2>"$T/err"
check_msg "staged, huge header: says so" "its header gives 99999999999 bytes, its data 10"
damage "$T/r" "$BROKEN" garbage
kh staged "$T/r" -f json >/dev/null 2>"$T/err"
check_msg "staged, garbage: says so" "damaged zlib data"

# a blob over --max-file-size is skipped with a note, not read whole
rm -rf "$T/r" && cp -r "$R" "$T/r"
expect_exit 1 "staged, --max-file-size 1K" -- kh staged "$T/r" -f json --show-secrets --max-file-size 1K
reports "staged, --max-file-size 1K" "$S_STAGED"
check_msg "staged, --max-file-size 1K: a note" "broken.txt: skipped blob $BROKEN: .* over --max-file-size"

# the only staged file damaged: nothing could be scanned, exit 2
rm -rf "$T/r" && cp -r "$R" "$T/r" && git -C "$T/r" rm -q --cached staged.env &&
	damage "$T/r" "$BROKEN" trunc:20
expect_exit 2 "staged, the only blob damaged" -- kh staged "$T/r" -f json
check_msg "staged, the only blob damaged: said" "nothing could be scanned"

# the committed version of a modified file damaged: the whole file scanned
rm -rf "$T/r" && cp -r "$R" "$T/r" && damage "$T/r" "$HIST" half &&
	printf 'more = 1\n' >>"$T/r/hist.txt" && git -C "$T/r" add hist.txt
expect_exit 1 "staged, the committed version damaged" -- kh staged "$T/r" -f json --show-secrets
reports "staged, the committed version damaged" "$S_STAGED" "$S_BROKEN" "$S_HIST"
check_msg "staged, the committed version damaged: said" \
	"hist.txt: cannot compare with the committed version (corrupt loose object $HIST: truncated"
no_secret "staged, the committed version damaged"

# an object the index names that is missing
rm -rf "$T/r" && cp -r "$R" "$T/r"
git -C "$T/r" update-index --add --cacheinfo 100644,0123456789abcdef0123456789abcdef01234567,ghost.env
expect_exit 2 "staged, a missing object" -- kh staged "$T/r" -f json --show-secrets
reports "staged, a missing object" "$S_STAGED" "$S_BROKEN"
one_warning "staged, a missing object" "ghost.env: cannot read blob 0123456789abcdef0123456789abcdef01234567: "

# ---- history and a range: a committed blob damaged ----------------------------
for mode in trunc:0 trunc:2 trunc:20 half garbage huge empty; do
	rm -rf "$T/r" && cp -r "$R" "$T/r" && damage "$T/r" "$HIST" "$mode"
	expect_exit 1 "git, blob $mode" -- kh git "$T/r" -f json --show-secrets
	reports "git, blob $mode" "$S_KEPT"
	one_warning "git, blob $mode" "hist.txt: cannot read blob $HIST: corrupt loose object: "
	no_secret "git, blob $mode"
	expect_exit 0 "range, blob $mode" -- kh git "$T/r" --range HEAD~1..HEAD -f json --show-secrets
	one_warning "range, blob $mode" "hist.txt: cannot read blob $HIST: corrupt loose object: "
done

# a damaged commit: history behind it is not scanned, said once; as the
# start of a range (abbreviated too: libgit2 resolved it by inflating it)
for mode in trunc:20 half; do
	rm -rf "$T/r" && cp -r "$R" "$T/r" && damage "$T/r" "$(git -C "$R" rev-parse HEAD~1)" "$mode"
	expect_exit 1 "git, parent commit $mode" -- kh git "$T/r" -f json --show-secrets
	reports "git, parent commit $mode" "$S_KEPT" "$S_HIST"
	one_warning "git, parent commit $mode" ".*commit $(git -C "$R" rev-parse HEAD~1) .*corrupt loose object"
	expect_exit 2 "range from a damaged commit, $mode" -- \
		kh git "$T/r" --range "$(git -C "$R" rev-parse --short HEAD~1)..HEAD" -f json
	check_msg "range from a damaged commit, $mode: said" \
		"error: --range .*: corrupt loose object $(git -C "$R" rev-parse HEAD~1): "
	rm -rf "$T/r" && cp -r "$R" "$T/r" && damage "$T/r" "$TWO" "$mode"
	expect_exit 2 "staged, HEAD's commit $mode" -- kh staged "$T/r" -f json
	check_msg "staged, HEAD's commit $mode: said" "corrupt loose object $TWO: "
done

# a damaged tree: its files are not scanned there, said once
rm -rf "$T/r" && cp -r "$R" "$T/r" && damage "$T/r" "$(git -C "$R" rev-parse HEAD~1^{tree})" half
expect_exit 1 "git, a damaged tree" -- kh git "$T/r" -f json --show-secrets
reports "git, a damaged tree" "$S_KEPT" "$S_HIST"
one_warning "git, a damaged tree" ".*cannot read tree $(git -C "$R" rev-parse HEAD~1^{tree}) .*corrupt loose object"

# --unreachable lists loose objects (libgit2 asks every backend to): a
# damaged dangling one is a warning, the others are scanned
rm -rf "$T/r" && cp -r "$R" "$T/r"
dangling=$(printf 'dangling = "%s"\n' "$S_BROKEN" | git -C "$T/r" hash-object -w --stdin)
damage "$T/r" "$dangling" trunc:20
expect_exit 1 "git --unreachable, a damaged dangling blob" -- kh git "$T/r" --unreachable -f json --show-secrets
reports "git --unreachable, a damaged dangling blob" "$S_KEPT" "$S_HIST" "$S_STAGED" "$S_BROKEN"
one_warning "git --unreachable, a damaged dangling blob" ".*$dangling.*corrupt loose object"
no_secret "git --unreachable, a damaged dangling blob"

# ---- packs ----------------------------------------------------------------------
P=$T/packed
rm -rf "$P" && cp -r "$R" "$P" && git -C "$P" repack -qad
pack() { ls "$1"/.git/objects/pack/*.pack; }
# truncated: every object in it unreadable; the staged ones still scanned
rm -rf "$T/r" && cp -r "$P" "$T/r" && p=$(pack "$T/r") && chmod u+w "$p" &&
	head -c $(($(stat -c %s "$p") / 2)) "$p" >"$p.t" && mv "$p.t" "$p"
# (keyhound's pack reader serves libgit2 too: the commits in the pack's
# first half are read, each tree past the cut is a warning naming it)
expect_exit 0 "git, a truncated pack" -- kh git "$T/r" -f json
check_msg "git, a truncated pack: the tree named" "cannot read tree .*its files are not scanned there"
expect_exit 0 "range, a truncated pack" -- kh git "$T/r" --range HEAD~1..HEAD -f json
check_msg "range, a truncated pack: the tree named" "cannot read tree .*its files are not scanned there"
# (HEAD's commit unreadable: what is new cannot be told, an error)
expect_exit 2 "staged, a truncated pack" -- kh staged "$T/r" -f json
check_msg "staged, a truncated pack: HEAD named" "cannot read HEAD: .*$TWO"
# a pack index of garbage
rm -rf "$T/r" && cp -r "$P" "$T/r" && p=$(pack "$T/r") && chmod u+w "${p%.pack}.idx" &&
	printf 'not a pack index %.0s' $(seq 10) >"${p%.pack}.idx"
expect_exit 2 "git, a bad pack index" -- kh git "$T/r" -f json
expect_exit 2 "staged, a bad pack index: HEAD unreadable" -- kh staged "$T/r" -f json
check_msg "staged, a bad pack index: HEAD named" "cannot read HEAD"
no_secret "staged, a bad pack index"
# a pack damaged inside (same length): each object a warning, no hang
rm -rf "$T/r" && cp -r "$P" "$T/r" && p=$(pack "$T/r") && chmod u+w "$p" &&
	dd if=/dev/zero of="$p" bs=1 seek=200 count=300 conv=notrunc 2>/dev/null
kh git "$T/r" -f json >/dev/null 2>"$T/err"
check "git, a pack damaged inside: ends" test $? -le 2
no_secret "git, a pack damaged inside"

# ---- alternates: a damaged loose object in the repository a clone shares ------
rm -rf "$T/r" "$T/shared" && cp -r "$R" "$T/r" &&
	git clone -q --shared --no-checkout "$T/r" "$T/shared" && git -C "$T/shared" read-tree HEAD &&
	id=$( { cat "$R/hist.txt" && printf 'broken = "%s"\n' "$S_BROKEN"; } | git -C "$T/shared" hash-object -w --stdin) &&
	git -C "$T/shared" update-index --cacheinfo "100644,$id,hist.txt" && damage "$T/r" "$HIST" half
expect_exit 1 "staged, the committed version damaged in an alternate" -- \
	kh staged "$T/shared" -f json --show-secrets
check_msg "staged, damaged in an alternate: said" \
	"hist.txt: cannot compare with the committed version (corrupt loose object $HIST: truncated"
expect_exit 1 "git, damaged in an alternate" -- kh git "$T/shared" -f json --show-secrets
one_warning "git, damaged in an alternate" "hist.txt: cannot read blob $HIST: corrupt loose object $HIST: "

# ---- bad inputs outside git ------------------------------------------------------
# symbolic link loops in a tree and in a repository's work tree: not followed
D=$T/tree
mkdir -p "$D/sub" && printf 'hubspot = "%s"\n' "$S_KEPT" >"$D/kept.env" &&
	ln -s loop2 "$D/loop1" && ln -s loop1 "$D/loop2" && ln -s .. "$D/sub/up" && mkfifo "$D/fifo"
expect_exit 1 "tree: link loops and a FIFO" -- kh scan "$D" -f json --show-secrets
reports "tree: link loops and a FIFO" "$S_KEPT"
check_msg "tree: a link loop named" "loop1: symbolic link, not followed"
expect_exit 2 "a link loop named on the command line" -- kh scan "$D/loop1" -f json
check_msg "a link loop named: said" "loop1: Too many levels of symbolic links"
expect_exit 0 "a FIFO named on the command line does not block" -- kh scan "$D/fifo" -f json
check_msg "a FIFO named: said" "fifo: not a regular file or directory, skipped"
rm -rf "$T/r" && cp -r "$R" "$T/r" && ln -s loopb "$T/r/loopa" && ln -s loopa "$T/r/loopb" &&
	git -C "$T/r" add loopa loopb
expect_exit 1 "staged: link loops staged" -- kh staged "$T/r" -f json --show-secrets
reports "staged: link loops staged" "$S_STAGED" "$S_BROKEN"
expect_exit 1 "work tree: link loops" -- kh scan "$T/r" -f json --show-secrets
# endless binary stdin: skipped with one line, not drained forever
timeout "$LIMIT" "$KEYHOUND" scan - --max-file-size 1M -f json </dev/zero >"$T/out" 2>"$T/err"
check "/dev/zero on stdin: ends, exit 0" test $? = 0
check_msg "/dev/zero on stdin: said" "^keyhound: warning: -: skipped: binary"
# a gzip bomb (256 MiB of zeros in 256 KiB): binary past its first chunk
# of --max-file-size, so not streamed
python3 -c 'import sys, zlib
c = zlib.compressobj(9, zlib.DEFLATED, 31)
sys.stdout.buffer.write(b"".join(c.compress(bytes(1 << 20)) for _ in range(256)) + c.flush())' >"$T/bomb.gz"
expect_exit 0 "a gzip bomb" -- kh scan "$T/bomb.gz" --max-file-size 1M -f json
check_msg "a gzip bomb: said" "bomb.gz!bomb: skipped: binary, zip or UTF-16 data longer than --max-file-size"
# reports that cannot be written: one line, exit 2, nothing scanned twice
expect_exit 2 "-o in a directory that does not exist" -- kh scan "$D/kept.env" -f json -o "$T/none/r.json"
check_msg "-o in a missing directory: named" "none/r.json: cannot write report: No such file or directory"
mkdir -p "$T/odir"
expect_exit 2 "-o onto a directory" -- kh scan "$D/kept.env" -f json -o "$T/odir"
check_msg "-o onto a directory: named" "odir: cannot write report: is a directory"
no_secret "-o onto a directory"

finish e2e_harden16
