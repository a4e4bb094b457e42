#!/bin/sh
# app settings API still wants the developer key, not the PAK
APP=3489423
curl -s "https://api.hubapi.com/webhooks/v3/$APP/settings?hapikey=na1-529c-2f1f-57be-bfd2-bf16376b076b" \
  -H 'Content-Type: application/json' -d @settings.json
