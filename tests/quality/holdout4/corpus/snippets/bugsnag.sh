#!/usr/bin/env bash
set -euo pipefail

export BUGSNAG_AUTH_TOKEN=55e93135-fde4-4ef9-80ae-bb387a9fa6fe
export BUGSNAG_API_KEY=b395dc35db48293920452e660b678c43
export BUGSNAG_RELEASE_STAGE=production
echo "using ${BUGSNAG_API_KEY}"
