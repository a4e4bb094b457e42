#!/usr/bin/env bash
# tests/e2e_libraries.sh - the libraries keyhound opens on first use
# (libgit2 for git commands, libcurl for --verify, SQLite for --state):
# when one cannot be loaded, the command that needs it stops with one line
# naming it and exit code 2, writing no report; a tree scan needs none.
#
# The load fails for real, through the dynamic loader: LD_LIBRARY_PATH
# puts first, under each name keyhound asks for, a library that needs one
# that does not exist (any user, any container). Where a mount namespace
# may be made (root), libgit2 is also hidden outright: its files read as
# empty, as on a machine without it.
# shellcheck source=tests/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com

# the names keyhound opens (scanner/git_api.c, curl_api.c, sqlite_api.c),
# and libgit2's as this machine's loader knows them (the build's soname)
mapfile -t GIT_NAMES < <(echo libgit2.so; ldconfig -p 2>/dev/null | awk '/libgit2\.so\./ { print $1 }')
CURL_NAMES=(libcurl.so.4 libcurl-gnutls.so.4 libcurl.so)
SQLITE_NAMES=(libsqlite3.so.0)

# unloadable DIR NAME...: DIR holds, as each NAME, a library that needs
# libkeyhound-absent.so, which is nowhere: dlopen() of it fails.
unloadable() {
	local dir=$1 n
	shift
	mkdir -p "$dir"
	echo 'int keyhound_absent;' | cc -shared -fPIC -x c -o "$T/libkeyhound-absent.so" - || return 1
	for n in "$@"; do
		echo 'int keyhound_unloadable;' | cc -shared -fPIC -x c -o "$dir/$n" - \
			-Wl,--no-as-needed -L"$T" -lkeyhound-absent || return 1
	done
	rm -f "$T/libkeyhound-absent.so"
}
if ! unloadable "$T/nogit" "${GIT_NAMES[@]}" || ! unloadable "$T/nocurl" "${CURL_NAMES[@]}" ||
	! unloadable "$T/nosqlite" "${SQLITE_NAMES[@]}"; then
	bad "build the unloadable libraries (cc)"
	finish e2e_libraries
	exit 1
fi
NONE=$T/nogit:$T/nocurl:$T/nosqlite

# one_line NAME PATTERN: stderr ($T/err) is one line matching PATTERN
# (grep -E), and nothing went to stdout
one_line() {
	if [ "$(wc -l <"$T/err")" = 1 ] && grep -Eq -- "$2" "$T/err" && [ ! -s "$T/out" ]; then
		ok
	else
		bad "$1" "stderr: $(head -c 600 "$T/err"); stdout: $(head -c 200 "$T/out")"
	fi
}

R=$T/repo
git init -q -b main "$R"
printf 'TOKEN=ghp_%s\n' "$(printf 'libraries' | sha256sum | head -c 36)" >"$R/app.env"
git -C "$R" add -A && git -C "$R" commit -qm "a token"

# ---- libgit2 ----
# `staged` needs it only where the repository is not plain (GIT_DIR set
# here): a plain one's index and objects are read by keyhound's readers
for cmd in git staged; do
	expect_exit 2 "$cmd without libgit2" -- env LD_LIBRARY_PATH="$T/nogit" GIT_DIR="$R/.git" \
		"$KEYHOUND" "$cmd" "$R" -f json -o "$T/$cmd.json"
	one_line "$cmd without libgit2: one line" \
		"^keyhound: error: cannot load libgit2 \(install libgit2\): .*libkeyhound-absent\.so"
	check "$cmd without libgit2: no report" test ! -e "$T/$cmd.json"
done

printf 'TOKEN=ghp_%s\n' "$(printf 'staged' | sha256sum | head -c 36)" >"$R/new.env"
git -C "$R" add new.env
expect_exit 1 "staged in a plain repository without libgit2" -- env LD_LIBRARY_PATH="$T/nogit" \
	"$KEYHOUND" staged "$R" -f json -o "$T/plain.json"
check "staged without libgit2: the staged token" \
	jq -e 'length == 1 and .[0].file == "new.env"' "$T/plain.json"
git -C "$R" rm -q --cached new.env && rm "$R/new.env"

# ---- a tree scan loads none of them ----
expect_exit 1 "scan without libgit2, libcurl, SQLite" -- env LD_LIBRARY_PATH="$NONE" \
	"$KEYHOUND" scan "$R" -f json -o "$T/tree.json"
check "scan without the libraries: the finding" \
	jq -e 'length == 1 and .[0].rule_id == "github-pat-classic"' "$T/tree.json"
check "scan without the libraries: nothing said of them" \
	bash -c "! grep -q 'cannot load' '$T/err'"

# ---- libcurl: --verify ----
expect_exit 2 "--verify without libcurl" -- env LD_LIBRARY_PATH="$T/nocurl" \
	"$KEYHOUND" scan "$R" --verify -f json -o "$T/verify.json"
one_line "--verify without libcurl: one line" \
	"^keyhound: error: --verify: cannot load libcurl \(install libcurl4\): "
check "--verify without libcurl: no report" test ! -e "$T/verify.json"

# ---- SQLite: --state ----
expect_exit 2 "--state without SQLite" -- full_stacks env LD_LIBRARY_PATH="$T/nosqlite" \
	"$KEYHOUND" git "$R" --state "$T/state.db" -f json -o "$T/state.json"
one_line "--state without SQLite: one line" \
	"^keyhound: error: $T/state.db: cannot load SQLite \(install libsqlite3-0\): "
check "--state without SQLite: no state file" test ! -e "$T/state.db"
check "--state without SQLite: no report" test ! -e "$T/state.json"

# ---- libgit2 absent: its files read as empty in a mount namespace ----
# shellcheck disable=SC2016 # expanded by the inner shell
HIDE_GIT='for f in $(ldconfig -p | awk "/libgit2\\.so/ { print \$NF }"); do
	mount --bind /dev/null "$(readlink -f "$f")" || exit 3
done'
if [ "$(id -u)" = 0 ] && unshare -m bash -c "$HIDE_GIT" 2>/dev/null; then
	expect_exit 2 "git with libgit2 hidden" -- unshare -m bash -c "$HIDE_GIT"'
		exec "$@"' - "$KEYHOUND" git "$R" -f json -o "$T/hidden.json"
	one_line "git with libgit2 hidden: one line" \
		"^keyhound: error: cannot load libgit2 \(install libgit2\): "
	check "git with libgit2 hidden: no report" test ! -e "$T/hidden.json"
else
	echo "e2e_libraries: no mount namespace here (needs root): libgit2 not hidden outright"
fi

finish e2e_libraries
