#!/usr/bin/env bash
# End-to-end tests of wave 30's notes readers (prose30): logins and keys
# notes, chat exports, mail and comments give with no password's word
# beside the value — a user line (`user: x`, `login x`, `account: x`) over
# its password alone on the next line; a label whose last word is admin
# ("..., local admin:") over the user and the password; a login after a
# label and ':' that says login, kiosk or NAS ("the NAS: admin v"); a
# network's bare key after an aside naming its SSID; a token or secret of
# 10 to 15 letters and digits a verb gives in a sentence or a comment
# ("the app token is v -- ask IT"); an aside among a sentence's
# qualifiers ("the API key for the feed (OAG) is v"); a plain login in two
# columns in a comment of a file of users' hashes (mosquitto's passwd,
# .htpasswd). Each with its hard negatives: placeholders, defaults, the
# user again, words, paths, hashes, names of code, sentences.
. "$(dirname "$0")/lib.sh"

# ---- a user line over its password alone -----------------------------------
mk notes/handover.md '# Night handover, Thursday

- Label printer in bay 4 reset again
- user: dockops
  wubefoki38Qa
- login ops-lab
  Teqomuda71Xe
- account: lab7x
  Zimavexo64Pu
* username: scale.op
  Lq8#vTe2Wm5!
- user: www-data
  /var/www/html
- user: nobody
  nobody
- login root
  changeme
- user: ci-bot
  see vault
- user: deploy
  <password>
- user: build
  xxxxxxxxxxxx
- user: backup
  ${BACKUP_PASS}
- user: sync
  2026-11-28
'
scan_report notes/handover.md
holds_once 5 wubefoki38Qa
holds_once 7 Teqomuda71Xe
holds_once 9 Zimavexo64Pu
holds_once 11 'Lq8#vTe2Wm5!'
holds_none /var/www/html
holds_none nobody
holds_none changeme
holds_none '<password>'
holds_none xxxxxxxxxxxx
holds_none '${BACKUP_PASS}'
holds_none 2026-11-28
holds_count 4

mk notes/router.org '* Branch router
  user: netops
  Vadequro52Si
* Switch
  login: sw-admin
  Hepolavu19Ka
* Wiki
  user: reader
  Documentation
'
scan_report notes/router.org
holds_once 3 Vadequro52Si
holds_once 6 Hepolavu19Ka
holds_none Documentation
holds_count 2

mk docs/kiosk.rst 'Kiosk setup
===========

The kiosk signs in by itself.

user: kiosk-east
    Nolibafu82Qe

user: kiosk-west
    kiosk-west
'
scan_report docs/kiosk.rst
holds_once 7 Nolibafu82Qe
holds_none kiosk-west
holds_count 1

# ---- a label whose last word is admin --------------------------------------
mk notes/laptops.txt 'Shift notes 02/12

- Spare laptops for the night crew, local admin:
  crew-adm
  sobitaku29Ne
- Door controller administrator:
  doorctl
  Rafemoxu47Li
- Contact the admin:
  alice
  bob
- Server admin:
  root
  password
- Build farm admin:
  farm
  TBD
'
scan_report notes/laptops.txt
holds_once 5 sobitaku29Ne
holds_once 8 Rafemoxu47Li
holds_none bob
holds_none password
holds_none TBD
holds_count 2

# ---- a login after a label that says so and a ':' ---------------------------
mk chat/teams-export.json '[
{"from": "Rui", "ts": "2026-03-04T06:15:30Z", "body": "also the NAS: admin MeadowLark#482"},
{"from": "Rui", "ts": "2026-03-04T06:16:00Z", "body": "kiosk login: lobby4 Qp7Rw2Xz9Lk4, rotate it monday"},
{"from": "Rui", "ts": "2026-03-04T06:17:00Z", "body": "the NAS: admin is rebooting now"},
{"from": "Rui", "ts": "2026-03-04T06:18:00Z", "body": "login: admin admin"},
{"from": "Rui", "ts": "2026-03-04T06:19:00Z", "body": "account: root (disabled)"},
{"from": "Rui", "ts": "2026-03-04T06:20:00Z", "body": "the NAS: admin changeme"},
{"from": "Rui", "ts": "2026-03-04T06:21:00Z", "body": "kiosk login: lobby4 see the wiki"},
{"from": "Rui", "ts": "2026-03-04T06:22:00Z", "body": "the printer: admin Qp7Rw2Xz9Lk4x"}
]
'
scan_report chat/teams-export.json
holds_once 2 'MeadowLark#482'
holds_once 3 Qp7Rw2Xz9Lk4
holds_none admin
holds_none changeme
holds_none Qp7Rw2Xz9Lk4x
holds_count 2

mk chat/mm-ops.jsonl '{"type":"post","user":"dk","channel":"ops","message":"the staging console account: opsbot Zq4#Wm8pLx2!"}
{"type":"post","user":"dk","channel":"ops","message":"console account: opsbot has been locked"}
{"type":"post","user":"dk","channel":"ops","message":"creds: ops TCP / UDP both open"}
'
scan_report chat/mm-ops.jsonl
holds_once 1 'Zq4#Wm8pLx2!'
holds_count 1

mk chat/signal-export.txt '[2026-12-01 08:12] Kim: vpn login: k.ito Brass!Otter5521
[2026-12-01 08:13] Kim: the kiosk: operator Brass!Otter5521x
[2026-12-01 08:14] Kim: read / write on the share for everyone
[2026-12-01 08:15] Kim: logon: jdoe 2026 / 11
'
scan_report chat/signal-export.txt
holds_once 1 'Brass!Otter5521'
holds_once 2 'Brass!Otter5521x'
holds_count 2

mk notes/plant.md 'Compressor PLC, maintenance login: maint-7 Kiln#Orchid2290
Historian account: hist_ro Ferry!Basil3381 (read only)
Screen saver login: kiosk Plover2033
Screen saver login: kiosk plover
Account: service_ro see the password manager
'
scan_report notes/plant.md
holds_once 1 'Kiln#Orchid2290'
holds_once 2 'Ferry!Basil3381'
holds_once 3 Plover2033
holds_none plover
holds_count 3

# ---- a network's bare key after an aside naming its SSID --------------------
mk notes/events.txt 'Expo week

- Wi-Fi for the pop-up stands (SSID EXPO-HALL-4): quarry-lantern-otter-mint
- WLAN for the lab (SSID LAB-5G): Tz8#qWv2mK9!
- Wi-Fi for guests (SSID GUEST-OPEN): ask reception
- Wi-Fi for the cafe (SSID CAFE-2): password
- Wi-Fi for the stage (SSID STAGE): <wifi key>
- Wi-Fi for the hall (SSID HALL-1): see poster.
- Wi-Fi for the crew (no SSID yet): tbd
'
scan_report notes/events.txt
holds_once 3 quarry-lantern-otter-mint
holds_once 4 'Tz8#qWv2mK9!'
holds_none password
holds_none '<wifi key>'
holds_none tbd
holds_count 2

mk mail/welcome.eml 'From: "Office" <office@corp.example>
To: new.starter@corp.example
Subject: Welcome pack

Wi-Fi for the second floor (SSID CORP-F2): granite-willow-ferry-cobalt.
Wi-Fi for visitors (SSID CORP-VISIT): printed at reception
'
scan_report mail/welcome.eml
holds_once 5 granite-willow-ferry-cobalt
holds_count 1

# ---- an aside among a sentence's qualifiers ---------------------------------
mk mail/feeds.eml 'From: "Vendor" <noreply@vendor.example>
To: it@corp.example
Subject: RE: feed access

The API key for the freight tracker (DHL) is 3c9a71e0b5d24f86a1c7e9b03d5f28a4.
The access token for the map tiles (staging) is Hk8mQ2xZ7pW4rT9vL3.
The password for the vendor portal (read-only) is Cobalt!Tern5520.
The API key for the tracker (old) has been revoked.
The API key for the tracker (see vault) is in the vault.
The checksum of the feed file (MD5) is 9e107d9d372bb6826bd81d3542a419d6.
'
scan_report mail/feeds.eml
holds_once 5 3c9a71e0b5d24f86a1c7e9b03d5f28a4
holds_once 6 Hk8mQ2xZ7pW4rT9vL3
holds_once 7 'Cobalt!Tern5520'
holds_none 9e107d9d372bb6826bd81d3542a419d6
holds_count 3

mk notes/tickets.md '* The API key of the rain feed (Met Office) is `Wr7pQ2mZ9xK4tN8v`.
* The API key of the rain feed (see the hash) is d41d8cd98f00b204e9800998ecf8427e-
* The token for the bot (prod) is the one in the safe.
'
scan_report notes/tickets.md
holds_once 1 Wr7pQ2mZ9xK4tN8v
holds_count 1

# ---- a short token or secret a verb gives, in comments of eight languages ---
mk src/kiosk.js '// until the secrets store is wired, the app token is Bq7TxN2mWp4Rz9K -- ask IT
// the token is stored in Vault
// the session token is Uint8Array16 in the buffer
const x = 1;
'
scan_report src/kiosk.js
holds_once 1 Bq7TxN2mWp4Rz9K
holds_none Uint8Array16
holds_count 1

mk src/radius.py '# the client secret is HarbourFinch482 -- do not paste it anywhere
# the client secret is ${CLIENT_SECRET}
# the secret is RotateMonthly
x = 1
'
scan_report src/radius.py
holds_once 1 HarbourFinch482
holds_count 1

mk src/hook.go 'package hook

// the webhook secret is Lz8KqW3nTx5Pm2R until the vault path exists
// the token is TOKEN_TYPE_2
var n = 1
'
scan_report src/hook.go
holds_once 3 Lz8KqW3nTx5Pm2R
holds_none TOKEN_TYPE_2
holds_count 1

mk src/relay.rs '// the API token was rotated to Mw4Tq9ZxK2pLn7B -- tell the vendor
// the token is ArrayBuffer64 sized
fn main() {}
'
scan_report src/relay.rs
holds_once 1 Mw4Tq9ZxK2pLn7B
holds_none ArrayBuffer64
holds_count 1

mk src/sync.rb '# the API key is Yp6Vn3QtR8wKm2X for now
# the secret is Windows1252 encoded
x = 1
'
scan_report src/sync.rb
holds_once 1 Yp6Vn3QtR8wKm2X
holds_none Windows1252
holds_count 1

mk db/report.sql '-- the access token is now Rk5Zp8WqT3nLx6M (ask DBA)
-- the token is xxxxxxxxxxxxxxx
SELECT 1;
'
scan_report db/report.sql
holds_once 1 Rk5Zp8WqT3nLx6M
holds_none xxxxxxxxxxxxxxx
holds_count 1

mk game/net.lua '-- the shared secret is Tn2Wq7KpZ4xMr9B, move it to the config
-- the secret is TextDecoder16 wide
local x = 1
'
scan_report game/net.lua
holds_once 1 Tn2Wq7KpZ4xMr9B
holds_none TextDecoder16
holds_count 1

mk ops/deploy.sh '#!/bin/sh
# the access key is Gh3Kp9TzW6qNx2V -- renew in March
# the access key is <your-access-key>
echo ok
'
scan_report ops/deploy.sh
holds_once 2 Gh3Kp9TzW6qNx2V
holds_none '<your-access-key>'
holds_count 1

mk src/app.c '/* the app secret is Fq8Lm2XtW5pKz7N until build 12 */
/* the secret is HmacSha256Key */
int x;
'
scan_report src/app.c
holds_once 1 Fq8Lm2XtW5pKz7N
holds_none HmacSha256Key
holds_count 1

mk test/fixtures/kiosk_test.js '// the app token is Bq7TxN2mWp4Rz9Q in this fixture
const y = 2;
'
scan_report test/fixtures/kiosk_test.js
check "$CUR: a fixture's token is reported at most as test context" \
	jq -e '[.[] | select(.secret == "Bq7TxN2mWp4Rz9Q")] | all(.context == "test")' "$T/out"

# ---- a plain login in a comment of a file of users' hashes -------------------
mk broker/mosquitto.passwd '# made with mosquitto_passwd; hashes only
sensor-a:$7$101$AbCdEfGhIjKlMnOp$QrStUvWxYz0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01==
# plain copy, remove after go-live:
# flowbridge  Plover7Granite!
# user  password
# admin  changeme
# bob  $apr1$r31.....$HqJZimcKQFAMYayBlzkrA/
# see the wiki for the other accounts
'
scan_report broker/mosquitto.passwd
holds_once 4 'Plover7Granite!'
holds_none password
holds_none changeme
holds_count 1

mk web/.htpasswd "$(printf '# webadmin\tQuill7Marsh!x\nwebadmin:$apr1$Zk9.....$5kV2nB6fJq1Yc7rL0pW3s.\n# read / write\n')"
scan_report web/.htpasswd
holds_once 1 'Quill7Marsh!x'
holds_count 1

mk etc/passwd 'root:x:0:0:root:/root:/bin/bash
# nodered  Kestrel5Lantern#
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
'
scan_report etc/passwd
holds_count 0

# ---- more chat exports, comments and networks --------------------------------
mk chat/slack-export/ops/2026-12-01.json '[
  {
    "client_msg_id": "a1", "type": "message",
    "text": "fyi the kiosk: operator Vh3#Lp8qZx2W",
    "user": "U01", "ts": "1733040000.000100"
  },
  {
    "client_msg_id": "a2", "type": "message",
    "text": "NAS: admin Tq9!Wz4Lm7Kp, the old one is gone",
    "user": "U02", "ts": "1733040060.000200", "thread_ts": "1733040000.000100"
  },
  {"text": "the NAS: admin \/ see the wiki", "user": "U01"},
  {"user": "U03", "text": "kiosk: admin ADMIN"},
  {"subtype": "bot_message", "text": "kiosk: admin P@ssw0rd"},
  {"text": "login: deploy ${DEPLOY_PASSWORD}", "reactions": []}
]
'
scan_report chat/slack-export/ops/2026-12-01.json
holds_once 4 'Vh3#Lp8qZx2W'
holds_once 9 'Tq9!Wz4Lm7Kp'
holds_none ADMIN
holds_none 'P@ssw0rd'
holds_none '${DEPLOY_PASSWORD}'
holds_count 2

mk notes/warehouse.adoc '= Warehouse scanners

* WLAN for the scanners (SSID WH-SCAN, WPA2): Rq8!Tz3Lw6Mx
* Wi-Fi for the office (SSID WH-OFFICE): `Fn5#Kq2Wz8Lp`
* Wi-Fi for the yard (SSID WH-YARD): WH-YARD
'
scan_report notes/warehouse.adoc
holds_once 3 'Rq8!Tz3Lw6Mx'
holds_once 4 'Fn5#Kq2Wz8Lp'
holds_none WH-YARD
holds_count 2

mk src/Billing.java 'class Billing {
    // the api token is Jx4Qm8Wz2Rt6Lp9 while the vault is down
    // the token is Base64Encoder2 style
}
'
scan_report src/Billing.java
holds_once 2 Jx4Qm8Wz2Rt6Lp9
holds_count 1

mk src/Feed.kt '// the client secret is SilverHeron5521 -- ask the vendor for a new one
// the secret is JsonObject32
fun main() {}
'
scan_report src/Feed.kt
holds_once 1 SilverHeron5521
holds_none JsonObject32
holds_count 1

mk web/index.php '<?php
// the app secret is Wp7Kz2Qx9Lm4Rt8 until the env is set
# the secret is SomeSecret
echo 1;
'
scan_report web/index.php
holds_once 2 Wp7Kz2Qx9Lm4Rt8
holds_count 1

mk src/Mailer.cs '// the smtp token is Vn3Kx8Qp2Wz7Lm4 (temporary)
// the token is CancellationToken1
class M {}
'
scan_report src/Mailer.cs
holds_once 1 Vn3Kx8Qp2Wz7Lm4
holds_none CancellationToken1
holds_count 1

mk src/Main.hs '-- the bot token is Hq6Wz3Lp9Kx2Rm5 for the test guild
main = pure ()
'
scan_report src/Main.hs
holds_once 1 Hq6Wz3Lp9Kx2Rm5
holds_count 1

mk deploy/values.yaml '# the webhook token is Zk4Rp8Wq2Lx6Mn3, rotate after the launch
replicas: 2
# the token is valid for 24 hours
'
scan_report deploy/values.yaml
holds_once 1 Zk4Rp8Wq2Lx6Mn3
holds_count 1

mk notes/lab.txt 'Lab bench PCs
user: bench
  admin123
user: scope
  Scope2024
user: logger
  Tq7#Wm2Lx9Kp
'
scan_report notes/lab.txt
holds_none admin123
holds_once 7 'Tq7#Wm2Lx9Kp'

mk notes/handover-2026-12-02.txt 'Handover 02/12 day -> night

- creds for the badge printer:
  badgeadm
  Ropikuve37Qa
- Gate kiosk autologon: gatek Wm4!Zq8Tx2Lp
- Dock login: dock1 dock1
- Spare tablet login: tab9 Spring2026
- Spare phone login: ph2 spring
- account: temp_ops
  Pw: see the envelope
'
scan_report notes/handover-2026-12-02.txt
holds_once 5 Ropikuve37Qa
holds_once 6 'Wm4!Zq8Tx2Lp'
holds_none dock1
holds_once 8 Spring2026
holds_none spring
holds_count 3

# ---- bold closes at two marks: a '*' alone inside is the value's -------------
mk notes/hmi.md '# HMI notes

The HMI service account is `hmisvc`. Password (set by the installer at handover,
  changed by us 2025): **Hq4*Zm8)Wt2!Lp**
- The backup password is **Rx7*Kp2Lm9Qz** for now.
- the password is **not** the staging one
- the password is **TBD** until go-live
'
scan_report notes/hmi.md
holds_once 4 'Hq4*Zm8)Wt2!Lp'
holds_once 5 'Rx7*Kp2Lm9Qz'
holds_none not
holds_none TBD
holds_count 2

# ---- prose about credentials without one ------------------------------------
mk notes/policy.md 'The password is stored in Vault.
The password is the same as staging.
The key is rotated monthly.
Login as admin / see the wiki.
Use user / group ownership for the share.
Read / write access for ops.
The build (2026 / 11) shipped.
Upgrade from 4.2 / 4.3 first.
The admin / admin default must be changed.
user: root
  group: wheel
The API key is in 1Password.
The token hash is 5f4dcc3b5aa765d61d8327deb882cf99.
The id of the API key is 7c1b2a90Qf554f2e9c1d3e8b5a6f0d21.
The SHA-256 fingerprint of the token is Zq8Rk2Lm5Wx9Tn4Vb7Pc.
The bot token (hashed) is Yt6Wq2Ln8Kx4Rm9Zp3Vb.
'
scan_report notes/policy.md
holds_count 0

mk notes/howto.txt 'To log in, type your user and then your password:
login: <user>
<password>
account: your-name
YourPassword1
'
scan_report notes/howto.txt
holds_count 0

[ -n "${KEEP:-}" ] && cp -r "$T" "$KEEP"
finish "e2e_prose30"
