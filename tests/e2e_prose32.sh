#!/usr/bin/env bash
# End-to-end tests of wave 32's notes readers (prose32): a password a
# sentence hands over as "the new one" later on its line ("admin pw
# changed today, new one: v"); an administrator's account a device "uses"
# with a password ("the PDU uses admin with v"); ", pass v" after the
# login a sentence names by its noun ("uses the same email, pass v"); a
# router's "enable secret is v" judged as a password; an Oracle logon in a
# Markdown code span (`sqlplus u/v@DB`); a `user / password` login alone
# on its line, element, chat message or label, whose password has a
# person's shape (a season and its year, Capitalized words and a number,
# a word, a number and a mark, a passphrase). Each with its hard
# negatives: words, products and versions after a slash, sentences that
# go on, hashes, placeholders, a config's hashed secret.
. "$(dirname "$0")/lib.sh"

# ---- "the new one" on the password's line ----------------------------------
mk notes/handover.md '# Handover

* Firewall (FortiGate) admin pw rotated this morning, new one: Tz7qWm3KxR9vLp2N
* the password in the cron job is the old one, the new one from the vendor portal is Gh4sPq8ZrT2wXc6V , not deployed yet.
* the password policy changed, the new one is stricter
* pw reset done, new one: see the vault
* password rotated, the new one is in 1Password
'
scan_report notes/handover.md
holds_once 3 Tz7qWm3KxR9vLp2N
holds_once 4 Gh4sPq8ZrT2wXc6V
holds_count 2

# ---- a device's console that uses an administrator's account -------------------
mk notes/runbook.md '# Runbook

1. The PDU web page (10.2.3.4) uses admin with Rq7TzW2mXk.
2. The backup script uses admin with sudo rights.
3. The kiosk uses root with care.
4. The importer uses admin with Python3 scripts.
'
scan_report notes/runbook.md
holds_once 3 Rq7TzW2mXk
holds_count 1

# ---- ", pass v" after the login named by its noun ----------------------------
mk notes/desk.txt 'picture desk notes

Stock library upload uses the same email, pass Vn3kQz8TwR5mXp2L (ask Dana).
Wire archive uses the same login, pass harbour-quill-meadow-anchor (set in May).
Use the same email, pass it on to the desk.
Same login, pass the ticket to L2.
'
scan_report notes/desk.txt
holds_once 3 Vn3kQz8TwR5mXp2L
holds_once 4 harbour-quill-meadow-anchor
holds_count 2

# ---- a router's enable secret ----------------------------------------------
mk notes/switches.md '# Core switches

* Core switch enable secret is qz7mw4kt9xrb; the type 9 hash is not.
* The enable secret is stored hashed.
* The enable secret is `<your-secret>`.
'
scan_report notes/switches.md
holds_once 3 qz7mw4kt9xrb
holds_count 1
mk cfg/core-sw1.cfg 'hostname core-sw1
enable secret 9 $9$S4u7wobnFDHo$XkFEIk9bVZUPhpxQGwEgT6Ru5d19
'
silent cfg/core-sw1.cfg

# ---- an Oracle logon in a code span ----------------------------------------
mk notes/oracle.md '# Plate queue

2. Reload the queue: `sqlplus loader/Pw4nTz8QxR2k@STAGE`
3. Connect as `sqlplus scott/tiger@orcl` to test.
4. Or `sqlplus $DB_USER/$DB_PASS@STAGE` from the job.
'
scan_report notes/oracle.md
holds_once 3 Pw4nTz8QxR2k
holds_count 1

# ---- an account "with" words and a number; a secret listed after a user ----
mk tickets/servicedesk-export.csv 'id,opened,summary,body
7311,2026-11-02,"RADIUS","Issued RADIUS account temp_lab14 with kestrel_marsh_4721, expires Friday."
7312,2026-11-02,"RADIUS","Issued RADIUS account temp_lab15 with replica_kelp_007, expires Friday."
7313,2026-11-03,"PBX","AMI for the wallboard: user `wallboard`, secret `FERRY4417lantern`."
7314,2026-11-03,"PBX","AMI for the kiosk: user `kiosk`, secret `see the vault`."
'
scan_report tickets/servicedesk-export.csv
holds_once 2 kestrel_marsh_4721
holds_once 4 FERRY4417lantern
holds_count 2

# ---- a login alone ---------------------------------------------------------
mk notes/night.txt 'Night shift notes

Alarm panel, front desk:
    deskops / Autumn2027!lark
- door portal: front.desk / Willow-Granary2291!
The edit suite iMac is suite / amber-cobalt-thistle-ferry. Change it soon.
'
scan_report notes/night.txt
holds_once 4 Autumn2027!lark
holds_once 5 Willow-Granary2291!
holds_once 6 amber-cobalt-thistle-ferry
holds_count 3
mk chat/export.html '<div class="msg"><p>stageops / HarborLanternQuill4</p></div>
<div class="msg"><p>input / Output2</p></div>
'
scan_report chat/export.html
holds_once 1 HarborLanternQuill4
holds_count 1
mk chat/ops-channel.jsonl '{"ts":"1762521044.000200","user":"U01","text":"kh-lab / MarbleOtter517"}
{"ts":"1762521045.000200","user":"U01","text":"sha256 / 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}
'
scan_report chat/ops-channel.jsonl
holds_once 1 MarbleOtter517
holds_count 1
# products, versions, units and digests after a slash in notes
mk notes/platforms.txt 'Platforms
    rx / tx
    read / ReadWrite2048
    sha256 / 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
- ratio: width / height2x
- units: bytes / Kilobytes1024
    linux / Windows10
  gcc / clang-format-15
  cpu / Cortex-A53
  ipv4 / IPv6-only
  db / PostgreSQL15
  arch / x86_64+avx2
'
silent notes/platforms.txt

# ---- a config's password closed by '_' after its number -------------------
mk etc/odbc.ini '[Circulation]
Driver = PostgreSQL Unicode
Username = circ
Password = Sheep2022_

[Archive]
Username = arch
Password = password_
'
scan_report etc/odbc.ini
holds_once 4 Sheep2022_
holds_count 1
mk src/login.cc 'void Login::reset() {
  password = password_;
  passwd = m_pass_;
}
'
silent src/login.cc

[ -n "${KEEP:-}" ] && cp -r "$T" "$KEEP"
finish "e2e_prose32"
