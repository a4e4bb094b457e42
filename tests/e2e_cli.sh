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
check "--help lists every command" bash -c "for c in scan git staged verify rules install-hook; do grep -q \"^  \$c \" '$T/out' || exit 1; done"
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
expect_exit 2 "--ignore-file with --ignore-from" -- "$KH" scan --ignore-file x --ignore-from HEAD "$T/clean"

finish e2e_cli
