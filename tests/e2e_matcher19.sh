#!/usr/bin/env bash
# End-to-end tests of wave 19's matcher: rules that share a match_contains
# text search a window for it once (the answer kept for the next rule of
# the same window and text, never for another source or text); all rules'
# path globs are one index by file name (an extension, or a name without
# one), confirmed once for rules that share a glob; twins woken second
# rule first JIT-compile a copy each. Under ASan a copy freed twice, or
# never, fails.
. "$(dirname "$0")/lib.sh"

A=Hq7vR2mX9kLp4nW3sT8bZq8v
B=Tq8vR2mX7kLp4nW9sT3bHq7v
C=Zq3vR8mX2kLp7nW4sT9bHq5w
D=Wq5vR3mX8kLp2nW7sT4bHq9z
RE='zqxsecret=(?<secret>[A-Za-z0-9]{24})'
rule() { printf '{"id":"%s","description":"d","severity":"high","keywords":[],"paths":[%s],"match_contains":"%s","regex":"%s","remediation":"r"}' "$1" "$2" "$3" "$RE"; }
# three twins (one regex): two texts, two globs, one shared (acme-more's
# finding is acme-colons's, reported once)
printf '{"provider":"acme","rules":[%s,%s,%s]}\n' \
	"$(rule acme-colons '"*.cfgx","keys/zqxkeys"' '::')" \
	"$(rule acme-ats '"*.cfgx"' '@@')" \
	"$(rule acme-more '"*.cfgx"' '::')" >"$T/contains.json"
# files of one length, so each source's window is the same bytes range;
# each is over the interpreter's 2 KiB, so the regex is JIT-compiled
pad=$(head -c 3000 /dev/zero | tr '\0' 'x')
mk contains/a.cfgx "k::v $pad
zqxsecret=$A
"
mk contains/b.cfgx "k;;v $pad
zqxsecret=$B
"
mk contains/c.cfgx "k@@v $pad
zqxsecret=$C
"
mk contains/keys/zqxkeys "k::v $pad
zqxsecret=$D
"
mk contains/keys/my-zqxkeys "k::v $pad
zqxsecret=$B
"
for order in "a b c" "b a c" "c b a"; do
	set -- $order
	files=()
	for f in "$@"; do files+=("$T/contains/$f.cfgx"); done
	expect_exit 1 "contains ($order): exit 1 (findings)" -- "$KEYHOUND" scan "${files[@]}" \
		"$T/contains/keys" -j 1 --rules "$T/contains.json" --show-secrets -f json
	check "contains ($order): each rule finds only where its text stands" jq -e \
		--arg a "$A" --arg c "$C" --arg d "$D" \
		'[.[] | select(.rule_id | startswith("acme-")) | [.rule_id, (.file | split("/") | last), .secret]]
		 | sort == [["acme-ats", "c.cfgx", $c], ["acme-colons", "a.cfgx", $a],
			    ["acme-colons", "zqxkeys", $d]]' "$T/out"
	check "contains ($order): no sanitizer report" bash -c "! grep -q 'Sanitizer' '$T/err'"
done

# twins: the second rule, woken alone first, JIT-compiles its copy; the
# first rule, woken later, then compiles its own (each freed once)
TRE='(?:zqxjalpha|zqxjbeta)[ \\t]+(?<secret>[A-Za-z0-9]{24})'
trule() { printf '{"id":"%s","description":"d","severity":"high","keywords":["%s"],"regex":"%s","remediation":"r"}' "$1" "$2" "$TRE"; }
printf '{"provider":"acme","rules":[%s,%s]}\n' "$(trule acme-alpha zqxjalpha)" \
	"$(trule acme-beta zqxjbeta)" >"$T/twins.json"
mk twins/1.txt "zqxjbeta $B $pad
"
mk twins/2.txt "zqxjalpha $A $pad
"
expect_exit 1 "twins: exit 1 (findings)" -- "$KEYHOUND" scan "$T/twins/1.txt" "$T/twins/2.txt" -j 1 \
	--rules "$T/twins.json" --show-secrets -f json
check "twins: each rule finds its own file's secret, once" jq -e --arg a "$A" --arg b "$B" \
	'[.[] | select(.rule_id | startswith("acme-")) | [.rule_id, .secret]] | sort ==
	 [["acme-alpha", $a], ["acme-beta", $b]]' "$T/out"
check "twins: no sanitizer report" bash -c "! grep -q 'Sanitizer' '$T/err'"

finish e2e_matcher19
