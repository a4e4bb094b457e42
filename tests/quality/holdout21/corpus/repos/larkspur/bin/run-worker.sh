#!/usr/bin/env bash
set -euo pipefail
: "${OPENAI_API_KEY:=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}"
STRIPE_KEY="${STRIPE_KEY:-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}"
RELEASE="${RELEASE:-f0e6e31488178be2e57ee7333531aede74743156}"
exec python -m larkspur.worker
