#!/usr/bin/env bash
# End-to-end tests of wave 31's keyword database: a keyword that ends with
# a shorter one (vt-api-key, vt_api_key with api-key, api_key) is left out
# of the Vectorscan database and compared where the shorter one ends. A
# file past 256 KiB is scanned with the built-in database (a smaller one
# with the own filter): each finds the keys so named, at the first byte
# of the file, in its middle and at its end, in any case; the shorter
# keyword alone, or a longer word around it, wakes no VirusTotal rule.
. "$(dirname "$0")/lib.sh"

# lines that hold no keyword, `n` of them
filler() { awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "x%d = y%d + z%d;\n", i, i, i }'; }

K1=3747704b47517b9eabe676760bf7c7168c2e3661581230e80576b388809baeab
K2=371ddddefdd4a224e16b47ae23665f99a87a8b52c84f8db4bdc1f2342f3044c7
K3=bf32467b53fd62b9539ecc1587b1ba57e7415b61e2221fa08788edbdd35bf71f
K4=f68da5086fae8742337395a0d8c7baecb0794444823be953b9e52157c9cf043b

# the same text small (own filter) and past 256 KiB (the database)
for n in 10 12000; do
	d=keys$n
	mkdir -p "$T/$d"
	{
		printf 'VT-API-KEY=%s\n' "$K1"
		filler "$n"
		printf 'export vt_api_key="%s"\n' "$K2"
		filler "$n"
		printf 'API-KEY=%s\n' "$K4"
		printf 'Vt-Api-Key: %s' "$K3"
	} >"$T/$d/vt.env"
	if [ "$n" != 10 ]; then
		"$KEYHOUND" scan -v "$T/$d" -f json -o "$T/out" 2>"$T/err"
		check "$d: scanned with the built-in database" grep -q 'keyword scan: vectorscan, built-in database' "$T/err"
	fi
	scan_report "$d/vt.env"
	lines=$(wc -l <"$T/$d/vt.env")
	holds_once 1 "$K1"
	holds_once $((n + 2)) "$K2"
	holds_once $((lines + 1)) "$K3"
	check "$d: the keys are VirusTotal's" jq -e --arg a "$K1" --arg b "$K2" --arg c "$K3" \
		'[.[] | select(.secret == $a or .secret == $b or .secret == $c)
		  | .rule_id] == ["virustotal-api-key", "virustotal-api-key", "virustotal-api-key"]' \
		"$T/out"
	check "$d: api-key alone is not VirusTotal's" jq -e --arg d "$K4" \
		'[.[] | select(.secret == $d and .rule_id == "virustotal-api-key")] | length == 0' \
		"$T/out"
done

finish "e2e_carried31"
