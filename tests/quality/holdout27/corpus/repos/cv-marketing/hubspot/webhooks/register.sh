#!/bin/sh
# register the ticket webhook for the app (developer account)
APP_ID=4017133
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=na1-f1df-c3bd-8747-3b29-8b6761f21251" \
  -H 'Content-Type: application/json' -d @settings.json
