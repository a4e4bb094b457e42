#!/usr/bin/env bash
# End-to-end tests of wave 36's keyword pass (prefilter36): a team's rule
# file whose keywords end with one another, in any case and in their case.
# The prefilter drops a rule's keyword that another of its keywords ends
# (it is found where that one ends) and measures each keyword's length
# once (kh_prefilter_new, redundant()); a value named by any spelling, at
# a file's start, middle or end, is still reported once, a keyword in its
# case still only in its case. Hard negatives: the keyword with no value,
# a value one character short, the case rule's prefix in lower case.
# Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"

mk rules/vorpex.json '{"rules": [
 {"id": "vorpex-api-token", "description": "Vorpex API token (test rule)", "severity": "high",
  "remediation": "Revoke the token in the Vorpex console (test rule).",
  "keywords": ["vorpex_api_token", "api_token", "VORPEX_API_TOKEN", "vorpex-api-token", "vorpex"],
  "regex": "vpx_(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9])"},
 {"id": "vorpex-case-key", "description": "Vorpex key, keywords in their case (test rule)", "severity": "high",
  "remediation": "Revoke the key in the Vorpex console (test rule).",
  "keywords": ["VPXK_", "XK_", "VPXK_"], "keywords_match_case": true,
  "regex": "VPXK_(?<secret>[A-Z0-9]{20})(?![A-Z0-9])"}
]}'
# a rule of 301 keywords, each ending with the last (the loop that
# compares each keyword of a rule with each other)
python3 - "$T/rules/many.json" <<'PY'
import json, sys
kws = ["kw%03d_vorpex_api_token" % i for i in range(300)] + ["vorpex_api_token"]
json.dump({"rules": [{"id": "vorpex-many-keywords", "severity": "high",
    "description": "Vorpex token named by many keywords (test rule)",
    "remediation": "Revoke the token in the Vorpex console (test rule).",
    "keywords": kws, "regex": "vpm_(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9])"}]},
    open(sys.argv[1], "w"))
PY

# scan_rules FILE: the JSON report of $T/FILE with both rule files in $T/out
scan_rules() {
	"$KEYHOUND" scan "$T/$1" --rules "$T/rules/vorpex.json" --rules "$T/rules/many.json" \
		-f json --show-secrets -o "$T/out" 2>"$T/err"
}
# once NAME RULE SECRET LINE: $T/out holds SECRET once, by RULE, on LINE
once() {
	check "$1" jq -e --arg r "$2" --arg s "$3" --argjson l "$4" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == $r and .[0].line == $l' \
		"$T/out"
}
# none NAME RULE: $T/out holds no finding of RULE
none() {
	check "$1" jq -e --arg r "$2" '[.[] | select(.rule_id == $r)] | length == 0' "$T/out"
}

# ---- each spelling, at the start, the middle and the end of a file -------
mk start.env 'vorpex_api_token = "vpx_XDB43U9FAirMRTxsdZmTkEnc"
'
scan_rules start.env
once "the long keyword at the file's first byte" vorpex-api-token XDB43U9FAirMRTxsdZmTkEnc 1

{
	for i in $(seq 1 2000); do echo "line $i of an ordinary configuration file"; done
	echo 'VORPEX_API_TOKEN: vpx_w9mLApahJz9PcZ4P8hxzSqCR'
	for i in $(seq 1 2000); do echo "line $i of an ordinary configuration file"; done
	printf 'export API_TOKEN=vpx_Qm7Kd2Lr9Tx4Wz8Hn3Vb6Yc5'
} >"$T/middle.env"
scan_rules middle.env
once "upper case in a caseless rule, mid-file" vorpex-api-token w9mLApahJz9PcZ4P8hxzSqCR 2001
once "the shorter keyword at the file's last bytes" vorpex-api-token Qm7Kd2Lr9Tx4Wz8Hn3Vb6Yc5 4002

# ---- a rule of many keywords ending with one another ---------------------
mk many.yaml 'service:
  kw217_vorpex_api_token: vpm_5haYz4b9RbLHihvzPjUMhwoW
  name: billing
  kw000_vorpex_api_token: "vpm_Tn8Rw3Kq6Zp2Vx9Lm4Hc7Jd5"
'
scan_rules many.yaml
once "one of 301 keywords names it" vorpex-many-keywords 5haYz4b9RbLHihvzPjUMhwoW 2
once "the first of them names another" vorpex-many-keywords Tn8Rw3Kq6Zp2Vx9Lm4Hc7Jd5 4

# ---- keywords in their case ----------------------------------------------
mk case.txt 'key: VPXK_7U6FRVPLMERZ5B2Y9LSF
'
scan_rules case.txt
once "a keyword in its case" vorpex-case-key 7U6FRVPLMERZ5B2Y9LSF 1

# ---- hard negatives --------------------------------------------------------
mk lower.txt 'key: vpxk_7U6FRVPLMERZ5B2Y9LSF
'
scan_rules lower.txt
none "the case rule's keyword in lower case: silent" vorpex-case-key
mk short.env 'vorpex_api_token = "vpx_XDB43U9FAirMRTxsdZmTkEn"
'
scan_rules short.env
none "a value one character short: silent" vorpex-api-token
mk prose.md 'Set vorpex_api_token (or API_TOKEN) in the environment; see the Vorpex docs.
'
scan_rules prose.md
none "the keywords with no value: silent" vorpex-api-token

finish e2e_prefilter36
