#!/usr/bin/env bash
# End-to-end tests of wave 30's lead fixes of structured shapes
# (leadshapes), after holdout31: a managed app's configuration (AppConfig
# XML: the name in a keyName attribute, the value nested one or two
# elements below); HCL's variable blocks whose name says a pre-shared key
# (vpn_psk); an SNMP community named community_ro or community_rw; a
# secret spelt s3kr. Each with its hard negatives: placeholders, a
# default community, URLs, names of code.
. "$(dirname "$0")/lib.sh"

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
scan_report mdm/kiosk-appconfig.xml
holds_once 5 Tq8mWz3PnXv6LkRb2YcHd5SfJg7KeUa4
holds_once 6 Harbour6620otter
holds_once 7 Lw3nRt8VzKq5XmPb2HcYd7SgJf4NeUa9
holds_none changeme
holds_none https://mdm.example.org/enroll
holds_none 'every 30 minutes'
holds_none '${UPLOAD_TOKEN}'
holds_none Zp3mTq8WnXv6LkRb2YcHd5SfJg7KeUo4
holds_none AES:Jq4mTx8WnPv6LkRb2YcHd5SfJg7KeUo4Zr
holds_count 3

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
scan_report infra/tunnels.tf
holds_once 4 Rk8vTn2WqXz5LmPa9YbHc4DsJf7GeUo3
holds_once 7 Hn4wQz7TmXv2KpRb8LcYd5SgJf3NeUa6
holds_none changeme
holds_none 90
holds_count 2

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
scan_report sensors/poller.ini
holds_once 3 Qw7hTzPa4LmX
holds_once 6 Hb5nXw2QpLr8
holds_none private
holds_none public
holds_count 2

# ---- s3kr, a secret spelt short --------------------------------------------
mk app/settings.toml 's3kr = "Ma8vTq3WnXz6LpRb2YcHd5SfJg7KeUo4"
api_s3kr = "your-secret-here"
s3krit_mode = "strict"
'
scan_report app/settings.toml
holds_once 1 Ma8vTq3WnXz6LpRb2YcHd5SfJg7KeUo4
holds_none your-secret-here
holds_none strict
holds_count 1

# ---- a byte string after a declaration's type ------------------------------
mk move/sources/relay.move 'module 0x7::relay {
    const RELAY_SIGNING_SECRET: vector<u8> = b"Hx7vTq2WnPz5LmRa9YbKc4DsJf8GeUo3";
    const RELAY_NAME: vector<u8> = b"relay-primary";
    const RELAY_TOKEN_LABEL: vector<u8> = b"token";
    const RELAY_API_KEY: vector<u8> = b"YOUR_API_KEY_HERE";
}
'
scan_report move/sources/relay.move
holds_once 2 Hx7vTq2WnPz5LmRa9YbKc4DsJf8GeUo3
holds_none relay-primary
holds_none token
holds_none YOUR_API_KEY_HERE
holds_count 1

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
scan_report config/portals.php
holds_once 3 Vomelika47Trax
holds_once 4 Quendor8Lamvix
holds_none Zorbaflex93Quin
holds_none changeme
holds_count 2

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
scan_report conf/gateway.properties
holds_once 2 Rk8vTn2WqXz5LmPa9YbHc4DsJf7GeUo3
holds_once 3 Wm4xQp7ZnTv2KbRc8LyHd5SgJf3NaUe6
holds_none Hq5nVt8WzKx3LmPb2RcYd7SgJf4NeUa9
# (hex under a product's key is its key since wave 37's names37:
# MapQuest's, OpenWeatherMap's and many more are written in hex)
holds_once 8 7d2f91a04c6e3b85f0a19c2d4e7b6a31
holds_none OrderCreatedEventHandler
holds_none uploads/2026/11/manifest.json
holds_none 3f0c9a7e-51d2-4b8e-9c61-2a7d4e8b0f15
holds_none YOUR_WEBHOOK_KEY_GOES_HERE
holds_count 3

# ---- an account's secret or pass column beside its user's -----------------
mk inventory/switches.tsv "$(printf 'host\tmodel\troot_login\troot_pass\tnotes\nsw-core-1\tCRS326\troot\tMarigold582Tusk\t\nsw-edge-2\tCRS112\troot\tT0rt01s3!gl4ss\track 3\nsw-edge-3\tCRS112\troot\tchangeme\tfactory\nsw-edge-4\tCRS112\troot\t1234\t\nsw-lab\tCRS109\troot\tsee vault\t\n')"
scan_report inventory/switches.tsv
holds_once 2 Marigold582Tusk
holds_once 3 'T0rt01s3!gl4ss'
holds_none changeme
holds_none 1234
holds_none 'see vault'
holds_count 2

mk inventory/kiosks.csv 'name,service_user,service_secret,location
kiosk-a,svc_kiosk,Pebble4471Raven,gate 1
kiosk-b,svc_kiosk,password,gate 2
kiosk-c,svc_kiosk,<set in vault>,gate 3
'
scan_report inventory/kiosks.csv
holds_once 2 Pebble4471Raven
holds_none password
holds_none '<set in vault>'
holds_count 1

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
scan_report ci/dockerconfig.json
holds_once 3 cedar-lantern-pebble-mosaic
holds_none kube-state-metrics-exporter
holds_none otter-walnut-345
holds_none ingress-nginx-controller-config

finish "e2e_leadshapes"
