#!/bin/sh
APP_ID=2871588
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=na1-9e36-d765-ad4a-ae86-1f91f4bd66a2" \
  -H 'Content-Type: application/json' -d '{"targetUrl":"https://outage.kvwater.co.uk/hooks/hubspot"}'
