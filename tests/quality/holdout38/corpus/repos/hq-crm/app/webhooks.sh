#!/bin/sh
APP_ID=3475375
curl -s "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=na3-465a-6378-bd07-cde124dbd2f5"
export HUBSPOT_DEVELOPER_API_KEY=086a1104-9b4f-408b-a15e-3c738196e30c
