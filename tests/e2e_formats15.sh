#!/usr/bin/env bash
# End-to-end tests of wave 15's provider formats (formats15), each as the
# provider documents it: an answer file's hidden password with a word in
# it, the Splunk and ApiKey schemes as a call's argument, SDK clients that
# take the token first, Postmark's `auth`, a legacy Cloudflare key under any
# name, a gossip key under its own names (only what keygen prints), Bundler's
# bare and token-as-user credentials, Adafruit IO's 32-hex keys, Midtrans'
# VT-server keys, long Telegram bot ids, short Discord snowflakes and
# GameAnalytics' initialize(); with the decoys beside them.
. "$(dirname "$0")/lib.sh"
batch_scans

# nothing FILE RULE: scanning $T/FILE gives no finding of RULE
nothing() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: nothing of $2" jq -e --arg r "$2" '[.[] | select(.rule_id == $r)] | length == 0' "$T/out"
}

# hidden FILE PASSWORD ELEMENT: Windows SIM's PlainText false (base64 of the
# UTF-16LE password and its element's name)
hidden() { printf '%s%s' "$1" "$2" | iconv -t UTF-16LE | base64 -w0; }

# Windows answer files: a long password with a sample word in it, and one of
# letters and a mark, are reported decoded; a sample password is not
PW1='Adm!nQzKw7TrvXp'
PW2='QmZx#kvTpRwLsYe'
mk win/autounattend.xml "<AdministratorPassword>
  <Value>$(hidden "$PW1" AdministratorPassword)</Value>
  <PlainText>false</PlainText>
</AdministratorPassword>
<Password>
  <Value>$(hidden "$PW2" Password)</Value>
  <PlainText>false</PlainText>
</Password>
"
"$KEYHOUND" scan "$T/win/autounattend.xml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "unattend: both hidden passwords decoded" jq -e --arg a "$PW1" --arg b "$PW2" \
	'[.[] | select(.rule_id == "windows-unattend-password-encoded" and .decoded == ["base64"])
	 | .secret] | sort == ([$a, $b] | sort)' "$T/out"
mk win/sample/unattend.xml "<AdministratorPassword>
  <Value>$(hidden 'Admin123!' AdministratorPassword)</Value>
  <PlainText>false</PlainText>
</AdministratorPassword>
<Password>
  <Value>$(hidden 'P@ssw0rd' Password)</Value>
  <PlainText>false</PlainText>
</Password>
"
nothing win/sample/unattend.xml windows-unattend-password-encoded

# Splunk HEC: the scheme as a call's argument, a collector client's first
# argument; a request channel (a UUID too) is not
HEC=6be0e6a4-2c13-4b1e-9d27-5c8f04e7a3b9
mk splunk/hec.go "req.Header.Set(\"Authorization\", \"Splunk $HEC\")
"
found splunk/hec.go 1 splunk-hec-token "$HEC"
mk splunk/ship.py "hec = http_event_collector(\"$HEC\", \"splunk.corp.internal\")
"
found splunk/ship.py 1 splunk-hec-token "$HEC"
mk splunk/channel.go "// splunk
req.Header.Set(\"X-Splunk-Request-Channel\", \"$HEC\")
"
nothing splunk/channel.go splunk-hec-token

# Postmark: `auth` after Postmark's name, a client built on the token; a
# message id is not
PM=5b0d9e1c-7a42-4f3e-8c61-d29a0b7e4f15
mk pm/Web.config "<appSettings>
  <add key=\"Postmark:Auth\" value=\"$PM\" />
</appSettings>
"
found pm/Web.config 2 postmark-api-token "$PM"
mk pm/mail.js "const client = new postmark.ServerClient(\"$PM\");
"
found pm/mail.js 1 postmark-api-token "$PM"
mk pm/ids.config "<add key=\"PostmarkMessageId\" value=\"$PM\" />
"
nothing pm/ids.config postmark-api-token

# Cloudflare's legacy global key: 37 hex under any name beside Cloudflare's;
# zone and account ids (32 hex) are not
CFK=0c7e9b5a13d4f8e26a0b9c7d5e3f1a2b4c6d8
mk cf/dns.tf "provider \"cloudflare\" {
  email = var.email
}
variable \"auth\" {
  type    = string
  default = \"$CFK\"
}
"
found cf/dns.tf 6 cloudflare-global-api-key-legacy "$CFK"
mk cf/zone.tf "provider \"cloudflare\" {}
locals {
  zone_id = \"71f8eb3262411af58bddcd1e381f836f\"
}
"
nothing cf/zone.tf cloudflare-global-api-key-legacy

# Consul gossip keys under their own names; a 32-byte key's base64 whose
# last character keygen never prints is not one
G32=m3Qv9TzK1pLw7XcR2bNf5hYs8dGj0aEu4kWoP+i/VrU=
mk consul/secret.yaml "stringData:
  gossip-encryption-key: \"$G32\"
"
found consul/secret.yaml 2 consul-gossip-key "$G32"
mk consul/gitlab.rb "consul['encryption_key'] = 'Rk7pW2nQx9LmV4tZs8cJ1g=='
"
found consul/gitlab.rb 1 consul-gossip-key 'Rk7pW2nQx9LmV4tZs8cJ1g=='
mk consul/agent.hcl "encrypt = \"m3Qv9TzK1pLw7XcR2bNf5hYs8dGj0aEu4kWoP+i/VZ=\"
"
nothing consul/agent.hcl consul-gossip-key

# Bundler: a bare token and a token as the user are the secret; x-oauth-basic
# is not
BT=a9F3kQ7mX2vL8pZ4tR6wY1cN5bH0jD3s
mk bundle/.bundle/config "---
BUNDLE_GIT__CORP__IO: \"$BT:x-oauth-basic\"
BUNDLE_GEMS__PACKAGER__DEV: \"Zr4Kq8Lm2Xv7Tn9Wb3Yc\"
BUNDLE_GEMS__ACME__IO: \"vendor-cache-directory\"
"
"$KEYHOUND" scan "$T/bundle/.bundle/config" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "bundler: the tokens, not the filler" jq -e --arg a "$BT" \
	'[.[] | select(.rule_id == "bundler-source-credentials") | .secret] | sort == ([$a, "Zr4Kq8Lm2Xv7Tn9Wb3Yc"] | sort)' "$T/out"

# Elastic: the ApiKey scheme in a PowerShell header map
EAK=$(printf 'Kq3vT9xLm2WzR7pYc4Nb:H8sJd5Fg1Ak6Ue0Qo3Vi2w' | base64 -w0)
mk es/load.ps1 "# elasticsearch
\$headers = @{ Authorization = \"ApiKey $EAK\" }
"
found es/load.ps1 2 elastic-api-key "$EAK"

# Adafruit IO's 32-hex keys; the key of its API reference is not reported
AIO=5e2a9c71f04b8d36a1e7c9f2b4d60a83
mk aio/config.h "#define IO_USERNAME \"greenhouse\"
#define IO_KEY      \"$AIO\"
"
found aio/config.h 2 adafruit-io-key "$AIO"
mk aio/docs.h "#define IO_KEY \"b780002b85d6411ca0ad9f9c60195f72\"
"
nothing aio/docs.h adafruit-io-key

# Midtrans VT-server keys, Telegram bot ids of eleven digits, Discord tokens
# of a 17-digit id
VT=VT-server-Qm7Zr2Kx9Lp4Tn8Wb3Yc6Vd1
mk mid/.env "MIDTRANS_SERVER_KEY=$VT
"
found mid/.env 1 midtrans-server-key "$VT"
TG=10482937561:AAF3kQ9mZ2vL7pX4tR8wY1cN6bH5jD0sE3g
mk tg/bot.py "bot = telebot.TeleBot(\"$TG\")
"
found tg/bot.py 1 telegram-bot-token "$TG"
DT=MTQ4OTIzNzQ1MDk4MjM0NTY.Gk3pQz.x7Vb2Lm9Rt4Yc8Nw1Kd6Fh3Js5Qa0Ze2Ui7Op
mk dc/.env "DISCORD_BOT_TOKEN=$DT
"
found dc/.env 1 discord-bot-token "$DT"

# GameAnalytics: initialize(gameKey, secretKey); its docs' sandbox pair is not
GAS=9d2f7b4e1a6c8035f2e9b7d4a1c6e8f0b3d5a7c9
mk ga/main.js "gameanalytics.GameAnalytics.initialize(\"4f1c9a7e2b8d6035c1e9f7a2b4d8c6e0\", \"$GAS\");
"
found ga/main.js 1 gameanalytics-secret-key "$GAS"
mk ga/sandbox.js "GameAnalytics(\"initialize\", \"5c6bcb5402204249437fb5a7a80a4959\", \"16813a12f718bc5c620f56944e1abc3ea13ccbac\");
"
nothing ga/sandbox.js gameanalytics-secret-key

# OneSignal's `key` scheme; a variable is not a key
OSK=Zq7Kx9WmR2vLp4TnY8cB3dF6hJ1sA5eG0uQzMk2Nb7Vc4Xa9
mk os/push.sh "curl -X POST https://api.onesignal.com/notifications -H \"Authorization: key $OSK\" -d @msg.json
"
found os/push.sh 1 onesignal-api-key "$OSK"
mk os/env.sh "curl -H \"Authorization: key \$ONESIGNAL_REST_API_KEY\" https://api.onesignal.com/notifications
"
nothing os/env.sh onesignal-api-key

finish e2e_formats15
