#!/bin/sh
# old contact export (API key sunset 2022)
curl 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=100&hapikey=ec89e734-5dc0-4811-9aea-285614d5afd6'
curl -X PUT 'https://api.hubapi.com/webhooks/v3/3805967/settings?hapikey=na1-a884-6911-61f4-9164-57e55422f9fb' -d @settings.json
export HUBSPOT_DEVELOPER_API_KEY='ec30e99d-9946-4b10-bd2a-bc4e9f4edaab'
# embed: hbspt.forms.create({portalId: "30964836", formId: "74944245-f117-4c6e-b41c-68fcf22fed9a"})
