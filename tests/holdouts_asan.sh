#!/usr/bin/env bash
# Scans each corpus named (tests/quality/holdout*/corpus) with KEYHOUND, the
# ASan + UBSan build, from the corpus's own root as `make quality-holdouts`
# does: a sanitizer report or an exit other than 0 (nothing found) or 1
# (findings) fails. Scores are not looked at (the release build's floors
# are `make quality-holdouts`'s); a crash on a blind writer's text is.
set -u
: "${KEYHOUND:?the ASan build to run}"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:exitcode=99}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:exitcode=99}
rc=0
for corpus in "$@"; do
	tmp=$(mktemp -d)
	(cd "$corpus" && exec "$KEYHOUND" scan . --show-secrets -f json -q -o "$tmp/report.json") \
		2>"$tmp/err"
	st=$?
	if [ "$st" -gt 1 ] || grep -q 'Sanitizer\|runtime error' "$tmp/err"; then
		echo "FAIL $corpus: exit $st" >&2
		head -60 "$tmp/err" >&2
		rc=1
	fi
	rm -rf "$tmp"
done
exit $rc
