#!/usr/bin/env bash
# End-to-end test of wave 28's speed work: the paths it made cheaper
# still find what they found.
#  * a provider's rule is interpreted until it searched INTERPRET_BYTES,
#    then JIT-compiled (renting): keys in many small files, in one file
#    whose windows pass that bound part way, and with two workers;
#  * notes are searched for ` / ` 64 places a step where the CPU has
#    AVX2: a login at every offset of a block, and at the file's end;
#  * a path glob's tail is compared from its first byte first: files a
#    rule selects by name, beside names that end alike;
#  * a `provider` field is found by its `v?d` before its whole word.
. "$(dirname "$0")/lib.sh"
batch_scans

# fake keys of two providers' formats, the 36/40 characters made from i
ghp() { printf 'ghp_%s' "$(printf 'Zq8vLm3xZr5KTw9PbN2cY7dH4jF6sA1e%04d' "$1")"; }
sk() { printf 'sk_live_51%s' "$(printf 'Hq2wMn7pXt4RVy8KcB3dF6gJ9kL1sA%04d' "$1")"; }

# --- renting: many small files, one key each (most rules search a few
# windows and stay interpreted)
want=()
for i in $(seq 1 40); do
	if [ $((i % 2)) = 0 ]; then k=$(ghp "$i"); else k=$(sk "$i"); fi
	mk "tree/svc$i/settings.py" "import os
# service $i
API_KEY = \"$k\"
"
	want+=("$k")
done
for j in 1 2; do
	"$KEYHOUND" scan "$T/tree" -j"$j" -f json --show-secrets -o "$T/out" 2>"$T/err"
	reports "a key a file, -j$j" "${want[@]}"
done

# one file of 300 keys of each format, far apart: its windows pass 2 KiB
# part way through (interpreted, then JIT-compiled), each key found once
want=()
: >"$T/many.ts"
for i in $(seq 1 300); do
	printf 'export const a%d = "%s";\n// %s\n\n' "$i" "$(ghp "$i")" \
		"filler line $i of words that say nothing at all to the rules" >>"$T/many.ts"
	printf 'export const b%d = "%s";\n' "$i" "$(sk "$i")" >>"$T/many.ts"
	want+=("$(ghp "$i")" "$(sk "$i")")
done
"$KEYHOUND" scan "$T/many.ts" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "600 keys in one file" "${want[@]}"
check "600 keys in one file: 600 findings" jq -e 'length == 600' "$T/out"

# --- notes: a login at every offset of a 32-byte step, then at the end
VAL='heron.basalt.quill.4'
for pad in $(seq 0 67); do
	filler=$(printf '%*s' "$pad" '' | tr ' ' 'x')
	mk "notes/pad$pad.txt" "$filler
the backup console login is deploy / $VAL
"
done
"$KEYHOUND" scan "$T/notes" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "a login after 0-67 bytes: found in each of 68 notes" jq -e --arg s "$VAL" \
	'[.[] | select(.secret == $s)] | length == 68' "$T/out"
# the last bytes of a file (no newline after the value), in Markdown
mk "notes/tail.md" "# staging

$(printf '%*s' 41 '' | tr ' ' '-')
the grafana admin login is ops / $VAL"
found notes/tail.md 4 generic-secret "$VAL"
# divisions and paths in notes: no login
mk "notes/plain.txt" "Read / Write access is granted to ops.
Ratio: 3 / 4 of the requests fail; see docs / faq and a/b testing.
Use the user / password from the vault, never a literal one.
"
silent notes/plain.txt

# --- path globs: a rule's file by its name, and names that end alike
mk "home/.pgpass" "db.internal.example:5432:app:app_rw:Pq7rT2mXk9LwZ4
"
"$KEYHOUND" scan "$T/home" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports ".pgpass by its name" "Pq7rT2mXk9LwZ4"
mk "decoy/my.pgpass.txt" "db.internal.example:5432:app:app_rw:Pq7rT2mXk9LwZ4
"
mk "decoy/notpgpass" "db.internal.example:5432:app:app_rw:Pq7rT2mXk9LwZ4
"
"$KEYHOUND" scan "$T/decoy" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "names that end like .pgpass: not its rule's" jq -e \
	'[.[] | select(.rule_id | test("pgpass"))] | length == 0' "$T/out"

# --- a provider named by a field: its key read by the provider's rules
UUID=7c4e1a92-3b6d-4e58-a0f7-d91b2c85e346
mk "gleam/conf.gleam" "// services: a provider, a vivid review of vi, then the key
let c = Creds(provider: \"codecov\", key: \"$UUID\")
"
found gleam/conf.gleam 2 codecov-token "$UUID"
mk "decoy/conf.gleam" "let c = Creds(provider: \"codecov\", key: \"CODECOV_TOKEN\")
let d = Creds(provider: \"nobody\", key: \"$UUID\")
"
silent decoy/conf.gleam

finish e2e_speed28
