#!/usr/bin/env bash
# End-to-end tests of wave 30's lead fixes of structured shapes
# (leadshapes), after holdout31: a managed app's configuration (AppConfig
# XML: the name in a keyName attribute, the value nested one or two
# elements below); HCL's variable blocks whose name says a pre-shared key
# (vpn_psk); an SNMP community named community_ro or community_rw; a
# secret spelt s3kr. Each with its hard negatives: placeholders, a
# default community, URLs, names of code.
. "$(dirname "$0")/lib.sh"

# scan FILE: the JSON report of $T/FILE in $T/out (--show-secrets)
scan() {
	CUR=$1
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
}
# has LINE VALUE: the report holds VALUE once, on LINE
has() {
	check "$CUR: $2 on line $1" jq -e --arg s "$2" --argjson l "$1" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].line == $l' "$T/out"
}
# lacks VALUE: the report holds no finding of VALUE
lacks() {
	check "$CUR: no $1" jq -e --arg s "$1" '[.[] | select(.secret == $s)] | length == 0' "$T/out"
}
# count N: the report holds N findings
count() {
	check "$CUR: $1 findings" jq -e --argjson n "$1" 'length == $n' "$T/out"
}

# ---- AppConfig: keyName, the value nested below ----------------------------
mk mdm/kiosk-appconfig.xml '<?xml version="1.0" encoding="UTF-8"?>
<managedAppConfiguration>
  <version>3</version>
  <dict>
    <string keyName="registrationToken"><defaultValue><value>Tq8mWz3PnXv6LkRb2YcHd5SfJg7KeUa4</value></defaultValue></string>
    <string keyName="staffWifiPsk"><defaultValue><value>Harbour6620otter</value></defaultValue></string>
    <string keyName="apiSecret"><value>Lw3nRt8VzKq5XmPb2HcYd7SgJf4NeUa9</value></string>
    <string keyName="guestWifiPsk"><defaultValue><value>changeme</value></defaultValue></string>
    <string keyName="backendUrl"><defaultValue><value>https://mdm.example.org/enroll</value></defaultValue></string>
    <string keyName="tokenRefreshHint"><defaultValue><value>every 30 minutes</value></defaultValue></string>
    <string keyName="uploadToken"><defaultValue><value>${UPLOAD_TOKEN}</value></defaultValue></string>
    <string keyName="deviceName"><defaultValue><value>Zp3mTq8WnXv6LkRb2YcHd5SfJg7KeUo4</value></defaultValue></string>
    <string keyName="vpnSecret" secure="true"><encryptedValue>AES:Jq4mTx8WnPv6LkRb2YcHd5SfJg7KeUo4Zr</encryptedValue></string>
  </dict>
</managedAppConfiguration>
'
scan mdm/kiosk-appconfig.xml
has 5 Tq8mWz3PnXv6LkRb2YcHd5SfJg7KeUa4
has 6 Harbour6620otter
has 7 Lw3nRt8VzKq5XmPb2HcYd7SgJf4NeUa9
lacks changeme
lacks https://mdm.example.org/enroll
lacks 'every 30 minutes'
lacks '${UPLOAD_TOKEN}'
lacks Zp3mTq8WnXv6LkRb2YcHd5SfJg7KeUo4
lacks AES:Jq4mTx8WnPv6LkRb2YcHd5SfJg7KeUo4Zr
count 3

# ---- HCL variable blocks named as a pre-shared key -------------------------
mk infra/tunnels.tf 'variable "ipsec_psk" {
  type      = string
  sensitive = true
  default   = "Rk8vTn2WqXz5LmPa9YbHc4DsJf7GeUo3"
}

variable "branch_vpn_psk" { default = "Hn4wQz7TmXv2KpRb8LcYd5SgJf3NeUa6" }

variable "wg_psk" {
  description = "the tunnel psk, set in the vault"
  default     = "changeme"
}

variable "psk_rotation_days" {
  default = "90"
}
'
scan infra/tunnels.tf
has 4 Rk8vTn2WqXz5LmPa9YbHc4DsJf7GeUo3
has 7 Hn4wQz7TmXv2KpRb8LcYd5SgJf3NeUa6
lacks changeme
lacks 90
count 2

# ---- an SNMP community named community_ro / community_rw -------------------
mk sensors/poller.ini '[snmp]
host = 10.40.2.7
community_ro = Qw7hTzPa4LmX
community_rw = private
[snmp-legacy]
community_rw = Hb5nXw2QpLr8
community_ro = public
community_ro = 161
'
scan sensors/poller.ini
has 3 Qw7hTzPa4LmX
has 6 Hb5nXw2QpLr8
lacks private
lacks public
count 2

# ---- s3kr, a secret spelt short --------------------------------------------
mk app/settings.toml 's3kr = "Ma8vTq3WnXz6LpRb2YcHd5SfJg7KeUo4"
api_s3kr = "your-secret-here"
s3krit_mode = "strict"
'
scan app/settings.toml
has 1 Ma8vTq3WnXz6LpRb2YcHd5SfJg7KeUo4
lacks your-secret-here
lacks strict
count 1

# ---- a byte string after a declaration's type ------------------------------
mk move/sources/relay.move 'module 0x7::relay {
    const RELAY_SIGNING_SECRET: vector<u8> = b"Hx7vTq2WnPz5LmRa9YbKc4DsJf8GeUo3";
    const RELAY_NAME: vector<u8> = b"relay-primary";
    const RELAY_TOKEN_LABEL: vector<u8> = b"token";
    const RELAY_API_KEY: vector<u8> = b"YOUR_API_KEY_HERE";
}
'
scan move/sources/relay.move
has 2 Hx7vTq2WnPz5LmRa9YbKc4DsJf8GeUo3
lacks relay-primary
lacks token
lacks YOUR_API_KEY_HERE
count 1

# ---- a bare secret beside a user's key in a PHP map ------------------------
mk config/portals.php '<?php
return [
    "sftp" => ["username" => "edi_push", "secret" => "Vomelika47Trax"],
    "ftp" => array("login" => "depotsync", "pass" => "Quendor8Lamvix"),
    "cache" => ["prefix" => "app", "secret" => "Zorbaflex93Quin"],
    "mail" => ["user" => "noreply", "secret" => "changeme"],
    "queue" => ["user" => "worker", "secret" => getenv("QUEUE_SECRET")],
];
'
scan config/portals.php
has 3 Vomelika47Trax
has 4 Quendor8Lamvix
lacks Zorbaflex93Quin
lacks changeme
count 2

# ---- a product's .key in a config file, its value generated ---------------
mk conf/gateway.properties '# outbound integrations
geocodio.key=Rk8vTn2WqXz5LmPa9YbHc4DsJf7GeUo3
app.shipstation.key = Wm4xQp7ZnTv2KbRc8LyHd5SgJf3NaUe6
i18n.key=messages.checkout.title
cache.key=user-profile-cache
sort.key=name
site.key=Hq5nVt8WzKx3LmPb2RcYd7SgJf4NeUa9
mapquest.key=7d2f91a04c6e3b85f0a19c2d4e7b6a31
routing.key=OrderCreatedEventHandler
bucket.key=uploads/2026/11/manifest.json
tenant.key=3f0c9a7e-51d2-4b8e-9c61-2a7d4e8b0f15
webhook.key=YOUR_WEBHOOK_KEY_GOES_HERE
'
scan conf/gateway.properties
has 2 Rk8vTn2WqXz5LmPa9YbHc4DsJf7GeUo3
has 3 Wm4xQp7ZnTv2KbRc8LyHd5SgJf3NaUe6
lacks Hq5nVt8WzKx3LmPb2RcYd7SgJf4NeUa9
lacks 7d2f91a04c6e3b85f0a19c2d4e7b6a31
lacks OrderCreatedEventHandler
lacks uploads/2026/11/manifest.json
lacks 3f0c9a7e-51d2-4b8e-9c61-2a7d4e8b0f15
lacks YOUR_WEBHOOK_KEY_GOES_HERE
count 2

# ---- an account's secret or pass column beside its user's -----------------
mk inventory/switches.tsv "$(printf 'host\tmodel\troot_login\troot_pass\tnotes\nsw-core-1\tCRS326\troot\tMarigold582Tusk\t\nsw-edge-2\tCRS112\troot\tT0rt01s3!gl4ss\track 3\nsw-edge-3\tCRS112\troot\tchangeme\tfactory\nsw-edge-4\tCRS112\troot\t1234\t\nsw-lab\tCRS109\troot\tsee vault\t\n')"
scan inventory/switches.tsv
has 2 Marigold582Tusk
has 3 'T0rt01s3!gl4ss'
lacks changeme
lacks 1234
lacks 'see vault'
count 2

mk inventory/kiosks.csv 'name,service_user,service_secret,location
kiosk-a,svc_kiosk,Pebble4471Raven,gate 1
kiosk-b,svc_kiosk,password,gate 2
kiosk-c,svc_kiosk,<set in vault>,gate 3
'
scan inventory/kiosks.csv
has 2 Pebble4471Raven
lacks password
lacks '<set in vault>'
count 1

# ---- a passphrase of words as a decoded registry login's password ----------
b64() { printf '%s' "$1" | base64 | tr -d '\n'; }
mk ci/dockerconfig.json "{
  \"auths\": {
    \"registry.example.net\": { \"auth\": \"$(b64 'pushbot:cedar-lantern-pebble-mosaic')\" },
    \"harbor.example.net\": { \"auth\": \"$(b64 'reader:kube-state-metrics-exporter')\" },
    \"quay.example.net\": { \"auth\": \"$(b64 'reader:otter-walnut-345')\" },
    \"ghcr.example.net\": { \"auth\": \"$(b64 'reader:ingress-nginx-controller-config')\" }
  }
}
"
scan ci/dockerconfig.json
has 3 cedar-lantern-pebble-mosaic
lacks kube-state-metrics-exporter
lacks otter-walnut-345
lacks ingress-nginx-controller-config

finish "e2e_leadshapes"
