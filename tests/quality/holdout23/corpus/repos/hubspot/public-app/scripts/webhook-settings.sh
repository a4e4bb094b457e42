#!/usr/bin/env bash
# developer account key for the marketplace app
APP_ID=2433788
DEV_KEY=na1-7f46-acf4-d52f-8f4d-71909fe0bdb3
curl -sS "https://api.hubapi.com/webhooks/v3/${APP_ID}/settings?hapikey=${DEV_KEY}" | jq .
curl -sS -X PUT "https://api.hubapi.com/webhooks/v3/2433788/settings?hapikey=na1-7f46-acf4-d52f-8f4d-71909fe0bdb3" -H 'content-type: application/json' -d @settings.json
