#!/bin/sh
# app settings API still wants the developer key, not the PAK
APP=1767232
curl -s "https://api.hubapi.com/webhooks/v3/$APP/settings?hapikey=na1-494d-4a88-ea58-2825-b74aabbbfb58" \
  -H 'Content-Type: application/json' -d @settings.json
