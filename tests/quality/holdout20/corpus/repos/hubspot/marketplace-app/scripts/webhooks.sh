#!/bin/sh
APP_ID=3662369
HUBSPOT_DEVELOPER_API_KEY=na1-902d-ad50-e051-2331106ace9a
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=3573fcc3-c906-4e53-92fb-40886453ae6c"
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/subscriptions?hapikey=$HUBSPOT_DEVELOPER_API_KEY"
