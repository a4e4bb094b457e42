#!/bin/sh
# subscribe the trade app to contact.creation
APP_ID=3113570
curl -s -X POST "https://api.hubapi.com/webhooks/v3/$APP_ID/subscriptions?hapikey=a34e62ca-ecb1-4dfc-bfec-97994b31f2f2" \
  -H 'Content-Type: application/json' -d '{"eventType":"contact.creation","active":true}'
export HUBSPOT_DEVELOPER_API_KEY=eu1-cedd-db87-84af-4181-9b7a6fba7df6
