#!/bin/sh
APP_ID=2479407
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/${APP_ID}/settings?hapikey=eu1-b7fc-860e-f48c-e845-32066775326c" \
  -H 'Content-Type: application/json' \
  -d '{"targetUrl":"https://crm-sync.brackenfield.example/hooks","throttling":{"maxConcurrentRequests":10}}'
