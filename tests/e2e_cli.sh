#!/usr/bin/env bash
# End-to-end tests of the command line itself: help pages, usage errors,
# and that README.md, doc/keyhound.1 and --help list the same options as
# the option table in scanner/cli.c. Sources tests/lib.sh.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND
cd "$ROOT"

# --- help -----------------------------------------------------------------------
expect_exit 0 "scan --help" -- "$KH" scan --help
check "scan --help is scan's usage" grep -q '^usage: keyhound scan ' "$T/out"
check "scan --help shows scan's options" grep -q -- '--stdin-name' "$T/out"
check "scan --help leaves out git's options" bash -c "! grep -q -- '--since-commit' '$T/out'"
cp "$T/out" "$T/scan-help"
expect_exit 0 "help scan" -- "$KH" help scan
check "'help scan' is the same page as 'scan --help'" cmp -s "$T/out" "$T/scan-help"
expect_exit 0 "git --help" -- "$KH" git --help
check "git --help shows git's options" grep -q -- '--since-commit' "$T/out"
check "git --help leaves out --stdin-name" bash -c "! grep -q -- '--stdin-name' '$T/out'"
expect_exit 0 "rules -h" -- "$KH" rules -h
check "rules -h shows --check" grep -q -- '--check' "$T/out"
check "rules -h leaves out --exclude" bash -c "! grep -q -- '--exclude' '$T/out'"
expect_exit 0 "--help" -- "$KH" --help
check "--help lists every command" bash -c "for c in scan git staged verify merge rules install-hook; do grep -q \"^  \$c \" '$T/out' || exit 1; done"
expect_exit 2 "help of an unknown command" -- "$KH" help scna
check "help names the unknown command" grep -q "unknown command 'scna'" "$T/err"
expect_exit 0 "-V" -- "$KH" -V
check "-V prints the version" grep -q '^keyhound [0-9]' "$T/out"
expect_exit 0 "scan -V" -- "$KH" scan -V
check "scan -V prints the version" grep -q '^keyhound [0-9]' "$T/out"

# `keyhound` alone: the usage on stderr, exit 2 (a script calling it by
# mistake must not pass), nothing on stdout
expect_exit 2 "no command" -- "$KH"
check "no command prints the usage on stderr" grep -q '^usage: keyhound <command>' "$T/err"
check "no command prints nothing on stdout" test ! -s "$T/out"

# --- usage errors ------------------------------------------------------------
mkdir -p "$T/clean"
expect_exit 2 "misspelt option" -- "$KH" scan --formta json "$T/clean"
check "misspelt option suggests the nearest" grep -q "unknown option '--formta' (did you mean '--format'?)" "$T/err"
expect_exit 2 "misspelt option with =" -- "$KH" git --since-comit=HEAD~1 "$T/clean"
check "suggestion also with =VALUE" grep -q "did you mean '--since-commit'" "$T/err"
expect_exit 2 "far-off option" -- "$KH" scan --zzzzzzzzzz "$T/clean"
check "no suggestion for a far-off option" bash -c "! grep -q 'did you mean' '$T/err'"
# an option of another command would be ignored without a word
expect_exit 2 "git option given to scan" -- "$KH" scan --since-commit HEAD "$T/clean"
check "says which command the option is for" grep -q "option '--since-commit' is not for 'scan' (it is for: git)" "$T/err"
expect_exit 2 "--stdin-name given to git" -- "$KH" git --stdin-name x "$T/clean"
# --stdin-name without - would name nothing: the user meant to scan stdin
expect_exit 2 "--stdin-name without -" -- "$KH" scan --stdin-name app.env "$T/clean"
check "says to add -" grep -q "add - to the paths" "$T/err"
echo 'hello' >"$T/in.txt"
expect_exit 0 "--stdin-name with -" -- "$KH" scan --stdin-name app.env - <"$T/in.txt"
expect_exit 2 "misspelt command" -- "$KH" sacn "$T/clean"
check "misspelt command suggests the nearest" grep -q "unknown command 'sacn' (did you mean 'scan'?)" "$T/err"
# an exclude that matches everything would pass every gate
expect_exit 2 "--exclude '*'" -- "$KH" scan --exclude '*' "$T/clean"
check "says nothing would be scanned" grep -q "matches every path" "$T/err"
expect_exit 2 "--exclude '**/'" -- "$KH" git --exclude '**/' "$T/clean"
# a second value would silently replace the first
expect_exit 2 "-o twice" -- "$KH" scan -o "$T/a.json" -o "$T/b.json" "$T/clean"
check "names the option given twice" grep -q "option '--output' given twice" "$T/err"
check "neither report written" test ! -e "$T/a.json" -a ! -e "$T/b.json"
expect_exit 2 "--ignore-file twice" -- "$KH" scan --ignore-file a --ignore-file b "$T/clean"
expect_exit 2 "--since-commit twice" -- "$KH" git --since-commit a --since-commit b "$T/clean"
expect_exit 2 "--ignore-file with --ignore-from" -- "$KH" scan --ignore-file x --ignore-from HEAD "$T/clean"

# --- README, --help and the man page list the options of the table ---------
# The table: the optdefs block of scanner/cli.c.
awk '/^} optdefs\[\] = \{/ {on = 1; next} on && /^};/ {exit} on' scanner/cli.c |
	grep -oE '^	\{ "[a-z][a-z-]*"' | grep -oE '[a-z][a-z-]*' | sed 's/^/--/' | sort -u >"$T/table"
check "the option table was read" test "$(wc -l <"$T/table")" -ge 25
"$KH" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u >"$T/help"
groff -man -Tascii -P-c -P-b -P-u doc/keyhound.1 2>/dev/null | grep -oE -- '--[a-z][a-z-]+' | sort -u >"$T/man"
# README also quotes git's and GNU parallel's own options and flags of
# scanned examples (curl's --proxy-user and --oauth2-bearer among them)
grep -oE -- '--[a-z][a-z-]+' README.md | sort -u |
	grep -vxE -- '--(no-verify|batch|batch-all-objects|unordered|cached|mirror|api-key|filter|sshloginfile|user|password|build-arg|from-literal|set|token|depth|window|proxy-user|oauth|with-token|auth)' >"$T/readme"
for doc in help man readme; do
	check "$doc lists exactly the options of the table" diff "$T/table" "$T/$doc"
done
"$KH" --help | grep -oE -- '(^|[ ,])-[a-zA-Z],' | tr -d ' ,' | sort -u >"$T/short-help"
for o in $(cat "$T/short-help"); do
	check "man page has $o" bash -c "groff -man -Tascii -P-c -P-b -P-u doc/keyhound.1 2>/dev/null | grep -q -- '$o, --'"
done
check "man page renders without warnings" bash -c "groff -man -Tascii -ww -z doc/keyhound.1 2>&1 | { ! grep -q .; }"

# --- make install / uninstall into a temporary DESTDIR ------------------------
D=$T/dest
if make -q keyhound 2>/dev/null; then
	expect_exit 0 "make install DESTDIR" -- make --no-print-directory install DESTDIR="$D" PREFIX=/usr
	for f in bin/keyhound share/man/man1/keyhound.1 share/bash-completion/completions/keyhound share/zsh/site-functions/_keyhound; do
		check "installed $f" test -s "$D/usr/$f"
	done
	check "installed binary runs" bash -c "'$D/usr/bin/keyhound' --version | grep -q '^keyhound '"
	check "installed binary is executable by all" test "$(stat -c %a "$D/usr/bin/keyhound")" = 755
	check "installed man page renders" bash -c "MANWIDTH=80 man -l '$D/usr/share/man/man1/keyhound.1' 2>/dev/null | grep -q 'EXIT STATUS'"
	expect_exit 0 "make uninstall DESTDIR" -- make --no-print-directory uninstall DESTDIR="$D" PREFIX=/usr
	check "uninstall removes every file" test -z "$(find "$D" -type f)"
else
	bad "make install" "the release build is not up to date (make keyhound first)"
fi

# --- completions ---------------------------------------------------------------------
comp() { # words... : bash completion of the last word
	bash -c 'source completions/keyhound.bash; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _keyhound; printf "%s\n" "${COMPREPLY[@]}"' _ "$@"
}
out=$(comp "$KH" st)
check "bash: 'st' completes to staged" test "$out" = staged
out=$(comp "$KH" git --since-c)
check "bash: git options come from help" test "$out" = --since-commit
out=$(comp "$KH" scan --since-c)
check "bash: scan does not offer git's options" test -z "$out"
out=$(comp "$KH" scan --format j | tr '\n' ' ')
check "bash: --format values" test "$out" = "json jsonl "
if command -v zsh >/dev/null; then
	check "zsh completion parses" zsh -n completions/_keyhound
	out=$(zsh -c 'compadd() { if [[ $1 == -a ]]; then print -rl -- ${(P)2}; else print -rl -- "$@"; fi }
		_describe() { :; }; _files() { :; }
		words=("$1" git --since-c); CURRENT=3; source completions/_keyhound' _ "$KH" | grep -c -- '--since-commit')
	check "zsh: git options come from help" test "$out" = 1
fi

finish e2e_cli
