#!/usr/bin/env bash
# End-to-end tests of wave 40's AVX-512 notes loops (notes40): where the
# CPU has AVX-512 BW (valgrind has not, so callgrind counts the AVX2
# loops), the rare pairs' search (kh_find_pair) and the eight pairs' first
# places (pair_firsts) take 64 bytes a compare, the compares giving the
# bits, and the last bytes by masked loads. These hold the edges on the
# machine they run on: each shape (a label and its value alone below it,
# an operator's login in two columns, `is admin/X`, `u: ops p: X`,
# `ops / X`, `with X` after an account, an SSID's key) at every place of
# the first two 128-byte windows, so its pairs meet every block's edge;
# each with '\n', with CRLF, and with no '\n' after the value (the file's
# last bytes); after a line of exactly 64 bytes; a pair split by a
# 64-byte block's edge. None is new (all pass on kh-w40base): a build
# whose find_pair_avx512 ignores a step's second 64 bytes fails 1, one
# that drops its last places 2, one whose pair_firsts_avx512 skips the
# file's last 64 bytes 2; the check build (doc/performance.md, "Wave 40:
# notes40") is the evidence. Hard negatives: each shape's bytes where they
# wake nothing, at the same places. Every value is generated for this
# suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# shape NAME: the lines of shape NAME around secret $pw
shape() {
	case $1 in
	label) text=$'Admin password\n  '"$pw"$'\n' ;;
	cols) text=$'root  '"$pw"$'\n' ;;
	lead) text=$'the web UI is admin/'"$pw"$'\n' ;;
	u) text=$'display u: coldops p: '"$pw"$'\n' ;;
	slash) text=$'Handover\nsnowops / '"$pw"$'\n' ;;
	with) text=$'issued account temp_eng42 with '"$pw"$'\n' ;;
	ssid) text=$'Wi-Fi for the desks (SSID Oakhill-Desk): '"$pw"$'\n' ;;
	esac
}

# decoy NAME: shape NAME's bytes where they wake nothing
decoy() {
	case $1 in
	label) text=$'Admin password\nab Kz9Qw2Lx7Vm4Tr\n' ;;
	cols) text=$'rotate  Kz9Qw2Lx7Vm4Tr wide\n' ;;
	lead) text=$'this is a/b and as ever\n' ;;
	u) text=$'see the menu: items\n' ;;
	slash) text=$'one of 1 / 2 runs\n' ;;
	with) text=$'done with care\n' ;;
	ssid) text=$'SSH in first\n' ;;
	esac
}

line64="Rack $(printf '%*s' 56 '' | tr ' ' w) ok." # 64 bytes
tail=$'\nRack '"$(printf '%*s' 150 '' | tr ' ' y)"$' ok\n'
n=0
for name in label cols lead u slash with ssid; do
	: >"$T/$name.want"
	mkdir -p "$T/$name" "$T/no-$name"
	for i in $(seq 0 140) 64line; do
		n=$((n + 1))
		pw=$(printf 'Kq%02dVx%03dTzR%dm' $((n % 100)) $((n * 37 % 1000)) $((n % 10)))
		shape "$name"
		if [ "$i" = 64line ]; then
			pad="$line64"$'\n'
		else
			# a line of i - 1 bytes and its '\n' (a shape's first
			# line then starts at i)
			pad=''
			[ "$i" -gt 0 ] && pad="$(printf '%*s' $((i - 1)) '' | tr ' ' z)"$'\n'
		fi
		printf '%s%s%s' "$pad" "$text" "$tail" >"$T/$name/f$i.txt"
		printf '%s%s%s' "$pad" "$text" "$tail" | sed 's/$/\r/' >"$T/$name/c$i.txt"
		printf '%s%s' "$pad" "${text%$'\n'}" >"$T/$name/e$i.txt"
		printf 'f%s.txt\t%s\nc%s.txt\t%s\ne%s.txt\t%s\n' "$i" "$pw" "$i" "$pw" \
			"$i" "$pw" >>"$T/$name.want"
		decoy "$name"
		printf '%s%s%s' "$pad" "$text" "$tail" >"$T/no-$name/f$i.txt"
		printf '%s%s' "$pad" "${text%$'\n'}" >"$T/no-$name/e$i.txt"
	done
	each_exactly "$name"
	"$KEYHOUND" scan "$T/no-$name" -f json -o "$T/no-$name.json" 2>"$T/err"
	check "no-$name: no finding" jq -e 'length == 0' "$T/no-$name.json"
done

# ---- a pair split by a 64-byte block's edge, in a longer file -------------
# (the ` / ` and ` with ` of a login whose '/' or 'w' is a block's last
# byte, after 1-4 blocks of prose with no pair)
prose="the relay logs rotate nightly and the ops team reads them daily "
for k in 1 2 3 4; do
	for d in 0 1 2 3; do
		body=''
		while [ ${#body} -lt $((64 * k)) ]; do body+="$prose"; done
		pw=$(printf 'Tm%dQx%dVz8Lk3Rp' "$k" "$d")
		# 'snowops ' then the '/' at 64 * k - 1 + d - 1
		pre=${body:0:$((64 * k - 9 - 1 + d))}
		mk "split/s$k$d.txt" "$pre"$'\nsnowops / '"$pw"$'\n'"$prose"$'\n'
		generic "split/s$k$d.txt" 2 "$pw"
	done
done

finish e2e_notes40
