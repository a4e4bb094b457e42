#!/bin/sh
# register the auction-result webhook (developer account)
APP_ID=4440568
curl -X PUT "https://api.hubapi.com/webhooks/v3/$APP_ID/settings?hapikey=na1-3f78-91a8-0bc7-9458-88fea29a07c5" \
  -H 'Content-Type: application/json' -d @webhook-settings.json
export HUBSPOT_DEVELOPER_API_KEY=09ad8a01-e922-4465-a835-f678cbb05a39
# correlation id from the 401: 28836c05-bd34-4357-9806-9e131887f607
