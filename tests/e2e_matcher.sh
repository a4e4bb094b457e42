#!/usr/bin/env bash
# End-to-end: the keyword pass gives the same findings whichever way it
# runs. After a few megabytes (here 6 MB of plain text scanned first) a
# scan switches from the own filter to the Vectorscan database (when the
# build has it); 20 copies of corpus/ must then give exactly 20 times the
# findings of one copy, at the same places.
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

project() { jq -r '.[] | "\(.file | sub("^(many/)?[^/]*/"; "")):\(.line):\(.column) \(.rule_id) \(.fingerprint)"'; }

mkdir -p "$T/one" "$T/many" "$T/pad"
cp -r corpus "$T/one/c"
for i in $(seq 20); do cp -r corpus "$T/many/c$i"; done
yes 'lorem ipsum dolor sit amet, consectetur adipiscing elit' | head -c 6000000 >"$T/pad/a.txt"
(cd "$T/one" && "$KEYHOUND" scan . -f json -q -j 1) >"$T/one.json"
(cd "$T" && "$KEYHOUND" scan pad many -f json -q -j 1) >"$T/many.json"
project <"$T/one.json" | sort >"$T/one.txt"
project <"$T/many.json" | sort | uniq -c | awk '{ $1 = ($1 == 20 ? "" : "count=" $1); sub(/^ /, ""); print }' >"$T/many.txt"
check "one copy has findings" test -s "$T/one.txt"
if diff -u "$T/one.txt" "$T/many.txt" >"$T/diff"; then ok; else
	bad "20 copies differ from 20 x one copy" "$(head -20 "$T/diff")"
fi

# CR-only line ends count as line ends (old Mac files)
printf 'first\rsecond\r  token = "Zq8vR2mX7kLp4nW9sT3b"\r' >"$T/mac.txt"
"$KEYHOUND" scan "$T/mac.txt" -f json -q >"$T/mac.json"
check "CR-only file: line 3, column 12" \
	test "$(jq -r '.[0] | "\(.line):\(.column)"' "$T/mac.json")" = "3:12"

finish e2e_matcher
