#!/bin/sh
# old contact export (API key sunset 2022)
curl 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=100&hapikey=aea28561-4d5a-4d65-9a88-4691161f4916'
curl -X PUT 'https://api.hubapi.com/webhooks/v3/3895244/settings?hapikey=na1-7e55-422f-9fbe-c30e-99d99463b103' -d @settings.json
export HUBSPOT_DEVELOPER_API_KEY='d2abc4e9-f4ed-4abc-b749-44245f1171c6'
# embed: hbspt.forms.create({portalId: "32564635", formId: "41c68fcf-22fe-49ad-bcd6-ee70276496b4"})
