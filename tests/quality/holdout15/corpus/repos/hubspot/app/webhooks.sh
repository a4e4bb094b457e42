#!/bin/sh
# register the webhook subscription for app 8557678
curl -s -X POST "https://api.hubapi.com/webhooks/v3/2333809/settings?hapikey=712f8c57-5418-45ab-abdb-63c4107bb466" \
  -H 'Content-Type: application/json' \
  -d '{"targetUrl": "https://hooks.acme.example/hubspot", "throttling": {"maxConcurrentRequests": 10}}'
