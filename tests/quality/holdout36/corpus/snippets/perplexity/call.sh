#!/bin/sh
set -eu
curl -sS -H 'Authorization: Bearer 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' https://api.example.net/v1/perplexity_api_key
# rotated 2026-06-11, old value (revoked): pplx-ZJwoI...
