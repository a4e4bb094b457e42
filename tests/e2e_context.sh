#!/usr/bin/env bash
# End-to-end tests of a finding's context (test, docs, example, vendor,
# from its path) and confidence, and of what narrows a run:
# --exclude-context, --min-confidence, --enable-rule, --disable-rule,
# --min-severity.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND

PAT=pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f     # own prefix: high
KEY=7c1f4e2a-93b5-4d08-a6e1-5b2f9c3d8e47             # found by its name: medium
GEN=Vb8rQz2LmX4tNk7pWc9sHd3F                         # generic rule: low
mk() { mkdir -p "$(dirname "$T/$1")"; printf '%s\n' "$2" >"$T/$1"; }
mk r/app/config.py "token = '$PAT'"
mk r/app/settings.py "HUBSPOT_API_KEY = '$KEY'"
mk r/app/db.py "db_password = '$GEN'"
mk r/tests/test_sync.py "token = '$PAT'"
mk r/app/sync_test.go "token := \"$PAT\""
mk r/docs/setup.md "token = '$PAT'"
mk r/.env.example "TOKEN=$PAT"
mk r/node_modules/lib/tests/a.js "const token = '$PAT';"

expect_exit 1 "scan" -- "$KH" scan "$T/r" -f json --show-secrets
ctx() { jq -r --arg f "$T/r/$1" '.[] | select(.file == $f) | "\(.context) \(.confidence)"' "$T/out"; }
check "a plain file: no context, high" test "$(ctx app/config.py)" = "null high"
check "a value by its name: medium" test "$(ctx app/settings.py)" = "null medium"
check "the generic rule: low" test "$(ctx app/db.py)" = "null low"
check "tests/: test, one level less" test "$(ctx tests/test_sync.py)" = "test medium"
check "*_test.go: test" test "$(ctx app/sync_test.go)" = "test medium"
check "docs/*.md: docs" test "$(ctx docs/setup.md)" = "docs medium"
check ".env.example: example" test "$(ctx .env.example)" = "example medium"
check "vendored tests are vendor's" test "$(ctx node_modules/lib/tests/a.js)" = "vendor medium"

expect_exit 1 "--exclude-context" -- "$KH" scan "$T/r" -f json --exclude-context test,vendor --exclude-context docs
check "--exclude-context leaves the others" \
	jq -e '[.[] | .context] | sort == [null, null, null, "example"]' "$T/out"
expect_exit 1 "--min-confidence high" -- "$KH" scan "$T/r" -f json --min-confidence high
check "--min-confidence high: only the plain token" jq -e 'length == 1 and .[0].confidence == "high"' "$T/out"
expect_exit 1 "--min-confidence medium" -- "$KH" scan "$T/r" -f json --min-confidence medium
check "--min-confidence medium drops the generic rule" jq -e 'length == 7 and all(.[]; .confidence != "low")' "$T/out"
expect_exit 0 "nothing left exits 0" -- "$KH" scan "$T/r/tests" -f json --exclude-context test
expect_exit 2 "a bad level" -- "$KH" scan "$T/r" --min-confidence sure
check "a bad level is named" grep -q "min-confidence: expected low, medium or high, got 'sure'" "$T/err"
expect_exit 2 "a bad context" -- "$KH" scan "$T/r" --exclude-context tests
check "a bad context is named" grep -q "exclude-context: expected test, docs" "$T/err"
"$KH" scan "$T/r" -f sarif -o "$T/sarif" 2>/dev/null
check "SARIF properties carry context and confidence" \
	jq -e '[.runs[0].results[].properties | select(.context == "test")] | length == 2 and all(.[]; .confidence == "medium")' "$T/sarif"

# the text around a finding: a comment that calls it an example or a test
# value marks it, outside such paths too
SK=sk_live_4eC39HqLyjWDarjtT1zdp7dc9Xq2
mkdir -p "$T/s"
printf '# example key, not a real one\nSTRIPE_KEY=%s\n' "$SK" >"$T/s/a.env"
printf '// test key for the sandbox\n\nconst key = "%s";\n' "$SK" >"$T/s/b.js"
printf 'STRIPE_KEY=%s  # sample\n' "$SK" >"$T/s/c.env"
printf '# docs: https://example.com/setup\nSTRIPE_KEY=%s\n' "$SK" >"$T/s/d.env"
printf '# example\n\n\n\n\nSTRIPE_KEY=%s\n' "$SK" >"$T/s/e.env"
"$KH" scan "$T/s" -f json -o "$T/out" 2>"$T/err"
ctx_of() { jq -r --arg f "$T/s/$1" '.[] | select(.file == $f) | "\(.context) \(.confidence)"' "$T/out"; }
check "a comment above: example, one level less" test "$(ctx_of a.env)" = "example medium"
check "a test comment two lines above: test" test "$(ctx_of b.js)" = "test medium"
check "a comment on the line: example" test "$(ctx_of c.env)" = "example medium"
check "example.com in a link says nothing" test "$(ctx_of d.env)" = "null high"
check "a comment too far above says nothing" test "$(ctx_of e.env)" = "null high"
expect_exit 1 "--exclude-context example,test drops them" -- "$KH" scan "$T/s" -f json --exclude-context example,test
check "only the unmarked stay" jq -e 'length == 2 and all(.[]; .context == null)' "$T/out"

# a file named for what it is: test.js, spec.ts, conftest.py, examples-1.json
# (not latest.js, exampleClient.js)
mkdir -p "$T/n"
for f in test.js spec.ts conftest.py examples-1.json sample_app.yml latest.js exampleClient.js \
	client.d.ts; do
	printf 'token = "%s"\n' "$PAT" >"$T/n/$f"
done
expect_exit 1 "files named for what they are" -- "$KH" scan "$T/n" -f json
check "test.js, spec.ts, conftest.py: test; examples-1.json, sample_app.yml: example; *.d.ts: docs" \
	jq -e '[.[] | "\(.file | split("/") | last) \(.context)"] | sort ==
	       ["client.d.ts docs", "conftest.py test", "exampleClient.js null", "examples-1.json example",
	        "latest.js null", "sample_app.yml example", "spec.ts test", "test.js test"]' "$T/out"

# crypto libraries' known-answer tests
mk v/Cryptodome/SelfTest/Protocol/kdf.py "token = '$PAT'"
mk v/wycheproof/testvectors/ecdh.json "{\"token\": \"$PAT\"}"
mk v/vectors/cryptography_vectors/keys.txt "token = $PAT"
expect_exit 1 "known-answer tests" -- "$KH" scan "$T/v" -f json
check "SelfTest/, testvectors/, vectors/: test" jq -e 'length == 3 and all(.[]; .context == "test")' "$T/out"

# an Ansible module's documentation strings: EXAMPLES' tasks and RETURN's
# samples are made up; code after them is not
mk a/plugins/modules/pure_ad.py "DOCUMENTATION = r'''
module: pure_ad
'''

EXAMPLES = r'''
- name: Create a directory service
  purestorage.flasharray.purefa_ad:
    api_token: '$PAT'
'''

RETURN = \"\"\"
token:
  sample: '$PAT'
\"\"\"

token = '$PAT'"
expect_exit 1 "an Ansible module" -- "$KH" scan "$T/a" -f json
check "EXAMPLES: example, RETURN: docs, code after them: none" \
	jq -e '[.[] | "\(.line) \(.context)"] == ["8 example", "13 docs", "16 null"]' "$T/out"

# rules to run
expect_exit 1 "--disable-rule" -- "$KH" scan "$T/r/app" -f json --disable-rule generic-secret,hubspot-api-key
check "--disable-rule drops those rules' findings" \
	jq -e '[.[].rule_id] | unique == ["hubspot-private-app-token"]' "$T/out"
expect_exit 1 "--enable-rule" -- "$KH" scan "$T/r/app" -f json --enable-rule hubspot-api-key
check "--enable-rule runs only those" jq -e '[.[].rule_id] | unique == ["hubspot-api-key"]' "$T/out"
expect_exit 1 "--min-severity critical" -- "$KH" scan "$T/r/app" -f json --min-severity critical
check "--min-severity critical: the generic rule (medium) is not run" \
	jq -e '[.[].rule_id] | unique == ["hubspot-api-key", "hubspot-private-app-token"]' "$T/out"
expect_exit 2 "an unknown rule id" -- "$KH" scan "$T/r/app" --disable-rule hubspot-api-kye
check "an unknown rule id is named" grep -q "disable-rule: no rule 'hubspot-api-kye'" "$T/err"
expect_exit 2 "a bad severity" -- "$KH" scan "$T/r/app" --min-severity severe

finish e2e_context
