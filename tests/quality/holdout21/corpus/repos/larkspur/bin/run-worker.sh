#!/usr/bin/env bash
set -euo pipefail
: "${OPENAI_API_KEY:=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}"
STRIPE_KEY="${STRIPE_KEY:-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}"
RELEASE="${RELEASE:-bc27b4888bbf4c04577f2b021141be28f1357707}"
exec python -m larkspur.worker
