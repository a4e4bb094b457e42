#!/bin/sh
APP_ID=9568892
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=na1-511f-4a7f-f29b-d723-c446a5c9f107"
HUBSPOT_DEVELOPER_API_KEY="${HUBSPOT_DEVELOPER_API_KEY:-06c4d9c2-aed4-423e-b0dc-82264c3de915}"
