#!/bin/sh
APP_ID=1325704
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=na1-7922-f78b-58bf-81d3-fb3e3a5ad97a"
HUBSPOT_DEVELOPER_API_KEY="${HUBSPOT_DEVELOPER_API_KEY:-98dbd341-1b9a-4acb-9992-d80812e3c3a3}"
