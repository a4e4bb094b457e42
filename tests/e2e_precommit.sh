#!/usr/bin/env bash
# The hooks of .pre-commit-hooks.yaml: run by the pre-commit framework
# itself when it is installed (Debian's pre-commit, in TEST_PACKAGES), and
# always by replaying the exact environment pre-commit gives a pre-push
# hook (tests/lib.sh). A push whose commits reach a root commit gets
# neither PRE_COMMIT_FROM_REF nor PRE_COMMIT_TO_REF.
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com
PAT=pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f # made up
mkdir -p "$T/bin"
ln -s "$KEYHOUND" "$T/bin/keyhound" # the hooks run `keyhound` from PATH
export PATH="$T/bin:$PATH"
entry() { python3 -c 'import sys, yaml
for h in yaml.safe_load(open(".pre-commit-hooks.yaml")):
    if h["id"] == sys.argv[1]: print(h["entry"])' "$1"; }
PUSH_ENTRY=$(entry keyhound-pre-push)
check "the pre-push hook is in the manifest" test -n "$PUSH_ENTRY"

# --- replay: the environment pre-commit 3.x sets -------------------------------
W=$T/replay
git init -q -b main "$W"
echo "hello" >"$W/a.txt"
git -C "$W" add a.txt && git -C "$W" commit -q -m one
git init -q --bare "$T/replay-remote.git"
git -C "$W" remote add origin "$T/replay-remote.git"
# a root push: no FROM/TO, the branch names only
expect_exit 0 "replayed root push of a clean branch" -- env -C "$W" \
	PRE_COMMIT_LOCAL_BRANCH=refs/heads/main PRE_COMMIT_REMOTE_BRANCH=refs/heads/main \
	PRE_COMMIT_REMOTE_NAME=origin PRE_COMMIT_REMOTE_URL="$T/replay-remote.git" \
	sh -c "$PUSH_ENTRY"
expect_exit 0 "replayed root push without branch names either" -- env -C "$W" sh -c "$PUSH_ENTRY"
echo "k=$PAT" >"$W/b.env"
git -C "$W" add b.env && git -C "$W" commit -q -m two
expect_exit 1 "replayed root push with a secret is blocked" -- env -C "$W" \
	PRE_COMMIT_LOCAL_BRANCH=refs/heads/main sh -c "$PUSH_ENTRY"
old=$(git -C "$W" rev-parse HEAD~1)
new=$(git -C "$W" rev-parse HEAD)
expect_exit 1 "replayed push of a range with a secret is blocked" -- env -C "$W" \
	PRE_COMMIT_FROM_REF="$old" PRE_COMMIT_TO_REF="$new" sh -c "$PUSH_ENTRY"
expect_exit 0 "replayed push of a range without a secret passes" -- env -C "$W" \
	PRE_COMMIT_FROM_REF="$old" PRE_COMMIT_TO_REF="$old" sh -c "$PUSH_ENTRY"

# --- the framework itself -------------------------------------------------------
if ! command -v pre-commit >/dev/null; then
	echo "e2e_precommit: pre-commit not installed; framework part skipped (make deps installs it)"
	finish e2e_precommit
	exit $?
fi
export PRE_COMMIT_HOME=$T/pre-commit-home
# the hook repository: this manifest. pre-commit before 3.2 calls the
# stages commit/push; the entries are what is tested.
H=$T/hooks
git init -q -b main "$H"
ver=$(pre-commit --version | awk '{print $2}')
if [ "$(printf '%s\n3.2.0\n' "$ver" | sort -V | head -1)" != 3.2.0 ]; then
	sed -e 's/stages: \[pre-commit\]/stages: [commit]/; s/stages: \[pre-push\]/stages: [push]/' \
		-e 's/minimum_pre_commit_version: "3.2.0"/minimum_pre_commit_version: "3.0.0"/' \
		.pre-commit-hooks.yaml >"$H/.pre-commit-hooks.yaml"
else
	cp .pre-commit-hooks.yaml "$H/.pre-commit-hooks.yaml"
fi
git -C "$H" add -A && git -C "$H" commit -q -m hooks
rev=$(git -C "$H" rev-parse HEAD)
P=$T/project
git init -q -b main "$P"
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: keyhound\n      - id: keyhound-pre-push\n' "$H" "$rev" >"$P/.pre-commit-config.yaml"
git -C "$P" add -A && git -C "$P" commit -q -m config >"$T/noise" 2>&1
expect_exit 0 "pre-commit install" -- env -C "$P" pre-commit install -t pre-commit -t pre-push
echo "hello" >"$P/clean.txt"
git -C "$P" add clean.txt
expect_exit 0 "framework: a clean commit passes" -- git -C "$P" commit -q -m clean
echo "k=$PAT" >"$P/leak.env"
git -C "$P" add leak.env
expect_exit 1 "framework: a commit adding a secret is blocked" -- git -C "$P" commit -q -m leak
check "the hook names the file" grep -q 'leak.env' "$T/out" "$T/err"
git -C "$P" rm -q --cached leak.env && rm "$P/leak.env"
git init -q --bare "$T/remote.git"
git -C "$P" remote add origin "$T/remote.git"
expect_exit 0 "framework: a root push of clean commits passes" -- git -C "$P" push -q origin main
echo "k=$PAT" >"$P/later.env"
git -C "$P" add later.env && git -C "$P" commit -q --no-verify -m "skip the commit hook"
expect_exit 1 "framework: pushing a commit with a secret is blocked" -- git -C "$P" push -q origin main
# a new unrelated branch: its commits reach a root the remote does not have
git -C "$P" checkout -q --orphan fresh
git -C "$P" rm -q -r --cached . >/dev/null && rm -f "$P/later.env" "$P/clean.txt"
echo "ok" >"$P/fresh.txt"
git -C "$P" add fresh.txt .pre-commit-config.yaml && git -C "$P" commit -q -m fresh >"$T/noise" 2>&1
expect_exit 0 "framework: a root push of a new clean unrelated branch passes" -- git -C "$P" push -q origin fresh
git -C "$P" checkout -q --orphan leaky
echo "k=$PAT" >"$P/fresh.env"
git -C "$P" add fresh.env && git -C "$P" commit -q --no-verify -m "root with a secret"
expect_exit 1 "framework: a root push of a new branch with a secret is blocked" -- git -C "$P" push -q origin leaky
check "the push hook names the file" grep -q 'fresh.env' "$T/out" "$T/err"

finish e2e_precommit
