#!/bin/bash
SITE=larch
API="https://monitor.larch.lan/$SITE/check_mk/api/1.0"
AUTH="Bearer automation WYG9G9YXD8F0W8PUWXONIXH2NHX262KQJU5O"
curl -s -H "Authorization: $AUTH" -H "Accept: application/json" \
  -X POST "$API/domain-types/activation_run/actions/activate-changes/invoke" \
  -H 'If-Match: "37d17ef1bc4474f9a5af5301a4e709e7d364816a97150ce0284fd59717f7848d"' -d '{"redirect": false, "sites": ["larch"]}'
