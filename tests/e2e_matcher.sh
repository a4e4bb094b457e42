#!/usr/bin/env bash
# End-to-end: the keyword pass gives the same findings whichever way it
# runs. After 256 KiB (here 6 MB of plain text scanned first) a scan
# switches from the own filter to the built-in Vectorscan database (when
# the build has it), with a small one compiled beside it for a rule's own
# few keywords; with many new keywords it compiles one database after
# 16 MB instead. 20 copies of corpus/ must then give exactly 20 times the
# findings of one copy, at the same places.
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

project() { jq -r '.[] | "\(.file | sub("^(many/)?[^/]*/"; "")):\(.line):\(.column) \(.rule_id) \(.fingerprint)"'; }

mkdir -p "$T/one" "$T/many" "$T/pad"
cp -r corpus "$T/one/c"
for i in $(seq 20); do cp -r corpus "$T/many/c$i"; done
yes 'lorem ipsum dolor sit amet, consectetur adipiscing elit' | head -c 6000000 >"$T/pad/a.txt"
(cd "$T/one" && "$KEYHOUND" scan . -f json -q -j 1) >"$T/one.json"
project <"$T/one.json" | sort >"$T/one.txt"
check "one copy has findings" test -s "$T/one.txt"
# same_as_one NAME: 20 copies (in $T/NAME.json) give 20 x one copy's findings
same_as_one() {
	project <"$T/$1.json" | sort | uniq -c | awk '{ $1 = ($1 == 20 ? "" : "count=" $1); sub(/^ /, ""); print }' >"$T/$1.txt"
	if diff -u "$T/one.txt" "$T/$1.txt" >"$T/diff"; then ok; else
		bad "$1: 20 copies differ from 20 x one copy" "$(head -20 "$T/diff")"
	fi
}
(cd "$T" && "$KEYHOUND" scan pad many -f json -v -j 1 2>"$T/many.err") >"$T/many.json"
same_as_one many

# -v names the keyword scan; a build with Vectorscan (its name for -v is
# in the binary) uses the built-in database, also for fewer rules, and
# falls back to compiling one when a rule brings a keyword it lacks
if grep -q "vectorscan, built-in database" "$KEYHOUND"; then
	check "built-in rules: the built-in database" \
		grep -q "note: keyword scan: vectorscan, built-in database" "$T/many.err"
	rule=$(jq -r '.[0].rule_id' "$T/one.json")
	(cd "$T" && "$KEYHOUND" scan pad many -f json -v -j 1 --disable-rule "$rule" 2>"$T/fewer.err") >"$T/fewer.json"
	check "fewer rules: the built-in database" \
		grep -q "note: keyword scan: vectorscan, built-in database" "$T/fewer.err"
	(cd "$T/one" && "$KEYHOUND" scan . -f json -q -j 1 --disable-rule "$rule") | project | sort >"$T/one-fewer.txt"
	project <"$T/fewer.json" | sort -u >"$T/fewer.txt"
	check "fewer rules: the findings of one copy with them" \
		diff -u "$T/one-fewer.txt" "$T/fewer.txt"
	printf '%s\n' '{"provider":"acme","rules":[{"id":"acme-key","description":"d","severity":"high","keywords":["zqxjk_"],"regex":"zqxjk_(\\d{8})","remediation":"r"}]}' >"$T/acme.json"
	cp "$T/pad/a.txt" "$T/pad/b.txt" # 18 MB in all, files under --max-file-size
	cp "$T/pad/a.txt" "$T/pad/c.txt"
	(cd "$T" && "$KEYHOUND" scan pad many -f json -v -j 1 --rules acme.json 2>"$T/own.err") >"$T/own.json"
	check "a keyword the database lacks: compiled beside it" \
		grep -q "note: keyword scan: vectorscan, built-in database and the keywords it lacks compiled" "$T/own.err"
	same_as_one own
	# many new keywords (a team's many rules): compiled beside it after
	# 16 MB; only the rule set's own keywords (none of the built-in
	# rules run): one database compiled for them
	kws=$(seq 100 | sed 's/.*/"zqxjk&_"/' | paste -sd, -)
	printf '%s\n' '{"provider":"acme","rules":[{"id":"acme-key","description":"d","severity":"high","keywords":['"$kws"'],"regex":"zqxjk\\d+_(\\d{8})","remediation":"r"}]}' >"$T/acme-many.json"
	(cd "$T" && "$KEYHOUND" scan pad many -f json -v -j 1 --rules acme-many.json 2>"$T/ownmany.err") >"$T/ownmany.json"
	check "many keywords the database lacks: compiled beside it after 16 MB" \
		grep -q "note: keyword scan: vectorscan, built-in database and the keywords it lacks compiled" "$T/ownmany.err"
	same_as_one ownmany
	mk late/k.txt 'k = zqxjk42_73915608
'
	(cd "$T" && "$KEYHOUND" scan pad many late -f json -v -j 1 --rules acme-many.json --enable-rule acme-key 2>"$T/ownonly.err") >"$T/ownonly.json"
	check "only keywords the database lacks: one compiled for them" \
		grep -q "note: keyword scan: vectorscan, compiled" "$T/ownonly.err"
	check "only keywords the database lacks: its hit after 16 MB found" \
		test "$(jq -r '[.[] | select(.rule_id == "acme-key") | .file | sub(".*/"; "")] | join(",")' "$T/ownonly.json")" = k.txt
	"$KEYHOUND" scan "$T/one" -f json -v -j 1 2>"$T/small.err" >/dev/null
	check "a small scan: the own filter (no library loaded)" \
		grep -q "note: keyword scan: own filter" "$T/small.err"
else
	check "built without Vectorscan: the own filter" \
		grep -q "note: keyword scan: own filter" "$T/many.err"
fi

# CR-only line ends count as line ends (old Mac files)
printf 'first\rsecond\r  token = "Zq8vR2mX7kLp4nW9sT3b"\r' >"$T/mac.txt"
"$KEYHOUND" scan "$T/mac.txt" -f json -q >"$T/mac.json"
check "CR-only file: line 3, column 12" \
	test "$(jq -r '.[0] | "\(.line):\(.column)"' "$T/mac.json")" = "3:12"

# A minified file: one long line, keywords far into it. Rules whose match
# holds the keyword (generic, URL credentials) search near each keyword,
# and still find what stands anywhere on the line, with its column.
python3 - "$T/min.js" <<'PY'
import sys
filler = "var a=b.token_count+c;function f(x){return x.secret_santa}" * 300
line = filler + 'var cfg={url:"https://deploy:Hq7vR2mX9kLp4nW3sT8b@git.acme-corp.io/x.git"};' + filler + 'const api_token="Zq8vR2mX7kLp4nW9sT3b";' + filler
open(sys.argv[1], "w").write(line + "\n")
PY
"$KEYHOUND" scan "$T/min.js" -f json -q --show-secrets >"$T/min.json"
check "minified line: the URL password and the generic token are found" \
	test "$(jq -r '[.[] | .secret] | sort | join(" ")' "$T/min.json")" = "Hq7vR2mX9kLp4nW3sT8b Zq8vR2mX7kLp4nW9sT3b"
check "minified line: columns far into the line" \
	test "$(jq -r '[.[] | select(.secret == "Zq8vR2mX7kLp4nW9sT3b") | .column] | .[0]' "$T/min.json")" = "$(python3 -c 'print(58*300*2 + len("var cfg={url:\"https://deploy:Hq7vR2mX9kLp4nW3sT8b@git.acme-corp.io/x.git\"};") + len("const api_token=\"") + 1)')"

# A line of escaped quoted assignments (a JSON-escaped env list, 0.9 MB):
# an escaped quote does not start a string, so the line is read once, not
# once per quote (v0.8.0: 99 s, now 0.14 s); the plain one is found.
python3 - "$T/esc.json" <<'PY'
import sys
body = '\\"SOME_TOKEN=ab\\" ' + '\\"T=a\\" ' * 110000
open(sys.argv[1], "w").write('{"env": "' + body + '", "x": "API_TOKEN=Wq8vR2mX7kLp4nW9sT3c"}\n')
PY
timeout 60 "$KEYHOUND" scan "$T/esc.json" -f json -q --show-secrets >"$T/esc.out"
check "escaped quotes on a 0.9 MB line: read in time, the plain assignment found" \
	test "$(jq -r '[.[] | .secret] | join(" ")' "$T/esc.out")" = "Wq8vR2mX7kLp4nW9sT3c"

# The same line with a default on it (less_common_line reads each string
# then, for fromEnvironment('NAME', defaultValue: 'v')): an escaped quote
# does not start one either (before: over 100 s, now 0.3 s)
python3 - "$T/escdef.json" <<'PY'
import sys
body = '\\"x\\" ' * 150000
open(sys.argv[1], "w").write('{"env": "' + body + '"}; final apiToken = String.fromEnvironment(\'API_TOKEN\', defaultValue: \'Wq8vR2mX7kLp4nW9sT3d\');\n')
PY
timeout 60 "$KEYHOUND" scan "$T/escdef.json" -f json -q --show-secrets >"$T/escdef.out"
check "escaped quotes on a line with a default: read in time, the default found" \
	test "$(jq -r '[.[] | .secret] | join(" ")' "$T/escdef.out")" = "Wq8vR2mX7kLp4nW9sT3d"

# A plist of many <key> lines: whether it is an app bundle's (CFBundle
# keys) is looked for once, not over the whole file on each <key> line
# (before: 84 s, now 0.3 s); its key found
python3 - "$T/many.plist" <<'PY'
import sys
body = '<key>password</key><string></string>\n' * 15000 + '<key>a</key>\n' * 250000
open(sys.argv[1], "w").write('<plist><dict>\n' + body + '<key>api_token</key>\n<string>Wq8vR2mX7kLp4nW9sT3e</string>\n</dict></plist>\n')
PY
timeout 60 "$KEYHOUND" scan "$T/many.plist" -f json -q --show-secrets >"$T/plist.out"
check "a plist of many keys: read in time, its key found" \
	test "$(jq -r '[.[] | .secret] | join(" ")' "$T/plist.out")" = "Wq8vR2mX7kLp4nW9sT3e"

# One 0.6 MB line of 12k findings: each one's context, partner search and
# validator look a bounded way around it, not over the whole line
# (before: over 60 s, now 2 s); the last one found
python3 - "$T/many.txt" <<'PY'
import random, string, sys
random.seed(7)
r = lambda n: ''.join(random.choice(string.ascii_letters + string.digits) for _ in range(n))
line = ''.join(f'aws_secret_access_key={r(40)} api_token="{r(24)}"; ' for _ in range(6000))
open(sys.argv[1], "w").write('x = ' + line + 'api_token="Wq8vR2mX7kLp4nW9sT3f"\n')
PY
timeout 60 "$KEYHOUND" scan "$T/many.txt" -f json -q --show-secrets >"$T/many.out"
check "a line of thousands of findings: read in time, the last found" \
	test "$(jq -r '[.[] | select(.secret == "Wq8vR2mX7kLp4nW9sT3f")] | length' "$T/many.out")" = 1

# KEYHOUND_KEYWORD_STATS: each keyword's hits on stderr at the end, most
# first, with its rules; findings unchanged; nothing without it
mk kw/a.py 'url = "https://example.com/a"  # see https://example.com/b
token = get("token")
'
"$KEYHOUND" scan "$T/kw" -f json -q --show-secrets >"$T/kw.json" 2>"$T/kw-off.err"
KEYHOUND_KEYWORD_STATS=1 "$KEYHOUND" scan "$T/kw" -f json -q --show-secrets \
	>"$T/kw-on.json" 2>"$T/kw.err"
check "keyword stats: findings unchanged" cmp -s "$T/kw.json" "$T/kw-on.json"
check "keyword stats: none unless asked" test ! -s "$T/kw-off.err"
check "keyword stats: :// twice, for its rule" \
	grep -qx 'keyhound: keyword 2 hits "://": url-credentials' "$T/kw.err"
check "keyword stats: most hits first" \
	test "$(head -1 "$T/kw.err")" = 'keyhound: keyword 2 hits "://": url-credentials'
check "keyword stats: token, with the generic rule" \
	grep -q '^keyhound: keyword 2 hits "token":.* generic-secret' "$T/kw.err"
# the same counts through the Vectorscan database (after 256 KiB)
(cd "$T" && KEYHOUND_KEYWORD_STATS=1 "$KEYHOUND" scan pad kw -f json -q -j 1 \
	>/dev/null 2>"$T/kw-hs.err")
check "keyword stats: the same past 256 KiB" \
	grep -qx 'keyhound: keyword 2 hits "://": url-credentials' "$T/kw-hs.err"

# npm's keywords are _auth before what its regex lets follow (=, blanks,
# quotes, a colon, Token), in their case: MODULE_AUTHOR, rpc_auth_null
# and NPM_CONFIG__AUTH do not wake the rule; .npmrc's lines still do
mk npmrc/.npmrc '_auth = bnBtdXNlcjpTM2NyM3RQYXNzdzByZDE5
//registry.example.com/:_authToken=Tq8vR2mX7kLp4nW9sT3bZq8v
'
mk npmmod/mod.c 'MODULE_AUTHOR("someone"); rpc_auth_null(); /* NPM_CONFIG__AUTH */
'
"$KEYHOUND" scan "$T/npmrc" -f json -q --show-secrets >"$T/npmrc.json"
check "npm _auth: both lines of .npmrc found" \
	test "$(jq -r '[.[] | select(.rule_id == "npm-npmrc-auth") | .line] | sort | join(",")' "$T/npmrc.json")" = 1,2
KEYHOUND_KEYWORD_STATS=1 "$KEYHOUND" scan "$T/npmmod" -f json -q >/dev/null 2>"$T/npmmod.err"
check "npm _auth: MODULE_AUTHOR and rpc_auth_null are no hits" \
	bash -c "! grep -q 'npm-npmrc-auth' '$T/npmmod.err'"

# "match_holds": a window of text without any of the bytes is not
# searched (the rule's author says every match holds one). The same rule
# without the field finds the value on both lines; with "=" only on the
# line that holds one, wherever it stands on the line.
mk holds/a.txt 'zqxjkey Hq7vR2mX9kLp4nW3sT8bZq8v
zqxjkey Tq8vR2mX7kLp4nW9sT3bHq7v # a=b
'
holds_rule() {
	printf '%s\n' '{"provider":"acme","rules":[{"id":"acme-key","description":"d","severity":"high","keywords":["zqxjkey"],"max_span":0,'"$1"'"regex":"zqxjkey[ \\t]+(?<secret>[A-Za-z0-9]{24})","remediation":"r"}]}' >"$T/holds.json"
	"$KEYHOUND" scan "$T/holds/a.txt" --rules "$T/holds.json" --show-secrets -f json -q |
		jq -r '[.[] | select(.rule_id == "acme-key") | .line] | sort | join(",")'
}
check "match_holds: without it, both lines" test "$(holds_rule '')" = 1,2
check "match_holds: only the line that holds the byte" test "$(holds_rule '"match_holds":"=",')" = 2
check "match_holds: any byte of the set" test "$(holds_rule '"match_holds":"@#",')" = 2
for bad in '""' '"=\u00e9"' '"123456789"' '7' '"a\tb"'; do
	printf '%s\n' '{"provider":"acme","rules":[{"id":"acme-key","description":"d","severity":"high","keywords":["zqxjkey"],"match_holds":'"$bad"',"regex":"zqxjkey (\\w+)","remediation":"r"}]}' >"$T/holds-bad.json"
	expect_exit 2 "match_holds $bad: exit 2" -- "$KEYHOUND" scan "$T/holds/a.txt" --rules "$T/holds-bad.json" -q
	check "match_holds $bad: one line naming the file and the field" \
		grep -q 'holds-bad.json: rule acme-key: "match_holds" must be 1 to 8 printable ASCII characters' "$T/err"
done

# "match_contains": text without it is not searched (the author says
# every match holds it, in its case). A rule without keywords runs over
# the whole file; with the field, only a file that holds the text.
mk contains/a.txt 'zqxjkey Hq7vR2mX9kLp4nW3sT8bZq8v
'
mk contains/b.txt 'zqxjkey Tq8vR2mX7kLp4nW9sT3bHq7v
zz::
'
contains_rule() {
	printf '%s\n' '{"provider":"acme","rules":[{"id":"acme-key","description":"d","severity":"high","keywords":[],'"$1"'"regex":"zqxjkey[ \\t]+(?<secret>[A-Za-z0-9]{24})","remediation":"r"}]}' >"$T/contains.json"
	"$KEYHOUND" scan "$T/contains" --rules "$T/contains.json" --show-secrets -f json -q |
		jq -r '[.[] | select(.rule_id == "acme-key") | .file | sub(".*/"; "")] | sort | join(",")'
}
check "match_contains: without it, both files" test "$(contains_rule '')" = a.txt,b.txt
check "match_contains: only the file that holds the text" \
	test "$(contains_rule '"match_contains":"::",')" = b.txt
check "match_contains: in its case" test "$(contains_rule '"match_contains":"ZZ",')" = ""
for bad in '""' '"=\u00e9"' '"123456789012345678901234567890123"' '7'; do
	printf '%s\n' '{"provider":"acme","rules":[{"id":"acme-key","description":"d","severity":"high","keywords":["zqxjkey"],"match_contains":'"$bad"',"regex":"zqxjkey (\\w+)","remediation":"r"}]}' >"$T/contains-bad.json"
	expect_exit 2 "match_contains $bad: exit 2" -- "$KEYHOUND" scan "$T/contains/a.txt" --rules "$T/contains-bad.json" -q
	check "match_contains $bad: one line naming the file and the field" \
		grep -q 'contains-bad.json: rule acme-key: "match_contains" must be 1 to 32 printable ASCII characters' "$T/err"
done

finish e2e_matcher
