#!/usr/bin/env bash
# tests/e2e_sarif_head.sh - SARIF of `keyhound git`: a secret still at the
# scanned head (HEAD, or --range's tip) is located where it stands there,
# with where it was introduced in properties; one that is gone keeps its
# introducing location and says presentAtHead: false.
# shellcheck source=tests/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
export GIT_AUTHOR_NAME="Test" GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME="Test" GIT_COMMITTER_EMAIL=test@example.com
# fakes made up for this test
S_KEPT=pat-na1-4f1c2a9e-7b3d-4e8a-9c15-2d6b8e0f3a71   # lines inserted above it
S_GONE=pat-na1-a83e5d20-19c4-4b7f-8e62-5f0d7c9b1e44   # added, then removed
S_MOVED=pat-na1-c2d94b17-6e08-4a3c-b5f1-9a7e2c4d8b06  # file renamed, same blob
S_ENC=pat-na1-5e7a0c93-2b4f-4d81-a6c8-0f9e3b7d1c52    # in base64
S_BIG=pat-na1-9b26e4f1-d307-4c5a-8e19-7a4c0b2f6d83    # file grows past a limit
b64() { printf '%s' "$1" | base64 -w0; }

R=$T/repo
g() { git -C "$R" "$@" >/dev/null 2>&1; }
mkdir -p "$R"
g init -q -b main
g commit -q --allow-empty -m "root"
ROOTC=$(git -C "$R" rev-parse HEAD)
printf 'one\ntwo\nHUBSPOT_TOKEN=%s\nfour\n' "$S_KEPT" >"$R/app.env"
printf 'HUBSPOT_TOKEN=%s\nother=1\n' "$S_GONE" >"$R/gone.env"
printf 'x=1\nHUBSPOT_TOKEN=%s\n' "$S_MOVED" >"$R/old.env"
printf 'kind: Secret\ndata:\n  env: %s\n' "$(b64 "HUBSPOT_TOKEN=$S_ENC")" >"$R/k8s.yaml"
printf 'HUBSPOT_TOKEN=%s\n' "$S_BIG" >"$R/big.env"
g add -A
g commit -q -m "add three secrets"
C1=$(git -C "$R" rev-parse HEAD)
# the secret now at line 10, and again at the end: the first is shown
{ printf 'pad%s\n' 1 2 3 4 5 6 7; printf 'one\ntwo\nHUBSPOT_TOKEN=%s\nfour\n' "$S_KEPT"; } >"$R/app.env"
printf 'again=%s\n' "$S_KEPT" >>"$R/app.env"
{ printf '# a comment\n'; cat "$R/k8s.yaml"; } >"$R/k8s.tmp" && mv "$R/k8s.tmp" "$R/k8s.yaml"
for i in $(seq 300); do printf 'padding line %d\n' "$i"; done >>"$R/big.env"
g commit -q -am "insert seven lines above"
C2=$(git -C "$R" rev-parse HEAD)
printf 'other=1\n' >"$R/gone.env"
g commit -q -am "remove a secret"
g mv old.env new.env
g commit -q -m "rename"
C4=$(git -C "$R" rev-parse HEAD)

# result R.uri C.commit: the result at that uri introduced in that commit
res() {
	printf '.runs[0].results[] | select(.locations[0].physicalLocation.artifactLocation.uri == "%s" and .properties.commit == "%s")' "$1" "$2"
}
check_jq() {
	if jq -e "$3" "$2" >/dev/null 2>&1; then ok; else
		bad "$1" "jq '$3' does not hold on $(head -c 300 "$2")"
	fi
}
valid_sarif() {
	check "$1: valid against the SARIF 2.1.0 schema" python3 -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
cls = jsonschema.validators.validator_for(schema)
cls(schema).validate(json.load(open(sys.argv[2])))' "$ROOT/tests/sarif-schema-2.1.0.json" "$2"
}

# ---- the whole history, located at HEAD -------------------------------------
cd "$R" || exit 1
expect_exit 1 "git -f sarif" -- full_stacks "$KEYHOUND" git -f sarif -o "$T/h.sarif"
H=$T/h.sarif
check_jq "six results" "$H" '.runs[0].results | length == 6'
check_jq "kept: located at HEAD (line 10, column 15)" "$H" \
	"$(res app.env "$C1") | .locations[0].physicalLocation.region | .startLine == 10 and .startColumn == 15 and .endLine == 10 and .endColumn == 15 + ${#S_KEPT}"
check_jq "kept: introduced at line 3 in commit 1" "$H" \
	"$(res app.env "$C1") | .properties | .presentAtHead == true and .introducedAt == {file: \"app.env\", line: 3} and (.commitDate | type == \"string\")"
check_jq "removed: introducing location, presentAtHead false" "$H" \
	"$(res gone.env "$C1") | (.locations[0].physicalLocation.region.startLine == 1) and .properties.presentAtHead == false and (.properties | has(\"introducedAt\") | not)"
check_jq "renamed: the old path is not at HEAD" "$H" \
	"$(res old.env "$C1") | .properties.presentAtHead == false and .locations[0].physicalLocation.region.startLine == 2"
check_jq "renamed: the new path's own finding is at HEAD" "$H" \
	"$(res new.env "$C4") | .properties.presentAtHead == true and .properties.introducedAt == {file: \"new.env\", line: 2} and .locations[0].physicalLocation.region.startLine == 2"
check_jq "base64: decoded secret located at HEAD (line 4)" "$H" \
	"$(res k8s.yaml "$C1") | .properties.presentAtHead == true and .properties.introducedAt.line == 3 and .locations[0].physicalLocation.region.startLine == 4"
check_jq "grown file: at HEAD too" "$H" \
	"$(res big.env "$C1") | .properties.presentAtHead == true"
valid_sarif "history at HEAD" "$H"

# the head's version over --max-file-size was not scanned: no claim
expect_exit 1 "git -f sarif --max-file-size 2K" -- full_stacks "$KEYHOUND" git -f sarif --max-file-size 2K -o "$T/big.sarif"
check_jq "head version not scanned: introducing location, no presentAtHead" "$T/big.sarif" \
	"$(res big.env "$C1") | (.properties | has(\"presentAtHead\") or has(\"introducedAt\") | not) and .locations[0].physicalLocation.region.startLine == 1"
check_jq "--max-file-size: the others are still located" "$T/big.sarif" \
	"$(res app.env "$C1") | .properties.presentAtHead == true"

# ---- --range: located at the range's tip, not HEAD ---------------------------
expect_exit 1 "git --range -f sarif" -- full_stacks "$KEYHOUND" git --range "$ROOTC..$C2" -f sarif -o "$T/r.sarif"
check_jq "range: the removed secret is still at the tip" "$T/r.sarif" \
	"$(res gone.env "$C1") | .properties.presentAtHead == true and .locations[0].physicalLocation.region.startLine == 1"
check_jq "range: the renamed file is still at its old path at the tip" "$T/r.sarif" \
	"$(res old.env "$C1") | .properties.presentAtHead == true"
check_jq "range: kept at line 10 at the tip" "$T/r.sarif" \
	"$(res app.env "$C1") | .locations[0].physicalLocation.region.startLine == 10"
valid_sarif "range" "$T/r.sarif"

# ---- --since-commit: HEAD ---------------------------------------------------
expect_exit 1 "git --since-commit -f sarif" -- full_stacks "$KEYHOUND" git --since-commit "$ROOTC" -f sarif -o "$T/s.sarif"
check_jq "since-commit: removed secret not at HEAD" "$T/s.sarif" \
	"$(res gone.env "$C1") | .properties.presentAtHead == false"

# ---- JSON is unchanged ------------------------------------------------------
expect_exit 1 "git -f json" -- full_stacks "$KEYHOUND" git -f json -o "$T/h.json"
check_jq "json: introducing line, no head fields" "$T/h.json" \
	"[.[] | select(.file == \"app.env\")][0] | .line == 3 and (has(\"presentAtHead\") | not)"
cd / || exit 1

finish e2e_sarif_head
