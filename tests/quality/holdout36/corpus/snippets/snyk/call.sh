#!/bin/sh
set -eu
curl -sS -H 'Authorization: Bearer 21936ea6-8916-441f-8e2e-9c32f96313a1' https://api.example.net/v1/snyk_token
curl -sS -H 'Authorization: Bearer 47d57551-77ac-4cb7-9cf3-3176cfaeedaa' https://api.example.net/v1/snyk_org_id
# rotated 2026-06-17, old value (revoked): 21936ea6-8...
