#!/usr/bin/env bash
# End-to-end tests of wave 35's notes readers (notes35): credentials a
# person wrote down in chat exports, tickets' CSV, e-mails and handover
# notes. A password's qualifiers may end in a participle and "to" as they
# end in "is" ("OTA password for booking.com changed to V", "password for
# the NAS reset to V"); after "temporary password" or "new password" a value
# of both cases and a password's mark needs no digit (Gorse%Plover); a
# wireless network's key after "is" past words of where ("the wifi in the
# new office is V"), shorter when it holds two digits and a mark; a clause
# of who gave the password then its value in an aside ("the password we
# sent (\"V\")" in a JSON ticket); a chat's message opening with a login
# whose password mixes both cases, digits and a mark (Skype's "user V ,");
# and bare
# after a network's ':' in a sentence ("Office wifi (staff): V", "Wi-Fi in
# the staff houses: NAME / V") when it has a key's own look; a ticket's "I
# reset it to V" when V has a password's own look. Hard
# negatives: prose about passwords and networks (policies, links, "see
# vault", "reset to default", masks, variables), networks' names, versions
# and standards (WPA2-PSK, 802.11ac, Corp-Guest-5G, Floor3-AP12).
# Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# (once FILE LINE VALUE: lib.sh)

# ---- a password's qualifiers, then a participle and "to" -----------------
mk tickets/export-helpdesk.csv 'id,created,subject,body
5120,2026-11-02,"Channel manager","OTA password for booking.com changed to Rk4mZq9TwXn= (old one disabled)"
5121,2026-11-03,"NAS","the admin password for the NAS reset to Lq8vTm3Kx7 (ticket 4411)"
'
once tickets/export-helpdesk.csv 2 'Rk4mZq9TwXn='
once tickets/export-helpdesk.csv 3 Lq8vTm3Kx7

mk notes/handover.md '# Handover
- the password for the door controller was rotated to Vesk4Trwq9Ln (old one revoked)
- printer: the password for the web panel changed to `hN3q-Wr8pZt`
'
once notes/handover.md 2 Vesk4Trwq9Ln
once notes/handover.md 3 hN3q-Wr8pZt

# ---- "temporary password" then both cases and a mark, no digit -----------
mk chat/ops-channel-2026-12.txt '[2026-12-01 09:42] bruno: account vpn-omar created, temporary password Gorse%Plover - must change at first login
'
once chat/ops-channel-2026-12.txt 1 'Gorse%Plover'

# ---- a clause of who gave the password, then its value in an aside -------
mk tickets/OPS-3310.json '{
  "key": "OPS-3310",
  "fields": {
    "description": "Tried from their side with user sftp_drop and the password we sent (\"heron.quill.marsh.417\"). Still fails",
    "comment": "the pw they gave (Wq7nTz4Kd2) works on the test box"
  }
}
'
once tickets/OPS-3310.json 4 heron.quill.marsh.417
once tickets/OPS-3310.json 5 Wq7nTz4Kd2

mk tickets/OPS-3311.json '{
  "key": "OPS-3311",
  "fields": {
    "description": "the password we sent (see ticket 4411) expired",
    "comment": "the password they set (expired) must be reset",
    "c2": "the password you chose (12 chars) is too short",
    "c3": "the password we used (the old one) fails",
    "c4": "the password we sent (********) is masked",
    "c5": "the password we sent (\"<redacted>\") is gone"
  }
}
'
silent tickets/OPS-3311.json

# ---- a password a message names by its pronoun ---------------------------
mk tickets/support-export.csv 'id,created,email,subject,body
8812,2026-12-03,tom@client.example,"Login broken","I reset it to MARTEN^2684sedge but it still fails"
8813,2026-12-03,tom@client.example,"Login","changed it to Qm7vTz2Lp9Wk this morning"
'
once tickets/support-export.csv 2 'MARTEN^2684sedge'
once tickets/support-export.csv 3 Qm7vTz2Lp9Wk

mk tickets/other-export.csv 'id,created,email,subject,body
8814,2026-12-03,a@b.example,"Config","set it to true and restarted"
8815,2026-12-03,a@b.example,"Perms","changed it to 0644"
8816,2026-12-03,a@b.example,"Router","reset it to factory defaults"
8817,2026-12-03,a@b.example,"Charset","set it to UTF-8 please"
8818,2026-12-03,a@b.example,"Path","set it to /var/lib/app"
8819,2026-12-03,a@b.example,"Name","renamed it to MyApp.Config.Prod"
8820,2026-12-03,a@b.example,"Name","set it to Windows10-Pro"
8821,2026-12-03,a@b.example,"Name","updated it to v2.14.3-rc1"
8822,2026-12-03,a@b.example,"Name","set it to ISO-8859-1"
8823,2026-12-03,a@b.example,"Name","changed it to %APPDATA%"
8824,2026-12-03,a@b.example,"Name","set it to $HOME_DIR"
'
silent tickets/other-export.csv

# ---- a chat's message that opens with a login alone ----------------------
mk chat/skype-dby-maintenance.txt '[02/12/2026 07:44:03] Dave Ashworth: presswerk-dby Tuvkq@615Rbm# , their tech asked us to change it after the visit
[02/12/2026 07:45:03] Dave Ashworth: build-42 Passed!!
[02/12/2026 07:45:04] Dave Ashworth: deploy-1 finished, Version2.14 live
[02/12/2026 07:45:06] Dave Ashworth: node-03 Up@99.9%
[02/12/2026 07:45:07] Dave Ashworth: room-2 Mon@10:30
'
secrets_exactly chat/skype-dby-maintenance.txt 'Tuvkq@615Rbm#'

# ---- a network's key in a sentence --------------------------------------
mk export/general/2026-12-01.json '[
    {
        "type": "message",
        "user": "UKSG8CWQSJF",
        "text": "the wifi in the new office is +Harbor4821",
        "ts": "1764580000.000200"
    }
]
'
once export/general/2026-12-01.json 5 '+Harbor4821'

mk mail/depot-leeds.mbox 'From it@corp.example Wed Dec  2 08:00:00 2026
From: IT <it@corp.example>
To: manager.leeds@corp.example
Subject: Leeds office: guest wifi

Morning,
Office wifi (staff): qT7mKx2RvLp9WnZ
Guest wifi is unchanged (on the poster in reception).
'
once mail/depot-leeds.mbox 7 qT7mKx2RvLp9WnZ

mk mail/onboarding.eml 'From: IT <it@corp.example>
To: new.starter@corp.example
Subject: Welcome

Wi-Fi in the staff houses: Staff-Housing / Vb7.%kq2Lm#x
'
once mail/onboarding.eml 5 'Vb7.%kq2Lm#x'

# ---- prose about passwords and networks stays quiet ----------------------
mk notes/policy.md '# Accounts
- the new password must be 12 characters or more
- reset your password at https://id.corp.example/reset
- temporary password: see vault
- the password was rotated yesterday
- ask Sam for the password
- temporary password %TEMP_PASSWORD%
- temporary password $TEMP_PASSWORD
- the password for the portal changed to the one in 1Password
- the password for the portal reset to default
- password for the share updated to match policy
- the password for jira changed to ********
- first password reset happens at login
- the password for the vendor portal changed to <redacted>
'
silent notes/policy.md

mk notes/network.md '# Network
- the wifi in the office is down again
- the wifi at the venue is WPA2-PSK
- the wifi on floor 3 is Floor3-AP12
- the wifi in the lab is 802.11ac
- the wifi in the new office is Mesh+AP2
- Office wifi (guest): Corp-Guest-5G
- Office wifi (staff): RTL8821CE-5G
- Wi-Fi in the lobby: LobbyNet / WPA2-Enterprise
- Wi-Fi in the lobby: LobbyNet / ask reception
- Wi-Fi in the staff houses: Staff-Housing / see the poster
- wifi in the hall: Hall-AP / 2.4GHz
- Wifi at the depot: Depot-5G-2024
'
silent notes/network.md

mk export/random/2026-12-02.json '[
    {"type": "message", "text": "the wifi in the meeting rooms is flaky, use the cable"},
    {"type": "message", "text": "Office wifi (new AP): UniFi-U6-Pro"},
    {"type": "message", "text": "the password for the wiki changed to SSO last week"}
]
'
silent export/random/2026-12-02.json

# ---- a config's own `wifi:` is its reader's, not a sentence's -------------
mk conf/device.yaml 'wifi: Office-Net-5G
ssid: Office-Net-5G
'
silent conf/device.yaml
flush_scans

finish "e2e_notes35"
