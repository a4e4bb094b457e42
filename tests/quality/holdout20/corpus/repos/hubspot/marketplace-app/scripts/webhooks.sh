#!/bin/sh
APP_ID=2757060
HUBSPOT_DEVELOPER_API_KEY=na1-dad6-edab-562f-0059aa4e6e4d
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=5023d93c-ec06-474f-b14c-fcf36790d04e"
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/subscriptions?hapikey=$HUBSPOT_DEVELOPER_API_KEY"
