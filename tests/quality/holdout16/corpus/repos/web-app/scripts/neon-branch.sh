#!/usr/bin/env bash
# creates a preview branch for the PR
PROJECT_ID="cobalt-falcon-699174"
curl -sS -X POST "https://console.neon.tech/api/v2/projects/${PROJECT_ID}/branches" \
  -H "Authorization: Bearer napi_dktemwx8hky0gkb2ykrlivmpl9saplk6qs8x2x7vo88rbceob1abodsonyf8" \
  -H "Content-Type: application/json" \
  -d "{\"branch\": {\"name\": \"preview/pr-$1\"}}"
