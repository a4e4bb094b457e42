#!/usr/bin/env bash
# End-to-end tests of wave 39's notes passes (notes39): eight rare pairs'
# first places are found in one pass over a file of notes (`u:`, `/ `,
# `":`, a chat line's `\n[`, `SS` of `SSID`, `<t` of `<tr`, `{|`, `==` of
# `==  `), 64 bytes a step and the file's last 64 bytes or fewer from a
# copy padded with '\0', and each pass starts at its pair's first place;
# the short lines' blocks test the bytes one and two back from loads,
# the file's first block as if after a '\n'. These hold the edges: each
# pass's shape with its pair at every place of the first two 64-byte
# steps and in the file's last bytes (no '\n' after it), with the same
# pair earlier as a decoy (the pass goes on from the first place), a
# label or an operator's login on the file's first line, a value's indent
# or second word at a block's edge. None is new (all pass on
# kh-w39base): a build whose first places skip the second 32 bytes of
# each step fails 5 of them (the SSID's, the HTML and simple tables' are
# found by other readers too), one that skips the file's last bytes 4.
# (What the first block takes for the bytes before the file cannot
# change a report: a token alone on the first line has no label above
# it, and a line woken for nothing is read as the walk reads it.) Hard
# negatives: the pairs alone (a menu's `u:`, a fraction's `/ `, `SSH`,
# `<td>`, `a == b`, a wiki link's `[[`), a value with a second word
# below its label. Every
# value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# shape NAME I: the text of shape NAME around secret $pw (the pair near
# its start), its extension in $ext.
shape() {
	case $1 in
	lead) ext=txt text=$'display u: coldops p: '"$pw"$'\n' ;;
	slash) ext=txt text=$'Handover\nsnowops / '"$pw"$'\n' ;;
	json) ext=jsonl text='{"user":"anna","text":"labsrv-02 '"$pw"$'"}\n' ;;
	chat) ext=txt text=$'\n[09:14] <anna> labsrv-02 '"$pw"$'\n' ;;
	ssid) ext=txt text=$'\nWi-Fi for the desks (SSID Oakhill-Desk): '"$pw"$'\n' ;;
	html) ext=html text=$'\n<table>\n<tr><th>Host</th><th>User</th><th>Password</th></tr>\n<tr><td>nas02</td><td>admin</td><td>'"$pw"$'</td></tr>\n</table>\n' ;;
	wiki) ext=wiki text=$'\n{| class="wikitable"\n! Panel !! Password\n|-\n| HMI-3 || '"$pw"$'\n|}\n' ;;
	rule) ext=rst text=$'\n=====  ==============\nHost   Kennwort\n=====  ==============\nnas    '"$pw"$'\n=====  ==============\n' ;;
	esac
}

# decoy NAME: the pair of shape NAME where it wakes nothing
decoy() {
	case $1 in
	lead) echo 'see the menu: items' ;;
	slash) echo 'one of 1 / 2 runs' ;;
	json) echo 'a "b": c' ;;
	chat) printf '\n[[wiki]] [a]' ;;
	ssid) echo 'SSH in first' ;;
	html) echo 'a <td> cell' ;;
	wiki) echo 'code {| x' ;;
	rule) echo 'if a == b' ;;
	esac
}

# ---- each pass's pair at every place of two steps and in the file's tail ---
n=0
for name in lead slash json chat ssid html wiki rule; do
	: >"$T/$name.want"
	for i in $(seq 0 75); do
		n=$((n + 1))
		pw=$(printf 'Kq%02dVx%03dTzR%dm' $((i % 100)) $((n * 37 % 1000)) $((n % 10)))
		shape "$name"
		pad=''
		[ "$i" -gt 0 ] && pad="Rack $(printf '%*s' $((i % 71)) '' | tr ' ' z) ok"
		# (odd: the same pair earlier as a decoy; i past 37: a tail
		# after the shape, so its pair is in a whole step)
		[ $((i % 2)) = 1 ] && pad="$pad $(decoy "$name")"
		tail=''
		[ "$i" -gt 37 ] && tail=$'\nRack '"$(printf '%*s' 70 '' | tr ' ' y)"$' ok\n'
		[ "$name" = json ] && { [ -n "$pad" ] && pad="$pad"$'\n'; }
		if [ "$name" = lead ] || [ "$name" = slash ]; then
			[ -n "$pad" ] && pad="$pad"$'\n'
		fi
		mkdir -p "$T/$name"
		printf '%s%s%s' "$pad" "$text" "$tail" >"$T/$name/f$i.$ext"
		printf 'f%s.%s\t%s\n' "$i" "$ext" "$pw" >>"$T/$name.want"
	done
	# (the file's last bytes: the shape's value with no '\n' after it;
	# a table's value has its closing lines after it)
	case $name in
	lead | slash | json | chat | ssid)
		pw=$(printf 'Wd%02dHm%03dPqL%dx' $((n % 100)) $((n * 29 % 1000)) $((n % 7)))
		shape "$name"
		printf '%s' "${text%$'\n'}" >"$T/$name/last.$ext"
		printf 'last.%s\t%s\n' "$ext" "$pw" >>"$T/$name.want"
		;;
	esac
	each_exactly "$name"
done

# ---- the pairs alone wake nothing, at the edges of a step ----------------
text=''
for name in lead slash json chat ssid html wiki rule; do
	text+="$(decoy "$name")"$'\n'
done
for i in 0 31 62 63 64 65; do
	mk "pairs/alone$i.txt" "$(printf '%*s' "$i" '' | tr ' ' k)"$'\n'"$text"
	silent "pairs/alone$i.txt"
done

# ---- the short lines' blocks: the file's first line, a block's edge -------
fill=$'\n'"Rack $(printf '%*s' 140 '' | tr ' ' q) ok"$'\n'
mk notes/first-label.txt $'Admin password\nHv7KqZ2xTm9rPw'"$fill"
generic notes/first-label.txt 2 Hv7KqZ2xTm9rPw
mk notes/first-cols.txt $'root  Tb8WmQ3zKx6rLd'"$fill"
generic notes/first-cols.txt 1 Tb8WmQ3zKx6rLd
mk notes/first-words.txt $'Admin password\nrotate Hv7KqZ2xTm9rPq'"$fill"
silent notes/first-words.txt

# (a value below its label whose indent or second word meets a block's
# edge: the bytes one and two back are the block before's)
for i in $(seq 40 70); do
	pw=$(printf 'Gx%02dNc%03dRvM%dk' "$i" $((i * 7 % 1000)) $((i % 10)))
	pad="Rack $(printf '%*s' "$i" '' | tr ' ' z) ok"
	mk "edge/in$i.txt" "$pad"$'\nAdmin password\n  '"$pw"$'\n'"$fill"
	generic "edge/in$i.txt" 3 "$pw"
	mk "edge/two$i.txt" "$pad"$'\nAdmin password\nab '"$pw"$'\n'"$fill"
	silent "edge/two$i.txt"
done

finish e2e_notes39
