#!/usr/bin/env bash
set -euo pipefail
: "${OPENAI_API_KEY:=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}"
STRIPE_KEY="${STRIPE_KEY:-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}"
RELEASE="${RELEASE:-5b64fc19e0395d010e8fe4a3d258e4c85fa3f7ae}"
exec python -m larkspur.worker
