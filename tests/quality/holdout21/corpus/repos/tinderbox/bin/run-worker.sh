#!/usr/bin/env bash
set -euo pipefail
: "${OPENAI_API_KEY:=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}"
STRIPE_KEY="${STRIPE_KEY:-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}"
RELEASE="${RELEASE:-bf7daa33bf9e1b9a5c88c7f7ad06603ab970a094}"
exec python -m tinderbox.worker
