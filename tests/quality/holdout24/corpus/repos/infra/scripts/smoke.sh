#!/usr/bin/env bash
set -euo pipefail
# smoke test against staging; the defaults are the staging project's keys
: "${DD_API_KEY:=a915878e315e131d470c2678f10716f4}"
OPENAI_API_KEY="${OPENAI_API_KEY:-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}"
SLACK_TOKEN=${SLACK_TOKEN-xoxp-079660986350-162622948330-7648961077405-f5ea2d0edfe5a7ef931d3d86da895059}
PGPASSWORD="${PGPASSWORD:-Maisie0810!}" psql -h pg-staging.internal -U smoke -c 'select 1'
curl -sf -H "DD-API-KEY: ${DD_API_KEY}" https://api.datadoghq.eu/api/v1/validate
