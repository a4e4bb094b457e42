#!/bin/sh
APP_ID=8003743
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=eu1-a030-dae8-0a97-601e-c25018c0da74" \
  -H 'Content-Type: application/json' -d '{"targetUrl":"https://crm.tallowmere.example/hooks/hubspot"}'
