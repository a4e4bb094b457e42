#!/usr/bin/env bash
# End-to-end tests of what the lead added in wave 29 after the blind
# corpus (holdout30) was scored: an accounts export whose user column is
# titled acct or account and whose password column is a bare pw; a camera
# or device list whose password column is titled Secret beside a Login;
# KeePass's XML export (<Key>Password</Key><Value ...>v</Value>, a name
# element and its value element side by side on one line); a Wi-Fi QR
# code's payload (WIFI:T:WPA;S:ssid;P:key;;); Aruba AOS-CX's plaintext
# passwords and keys; and a config line's value is not judged dead by the
# next line's words (a `password plaintext v` line above a `password
# ciphertext ...` line was dropped as "encrypted"); managed app
# configurations' key and valueString (Google Play EMM) or appConfigKey and
# appConfigKeyValue (Intune); a sentence's `the password v.` read without
# its full stop (a device-directive reader kept it).
. "$(dirname "$0")/lib.sh"
batch_scans

mk ops/service_accounts.tsv "$(printf 'System\thost\tacct\tpw\towner\nHistorian\thist01.lan\thist_svc\tOsprey-Lantern-62\tOps\nGate PLC\t10.8.1.4\tplc_eng\tTq7#vLm2Rk\tBHS\nFuel\t10.8.9.5\tadmin\t(changed, ask Ops)\tFuel\nSpare\t10.8.9.6\tadmin\t<password>\tFuel\n')"
"$KEYHOUND" scan "$T/ops/service_accounts.tsv" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "a TSV with acct and pw columns" Osprey-Lantern-62 'Tq7#vLm2Rk'
mk ops/accounts.csv 'Device,Address,Account,PW
Scale PC,10.2.0.4,scale_op,Marble?Finch41
'
"$KEYHOUND" scan "$T/ops/accounts.csv" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "a CSV with Account and PW columns" 'Marble?Finch41'
mk ops/results.tsv "$(printf 'test\tacct\tpw\tms\nlogin\tyes\tno\t31\n')"
silent ops/results.tsv

mk cctv/cameras.csv 'Camera,Address,Model,Login,Secret,Zone
Gate 3,10.4.7.31,AXIS Q1656,root,H4ng4r70w3r!,airside
Car park,10.4.7.80,XNV-8080R,admin,Phjfm58LhqfI,landside
Perimeter,10.4.7.90,FLEXIDOME,service,see ticket INC7613412,fuel
'
"$KEYHOUND" scan "$T/cctv/cameras.csv" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "a Secret column beside a Login" 'H4ng4r70w3r!' Phjfm58LhqfI
mk ops/k8s.csv 'Namespace,Secret,Type
apps,registry-pull,kubernetes.io/dockerconfigjson
'
silent ops/k8s.csv

mk it/vault.xml '<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
  <Root>
    <Group>
      <Entry>
        <String><Key>Title</Key><Value>Lighting PC</Value></String>
        <String><Key>UserName</Key><Value>operator</Value></String>
        <String><Key>Password</Key><Value ProtectInMemory="True">Tarrant7272biscuit</Value></String>
        <String><Key>URL</Key><Value>https://agl.lan</Value></String>
      </Entry>
      <Entry>
        <String><Key>Password</Key><Value ProtectInMemory="True"></Value></String>
        <String><Key>Password</Key><Value ProtectInMemory="True">changeme</Value></String>
      </Entry>
    </Group>
  </Root>
</KeePassFile>
'
"$KEYHOUND" scan "$T/it/vault.xml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "KeePass's XML export" Tarrant7272biscuit
check "KeePass's password on its line" jq -e '.[0].line == 8' "$T/out"
mk it/names.xml '<Entry><String><Key>Title</Key><Value>Password policy</Value></String></Entry>
'
silent it/names.xml

mk mdm/staging.txt 'Ramp scanners staging barcode:
WIFI:T:WPA;S:Apron-Ops-5G;P:tulip7-Kestrel-quay;;
'
found mdm/staging.txt 2 netdaemons-wifi-qr-password tulip7-Kestrel-quay
mk mdm/guest.py 'qr = qrcode.make("WIFI:S:Lobby Guest;T:WPA;H:false;P:Vq3mZ8rTx2;;")
tmpl = "WIFI:T:WPA;S:{ssid};P:{psk};;"
open_net = "WIFI:T:nopass;S:Lobby;P:;;"
'
found mdm/guest.py 1 netdaemons-wifi-qr-password Vq3mZ8rTx2

mk net/core-sw.cfg 'hostname core-sw01
user admin group administrators password plaintext Pickle2025#
user netops group operators password ciphertext AQBapWwVYrvH8V46lSMu-cTy_WaZv3hviLr6N8r01W7VQ4iajFyDGEPh0QXTr5mbdIBIQC4Hq7Et
radius-server host 10.4.1.20 key plaintext SKtQbYPk6eynNHW3ur
snmpv3 user nms auth sha auth-pass plaintext jetway-pilot-nimbus-drizzle priv aes priv-pass plaintext SquallOrchid123
'
"$KEYHOUND" scan "$T/net/core-sw.cfg" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "AOS-CX plaintext secrets" 'Pickle2025#' SKtQbYPk6eynNHW3ur jetway-pilot-nimbus-drizzle SquallOrchid123
check "a password plaintext line above a ciphertext line is read" jq -e '[.[] | select(.line == 2)] | length == 1' "$T/out"
mk net/edge.cfg 'user admin group administrators password plaintext <PASSWORD>
radius-server host 10.4.1.20 key plaintext {{ radius_key }}
'
silent net/edge.cfg
mk docs/crypto.md 'Never store the password plaintext in the database; hash it.
'
silent docs/crypto.md
mk notes/keys.txt 'the old deploy key is Zq8mVt3xLp7w
revoked by IT on Monday, do not use.
'
silent notes/keys.txt
mk notes/escalation.md 'The shared mailbox password (Rq7Mj.ZBENv!(xlAyYz=cGw)
was rotated in March and no longer works, use your own account.
'
silent notes/escalation.md

mk mdm/app_config.json '{"managedProperty": [
    {"key": "api_base", "valueString": "https://turnaround.lan/api"},
    {"key": "wifi_psk", "valueString": "Ubbm%0422Kq"},
    {"key": "kiosk_exit_password", "valueString": "kAHvu86ZVYWZ"},
    {"key": "kiosk_password", "valueString": "<set in console>"},
    {"key": "tenant_id", "valueString": "2f5dde8f-ff44-461c-b088-bc921848a50d"}
]}
'
"$KEYHOUND" scan "$T/mdm/app_config.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "Play EMM managed properties" 'Ubbm%0422Kq' kAHvu86ZVYWZ
mk mdm/intune.json '{"settings": [{"appConfigKey": "vpn_password", "appConfigKeyType": "stringType", "appConfigKeyValue": "Hq3mZ8rTx2"},
 {"appConfigKey": "server", "appConfigKeyType": "stringType", "appConfigKeyValue": "vpn.example.org"}]}
'
"$KEYHOUND" scan "$T/mdm/intune.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "Intune app configuration" Hq3mZ8rTx2

mk docs/oncall.md '## Who to call
Integrator hotline, contract CTR-379448. Their portal login is
wca-pel and the password 6FqH31f+Auwr0OZcCGG+fOsh.
'
"$KEYHOUND" scan "$T/docs/oncall.md" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "a sentence's password without its full stop" 6FqH31f+Auwr0OZcCGG+fOsh
mk net/ap.cfg 'username admin password Tq7vLm2Rk9.
'
"$KEYHOUND" scan "$T/net/ap.cfg" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "a device line's value keeps its dot" Tq7vLm2Rk9.

# a digest's name is a digest of a credential's (token_hash), not a
# framework's hash key (gorilla/securecookie's, a secret)
mk app/session.toml '[session]
cookie_hash = "Xq4mTb8vLw2Rz6Kp0Nc3Hd7Jf5Sg1Ty9Ua2Ve8Wb4Yc="
cookie_encryption = "Pk3nRa7uKv1Qy5Jo9Mb2Gc6Ie0Rf4Sx8Tz3Ud7Vh1Wd="
'
"$KEYHOUND" scan "$T/app/session.toml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "a cookie's hash key" Xq4mTb8vLw2Rz6Kp0Nc3Hd7Jf5Sg1Ty9Ua2Ve8Wb4Yc= Pk3nRa7uKv1Qy5Jo9Mb2Gc6Ie0Rf4Sx8Tz3Ud7Vh1Wd=
mk app/audit.toml '[deploy]
api_token = "Zt7qLm2vXr9Kw4Pb8Nc3Hd6Jf1Sg5Ty0"
api_token_hash = "Qm9yZWFsLUt5dGUtNzcyLXF1YXJyeS1tYWxsb3ctNDQ="
'
"$KEYHOUND" scan "$T/app/audit.toml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "a token beside its own hash" Zt7qLm2vXr9Kw4Pb8Nc3Hd6Jf1Sg5Ty0

finish e2e_lead29
