#!/usr/bin/env bash
# End-to-end tests of wave 17's format classes: Defuse keys (def00000,
# their checksum deciding valid or invalid), Consul gossip keys as Consul
# decodes them, Phoenix's secret_key_base in base64url, Craft's security
# key, Statuspage keys, TOTP seeds (otpauth URIs and otp secret names),
# unattend.xml passwords people choose, Open Cloud keys in Luau scripts,
# mnemonics under a wallet's object, a provider-keyed Mixpanel map and
# Honeycomb ingest keys of other lengths. Decoys: truncated, sequential
# and ciphertext values, references, ids, documentation samples, fillers.
. "$(dirname "$0")/lib.sh"
batch_scans

DK=def00000ce6606d5e8769b3c878c1cb483734f2972b6140838104f69bbd7c7bdf067344085e1c4dae7c77769d5ff6be35d1dafabe0cf212f69bdc8ccf76f18e30c1158b7
DKBAD=${DK%????????}0a1b2c3d
B64U=Zq7Lw2-Xp9Kt4Vc8Nb3Hm6Js1Dg5Fa0Eu2Ko7Pi4Wn9T_3Lz8Kp2Xw7Rc4Mb9Hyq
HEX=7c41e9a05b3d28f6c1e0a97d4b2f538e
B32=KZ3MQ7XW2VNRTA5HJ4LPC6YEBG2UDF7S
MN="harvest orbit copper thunder lemon pilot walnut garden season velvet anchor island"

# structure FILE WANT: the one finding's validation structure is WANT
structure() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: structure $2" jq -e --arg w "$2" '.[0].validation.structure == $w' "$T/out"
}

# Defuse keys: PrestaShop's parameters.php; a key whose checksum holds is
# valid, another def00000 value invalid but reported
mk shop/app/config/parameters.php "<?php return array (
  'parameters' =>
  array (
    'new_cookie_key' => '$DK',
  ),
);
"
found shop/app/config/parameters.php 4 defuse-encryption-key "$DK"
structure shop/app/config/parameters.php valid
mk wp/wp-config.php "<?php
define('ENCRYPTION_KEY', '$DKBAD');
"
found wp/wp-config.php 2 defuse-encryption-key "$DKBAD"
structure wp/wp-config.php invalid
mk wp/notes.php "<?php
// truncated: def00000${DK:8:40}
\$c = 'def50200${DK:8:128}';
\$k = 'def00000$(printf '0123456789abcdef%.0s' 1 2 3 4 5 6 7 8)';
"
silent wp/notes.php

# Consul: a gossip key with non-zero trailing bits, which Go's decoder
# accepts; references and settings stay quiet
mk consul/server.json "{
  \"encrypt\": \"Tn4Vq8Lz2Kp7Xw5Rc9Mb3Hy6Js1Dg0Fa8Eu2Ko5Pi7W=\"
}
"
found consul/server.json 2 consul-gossip-key "Tn4Vq8Lz2Kp7Xw5Rc9Mb3Hy6Js1Dg0Fa8Eu2Ko5Pi7W="
mk consul/client.hcl "encrypt = \"\${CONSUL_GOSSIP}\"
encrypt_verify_incoming = true
"
silent consul/client.hcl

# Phoenix: secret_key_base in base64url; a reference is none
mk ex/config/runtime.exs "config :web, WebWeb.Endpoint,
  secret_key_base: \"$B64U\"
"
found ex/config/runtime.exs 2 phoenix-secret-key-base "$B64U"
mk ex/config/prod.exs "config :web, WebWeb.Endpoint,
  secret_key_base: System.fetch_env!(\"SECRET_KEY_BASE\")
"
silent ex/config/prod.exs

# Craft CMS: the security key in .env and general.php; the app id is none
mk craft/.env "CRAFT_APP_ID=CraftCMS--5c0e1a52-7b3f-4e4d-9a1c-2f6b8d0e3a71
CRAFT_SECURITY_KEY=${B64U:0:32}
"
found craft/.env 2 craft-security-key "${B64U:0:32}"
mk craft2/config/general.php "<?php
return [
    '*' => ['securityKey' => App::env('CRAFT_SECURITY_KEY')],
];
"
silent craft2/config/general.php

# Statuspage: a key in a note and an OAuth header; ids and the
# documentation's sample stay quiet
mk ops/HANDOVER.txt "- Status page API key: $HEX
"
found ops/HANDOVER.txt 1 statuspage-api-key "$HEX"
mk ops/ids.env "STATUSPAGE_PAGE_ID=x4kq9vbt2mzr
STATUSPAGE_COMPONENT_ID=8v2kq4ztm1xr
"
silent ops/ids.env
mk ops/docs.md "curl https://api.statuspage.io/v1/pages/gytm4qzbx9t6 -H \"Authorization: OAuth 89a229ce1a8dbcf9ff30430fbe35eb4c0426574bca932061892cefd2138aa4b1\"
"
silent ops/docs.md

# TOTP: an otpauth URI, a Selenium test's seed; Google's sample and a
# template are none
mk qa/accounts.yml "bot:
  otp_uri: \"otpauth://totp/Acme:ci-bot?secret=$B32&issuer=Acme\"
"
found qa/accounts.yml 2 totp-secret-uri "$B32"
mk qa/LoginIT.java "class LoginIT {
    void login(WebDriver d) {
        d.findElement(By.id(\"otp-seed\")).sendKeys(\"$B32\");
    }
}
"
found qa/LoginIT.java 3 totp-seed "$B32"
mk qa/README.md "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example
otpauth://totp/{issuer}:{user}?secret={secret}
TOTP_DIGITS=6
OTP_SECRET=\${OTP_SECRET}
"
silent qa/README.md

# unattend.xml: a password a person chose; Windows' own mask and a
# pipeline variable are none
mk img/unattend.xml "<LocalAccount>
  <Password>
    <Value>saffron-velvet-copper-135</Value>
    <PlainText>true</PlainText>
  </Password>
</LocalAccount>
"
found img/unattend.xml 3 windows-unattend-password "saffron-velvet-copper-135"
mk img2/unattend.xml "<AutoLogon>
  <Password>
    <Value>*SENSITIVE*DATA*DELETED*</Value>
    <PlainText>true</PlainText>
  </Password>
</AutoLogon>
<AdministratorPassword>
  <Value>\$(AdminPassword)</Value>
  <PlainText>true</PlainText>
</AdministratorPassword>
"
silent img2/unattend.xml

# Roblox: an Open Cloud key in a Luau script, not the same line in Python
RBX=CaYT7fxDJ5LhrZKS4QLHIWM2Rk5fGIRmdtMHaaVh1Tne1x5vI92p0lK5g2esnFSuM06jdFLU2OBqUefmE5wykjeBbRZRdL1T4v8gy
mk rbx/src/Analytics.server.luau "local OPEN_CLOUD_KEY = \"$RBX\"
"
found rbx/src/Analytics.server.luau 1 roblox-open-cloud-api-key-luau "$RBX"
mk rbx/tools/publish.py "OPEN_CLOUD_KEY = \"$RBX\"
"
silent rbx/tools/publish.py

# a mnemonic under a plain key in a wallet's object; words outside the
# list and Hardhat's published phrase are none
mk chain/settings.json "{
  \"ethereum\": {\"key\": \"$MN\", \"enabled\": true}
}
"
found chain/settings.json 2 ethereum-mnemonic-nested "$MN"
mk chain/wallet.json "{\"wallet\": {\"label\": \"keep the twelve words of your wallet in a safe place never online\"}}
{\"wallet\": {\"key\": \"test test test test test test test test test test test junk\"}}
"
silent chain/wallet.json

# Mixpanel: a provider-keyed PHP map; its project token is public
mk mp/config.php "<?php
\$services = ['mixpanel' => ['key' => 'Rk8sW3nQ7vX2mL9pT4zC6yB1hJ5dF0gA']];
"
found mp/config.php 2 mixpanel-secret "Rk8sW3nQ7vX2mL9pT4zC6yB1hJ5dF0gA"
mk mp/token.php "<?php
\$services = ['mixpanel' => ['token' => '$HEX']];
"
silent mp/token.php

# Honeycomb: an ingest key two characters longer than the first ones
HC=hcaik_01ltzkq47c20jepw54bexv2zzoi863vr5kebn0718z1couvthx1j8g2cw9dz
mk otel/collector.yaml "exporters:
  otlphttp/honeycomb:
    headers:
      x-honeycomb-team: $HC
"
found otel/collector.yaml 4 honeycomb-ingest-key "$HC"

# Polar: an organization access token; a client id, a truncated token and
# a placeholder are none
PO=polar_oat_Kq8ZtW3mYp2VnLr5XcB7HdJ9sF4gA6-Tq1Lw7Xe0Rb5
mk polar/.env "POLAR_ACCESS_TOKEN=$PO
"
found polar/.env 1 polar-access-token "$PO"
mk polar/.env.example "POLAR_ACCESS_TOKEN=polar_oat_...
POLAR_CLIENT_ID=polar_ci_Kq8ZtW3mYp2VnLr5XcB7Hd
POLAR_TOKEN_TEST=${PO:0:40}
"
silent polar/.env.example

finish e2e_formats17
