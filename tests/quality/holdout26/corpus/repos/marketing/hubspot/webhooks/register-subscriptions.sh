#!/bin/sh
# subscribe the box-office app to contact.propertyChange (developer account)
APP_ID=9854496
curl -s -X POST "https://api.hubapi.com/webhooks/v3/$APP_ID/subscriptions?hapikey=na1-832d-d5b6-429d-ff30-b65866f7394e" \
  -H 'Content-Type: application/json' \
  -d '{"eventType":"contact.propertyChange","propertyName":"lifecyclestage","active":true}'
