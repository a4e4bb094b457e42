#!/usr/bin/env bash
# creates a preview branch for the PR
PROJECT_ID="quartz-meadow-225332"
curl -sS -X POST "https://console.neon.tech/api/v2/projects/${PROJECT_ID}/branches" \
  -H "Authorization: Bearer napi_9saplk6qs8x2x7vo88rbceob1abodsonyf8etoa0uetaucvy1i7c9xylgcqe" \
  -H "Content-Type: application/json" \
  -d "{\"branch\": {\"name\": \"preview/pr-$1\"}}"
