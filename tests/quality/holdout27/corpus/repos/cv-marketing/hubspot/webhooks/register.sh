#!/bin/sh
# register the ticket webhook for the app (developer account)
APP_ID=7464234
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=na1-bd0e-2dfc-2d5c-cc2d-0ccc016eefdc" \
  -H 'Content-Type: application/json' -d @settings.json
