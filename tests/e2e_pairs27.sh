#!/usr/bin/env bash
# End-to-end tests of wave 27's logins written with no credential's word:
# `user / password` in notes, mail, calendars and chats' exports (the
# file's kind wakes the reader, not a keyword), held to the bar of a
# password no name vouches for; and the `name  password` lines of a file
# named for the logins it lists (passwords.txt, wlan.md, *.password).
# Prose's own ` / ` (and / or, read / write, ratios, versions, code,
# product names, defaults, placeholders) and files of other kinds stay
# quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW1='Tx7qLm2vWz9kRb4N'     # a generator's
PW2='Juniper-Gravel4417?'  # a person's words, number and mark
PW3='hopu7eQ4Zr'           # a generator's, short
PW4='Marigold2281%'

# notes of other apps and lists than the holdouts'
mk notes/Obsidian/Vendors.md "# Vendors

## Kiln controller
* vendor cloud: kilnops / $PW1
* support line 0800 555 0101
"
generic notes/Obsidian/Vendors.md 4 "$PW1"
mk notes/joplin/router.md "Router upstairs
	1. firmware 7.29 installed
	2. webui: n.orsini@studio.lan / $PW2
"
generic notes/joplin/router.md 3 "$PW2"
mk org/ops.org "* Access
- [ ] tape library: backup.op / $PW3
"
generic org/ops.org 2 "$PW3"
mk adoc/handover.adoc "== Night handover
kiosk / $PW4
"
generic adoc/handover.adoc 2 "$PW4"
mk wiki/Access.md "| system | login |
|--------|-------|
| NAS    | nas.admin / $PW1 |
"
generic wiki/Access.md 3 "$PW1"
mk notes/radio.txt "the gateway's web UI (radio.ops / $PW3) is on the VLAN
"
generic notes/radio.txt 1 "$PW3"
# a line a keyword woke too: one finding, not two
mk notes/nas.md "creds: backup / $PW1
"
generic notes/nas.md 1 "$PW1"
# chats: Slack's and Discord's JSON exports, Mattermost's JSONL, an HTML
# export's element, JSON's \/
mk slack-export/ops/2026-03-02.json "[
 {\"type\": \"message\", \"user\": \"U02\", \"text\": \"mqtt-bridge \\/ $PW1 until friday\"}
]
"
generic slack-export/ops/2026-03-02.json 2 "$PW1"
mk discord/chat_export.json "{\"messages\": [{\"content\": \"nas / $PW2 (rotate after the move)\"}]}
"
generic discord/chat_export.json 1 "$PW2"
mk mm/posts.jsonl "{\"message\":\"grafana.ro / $PW3\",\"user_id\":\"x\"}
"
generic mm/posts.jsonl 1 "$PW3"
mk notion/Access.html "<ul><li>door system: facility / $PW4</li></ul>
"
generic notion/Access.html 1 "$PW4"
# mail and calendars
mk mail/onboarding.eml "Subject: your first day
Content-Type: text/plain

Hi Sam, the rota app: sam.k / $PW1
See you Monday.
"
generic mail/onboarding.eml 4 "$PW1"
mk cal/oncall.ics "BEGIN:VEVENT
DESCRIPTION:Weekend on-call. Console user ipmi / $PW2\\nCall the NOC first.
END:VEVENT
"
generic cal/oncall.ics 2 "$PW2"

# files named for the logins they list
mk home/passwords.txt "bank-portal  $PW1
printer / $PW3
"
"$KEYHOUND" scan "$T/home/passwords.txt" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports passwords.txt "$PW1" "$PW3"
mk phone/wlan.md "Office-5G	$PW2   (hidden)
Office-Guest  (captive portal)
Workshop Annex
"
generic phone/wlan.md 1 "$PW2"
mk stream/origin.password "# [user] [password]
relay-east $PW4
"
generic stream/origin.password 2 "$PW4"
mk decoy/logins.txt "Logins live in the vault now.
kiosk  changeme
guest  (ask the desk)
Workshop Annex
printer  printer
"
silent decoy/logins.txt

# decoys: prose's ` / ` and logins no one would defend
mk decoy/notes.md "Use the read / write switch and/or the and / or rule.
- protocols: tcp / udp
- ratio: width / 2, height / 3
- encoding: utf-8 / ISO-8859-1
- licence: gplv2 / LGPLv2.1+
- arch: x86_64 / aarch64
- python3 / Python3.11.4
- windows / Windows11Pro
- build / v2.4.1-rc3
- staging: admin / admin
- demo: user / <password>
- demo: root / changeme
- ci: deployer / \$CI_TOKEN
- amd64 / arm64v8
- see docs / Getting-Started
- buf.length / Uint16Array.BYTES_PER_ELEMENT);
- 12 / 11 / 2026
- keys: ctrl / Cmd+Shift+P
- the demo is down / RESTARTING
- author: jdoe / John Doe
- stack: react / NextJS14Router
console.log(\`Upload \${(rate / 1024).toFixed(2)}KB/s\`);
| proto | tcp / udp |
the mount is (read / write) or (ro / rw2024)
"
silent decoy/notes.md
mk decoy/thread.json "[{\"text\": \"either / orAnother1 of them\"}]
"
silent decoy/thread.json
# not a notes file: code's division is not read
mk decoy/calc.c "int r = width / Tx7qLm2vWz9kRb4N;
"
silent decoy/calc.c
mk decoy/layout.css "a { width: calc(100% / Tx7qLm2vWz9kRb4N); }
"
silent decoy/layout.css

finish e2e_pairs27
