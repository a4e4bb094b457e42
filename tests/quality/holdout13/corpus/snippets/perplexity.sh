#!/usr/bin/env bash
set -euo pipefail

export PERPLEXITY_API_KEY="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"
curl -sS -H "Authorization: Bearer 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" https://api.example.com/v1/me
# PERPLEXITY_API_KEY_EXAMPLE=sonar-pro
# PERPLEXITY_API_KEY_EXAMPLE=pplx-n********************
# PERPLEXITY_API_KEY_EXAMPLE=<YOUR_PERPLEXITY_API_KEY>
: "${PERPLEXITY_API_KEY:?set it}"
