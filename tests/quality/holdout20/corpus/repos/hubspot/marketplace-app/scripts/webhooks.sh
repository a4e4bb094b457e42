#!/bin/sh
APP_ID=7218791
HUBSPOT_DEVELOPER_API_KEY=na1-8039-0e40-3342-3a4a1af75907
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=392c03b2-776f-4018-bdf6-7878fecadd81"
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/subscriptions?hapikey=$HUBSPOT_DEVELOPER_API_KEY"
