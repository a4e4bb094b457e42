#!/usr/bin/env bash
# End-to-end tests of wave 30's lead fixes to the notes readers and the
# judge of dead values (leadprose), after holdout31: a credential noun
# that leads its line with whose it is and a verb ("token for the X feed
# is v", a notebook's Markdown cell); "secret key" a key's kind; a chat's
# login with no ',' between user and password ("user U pass v"); a
# network's key after its word and "is" ("the dock wifi is still v"); a
# password below "..., new one:"; a password in marks offered instead
# of where it is kept ("password in the vault, or `v`"); "the admin
# account is U with v"; dead
# values: deleted, expired or disabled after an old value, "no longer
# accepted" in an aside, a rotation table's status cell. Each with its
# hard negatives: placeholders, paths, words, a line that gives no value,
# a network's name or a uuid after "the wifi is",
# a live value beside a dead word about something else.
. "$(dirname "$0")/lib.sh"

# ---- a noun that leads its line: whose it is, then a verb -------------------
mk notes/feeds.org '* Feeds
Secret for the tide gauge export is Wq3nZr8TbL5xKm2VpYd7Hc4J
Token for the pollen api is in the vault
Token for the pollen api is <token>
token: see the wiki
'
scan_report notes/feeds.org
holds_once 2 Wq3nZr8TbL5xKm2VpYd7Hc4J
holds_count 1

mk notes/pollen.rst 'Pollen feed
===========

Token for the pollen api is 4e1a9c07b3d25f86a0c4e7b19d3f2a68 (trial)
Token for the pollen api is documented upstream.
'
scan_report notes/pollen.rst
holds_once 4 4e1a9c07b3d25f86a0c4e7b19d3f2a68
holds_count 1

mk lab/tides.ipynb '{"cells": [
{"cell_type": "markdown", "metadata": {}, "source": ["secret for the harbour sensors is Pz7vK2mXq9RtB4wLc8Nd (rotate yearly)"]},
{"cell_type": "markdown", "metadata": {}, "source": ["token for the harbour sensors is described below"]},
{"cell_type": "markdown", "metadata": {}, "source": ["token for the harbour sensors is ${HARBOUR_TOKEN}"]}
]}
'
scan_report lab/tides.ipynb
holds_once 2 Pz7vK2mXq9RtB4wLc8Nd
holds_count 1

# ---- "secret key" in a comment of a file kind no reader knows ---------------
mk src/relay.zig '// mailgun secret key for the kiosk relay is Fh3kT9wQz2LmV8xRb5Nc7Jd4Yp6GsA1e (ask infra)
// the secret key for the kiosk relay is changeme
// secret key for the kiosk relay is /etc/relay/secret.key
// the secret key is xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
'
scan_report src/relay.zig
holds_once 1 Fh3kT9wQz2LmV8xRb5Nc7Jd4Yp6GsA1e
holds_count 1

mk tools/sign.nim '# the signing secret for the kiosk fleet is Qm3vT8xLp2Wz9Kc4Rb7Nd5Hy1Fj6Gs0Ae+Xu3Vw8Zq2Lt5Mn9Pr4Sk7Dc1Bh6Jf0Gy3Tx8Wv2Qz5Lm9Np4Rs7K==
# the signing secret for the kiosk fleet is /opt/kiosk/keys/fleet-signing-secret-primary-2026-rotation.pem
'
scan_report tools/sign.nim
holds_once 1 Qm3vT8xLp2Wz9Kc4Rb7Nd5Hy1Fj6Gs0Ae+Xu3Vw8Zq2Lt5Mn9Pr4Sk7Dc1Bh6Jf0Gy3Tx8Wv2Qz5Lm9Np4Rs7K==
holds_count 1

# ---- a chat's login with no ',' ----------------------------------------------
mk chat/dock.jsonl '{"ts":"1","user":"U7","text":"amqp user pallet_feed pass Harbor5521pallet until friday"}
{"ts":"2","user":"U8","text":"the user will pass the smoke test tomorrow"}
{"ts":"3","user":"U8","text":"user root pass changeme"}
{"ts":"4","user":"U8","text":"login admin pass ${ADMIN_PASS}"}
{"ts":"5","user":"U9","text":"if the user list pass validation, ship it"}
{"ts":"6","user":"U9","text":"redis user cache_ro pass Vq7mXz2Lp9? fyi for staging"}
'
scan_report chat/dock.jsonl
holds_once 1 Harbor5521pallet
holds_once 6 'Vq7mXz2Lp9?'
holds_count 2

mk notes/ftp.txt 'partner ftp: login cargo_north pass Mv4tQx9Lr2Wz then cd /in
user ops pass <password>
'
scan_report notes/ftp.txt
holds_once 1 Mv4tQx9Lr2Wz
holds_count 1

# ---- a network's key after "is", no key's word ---------------------------------
mk notes/site-b.md '# Site B
- picking scanners: the warehouse WLAN is now Tq8wLmz4Rbx2Kp (changed Monday)
- the office wifi is down again
- the guest wifi is Office5G
- the wifi is WPA2-Enterprise
- the SSID is Kx7Network2024Lab
- wifi is configured via /etc/wpa_supplicant/wpa_supplicant.conf
'
scan_report notes/site-b.md
holds_once 2 Tq8wLmz4Rbx2Kp
holds_count 1

mk notes/wifi.txt 'kiosk wifi (crew) is still Rb5!mQz8@Lp2xW -- visitors use the sticker
the wifi is 5f2c9e1a-7b3d-4e8f-a1c2-9d0e3f4b5a6c
the wifi is <password>
'
scan_report notes/wifi.txt
holds_once 1 'Rb5!mQz8@Lp2xW'
holds_count 1

# ---- a password below a sentence that ends in "new one:" -------------------
mk notes/gate.md '# Gate controller

- Gate controller password got changed by the installer, new one:
    Wx7tPq2#Lm9z
- the kiosk password was changed yesterday, new one:
  see the vault
- the printer password was reset, new one:
  <password>
'
scan_report notes/gate.md
holds_once 4 'Wx7tPq2#Lm9z'
holds_count 1

# ---- a password in marks offered instead of where it is kept ----------------
mk runbooks/db.rst 'Failover
========

#. ``psql -h db-east`` (password is in 1Password, or `Hv8mQ2xLt4` when offline)
#. ``ssh deploy@db-west`` (password in the vault, or `vault kv get ssh/west` if unsure)
#. ``ssh deploy@db-north`` (password in the vault, or `changeme` on a new box)
#. ``ssh deploy@db-south`` (password in the vault, or `<password>` otherwise)
'
scan_report runbooks/db.rst
holds_once 4 Hv8mQ2xLt4
holds_count 1

# ---- an account "is" a user "with" its password -----------------------------
mk notes/storage.org '* Storage
- the NAS admin account is nasops with Harbour!2031ferry (rotate after audit)
- the default account is admin with password admin
- the service account is svc_build with no password
- the backup account is ops with ${OPS_PW}
'
scan_report notes/storage.org
holds_once 2 'Harbour!2031ferry'
holds_count 1

# ---- dead values -------------------------------------------------------------
mk exports/tickets.csv 'ticket,opened,summary,resolution
T-101,2026-01-04,"Old login works?","Old password Rk8vTq2Lmz5x expired on 2026-01-01, account disabled"
T-102,2026-01-05,"Locked","Unlocked. New pw: Bn6wQz3Xrt8Kd2Lm"
T-103,2026-01-06,"Handheld","temp password Cq7yPl4Mvt9z given by phone, must change at logon"
'
scan_report exports/tickets.csv
holds_none Rk8vTq2Lmz5x
holds_once 3 Bn6wQz3Xrt8Kd2Lm
holds_once 4 Cq7yPl4Mvt9z

mk notes/standup.txt '- VPN now certificate-only, password login disabled (old pw Tz5mQw8Kx2Lr no longer accepted)
- temp login for the auditor (expires Fri): user audit7, pass Gv3nRq7Wz2Lk
- scanner fleet now works again (password Jp4xLm8Vq2Tz for the new hub)
'
scan_report notes/standup.txt
holds_none Tz5mQw8Kx2Lr
holds_once 2 Gv3nRq7Wz2Lk
holds_once 3 Jp4xLm8Vq2Tz

mk docs/rotation.md '# Key rotation log

| when | provider | value | state |
|---|---|---|---|
| 2026-03-02 | GitHub | ghp_Q8wLmz4Rbx2Tq8wLmz4Rbx2Tq8wLmz4Rbx2T | deleted in settings |
| 2026-03-09 | GitHub | ghp_Z3kVn7Pw2Lq9Z3kVn7Pw2Lq9Z3kVn7Pw2Lq9 | active |
'
scan_report docs/rotation.md
holds_none ghp_Q8wLmz4Rbx2Tq8wLmz4Rbx2Tq8wLmz4Rbx2T
holds_once 6 ghp_Z3kVn7Pw2Lq9Z3kVn7Pw2Lq9Z3kVn7Pw2Lq9

# ---- two credentials on neighbouring lines: a bare token is the id of
# its pair only beside a bare secret (rsconnect), not beside a secret key
mk notes/feeds.org "* Feeds
the routing feed token is Hq4NpW8xLm2VbX7tRy9cQ3 (paid tier)
the sms gateway secret key for the vans is pD7kRfsqWQD5diH7QESnQKxEu5FLC9UE9VNcAb2
"
scan_report notes/feeds.org
holds_once 2 Hq4NpW8xLm2VbX7tRy9cQ3
holds_once 3 pD7kRfsqWQD5diH7QESnQKxEu5FLC9UE9VNcAb2
mk conf/feed.yml "feed:
  token: Rb7NpW8xLm2VbX7tRy9cQ8
  secret_key: tK2kRfsqWQD5diH7QESnQKxEu5FLC9UE9VNcZp4
"
scan_report conf/feed.yml
holds_once 2 Rb7NpW8xLm2VbX7tRy9cQ8
holds_once 3 tK2kRfsqWQD5diH7QESnQKxEu5FLC9UE9VNcZp4
# rsconnect's pair: the token is the id beside its bare secret
mk conf/rsconnect.yml "token: Wm5NpW8xLm2VbX7tRy9cQ1
secret: vQ9kRfsqWQD5diH7QESnQKxEu5FLC9UE9VNcYt6
"
scan_report conf/rsconnect.yml
holds_none Wm5NpW8xLm2VbX7tRy9cQ1
holds_once 2 vQ9kRfsqWQD5diH7QESnQKxEu5FLC9UE9VNcYt6

[ -n "${KEEP:-}" ] && cp -r "$T" "$KEEP"
finish "e2e_leadprose"
