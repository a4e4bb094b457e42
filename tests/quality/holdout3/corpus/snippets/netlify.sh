#!/usr/bin/env bash
set -euo pipefail

curl -s https://api.netlify.example/v2/items -H 'X-Api-Key: nfp_xjmTnOGVhTPyFbmSp25Mch2oQLzPm42awTS8'
netlify-cli login --token D8hD1CcDCvmMXoUcDxYGDD6_jFdrGZbwmI1Nxrxfs53
export NETLIFY_SITE_ID="1a737f62-0505-43ed-a428-fbd4c0d8c9ef"
export NETLIFY_AUTH_TOKEN="${NETLIFY_AUTH_TOKEN:?missing}"
export NETLIFY_AUTH_TOKEN="REPLACE_WITH_NETLIFY_KEY"
