#!/bin/sh
APP_ID=6628623
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=eu1-2dd8-0dbc-64b5-531d-fcd22b3e59c5" \
  -H 'Content-Type: application/json' \
  -d '{"targetUrl": "https://crm.brackenfell-energy.example/hooks/hubspot"}'
export HUBSPOT_DEVELOPER_API_KEY=8363cfaf-511f-42ea-9137-a37b06fa1b8a
