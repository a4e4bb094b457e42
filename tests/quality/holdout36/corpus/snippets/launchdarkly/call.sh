#!/bin/sh
set -eu
curl -sS -H 'Authorization: Bearer sdk-6c3115ad-5248-476c-9ea9-b280149c68cb' https://api.example.net/v1/launchdarkly_sdk_key
curl -sS -H 'Authorization: Bearer 41e8de7d1660419234d9ac5e' https://api.example.net/v1/launchdarkly_client_id
# rotated 2026-03-15, old value (revoked): sdk-6c3115...
