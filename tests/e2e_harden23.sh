#!/usr/bin/env bash
# End-to-end tests of wave 23's hardening: one long line of many keyword
# hits is scanned in time linear in its length. Each case is scanned at 1x
# and 4x its size and the CPU times compared (a ratio of the same
# machine's times, not a timed assertion: linear gives about 4, a reader
# that walks the rest of the line for each hit 16): `token: "..."` values
# (the pair judge read to the line's end for each), a URL query's
# `&api_key=` (a command's NAME=value prefix read its value to the end),
# `?password=` (a query pair's value) and XML-ish `<secret>` names where a
# q< may open a Perl quote (a bare token glued to its name). Every run under a generous
# `timeout`; each case also checks what the scan reports. Then a pack cut
# short: its warnings say the objects were found but cannot be read.
. "$(dirname "$0")/lib.sh"

LIMIT=600 # seconds: a hang fails instead of blocking CI
MAXRATIO=9
A=$T/a
mkdir -p "$A"


# linear NAME FORMAT FINDINGS: a line of 4,000 FORMATs ({v}: 16 random
# letters, the same every run) and one of 16,000; the 4x scan must take
# less than MAXRATIO times the 1x one's CPU (0.05 s added to each: a short
# run's time is mostly start-up), and report FINDINGS (a jq test of the
# 4x report's length).
linear() {
	local name=$1 fmt=$2 want=$3 f1 f4
	f1=$A/1/a.txt
	f4=$A/4/a.txt
	mkdir -p "$A/1" "$A/4"
	for m in 1 4; do
		python3 - "$fmt" "$m" "$A/$m/a.txt" <<'PY'
import random, string, sys
fmt, m, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
r = random.Random(23)
with open(out, "w") as f:
    for _ in range(4000 * m):
        f.write(fmt.replace("{v}", "".join(r.choice(string.ascii_letters) for _ in range(16))))
    f.write("\n")
PY
	done
	scales_linearly "$name" "$f1" "$f4" "$MAXRATIO"
	check "$name: what the 4x line reports ($want)" jq -e "length $want" "$T/out"
	rm -rf "$A/1" "$A/4"
}

linear "token: values" 'token: "{v}" ' '> 10000'
linear "a query of &api_key=" 'api_key={v}&' '> 10000'
linear "a query of ?password=" '?password={v}/' '< 10'
linear "<secret> names, a q before each <" '<secret>{v}q' '< 10'

# a clone whose pack is cut short: every object its index names past the
# cut (or whose data runs past it) was found, not "not found": each
# warning names the object and the pack file; exit 0 (it holds no
# secret) and the summary's count of unreadable objects as before
git init -q "$T/src"
for i in $(seq 1 12); do
	mkdir -p "$T/src/d$i"
	head -c 3000 /dev/urandom | base64 >"$T/src/d$i/notes.txt"
	printf 'note %d\n' "$i" >"$T/src/d$i/a.txt"
	git -C "$T/src" add -A
	git -C "$T/src" -c user.name=t -c user.email=t@example.org commit -q -m "c$i"
done
git clone -q --no-local "$T/src" "$T/clone"
P=$(ls "$T"/clone/.git/objects/pack/*.pack)
chmod u+w "$P"
truncate -s $(($(stat -c %s "$P") / 2)) "$P"
expect_exit 0 "a pack cut short (no secrets in it)" -- timeout "$LIMIT" "$KEYHOUND" git "$T/clone" -f json -o "$T/out"
nwarn=$(grep -c "warning: .*cannot read" "$T/err")
check "a pack cut short: a warning per unreadable object ($nwarn)" test "$nwarn" -gt 0
check "a pack cut short: none says the object was not found" \
	test "$(grep -c "not found" "$T/err")" = 0
check "a pack cut short: each names its object and the pack" \
	test "$(grep "warning: " "$T/err" | grep -v "[0-9a-f]\{40\}.*$(basename "$P")" | grep -c .)" = 0
check "a pack cut short: past its end, said so" grep -q "past the pack's end" "$T/err"
check "a pack cut short: the summary counts them" grep -q "skipped .*, $nwarn unreadable$" "$T/err"

finish e2e_harden23
