#!/bin/sh
APP_ID=5367944
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/${APP_ID}/settings?hapikey=eu1-232d-6852-2bcd-1187-7d4f4d246fdc" \
  -H 'Content-Type: application/json' \
  -d '{"targetUrl":"https://crm-sync.brackenfield.example/hooks","throttling":{"maxConcurrentRequests":10}}'
