#!/usr/bin/env bash
# End-to-end tests of wave 21's directive configs: a credential written
# as words after its keyword and qualifiers (Cisco IOS/NX-OS/ASA, Arista,
# Junos, VyOS, FortiOS, Huawei, FRR, BIRD, keepalived, OpenWrt's UCI,
# RouterOS's name=value words), read in config files, in a device's saved
# config whatever its name, and on any line a credential's word wakes;
# and the positional credential files found by their path (Deluge's auth,
# a pgpass without its dot, OpenSMTPD's secrets table). Hashed and
# encrypted forms (Cisco types 5/7/8/9, Junos $9$, FortiOS ENC, Huawei's
# cipher, ASA's `encrypted`), default communities, settings without a
# value, prose and C declarations stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW='Harrow7_quill42'
PW2='Sedge#fulmar31'
PP='osier-bracken-loam-nettle'

# Cisco IOS: the user's password after privilege and type 0
mk net/core-sw.cfg "hostname core-sw
username ops privilege 15 secret 0 $PW
enable secret 9 \$9\$nhEmQVczB7dqsO\$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
"
found net/core-sw.cfg 2 generic-password "$PW"
# a key chain's key-string and a TACACS+ key, under Cisco's TFTP name
mk net/edge-r1-confg "hostname edge-r1
key chain OSPF
 key 1
  key-string 0 $PW
tacacs server T1
 key 7 0822455D0A16
"
found net/edge-r1-confg 4 generic-password "$PW"
# an SNMP community that is no default
mk net/access.cfg "hostname access
snmp-server community $PP RO 10
snmp-server community public RO
"
found net/access.cfg 2 generic-secret "$PP"
# a saved show running-config under any name: its first lines say so
mk net/asa-backup.txt "hostname fw1
interface outside
username admin password $PW2 privilege 15
aaa-server TAC host 10.1.1.5
 key $PW
"
"$KEYHOUND" scan "$T/net/asa-backup.txt" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports asa-backup.txt "$PW" "$PW2"
# Junos: authentication-key's quoted value and its ';'
mk junos/edge.conf "protocols {
    bgp {
        group up {
            authentication-key \"$PW\";
        }
    }
}
"
found junos/edge.conf 4 generic-password "$PW"
# VyOS set commands, wherever kept: a credential's word wakes the line
mk net/vyos.commands "set system login user ops authentication plaintext-password '$PW'
set protocols bgp neighbor 10.0.0.2 password '$PW2'
"
"$KEYHOUND" scan "$T/net/vyos.commands" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports vyos.commands "$PW" "$PW2"
# RouterOS's export: name=value words after a command
mk net/gw.rsc "/interface wireless security-profiles
set [ find default=yes ] mode=dynamic-keys wpa2-pre-shared-key=$PW
/ppp secret
add name=branch password=$PW2 service=l2tp
"
"$KEYHOUND" scan "$T/net/gw.rsc" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports gw.rsc "$PW" "$PW2"
# FortiOS's psksecret, Huawei's shared-key simple
mk net/fgt.conf "config vpn ipsec phase1-interface
    edit \"hq\"
        set psksecret $PW
    next
end
"
found net/fgt.conf 3 generic-password "$PW"
mk net/ce.cfg "sysname ce1
radius-server shared-key simple $PW
"
found net/ce.cfg 2 generic-password "$PW"
# routing daemons: FRR, BIRD, keepalived; OpenWrt's UCI
mk frr/frr.conf "router bgp 65010
 neighbor 192.0.2.1 password $PW
"
found frr/frr.conf 2 generic-password "$PW"
# a password's three parts in two cases: SHOUTED word, number, name
mk frr/bgpd.conf "router bgp 65020
 neighbor 10.1.1.1 password HEMLOCK_3308_ivo
"
found frr/bgpd.conf 2 generic-secret HEMLOCK_3308_ivo
mk decoy/consts.conf "password = MAX_1024_size
password = APP_KEY_2024_old
"
silent decoy/consts.conf
mk bird/bird.conf "protocol bgp up {
  password \"$PW\";
}
"
found bird/bird.conf 2 generic-password "$PW"
mk openwrt/etc/config/wireless "config wifi-iface 'ap'
	option ssid 'home'
	option key '$PW'
"
found openwrt/etc/config/wireless 3 generic-password "$PW"

# hashed, encrypted, encoded, default or absent: quiet
mk decoy/ios.cfg "hostname r9
enable secret 5 \$1\$mERr\$hx5rVt7rPNoS4wqbXKX7m0
username ops secret 8 \$8\$dsYGNam3K1SIJO\$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs
username b password 7 094F471A1A0A
service password-encryption
password encryption aes
no enable password
snmp-server community public RO
snmp-server community private RW
key chain OSPF-KEYS
"
silent decoy/ios.cfg
mk decoy/asa.cfg "hostname fw2
enable password Qm8rTx2LpwZ9 encrypted
username ops password Zk3mVq8TxW2n encrypted privilege 15
"
silent decoy/asa.cfg
mk decoy/junos.conf "protocols {
    bgp {
        authentication-key \"\$9\$dLbYoZUjq.5F/Cu1RcyNdbs2oJZDkqP5\"; ## SECRET-DATA
    }
}
system {
    root-authentication {
        encrypted-password \"\$6\$8SvRj\$OhQ1o.5eW7nF0JwV3v2Pq8Xo1y9hQ2sM5kL3zR7tN0aB6cD4eF8gH1iJ2kL3mN4oP5qR6sT7uV8w\";
    }
}
"
silent decoy/junos.conf
mk decoy/fgt.conf "config user local
    edit \"g\"
        set passwd ENC SH2nHbgRzGn6gc5ShQb4BpDDDq0kF1Pl7qvPmXNYB8U7HU6KiWWmWa4TDmJc
    next
end
"
silent decoy/fgt.conf
mk decoy/vrp.cfg "sysname ce2
local-user ops password irreversible-cipher \$1c\$Wq9klv.P\$a8Xv4QKOD
snmp-agent community read cipher %^%#Q0F6b4xP2n%^%#
"
silent decoy/vrp.cfg
mk decoy/notes.txt "Set the password with the enable secret command, then check the key chain
name and mention password alternatives in the community string docs.
"
silent decoy/notes.txt
mk decoy/key.c "struct sctp_shared_key *null_key;
static const char *community_name;
"
silent decoy/key.c
mk decoy/settings.tcl "set CONVERTKIT_API_KEY \"$PW\"
"
silent decoy/settings.tcl

# positional credential files, by their path
mk deluge/auth "localclient:5b0e8d3f6a71c2494fe83d0b9a16e57c2d48f1a6:10
seedbox:$PW:10
"
"$KEYHOUND" scan "$T/deluge/auth" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports deluge/auth 5b0e8d3f6a71c2494fe83d0b9a16e57c2d48f1a6 "$PW"
mk deluge/notes.txt "seedbox:$PW:10
"
silent deluge/notes.txt
mk postgres/pgpass "db.lan:5432:app:app_rw:$PW
"
found postgres/pgpass 1 postgres-pgpass-password "$PW"
mk mail/opensmtpd-secrets "relay  relay-user@mail.example:$PW
"
found mail/opensmtpd-secrets 1 daemonfiles-opensmtpd-relay-credentials "$PW"

# a big device config: the last line's secret still found
for i in $(seq 1 20000); do printf 'interface Gi1/0/%d\n description port %d\n' "$i" "$i"; done >"$T/big.cfg"
printf 'username ops secret 0 %s\n' "$PW" >>"$T/big.cfg"
"$KEYHOUND" scan "$T/big.cfg" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports big.cfg "$PW"

finish e2e_netconf21
