#!/usr/bin/env bash
# End-to-end tests of the homelab rules: Jellyfin/Emby keys in their
# headers and query, Proxmox API tokens, Pushover application tokens (in
# the escaped JSON of an Uptime Kuma backup too), gethomepage widget keys;
# and what sits beside them and is no secret: a Proxmox token id, a
# Pushover user key, a MediaBrowser device id, a HOMEPAGE_VAR reference,
# a widget of a service the rule does not know (the generic rule's).
. "$(dirname "$0")/lib.sh"
batch_scans

# none FILE: scanning $T/FILE gives no finding at all
none() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: no finding" jq -e 'length == 0' "$T/out"
}

J1=5f0e9c2b7a1d83f6c5e0b9a2d4f7e1c3
J2=8e1d0b6a5f4e3c2d1b0a9f8e7d6c5b4a
PVE=7c1e4b2a-9d3f-4e8a-b5c6-0f1e2d3c4b5a
PUSH=aK7Lm2Nq9Rt4Vx8Zb3Cd6Fg1Hj5Pw0
USER=uQ8Wn3Er7Ty2Ui6Op1As5Df9Gh4Jk0
HK=3b9f6e2d8c1a7f4e0d5c9b8a7f6e5d4c

mk jf/refresh.sh "curl -s -X POST -H \"X-Emby-Token: $J1\" http://jellyfin:8096/Library/Refresh
wget -qO- \"http://emby.lan:8096/emby/Items?Recursive=true&api_key=$J2\"
"
found jf/refresh.sh 1 jellyfin-api-key "$J1"
found jf/refresh.sh 2 jellyfin-api-key "$J2"
mk jf/req.http "Authorization: MediaBrowser Client=\"cli\", Device=\"nas\", DeviceId=\"$J2\", Version=\"10.9\"
"
none jf/req.http

mk pve/check.sh "curl -k -H 'Authorization: PVEAPIToken=monitor@pve!dash=$PVE' https://pve.lan:8006/api2/json/nodes
"
found pve/check.sh 1 proxmox-api-token "$PVE"
mk pve/env.sh "export PM_API_TOKEN_ID='terraform@pve!tf'
"
none pve/env.sh

# the escaped JSON of an Uptime Kuma backup: the app token, not the user key
mk kuma/backup.json "{\"notificationList\":[{\"config\":\"{\\\"type\\\":\\\"pushover\\\",\\\"pushoveruserkey\\\":\\\"$USER\\\",\\\"pushoverapptoken\\\":\\\"$PUSH\\\"}\"}]}
"
"$KEYHOUND" scan "$T/kuma/backup.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "kuma: the app token only" jq -e --arg s "$PUSH" \
	'length == 1 and .[0].secret == $s and .[0].rule_id == "pushover-app-token"' "$T/out"
mk kuma/.env "PUSHOVER_USER_KEY=$USER
"
none kuma/.env

mk hp/services.yaml "- Media:
    - Sonarr:
        href: http://sonarr.lan
        widget:
          type: sonarr
          url: http://sonarr:8989
          key: $HK
    - Radarr:
        widget:
          type: radarr
          url: http://radarr:7878
          key: {{HOMEPAGE_VAR_RADARR_KEY}}
    - Weather:
        widget:
          type: openweathermap
          units: metric
          key: $J1
"
found hp/services.yaml 7 homepage-widget-key "$HK"
"$KEYHOUND" scan "$T/hp/services.yaml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "homepage: one widget key (not the reference, nor a service outside the list)" \
	jq -e '[.[] | select(.rule_id == "homepage-widget-key")] | length == 1' "$T/out"

finish e2e_homelab
