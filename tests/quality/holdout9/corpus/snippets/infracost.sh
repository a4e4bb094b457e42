#!/usr/bin/env bash
set -euo pipefail
infracost login --api-key "ico-b6jWCzgYCmsDxMmxwThsa35kCADgM44P"
export INFRACOST_API_KEY="ico-REr5AAuzyKq0DwNinrYyxMwQ8JfTFMCR"
INFRACOST_API_KEY='ico-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
INFRACOST_CURRENCY='EUR'
: "${INFRACOST_TOKEN:?set it}"
