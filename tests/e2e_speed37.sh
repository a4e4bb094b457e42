#!/usr/bin/env bash
# End-to-end tests of wave 37's trigger readers that find a keyword hit's
# line once (speed37): kh_shape_trigger hands every *_named() reader one
# struct kh_hit, whose line start and end are looked for lazily, only as
# far as a reader has asked (NAME_MAX_LEN, 256, 1024, 4096 bytes or the
# whole line), and kept for the readers after it. These hold the line's
# edges: a hit on the file's first line and on its last with no newline,
# CRLF lines, a hit below a line longer than a window, a hit 2,000 bytes
# into its line, a chat export's JSON "text", a login and a Wi-Fi's key in
# prose. None is new (all 21 pass on v0.35.0): a build whose kh_hit never
# finds a line fails 5 of them (the Wi-Fi's key and the logins; the
# others are found by other readers too). A build that ignores the
# windows (the whole line whatever the reader asked) passes all 21: the
# long lines are refused by other bounds too, so the windows rest on the
# byte-identical reports and on a build that aborts where a hit_*()
# look-up differs from the call it replaced (run on every tree). Hard
# negatives: a variable piped, a placeholder in a macro, an empty struct
# tag, a keyword last on a padded line, the Wi-Fi's and the login's words
# 4,200 bytes into a line (no prose line). Every value is generated for
# this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

pad() { printf '%*s' "$1" '' | tr ' ' "${2:-y}"; }

# ---- a command that reads a password on its input (command_named) ---------
mk cmd/first.sh "echo 'Zq8vLm2xPk4rTw9e' | passwd --stdin ops"
generic cmd/first.sh 1 Zq8vLm2xPk4rTw9e

mk cmd/after.sh "# $(pad 1100)"$'\n'"echo 'Wq8vLm2xPk4rTw9e' | passwd --stdin ops"$'\n'
generic cmd/after.sh 2 Wq8vLm2xPk4rTw9e

mk cmd/crlf.sh $'#!/bin/sh\r\necho \'Dq4vLm7xPk2rTw8s\' | passwd --stdin ops\r\n'
generic cmd/crlf.sh 2 Dq4vLm7xPk2rTw8s

mk cmd/var.sh $'echo "$NEW_PASS" | passwd --stdin ops\n'
silent cmd/var.sh

# ---- a login in prose (prose_login_named: 4096 bytes each way) ------------
mk notes/login.txt $'NAS login: opsnight / rfW0LNe6FAY04Fms1\n'
generic notes/login.txt 1 rfW0LNe6FAY04Fms1

mk notes/login-long.txt "$(pad 1100 x), NAS login: opsnight / Rf0WLNe6FAY04Fms1"
generic notes/login-long.txt 1 Rf0WLNe6FAY04Fms1

mk notes/login-below.txt "$(pad 4200 x)"$'\nNAS login: opsnight / Kp3WLNe6FAY04Fmz9\n'
generic notes/login-below.txt 2 Kp3WLNe6FAY04Fmz9

# ---- a Wi-Fi's key and a login in chat (prose_wifi_named,
# prose_login_named: their line within PROSE_LINE_MAX, 4096 bytes) -------
mk chat/export.json $'[\n  {\n    "user": "ana",\n    "text": "the wifi in the new office is +Kestrel4821",\n    "ts": "1"\n  }\n]\n'
found chat/export.json 4 wifipsk-passphrase +Kestrel4821

mk chat/wifi-first.txt 'the wifi in the new office is +Kestrel4822'
found chat/wifi-first.txt 1 wifipsk-passphrase +Kestrel4822

mk chat/wifi-below.txt "$(pad 3000 x)"$'\nthe wifi in the new office is +Kestrel4824\n'
found chat/wifi-below.txt 2 wifipsk-passphrase +Kestrel4824

mk chat/ops.txt $'[2026-11-12 09:46] bruno: admin / *Pq8mango  (please change it!!)\r\n'
found chat/ops.txt 1 generic-password '*Pq8mango'

mk chat/mid.txt $'hi\n'"$(pad 2000 x) bruno: admin / *Pq7mango  (please change it!!)"
found chat/mid.txt 2 generic-password '*Pq7mango'

# (a line longer than PROSE_LINE_MAX is no prose line: the same words
# after 4200 bytes on it stay silent)
mk chat/wifi-long.txt "$(pad 4200 x) the wifi in the new office is +Kestrel4823"
silent chat/wifi-long.txt

mk chat/ops-long.txt "$(pad 4200 x) bruno: admin / *Pq9mango  (please change it!!)"
silent chat/ops-long.txt

# ---- an m4 macro (m4_macro_named: its line within NAME_MAX_LEN back) -------
mk conf/first.m4 'define([DB_PASSWORD], [Hq7rXw2mKp9sLt4v])'
generic conf/first.m4 1 Hq7rXw2mKp9sLt4v

mk conf/second.m4 $'dnl settings\r\ndefine([DB_PASSWORD], [Vx2rHw9mKp3sLt7q])\r\n'
generic conf/second.m4 2 Vx2rHw9mKp3sLt7q

mk conf/placeholder.m4 $'define([DB_PASSWORD], [changeme])\n'
silent conf/placeholder.m4

# ---- a Go struct tag's default (struct_tag_named: 256 bytes on) -----------
mk go/c.go $'type C struct {\n\tPassword string `default:"Mk3vQx8LpZ7wRt2a"`\n}\n'
generic go/c.go 2 Mk3vQx8LpZ7wRt2a

mk go/empty.go $'type C struct {\n\tPassword string `default:""`\n}\n'
silent go/empty.go

# ---- a CSV's pass column (csv_pass_named: 1024 bytes on) ------------------
mk rows/hosts.csv $'host,user,pass\nnas01,ops,Tb7kd3Vx8nQwPq2\n'
found rows/hosts.csv 2 generic-password Tb7kd3Vx8nQwPq2

# ---- a keyword last on a padded line, nothing after it ---------------------
mk pad/end.txt "$(pad 5000 z) password"
silent pad/end.txt

finish e2e_speed37
