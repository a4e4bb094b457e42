#!/usr/bin/env bash
# End-to-end tests of what the lead added in wave 28, each found on real
# files no one here wrote (the guard trees: Linux, node_modules, Python's
# site-packages): a value right after a digest's algorithm and its mark
# (a wheel RECORD's sha256=, SRI's sha512-) is a checksum whatever
# provider prefix its base64 happens to start with; a password flag (-w,
# -p, -P) is read beside its own program's user or bind flag, not one of
# the next command's after && or | (sysctl -w a=b && prog -p gave sysctl's
# setting as a password in a kernel selftest); a description's first word
# under a credential's name (kernel-doc's `@X_PSK: authenticator for
# WPA2-PSK`) and a keyword argument a sentence passes (`pass
# strict=False`) are no passwords; a spreadsheet's export whose header
# cells are titles (URL / host, Last changed) and whose password column is
# a bare Pass, PW or Pwd beside a user's column, in LF and CRLF (a CRLF
# export lost every row: the rows were read from the header's '\r'); an
# SNMPv3 user's passphrases on a Cisco, NX-OS or Arista switch as typed,
# not when encrypted or localized; random letters in mostly one- and
# two-letter capitalised runs (KqvmJoUXtDbFewPR) are no type name, even
# when a run spells a word of code (Db); Splunk's pass4SymmKey as typed
# (not the $7$ form Splunk rewrites it to).
. "$(dirname "$0")/lib.sh"
batch_scans

TOKEN=glc_eyJvIjoiNDQwMTk3IiwibiI6InN0YWNrLTQ0MDE5Ny1obS1yZWFkIiwiayI6IlI3dk0ycVg5d0s0cFo4bkwzdEg2IiwibSI6eyJyIjoiZXUifX0=

mk ci/grafana.env "GRAFANA_CLOUD_TOKEN=$TOKEN
"
found ci/grafana.env 1 grafana-cloud-token "$TOKEN"

mk site-packages/pkg-1.0.dist-info/RECORD "pkg/__init__.py,sha256=${TOKEN%=},1208
pkg/core.py,SHA256=${TOKEN%=},4410
"
silent site-packages/pkg-1.0.dist-info/RECORD
mk web/index.html "<script src=\"app.js\" integrity=\"sha512-${TOKEN}\"></script>
<link rel=\"stylesheet\" href=\"a.css\" integrity=\"sha384:${TOKEN}\">
"
silent web/index.html

mk ops/net.sh "#!/bin/sh
sh -c 'sysctl -q -w net.ipv6.flowlabel_reflect=4 && ./flowlabel_probe -l 1 -p -s'
sysctl -w net.ipv4.ip_forward=1 | logger -p daemon.info
sysctl -w vm.swappiness=10; mysqladmin -u root -p status
"
silent ops/net.sh
mk ops/bmc.sh "#!/bin/sh
cd /opt/bmc && ipmitool -I lanplus -H 10.4.0.12 -U admin -P Qz8vLm2Rt4 chassis status
ldapsearch -x -D 'cn=reader,dc=harbour,dc=example' -w Tw4kVq9mZr -b 'dc=harbour,dc=example' | grep uid
"
found ops/bmc.sh 2 cli-bmc-password Qz8vLm2Rt4
found ops/bmc.sh 3 cli-ldap-password Tw4kVq9mZr

mk drivers/wifi/profile.h '/**
 * enum wl_profile_auth - firmware authenticator offload
 *
 * @WL_PROFILE_FWAUTH_NONE: no firmware authenticator
 * @WL_PROFILE_FWAUTH_PSK: authenticator for WPA/WPA2-PSK
 * @WL_PROFILE_FWAUTH_SAE: supplicant used when SAE is on
 */
'
silent drivers/wifi/profile.h
mk notes/wifi.txt 'guest wifi psk: Hv4kQm8Zt for the lobby screens
'
generic notes/wifi.txt 1 Hv4kQm8Zt
mk lib/permute.py '"""Rearranges items.

To keep as many items as possible in their places--pass `strict=False`; a
caller that wants every item moved passes strict=True, and
the pass `retries=3` gives up after three tries.
"""
'
silent lib/permute.py

mk it/accounts.csv 'Site,URL / host,Login,Pass,Owner,Last changed
Pump station 4,https://ps4.fenwater.example,ps4_operator,Kelp-Orbit-2291,Ops,2025-11
Lab LIMS,lims.fenwater.example,lab_admin,Quarry#Mint77,Lab,2026-02
Printer,10.2.0.9,admin,admin,IT,never
Vendor VPN,vpn.vendor.example,fen-ops,see vault,IT,
'
mk it/accounts-excel.csv "$(printf 'System;User name;PW;Notes\r\nBackup NAS;nas_backup;Tr7!vQm-Lark;weekly\r\nGIS server;gis_svc;Marble?Finch41;\r\n')"
mk it/accounts.tsv "$(printf 'Host\tUser\tPwd\nrtu-12.fenwater.example\tengineer\tOx4#Wren-Delta\n')"
"$KEYHOUND" scan "$T/it" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "accounts exports" Kelp-Orbit-2291 'Quarry#Mint77' 'Tr7!vQm-Lark' 'Marble?Finch41' 'Ox4#Wren-Delta'
mk it/copies.csv 'Inventory of copiers, exported 2026-11-30
Copy room,User,Pass
Floor 2,scan_operator,Drift-Cobalt-4418
'
"$KEYHOUND" scan "$T/it/copies.csv" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "a header whose first title is Copy, below a line" Drift-Cobalt-4418
mk qa/results.csv 'Test,Suite,Pass,Fail,Duration
login_flow,ui,14,0,3.2s
checkout,ui,9,1,5.0s
'
silent qa/results.csv
mk qa/grades.csv 'Student,Course,Pass,Grade
Anna Berg,Chemistry,yes,B+
'
silent qa/grades.csv

mk net/pump-sw.cfg 'hostname pump-sw-03
snmp-server group opsgrp v3 priv
snmp-server user opsnms opsgrp v3 auth sha Gq7!rTz4-Wm2x priv aes 256 heron-quarry-mallow-58
snmp-server user ro-nms opsgrp v3 encrypted auth sha 5A:0C:9E:71:B2:44:D8:3F:61:0A priv aes 128 93:1E:C7:0B
snmp-server user legacy network-operator auth md5 0x4d7e1a9c2b6f8e03 priv 0x4d7e1a9c2b6f8e03 localizedkey
snmp-server user lab-nms labgrp v3 auth sha <auth-pass> priv aes 128 <priv-pass>
'
"$KEYHOUND" scan "$T/net" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "snmpv3 users" 'Gq7!rTz4-Wm2x' heron-quarry-mallow-58

mk gis/publish.py 'MAPS_API_KEY = "Tq3vLmXr8KzPw2NsYb6HdJf4"
MAPS_API_SECRET = "KqvmJoUXtDbFewPR"
'
generic gis/publish.py 2 KqvmJoUXtDbFewPR

mk splunk/etc/system/local/server.conf '[general]
serverName = hf02
pass4SymmKey = Wt8!kQ3zLr5vNm

[license]
master_uri = https://lm.fenwater.example:8089
'
mk splunk/etc/apps/deploy/local/outputs.conf '[indexer_discovery:fen]
pass4SymmKey = $7$Nq4Lk8vR2mZ9wT3pH6hJ0cB1yF5dS8gA==
master_uri = https://cm.fenwater.example:8089
'
mk splunk/group_vars/uf.yml 'splunk_pass4symmkey: "{{ vault_splunk_key }}"
splunk_admin_user: admin
'
"$KEYHOUND" scan "$T/splunk" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "splunk pass4SymmKey" 'Wt8!kQ3zLr5vNm'

finish e2e_lead28
