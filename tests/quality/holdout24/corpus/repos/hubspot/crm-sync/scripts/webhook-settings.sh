#!/bin/sh
APP_ID=4744266
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/${APP_ID}/settings?hapikey=eu1-53df-ebc3-aa6c-f88232d68522" \
  -H 'Content-Type: application/json' \
  -d '{"targetUrl":"https://crm-sync.brackenfield.example/hooks","throttling":{"maxConcurrentRequests":10}}'
