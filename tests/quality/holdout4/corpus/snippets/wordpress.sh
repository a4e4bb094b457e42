#!/usr/bin/env bash
set -euo pipefail

export WP_APPLICATION_PASSWORD="4Fm6 xYOC DGkN MsJw nfZC Z8Z1"
export WP_USERNAME=editor
export WP_URL=https://blog.acme.example
echo "using ${WP_API_KEY}"
