#!/bin/sh
APP_ID=8495033
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=na1-a0f6-0fb2-2163-ba79-1141919c09a8"
HUBSPOT_DEVELOPER_API_KEY="${HUBSPOT_DEVELOPER_API_KEY:-f8cb6757-95e5-48d3-b49b-235864f010be}"
