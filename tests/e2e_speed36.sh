#!/usr/bin/env bash
# End-to-end tests of wave 36's notes readers that go to the next line
# that can matter (speed36): bar_tables, out of a table, to the next line
# whose first byte but blanks is '|'; simple_tables to the next line
# opening with '='; notes_chat to the line of its next ": ", `":` or
# "[digit" chat start; the short lines' first word found with the line's
# end a stop of its last 16-byte step. These hold each jump's edges: a
# '|' inside a line before an indented table, a table on the file's first
# line and its last row with no newline (CRLF), an AsciiDoc block's blank
# line, a label row after a '|' in prose, a simple table after a '=' in
# prose, a chat line first in its file, a label's login after a line
# longer than a line of notes holding ": ", a JSON message, ", pass " and
# ", pw " on one line and in either order, a token alone at the file's
# end. None is new (all pass on v0.34.0): a build whose bar_tables,
# simple_tables and notes_chat jumps skip every line fails 9 of them (the
# simple table and the logins are found by other readers too). Hard
# negatives: a row after the table ended (prose between), a value below
# an empty line. Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- bar tables: only a '|' line may start one -----------------------------
mk notes/pipes.md $'Notes on the pipe: cat a | grep b\n  | System | Login | Kennwort |\n  |---|---|---|\n  | nas | ops | kry67hsEF7svRe |\n'
generic notes/pipes.md 4 kry67hsEF7svRe

mk notes/first.md $'| Host | Kennwort |\r\n|---|---|\r\n| nas01 | osl0Ag4mNbu5hJ |'
generic notes/first.md 3 osl0Ag4mNbu5hJ

mk docs/relay.adoc $'Relay hosts\n\n|===\n|Host |Password\n\n|relay |aV4yrxSC8DIDnQ\n|===\n'
generic docs/relay.adoc 6 aV4yrxSC8DIDnQ

mk notes/label.md $'x | y\n| repo NAS pass | CxYNQXM0KYpaAj |\n'
generic notes/label.md 2 CxYNQXM0KYpaAj

# (prose ends the table: the row after it has no header over it)
mk notes/ended.md $'| Host | Kennwort |\n|---|---|\n| a | 8l5S6TnhvNUmdf |\nText in between ends it.\n| b | 0x8DOTz5lipsBS |\n'
generic notes/ended.md 3 8l5S6TnhvNUmdf
secrets_exactly notes/ended.md 8l5S6TnhvNUmdf

# ---- rST simple tables: a rule opens one --------------------------------
mk docs/simple.rst $'Set a = b first.\n\n=====  ==============\nHost   Kennwort\n=====  ==============\nnas    iMp8pVJXs1HFJc\n=====  ==============\n'
generic docs/simple.rst 6 iMp8pVJXs1HFJc

# ---- chat lines, JSON messages and a label's login after ": " -------------
mk notes/chat.log.txt $'[09:14] <anna> labsrv-02 ZdYXX5sOA7DpY0z7\n[[wiki]] [a]\n'
generic notes/chat.log.txt 1 ZdYXX5sOA7DpY0z7

long=$(printf '%*s' 4200 '' | tr ' ' x)
mk notes/long.txt "$long"$': a long line\nNAS login: opsnight rfW0LNe6FAY04Fms1\n'
generic notes/long.txt 2 rfW0LNe6FAY04Fms1

mk notes/export.jsonl $'{"user":"anna","text":"labsrv-02 HSnyHNWoII7rIKe"}\n'
generic notes/export.jsonl 1 HSnyHNWoII7rIKe

# ---- ", pass " and ", pw " on one line and in either order -----------------
# (the ", pw " pass starts where the ", pass " pass saw its first)
mk notes/pw-after.txt $'login ops7, pass Hx8kd2Lq9vRt (rotate)\n\nlogin lab.sync, pw Pm4kd9Wx2zQs (rotate in May)\n'
secrets_exactly notes/pw-after.txt Hx8kd2Lq9vRt Pm4kd9Wx2zQs

mk notes/pw-first.txt $'login lab.sync, pw Tb7kd3Vx8nQw (rotate in May)\nlogin ops7, pass Gk2md8Rz5wPx (rotate)\n'
secrets_exactly notes/pw-first.txt Tb7kd3Vx8nQw Gk2md8Rz5wPx

mk notes/pw-line.txt $'login ops7, pass Nq3kd7Xw2mLs (rotate), then login lab.sync, pw Vc9kd2Hs6tRz (rotate in May)\n'
secrets_exactly notes/pw-line.txt Nq3kd7Xw2mLs Vc9kd2Hs6tRz

# ---- short lines: a token alone at the file's end, two columns -----------
mk notes/lab.txt $'Lab admin password\n        coWIv2VoYkQZ3bxqxm'
generic notes/lab.txt 2 coWIv2VoYkQZ3bxqxm

mk notes/cols.txt $'Door panel\noperator\te33dz124AJrCf8\n'
generic notes/cols.txt 2 e33dz124AJrCf8

mk notes/gap.txt $'Admin password\n\n        dOYdUxJ7gfxuOL\n'
silent notes/gap.txt

finish e2e_speed36
