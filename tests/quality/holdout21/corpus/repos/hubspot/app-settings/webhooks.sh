#!/bin/sh
APP_ID=5458051
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=na1-4ec6-f6ea-5a0f-8907-6319a61b3310"
HUBSPOT_DEVELOPER_API_KEY="${HUBSPOT_DEVELOPER_API_KEY:-95072a81-5d2f-4217-9224-a5f74ebebfab}"
