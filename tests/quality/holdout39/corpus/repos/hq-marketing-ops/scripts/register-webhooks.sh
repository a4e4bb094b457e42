#!/bin/sh
# app 7841356 webhook subscriptions
curl -s -X PUT "https://api.hubapi.com/webhooks/v3/1184522/settings?hapikey=na1-fce2-805c-b74b-7388-3fc5c44f513a" \
  -H 'Content-Type: application/json' \
  -d '{"targetUrl": "https://hooks.quillon.example/hubspot", "throttling": {"maxConcurrentRequests": 10}}'
