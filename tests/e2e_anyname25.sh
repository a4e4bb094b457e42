#!/usr/bin/env bash
# End-to-end tests of wave 25's "a credential's name, then its value, in
# any syntax": the reader that knows no syntax's glue takes a map's arrow
# ("name" -> "value"), a macro's call around the literal (cstr!("…")), a
# declaration's shouted keywords (CONSTANT VARCHAR2(40) :=) and a type
# given as a string before the value (type : 'string', value : '…'); the
# password judge reads Latin letters past ASCII as letters (Größe-Brücke-
# Kätzchen61) and three dotted words with a number glued to the last
# (copper.lantern.fennel8). Decoys in the same syntaxes: prose and labels
# about passwords, policy numbers, hashes, references, placeholders, a
# key of a map that holds a variable, members, a port's flag.
. "$(dirname "$0")/lib.sh"
batch_scans

# a map's arrow between a credential's name and its value
mk scala/Relay.scala 'object Relay {
  val creds = Map("relay_api_token" -> "Cr2Rz8Lm3Xt9Vb7Np4Wc6Yd", "region" -> "eu")
}
'
generic scala/Relay.scala 2 Cr2Rz8Lm3Xt9Vb7Np4Wc6Yd
mk scala/Seed.scala 'val seed = Seq("ops" -> "ops@relay.test", "ops_password" -> "Kw7Rt-Pz3Qx9")
'
generic scala/Seed.scala 1 Kw7Rt-Pz3Qx9
mk decoy/Labels.scala 'val labels = Map("password" -> "Enter your password", "api_token" -> "API token")
val creds = Map("api_token" -> apiToken, "password" -> sys.env("RELAY_PW"))
val policy = Map("password_min_length" -> "12", "token_ttl" -> "3600")
'
silent decoy/Labels.scala
mk decoy/members.c 'session->token->data = "x";
if (auth->password -> len > 0) { }
'
silent decoy/members.c

# a macro's call around the literal
mk rust/relay.rs 'static RELAY_API_SECRET: &CStr = cstr!("Dr9Rz3Lm8Xt2Vb7Np4Wc6Yd");
'
generic rust/relay.rs 1 Dr9Rz3Lm8Xt2Vb7Np4Wc6Yd
mk decoy/names.rs 'const TOKEN_HEADER: &str = concat!("X-", "Relay-", "Token");
const API_TOKEN_ENV: &str = stringify!(RELAY_API_TOKEN);
let token = format!("{}", api_token);
'
silent decoy/names.rs

# a declaration's shouted keywords: PL/SQL, COBOL-like
mk plsql/relay_pkg.sql "CREATE OR REPLACE PACKAGE relay_pkg AS
  c_relay_api_token CONSTANT VARCHAR2(40) := 'Pq8Rz2Lm9Xt3Vb7Np4Wc6Yd';
END relay_pkg;
"
generic plsql/relay_pkg.sql 2 Pq8Rz2Lm9Xt3Vb7Np4Wc6Yd
mk decoy/policy_pkg.sql "  c_password_min_length CONSTANT NUMBER := 12;
  c_password_hash CONSTANT VARCHAR2(64) := '5f4dcc3b5aa765d61d8327deb882cf99';
  IF p_password = v_stored_password THEN
  c_token_label CONSTANT VARCHAR2(40) := 'Relay API token';
"
silent decoy/policy_pkg.sql

# a type given as a string before the value (Meson's options; any
# option(name, type, value) call)
mk meson/meson_options.txt "option('relay_password', type : 'string', value : 'Kw7Rt-Pz3Qx', yield : true)
option('relay_token', type : 'string', value : 'Lq8Rz2Lm9Xt3Vb7Np4Wc6Yd')
"
"$KEYHOUND" scan "$T/meson/meson_options.txt" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports meson_options.txt Kw7Rt-Pz3Qx Lq8Rz2Lm9Xt3Vb7Np4Wc6Yd
mk decoy/meson_options.txt "option('relay_password', type : 'string', value : '', description : 'the relay password')
option('relay_token', type : 'string', value : 'changeme')
option('password_min_length', type : 'integer', value : 12)
option('token_file', type : 'string', value : '/run/secrets/relay-token')
"
silent decoy/meson_options.txt

# Latin letters past ASCII in a password people choose
mk cs/Relay.cs 'private const string RelayPassword = "Ålesund-Fjørd-Bølge38";
'
generic cs/Relay.cs 1 'Ålesund-Fjørd-Bølge38'
mk ex/runtime.exs 'config :relay,
  relay_password: "Kraków-Łódź-Gdańsk52",
'
generic ex/runtime.exs 2 'Kraków-Łódź-Gdańsk52'
mk ada/relay.adb '   Relay_Password : constant String := "Señor-Piñata-Mañana7";
'
generic ada/relay.adb 1 'Señor-Piñata-Mañana7'
mk nix/relay.nix '{ services.relay.adminPassword = "Größe-Brücke-Kätzchen61"; }
'
generic nix/relay.nix 1 'Größe-Brücke-Kätzchen61'
mk dhall/relay.dhall 'let relayPassword = "Élan-Château-Forêt29" in relayPassword
'
generic dhall/relay.dhall 1 'Élan-Château-Forêt29'
mk pkl/relay.pkl 'relayPassword: String = "Sæter-Bjørk-Hytte44"
'
generic pkl/relay.pkl 1 'Sæter-Bjørk-Hytte44'
mk erl/relay.config '[{relay, [{relay_password, "Mølle-Kåpe-Ærfugl17"}]}].
'
generic erl/relay.config 1 'Mølle-Kåpe-Ærfugl17'
mk ini/behave.ini '[userdata]
relay_password = Tuğla-Çiçek-Yıldız93
'
generic ini/behave.ini 2 'Tuğla-Çiçek-Yıldız93'
mk decoy/i18n.yaml 'password_hint: "Größe beachten"
password: "Passwort vergessen?"
password: "Überprüfen"
password_label: "Kennwörter-Übersicht"
token: "Straße-Größe"
password: "Zürich→Genève2024"
password: "Пароль-Слово-Ключ42"
'
silent decoy/i18n.yaml
mk decoy/i18n.exs '  relay_password: System.get_env("RELAY_PASSWORD"),
  relay_token: "${RELAY_TOKEN}",
  error: "Kennwort ungültig für Benutzer",
'
silent decoy/i18n.exs

# three dotted words, a number glued to the last
mk jsonnet/relay.jsonnet '{
  relay_password: "copper.lantern.fennel8",
}
'
generic jsonnet/relay.jsonnet 2 copper.lantern.fennel8
mk tcl/relay.tcl 'set relay_password "marble.cactus.tundra4"
'
generic tcl/relay.tcl 1 marble.cactus.tundra4
mk vhdl/relay.vhd '  constant RELAY_PASSWORD : string := "walrus.ember.quiver5";
'
generic vhdl/relay.vhd 1 walrus.ember.quiver5
mk nim/relay.nim 'let relayPassword = "orchid.basalt.meadow2"
'
generic nim/relay.nim 1 orchid.basalt.meadow2
mk fish/config.fish 'set -gx RELAY_PASSWORD saffron.kettle.harbor7
'
generic fish/config.fish 1 saffron.kettle.harbor7
mk gd/relay.gd 'const RELAY_PASSWORD := "lantern.pebble.cobalt3"
'
generic gd/relay.gd 1 lantern.pebble.cobalt3
mk decoy/paths.conf 'password = "config.value.key2"
password: "spring.datasource.password"
password: "app.settings.prod2"
password = "kafka.broker.node"
password = "v1.2.3"
'
silent decoy/paths.conf

# a bare value after a directive (csh's setenv, RPM's %global) or a
# template's ${NAME} (Robot Framework's variables): the line's last word
mk csh/login.csh 'setenv RELAY_API_TOKEN Hq8Rz2Lm9Xt3Vb7Np4Wc6Yd
'
generic csh/login.csh 1 Hq8Rz2Lm9Xt3Vb7Np4Wc6Yd
mk rpm/relay.spec '%global relay_api_token Gq4Rz7Lm2Xt9Vb3Np8Wc5Yd
'
generic rpm/relay.spec 1 Gq4Rz7Lm2Xt9Vb3Np8Wc5Yd
mk robot/vars.robot '*** Variables ***
${RELAY_API_TOKEN}    Nq9Rz3Lm8Xt2Vb7Np4Wc6Yd
'
generic robot/vars.robot 2 Nq9Rz3Lm8Xt2Vb7Np4Wc6Yd
mk decoy/history.sh 'export API_TOKEN
unset API_TOKEN
setenv API_TOKEN $HOME/x1
git checkout relay_password_fix2
echo API_TOKEN 12345678
kubectl delete secret api_token_v2 -n relay2
set api_token_ttl 3600
vault kv get secret/api_token2
'
silent decoy/history.sh
mk decoy/directives.txt '%define relay_password_file /etc/relay/pw1
!define PASSWORD_MIN_LEN 12
#define API_TOKEN_SIZE 64
'
silent decoy/directives.txt
mk decoy/hub.h '#define RELAY_HASH_SECRET_KEY0 0xa9d5af4c9fbc76b1
#define RELAY_PROT_PASSWD	            0xfc600309
#define RELAY_PASSWORD		0x53474972756c6573ull
.set relay_api_token, 0x7f3a9c21
'
silent decoy/hub.h
mk decoy/vars.robot '*** Variables ***
${RELAY_API_TOKEN}    %{RELAY_API_TOKEN}
${RELAY_PASSWORD}    \${EMPTY}
'
silent decoy/vars.robot

# a cast or an attribute in angle brackets, a YAML tag, a brace's init
mk ts/relay.ts 'export const relayApiToken = <const>"Tq8Rz2Lm9Xt3Vb7Np4Wc6Yd";
'
generic ts/relay.ts 1 Tq8Rz2Lm9Xt3Vb7Np4Wc6Yd
mk lua/relay.lua 'local relay_api_secret <const> = "Vq9Rz3Lm8Xt2Vb7Np4Wc6Yd"
'
generic lua/relay.lua 1 Vq9Rz3Lm8Xt2Vb7Np4Wc6Yd
mk yaml/relay.yml 'relay_api_token: !!str "Sq3Rz9Lm2Xt8Vb7Np4Wc6Yd"
'
generic yaml/relay.yml 1 Sq3Rz9Lm2Xt8Vb7Np4Wc6Yd
mk cpp/relay.cpp 'constexpr auto kRelayApiToken = std::string_view{"Wq9Rz3Lm8Xt2Vb7Np4Wc6Yd"};
'
generic cpp/relay.cpp 1 Wq9Rz3Lm8Xt2Vb7Np4Wc6Yd
mk decoy/tags.yml 'relay_password: !vault |
relay_api_key: !GetAtt RelayKey.Value
relay_token: !Sub "${RelayToken}"
relay_secret: !Ref RelaySecretParam
'
silent decoy/tags.yml
mk decoy/compare.ts 'if (relayApiToken != "") { }
const ok = relayApiToken <expected && relayApiToken > "a";
'
silent decoy/compare.ts

# a bare psk, as NetworkManager's keyfiles and wpa_supplicant write it
mk nm/Depot.nmconnection '[wifi-security]
key-mgmt=wpa-psk
psk=Waffle0915#
'
generic nm/Depot.nmconnection 3 'Waffle0915#'
mk wpa/wpa_supplicant.conf 'network={
    ssid="Depot"
    psk="Kettle.Moss.2291"
}
'
generic wpa/wpa_supplicant.conf 3 Kettle.Moss.2291
mk decoy/psk.py 'psk = os.urandom(32)
psk = derive_psk(key)
psk = "your-wifi-password"
'
silent decoy/psk.py
mk decoy/ipsec.secrets.txt '# : PSK "Qm7vXr2kLp9zTw4nBy6c"
'
silent decoy/ipsec.secrets.txt
mk decoy/psk.nmconnection 'psk=$WIFI_PSK
psk-flags=1
psk=12345678
'
silent decoy/psk.nmconnection

# prose and flags beside a password's name, in the same files
mk decoy/notes.md 'Set `password_min_length -> 12` in the policy.
The token -> "refresh" flow rotates every hour.
PASSWORD POLICY MINIMUM LENGTH 12
Run `relay -p 8080 --password-file /run/secrets/pw`.
'
silent decoy/notes.md

finish e2e_anyname25
