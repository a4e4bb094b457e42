#!/usr/bin/env bash
set -euo pipefail

# one-off backfill, run from the bastion
export HUBSPOT_TOKEN="pat-na1-809fafb9-5d99-4514-a0b0-391278bcdee6"

for id in $(cat company_ids.txt); do
  curl -sS -X PATCH "https://api.hubapi.com/crm/v3/objects/companies/${id}" \
    -H "Authorization: Bearer ${HUBSPOT_TOKEN}" \
    -H 'Content-Type: application/json' \
    --data '{"properties":{"lifecyclestage":"customer"}}'
done

# webhook settings use the developer key
curl "https://api.hubapi.com/webhooks/v3/94683380/settings?hapikey=eu1-32f5-b12b-b959-b47f-3c56d5cff5f3"
