#!/usr/bin/env bash
# End-to-end tests of wave 32's "match_starts" (speedgen32): a rule that
# says where its matches may start (its line's start, or up to N bytes of
# a name before one of its words) is searched from those places only. The
# generic-secret rule's findings must be those of the same rule without
# the field, on lines that put every kind of its names at their longest
# before a word, mid-line and in long minified lines; a field that says
# too little loses matches (so the matcher reads it); a malformed field is
# one line naming the file and the field.
. "$(dirname "$0")/lib.sh"

# ---- generic-secret: the same findings with and without the field ----------
jq 'del(.rules[] | .match_starts)' "$(dirname "$0")/../patterns/generic.json" >"$T/nostarts.json"
names='consumer_token webhook-token abcdefghijklsecret client.secret
abcdefghijklmnopprivatekey abcdefghijklmnopapitoken abcdefghijklmnopqprivatekey
encryption_key abcdefghijklpassword abcdefghijklmpassword abcdefghijkl_creds
ABCDEFGHIJKL_CREDENTIALS abcdefghijklCreds api.signature radiuspass rabbitpw
dbPass x_pw user.pass pass PASSWORD SECRET_KEY myApiKey abcdefghiprivatekey
abcdefghijklmnopsecretkey abcdefghijklmnopqsecretkey abcdefghijklmnop_secret'
value() { printf 'Q%dvR2mX9kLp4nW3sT8bZ%dq8vHc7' "$1" "$((${1} * 7 % 97))"; }
mkdir -p "$T/gen"
i=0
for n in $names; do
	i=$((i + 1))
	{
		printf '%s=%s\n' "$n" "$(value "$i")"
		printf '  export %s="%s"\n' "$n" "$(value "$((i + 100))")"
		printf 'foo(); %s: "%s"\n' "$n" "$(value "$((i + 200))")"
		printf 'cfg.my%s = "%s";\n' "$n" "$(value "$((i + 300))")"
		printf 'x::%s = "%s"\n' "$n" "$(value "$((i + 400))")"
	} >>"$T/gen/names.txt"
done
# a minified line: names among code, keywords 300-1500 bytes apart
pad=$(printf 'function(e){return e.map(function(t){return t.id+1})};%.0s' 1 2 3 4 5 6)
line=''
i=0
for n in $names; do
	i=$((i + 1))
	line="$line${pad:0:$((i * 37 % 300))}{$n:\"$(value "$((i + 500))")\"},var token=e.token;"
done
printf '%s\n' "$line" >"$T/gen/min.js"
for f in names.txt min.js; do
	"$KEYHOUND" scan "$T/gen/$f" -q --show-secrets -f json |
		jq -c '[.[] | [.rule_id, .line, .column, .secret]] | sort' >"$T/with.$f"
	"$KEYHOUND" scan "$T/gen/$f" -q --show-secrets -f json --rules "$T/nostarts.json" |
		jq -c '[.[] | [.rule_id, .line, .column, .secret]] | sort' >"$T/without.$f"
	check "generic-secret $f: findings with match_starts as without" \
		cmp -s "$T/with.$f" "$T/without.$f"
	check "generic-secret $f: it finds some" \
		test "$(jq 'map(select(.[0] == "generic-secret")) | length' "$T/with.$f")" -gt 5
done

# ---- a field that says too little loses matches: the matcher reads it -------
mk own/a.txt 'zqxkey = Hq7vR2mX9kLp4nW3sT8bZq8v
run(); abczqxkey = Tq8vR2mX7kLp4nW9sT3bHq7v
'
starts_rule() {
	printf '%s\n' '{"provider":"acme","rules":[{"id":"acme-key","description":"d","severity":"high","keywords":["zqx"],"max_span":0,'"$1"'"regex":"(?:^|(?<=[ ]))[a-z]{0,5}zqxkey[ ]*=[ ]*(?<secret>[A-Za-z0-9]{24})","remediation":"r"}]}' >"$T/own.json"
	"$KEYHOUND" scan "$T/own/a.txt" --rules "$T/own.json" --show-secrets -f json -q |
		jq -r '[.[] | select(.rule_id == "acme-key") | .line] | sort | join(",")'
}
check "match_starts: without it, both lines" test "$(starts_rule '')" = 1,2
check "match_starts: a bound that holds, both lines" \
	test "$(starts_rule '"match_starts":"5 zqx",')" = 1,2
check "match_starts: two words, a bound that holds, both lines" \
	test "$(starts_rule '"match_starts":"5 nope zqx",')" = 1,2
# 3 bytes of name stand before the word on line 2: a bound of 2 says no
# match starts there, so only the line's start is searched
check "match_starts: a bound too short, the line start alone" \
	test "$(starts_rule '"match_starts":"2 zqx",')" = 1
# a space is not a name's byte: `run(); abc` starts the name at `a`
check "match_starts: the name's bytes only, not the blank before" \
	test "$(starts_rule '"match_starts":"3 zqx",')" = 1,2

for bad in '""' '"zqx"' '"5"' '"5 Zqx"' '"2000 zqx"' '"5  zqx"' '7' \
	'"1 a b c d e f g h i j k l m n o p q"'; do
	printf '%s\n' '{"provider":"acme","rules":[{"id":"acme-key","description":"d","severity":"high","keywords":["zqx"],"match_starts":'"$bad"',"regex":"zqx (\\w+)","remediation":"r"}]}' >"$T/bad.json"
	expect_exit 2 "match_starts $bad: exit 2" -- "$KEYHOUND" scan "$T/own/a.txt" --rules "$T/bad.json" -q
	check "match_starts $bad: one line naming the file and the field" \
		grep -q 'bad.json: rule acme-key: "match_starts" must be a number of bytes' "$T/err"
done

finish "e2e_speedgen32"
