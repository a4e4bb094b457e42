#!/usr/bin/env bash
# End-to-end tests of wave 18's matcher: rules that share one regex and
# its compile options run one JIT-compiled copy (the first rule's, which
# frees it); each still finds only what its own keywords wake, and a rule
# of the same regex with other options (max_span 0's offset limit) keeps
# a copy of its own. Under ASan a copy freed twice, or one freed while
# another rule ran it, fails the run.
. "$(dirname "$0")/lib.sh"

A=Hq7vR2mX9kLp4nW3sT8bZq8v
B=Tq8vR2mX7kLp4nW9sT3bHq7v
C=Zq3vR8mX2kLp7nW4sT9bHq5w
RE='(?:zqxjalpha|zqxjbeta|zqxjgamma)[ \\t]+(?<secret>[A-Za-z0-9]{24})'
rule() { printf '{"id":"%s","description":"d","severity":"high","keywords":["%s"],"max_span":%s,"regex":"%s","remediation":"r"}' "$1" "$2" "$3" "$RE"; }
printf '{"provider":"acme","rules":[%s,%s,%s]}\n' "$(rule acme-alpha zqxjalpha 0)" \
	"$(rule acme-beta zqxjbeta 0)" "$(rule acme-gamma zqxjgamma 64)" >"$T/twins.json"
# lines past the interpreter's 2 KiB, so the regexes are JIT-compiled
pad=$(head -c 3000 /dev/zero | tr '\0' 'x')
mk twins/a.txt "zqxjalpha $A $pad
zqxjbeta $B $pad
zqxjgamma $C $pad
"
expect_exit 1 "twins: exit 1 (findings)" -- "$KEYHOUND" scan "$T/twins" -j 1 --rules "$T/twins.json" \
	--show-secrets -f json
check "twins: each rule finds its own line's secret, once" jq -e --arg a "$A" --arg b "$B" --arg c "$C" \
	'[.[] | select(.rule_id | startswith("acme-")) | [.rule_id, .line, .secret]] | sort ==
	 [["acme-alpha", 1, $a], ["acme-beta", 2, $b], ["acme-gamma", 3, $c]]' "$T/out"
check "twins: no sanitizer report" bash -c "! grep -q 'Sanitizer' '$T/err'"

# More keyword hits than the matcher keeps (65,536): the rules then run
# over the whole buffer, and the reader of names held apart from their
# values must read every line, not none (a plist of 30,000 password keys,
# then the real one far down, was reported as nothing)
python3 - "$T/overflow/many.plist" <<'PY'
import os, sys
os.makedirs(os.path.dirname(sys.argv[1]), exist_ok=True)
body = "<key>password</key><string></string>\n" * 30000
open(sys.argv[1], "w").write("<plist><dict>\n" + body + "<key>api_token</key>\n<string>Hq4wZt9LmX2vRk7pNc3e</string>\n</dict></plist>\n")
PY
timeout 60 "$KEYHOUND" scan "$T/overflow/many.plist" -f json -q --show-secrets >"$T/overflow.out" 2>"$T/err"
check "overflow: the key under a name on the line above is found" \
	test "$(jq -r '[.[] | .secret] | join(" ")' "$T/overflow.out")" = "Hq4wZt9LmX2vRk7pNc3e"

finish e2e_matcher18
