#!/bin/sh
APP_ID=7629719
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=na1-9876-1151-0cb0-344f-0856c4422f30" \
  -H 'Content-Type: application/json' -d '{"targetUrl":"https://track.kelvinhold.eu/hs/webhook"}'
