#!/usr/bin/env bash
set -euo pipefail

export NETLIFY_AUTH_TOKEN=nfp_mzRvvACL7WhxdMUbupb5wOLfi0ROW16ZAX8M
export NETLIFY_SITE_ID=8adafd19-4495-4bf1-8644-b1ad6e623115
export NETLIFY_AUTH_TOKEN=${NETLIFY_AUTH_TOKEN}
echo "using ${NETLIFY_API_KEY}"
