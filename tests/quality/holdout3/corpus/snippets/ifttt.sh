#!/usr/bin/env bash
set -euo pipefail

export IFTTT_WEBHOOK_KEY="DOSnyCl8Zq62lZnwMjsrCg"
export IFTTT_WEBHOOK_KEY="${IFTTT_WEBHOOK_KEY:?missing}"
export IFTTT_WEBHOOK_KEY="xxxxxxxxxxxxxxxxxxxxxxxx"
