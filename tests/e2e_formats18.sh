#!/usr/bin/env bash
# End-to-end tests of wave 18's provider formats (patterns/SOURCES-formats18.md):
# Steam game server login tokens (+sv_setsteamaccount, LinuxGSM's gslt=,
# SRCDS_TOKEN), Kit V4 API keys (kit_ and 32 hex), ESPHome's OTA password
# under ota:, CakePHP's Security.salt (app_local.php, Configure::write,
# .env), SNMPv3 passphrases of joined words, and the precision audit's
# fixes: climbing fillers under AWS session token and WordPress salt
# names. Each with its decoys: placeholders, env references, wrong
# lengths and alphabets, shipped defaults, the same value outside the
# block that names it.
. "$(dirname "$0")/lib.sh"
batch_scans

G=3FA07C1B9E2D4865B0C7E1A9D3F52B64
G2=8e1d0b7c4a29f365e0b8c1d7a4f92e53
KIT=kit_6f1c0a9e3d7b24850c9e1f7a3b5d2e48
SALT=c07e2b9d4f1a8e36b5d0c9f27a1e4b83d6f0a2c5e8b7d1f39a4c6e0b2d5f8a17
SALT2=Vb7Qk2Lx9Tm4Wz8Rc3Yn6Hp1Df5Gs0Ja2Ke7Mu9
OTA=brambleottercinder
OTA2=Xq4vT9mLz2Kw7R
PRIV=saffron-lichen-copper-tide

# silent FILE: scanning $T/FILE gives no finding
silent() {
	"$KEYHOUND" scan "$T/$1" -f json -o "$T/out" 2>"$T/err"
	check "$1: no finding" jq -e 'length == 0' "$T/out"
}

# Steam game server login tokens
mk steam/cs2/cfg/server.cfg "hostname \"dunlin retakes\"
sv_setsteamaccount $G
"
found steam/cs2/cfg/server.cfg 2 steam-game-server-login-token "$G"
mk steam/run.sh "exec ./srcds_run -game tf +map ctf_2fort +sv_setsteamaccount \"$G2\" -port 27016
"
found steam/run.sh 1 steam-game-server-login-token "$G2"
mk steam/csgoserver.cfg "# LinuxGSM instance settings
gslt=\"$G\"
"
found steam/csgoserver.cfg 2 steam-game-server-login-token "$G"
mk steam/.env "SRCDS_TOKEN=$G2
"
found steam/.env 1 steam-game-server-login-token "$G2"
mk steam/decoy/server.cfg "sv_setsteamaccount \"\"
sv_setsteamaccount <GSLT>
sv_setsteamaccount \$STEAM_GSLT
sv_setsteamaccount ${G:0:31}
sv_setsteamaccount ${G}0
sv_setsteamaccount FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
gslt_appid=730
"
silent steam/decoy/server.cfg

# Kit V4 API keys
mk kit/Newsletter.kt "val keys = mapOf(\"kit\" to \"$KIT\")
"
found kit/Newsletter.kt 1 convertkit-v4-api-key "$KIT"
mk kit/call.sh "curl -s https://api.kit.com/v4/subscribers -H \"X-Kit-Api-Key: $KIT\"
"
found kit/call.sh 1 convertkit-v4-api-key "$KIT"
mk kit/decoy/Keys.kt "const val KIT_API_KEY_TRUNCATED = \"${KIT:0:14}...\"
const val KIT_SHORT = \"${KIT:0:35}\"
const val KIT_UPPER = \"kit_6F1C0A9E3D7B24850C9E1F7A3B5D2E48\"
const val KIT_TEMPLATE = \"{{ secrets.KIT_API_KEY }}\"
val toolkit_6f1c0a9e3d7b24850c9e1f7a3b5d2e48 = 1
"
silent kit/decoy/Keys.kt

# ESPHome OTA passwords
mk esphome/attic-fan.yaml "esphome:
  name: attic-fan
api:
  encryption:
    key: !secret attic_api_key
ota:
  - platform: esphome
    password: \"$OTA\"
wifi:
  ssid: !secret wifi_ssid
"
found esphome/attic-fan.yaml 8 esphome-ota-password "$OTA"
mk esphome/legacy.yml "esphome:
  name: gate
  platform: ESP32

ota:
  safe_mode: true
  password: $OTA2
"
found esphome/legacy.yml 7 esphome-ota-password "$OTA2"
# the same block in a file that names no ESPHome: another tool's ota (the
# generic password rule may still report it)
mk esphome/decoy/values.yaml "ota:
  password: $OTA2
"
"$KEYHOUND" scan "$T/esphome/decoy/values.yaml" -f json -o "$T/out" 2>"$T/err"
check "esphome/decoy/values.yaml: no OTA finding" jq -e '[.[] | select(.rule_id == "esphome-ota-password")] | length == 0' "$T/out"
mk esphome/decoy/a.yaml "ota:
  - platform: esphome
    password: !secret ota_password
"
silent esphome/decoy/a.yaml
mk esphome/decoy/b.yaml "ota:
  - platform: esphome
    password: \"\${ota_password}\"
"
silent esphome/decoy/b.yaml
mk esphome/decoy/c.yaml "ota:
  - platform: esphome
    password: \"your_ota_password\"
"
silent esphome/decoy/c.yaml
# the same words as the wifi password, outside ota:: not this rule's
mk esphome/decoy/d.yaml "ota:
  - platform: esphome
wifi:
  ap:
    password: \"$OTA\"
"
"$KEYHOUND" scan "$T/esphome/decoy/d.yaml" -f json -o "$T/out" 2>"$T/err"
check "esphome/decoy/d.yaml: no OTA finding" jq -e '[.[] | select(.rule_id == "esphome-ota-password")] | length == 0' "$T/out"

# CakePHP Security.salt
mk cake/config/app_local.php "<?php
return [
    'Security' => [
        'salt' => env('SECURITY_SALT', '$SALT'),
    ],
];
"
found cake/config/app_local.php 4 cakephp-security-salt "$SALT"
mk cake/app/Config/core.php "<?php
	Configure::write('Security.salt', '$SALT2');
"
found cake/app/Config/core.php 2 cakephp-security-salt "$SALT2"
mk cake/config/.env "export SECURITY_SALT=\"$SALT\"
"
found cake/config/.env 1 cakephp-security-salt "$SALT"
mk cake/decoy/config/app_local.php "<?php
return [
    'Security' => [
        'salt' => env('SECURITY_SALT', '__SALT__'),
    ],
];
"
silent cake/decoy/config/app_local.php
mk cake/decoy/core.php "<?php
	Configure::write('Security.salt', 'DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi');
"
silent cake/decoy/core.php
mk cake/decoy/.env "export SECURITY_SALT=\"\${APP_SALT}\"
"
silent cake/decoy/.env

# SNMPv3 passphrases of joined words
mk snmp/etc/snmp/snmpd.conf "createUser nagios SHA-256 \"$PRIV\" AES \"$PRIV\"
rouser nagios priv
"
"$KEYHOUND" scan "$T/snmp/etc/snmp/snmpd.conf" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "snmpd.conf: priv passphrase of joined words" jq -e --arg s "$PRIV" \
	'[.[] | select(.rule_id == "daemonfiles-snmpv3-priv-passphrase" and .secret == $s)] | length == 1' "$T/out"
mk snmp/decoy/snmpd.conf "createUser nagios SHA \"changeme1\" AES \"my_priv_pass\"
createUser nagios SHA \"changeme1\" AES \"<privacy-passphrase>\"
"
silent snmp/decoy/snmpd.conf

# the audit's climbing fillers
mk audit/.aws/credentials "[tmp]
aws_session_token = $(printf 'abcdefghijklmnopqrstuvwxyz0123456789%.0s' 1 2 3 4 | cut -c1-150)
"
silent audit/.aws/credentials
mk audit/wp-config.php "<?php
define('LOGGED_IN_SALT', '0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghij');
"
silent audit/wp-config.php

finish e2e_formats18
