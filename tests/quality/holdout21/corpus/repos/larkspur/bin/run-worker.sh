#!/usr/bin/env bash
set -euo pipefail
: "${OPENAI_API_KEY:=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}"
STRIPE_KEY="${STRIPE_KEY:-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}"
RELEASE="${RELEASE:-bf6070c6cdb934a7da9bb3025756e7fdcf1ae59b}"
exec python -m larkspur.worker
