#!/usr/bin/env bash
# End-to-end tests of wave 38's short lines by blocks (notes38): notes'
# short lines are no longer walked one by one; 64-byte blocks of bits say
# which '\n' ends a line that may be a token alone (some byte but a
# blank, and no second word: a byte but a blank, '\r' or '\n' after a
# blank after a byte but a blank or ':') or that may hold an operator's
# name then a tab or two blanks, and only the line above such a token
# (when it may be a label) or such a line is read. These hold the jump's
# edges: a label and its value at every place of a 64-byte block (the
# value's line and the label's across two blocks), a definition's
# ": X" below its label, a value with blanks and '\r' after it, an
# indented value, an operator's login at every place of a block, a tab
# then the value, CRLF, a file's last line with no '\n', a file shorter
# than two blocks. None is new (all pass on kh-w38base): a build (of the
# first version) that reads no label's line from its blocks fails 3 of
# them, one that reads no operator's line fails 1 (the tests, at block
# places, catch what the walk of a file's rest does not). Hard
# negatives: a label over two words, over a token
# with a word after it, ": : X", an operator's word and one blank, a
# name with more than letters in two columns, an operator in a sentence.
# Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- a label's value alone below it, at every place of a block ----------
text='' want=()
for i in $(seq 0 70); do
	pw=$(printf 'Hv%02dQn%03dLpX4c' $((i % 100)) $((i * 13 % 1000)))
	pad=$(printf '%*s' $((i % 61 + 1)) '' | tr ' ' z)
	text+="Rack $pad ok"$'\n'"Admin password"$'\n'"$pw"$'\n'
	want+=("$pw")
done
mk notes/labels.txt "$text"
secrets_exactly notes/labels.txt "${want[@]}"

# (a definition's ": X", an indent, blanks and '\r' after the value)
text='' want=()
for i in $(seq 0 66); do
	pw=$(printf 'Tb%02dMx%03dWqR8e' $((i % 100)) $((i * 17 % 1000)))
	pad=$(printf '%*s' $((i % 59 + 1)) '' | tr ' ' q)
	case $((i % 4)) in
	0) val=": $pw" ;;
	1) val=$'\t'"$pw" ;;
	2) val="$pw  "$'\r' ;;
	3) val="  :  $pw"$'\t' ;;
	esac
	text+="Rack $pad ok"$'\n'"Lab password:"$'\n'"$val"$'\n'
	want+=("$pw")
done
mk notes/defs.md "$text"
secrets_exactly notes/defs.md "${want[@]}"

# (the user's line and the value below it, CRLF)
text='' want=()
for i in $(seq 0 40); do
	pw=$(printf 'Zr%02dKc%03dNvB6u' $((i % 100)) $((i * 11 % 1000)))
	pad=$(printf '%*s' $((i % 37 + 1)) '' | tr ' ' w)
	text+="Rack $pad ok"$'\r\n'"user: kioskops"$'\r\n'"    $pw"$'\r\n'
	want+=("$pw")
done
mk notes/users.txt "$text"
secrets_exactly notes/users.txt "${want[@]}"

# (the file's last line, no '\n'; a file shorter than two blocks)
mk notes/tail.txt "$(printf 'Rack %0130d ok\nAdmin password' 0)"$'\nm6HqVx27TzPdWk'
generic notes/tail.txt 3 m6HqVx27TzPdWk
mk notes/small.txt $'Admin password\ngV7PkxW2qL9sRd'
generic notes/small.txt 2 gV7PkxW2qL9sRd

# (not a token alone below the label; a value that opens the line below
# and goes on in words is prose38's wrapped sentence, not this reader's)
mk notes/label-words.txt "$(printf 'Rack %070d ok' 0)"$'\nAdmin password\nrotate 8WcJq2VnXz4Rbe\nAdmin password\n: : 8WcJq2VnXz4Rbg\n'
silent notes/label-words.txt

# ---- two columns: an operator's word first, at every place of a block ----
text='' want=()
for i in $(seq 0 70); do
	pw=$(printf 'Yq%02dFz%03dHsT3k' $((i % 100)) $((i * 19 % 1000)))
	pad=$(printf '%*s' $((i % 63 + 1)) '' | tr ' ' v)
	case $((i % 3)) in
	0) row="root  $pw" ;;
	1) row="administrator"$'\t'"$pw" ;;
	2) row="operator "$'\t'"$pw"$'\r' ;;
	esac
	text+="Rack $pad ok"$'\n'"$row"$'\n'
	want+=("$pw")
done
mk notes/columns.txt "$text"
secrets_exactly notes/columns.txt "${want[@]}"

mk notes/columns-tail.txt "$(printf 'Rack %0100d ok' 0)"$'\nsupport\tYq88Fz404HsT3k'
generic notes/columns-tail.txt 2 Yq88Fz404HsT3k

# (one blank; a name with more than letters; a sentence)
mk notes/columns-prose.txt "$(printf 'Rack %0100d ok' 0)"$'\nroot sV8mQw2ZrTk4Lc\nops-night  sV8mQw2ZrTk4Ld\nthe root  sV8mQw2ZrTk4Le\nroot  sV8mQw2ZrTk4Lf and more\n'
silent notes/columns-prose.txt

finish e2e_notes38
