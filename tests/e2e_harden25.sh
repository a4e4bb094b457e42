#!/usr/bin/env bash
# End-to-end tests of wave 25's hardening: a rule field, "decoded_only",
# that keeps a rule to decoded text (the form it reads is only ever
# written encoded; plain, it is another tool's).
. "$(dirname "$0")/lib.sh"
b64() { printf '%s' "$1" | base64 -w0; }

KEY=Tq8Wm3Zx7Lp2Vr9Kc4Hn
mk rules.json '{"provider": "lattice", "rules": [{
  "id": "lattice-ticket-key",
  "description": "A Lattice ticket key inside its base64 ticket",
  "severity": "high",
  "remediation": "Revoke the ticket.",
  "decoded_only": true,
  "keywords": ["lticket="],
  "regex": "lticket=(?<secret>[A-Za-z0-9]{20})\\b",
  "examples": [{"text": "ticket: '"$(b64 "lticket=$KEY")"'\n", "secret": "'"$KEY"'"}],
  "negative_examples": ["lticket='"$KEY"'"]
}]}'
rm -f "$T/out"
"$KEYHOUND" rules --rules "$T/rules.json" --check -q >"$T/out" 2>"$T/err"
check "decoded_only: the rule's examples pass (scanned with decoding)" grep -q ' 0 failed' "$T/out" "$T/err"
rm -f "$T/out"
"$KEYHOUND" rules --rules "$T/rules.json" -f json >"$T/out" 2>"$T/err"
check "decoded_only: rules lists the field" \
	jq -e -s '.[0] | [.[] | select(.id == "lattice-ticket-key")][0].decoded_only == true
	  and ([.[] | select(.decoded_only)] | length >= 2)' "$T/out"

mk enc/ticket.yaml "ticket: $(b64 "lticket=$KEY")
"
rm -f "$T/out"
"$KEYHOUND" scan "$T/enc/ticket.yaml" --rules "$T/rules.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "decoded_only: found in base64, at the encoded text" \
	jq -e --arg s "$KEY" '[.[] | select(.rule_id == "lattice-ticket-key")] | length == 1
	  and .[0].secret == $s and .[0].decoded == ["base64"] and .[0].column == 9' "$T/out"
mk plain/ticket.txt "lticket=$KEY
"
rm -f "$T/out"
"$KEYHOUND" scan "$T/plain/ticket.txt" --rules "$T/rules.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "decoded_only: not run on the text as written" \
	jq -e '[.[] | select(.rule_id == "lattice-ticket-key")] | length == 0' "$T/out"

sed 's/"decoded_only": true/"decoded_only": "yes"/' "$T/rules.json" >"$T/bad.json"
expect_exit 2 "decoded_only: a value other than true or false is refused" -- \
	"$KEYHOUND" rules --rules "$T/bad.json" -q
check "decoded_only: the refusal names the field" grep -q '"decoded_only" must be true or false' "$T/err"

# Docker's "auth": plain user:password is HTTPie's (the generic rules'),
# base64 is Docker's, whose password replaces the base64 login
PW=Rv4Kq9Lm2Wx7Tz
mk docker/.docker/config.json "{\"auths\": {\"registry.lattice.example\": {\"auth\": \"$(b64 "ci-bot:$PW")\"}}}
"
rm -f "$T/out"
"$KEYHOUND" scan "$T/docker/.docker/config.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "docker auth in base64: the password, decoded, alone" \
	jq -e --arg s "$PW" 'length == 1 and .[0].rule_id == "docker-config-auth-password"
	  and .[0].secret == $s' "$T/out"
mk httpie/config.json "{\"default_options\": [], \"auth\": \"ci-bot:$PW\"}
"
rm -f "$T/out"
"$KEYHOUND" scan "$T/httpie/config.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "a plain auth user:password: not Docker's rule" \
	jq -e '[.[] | select(.rule_id | startswith("docker"))] | length == 0' "$T/out"

finish harden25
