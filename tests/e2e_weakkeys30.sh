#!/usr/bin/env bash
# End-to-end tests of wave 30's names apart from their values in structured
# syntaxes and its names that say little (scanner/shape_code.c:
# sibling_fields, xml_name_apart's id and child text, gettext_entry,
# nbt_data_set; scanner/shape_names.c: weak_abbrev_name, lora_key_name,
# keyed_parameter; scanner/shape_words.c: case_scattered).
# A name in one field and the value in its sibling (OPML's text/_note,
# Inno Setup's ValueName/ValueData, a .reg value), an element named by its
# id (SVG, HTML, XLIFF's trans-unit and its <source>), a gettext msgid or
# msgctxt and its msgstr, a Minecraft function's `set value`, a bare
# secret beside a user's field (a SIP account), a def's key= default; names
# that abbreviate a credential's word (cred, creds, auth, s3cr), a key a
# remote's word qualifies, LoRaWAN's keys under their config names, SNMP
# communities. Each with hard negatives in the same syntax: placeholders,
# labels, translations, references, hashes, ids, paths, code. Fake values
# throughout, made up for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# pos FILE LINE VALUE TEXT: TEXT in FILE gives VALUE on LINE, by a
# generic rule
pos() { mk "$1" "$4"; generic "$1" "$2" "$3"; }
# neg FILE TEXT: TEXT in FILE gives no finding
neg() { mk "$1" "$2"; silent "$1"; }

## 1. a name in one field, the value in its sibling ##########################

# OPML: <outline text="name" _note="value"/>
pos opml/a.opml 3 'Tw1mFBUdzV39dTSSSqUjEJAYYnUU' '<opml version="2.0"><body>
<outline text="Feeds" _note="subscribe here"/>
<outline text="radarApiKey" _note="Tw1mFBUdzV39dTSSSqUjEJAYYnUU"/>
</body></opml>
'
pos opml/b.opml 2 'E85Oc4RLWvVD4a7qMr1VcYMXUfYm4K5CMC2s' '<body>
  <outline type="setting" text="tile_server_token" _note="E85Oc4RLWvVD4a7qMr1VcYMXUfYm4K5CMC2s"/>
</body>
'
neg opml/n1.opml '<opml><body>
<outline text="Feeds" _note="subscribe here"/>
<outline text="apiKey" _note="${RADAR_API_KEY}"/>
<outline text="apiKey" _note="xxxxxxxxxxxxxxxxxxxxxxxx"/>
<outline text="apiKeyHelp" _note="Paste your API key here"/>
</body></opml>
'
neg opml/n2.opml '<opml><body>
<outline text="token_id" _note="3f1c9a5e-7b2d-4e8f-a1c6-9d0b2e4f6a81"/>
<outline text="apiKey" _note="&lt;your key&gt;"/>
</body></opml>
'
# Inno Setup's [Registry]: ValueName: "name"; ValueData: "value"
pos iss/a.iss 2 'o8hboJquKEM1cThUnb2vfOQb' '[Registry]
Root: HKCU; Subkey: "Software\Quay\Sync"; ValueType: string; ValueName: "syncApiKey"; ValueData: "o8hboJquKEM1cThUnb2vfOQb"
'
pos iss/b.iss 3 'Harbour7!Lintel' '[Registry]
Root: HKLM; Subkey: "Software\Quay\Db"; ValueType: string; ValueName: "InstallDir"; ValueData: "{app}"
Root: HKLM; Subkey: "Software\Quay\Db"; ValueType: string; ValueName: "DbPassword"; ValueData: "Harbour7!Lintel"
'
neg iss/n1.iss '[Registry]
Root: HKLM; Subkey: "Software\Quay\Db"; ValueType: string; ValueName: "DbPassword"; ValueData: "{code:GetDbPassword}"
Root: HKLM; Subkey: "Software\Quay\Db"; ValueType: string; ValueName: "ApiKeyFile"; ValueData: "{app}\conf\api.key"
Root: HKLM; Subkey: "Software\Quay\Db"; ValueType: string; ValueName: "TokenUrl"; ValueData: "https://login.quay.example/token"
'
neg iss/n2.iss '[Registry]
Root: HKLM; Subkey: "Software\Quay"; ValueType: string; ValueName: "apiKey"; ValueData: "changeme"
Root: HKLM; Subkey: "Software\Quay"; ValueType: string; ValueName: "Version"; ValueData: "4.2.0"
'
# a .reg file's "name"="value"
pos reg/a.reg 4 'Hq8Tn3Vw6Lz2Rk9Pm4Xc7Bd1' 'Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\Software\Quay\Sync]
"RelayToken"="Hq8Tn3Vw6Lz2Rk9Pm4Xc7Bd1"
"InstallPath"="C:\\Program Files\\Quay"
'
neg reg/n1.reg 'Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\Software\Quay\Sync]
"UploadToken"="%UPLOAD_TOKEN%"
"TokenCachePath"="C:\\Users\\Public\\quay\\tokens"
'

## an element named by its id, the value its text ###########################

pos svg/a.svg 2 'Kestr3l!Dunlin9' '<svg xmlns="http://www.w3.org/2000/svg">
<text id="kiosk_password" visibility="hidden">Kestr3l!Dunlin9</text>
<text id="password_label" x="10">Password</text>
</svg>
'
pos svg/b.svg 3 'w0WyJLOG5gVZu5oKEBpa5jMz7mam' '<svg xmlns="http://www.w3.org/2000/svg">
  <g id="legend">
    <desc id="map_api_token">w0WyJLOG5gVZu5oKEBpa5jMz7mam</desc>
  </g>
</svg>
'
neg svg/n1.svg '<svg xmlns="http://www.w3.org/2000/svg">
<text id="password_label">Password</text>
<text id="api_key_hint">Enter your API key</text>
<text id="token_help">${TOKEN}</text>
</svg>
'
neg svg/n2.svg '<svg><text id="secret_hash">9ce274092a12558bcee09121c4d5baef9ce274092a12558bcee09121c4d5baef</text>
<title id="password_reset">Reset password</title></svg>
'
pos html/a.html 2 'wY55LBr3NhqdKfALhUfyhB6sqRO2rlYCY4xvNL79' '<div class="debug">
<span id="maps_api_key" hidden>wY55LBr3NhqdKfALhUfyhB6sqRO2rlYCY4xvNL79</span>
</div>
'
neg html/n1.html '<form>
<label id="password">Password</label>
<span id="api_key">YOUR_API_KEY</span>
<span id="token">{{ token }}</span>
</form>
'
# XLIFF: <trans-unit id="name"><source>value</source>
pos xlf/a.xlf 3 'Gannet42Shoal' '<xliff version="1.2"><file source-language="en"><body>
  <trans-unit id="quay.title"><source>Quay sync</source></trans-unit>
  <trans-unit id="warehouse.password"><source>Gannet42Shoal</source></trans-unit>
</body></file></xliff>
'
pos xlf/b.xlf 2 'gqkh1CIafT4cceNtUkfGZxa9vee3goLXffeA' '<xliff version="2.0"><file id="f1">
<unit id="relay.api_key"><segment><source>gqkh1CIafT4cceNtUkfGZxa9vee3goLXffeA</source></segment></unit>
</file></xliff>
'
neg xlf/n1.xlf '<xliff version="1.2"><file><body>
  <trans-unit id="login.password"><source>Enter your password</source><target>Passwort eingeben</target></trans-unit>
  <trans-unit id="login.password_hint"><source>Password</source></trans-unit>
  <trans-unit id="settings.api_key"><source>API key</source></trans-unit>
  <trans-unit id="settings.token"><source>%TOKEN%</source></trans-unit>
</body></file></xliff>
'
# XML: an element whose key attribute names it, the value its text
pos gpx/a.gpx 3 '3mVp6zMqbVjJ1xOiOw9V2o6CSVvX' '<gpx><metadata><extensions>
<q:param key="id">route-17</q:param>
<q:param key="relay_token">3mVp6zMqbVjJ1xOiOw9V2o6CSVvX</q:param>
</extensions></metadata></gpx>
'
neg gpx/n1.gpx '<gpx><metadata><extensions>
<q:param key="id">route-17</q:param>
<q:param key="token">sample</q:param>
<q:param key="token_file">/etc/quay/token</q:param>
</extensions></metadata></gpx>
'

## gettext: msgid or msgctxt names it, msgstr holds it ######################

pos po/a.po 6 'Qz7vTm2Lk9Wp' 'msgid ""
msgstr ""

#: settings.py:4
msgid "mqtt broker password"
msgstr "Qz7vTm2Lk9Wp"
'
pos po/b.po 4 '0axZU1vUMWs6ON8bnRCWNRxDptcF' '# the relay key
msgctxt "relay.token"
msgid "config.value"
msgstr "0axZU1vUMWs6ON8bnRCWNRxDptcF"
'
pos po/c.pot 2 'z03PNaFwFByTOhtRnybdqRAipQN7' 'msgid "ingest api key"
msgstr "z03PNaFwFByTOhtRnybdqRAipQN7"
'
neg po/n1.po 'msgid "Password"
msgstr "Passwort"

msgid "API key"
msgstr "API-Schlüssel"

msgid "Enter your password to continue"
msgstr "Geben Sie Ihr Passwort ein, um fortzufahren"
'
neg po/n2.po 'msgid "token"
msgstr "jeton"

msgctxt "db.password"
msgid "config.value"
msgstr "${DB_PASSWORD}"

msgid "secret key"
msgstr ""
"clé secrète"
'

## a Minecraft function: data modify … <path> set value "…" ################

pos mc/a.mcfunction 2 '3oa8Atzuewjubft9fUmVKRzn' '# quay sync
data modify storage quay:cfg relay.api.key set value "3oa8Atzuewjubft9fUmVKRzn"
'
pos mc/b.mcfunction 1 '7PuxklIFehHLMxX0bLMYG69UwPHu' 'data modify entity @s Item.tag.webhook_token set value "7PuxklIFehHLMxX0bLMYG69UwPHu"
'
neg mc/n1.mcfunction 'data modify storage quay:cfg relay.api.key set value "[REDACTED]"
data modify storage quay:cfg relay.api.key set value "${RELAY_API_KEY}"
data modify storage quay:cfg relay.name set value "Relay Seven"
data modify storage quay:cfg relay.api.key_hint set value "paste the key"
'

## a bare secret beside a user's field: a login's password ##################

pos sip/a.xml 3 'mobelira47Ku' '<?xml version="1.0"?>
<paging site="Q7">
  <sip registrar="pbx.quay.internal" user="pagingQ7" secret="mobelira47Ku"/>
</paging>
'
pos sip/b.json 2 'Dunlin-Marl-5520' '{"accounts": [
  {"username": "door3", "secret": "Dunlin-Marl-5520", "host": "pbx.quay.internal"}
]}
'
neg sip/n1.xml '<paging>
  <sip registrar="pbx" user="pagingQ7" secret="${SIP_SECRET}"/>
  <sip registrar="pbx" user="pagingQ8" secret="changeme"/>
  <sip registrar="pbx" user="pagingQ9" secret="xxxxxxxx"/>
</paging>
'
neg sip/n2.xml '<hook name="deploy" secret="4d8e2f6a"/>
<item user="svc" secret="true"/>
'

## Modelica, a def's key= default, JS default #############################

pos mo/a.mo 2 'FXLziJUHjVlcJkCIBRrjPUicUY8x' 'model Pump
  parameter String relayToken = "FXLziJUHjVlcJkCIBRrjPUicUY8x";
  parameter String relayHost = "relay.quay.internal";
end Pump;
'
neg mo/n1.mo 'model Pump
  parameter String relayToken = "<token>";
  parameter String relayTokenFile = "/etc/quay/token";
end Pump;
'
pos py/a.py 1 'CKQfZl8tXSMq7ONBCTVj0ngcuYGlke25XRC8' 'def tides(port, key="CKQfZl8tXSMq7ONBCTVj0ngcuYGlke25XRC8"):
    return fetch(port, key)
'
pos py/b.py 2 'PW0JOgLWSHBegrKoMO9E4HdRIOS31URL2XKA' 'class Feed:
    async def pull(self, station, token="PW0JOgLWSHBegrKoMO9E4HdRIOS31URL2XKA"):
        pass
'
pos js/a.js 1 'Fs09adhtnKKmH62pwFRb5Tx0q85QEdMGs1HUA0ti' 'function tides(port, key = "Fs09adhtnKKmH62pwFRb5Tx0q85QEdMGs1HUA0ti") {
  return fetch(port, key);
}
'
neg py/n1.py 'def f(key="name"):
    return d[key]

def g(items, key="updated_at"):
    return sorted(items, key=lambda i: i[key])

def h(key="a2cd9fb4fbb5dde2e95cb01b69a327c2"):
    return cache[key]

def k(token="${TOKEN}"):
    pass
x = sorted(items, key="4a1RvPRw7iOs1rpA0DKX7tPE")
'
neg py/n2.py 'def lookup(table, key="3f1c9a5e-7b2d-4e8f-a1c6-9d0b2e4f6a81"):
    return table[key]
def label(key="primary_key_column"):
    pass
'

## 2. names that say little ##################################################

# cred, creds: a generated key, or a chosen password
pos cred/a.conf 2 'Fs09adhtnKKmH62pwFRb5Tx0q85QEdMGs1HUA0ti' 'MACHINE ?= "quay-rtu"
EXT_CRED = "Fs09adhtnKKmH62pwFRb5Tx0q85QEdMGs1HUA0ti"
'
pos cred/b.json 3 '4M6yFAA8qHlyXehWXr8mFKbd' '{
  "text_variables": {
    "BRIDGE_CRED": "4M6yFAA8qHlyXehWXr8mFKbd",
    "REV": "C"
  }
}
'
pos cred/c.rules 1 'bRVRXf8Ui2yYY4vIUHXLl8orGuoT' 'SUBSYSTEM=="tty", ATTRS{idVendor}=="1e0e", ENV{MODEM_CRED}="bRVRXf8Ui2yYY4vIUHXLl8orGuoT"
'
pos cred/d.pde 1 'Plover2026!' 'final String creds_main = "Plover2026!";
final String WALL_URL = "https://wall.quay.internal";
'
pos cred/e.pike 1 'ZvA6K0d0kICZqkXSx5gACmGF' 'constant creds_prod = "ZvA6K0d0kICZqkXSx5gACmGF";
'
pos cred/f.env 1 'XWVO7qqWAm9eXwIibLu9KlHISfvarbxp' 'SYNC_CRED=XWVO7qqWAm9eXwIibLu9KlHISfvarbxp
'
pos cred/g.yaml 3 'Marram#Tern61' 'relay:
  host: relay.quay.internal
  svc_creds: "Marram#Tern61"
'
neg cred/n1.env 'INT_CRED_FILE=/etc/quay/int.cred
INT_CRED=
EXT_CRED=${EXT_CRED}
CREDS_MAIN=changeme
'
neg cred/n2.c 'static int wr(struct sock *csk)
{
	csk->wr_cred = T3C_DATA(t3dev)->max_wrs - 1;
	old_cred = override_creds(new_cred);
	return 0;
}
'
neg cred/n3.conf 'EXT_CRED = "a2cd9fb4fbb5dde2e95cb01b69a327c2"
creds_main = "password"
creds_main = "3f1c9a5e-7b2d-4e8f-a1c6-9d0b2e4f6a81"
'
# a qualified auth: a generated key only
pos auth/a.procmailrc 2 'PpfUfomKasEmN2RJ6XaUTrrDjLxL' 'MAILDIR=$HOME/Mail
RELAY_AUTH="PpfUfomKasEmN2RJ6XaUTrrDjLxL"
'
pos auth/b.txt 2 'qsuYkzPVtLGUpQiph7CyYwOg73EaGEABYiY0qHoZ' 'bootdelay=2
upstream_auth=qsuYkzPVtLGUpQiph7CyYwOg73EaGEABYiY0qHoZ
'
pos auth/c.toml 2 'GFn7QhH4fzwkSsPazTHusArb8u8M' '[proxy]
proxy_auth = "GFn7QhH4fzwkSsPazTHusArb8u8M"
'
neg auth/n1.txt 'upstream_auth=basic
proxy_auth = "none"
RELAY_AUTH=true
ldap_auth=ldaps://ldap.quay.internal
'
neg auth/n2.env 'RELAY_AUTH="ed6a629c80b06bb2cca879f7d09161c1"
RELAY_AUTH=3f1c9a5e-7b2d-4e8f-a1c6-9d0b2e4f6a81
_auth=${NPM_AUTH}
HTTP_AUTH=Kestrel2026
'
# s3cr: a generated key only
pos s3cr/a.lsl 2 'Xk7mQ2pLw9Rt4Vz8Nb3Hc6Jd' '// relay
string s3cr = "Xk7mQ2pLw9Rt4Vz8Nb3Hc6Jd";
'
pos s3cr/b.asy 1 'doKZFu0N53gFzUBnmmEuzYZSPESNP1HsdpL9' 'string relay_s3cret = "doKZFu0N53gFzUBnmmEuzYZSPESNP1HsdpL9";
'
neg s3cr/n1.lsl 'string s3cr = "<RELAY_KEY>";
string s3cr_OLD = "jzUe************NdW";
string s3cr = "f5c32e1a9e331d38eca8455081b0c3fff5c32e1a";
string s3cr = "lighthouse";
'
# a key a remote's or an upstream's word qualifies
pos rkey/a.kicad_pro 3 'FLwzAEpibqbjMDLB8sTRwIRmINgPsRoB1FfldqWh' '{
  "text_variables": {
    "REMOTE_KEY": "FLwzAEpibqbjMDLB8sTRwIRmINgPsRoB1FfldqWh"
  }
}
'
mk rkey/b.ini '[sync]
upstream_key = JPMWVIRxUsQDcikysCoS00hKKmv4
'
"$KEYHOUND" scan "$T/rkey/b.ini" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "rkey/b.ini: a generic rule at 2" jq -e '[.[] | select(.secret == "JPMWVIRxUsQDcikysCoS00hKKmv4")] |
	length == 1 and .[0].line == 2 and (.[0].rule_id | startswith("generic-"))' "$T/out"
neg rkey/n1.ini '[sync]
REMOTE_KEY_PATH = /etc/quay/remote.key
remote_key = ~/.ssh/id_ed25519
REMOTE_KEY = cb6655c9906d6870e2d9ccb84c0204bf
upstream_key = primary
'
# LoRaWAN keys: 32 hex under a gateway's or a network server's name
pos lora/a.toml 5 'E4B4F2E1F2E397561FC557C36C00DD01' '[[devices]]
dev_eui="0510ef7cece99eb6"
join_eui="70b3d57ed0000000"
name="flow-logger-3"
nwk_key="E4B4F2E1F2E397561FC557C36C00DD01"
'
pos lora/b.yaml 3 'ee4863a002a15ea81637abde7428f96c' 'device:
  dev_addr: 26011bda
  nwk_s_key: ee4863a002a15ea81637abde7428f96c
'
pos lora/c.ini 2 '0949DFE5DB77D09113A11434C2E99A09' '[abp]
NWKSKEY=0949DFE5DB77D09113A11434C2E99A09
'
pos lora/d.env 1 'aa6870b425d52525ed79c506b0bd203f' 'LORA_APPSKEY=aa6870b425d52525ed79c506b0bd203f
'
neg lora/n1.toml '[[devices]]
nwk_key="00000000000000000000000000000000"
nwk_key="${NWK_KEY}"
nwk_key="0510ef7cece99eb6"
nwk_key="E4B4F2E1F2E397561FC557C36C00DD01E4B4"
'
neg lora/n2.json '{"LoRaWAN": {"OtaaV1_1": {"NwkKey": "9ce274092a12558bcee09121c4d5baef"}}}
'
neg lora/n3.yaml 'device:
  nwk_key_id: 9ce274092a12558bcee09121c4d5baef
  nwk_key_file: /etc/lora/nwk.key
'
# SNMP communities of letters whose case changes as a generated run's does
pos snmp/a.ini 3 'RkwQmbTzHvLqXnPo' '[SNMP]
ReadCommunity=public
WriteCommunity=RkwQmbTzHvLqXnPo
'
pos snmp/b.sls 2 'gHtRvwKpLmZqBxNc' 'snmp:
  rwcommunity: gHtRvwKpLmZqBxNc
'
neg snmp/n1.ini '[SNMP]
ReadCommunity=public
WriteCommunity=private
TrapCommunity=WriteCommunityString
community=MySQLServerPassword
'

## the weak names in fifteen syntaxes: a generated value reported, its
## placeholders, references, hex digests and ids not ###########################

# syntax NAME VALUE: the file's text (the value on the line `line` says)
syntax() {
	case $1 in
	env | properties) printf '%s=%s\n' "$2" "$3" ;;
	sh) printf '#!/bin/sh\nexport %s="%s"\n' "$2" "$3" ;;
	yaml) printf 'relay:\n  %s: "%s"\n' "$2" "$3" ;;
	json) printf '{"%s": "%s", "region": "eu"}\n' "$2" "$3" ;;
	toml | tf) printf '%s = "%s"\n' "$2" "$3" ;;
	ini) printf '[relay]\n%s = %s\n' "$2" "$3" ;;
	py) printf '%s = "%s"\n' "$2" "$3" ;;
	js) printf 'const %s = "%s";\n' "$2" "$3" ;;
	lua) printf 'local %s = "%s"\n' "$2" "$3" ;;
	java) printf 'static final String %s = "%s";\n' "$2" "$3" ;;
	go) printf 'package relay\n\nconst %s = "%s"\n' "$2" "$3" ;;
	rb) printf "%s = '%s'\n" "$2" "$3" ;;
	php) printf "<?php\n\$cfg['%s'] = '%s';\n" "$2" "$3" ;;
	esac
}
line() { case $1 in sh | yaml | ini | php) echo 2 ;; go) echo 3 ;; *) echo 1 ;; esac; }

set -- Dq7Kw2Rz9Lp4Xm8Tv3Bn6Hc1 Vw3Xk8Lq2Zt7Rp9Mb4Nc6Hd2 Jf5Gs0Ya4Pz8Wq2Lm7Tx3Rk9 \
	Nc6Hd1Jf5Gs0YaPz4Wq8Lm2T Rk3Vb9Nc6Hd1Jf5Gs0YaPz4W Tx7Rk3Vb9Nc6Hd1Jf5Gs0Ya4
values=("$@")
i=0
for ext in env properties sh yaml json toml tf ini py js lua java go rb php; do
	n=0
	for name in EXT_CRED relay_creds BRIDGE_AUTH remote_key; do
		v=${values[$(((i + n) % 6))]}
		mk "tab/$ext/$name.$ext" "$(syntax "$ext" "$name" "$v")
"
		generic "tab/$ext/$name.$ext" "$(line "$ext")" "$v"
		n=$((n + 1))
	done
	for bad in '${RELAY_CRED}' 'changeme' 'ed6a629c80b06bb2cca879f7d09161c1' \
		'3f1c9a5e-7b2d-4e8f-a1c6-9d0b2e4f6a81'; do
		n=$((n + 1))
		mk "tab/$ext/neg$n.$ext" "$(syntax "$ext" BRIDGE_AUTH "$bad")
"
		silent "tab/$ext/neg$n.$ext"
	done
	i=$((i + 1))
done

## a comment above naming a key vouches for a plain format under a weak name

pos above/a.conf 2 'a2cd9fb4fbb5dde2e95cb01b69a327c2' '# relay api key (rotate in the console)
SVC_KEY = "a2cd9fb4fbb5dde2e95cb01b69a327c2"
'
pos above/b.lua 3 '6b1e4c2a-9f3d-4a7e-b8c5-2d0f1e3a5c79' 'local cfg = {
  -- tiles access token
  relay_auth = "6b1e4c2a-9f3d-4a7e-b8c5-2d0f1e3a5c79",
}
'
pos above/c.py 2 'f5c32e1a9e331d38eca8455081b0c3ff5a7d9e21' '    # bridge secret
    conf.env.EXT_CRED = "f5c32e1a9e331d38eca8455081b0c3ff5a7d9e21"
'
neg above/n1.conf '# relay api key id
SVC_KEY = "a2cd9fb4fbb5dde2e95cb01b69a327c2"
# SHA-256 of the api key
svc_key = "9ce274092a12558bcee09121c4d5baef9ce274092a12558bcee09121c4d5baef"
# old value kept for reference
relay_auth = "ed6a629c80b06bb2cca879f7d09161c1"
# cache key
svc_key = "cb6655c9906d6870e2d9ccb84c0204bf"
'
neg above/n2.conf '# relay api key
SVC_KEY = "00000000-0000-0000-0000-000000000000x"
# relay api key
SVC_KEY = "${SVC_KEY}"
# relay api key
cache_key = "cb6655c9906d6870e2d9ccb84c0204bf"
'

## the same shapes in a test fixture: reported, in a test's context ########

mk tests/fixtures/quay.opml '<body><outline text="radarApiKey" _note="Uf22GiNyAQ3e5B8qxEXq83aVnIKxhy8CuqVX"/></body>
'
"$KEYHOUND" scan "$T/tests/fixtures/quay.opml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "fixture: reported" jq -e 'length == 1' "$T/out"
check "fixture: a test's context" jq -e '[.[] | .context] == ["test"]' "$T/out"

# the secret is not on the error stream, and masked on stdout
mk mask/relay.po 'msgid "relay api token"
msgstr "FjYHikOqu0TFdpZs5auaIDD1FsR3vBCzpYnK"
'
"$KEYHOUND" scan "$T/mask/relay.po" -f json >"$T/out" 2>"$T/err"
check "masked in the report" bash -c "! grep -q FjYHikOqu0TFdpZs5auaIDD1 '$T/out' && grep -q FjYH '$T/out'"
check "no secret on stderr" bash -c "! grep -q FjYHikOqu0TF '$T/err'"

# bounded: a long line of fields and msgids with no value ends quietly
mk long/fields.xml "<x $(printf 'user="u" secret=%.0s' $(seq 1 2000))/>
"
silent long/fields.xml
mk long/many.po "$(for i in $(seq 1 300); do printf 'msgctxt "relay.token"\nmsgid "x"\n'; done)
"
silent long/many.po

finish "e2e_weakkeys30"
