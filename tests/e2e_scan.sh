#!/usr/bin/env bash
# End-to-end tests of `keyhound scan` and `keyhound rules`: run the binary,
# check exit codes, reports and messages. Sources tests/lib.sh.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND
cd "$ROOT"

# A fake GitHub token with a valid checksum and a fake HubSpot private app
# token: both detected by built-in rules without any context.
GH=ghp_R4nd0mT0k3nV4lu3F0rT3st1ng0001Mxk9zQ
PAT=pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f

mk() { mkdir -p "$(dirname "$T/$1")"; printf '%b' "$2" >"$T/$1"; }

# --- exit codes ---------------------------------------------------------------
mk clean/a.txt 'nothing here\n'
expect_exit 0 "clean tree exits 0" -- "$KH" scan "$T/clean"
check "clean tree prints an empty JSON array" grep -qx '\[\]' "$T/out"
mk dirty/config.py "hubspot = '$PAT'\n"
expect_exit 1 "findings exit 1" -- "$KH" scan "$T/dirty" -f json
check "finding has the private app token rule" \
	jq -e 'length == 1 and .[0].rule_id == "hubspot-private-app-token" and .[0].line == 1 and .[0].column == 12' "$T/out"
expect_exit 2 "unknown option exits 2" -- "$KH" scan --bogus
check "usage error is one line naming the option" grep -q "unknown option '--bogus'" "$T/err"
expect_exit 2 "bad --threads exits 2" -- "$KH" scan -j 0 "$T/clean"
expect_exit 2 "bad --format exits 2" -- "$KH" scan -f xml "$T/clean"
expect_exit 2 "no command exits 2" -- "$KH"
expect_exit 0 "--version" -- "$KH" --version
check "version printed" grep -q '^keyhound [0-9]' "$T/out"

# --- rules ---------------------------------------------------------------------
expect_exit 0 "rules lists" -- "$KH" rules
n=$(wc -l <"$T/out")
check "at least 60 built-in rules ($n)" test "$n" -ge 60
expect_exit 0 "rules --check passes" -- "$KH" rules --check
mk rules/broken.json '{"rules":[{"id":"acme-x","description":"d","severity":"high","keywords":["a"],"regex":"(unclosed","remediation":"r"}]}'
expect_exit 2 "bad user rule exits 2" -- "$KH" scan --rules "$T/rules/broken.json" "$T/clean"
check "error names file and rule" grep -q "broken.json: rule acme-x: regex error" "$T/err"
check "error is one line" test "$(wc -l <"$T/err")" = 1
mk rules/notjson.json '{"rules": [\n  {,\n'
expect_exit 2 "rule file that is not JSON exits 2" -- "$KH" scan --rules "$T/rules/notjson.json" "$T/clean"
check "error names file and line" grep -q "notjson.json:2: invalid JSON" "$T/err"
expect_exit 2 "missing rule file exits 2" -- "$KH" scan --rules "$T/rules/none.json" "$T/clean"
mk rules/override.json '{"provider":"hubspot","rules":[{"id":"hubspot-private-app-token","description":"overridden","severity":"low","keywords":["zzzz"],"regex":"zzzz(\\\\d+)","remediation":"r","examples":["zzzz1"],"negative_examples":["zz"]}]}'
expect_exit 0 "a user rule overrides a built-in one by id" -- "$KH" scan --rules "$T/rules/override.json" "$T/dirty"

# a keyword joined by '_' inside also wakes its rule in kebab-case,
# camelCase and upper case (the regex decides what matches)
mk rules/spell.json '{"provider":"acme","rules":[{"id":"acme-api-key","description":"d","severity":"high","keywords":["acme_api"],"regex":"(?i)acme[_-]?api[_-]?key[^a-z0-9]{1,4}(?<secret>acm_[0-9a-z]{16})","remediation":"r"}]}'
mk spell/app.js 'const acmeApiKey = "acm_q7x2m9k4p1z8w5r3";
'
mk spell/run.sh 'tool --acme-api-key acm_h4t8c2n6v1b9j3k7
'
mk spell/.env 'ACMEAPIKEY=acm_a1b2c3d4e5f6a7b8
'
expect_exit 1 "keyword spellings wake the rule" -- "$KH" scan --rules "$T/rules/spell.json" --enable-rule acme-api-key "$T/spell" -f json
check "camelCase, kebab-case and joined names all found" \
	jq -e '[.[] | select(.rule_id == "acme-api-key")] | length == 3' "$T/out"

# rule files: a typo in a field, a duplicate id or an id outside
# <provider>-<kind> is an error naming file and rule, never silently dropped
R='"description":"d","severity":"high","keywords":["zq"],"regex":"zq(\\\\d+)","remediation":"r"'
mk rules/typo.json '{"provider":"acme","rules":[{"id":"acme-key",'"$R"',"min_entropie":3}]}'
expect_exit 2 "unknown rule field exits 2" -- "$KH" scan --rules "$T/rules/typo.json" "$T/clean"
check "unknown field named with file and rule" grep -q 'typo.json: rule acme-key: unknown field "min_entropie"' "$T/err"
mk rules/dup.json '{"provider":"acme","rules":[{"id":"acme-key",'"$R"'},{"id":"acme-key",'"$R"'}]}'
expect_exit 2 "duplicate rule id exits 2" -- "$KH" scan --rules "$T/rules/dup.json" "$T/clean"
check "duplicate id named with file" grep -q 'dup.json: rule acme-key: duplicate id' "$T/err"
mk rules/dupover.json '{"provider":"hubspot","rules":[{"id":"hubspot-private-app-token",'"$R"'},{"id":"hubspot-private-app-token",'"$R"'}]}'
expect_exit 2 "duplicate id that overrides a built-in exits 2" -- "$KH" scan --rules "$T/rules/dupover.json" "$T/clean"
for id in Acme-Key other-key acme acme_key 'acme-' 'acme--key'; do
	mk rules/badid.json '{"provider":"acme","rules":[{"id":"'"$id"'",'"$R"'}]}'
	expect_exit 2 "rule id '$id' outside acme-<kind> exits 2" -- "$KH" scan --rules "$T/rules/badid.json" "$T/clean"
	check "bad id '$id' named with file" grep -q "badid.json: rule $id: id must be lowercase 'acme-<kind>'" "$T/err"
done
mk rules/noprov.json '{"rules":[{"id":"Custom Key",'"$R"'}]}'
expect_exit 2 "an id with spaces exits 2 without a provider too" -- "$KH" scan --rules "$T/rules/noprov.json" "$T/clean"
mk rules/top.json '{"provider":"acme","rule":[],"rules":[]}'
expect_exit 2 "unknown top-level field exits 2" -- "$KH" scan --rules "$T/rules/top.json" "$T/clean"
check "unknown top-level field named" grep -q 'top.json: unknown field "rule"' "$T/err"
mk rules/verify.json '{"provider":"acme","rules":[{"id":"acme-key",'"$R"',"verify":{"method":"GET","url":"https://api.acme.example/v1/me","headers":{"Authorization":"Bearer {secret}"},"valid":{"status":[200]}}}]}'
expect_exit 0 "a verify object is a known field" -- "$KH" scan --rules "$T/rules/verify.json" "$T/clean"
mk rules/verify-bad.json '{"provider":"acme","rules":[{"id":"acme-key",'"$R"',"verify":{"anything":1}}]}'
expect_exit 2 "inside it, the verifier checks the fields" -- "$KH" scan --rules "$T/rules/verify-bad.json" "$T/clean"
check "the unknown verify field is named" grep -q 'rule acme-key: verify: unknown field "anything"' "$T/err"
# keywords in their case: a rule whose keyword is a token's fixed prefix
mk rules/cased.json '{"provider":"acme","rules":[{"id":"acme-key","description":"d","severity":"high","keywords_match_case":true,"keywords":["ZQ"],"regex":"[Zz][Qq](\\\\d{6})","remediation":"r"}]}'
mk cased/upper.txt 'id ZQ730419'
mk cased/lower.txt 'id zq730419'
expect_exit 1 "a case-matched keyword wakes its rule in its case" -- "$KH" scan --rules "$T/rules/cased.json" "$T/cased/upper.txt" -f json
expect_exit 0 "and not in another case, though the regex would match" -- "$KH" scan --rules "$T/rules/cased.json" "$T/cased/lower.txt" -f json
mk rules/cased-bad.json '{"provider":"acme","rules":[{"id":"acme-key",'"$R"',"keywords_match_case":"yes"}]}'
expect_exit 2 "keywords_match_case must be a boolean" -- "$KH" scan --rules "$T/rules/cased-bad.json" "$T/clean"
check "the bad keywords_match_case is named" grep -q 'cased-bad.json: rule acme-key: "keywords_match_case" must be true or false' "$T/err"

# --- output: whole or not at all --------------------------------------------
expect_exit 1 "-o writes the report" -- "$KH" scan "$T/dirty" -o "$T/report.json"
check "report file is valid JSON" jq -e 'length == 1' "$T/report.json"
check "stdout stays empty with -o" test ! -s "$T/out"
check "no temporary file left behind" test -z "$(ls "$T" | grep '\.tmp\.')"
expect_exit 2 "unwritable report path exits 2" -- "$KH" scan "$T/dirty" -o "$T/no/such/dir/r.json"
check "error names the report file" grep -q "no/such/dir/r.json: cannot write report" "$T/err"
check "error does not leak the secret" bash -c "! grep -q '$PAT' '$T/err'"
if [ -e /dev/full ]; then
	expect_exit 2 "full disk on stdout exits 2" -- bash -c "'$KH' scan '$T/dirty' -f json >/dev/full"
fi

# --- formats and redaction ---------------------------------------------------
expect_exit 1 "jsonl" -- "$KH" scan "$T/dirty" -f jsonl
check "jsonl is one object per line" jq -e -s 'length == 1 and .[0].fingerprint' "$T/out"
expect_exit 1 "sarif" -- "$KH" scan "$T/dirty" -f sarif
check "sarif has a result with a fingerprint" \
	jq -e '.version == "2.1.0" and (.runs[0].results | length) == 1 and .runs[0].results[0].partialFingerprints["keyhound/v1"]' "$T/out"
check "sarif does not carry the secret" bash -c "! grep -q '$PAT' '$T/out'"
expect_exit 1 "--redact" -- "$KH" scan "$T/dirty" --redact
check "--redact leaves no secret in JSON" bash -c "! grep -q '$PAT' '$T/out' && jq -e '.[0] | has(\"secret\") | not' '$T/out'"
expect_exit 1 "text output" -- "$KH" scan "$T/dirty" -f text
check "text output redacts by default" bash -c "! grep -q '$PAT' '$T/out' && grep -q 'pat-\*\*\*\*\*' '$T/out'"
expect_exit 1 "--show-secrets" -- "$KH" scan "$T/dirty" -f text --show-secrets
check "--show-secrets shows the secret" grep -q "$PAT" "$T/out"
expect_exit 2 "--redact with --show-secrets is a contradiction" -- "$KH" scan "$T/dirty" --redact --show-secrets

# --- stdin ----------------------------------------------------------------------
expect_exit 1 "stdin" -- bash -c "printf 'x\nkey=$PAT\n' | '$KH' scan - --stdin-name pasted.env -f json"
check "stdin finding named by --stdin-name" jq -e '.[0].file == "pasted.env" and .[0].line == 2' "$T/out"

# stdin longer than --max-file-size: scanned in line-aligned chunks
(for i in $(seq 1 3000); do echo "line $i filler filler filler filler"; done
	echo "k=$PAT"
	for i in $(seq 1 3000); do echo "more $i"; done
	echo "k2=$PAT") >"$T/long.txt"
expect_exit 1 "long stdin" -- bash -c "'$KH' scan - --max-file-size 20K -f json <'$T/long.txt'"
check "long stdin: both secrets, right lines" jq -e '[.[].line] == [3001, 6002]' "$T/out"

# --- awkward inputs ---------------------------------------------------------------
mk awk/crlf.txt "a\r\nkey: $PAT\r\n"
mk awk/bom.txt "\xef\xbb\xbfkey: $PAT\n"
mk awk/latin1.txt "caf\xe9 \xff\xfe $PAT\n"
printf 'a\0b %s\n' "$PAT" >"$T/awk/binary.bin"
head -c 2000000 /dev/zero | tr '\0' 'a' >"$T/awk/longline.txt"
printf ' %s\n' "$PAT" >>"$T/awk/longline.txt"
expect_exit 1 "awkward inputs" -- "$KH" scan "$T/awk" -f json
check "CRLF, BOM, invalid UTF-8 and a 2 MB line all found; binary skipped" \
	jq -e '[.[].file | split("/") | last] == ["bom.txt","crlf.txt","latin1.txt","longline.txt"]' "$T/out"
check "BOM does not shift the column" jq -e '.[] | select(.file | endswith("bom.txt")) | .column == 9' "$T/out"
check "CRLF line counted" jq -e '.[] | select(.file | endswith("crlf.txt")) | .line == 2 and .end_column == 49' "$T/out"
check "2 MB line column" jq -e '.[] | select(.file | endswith("longline.txt")) | .column == 2000002' "$T/out"

# FIFOs, symlinks, loops, .git/
mkdir -p "$T/odd/sub" "$T/odd/.git"
mkfifo "$T/odd/pipe"
printf 'k=%s\n' "$PAT" >"$T/odd/sub/real.txt"
printf 'k=%s\n' "$PAT" >"$T/odd/.git/config"
ln -s .. "$T/odd/sub/loop"
ln -s real.txt "$T/odd/sub/link.txt"
ln -s /nonexistent "$T/odd/dangling"
expect_exit 1 "FIFO, symlinks, loop" -- timeout 20 "$KH" scan "$T/odd" -f json
check "only the real file is reported (no .git/, no symlink, no loop)" \
	jq -e 'length == 1 and (.[0].file | endswith("sub/real.txt"))' "$T/out"
check "symlinks counted in the summary" grep -q '3 symlinks' "$T/err"
check "each skipped symlink named once" \
	test "$(grep -c 'symbolic link, not followed' "$T/err")" = 3 -a \
	"$(grep -c 'sub/loop: symbolic link' "$T/err")" = 1
mkdir -p "$T/links"
for i in $(seq 1 30); do ln -s /nonexistent "$T/links/l$i"; done
expect_exit 0 "many symlinks" -- "$KH" scan "$T/links" -f json
check "only the first 20 symlinks named, all counted" \
	test "$(grep -c 'symbolic link' "$T/err")" = 20 -a "$(grep -c '30 symlinks' "$T/err")" = 1

# max size, excludes
mk big/small.txt "k=$PAT\n"
head -c 300000 /dev/zero | tr '\0' 'b' >"$T/big/large.txt"
printf '\nk=%s\n' "$PAT" >>"$T/big/large.txt"
expect_exit 1 "--max-file-size" -- "$KH" scan "$T/big" --max-file-size 100K -f json
check "large file skipped with a note" bash -c "jq -e 'length == 1' '$T/out' && grep -q 'large.txt: skipped' '$T/err'"
expect_exit 2 "bad --max-file-size" -- "$KH" scan "$T/big" --max-file-size lots
expect_exit 0 "--exclude" -- "$KH" scan "$T/big" --exclude '*.txt'

# unreadable file: a warning, the scan goes on (run as nobody when root)
mk perm/readable.txt "k=$PAT\n"
mk perm/secret.txt "k=$PAT\n"
chmod 000 "$T/perm/secret.txt"
chmod 755 "$T" "$T/perm"
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	AS_USER=(setpriv --reuid=65534 --regid=65534 --clear-groups)
else
	AS_USER=()
fi
expect_exit 1 "unreadable file is a warning" -- "${AS_USER[@]}" "$KH" scan "$T/perm" -f json
check "the readable file is still reported" jq -e 'length == 1' "$T/out"
check "warning names the unreadable file" grep -q 'secret.txt: cannot open: Permission denied' "$T/err"
expect_exit 2 "a missing named path is an error (a typo must not pass a gate)" -- "$KH" scan "$T/does-not-exist"
check "error names the missing path" grep -q 'error: .*does-not-exist: No such file or directory' "$T/err"

# --- archives ---------------------------------------------------------------------
mkdir -p "$T/arch/in"
printf 'k=%s\n' "$PAT" >"$T/arch/in/inner.env"
(cd "$T/arch" && tar czf in.tar.gz in && gzip -c in/inner.env >single.env.gz &&
	python3 -c "import zipfile; z=zipfile.ZipFile('in.zip','w',zipfile.ZIP_DEFLATED); z.write('in/inner.env'); z.close()" &&
	rm -r in)
head -c 64 /dev/urandom | cat <(printf '\x1f\x8b\x08\x00') - >"$T/arch/corrupt.gz"
expect_exit 1 "archives" -- "$KH" scan "$T/arch" -f json
check "members of .tar.gz, .gz and .zip are reported by name" \
	jq -e '[.[].file | sub(".*/arch/"; "")] == ["in.tar.gz!in/inner.env","in.zip!in/inner.env","single.env.gz!single.env"]' "$T/out"
check "corrupt gzip is a warning naming it" grep -q 'corrupt.gz: corrupt or truncated gzip' "$T/err"

# --- determinism, baseline, inline allow -----------------------------------------
expect_exit 1 "-j 1" -- "$KH" scan corpus -j 1 -f json
cp "$T/out" "$T/j1.json"
expect_exit 1 "-j 4" -- "$KH" scan corpus -j 4 -f json
check "output identical whatever -j" cmp -s "$T/j1.json" "$T/out"
cp "$T/out" "$T/base.json"
expect_exit 0 "--baseline accepts known findings" -- "$KH" scan corpus --baseline "$T/base.json"
mk new/x.txt "k=$GH\n"
expect_exit 1 "--baseline still reports new ones" -- "$KH" scan corpus "$T/new" --baseline "$T/base.json" -f json
check "only the new finding" jq -e 'length == 1 and .[0].rule_id == "github-pat-classic"' "$T/out"
expect_exit 2 "--baseline that cannot be read" -- "$KH" scan corpus --max-file-size 10 --baseline "$T/new"
check "bad baseline: one error line, before any scanning" \
	test "$(wc -l <"$T/err")" = 1 -a "$(grep -c 'cannot read report' "$T/err")" = 1
mk allow/a.py "k = '$PAT'  # keyhound:allow\nj = '$PAT'  # gitleaks:allow\n"
expect_exit 0 "inline allow markers" -- "$KH" scan "$T/allow"

# .keyhoundignore: fingerprints and path globs, read from the current
# directory for scan; --ignore-file names another
mk ign/app.env "k=$PAT\n"
mk ign/fixtures/f.env "k=$PAT\n"
mk ign/other.env "k=$GH\n"
(cd "$T/ign" && "$KH" scan -q -f json . >"$T/ign-all.json")
fp_gh=$(jq -r '[.[] | select(.file == "other.env")][0].fingerprint' "$T/ign-all.json")
printf '# reviewed: fake keys\n\n  fixtures   # test data\n%s  # rotated\n' "$fp_gh" >"$T/ign/.keyhoundignore"
(cd "$T/ign" && "$KH" scan -f json . >"$T/out" 2>"$T/err")
check "ignore file: glob and fingerprint applied, the rest reported" \
	jq -e 'length == 1 and .[0].file == "app.env"' "$T/out"
mv "$T/ign/.keyhoundignore" "$T/ignore-list"
expect_exit 1 "--ignore-file" -- "$KH" scan -f json --ignore-file "$T/ignore-list" "$T/ign"
check "--ignore-file: same result from anywhere" jq -e 'length == 1 and (.[0].file | endswith("/app.env"))' "$T/out"
expect_exit 2 "--ignore-file missing" -- "$KH" scan --ignore-file "$T/nope" "$T/ign"
check "missing ignore file named" grep -q "nope: cannot open ignore file" "$T/err"
expect_exit 2 "--ignore-file is a directory" -- "$KH" scan --ignore-file "$T/ign" "$T/ign"

# fingerprints survive lines moving
mk fp/a.txt "k=$PAT\n"
"$KH" scan -q "$T/fp" -f json >"$T/fp1.json"
mk fp/a.txt "\n\n\nnew line\nk=$PAT\n"
"$KH" scan -q "$T/fp" -f json >"$T/fp2.json"
check "fingerprint stable when the line moves" \
	test "$(jq -r '.[0].fingerprint' "$T/fp1.json")" = "$(jq -r '.[0].fingerprint' "$T/fp2.json")"

# files over --max-file-size found by walking a directory are skipped
# unread, with a note giving their size, and counted; smaller ones and
# every kind of entry (a subdirectory, a symlink) are handled as before
mkdir -p "$T/sizes/sub"
printf 'k=pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f\n' >"$T/sizes/sub/small.txt"
{ printf 'k=pat-na1-4f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f\n'; head -c 3000 /dev/zero | tr '\0' x; } >"$T/sizes/big.txt"
ln -s sub/small.txt "$T/sizes/link.txt"
expect_exit 1 "a file over --max-file-size in a tree" -- \
	"$KH" scan "$T/sizes" -f json --show-secrets --max-file-size 2000
check "--max-file-size: only the small file's secret" \
	jq -e 'length == 1 and (.[0].file | endswith("sub/small.txt"))' "$T/out"
check "--max-file-size: a note with the file's size" \
	grep -q "big.txt: skipped: 3047 bytes is over --max-file-size" "$T/err"
check "--max-file-size: counted in the summary" grep -q "1 too large, 1 symlinks" "$T/err"

finish e2e_scan
