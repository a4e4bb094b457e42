#!/bin/sh
# webhook subscriptions for the flight-alerts app (app id 1874203)
APP_ID=1874203
DEVELOPER_API_KEY=1f9560d0-6364-4ebb-9071-a129be397530
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=na1-fd74-e2bc-6f21-b750-9498f2643e74" \
  -H 'Content-Type: application/json' -d @webhook_settings.json
