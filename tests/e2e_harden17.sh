#!/usr/bin/env bash
# End-to-end tests of wave 17's hardening of the git readers: pack entries
# whose sizes cannot be true (a header claiming 1.2 GB for a few bytes of
# zlib data, a delta whose header claims a result its instructions do not
# make, an .idx offset into another entry's data) are one warning naming
# the object and the pack, and are never allocated; a staged blob that
# cannot be read fails the hook (exit 2, the others still reported); and
# odd repositories (a grafted cycle, a 10,000-deep tree, a submodule that
# is its own repository, a .git file naming itself or nowhere, GIT_DIR a
# file) end at once with one clear line and the right exit code.
. "$(dirname "$0")/lib.sh"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com
LIMIT=60 # seconds: a hang fails instead of blocking CI
HERE=$(cd "$(dirname "$0")" && pwd)

# fake HubSpot private-app tokens (pat-REGION-UUID)
S_KEPT=pat-na1-4d2a9c61-8e3f-4b07-a5d1-3c9e7f20b486  # always readable
S_HUGE=pat-na1-9b17e3c5-2f6a-4d80-b3e9-7a1c5d02f648  # in the entry that lies
S_DELTA=pat-eu1-6e0c4a97-1d3b-4f25-8c6a-2b9d0e7f4153 # in the lying delta

kh() { timeout "$LIMIT" "$KEYHOUND" "$@"; }
check_msg() { check "$1" grep -q -- "$2" "$T/err"; }
no_secret() {
	if grep -qE "$S_KEPT|$S_HUGE|$S_DELTA" "$T/err"; then
		bad "$1: a secret on stderr" "$(head -c 300 "$T/err")"
	else ok; fi
}
# big_alloc NAME CMD...: no anonymous mapping of 256 MiB or more (what a
# lying header made the reader allocate); malloc maps such sizes itself
big_alloc() {
	local name=$1
	shift
	strace -f -qq -e trace=mmap -o "$T/strace" "$@" >/dev/null 2>&1
	if grep -E 'mmap\(NULL, [0-9]+, PROT_READ\|PROT_WRITE, MAP_PRIVATE\|MAP_ANONYMOUS, -1, 0\)' \
		"$T/strace" | awk '{ sub(/.*mmap\(NULL, /, ""); if ($0 + 0 >= 268435456) n++ }
			END { exit n > 0 }'; then ok; else
		bad "$name: a mapping of 256 MiB or more" "$(grep -c mmap "$T/strace") mmaps"
	fi
}

# ---- packs whose entries lie ----------------------------------------------------
R=$T/lying
git init -q "$R"
(
	cd "$R" || exit 1
	printf 'token = "%s"\n' "$S_KEPT" >kept.env
	printf 'huge = "%s"\n' "$S_HUGE" >huge.txt
	printf 'delta = "%s"\n' "$S_DELTA" >delta.txt
	git add . && git commit -qm one
)
HUGE=$(git -C "$R" rev-parse HEAD:huge.txt)
DELTA=$(git -C "$R" rev-parse HEAD:delta.txt)
KEPT=$(git -C "$R" rev-parse HEAD:kept.env)
python3 "$HERE/make_lying_pack.py" "$R/.git" "huge=$HUGE" "delta=$DELTA:$KEPT"
check "lying pack: written, no loose objects left" \
	test -z "$(find "$R/.git/objects" -path '*/pack' -prune -o -type f -print)"
# --max-file-size over the lies: the size checks must stop them, not the limit
expect_exit 1 "git, lying pack" -- kh git "$R" -f json --show-secrets --max-file-size 1900M
reports "git, lying pack" "$S_KEPT"
check_msg "git, lying pack: the entry named" \
	"huge.txt: cannot read blob $HUGE: corrupt entry at offset [0-9]* of pack-[0-9a-f]*\.pack: its header gives 1200000000 bytes, more than the [0-9]* bytes of pack after it can inflate to"
check_msg "git, lying pack: the delta named" \
	"delta.txt: cannot read blob $DELTA: corrupt entry at offset [0-9]* of pack-[0-9a-f]*\.pack: its delta gives 1200000000 bytes, not what its instructions make of a base of [0-9]*"
check "git, lying pack: one warning each" test "$(grep -c '^keyhound: warning:' "$T/err")" = 2
no_secret "git, lying pack"
if command -v strace >/dev/null; then
	big_alloc "git, lying pack" timeout "$LIMIT" "$KEYHOUND" git "$R" -f json -o "$T/out" \
		--max-file-size 1900M
fi
# under the default --max-file-size the delta's claim is only too large
expect_exit 1 "git, lying pack, default limit" -- kh git "$R" -f json --show-secrets
check_msg "git, lying pack, default limit: a note" "delta.txt: skipped blob $DELTA: 1200000000 bytes is over --max-file-size"

# an .idx offset inside another entry's data
R2=$T/offset
git init -q "$R2"
(
	cd "$R2" || exit 1
	printf 'token = "%s"\n' "$S_KEPT" >kept.env
	printf 'huge = "%s"\n' "$S_HUGE" >other.txt
	git add . && git commit -qm one
)
OTHER=$(git -C "$R2" rev-parse HEAD:other.txt)
python3 "$HERE/make_lying_pack.py" "$R2/.git" "offset=$OTHER"
expect_exit 1 "git, an .idx offset that lies" -- kh git "$R2" -f json --show-secrets
reports "git, an .idx offset that lies" "$S_KEPT"
check_msg "git, an .idx offset that lies: named" "warning: other.txt: .*$OTHER"
check "git, an .idx offset that lies: one warning" test "$(grep -c '^keyhound: warning:' "$T/err")" = 1
no_secret "git, an .idx offset that lies"

# ---- staged fails closed ---------------------------------------------------------
S=$T/staged
git init -q "$S"
(
	cd "$S" || exit 1
	printf 'x = 1\n' >readme.txt && git add . && git commit -qm one
	printf 'token = "%s"\n' "$S_KEPT" >kept.env
	printf 'huge = "%s"\n' "$S_HUGE" >gone.txt
	git add kept.env gone.txt
)
GONE=$(git -C "$S" rev-parse :gone.txt)
rm -f "$S/.git/objects/${GONE:0:2}/${GONE:2}"
expect_exit 2 "staged, a staged blob missing" -- kh staged "$S" -f json --show-secrets
reports "staged, a staged blob missing" "$S_KEPT"
check_msg "staged, a staged blob missing: path and id" "warning: gone.txt: cannot read blob $GONE: "
check_msg "staged, a staged blob missing: not vouched for" \
	"error: 1 staged blob could not be read, so not scanned: the commit is not vouched for"
no_secret "staged, a staged blob missing"
# the text report too, and nothing else changes the exit code
expect_exit 2 "staged, a staged blob missing, text" -- kh staged "$S" -f text
check "staged, text: the finding reported" grep -q "kept.env" "$T/out"
# every staged blob readable: findings give 1 as before
git -C "$S" rm -q --cached gone.txt
expect_exit 1 "staged, every blob readable" -- kh staged "$S" -f json --show-secrets
reports "staged, every blob readable" "$S_KEPT"

# ---- odd repositories: one line, the right code, no hang -------------------------
# a commit graph with a cycle (grafts make the root's parent its child)
C=$T/cycle
git init -q "$C"
(
	cd "$C" || exit 1
	printf 'token = "%s"\n' "$S_KEPT" >a.env && git add . && git commit -qm A
	printf 'b\n' >b.txt && git add . && git commit -qm B
	printf '%s %s\n' "$(git rev-parse HEAD~1)" "$(git rev-parse HEAD)" >.git/info/grafts
)
expect_exit 1 "git, a grafted cycle" -- kh git "$C" -f json --show-secrets
reports "git, a grafted cycle" "$S_KEPT"
expect_exit 0 "git, a grafted cycle, a range" -- kh git "$C" -f json --range HEAD~1..HEAD
rm "$C/.git/info/grafts"
git -C "$C" replace --graft HEAD~1 HEAD 2>/dev/null
expect_exit 1 "git, a replace ref making a cycle" -- kh git "$C" -f json --show-secrets
reports "git, a replace ref making a cycle" "$S_KEPT"

# a tree 10,000 levels deep (loose objects written directly)
D=$T/deep
git init -q "$D"
python3 - "$D/.git" "$S_KEPT" <<'EOF'
import hashlib, os, sys, zlib
gitdir, secret = sys.argv[1], sys.argv[2]
def write(kind, body):
    raw = kind + b" %d\0" % len(body) + body
    h = hashlib.sha1(raw).hexdigest()
    d = os.path.join(gitdir, "objects", h[:2])
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, h[2:]), "wb") as f:
        f.write(zlib.compress(raw))
    return h
blob = write(b"blob", b'token = "%s"\n' % secret.encode())
t = write(b"tree", b"100644 kept.env\0" + bytes.fromhex(blob))
for _ in range(10000):
    t = write(b"tree", b"40000 d\0" + bytes.fromhex(t))
top = write(b"tree", b"100644 kept.env\0" + bytes.fromhex(blob) + b"40000 z\0" + bytes.fromhex(t))
c = write(b"commit", b"tree %s\nauthor T <t@example.com> 1700000000 +0000\n"
          b"committer T <t@example.com> 1700000000 +0000\n\ndeep\n" % top.encode())
with open(os.path.join(gitdir, "refs", "heads", "master"), "w") as f:
    f.write(c + "\n")
EOF
expect_exit 1 "git, a 10,000-deep tree" -- kh git "$D" -f json --show-secrets
reports "git, a 10,000-deep tree" "$S_KEPT"
check "git, a 10,000-deep tree: one warning" test "$(grep -c '^keyhound: warning:' "$T/err")" = 1
check_msg "git, a 10,000-deep tree: said" "trees nested deeper than 512 levels are not scanned"

# a submodule that is the repository itself, its .git file pointing back
M=$T/submodule
git init -q "$M"
(
	cd "$M" || exit 1
	printf 'token = "%s"\n' "$S_KEPT" >a.env && git add . && git commit -qm A
	printf '[submodule "self"]\n\tpath = self\n\turl = ./\n' >.gitmodules
	git add .gitmodules && git update-index --add --cacheinfo "160000,$(git rev-parse HEAD),self"
	mkdir self && printf 'gitdir: ../.git\n' >self/.git
	git commit -qm loop
	git update-index --add --cacheinfo "160000,$(git rev-parse HEAD),self2"
)
expect_exit 1 "git, a submodule loop" -- kh git "$M" -f json --show-secrets
reports "git, a submodule loop" "$S_KEPT"
expect_exit 0 "staged, a submodule loop" -- kh staged "$M" -f json
check_msg "staged, a submodule loop: a note" "self2: submodule, not followed"
expect_exit 1 "scan, a submodule loop" -- kh scan "$M" -f json --show-secrets
reports "scan, a submodule loop" "$S_KEPT"

# a .git file naming itself, one naming nowhere (a moved worktree)
mkdir -p "$T/self" "$T/nowhere"
printf 'gitdir: .\n' >"$T/self/.git"
printf 'gitdir: %s/gone/worktrees/x\n' "$T" >"$T/nowhere/.git"
for cmd in git staged; do
	expect_exit 2 "$cmd, a .git file naming itself" -- kh "$cmd" "$T/self" -f json
	check_msg "$cmd, a .git file naming itself: said" "error: $T/self: its .git file names ., which is not a git repository"
	expect_exit 2 "$cmd, a .git file naming nowhere" -- kh "$cmd" "$T/nowhere" -f json
	check_msg "$cmd, a .git file naming nowhere: said" "error: $T/nowhere: its .git file names $T/gone/worktrees/x, which is not a git repository"
done
(cd "$T/nowhere" && kh staged -f json >/dev/null 2>"$T/err")
check "staged in a worktree whose .git names nowhere: exit 2" test $? = 2
check_msg "staged in a worktree whose .git names nowhere: said" "error: \.: its .git file names $T/gone/worktrees/x"
check "staged in a worktree whose .git names nowhere: one line" test "$(wc -l <"$T/err")" = 1

# GIT_DIR set to a file, as a hook might be run
printf 'not a repository\n' >"$T/afile"
for cmd in git staged; do
	(cd "$S" && GIT_DIR=$T/afile kh "$cmd" -f json >/dev/null 2>"$T/err")
	check "$cmd, GIT_DIR a file: exit 2" test $? = 2
	check_msg "$cmd, GIT_DIR a file: said" "error: GIT_DIR=$T/afile: not a git repository"
done

finish e2e_harden17
