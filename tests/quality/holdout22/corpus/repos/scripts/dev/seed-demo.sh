#!/usr/bin/env bash
: "${MAILGUN_API_KEY:=key-57e8d7dda41a1cd06ce2048b0d1c3c2d}"
GH_TOKEN="${GH_TOKEN:-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JD}"
PGPASSWORD="${PGPASSWORD-LanternJuniperMango33}" psql -h localhost -U demo -c 'select 1'
export OPENAI_API_KEY="${OPENAI_API_KEY:-sk-your-key-here}"
