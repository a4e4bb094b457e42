#!/usr/bin/env bash
# End-to-end tests of pairs: a secret of a generic format is reported when
# its partner (access key id, account SID, client id) stands a few lines
# away, and the finding names the partner; without it, nothing.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND

mk() { mkdir -p "$(dirname "$T/$1")"; printf '%s' "$2" >"$T/$1"; }
# one RULE finding in FILE on LINE whose partner is KIND on PLINE
paired() {
	"$KH" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $2 on line $3, its $4 on line $5" jq -e --arg r "$2" --argjson l "$3" \
		--arg k "$4" --argjson pl "$5" \
		'[.[] | select(.rule_id == $r)] | length == 1 and .[0].line == $l
		 and .[0].partner.kind == $k and .[0].partner.line == $pl' "$T/out"
}
# no RULE finding in FILE
unpaired() {
	"$KH" scan "$T/$1" -f json -o "$T/out" 2>"$T/err"
	check "$1: no $2 without its partner" jq -e --arg r "$2" \
		'[.[] | select(.rule_id == $r)] | length == 0' "$T/out"
}

AWS_ID=AKIAQ4MZ7XK2R5T3VNWB
AWS_SECRET=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
mk aws/below.py "secret = \"$AWS_SECRET\"

# the id goes with it
key_id = \"$AWS_ID\"
"
paired aws/below.py aws-secret-access-key-paired 1 access_key_id 4
check "the partner id is shown unmasked when asked" \
	jq -e --arg v "$AWS_ID" '.[] | select(.rule_id == "aws-secret-access-key-paired") | .partner.value == $v' "$T/out"
"$KH" scan "$T/aws/below.py" -f json >"$T/out" 2>"$T/err"
check "masked by default: the id is a finding of its own, so it is masked too" \
	jq -e '.[] | select(.rule_id == "aws-secret-access-key-paired") | .partner.value == "AKIA*****"' "$T/out"
check "the masked report holds neither value" bash -c "! grep -q -e '$AWS_SECRET' -e '$AWS_ID' '$T/out'"
"$KH" scan "$T/aws/below.py" -f text >"$T/out" 2>"$T/err"
check "text names the partner, masked" grep -q '^    partner:   access_key_id AKIA\*\*\*\*\* (line 4)$' "$T/out"
check "text holds neither value" bash -c "! grep -q -e '$AWS_SECRET' -e '$AWS_ID' '$T/out'"
"$KH" scan "$T/aws/below.py" -f sarif -o "$T/sarif" 2>"$T/err"
check "SARIF names the partner in the result's properties" jq -e \
	'[.runs[0].results[].properties.partner | select(.)] | length == 1 and .[0].kind == "access_key_id" and .[0].line == 4' "$T/sarif"
mk aws/far.py "secret = \"$AWS_SECRET\"
a = 1
b = 2
c = 3
d = 4
e = 5
key_id = \"$AWS_ID\"
"
unpaired aws/far.py aws-secret-access-key-paired
mk aws/alone.py "secret = \"$AWS_SECRET\"
"
unpaired aws/alone.py aws-secret-access-key-paired
mk aws/named.env "AWS_ACCESS_KEY_ID=$AWS_ID
AWS_SECRET_ACCESS_KEY=$AWS_SECRET
"
paired aws/named.env aws-secret-access-key 2 access_key_id 1
mk aws/named-alone.env "AWS_SECRET_ACCESS_KEY=$AWS_SECRET
"
"$KH" scan "$T/aws/named-alone.env" -f json -o "$T/out" 2>"$T/err"
check "a named secret needs no partner, and then names none" \
	jq -e '[.[] | select(.rule_id == "aws-secret-access-key")] | length == 1 and (.[0] | has("partner") | not)' "$T/out"
# base64 of a whole .env: the partner is found in the decoded text
printf 'AWS_ACCESS_KEY_ID=%s\nsecret=%s\n' "$AWS_ID" "$AWS_SECRET" | base64 -w0 >"$T/b64.txt"
mk aws/secret.yaml "data:
  env: $(cat "$T/b64.txt")
"
paired aws/secret.yaml aws-secret-access-key-paired 2 access_key_id 2

SID=AC6e1f0b9a3d5c7e2f4a8b0d1c3e5f7a9b
TOKEN=3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e
mk twilio/reverse.yaml "twilio_sms:
  auth_token: $TOKEN
  region: us1
  account_sid: $SID
"
paired twilio/reverse.yaml twilio-auth-token-paired 2 account_sid 4
mk twilio/alone.yaml "auth_token: $TOKEN
"
unpaired twilio/alone.yaml twilio-auth-token-paired
mk twilio/named.env "TWILIO_AUTH_TOKEN=$TOKEN
TWILIO_ACCOUNT_SID=$SID
"
paired twilio/named.env twilio-auth-token 1 account_sid 2

GID=403958122718-k3j5h7g9f1d3s5a7p9o1i3u5y7t9r1e3.apps.googleusercontent.com
GSECRET=Xk2_Vq8-Lm4Zr7Tn1Pw9Hc3J
mk google/client_secret.json "{\"installed\": {
  \"client_id\": \"$GID\",
  \"project_id\": \"demo-1\",
  \"client_secret\": \"$GSECRET\"
}}
"
paired google/client_secret.json google-oauth-client-secret-paired 4 client_id 2
mk google/alone.env "CLIENT_SECRET=$GSECRET
"
unpaired google/alone.env google-oauth-client-secret-paired

AZID=5b8e2c41-7f3a-4d9e-b6c0-1a2f3e4d5c6b
AZSECRET=Tq7-Lw2.Np9~Zx4_Kc8Rv1Hj6Bm3Yd5Fs0Ga2Ue
mk azure/appsettings.json "{ \"AzureAd\": {
    \"ClientId\": \"$AZID\",
    \"ClientSecret\": \"$AZSECRET\"
} }
"
paired azure/appsettings.json azure-ad-client-secret-paired 3 client_id 2
mk azure/form.env "FORM_ID=$AZID
CLIENT_SECRET=$AZSECRET
"
unpaired azure/form.env azure-ad-client-secret-paired

# a GCP service-account file: the private key is the secret, not its id;
# the account's e-mail is named beside it
"$KH" scan "$ROOT/corpus/providers/gcp-service-account.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "gcp: one finding, the PEM key, naming the account" jq -e 'length == 1 and .[0].rule_id == "google-service-account-key"
	and (.[0].secret | startswith("-----BEGIN PRIVATE KEY-----")) and .[0].partner.kind == "client_email"
	and (.[0].partner.value | endswith(".iam.gserviceaccount.com"))' "$T/out"
check "gcp: private_key_id is reported nowhere" bash -c "! jq -r '.[].secret' '$T/out' | grep -qxE '[0-9a-f]{40}'"

# a paired rule without its partner does not hide another rule's finding
# of the same text (a Zoom client secret under CLIENT_SECRET)
mk zoom/.env "ZOOM_CLIENT_SECRET=Wq4Rt7Yu2Io9Pa3Sd6Fg1Hj8Kl5Zx0Cv
"
"$KH" scan "$T/zoom/.env" -f json -o "$T/out" 2>"$T/err"
check "zoom's own rule still reports it" jq -e '[.[] | select(.rule_id == "zoom-client-secret")] | length == 1' "$T/out"

# git history: a finding copied to every path that introduced its blob
# keeps its partner
G=$T/repo
git init -q -b main "$G"
printf 'TWILIO_AUTH_TOKEN=%s\nTWILIO_ACCOUNT_SID=%s\n' "$TOKEN" "$SID" >"$G/a.env"
git -C "$G" add -A && git -C "$G" -c user.name=t -c user.email=t@e commit -qm one
cp "$G/a.env" "$G/b.env"
git -C "$G" add -A && git -C "$G" -c user.name=t -c user.email=t@e commit -qm two
expect_exit 1 "git history with a paired secret" -- full_stacks "$KH" git "$G" -f json --show-secrets
check "git: both paths name the partner" jq -e --arg s "$SID" \
	'[.[] | select(.rule_id == "twilio-auth-token")] | length == 2 and all(.[]; .partner.value == $s)' "$T/out"

# a report read back (keyhound merge, verify) keeps the partner and the
# context the comments gave: merging one report gives it byte for byte
printf '# example values, not real ones\nTWILIO_AUTH_TOKEN=%s\nTWILIO_ACCOUNT_SID=%s\n' "$TOKEN" "$SID" >"$G/c.env"
git -C "$G" add -A && git -C "$G" -c user.name=t -c user.email=t@e commit -qm three
expect_exit 1 "git history to a report file" -- "$KH" git "$G" -f json -o "$T/hist.json"
check "the report has a partner and a context from the comment" jq -e \
	'any(.[]; .partner.value != null) and any(.[]; .context == "example")' "$T/hist.json"
expect_exit 1 "merge of that one report" -- "$KH" merge "$T/hist.json" -f json -o "$T/merged.json"
check "merged report identical (partner and context read back)" cmp "$T/hist.json" "$T/merged.json"

# a partner block that is not well-formed: one line naming file and rule
mk rules/bad.json '{"provider": "acme", "rules": [{"id": "acme-secret", "description": "d", "severity": "high",
 "keywords": ["acme"], "regex": "acme=(?<secret>[a-z]{20})", "remediation": "r",
 "partner": {"kind": "id", "regex": "(", "lines": 2}}]}'
expect_exit 2 "a bad partner regex stops the run" -- "$KH" scan "$T/aws" --rules "$T/rules/bad.json"
check "the error names the file, the rule and the partner" \
	grep -q 'bad.json: rule acme-secret: "partner": bad regex' "$T/err"
mk rules/far.json '{"provider": "acme", "rules": [{"id": "acme-secret", "description": "d", "severity": "high",
 "keywords": ["acme"], "regex": "acme=(?<secret>[a-z]{20})", "remediation": "r",
 "partner": {"kind": "id", "regex": "x", "lines": 99}}]}'
expect_exit 2 "partner lines out of range stop the run" -- "$KH" scan "$T/aws" --rules "$T/rules/far.json"
check "the error says the range" grep -q '"lines" must be a number from 0 to 20' "$T/err"

finish e2e_pairs
