#!/usr/bin/env bash
# End-to-end tests of wave 37's prose readers (prose37): credentials people
# write in sentences, runbooks, e-mails, chat exports and password
# managers' exports. A marked value opening the line below a sentence that
# ends at the password's word ("Log in as `engineer`, password" then "`V`
# (ask the site lead ...)", "the service password is:" then "`V` — ..."); a
# credential's noun after a clause's ", " behind a label ("VPN: host,
# pre-shared key V."); a chat message that opens with a bare token its own
# words ("— rotate it after the audit") or the message above ("and the feed
# key?") say is a credential; a password manager's export's TOTP column
# (Bitwarden's login_totp, KeePassXC's and LastPass's TOTP, 1Password's
# OTPAuth) beside its password column. Hard negatives: prose about passwords
# with no value, commands, flags, paths and names of code on the line below,
# chat messages with digests, commits, ids and ticket numbers, masked or
# empty columns, the RFCs' example seeds. Every value is generated for this
# suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# (once FILE LINE VALUE: lib.sh)

# ---- a marked value opening the line below the password's sentence -------
mk docs/runbook.md '# Carrow — on-call runbook

## Gateway
The web UI is at https://plc-gw.crf.example. Log in as `engineer`, password
`lvxMnQHCY!8KzfoJ` (ask the site lead before changing it).
'
once docs/runbook.md 5 'lvxMnQHCY!8KzfoJ'

mk ops/oncall.md 'The SCADA historian'"'"'s service password is:
`ede!~HK77aB1OZPf` — rotate it after the outage.
'
once ops/oncall.md 2 'ede!~HK77aB1OZPf'

mk notes/handover.txt 'For the label printer use the admin password below:
**uXXOW%vaa9wUDbP3**
'
once notes/handover.txt 2 'uXXOW%vaa9wUDbP3'

mk docs/backup.rst 'The restic repository passphrase
``harbor-quill-marsh-tundra``, kept in the safe as well.
'
once docs/backup.rst 2 harbor-quill-marsh-tundra

mk wiki/nas.md 'The NAS admin password is below:

`Tf8=kQ2~wN5zRb7c`
'
once wiki/nas.md 3 'Tf8=kQ2~wN5zRb7c'

mk docs/historian.md 'Read-only API key for the historian:
`Fx7kLq2Vn9TzWc4Rb8Yp3Hm6Jd5Gs1Qa` (rotate it yearly)
'
once docs/historian.md 2 Fx7kLq2Vn9TzWc4Rb8Yp3Hm6Jd5Gs1Qa

mk docs/vendor.md 'The vendor set the panel password
"=M9uSUHEy!tezw*E" at commissioning.
'
silent docs/vendor.md # (more of a sentence after the value: not read)

mk docs/decoys.md 'The password is stored in Vault.
`vault kv get secret/scada` prints it.

The password below is rotated monthly.

Set the `password` field in the config file.

Pass the password
`--password` flag to the CLI.

Read the password
`PASSWORD_FILE` is the variable that holds its path.

Change the admin password
`sudo passwd admin` on the host.

Keep the password
`/etc/scada/secret.txt` readable only by root.

Reset the password
`ssh-keygen -p -f ~/.ssh/id_ed25519` asks for it.

We changed the password
`2024-05-01` (see the ticket).

The service password is:
`<your-password-here>`

The database password
`${DB_PASSWORD}` (from the environment).

The password
`PASSWORD_MIN_LENGTH_14`, see policy.

The default password
`changeme123` (change it).
'
silent docs/decoys.md

# ---- a credential's noun after a clause's ", " behind a label -------------
mk mail/welcome-email.txt 'Subject: Welcome

Hi Priya,

VPN: vpn.brackenfell.example, pre-shared key Qi01DRFV8WsYS33t6Ej8MHEGK3PVWgow.
Weather feed: api.weather.example, API token CoUpYnBEh63eGoTqA4evziobIYLcodE3.
'
once mail/welcome-email.txt 5 Qi01DRFV8WsYS33t6Ej8MHEGK3PVWgow
once mail/welcome-email.txt 6 CoUpYnBEh63eGoTqA4evziobIYLcodE3

mk mail/onboarding.eml 'Subject: Your access

Gateway: gw01.depot.example, password Wq7xTz4Kd2Rm (change it at first login).
'
once mail/onboarding.eml 3 Wq7xTz4Kd2Rm

mk mail/decoys.eml 'Subject: Notes

VPN: vpn.brackenfell.example, pre-shared key in the vault.
Login: SSO, password policy applies.
Note: after login, password reset is required.
Hosts: db01, token bucket limits apply.
Status: done, secret rotation scheduled for Friday.
Portal: portal.example, password <redacted>.
'
silent mail/decoys.eml

# ---- a chat message that opens with a bare token --------------------------
mk exports/slack-ops-channel.json '[
  {"user": "U02HT9X1B", "ts": "1717410100.000200", "text": "thanks, and the weather feed key? I only have <redacted>"},
  {"user": "U04QK7M2L", "ts": "1717410200.000300", "text": "1c13b58950d9f2f4391ce7940228f565 — rotate it after the audit"},
  {"user": "U02HT9X1B", "ts": "1717410300.000400", "text": "and the token for the map tiles?"},
  {"user": "U04QK7M2L", "ts": "1717410400.000500", "text": "QP2BRh2o9CSRb1CSd2MheHGbASodEE6N"}
]
'
once exports/slack-ops-channel.json 3 1c13b58950d9f2f4391ce7940228f565
once exports/slack-ops-channel.json 5 QP2BRh2o9CSRb1CSd2MheHGbASodEE6N

mk chat/ops-channel-2026-11.txt '[2026-11-12 09:42] bruno: U1uXSmyOVS15NKma6LXsJf7su2wBOrJx - leaked in the CI log, revoke it
'
once chat/ops-channel-2026-11.txt 1 U1uXSmyOVS15NKma6LXsJf7su2wBOrJx

mk exports/discord-launch.json '[
  {"id": "5046353078655609123", "author": {"name": "kai"}, "content": "f6b47584d15fe313e0d16b8acc924048, dont share this key"}
]
'
once exports/discord-launch.json 2 f6b47584d15fe313e0d16b8acc924048

mk exports/teams-infra.json '[
  {"from": "Dana", "body": "here'"'"'s the key for the tiles: Vm3RtK8wQz2LpX6cNb9HfJ4sYd7Ga1Ue"},
  {"from": "Dana", "body": "new token for the status bot: 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e - revoke the old one"}
]
'
once exports/teams-infra.json 2 Vm3RtK8wQz2LpX6cNb9HfJ4sYd7Ga1Ue
once exports/teams-infra.json 3 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e

mk chat/zulip-ops-2026-11.json '{"messages": [
 {"sender_full_name": "Diego", "content": "anyone have the sandbox pw? it is not in the vault"},
 {"sender_full_name": "Priya", "content": "prod not sandbox, careful: `Rq7,mZ%Kx2.Tb9Lw`"},
 {"sender_full_name": "Diego", "content": "and the creds for the label printer?"},
 {"sender_full_name": "Priya", "content": "same as the NAS: `Gx4^wLp8Nz!3Qe`"}
]}
'
once chat/zulip-ops-2026-11.json 3 'Rq7,mZ%Kx2.Tb9Lw'
once chat/zulip-ops-2026-11.json 5 'Gx4^wLp8Nz!3Qe'

mk chat/zulip-dev-2026-11.json '{"messages": [
 {"sender_full_name": "Diego", "content": "anyone have the sandbox pw?"},
 {"sender_full_name": "Priya", "content": "run this: `kubectl get secret`"},
 {"sender_full_name": "Diego", "content": "what is the password policy?"},
 {"sender_full_name": "Priya", "content": "see the wiki: `PASSWORD_MIN_LENGTH`"},
 {"sender_full_name": "Diego", "content": "which branch?"},
 {"sender_full_name": "Priya", "content": "this one: `feature/Token-Refresh2`"},
 {"sender_full_name": "Diego", "content": "where is the key?"},
 {"sender_full_name": "Priya", "content": "in the vault: `secret/data/ops`"}
]}
'
silent chat/zulip-dev-2026-11.json

mk exports/teams-dev.json '[
  {"from": "Dana", "body": "here'"'"'s the commit: a3f9c2e8d1b4a7f0c5e2d9b6a1f8c3e0d7b2a9f4"},
  {"from": "Dana", "body": "the key: <redacted>"},
  {"from": "Dana", "body": "build id for the key rotation: 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e"},
  {"from": "Dana", "body": "checksum of the token file: 9c2e3f9a1c7e5b2d4f6a8c0e1b3d5f7a"},
  {"from": "Dana", "body": "see PR: fix-token-refresh-for-mobile-clients-2026"}
]
'
silent exports/teams-dev.json

mk exports/slack-dev-channel.json '[
  {"text": "25f6eba3e3b06ecaa984fa96f8bc26f08d3f4e21 — reverted it, see the commit"},
  {"text": "rotated in ab6125083, key is in the vault"},
  {"text": "25f6eba3e3b06ecaa984fa96f8bc26f0 — md5 of the firmware, rotate the logs"},
  {"text": "f47ac10b-58cc-4372-a567-0e02b2c3d479 — request id of the failed call, rotate?"},
  {"text": "6489d6a2853a1b22430929f75f821bf3 — build 4411 passed"},
  {"text": "what is the checksum?"},
  {"text": "6489d6a2853a1b22430929f75f821bf3adcff2bd13aece387d688b73ae3e3fc2"},
  {"text": "OPS-4411 — rotate it after the audit"},
  {"text": "6489d6a2853a1b22430929f75f821bf3adcff2bd13aece387d688b73ae3e3fc2 is the sha256 of the image, rotate tags"},
  {"text": "Uint8ArrayBufferLength64Bytes — rename it, the key is wrong"}
]
'
silent exports/slack-dev-channel.json

mk chat/dev-channel.txt '[2026-11-12 10:02] ana: a3f9c2e8d1b4a7f0c5e2d9b6a1f8c3e0d7b2a9f4 - revert it, the commit broke the build
[2026-11-12 10:03] bo: 0.35.0-rc.2+build.20261112 - rotate the release notes
'
silent chat/dev-channel.txt

# ---- a password manager's export: the TOTP column -------------------------
mk exports/bitwarden_export.csv 'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
,,login,Meter API,,,0,https://meter.example.net,svc-meter,Hk4-pQ8!vZr2Lm7w,UBQBCTERSVZTR2ON73KVLEZKLSN3QVKI
,,login,Ledger,,,0,https://ledger.example.net,svc-ledger,Nb7=tR2^qW9xKc4e,
'
once exports/bitwarden_export.csv 2 UBQBCTERSVZTR2ON73KVLEZKLSN3QVKI
once exports/bitwarden_export.csv 2 'Hk4-pQ8!vZr2Lm7w'

mk vault/keepassxc.csv '"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"
"Root","Switch","netops","Zp5^mW2+kR8tLx3q","","","TEO4YRXXNXG2EROY2KQOG6DMNMTBTZVX","0","2026-01-01","2026-01-01"
'
once vault/keepassxc.csv 2 TEO4YRXXNXG2EROY2KQOG6DMNMTBTZVX

mk exports/lastpass.csv 'url,username,password,totp,extra,name,grouping,fav
https://scada.example.net,eng1,Rt6~vB3=xP9mKq2s,PQ2Z2PELM75Y7FFL,,SCADA,Ops,0
'
once exports/lastpass.csv 2 PQ2Z2PELM75Y7FFL

mk exports/1password.csv 'Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes
Grid portal,https://grid.example.net,ops-grid,Jw3+eT7^nQ5zXb8r,CE3UHOSRJD7HKV2ODEFWM6ZW2F4AN3XT,false,false,,
'
once exports/1password.csv 2 CE3UHOSRJD7HKV2ODEFWM6ZW2F4AN3XT

mk exports/masked.csv 'name,url,username,password,totp
A,https://a.example.net,u1,********,
B,https://b.example.net,u2,,
C,https://c.example.net,u3,<hidden>,JBSWY3DPEHPK3PXP
D,https://d.example.net,u4,,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
E,https://e.example.net,u5,(ask at reception),
'
silent exports/masked.csv

mk docs/totp.md 'Scan the code or enter the key URI:
otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example

Test vectors (RFC 6238): the seed is 12345678901234567890 in ASCII,
GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ in base32; at T=59 the TOTP is 94287082.
'
silent docs/totp.md

mk data/totp-vectors.csv 'time,totp,mode,seed
59,94287082,SHA1,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
1111111109,07081804,SHA1,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
'
silent data/totp-vectors.csv
flush_scans

finish "e2e_prose37"
