#!/usr/bin/env bash
# End-to-end tests of wave 26's names: a name's last word, as people
# split names (camelCase, snake, dotted, shouted), tells a credential in
# words the generic rule does not read: a password's PW after another
# word (mailPw, vaultPW), a PIN and an SNMP community (SNMP_RO, SNMP_RW)
# whose values must look chosen as secrets, and RANCID's `add password
# <glob> {vty} {enable}` lines. GPIO and audio pins, numeric PINs,
# certificate pins, PIN policies, default communities, a project's
# community link, a page's width and hashed root passwords stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PIN1='Lantern7Quay!'
PIN2='Tr4m-Velvet82'
COM1='Gx4Tq9LmZ2wP'
COM2='Nw5Rq8Tz3Lm'
PW1='Hv8!qTz3Lm2W'
PW2='Zq4Lm8Tw2Rx'

# a PIN chosen as a password, under names split every way
mk tf/kiosk.tf "resource \"kiosk_device\" \"foyer\" {
  admin_pin = \"$PIN1\"
}
"
generic tf/kiosk.tf 2 "$PIN1"
mk json/door.json "{\"door\": {\"serviceDoorPin\": \"$PIN2\", \"floor\": 2}}
"
generic json/door.json 1 "$PIN2"
mk cs/Vault.cs "public const string UnlockPIN = \"$PIN1\";
"
generic cs/Vault.cs 1 "$PIN1"
mk yaml/safe.yaml "safe:
  model: Phoenix
  pin: '$PIN2'
"
generic yaml/safe.yaml 3 "$PIN2"
mk nix/kiosk.nix "{ services.kiosk = { enable = true; exitPin = \"7Hq_Lm2xWt9R\"; }; }
"
generic nix/kiosk.nix 1 "7Hq_Lm2xWt9R"

# pins of hardware, numbers, policies and certificates: no PIN's value
mk decoy/board.json "{\"led_pin\": \"GPIO_NUM_12\", \"button\": {\"pin\": \"gpio35\"}, \"relayPin\": \"PB12\",
 \"dataPin\": \"GPIO_PinSource12\", \"clkPin\": \"SPI2_SCK_PB13\"}
"
silent decoy/board.json
mk decoy/audio.c "static struct snd_soc_jack_pin jack_pins[] = {
	{ .pin = \"Headphone Jack\", .mask = SND_JACK_HEADPHONE },
	{ .pin = \"Headset Mic2\", .mask = SND_JACK_MICROPHONE },
};
"
silent decoy/audio.c
mk decoy/card.yaml "card_pin: \"48213907\"
pin: \"required\"
pin_policy: \"min-6-digits\"
pin: \"\${KIOSK_PIN}\"
pin: \"Pin12\"
"
silent decoy/card.yaml
mk decoy/trustkit.json "{\"pin\": \"sha256/E9CZ9INDbd+2eRQozYqqbQ2yXLVKB9+xcprMF+44U1g=\",
 \"backupPin\": \"r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=\"}
"
silent decoy/trustkit.json
mk decoy/apt.pref "Package: *
Pin: release a=bookworm-backports
Pin-Priority: 900
"
silent decoy/apt.pref

# an SNMP community that is not a default
mk ansible/group_vars/switches.yml "snmp_community: \"$COM1\"
snmp_location: \"Rack 4\"
"
generic ansible/group_vars/switches.yml 1 "$COM1"
mk env/printer.env "PRINTER_HOST=10.2.0.14
SNMP_RW=$COM2
"
generic env/printer.env 2 "$COM2"
mk ini/poller.ini "[snmp]
version = 2c
community = $COM1
"
generic ini/poller.ini 3 "$COM1"
mk salt/pillar/snmp.sls "snmp:
  rocommunity: $COM2
  syslocation: plant room
"
generic salt/pillar/snmp.sls 2 "$COM2"
mk decoy/snmp.yml "auths:
  public_v2:
    community: public
  private_v2:
    community: \"private\"
SNMP_RO=public
community: \"Community Forum\"
\"community\": \"https://discord.gg/Kx8Qz2Lm\"
community: my-community
rocommunity: public
procommunity: $COM1
snmp_ro_community: \"{{ vault_snmp_ro }}\"
"
silent decoy/snmp.yml

# a password's PW after another word
mk php/mail.php "<?php
\$mailPw = '$PW1';
"
generic php/mail.php 2 "$PW1"
mk swift/Config.swift "let vaultPW = \"$PW2\"
"
generic swift/Config.swift 1 "$PW2"
mk decoy/layout.js "const pw = \"210mm\";
const pagePw = \"100%\";
const colPw = \"12\";
const dataPw = \"{{ .Values.pw }}\";
"
silent decoy/layout.js
mk decoy/ldap.json "{\"olcRootPW\": \"{SSHA}LCPswsHFI5z7ftq+bb+Bs6D0kMgnHwHy\"}
"
silent decoy/ldap.json

# a bare PSK in notes, any case; strongSwan's `: PSK "..."` is its own rule's
mk notes/office-wifi.org "* Office network
  SSID: Corridor-5G
  PSK: $PIN1
"
generic notes/office-wifi.org 3 "$PIN1"
mk vpn/ipsec.secrets "gw-north : PSK \"$COM1\"
"
found vpn/ipsec.secrets 1 daemonfiles-strongswan-secret "$COM1"
# a query's pair ends at the next one
mk links/report.txt "https://ldap-admin.test/bind?ldapBindPw=$PW2&limit=10
"
generic links/report.txt 1 "$PW2"

# RANCID's .cloginrc: the vty and enable passwords after the glob
mk rancid/.cloginrc "# lab routers
add user        rtr-*.lab     {netops}
add password    rtr-*.lab     {$PW1} {$PW2}
add userpassword {fw-0[1-4]}  {$COM1}
add method      rtr-*.lab     {ssh}
"
"$KEYHOUND" scan "$T/rancid/.cloginrc" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports .cloginrc "$PW1" "$PW2" "$COM1"
mk decoy/.cloginrc "add password * {bar} {table}
add user     sw-*     {rancid}
add autoenable fw-*   {1}
add cyphertype *      {aes256-ctr}
"
silent decoy/.cloginrc

finish e2e_names26
