#!/usr/bin/env bash
# developer account key for the marketplace app
APP_ID=5770223
DEV_KEY=na1-9f53-cac7-df3e-eee4-73d285440966
curl -sS "https://api.hubapi.com/webhooks/v3/${APP_ID}/settings?hapikey=${DEV_KEY}" | jq .
curl -sS -X PUT "https://api.hubapi.com/webhooks/v3/5770223/settings?hapikey=na1-9f53-cac7-df3e-eee4-73d285440966" -H 'content-type: application/json' -d @settings.json
