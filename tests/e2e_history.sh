#!/usr/bin/env bash
# tests/e2e_history.sh - keyhound git on a history of real text made by
# tests/make_history.sh (the benchmark's generator, small): deep delta
# chains as `git repack` leaves them, blobs scanned in pack order over
# more than one run (walk_git.c's release_blobs). Every fake token the
# history ever added must be found, each at a commit whose diff adds it,
# and the report must not depend on the number of workers.
. "$(dirname "$0")/lib.sh"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 LC_ALL=C

# the real text: keyhound's own sources under 16 KB (a fifth of them at
# first). What is tested needs blobs, deltas and commits, not bytes: the
# edits go mostly to the biggest files, and with every source the 1,200
# commits' blobs were 100 KB files, each history scan 5 s of ASan CPU.
mkdir -p "$T/src"
find "$ROOT/scanner" -maxdepth 1 -type f -size -16k -exec cp -t "$T/src" {} +
R=$T/history.git
HISTORY_SRC=$T/src HISTORY_WINDOW=50 bash "$ROOT/tests/make_history.sh" "$R" 1200 >/dev/null ||
	bad "make_history.sh failed"
check "the history is built" test -f "$R/history-complete"
blobs=$(git --git-dir="$R" cat-file --batch-all-objects --batch-check='%(objecttype) %(deltabase)' |
	awk '$1 == "blob" { n++; if ($2 !~ /^0+$/) d++ } END { print n + 0, d + 0 }')
read -r nblobs ndelta <<<"$blobs"
# more blobs than the first run holds (1,024), most of them deltas
if [ "$nblobs" -gt 1100 ] && [ "$ndelta" -gt $((nblobs / 2)) ]; then ok; else
	bad "history: $nblobs blobs, $ndelta deltas: too few for the test"
fi

# what the history adds: token and commit, from git's own diffs
git --git-dir="$R" log --all -p --format='commit %H' --no-renames |
	awk '/^commit / { c = $2 } /^\+/ && match($0, /pat-na1-[0-9a-f-]+/) && RLENGTH == 44 { print substr($0, RSTART, RLENGTH), c }' |
	sort -u >"$T/added"
cut -d' ' -f1 "$T/added" | sort -u >"$T/want"
check "the history adds fake tokens" test -s "$T/want"

expect_exit 1 "keyhound git on the history" -- \
	"$KEYHOUND" git -f json --show-secrets -o "$T/j2.json" "$R"
# every blob and every commit message scanned, once; a blob again at each
# other path profile it has (the history copies config.c, a config file
# by its name, to config_N.c, which is not one)
sources=$(sed -n 's/.* findings* in \([0-9]*\) sources.*/\1/p' "$T/err")
again=$(sed -n 's/.*, \([0-9]*\) again at another path profile.*/\1/p' "$T/err")
want=$((nblobs + ${again:-0} + $(git --git-dir="$R" rev-list --all --count)))
if [ "$sources" = "$want" ]; then ok; else
	bad "every blob and message scanned once" "$sources sources, want $want"
fi
jq -r '.[] | select(.rule_id == "hubspot-private-app-token") | .secret' "$T/j2.json" |
	sort -u >"$T/got"
if cmp -s "$T/want" "$T/got"; then ok; else
	bad "every token added is found, no other" "$(diff "$T/want" "$T/got" | head -5)"
fi
jq -r '.[] | select(.rule_id == "hubspot-private-app-token") | "\(.secret) \(.commit.id)"' \
	"$T/j2.json" | sort -u >"$T/placed"
if [ -s "$T/placed" ] && [ -z "$(comm -23 "$T/placed" "$T/added")" ]; then ok; else
	bad "each token is attributed to a commit that adds it" \
		"$(comm -23 "$T/placed" "$T/added" | head -3)"
fi

expect_exit 1 "keyhound git -j1 on the history" -- \
	"$KEYHOUND" git -j1 -f json --show-secrets -o "$T/j1.json" "$R"
check "the report is the same with one worker" cmp "$T/j1.json" "$T/j2.json"

# Workers that wait compare the trees of commits ahead of the walker, which
# replays what they found (walk_git.c's diff_ahead). KH_TEST_DIFF_AHEAD
# offers them blocks even when none waits: the report must not change, and
# a tree a worker cannot read leaves its block to the walker, which warns
# once, as without them.
expect_exit 1 "keyhound git, commits compared ahead" -- \
	env KH_TEST_DIFF_AHEAD=1 "$KEYHOUND" git -j2 -v -f json --show-secrets -o "$T/d2.json" "$R"
check "the report is the same with commits compared ahead" cmp "$T/j1.json" "$T/d2.json"
n=$(sed -n 's/.*the trees of \([0-9]*\) commits* compared by waiting workers.*/\1/p' "$T/err")
if [ "${n:-0}" -gt 0 ]; then ok; else
	bad "workers compare commits ahead" "$(grep compared "$T/err")"
fi
D=$T/difftree.git
cp -r "$R" "$D"
bad_tree=$(git --git-dir="$D" rev-parse HEAD~300^{tree})
pack=$(ls "$D"/objects/pack/*.pack)
off=$(git show-index <"${pack%.pack}.idx" | awk -v c="$bad_tree" '$2 == c { print $1 }')
chmod u+w "$pack"
python3 -c 'import sys; f = open(sys.argv[1], "r+b"); f.seek(int(sys.argv[2]) + 12)
b = f.read(1); f.seek(int(sys.argv[2]) + 12); f.write(bytes([b[0] ^ 0x55]))' "$pack" "$off"
expect_exit 1 "keyhound git -j1 with a damaged tree" -- \
	"$KEYHOUND" git -j1 -f json --show-secrets -o "$T/dt1.json" "$D"
grep 'cannot read' "$T/err" >"$T/dt1.err"
expect_exit 1 "keyhound git with a damaged tree, compared ahead" -- \
	env KH_TEST_DIFF_AHEAD=1 "$KEYHOUND" git -j2 -f json --show-secrets -o "$T/dt2.json" "$D"
grep 'cannot read' "$T/err" >"$T/dt2.err"
check "a damaged tree: the same report with commits compared ahead" \
	cmp "$T/dt1.json" "$T/dt2.json"
check "a damaged tree: the same warnings with commits compared ahead" \
	cmp "$T/dt1.err" "$T/dt2.err"
if grep -q "cannot read tree $bad_tree" "$T/dt2.err"; then ok; else
	bad "a damaged tree is warned about" "$(head -c 300 "$T/dt2.err")"
fi

# Without a commit-graph file the walker and the workers read the commits
# before the walk, from the start of each pack where git writes them all,
# the workers scanning the messages (walk_git.c's read_ahead; -j1 leaves
# them to the walk, which reads them one by one). A commit they cannot read
# is read again by the walk, which warns as without them; a pack in another
# order (git fast-import's) leaves them to the walk.
A=$T/ahead.git
cp -r "$R" "$A"
bad_commit=$(git --git-dir="$A" rev-parse HEAD~3)
pack=$(ls "$A"/objects/pack/*.pack)
off=$(git show-index <"${pack%.pack}.idx" | awk -v c="$bad_commit" '$2 == c { print $1 }')
first=$(git show-index <"${pack%.pack}.idx" | sort -n | head -1 | cut -d' ' -f2)
check "git writes the commits first in its pack" 	test "$(git --git-dir="$A" cat-file -t "$first")" = commit
chmod u+w "$pack"
python3 -c 'import sys; f = open(sys.argv[1], "r+b"); f.seek(int(sys.argv[2]) + 12)
b = f.read(1); f.seek(int(sys.argv[2]) + 12); f.write(bytes([b[0] ^ 0x55]))' "$pack" "$off"
expect_exit 1 "keyhound git with a damaged commit, commits read ahead" -- 	"$KEYHOUND" git -j2 -f json --show-secrets -o "$T/ahead2.json" "$A"
grep 'cannot read\|missing or corrupt' "$T/err" >"$T/ahead2.err"
expect_exit 1 "keyhound git -j1 with a damaged commit" -- 	"$KEYHOUND" git -j1 -f json --show-secrets -o "$T/ahead1.json" "$A"
grep 'cannot read\|missing or corrupt' "$T/err" >"$T/ahead1.err"
check "a damaged commit: the same report with commits read ahead" \
	cmp "$T/ahead1.json" "$T/ahead2.json"
check "a damaged commit: the same warning with commits read ahead" \
	cmp "$T/ahead1.err" "$T/ahead2.err"
if [ "$(grep -c "$bad_commit" "$T/ahead2.err")" = 1 ]; then ok; else
	bad "a damaged commit read ahead is one warning" "$(head -c 300 "$T/ahead2.err")"
fi
check "the history behind a damaged commit is not walked" \
	sh -c "! cmp -s '$T/j2.json' '$T/ahead2.json'"
F=$T/imported.git
git init -q --bare "$F"
git --git-dir="$R" fast-export --all 2>/dev/null | git --git-dir="$F" fast-import --quiet
first=$(git show-index <"$(ls "$F"/objects/pack/*.idx)" | sort -n | head -1 | cut -d' ' -f2)
check "git fast-import writes a blob first" \
	test "$(git --git-dir="$F" cat-file -t "$first")" = blob
expect_exit 1 "keyhound git on a pack in fast-import's order" -- \
	"$KEYHOUND" git -j2 -f json --show-secrets -o "$T/fi2.json" "$F"
expect_exit 1 "keyhound git -j1 on a pack in fast-import's order" -- \
	"$KEYHOUND" git -j1 -f json --show-secrets -o "$T/fi1.json" "$F"
check "a pack in fast-import's order: the same report with two workers" \
	cmp "$T/fi1.json" "$T/fi2.json"

# git's commit-graph file: the walk takes parents, trees and dates from it
# (the commits are then read by the workers, for their messages). The
# report must be the same byte for byte; a damaged file is left out with
# one warning; commits made after it was written are still walked.
git --git-dir="$R" commit-graph write --reachable 2>/dev/null
check "a commit-graph is written" test -s "$R/objects/info/commit-graph"
cp "$R/objects/info/commit-graph" "$T/graph.good"
expect_exit 1 "keyhound git with a commit-graph" -- \
	"$KEYHOUND" git -f json --show-secrets -o "$T/cg.json" "$R"
check "the report is the same with a commit-graph" cmp "$T/j2.json" "$T/cg.json"
check "no warning with a sound commit-graph" \
	sh -c "! grep -q 'commit-graph' '$T/err'"
expect_exit 1 "keyhound git -j1 with a commit-graph" -- \
	"$KEYHOUND" git -j1 -f json --show-secrets -o "$T/cg1.json" "$R"
check "the same with one worker" cmp "$T/j2.json" "$T/cg1.json"

# a file that says no commit has parents: were it not read, the report
# would not change; read, every commit introduces every file it holds
graph_edit() { # graph_edit IN OUT PY: PY edits bytearray g (CDAT at c, n commits)
	python3 - "$1" "$2" "$3" <<'PY'
import hashlib, struct, sys
g = bytearray(open(sys.argv[1], "rb").read())
chunks = {bytes(g[8 + 12 * i:12 + 12 * i]): struct.unpack(">Q", g[12 + 12 * i:20 + 12 * i])[0]
          for i in range(g[6])}
c, n = chunks[b"CDAT"], struct.unpack(">I", g[chunks[b"OIDF"] + 1020:chunks[b"OIDF"] + 1024])[0]
exec(sys.argv[3])
g[-20:] = hashlib.sha1(bytes(g[:-20])).digest()
open(sys.argv[2], "wb").write(g)
PY
}
chmod u+w "$R/objects/info/commit-graph" 2>/dev/null
graph_edit "$T/graph.good" "$R/objects/info/commit-graph" '
for k in range(n):
    g[c + 36 * k + 20:c + 36 * k + 28] = struct.pack(">II", 0x70000000, 0x70000000)'
expect_exit 1 "keyhound git with a commit-graph without parents" -- \
	"$KEYHOUND" git -f json --show-secrets -o "$T/cgnp.json" "$R"
check "the walk takes the parents from the commit-graph" \
	sh -c "! cmp -s '$T/j2.json' '$T/cgnp.json'"

# damaged: one byte changed (the checksum no longer matches), a parent
# past the end (the checksum made to match), cut short
python3 -c 'import sys; g = bytearray(open(sys.argv[1], "rb").read()); g[len(g) // 2] ^= 1
open(sys.argv[2], "wb").write(g)' "$T/graph.good" "$T/graph.flip"
graph_edit "$T/graph.good" "$T/graph.parent" \
	'g[c + 20:c + 24] = struct.pack(">I", n + 5)'
head -c 2000 "$T/graph.good" >"$T/graph.short"
for d in flip parent short; do
	cp "$T/graph.$d" "$R/objects/info/commit-graph"
	expect_exit 1 "keyhound git with a damaged commit-graph ($d)" -- \
		"$KEYHOUND" git -f json --show-secrets -o "$T/cgd.json" "$R"
	check "a damaged commit-graph ($d) loses nothing" cmp "$T/j2.json" "$T/cgd.json"
	n=$(grep -c 'objects/info/commit-graph is damaged' "$T/err")
	if [ "$n" = 1 ]; then ok; else
		bad "a damaged commit-graph ($d) is one warning" "$(head -c 300 "$T/err")"
	fi
done

# a commit made after the file was written is not in it: read as before
cp "$T/graph.good" "$R/objects/info/commit-graph"
tok=pat-na1-$(printf '%08x-%04x-%04x-%04x-%012x' 3735928559 48879 4919 57005 3054198966)
blob=$(printf 'hubspot_token = "%s"\n' "$tok" | git --git-dir="$R" hash-object -w --stdin)
tree=$(printf '100644 blob %s\tnew-after-graph.txt\n' "$blob" | git --git-dir="$R" mktree)
head=$(git --git-dir="$R" rev-parse HEAD)
new=$(GIT_AUTHOR_NAME=a GIT_AUTHOR_EMAIL=a@b GIT_COMMITTER_NAME=a GIT_COMMITTER_EMAIL=a@b \
	git --git-dir="$R" commit-tree "$tree" -p "$head" -m "after the graph")
git --git-dir="$R" update-ref refs/heads/after-graph "$new"
expect_exit 1 "keyhound git with a commit newer than the commit-graph" -- \
	"$KEYHOUND" git -f json --show-secrets -o "$T/cgnew.json" "$R"
check "a commit newer than the commit-graph is walked" \
	jq -e --arg s "$tok" --arg c "$new" \
	'[.[] | select(.secret == $s and .commit.id == $c)] | length == 1' "$T/cgnew.json"

# a commit the file lists but whose object is gone: the walk goes on
# through the file, its message cannot be read (one warning, exit 1 for
# the finding behind it)
S=$T/lost
git init -q "$S"
mk lost/a.txt "hubspot_token = \"$tok\""
for f in a b c; do
	[ -f "$S/$f.txt" ] || echo "$f" >"$S/$f.txt"
	git -C "$S" add "$f.txt"
	GIT_AUTHOR_NAME=a GIT_AUTHOR_EMAIL=a@b GIT_COMMITTER_NAME=a GIT_COMMITTER_EMAIL=a@b \
		git -C "$S" commit -qm "$f"
done
git -C "$S" commit-graph write --reachable 2>/dev/null
first=$(git -C "$S" rev-parse HEAD~2)
mid=$(git -C "$S" rev-parse HEAD~1)
rm -f "$S/.git/objects/${mid:0:2}/${mid:2}"
expect_exit 1 "keyhound git, a commit of the commit-graph missing" -- \
	"$KEYHOUND" git -f json --show-secrets -o "$T/lost.json" "$S"
check "a commit of the commit-graph missing: the history behind it is walked" \
	jq -e --arg s "$tok" --arg c "$first" \
	'[.[] | select(.secret == $s and .commit.id == $c)] | length == 1' "$T/lost.json"
n=$(grep -c "cannot read the message of commit $mid" "$T/err")
if [ "$n" = 1 ]; then ok; else
	bad "a commit of the commit-graph missing is one warning" "$(head -c 300 "$T/err")"
fi

# a hand-made commit without the blank line before its message: its empty
# message is a source with the file as without it
M=$T/nomsg
git init -q "$M"
echo a >"$M/a.txt"
git -C "$M" add a.txt
GIT_AUTHOR_NAME=a GIT_AUTHOR_EMAIL=a@b GIT_COMMITTER_NAME=a GIT_COMMITTER_EMAIL=a@b \
	git -C "$M" commit -qm one
c=$(printf 'tree %s\nparent %s\nauthor a <a@b> 1600000000 +0000\ncommitter a <a@b> 1600000000 +0000\n' \
	"$(git -C "$M" rev-parse 'HEAD^{tree}')" "$(git -C "$M" rev-parse HEAD)" |
	git -C "$M" hash-object -t commit -w --stdin --literally)
git -C "$M" update-ref HEAD "$c"
sources() { "$KEYHOUND" git -f json -o "$T/nomsg.json" "$M" 2>&1 |
	sed -n 's/.* findings* in \([0-9]*\) sources.*/\1/p'; }
without=$(sources)
git -C "$M" commit-graph write --reachable 2>/dev/null
with=$(sources)
if [ "$without" = 3 ] && [ "$with" = 3 ]; then ok; else
	bad "a commit without a message is a source with a commit-graph too" \
		"$without without the file, $with with it"
fi

# A blob is scanned once per path profile (kh_engine_path_profile): what
# its path gives the scan, path rules (.pgpass), the config-file reader
# (config/, *.ini). Renamed or copied to a path that gives more, it is
# scanned again there and reported at the commit that put it there; a
# file edited there around the secret does not report it again.
P=$T/profiles
git init -q "$P"
commit() { git -C "$P" add -A && GIT_AUTHOR_NAME=a GIT_AUTHOR_EMAIL=a@b \
	GIT_COMMITTER_NAME=a GIT_COMMITTER_EMAIL=a@b git -C "$P" commit -qm "$1" &&
	git -C "$P" rev-parse HEAD; }
pgpass=db.example.internal:5432:orders:svc_orders:Vq7Lr2Kx9TzPw4Hn
mk profiles/notes.txt "$pgpass
"
mk profiles/smtp "smtp.pass Mz8Qw3Rt6Yu1Io5P
"
mk profiles/tests/key.txt "hubspot_token = \"$tok\"
"
# what a path gives an archive's members: a gzip file's content is named
# after it (a.gz!a, then pgpass.conf.gz!pgpass.conf), a zip's members are under
# its directories (config/smtp.zip!smtp)
printf '%s\n' "$pgpass" | gzip -n >"$P/a.gz"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").write(sys.argv[2], "smtp")' \
	"$P/smtp.zip" "$P/smtp"
c1=$(commit one)
"$KEYHOUND" git -f json --show-secrets --state "$T/prof.db" -o "$T/prof-c1.json" "$P" 2>/dev/null
git -C "$P" mv notes.txt .pgpass
mkdir -p "$P/config" "$P/src"
git -C "$P" mv a.gz pgpass.conf.gz
git -C "$P" mv smtp.zip config/smtp.zip
cp "$P/smtp" "$P/config/smtp"
cp "$P/tests/key.txt" "$P/src/key.txt"
c2=$(commit "renamed and copied")
printf '# the mail relay\nsmtp.pass Mz8Qw3Rt6Yu1Io5P\n' >"$P/config/smtp"
c3=$(commit "edited around the secret")
expect_exit 1 "keyhound git, a blob at two path profiles" -- \
	"$KEYHOUND" git -f json --show-secrets -o "$T/prof.json" "$P"
jq -r '.[] | "\(.commit.id) \(.file) \(.rule_id) \(.context // "-")"' "$T/prof.json" |
	sort >"$T/prof.got"
sort >"$T/prof.want" <<EOF
$c1 tests/key.txt hubspot-private-app-token test
$c2 .pgpass postgres-pgpass-password -
$c2 pgpass.conf.gz!pgpass.conf postgres-pgpass-password -
$c2 config/smtp generic-secret -
$c2 config/smtp.zip!smtp generic-secret -
$c2 src/key.txt hubspot-private-app-token -
EOF
if cmp -s "$T/prof.want" "$T/prof.got"; then ok; else
	bad "a blob renamed to .pgpass, copied into config/: found there" \
		"$(diff "$T/prof.want" "$T/prof.got" | head -6)"
fi
# 6 blobs (the edited config/smtp too), 3 messages; .pgpass, the gzip file,
# the zip and config/smtp again at their own profiles (src/key.txt's is
# the plain one, as before)
n=$(sed -n 's/.* findings* in \([0-9]*\) sources.*/\1/p' "$T/err")
if [ "$n" = 13 ] && grep -q ': 3 commits, 6 distinct blobs (.*), 4 again at another path profile' "$T/err"; then
	ok
else
	bad "a blob is scanned again at each new path profile, only then" \
		"$n sources, $(grep distinct "$T/err")"
fi
expect_exit 1 "keyhound git -j1, a blob at two path profiles" -- \
	"$KEYHOUND" git -j1 -f json --show-secrets -o "$T/prof1.json" "$P"
check "a blob at two path profiles: the same report with one worker" \
	cmp "$T/prof.json" "$T/prof1.json"
# context is the reported path's: the copy outside tests/ is not a test's
expect_exit 1 "keyhound git --exclude-context test" -- \
	"$KEYHOUND" git -f json --show-secrets --exclude-context test -o "$T/prof2.json" "$P"
check "the same blob in tests/ and src/: each path its own context" \
	jq -e '[.[] | select(.rule_id == "hubspot-private-app-token") | .file] == ["src/key.txt"]' \
	"$T/prof2.json"
# --state records a blob at each profile apart: an audit after the first
# commit recorded the blob of notes.txt scanned, clean; at .pgpass it is
# another scan
check "--state: the audit after the first commit" \
	test "$(jq length "$T/prof-c1.json")" = 1
expect_exit 1 "keyhound git --state, a blob at a new path profile" -- \
	"$KEYHOUND" git -f json --show-secrets --state "$T/prof.db" -o "$T/prof3.json" "$P"
check "--state: the same report" cmp "$T/prof.json" "$T/prof3.json"
check "--state: the blobs at new profiles are scanned" \
	grep -q ": 5 blobs scanned, 1 skipped" "$T/err"

finish e2e_history
