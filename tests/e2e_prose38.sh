#!/usr/bin/env bash
# End-to-end tests of wave 38's prose readers (prose38): passwords people
# write in runbooks, tickets, chat exports, letters and comments. A dead
# word in an aside after another value in marks is that value's ("X (the
# vendor default `admin` no longer works)"); an account's noun right before
# a login ("the print-server account `lbl-x` / V"); a sentence wrapped
# right after the password's or a Wi-Fi key's word, the value opening the
# next line; a login alone (or "it's V") answering a chat message, maybe
# lines above in a pretty-printed export, that asks for a login or a
# password; an operator's login whose generated password has no digit; a
# sentence's login in a comment of a file of users' hashes (.htpasswd);
# LaTeX's \texttt{V} below a sentence; an RTF letter's login. Hard
# negatives: values that are dead themselves, prose about passwords with no
# value, words and versions on a wrapped line, user / group and read /
# write pairs, TCP / UDP, fractions and dates, commits in chat, questions
# about builds, commands in \texttt. Every value is generated for this
# suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- a dead word that belongs to another value ---------------------------
mk ops/RUNBOOK.md '# Vent controller

## Restarting
SSH as `ops` and run `sudo systemctl restart ventd`. If the controller asks for the
maintenance password, it is Heron4471@ (the vendor default `admin` no
longer works since the audit).
'
once ops/RUNBOOK.md 5 'Heron4471@'

mk notes/boiler.txt 'The boiler panel password is fhZ9OOkWgzRUju (the factory "service" login no longer works).
'
once notes/boiler.txt 1 fhZ9OOkWgzRUju

mk mail/handover.eml 'From: ops@example.invalid
To: night@example.invalid
Subject: dosing pump

The dosing pump password is Quarry-7Lantern! (the default `1234` is deactivated).
'
once mail/handover.eml 5 'Quarry-7Lantern!'

# (the value itself is dead: its own words stay its own)
mk ops/dead1.md 'The old maintenance password Heron9902@ no longer works.
'
silent ops/dead1.md
mk ops/dead2.md 'The maintenance password is Heron5517@ (no longer works since the audit).
'
silent ops/dead2.md
mk ops/dead3.md 'The maintenance password was DFI9PxG1JIq1ZV (revoked, the new `vault` entry holds it).
'
silent ops/dead3.md

# ---- an account's noun before a login ------------------------------------
mk tickets/IT-5120.md '# IT-5120: label printer offline

Steps taken: re-entered the print-server account `lbl-dock2` / birch-copper-73.
Printer online again.
'
once tickets/IT-5120.md 3 birch-copper-73

mk notes/kiosk.txt 'Reset the lobby kiosk login kiosk-07 / walnut-quartz-29 before the event.
'
once notes/kiosk.txt 1 walnut-quartz-29

mk notes/pairs.md 'Each account has a user / group pair and read / write access.
Use TCP / UDP and/or the fallback; it fails 1 / 2 of the time.
The account `svc-x` / 12/02/2026 was created then.
The account ops / Security2 tab lists it.
See the login page / Dashboard for the account `svc-y` / TBD entry.
'
silent notes/pairs.md

# ---- a sentence wrapped after the password's or the key's word -----------
mk tickets/IT-5121.md 'Steps taken: reset the printer to factory defaults, re-entered the Wi-Fi key
cedar-falcon-58 and checked the uplink.
'
once tickets/IT-5121.md 2 cedar-falcon-58

mk notes/ups.txt 'After the swap I set the UPS card admin password
SjD5t28GCxg2B7 and wrote it on the card.
'
once notes/ups.txt 2 SjD5t28GCxg2B7

mk notes/steps.md '- reset the printer, then re-entered the guest password
  ember-falcon-47 and rebooted it.
'
once notes/steps.md 2 ember-falcon-47
mk notes/comment-wrap.txt '# one line: the repository password
Vq8rTz3LwP2kXn5mRb7c
second line
'
silent notes/comment-wrap.txt

mk docs/wrapped-decoys.md '# Notes

Users must change their password
SHA256 hashes are stored, never the plain text.

Enter the Wi-Fi key
printed on the router label.

The admin resets the password
2FA codes are sent by SMS.

Use the password
Windows10 prompts for at first login.

Configure the Wi-Fi key
UTF-8 encoded in the profile.

The old password
walnut-sparrow-44 no longer works.
'
silent docs/wrapped-decoys.md

# ---- a chat's answer to a question for a login or a password -------------
mk chat/slack-export/ops/2026-11-02.json '[
 {
  "type": "message",
  "user": "U01AAAA11",
  "text": "anyone has the nvr admin pw?",
  "ts": "1762070000.000100"
 },
 {
  "type": "message",
  "user": "U01BBBB22",
  "text": "it'"'"'s Osprey#Dune58 (dont tell sec)",
  "ts": "1762070060.000200"
 }
]
'
once chat/slack-export/ops/2026-11-02.json 11 'Osprey#Dune58'

mk chat/ops-channel.jsonl '{"ts":"1762521001.000100","user":"U013ALX","text":"anyone have the cold-store portal login?"}
{"ts":"1762521044.000200","user":"U013PRI","text":"cs-ops / 854cb9acce961bc8a19f"}
{"ts":"1762521090.000300","user":"U013ALX","text":"who has the controller login for site 2?"}
{"ts":"1762521120.000400","user":"U013PRI","text":"unifi / 19cae4e85c5b17016725a405ed64f960 (dont paste this elsewhere)"}
'
once chat/ops-channel.jsonl 2 854cb9acce961bc8a19f
once chat/ops-channel.jsonl 4 19cae4e85c5b17016725a405ed64f960

mk chat/matrix-export.html '<div class="mx_EventTile"><span class="mx_Sender">m.ott</span>
<p>anyone know the password for the groomer tracker?</p></div>
<div class="mx_EventTile"><span class="mx_Sender">t.kuhn</span>
<p>pistenbully / ravoku7mE</p></div>
'
once chat/matrix-export.html 4 ravoku7mE

mk chat/whatsapp.txt '[12/02/2026, 22:17:11] Dean: and the login for the scada pc please
[12/02/2026, 22:18:02] Sian: operator  PwrKLMqz=Rt)vBNcQxYTdHaJ
'
once chat/whatsapp.txt 2 'PwrKLMqz=Rt)vBNcQxYTdHaJ'

# (commits, builds and questions about them stay quiet)
mk chat/dev-export.jsonl '{"ts":"1","user":"U1","text":"which branch has the fix?"}
{"ts":"2","user":"U2","text":"main / 1a4a27e15b7d8f54edf0"}
{"ts":"3","user":"U1","text":"what commit is the build at?"}
{"ts":"4","user":"U2","text":"release / 81510354fe8122d5e922"}
{"ts":"5","user":"U1","text":"fixed in 09a1f741c, see the login page"}
{"ts":"6","user":"U2","text":"cs-ops / b2a94808c22e0f677857"}
'
silent chat/dev-export.jsonl
mk chat/ops2.txt '[12/02/2026, 22:17:11] Dean: whats the new layout called
[12/02/2026, 22:18:02] Sian: operator  ThisIsCamelCaseLayout
[12/02/2026, 22:18:09] Sian: admin  /usr/share/Layout=Big)Map
'
silent chat/ops2.txt

# ---- a login in a sentence in a file of users' hashes ---------------------
mk web/kiosk/.htpasswd 'kiosk:$apr1$Xq1zZ9aa$0123456789abcdefABCDEF
# tmp for the gate 3 kiosk until IT fixes LDAP: kiosk3 / Winter2027@Quay
'
once web/kiosk/.htpasswd 2 'Winter2027@Quay'
mk web/admin/.htpasswd 'admin:$apr1$Zz0aBc1d$abcdefABCDEF0123456789
# made with htpasswd 2.4 / apr1, see LDAP: users / groups
'
silent web/admin/.htpasswd

# ---- "the <kind> one is `V`", a '.' before an aside, saved logins' rows ----
mk ops/gate-runbook.md '1. Check the gate controller: `ssh gates@gw.example.invalid` (password in the vault; in an emergency the break-glass one is `Qm4!vTz8-RpLw`).
2. The spare one is fine for the badge printer (password in 1Password; the old one is `Hx7!pLq2-ZwNe`).
'
once ops/gate-runbook.md 1 'Qm4!vTz8-RpLw'
scan_check "ops/gate-runbook.md: no old one" ops/gate-runbook.md \
	'[.[] | select(.secret == $s)] | length == 0' --arg s 'Hx7!pLq2-ZwNe'

mk mail/welcome.eml 'From: it@example.invalid
To: new@example.invalid
Subject: welcome

Roster app login: your e-mail, first password Wq3vNa8kTe!z. (change it on first login).
'
once mail/welcome.eml 5 'Wq3vNa8kTe!z.'
mk notes/cms.txt 'Temp password for the CMS: Harrier2093. (he must change it)
'
once notes/cms.txt 1 'Harrier2093.'

mk tickets/offboarding.txt 'Ticket 5130: offboarding R. (seasonal IT)
- his saved logins exported from the browser before wiping:
  https://admin.cams.example.invalid  r.dunn   4NGOmVaTCp0DLC
  https://portal.gates.example.invalid   rdunn    hQ2!tLsw=Km9-Z
'
once tickets/offboarding.txt 3 4NGOmVaTCp0DLC
once tickets/offboarding.txt 4 'hQ2!tLsw=Km9-Z'
mk docs/endpoints.md 'Endpoints:
  https://api.example.invalid/v2  GET     200
  https://api.example.invalid/v3  status  healthy
  https://docs.example.invalid    admin   Version2024
  https://git.example.invalid     deploy  1a338b541fd9c92510a0
'
silent docs/endpoints.md

# ---- LaTeX and RTF letters ------------------------------------------------
mk docs/dr.tex '\section{Restore}
Fetch the base backup with \texttt{barman-cloud-restore}. The backup encryption passphrase is
\texttt{MARSH^417tide} (sealed envelope copy in the safe).
'
once docs/dr.tex 3 'MARSH^417tide'
mk docs/dr2.tex '\section{Restore}
The backup encryption passphrase is
\texttt{\$BACKUP\_PASSPHRASE} from the vault; run
\texttt{barman-cloud-restore} then.
'
silent docs/dr2.tex

mk letters/onboarding.rtf '{\rtf1\ansi\deff0 {\fonttbl {\f0 Calibri;}}
\f0\fs22 Dear Sam,\par
Welcome to the crew. Your Wi-Fi login is\par
\b sam.freelance\b0  / \b Gallery2291!\b0 .\par
}
'
flush_scans
scan_report letters/onboarding.rtf
holds_once 3 'Gallery2291!'
mk letters/rights.rtf '{\rtf1\ansi
Your access is \b read\b0  / \b write\b0  on the share, 1 / 2 of the days.\par
}
'
scan_report letters/rights.rtf
holds_count 0

finish "e2e_prose38"
