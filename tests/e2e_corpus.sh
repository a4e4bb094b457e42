#!/usr/bin/env bash
# End-to-end: every findings set over corpus/<dir> must equal the reviewed
# snapshot tests/expected/<dir>.txt (file:line:column rule structure facts).
# After a deliberate change, UPDATE=1 rewrites the snapshots: review the diff.
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

project() {
	jq -r '.[] | "\(.file):\(.line):\(.column) \(.rule_id) \(.validation.structure)" +
		(if .validation.hublet then " hublet=\(.validation.hublet)" else "" end) +
		(if .validation.expired != null then " expired=\(.validation.expired)" else "" end) +
		(if .validation.account then " account=\(.validation.account.name // "?")/\(.validation.account.id // "?")/\(.validation.account.auth_type // "?")" else "" end)'
}

for dir in corpus/*/; do
	name=$(basename "$dir")
	want=tests/expected/$name.txt
	"$KEYHOUND" scan "$dir" -f json -q >"$T/$name.json"
	rc=$?
	project <"$T/$name.json" >"$T/$name.txt"
	if [ "${UPDATE:-}" = 1 ]; then
		cp "$T/$name.txt" "$want"
		continue
	fi
	if [ ! -f "$want" ]; then
		bad "corpus/$name" "no snapshot $want (run with UPDATE=1 and review it)"
	elif diff -u "$want" "$T/$name.txt" >"$T/diff"; then
		ok
	else
		bad "corpus/$name differs from $want" "$(head -40 "$T/diff")"
	fi
	check "corpus/$name exits 1 (it has findings)" test "$rc" = 1
	# the generic rule must never restate a provider finding
	check "corpus/$name: no secret reported twice" \
		test "$(jq '[.[] | [.file, .line, .column]] | length == (unique | length)' "$T/$name.json")" = true
done
finish e2e_corpus
